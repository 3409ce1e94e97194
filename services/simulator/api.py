"""A local stand-in for the parts of Twilio's REST API that Carryback calls.

Production code never imports this module: it reaches the stand-in only
because ``TWILIO_API_BASE`` points at it. Tests and the demo use it to send
SMS, serve call recordings and delete them without a Twilio account.

Twilio routes answer like Twilio (basic auth, JSON errors with Twilio error
codes, 201 on create, 204 on delete). A small control API under ``/_sim/``
(loopback only, no auth) lets a test add recordings, mark numbers as opted
out, inject failures, play a client's text through Twilio's keyword handling
(services.simulator.inbound) and read back what was sent and what reached
each phone.
"""

from __future__ import annotations

import hmac
import re
import socket
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from flask import Flask, Response, jsonify, request
from twilio.request_validator import RequestValidator
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from services.simulator.calls import CallerError, CallerNote, CallPlayer
from services.simulator.inbound import receive_text
from services.simulator.keywords import KeywordHandling, KeywordKind, OptOutMode
from services.simulator.numbers import add_number_routes
from services.simulator.webhooks import WebhookSender, new_sid, recording_url

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
class _Recording:
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
class _State:
    """Everything the stand-in remembers; guarded by ``lock`` (threaded server)."""

    recordings_dir: Path | None
    lock: threading.Lock = field(default_factory=threading.Lock)
    messages: list[dict[str, Any]] = field(default_factory=list)
    recordings: dict[str, _Recording] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
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
        self.recordings[sid] = _Recording(
            kind,
            not_ready,
            None if self.recordings_dir is not None else audio,
            region,
            call_sid=call_sid,
            duration_s=duration_s,
        )

    def note_absent(self, sid: str, call_sid: str, error_code: int) -> None:
        """A <Record> that captured nothing: a Recording resource, "absent", with no media."""
        self.recordings[sid] = _Recording(
            "wav", 0, b"", call_sid=call_sid, status="absent", error_code=error_code
        )

    def recording_here(self, sid: str) -> _Recording | None:
        """The recording, if the Region this request reached holds it."""
        recording = self.recordings.get(sid)
        if recording is None or recording.region != request_region():
            return None
        return recording

    def load_audio(self, sid: str, recording: _Recording) -> bytes:
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


def _not_complete() -> Response:
    # Twilio's error 20009 page names no HTTP status; 409 Conflict is assumed
    # (Twilio's 20409 "Conflict" is the status for a resource not yet in a
    # state that allows the change). Carryback keys on the code, not the status.
    return twilio_error(409, 20009, "Cannot delete this resource before it is complete")


def _not_found() -> Response:
    return twilio_error(404, 20404, f"The requested resource {request.path} was not found")


def create_simulator_app(
    account_sid: str,
    auth_token: str,
    *,
    recordings_dir: Path | None = None,
    keywords: KeywordHandling | None = None,
) -> Flask:
    """Build the stand-in app for one account (sid + auth token).

    ``keywords``: how the number handles STOP, START and HELP; Twilio's
    default handling on a long code unless given.
    """
    app = Flask("carryback-twilio-simulator")
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_BYTES
    if recordings_dir is not None:
        recordings_dir.mkdir(parents=True, exist_ok=True)
    handling = keywords or KeywordHandling()
    state = _State(
        recordings_dir=recordings_dir,
        auth_token=auth_token,
        keywords=handling,
        started_keywords=handling,
    )
    app.extensions["twilio_simulator"] = state

    @app.before_request
    def guard() -> Response | None:
        if request.path.startswith("/_sim/"):
            if request.remote_addr not in LOOPBACK:
                return twilio_error(403, 20403, "control API is loopback only")
            return None
        with state.lock:
            if state.fault_count > 0:
                state.fault_count -= 1
                status, code = state.fault_status, 20429 if state.fault_status == 429 else 20500
                if state.fault_as_problem:
                    return problem_details(status, code, "injected fault")
                return twilio_error(status, code, "injected fault")
        return _authenticate(account_sid, auth_token)

    _add_message_routes(app, state)
    _add_recording_routes(app, state)
    _add_control_routes(app, state)
    _add_call_route(app, state, account_sid)
    add_number_routes(app, account_sid)
    _add_text_routes(app, state, account_sid)
    return app


def _authenticate(account_sid: str, auth_token: str) -> Response | None:
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


def _add_message_routes(app: Flask, state: _State) -> None:
    @app.post(f"{API_PREFIX}/Messages.json")
    def create_message(account_sid: str) -> Response | tuple[Response, int]:
        to = request.form.get("To", "")
        from_ = request.form.get("From", "")
        body = request.form.get("Body", "")
        # Twilio's messages quote the number; Carryback must not pass them on.
        if not to:
            return twilio_error(400, 21604, "A 'To' phone number is required.")
        if not E164.fullmatch(to):
            return twilio_error(400, 21211, f"The 'To' number {to} is not a valid phone number.")
        if not from_:
            return twilio_error(400, 21603, "A 'From' phone number is required.")
        if not body:
            return twilio_error(400, 21602, "Message body is required.")
        if len(body) > MAX_BODY_CHARS:
            return twilio_error(400, 21617, "The concatenated message body exceeds 1600 chars.")
        with state.lock:
            if to in state.opted_out:
                return twilio_error(400, 21610, "Attempt to send to unsubscribed recipient")
            if to in state.refused_landlines:
                return twilio_error(400, 21614, f"'To' number {to} is not a valid mobile number")
            message = _message_resource(account_sid, to, from_, body)
            state.messages.append(message)
            state.message_times[message["sid"]] = state.now()
            landline = to in state.landlines
            if not landline:
                state.delivered.append(_delivered(message, "api"))
            hang_up = state.hangups > 0
            if hang_up:
                state.hangups -= 1
        callback = request.form.get("StatusCallback", "")
        if callback:
            _report_delivery(state, message, callback, _delivery_steps(landline))
        if hang_up:
            _drop_connection()
        return jsonify(message), 201

    @app.get(f"{API_PREFIX}/Messages.json")
    def read_messages(account_sid: str) -> Response:
        """Messages, newest first, by To, From and DateSent as the description's filters say.

        The stand-in lists the messages it sent (API sends and TwiML replies);
        the texts it passed on to a webhook are held by sid only.
        """
        try:
            sent_window = _date_sent_window(request.args)
        except ValueError as error:
            return twilio_error(400, 21000, str(error))
        to, from_ = request.args.get("To"), request.args.get("From")
        size = request.args.get("PageSize", "50")
        page_size = int(size) if size.isdigit() and 1 <= int(size) <= 1000 else 50
        with state.lock:
            found = [
                dict(message)
                for message in reversed(state.messages)
                if (to is None or message["to"] == to)
                and (from_ is None or message["from"] == from_)
                and _sent_within(message, sent_window)
            ]
        uri = request.full_path.rstrip("?")
        return jsonify(_page(uri, "messages", found[:page_size], page_size))

    @app.delete(f"{API_PREFIX}/Messages/<name>")
    def delete_message(account_sid: str, name: str) -> Response | tuple[str, int]:
        # Deleting a message at Twilio deletes its media with it.
        sid = name.removesuffix(".json")
        with state.lock:
            held = [m for m in state.messages if m["sid"] == sid]
            if not held and sid not in state.inbound:
                return _not_found()
            if state.now() - state.message_times.get(sid, 0.0) < MESSAGE_SETTLE_SECONDS:
                return _not_complete()
            state.messages = [m for m in state.messages if m["sid"] != sid]
            state.message_times.pop(sid, None)
            state.inbound.discard(sid)
            state.deleted.append(sid)
        return "", 204


def _drop_connection() -> None:
    """Close the connection with no answer, the request already taken (a /_sim/hangups fault).

    The caller sees the connection end before any response: for it, the
    message may or may not have been sent.
    """
    connection = request.environ.get("werkzeug.socket")
    if connection is not None:
        connection.shutdown(socket.SHUT_RDWR)


_DateWindow = tuple[datetime | None, datetime | None]


def _date_sent_window(args: Any) -> _DateWindow:
    """DateSent (that day), DateSent< (on or before), DateSent> (on or after), as GMT.

    Each takes a date (YYYY-MM-DD) or, as twilio-python sends it, a date and
    time (YYYY-MM-DDTHH:MM:SSZ).
    """
    earliest: datetime | None = None
    latest: datetime | None = None
    if "DateSent" in args:
        day = _gmt(args["DateSent"]).replace(hour=0, minute=0, second=0, microsecond=0)
        earliest, latest = day, day + timedelta(days=1) - timedelta(microseconds=1)
    if "DateSent>" in args:
        earliest = _gmt(args["DateSent>"])
    if "DateSent<" in args:
        latest = _gmt(args["DateSent<"], end_of_day=True)
    return earliest, latest


def _gmt(value: str, *, end_of_day: bool = False) -> datetime:
    try:
        if len(value) == 10:
            day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
            return day + timedelta(days=1, microseconds=-1) if end_of_day else day
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        raise ValueError("DateSent must be YYYY-MM-DD or an ISO 8601 date and time") from None


def _sent_within(message: dict[str, Any], window: _DateWindow) -> bool:
    """A message not sent yet (date_sent null) is outside any DateSent filter (assumed)."""
    earliest, latest = window
    if earliest is None and latest is None:
        return True
    if not message.get("date_sent"):
        return False
    sent = parsedate_to_datetime(message["date_sent"])
    return (earliest is None or sent >= earliest) and (latest is None or sent <= latest)


def _delivery_steps(landline: bool) -> list[tuple[str, str]]:
    """Twilio's callbacks for a message it took: "sent", then "delivered" (or 30006)."""
    return [("sent", ""), ("undelivered", "30006") if landline else ("delivered", "")]


# A reply to a number on the block list fails at once, with Twilio's 21610.
REFUSED_STEPS = [("failed", "21610")]


def _report_delivery(
    state: _State, message: dict[str, Any], url: str, steps: list[tuple[str, str]]
) -> None:
    """Call back as Twilio does, one request per (status, error code) step."""

    def post_all() -> None:
        validator = RequestValidator(state.auth_token)
        for status, error_code in steps:
            params = {
                "AccountSid": message["account_sid"],
                "MessageSid": message["sid"],
                "SmsSid": message["sid"],
                "MessageStatus": status,
                "SmsStatus": status,
                "To": message["to"],
                "From": message["from"],
                "ApiVersion": "2010-04-01",
            }
            if error_code:
                params["ErrorCode"] = error_code
            with state.lock:
                message["status"] = status
                if status == "sent":
                    message["date_sent"] = format_datetime(datetime.now(UTC), usegmt=True)
            signature = validator.compute_signature(url, params)
            try:
                requests.post(
                    url, data=params, headers={"X-Twilio-Signature": signature}, timeout=15
                )
            except requests.RequestException:
                return  # Twilio does not retry status callbacks either

    threading.Thread(target=post_all, daemon=True).start()


def _delivered(message: dict[str, Any], via: str) -> dict[str, str]:
    return {"to": message["to"], "from": message["from"], "body": message["body"], "via": via}


def _message_resource(
    account_sid: str, to: str, from_: str, body: str, *, direction: str = "outbound-api"
) -> dict[str, Any]:
    sid = f"SM{uuid.uuid4().hex}"
    now = format_datetime(datetime.now(UTC), usegmt=True)
    return {
        "sid": sid,
        "account_sid": account_sid,
        "to": to,
        "from": from_,
        "body": body,
        "status": "queued",
        "direction": direction,
        # Set when the message leaves Twilio's queue ("sent"), as Twilio's description says.
        "date_sent": None,
        "num_segments": str(max(1, -(-len(body) // 153))),
        "date_created": now,
        "date_updated": now,
        "api_version": "2010-04-01",
        "uri": f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}.json",
    }


def _add_recording_routes(app: Flask, state: _State) -> None:
    @app.get(f"{API_PREFIX}/Recordings.json")
    def list_recordings(account_sid: str) -> Response:
        return _list_recordings(state, account_sid)

    @app.get(f"{API_PREFIX}/Recordings/<name>")
    def get_recording(account_sid: str, name: str) -> Response:
        sid, _, ext = name.partition(".")
        ext = ext or "wav"  # Twilio serves WAV when no extension is given
        if ext == "json":
            return _recording_metadata(state, account_sid, sid)
        with state.lock:
            recording = state.recording_here(sid)
            if recording is None or ext != recording.kind or recording.status != "completed":
                return _not_found()
            if recording.not_ready > 0:
                recording.not_ready -= 1
                return _not_found()
            audio = state.load_audio(sid, recording)
        return Response(audio, mimetype=MEDIA_TYPES[ext])

    @app.delete(f"{API_PREFIX}/Recordings/<name>")
    def delete_recording(account_sid: str, name: str) -> Response | tuple[str, int]:
        sid = name.removesuffix(".json")
        with state.lock:
            if state.recording_here(sid) is None:
                return _not_found()
            state.drop_audio(sid)
        return "", 204


def _recording_metadata(state: _State, account_sid: str, sid: str) -> Response:
    with state.lock:
        recording = state.recording_here(sid)
    if recording is None:
        return _not_found()
    return jsonify(_recording_resource(account_sid, sid, recording))


def _recording_resource(account_sid: str, sid: str, recording: _Recording) -> dict[str, Any]:
    """A Recording resource with the description's field names (those the stand-in knows)."""
    base = f"/2010-04-01/Accounts/{account_sid}/Recordings/{sid}"
    return {
        "sid": sid,
        "account_sid": account_sid,
        "call_sid": recording.call_sid,
        "status": recording.status,
        # The description types duration as a string of seconds.
        "duration": str(recording.duration_s),
        "channels": 1,
        "source": "RecordVerb",
        "date_created": recording.created,
        "start_time": recording.created,
        # "This value is null if the recording status is not absent."
        "error_code": recording.error_code,
        "uri": f"{base}.json",
        "media_url": f"{request.host_url.rstrip('/')}{base}",
    }


def _list_recordings(state: _State, account_sid: str) -> Response:
    """GET Recordings.json: this Region's recordings, newest first, by CallSid when asked.

    One page holds them all (PageSize is honoured, other pages are not
    served): a test's call makes one or two recordings.
    """
    call_sid = request.args.get("CallSid")
    size = request.args.get("PageSize", "50")
    page_size = int(size) if size.isdigit() and 1 <= int(size) <= 1000 else 50
    with state.lock:
        found = [
            _recording_resource(account_sid, sid, recording)
            for sid, recording in reversed(state.recordings.items())
            if recording.region == request_region()
            and (call_sid is None or recording.call_sid == call_sid)
        ]
    return jsonify(_page(request.full_path.rstrip("?"), "recordings", found[:page_size], page_size))


def _page(uri: str, key: str, items: list[dict[str, Any]], page_size: int) -> dict[str, Any]:
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


def _add_control_routes(app: Flask, state: _State) -> None:
    @app.post("/_sim/recordings")
    def add_recording() -> Response | tuple[Response, int]:
        upload = next(iter(request.files.values()), None)
        audio = upload.read() if upload is not None else request.get_data()
        kind = _audio_kind(audio)
        if kind is None:
            return twilio_error(400, 21000, "upload a WAV or MP3 file")
        not_ready = request.args.get("not_ready", "0")
        if not not_ready.isdigit():
            return twilio_error(400, 21000, "not_ready must be a whole number")
        region = request.args.get("region", DEFAULT_REGION)
        if not REGION.fullmatch(region):
            return twilio_error(400, 21000, "region must be a Twilio Region such as ie1")
        call_sid = request.args.get("call_sid") or None
        if call_sid is not None and not CALL_SID.fullmatch(call_sid):
            return twilio_error(400, 21000, "call_sid must be CA and 32 hex digits")
        sid = f"RE{uuid.uuid4().hex}"
        with state.lock:
            state.store_audio(sid, audio, kind, int(not_ready), region, call_sid=call_sid)
        return jsonify({"sid": sid, "format": kind, "region": region}), 201

    @app.get("/_sim/messages")
    def list_messages() -> Response:
        with state.lock:
            return jsonify(list(state.messages))

    @app.post("/_sim/inbound")
    def add_inbound() -> Response | tuple[Response, int]:
        sid = _control_field("sid")
        if not MESSAGE_SID.fullmatch(sid):
            return twilio_error(400, 21000, "sid must be SM or MM and 32 hex digits")
        with state.lock:
            state.inbound.add(sid)
            state.message_times[sid] = state.now()
        return jsonify({"sid": sid}), 201

    @app.post("/_sim/clock")
    def advance_clock() -> Response | tuple[Response, int]:
        seconds = _control_field("advance")
        try:
            advance = float(seconds)
        except ValueError:
            return twilio_error(400, 21000, "advance must be a number of seconds"), 400
        if not 0 <= advance <= 366 * 86400:
            return twilio_error(400, 21000, "advance must be between 0 and a year"), 400
        with state.lock:
            state.clock_offset += advance
        return jsonify({"clock_offset": state.clock_offset})

    @app.get("/_sim/deleted")
    def list_deleted() -> Response:
        with state.lock:
            return jsonify(list(state.deleted))

    @app.post("/_sim/opted_out")
    def opt_out() -> Response:
        number = _control_field("number")
        if not number or not E164.fullmatch(number):
            return twilio_error(400, 21211, "number must be E.164")
        with state.lock:
            state.opted_out.add(number)
        return jsonify({"opted_out": True})

    @app.post("/_sim/landlines")
    def add_landline() -> Response:
        number = _control_field("number")
        if not number or not E164.fullmatch(number):
            return twilio_error(400, 21211, "number must be E.164")
        refused = _control_field("answer") == "refuse"
        with state.lock:
            (state.refused_landlines if refused else state.landlines).add(number)
        return jsonify({"landline": True, "refused": refused})

    @app.post("/_sim/faults")
    def inject_faults() -> Response:
        status, count = _control_field("status"), _control_field("count") or "1"
        if not (status.isdigit() and 400 <= int(status) <= 599 and count.isdigit()):
            return twilio_error(400, 21000, "status must be 4xx/5xx, count a number")
        problem = _control_field("problem").lower() in {"1", "true", "yes"}
        with state.lock:
            state.fault_status, state.fault_count = int(status), int(count)
            state.fault_as_problem = problem
        return jsonify({"status": int(status), "count": int(count), "problem": problem})

    @app.post("/_sim/hangups")
    def hang_ups() -> Response | tuple[Response, int]:
        """The next ``count`` message creates are taken, then the connection dropped unanswered."""
        count = _control_field("count") or "1"
        if not count.isdigit():
            return twilio_error(400, 21000, "count must be a whole number"), 400
        with state.lock:
            state.hangups = int(count)
        return jsonify({"hangups": int(count)})

    @app.post("/_sim/reset")
    def reset() -> Response:
        with state.lock:
            state.reset()
        return jsonify({"reset": True})


MESSAGE_SID = re.compile(r"^(SM|MM)[0-9a-f]{32}$")


class _Phones:
    """The stand-in's state as services.simulator.inbound sees it."""

    def __init__(self, state: _State, account_sid: str) -> None:
        self._state = state
        self._account_sid = account_sid

    def blocked(self, number: str) -> bool:
        with self._state.lock:
            return number in self._state.opted_out

    def block(self, number: str) -> None:
        with self._state.lock:
            self._state.opted_out.add(number)

    def unblock(self, number: str) -> None:
        with self._state.lock:
            self._state.opted_out.discard(number)

    def hold_inbound(self, sid: str, from_: str, to: str, body: str) -> None:
        with self._state.lock:
            self._state.inbound.add(sid)
            self._state.message_times[sid] = self._state.now()

    def deliver_automatic(self, to: str, from_: str, body: str) -> None:
        with self._state.lock:
            reply = {"to": to, "from": from_, "body": body, "via": "automatic"}
            self._state.delivered.append(reply)

    def send_reply(self, to: str, from_: str, body: str, action: str | None) -> bool:
        message = _message_resource(self._account_sid, to, from_, body, direction="outbound-reply")
        with self._state.lock:
            refused = to in self._state.opted_out
            if refused:
                message |= {"status": "failed", "error_code": 21610}
            else:
                self._state.delivered.append(_delivered(message, "reply"))
            self._state.messages.append(message)
            self._state.message_times[message["sid"]] = self._state.now()
        if action:
            steps = REFUSED_STEPS if refused else _delivery_steps(landline=False)
            _report_delivery(self._state, message, action, steps)
        return not refused


def _add_text_routes(app: Flask, state: _State, account_sid: str) -> None:
    phones = _Phones(state, account_sid)

    @app.post("/_sim/sms")
    def text_in() -> tuple[Response, int]:
        """A client texts our number: Twilio's keyword handling, the webhook, the TwiML reply.

        JSON or form: ``sms_url`` (the messaging webhook's public URL; the
        signature is computed over it), ``target`` (optional: where requests
        for its origin really go), ``from``, ``to``, ``body``. Answers the
        text's report (services.simulator.inbound.TextReport) once the reply
        has been sent.
        """
        sms_url, from_, to = (_control_field(name) for name in ("sms_url", "from", "to"))
        body = _control_field("body")
        if not sms_url.startswith(("http://", "https://")):
            return twilio_error(400, 21000, "sms_url must be an absolute http(s) URL"), 400
        if not (E164.fullmatch(from_) and E164.fullmatch(to)):
            return twilio_error(400, 21211, "from and to must be E.164"), 400
        sender = WebhookSender(
            _origin(sms_url),
            state.auth_token,
            account_sid,
            target_base_url=_control_field("target") or None,
        )
        report = receive_text(
            sender,
            state.keywords,
            phones,
            sms_url=sms_url,
            account_sid=account_sid,
            service_sid=state.service_sid,
            from_=from_,
            to=to,
            body=body,
        )
        return jsonify(report.as_json()), 201

    @app.route("/_sim/keywords", methods=["GET", "POST"])
    def keyword_handling() -> Response | tuple[Response, int]:
        """How the number answers STOP, START and HELP; POST sets it.

        ``mode``: "default" (Twilio's built-in handling) or "advanced"
        (Advanced Opt-Out); for "advanced", ``replies`` maps STOP, START or
        HELP to the reply text ("" turns that reply off; Twilio's text where
        not given) and ``keywords`` maps them to words added to the list.
        """
        if request.method == "POST":
            payload = request.get_json(silent=True) or {}
            try:
                handling = _handling_from(payload)
            except ValueError as error:
                return twilio_error(400, 21000, str(error)), 400
            with state.lock:
                state.keywords = handling
        with state.lock:
            return jsonify({**state.keywords.as_json(), "service_sid": state.service_sid})

    @app.get("/_sim/delivered")
    def delivered() -> Response:
        """Every text that reached a phone, in order (``?to=`` for one number)."""
        number = request.args.get("to", "")
        with state.lock:
            return jsonify([d for d in state.delivered if not number or d["to"] == number])


def _handling_from(payload: dict[str, Any]) -> KeywordHandling:
    mode = str(payload.get("mode", OptOutMode.DEFAULT))
    if mode not in set(OptOutMode):
        raise ValueError("mode must be default or advanced")
    if mode == OptOutMode.DEFAULT:
        if payload.get("replies") or payload.get("keywords"):
            raise ValueError("replies and keywords can be changed with Advanced Opt-Out only")
        return KeywordHandling()
    replies, words = payload.get("replies") or {}, payload.get("keywords") or {}
    if not (isinstance(replies, dict) and isinstance(words, dict)):
        raise ValueError("replies and keywords must be objects keyed by STOP, START or HELP")
    if not set(replies) | set(words) <= set(KeywordKind):
        raise ValueError("replies and keywords are keyed by STOP, START or HELP")
    return KeywordHandling.advanced(
        replies={KeywordKind(kind): str(text) for kind, text in replies.items()},
        extra_keywords={
            KeywordKind(kind): [str(w) for w in added] for kind, added in words.items()
        },
    )


def _add_call_route(app: Flask, state: _State, account_sid: str) -> None:
    @app.post("/_sim/calls")
    def place_call() -> tuple[Response, int]:
        """Ring the voice URL and play the call as Twilio would (services.simulator.calls).

        A multipart form: ``voice_url`` (the public URL Twilio would request,
        signatures are computed over it), ``target`` (optional: where requests
        for that URL's origin really go), ``from``, ``to``, ``stir_verstat``
        (optional), ``not_ready`` (media GETs answered 404 first), and one
        ``note`` file with one ``ends_by`` field per ``<Record>`` the caller
        speaks to. Answers the call's report once the call is over.
        """
        form = request.form
        voice_url, from_, to = form.get("voice_url", ""), form.get("from", ""), form.get("to", "")
        if not voice_url.startswith(("http://", "https://")):
            return twilio_error(400, 21000, "voice_url must be an absolute http(s) URL"), 400
        if not (E164.fullmatch(from_) and E164.fullmatch(to)):
            return twilio_error(400, 21211, "from and to must be E.164"), 400
        not_ready = form.get("not_ready", "0")
        audio = [upload.read() for upload in request.files.getlist("note")]
        endings = form.getlist("ends_by")
        if len(endings) != len(audio) or not not_ready.isdigit():
            return twilio_error(400, 21000, "one ends_by per note; not_ready a number"), 400
        try:
            notes = [CallerNote(a, e) for a, e in zip(audio, endings, strict=True)]
        except CallerError as error:
            return twilio_error(400, 21000, str(error)), 400
        api_base = request.host_url.rstrip("/")

        def url_of(sid: str) -> str:
            return recording_url(api_base, account_sid, sid)

        def keep(
            sid: str,
            wav: bytes | None,
            call_sid: str,
            duration_s: int,
            error_code: str | None = None,
        ) -> str:
            with state.lock:
                if wav is None:
                    state.note_absent(sid, call_sid, int(error_code or 0))
                else:
                    state.store_audio(
                        sid, wav, "wav", int(not_ready), call_sid=call_sid, duration_s=duration_s
                    )
            return url_of(sid)

        sender = WebhookSender(
            _origin(voice_url),
            state.auth_token,
            account_sid,
            target_base_url=form.get("target") or None,
        )
        report = CallPlayer(sender, account_sid, keep, url_of).play(
            voice_url,
            from_=from_,
            to=to,
            notes=notes,
            stir_verstat=form.get("stir_verstat") or None,
        )
        return jsonify(report.as_json()), 201


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _control_field(name: str) -> str:
    payload = request.get_json(silent=True) if request.is_json else None
    value = payload.get(name) if isinstance(payload, dict) else request.form.get(name)
    return "" if value is None else str(value)


def _audio_kind(audio: bytes) -> str | None:
    if audio[:4] == b"RIFF" and audio[8:12] == b"WAVE":
        return "wav"
    if audio[:3] == b"ID3" or (len(audio) > 1 and audio[0] == 0xFF and audio[1] & 0xE0 == 0xE0):
        return "mp3"
    return None


class _QuietRequestHandler(WSGIRequestHandler):
    """Skips the per-request access line; errors are still logged."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


class BackgroundServer:
    """Serve a WSGI app on 127.0.0.1 in a daemon thread (tests, demo scripts).

    Port 0 picks a free port; ``url`` tells which one was chosen.
    """

    def __init__(
        self, app: Any, *, host: str = "127.0.0.1", port: int = 0, access_log: bool = False
    ) -> None:
        handler = WSGIRequestHandler if access_log else _QuietRequestHandler
        self._server: BaseWSGIServer = make_server(
            host, port, app, threaded=True, request_handler=handler
        )
        # A short poll interval keeps shutdown() quick: tests start many servers.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://{self._server.host}:{self._server.server_port}"

    def start(self) -> BackgroundServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class SimulatorControl:
    """Client for the stand-in's ``/_sim/`` control API."""

    def __init__(
        self, api_base: str, *, session: requests.Session | None = None, timeout: float = 10.0
    ) -> None:
        self._base = api_base.rstrip("/")
        self._session = session or requests.Session()
        self._timeout = timeout

    def place_call(
        self,
        voice_url: str,
        *,
        from_: str,
        to: str,
        notes: Sequence[tuple[bytes, str]] = (),
        target: str | None = None,
        stir_verstat: str | None = None,
        not_ready: int = 0,
    ) -> dict[str, Any]:
        """Play a call to ``voice_url``; ``notes`` are (audio, how it ends) per <Record>.

        Returns the call's report (services.simulator.calls.CallReport as JSON).
        """
        fields: dict[str, Any] = {
            "voice_url": voice_url,
            "from": from_,
            "to": to,
            "not_ready": str(not_ready),
            "ends_by": [ends_by for _audio, ends_by in notes],
        }
        if target is not None:
            fields["target"] = target
        if stir_verstat is not None:
            fields["stir_verstat"] = stir_verstat
        files = [("note", (f"note{n}.wav", audio)) for n, (audio, _e) in enumerate(notes)]
        # A call makes several webhook requests of up to 15 s each.
        response = self._session.post(
            self._base + "/_sim/calls", data=fields, files=files or None, timeout=120
        )
        response.raise_for_status()
        return dict(response.json())

    def add_recording(
        self,
        audio: bytes,
        *,
        not_ready: int = 0,
        region: str = DEFAULT_REGION,
        call_sid: str | None = None,
    ) -> str:
        """Upload audio (WAV or MP3) kept in Twilio Region ``region``; returns the RecordingSid.

        ``call_sid``: the call it is listed under (GET Recordings.json?CallSid=).
        """
        params: dict[str, Any] = {"not_ready": not_ready, "region": region}
        if call_sid is not None:
            params["call_sid"] = call_sid
        response = self._post("/_sim/recordings", data=audio, params=params)
        return str(response.json()["sid"])

    def text(
        self, sms_url: str, *, from_: str, to: str, body: str, target: str | None = None
    ) -> dict[str, Any]:
        """The client at ``from_`` texts ``body`` to our number ``to``, through Twilio's handling.

        Returns the text's report (services.simulator.inbound.TextReport as JSON).
        """
        fields = {"sms_url": sms_url, "from": from_, "to": to, "body": body}
        if target is not None:
            fields["target"] = target
        # The webhook may take up to Twilio's 15 s.
        response = self._session.post(self._base + "/_sim/sms", json=fields, timeout=30)
        response.raise_for_status()
        return dict(response.json())

    def set_keywords(
        self,
        mode: str,
        *,
        replies: dict[str, str] | None = None,
        keywords: dict[str, list[str]] | None = None,
    ) -> dict[str, Any]:
        """Default keyword handling, or Advanced Opt-Out with these replies ("" = off)."""
        payload: dict[str, Any] = {"mode": mode}
        if replies:
            payload["replies"] = replies
        if keywords:
            payload["keywords"] = keywords
        return dict(self._post("/_sim/keywords", json=payload).json())

    def keywords(self) -> dict[str, Any]:
        """How the number handles STOP, START and HELP now."""
        return dict(self._get("/_sim/keywords").json())

    def received(self, number: str) -> list[dict[str, str]]:
        """Every text that reached ``number``'s phone, in order, with how ("via") it came."""
        response = self._session.get(
            self._base + "/_sim/delivered", params={"to": number}, timeout=self._timeout
        )
        response.raise_for_status()
        return list(response.json())

    def messages(self) -> list[dict[str, Any]]:
        return list(self._get("/_sim/messages").json())

    def deleted(self) -> list[str]:
        return list(self._get("/_sim/deleted").json())

    def opt_out(self, number: str) -> None:
        self._post("/_sim/opted_out", json={"number": number})

    def add_landline(self, number: str, *, refuse: bool = False) -> None:
        """Messages to ``number`` are accepted, then reported undelivered (30006);
        with ``refuse``, Twilio's API answers at once with error 21614 instead."""
        answer = "refuse" if refuse else "accept"
        self._post("/_sim/landlines", json={"number": number, "answer": answer})

    def add_inbound(self, sid: str) -> None:
        """Twilio holds the inbound message ``sid`` (as if it had just arrived)."""
        self._post("/_sim/inbound", json={"sid": sid})

    def advance_clock(self, seconds: float) -> None:
        """Age every message the stand-in holds by ``seconds``, without waiting."""
        self._post("/_sim/clock", json={"advance": seconds})

    def inject_faults(self, status: int, *, count: int = 1, problem: bool = False) -> None:
        """Answer the next ``count`` Twilio API requests with ``status``.

        ``problem``: as RFC 9457 problem details rather than Twilio's classic error body.
        """
        self._post("/_sim/faults", json={"status": status, "count": count, "problem": problem})

    def hang_up_after_accepting(self, count: int = 1) -> None:
        """Take the next ``count`` messages, then drop each connection before answering."""
        self._post("/_sim/hangups", json={"count": count})

    def reset(self) -> None:
        self._post("/_sim/reset")

    def _get(self, path: str) -> requests.Response:
        response = self._session.get(self._base + path, timeout=self._timeout)
        response.raise_for_status()
        return response

    def _post(self, path: str, **kwargs: Any) -> requests.Response:
        response = self._session.post(self._base + path, timeout=self._timeout, **kwargs)
        response.raise_for_status()
        return response
