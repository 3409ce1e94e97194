"""How long an inbound MessageSid is remembered, so a redelivered webhook does nothing twice.

Twilio redelivers a webhook within hours (its retries, then the fallback
URL), never months later. ``processed_messages`` therefore keeps a sid for
the replay window (``CARRYBACK_REPLAY_WINDOW_DAYS``, 7 by default) and the
summary's sweep prunes older rows, in small batches so the intake's inserts
never wait long behind the delete.

Except the sids whose fresh answer could carry the client's words: PLAN, PRACTICE
and YES (whatever they were answered with then: a plan written since would go
out now), and the silent answers to those words. They are kept for good, so a
captured, signed request replayed months later still finds its row and gets
the fixed answer, never the plan or the practice. Clients send few of them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from shared.db.models import ProcessedMessage
from shared.noticings.incoming import (
    CONSENT,
    PLAN_NONE,
    PLAN_SENT,
    PLAN_WITHHELD,
    PRACTICE_NONE,
    PRACTICE_SENT,
    SILENT,
)

PRUNE_BATCH = 2000
# Outcomes never pruned: a fresh answer to their words could carry client words.
KEPT_FOR_GOOD = (
    CONSENT,
    PLAN_NONE,
    PLAN_SENT,
    PLAN_WITHHELD,
    PRACTICE_NONE,
    PRACTICE_SENT,
    SILENT,
)


def prune_processed(session: Session, now: datetime, window: timedelta) -> int:
    """Delete one batch of sids received before ``now - window``; how many went.

    Sids in :data:`KEPT_FOR_GOOD` stay whatever their age.
    """
    cutoff = now - window
    oldest = (
        select(ProcessedMessage.message_sid)
        .where(
            ProcessedMessage.received_at < cutoff,
            ProcessedMessage.outcome.not_in(KEPT_FOR_GOOD),
        )
        .limit(PRUNE_BATCH)
    )
    gone = session.execute(
        delete(ProcessedMessage).where(ProcessedMessage.message_sid.in_(oldest.scalar_subquery()))
    )
    return gone.rowcount or 0
