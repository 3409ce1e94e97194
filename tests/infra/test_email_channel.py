"""SMTP delivery against real SMTP servers on 127.0.0.1 (aiosmtpd and a raw socket one)."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from ipaddress import IPv4Address

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from shared.delivery.briefs import build_alert_mime
from shared.infra.channels import ChannelError
from shared.infra.channels.email import SmtpMailer, SmtpSettings, parse_smtp_url
from shared.infra.smime import encrypt_message, generate_self_signed, load_clinician_certificate
from tools.devstack.processes import free_port
from tools.devstack.smtp import Inbox, smtp_sink

HOST = "127.0.0.1"
SENDER = "briefs@carryback.example"
RECIPIENT = "rivera@clinic.example"
SUBJECT = "Pre-session brief: Thursday 10:00"
USER = "briefs@carryback.example"
PASSWORD = "p@ss:w/rd%20 ok"  # needs percent-encoding in a URL
BODY = (
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n"
    b"TUlJQ0FBQUFBQUFB\r\n"
)


# --------------------------------------------------------------------------- #
# Servers


def check_login(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="module")
def tls(tmp_path_factory) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context trusting it) for a self-signed 127.0.0.1 cert."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "smtp.test")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(IPv4Address(HOST))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert_path, key_path)
    client = ssl.create_default_context(cafile=str(cert_path))
    return server, client


def mailer(url: str, **options) -> SmtpMailer:
    return SmtpMailer(parse_smtp_url(url), timeout=5, local_hostname="carryback.test", **options)


def send(target: SmtpMailer, body: bytes = BODY) -> None:
    target.send(sender=SENDER, recipient=RECIPIENT, subject=SUBJECT, body=body)


# --------------------------------------------------------------------------- #
# Delivery


def test_delivers_to_a_local_relay_with_envelope_headers():
    inbox = Inbox()
    with smtp_sink(inbox) as port:
        send(mailer(f"smtp://{HOST}:{port}"))

    [(mail_from, rcpt_tos, content)] = inbox.messages
    assert (mail_from, rcpt_tos) == (SENDER, [RECIPIENT])
    received = message_from_bytes(content, policy=policy.default)
    assert received["From"] == SENDER
    assert received["To"] == RECIPIENT
    assert received["Subject"] == SUBJECT
    assert received["Date"].datetime.tzinfo is not None
    assert received["Message-ID"].endswith("@carryback.example>")
    assert received.get_content_type() == "application/pkcs7-mime"
    assert content.endswith(b"TUlJQ0FBQUFBQUFB\r\n")


def test_each_message_gets_its_own_random_message_id():
    inbox = Inbox()
    with smtp_sink(inbox) as port:
        target = mailer(f"smtp://{HOST}:{port}")
        send(target)
        send(target)
    ids = [message_from_bytes(c, policy=policy.default)["Message-ID"] for _, _, c in inbox.messages]
    assert len(set(ids)) == 2


def test_an_encrypted_brief_arrives_decryptable(tmp_path):
    cert_pem, key_pem = generate_self_signed("Dr Rivera", RECIPIENT)
    (tmp_path / "key.pem").write_bytes(key_pem)
    inner = build_alert_mime(
        datetime(2025, 6, 10, 22, 15, tzinfo=UTC),
        "tight chest before the quarterly review",
        "unknown",
        "Priya Raman",
    )
    body = encrypt_message(inner, load_clinician_certificate(cert_pem))
    inbox = Inbox()
    with smtp_sink(inbox) as port:
        send(mailer(f"smtp://{HOST}:{port}"), body)

    (tmp_path / "received.eml").write_bytes(inbox.messages[0][2])
    decrypted = subprocess.run(
        [
            "/usr/bin/openssl",
            "smime",
            "-decrypt",
            "-in",
            str(tmp_path / "received.eml"),
            "-inkey",
            str(tmp_path / "key.pem"),
        ],
        capture_output=True,
        check=True,
    ).stdout
    assert b"tight chest before the quarterly review" in decrypted
    assert b"quarterly review" not in inbox.messages[0][2]


# --------------------------------------------------------------------------- #
# Failures: permanent or transient


def test_mailbox_unavailable_is_permanent():
    server = smtp_sink(Inbox(rcpt_reply="550 5.1.1 Mailbox unavailable"))
    with server as port, pytest.raises(ChannelError) as caught:
        send(mailer(f"smtp://{HOST}:{port}"))
    assert caught.value.permanent is True
    assert "550" in str(caught.value)
    assert "recipient refused" in str(caught.value)


def test_try_again_later_is_transient():
    server = smtp_sink(Inbox(data_reply="451 4.3.0 Try again later"))
    with server as port, pytest.raises(ChannelError) as caught:
        send(mailer(f"smtp://{HOST}:{port}"))
    assert caught.value.permanent is False
    assert "451" in str(caught.value)


def test_message_rejected_at_data_is_permanent():
    server = smtp_sink(Inbox(data_reply="554 5.7.1 Message rejected"))
    with server as port, pytest.raises(ChannelError) as caught:
        send(mailer(f"smtp://{HOST}:{port}"))
    assert caught.value.permanent is True


def test_connection_refused_is_transient():
    port = free_port()  # nothing listens here now
    with pytest.raises(ChannelError) as caught:
        send(mailer(f"smtp://{HOST}:{port}"))
    assert caught.value.permanent is False
    assert "ConnectionRefusedError" in str(caught.value)


@contextmanager
def server_that_hangs_up_during_data() -> Iterator[int]:
    """A bare SMTP server that accepts the envelope, then drops the connection mid-message."""
    listener = socket.create_server((HOST, 0))
    port = listener.getsockname()[1]

    def serve_one() -> None:
        connection, _ = listener.accept()
        with connection, connection.makefile("rb") as lines:
            connection.sendall(b"220 test ESMTP\r\n")
            for line in lines:
                command = line[:4].upper()
                if command in (b"EHLO", b"HELO"):
                    connection.sendall(b"250 test\r\n")
                elif command in (b"MAIL", b"RCPT"):
                    connection.sendall(b"250 OK\r\n")
                elif command == b"DATA":
                    connection.sendall(b"354 go ahead\r\n")
                    lines.readline()  # the first header line arrives, then we vanish
                    return

    thread = threading.Thread(target=serve_one, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        listener.close()
        thread.join(timeout=5)


def test_connection_dropped_mid_message_is_transient():
    with server_that_hangs_up_during_data() as port, pytest.raises(ChannelError) as caught:
        send(mailer(f"smtp://{HOST}:{port}"), BODY * 2000)
    assert caught.value.permanent is False


def test_silent_server_times_out_as_transient():
    listener = socket.create_server((HOST, 0))  # accepts, never greets
    try:
        target = SmtpMailer(
            parse_smtp_url(f"smtp://{HOST}:{listener.getsockname()[1]}"),
            timeout=0.5,
            local_hostname="carryback.test",
        )
        with pytest.raises(ChannelError) as caught:
            send(target)
    finally:
        listener.close()
    assert caught.value.permanent is False


# --------------------------------------------------------------------------- #
# TLS and login


def auth_url(scheme: str, port: int, password: str = PASSWORD) -> str:
    from urllib.parse import quote

    return f"{scheme}://{quote(USER, safe='')}:{quote(password, safe='')}@{HOST}:{port}"


def test_starttls_with_login_from_the_url(tls):
    server_context, client_context = tls
    inbox = Inbox()
    with smtp_sink(
        inbox,
        tls_context=server_context,
        require_starttls=True,
        authenticator=check_login,
        auth_required=True,
    ) as port:
        send(mailer(auth_url("smtp+starttls", port), ssl_context=client_context))
    assert len(inbox.messages) == 1


@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN"])
def test_each_auth_mechanism_works(tls, mechanism):
    server_context, client_context = tls
    other = {"LOGIN": ["PLAIN"], "PLAIN": ["LOGIN"]}[mechanism]
    inbox = Inbox()
    with smtp_sink(
        inbox,
        tls_context=server_context,
        require_starttls=True,
        authenticator=check_login,
        auth_required=True,
        auth_exclude_mechanism=other,
    ) as port:
        send(mailer(auth_url("smtp+starttls", port), ssl_context=client_context))
    assert len(inbox.messages) == 1


def test_wrong_password_is_permanent(tls):
    server_context, client_context = tls
    with (
        smtp_sink(
            Inbox(),
            tls_context=server_context,
            require_starttls=True,
            authenticator=check_login,
            auth_required=True,
        ) as port,
        pytest.raises(ChannelError) as caught,
    ):
        send(mailer(auth_url("smtp+starttls", port, "wrong"), ssl_context=client_context))
    assert caught.value.permanent is True
    assert "535" in str(caught.value)
    assert "wrong" not in str(caught.value)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_with_login(tls):
    server_context, client_context = tls
    inbox = Inbox()
    with smtp_sink(
        inbox,
        ssl_context=server_context,
        authenticator=check_login,
        auth_required=True,
        # aiosmtpd only counts STARTTLS as TLS; this connection is TLS from the first byte.
        auth_require_tls=False,
    ) as port:
        send(mailer(auth_url("smtps", port), ssl_context=client_context))
    assert len(inbox.messages) == 1


def test_untrusted_server_certificate_is_permanent(tls):
    server_context, _ = tls
    server = smtp_sink(Inbox(), tls_context=server_context, require_starttls=True)
    with server as port, pytest.raises(ChannelError) as caught:
        # The default context trusts the system CAs only, not our self-signed cert.
        send(mailer(f"smtp+starttls://{HOST}:{port}"))
    assert caught.value.permanent is True
    assert "certificate" in str(caught.value)


def test_server_without_starttls_is_permanent():
    with smtp_sink(Inbox()) as port, pytest.raises(ChannelError) as caught:
        send(mailer(f"smtp+starttls://{HOST}:{port}"))
    assert caught.value.permanent is True
    assert "STARTTLS" in str(caught.value)


# --------------------------------------------------------------------------- #
# SMTP_URL


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "smtps://user:secret@mail.example.org:465",
            SmtpSettings("smtps", "mail.example.org", 465, "user", "secret"),
        ),
        (
            "smtps://mail.example.org",
            SmtpSettings("smtps", "mail.example.org", 465, None, None),
        ),
        (
            "smtp+starttls://briefs%40clinic.example:p%40ss%3Aw%2Frd@smtp.example.org",
            SmtpSettings(
                "smtp+starttls", "smtp.example.org", 587, "briefs@clinic.example", "p@ss:w/rd"
            ),
        ),
        ("smtp://localhost:1025", SmtpSettings("smtp", "localhost", 1025, None, None)),
        ("smtp://relay", SmtpSettings("smtp", "relay", 25, None, None)),
        (
            "SMTPS://u:p@Mail.Example.org:2465/",
            SmtpSettings("smtps", "mail.example.org", 2465, "u", "p"),
        ),
    ],
)
def test_parse_smtp_url(url, expected):
    assert parse_smtp_url(url) == expected


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://mail.example.org", "must start with smtps://, smtp+starttls:// or smtp://"),
        ("mail.example.org:25", "must start with"),
        ("smtps://", "no host name"),
        ("smtps://u:p@mail.example.org:notaport", "invalid port"),
        ("smtps://u:p@mail.example.org:465/inbox", "no path or query"),
        ("smtps://user@mail.example.org", "both a user name and a password"),
        ("smtp://u:secret@relay:25", "unauthenticated local relay"),
    ],
)
def test_parse_smtp_url_rejects_with_a_clear_reason(url, reason):
    with pytest.raises(ValueError, match=reason.replace("+", r"\+")) as caught:
        parse_smtp_url(url)
    assert "secret" not in str(caught.value)


def test_settings_repr_hides_the_password():
    settings = parse_smtp_url("smtps://user:hunter2@mail.example.org")
    assert "hunter2" not in repr(settings)


def test_header_injection_through_the_subject_is_refused():
    with smtp_sink(Inbox()) as port, pytest.raises(ValueError, match="single lines"):
        mailer(f"smtp://{HOST}:{port}").send(
            sender=SENDER, recipient=RECIPIENT, subject="x\r\nBcc: a@b", body=BODY
        )
