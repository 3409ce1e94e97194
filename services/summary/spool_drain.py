"""The summary service's catch-up once the database is back: spooled texts, accepted sends.

Drained here rather than by a worker: there is one summary service, it
already does the database's catch-up work every tick, and it needs no Redis
to run (a worker's loop is RQ's, on Redis). A stored crisis text's alert is
enqueued as the intake would have; if Redis cannot take it, the tick's sweep
finds the pending alert in the database. The spool must be a directory the
intake and this service share (docker-compose.yml mounts one volume in both).

Sends the mail server accepted while the database was away are recorded
here too, from their marks in Redis (:mod:`shared.infra.accepted`).
"""

from __future__ import annotations

import logging
import threading
import time

from services import runtime
from services.summary.jobs import record_mark
from shared.infra import accepted
from shared.infra.jobs import enqueue_received
from shared.kernel.defaults import (
    RECORD_SENT_WITHIN_SECONDS,
    SPOOL_DRAIN_BATCH,
    SPOOL_DRAIN_SECONDS,
)
from shared.noticings.incoming import SmsResult
from shared.noticings.spool import DrainResult, Spool, drain

log = logging.getLogger(__name__)


def spool_of(ctx: runtime.Context) -> Spool:
    settings = ctx.settings
    return Spool(
        settings.spool_dir, max_files=settings.spool_max_files, max_bytes=settings.spool_max_bytes
    )


def drain_spool(ctx: runtime.Context, spool: Spool | None = None) -> DrainResult | None:
    """Store what the spool holds (a batch); None when it is empty. Errors are logged, not raised.

    Logs counts only: the texts are client material.
    """
    spool = spool or spool_of(ctx)
    waiting = spool.state().files
    if not waiting:
        return None

    def hand_off(result: SmsResult) -> None:
        enqueue_received(ctx.queues, tag=result.enqueue_tag, alert=result.enqueue_alert)

    try:
        result = drain(
            spool, ctx.db.session, ctx.keys, ctx.settings, hand_off, limit=SPOOL_DRAIN_BATCH
        )
    except Exception as error:  # the database still away: the texts wait, safe on disk
        log.warning("spool: %d texts waiting; database not taking them (%s)", waiting, error)
        return None
    log.info(
        "spool: %d texts stored (%d crisis alerts raised), %d already stored, "
        "%d unreadable, %d left",
        result.stored,
        result.alerts,
        result.duplicates,
        result.unreadable,
        result.left,
    )
    return result


def record_accepted_sends(ctx: runtime.Context) -> int:
    """Sends the mail server accepted whose recording was given up: recorded now, not resent.

    Only marks older than the sender's own recording window, so a send being
    recorded right now by its job is left to it. Errors are logged, not raised.
    """
    recorded = 0
    try:
        marks = [
            mark
            for mark in accepted.all_marks(ctx.queues.redis)
            if time.time() - mark.at > RECORD_SENT_WITHIN_SECONDS
        ]
        for mark in marks:
            record_mark(ctx, mark, retry=False)
            recorded += 1
    except Exception as error:  # the database or Redis still away: the marks wait
        log.warning("accepted sends not recorded yet (%s)", type(error).__name__)
    if recorded:
        log.info("recorded %d sends the mail server had accepted earlier", recorded)
    return recorded


def wait_draining(ctx: runtime.Context, stop: threading.Event, interval_s: float) -> None:
    """Wait ``interval_s`` (or until stopped), draining the spool every few seconds meanwhile.

    A crisis text spooled in an outage gets its alert within seconds of the
    database's return, not at the next tick a minute later.
    """
    end = time.monotonic() + interval_s
    spool = spool_of(ctx)
    while not stop.is_set():
        drain_spool(ctx, spool)
        record_accepted_sends(ctx)
        remaining = end - time.monotonic()
        if remaining <= 0:
            return
        stop.wait(min(SPOOL_DRAIN_SECONDS, remaining))
