"""Checks that a deployment is reachable: its settings, public URL, Twilio and SMTP."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

import requests

from services.cli import twilio_number
from services.cli.doctor_results import (
    HTTP_TIMEOUT_S,
    LOOPBACK_HOSTS,
    SETTINGS_FIX,
    SMTP_TIMEOUT_S,
    Result,
    fail,
    ok,
    warn,
)
from services.console.settings import load_console_settings
from shared.infra.channels.email import parse_smtp_url
from shared.kernel.config import ConfigError, Settings, load_settings

# --- settings ----------------------------------------------------------------------


def check_settings(env: Mapping[str, str]) -> tuple[Result, Settings | None]:
    """Every setting the services need at start-up, as each of them checks it."""
    try:
        settings = load_settings(env)
    except ConfigError as error:
        return fail("settings", str(error), SETTINGS_FIX), None
    try:
        settings.require_twilio()  # the intake and the voice worker
        settings.require_mail()  # the summary service and mail-sending workers
        settings.require_signing()
        load_console_settings(env)
    except ConfigError as error:
        return fail("settings", str(error), SETTINGS_FIX), settings
    if not settings.operator_email:
        return (
            warn(
                "settings",
                "complete, but CARRYBACK_OPERATOR_EMAIL is not set: nobody is told when a "
                "crisis alert cannot be delivered",
                "set CARRYBACK_OPERATOR_EMAIL in .env and restart the services",
            ),
            settings,
        )
    return ok("settings", "complete"), settings


# --- the public URL ------------------------------------------------------------------


def check_public_url(
    settings: Settings, *, get: Callable[..., requests.Response] = requests.get
) -> Result:
    """PUBLIC_BASE_URL is https and reaches the intake: GET /healthz through the proxy."""
    name = "public URL"
    base = settings.public_base_url
    parts = urlsplit(base)
    if parts.scheme != "https":
        return fail(
            name,
            f"{base} is not https: Twilio would post clients' texts unencrypted",
            "put the TLS proxy in front and set PUBLIC_BASE_URL=https://... (docs/deploying.md)",
        )
    url = f"{base}/healthz"
    try:
        response = get(url, timeout=HTTP_TIMEOUT_S)
    except requests.exceptions.SSLError:
        return fail(
            name,
            f"{parts.hostname}'s TLS certificate was not accepted",
            f"install a certificate for {parts.hostname} in the proxy (certbot, docs/deploying.md)",
        )
    except requests.RequestException as error:
        return fail(
            name,
            f"cannot reach {url} ({type(error).__name__})",
            f"check DNS for {parts.hostname}, the proxy (nginx -t; systemctl status nginx) "
            "and the firewall (port 443)",
        )
    if response.status_code != 200:
        return fail(
            name,
            f"GET {url} answered HTTP {response.status_code}",
            "the proxy answers but the intake does not: docker-compose ps intake; "
            "docker-compose logs intake",
        )
    checks = _json_object(response)
    if checks.get("redis") is False:
        return warn(
            name,
            f"{url} answers, but the intake cannot reach Redis (texts wait for the sweep)",
            "see the redis line below",
        )
    return ok(name, f"{url} answers 200 over https")


def _json_object(response: requests.Response) -> dict[str, object]:
    try:
        payload = response.json()
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


# --- Twilio --------------------------------------------------------------------------


def check_twilio(settings: Settings) -> Result:
    """The credentials work, the number is the account's, and its webhooks point here."""
    name = "twilio"
    try:
        client = twilio_number.build_client(settings)
        state = twilio_number.inspect(client, settings)
    except ConfigError as error:
        return fail(name, str(error), SETTINGS_FIX)
    except twilio_number.TwilioSetupError as error:
        fix = (
            "copy TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN from the Twilio Console (Account Info)"
            if error.refused
            else "check TWILIO_PHONE_NUMBER and TWILIO_API_BASE; then carryback twilio setup"
        )
        return fail(name, str(error), fix)
    number = settings.twilio_phone_number
    if state.changes:
        differing = ", ".join(change.describe() for change in state.changes)
        return fail(
            name,
            f"{number}'s webhooks are not this deployment's: {differing}",
            "carryback twilio setup",
        )
    if state.overriding:
        service = state.overriding[0]
        return fail(
            name,
            f"{service.describe()} does not let {number}'s own webhook answer its texts "
            f"(its inbound URL: {twilio_number.shown(service.inbound_request_url)})",
            "carryback twilio setup",
        )
    return ok(name, f"{number} ({state.sid}): texts and calls go to {settings.public_base_url}")


# --- mail ----------------------------------------------------------------------------


def check_smtp(settings: Settings, *, ssl_context: ssl.SSLContext | None = None) -> Result:
    """A real handshake with SMTP_URL's server: EHLO, STARTTLS or implicit TLS, login; no mail."""
    name = "smtp"
    try:
        smtp = parse_smtp_url(settings.smtp_url)
    except ValueError as error:
        return fail(name, str(error), SETTINGS_FIX)
    where = f"{smtp.host}:{smtp.port}"
    context = ssl_context or ssl.create_default_context()
    try:
        with _smtp_connection(smtp.scheme, smtp.host, smtp.port, context) as connection:
            connection.ehlo()
            if smtp.scheme == "smtp+starttls":
                if not connection.has_extn("starttls"):
                    return fail(
                        name,
                        f"{where} offers no STARTTLS",
                        "use the port that does (587), or smtps:// on 465, in SMTP_URL",
                    )
                connection.starttls(context=context)
                connection.ehlo()
            if smtp.username is not None and smtp.password is not None:
                connection.login(smtp.username, smtp.password)
    except smtplib.SMTPAuthenticationError as error:
        return fail(
            name,
            f"{where} refused the login ({error.smtp_code})",
            "correct the user name and password in SMTP_URL",
        )
    except ssl.SSLCertVerificationError as error:
        return fail(
            name,
            f"{where}'s TLS certificate is not trusted ({error.verify_message})",
            "SMTP_URL must name the host its certificate is for",
        )
    except ssl.SSLError as error:
        return fail(
            name,
            f"TLS handshake with {where} failed ({error.reason})",
            "smtps:// takes implicit TLS (465), smtp+starttls:// STARTTLS (587): match the port",
        )
    except (smtplib.SMTPException, OSError) as error:
        return fail(
            name,
            f"cannot talk to {where} ({type(error).__name__})",
            "check SMTP_URL's host and port, and that this machine may reach it",
        )
    if smtp.scheme == "smtp" and smtp.host not in LOOPBACK_HOSTS:
        return warn(
            name,
            f"{where} answers, over plain smtp:// (no TLS between here and the relay)",
            "use smtp+starttls:// or smtps://, or a relay on this machine",
        )
    how = {"smtps": "implicit TLS", "smtp+starttls": "STARTTLS", "smtp": "a local relay"}
    login = ", login accepted" if smtp.username else ""
    return ok(name, f"{where} answers ({how[smtp.scheme]}{login}); no mail sent")


def _smtp_connection(scheme: str, host: str, port: int, context: ssl.SSLContext) -> smtplib.SMTP:
    if scheme == "smtps":
        return smtplib.SMTP_SSL(host, port, timeout=SMTP_TIMEOUT_S, context=context)
    return smtplib.SMTP(host, port, timeout=SMTP_TIMEOUT_S)
