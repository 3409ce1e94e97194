"""Redis misconfigured, evicting or full: no send doubled, no text left without its job."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from redis import Redis
from requests import RequestException
from rq import Queue, Worker
from rq.job import Job, JobStatus

from services.simulator.webhooks import WebhookSender, new_sid
from shared.db.models import AlertStatus, NoticingStatus
from shared.infra.jobs import URGENT
from tests.chaos.conftest import print_logs_if_failed
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER
from tools.devstack.stack import CLIENT_PHONE, CLINICIAN_EMAIL, Stack

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


# Well inside the 2-minute promise, and well before the sweep (set to its
# production 2 minutes here) could have found the text by its age.
REDELIVERED_BOUND_S = 30.0


@pytest.fixture
def production_sweep_stack(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Stack]:
    """A stack whose sweep waits the production 2 minutes: what recovers sooner, it did not."""
    built = Stack(tmp_path / "stack", CARRYBACK_SWEEP_AFTER="120")
    try:
        yield built
    finally:
        built.stop()
        print_logs_if_failed(built, request)


def cut_off_mid_handoff(stack: Stack, body: str) -> str:
    """A text committed by an intake killed before Redis took its hand-off; the MessageSid.

    Redis is paused, so the hand-off waits on it; the intake is killed as
    soon as the row is in the database. Twilio got no answer.
    """
    sid = new_sid("SM")
    sender = WebhookSender(stack.env["PUBLIC_BASE_URL"], AUTH_TOKEN, ACCOUNT_SID)

    def deliver() -> None:
        with contextlib.suppress(RequestException):
            sender.sms(CLIENT_PHONE, body, to=TWILIO_NUMBER, message_sid=sid)

    stack.redis.pause()
    delivery = threading.Thread(target=deliver)
    delivery.start()
    stack.wait(
        lambda: sid in {row.source_sid for row in stack.noticings()},
        deadline_s=30,
        what="the text committed",
    )
    for intake in [s for s in stack.supervisor.services if s.name.startswith("intake")]:
        stack.kill(intake)
    delivery.join()
    return sid


def all_tagged(stack: Stack) -> bool:
    return all(row.status == NoticingStatus.TAGGED for row in stack.noticings())


def test_a_text_redelivered_after_the_intake_died_mid_handoff_is_tagged_and_so_is_the_next(
    production_sweep_stack: Stack,
) -> None:
    stack = production_sweep_stack
    stack.start(workers=1)
    body = "chest tight before standup, 4/10"
    sid = cut_off_mid_handoff(stack, body)
    stack.restart_intake()
    # Redis carries on with whatever reached it from the dead intake; the
    # texts below come within seconds, while any mark it set would still stand.
    stack.redis.resume()

    assert stack.text_as(sid, body) == 200  # Twilio's retry
    assert stack.text("the foreman is online") == 200
    stack.wait(lambda: all_tagged(stack), deadline_s=REDELIVERED_BOUND_S, what="both tagged")
    assert stack.all_stored_once_and_tagged()


def test_a_crisis_text_redelivered_after_the_intake_died_mid_handoff_alerts_at_once(
    production_sweep_stack: Stack,
) -> None:
    stack = production_sweep_stack
    stack.start(workers=1, urgent_worker=True)
    sid = cut_off_mid_handoff(stack, CRISIS_TEXT)
    # Redis crashed too: nothing of the dead intake's hand-off reached it.
    stack.redis.restart(empty=False)
    stack.restart_intake()

    redelivered = time.monotonic()
    assert stack.text_as(sid, CRISIS_TEXT) == 200
    stack.wait(
        lambda: stack.smtp.to(CLINICIAN_EMAIL), deadline_s=REDELIVERED_BOUND_S, what="the alert"
    )
    assert stack.smtp.accepted[0][0] - redelivered < REDELIVERED_BOUND_S
    stack.wait(lambda: alert_settled(stack), deadline_s=60, what="the alert to settle")
    assert len(stack.smtp.to(CLINICIAN_EMAIL)) == 1


ALERT_BOUND_S = 120.0


def test_redis_at_its_memory_limit_delays_no_crisis_alert_and_tagging_resumes_by_itself(
    stack: Stack,
) -> None:
    stack.start(workers=1, urgent_worker=True)
    redis = Redis.from_url(stack.redis.url)
    assert redis.config_get("maxmemory-policy")["maxmemory-policy"] == "noeviction"
    redis.config_set("maxmemory", 1)  # below what it holds: every write is refused

    health = requests.get(f"{stack.env['PUBLIC_BASE_URL']}/healthz", timeout=10).json()
    assert health["redis"] is True  # it answers PING...
    assert health["redis_takes_jobs"] is False  # ...and takes no job

    texts = [f"chest tight before standup, {n}/10" for n in range(5)]
    for body in texts:
        assert stack.text(body) == 200
    sent_at = time.monotonic()
    assert stack.text(CRISIS_TEXT) == 200
    stack.wait(lambda: stack.smtp.to(CLINICIAN_EMAIL), deadline_s=ALERT_BOUND_S, what="the alert")
    assert stack.smtp.accepted[0][0] - sent_at < ALERT_BOUND_S
    assert not any(row.status == NoticingStatus.TAGGED for row in stack.noticings())

    redis.config_set("maxmemory", 0)  # memory returns
    stack.wait(lambda: stack.all_stored_once_and_tagged(), deadline_s=60, what="texts tagged")
    stack.wait(lambda: alert_settled(stack), deadline_s=60, what="everything to settle")
    assert len(stack.smtp.to(CLINICIAN_EMAIL)) == 1
    health = requests.get(f"{stack.env['PUBLIC_BASE_URL']}/healthz", timeout=10).json()
    assert health["redis_takes_jobs"] is True
