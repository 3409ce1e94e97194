"""Encrypt-then-send: no brief or alert ever leaves in plaintext."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from shared.infra.channels.email import Mailer, SmtpMailer, parse_smtp_url
from shared.infra.smime import (
    CertificateError,
    TrustStore,
    check_recipient,
    encrypt_message,
    load_clinician_certificate,
)
from shared.kernel.config import ConfigError, Settings


class MailNotSendable(Exception):
    """Permanent: no certificate, an unusable one, or mail not configured."""


Signer = tuple[x509.Certificate, PrivateKeyTypes]


def encrypt_for(
    certificate_pem: bytes | None,
    inner: EmailMessage,
    signer: Signer | None = None,
    *,
    email: str | None = None,
    trust: TrustStore | None = None,
) -> bytes:
    """Sign (when the service has a certificate), then encrypt to the clinician.

    With ``email`` and ``trust`` the certificate is checked again before this
    send: it names that address and chains to the trusted CAs.
    """
    if not certificate_pem:
        raise MailNotSendable("clinician has no S/MIME certificate; nothing sent in plaintext")
    try:
        certificate = load_clinician_certificate(certificate_pem)
        if email is not None and trust is not None:
            check_recipient(certificate, email=email, trust=trust)
    except CertificateError as error:
        raise MailNotSendable(f"clinician certificate unusable: {error}") from None
    return encrypt_message(inner, certificate, signer=signer)


def load_signer(settings: Settings) -> Signer | None:
    """The service's signing certificate and key (read once, by the runtime context)."""
    if not settings.signing_cert_path:
        return None
    certificate = x509.load_pem_x509_certificate(Path(settings.signing_cert_path).read_bytes())
    key = serialization.load_pem_private_key(
        Path(settings.signing_key_path).read_bytes(), password=None
    )
    return certificate, key


def build_mailer(settings: Settings) -> Mailer:
    """The SMTP mailer the settings describe; MailNotSendable when mail is not configured."""
    try:
        settings.require_mail()
        return SmtpMailer(parse_smtp_url(settings.smtp_url), timeout=settings.smtp_timeout_seconds)
    except (ConfigError, ValueError) as error:
        raise MailNotSendable(str(error)) from None
