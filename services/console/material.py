"""Reading and changing client material from the console: always as the signed-in user, audited.

Views open a unit of work with :func:`transaction` and fetch a client with
:func:`open_client`. A client that is not the signed-in clinician's is
answered 404 (its existence is not confirmed) and the attempt is audited:
the audit row is committed before the 404 goes out.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from flask import abort
from flask_login import current_user
from sqlalchemy.orm import Session

from services import runtime
from services.console.queries import client_of
from shared.db.models import Client
from shared.vault import audit


class NotYours(Exception):
    """The client is not the signed-in clinician's (or does not exist)."""


def actor() -> str:
    return f"console:{current_user.account.id}"


@contextmanager
def transaction() -> Iterator[Session]:
    """A unit of work; a refused client access still commits its audit row, then 404s."""
    with runtime.context().db.session() as session:
        try:
            yield session
            return
        except NotYours:
            pass
    abort(404)


def record(
    session: Session, action: str, subject_type: str, subject_id: str, detail: str = ""
) -> None:
    audit.record(
        session,
        actor=actor(),
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        detail=detail,
    )


# Pages that only show client material: a reload (or the page's chart) within a
# minute is the same read, one audit event (shared.vault.audit.record_read).
READS = frozenset(
    {
        "client.viewed",
        "timeline.read",
        "briefs.listed",
        "brief.read",
        "practice.read",
        "client.delete_viewed",
        "noticing.read",
    }
)


def record_read(
    session: Session, action: str, subject_type: str, subject_id: str, detail: str = ""
) -> None:
    """A page view of client material, recorded once per person, subject and minute."""
    audit.record_read(
        session,
        actor=actor(),
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        detail=detail,
    )


def open_client(session: Session, client_id: str, action: str, detail: str = "") -> Client:
    """The signed-in clinician's client, with ``action`` audited; NotYours otherwise."""
    client = client_of(session, current_user.account.clinician_id, client_id)
    if client is None:
        record(session, "client.access_refused", "client", client_id[:64], detail=action)
        raise NotYours(client_id)
    if action in READS:
        record_read(session, action, "client", client.id, detail)
    else:
        record(session, action, "client", client.id, detail)
    return client
