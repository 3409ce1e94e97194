"""Checks of the certificates a deployment signs and encrypts with."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import Engine, select

from services.cli.doctor_results import EXPIRY_WARNING, SETTINGS_FIX, Result, Status, fail, ok, warn
from shared.db.models import Clinician, Delivery
from shared.infra.smime import certificate_emails
from shared.kernel.config import Settings

# --- certificates --------------------------------------------------------------------


def check_signing_certificate(settings: Settings, now: datetime | None = None) -> Result:
    """The service's S/MIME signing certificate: readable, its key's, and good for 30 more days."""
    name = "signing certificate"
    now = now or datetime.now(UTC)
    if not settings.signing_cert_path:
        if not settings.sign_mail:
            return warn(
                name,
                "none: briefs and alerts go out encrypted but unsigned (CARRYBACK_SIGN_MAIL=off)",
                "make one (docs/deploying.md) and set CARRYBACK_SIGNING_CERT and _KEY",
            )
        return fail(name, "CARRYBACK_SIGNING_CERT is not set", SETTINGS_FIX)
    renew = (
        f"renew it into {settings.signing_cert_path} (docs/deploying.md), then "
        "docker-compose restart summary worker worker-urgent"
    )
    try:
        certificate = x509.load_pem_x509_certificate(Path(settings.signing_cert_path).read_bytes())
        key = serialization.load_pem_private_key(
            Path(settings.signing_key_path).read_bytes(), password=None
        )
    except (OSError, ValueError, TypeError) as error:
        return fail(name, f"cannot read the certificate or its key ({type(error).__name__})", renew)
    if _spki(key.public_key()) != _spki(certificate.public_key()):
        return fail(name, "CARRYBACK_SIGNING_KEY is not this certificate's key", renew)
    expiry = _expiry(certificate, now)
    if expiry is not None:
        status, why = expiry
        return Result(name, status, why, renew)
    emails = certificate_emails(certificate)
    if settings.mail_from.lower() not in emails:
        named = ", ".join(sorted(emails)) or "no address"
        return warn(
            name,
            f"names {named}, but mail comes from {settings.mail_from}: mail clients flag the "
            "signature",
            "issue it for MAIL_FROM's address",
        )
    days = (certificate.not_valid_after_utc - now).days
    return ok(name, f"valid for {days} more days")


def _expiry(certificate: x509.Certificate, now: datetime) -> tuple[Status, str] | None:
    """(fail, why) when unusable now, (warn, why) within 30 days of its end, else None."""
    not_after, not_before = certificate.not_valid_after_utc, certificate.not_valid_before_utc
    if now >= not_after:
        return Status.FAIL, f"expired on {not_after:%Y-%m-%d}"
    if now < not_before:
        return Status.FAIL, f"not valid before {not_before:%Y-%m-%d}"
    if now + EXPIRY_WARNING > not_after:
        return Status.WARN, f"expires on {not_after:%Y-%m-%d}, in {(not_after - now).days} days"
    return None


def _spki(public_key: object) -> bytes:
    return public_key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def check_clinician_certificates(engine: Engine, now: datetime | None = None) -> Result:
    """Clinicians who take briefs by S/MIME: whose certificate ends within 30 days."""
    name = "clinician certificates"
    now = now or datetime.now(UTC)
    query = select(Clinician.email, Clinician.certificate_pem, Clinician.delivery).where(
        Clinician.certificate_pem.is_not(None)
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    expired, expiring, checked = [], [], 0
    for email, pem, delivery in rows:
        if delivery == Delivery.LINK:
            continue  # briefs reach them by link: the certificate is not used
        checked += 1
        verdict = _clinician_expiry(pem, now)
        if verdict is not None:
            (expired if verdict[0] is Status.FAIL else expiring).append(f"{email} ({verdict[1]})")
    fix = (
        "ask each for a renewed certificate, then carryback clinician cert EMAIL PEM "
        "(or the console's clinician page)"
    )
    if expired:
        return fail(
            name,
            f"unusable, so their briefs and alerts cannot be encrypted: {', '.join(expired)}"
            + (f"; expiring: {', '.join(expiring)}" if expiring else ""),
            fix,
        )
    if expiring:
        return warn(name, f"expiring within 30 days: {', '.join(expiring)}", fix)
    return ok(name, f"{checked} in use, none expiring within 30 days")


def _clinician_expiry(pem: bytes, now: datetime) -> tuple[Status, str] | None:
    try:
        certificate = (
            x509.load_pem_x509_certificate(pem)
            if b"-----BEGIN" in pem
            else x509.load_der_x509_certificate(pem)
        )
    except ValueError:
        return Status.FAIL, "not a certificate"
    return _expiry(certificate, now)
