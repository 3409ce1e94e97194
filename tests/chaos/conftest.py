"""Chaos tests: the real processes, crashed, cut off and hung on purpose.

Each test starts its own stack (tests/support/stack.py) and stops it, whatever happens.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.devstack.processes import tail
from tools.devstack.stack import Stack


@pytest.fixture
def stack(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Stack]:
    built = Stack(tmp_path / "stack")
    try:
        yield built
    finally:
        built.stop()
        print_logs_if_failed(built, request)


def print_logs_if_failed(built: Stack, request: pytest.FixtureRequest) -> None:
    """Each service's last lines, when the test failed (pytest shows them with the failure)."""
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        for log in sorted(built.logs.glob("*.log")):
            print(f"--- {log.name} ---\n{tail(log, 40)}")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture
def canary() -> str:
    """Client words that must never appear in the clear outside the encrypted columns."""
    return f"quokka{secrets.token_hex(6)}"
