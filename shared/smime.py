"""S/MIME for briefs and alerts: check the clinician's certificate, encrypt to it.

Messages are CMS enveloped-data with AES-256-CBC content encryption and RSA
key transport: the combination Apple Mail, Outlook, Thunderbird and
``openssl smime -decrypt`` all read. A brief is never sent in plaintext, so a
certificate that cannot be used is a :class:`CertificateError` with a reason a
clinic administrator can act on.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

MIN_RSA_BITS = 2048
_BASE64_LINE = 76

_ENVELOPE_HEADERS = (
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\r\n'
    b"Content-Transfer-Encoding: base64\r\n"
    b'Content-Disposition: attachment; filename="smime.p7m"\r\n'
    b"Content-Description: S/MIME Encrypted Message\r\n"
    b"\r\n"
)


class CertificateError(ValueError):
    """The clinician's certificate cannot be used to encrypt a brief."""


def load_clinician_certificate(data: bytes, *, now: datetime | None = None) -> x509.Certificate:
    """Parse a PEM or DER certificate and check it can receive an encrypted brief.

    Raises CertificateError when it is not a certificate, its key is not RSA (or
    too short), it is outside its validity period, or its key usage forbids
    encryption.
    """
    certificate = _parse(data)
    _check_key(certificate)
    _check_validity(certificate, now or datetime.now(UTC))
    _check_key_usage(certificate)
    return certificate


def encrypt_message(
    inner: EmailMessage,
    certificate: x509.Certificate,
    *,
    signer: tuple[x509.Certificate, PrivateKey] | None = None,
) -> bytes:
    """Encrypt ``inner`` (optionally signed first) to ``certificate``.

    Returns a complete MIME entity: the application/pkcs7-mime headers and the
    base64 enveloped-data, CRLF line endings. The mailer adds From, To,
    Subject, Date and Message-ID in front.
    """
    # S/MIME signs and encrypts the canonical form: CRLF line endings.
    content = inner.as_bytes(policy=SMTP)
    if signer is not None:
        content = _sign(content, *signer)
    envelope = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(content)
        .set_content_encryption_algorithm(algorithms.AES256)
        .add_recipient(certificate)
        # Binary: the content is already canonical MIME; encrypt it byte for byte.
        .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    return _ENVELOPE_HEADERS + _base64_lines(envelope)


def generate_self_signed(
    common_name: str, email: str, *, days: int = 365, key_size: int = 2048
) -> tuple[bytes, bytes]:
    """A self-signed S/MIME certificate and its key, as (cert_pem, key_pem).

    For the demo and tests; real clinicians bring a certificate from a CA.
    """
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
        ]
    )
    # Back-date a little so a clock slightly behind still accepts it.
    not_before = datetime.now(UTC) - timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_before + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), False)
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_pem = certificate.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return cert_pem, key_pem


def _parse(data: bytes) -> x509.Certificate:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except (ValueError, TypeError) as error:
        raise CertificateError("not a PEM or DER X.509 certificate") from error


def _check_key(certificate: x509.Certificate) -> None:
    try:
        key = certificate.public_key()
    except (ValueError, TypeError) as error:  # unknown key algorithms
        raise CertificateError(
            "certificate key type is not supported; S/MIME briefs need RSA"
        ) from error
    if not isinstance(key, rsa.RSAPublicKey):
        raise CertificateError(f"certificate key is {_key_kind(key)}; S/MIME briefs need RSA")
    if key.key_size < MIN_RSA_BITS:
        raise CertificateError(
            f"certificate RSA key is {key.key_size} bits; "
            f"S/MIME briefs need at least {MIN_RSA_BITS}"
        )


def _key_kind(key: object) -> str:
    kinds = {
        ec.EllipticCurvePublicKey: "EC",
        ed25519.Ed25519PublicKey: "Ed25519",
        ed448.Ed448PublicKey: "Ed448",
        dsa.DSAPublicKey: "DSA",
    }
    return next((name for kind, name in kinds.items() if isinstance(key, kind)), "not RSA")


def _check_validity(certificate: x509.Certificate, now: datetime) -> None:
    not_after = certificate.not_valid_after_utc
    not_before = certificate.not_valid_before_utc
    if now > not_after:
        raise CertificateError(f"certificate has expired (not after {not_after:%Y-%m-%d})")
    if now < not_before:
        raise CertificateError(f"certificate is not valid yet (not before {not_before:%Y-%m-%d})")


def _check_key_usage(certificate: x509.Certificate) -> None:
    """Honour a key usage extension when present: encryption must be allowed."""
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not usage.key_encipherment:
        raise CertificateError(
            "certificate key usage does not allow key encipherment, so it cannot receive "
            "encrypted mail"
        )
    try:
        purposes = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return
    allowed = {ExtendedKeyUsageOID.EMAIL_PROTECTION, ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE}
    if not allowed.intersection(purposes):
        raise CertificateError("certificate is not issued for email protection (S/MIME)")


def _sign(content: bytes, certificate: x509.Certificate, key: PrivateKey) -> bytes:
    """Wrap content in multipart/signed (detached signature), CRLF line endings."""
    signed = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content)
        .add_signer(certificate, key, hashes.SHA256())
        .sign(
            serialization.Encoding.SMIME,
            [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary],
        )
    )
    return _crlf(signed)


def _crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _base64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    lines = [encoded[i : i + _BASE64_LINE] for i in range(0, len(encoded), _BASE64_LINE)]
    return b"\r\n".join(lines) + b"\r\n"
