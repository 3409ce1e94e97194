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
    """The project's queues on one Redis connection.

    ``liveness_s`` is how long after its last beat a worker still counts as
    alive (``CARRYBACK_WORKER_TTL``).
    """

    def __init__(self, redis: Redis, *, liveness_s: int = defaults.WORKER_TTL_SECONDS) -> None:
        self.redis = redis
        self.liveness_s = liveness_s
        self.queues = {
            name: Queue(name, connection=redis, serializer=JSONSerializer) for name in QUEUES
        }

    def enqueue_tag(self, noticing_id: str, *, skip_if_live: bool = False) -> bool:
        return self.enqueue(TAG, noticing_id, skip_if_live=skip_if_live)

    def enqueue_transcribe(self, noticing_id: str, *, skip_if_live: bool = False) -> bool:
        return self.enqueue(TRANSCRIBE, noticing_id, skip_if_live=skip_if_live)

    def enqueue_alert(self, noticing_id: str, *, skip_if_live: bool = False) -> bool:
        return self.enqueue(ALERT, noticing_id, skip_if_live=skip_if_live)

    def alert_retry_scheduled(self, noticing_id: str) -> bool:
        """Is this alert's job waiting in RQ's scheduled registry for its next retry?"""
        try:
            job = Job.fetch(ALERT.job_id(noticing_id), self.redis, serializer=JSONSerializer)
            return job.get_status() == JobStatus.SCHEDULED
        except (NoSuchJobError, RedisError):
            return False

    def retry_alert_now(self, noticing_id: str) -> bool:
        """An alert whose retry RQ scheduled for later, queued now instead.

        RQ backs off up to an hour between attempts; a crisis alert must go
        out soon after the mail server is back. The scheduled retry is
        dropped (were it to run anyway, the job's claim makes it a no-op).
        """
        job_id = ALERT.job_id(noticing_id)
        try:
            self.queues[ALERT.queue].scheduled_job_registry.remove(job_id)
        except RedisError as error:
            log.warning("could not hurry %s (%s)", job_id, type(error).__name__)
            return False
        return self.enqueue(ALERT, noticing_id)

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

        A job a dead worker held is not (:meth:`_abandoned`): it is taken out
        of RQ's started registry here, so RQ's own cleanup does not run it a
        second time.
        """
        try:
            job = Job.fetch(job_id, connection=self.redis, serializer=JSONSerializer)
        except NoSuchJobError:
            return False
        if self._abandoned(job):
            self._forget_interrupted(job)
            return False
        return job.get_status() in _LIVE

    def _abandoned(self, job: Job) -> bool:
        """Was this job taken by a worker that died before finishing it?

        RQ takes a job in three steps: it pops the id off the queue, records
        an execution in the started registry, then marks the job ``started``
        with its worker's name. A worker killed between the first and the last
        step leaves a job still ``queued`` that no queue holds: it must count
        as abandoned too, or the sweep would wait on it forever. Such a job is
        held only while one of its executions belongs to a live worker (the
        moment between two of those steps). Counting a job a live worker has
        only just popped as abandoned costs at most one extra run of an
        idempotent job.
        """
        status = job.get_status()
        if status == JobStatus.STARTED:
            return not self.worker_alive(job.worker_name)
        if status != JobStatus.QUEUED or self._waiting_in_queue(job):
            return False
        return not any(self.worker_alive(run.worker_name) for run in job.get_executions())

    def _waiting_in_queue(self, job: Job) -> bool:
        queue = self.queues.get(job.origin)
        key = queue.key if queue is not None else Queue(job.origin, connection=self.redis).key
        return self.redis.lpos(key, job.id) is not None

    def worker_alive(self, worker_name: str | None) -> bool:
        """Whether that worker still beats: its RQ key, or else its last beat recorded.

        The RQ key expires, so a Redis short of memory could evict it while
        the worker is busy; the beat set has no expiry (and Carryback refuses
        a Redis that may evict such keys: :func:`require_no_eviction`), so a
        worker whose key alone went missing is still seen beating. A key
        marked dead (a clean stop) wins over both.
        """
        if not worker_name:
            return False
        key = Worker.redis_worker_namespace_prefix + worker_name
        with self.redis.pipeline(transaction=False) as pipeline:
            pipeline.exists(key).hexists(key, "death")
            pipeline.zscore(WORKER_BEATS_KEY, worker_name).time()
            exists, dead, last_beat, (now_s, _) = pipeline.execute()
        if dead:
            return False
        # Both times are Redis's own clock: no host's clock is compared with another's.
        return bool(exists) or (last_beat is not None and last_beat >= now_s - self.liveness_s)

    def interrupted(self, job_id: str) -> bool:
        """Is this job held by a worker that died? (It is then forgotten by RQ.)"""
        try:
            job = Job.fetch(job_id, connection=self.redis, serializer=JSONSerializer)
        except NoSuchJobError:
            return False
        if not self._abandoned(job):
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
        log.warning("job %s was interrupted: the worker that took it died", job.id)
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


# Every worker's last beat, by Redis's clock: a sorted set of worker names
# scored by the second of their last beat. It never expires (entries older
# than an hour are pruned by the beats themselves), so it survives what
# could evict a worker's own key; services.worker.runner beats into it.
WORKER_BEATS_KEY = "carryback:worker-beats"
_BEATS_KEPT_S = 3600
_BEAT_SCRIPT = """
local now = redis.call('TIME')[1]
redis.call('EXPIRE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], now, ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[3]))
return now
"""


def beat_worker(redis: Redis, worker_key: str, worker_name: str, ttl_s: int) -> None:
    """One heartbeat: the worker's RQ key lives ``ttl_s`` more, and its beat is recorded.

    EXPIRE is a no-op once the key is gone, so a beat never recreates a
    worker RQ has cleaned up; the beat set alone keeps a worker whose key
    went missing visible as alive (:meth:`JobQueues.worker_alive`).
    """
    redis.eval(_BEAT_SCRIPT, 2, worker_key, WORKER_BEATS_KEY, ttl_s, worker_name, _BEATS_KEPT_S)


def forget_worker_beats(redis: Redis, worker_name: str) -> None:
    """A worker that stops cleanly leaves no beat behind."""
    redis.zrem(WORKER_BEATS_KEY, worker_name)


# Eviction policies under which Redis drops no key at all when full. Any other
# policy may drop a queued job (lost until the sweep), a worker's key (its job
# taken back while it still runs it) or the beat set itself: every volatile-*
# policy takes the keys that expire, which include every worker's key.
SAFE_EVICTION_POLICIES = frozenset({"noeviction"})


class UnsafeRedis(Exception):
    """Redis is set to evict keys when full: Carryback refuses to run on it."""


def require_no_eviction(redis: Redis) -> None:
    """Raise :class:`UnsafeRedis` when Redis may evict keys; RedisError when it does not answer.

    Read from INFO (which managed Redis services allow) rather than CONFIG GET.
    """
    policy = str(redis.info("memory").get("maxmemory_policy", "noeviction"))
    if policy not in SAFE_EVICTION_POLICIES:
        raise UnsafeRedis(
            f"Redis maxmemory-policy is {policy}: it may evict Carryback's jobs and worker "
            "heartbeats; set maxmemory-policy noeviction"
        )


WRITE_PROBE_KEY = "carryback:write-probe"


def require_writable(redis: Redis) -> None:
    """A real write (a key that expires by itself): RedisError when Redis cannot take work.

    PING answers while Redis is at its memory limit and refuses every write
    (OutOfMemoryError under noeviction): only a write says work can be queued.
    """
    redis.set(WRITE_PROBE_KEY, 1, ex=10)


def nearly_full(redis: Redis) -> bool:
    """Is Redis past :data:`~shared.kernel.defaults.REDIS_NEARLY_FULL` of its maxmemory?

    False when no limit is set or Redis does not answer (an enqueue then
    fails on its own, and says why).
    """
    try:
        memory = redis.info("memory")
    except RedisError:
        return False
    limit = int(memory.get("maxmemory", 0) or 0)
    return limit > 0 and int(memory.get("used_memory", 0)) >= defaults.REDIS_NEARLY_FULL * limit


# While this key exists a tag job is queued and has not started yet. Every
# tag job, once started, tags every text then waiting (shared.noticings.intake
# tag_waiting), so a text stored meanwhile needs no job of its own: the
# intake's hand-off is then one EXISTS instead of a whole RQ enqueue. The key
# is only ever set in the same transaction (MULTI/EXEC) that queues its job,
# so it never stands for a job that does not exist (an intake killed mid
# hand-off leaves both or neither). The job deletes the key before it reads
# the database, so a text committed after that finds the key gone and queues
# the next job. The key expires in case its job is lost; a lost job's texts
# are found by the sweep, as always.
TAG_PENDING_KEY = "carryback:tag-pending"


def enqueue_received(queues: JobQueues, *, tag: Sequence[str], alert: Sequence[str]) -> bool:
    """Alert jobs and the tag hand-off for just-stored noticings (the intake's hot path).

    Alerts are the same jobs as :meth:`JobQueues.enqueue_alert`. Tagging is
    asked for through :data:`TAG_PENDING_KEY`: one round trip when a tag job
    is already waiting; otherwise a tag job (as :meth:`JobQueues.enqueue_tag`)
    and the key, in one transaction (with the alert jobs, if any). Two texts
    may both find no job waiting and both queue one: the second finds nothing
    left to tag. False (and a warning) when Redis cannot take them now: the
    rows are stored, and the sweep enqueues them later.
    """
    try:
        if alert or (tag and not _tag_job_waiting(queues.redis)):
            _enqueue_with_mark(queues, tag, alert)
    except RedisError as error:
        log.warning(
            "could not hand over %d noticing(s) (%s); the sweep will",
            len(tag) + len(alert),
            type(error).__name__,
        )
        return False
    return True


def _enqueue_with_mark(queues: JobQueues, tag: Sequence[str], alert: Sequence[str]) -> None:
    """Alert jobs, tag jobs and (with the tag jobs) the pending mark: all or none."""
    with queues.redis.pipeline(transaction=True) as pipe:
        for kind, ids in ((ALERT, alert), (TAG, tag)):
            for noticing_id in ids:
                queues.queues[kind.queue].enqueue_call(
                    kind.func,
                    args=(noticing_id,),
                    job_id=kind.job_id(noticing_id),
                    retry=kind.retry,
                    timeout=kind.timeout_s,
                    result_ttl=defaults.RESULT_TTL_SECONDS,
                    failure_ttl=defaults.FAILURE_TTL_SECONDS,
                    pipeline=pipe,
                )
        if tag:
            # The value says nothing: no row id outlives a shredded client here.
            pipe.set(TAG_PENDING_KEY, 1, ex=defaults.TAG_PENDING_TTL_S)
        pipe.execute()


def _tag_job_waiting(redis: Redis) -> bool:
    """``EXISTS TAG_PENDING_KEY``, sent as bytes encoded once: is a tag job queued, not started?

    The same command and reply as ``redis.exists(...)``, minus the client's
    per-call encoding and retry layers: it is on every text's path. A
    connection found broken (Redis restarted) is replaced once, as the client
    would; a time-out is not retried, so the hand-off's bound holds.
    """
    pool = redis.connection_pool
    for attempt in range(2):
        connection = pool.get_connection()
        try:
            connection.send_packed_command(_packed_exists(connection))
            return bool(connection.read_response())
        except RedisConnectionError:
            connection.disconnect()
            if attempt:
                raise
        finally:
            pool.release(connection)
    return False  # not reached: the second attempt returns or raises


_PACKED_EXISTS: list[list[bytes]] = []


def _packed_exists(connection: object) -> list[bytes]:
    if not _PACKED_EXISTS:
        _PACKED_EXISTS.append(
            connection.pack_command("EXISTS", TAG_PENDING_KEY)  # type: ignore[attr-defined]
        )
    return _PACKED_EXISTS[0]


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
