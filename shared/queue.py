"""Job queues on Redis (RQ). Jobs carry ids only, serialised as JSON.

Every enqueue happens after the database commit, and every job is a state
transition that is a no-op when already done, so an enqueue that fails (Redis
down) or is repeated (the sweep, a redelivered webhook) loses and duplicates
nothing: the sweep finds rows still waiting and enqueues them again.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.db.models import Noticing, utcnow

log = logging.getLogger(__name__)

URGENT = "carryback-urgent"
DEFAULT = "carryback"
VOICE = "carryback-voice"
QUEUES = (URGENT, DEFAULT, VOICE)

TAG_JOB = "services.worker.jobs.tag_noticing"
TRANSCRIBE_JOB = "services.worker.jobs.transcribe_voice"
ALERT_JOB = "services.summary.jobs.send_crisis_alert"
BRIEF_JOB = "services.summary.jobs.send_brief"
MESSAGE_JOB = "services.worker.jobs.send_message"

# Backoff for transient failures; permanent ones never reach a retry.
_TAG_RETRY = Retry(max=5, interval=[5, 30, 120, 600, 1800])
_VOICE_RETRY = Retry(max=6, interval=[5, 15, 30, 60, 120, 300])
_LIVE = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED}
_MAIL_RETRY = Retry(max=8, interval=[30, 60, 120, 300, 600, 900, 1800, 3600])
# Short: a reminder is worth sending only within minutes of its slot.
_SMS_RETRY = Retry(max=5, interval=[5, 15, 30, 60, 120])


def connect(url: str) -> Redis:
    return Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)


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
            URGENT, ALERT_JOB, noticing_id, f"alert-{noticing_id}", _MAIL_RETRY, skip_if_live
        )

    def enqueue_brief(self, session_id: str) -> bool:
        return self._enqueue(DEFAULT, BRIEF_JOB, session_id, f"brief-{session_id}", _MAIL_RETRY)

    def enqueue_message(
        self, message_id: str, *, urgent: bool = False, skip_if_live: bool = False
    ) -> bool:
        queue = URGENT if urgent else DEFAULT
        job_id = f"message-{message_id}"
        return self._enqueue(queue, MESSAGE_JOB, message_id, job_id, _SMS_RETRY, skip_if_live)

    def enqueue_messages(self, message_ids: list[str]) -> int:
        """Many fresh rows at once (a tick's reminders), in Redis pipelines of 1,000."""
        queue = self.queues[DEFAULT]
        done = 0
        for start in range(0, len(message_ids), 1000):
            chunk = message_ids[start : start + 1000]
            data = [
                Queue.prepare_data(
                    MESSAGE_JOB,
                    (message_id,),
                    job_id=f"message-{message_id}",
                    retry=_SMS_RETRY,
                    timeout=600,
                    result_ttl=3600,
                    failure_ttl=30 * 24 * 3600,
                )
                for message_id in chunk
            ]
            try:
                queue.enqueue_many(data)
            except RedisError as error:
                log.warning("could not enqueue %d messages (%s)", len(chunk), type(error).__name__)
                continue  # left pending: the next ticks' sweep queues them again
            done += len(chunk)
        return done

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
                job_timeout=600,
                result_ttl=3600,
                failure_ttl=30 * 24 * 3600,
            )
        except RedisError as error:
            log.warning(
                "could not enqueue %s (%s); the sweep will retry", job_id, type(error).__name__
            )
            return False
        return True


def sweep_noticings(session: Session, queues: JobQueues, *, older_than_s: int) -> int:
    """Re-enqueue noticings stuck before tagging and crisis alerts not yet sent.

    Only rows older than ``older_than_s`` are taken, so a noticing whose job is
    simply still queued is not enqueued twice in the normal case (and if it
    is, the job is idempotent).
    """
    cutoff = utcnow() - timedelta(seconds=older_than_s)
    waiting = session.execute(
        select(Noticing.id, Noticing.status).where(
            Noticing.status.in_(("received", "pending", "transcribed")),
            Noticing.updated_at <= cutoff,
        )
    ).all()
    count = 0
    for noticing_id, status in waiting:
        ok = (
            queues.enqueue_transcribe(noticing_id, skip_if_live=True)
            if status in ("pending", "transcribed")
            else queues.enqueue_tag(noticing_id, skip_if_live=True)
        )
        count += ok
    alerts = session.execute(
        select(Noticing.id).where(Noticing.crisis_alert == "pending", Noticing.updated_at <= cutoff)
    ).scalars()
    for noticing_id in alerts:
        count += queues.enqueue_alert(noticing_id, skip_if_live=True)
    return count
