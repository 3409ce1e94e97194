"""Runs the RQ worker on the project's queues, and keeps it running.

Three things RQ's defaults get wrong for Carryback, fixed here:

* **A killed worker's job looked alive for ten minutes.** A SimpleWorker runs
  the job in its own process and sends no heartbeat meanwhile, so RQ keeps the
  worker key (and the job ``started``) for the job timeout plus a minute. This
  worker beats from a thread while a job runs, with a short TTL
  (``CARRYBACK_WORKER_TTL``): once it dies, its key is gone within that TTL
  and the sweep (:mod:`shared.queue`) runs the interrupted job again.
* **Retries froze after a crash.** The dead worker's scheduler lock blocks a
  new worker's scheduler until it expires (about a minute), and RQ tried
  again only every ten minutes. Maintenance (registry cleanup, the scheduler
  lock) runs every :data:`~shared.defaults.WORKER_MAINTENANCE_SECONDS` here.
* **The process exited when Redis went away.** RQ's work loop gives up on an
  error outside its dequeue; :func:`run_worker` waits for Redis (with backoff,
  logged) and starts a fresh work loop.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Sequence
from types import FrameType

from redis.exceptions import RedisError
from rq import SimpleWorker
from rq.job import Job
from rq.queue import Queue
from rq.serializers import JSONSerializer

from shared import defaults, runtime
from shared.queue import (
    QUEUES,
    URGENT,
    enqueue_stale_work,
    find_stale_work,
    recover_interrupted_sends,
)

log = logging.getLogger(__name__)

# Only the idle wait for a job is bounded by this; liveness comes from the heartbeat.
_IDLE_WAIT_S = 15


class CarrybackWorker(SimpleWorker):
    """A SimpleWorker whose liveness stays visible in Redis while a job runs."""

    def __init__(self, queues: Sequence[Queue], *, liveness_s: int, **kwargs: object) -> None:
        super().__init__(
            list(queues),
            # RQ waits worker_ttl - 15 s for a job between maintenance checks.
            worker_ttl=max(liveness_s, _IDLE_WAIT_S + 15),
            maintenance_interval=defaults.WORKER_MAINTENANCE_SECONDS,
            **kwargs,  # type: ignore[arg-type]
        )
        self.liveness_s = liveness_s
        self.stop_asked = False

    def request_stop(self, signum: int, frame: FrameType | None) -> None:
        self.stop_asked = True
        super().request_stop(signum, frame)

    def prepare_job_execution(self, job: Job, remove_from_intermediate_queue: bool = False) -> None:
        super().prepare_job_execution(job, remove_from_intermediate_queue)
        # RQ just gave the worker key the job timeout plus a minute; a dead
        # worker must show within liveness_s instead.
        self.heartbeat(self.liveness_s)

    def execute_job(self, job: Job, queue: Queue) -> None:
        stop = threading.Event()
        beats = threading.Thread(target=self._beat, args=(stop,), name="heartbeat", daemon=True)
        beats.start()
        try:
            super().execute_job(job, queue)
        finally:
            stop.set()
            beats.join()

    def _beat(self, stop: threading.Event) -> None:
        """Refresh the worker key until the job ends (only the key: RQ owns its registries)."""
        interval = max(self.liveness_s / 4, 0.5)
        while not stop.wait(interval):
            try:
                self.heartbeat(self.liveness_s)
            except RedisError as error:
                # The job goes on without Redis; the main loop deals with the outage.
                log.warning("worker heartbeat failed (%s)", type(error).__name__)


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
        worker = build_worker(ctx, urgent_only)
        try:
            worked = worker.work(burst=burst, with_scheduler=True, logging_level="INFO") or worked
        except RedisError as error:  # raised from RQ's own teardown while Redis is away
            log.error("worker lost Redis (%s)", type(error).__name__)
        if burst or worker.stop_asked:
            return worked
        # RQ's loop ended by itself: Redis went away (or RQ hit an error it
        # does not handle). Wait for Redis and start a fresh loop.
        if not wait_for_redis(ctx, pause):
            return worked
        pause = min(pause * 2, defaults.REDIS_RECONNECT_MAX_SECONDS)


def build_worker(ctx: runtime.Context, urgent_only: bool) -> CarrybackWorker:
    queues = [ctx.queues.queues[name] for name in queue_names(urgent_only)]
    return CarrybackWorker(
        queues,
        liveness_s=ctx.settings.worker_ttl_seconds,
        connection=ctx.queues.redis,
        serializer=JSONSerializer,
    )


def wait_for_redis(ctx: runtime.Context, first_pause_s: float) -> bool:
    """Ping Redis with backoff until it answers; False when SIGTERM/SIGINT came meanwhile."""
    stop = threading.Event()
    previous = {
        signum: signal.signal(signum, lambda *_: stop.set())
        for signum in (signal.SIGTERM, signal.SIGINT)
    }
    pause = first_pause_s
    try:
        while True:
            log.warning("waiting %.0fs for Redis before working again", pause)
            if stop.wait(pause):
                log.info("stop requested while waiting for Redis")
                return False
            try:
                ctx.queues.redis.ping()
            except RedisError as error:
                log.warning("Redis still unreachable (%s)", type(error).__name__)
                pause = min(pause * 2, defaults.REDIS_RECONNECT_MAX_SECONDS)
                continue
            log.info("Redis is back; working again")
            return True
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


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
    """Jobs in RQ's failed registries, across the project's queues."""
    return sum(queue.failed_job_registry.count for queue in ctx.queues.queues.values())
