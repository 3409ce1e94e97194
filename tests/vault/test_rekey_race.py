"""`keys rekey` while texts stream in, on PostgreSQL, with real processes.

Every transaction that seals under a client's data key holds the key row
FOR KEY SHARE (shared.vault.keys.lock_key_row; the fast path's single
statement too), which conflicts with the re-key's FOR UPDATE. Without it a
text sealed under the old key and committed while the re-key runs is left
under a key that no longer exists: unreadable for good.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from redis import Redis
from sqlalchemy import select

from shared.db import Database
from shared.db.models import Client, Noticing, NoticingKind, NoticingStatus, new_id
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.vault.keys import KeyStore
from shared.vault.sealed import NOTICING_BODY
from tests.support.env import make_env
from tests.vault.test_rotation import SmsStream, carryback_bin, enrol
from tools.devstack.processes import Supervisor, free_port, http_ok, wait_until

pytestmark = pytest.mark.postgres

CLIENTS = 3
# Rows each client already has: the re-key of one client takes a while, the
# window in which a text sealed under the old key could slip in.
HISTORY = 1500
REKEYS = 3


def seed_history(db: Database, keys: KeyStore) -> None:
    with db.session() as session:
        for client in session.execute(select(Client)).scalars().all():
            opened = keys.open_client(session, client, audited=False)
            for n in range(HISTORY):
                row = Noticing(
                    id=new_id(),
                    client_id=client.id,
                    kind=NoticingKind.SMS,
                    source_sid=f"SM{client.id[:16]}{n:016x}",
                    status=NoticingStatus.TAGGED,
                )
                opened.seal(NOTICING_BODY, row, f"an older noticing {n}")
                session.add(row)


@pytest.fixture
def postgres_url(database_url: str) -> str:
    if not database_url.startswith("postgresql"):
        pytest.skip("the race is PostgreSQL's: SQLite serialises every writer")
    return database_url


def test_every_text_stored_during_a_rekey_is_readable_after_it(
    postgres_url: str, redis_url: str, redis: Redis, tmp_path: Path
) -> None:
    raw = crypto.generate_master_key()
    keys = KeyStore(decode_master_key(raw))
    db = Database(postgres_url)
    db.upgrade()
    phones = enrol(db, keys, CLIENTS)
    seed_history(db, keys)
    env = make_env(postgres_url, redis_url, CARRYBACK_MASTER_KEY=raw).values
    env["PATH"] = "/usr/bin:/bin"
    supervisor = Supervisor(env, tmp_path / "logs")
    port = free_port()
    streams = [SmsStream(port, [phone], 100_000) for phone in phones]
    try:
        intake = supervisor.start(
            "intake",
            [carryback_bin(), "serve", "intake", "--port", str(port), "--workers", "2"],
        )
        wait_until(
            lambda: http_ok(f"http://127.0.0.1:{port}/healthz"),
            deadline_s=60,
            what="the intake",
            alive=intake.check_alive,
        )
        for stream in streams:
            stream.start()
        wait_until(
            lambda: all(len(s.sent) >= 5 for s in streams), deadline_s=60, what="first texts"
        )
        before = sum(len(s.sent) for s in streams)
        for _ in range(REKEYS):
            rekeyed = subprocess.run(
                [carryback_bin(), "keys", "rekey", "--yes"],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert rekeyed.returncode == 0, rekeyed.stderr
        texts_during = sum(len(s.sent) for s in streams) - before
        for stream in streams:
            stream.stop.set()
        for stream in streams:
            stream.join(timeout=60)
    finally:
        for stream in streams:
            stream.stop.set()
        supervisor.stop_all()

    sent = {body: status for stream in streams for body, status in stream.sent.items()}
    assert set(sent.values()) == {200}
    unreadable, bodies = 0, set()
    with db.session() as session:
        for client in session.execute(select(Client)).scalars().all():
            opened = keys.open_client(session, client, audited=False)
            for row in session.execute(select(Noticing).where(Noticing.client_id == client.id)):
                try:
                    bodies.add(opened.open_text(NOTICING_BODY, row[0]))
                except crypto.DecryptionError:
                    unreadable += 1
    assert unreadable == 0
    assert set(sent) <= bodies  # every text answered 200 was stored, and opens
    db.dispose()
    assert texts_during >= 20 * REKEYS, "the re-keys did not overlap the traffic"
