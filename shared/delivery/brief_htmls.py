"""Each sent brief's HTML, kept as it went out and sealed under the client's data key.

The export holds every brief a client was sent. Rebuilt from today's record a
brief could differ from the one the clinician read (a cue corrected since, a
voice note transcribed later), and rendering a client's hundred briefs was
most of a two-year export's time. So the summary keeps each brief's HTML
when it sends it, and the export reads the kept copies. A brief sent before
HTML was kept, or whose keeping failed, is rendered from the record as before.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.db import Database
from shared.db.models import BriefHtml
from shared.delivery.brief_pdfs import keep_sealed_once
from shared.delivery.briefs.content import BriefInput
from shared.delivery.briefs.render import render_html
from shared.vault.keys import KeyStore
from shared.vault.sealed import BRIEF_HTML, OpenedClient

log = logging.getLogger(__name__)


def brief_as_html(brief: BriefInput) -> str:
    """The brief's HTML as the e-mail carries it, less the inline chart (a file of its own
    has nothing to point a ``cid:`` at): what is kept, and what the export holds."""
    return render_html(brief, None)


def stored_htmls(session: Session, opened: OpenedClient) -> dict[str, str]:
    """Every kept HTML of the client's briefs by session id, from one query (an export's)."""
    rows = session.execute(select(BriefHtml).where(BriefHtml.client_id == opened.id)).scalars()
    return {row.session_id: opened.open_text(BRIEF_HTML, row) or "" for row in rows}


def keep_sent_html(db: Database, keys: KeyStore, session_id: str, brief: BriefInput) -> bool:
    """Keep the HTML of a brief just sent; never raises (the brief has gone out already).

    A failure is logged by its type only (a message could quote the brief); the
    export then renders that brief from the record, as for a brief sent before
    HTML was kept. A brief kept already (a send recorded twice) keeps its first copy.
    """
    try:
        html = brief_as_html(brief)

        def sealed(client_id: str, data_key: bytes) -> BriefHtml:
            row = BriefHtml(session_id=session_id, client_id=client_id, html_enc=b"")
            BRIEF_HTML.seal(data_key, row, html)
            return row

        return keep_sealed_once(db, keys, session_id, sealed)
    except Exception as error:
        log.warning(
            "brief %s: HTML not kept (%s); the export renders it from the record",
            session_id,
            type(error).__name__,
        )
        return False
