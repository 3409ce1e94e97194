"""Plays Twilio's part towards the intake: signed SMS, voice and recording webhooks.

The signature is computed exactly as Twilio does: HMAC-SHA1 with the auth
token over the *public* URL Twilio would call plus the sorted form params,
sent in ``X-Twilio-Signature``. The request itself may go elsewhere
(``target_base_url``), as when the intake sits behind a proxy.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from urllib.parse import urlencode, urlsplit

import requests
from twilio.request_validator import RequestValidator

API_VERSION = "2010-04-01"
# Twilio waits 15 s for a webhook answer before giving up.
WEBHOOK_TIMEOUT_S = 15.0


def new_sid(prefix: str) -> str:
    """A Twilio-shaped sid: two-letter prefix and 32 lowercase hex digits."""
    return f"{prefix}{uuid.uuid4().hex}"


def call_params(
    account_sid: str,
    call_sid: str,
    from_: str,
    to: str,
    *,
    status: str = "ringing",
    stir_verstat: str | None = None,
) -> dict[str, str]:
    """The parameters Twilio sends with every request about an inbound call.

    Optional ones are left out, as Twilio leaves them out: ``StirVerstat`` is
    present only for a call that arrived with a SHAKEN PASSporT (Twilio's
    changelog, "Twilio performs SHAKEN/STIR verification on incoming calls":
    "only present for incoming calls with SHAKEN PASSporT identity headers"),
    which calls from outside the US, and many within it, do not carry.
    Caller location fields (FromCity, FromState, ...) are left out likewise.
    """
    params = {
        "AccountSid": account_sid,
        "ApiVersion": API_VERSION,
        "CallSid": call_sid,
        "CallStatus": status,
        "Called": to,
        "Caller": from_,
        "Direction": "inbound",
        "From": from_,
        "To": to,
    }
    if stir_verstat is not None:
        params["StirVerstat"] = stir_verstat
    return params


def sms_params(account_sid: str, sid: str, from_: str, to: str, body: str) -> dict[str, str]:
    """The parameters Twilio sends to the messaging webhook for an inbound SMS."""
    return {
        "ToCountry": "US",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "SmsSid": sid,
        "SmsStatus": "received",
        "Body": body,
        "To": to,
        "NumSegments": "1",
        "MessageSid": sid,
        "AccountSid": account_sid,
        "From": from_,
        "ApiVersion": API_VERSION,
    }


def recording_url(api_base: str, account_sid: str, recording_sid: str) -> str:
    """Where Twilio serves a recording's media (the RecordingUrl it posts)."""
    return f"{api_base.rstrip('/')}/{API_VERSION}/Accounts/{account_sid}/Recordings/{recording_sid}"


def recording_status_params(
    account_sid: str,
    call_sid: str,
    recording_sid: str,
    url: str,
    *,
    status: str,
    duration_s: int | None,
    error_code: str | None = None,
) -> dict[str, str]:
    """A ``recordingStatusCallback`` request of a ``<Record>``, as Twilio documents it.

    ``duration_s`` is None for the "in-progress" event (nothing is recorded yet).
    """
    params = {
        "AccountSid": account_sid,
        "CallSid": call_sid,
        "RecordingSid": recording_sid,
        "RecordingUrl": url,
        "RecordingStatus": status,
        "RecordingChannels": "1",
        "RecordingSource": "RecordVerb",
        "RecordingStartTime": datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000"),
    }
    if duration_s is not None:
        params["RecordingDuration"] = str(duration_s)
    if error_code is not None:
        params["ErrorCode"] = error_code
    return params


class WebhookSender:
    """Sends signed Twilio webhooks to Carryback's intake."""

    def __init__(
        self,
        public_base_url: str,
        auth_token: str,
        account_sid: str,
        *,
        target_base_url: str | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self._public_base = public_base_url.rstrip("/")
        self._target_base = (target_base_url or public_base_url).rstrip("/")
        self._validator = RequestValidator(auth_token)
        self._account_sid = account_sid
        self._session = session or requests.Session()

    def sms(
        self,
        from_: str,
        body: str,
        *,
        to: str,
        message_sid: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> requests.Response:
        """An inbound SMS, as Twilio posts it to ``/twilio/sms``."""
        params = sms_params(self._account_sid, message_sid or new_sid("SM"), from_, to, body)
        params.update(extra or {})
        return self.post("/twilio/sms", params)

    def call(
        self,
        from_: str,
        *,
        to: str,
        call_sid: str | None = None,
        stir_verstat: str | None = None,
    ) -> requests.Response:
        """An incoming call ringing, as Twilio posts it to ``/twilio/voice``.

        ``stir_verstat`` (e.g. "TN-Validation-Passed-A") is sent only when given.
        """
        params = call_params(
            self._account_sid, call_sid or new_sid("CA"), from_, to, stir_verstat=stir_verstat
        )
        return self.post("/twilio/voice", params)

    def recording(
        self,
        *,
        call_sid: str,
        recording_sid: str,
        duration_s: int,
        api_base: str,
        status: str = "completed",
        error_code: str | None = None,
    ) -> requests.Response:
        """A recording status callback, as Twilio posts it to ``/twilio/recording``.

        ``ErrorCode`` is sent only when given: Twilio documents it for a
        recording that is absent (16101 too short, 16102 silent), not for one
        that completed, so a completed recording is assumed to carry none.
        """
        params = recording_status_params(
            self._account_sid,
            call_sid,
            recording_sid,
            recording_url(api_base, self._account_sid, recording_sid),
            status=status,
            duration_s=duration_s,
            error_code=error_code,
        )
        return self.post("/twilio/recording", params)

    def post(self, path: str, params: dict[str, str]) -> requests.Response:
        """POST form-encoded ``params`` to ``path``, signed for the public URL."""
        return self.request("POST", self._public_base + path, params)

    def request(self, method: str, url: str, params: dict[str, str]) -> requests.Response:
        """``params`` to the absolute ``url``, as Twilio sends a webhook.

        POST sends them as a form and signs the URL plus the sorted params;
        GET appends them to the query string and signs that whole URL, with
        no params of its own (Twilio's "Webhooks security" page). A URL under
        the public base goes to ``target_base_url`` instead, still signed
        for the public URL.
        """
        if method.upper() == "GET":
            separator = "&" if urlsplit(url).query else "?"
            url = f"{url}{separator}{urlencode(params)}" if params else url
            signed, form = self._validator.compute_signature(url, {}), None
        else:
            signed, form = self._validator.compute_signature(url, params), params
        return self._session.request(
            method.upper(),
            self._target_for(url),
            data=form,
            headers={"X-Twilio-Signature": signed},
            timeout=WEBHOOK_TIMEOUT_S,
        )

    def _target_for(self, url: str) -> str:
        rest = url[len(self._public_base) :] if url.startswith(self._public_base) else None
        if rest is not None and rest[:1] in ("", "/", "?"):
            return self._target_base + rest
        return url
