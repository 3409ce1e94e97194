"""The `carryback` command as a clinician or operator uses it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shared.kernel import crypto

CUES = [
    {"label": "tight chest before the meeting", "phrases": ["standup"]},
    {"label": "the foreman is online", "phrases": ["foreman"]},
]


def carryback_bin() -> str:
    installed = Path(sys.executable).with_name("carryback")
    return str(installed) if installed.exists() else shutil.which("carryback") or "carryback"


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "CARRYBACK_MASTER_KEY": crypto.generate_master_key(),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "CARRYBACK_ACTOR": "cli:test",
    }


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [carryback_bin(), *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def cues_file(tmp_path: Path) -> Path:
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(CUES))
    return path


def test_keys_generate_prints_one_fresh_key(cli_env) -> None:
    first, second = run(cli_env, "keys", "generate"), run(cli_env, "keys", "generate")
    assert first.returncode == 0
    lines = first.stdout.splitlines()
    assert len(lines) == 1 and len(lines[0]) == 43
    assert first.stdout != second.stdout


def test_tag_one_text_and_a_stream(cli_env, cues_file) -> None:
    one = run(cli_env, "tag", "--cues", str(cues_file), "chest got tight before standup, 7/10")
    assert one.returncode == 0
    printed = json.loads(one.stdout)
    # Why each cue matched comes with it: the cue's words and the text's words that met them.
    [why] = printed.pop("why")
    assert why["cue"] == "tight chest before the meeting" and why["by"] == "label"
    assert ["chest", "chest", "word"] in why["words"]
    assert printed == {
        "cues": ["tight chest before the meeting"],
        "intensity": 7,
        "barrier": False,
        "crisis": False,
    }
    lines = "forman is online again\ndidn't do it, no time\n\ni want to die\n"
    many = run(cli_env, "tag", "--cues", str(cues_file), stdin=lines)
    results = [json.loads(line) for line in many.stdout.splitlines()]
    assert len(results) == 4
    assert results[0]["cues"] == ["the foreman is online"]
    assert results[1]["barrier"] is True
    assert results[2] == {
        "cues": [],
        "intensity": None,
        "barrier": False,
        "crisis": False,
        "why": [],
    }
    assert results[3]["crisis"] is True


def test_tag_with_a_bad_cue_file_is_one_clear_line(cli_env, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"label": ""}]))
    result = run(cli_env, "tag", "--cues", str(bad), "hello")
    assert result.returncode == 1
    assert "cue 1" in result.stderr and "Traceback" not in result.stderr


def test_enrol_practice_read_and_delete(cli_env, tmp_path) -> None:
    assert run(cli_env, "db", "upgrade").returncode == 0
    added = run(cli_env, "clinician", "add", "--name", "Dr Rivera", "--email", "r@example.org")
    assert added.returncode == 0, added.stderr
    client = run(
        cli_env,
        "client",
        "add",
        "--clinician",
        "r@example.org",
        "--phone",
        "(415) 555-0100",
        "--name",
        "Sam Okafor",
        "--tz",
        "America/Chicago",
    )
    assert client.returncode == 0, client.stderr
    client_id = client.stdout.splitlines()[-1]
    assert len(client_id) == 32
    practice = run(
        cli_env,
        "practice",
        "set",
        client_id,
        "--cue",
        "tight chest before the meeting|standup|stand-up",
        "--cue",
        "the foreman is online",
        "--action",
        "three slow breaths",
        "--carry-back",
        "one moment, or what got in the way",
        "--next-session",
        "2030-01-10 14:00",
    )
    assert practice.returncode == 0, practice.stderr
    gap = run(
        cli_env,
        "practice",
        "set",
        client_id,
        "--nothing-this-week",
        "--next-session",
        "2030-03-10 02:30",
    )
    assert gap.returncode == 1 and "daylight saving" in gap.stderr
    nothing = run(cli_env, "practice", "set", client_id, "--nothing-this-week")
    assert nothing.returncode == 0 and "version 2" in nothing.stdout
    listed = run(cli_env, "noticings", client_id, "--json")
    assert listed.returncode == 0 and listed.stdout == ""
    assert run(cli_env, "audit", "verify").stdout.startswith("audit chain intact: ")
    deleted = run(cli_env, "client", "delete", client_id, "--yes")
    assert deleted.returncode == 0
    gone = run(cli_env, "noticings", client_id)
    assert gone.returncode == 1 and f"no client with id {client_id}" in gone.stderr


def test_unknown_clinician_and_bad_timezone_are_clear(cli_env) -> None:
    missing = run(
        cli_env,
        "client",
        "add",
        "--clinician",
        "nobody@example.org",
        "--phone",
        "+14155550100",
        "--name",
        "X",
    )
    assert missing.returncode == 1 and "no clinician with email" in missing.stderr
    run(cli_env, "clinician", "add", "--name", "Dr R", "--email", "r@example.org")
    bad_tz = run(
        cli_env,
        "client",
        "add",
        "--clinician",
        "r@example.org",
        "--phone",
        "+14155550100",
        "--name",
        "X",
        "--tz",
        "Mars/Olympus",
    )
    assert bad_tz.returncode == 1 and "unknown timezone" in bad_tz.stderr


def test_clinician_certificate_is_checked_at_add_time(cli_env, tmp_path) -> None:
    garbage = tmp_path / "cert.pem"
    garbage.write_text("not a certificate")
    result = run(
        cli_env,
        "clinician",
        "add",
        "--name",
        "Dr R",
        "--email",
        "r@example.org",
        "--cert",
        str(garbage),
    )
    assert result.returncode == 1 and "cert.pem" in result.stderr


def test_rotate_keeps_clients_readable_under_the_new_key(cli_env) -> None:
    run(cli_env, "clinician", "add", "--name", "Dr R", "--email", "r@example.org")
    client_id = run(
        cli_env,
        "client",
        "add",
        "--clinician",
        "r@example.org",
        "--phone",
        "+14155550100",
        "--name",
        "Sam",
    ).stdout.splitlines()[-1]
    new_key = crypto.generate_master_key()
    rotated_env = dict(
        cli_env,
        CARRYBACK_MASTER_KEY=new_key,
        CARRYBACK_OLD_MASTER_KEY=cli_env["CARRYBACK_MASTER_KEY"],
    )
    result = run(rotated_env, "keys", "rotate")
    assert result.returncode == 0 and "re-wrapped 3 keys" in result.stdout
    assert run(dict(cli_env, CARRYBACK_MASTER_KEY=new_key), "noticings", client_id).returncode == 0
    old = run(cli_env, "noticings", client_id)
    assert old.returncode != 0
