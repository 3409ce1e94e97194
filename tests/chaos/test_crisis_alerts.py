"""A crisis alert reaches the clinician once, through hung mail servers and killed workers."""

from __future__ import annotations

import time

import pytest

from shared.db.models import AlertStatus
from tools.devstack.stack import CLINICIAN_EMAIL, Stack

pytestmark = pytest.mark.chaos

ALERT_BOUND_S = 180.0


def alert_settled(stack: Stack) -> bool:
    """Every crisis alert sent and nothing left in Redis that could send one again."""
    rows = stack.noticings()
    crisis = [row for row in rows if row.crisis]
    return (
        bool(crisis)
        and all(row.crisis_alert == AlertStatus.SENT for row in crisis)
        and stack.queues_idle()
    )


def test_alert_arrives_once_after_a_hung_smtp_and_a_killed_worker(stack: Stack, canary) -> None:
    stack.smtp.mode = "hang"
    t = time.monotonic()
    stack.start(workers=1, urgent_worker=True)
    print(f"start {time.monotonic() - t:.1f}")

    sent_at = time.monotonic()
    assert stack.text(f"i want to kill myself, {canary}") == 200
    # The alert is on its way: the mail server has the message and never answers.
    stack.wait(lambda: stack.smtp.hung >= 1, deadline_s=30, what="the alert to hang at DATA")
    for worker in list(stack.workers):
        stack.kill(worker)

    stack.smtp.mode = "accept"  # mail works again, and fresh workers come up
    stack.start_worker(urgent=True)
    stack.start_worker()
    stack.wait(
        lambda: stack.smtp.to(CLINICIAN_EMAIL),
        deadline_s=ALERT_BOUND_S - (time.monotonic() - sent_at),
        what="the crisis alert",
    )
    arrived_after = stack.smtp.accepted[0][0] - sent_at
    print(f"arrived {time.monotonic() - t:.1f}")
    stack.wait(lambda: alert_settled(stack), deadline_s=60, what="the alert to settle")
    print(f"settled {time.monotonic() - t:.1f}")

    assert len(stack.smtp.to(CLINICIAN_EMAIL)) == 1
    assert arrived_after < ALERT_BOUND_S
    print(f"alert arrived {arrived_after:.1f} s after the SMS")
    assert stack.files_holding(canary.encode()) == []
