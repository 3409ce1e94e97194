"""Storage and encryption at rest, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import select, text, update

from shared.db import Database
from shared.db.models import (
    AuditEvent,
    Client,
    ClientKey,
    Noticing,
    NoticingKind,
    NoticingStatus,
    Practice,
)
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.kernel.crypto import DecryptionError
from shared.language.cues import Cue
from shared.roster.clients import (
    RosterError,
    add_client,
    add_clinician,
    current_practice,
    delete_client,
    find_client_by_phone,
    set_practice,
)
from shared.vault import audit
from shared.vault.keys import ClientGone, KeyStore, rotate_master_key
from shared.vault.sealed import CLIENT_PHONE, NOTICING_BODY


@pytest.fixture
def db(database_url: str) -> Database:
    database = Database(database_url)
    database.upgrade()
    yield database
    database.dispose()


@pytest.fixture
def keys() -> KeyStore:
    return KeyStore(decode_master_key(crypto.generate_master_key()))


def _enrol(db: Database, keys: KeyStore, phone: str = "+14155550100") -> str:
    with db.session() as session:
        clinician = add_clinician(
            session, name="Dr Rivera", email="rivera@example.org", certificate_pem=None
        )
        client = add_client(
            session, keys, clinician=clinician, phone=phone, name="Sam Okafor", timezone="UTC"
        )
        return client.id


def test_client_found_by_phone_in_any_usual_format(db: Database, keys: KeyStore) -> None:
    client_id = _enrol(db, keys)
    with db.session() as session:
        for typed in ("+1 (415) 555-0100", "415.555.0100", "0014155550100", "+14155550100"):
            found = find_client_by_phone(session, keys, typed)
            assert found is not None and found.id == client_id, typed
        assert find_client_by_phone(session, keys, "+14155550199") is None
        assert find_client_by_phone(session, keys, "not a number") is None


def test_no_plaintext_name_or_phone_in_the_database(db: Database, keys: KeyStore) -> None:
    client_id = _enrol(db, keys)
    with db.session() as session:
        row = session.get(Client, client_id)
        assert b"Okafor" not in row.name_enc and b"5550100" not in row.phone_enc
        assert "4155550100" not in row.phone_index
        opened = keys.open_client(session, row)
        assert opened.name == "Sam Okafor" and opened.phone == "+14155550100"


def test_duplicate_phone_refused(db: Database, keys: KeyStore) -> None:
    _enrol(db, keys)
    with pytest.raises(RosterError, match="already exists"), db.session() as session:
        clinician = session.execute(text("SELECT email FROM clinicians")).scalar_one()
        from shared.roster.clients import clinician_by_email

        add_client(
            session,
            keys,
            clinician=clinician_by_email(session, clinician),
            phone="(415) 555-0100",
            name="Someone Else",
        )


def test_sealed_value_moved_to_another_row_does_not_open(db: Database, keys: KeyStore) -> None:
    first = _enrol(db, keys, "+14155550100")
    with db.session() as session:
        row = session.get(Client, first)
        data_key = keys.client_key(session, first)
        with pytest.raises(DecryptionError):
            crypto.open_text(data_key, row.name_enc, "clients", "phone", first)
        with pytest.raises(DecryptionError):
            crypto.open_text(data_key, row.name_enc, "clients", "name", "another-row")
        # The declared columns derive the same binding, so no label is typed twice.
        moved = Client(id=first, phone_enc=row.name_enc)
        with pytest.raises(DecryptionError):
            CLIENT_PHONE.open_text(data_key, moved)


def test_practice_is_versioned_and_sealed(db: Database, keys: KeyStore) -> None:
    client_id = _enrol(db, keys)
    with db.session() as session:
        client = session.get(Client, client_id)
        for action in ("three slow breaths", "name the feeling"):
            set_practice(
                session,
                keys,
                client,
                cues=[Cue("tight chest before the meeting", ("standup",))],
                action=action,
                carry_back="what got in the way",
                nothing_this_week=False,
                next_session_at=None,
                lead_minutes=120,
            )
    with db.session() as session:
        versions = session.execute(select(Practice.version, Practice.action_enc)).all()
        assert sorted(v for v, _ in versions) == [1, 2]
        assert all(b"breaths" not in enc for _, enc in versions)
        current = current_practice(
            session, keys.open_client(session, session.get(Client, client_id))
        )
        assert current.version == 2 and current.action == "name the feeling"
        assert current.cues == (Cue("tight chest before the meeting", ("standup",)),)


def test_nothing_this_week_is_a_valid_practice(db: Database, keys: KeyStore) -> None:
    client_id = _enrol(db, keys)
    with db.session() as session:
        client = session.get(Client, client_id)
        set_practice(
            session,
            keys,
            client,
            cues=[],
            action=None,
            carry_back=None,
            nothing_this_week=True,
            next_session_at=None,
            lead_minutes=120,
        )
        practice = current_practice(session, keys.open_client(session, client))
        assert practice.nothing_this_week and practice.cues == ()


def test_rotation_rewraps_keys_without_touching_client_rows(db: Database, keys: KeyStore) -> None:
    client_id = _enrol(db, keys)
    with db.session() as session:
        before = session.get(Client, client_id).name_enc
    new_keys = KeyStore(decode_master_key(crypto.generate_master_key()))
    with db.session() as session:
        # the client key, the phone index key and the audit key
        assert rotate_master_key(session, keys.master_key, new_keys.master_key) == 3
    with db.session() as session:
        row = session.get(Client, client_id)
        assert row.name_enc == before
        assert new_keys.open_client(session, row).name == "Sam Okafor"
        assert find_client_by_phone(session, new_keys, "+14155550100").id == client_id
        with pytest.raises(DecryptionError):
            keys.client_key(session, client_id)


def test_deleting_a_client_shreds_their_key_and_rows(db: Database, keys: KeyStore) -> None:
    client_id = _enrol(db, keys)
    with db.session() as session:
        opened = keys.open_client(session, session.get(Client, client_id))
        noticing = Noticing(
            client_id=client_id,
            kind=NoticingKind.SMS,
            source_sid="SM" + "a" * 32,
            status=NoticingStatus.RECEIVED,
        )
        session.add(noticing)
        session.flush()
        opened.seal(NOTICING_BODY, noticing, "chest tight")
    with db.session() as session:
        delete_client(session, client_id)
    with db.session() as session:
        assert session.get(ClientKey, client_id) is None
        assert session.execute(select(Noticing)).first() is None
        with pytest.raises(ClientGone):
            keys.client_key(session, client_id)


def test_audit_chain_detects_an_edited_event(db: Database, keys: KeyStore) -> None:
    with db.session() as session:
        for n in range(3):
            audit.record(
                session,
                actor="cli:dr",
                action="noticings.read",
                subject_type="client",
                subject_id=f"c{n}",
                keys=keys,
            )
    with db.session() as session:
        assert audit.verify_chain(session, keys) is None
        second = session.execute(select(AuditEvent.id).order_by(AuditEvent.id)).all()[1][0]
        session.execute(update(AuditEvent).where(AuditEvent.id == second).values(actor="nobody"))
    with db.session() as session:
        assert audit.verify_chain(session, keys) == second


def test_migrations_apply_twice_without_change(database_url: str) -> None:
    database = Database(database_url)
    database.upgrade()
    database.upgrade()
    with database.session() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    database.dispose()


def test_an_index_key_from_a_rolled_back_enrolment_is_not_kept(
    db: Database, keys: KeyStore
) -> None:
    # The first enrolment on a fresh database creates the phone-index key, then fails.
    with pytest.raises(RosterError), db.session() as session:
        keys.phone_index(session, "+14155550100")
        raise RosterError("enrolment refused after the index key was made")
    # Another process enrols first and commits its own index key.
    other = KeyStore(keys.master_key)
    with db.session() as session:
        committed = other.phone_index_key(session)
    # This process must now use the committed key, not the one that was rolled back.
    with db.session() as session:
        assert keys.phone_index_key(session) == committed
    with db.session() as session:
        assert keys.phone_index_key(session) == committed  # and keeps it, once committed


def test_sqlite_file_and_its_wal_are_private_whatever_the_umask(tmp_path) -> None:
    path = tmp_path / "var" / "carryback.sqlite3"
    previous = os.umask(0o022)
    try:
        database = Database(f"sqlite:///{path}")
        database.upgrade()
        keys = KeyStore(decode_master_key(crypto.generate_master_key()))
        _enrol(database, keys)
        for made in (path, path.with_name(path.name + "-wal")):
            assert stat.S_IMODE(made.stat().st_mode) == 0o600, made.name
        database.dispose()
    finally:
        os.umask(previous)
