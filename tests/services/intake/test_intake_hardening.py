"""The intake under attack and outage: bounded bodies, replays, strangers, and nothing that hangs.

Real parts throughout: the intake under gunicorn for the body limit, a real
redis-server stopped with SIGSTOP, a real database lock held by another
connection, webhooks signed by Twilio's own RequestValidator.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, update

from services import runtime
from services.cli.serve import gunicorn_argv
from services.intake.app import create_app
from services.summary.spool_drain import drain_spool
from services.worker.runner import run_worker
from shared.db.models import Client, ClientStatus, NoticingStatus, UnknownSenderReply
from shared.infra.jobs import TAG_PENDING_KEY
from tests.services.intake.test_intake_sms import client_id, noticings, opened, queued, sms_params
from tests.support.env import Env
from tests.support.webhooks import signed_post
from tools.devstack.processes import Supervisor, free_port, http_ok, wait_until
from tools.devstack.redis_server import start_redis

__all__ = ["client_id"]  # a fixture, used by name below

STRANGER = "+14155559999"
# Twilio gives up after 15 s; every answer must come well before.
ANSWER_BOUND_S = 10.0


@pytest.fixture
def http(ctx: runtime.Context, client_id: str):
    return create_app(ctx).test_client()


# --- bounded bodies ----------------------------------------------------------------


@pytest.fixture
def served(env: Env, ctx: runtime.Context, tmp_path: Path) -> Iterator[int]:
    """The real intake under gunicorn (one worker) on a free loopback port."""
    port = free_port()
    supervisor = Supervisor(env={**os.environ, **env.values}, logs_dir=tmp_path / "logs")
    argv = gunicorn_argv("services.intake.app:create_app()", host="127.0.0.1", port=port, workers=1)
    server = supervisor.start("intake", argv)
    try:
        url = f"http://127.0.0.1:{port}/healthz"
        wait_until(lambda: http_ok(url), deadline_s=60, what=url, alive=server.check_alive)
        yield port
    finally:
        supervisor.stop_all()


def test_a_30_mb_unsigned_post_is_refused_with_413_before_its_body_is_read(served, ctx) -> None:
    announced = 30 * 1024 * 1024
    head = (
        "POST /twilio/sms HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {announced}\r\n\r\n"
    ).encode()
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", served), timeout=5) as conn:
        conn.sendall(head + b"Body=" + b"A" * 65_536)
        # The other 30 MB are never sent: the answer must not wait for them.
        status_line = conn.makefile("rb").readline()
    elapsed = time.monotonic() - started
    assert status_line.split()[1] == b"413", status_line
    assert elapsed < 1.0
    assert noticings(ctx) == []


def test_a_signed_20000_character_pathological_text_is_stored_and_tagged(
    ctx, http, signer, redis
) -> None:
    body = "#" * 20_000
    started = time.monotonic()
    response = signed_post(http, signer, "/twilio/sms", sms_params(body))
    assert response.status_code == 200 and b"Got it" in response.data
    assert run_worker(burst=True, sweep=False)
    elapsed = time.monotonic() - started
    [row] = noticings(ctx)
    assert row.status == NoticingStatus.TAGGED and opened(ctx, row)[0] == body
    assert elapsed < 5.0


def test_the_longest_text_the_form_accepts_still_fits_the_limit(ctx, http, signer) -> None:
    # 20,000 four-byte characters: the worst percent-encoding a signed form can carry.
    body = "\U0001fae0" * 20_000
    response = signed_post(http, signer, "/twilio/sms", sms_params(body))
    assert response.status_code == 200
    [row] = noticings(ctx)
    assert opened(ctx, row)[0] == body


# --- replays --------------------------------------------------------------------


def test_the_same_signed_undo_delivered_three_times_removes_one_noticing(ctx, http, signer) -> None:
    signed_post(http, signer, "/twilio/sms", sms_params("first: chest tight at lunch"))
    signed_post(http, signer, "/twilio/sms", sms_params("second: foreman online again"))
    undo = sms_params("UNDO")
    replies = [signed_post(http, signer, "/twilio/sms", undo) for _ in range(3)]
    assert all(r.status_code == 200 and b"Removed your last message" in r.data for r in replies)
    [kept] = noticings(ctx)
    assert opened(ctx, kept)[0] == "first: chest tight at lunch"


def test_a_redelivered_stop_does_not_undo_a_later_start(
    carryback_keywords, ctx, http, signer, client_id
) -> None:
    stop = sms_params("STOP")
    signed_post(http, signer, "/twilio/sms", stop)
    assert b"back on" in signed_post(http, signer, "/twilio/sms", sms_params("START")).data
    replay = signed_post(http, signer, "/twilio/sms", stop)
    assert replay.status_code == 200 and b"<Message>" not in replay.data
    with ctx.db.session() as session:
        assert session.get(Client, client_id).status == ClientStatus.ACTIVE


def test_a_redelivered_cues_reply_is_the_same_and_nothing_is_stored(ctx, http, signer) -> None:
    cues = sms_params("CUES")
    first = signed_post(http, signer, "/twilio/sms", cues)
    again = signed_post(http, signer, "/twilio/sms", cues)
    assert b"1. tight chest" in first.data and again.data == first.data
    assert noticings(ctx) == []


# --- unknown senders and other numbers ------------------------------------------


def test_an_unknown_number_gets_one_reply_a_day_and_is_not_kept_in_clear(
    ctx, http, signer, redis
) -> None:
    replies = [
        signed_post(http, signer, "/twilio/sms", sms_params(f"hello {n}?", frm=STRANGER)).data
        for n in range(3)
    ]
    assert b"cannot take messages" in replies[0]
    assert all(b"<Message>" not in reply for reply in replies[1:])
    # Crisis resources are never rationed.
    crisis = signed_post(
        http, signer, "/twilio/sms", sms_params("i want to end my life", frm=STRANGER)
    )
    assert b"988" in crisis.data
    with ctx.db.session() as session:
        stored = session.execute(select(UnknownSenderReply)).scalars().all()
        assert len(stored) == 1 and "5559999" not in stored[0].phone_index
        # A day later the number is answered once more.
        session.execute(update(UnknownSenderReply).values(day="2000-01-01"))
    tomorrow = signed_post(http, signer, "/twilio/sms", sms_params("hello?", frm=STRANGER))
    assert b"cannot take messages" in tomorrow.data
    assert noticings(ctx) == []


def test_a_text_to_another_number_is_refused_and_nothing_is_stored(ctx, http, signer) -> None:
    response = signed_post(
        http, signer, "/twilio/sms", sms_params("chest tight 6/10", To="+15005550099")
    )
    assert response.status_code == 400 and response.json["fields"] == ["To"]
    crisis = signed_post(
        http, signer, "/twilio/sms", sms_params("i want to kill myself", To="+15005550099")
    )
    assert crisis.status_code == 200 and b"988" in crisis.data
    assert noticings(ctx) == []


# --- nothing that hangs -----------------------------------------------------------


@pytest.fixture
def hung_redis(tmp_path: Path) -> Iterator[str]:
    """A real redis-server, then SIGSTOPped: it accepts connections and never answers."""
    supervisor = Supervisor(env=dict(os.environ), logs_dir=tmp_path / "redis-logs")
    url = start_redis(supervisor, tmp_path / "redis")
    [server] = supervisor.services
    os.kill(server.process.pid, signal.SIGSTOP)
    try:
        yield url
    finally:
        os.kill(server.process.pid, signal.SIGCONT)
        supervisor.stop_all()


def test_with_redis_hung_a_crisis_text_gets_the_crisis_reply_in_time(
    env, hung_redis, monkeypatch, signer, client_id
) -> None:
    monkeypatch.setenv("REDIS_URL", hung_redis)
    runtime.reset()
    ctx = runtime.context()
    http = create_app(ctx).test_client()
    started = time.monotonic()
    response = signed_post(http, signer, "/twilio/sms", sms_params("i want to kill myself"))
    elapsed = time.monotonic() - started
    assert response.status_code == 200 and b"988" in response.data
    assert elapsed < ANSWER_BOUND_S
    # Stored, alert pending: the sweep enqueues it once Redis answers again.
    [row] = noticings(ctx)
    assert row.crisis and row.status == NoticingStatus.RECEIVED
    # The next webhooks do not wait on Redis again while it stays hung.
    started = time.monotonic()
    for n in range(3):
        signed_post(http, signer, "/twilio/sms", sms_params(f"chest tight {n}/10"))
    assert time.monotonic() - started < ANSWER_BOUND_S


def test_a_locked_database_spools_the_text_in_time_and_it_is_stored_once_later(
    ctx, http, signer
) -> None:
    params = sms_params("chest tight 6/10")
    with _write_lock_held(ctx):
        started = time.monotonic()
        response = signed_post(http, signer, "/twilio/sms", params)
        elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert elapsed < ANSWER_BOUND_S
    assert noticings(ctx) == []
    # Twilio retries the same sid meanwhile (or the spool is drained twice): stored once.
    assert drain_spool(ctx).stored == 1
    assert signed_post(http, signer, "/twilio/sms", params).status_code == 200
    again = drain_spool(ctx)  # spooled again while the intake leaves the database alone
    assert again is None or (again.stored, again.duplicates) == (0, 1)
    [row] = noticings(ctx)
    assert row.source_sid == params["MessageSid"]
    assert opened(ctx, row)[0] == "chest tight 6/10"


def test_texts_are_stored_when_the_servers_connections_were_cut_between_them(
    ctx, http, signer
) -> None:
    if ctx.settings.is_sqlite:
        pytest.skip("a PostgreSQL server ending its connections")
    assert (
        signed_post(http, signer, "/twilio/sms", sms_params("chest tight 4/10")).status_code == 200
    )
    # As a server restart or an idle timeout does: the intake's pooled
    # connection is ended by the server while the intake is idle.
    engine = create_engine(ctx.settings.database_url)
    with engine.connect() as connection:
        ended = connection.exec_driver_sql(
            # OFFSET 0 keeps the filter apart: this connection never ends itself.
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 5000)) FROM ("
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() OFFSET 0) AS others"
        ).scalar_one()
    engine.dispose()
    assert ended >= 1
    for n in range(2):
        response = signed_post(http, signer, "/twilio/sms", sms_params(f"jaw tight {n + 5}/10"))
        assert response.status_code == 200
    assert len(noticings(ctx)) == 3


def test_texts_are_handed_over_when_redis_dropped_the_intakes_connection(
    ctx, http, signer, redis
) -> None:
    assert (
        signed_post(http, signer, "/twilio/sms", sms_params("chest tight 4/10")).status_code == 200
    )
    assert queued(redis) == 1
    # Redis restarted, or its timeout dropped an idle client: the intake's
    # pooled connection is gone, and no tag job is waiting any more.
    redis.delete(TAG_PENDING_KEY)
    assert redis.client_kill_filter(_type="normal", skipme=True) >= 1
    assert signed_post(http, signer, "/twilio/sms", sms_params("jaw tight 5/10")).status_code == 200
    assert queued(redis) == 2
    assert not http.application.extensions["carryback_handoff"].tripped


class _write_lock_held:  # a context manager, named for the with-statement
    """Another process's write lock: SQLite's, or PostgreSQL's on the tables the intake writes."""

    def __init__(self, ctx: runtime.Context) -> None:
        self.url = ctx.settings.database_url

    def __enter__(self) -> None:
        if self.url.startswith("sqlite"):
            self.conn = sqlite3.connect(self.url.split("///", 1)[1], isolation_level=None)
            self.conn.execute("BEGIN IMMEDIATE")
            return
        self.engine = create_engine(self.url)
        self.conn = self.engine.connect()
        self.conn.exec_driver_sql("BEGIN")
        self.conn.exec_driver_sql("LOCK TABLE processed_messages, noticings IN EXCLUSIVE MODE")

    def __exit__(self, *_exc: object) -> None:
        self.conn.rollback()
        self.conn.close()
        if hasattr(self, "engine"):
            self.engine.dispose()
