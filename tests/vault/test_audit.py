"""The audit trail as an auditor checks it: keyed, anchored, naming who acted."""

from __future__ import annotations

import getpass
import socket
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from shared.db import Database, upgrade
from shared.db.models import AuditCheckpoint, AuditEvent, utcnow
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.roster.clients import add_client, add_clinician, set_status
from shared.vault import audit
from shared.vault.keys import KeyStore
from tests.services.cli.test_cli import run


@pytest.fixture
def db(database_url: str):
    database = Database(database_url)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def keys() -> KeyStore:
    return KeyStore(decode_master_key(crypto.generate_master_key()))


def append(db: Database, keys: KeyStore, count: int, actor: str = "cli:dr") -> None:
    with db.session() as session:
        for n in range(count):
            audit.record(
                session,
                actor=actor,
                action="noticings.read",
                subject_type="client",
                subject_id=f"c{n}",
                keys=keys,
            )


def test_a_chain_rewritten_without_the_audit_key_is_caught(db: Database, keys: KeyStore) -> None:
    append(db, keys, 3)
    with db.session() as session:
        events = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars().all()
        # An attacker with database access edits an event and recomputes every
        # link as a plain hash chain would allow: without the key, it shows.
        session.execute(delete(AuditEvent).where(AuditEvent.id > events[0].id))
        prev, rewritten = events[0].hash, []
        for event in events[1:]:
            copy = AuditEvent(
                at=event.at,
                actor="nobody",
                action=event.action,
                subject_type=event.subject_type,
                subject_id=event.subject_id,
                detail=event.detail,
                chain_version=audit.KEYED_CHAIN,
                prev_hash=prev,
            )
            copy.hash = audit._digest(prev, copy, b"\0" * 32)  # a key that is not the audit key
            session.add(copy)
            session.flush()
            rewritten.append(copy.id)
            prev = copy.hash
    with db.session() as session:
        verdict = audit.verify(session, keys)
    assert verdict.broken is not None and verdict.broken.event_id == rewritten[0]
    assert "MAC" in verdict.broken.reason


def test_truncation_is_caught_against_an_anchor(db: Database, keys: KeyStore) -> None:
    append(db, keys, 3)
    with db.session() as session:
        anchored = audit.anchor(session)[audit.HEAD_HEADER]
    append(db, keys, 1)
    with db.session() as session:
        assert audit.verify(session, keys, anchored).broken is None
        newest_two = (
            session.execute(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(2))
            .scalars()
            .all()
        )
        session.execute(delete(AuditEvent).where(AuditEvent.id.in_(newest_two)))
    with db.session() as session:
        assert audit.verify(session, keys).broken is None  # a shorter chain is still a chain
        broken = audit.verify(session, keys, anchored).broken
    assert broken is not None and "removed" in broken.reason


def test_services_are_named_with_their_process_and_the_cli_with_user_and_host(
    db: Database, keys: KeyStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CARRYBACK_ACTOR", raising=False)
    append(db, keys, 1, actor="service:summary")
    append(db, keys, 1, actor=audit.current_actor())
    append(db, keys, 1, actor="console:user-42")
    with db.session() as session:
        actors = session.execute(select(AuditEvent.actor).order_by(AuditEvent.id)).scalars().all()
    host = socket.gethostname()
    assert actors[0].startswith(f"service:summary@{host}:")
    assert actors[1] == f"cli:{getpass.getuser()}@{host}"
    assert actors[2] == "console:user-42"


def test_enrolment_and_status_changes_are_audited(db: Database, keys: KeyStore) -> None:
    with db.session() as session:
        clinician = add_clinician(
            session, name="Dr Rivera", email="rivera@example.org", certificate_pem=None
        )
        client = add_client(
            session, keys, clinician=clinician, phone="+14155550100", name="Sam", actor="console:u1"
        )
    with db.session() as session:
        found = session.get(type(client), client.id)
        set_status(session, found, "opted_out", keys=keys)  # the client texted STOP
    with db.session() as session:
        rows = session.execute(
            select(AuditEvent.actor, AuditEvent.action, AuditEvent.detail).order_by(AuditEvent.id)
        ).all()
    assert [(r.actor, r.action) for r in rows] == [
        ("console:u1", "client.enrolled"),
        ("client:keyword", "client.status_changed"),
    ]
    assert rows[1].detail == "active -> opted_out"


def test_existing_events_stay_verifiable_after_the_chain_is_keyed(
    database_url: str, keys: KeyStore
) -> None:
    database = Database(database_url)
    upgrade(database.engine, "0003")
    # Two events written by the unkeyed chain, before migration 0006.
    prev = audit.GENESIS
    with database.engine.begin() as connection:
        for n in range(2):
            event = AuditEvent(
                at=audit.utcnow(),
                actor="cli:old",
                action="noticings.read",
                subject_type="client",
                subject_id=f"c{n}",
                detail="",
                chain_version=audit.LEGACY_CHAIN,
            )
            digest = audit._digest(prev, event, None)
            connection.execute(
                text(
                    "INSERT INTO audit_events (at, actor, action, subject_type, subject_id, "
                    "detail, prev_hash, hash) VALUES (:at, :actor, :action, 'client', :sid, '', "
                    ":prev, :hash)"
                ),
                {
                    "at": event.at.replace(tzinfo=None)
                    if database_url.startswith("sqlite")
                    else event.at,
                    "actor": event.actor,
                    "action": event.action,
                    "sid": event.subject_id,
                    "prev": prev,
                    "hash": digest,
                },
            )
            prev = digest
    database.upgrade()
    append(database, keys, 2)
    with database.session() as session:
        verdict = audit.verify(session, keys)
        assert verdict.broken is None and verdict.events == 4
        first = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars().first()
        session.execute(update(AuditEvent).where(AuditEvent.id == first.id).values(actor="x"))
    with database.session() as session:
        assert audit.verify(session, keys).broken.event_id == first.id
    database.dispose()


def test_audit_verify_command_says_where_the_chain_breaks(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "CARRYBACK_MASTER_KEY": crypto.generate_master_key(),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "CARRYBACK_ACTOR": "cli:test",
    }
    assert (
        run(env, "clinician", "add", "--name", "Dr R", "--email", "r@example.org").returncode == 0
    )
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
    assert run(env, "client", "status", client_id, "paused").returncode == 0
    head = run(env, "audit", "head").stdout.strip()
    intact = run(env, "audit", "verify", "--anchor", head)
    assert intact.returncode == 0 and "3 events" in intact.stdout, intact.stderr
    database = Database(env["DATABASE_URL"])
    with database.session() as session:
        session.execute(
            update(AuditEvent).where(AuditEvent.action == "client.enrolled").values(detail="edited")
        )
    database.dispose()
    broken = run(env, "audit", "verify")
    assert broken.returncode == 1
    assert "audit chain broken at event 2" in broken.stderr and "MAC" in broken.stderr


def test_event_details_count_in_english() -> None:
    assert audit.counted(1, "alert") == "1 alert"
    assert audit.counted(0, "brief") == "0 briefs"
    assert audit.counted(3, "noticing") == "3 noticings"
    assert audit.counted(2, "person", "people") == "2 people"


# --- the console's incremental check, from a verified checkpoint ----------------------


def test_the_recent_check_verifies_only_what_came_after_its_checkpoint(
    db: Database, keys: KeyStore
) -> None:
    append(db, keys, 7)
    with db.session() as session:
        first = audit.verify_recent(session, keys, budget=5)
    # A budget of five: five now, the rest at the next look, never all at once.
    assert (first.checked, first.waiting, first.verdict.events) == (5, 1, 5)
    with db.session() as session:
        second = audit.verify_recent(session, keys, budget=5)
    # The first look's checkpoint is an event of the chain too: two events and it.
    assert (second.checked, second.waiting, second.verdict.events) == (3, 0, 8)
    assert second.verdict.broken is None
    append(db, keys, 2)
    with db.session() as session:
        third = audit.verify_recent(session, keys, budget=5)
    assert (third.checked, third.verdict.events) == (3, 11)
    with db.session() as session:
        # An edit after the checkpoint is caught by the recent check.
        session.execute(
            update(AuditEvent).where(AuditEvent.id == third.verdict.head_id).values(detail="x")
        )
    append(db, keys, 1)
    with db.session() as session:
        assert audit.verify_recent(session, keys).verdict.broken is None  # checkpoint passed it
        full = audit.verify(session, keys)
    # What the recent check leaves behind, the full check (an operator's schedule) finds.
    assert full.broken is not None and full.broken.event_id == third.verdict.head_id


def test_emptying_or_truncating_the_table_is_caught_by_both_checks(
    db: Database, keys: KeyStore
) -> None:
    append(db, keys, 4)
    with db.session() as session:
        assert audit.verify_recent(session, keys).verdict.broken is None
        newest = session.execute(select(AuditEvent.id).order_by(AuditEvent.id.desc())).scalar()
        session.execute(delete(AuditEvent).where(AuditEvent.id == newest))
    with db.session() as session:
        recent = audit.verify_recent(session, keys).verdict.broken
        full = audit.verify(session, keys).broken  # no anchor given: the checkpoint is one
    assert recent is not None and "removed" in recent.reason
    assert full is not None and "removed" in full.reason
    with db.session() as session:
        session.execute(delete(AuditEvent))
    append(db, keys, 2)  # a fresh chain from the start, as if nothing had been
    with db.session() as session:
        assert audit.verify_recent(session, keys).verdict.broken is not None
        assert audit.verify(session, keys).broken is not None


def test_a_checkpoint_moved_without_the_audit_key_is_caught(db: Database, keys: KeyStore) -> None:
    append(db, keys, 3)
    with db.session() as session:
        audit.verify_recent(session, keys)
        session.execute(update(AuditCheckpoint).values(events=99))
    with db.session() as session:
        broken = audit.verify_recent(session, keys).verdict.broken
        full = audit.verify(session, keys).broken
    assert broken is not None and "checkpoint" in broken.reason
    assert full is not None and "checkpoint" in full.reason


def test_the_full_check_moves_the_checkpoint_to_the_head(db: Database, keys: KeyStore) -> None:
    append(db, keys, 3)
    with db.session() as session:
        verdict = audit.verify(session, keys, checkpoint=True)
    with db.session() as session:
        recent = audit.verify_recent(session, keys)
    # All that is left to the console: the checkpoint's own event, after the head.
    assert verdict.broken is None and recent.checked == 1 and recent.verdict.events == 4


def test_a_repeated_read_within_a_minute_is_one_event(db: Database, keys: KeyStore) -> None:
    def read(actor: str, subject: str) -> AuditEvent | None:
        with db.session() as session:
            return audit.record_read(
                session,
                actor=actor,
                action="timeline.read",
                subject_type="client",
                subject_id=subject,
                keys=keys,
            )

    assert read("console:a", "c1") is not None
    assert read("console:a", "c1") is None  # a reload: who read what is already there
    assert read("console:b", "c1") is not None  # someone else's read is their own event
    assert read("console:a", "c2") is not None
    with db.session() as session:
        session.execute(update(AuditEvent).values(at=utcnow() - timedelta(minutes=2)))
    assert read("console:a", "c1") is not None  # a minute later, a read again
