"""`carryback keys rekey`: after a leak, every client is under a new data key and still reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from shared.db import Database
from shared.db.models import Client, ClientKey
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from tests.services.cli.test_cli import run


def test_rekey_after_a_leak_leaves_the_leaked_copy_useless(tmp_path: Path) -> None:
    leaked = crypto.generate_master_key()
    env = {
        "PATH": "/usr/bin:/bin",
        "CARRYBACK_MASTER_KEY": leaked,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "CARRYBACK_ACTOR": "cli:test",
    }
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
    client_id = added.stdout.splitlines()[-1]
    database = Database(env["DATABASE_URL"])
    with database.session() as session:
        stolen = session.execute(select(ClientKey.wrapped_key)).scalar_one()  # the leaked copy
    fresh = dict(
        env, CARRYBACK_MASTER_KEY=crypto.generate_master_key(), CARRYBACK_OLD_MASTER_KEY=leaked
    )
    rekeyed = run(fresh, "keys", "rekey", "--yes")
    assert rekeyed.returncode == 0, rekeyed.stderr
    assert "re-keyed 1 clients (2 sealed values)" in rekeyed.stdout
    new_only = dict(env, CARRYBACK_MASTER_KEY=fresh["CARRYBACK_MASTER_KEY"])
    assert run(new_only, "noticings", client_id).returncode == 0
    assert run(new_only, "audit", "verify").returncode == 0
    # The data key the leaked master key unwraps no longer opens the client's name.
    old_data_key = crypto.unwrap_key(decode_master_key(leaked), stolen, f"client:{client_id}")
    with database.session() as session:
        name_enc = session.get(Client, client_id).name_enc
    with pytest.raises(crypto.DecryptionError):
        crypto.open_sealed(old_data_key, name_enc, "clients", "name", client_id)
    database.dispose()
