"""The summary loop: every minute, the database says what is due.

It enqueues briefs that came due (each session exactly once, claimed in the
database), crisis alerts still pending, and noticings stuck before tagging
(Redis was down, or flushed). A restart or a Redis flush loses nothing: the
next tick finds the same rows.
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass
from datetime import datetime

from shared import runtime
from shared.briefing import due_sessions
from shared.db.models import utcnow
from shared.queue import enqueue_stale_work, find_stale_work

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tick:
    briefs: int
    swept: int


def tick(ctx: runtime.Context, now: datetime | None = None) -> Tick:
    """One pass; safe to run from several processes at once."""
    now = now or utcnow()
    with ctx.db.session() as session:
        claimed = due_sessions(session, now)
    queued = 0
    for session_id in claimed:
        # A failed enqueue leaves the session claimed; it is re-queued once
        # the claim goes stale, so a Redis outage delays a brief, never drops it.
        queued += ctx.queues.enqueue_brief(session_id)
    with ctx.db.session() as session:
        stale = find_stale_work(session, older_than_s=ctx.settings.sweep_after_seconds, now=now)
    swept = enqueue_stale_work(ctx.queues, stale)
    if queued or swept:
        log.info("summary tick: %d briefs queued, %d noticings/alerts re-queued", queued, swept)
    return Tick(queued, swept)


def run_forever(ctx: runtime.Context | None = None, *, interval_s: float | None = None) -> None:
    """Tick every interval until SIGTERM or SIGINT; an error in one tick is logged, not fatal."""
    ctx = ctx or runtime.context()
    interval = interval_s or ctx.settings.summary_interval_seconds
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    log.info("summary loop every %ss", interval)
    while not stop.is_set():
        try:
            tick(ctx)
        except Exception:  # a database blip must not end the loop
            log.exception("summary tick failed; next tick in %ss", interval)
        stop.wait(interval)
