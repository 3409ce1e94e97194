"""Upkeep the summary's tick does beside the sweep: owed deletes at Twilio, old replay records.

* A stray recording (a call not taken, shared.noticings.strays) whose delete
  job Redis lost is queued again once it is older than the sweep's delay.
* ``processed_messages`` older than the replay window are pruned
  (shared.noticings.replay), a batch per transaction.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from shared.noticings import replay, strays

if TYPE_CHECKING:
    from services.runtime import Context

log = logging.getLogger(__name__)
# Batches per tick: a backlog after an upgrade is worked off over a few ticks.
MAX_PRUNE_BATCHES = 10


def upkeep(ctx: Context, now: datetime) -> int:
    """One pass; returns how many stray deletes were queued again. Safe from several processes."""
    with ctx.db.session() as session:
        owed = strays.owed_before(
            session, now - timedelta(seconds=ctx.settings.sweep_after_seconds)
        )
    queued = sum(ctx.queues.enqueue_discard(sid, skip_if_live=True) for sid in owed)
    pruned = prune_replay_records(ctx, now)
    if queued or pruned:
        log.info(
            "upkeep: %d stray recording deletes queued, %d replay records pruned", queued, pruned
        )
    return queued


def prune_replay_records(ctx: Context, now: datetime) -> int:
    """Processed MessageSids older than the replay window, deleted; how many."""
    window = timedelta(days=ctx.settings.replay_window_days)
    total = 0
    for _ in range(MAX_PRUNE_BATCHES):
        with ctx.db.session() as session:
            gone = replay.prune_processed(session, now, window)
        total += gone
        if gone < replay.PRUNE_BATCH:
            break
    return total
