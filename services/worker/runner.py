"""Runs the RQ worker on the project's queues, and keeps it running.

Three things RQ's defaults get wrong for Carryback, fixed here:

* **A killed worker's job looked alive for ten minutes.** A SimpleWorker runs
  the job in its own process and sends no heartbeat meanwhile, so RQ keeps the
  worker key (and the job ``started``) for the job timeout plus a minute. This
  worker's key lives ``CARRYBACK_WORKER_TTL`` past its last beat, beaten by a
  small companion process: once the worker dies, its key is gone within that
  TTL and the sweep (:mod:`services.sweep`) runs the interrupted job again.
* **Retries froze after a crash.** The dead worker's scheduler lock blocks a
  new worker's scheduler until it expires (about a minute), and RQ tried
  again only every ten minutes. Maintenance (registry cleanup, the scheduler
  lock) runs every :data:`~shared.kernel.defaults.WORKER_MAINTENANCE_SECONDS` here.
* **The process exited when Redis went away.** RQ's work loop gives up on an
  error outside its dequeue; :func:`run_worker` waits for Redis (with backoff,
  logged) and starts a fresh work loop.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from types import FrameType

from redis.client import Pipeline
from redis.exceptions import RedisError
from rq import SimpleWorker
from rq.queue import Queue
from rq.serializers import JSONSerializer
from rq.utils import import_attribute
from sqlalchemy.exc import SQLAlchemyError

from services import runtime
from services.sweep import enqueue_stale_work, find_stale_work, recover_interrupted_sends
from shared.db.models import utcnow
from shared.delivery import alerts
from shared.infra.jobs import (
    ALERT,
    QUEUES,
    URGENT,
    UnsafeRedis,
    beat_worker,
    connect,
    forget_worker_beats,
    require_no_eviction,
    require_writable,
)
from shared.kernel import defaults
from shared.kernel.outcomes import JobOutcome

log = logging.getLogger(__name__)

# Only the idle wait for a job is bounded by this; liveness comes from the heartbeat.
_IDLE_WAIT_S = 15


class CarrybackWorker(SimpleWorker):
    """A SimpleWorker whose liveness stays visible in Redis, whatever the job does.

    Its key in Redis expires ``liveness_s`` after the last beat. The beats
    come from a small forked process, not a thread: a speech engine can hold
    the GIL for the whole of a long decode, and a worker must not look dead
    for that. The beating process stops when the worker stops, and by itself
    as soon as the worker is gone (SIGKILL), so the key then runs out.
    """

    def __init__(
        self,
        queues: Sequence[Queue],
        *,
        liveness_s: int,
        redis_url: str,
        **kwargs: object,
    ) -> None:
        super().__init__(
            list(queues),
            # RQ waits worker_ttl - 15 s for a job between maintenance checks.
            worker_ttl=_IDLE_WAIT_S + 15,
            maintenance_interval=defaults.WORKER_MAINTENANCE_SECONDS,
            **kwargs,  # type: ignore[arg-type]
        )
        self.liveness_s = liveness_s
        self.redis_url = redis_url
        self.stop_asked = False
        self._beating: BaseProcess | None = None

    def heartbeat(self, timeout: int | None = None, pipeline: Pipeline | None = None) -> None:
        # RQ would give the key the job timeout plus a minute: a dead worker
        # must show within liveness_s instead.
        super().heartbeat(self.liveness_s, pipeline=pipeline)

    def request_stop(self, signum: int, frame: FrameType | None) -> None:
        self.stop_asked = True
        super().request_stop(signum, frame)

    def start_beating(self) -> None:
        """Beat from a separate process until this one stops or dies."""
        self._beating = multiprocessing.get_context("fork").Process(
            target=_beat_while_parent_lives,
            args=(self.redis_url, self.key, self.name, self.liveness_s, os.getpid()),
            name="carryback-heartbeat",
            daemon=True,
        )
        self._beating.start()

    def stop_beating(self) -> None:
        if self._beating is not None and self._beating.is_alive():
            self._beating.kill()
            self._beating.join()
        self._beating = None

    def teardown(self) -> None:
        self.stop_beating()  # before RQ marks the key dead and lets it expire
        with contextlib.suppress(RedisError):
            forget_worker_beats(self.connection, self.name)
        super().teardown()


def _beat_while_parent_lives(
    redis_url: str, key: str, name: str, ttl_s: int, parent_pid: int
) -> None:
    """Keep the worker key alive while its worker process lives; never outlive it."""
    # The worker handles SIGTERM/SIGINT (a warm stop finishes the job in hand);
    # the beats must go on meanwhile. The worker ends this process itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    redis = connect(redis_url)
    pause = max(ttl_s / 4, 0.5)
    while os.getppid() == parent_pid:
        # The worker logs an outage; beats resume with Redis.
        with contextlib.suppress(RedisError):
            beat_worker(redis, key, name, ttl_s)
        time.sleep(pause)


def queue_names(urgent_only: bool) -> tuple[str, ...]:
    """Urgent first; an urgent-only worker never waits behind a voice note."""
    return (URGENT,) if urgent_only else QUEUES


def run_worker(*, burst: bool = False, sweep: bool = True, urgent_only: bool = False) -> bool:
    """Work the queues (urgent first) until stopped, or until empty with ``burst``.

    Returns what RQ's ``Worker.work`` returns: True when the worker did at
    least one job, False when it found none. It says nothing about whether
    jobs failed: look at :func:`failed_job_count` (RQ's failed registries).

    SimpleWorker runs jobs in this process instead of forking one child per
    job: the speech model and the database pool are built once and reused,
    which is what keeps voice jobs fast and memory flat.
    """
    ctx = runtime.context()
    if sweep:
        _sweep(ctx, burst)
    worked = False
    pause = 1.0
    while True:
        _refuse_evicting_redis(ctx)
        outcome = _work_once(ctx, burst=burst, urgent_only=urgent_only)
        worked = outcome.worked or worked
        if burst or outcome.stop_asked:
            return worked
        # RQ's loop ended by itself: Redis went away (or RQ hit an error it
        # does not handle). Wait for Redis and start a fresh loop; only a
        # SIGTERM/SIGINT ends a long-running worker.
        if not wait_for_redis(ctx, pause):
            return worked
        pause = outcome.next_pause(pause)


@dataclass(frozen=True)
class _Outcome:
    worked: bool
    stop_asked: bool
    lasted_s: float

    def next_pause(self, pause: float) -> float:
        """Back off while loops keep failing at once; start small again after a long run."""
        if self.lasted_s > defaults.REDIS_RECONNECT_MAX_SECONDS:
            return 1.0
        return min(pause * 2, defaults.REDIS_RECONNECT_MAX_SECONDS)


def _work_once(ctx: runtime.Context, *, burst: bool, urgent_only: bool) -> _Outcome:
    """One RQ work loop, from a fresh worker; whatever breaks it is logged, never raised.

    Building the worker talks to Redis too, and RQ's teardown raises when
    Redis is away: a worker process must survive both and try again.
    """
    started = time.monotonic()
    worker: CarrybackWorker | None = None
    worked = False
    try:
        worker = build_worker(ctx, urgent_only)
        if not burst:
            worker.start_beating()
        worked = bool(worker.work(burst=burst, with_scheduler=True, logging_level="INFO"))
    except RedisError as error:
        log.error("worker lost Redis (%s)", type(error).__name__)
    except Exception:
        if burst:
            raise
        log.exception("worker loop failed; starting a fresh one once Redis answers")
    finally:
        if worker is not None:
            worker.stop_beating()
    stop_asked = worker.stop_asked if worker is not None else False
    return _Outcome(worked=worked, stop_asked=stop_asked, lasted_s=time.monotonic() - started)


def _refuse_evicting_redis(ctx: runtime.Context) -> None:
    """Raise UnsafeRedis when the Redis about to be worked may evict keys (it may have restarted).

    Under eviction a busy worker's key can vanish and its job be taken back
    while it still runs it: better stopped, with one line, than sending twice.
    """
    try:
        require_no_eviction(ctx.queues.redis)
    except UnsafeRedis:
        raise
    except RedisError:
        pass  # the work loop meets the outage and waits for Redis


def build_worker(ctx: runtime.Context, urgent_only: bool) -> CarrybackWorker:
    queues = [ctx.queues.queues[name] for name in queue_names(urgent_only)]
    return CarrybackWorker(
        queues,
        liveness_s=ctx.settings.worker_ttl_seconds,
        redis_url=ctx.settings.redis_url,
        connection=ctx.queues.redis,
        serializer=JSONSerializer,
    )


def wait_for_redis(ctx: runtime.Context, first_pause_s: float) -> bool:
    """Wait, with backoff, until Redis takes a write; False when SIGTERM/SIGINT came meanwhile.

    A write, not a PING: a Redis at its memory limit answers PING and refuses
    every job. Meanwhile crisis alerts due in the database are sent from here
    every few seconds (:func:`send_alerts_without_redis`): the urgent path
    does not wait for Redis.
    """
    stop = threading.Event()
    previous = {
        signum: signal.signal(signum, lambda *_: stop.set())
        for signum in (signal.SIGTERM, signal.SIGINT)
    }
    pause = first_pause_s
    try:
        while True:
            log.warning("waiting %.0fs for Redis before working again", pause)
            if _wait_sending_alerts(ctx, stop, pause):
                log.info("stop requested while waiting for Redis")
                return False
            try:
                require_writable(ctx.queues.redis)
            except RedisError as error:
                log.warning("Redis still cannot take work (%s)", type(error).__name__)
                pause = min(pause * 2, defaults.REDIS_RECONNECT_MAX_SECONDS)
                continue
            log.info("Redis takes work again; working again")
            return True
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _wait_sending_alerts(ctx: runtime.Context, stop: threading.Event, pause_s: float) -> bool:
    """Wait ``pause_s``, sending due crisis alerts first and every few seconds; True if stopped."""
    deadline = time.monotonic() + pause_s
    while True:
        send_alerts_without_redis(ctx)
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        if stop.wait(min(left, defaults.ALERTS_WITHOUT_REDIS_SECONDS)):
            return True


def send_alerts_without_redis(ctx: runtime.Context) -> int:
    """Crisis alerts waiting in the database, sent by this process as their job would; how many.

    Their jobs could not be queued (Redis away or full). The job itself runs
    here, by its dotted name as RQ would run it: it claims the alert in the
    database first, so a sender elsewhere (another worker doing the same, a
    job RQ still had) never sends it twice. A send that fails stays pending
    for the next pass, or for its job once Redis is back.
    """
    try:
        with ctx.db.session() as session:
            now = utcnow()
            due = alerts.pending_alerts(session, before=now) + alerts.expired_leases(session, now)
    except SQLAlchemyError as error:
        log.warning("cannot look for crisis alerts (%s)", type(error).__name__)
        return 0
    send = import_attribute(ALERT.func)
    sent = 0
    for noticing_id in due:
        try:
            sent += send(noticing_id) == JobOutcome.SENT
        except Exception as error:  # the job recorded why; the next pass tries again
            log.warning("crisis alert %s not sent yet (%s)", noticing_id, type(error).__name__)
    if due:
        log.warning("sent %d of %d crisis alerts without Redis", sent, len(due))
    return sent


def _sweep(ctx: runtime.Context, burst: bool) -> None:
    """On start: what waited while no worker ran, and sends a dead worker left behind."""
    try:
        with ctx.db.session() as session:
            stale = find_stale_work(session, older_than_s=0 if burst else 60)
        swept = enqueue_stale_work(ctx.queues, stale)
        swept += recover_interrupted_sends(ctx.db, ctx.queues)
    except Exception:  # the summary loop sweeps too: never fail start-up for this
        log.exception("start-up sweep failed")
        return
    if swept:
        log.info("re-enqueued %d waiting jobs", swept)


def failed_job_count(ctx: runtime.Context) -> int:
    """Jobs in RQ's failed registries, across the project's queues (RedisError when away)."""
    return sum(queue.failed_job_registry.count for queue in ctx.queues.queues.values())
