"""Redis misconfigured, evicting or full: no send doubled, no text left without its job."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue, Worker
from rq.job import Job, JobStatus

from shared.db.models import AlertStatus
from shared.infra.jobs import URGENT
from tests.chaos.conftest import print_logs_if_failed
from tools.devstack.stack import CLINICIAN_EMAIL, Stack

pytestmark = pytest.mark.chaos

CRISIS_TEXT = "i want to kill myself tonight"


@pytest.fixture
def slow_mail_stack(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Stack]:
    """A stack whose mail server takes 10 s to accept, and whose senders wait 30 s for it."""
    built = Stack(tmp_path / "stack", CARRYBACK_SMTP_TIMEOUT="30")
    built.smtp.slow_s = 10.0
    try:
        yield built
    finally:
        built.stop()
        print_logs_if_failed(built, request)


def sending_worker(stack: Stack) -> str | None:
    """The name of the worker running the crisis alert's job, once RQ says it started."""
    redis = Redis.from_url(stack.redis.url)
    for job_id in Queue(URGENT, connection=redis).started_job_registry.get_job_ids():
        job = Job.fetch(job_id, connection=redis)
        if job.get_status() == JobStatus.STARTED and job.worker_name:
            return job.worker_name
    return None


def alert_settled(stack: Stack) -> bool:
    crisis = [row for row in stack.noticings() if row.crisis]
    return (
        bool(crisis)
        and all(row.crisis_alert == AlertStatus.SENT for row in crisis)
        and stack.queues_idle()
    )


def test_a_busy_worker_whose_key_redis_evicted_still_counts_as_alive(
    slow_mail_stack: Stack,
) -> None:
    stack = slow_mail_stack
    stack.smtp.mode = "slow"
    stack.start(workers=1, urgent_worker=True)
    assert stack.text(CRISIS_TEXT) == 200
    stack.wait(lambda: stack.smtp.slowed >= 1, deadline_s=60, what="the alert at DATA")
    name = sending_worker(stack)
    assert name is not None

    # What an evicting Redis does to a busy worker's key (it expires, so it is a candidate).
    redis = Redis.from_url(stack.redis.url)
    assert redis.delete(Worker.redis_worker_namespace_prefix + name) == 1

    stack.wait(lambda: alert_settled(stack), deadline_s=90, what="the alert to settle")
    assert len(stack.smtp.to(CLINICIAN_EMAIL)) == 1


@pytest.mark.parametrize("policy", ["allkeys-lru", "volatile-lru"])
def test_intake_worker_and_summary_refuse_a_redis_that_evicts(stack: Stack, policy: str) -> None:
    stack.redis.start()
    Redis.from_url(stack.redis.url).config_set("maxmemory-policy", policy)
    for name, argv in stack.service_commands().items():
        stopped = stack.run_to_exit(name, argv, deadline_s=60)
        assert stopped.returncode != 0, name
        lines = stopped.stderr.strip().splitlines()
        assert len(lines) == 1, (name, lines)
        assert f"maxmemory-policy is {policy}" in lines[0], name
        assert "noeviction" in lines[0], name
