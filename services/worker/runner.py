"""Runs the RQ worker on the project's queues."""

from __future__ import annotations

import logging

from rq import SimpleWorker
from rq.serializers import JSONSerializer

from shared import runtime
from shared.queue import enqueue_stale_work, find_stale_work

log = logging.getLogger(__name__)


def run_worker(*, burst: bool = False, sweep: bool = True) -> bool:
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
        with ctx.db.session() as session:
            stale = find_stale_work(session, older_than_s=0 if burst else 60)
        swept = enqueue_stale_work(ctx.queues, stale)
        if swept:
            log.info("re-enqueued %d waiting jobs", swept)
    worker = SimpleWorker(
        list(ctx.queues.queues.values()),
        connection=ctx.queues.redis,
        serializer=JSONSerializer,
    )
    return worker.work(burst=burst, with_scheduler=True, logging_level="INFO")


def failed_job_count(ctx: runtime.Context) -> int:
    """Jobs in RQ's failed registries, across the project's queues."""
    return sum(queue.failed_job_registry.count for queue in ctx.queues.queues.values())
