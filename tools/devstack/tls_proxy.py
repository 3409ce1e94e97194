"""A real TLS-terminating reverse proxy (Debian's nginx) with a throwaway local CA.

The demo and the tests reach the intake and the console the way production
does: over https, through a proxy that adds ``X-Forwarded-Proto`` and
``X-Forwarded-For``. The CA is made at start, lives only in the run's
directory, and is trusted by naming it (``REQUESTS_CA_BUNDLE`` for Python
clients, an SPKI pin for Chromium); nothing is added to the system's trust.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tools.devstack.processes import ProcessError, free_port, port_open, tail, wait_until

NGINX = Path("/usr/sbin/nginx")
START_DEADLINE_S = 10
# Twilio refuses webhooks whose reply takes longer than 15 s; the proxy waits as long.
UPSTREAM_TIMEOUT_S = 15
# What the proxy accepts from a client before the app sees it (webhooks are small).
MAX_BODY = "256k"


class ProxyError(ProcessError):
    """The proxy could not be started; the message says why (and where its log is)."""


@dataclass(frozen=True)
class LocalCa:
    """A throwaway CA and one server certificate it issued for 127.0.0.1 and localhost."""

    ca_file: Path
    cert_file: Path
    key_file: Path
    spki_sha256: str  # base64 SHA-256 of the server key, as Chromium's SPKI pin list wants it

    @classmethod
    def create(cls, directory: Path, *, days: int = 2) -> LocalCa:
        directory.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Carryback dev CA")])
        ca_cert = (
            _builder(ca_name, ca_name, ca_key.public_key(), now, days)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(cert_sign=True), critical=True)
            .sign(ca_key, hashes.SHA256())
        )
        server_key = ec.generate_private_key(ec.SECP256R1())
        server_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
        server_cert = (
            _builder(server_name, ca_name, server_key.public_key(), now, days)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(cert_sign=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.SubjectAlternativeName(
                    [
                        x509.DNSName("localhost"),
                        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                    ]
                ),
                critical=False,
            )
            .sign(ca_key, hashes.SHA256())
        )
        ca_file = directory / "ca.pem"
        cert_file = directory / "server.pem"
        key_file = directory / "server.key"
        ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
        cert_file.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
        _write_private(key_file, server_key)
        spki = server_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        pin = base64.b64encode(hashlib.sha256(spki).digest()).decode()
        return cls(ca_file, cert_file, key_file, pin)

    def chromium_args(self) -> list[str]:
        """Chromium flags that trust exactly this server key (and no other bad certificate)."""
        return [f"--ignore-certificate-errors-spki-list={self.spki_sha256}"]


def _builder(
    subject: x509.Name, issuer: x509.Name, key: ec.EllipticCurvePublicKey, now: datetime, days: int
) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=days))
    )


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _write_private(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)


@dataclass
class TlsProxy:
    """nginx terminating TLS on loopback ports, each forwarding to one plain-HTTP upstream."""

    directory: Path
    ca: LocalCa
    routes: dict[int, int] = field(default_factory=dict)  # https port -> upstream port
    process: subprocess.Popen[bytes] | None = None

    def add(self, upstream_port: int) -> str:
        """Route a new https port to this upstream; its public base URL."""
        port = free_port()
        self.routes[port] = upstream_port
        return f"https://127.0.0.1:{port}"

    def start(self) -> None:
        if not NGINX.exists():
            raise ProxyError("nginx is not installed (make system-deps installs nginx-light)")
        conf = self.directory / "nginx.conf"
        for temp in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.directory / temp).mkdir(parents=True, exist_ok=True)
        conf.write_text(self.config())
        log = self.directory / "nginx.log"
        with log.open("ab") as out:
            self.process = subprocess.Popen(
                [str(NGINX), "-c", str(conf), "-p", str(self.directory), "-e", str(log)],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            wait_until(
                lambda: all(port_open(port) for port in self.routes),
                deadline_s=START_DEADLINE_S,
                what="nginx to listen",
                alive=lambda: self._alive(log),
            )
        except ProcessError as error:
            self.stop()
            raise ProxyError(f"{error}; see {log}:\n{tail(log)}") from None

    def _alive(self, log: Path) -> None:
        if self.process is not None and self.process.poll() is not None:
            raise ProcessError(f"nginx exited with status {self.process.returncode}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def config(self) -> str:
        directory = self.directory
        servers = "\n".join(
            _server(port, upstream, self.ca) for port, upstream in sorted(self.routes.items())
        )
        # Running as root (CI), nginx's workers would switch to "nobody", who
        # cannot read the run's key; the proxy only ever listens on loopback.
        user = "user root root;" if os.geteuid() == 0 else ""
        return f"""
{user}
daemon off;
master_process on;
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/nginx.log warn;
events {{ worker_connections 256; }}
http {{
    # One-time tokens never reach the log: paths only (a query may carry a
    # ?next=/l/<token>), and the token segment of invitation and brief links masked.
    map $uri $logged_uri {{
        "~^(?<prefix>/(?:invitation|l)/)[^/]+(?<rest>.*)$" "${{prefix}}[token]$rest";
        default $uri;
    }}
    log_format masked '$remote_addr "$request_method $logged_uri" $status $request_time';
    access_log {directory}/access.log masked;
    client_body_temp_path {directory}/client_body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    client_max_body_size {MAX_BODY};
    server_tokens off;
{servers}
}}
"""


def _server(port: int, upstream: int, ca: LocalCa) -> str:
    # X-Forwarded-For is replaced, never appended to: a client cannot smuggle
    # an address in front of the one the proxy saw.
    return f"""
    server {{
        listen 127.0.0.1:{port} ssl;
        ssl_certificate {ca.cert_file};
        ssl_certificate_key {ca.key_file};
        ssl_protocols TLSv1.2 TLSv1.3;
        location / {{
            proxy_pass http://127.0.0.1:{upstream};
            proxy_set_header Host $host:$server_port;
            proxy_set_header X-Forwarded-Proto https;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Host $host:$server_port;
            proxy_read_timeout {UPSTREAM_TIMEOUT_S}s;
        }}
    }}"""


def nginx_available() -> bool:
    return NGINX.exists() or shutil.which("nginx") is not None
