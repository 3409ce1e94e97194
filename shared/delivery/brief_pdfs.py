"""Each sent brief's PDF, printed once and kept sealed under the client's data key.

Printing a brief (:func:`shared.delivery.briefs.pdf.render_pdf`) costs
0.2-0.4 s; a client's export holds every brief they were ever sent, so the
PDFs are printed when a brief goes out and read back after that. A brief sent
before PDFs were kept, or whose printing failed, is printed on its first
download and kept then. A PDF is what was sent: it is never printed again
once kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.db import Database
from shared.db.models import BriefHtml, BriefPdf, TherapySession
from shared.delivery.briefs.content import BriefInput
from shared.delivery.briefs.pdf import render_pdf
from shared.vault.keys import KeyStore, lock_key_row
from shared.vault.sealed import BRIEF_PDF, OpenedClient

log = logging.getLogger(__name__)


def sealed_pdf(opened: OpenedClient, session_id: str, pdf: bytes) -> BriefPdf:
    """A row holding ``pdf`` sealed under the client's key (the caller holds the key row)."""
    row = BriefPdf(session_id=session_id, client_id=opened.id, pdf_enc=b"")
    opened.seal(BRIEF_PDF, row, pdf)
    return row


def stored_pdf(session: Session, opened: OpenedClient, session_id: str) -> bytes | None:
    """The kept PDF of this session's brief, or None when none was kept."""
    row = session.get(BriefPdf, session_id)
    if row is None or row.client_id != opened.id:
        return None
    return opened.open_bytes(BRIEF_PDF, row)


def stored_pdfs(session: Session, opened: OpenedClient) -> dict[str, bytes]:
    """Every kept PDF of the client's briefs by session id, from one query (an export's)."""
    rows = session.execute(select(BriefPdf).where(BriefPdf.client_id == opened.id)).scalars()
    return {row.session_id: opened.open_bytes(BRIEF_PDF, row) or b"" for row in rows}


def keep_sealed_once(
    db: Database,
    keys: KeyStore,
    session_id: str,
    sealed: Callable[[str, bytes], BriefPdf | BriefHtml],
) -> bool:
    """Keep one copy of a sent brief, sealed by ``sealed(client_id, data_key)`` under the
    client's key row lock; False when the client was deleted meanwhile or a copy is kept
    already (a send recorded twice keeps its first copy)."""
    with db.session() as session:
        therapy_session = session.get(TherapySession, session_id)
        key_row = lock_key_row(session, therapy_session.client_id) if therapy_session else None
        if therapy_session is None or key_row is None:
            return False  # the client was deleted meanwhile: nothing to keep
        data_key = keys.unwrap(key_row, f"client:{key_row.client_id}")
        return keep(session, [sealed(key_row.client_id, data_key)])


def keep(session: Session, rows: Sequence[BriefPdf | BriefHtml]) -> bool:
    """Insert these rows in one statement; False when another request kept one first.

    Two first downloads of the same brief may race: both printed the same
    brief, so the loser's copy is dropped and the winner's stays.
    """
    if not rows:
        return True
    try:
        with session.begin_nested():
            session.add_all(rows)
    except IntegrityError:
        return False
    return True


def keep_sent_pdf(db: Database, keys: KeyStore, session_id: str, brief: BriefInput) -> bool:
    """Print a brief just sent and keep it; never raises (the brief has gone out already).

    Printed before the transaction, so neither the key row nor SQLite's write
    lock is held while WeasyPrint runs. Any failure is logged by its type only
    (a message could quote the brief) and the PDF is printed on first download.
    """
    try:
        pdf = render_pdf(brief)

        def sealed(client_id: str, data_key: bytes) -> BriefPdf:
            row = BriefPdf(session_id=session_id, client_id=client_id, pdf_enc=b"")
            BRIEF_PDF.seal(data_key, row, pdf)
            return row

        return keep_sealed_once(db, keys, session_id, sealed)
    except Exception as error:
        log.warning(
            "brief %s: PDF not made (%s); it is made on first download",
            session_id,
            type(error).__name__,
        )
        return False
