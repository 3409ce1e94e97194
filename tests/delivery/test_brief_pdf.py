"""The brief as a PDF for the chart, read back with poppler as an EHR or screen reader would."""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from shared.delivery.briefs.pdf import brief_filename, brief_title, render_pdf
from tests.delivery.test_briefs_render import CHEST, at, make_brief, noticing

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils is not installed (make system-deps)",
)

QUOTES = [
    "chest went tight before standup, 7/10 — «ça va» said I was fine",
    "didn't do the breaths because the baby woke at 5",
    "   spaces  kept as typed? no: pdftotext reflows, the words stay",
]


def _pdf(tmp_path: Path) -> Path:
    brief = make_brief(
        noticing(at(9, 8, 5), QUOTES[0], CHEST, intensity=7),
        noticing(at(10, 21, 40), QUOTES[1], barrier=True),
        noticing(at(11, 7, 15), QUOTES[2], CHEST, intensity=4),
    )
    path = tmp_path / brief_filename(brief.session_at)
    path.write_bytes(render_pdf(brief))
    return path


def _poppler(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def test_the_pdf_carries_every_quote_verbatim(tmp_path):
    text = " ".join(_poppler("pdftotext", str(_pdf(tmp_path)), "-").split())
    for quote in QUOTES:
        assert " ".join(quote.split()) in text
    assert "Pre-session brief for Dr Rivera" in text
    assert "Sam Okafor" in text
    assert "%" not in text and "missed" not in text.lower()


def test_the_pdf_is_tagged_with_its_title_and_language(tmp_path):
    path = _pdf(tmp_path)
    info = _poppler("pdfinfo", str(path))
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    title = brief_title(make_brief())
    assert title == "Pre-session brief, session of Thursday 12 June 2025, 10:00"
    assert re.search(rf"^Title:\s+{re.escape(title)}$", info, re.M)
    # The structure a screen reader follows: headings, then the quotes in order.
    structure = _poppler("pdfinfo", "-struct", str(path))
    assert "H1" in structure and "H2" in structure
    assert _catalog_language(path.read_bytes()) == "en"


def test_the_file_name_says_which_session_never_whose():
    name = brief_filename(at(12, 10))
    assert name == "pre-session-brief-2025-06-12-1000.pdf"
    assert "Sam" not in name and "Okafor" not in name


def _catalog_language(pdf: bytes) -> str | None:
    """The /Lang of the document catalog (it may sit in a compressed object stream)."""
    chunks = [pdf]
    for found in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            chunks.append(zlib.decompress(found.group(1)))
        except zlib.error:
            continue
    for chunk in chunks:
        lang = re.search(rb"/Lang\s*\((\w+)\)", chunk)
        if lang:
            return lang.group(1).decode()
    return None
