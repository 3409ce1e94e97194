"""The dev harness in tests/support: the PostgreSQL runs are real and marked, and
what it starts it stops."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib

from tests.support.paths import REPO_ROOT
from tools.devstack import postgres
from tools.devstack.processes import free_port, port_open
from tools.devstack.redis_server import redis_answers, throwaway_redis

ROOT = REPO_ROOT
ONE_STORAGE_TEST = "tests/db/test_storage.py::test_duplicate_phone_refused"


def run_pytest(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=300,
        check=False,
    )


def test_postgres_marker_selects_exactly_the_postgresql_runs() -> None:
    result = run_pytest("--collect-only", "-q", "-m", "postgres", ONE_STORAGE_TEST)
    collected = [line for line in result.stdout.splitlines() if "::" in line]
    assert collected == [f"{ONE_STORAGE_TEST}[postgres]"], result.stdout


def test_postgres_marker_names_the_variable_the_harness_reads() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    markers = config["tool"]["pytest"]["ini_options"]["markers"]
    [described] = [marker for marker in markers if marker.startswith("postgres:")]
    assert postgres.POSTGRES_ENV in described


def test_a_named_postgresql_that_does_not_answer_fails_the_run_instead_of_skipping() -> None:
    nowhere = f"postgresql://postgres@127.0.0.1:{free_port()}/test"
    result = run_pytest("-q", "-m", "postgres", ONE_STORAGE_TEST, CARRYBACK_TEST_POSTGRES=nowhere)
    assert result.returncode != 0
    assert "CARRYBACK_TEST_POSTGRES is set but no PostgreSQL answers" in result.stdout
    assert "skipped" not in result.stdout


def test_throwaway_redis_answers_inside_and_is_gone_after() -> None:
    with throwaway_redis() as url:
        assert redis_answers(url)
        port = int(url.rsplit(":", 1)[1].split("/")[0])
    assert not port_open(port)
