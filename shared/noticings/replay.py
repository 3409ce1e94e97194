"""How long an inbound MessageSid is remembered, so a redelivered webhook does nothing twice.

Twilio redelivers a webhook within hours (its retries, then the fallback
URL), never months later. ``processed_messages`` therefore keeps a sid for
the replay window (``CARRYBACK_REPLAY_WINDOW_DAYS``, 7 by default) and the
summary's sweep prunes older rows, in small batches so the intake's inserts
never wait long behind the delete.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from shared.db.models import ProcessedMessage

PRUNE_BATCH = 2000


def prune_processed(session: Session, now: datetime, window: timedelta) -> int:
    """Delete one batch of sids received before ``now - window``; how many went."""
    cutoff = now - window
    oldest = (
        select(ProcessedMessage.message_sid)
        .where(ProcessedMessage.received_at < cutoff)
        .limit(PRUNE_BATCH)
    )
    gone = session.execute(
        delete(ProcessedMessage).where(ProcessedMessage.message_sid.in_(oldest.scalar_subquery()))
    )
    return gone.rowcount or 0
