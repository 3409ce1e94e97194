"""S/MIME for briefs and alerts: check the clinician's certificate, encrypt to it.

Messages are CMS enveloped-data with AES-256-CBC content encryption and RSA
(PKCS #1 v1.5) key transport: the combination Apple Mail, Outlook, Thunderbird
and ``openssl smime -decrypt`` all read. RSA-OAEP was tried and not taken:
``openssl cms -decrypt`` (OpenSSL 3.0) opens OAEP-wrapped keys, but
``openssl smime -decrypt`` fails on them ("bad decrypt"), and the
``cryptography`` envelope builder cannot produce them.

A recipient certificate is checked at enrolment and again before each send
(:func:`check_recipient`): its e-mail address is the clinician's, it is within
its validity, it may protect e-mail (extended key usage) and encipher keys
(key usage), and it chains to a trusted CA (``SMIME_CA_FILE``, else the
system's store). A self-signed certificate is accepted only when it is itself
in ``SMIME_CA_FILE``: trusted explicitly. A brief is never sent in plaintext, so a
certificate that cannot be used is a :class:`CertificateError` with a reason a
clinic administrator can act on.
"""

from __future__ import annotations

import base64
import os
import ssl
import warnings
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

MIN_RSA_BITS = 2048
# Where Debian and Red Hat keep the system's CA bundle, when ssl does not say.
SYSTEM_BUNDLES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt")
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


class TrustStore:
    """The CA certificates a recipient certificate must chain to."""

    def __init__(self, anchors: list[x509.Certificate], source: str) -> None:
        self.anchors = anchors
        self.source = source

    @classmethod
    def load(cls, ca_file: str | None) -> TrustStore:
        """SMIME_CA_FILE's certificates, or the system's CA bundle when it is unset."""
        path = Path(ca_file) if ca_file else _system_bundle()
        if path is None:
            return cls([], "the system CA store (none found)")
        try:
            data = path.read_bytes()
            anchors = x509.load_pem_x509_certificates(data) if ca_file else _lenient_bundle(data)
        except (OSError, ValueError) as error:
            raise CertificateError(f"cannot read the CA file {path}: {error}") from None
        return cls(anchors, str(path))

    def issuer_of(self, certificate: x509.Certificate) -> x509.Certificate | None:
        if certificate in self.anchors:
            return certificate  # trusted explicitly (a demo's self-signed certificate)
        for anchor in self.anchors:
            if anchor.subject == certificate.issuer and _issued_by(certificate, anchor):
                return anchor
        return None


_PEM_END = b"-----END CERTIFICATE-----"


def _lenient_bundle(data: bytes) -> list[x509.Certificate]:
    """The system bundle's certificates, one at a time, leaving out any that will not load.

    A distribution's bundle carries old roots that break RFC 5280 (serial
    numbers that are not positive: nine in Debian 12's). The cryptography
    library loads them with a deprecation warning today and will refuse them
    later; loaded as one list, a single refusal would take every trust anchor,
    and with them every brief and alert, down with it.
    """
    anchors = []
    for block in data.split(_PEM_END)[:-1]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            try:
                anchors.append(x509.load_pem_x509_certificate(block + _PEM_END))
            except ValueError:
                continue
    return anchors


def _system_bundle() -> Path | None:
    candidates = [ssl.get_default_verify_paths().cafile, *SYSTEM_BUNDLES]
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


def _issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def check_recipient(
    certificate: x509.Certificate,
    *,
    email: str,
    trust: TrustStore,
    now: datetime | None = None,
) -> None:
    """Raise CertificateError unless ``certificate`` may receive ``email``'s briefs."""
    addresses = certificate_emails(certificate)
    if email.lower() not in addresses:
        shown = ", ".join(sorted(addresses)) or "none"
        raise CertificateError(f"certificate is for {shown}, not {email}")
    issuer = trust.issuer_of(certificate)
    if issuer is None:
        raise CertificateError(
            f"certificate is not issued by a CA trusted here ({trust.source}); "
            "set SMIME_CA_FILE to the issuing CA"
        )
    if issuer is not certificate:
        _check_validity(issuer, now or datetime.now(UTC))
        if not _is_ca(issuer):
            raise CertificateError("certificate's issuer is not a CA")


def certificate_emails(certificate: x509.Certificate) -> set[str]:
    """The e-mail addresses a certificate names (subject alternative names, subject)."""
    found: set[str] = set()
    try:
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        found.update(names.get_values_for_type(x509.RFC822Name))
    except x509.ExtensionNotFound:
        pass
    for attribute in certificate.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS):
        found.add(str(attribute.value))
    return {address.lower() for address in found}


def _is_ca(certificate: x509.Certificate) -> bool:
    try:
        return certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


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

    For tests; it is accepted only where it is itself in SMIME_CA_FILE. The
    demo issues its clinician certificate from a demo CA instead
    (:func:`generate_ca`, :func:`issue_certificate`).
    """
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    name = _name(common_name, email)
    certificate = _smime_builder(name, name, key.public_key(), email, days).sign(
        key, hashes.SHA256()
    )
    return _pem(certificate), _key_pem(key)


def generate_ca(common_name: str, *, days: int = 365) -> tuple[bytes, bytes]:
    """A CA certificate and its key, as (cert_pem, key_pem): the demo's trust anchor."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    not_before = datetime.now(UTC) - timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_before + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return _pem(certificate), _key_pem(key)


def issue_certificate(
    ca_cert_pem: bytes, ca_key_pem: bytes, common_name: str, email: str, *, days: int = 365
) -> tuple[bytes, bytes]:
    """An S/MIME certificate for ``email`` issued by the CA, and its key (cert_pem, key_pem)."""
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    ca_key = serialization.load_pem_private_key(ca_key_pem, password=None)
    if not isinstance(ca_key, rsa.RSAPrivateKey):
        raise CertificateError("the CA key must be RSA")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    builder = _smime_builder(
        _name(common_name, email), ca_cert.subject, key.public_key(), email, days
    )
    return _pem(builder.sign(ca_key, hashes.SHA256())), _key_pem(key)


def write_private(path: Path, data: bytes) -> None:
    """Write a key or certificate readable by its owner only (0600), whatever the umask."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)


def _name(common_name: str, email: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
        ]
    )


def _smime_builder(
    subject: x509.Name, issuer: x509.Name, public_key: rsa.RSAPublicKey, email: str, days: int
) -> x509.CertificateBuilder:
    # Back-date a little so a clock slightly behind still accepts it.
    not_before = datetime.now(UTC) - timedelta(minutes=5)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
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
    )


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _key_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


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
    """Key usage (when present) must allow key encipherment; e-mail protection is required."""
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not usage.key_encipherment:
        raise CertificateError(
            "certificate key usage does not allow key encipherment, so it cannot receive "
            "encrypted mail"
        )
    try:
        purposes = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        raise CertificateError(
            "certificate names no extended key usage; S/MIME needs e-mail protection"
        ) from None
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
