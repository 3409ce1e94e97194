"""Every process logs time, level and logger; gunicorn's lines too; the intake's INFO lines stay."""

from __future__ import annotations

import re

import pytest

from shared.db.models import NoticingStatus
from tools.devstack.stack import Stack

pytestmark = pytest.mark.chaos

LINE = re.compile(
    r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+: "
)


def log_lines(stack: Stack, name: str) -> list[str]:
    return (stack.logs / f"{name}.log").read_text(errors="replace").splitlines()


def test_every_service_logs_time_level_and_logger_and_the_intake_keeps_its_info_lines(
    stack: Stack,
) -> None:
    stack.start(workers=1)
    assert stack.text("chest tight before standup, 5/10") == 200
    sid = stack.sent[-1]
    stack.wait(
        lambda: all(row.status == NoticingStatus.TAGGED for row in stack.noticings()),
        deadline_s=60,
        what="the text tagged",
    )
    stack.wait(
        lambda: any(f"sms {sid}: stored" in line for line in log_lines(stack, "intake")),
        deadline_s=30,
        what="the intake's INFO line",
    )

    intake = log_lines(stack, "intake")
    assert any(
        LINE.match(line) and f"INFO services.intake.app: sms {sid}: stored" in line
        for line in intake
    )
    assert any(
        LINE.match(line) and "INFO gunicorn.error: Booting worker" in line for line in intake
    )
    assert any(
        LINE.match(line) and 'INFO gunicorn.access: 127.0.0.1 "POST /twilio/sms" 200' in line
        for line in intake
    )
    for name in ("intake", "worker-1", "summary"):
        lines = log_lines(stack, name)
        assert lines, name
        # Tracebacks continue a logged line; every other line starts as one.
        starts = [line for line in lines if line and not line[0].isspace()]
        strays = [line for line in starts if not LINE.match(line) and not _traceback(line)]
        assert strays == [], (name, strays[:5])


def _traceback(line: str) -> bool:
    return line.startswith("Traceback") or bool(re.match(r"[\w.]+(Error|Exception)\b", line))
