"""The summary loop: every minute, the database says what is due.

It enqueues briefs that came due (each session exactly once, claimed in the
database), crisis alerts still pending, noticings stuck before tagging
(Redis was down, or flushed), sends whose worker died mid-way, voice notes
whose recording callback was lost (asked of Twilio by CallSid), reminders and
nudges due now, and the clinician's notice about a number found to be a landline. A restart
or a Redis flush loses nothing: the next tick finds the same rows. Each tick that completes
sets the loop's heartbeat in Redis (:mod:`services.summary.heartbeat`).
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from services import runtime
from services.summary import heartbeat, spool_drain
from services.sweep import (
    enqueue_stale_work,
    find_stale_work,
    reconcile_recordings,
    recover_interrupted_sends,
)
from services.upkeep import upkeep
from shared.db.clock import database_now
from shared.delivery.briefing import due_sessions
from shared.outreach import messaging

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tick:
    briefs: int
    swept: int
    messages: int = 0


def tick(ctx: runtime.Context, now: datetime | None = None) -> Tick:
    """One pass; safe to run from several processes at once.

    Its "now" is the database's (:mod:`shared.db.clock`), never this host's:
    every time it compares against was written by some other host.
    """
    with ctx.db.session() as session:
        now = now or database_now(session)
        claimed = due_sessions(session, now)
    queued = 0
    for session_id in claimed:
        # A failed enqueue leaves the session claimed; it is re-queued once
        # the claim goes stale, so a Redis outage delays a brief, never drops it.
        queued += ctx.queues.enqueue_brief(session_id)
    with ctx.db.session() as session:
        stale = find_stale_work(session, older_than_s=ctx.settings.sweep_after_seconds, now=now)
    swept = enqueue_stale_work(ctx.queues, stale, mail_answers=lambda: mail_answers(ctx))
    swept += recover_interrupted_sends(ctx.db, ctx.queues)
    swept += reconcile_recordings(ctx, now)
    swept += upkeep(ctx, now)  # owed deletes of stray recordings; old replay records pruned
    messages = messages_tick(ctx, now)
    if queued or swept:
        log.info("summary tick: %d briefs queued, %d noticings/alerts re-queued", queued, swept)
    return Tick(queued, swept, messages)


def mail_answers(ctx: runtime.Context) -> bool:
    """Does the mail server answer (connect, EHLO, login, NOOP)? No message is sent."""
    try:
        probe = getattr(ctx.mailer, "answers", None)
        return bool(probe is not None and probe())
    except Exception:
        return False


def messages_tick(ctx: runtime.Context, now: datetime) -> int:
    """Reminders and nudges due now become rows, then jobs; lost jobs are queued again."""
    with ctx.db.session() as session:
        created = messaging.claim_due(session, now)
    with ctx.db.session() as session:
        waiting = messaging.waiting_messages(
            session, now, timedelta(seconds=ctx.settings.sweep_after_seconds)
        )
        landlines = messaging.landlines_to_tell(session)
    queued = ctx.queues.enqueue_messages(created)
    for message_id in set(waiting) - set(created):
        queued += ctx.queues.enqueue_message(message_id, skip_if_live=True)
    for client_id in landlines:
        ctx.queues.enqueue_landline_notice(client_id, skip_if_live=True)
    if created or queued:
        log.info("summary tick: %d messages due, %d queued", len(created), queued)
    return queued


def run_forever(ctx: runtime.Context | None = None, *, interval_s: float | None = None) -> None:
    """Tick every interval until SIGTERM or SIGINT; an error in one tick is logged, not fatal."""
    ctx = ctx or runtime.context()
    interval = interval_s or ctx.settings.summary_interval_seconds
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    log.info("summary loop every %ss", interval)
    while not stop.is_set():
        tick_and_beat(ctx, interval)
        spool_drain.wait_draining(ctx, stop, interval)


def tick_and_beat(ctx: runtime.Context, interval_s: float) -> bool:
    """One tick of the loop; whether it completed. An error is logged, never raised.

    Only a tick that did its work sets the heartbeat: a loop that keeps
    failing lets it lapse, and `carryback doctor` says so.
    """
    try:
        tick(ctx)
    except Exception:  # a database blip must not end the loop
        log.exception("summary tick failed; next tick in %ss", interval_s)
        return False
    heartbeat.beat(ctx.queues.redis, interval_s)
    return True
