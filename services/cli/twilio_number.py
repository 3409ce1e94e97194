"""``carryback twilio setup``: point the Twilio number at this deployment, through Twilio's API.

The number (``TWILIO_PHONE_NUMBER``) is found among the account's
IncomingPhoneNumbers and its webhooks set to ``PUBLIC_BASE_URL``'s routes
(:data:`ROUTES`, the intake's). Only what differs is sent, so a second run
changes nothing and says so. A Messaging Service holding the number must
let the number's own webhook answer its texts; that is set too. Twilio's
Advanced Opt-Out has no endpoint in the API, so its steps are printed.

``carryback doctor`` asks the same questions (:func:`inspect`) without
changing anything. Nothing printed holds a secret: URLs are shown without any
user:password in them, and Twilio's own error texts (which can quote phone
numbers) are not passed on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import click
import requests
from twilio.base.exceptions import (
    TwilioException,
    TwilioRestException,
    TwilioServiceException,
)
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from services.cli.errors import clear_errors, load_context
from shared.infra.channels.twilio import KNOWN_ERRORS
from shared.kernel.config import Settings
from shared.kernel.defaults import TWILIO_HTTP_TIMEOUT_SECONDS
from shared.outreach import messaging

# The intake's routes (services/intake/app.py) Twilio is told about here. The
# rest it learns per request: /twilio/voice/recorded and /twilio/recording
# from the TwiML of each call, /twilio/status from each text Carryback sends.
SMS_ROUTE = "/twilio/sms"
VOICE_ROUTE = "/twilio/voice"
ROUTES = (SMS_ROUTE, VOICE_ROUTE)
ADVANCED_OPT_OUT_DOCS = "https://www.twilio.com/docs/messaging/tutorials/advanced-opt-out"


class TwilioSetupError(Exception):
    """Twilio refused or could not be reached; the message names no secret."""

    def __init__(self, message: str, *, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused  # the credentials were refused (401, Twilio error 20003)


@dataclass(frozen=True)
class Field:
    """One setting of an IncomingPhoneNumber: Twilio's parameter name and the resource's."""

    parameter: str  # as Twilio's API and Console docs spell it: SmsUrl
    attribute: str  # as the resource (and the SDK) spell it: sms_url


FIELDS = (
    Field("SmsUrl", "sms_url"),
    Field("SmsMethod", "sms_method"),
    Field("SmsFallbackUrl", "sms_fallback_url"),
    Field("SmsFallbackMethod", "sms_fallback_method"),
    Field("VoiceUrl", "voice_url"),
    Field("VoiceMethod", "voice_method"),
    Field("VoiceFallbackUrl", "voice_fallback_url"),
    Field("VoiceFallbackMethod", "voice_fallback_method"),
    Field("StatusCallback", "status_callback"),
    Field("SmsApplicationSid", "sms_application_sid"),
    Field("VoiceApplicationSid", "voice_application_sid"),
    Field("TrunkSid", "trunk_sid"),
    Field("VoiceReceiveMode", "voice_receive_mode"),
)


def wanted_settings(public_base_url: str) -> dict[str, str]:
    """What each field of the number should hold, by Twilio's parameter name."""
    base = public_base_url.rstrip("/")
    sms, voice = f"{base}{SMS_ROUTE}", f"{base}{VOICE_ROUTE}"
    return {
        "SmsUrl": sms,
        "SmsMethod": "POST",
        # The intake has no separate fallback route, and needs none: Twilio
        # asks the fallback URL when the first request failed (a 503 from a
        # database that did not answer in 4 s, a timeout), so the same route
        # asked again is a retry. Texts are deduplicated on their MessageSid
        # and calls on their CallSid, so a retry never stores anything twice,
        # and a request Twilio signs for this URL passes the same check.
        "SmsFallbackUrl": sms,
        "SmsFallbackMethod": "POST",
        "VoiceUrl": voice,
        "VoiceMethod": "POST",
        "VoiceFallbackUrl": voice,
        "VoiceFallbackMethod": "POST",
        # The number's StatusCallback is Twilio's call-status callback (CallSid,
        # CallStatus, the caller's number), not the delivery report of a text:
        # /twilio/status takes those, named by each text Carryback sends. The
        # intake needs no call status, and a URL left here would hand every
        # caller's number to whoever answers it: cleared.
        "StatusCallback": "",
        # An application or a SIP trunk on the number would take its texts or
        # calls instead of the URLs above.
        "SmsApplicationSid": "",
        "VoiceApplicationSid": "",
        "TrunkSid": "",
        "VoiceReceiveMode": "voice",  # "fax" would answer callers as a fax machine
    }


@dataclass(frozen=True)
class Change:
    """One field of the number that differs from what Carryback needs."""

    field: Field
    old: str
    new: str

    def describe(self) -> str:
        return f"{self.field.parameter}: {shown(self.old)} -> {shown(self.new)}"


@dataclass(frozen=True)
class ServiceMembership:
    """A Messaging Service the number is a sender of."""

    sid: str
    name: str
    defers_to_number: bool  # use_inbound_webhook_on_number
    inbound_request_url: str

    def describe(self) -> str:
        return f'messaging service {self.sid} ("{self.name}")'


@dataclass(frozen=True)
class NumberState:
    """The number as Twilio has it: its sid, what differs, the services holding it."""

    sid: str
    changes: tuple[Change, ...]
    services: tuple[ServiceMembership, ...]

    @property
    def overriding(self) -> tuple[ServiceMembership, ...]:
        """Services that would send the number's texts to their own URL, not the number's."""
        return tuple(service for service in self.services if not service.defers_to_number)


def shown(value: str) -> str:
    """A value as printed: (none) for empty, a URL without any user:password in it."""
    if not value:
        return "(none)"
    parts = urlsplit(value)
    if parts.scheme and "@" in parts.netloc:
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit(parts._replace(netloc=f"***@{host}"))
    return value


def build_client(settings: Settings) -> Client:
    """The SDK's client, pointed at TWILIO_API_BASE as the rest of Carryback is.

    TWILIO_API_BASE names the 2010 API's domain (api.twilio.com). Messaging
    Services live on messaging.twilio.com; the local stand-in serves both
    under its one base, so any base that is not Twilio's serves both here too.
    """
    settings.require_twilio()
    client = Client(
        settings.twilio_account_sid,
        settings.twilio_auth_token,
        http_client=TwilioHttpClient(timeout=TWILIO_HTTP_TIMEOUT_SECONDS),
    )
    base = settings.twilio_api_base.rstrip("/")
    client.api.base_url = base
    host = urlsplit(base).hostname or ""
    if host != "twilio.com" and not host.endswith(".twilio.com"):
        client.messaging.base_url = base
    return client


@contextmanager
def twilio_errors(action: str) -> Iterator[None]:
    """Turn the SDK's failures into one line with the status and Twilio's code, nothing more."""
    try:
        yield
    except TwilioException as error:
        status, code = _status_and_code(error)
        detail = f"HTTP {status}" + (f", Twilio error {code}" if code else "")
        reason = KNOWN_ERRORS.get(code or 0, "")
        refused = code == 20003 or status == 401
        if refused:
            reason = "TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN refused"
        raise TwilioSetupError(
            f"{action}: {detail}" + (f" ({reason})" if reason else ""), refused=refused
        ) from None
    except requests.RequestException as error:
        raise TwilioSetupError(f"{action}: network error ({type(error).__name__})") from None


def _status_and_code(error: TwilioException) -> tuple[int | None, int | None]:
    """The HTTP status and Twilio error code of any of the SDK's exceptions.

    Not one shape: a refused create or update is a TwilioRestException (or a
    TwilioServiceException for an RFC 9457 body), but a list whose page
    cannot be fetched is a bare TwilioException("Unable to fetch page", response).
    """
    if isinstance(error, TwilioRestException | TwilioServiceException):
        code = error.code if isinstance(error.code, int) else None
        return error.status, code
    response = error.args[1] if len(error.args) > 1 else None
    status = getattr(response, "status_code", None)
    try:
        body = json.loads(getattr(response, "text", "") or "{}")
    except ValueError:
        body = {}
    code = body.get("code") if isinstance(body, dict) else None
    return status, code if isinstance(code, int) else None


def find_number(client: Client, settings: Settings) -> Any:
    """The IncomingPhoneNumber that is TWILIO_PHONE_NUMBER, or TwilioSetupError."""
    number = settings.twilio_phone_number
    with twilio_errors("list the account's phone numbers"):
        # Twilio matches PhoneNumber partially: keep the exact one.
        found = [
            candidate
            for candidate in client.api.v2010.accounts(
                settings.twilio_account_sid
            ).incoming_phone_numbers.list(phone_number=number)
            if candidate.phone_number == number
        ]
    if not found:
        raise TwilioSetupError(
            f"TWILIO_PHONE_NUMBER {number} is not a phone number of account "
            f"{settings.twilio_account_sid} (buy it in the Console, or correct the setting)"
        )
    return found[0]


def changes_for(number: Any, public_base_url: str) -> tuple[Change, ...]:
    """The fields of ``number`` that differ from :func:`wanted_settings`."""
    wanted = wanted_settings(public_base_url)
    changes = []
    for field in FIELDS:
        old = str(getattr(number, field.attribute, None) or "")
        if old != wanted[field.parameter]:
            changes.append(Change(field, old, wanted[field.parameter]))
    return tuple(changes)


def services_holding(client: Client, phone_number: str) -> tuple[ServiceMembership, ...]:
    """The Messaging Services the number is a sender of (usually none, or the A2P one)."""
    held = []
    with twilio_errors("list the messaging services"):
        for service in client.messaging.v1.services.list():
            numbers = client.messaging.v1.services(service.sid).phone_numbers.list()
            if any(member.phone_number == phone_number for member in numbers):
                held.append(
                    ServiceMembership(
                        sid=service.sid,
                        name=service.friendly_name or "",
                        defers_to_number=bool(service.use_inbound_webhook_on_number),
                        inbound_request_url=service.inbound_request_url or "",
                    )
                )
    return tuple(held)


def inspect(client: Client, settings: Settings) -> NumberState:
    """Where the number's texts and calls go now, and what would have to change."""
    number = find_number(client, settings)
    return NumberState(
        sid=number.sid,
        changes=changes_for(number, settings.public_base_url),
        services=services_holding(client, settings.twilio_phone_number),
    )


def apply(client: Client, settings: Settings, state: NumberState) -> None:
    """Send what differs, in one update of the number and one per overriding service."""
    if state.changes:
        update = {change.field.attribute: change.new for change in state.changes}
        with twilio_errors("update the phone number"):
            client.api.v2010.accounts(settings.twilio_account_sid).incoming_phone_numbers(
                state.sid
            ).update(**update)
    for service in state.overriding:
        with twilio_errors(f"update {service.describe()}"):
            client.messaging.v1.services(service.sid).update(use_inbound_webhook_on_number=True)


def check_public_url(public_base_url: str) -> None:
    """Twilio posts clients' texts to this URL: https, or loopback for the stand-in only."""
    parts = urlsplit(public_base_url)
    if parts.scheme == "https":
        return
    if parts.hostname in {"127.0.0.1", "localhost", "::1"}:
        return
    raise click.ClickException(
        "PUBLIC_BASE_URL must be https:// (Twilio would post clients' texts unencrypted); "
        "put the TLS proxy in front (docs/deploying.md)"
    )


def opt_out_steps(settings: Settings, services: tuple[ServiceMembership, ...]) -> list[str]:
    """The Console steps for what the API cannot do: Advanced Opt-Out on a Messaging Service."""
    number = settings.twilio_phone_number
    if services:
        where = [
            f"1. Twilio Console > Messaging > Services > {services[0].name or services[0].sid} "
            f"({services[0].sid})."
        ]
    else:
        where = [
            "1. Twilio Console > Messaging > Services > Create Messaging Service (US numbers need",
            f"   one for A2P 10DLC anyway); Sender Pool > Add Senders > Phone Number > {number};",
            '   Integration > Incoming Messages > "Defer to sender\'s webhook".',
        ]
    return [
        "Opt-out keywords (by hand, once: Advanced Opt-Out has no endpoint in Twilio's API).",
        "Carryback answers STOP, START, YES and HELP itself. Twilio answers them too unless told",
        "otherwise: its STOP confirmation is the only reply to STOP (Carryback sends none), but",
        "it also answers YES (Carryback's consent word), START and HELP with replies of its own.",
        *where,
        "2. Opt-Out Management > Enable Advanced Opt-Out (the Default language).",
        "3. Opt-in keywords: remove YES, so a client's YES gets Carryback's consent reply only;",
        "   keep START and UNSTOP.",
        "4. Help keywords: remove INFO (Carryback answers it as HELP); HELP cannot be removed,",
        "   so set the Help reply to Carryback's own, and the two a client gets agree:",
        f"   {messaging.help_text(settings)}",
        "5. Opt-out keywords and their confirmation: keep them.",
        "6. Save.",
        f"   ({ADVANCED_OPT_OUT_DOCS})",
    ]


@click.group("twilio")
def twilio_group() -> None:
    """The Twilio number: point it at this deployment."""


@twilio_group.command("setup")
def setup() -> None:
    """Point TWILIO_PHONE_NUMBER's webhooks at PUBLIC_BASE_URL (idempotent).

    Prints each change (old -> new), and the Console steps for opt-out keywords,
    which Twilio's API cannot set.
    """
    ctx = load_context()
    settings = ctx.settings
    with clear_errors():
        settings.require_twilio()
    check_public_url(settings.public_base_url)
    client = build_client(settings)
    try:
        state = inspect(client, settings)
        apply(client, settings, state)
    except TwilioSetupError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Twilio number {settings.twilio_phone_number} ({state.sid}):")
    for change in state.changes:
        click.echo(f"  {change.describe()}")
    for service in state.overriding:
        click.echo(
            f"  {service.describe()}: use_inbound_webhook_on_number false -> true "
            f"(its texts went to {shown(service.inbound_request_url)}; every number in it "
            "now answers with its own webhook)"
        )
    if not state.changes and not state.overriding:
        click.echo(f"  nothing to change: texts and calls already go to {settings.public_base_url}")
    else:
        total = len(state.changes) + len(state.overriding)
        click.echo(f"  {total} setting(s) changed")
    click.echo("")
    for line in opt_out_steps(settings, state.services):
        click.echo(line)
