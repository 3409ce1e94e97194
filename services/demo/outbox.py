"""The demo's mail server and what the clinician does with a brief on arrival.

A real SMTP server (aiosmtpd) on loopback stores every message it accepts as
``NNN.eml`` in the outbox, exactly as received. Opening a brief is what a
clinician's mail client does: ``openssl smime -decrypt`` with their key, then
the text part to read and the HTML part with its chart.
"""

from __future__ import annotations

import base64
import subprocess
import threading
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

OPENSSL_TIMEOUT_S = 30


class OutboxHandler:
    """aiosmtpd handler: write each message to the next numbered file."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()
        self._count = 0

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        with self._lock:
            self._count += 1
            path = self.directory / f"{self._count:03d}.eml"
        # Write then rename: a reader polling the outbox never sees half a message.
        partial = path.with_suffix(".part")
        partial.write_bytes(content)
        partial.replace(path)
        return "250 Message accepted for delivery"


class Outbox:
    """An SMTP server on 127.0.0.1 that files messages under ``directory``."""

    def __init__(self, directory: Path, port: int) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.port = port
        self._controller = Controller(OutboxHandler(directory), hostname="127.0.0.1", port=port)

    @property
    def smtp_url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()

    def messages(self) -> list[Path]:
        return sorted(self.directory.glob("*.eml"))


def decrypt(eml: Path, key: Path) -> bytes:
    """Open an S/MIME message with the recipient's key, as ``openssl smime`` does."""
    result = subprocess.run(
        ["openssl", "smime", "-decrypt", "-in", str(eml), "-inkey", str(key)],
        capture_output=True,
        timeout=OPENSSL_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0:
        reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ValueError(f"openssl could not decrypt {eml.name}: {reason[-1] if reason else '?'}")
    return result.stdout


@dataclass(frozen=True)
class OpenedBrief:
    subject: str
    text: str
    html: str  # self-contained: the inline chart as a data: URI


def open_brief(eml: Path, key: Path) -> OpenedBrief:
    """Decrypt a brief and return its text and a self-contained HTML page."""
    outer = message_from_bytes(eml.read_bytes(), policy=policy.default)
    inner = message_from_bytes(decrypt(eml, key), policy=policy.default)
    assert isinstance(inner, EmailMessage)
    text_part = inner.get_body(preferencelist=("plain",))
    html_part = inner.get_body(preferencelist=("html",))
    if text_part is None or html_part is None:
        raise ValueError(f"{eml.name} has no text and HTML parts once decrypted")
    return OpenedBrief(
        subject=str(outer.get("Subject", "")),
        text=text_part.get_content(),
        html=inline_images(inner, html_part.get_content()),
    )


def inline_images(message: EmailMessage, html: str) -> str:
    """Replace every ``cid:`` reference with the image itself, as a data: URI."""
    for part in message.walk():
        content_id = part.get("Content-ID")
        if not content_id or part.get_content_maintype() != "image":
            continue
        payload = part.get_payload(decode=True) or b""
        data_uri = f"data:{part.get_content_type()};base64,{base64.b64encode(payload).decode()}"
        html = html.replace(f"cid:{content_id.strip('<>')}", data_uri)
    return html
