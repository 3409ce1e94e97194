"""Append-only, hash-chained audit trail of who read or sent client material.

Each event's hash covers its content and the previous event's hash, so an
edited or deleted row breaks the chain at that point (``verify_chain``).
Events hold ids and actions only, never client material.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.db.models import AuditEvent, utcnow
from shared.defaults import AUDIT_APPEND_ATTEMPTS

GENESIS = "0" * 64


def current_actor() -> str:
    """Who is at the keyboard, for CLI reads: the OS user, or CARRYBACK_ACTOR."""
    return os.environ.get("CARRYBACK_ACTOR") or f"cli:{getpass.getuser()}"


def _digest(prev_hash: str, event: AuditEvent) -> str:
    payload = json.dumps(
        [
            prev_hash,
            event.at.isoformat(),
            event.actor,
            event.action,
            event.subject_type,
            event.subject_id,
            event.detail,
        ],
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _tip(session: Session) -> str:
    last = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none()
    return last or GENESIS


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str = "",
) -> AuditEvent:
    """Append one event in the caller's transaction.

    ``prev_hash`` is unique: a concurrent writer that took the same tip makes
    our insert fail, and we retry on the new tip instead of forking the chain.
    """
    for _attempt in range(AUDIT_APPEND_ATTEMPTS):
        event = AuditEvent(
            at=utcnow(),
            actor=actor,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            detail=detail,
        )
        event.prev_hash = _tip(session)
        event.hash = _digest(event.prev_hash, event)
        try:
            with session.begin_nested():
                session.add(event)
            return event
        except IntegrityError:
            continue
    raise RuntimeError("audit chain is contended; event not recorded")


def verify_chain(session: Session) -> int | None:
    """Return the id of the first event that breaks the chain, or None if intact."""
    prev = GENESIS
    for event in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
        if event.prev_hash != prev or _digest(prev, event) != event.hash:
            return event.id
        prev = event.hash
    return None
