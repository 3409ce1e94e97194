"""A re-key and a sealer that meet on one noticing take their locks in one order: no deadlock.

``keys rekey`` locks the client's key row FOR UPDATE, then rewrites their
noticings. Tagging (one text, or a batch) and a voice note's transcript lock a
noticing and the key row FOR KEY SHARE; taken noticing-first, a re-key starting
between the two makes each wait for the other and PostgreSQL kills one with a
deadlock. Each sealer here is paused, for real, just before it locks the key
row, while a re-key runs in another transaction; then both must finish and the
noticing open under the new key.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from shared.db import Database
from shared.db.models import Client, Noticing, NoticingKind, NoticingStatus, new_id
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.language.transcription import VoiceResult
from shared.noticings.sealing import open_body
from shared.noticings.tagging import tag_stored, tag_waiting
from shared.noticings.voice import store_transcript
from shared.vault.keys import KeyStore, rekey_client
from shared.vault.sealed import NOTICING_BODY, NOTICING_FORCED_CUE, OpenedClient
from tests.vault.test_rekey_race import postgres_url  # noqa: F401
from tests.vault.test_rotation import enrol

pytestmark = pytest.mark.postgres

WORDS = "a text waiting to be tagged"
SPOKEN = "a voice note, transcribed"
# How long a paused sealer waits for the re-key to finish or to block on a lock.
PATIENCE_S = 20.0


def _seed(db: Database, keys: KeyStore, kind: NoticingKind) -> tuple[str, str]:
    with db.session() as session:
        client = session.execute(select(Client)).scalar_one()
        noticing = Noticing(
            id=new_id(),
            client_id=client.id,
            kind=kind,
            source_sid=("SM" if kind == NoticingKind.SMS else "RE") + "1" * 32,
            status=NoticingStatus.RECEIVED if kind == NoticingKind.SMS else NoticingStatus.PENDING,
        )
        opened = keys.open_client(session, client, audited=False)
        if kind == NoticingKind.SMS:
            opened.seal(NOTICING_BODY, noticing, WORDS)
        else:
            # A sealed cell the re-key rewrites (a pending note has none today, and
            # the re-key writes only rows with one): the order is proven all the same.
            opened.seal(NOTICING_FORCED_CUE, noticing, "standup")
        session.add(noticing)
        return client.id, noticing.id


def _tag_batch(session: Session, keys: KeyStore, noticing_id: str, _opened: OpenedClient) -> None:
    tag_waiting(session, keys, noticing_id, limit=10)


def _tag_one(session: Session, keys: KeyStore, noticing_id: str, _opened: OpenedClient) -> None:
    tag_stored(session, keys, noticing_id)


def _transcript(session: Session, keys: KeyStore, noticing_id: str, opened: OpenedClient) -> None:
    result = VoiceResult(SPOKEN, (), None, False, False, 4.0, 0.1)
    store_transcript(session, keys, opened, noticing_id, result, audio=None)


Sealer = Callable[[Session, KeyStore, str, OpenedClient], None]
SEALERS: dict[str, tuple[NoticingKind, Sealer, str]] = {
    "tag batch": (NoticingKind.SMS, _tag_batch, WORDS),
    "tag one": (NoticingKind.SMS, _tag_one, WORDS),
    "transcript": (NoticingKind.VOICE, _transcript, SPOKEN),
}


def _rekey_blocked_or_done(db: Database, rekey: threading.Thread) -> bool:
    with db.engine.connect() as connection:
        waiting = connection.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        ).scalar_one()
    return waiting > 0 or not rekey.is_alive()


@pytest.mark.parametrize("sealer", sorted(SEALERS))
def test_a_sealer_meeting_a_rekey_on_one_noticing_does_not_deadlock(
    postgres_url: str,  # noqa: F811
    sealer: str,
) -> None:
    kind, run, words = SEALERS[sealer]
    keys = KeyStore(decode_master_key(crypto.generate_master_key()))
    db = Database(postgres_url)
    db.upgrade()
    enrol(db, keys, 1)
    client_id, noticing_id = _seed(db, keys, kind)
    with db.session() as session:
        # A voice job opens the client when it starts, before the re-key.
        opened = keys.open_client(session, session.get(Client, client_id), audited=False)
    errors: list[str] = []
    at_key = threading.Event()
    go_on = threading.Event()

    def pause_before_the_key_lock(_conn, _cursor, statement: str, *_args) -> None:
        if "client_keys" in statement and "FOR KEY SHARE" in statement and not at_key.is_set():
            at_key.set()
            go_on.wait(PATIENCE_S)

    def sealer_thread() -> None:
        try:
            with db.session() as session:
                connection = session.connection()
                event.listen(connection, "before_cursor_execute", pause_before_the_key_lock)
                run(session, keys, noticing_id, opened)
        except Exception as error:
            errors.append(f"{sealer}: {type(error).__name__}: {str(error).splitlines()[0]}")

    def rekey_thread() -> None:
        try:
            with db.session() as session:
                rekey_client(session, keys, client_id)
        except Exception as error:
            errors.append(f"rekey: {type(error).__name__}: {str(error).splitlines()[0]}")

    sealing = threading.Thread(target=sealer_thread)
    rekeying = threading.Thread(target=rekey_thread)
    sealing.start()
    assert at_key.wait(PATIENCE_S), "the sealer never reached the key row"
    rekeying.start()
    deadline = time.monotonic() + PATIENCE_S
    while not _rekey_blocked_or_done(db, rekeying) and time.monotonic() < deadline:
        time.sleep(0.05)
    go_on.set()
    sealing.join(PATIENCE_S * 2)
    rekeying.join(PATIENCE_S * 2)
    try:
        assert not errors, errors
        with db.session() as session:
            noticing = session.get(Noticing, noticing_id)
            client = session.get(Client, client_id)
            assert noticing is not None and client is not None
            assert noticing.status != NoticingStatus.RECEIVED, noticing.status
            assert noticing.status != NoticingStatus.PENDING, noticing.status
            assert open_body(keys.open_client(session, client, audited=False), noticing) == words
    finally:
        db.dispose()
