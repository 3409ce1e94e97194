"""`carryback plan set` and `carryback plan show`: the client's safety plan from the CLI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from shared.db.models import AuditEvent, SafetyPlan
from shared.kernel import crypto
from tests.services.cli.test_cli import run

PLAN_OPTIONS = (
    *("--warning-sign", "can't sleep, thoughts racing"),
    *("--warning-sign", "skipping meals"),
    *("--coping", "walk around the block"),
    *("--distraction", "the library on Elm St"),
    *("--person", "Maria|312-555-0144"),
    *("--professional", "Dr. Rivera|312-555-0100"),
    *("--safe-step", "give my pills to Maria to keep"),
)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "CARRYBACK_MASTER_KEY": crypto.generate_master_key(),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "CARRYBACK_ACTOR": "cli:test",
    }


def enrolled(env: dict[str, str]) -> str:
    run(env, "clinician", "add", "--name", "Dr R", "--email", "r@example.org")
    added = run(
        env,
        "client",
        "add",
        "--clinician",
        "r@example.org",
        "--phone",
        "+14155550100",
        "--name",
        "Sam",
    )
    return added.stdout.splitlines()[-1]


def events(env: dict[str, str], action: str) -> list[tuple[str, str]]:
    engine = create_engine(env["DATABASE_URL"])
    with engine.connect() as connection:
        rows = connection.execute(
            select(AuditEvent.actor, AuditEvent.detail).where(AuditEvent.action == action)
        ).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def test_plan_set_then_show_prints_the_exact_texts_and_the_show_is_audited(cli_env) -> None:
    client_id = enrolled(cli_env)
    empty = run(cli_env, "plan", "show", client_id)
    assert empty.returncode == 1 and "no safety plan yet" in empty.stderr

    saved = run(cli_env, "plan", "set", client_id, *PLAN_OPTIONS)
    assert saved.returncode == 0, saved.stderr
    assert "safety plan version 1" in saved.stdout
    assert "does not replace crisis services" in saved.stdout

    shown = run(cli_env, "plan", "show", client_id)
    assert shown.returncode == 0, shown.stderr
    assert "Safety plan, version 1" in shown.stdout
    assert "  Maria 312-555-0144" in shown.stdout
    assert (
        "What PLAN sends (1 message):\n\nYour safety plan:\n"
        "Warning signs: can't sleep, thoughts racing; skipping meals\n"
    ) in shown.stdout
    assert "Professionals and services: Dr. Rivera 312-555-0100; 988 (call or text)" in (
        shown.stdout
    )
    assert events(cli_env, "safety_plan.set") == [("cli:test", "version 1")]
    assert events(cli_env, "safety_plan.read") == [
        ("cli:test", "no plan"),
        ("cli:test", "version 1"),
    ]

    run(cli_env, "plan", "set", client_id, "--warning-sign", "the phone buzzing at 2am")
    again = run(cli_env, "plan", "show", client_id)
    assert "Safety plan, version 2" in again.stdout and "Maria" not in again.stdout
    # Every version is kept, sealed: the client's words are not in the database in clear.
    engine = create_engine(cli_env["DATABASE_URL"])
    with engine.connect() as connection:
        stored = connection.execute(select(SafetyPlan.version, SafetyPlan.parts_enc)).all()
    engine.dispose()
    assert sorted(version for version, _ in stored) == [1, 2]
    assert all(b"Maria" not in sealed and b"phone" not in sealed for _, sealed in stored)


def test_plan_set_refuses_a_contact_without_a_phone_in_one_clear_line(cli_env) -> None:
    client_id = enrolled(cli_env)
    refused = run(cli_env, "plan", "set", client_id, "--person", "Maria")
    assert refused.returncode == 1
    assert "People I can ask for help: write each as NAME|PHONE" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert events(cli_env, "safety_plan.set") == []
