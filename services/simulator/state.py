"""What the Twilio stand-in remembers, and how it answers as Twilio does (errors, regions, auth)."""

from __future__ import annotations

import hmac
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from flask import Response, jsonify, request

from services.simulator.keywords import KeywordHandling
from services.simulator.webhooks import new_sid

API_PREFIX = "/2010-04-01/Accounts/<account_sid>"
E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")
RECORDING_SID = re.compile(r"^RE[0-9a-f]{32}$")
CALL_SID = re.compile(r"^CA[0-9a-f]{32}$")
MAX_BODY_CHARS = 1600
# Twilio's 20009 page: "If you are attempting to delete a call or message
# shortly after sending or receiving it, please wait at least 1 minute". The
# stand-in refuses for a minute after a message reached it, then deletes.
MESSAGE_SETTLE_SECONDS = 60.0
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
LOOPBACK = {"127.0.0.1", "::1"}
REGION = re.compile(r"^[a-z]{2}[0-9]$")
DEFAULT_REGION = "us1"
MEDIA_TYPES = {"wav": "audio/x-wav", "mp3": "audio/mpeg"}


@dataclass
class Recording:
    kind: str  # "wav" or "mp3", from the uploaded bytes
    not_ready: int  # media GETs still to answer 404
    audio: bytes | None  # None when kept on disk
    region: str = DEFAULT_REGION  # the Twilio Region that holds it
    call_sid: str | None = None  # the call it was made on (None: uploaded by a test alone)
    status: str = "completed"  # or "absent": a <Record> that captured nothing has no media
    duration_s: int = 0
    error_code: int | None = None  # why an absent recording is absent (16101, 16102)
    created: str = field(default_factory=lambda: format_datetime(datetime.now(UTC), usegmt=True))


@dataclass
class State:
    """Everything the stand-in remembers; guarded by ``lock`` (threaded server)."""

    recordings_dir: Path | None
    lock: threading.Lock = field(default_factory=threading.Lock)
    messages: list[dict[str, Any]] = field(default_factory=list)
    recordings: dict[str, Recording] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    # Recordings whose media was served (someone listened): a stray recording's must not be.
    served: list[str] = field(default_factory=list)
    # When each message (sent, or inbound and registered by tests and the demo)
    # reached Twilio, on the stand-in's clock.
    message_times: dict[str, float] = field(default_factory=dict)
    inbound: set[str] = field(default_factory=set)
    # Seconds the stand-in's clock is ahead of the wall clock (/_sim/clock):
    # lets a test age messages without waiting.
    clock_offset: float = 0.0
    opted_out: set[str] = field(default_factory=set)
    landlines: set[str] = field(default_factory=set)
    # Landlines Twilio refuses at once (21614) rather than accepting, then 30006.
    refused_landlines: set[str] = field(default_factory=set)
    auth_token: str = field(default="", repr=False)
    fault_status: int = 0
    fault_count: int = 0
    fault_as_problem: bool = False  # answer faults as RFC 9457 problem details
    # How the number handles STOP, START and HELP (and what it was started with).
    keywords: KeywordHandling = field(default_factory=KeywordHandling)
    started_keywords: KeywordHandling = field(default_factory=KeywordHandling)
    # The Messaging Service the number belongs to under Advanced Opt-Out.
    service_sid: str = field(default_factory=lambda: new_sid("MG"))
    # Every text that reached a phone, in order: API sends, TwiML replies and
    # Twilio's own keyword replies (which are no Message resource).
    delivered: list[dict[str, str]] = field(default_factory=list)
    # Message creates still to take and then answer with a dropped connection.
    hangups: int = 0

    def store_audio(
        self,
        sid: str,
        audio: bytes,
        kind: str,
        not_ready: int,
        region: str = DEFAULT_REGION,
        *,
        call_sid: str | None = None,
        duration_s: int = 0,
    ) -> None:
        if self.recordings_dir is not None:
            (self.recordings_dir / f"{sid}.{kind}").write_bytes(audio)
        self.recordings[sid] = Recording(
            kind,
            not_ready,
            None if self.recordings_dir is not None else audio,
            region,
            call_sid=call_sid,
            duration_s=duration_s,
        )

    def note_absent(self, sid: str, call_sid: str, error_code: int) -> None:
        """A <Record> that captured nothing: a Recording resource, "absent", with no media."""
        self.recordings[sid] = Recording(
            "wav", 0, b"", call_sid=call_sid, status="absent", error_code=error_code
        )

    def recording_here(self, sid: str) -> Recording | None:
        """The recording, if the Region this request reached holds it."""
        recording = self.recordings.get(sid)
        if recording is None or recording.region != request_region():
            return None
        return recording

    def load_audio(self, sid: str, recording: Recording) -> bytes:
        if recording.audio is not None:
            return recording.audio
        assert self.recordings_dir is not None
        return (self.recordings_dir / f"{sid}.{recording.kind}").read_bytes()

    def drop_audio(self, sid: str) -> None:
        recording = self.recordings.pop(sid)
        if recording.audio is None and self.recordings_dir is not None:
            (self.recordings_dir / f"{sid}.{recording.kind}").unlink(missing_ok=True)
        self.deleted.append(sid)

    def now(self) -> float:
        return time.time() + self.clock_offset

    def reset(self) -> None:
        for sid in list(self.recordings):
            self.drop_audio(sid)
        self.messages.clear()
        self.message_times.clear()
        self.clock_offset = 0.0
        self.inbound.clear()
        self.deleted.clear()
        self.opted_out.clear()
        self.landlines.clear()
        self.refused_landlines.clear()
        self.fault_status = self.fault_count = 0
        self.fault_as_problem = False
        self.keywords = self.started_keywords
        self.delivered.clear()
        self.hangups = 0


def twilio_error(status: int, code: int, message: str) -> Response:
    """A JSON error body shaped like Twilio's."""
    response = jsonify(
        {
            "code": code,
            "message": message,
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        }
    )
    response.status_code = status
    return response


def problem_details(status: int, code: int, detail: str) -> Response:
    """An error as RFC 9457 problem details, the shape Twilio's newer APIs answer with.

    twilio-python 9.x raises TwilioServiceException (not a TwilioRestException)
    for a body with type, title, status and code; the stand-in answers this
    way when asked (/_sim/faults with problem), so both shapes are exercised.
    """
    response = jsonify(
        {
            "type": f"https://www.twilio.com/docs/errors/{code}",
            "title": "Service unavailable" if status >= 500 else "Request refused",
            "status": status,
            "code": code,
            "detail": detail,
            "instance": request.path,
        }
    )
    response.status_code = status
    response.content_type = "application/problem+json"
    return response


def request_region() -> str:
    """The Twilio Region a request reached, read from the host it was sent to.

    ``api.{edge}.{region}.twilio.com`` names it. ``api.twilio.com`` is US1,
    and so are the retired ``api.{region}.twilio.com`` hosts (Twilio's API
    domain migration guide: they "process all requests in US1 regardless of
    the region code"). Any other host (the stand-in reached as itself)
    stands for api.twilio.com. Regional credentials are not modelled: one
    account and auth token answer in every Region.
    """
    host = request.host.rsplit(":", 1)[0].lower()
    pieces = host.split(".")
    if host.endswith(".twilio.com") and len(pieces) == 5:
        return pieces[2]
    return DEFAULT_REGION


def not_complete() -> Response:
    # Twilio's error 20009 page names no HTTP status; 409 Conflict is assumed
    # (Twilio's 20409 "Conflict" is the status for a resource not yet in a
    # state that allows the change). Carryback keys on the code, not the status.
    return twilio_error(409, 20009, "Cannot delete this resource before it is complete")


def not_found() -> Response:
    return twilio_error(404, 20404, f"The requested resource {request.path} was not found")


def authenticate(account_sid: str, auth_token: str) -> Response | None:
    credentials = request.authorization
    if credentials is None or not (
        _same(credentials.username or "", account_sid)
        and _same(credentials.password or "", auth_token)
    ):
        response = twilio_error(401, 20003, "Authenticate")
        response.headers["WWW-Authenticate"] = 'Basic realm="Twilio API"'
        return response
    path_sid = (request.view_args or {}).get("account_sid")
    if path_sid is not None and path_sid != account_sid:
        return twilio_error(403, 20003, "Authenticated account does not match the URL")
    return None


def _same(given: str, expected: str) -> bool:
    # Compare as bytes: compare_digest refuses non-ASCII str.
    return hmac.compare_digest(given.encode(), expected.encode())


def page(uri: str, key: str, items: list[dict[str, Any]], page_size: int) -> dict[str, Any]:
    """A list answer as the description shapes it: the items under ``key``, then paging."""
    return {
        key: items,
        "end": max(0, len(items) - 1),
        "first_page_uri": uri,
        "next_page_uri": None,
        "page": 0,
        "page_size": page_size,
        "previous_page_uri": None,
        "start": 0,
        "uri": uri,
    }
