"""The sweep: work whose job Redis may have lost, found in the database and enqueued again.

The database is the source of truth; Redis only carries ids. The summary
service sweeps every tick; a worker sweeps once as it starts, before it works.
The summary's sweep also asks Twilio for the recordings of calls whose
recording callback never came (:func:`reconcile_recordings`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from redis.exceptions import RedisError
from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.db import Database
from shared.db.models import UNFINISHED_STATUSES, Noticing, NoticingStatus, in_literals, utcnow
from shared.delivery import alerts, briefing, leases
from shared.infra.channels import ChannelError
from shared.infra.jobs import ALERT, BRIEF, JobQueues, nearly_full
from shared.kernel import defaults
from shared.noticings import voice

if TYPE_CHECKING:
    from services.runtime import Context

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaleWork:
    """Rows whose job Redis may have lost, read in one transaction, enqueued after it."""

    to_tag: list[str] = field(default_factory=list)
    to_transcribe: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    # Claimed by a sender that died: its job may still look "started" in Redis.
    expired_alerts: list[str] = field(default_factory=list)
    # Claimed for sending long ago; their job may be gone from Redis.
    queued_briefs: list[str] = field(default_factory=list)


def find_stale_work(
    session: Session, *, older_than_s: int, now: datetime | None = None
) -> StaleWork:
    """Noticings stuck before tagging, and crisis alerts not yet sent (or past their lease).

    Only rows older than ``older_than_s`` are taken, so a noticing whose job is
    simply still queued is not enqueued twice in the normal case (and if it
    is, the job is idempotent). An alert past its lease is always taken.
    """
    now = now or utcnow()
    cutoff = now - timedelta(seconds=older_than_s)
    # Bounded: after an outage the rest are found by the next ticks, and a
    # Redis that just got memory back is not filled again in one go.
    waiting = session.execute(
        select(Noticing.id, Noticing.status)
        .where(in_literals(Noticing.status, UNFINISHED_STATUSES), Noticing.updated_at <= cutoff)
        .order_by(Noticing.updated_at)
        .limit(defaults.SWEEP_BATCH)
    ).all()
    work = StaleWork()
    for noticing_id, status in waiting:
        if status == NoticingStatus.RECEIVED:
            work.to_tag.append(noticing_id)
        else:
            work.to_transcribe.append(noticing_id)
    # Crisis alerts are not left to RQ's backoff (minutes to an hour between
    # attempts): one still pending is looked at again this soon after its last try.
    retry_after_s = min(older_than_s, defaults.ALERT_RETRY_EVERY_SECONDS)
    alert_cutoff = now - timedelta(seconds=retry_after_s)
    work.alerts.extend(alerts.pending_alerts(session, before=alert_cutoff))
    work.expired_alerts.extend(alerts.expired_leases(session, now))
    work.queued_briefs.extend(briefing.queued_sessions(session, before=cutoff))
    # A brief being sent is taken back only once its lease is over (its job claims it then).
    work.queued_briefs.extend(briefing.expired_leases(session, now))
    return work


def enqueue_stale_work(
    queues: JobQueues, work: StaleWork, *, mail_answers: Callable[[], bool] | None = None
) -> int:
    """Enqueue what :func:`find_stale_work` found; call it after that transaction ended.

    Redis calls never run inside a database transaction: on SQLite that
    transaction holds the write lock, and the intake would wait behind Redis.

    An alert whose job waits for a retry RQ scheduled later is queued now
    when ``mail_answers()`` says the mail server is back (asked once, only
    then): its retry would otherwise wait out RQ's backoff, up to an hour.
    Attempts are not spent while the mail server does not even answer.
    """
    scheduled = [i for i in work.alerts if queues.alert_retry_scheduled(i)]
    count = sum(
        queues.enqueue_alert(i, skip_if_live=True) for i in work.alerts if i not in scheduled
    )
    if scheduled and mail_answers is not None and mail_answers():
        count += sum(queues.retry_alert_now(i) for i in scheduled)
    count += sum(queues.enqueue_alert(i) for i in work.expired_alerts)
    held_back = len(work.queued_briefs) + len(work.to_transcribe) + len(work.to_tag)
    if held_back and nearly_full(queues.redis):
        # Crisis alerts only: the rest wait in the database until Redis has room.
        log.warning("Redis is nearly full: %d waiting jobs left for a later sweep", held_back)
        return count
    count += sum(queues.enqueue_brief(i, skip_if_live=True) for i in work.queued_briefs)
    count += sum(queues.enqueue_transcribe(i, skip_if_live=True) for i in work.to_transcribe)
    count += sum(queues.enqueue_tag(i, skip_if_live=True) for i in work.to_tag)
    return count


def recover_interrupted_sends(db: Database, queues: JobQueues) -> int:
    """Jobs a worker that died was running: enqueued again at once.

    Alerts and briefs it had claimed are released first, then enqueued;
    tagging and transcription jobs are simply run again (they are idempotent).

    Their lease would free them too, but only after the longest a send may
    take; a dead worker's heartbeat runs out sooner. Each claim is released
    only if it is still the one seen, so a sender that finished meanwhile (or
    another sweep) wins. Database and Redis are never used in one transaction.
    """
    with db.session() as session:
        alert_claims = leases.sending_claims(session, alerts.LEASE)
        brief_claims = leases.sending_claims(session, briefing.LEASE)
    try:
        dead_alerts = [c for c in alert_claims if queues.interrupted(ALERT.job_id(c[0]))]
        dead_briefs = [c for c in brief_claims if queues.interrupted(BRIEF.job_id(c[0]))]
    except RedisError as error:
        log.warning("cannot look for interrupted sends (%s)", type(error).__name__)
        return 0
    with db.session() as session:
        released_alerts = [
            i for i, at in dead_alerts if leases.release_orphaned(session, alerts.LEASE, i, at)
        ]
        released_briefs = [
            i for i, at in dead_briefs if leases.release_orphaned(session, briefing.LEASE, i, at)
        ]
    count = sum(queues.enqueue_alert(i) for i in released_alerts)
    count += sum(queues.enqueue_brief(i) for i in released_briefs)
    try:
        count += queues.requeue_interrupted()
    except RedisError as error:
        log.warning("cannot look for interrupted jobs (%s)", type(error).__name__)
    if count:
        log.warning("re-enqueued %d jobs whose worker died", count)
    return count


def reconcile_recordings(ctx: Context, now: datetime) -> int:
    """Calls whose recording callback was lost: their recordings, from Twilio, stored and queued.

    Twilio lists a call's recordings by CallSid; each is stored exactly as
    the callback would have stored it (shared.noticings.voice), then queued
    for transcription, which deletes Twilio's copy as usual. Each call is
    claimed just before Twilio is asked; when Twilio cannot be reached the
    rest wait for a later tick (unclaimed, so no look-up is spent on them).
    Returns how many notes were queued.
    """
    with ctx.db.session() as session:
        calls = voice.calls_to_reconcile(session, now)
    to_transcribe: list[str] = []
    for call_sid in calls:
        with ctx.db.session() as session:
            if not voice.claim_call_check(session, call_sid, now):
                continue
        try:
            recordings = ctx.twilio.list_recordings(call_sid)
        except ChannelError as error:
            log.warning("recordings of call %s not listed (%s); asked again later", call_sid, error)
            if not error.permanent:
                break
            continue
        with ctx.db.session() as session:
            to_transcribe += voice.take_call_recordings(session, call_sid, recordings, now)
    if to_transcribe:
        log.warning("%d voice notes whose recording callback was lost, found", len(to_transcribe))
    return sum(ctx.queues.enqueue_transcribe(noticing_id) for noticing_id in to_transcribe)
