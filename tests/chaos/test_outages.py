"""Redis killed mid-burst and back (with its data, then empty); SMTP hung, then down, then back."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from shared.db.models import AlertStatus, BriefStatus
from tools.devstack.stack import CLINICIAN_EMAIL, Stack

pytestmark = pytest.mark.chaos

CRISIS = "i want to kill myself"


def settled(stack: Stack, *, briefs: int = 0) -> bool:
    """Every noticing stored once and tagged, every alert and brief sent, Redis idle."""
    rows = stack.noticings()
    sessions = [s for s in stack.sessions() if s.brief_status != BriefStatus.CANCELLED]
    sent_briefs = [s for s in sessions if s.brief_status == BriefStatus.SENT]
    return (
        stack.all_stored_once_and_tagged()
        and all(row.crisis_alert == AlertStatus.SENT for row in rows if row.crisis)
        and len(sent_briefs) == briefs
        and stack.queues_idle()
    )


def burst(stack: Stack, label: str, count: int) -> None:
    for n in range(count):
        assert stack.text(f"{label}: chest tight before standup, {n}/10") == 200


def test_redis_killed_mid_burst_comes_back_with_its_data_then_empty(stack: Stack, canary) -> None:
    stack.start(workers=1, urgent_worker=True)
    worker_pids = {w.process.pid for w in stack.workers}

    burst(stack, "before", 5)
    stack.redis.kill()  # mid-burst: the intake stores and answers, the sweep enqueues later
    burst(stack, "while down", 5)
    assert stack.text(f"{CRISIS}, {canary}") == 200
    stack.redis.restart(empty=False)
    burst(stack, "after", 3)
    stack.wait(lambda: settled(stack), deadline_s=90, what="all tagged after the restart")

    stack.redis.kill()
    burst(stack, "down again", 4)
    assert stack.text(CRISIS) == 200
    stack.redis.restart(empty=True)  # everything Redis held is gone
    burst(stack, "after empty", 3)
    stack.wait(lambda: settled(stack), deadline_s=90, what="all tagged after the empty restart")

    # The workers waited for Redis and reconnected: the same processes.
    assert {w.process.pid for w in stack.workers} == worker_pids
    stack.supervisor.check_alive()
    assert len(stack.smtp.to(CLINICIAN_EMAIL)) == 2  # one alert per crisis text
    assert stack.files_holding(canary.encode()) == []


def test_worker_started_while_redis_is_down_waits_for_it(stack: Stack) -> None:
    stack.start(workers=0, urgent_worker=False)
    stack.redis.kill()
    worker = stack.start_worker()  # as by hand, or compose starting it before Redis
    burst(stack, "redis down", 3)
    stack.wait(
        lambda: "for Redis" in worker.log.read_text(errors="replace"),
        deadline_s=60,
        what="the worker to find Redis down",
    )
    stack.redis.restart(empty=True)
    stack.wait(lambda: settled(stack), deadline_s=90, what="tagged once Redis answered")

    worker.check_alive()  # the same process waited; nothing restarted it
    assert worker in stack.workers


def test_smtp_hung_then_down_then_back_delivers_alert_and_brief_once(stack: Stack, canary) -> None:
    stack.smtp.mode = "hang"
    stack.start(workers=1, urgent_worker=True)
    sent_at = time.monotonic()
    assert stack.text(f"{CRISIS}, {canary}") == 200
    stack.bring_brief_due(starts_in=timedelta(minutes=30))
    stack.wait(lambda: stack.smtp.hung >= 2, deadline_s=60, what="alert and brief hung at DATA")

    stack.smtp.down()  # the hung connections time out; retries find the port closed
    stack.wait(
        lambda: all(s.last_error for s in stack.sessions() if s.brief_status == "queued"),
        deadline_s=30,
        what="the failed attempts to be recorded",
    )
    stack.smtp.mode = "accept"
    stack.smtp.up()

    stack.wait(lambda: settled(stack, briefs=1), deadline_s=150, what="alert and brief delivered")
    delivered = stack.smtp.to(CLINICIAN_EMAIL)
    assert len(delivered) == 2  # one crisis alert, one brief
    assert stack.smtp.accepted[0][0] - sent_at < 180
    assert stack.files_holding(canary.encode()) == []
