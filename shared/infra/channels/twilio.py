"""Twilio REST channel: send and look up an SMS, list, fetch and delete a call's recordings.

Plain ``requests`` rather than the twilio SDK's ``Client``: the SDK can be
pointed at another base URL, but it has no call that downloads recording
media (``recordings(sid).fetch()`` returns metadata), and its failures come
back as a mix of ``TwilioRestException`` and raw ``requests`` errors that we
would have to sort into permanent/transient anyway. Three small HTTP calls
with our own error mapping are shorter and easier to audit for PHI.

Nothing here logs or raises client material: Twilio's own error messages
often quote the phone number, so errors carry only the HTTP status, the
Twilio error code and our own wording.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests

from shared.infra.channels import ChannelError
from shared.kernel.defaults import (
    SENT_LOOKUP_PAGE_SIZE,
    SENT_LOOKUP_SKEW,
    TWILIO_HTTP_TIMEOUT_SECONDS,
)

logger = logging.getLogger(__name__)

API_VERSION = "2010-04-01"
RECORDING_SID = re.compile(r"^RE[0-9a-f]{32}$")
CALL_SID = re.compile(r"^CA[0-9a-fA-F]{32}$")
# A call's recordings fit one page: Carryback's TwiML records once per call.
RECORDINGS_PAGE_SIZE = 20
MESSAGE_SID = re.compile(r"^(SM|MM)[0-9a-f]{32}$")
MAX_RECORDING_BYTES = 20 * 1024 * 1024
RECORDING_FORMATS = {"wav": "audio/x-wav", "mp3": "audio/mpeg"}

# Twilio error codes worth naming; any other 4xx is permanent too (see _classify).
KNOWN_ERRORS = {
    20003: "authentication failed",
    20009: "not complete yet at Twilio, try again in a minute or more",
    20404: "resource not found",
    21211: "invalid 'To' number",
    21408: "region not enabled for this account",
    21610: "recipient has unsubscribed (STOP)",
    21614: "'To' number is not a mobile number",
}
# Statuses that mean "try again later" rather than "this request is wrong".
TRANSIENT_STATUSES = {408, 429}
# 4xx codes that mean the same: 20009, a message or call Twilio has not
# finished with ("wait at least 1 minute ... then several minutes and retry").
NOT_COMPLETE = 20009
TRANSIENT_CODES = {NOT_COMPLETE}


def is_transient(status: int, code: int | None) -> bool:
    """Whether the same request may succeed later: server errors, throttling, 20009."""
    return status >= 500 or status in TRANSIENT_STATUSES or code in TRANSIENT_CODES


@dataclass(frozen=True)
class TwilioSettings:
    """Where and as whom to talk to Twilio (or the local stand-in)."""

    api_base: str
    account_sid: str
    auth_token: str
    phone_number: str
    region: str = ""  # TWILIO_REGION, e.g. "ie1"
    edge: str = ""  # TWILIO_EDGE, e.g. "dublin"

    @property
    def base_url(self) -> str:
        """Where every request goes: ``api_base`` in the Region and Edge set, if any."""
        return regional_base_url(self.api_base, region=self.region, edge=self.edge)

    def __repr__(self) -> str:
        # Keep the auth token out of tracebacks and debug logs.
        return (
            f"TwilioSettings(api_base={self.api_base!r}, account_sid={self.account_sid!r}, "
            f"auth_token='***', phone_number='***', region={self.region!r}, edge={self.edge!r})"
        )


def regional_base_url(api_base: str, *, region: str = "", edge: str = "") -> str:
    """``api_base`` moved to Twilio's ``api.{edge}.{region}.twilio.com`` host.

    The rule twilio-python applies to each request when TWILIO_REGION or
    TWILIO_EDGE is set (ClientBase.get_hostname), applied once here so that
    the SDK path (texts) and the raw path (recordings, deletes) reach the
    same host: an Edge without a Region processes in us1, and a Region or
    Edge already in the host is replaced. Recordings live in the Region
    that made them ("data and resources created in one Region aren't
    available in another", Twilio's regional migration guide), so a
    regional recording is only found, and only deleted, there.

    A base that is not a twilio.com host (the local stand-in, a proxy) is
    used as it is: it has no regional twin to name.
    """
    parts = urlsplit(api_base.rstrip("/"))
    host = (parts.hostname or "").lower()
    if not (region or edge) or not host.endswith(".twilio.com"):
        return api_base.rstrip("/")
    pieces = host.split(".")
    named_edge = pieces[1] if len(pieces) == 5 else ""
    named_region = pieces[2] if len(pieces) == 5 else pieces[1] if len(pieces) == 4 else ""
    edge = edge or named_edge
    region = region or named_region or ("us1" if edge else "")
    netloc = ".".join(part for part in (pieces[0], edge, region, "twilio", "com") if part)
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


@dataclass(frozen=True)
class CallRecording:
    """One Recording resource of a call, as the list answers it (no media, no client words)."""

    sid: str
    status: str  # Twilio's: in-progress, paused, stopped, processing, completed, absent, deleted
    duration_s: int  # whole seconds; 0 when Twilio gives none yet


class TwilioError(ChannelError):
    """A Twilio API failure, with the HTTP status and Twilio error code when known."""

    def __init__(
        self,
        message: str,
        *,
        permanent: bool = False,
        status: int | None = None,
        code: int | None = None,
    ) -> None:
        super().__init__(message, permanent=permanent)
        self.status = status
        self.code = code


class TwilioChannel:
    """Talks to Twilio's REST API for outbound SMS and voice-note media."""

    def __init__(
        self,
        settings: TwilioSettings,
        *,
        session: requests.Session | None = None,
        timeout: float = TWILIO_HTTP_TIMEOUT_SECONDS,
    ) -> None:
        self._settings = settings
        self._session = session or requests.Session()
        self._timeout = timeout
        self._account_url = f"{settings.base_url}/{API_VERSION}/Accounts/{settings.account_sid}"

    def send_sms(self, to: str, body: str) -> str:
        """Send ``body`` to ``to`` from our number; returns Twilio's MessageSid."""
        response = self._request(
            "POST",
            f"{self._account_url}/Messages.json",
            action="send SMS",
            data={"To": to, "From": self._settings.phone_number, "Body": body},
        )
        if not response.ok:
            raise _classify(response, action="send SMS")
        sid = _json(response).get("sid")
        if not isinstance(sid, str) or not sid.startswith("SM"):
            # Twilio accepted it but we cannot tell which message it is:
            # retrying could send it twice, so do not retry.
            raise TwilioError(
                "send SMS: Twilio answered without a message sid",
                permanent=True,
                status=response.status_code,
            )
        logger.info("twilio sms queued sid=%s", sid)
        return sid

    def list_recordings(self, call_sid: str) -> list[CallRecording]:
        """The recordings Twilio holds for a call (GET Recordings.json?CallSid=).

        For a call whose recording status callback never arrived: the sweep
        asks, and stores what it finds as the callback would have.
        """
        if not CALL_SID.fullmatch(call_sid):
            raise TwilioError("not a Twilio call sid", permanent=True)
        response = self._request(
            "GET",
            f"{self._account_url}/Recordings.json",
            action="list recordings",
            params={"CallSid": call_sid, "PageSize": RECORDINGS_PAGE_SIZE},
        )
        if not response.ok:
            raise _classify(response, action="list recordings")
        listed = _json(response).get("recordings")
        if not isinstance(listed, list):
            # Without the list we cannot tell "none" from "not said": try again later.
            raise TwilioError("list recordings: Twilio answered without a list", status=200)
        recordings = [_call_recording(item) for item in listed if isinstance(item, dict)]
        found = [recording for recording in recordings if recording is not None]
        logger.info("twilio recordings listed call=%s found=%d", call_sid, len(found))
        return found

    def find_sent(self, to: str, body: str, *, since: datetime) -> list[str]:
        """Sids of messages we sent to ``to`` with ``body`` since ``since``, oldest first.

        For a send whose answer never came back (shared.infra.channels.sms:
        ``SmsError.unconfirmed``): did Twilio take it after all? Reads the
        newest messages To ``to`` From our number (GET Messages.json). The
        Message resource does not expose the StatusCallback, where our row
        id rides, so the match is on number, body, direction and time; the
        body goes only to Twilio, which holds it already, and is never logged.

        Assumed where Twilio's docs are silent: the list comes newest first,
        and one page of SENT_LOOKUP_PAGE_SIZE covers the minutes between an
        attempt and its retry. DateSent does not narrow it: it is null until
        a message leaves Twilio's queue, and the docs do not say whether a
        DateSent filter keeps such a message.
        """
        response = self._request(
            "GET",
            f"{self._account_url}/Messages.json",
            action="look up sent SMS",
            params={
                "To": to,
                "From": self._settings.phone_number,
                "PageSize": SENT_LOOKUP_PAGE_SIZE,
            },
        )
        if not response.ok:
            raise _classify(response, action="look up sent SMS")
        listed = _json(response).get("messages")
        if not isinstance(listed, list):
            # Not a list: "not known yet", never "not sent".
            raise TwilioError("look up sent SMS: Twilio answered without a list", status=200)
        earliest = since - SENT_LOOKUP_SKEW
        found = [
            (created, item["sid"])
            for item in listed
            if isinstance(item, dict)
            and item.get("direction") == "outbound-api"
            and item.get("body") == body
            and MESSAGE_SID.fullmatch(str(item.get("sid")))
            and (created := _rfc2822(item.get("date_created"))) is not None
            and created >= earliest
        ]
        logger.info("twilio sent messages looked up found=%d", len(found))
        return [sid for _created, sid in sorted(found)]

    def download_recording(self, recording_sid: str, *, fmt: str = "wav") -> bytes:
        """Fetch a recording's audio, built from its sid (never from a posted URL)."""
        _check_recording_sid(recording_sid)
        if fmt not in RECORDING_FORMATS:
            raise TwilioError(f"unsupported recording format {fmt!r}", permanent=True)
        url = f"{self._account_url}/Recordings/{recording_sid}.{fmt}"
        response = self._request("GET", url, action="download recording", stream=True)
        with response:
            if response.status_code == 404:
                # Twilio posts the status callback slightly before the media
                # is served; a retry a few seconds later normally succeeds.
                raise TwilioError(
                    f"recording media not ready: {recording_sid}", status=404, code=20404
                )
            if not response.ok:
                raise _classify(response, action="download recording")
            audio = _read_capped(response, MAX_RECORDING_BYTES)
        logger.info("twilio recording downloaded sid=%s bytes=%d", recording_sid, len(audio))
        return audio

    def delete_recording(self, recording_sid: str) -> None:
        """Delete a recording at Twilio; an already-deleted one counts as done."""
        _check_recording_sid(recording_sid)
        url = f"{self._account_url}/Recordings/{recording_sid}.json"
        response = self._request("DELETE", url, action="delete recording")
        if response.status_code == 404:
            logger.info("twilio recording already gone sid=%s", recording_sid)
            return
        if not response.ok:
            raise _classify(response, action="delete recording")
        logger.info("twilio recording deleted sid=%s", recording_sid)

    def delete_message(self, message_sid: str) -> None:
        """Delete a message (body and media) at Twilio; an already-deleted one counts as done."""
        if not MESSAGE_SID.fullmatch(message_sid):
            raise TwilioError("not a Twilio message sid", permanent=True)
        url = f"{self._account_url}/Messages/{message_sid}.json"
        response = self._request("DELETE", url, action="delete message")
        if response.status_code == 404:
            return
        if not response.ok:
            raise _classify(response, action="delete message")
        logger.info("twilio message deleted sid=%s", message_sid)

    def _request(self, method: str, url: str, *, action: str, **kwargs: Any) -> requests.Response:
        auth = (self._settings.account_sid, self._settings.auth_token)
        try:
            return self._session.request(method, url, auth=auth, timeout=self._timeout, **kwargs)
        except requests.RequestException as exc:
            # The exception text can hold the URL (account sid only) but we
            # still keep only its type: request bodies must never leak.
            raise TwilioError(f"{action}: network error ({type(exc).__name__})") from None


def is_recording_sid(value: object) -> bool:
    """Twilio's exact RecordingSid shape: the one check, for the webhook form and the API."""
    return isinstance(value, str) and RECORDING_SID.fullmatch(value) is not None


def _rfc2822(value: object) -> datetime | None:
    """Twilio's dates ("Fri, 14 Oct 2016 21:56:34 +0000"), aware; None when not one."""
    if not isinstance(value, str):
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo is not None else None


def _call_recording(item: dict[str, Any]) -> CallRecording | None:
    """A listed recording, or None when its sid is not one Carryback could use in a URL."""
    sid, status, duration = item.get("sid"), item.get("status"), item.get("duration")
    if not is_recording_sid(sid) or not isinstance(status, str):
        return None
    # The description types duration as a string of seconds; anything else
    # (null while processing) is taken as not known yet.
    seconds = int(duration) if isinstance(duration, str) and duration.isdigit() else 0
    return CallRecording(str(sid), status, seconds)


def _check_recording_sid(recording_sid: str) -> None:
    # The sid becomes part of a URL path: only Twilio's exact shape is allowed.
    if not is_recording_sid(recording_sid):
        raise TwilioError("not a Twilio recording sid", permanent=True)


def _classify(response: requests.Response, *, action: str) -> TwilioError:
    """Turn a failed Twilio response into a permanent or transient error."""
    status = response.status_code
    code = _json(response).get("code")
    code = code if isinstance(code, int) else None
    reason = KNOWN_ERRORS.get(code, "") if code else ""
    detail = f"HTTP {status}" + (f", Twilio error {code}" if code else "")
    if reason:
        detail += f" ({reason})"
    # Server errors, throttling and "not complete yet" pass; any other 4xx (bad
    # number, STOP, auth, unknown code) fails the same way every time it is retried.
    transient = is_transient(status, code)
    return TwilioError(f"{action}: {detail}", permanent=not transient, status=status, code=code)


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        payload = response.json()
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


def _read_capped(response: requests.Response, limit: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TwilioError(f"recording larger than {limit} bytes", permanent=True)
    chunks: list[bytes] = []
    size = 0
    for chunk in _iter_body(response):
        size += len(chunk)
        if size > limit:
            raise TwilioError(f"recording larger than {limit} bytes", permanent=True)
        chunks.append(chunk)
    return b"".join(chunks)


def _iter_body(response: requests.Response) -> Iterator[bytes]:
    try:
        yield from response.iter_content(chunk_size=64 * 1024)
    except requests.RequestException as exc:
        raise TwilioError(f"download recording: body interrupted ({type(exc).__name__})") from None
