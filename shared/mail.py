"""Encrypt-then-send: no brief or alert ever leaves in plaintext."""

from __future__ import annotations

from email.message import EmailMessage

from shared.channels.email import Mailer, SmtpMailer, parse_smtp_url
from shared.config import ConfigError, Settings
from shared.smime import CertificateError, encrypt_message, load_clinician_certificate


class MailNotSendable(Exception):
    """Permanent: no certificate, an unusable one, or mail not configured."""


def encrypt_for(certificate_pem: bytes | None, inner: EmailMessage) -> bytes:
    if not certificate_pem:
        raise MailNotSendable("clinician has no S/MIME certificate; nothing sent in plaintext")
    try:
        certificate = load_clinician_certificate(certificate_pem)
    except CertificateError as error:
        raise MailNotSendable(f"clinician certificate unusable: {error}") from None
    return encrypt_message(inner, certificate)


def mailer_from_settings(settings: Settings) -> Mailer:
    try:
        settings.require_mail()
        return SmtpMailer(parse_smtp_url(settings.smtp_url))
    except (ConfigError, ValueError) as error:
        raise MailNotSendable(str(error)) from None
