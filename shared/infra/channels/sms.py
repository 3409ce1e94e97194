"""Outbound SMS through Twilio's Messages API, with the twilio SDK's ``Client``.

The SDK builds every Messages URL from its ``api`` domain's base URL; pointing
that at ``TWILIO_API_BASE`` (in ``TWILIO_REGION``/``TWILIO_EDGE`` when set,
see ``TwilioSettings.base_url``) lets the local stand-in play Twilio in tests
and the demo, with the same SDK code path production uses. Twilio's error texts
quote phone numbers, so errors carry only the HTTP status, the Twilio error
code and our own wording.
"""

from __future__ import annotations

import logging

import requests
from twilio.base.exceptions import TwilioRestException, TwilioServiceException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from shared.infra.channels import ChannelError
from shared.infra.channels.twilio import KNOWN_ERRORS, TwilioSettings, is_transient
from shared.kernel.defaults import TWILIO_HTTP_TIMEOUT_SECONDS

log = logging.getLogger(__name__)

UNSUBSCRIBED = 21610
# Twilio's codes for a number that cannot take texts: 21614 "not a valid mobile
# number" and 21635 "cannot be a landline" at send, 30006 "landline or
# unreachable carrier" in a status callback. (21612, a To/From pair Twilio
# cannot route, and 21408, a region not enabled, say nothing about the number.)
LANDLINE_CODES = frozenset({21614, 21635, 30006})


class SmsError(ChannelError):
    """A message Twilio did not take, with its error code when known.

    ``unconfirmed``: Twilio may have taken it all the same (the request was
    sent, the answer never came or was a server error). The Messages resource
    has no idempotency key, so such a send is looked up before it is tried
    again (:meth:`~shared.infra.channels.twilio.TwilioChannel.find_sent`);
    any other transient error is one where nothing can have been sent.
    """

    def __init__(
        self,
        message: str,
        *,
        permanent: bool,
        code: int | None = None,
        unconfirmed: bool = False,
    ) -> None:
        super().__init__(message, permanent=permanent)
        self.code = code
        self.unconfirmed = unconfirmed

    @property
    def unsubscribed(self) -> bool:
        return self.code == UNSUBSCRIBED

    @property
    def landline(self) -> bool:
        return self.code in LANDLINE_CODES


class MessagesChannel:
    """Sends one SMS per call; Twilio reports delivery to ``status_callback``."""

    def __init__(
        self, settings: TwilioSettings, *, timeout: float = TWILIO_HTTP_TIMEOUT_SECONDS
    ) -> None:
        self._from = settings.phone_number
        self._client = Client(
            settings.account_sid,
            settings.auth_token,
            http_client=TwilioHttpClient(timeout=timeout),
        )
        self._client.api.base_url = settings.base_url
        # The base URL already names the Region and Edge; the SDK would apply
        # TWILIO_REGION/TWILIO_EDGE from the environment again, to every host,
        # and turn a stand-in's 127.0.0.1:port into a host that does not exist.
        self._client.region = None
        self._client.edge = None

    def send(self, to: str, body: str, *, status_callback: str | None = None) -> str:
        """Hand ``body`` to Twilio for ``to``; returns the MessageSid."""
        extra = {"status_callback": status_callback} if status_callback else {}
        try:
            message = self._client.messages.create(to=to, from_=self._from, body=body, **extra)
        except (TwilioRestException, TwilioServiceException) as error:
            # Not one hierarchy: twilio-python 9.x raises TwilioServiceException
            # for an RFC 9457 error body and TwilioRestException for the classic one.
            raise _classify(error) from None
        except requests.RequestException as error:
            raise SmsError(
                f"send SMS: network error ({type(error).__name__})",
                permanent=False,
                unconfirmed=not _never_sent(error),
            ) from None
        sid = message.sid
        if not isinstance(sid, str) or not sid.startswith(("SM", "MM")):
            # Accepted but unnamed: a retry could send it twice.
            raise SmsError("send SMS: Twilio answered without a message sid", permanent=True)
        log.info("twilio sms queued sid=%s", sid)
        return sid


def _never_sent(error: requests.RequestException) -> bool:
    """Whether the request cannot have reached Twilio: refused, unresolved or connect time-out.

    Anything later (a read time-out, a connection reset once the request was
    written) may follow Twilio's acceptance of the message.
    """
    if isinstance(error, requests.ConnectTimeout):
        return True
    if not isinstance(error, requests.ConnectionError) or not error.args:
        return False
    reason = error.args[0]
    # requests wraps urllib3's MaxRetryError, whose reason is the failure itself.
    cause = getattr(reason, "reason", reason)
    return isinstance(cause, (NewConnectionError, ConnectTimeoutError))


def _classify(error: TwilioRestException | TwilioServiceException) -> SmsError:
    code = error.code if isinstance(error.code, int) else None
    status = int(error.status or 0)
    detail = f"HTTP {status}" + (f", Twilio error {code}" if code else "")
    reason = KNOWN_ERRORS.get(code or 0) or (
        "not a mobile number" if code in LANDLINE_CODES else ""
    )
    if reason:
        detail += f" ({reason})"
    return SmsError(
        f"send SMS: {detail}",
        permanent=not is_transient(status, code),
        code=code,
        # A server error may come after Twilio took the message; a 4xx (429
        # included) says it did not.
        unconfirmed=status >= 500,
    )
