"""Settings checked at start: a wrong master key stops each service with one line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from tools.devstack.stack import Stack

pytestmark = pytest.mark.chaos


def test_intake_worker_and_summary_refuse_a_master_key_that_does_not_open_the_keys(
    stack: Stack,
) -> None:
    stack.redis.start()
    stack.smtp.up()
    stack.db.upgrade()
    stack.enrol(next_session=datetime.now(UTC) + timedelta(days=7))  # keys wrapped, stored
    held = crypto.key_id(decode_master_key(stack.env["CARRYBACK_MASTER_KEY"]))
    wrong = crypto.generate_master_key()

    for name, argv in stack.service_commands().items():
        stopped = stack.run_to_exit(name, argv, deadline_s=60, CARRYBACK_MASTER_KEY=wrong)
        assert stopped.returncode != 0, name
        lines = stopped.stderr.strip().splitlines()
        assert len(lines) == 1, (name, lines)
        assert "CARRYBACK_MASTER_KEY does not open this database's keys" in lines[0], name
        assert held in lines[0], name
