"""The summary service an hour ahead or behind (libfaketime) sends nothing twice, early or late.

Every time it compares against was written by another host; it takes "now"
from PostgreSQL. Only its wall clock is skewed: its monotonic clock (the
tick's pacing) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from redis import Redis

from services.summary.heartbeat import last_beat
from shared.db.models import BriefStatus, NoticingStatus
from tests.chaos.conftest import print_logs_if_failed
from tools.devstack import postgres
from tools.devstack.stack import BRIEF_LEAD_MINUTES, CLINICIAN_EMAIL, Stack

pytestmark = [pytest.mark.chaos, pytest.mark.postgres]

FAKETIME_LIB = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1")
TEXTS = [f"chest tight before standup, {n}/10" for n in range(4)]
BOUND_S = 30.0  # the stack sweeps every second, 3 s after a row last changed


@pytest.fixture
def postgres_stack(
    tmp_path: Path, request: pytest.FixtureRequest, postgres_admin: str | None
) -> Iterator[Stack]:
    if postgres_admin is None:
        pytest.skip("no PostgreSQL answering on 127.0.0.1:5432")
    if not FAKETIME_LIB.exists():
        pytest.skip("libfaketime is not installed (scripts/system-deps.sh installs faketime)")
    with postgres.throwaway_database(postgres_admin) as url:
        built = Stack(tmp_path / "stack", DATABASE_URL=url)
        try:
            yield built
        finally:
            built.stop()
            print_logs_if_failed(built, request)


def summary_clock_offset_s(stack: Stack) -> float | None:
    """How far the summary's own clock is from ours, from the time its heartbeat carries."""
    beat = last_beat(Redis.from_url(stack.redis.url))
    return None if beat is None else (beat.at - datetime.now(UTC)).total_seconds()


def briefs_sent(stack: Stack) -> int:
    return len(stack.smtp.to(CLINICIAN_EMAIL))


@pytest.mark.parametrize("skew_h", [1, -1])
def test_a_summary_an_hour_off_sends_no_brief_early_twice_or_late_and_sweeps_on_time(
    postgres_stack: Stack, skew_h: int
) -> None:
    stack = postgres_stack
    stack.summary_env = {
        "LD_PRELOAD": str(FAKETIME_LIB),
        "FAKETIME": f"{skew_h:+d}h",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
    }
    # The brief is due in 30 minutes: an hour-ahead clock would find it due now.
    brief_due_in = timedelta(minutes=BRIEF_LEAD_MINUTES + 30)
    stack.start(workers=1, next_session=datetime.now(UTC) + brief_due_in)
    stack.wait(lambda: summary_clock_offset_s(stack) is not None, deadline_s=30, what="a beat")
    offset = summary_clock_offset_s(stack)
    assert offset is not None and abs(offset - skew_h * 3600) < 120  # really an hour off

    # Texts whose jobs Redis lost: only the summary's sweep queues them again.
    stack.redis.kill()
    for body in TEXTS:
        assert stack.text(body) == 200
    stack.redis.restart(empty=True)
    stack.wait(
        lambda: all(row.status == NoticingStatus.TAGGED for row in stack.noticings()),
        deadline_s=BOUND_S,
        what="the texts swept and tagged",
    )
    assert briefs_sent(stack) == 0  # nothing early

    stack.bring_brief_due(starts_in=timedelta(minutes=30))
    stack.wait(lambda: briefs_sent(stack) == 1, deadline_s=BOUND_S, what="the brief")
    stack.wait(
        lambda: (
            [s.brief_status for s in stack.sessions() if s.brief_status != BriefStatus.CANCELLED]
            == [BriefStatus.SENT]
            and stack.queues_idle()
        ),
        deadline_s=60,
        what="the brief to settle",
    )
    assert briefs_sent(stack) == 1
