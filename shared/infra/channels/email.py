"""Email delivery over SMTP for encrypted briefs and alerts.

``SMTP_URL`` picks the transport: ``smtps://`` (implicit TLS, usually port
465), ``smtp+starttls://`` (port 587) or plain ``smtp://`` for a local relay.
Failures become :class:`ChannelError`: 4xx replies and network trouble are
transient (retry), 5xx replies and TLS verification failures are permanent
(record and surface). Error messages name the SMTP step and reply code, never
the message content.
"""

from __future__ import annotations

import hashlib
import secrets
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.header import Header
from email.utils import formatdate
from typing import Protocol
from urllib.parse import unquote, urlsplit

from shared.infra.channels import ChannelError
from shared.kernel.defaults import SMTP_TIMEOUT_SECONDS

_DEFAULT_PORTS = {"smtps": 465, "smtp+starttls": 587, "smtp": 25}
_MAX_REPLY_CHARS = 200


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send mail. The password is kept out of repr()."""

    scheme: str  # "smtps" | "smtp+starttls" | "smtp"
    host: str
    port: int
    username: str | None
    password: str | None = field(repr=False)


def parse_smtp_url(url: str) -> SmtpSettings:
    """Parse SMTP_URL; ValueError with a clear reason (never echoing the password)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ValueError(
            "SMTP_URL must start with smtps://, smtp+starttls:// or smtp:// "
            f"(got {scheme + '://' if scheme else 'no scheme'})"
        )
    if not parts.hostname:
        raise ValueError("SMTP_URL has no host name")
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError as error:
        raise ValueError("SMTP_URL has an invalid port") from error
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError("SMTP_URL takes no path or query: scheme://user:pass@host:port")
    username = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    if (username is None) != (password is None):
        raise ValueError("SMTP_URL needs both a user name and a password, or neither")
    if scheme == "smtp" and username is not None:
        # Credentials over an unencrypted connection would leak the mailbox password.
        raise ValueError(
            "SMTP_URL smtp:// is for an unauthenticated local relay; "
            "use smtps:// or smtp+starttls:// with credentials"
        )
    return SmtpSettings(scheme, parts.hostname, port, username, password)


class Mailer(Protocol):
    """Sends one already-encrypted message to one recipient."""

    def send(
        self,
        *,
        sender: str,
        recipient: str,
        subject: str,
        body: bytes,
        message_id: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None: ...


class SmtpMailer:
    """Delivers through an SMTP server; one connection per message."""

    def __init__(
        self,
        settings: SmtpSettings,
        *,
        timeout: float = SMTP_TIMEOUT_SECONDS,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        self.settings = settings
        self.timeout = timeout
        self.ssl_context = ssl_context or ssl.create_default_context()
        # EHLO name; None lets smtplib look up this machine's FQDN.
        self.local_hostname = local_hostname

    def send(
        self,
        *,
        sender: str,
        recipient: str,
        subject: str,
        body: bytes,
        message_id: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Send ``body`` (a MIME entity from smime.encrypt_message) with envelope headers.

        ``message_id`` (see :func:`stable_message_id`) makes a repeated send
        of the same brief or alert recognisable as one message; random if None.
        ``headers`` are extra ASCII headers without client material (the audit head).
        Raises ChannelError; ``permanent`` tells the caller not to retry.
        """
        message = envelope_headers(
            sender=sender,
            recipient=recipient,
            subject=subject,
            message_id=message_id,
            extra=headers,
        )
        message += _crlf(body)
        try:
            with self._connect() as connection:
                self._start_tls_and_login(connection)
                connection.sendmail(sender, [recipient], message)
        except smtplib.SMTPRecipientsRefused as error:
            code, reply = next(iter(error.recipients.values()))
            raise _reply_error("recipient refused", code, reply) from error
        except smtplib.SMTPResponseException as error:
            raise _reply_error(_step(error), error.smtp_code, error.smtp_error) from error
        except smtplib.SMTPNotSupportedError as error:
            raise ChannelError(
                f"SMTP server lacks a feature this setting needs: {error}", permanent=True
            ) from error
        except smtplib.SMTPServerDisconnected as error:
            raise ChannelError(
                "SMTP server closed the connection before the message was accepted"
            ) from error
        except ssl.SSLCertVerificationError as error:
            raise ChannelError(
                f"SMTP server TLS certificate failed verification: {error.verify_message}",
                permanent=True,
            ) from error
        except (ssl.SSLEOFError, ssl.SSLZeroReturnError) as error:
            raise ChannelError("SMTP TLS connection closed early") from error
        except ssl.SSLError as error:
            # Wrong port for the scheme, protocol mismatch: configuration, not luck.
            raise ChannelError(
                f"SMTP TLS handshake failed: {error.reason}", permanent=True
            ) from error
        except (TimeoutError, OSError) as error:
            raise ChannelError(f"SMTP connection failed: {type(error).__name__}") from error
        except smtplib.SMTPException as error:
            raise ChannelError(f"SMTP error: {type(error).__name__}") from error

    def answers(self) -> bool:
        """Does the server take a session now (connect, EHLO, TLS, login, NOOP)? Sends nothing.

        The sweep asks before it hurries a crisis alert's retry, so attempts
        are not spent on a mail server that is still away.
        """
        try:
            with self._connect() as connection:
                self._start_tls_and_login(connection)
                code, _ = connection.noop()
        except (smtplib.SMTPException, OSError):
            return False
        return code == 250

    def _connect(self) -> smtplib.SMTP:
        settings = self.settings
        if settings.scheme == "smtps":
            return smtplib.SMTP_SSL(
                settings.host,
                settings.port,
                local_hostname=self.local_hostname,
                timeout=self.timeout,
                context=self.ssl_context,
            )
        return smtplib.SMTP(
            settings.host, settings.port, local_hostname=self.local_hostname, timeout=self.timeout
        )

    def _start_tls_and_login(self, connection: smtplib.SMTP) -> None:
        settings = self.settings
        connection.ehlo()
        if settings.scheme == "smtp+starttls":
            connection.starttls(context=self.ssl_context)
            connection.ehlo()
        if settings.username is not None and settings.password is not None:
            connection.login(settings.username, settings.password)


def stable_message_id(kind: str, row_id: str, sender: str) -> str:
    """The same Message-ID for every attempt at one brief or alert, and nothing else.

    A digest of the row id, so the header names no row; mail clients that see
    the same Message-ID twice (a re-send after a crash) show one message.
    """
    digest = hashlib.sha256(f"carryback:{kind}:{row_id}".encode()).hexdigest()[:32]
    return f"<{digest}@{_domain(sender)}>"


def _domain(sender: str) -> str:
    return sender.rpartition("@")[2] or "carryback.invalid"


def envelope_headers(
    *,
    sender: str,
    recipient: str,
    subject: str,
    message_id: str | None = None,
    extra: Mapping[str, str] | None = None,
) -> bytes:
    """From, To, Subject, Date, a Message-ID (random unless given) and ``extra``.

    None of them carries client material.
    """
    message_id = message_id or f"<{secrets.token_hex(16)}@{_domain(sender)}>"
    lines = [
        f"From: {sender}",
        f"To: {recipient}",
        f"Subject: {_encode_subject(subject)}",
        f"Date: {formatdate(usegmt=True)}",
        f"Message-ID: {message_id}",
    ]
    lines += [f"{name}: {value}" for name, value in (extra or {}).items()]
    for line in lines:
        if "\r" in line or "\n" in line:
            raise ValueError("email header values must be single lines")
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def _encode_subject(subject: str) -> str:
    if subject.isascii():
        return subject
    return Header(subject, "utf-8").encode()


def _crlf(body: bytes) -> bytes:
    return body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _step(error: smtplib.SMTPResponseException) -> str:
    steps = {
        smtplib.SMTPAuthenticationError: "login rejected",
        smtplib.SMTPSenderRefused: "sender refused",
        smtplib.SMTPDataError: "message refused",
        smtplib.SMTPHeloError: "greeting refused",
        smtplib.SMTPConnectError: "connection refused by server",
    }
    return next((name for kind, name in steps.items() if isinstance(error, kind)), "server error")


def _reply_error(step: str, code: int, reply: bytes | str) -> ChannelError:
    """4xx is a temporary condition; 5xx will not change on retry."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    text = " ".join(text.split())[:_MAX_REPLY_CHARS]
    return ChannelError(f"SMTP {step}: {code} {text}".rstrip(), permanent=500 <= code < 600)
