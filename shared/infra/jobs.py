"""Job queues on Redis (RQ). Jobs carry ids only, serialised as JSON.

Every enqueue happens after the database commit, and every job is a state
transition that is a no-op when already done, so an enqueue that fails (Redis
down) or is repeated (the sweep, a redelivered webhook) loses and duplicates
nothing: the sweep finds rows still waiting and enqueues them again.

A job RQ says is ``started`` is alive only while the worker running it is:
workers keep a key in Redis that expires :data:`~shared.kernel.defaults.WORKER_TTL_SECONDS`
after their last heartbeat (services.worker.runner beats while a job runs).
A started job whose worker key is gone was interrupted (SIGKILL, a lost
machine): the sweep takes it out of RQ's started registry and runs it again,
instead of waiting for RQ's own cleanup (the job timeout plus a minute).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from rq import Queue, Retry, Worker
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.registry import StartedJobRegistry
from rq.serializers import JSONSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.delivery import alerts

from shared.delivery import briefing

from shared.kernel import defaults

from shared.delivery import leases
from shared.db import Database
from shared.db.models import Noticing, NoticingStatus, utcnow
from shared.kernel.defaults import (
    MAIL_RETRY_INTERVALS,
    SMS_RETRY_INTERVALS,
    TAG_RETRY_INTERVALS,
    VOICE_RETRY_INTERVALS,
)

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
LANDLINE_NOTICE_JOB = "services.summary.jobs.send_landline_notice"

# Backoff for transient failures; permanent ones never reach a retry.
_TAG_RETRY = Retry(max=len(TAG_RETRY_INTERVALS), interval=list(TAG_RETRY_INTERVALS))
_VOICE_RETRY = Retry(max=len(VOICE_RETRY_INTERVALS), interval=list(VOICE_RETRY_INTERVALS))
_LIVE = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED}
_MAIL_RETRY = Retry(max=len(MAIL_RETRY_INTERVALS), interval=list(MAIL_RETRY_INTERVALS))
_SMS_RETRY = Retry(max=len(SMS_RETRY_INTERVALS), interval=list(SMS_RETRY_INTERVALS))
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

    def enqueue_brief(self, session_id: str, *, skip_if_live: bool = False) -> bool:
        return self._enqueue(
            DEFAULT,
            BRIEF_JOB,
            session_id,
            f"brief-{session_id}",
            _MAIL_RETRY,
            skip_if_live,
            timeout_s=defaults.BRIEF_JOB_TIMEOUT_SECONDS,
        )

    def enqueue_message(
        self, message_id: str, *, urgent: bool = False, skip_if_live: bool = False
    ) -> bool:
        queue = URGENT if urgent else DEFAULT
        job_id = f"message-{message_id}"
        return self._enqueue(queue, MESSAGE_JOB, message_id, job_id, _SMS_RETRY, skip_if_live)

    def enqueue_landline_notice(self, client_id: str, *, skip_if_live: bool = False) -> bool:
        return self._enqueue(
            DEFAULT,
            LANDLINE_NOTICE_JOB,
            client_id,
            f"landline-{client_id}",
            _MAIL_RETRY,
            skip_if_live,
        )

    def enqueue_messages(self, message_ids: list[str]) -> int:
        """Many fresh rows at once (a tick's reminders), in Redis pipelines."""
        queue = self.queues[DEFAULT]
        done = 0
        batch = defaults.ENQUEUE_BATCH
        for start in range(0, len(message_ids), batch):
            chunk = message_ids[start : start + batch]
            data = [
                Queue.prepare_data(
                    MESSAGE_JOB,
                    (message_id,),
                    job_id=f"message-{message_id}",
                    retry=_SMS_RETRY,
                    timeout=defaults.JOB_TIMEOUT_SECONDS,
                    result_ttl=defaults.RESULT_TTL_SECONDS,
                    failure_ttl=defaults.FAILURE_TTL_SECONDS,
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
        """Is a job with this id still waiting, scheduled for a retry, or running on a live worker?

        A started job whose worker died is not: it is taken out of RQ's
        started registry here, so RQ's own cleanup does not run it a second time.
        """
        try:
            job = Job.fetch(job_id, connection=self.redis, serializer=JSONSerializer)
        except NoSuchJobError:
            return False
        status = job.get_status()
        if status == JobStatus.STARTED and not self.worker_alive(job.worker_name):
            self._forget_interrupted(job)
            return False
        return status in _LIVE

    def worker_alive(self, worker_name: str | None) -> bool:
        """Whether that worker's heartbeat key is still in Redis, and not marked dead."""
        if not worker_name:
            return False
        key = Worker.redis_worker_namespace_prefix + worker_name
        with self.redis.pipeline() as pipeline:
            exists, dead = pipeline.exists(key).hexists(key, "death").execute()
        return bool(exists) and not dead

    def interrupted(self, job_id: str) -> bool:
        """Is this job started on a worker that died? (It is then forgotten by RQ.)"""
        try:
            job = Job.fetch(job_id, connection=self.redis, serializer=JSONSerializer)
        except NoSuchJobError:
            return False
        if job.get_status() != JobStatus.STARTED or self.worker_alive(job.worker_name):
            return False
        self._forget_interrupted(job)
        return True

    def requeue_interrupted(self, funcs: tuple[str, ...] = (TAG_JOB, TRANSCRIBE_JOB)) -> int:
        """Run again, at once, tagging and transcription jobs whose worker died.

        They would be swept anyway once their row is ``CARRYBACK_SWEEP_AFTER``
        old; this finds them through RQ's started registries (a handful of
        entries, one per busy worker) as soon as the worker's key runs out.
        Sends are not requeued here: their claim must be released first
        (:func:`recover_interrupted_sends`).
        """
        count = 0
        for queue in self.queues.values():
            for job_id in queue.started_job_registry.get_job_ids(cleanup=False):
                try:
                    job = Job.fetch(job_id, connection=self.redis, serializer=JSONSerializer)
                except NoSuchJobError:
                    continue
                if job.func_name in funcs and self.interrupted(job_id):
                    queue.enqueue_job(job)
                    count += 1
        return count

    def _forget_interrupted(self, job: Job) -> None:
        log.warning("job %s was interrupted: its worker %s died", job.id, job.worker_name)
        registry = StartedJobRegistry(job.origin, connection=self.redis, serializer=JSONSerializer)
        registry.remove_executions(job)

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
    work.queued_briefs.extend(briefing.queued_sessions(session, before=cutoff))
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
        dead_alerts = [c for c in alert_claims if queues.interrupted(f"alert-{c[0]}")]
        dead_briefs = [c for c in brief_claims if queues.interrupted(f"brief-{c[0]}")]
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


# While this key exists a tag job is queued and has not started yet. Every
# tag job, once started, tags every text then waiting (shared.noticings.intake
# tag_waiting), so a text stored meanwhile needs no job of its own: the
# intake's hand-off is then one SET instead of a whole RQ enqueue. The job
# deletes the key before it reads the database, so a text committed after
# that finds the key gone and enqueues the next job. The key expires in case
# its job is lost; a lost job's texts are found by the sweep, as always.
TAG_PENDING_KEY = "carryback:tag-pending"
TAG_PENDING_TTL_S = 10


def enqueue_received(queues: JobQueues, *, tag: Sequence[str], alert: Sequence[str]) -> bool:
    """Alert jobs and the tag hand-off for just-stored noticings (the intake's hot path).

    Alerts are the same jobs as :meth:`JobQueues.enqueue_alert`. Tagging is
    asked for with :data:`TAG_PENDING_KEY`: one round trip when a tag job is
    already waiting, and a tag job (as :meth:`JobQueues.enqueue_tag`) when
    none is. False (and a warning) when Redis cannot take them now: the rows
    are stored, and the sweep enqueues them later.
    """
    try:
        pending_set = _send_alerts_and_mark(queues, alert, tag[0] if tag else None)
        if pending_set:
            _enqueue_tag_jobs(queues, tag)
    except RedisError as error:
        log.warning(
            "could not hand over %d noticing(s) (%s); the sweep will",
            len(tag) + len(alert),
            type(error).__name__,
        )
        return False
    return True


def _send_alerts_and_mark(queues: JobQueues, alert: Sequence[str], first_tag: str | None) -> bool:
    """Alert jobs and the tag-pending mark in one round trip; True when the mark was set now."""
    if not alert and first_tag is None:
        return False
    if not alert:  # the usual text: one command, no transaction around it
        return _mark_tag_pending(queues.redis)
    with queues.redis.pipeline() as pipe:
        for noticing_id in alert:
            queues.queues[URGENT].enqueue_call(
                ALERT_JOB,
                args=(noticing_id,),
                job_id=f"alert-{noticing_id}",
                retry=_MAIL_RETRY,
                timeout=_ALERT_TIMEOUT_S,
                result_ttl=defaults.RESULT_TTL_SECONDS,
                failure_ttl=defaults.FAILURE_TTL_SECONDS,
                pipeline=pipe,
            )
        if first_tag is not None:
            # The value says nothing: no row id outlives a shredded client here.
            pipe.set(TAG_PENDING_KEY, 1, nx=True, ex=TAG_PENDING_TTL_S)
        results = pipe.execute()
    return first_tag is not None and bool(results[-1])


def _mark_tag_pending(redis: Redis) -> bool:
    """``SET TAG_PENDING_KEY 1 NX EX ttl``, sent as bytes encoded once; True when set now.

    The same command and reply as ``redis.set(..., nx=True, ex=...)``, minus
    the client's per-call encoding and retry layers: it is on every text's
    path. A connection found broken (Redis restarted) is replaced once, as
    the client would; a time-out is not retried, so the hand-off's bound holds.
    """
    pool = redis.connection_pool
    for attempt in range(2):
        connection = pool.get_connection()
        try:
            connection.send_packed_command(_packed_mark(connection))
            return connection.read_response() is not None  # nil: the key was already set
        except RedisConnectionError:
            connection.disconnect()
            if attempt:
                raise
        finally:
            pool.release(connection)
    return False  # not reached: the second attempt returns or raises


_PACKED_MARK: list[list[bytes]] = []


def _packed_mark(connection: object) -> list[bytes]:
    if not _PACKED_MARK:
        _PACKED_MARK.append(
            connection.pack_command(  # type: ignore[attr-defined]
                "SET", TAG_PENDING_KEY, 1, "NX", "EX", TAG_PENDING_TTL_S
            )
        )
    return _PACKED_MARK[0]


def _enqueue_tag_jobs(queues: JobQueues, tag: Sequence[str]) -> None:
    """The tag job the pending mark stands for; the mark is dropped if it cannot be queued."""
    try:
        with queues.redis.pipeline() as pipe:
            for noticing_id in tag:
                queues.queues[DEFAULT].enqueue_call(
                    TAG_JOB,
                    args=(noticing_id,),
                    job_id=f"tag-{noticing_id}",
                    retry=_TAG_RETRY,
                    timeout=defaults.JOB_TIMEOUT_SECONDS,
                    result_ttl=defaults.RESULT_TTL_SECONDS,
                    failure_ttl=defaults.FAILURE_TTL_SECONDS,
                    pipeline=pipe,
                )
            pipe.execute()
    except RedisError:
        # Without its job the mark would hold back the next text's job until it expires.
        with contextlib.suppress(RedisError):
            queues.redis.delete(TAG_PENDING_KEY)
        raise


def tag_job_started(queues: JobQueues) -> None:
    """A tag job is about to read the database: texts stored from now on need a new job."""
    try:
        queues.redis.delete(TAG_PENDING_KEY)
    except RedisError as error:
        # The mark expires by itself; the texts it covers are in the database.
        log.warning("could not clear the tag-pending mark (%s)", type(error).__name__)


def request_tagging(queues: JobQueues, noticing_id: str) -> bool:
    """A tag job for texts still waiting (a drain that stopped at its bound), unless one waits."""
    return enqueue_received(queues, tag=[noticing_id], alert=[])
