"""Runs the RQ worker on the project's queues."""

from __future__ import annotations

import logging

from rq import SimpleWorker
from rq.serializers import JSONSerializer

from shared import runtime
from shared.queue import sweep_noticings

log = logging.getLogger(__name__)


def run_worker(*, burst: bool = False, sweep: bool = True) -> bool:
    """Work the queues (urgent first). Returns False if any job failed in a burst.

    SimpleWorker runs jobs in this process instead of forking one child per
    job: the speech model and the database pool are built once and reused,
    which is what keeps voice jobs fast and memory flat.
    """
    ctx = runtime.context()
    if sweep:
        with ctx.db.session() as session:
            swept = sweep_noticings(session, ctx.queues, older_than_s=0 if burst else 60)
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
