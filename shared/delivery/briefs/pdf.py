"""The brief as a PDF to file in the client's chart: the e-mail's own HTML template, printed.

A clinician uploads it to their EHR's documents (SimplePractice, TherapyNotes,
any other), so it is a tagged PDF (PDF/UA-1: structure tags, the document's
language and title) that a screen reader reads in order. The chart travels
inside the file (a data URI, never fetched from anywhere), and the client's
words are the template's, escaped and verbatim.

WeasyPrint draws it with Debian's pango; it is imported on first use, so a
process that never makes a PDF never loads it.
"""

from __future__ import annotations

import base64
from datetime import datetime

from shared.delivery.briefs.content import BriefInput
from shared.delivery.briefs.render import brief_chart_png, render_html

PDF_VARIANT = "pdf/ua-1"
DOCUMENT_LANGUAGE = "en"  # the brief's own words; the client's quotes keep theirs verbatim
_CHART_MARKER = "carryback-chart-pdf"

# Print layout only: the template's inline styles carry the rest, as in the e-mail.
_PAGE_CSS = """
@page { size: Letter; margin: 18mm 16mm 20mm 16mm;
        @bottom-right { content: "Page " counter(page) " of " counter(pages);
                        font: 9pt sans-serif; color: #444; } }
body { max-width: none !important; font-size: 11pt; }
img { max-width: 100%; height: auto; }
blockquote, h2, h3 { break-inside: avoid; }
h2, h3 { break-after: avoid; }
"""


def brief_title(brief: BriefInput) -> str:
    """The PDF's title: the session's date, the document a chart files it under."""
    return f"Pre-session brief, session of {_day(brief.session_at)}"


def brief_filename(session_at: datetime) -> str:
    """A file name that says which session, never whose: it ends up in download folders."""
    return f"pre-session-brief-{session_at:%Y-%m-%d-%H%M}.pdf"


def render_pdf(brief: BriefInput) -> bytes:
    """The brief as a tagged PDF (PDF/UA-1) with its language and title set."""
    chart = brief_chart_png(brief)
    html = render_html(brief, _CHART_MARKER if chart else None)
    if chart is not None:
        data_uri = "data:image/png;base64," + base64.b64encode(chart).decode("ascii")
        html = html.replace(f'src="cid:{_CHART_MARKER}"', f'src="{data_uri}"')
    return html_to_pdf(html, brief_title(brief), author=brief.clinician_name)


def html_to_pdf(html: str, title: str, *, author: str | None = None) -> bytes:
    """A brief's self-contained HTML (images as data URIs) printed as a tagged PDF."""
    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    # Everything the brief shows is in its HTML: data URIs only, nothing fetched from anywhere.
    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    document = HTML(string=html, url_fetcher=fetcher).render(stylesheets=[CSS(string=_PAGE_CSS)])
    document.metadata.title = title
    document.metadata.lang = DOCUMENT_LANGUAGE
    if author:
        document.metadata.authors = [author]
    return document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True)


def _day(at: datetime) -> str:
    return f"{at:%A} {at.day} {at:%B %Y, %H:%M}"
