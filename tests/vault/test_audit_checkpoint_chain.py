"""The verified checkpoint is part of the chain: it cannot be deleted or put back alone.

Each checkpoint is also an audit event whose MAC covers where it stands and
what it vouches for. A deleted checkpoint row, an older row put back (its MAC
valid), or a tail cut together with the checkpoint's own event is a break, for
the console's check, the full check and `carryback audit verify`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import delete, select

from shared.db import Database
from shared.db.models import AuditCheckpoint, AuditEvent
from shared.vault import audit
from shared.vault.keys import KeyStore
from tests.services.cli.test_cli import cli_env, run  # noqa: F401
from tests.vault.test_audit import append, db, keys  # noqa: F401

ROW = ("event_id", "event_hash", "events", "verified_at", "mac")


def _saved_row(database: Database) -> dict[str, object]:
    with database.session() as session:
        row = session.get(AuditCheckpoint, audit.CHECKPOINT)
        assert row is not None
        return {name: getattr(row, name) for name in ROW}


def _put_back(database: Database, saved: dict[str, object]) -> None:
    with database.session() as session:
        row = session.get(AuditCheckpoint, audit.CHECKPOINT)
        assert row is not None
        for name, value in saved.items():
            setattr(row, name, value)


def _both(database: Database, store: KeyStore) -> tuple[str, str]:
    with database.session() as session:
        recent = audit.verify_recent(session, store).verdict.broken
        full = audit.verify(session, store).broken
    return (recent.reason if recent else ""), (full.reason if full else "")


def test_a_deleted_checkpoint_row_is_caught(db, keys) -> None:  # noqa: F811
    append(db, keys, 6)
    with db.session() as session:
        assert audit.verify_recent(session, keys).verdict.broken is None
    assert _both(db, keys) == ("", "")  # the checkpoint's own event verifies too
    with db.session() as session:
        session.execute(delete(AuditCheckpoint))
    recent, full = _both(db, keys)
    assert "deleted" in recent and "deleted" in full


def test_truncation_with_the_checkpoint_deleted_is_caught_past_one_page(db, keys) -> None:  # noqa: F811
    append(db, keys, 6)
    with db.session() as session:
        audit.verify_recent(session, keys)
        keep = session.execute(select(AuditEvent.id).order_by(AuditEvent.id).limit(3)).all()[-1][0]
        session.execute(delete(AuditEvent).where(AuditEvent.id > keep))
        session.execute(delete(AuditCheckpoint))
    # Three events left, no checkpoint: past a page of two, the full check says so.
    with db.session() as session:
        full = audit.verify(session, keys, budget=2).broken
    assert full is not None and "no verified checkpoint" in full.reason


def test_an_older_checkpoint_put_back_is_caught(db, keys) -> None:  # noqa: F811
    append(db, keys, 3)
    with db.session() as session:
        audit.verify_recent(session, keys)
    saved = _saved_row(db)
    append(db, keys, 3)
    with db.session() as session:
        audit.verify_recent(session, keys)  # the checkpoint moves on
    _put_back(db, saved)
    recent, full = _both(db, keys)
    assert "rolled back" in recent and "rolled back" in full


def test_a_tail_cut_with_the_newest_checkpoint_event_is_caught(db, keys) -> None:  # noqa: F811
    append(db, keys, 3)
    with db.session() as session:
        audit.verify_recent(session, keys)
    append(db, keys, 3)
    with db.session() as session:
        audit.verify_recent(session, keys)
        newest = session.execute(select(AuditEvent.id).order_by(AuditEvent.id.desc())).scalar()
        session.execute(delete(AuditEvent).where(AuditEvent.id == newest))
    recent, full = _both(db, keys)
    assert "removed" in recent and "removed" in full


def test_the_console_checkpoint_only_moves_forward(db, keys) -> None:  # noqa: F811
    append(db, keys, 3)
    with db.session() as session:
        audit.verify(session, keys, checkpoint=True)
    ahead = _saved_row(db)["event_id"]
    with db.session() as session:
        # A check that saw less (here: told to stop early) must not move it back.
        audit._save_checkpoint(session, keys, 1, "0" * 64, 1)
    assert _saved_row(db)["event_id"] == ahead
    assert _both(db, keys) == ("", "")


def test_carryback_audit_verify_catches_a_deleted_or_rolled_back_checkpoint(
    cli_env,  # noqa: F811
) -> None:
    path = Path(cli_env["DATABASE_URL"].removeprefix("sqlite:///"))
    run(cli_env, "clinician", "add", "--name", "Dr R", "--email", "r@example.org")
    assert run(cli_env, "audit", "verify").stdout.startswith("audit chain intact: ")
    with sqlite3.connect(path) as connection:
        columns = ", ".join(ROW)
        saved = connection.execute(f"SELECT {columns} FROM audit_checkpoints").fetchone()  # noqa: S608
    run(cli_env, "clinician", "add", "--name", "Dr S", "--email", "s@example.org")
    assert run(cli_env, "audit", "verify").returncode == 0
    with sqlite3.connect(path) as connection:
        assignments = ", ".join(f"{name} = ?" for name in ROW)
        connection.execute(f"UPDATE audit_checkpoints SET {assignments}", saved)  # noqa: S608
    rolled = run(cli_env, "audit", "verify")
    assert rolled.returncode == 1 and "rolled back" in rolled.stderr, rolled.stderr
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM audit_checkpoints")
    deleted = run(cli_env, "audit", "verify")
    assert deleted.returncode == 1 and "deleted" in deleted.stderr, deleted.stderr
