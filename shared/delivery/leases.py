"""Send leases: the claim a job holds on a row while it sends a brief or an alert.

A row goes ``sending`` with the time it was claimed; a job that dies leaves it
there. The sweep reads every claim (:func:`sending_claims`), asks RQ which of
their jobs died with a worker, and hands those rows back for a retry
(:func:`release_orphaned`) only if the claim is still the one it saw, so a
claim taken meanwhile by a live job is never released under it.

Crisis alerts and briefs hold the same kind of lease, on different columns;
:class:`Lease` names the columns and statuses, and the moves below are the
one state machine both follow: ready -> sending -> sent, or back to ready
for a retry, or failed for good.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from shared.kernel.defaults import ERROR_TEXT_LENGTH
from shared.vault import audit

ORPHANED = "its worker died while sending"


@dataclass(frozen=True)
class Lease:
    """Which columns of a table hold a send lease, and the status values it moves between."""

    row_id: InstrumentedAttribute
    status: InstrumentedAttribute
    claimed_at: InstrumentedAttribute
    error: InstrumentedAttribute
    attempts: InstrumentedAttribute
    ready: Enum  # what a job claims from, and what a retry goes back to
    sending: Enum
    failed: Enum
    length: timedelta  # a claim older than this may be taken by another job
    subject_type: str  # how the audit trail names the row ("noticing", "session")
    noun: str  # and what was sent ("alert", "brief"): actions "<noun>.failed"


def lease_over(lease: Lease, now: datetime) -> ColumnElement[bool]:
    """Still ``sending`` although the claim is older than the lease (or was never stamped)."""
    return (lease.status == lease.sending) & or_(
        lease.claimed_at.is_(None), lease.claimed_at <= now - lease.length
    )


def claim(session: Session, lease: Lease, row_id: str, now: datetime) -> int | None:
    """ready (or sending past its lease) -> sending; this claim's attempt number, or None
    when another job holds it or it is done."""
    claimed = session.execute(
        update(lease.row_id.class_)
        .where(lease.row_id == row_id, or_(lease.status == lease.ready, lease_over(lease, now)))
        .values(
            {lease.status: lease.sending, lease.claimed_at: now, lease.attempts: lease.attempts + 1}
        )
    ).rowcount
    if not claimed:
        return None
    return session.execute(select(lease.attempts).where(lease.row_id == row_id)).scalar_one()


def release_for_retry(session: Session, lease: Lease, row_id: str, error: str) -> None:
    """sending -> ready after a failure worth retrying; the reason is kept."""
    session.execute(
        update(lease.row_id.class_)
        .where(lease.row_id == row_id, lease.status == lease.sending)
        .values({lease.status: lease.ready, lease.error: error[:ERROR_TEXT_LENGTH]})
    )


def mark_failed(session: Session, lease: Lease, row_id: str, error: str, *, actor: str) -> None:
    """Given up for good, and audited; the reason (never client material) is kept."""
    reason = error[:ERROR_TEXT_LENGTH]
    session.execute(
        update(lease.row_id.class_)
        .where(lease.row_id == row_id)
        .values({lease.status: lease.failed, lease.error: reason})
    )
    audit.record(
        session,
        actor=actor,
        action=f"{lease.noun}.failed",
        subject_type=lease.subject_type,
        subject_id=row_id,
        detail=reason,
    )


def expired(session: Session, lease: Lease, now: datetime) -> list[str]:
    """Rows still ``sending`` past their lease: their sender died or hung."""
    return list(session.execute(select(lease.row_id).where(lease_over(lease, now))).scalars())


def sending_claims(session: Session, lease: Lease) -> list[tuple[str, datetime | None]]:
    """(row id, claimed at) of every row some job says it is sending."""
    rows = session.execute(
        lease.row_id.table.select()
        .with_only_columns(lease.row_id, lease.claimed_at)
        .where(lease.status == lease.sending)
    )
    return [(row[0], row[1]) for row in rows]


def release_orphaned(
    session: Session, lease: Lease, row_id: str, claimed_at: datetime | None
) -> bool:
    """sending -> retry for a claim whose worker died, without waiting for the lease to run out."""
    claimed = lease.claimed_at
    same_claim = claimed.is_(None) if claimed_at is None else claimed == claimed_at
    result = session.execute(
        update(lease.row_id.class_)
        .where(lease.row_id == row_id, lease.status == lease.sending, same_claim)
        .values({lease.status: lease.ready, lease.error: ORPHANED})
    )
    return result.rowcount == 1
