"""Job queues on Redis (RQ). Jobs carry ids only, serialised as JSON.

Every enqueue happens after the database commit, and every job is a state
transition that is a no-op when already done, so an enqueue that fails (Redis
down) or is repeated (the sweep, a redelivered webhook) loses and duplicates
nothing: the sweep finds rows still waiting and enqueues them again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from shared import alerts, defaults
from shared.db.models import Noticing, NoticingStatus, utcnow
from shared.defaults import MAIL_RETRY_INTERVALS, TAG_RETRY_INTERVALS, VOICE_RETRY_INTERVALS

log = logging.getLogger(__name__)

URGENT = "carryback-urgent"
DEFAULT = "carryback"
VOICE = "carryback-voice"
QUEUES = (URGENT, DEFAULT, VOICE)

TAG_JOB = "services.worker.jobs.tag_noticing"
TRANSCRIBE_JOB = "services.worker.jobs.transcribe_voice"
ALERT_JOB = "services.summary.jobs.send_crisis_alert"
BRIEF_JOB = "services.summary.jobs.send_brief"

# Backoff for transient failures; permanent ones never reach a retry.
_TAG_RETRY = Retry(max=len(TAG_RETRY_INTERVALS), interval=list(TAG_RETRY_INTERVALS))
_VOICE_RETRY = Retry(max=len(VOICE_RETRY_INTERVALS), interval=list(VOICE_RETRY_INTERVALS))
_LIVE = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED}
_MAIL_RETRY = Retry(max=len(MAIL_RETRY_INTERVALS), interval=list(MAIL_RETRY_INTERVALS))
# An alert job is stopped (and releases its claim) before its lease runs out.
_ALERT_TIMEOUT_S = int(alerts.ALERT_LEASE.total_seconds()) - 10


def connect(url: str) -> Redis:
    return Redis.from_url(
        url,
        socket_connect_timeout=defaults.REDIS_CONNECT_TIMEOUT_SECONDS,
        socket_timeout=defaults.REDIS_SOCKET_TIMEOUT_SECONDS,
    )


class JobQueues:
    """The project's queues on one Redis connection."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self.queues = {
            name: Queue(name, connection=redis, serializer=JSONSerializer) for name in QUEUES
        }

    def enqueue_tag(self, noticing_id: str, *, skip_if_live: bool = False) -> bool:
        return self._enqueue(
            DEFAULT, TAG_JOB, noticing_id, f"tag-{noticing_id}", _TAG_RETRY, skip_if_live
        )

    def enqueue_transcribe(self, noticing_id: str, *, skip_if_live: bool = False) -> bool:
        return self._enqueue(
            VOICE,
            TRANSCRIBE_JOB,
            noticing_id,
            f"transcribe-{noticing_id}",
            _VOICE_RETRY,
            skip_if_live,
        )

    def enqueue_alert(self, noticing_id: str, *, skip_if_live: bool = False) -> bool:
        return self._enqueue(
            URGENT,
            ALERT_JOB,
            noticing_id,
            f"alert-{noticing_id}",
            _MAIL_RETRY,
            skip_if_live,
            timeout_s=_ALERT_TIMEOUT_S,
        )

    def enqueue_brief(self, session_id: str) -> bool:
        return self._enqueue(DEFAULT, BRIEF_JOB, session_id, f"brief-{session_id}", _MAIL_RETRY)

    def _is_live(self, job_id: str) -> bool:
        """Is a job with this id still waiting, running or scheduled for a retry?"""
        try:
            job = Job.fetch(job_id, connection=self.redis, serializer=JSONSerializer)
        except NoSuchJobError:
            return False
        return job.get_status() in _LIVE

    def _enqueue(
        self,
        queue: str,
        func: str,
        row_id: str,
        job_id: str,
        retry: Retry,
        skip_if_live: bool = False,
        timeout_s: int = defaults.JOB_TIMEOUT_SECONDS,
    ) -> bool:
        """Enqueue by id; False (and a warning) when Redis cannot take it now.

        ``skip_if_live`` is for the sweep: a row whose job is merely still
        queued (or waiting for a retry) is left alone rather than doubled.
        """
        try:
            if skip_if_live and self._is_live(job_id):
                return False
            self.queues[queue].enqueue(
                func,
                row_id,
                job_id=job_id,
                retry=retry,
                job_timeout=timeout_s,
                result_ttl=defaults.RESULT_TTL_SECONDS,
                failure_ttl=defaults.FAILURE_TTL_SECONDS,
            )
        except RedisError as error:
            log.warning(
                "could not enqueue %s (%s); the sweep will retry", job_id, type(error).__name__
            )
            return False
        return True


@dataclass(frozen=True)
class StaleWork:
    """Rows whose job Redis may have lost, read in one transaction, enqueued after it."""

    to_tag: list[str] = field(default_factory=list)
    to_transcribe: list[str] = field(default_factory=list)
    alerts: list[str] = field(default_factory=list)
    # Claimed by a sender that died: its job may still look "started" in Redis.
    expired_alerts: list[str] = field(default_factory=list)


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
    waiting = session.execute(
        select(Noticing.id, Noticing.status).where(
            Noticing.status.in_(_STUCK_BEFORE_TAGGING), Noticing.updated_at <= cutoff
        )
    ).all()
    work = StaleWork()
    for noticing_id, status in waiting:
        if status == NoticingStatus.RECEIVED:
            work.to_tag.append(noticing_id)
        else:
            work.to_transcribe.append(noticing_id)
    work.alerts.extend(alerts.pending_alerts(session, before=cutoff))
    work.expired_alerts.extend(alerts.expired_leases(session, now))
    return work


_STUCK_BEFORE_TAGGING = (
    NoticingStatus.RECEIVED,
    NoticingStatus.PENDING,
    NoticingStatus.TRANSCRIBED,
)


def enqueue_stale_work(queues: JobQueues, work: StaleWork) -> int:
    """Enqueue what :func:`find_stale_work` found; call it after that transaction ended.

    Redis calls never run inside a database transaction: on SQLite that
    transaction holds the write lock, and the intake would wait behind Redis.
    """
    count = sum(queues.enqueue_alert(i, skip_if_live=True) for i in work.alerts)
    count += sum(queues.enqueue_alert(i) for i in work.expired_alerts)
    count += sum(queues.enqueue_transcribe(i, skip_if_live=True) for i in work.to_transcribe)
    count += sum(queues.enqueue_tag(i, skip_if_live=True) for i in work.to_tag)
    return count
