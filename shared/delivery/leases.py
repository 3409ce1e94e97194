"""Send leases: the claim a job holds on a row while it sends a brief or an alert.

A row goes ``sending`` with the time it was claimed; a job that dies leaves it
there. The sweep reads every claim (:func:`sending_claims`), asks RQ which of
their jobs died with a worker, and hands those rows back for a retry
(:func:`release_orphaned`) only if the claim is still the one it saw, so a
claim taken meanwhile by a live job is never released under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy import update
from sqlalchemy.orm import InstrumentedAttribute, Session

ORPHANED = "its worker died while sending"


@dataclass(frozen=True)
class Lease:
    """Which columns of a table hold a send lease, and the status values it moves between."""

    row_id: InstrumentedAttribute
    status: InstrumentedAttribute
    claimed_at: InstrumentedAttribute
    error: InstrumentedAttribute
    sending: Enum
    retry: Enum


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
        .values({lease.status: lease.retry, lease.error: ORPHANED})
    )
    return result.rowcount == 1
