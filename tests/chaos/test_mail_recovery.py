"""A crisis alert goes out within seconds of the mail server coming back, not after RQ's backoff."""

from __future__ import annotations

import time

import pytest
from redis import Redis
from rq import Queue

from shared.db.models import AlertStatus, utcnow
from shared.infra.jobs import URGENT
from tools.devstack.stack import CLINICIAN_EMAIL, Stack

pytestmark = pytest.mark.chaos

# The stack sweeps every second and looks at an alert 3 s after its last try
# (CARRYBACK_SWEEP_AFTER); RQ's own first retry would come 30 s after it.
AFTER_RECOVERY_BOUND_S = 12.0


def retry_scheduled(stack: Stack) -> bool:
    redis = Redis.from_url(stack.redis.url)
    return Queue(URGENT, connection=redis).scheduled_job_registry.count > 0


def last_try_age_s(stack: Stack) -> float:
    (row,) = [row for row in stack.noticings() if row.crisis]
    return (utcnow() - row.updated_at).total_seconds()


def test_a_crisis_alert_goes_out_soon_after_the_mail_server_is_back(stack: Stack) -> None:
    stack.start(workers=1, urgent_worker=True)
    stack.smtp.down()
    assert stack.text("i want to kill myself tonight") == 200
    stack.wait(lambda: retry_scheduled(stack), deadline_s=60, what="a retry scheduled")
    # Long enough for the sweep to look at the alert a few times (3 s after its try).
    stack.wait(lambda: last_try_age_s(stack) > 6, deadline_s=30, what="sweeps while mail is down")
    attempts_while_down = [row.alert_attempts for row in stack.noticings() if row.crisis]

    stack.smtp.up()
    back = time.monotonic()
    stack.wait(lambda: stack.smtp.to(CLINICIAN_EMAIL), deadline_s=60, what="the alert")
    assert stack.smtp.accepted[0][0] - back < AFTER_RECOVERY_BOUND_S
    stack.wait(
        lambda: (
            all(r.crisis_alert == AlertStatus.SENT for r in stack.noticings() if r.crisis)
            and stack.queues_idle()
        ),
        deadline_s=60,
        what="the alert to settle",
    )
    assert len(stack.smtp.to(CLINICIAN_EMAIL)) == 1
    # The sweep spent no attempt while the mail server did not answer.
    assert attempts_while_down == [1]
    assert [row.alert_attempts for row in stack.noticings() if row.crisis] == [2]
