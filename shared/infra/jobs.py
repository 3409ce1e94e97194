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
from dataclasses import dataclass

from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from rq import Queue, Retry, Worker
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.registry import StartedJobRegistry
from rq.results import Result
from rq.serializers import JSONSerializer

from shared.kernel import defaults
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

# Backoff for transient failures; permanent ones never reach a retry.
_TAG_RETRY = Retry(max=len(TAG_RETRY_INTERVALS), interval=list(TAG_RETRY_INTERVALS))
_VOICE_RETRY = Retry(max=len(VOICE_RETRY_INTERVALS), interval=list(VOICE_RETRY_INTERVALS))
_LIVE = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED}
_MAIL_RETRY = Retry(max=len(MAIL_RETRY_INTERVALS), interval=list(MAIL_RETRY_INTERVALS))
_SMS_RETRY = Retry(max=len(SMS_RETRY_INTERVALS), interval=list(SMS_RETRY_INTERVALS))


class QueueUnreachable(Exception):
    """Redis did not answer; callers outside infra need not know Redis's errors."""


@dataclass(frozen=True)
class JobKind:
    """One kind of job, declared once: every enqueue path and the shred read it from here.

    Jobs are named by dotted path (RQ imports them in the worker), so the
    domain never imports the services that run them.
    """

    prefix: str  # job ids are "<prefix>-<row id>": one live job per row
    func: str
    queue: str
    retry: Retry
    timeout_s: int = defaults.JOB_TIMEOUT_SECONDS

    def job_id(self, row_id: str) -> str:
        return f"{self.prefix}-{row_id}"


TAG = JobKind("tag", "services.worker.jobs.tag_noticing", DEFAULT, _TAG_RETRY)
TRANSCRIBE = JobKind("transcribe", "services.worker.jobs.transcribe_voice", VOICE, _VOICE_RETRY)
# An alert job is stopped (and releases its claim) before its lease runs out.
ALERT = JobKind(
    "alert",
    "services.summary.jobs.send_crisis_alert",
    URGENT,
    _MAIL_RETRY,
    timeout_s=int(defaults.ALERT_LEASE.total_seconds()) - 10,
)
BRIEF = JobKind(
    "brief",
    "services.summary.jobs.send_brief",
    DEFAULT,
    _MAIL_RETRY,
    timeout_s=defaults.BRIEF_JOB_TIMEOUT_SECONDS,
)
MESSAGE = JobKind("message", "services.worker.jobs.send_message", DEFAULT, _SMS_RETRY)
LANDLINE_NOTICE = JobKind(
    "landline", "services.summary.jobs.send_landline_notice", DEFAULT, _MAIL_RETRY
)
# A recording from a call not taken, deleted at Twilio unheard (row id: the RecordingSid).
DISCARD = JobKind("discard", "services.worker.jobs.discard_stray_recording", VOICE, _VOICE_RETRY)
CATALOGUE = (TAG, TRANSCRIBE, ALERT, BRIEF, MESSAGE, LANDLINE_NOTICE, DISCARD)
# The kinds whose row is a noticing, and a therapy session: what a shred forgets.
NOTICING_JOBS = (TAG, TRANSCRIBE, ALERT)
SESSION_JOBS = (BRIEF,)

TAG_JOB = TAG.func
TRANSCRIBE_JOB = TRANSCRIBE.func
ALERT_JOB = ALERT.func
BRIEF_JOB = BRIEF.func
MESSAGE_JOB = MESSAGE.func
LANDLINE_NOTICE_JOB = LANDLINE_NOTICE.func


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
        return self.enqueue(TAG, noticing_id, skip_if_live=skip_if_live)

    def enqueue_transcribe(self, noticing_id: str, *, skip_if_live: bool = False) -> bool:
        return self.enqueue(TRANSCRIBE, noticing_id, skip_if_live=skip_if_live)

    def enqueue_alert(self, noticing_id: str, *, skip_if_live: bool = False) -> bool:
        return self.enqueue(ALERT, noticing_id, skip_if_live=skip_if_live)

    def enqueue_brief(self, session_id: str, *, skip_if_live: bool = False) -> bool:
        return self.enqueue(BRIEF, session_id, skip_if_live=skip_if_live)

    def enqueue_message(
        self, message_id: str, *, urgent: bool = False, skip_if_live: bool = False
    ) -> bool:
        queue = URGENT if urgent else MESSAGE.queue
        return self.enqueue(MESSAGE, message_id, skip_if_live=skip_if_live, queue=queue)

    def enqueue_landline_notice(self, client_id: str, *, skip_if_live: bool = False) -> bool:
        return self.enqueue(LANDLINE_NOTICE, client_id, skip_if_live=skip_if_live)

    def enqueue_discard(self, recording_sid: str, *, skip_if_live: bool = False) -> bool:
        return self.enqueue(DISCARD, recording_sid, skip_if_live=skip_if_live)

    def enqueue_messages(self, message_ids: list[str]) -> int:
        """Many fresh rows at once (a tick's reminders), in Redis pipelines."""
        queue = self.queues[DEFAULT]
        done = 0
        batch = defaults.ENQUEUE_BATCH
        for start in range(0, len(message_ids), batch):
            chunk = message_ids[start : start + batch]
            data = [
                Queue.prepare_data(
                    MESSAGE.func,
                    (message_id,),
                    job_id=MESSAGE.job_id(message_id),
                    retry=MESSAGE.retry,
                    timeout=MESSAGE.timeout_s,
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

    def enqueue(
        self, kind: JobKind, row_id: str, *, skip_if_live: bool = False, queue: str | None = None
    ) -> bool:
        """Enqueue by id; False (and a warning) when Redis cannot take it now.

        ``skip_if_live`` is for the sweep: a row whose job is merely still
        queued (or waiting for a retry) is left alone rather than doubled.
        """
        job_id = kind.job_id(row_id)
        try:
            if skip_if_live and self._is_live(job_id):
                return False
            self.queues[queue or kind.queue].enqueue(
                kind.func,
                row_id,
                job_id=job_id,
                retry=kind.retry,
                job_timeout=kind.timeout_s,
                result_ttl=defaults.RESULT_TTL_SECONDS,
                failure_ttl=defaults.FAILURE_TTL_SECONDS,
            )
        except RedisError as error:
            log.warning(
                "could not enqueue %s (%s); the sweep will retry", job_id, type(error).__name__
            )
            return False
        return True

    def forget(self, noticing_ids: Sequence[str], session_ids: Sequence[str]) -> int:
        """Delete the queued jobs of these rows (a shred); how many were there.

        Raises QueueUnreachable when Redis cannot be reached.
        """
        job_ids = [kind.job_id(row) for row in noticing_ids for kind in NOTICING_JOBS]
        job_ids += [kind.job_id(row) for row in session_ids for kind in SESSION_JOBS]
        removed = 0
        try:
            for job in Job.fetch_many(job_ids, connection=self.redis, serializer=JSONSerializer):
                if job is not None:
                    Result.delete_all(job)  # results are kept apart from the job
                    job.delete(remove_from_queue=True)
                    removed += 1
        except RedisError as error:
            raise QueueUnreachable(type(error).__name__) from error
        return removed


# While this key exists a tag job is queued and has not started yet. Every
# tag job, once started, tags every text then waiting (shared.noticings.intake
# tag_waiting), so a text stored meanwhile needs no job of its own: the
# intake's hand-off is then one SET instead of a whole RQ enqueue. The job
# deletes the key before it reads the database, so a text committed after
# that finds the key gone and enqueues the next job. The key expires in case
# its job is lost; a lost job's texts are found by the sweep, as always.
TAG_PENDING_KEY = "carryback:tag-pending"


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
            queues.queues[ALERT.queue].enqueue_call(
                ALERT.func,
                args=(noticing_id,),
                job_id=ALERT.job_id(noticing_id),
                retry=ALERT.retry,
                timeout=ALERT.timeout_s,
                result_ttl=defaults.RESULT_TTL_SECONDS,
                failure_ttl=defaults.FAILURE_TTL_SECONDS,
                pipeline=pipe,
            )
        if first_tag is not None:
            # The value says nothing: no row id outlives a shredded client here.
            pipe.set(TAG_PENDING_KEY, 1, nx=True, ex=defaults.TAG_PENDING_TTL_S)
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
                "SET", TAG_PENDING_KEY, 1, "NX", "EX", defaults.TAG_PENDING_TTL_S
            )
        )
    return _PACKED_MARK[0]


def _enqueue_tag_jobs(queues: JobQueues, tag: Sequence[str]) -> None:
    """The tag job the pending mark stands for; the mark is dropped if it cannot be queued."""
    try:
        with queues.redis.pipeline() as pipe:
            for noticing_id in tag:
                queues.queues[TAG.queue].enqueue_call(
                    TAG.func,
                    args=(noticing_id,),
                    job_id=TAG.job_id(noticing_id),
                    retry=TAG.retry,
                    timeout=TAG.timeout_s,
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
