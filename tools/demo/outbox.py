"""What the clinician does with a brief on arrival.

The demo's mail server is ``tools.devstack.smtp.Outbox``: it files every message
as ``NNN.eml``, exactly as received. Opening a brief is what a clinician's mail
client does: ``openssl smime -decrypt`` with their key, then the text part to
read and the HTML part with its chart.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

OPENSSL_TIMEOUT_S = 30


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
    if inner.get_content_type() == "multipart/signed":
        inner = next(inner.iter_parts())  # briefs are signed inside the encryption
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


def write_brief_pdf(opened: OpenedBrief, path: Path, quotes: list[str]) -> str:
    """The brief as received, printed to a tagged PDF beside brief.html, and checked as a
    chart's document system would read it: ``pdftotext`` for the quotes, ``pdfinfo`` for
    the title and tags (poppler-utils; skipped with a note when it is not installed)."""
    from shared.delivery.briefs.pdf import html_to_pdf

    title = f"Pre-session brief, {opened.subject.removeprefix('Pre-session brief: ')}"
    path.write_bytes(html_to_pdf(opened.html, title))
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        return f"{path} (pdftotext/pdfinfo not installed: not checked; make system-deps)"
    text = _run(["pdftotext", str(path), "-"])
    missing = [quote for quote in quotes if " ".join(quote.split()) not in " ".join(text.split())]
    if missing:
        raise ValueError(f"{len(missing)} quote(s) are not verbatim in {path.name}")
    info = _run(["pdfinfo", str(path)])
    if "Tagged:          yes" not in info or f"Title:           {title}" not in info:
        raise ValueError(f"{path.name} is not a tagged PDF with its title")
    return f"{path} (tagged, titled; every quote verbatim)"


def _run(command: list[str]) -> str:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=OPENSSL_TIMEOUT_S, check=True
    ).stdout
