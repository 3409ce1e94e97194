"""The intake's queue for SQLite's write lock: turns, their bound, and the webhooks behind them."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from services import runtime
from services.intake import app as intake_app
from services.summary.spool_drain import drain_spool
from shared.db.models import Noticing
from shared.db.writer_queue import WriterQueue, WriterQueueTimeout
from tests.services.intake.test_intake_sms import client_id, sms_params  # noqa: F401 (a fixture)
from tests.support.webhooks import signed_post

# Another process in its turn: it holds the flock until its stdin closes.
_HOLD = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_CREAT | os.O_RDWR, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


@contextmanager
def turn_held_elsewhere(lock_path: Path) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(lock_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        release(holder)


def release(holder: subprocess.Popen[str]) -> None:
    if holder.poll() is None:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)


def sqlite_queue(tmp_path: Path, wait_ms: int) -> tuple[WriterQueue, sqlite3.Connection]:
    url = f"sqlite:///{tmp_path / 'carryback.sqlite3'}"
    queue = WriterQueue.beside(create_engine(url), wait_ms)
    assert queue is not None
    connection = sqlite3.connect(tmp_path / "carryback.sqlite3", isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout={wait_ms}")
    return queue, connection


def busy_timeout(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA busy_timeout").fetchone()[0]


def test_the_queue_sits_beside_a_sqlite_file_only(tmp_path: Path) -> None:
    queue = WriterQueue.beside(create_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}"), 100)
    assert queue is not None and queue.lock_path == tmp_path / "c.sqlite3-writers.lock"
    assert WriterQueue.beside(create_engine("sqlite://"), 100) is None
    postgres = create_engine("postgresql+psycopg://carryback@127.0.0.1:1/none")
    assert WriterQueue.beside(postgres, 100) is None


def test_a_turn_waits_for_another_process_and_is_bounded(tmp_path: Path) -> None:
    queue, connection = sqlite_queue(tmp_path, wait_ms=300)
    with turn_held_elsewhere(queue.lock_path) as holder:
        with pytest.raises(WriterQueueTimeout), queue.turn(connection):
            pytest.fail("a turn was given while another process held it")
        # Freed while this process waits: the turn follows. The holder's lock goes as its
        # process exits, before the exit can be waited for: what the turn follows is the
        # holder told to let go (its stdin closed), not its exit status.
        threading.Timer(0.1, release, args=(holder,)).start()
        with queue.turn(connection):
            assert holder.stdin is not None and holder.stdin.closed
    # The lock file holds nothing, readable by the owner only.
    assert stat.S_IMODE(queue.lock_path.stat().st_mode) == 0o600
    assert queue.lock_path.read_bytes() == b""


def test_threads_of_one_process_take_turns_too(tmp_path: Path) -> None:
    queue, connection = sqlite_queue(tmp_path, wait_ms=5_000)
    inside: list[int] = []
    most_at_once = 0

    def write() -> None:
        nonlocal most_at_once
        for _ in range(50):
            with queue.turn(connection):
                inside.append(1)
                most_at_once = max(most_at_once, len(inside))
                time.sleep(0.0005)
                inside.pop()

    threads = [threading.Thread(target=write) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most_at_once == 1


def test_a_long_wait_for_a_turn_leaves_sqlite_only_the_rest_of_the_budget(tmp_path: Path) -> None:
    # The turn came late (another process held it for most of the wait) and
    # SQLite's own lock is taken too: the webhook's whole database wait is
    # still one budget, not the turn's wait plus SQLite's busy timeout.
    queue, connection = sqlite_queue(tmp_path, wait_ms=1_000)
    blocker = sqlite3.connect(tmp_path / "carryback.sqlite3", isolation_level=None)
    blocker.execute("CREATE TABLE t (x)")
    blocker.execute("BEGIN IMMEDIATE")
    with turn_held_elsewhere(queue.lock_path) as holder:
        threading.Timer(0.6, release, args=(holder,)).start()
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"), queue.turn(connection):
            assert busy_timeout(connection) < 500
            connection.execute("BEGIN IMMEDIATE")
        waited = time.monotonic() - started
    assert 0.6 <= waited < 1.3
    assert busy_timeout(connection) == 1_000
    blocker.execute("ROLLBACK")


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> int:
    wait_ms = 400
    monkeypatch.setattr(intake_app, "INTAKE_DB_WAIT_MS", wait_ms)
    return wait_ms


@pytest.mark.usefixtures("client_id")
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_webhook_with_no_turn_in_time_is_spooled_and_stored_once(
    short_wait: int, ctx: runtime.Context, signer
) -> None:
    http = intake_app.create_app(ctx).test_client()
    # The first text reads the client; the next ones take the short path.
    assert signed_post(http, signer, "/twilio/sms", sms_params("chest 3/10")).status_code == 200
    queue = http.application.extensions["carryback_writers"]
    params = sms_params("chest tight before the standup 6/10")
    with turn_held_elsewhere(queue.lock_path):
        started = time.monotonic()
        spooled = signed_post(http, signer, "/twilio/sms", params)
        waited = time.monotonic() - started
    assert spooled.status_code == 200
    assert short_wait / 1000 <= waited < short_wait / 1000 + 2
    assert params["MessageSid"] not in stored_sids(ctx)
    # Twilio's retries of the same message, and the spool drained: stored once.
    assert signed_post(http, signer, "/twilio/sms", params).status_code == 200
    assert signed_post(http, signer, "/twilio/sms", params).status_code == 200
    drain_spool(ctx)
    assert params["MessageSid"] in stored_sids(ctx) and len(stored_sids(ctx)) == 2


def stored_sids(ctx: runtime.Context) -> set[str]:
    with ctx.db.session() as session:
        return set(session.execute(select(Noticing.source_sid)).scalars())


@pytest.mark.usefixtures("client_id")
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_texts_are_stored_when_the_lock_file_cannot_be_used(
    ctx: runtime.Context, signer, caplog: pytest.LogCaptureFixture
) -> None:
    # A lock file left by another user, a read-only directory, no flock on the
    # file system: the queue is a speed-up, so texts are stored without it.
    http = intake_app.create_app(ctx).test_client()
    queue = http.application.extensions["carryback_writers"]
    queue.lock_path.mkdir()  # cannot be opened for writing
    bodies = ["chest 3/10", "chest tight before the standup 6/10", "jaw 2/10"]
    for body in bodies:
        assert signed_post(http, signer, "/twilio/sms", sms_params(body)).status_code == 200
    assert len(stored_sids(ctx)) == 3
    warnings = [r for r in caplog.records if "writer queue" in r.getMessage()]
    assert len(warnings) == 1 and "chest" not in warnings[0].getMessage()
