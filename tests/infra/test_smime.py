"""S/MIME: briefs encrypted to the clinician's certificate, read back by real openssl."""

from __future__ import annotations

import os
import stat
import subprocess
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from shared.db.models import NoticingKind
from shared.delivery.briefs import (
    BriefCue,
    BriefInput,
    BriefNoticing,
    BriefPractice,
    build_brief_mime,
)
from shared.infra.mail import MailNotSendable, encrypt_for
from shared.infra.smime import (
    CertificateError,
    TrustStore,
    check_recipient,
    encrypt_message,
    generate_ca,
    generate_self_signed,
    issue_certificate,
    load_clinician_certificate,
    write_private,
)

OPENSSL = "/usr/bin/openssl"
TZ = ZoneInfo("Europe/London")
CLIENT_WORDS = [
    "tight chest before the quarterly review",
    "couldn't breathe properly in the lift",
    "Priya Raman",  # the client's name
]


@pytest.fixture(scope="module")
def clinician(tmp_path_factory) -> tuple[x509.Certificate, Path, Path]:
    cert_pem, key_pem = generate_self_signed("Dr Rivera", "rivera@clinic.example")
    folder = tmp_path_factory.mktemp("clinician")
    (folder / "cert.pem").write_bytes(cert_pem)
    (folder / "key.pem").write_bytes(key_pem)
    return load_clinician_certificate(cert_pem), folder / "cert.pem", folder / "key.pem"


def brief() -> BriefInput:
    start = datetime(2025, 6, 9, 8, 30, tzinfo=TZ)
    noticings = tuple(
        BriefNoticing(
            received_at=start + timedelta(hours=9 * index),
            text=CLIENT_WORDS[index % 2],
            kind=NoticingKind.SMS,
            cues=("tight chest",),
            intensity=3 + index,
            barrier=index % 2 == 1,
            crisis=False,
            crisis_reply_sent=False,
        )
        for index in range(4)
    )
    return BriefInput(
        clinician_name="Dr Rivera",
        client_name="Priya Raman",
        session_at=datetime(2025, 6, 12, 10, tzinfo=TZ),
        period_start=start,
        period_end=datetime(2025, 6, 12, 9, tzinfo=TZ),
        practice=BriefPractice((BriefCue("tight chest"),), "one slow breath", None, False),
        noticings=noticings,
    )


def openssl_decrypt(tmp_path: Path, body: bytes, key: Path) -> bytes:
    message = tmp_path / "msg.eml"
    # What the mailer would put in front of the encrypted entity.
    message.write_bytes(b"From: a@clinic.example\r\nTo: b@clinic.example\r\nSubject: x\r\n" + body)
    result = subprocess.run(
        [OPENSSL, "smime", "-decrypt", "-in", str(message), "-inkey", str(key)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def test_openssl_decrypts_the_brief_with_text_html_and_chart(tmp_path, clinician):
    certificate, _, key = clinician
    body = encrypt_message(build_brief_mime(brief()), certificate)

    decrypted = message_from_bytes(openssl_decrypt(tmp_path, body, key), policy=policy.default)
    assert decrypted.get_content_type() == "multipart/alternative"
    text = decrypted.get_body(("plain",)).get_content()
    assert "tight chest before the quarterly review" in text
    assert "Client: Priya Raman" in text
    html = decrypted.get_body(("html",)).get_content()
    assert "couldn&#x27;t breathe properly in the lift" in html
    images = [p for p in decrypted.walk() if p.get_content_type() == "image/png"]
    assert len(images) == 1
    assert images[0].get_content().startswith(b"\x89PNG\r\n\x1a\n")


def test_encrypted_bytes_hold_no_client_material(clinician):
    certificate, _, _ = clinician
    body = encrypt_message(build_brief_mime(brief()), certificate)
    # Compared case-sensitively with whole phrases: base64 of random ciphertext
    # spells a short word, case-folded, often enough to make a test flaky.
    for words in [*CLIENT_WORDS, "Dr Rivera"]:
        assert words.encode() not in body
    headers, _, payload = body.partition(b"\r\n\r\n")
    assert (
        b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; "
        b'name="smime.p7m"' in headers
    )
    assert b"Content-Transfer-Encoding: base64" in headers
    assert b'Content-Disposition: attachment; filename="smime.p7m"' in headers
    for header in (b"From:", b"To:", b"Subject:"):
        assert header not in headers
    assert all(len(line) <= 76 for line in payload.split(b"\r\n"))


def test_content_is_encrypted_with_aes_256_cbc(tmp_path, clinician):
    certificate, _, _ = clinician
    body = encrypt_message(build_brief_mime(brief()), certificate)
    (tmp_path / "msg.eml").write_bytes(body)
    structure = subprocess.run(
        [OPENSSL, "cms", "-cmsout", "-print", "-in", str(tmp_path / "msg.eml")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "contentEncryptionAlgorithm" in structure
    assert "aes-256-cbc" in structure


def test_signed_then_encrypted_brief_verifies_with_openssl(tmp_path, clinician):
    certificate, cert_path, key_path = clinician
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    inner = build_brief_mime(brief())
    body = encrypt_message(inner, certificate, signer=(certificate, key))

    signed = tmp_path / "signed.eml"
    signed.write_bytes(openssl_decrypt(tmp_path, body, key_path))
    assert b"multipart/signed" in signed.read_bytes()[:300]
    verified = subprocess.run(
        [OPENSSL, "smime", "-verify", "-in", str(signed), "-CAfile", str(cert_path)],
        capture_output=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stderr.decode()
    assert verified.stdout == inner.as_bytes(policy=policy.SMTP)


def test_the_wrong_key_cannot_decrypt(tmp_path, clinician):
    certificate, _, _ = clinician
    _, other_key = generate_self_signed("Someone Else", "else@clinic.example")
    (tmp_path / "other.pem").write_bytes(other_key)
    (tmp_path / "msg.eml").write_bytes(encrypt_message(build_brief_mime(brief()), certificate))
    result = subprocess.run(
        [
            OPENSSL,
            "smime",
            "-decrypt",
            "-in",
            str(tmp_path / "msg.eml"),
            "-inkey",
            str(tmp_path / "other.pem"),
        ],
        capture_output=True,
        check=False,
    )
    assert result.returncode != 0
    assert b"quarterly review" not in result.stdout


# --------------------------------------------------------------------------- #
# Loading certificates


def test_loads_pem_and_der():
    cert_pem, _ = generate_self_signed("Dr Rivera", "rivera@clinic.example")
    from_pem = load_clinician_certificate(cert_pem)
    der = from_pem.public_bytes(serialization.Encoding.DER)
    assert load_clinician_certificate(der) == from_pem
    assert from_pem.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Dr Rivera"


def test_expired_certificate_names_its_end_date():
    cert_pem, _ = generate_self_signed("Dr Rivera", "rivera@clinic.example", days=30)
    not_after = x509.load_pem_x509_certificate(cert_pem).not_valid_after_utc
    with pytest.raises(CertificateError, match=r"^certificate has expired \(not after \d{4}-"):
        load_clinician_certificate(cert_pem, now=not_after + timedelta(days=1))
    with pytest.raises(CertificateError, match=f"not after {not_after:%Y-%m-%d}"):
        load_clinician_certificate(cert_pem, now=not_after + timedelta(days=1))


def test_not_yet_valid_certificate_is_refused():
    cert_pem, _ = generate_self_signed("Dr Rivera", "rivera@clinic.example")
    with pytest.raises(CertificateError, match="not valid yet"):
        load_clinician_certificate(cert_pem, now=datetime.now(UTC) - timedelta(days=2))


def build_certificate(key, public_key=None, *, extensions=()) -> bytes:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dr Rivera")])
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key or key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
    )
    for extension in extensions:
        builder = builder.add_extension(extension, critical=False)
    return builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)


def test_ec_certificate_is_refused_with_the_reason():
    cert_pem = build_certificate(ec.generate_private_key(ec.SECP256R1()))
    with pytest.raises(CertificateError, match=r"^certificate key is EC; S/MIME briefs need RSA$"):
        load_clinician_certificate(cert_pem)


def test_short_rsa_key_is_refused():
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # noqa: S505 (the point of the test)
    with pytest.raises(CertificateError, match="1024 bits; S/MIME briefs need at least 2048"):
        load_clinician_certificate(build_certificate(weak))


def test_certificate_that_may_not_encrypt_is_refused():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signing_only = x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    with pytest.raises(CertificateError, match="does not allow key encipherment"):
        load_clinician_certificate(build_certificate(key, extensions=[signing_only]))


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"hello",
        b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
        b"\x30\x82\x01\x00garbage",
    ],
    ids=["empty", "text", "broken-pem", "broken-der"],
)
def test_garbage_is_not_a_certificate(garbage):
    with pytest.raises(CertificateError, match=r"^not a PEM or DER X\.509 certificate$"):
        load_clinician_certificate(garbage)


def test_a_private_key_pasted_by_mistake_is_not_a_certificate():
    _, key_pem = generate_self_signed("Dr Rivera", "rivera@clinic.example")
    with pytest.raises(CertificateError, match=r"not a PEM or DER X\.509 certificate"):
        load_clinician_certificate(key_pem)


# --- recipient checks: address, trust, usage ---------------------------------


@pytest.fixture(scope="module")
def demo_ca(tmp_path_factory) -> tuple[bytes, bytes, Path]:
    ca_pem, ca_key = generate_ca("Carryback demo CA")
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    path.write_bytes(ca_pem)
    return ca_pem, ca_key, path


def test_certificate_issued_by_the_configured_ca_is_accepted(demo_ca):
    ca_pem, ca_key, ca_file = demo_ca
    cert_pem, _ = issue_certificate(ca_pem, ca_key, "Dr Rivera", "rivera@clinic.example")
    certificate = load_clinician_certificate(cert_pem)
    check_recipient(certificate, email="Rivera@Clinic.example", trust=TrustStore.load(str(ca_file)))


def test_certificate_for_another_address_is_refused(demo_ca):
    ca_pem, ca_key, ca_file = demo_ca
    cert_pem, _ = issue_certificate(ca_pem, ca_key, "Dr Rivera", "rivera@clinic.example")
    with pytest.raises(CertificateError, match=r"is for rivera@clinic\.example, not okafor"):
        check_recipient(
            load_clinician_certificate(cert_pem),
            email="okafor@clinic.example",
            trust=TrustStore.load(str(ca_file)),
        )


def test_self_signed_certificate_is_refused_unless_trusted_explicitly(demo_ca, tmp_path):
    cert_pem, _ = generate_self_signed("Dr Rivera", "rivera@clinic.example")
    certificate = load_clinician_certificate(cert_pem)
    for trust in (TrustStore.load(str(demo_ca[2])), TrustStore.load(None)):
        with pytest.raises(CertificateError, match="not issued by a CA trusted here"):
            check_recipient(certificate, email="rivera@clinic.example", trust=trust)
    (tmp_path / "trusted.pem").write_bytes(cert_pem)
    check_recipient(
        certificate,
        email="rivera@clinic.example",
        trust=TrustStore.load(str(tmp_path / "trusted.pem")),
    )


def test_one_unreadable_root_in_the_system_store_leaves_the_others_trusted(
    demo_ca, tmp_path, monkeypatch
):
    ca_pem, ca_key, _ = demo_ca
    other_pem, _ = generate_ca("Another root")
    broken = b"-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"
    bundle = tmp_path / "system-bundle.pem"
    bundle.write_bytes(other_pem + broken + ca_pem)
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))  # where the system store is looked for

    trust = TrustStore.load(None)
    assert trust.source == str(bundle) and len(trust.anchors) == 2
    cert_pem, _ = issue_certificate(ca_pem, ca_key, "Dr Rivera", "rivera@clinic.example")
    check_recipient(
        load_clinician_certificate(cert_pem), email="rivera@clinic.example", trust=trust
    )
    # An operator's own CA file is read strictly: a broken block there is an error.
    (tmp_path / "ca-file.pem").write_bytes(ca_pem + broken)
    with pytest.raises(CertificateError, match="cannot read the CA file"):
        TrustStore.load(str(tmp_path / "ca-file.pem"))


def test_certificate_from_another_ca_with_the_same_name_is_refused(demo_ca):
    impostor_pem, impostor_key = generate_ca("Carryback demo CA")  # same name, other key
    cert_pem, _ = issue_certificate(impostor_pem, impostor_key, "Dr R", "rivera@clinic.example")
    with pytest.raises(CertificateError, match="not issued by a CA trusted here"):
        check_recipient(
            load_clinician_certificate(cert_pem),
            email="rivera@clinic.example",
            trust=TrustStore.load(str(demo_ca[2])),
        )


def test_certificate_without_email_protection_usage_is_refused():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(CertificateError, match="e-mail protection"):
        load_clinician_certificate(build_certificate(key, extensions=[]))


def test_a_brief_is_not_encrypted_to_an_untrusted_certificate_at_send_time(demo_ca):
    cert_pem, _ = generate_self_signed("Dr Rivera", "rivera@clinic.example")
    with pytest.raises(MailNotSendable, match="not issued by a CA trusted here"):
        encrypt_for(
            cert_pem,
            build_brief_mime(brief()),
            email="rivera@clinic.example",
            trust=TrustStore.load(str(demo_ca[2])),
        )


def test_ca_issued_brief_opens_with_openssl_and_verifies_against_the_ca(demo_ca, tmp_path):
    ca_pem, ca_key, ca_file = demo_ca
    cert_pem, key_pem = issue_certificate(ca_pem, ca_key, "Dr Rivera", "rivera@clinic.example")
    (tmp_path / "clinician.key").write_bytes(key_pem)
    service_pem, service_key = issue_certificate(
        ca_pem, ca_key, "Carryback", "briefs@clinic.example"
    )
    signer = (
        x509.load_pem_x509_certificate(service_pem),
        serialization.load_pem_private_key(service_key, password=None),
    )
    body = encrypt_for(
        cert_pem,
        build_brief_mime(brief()),
        signer,
        email="rivera@clinic.example",
        trust=TrustStore.load(str(ca_file)),
    )
    signed = openssl_decrypt(tmp_path, body, tmp_path / "clinician.key")
    (tmp_path / "signed.eml").write_bytes(signed)
    verified = subprocess.run(
        [OPENSSL, "smime", "-verify", "-in", str(tmp_path / "signed.eml"), "-CAfile", str(ca_file)],
        capture_output=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stderr.decode()
    assert b"Verification successful" in verified.stderr


def test_keys_and_certificates_are_written_private_whatever_the_umask(tmp_path):
    previous = os.umask(0o022)
    try:
        write_private(tmp_path / "demo" / "clinician.key", b"secret")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "demo" / "clinician.key").stat().st_mode) == 0o600
