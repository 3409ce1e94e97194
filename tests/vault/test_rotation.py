"""Master-key rotation under live traffic, and re-keying after a leak, with real processes."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from redis import Redis
from sqlalchemy import select

from services.simulator.webhooks import WebhookSender
from shared.db import Database
from shared.db.models import (
    BriefPdf,
    BriefStatus,
    Client,
    ClientKey,
    Noticing,
    OutboundMessage,
    TherapySession,
    utcnow,
)
from shared.delivery.brief_pdfs import keep, sealed_pdf, stored_pdf
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.roster.clients import add_client, add_clinician
from shared.vault.keys import KeyStore, UnknownMasterKey, rekey_client
from shared.vault.sealed import NOTICING_BODY, OUTBOUND_BODY
from tests.support.env import make_env
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, PUBLIC_BASE_URL, TWILIO_NUMBER
from tools.devstack.processes import Supervisor, free_port, http_ok, wait_until

CLIENTS = 12
MAX_MESSAGES = 2000  # a bound; the stream stops soon after the rotation ends


def carryback_bin() -> str:
    return str(Path(sys.executable).with_name("carryback"))


def enrol(db: Database, keys: KeyStore, count: int) -> list[str]:
    phones = [f"+1415555{1000 + n}" for n in range(count)]
    with db.session() as session:
        clinician = add_clinician(
            session, name="Dr Rivera", email="rivera@example.org", certificate_pem=None
        )
        for n, phone in enumerate(phones):
            add_client(session, keys, clinician=clinician, phone=phone, name=f"Client {n}")
    return phones


class SmsStream(threading.Thread):
    """Signed SMS to the intake over HTTP, one after another, statuses kept."""

    def __init__(self, port: int, phones: list[str], count: int) -> None:
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.sender = WebhookSender(
            PUBLIC_BASE_URL, AUTH_TOKEN, ACCOUNT_SID, target_base_url=f"http://127.0.0.1:{port}"
        )
        self.phones = phones
        self.count = count
        self.sent: dict[str, int] = {}  # body -> HTTP status

    def run(self) -> None:
        for n in range(self.count):
            if self.stop.is_set():
                return
            body = f"noticed it before the meeting, message {n}"
            response = self.sender.sms(self.phones[n % len(self.phones)], body, to=TWILIO_NUMBER)
            self.sent[body] = response.status_code


def test_rotate_while_signed_sms_stream_in_loses_nothing(
    database_url: str, redis_url: str, redis: Redis, tmp_path: Path
) -> None:
    old_raw, new_raw = crypto.generate_master_key(), crypto.generate_master_key()
    old_key, new_key = decode_master_key(old_raw), decode_master_key(new_raw)
    db = Database(database_url)
    db.upgrade()
    phones = enrol(db, KeyStore(old_key), CLIENTS)

    # Step 1 of a rotation: the services restart holding the new key and the old one.
    env = make_env(
        database_url, redis_url, CARRYBACK_MASTER_KEY=new_raw, CARRYBACK_OLD_MASTER_KEY=old_raw
    ).values
    env["PATH"] = "/usr/bin:/bin"
    supervisor = Supervisor(env, tmp_path / "logs")
    port = free_port()
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
        stream = SmsStream(port, phones, MAX_MESSAGES)
        stream.start()
        wait_until(lambda: len(stream.sent) >= 10, deadline_s=60, what="the first messages")
        # Step 2: re-wrap everything under the new key while messages keep coming.
        rotated = subprocess.run(
            [carryback_bin(), "keys", "rotate"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert rotated.returncode == 0, rotated.stderr
        during = len(stream.sent)
        wait_until(lambda: len(stream.sent) >= during + 10, deadline_s=60, what="later messages")
        stream.stop.set()
        stream.join(timeout=60)
    finally:
        supervisor.stop_all()

    assert len(stream.sent) < MAX_MESSAGES, "the rotation did not overlap the traffic"
    assert {status for status in stream.sent.values()} == {200}
    # Step 3: the old key is retired; everything opens with the new key alone.
    new_only = KeyStore(new_key)
    with db.session() as session:
        assert set(session.execute(select(ClientKey.master_key_id)).scalars()) == {
            new_only.master_key_id
        }
        bodies = set()
        for noticing in session.execute(select(Noticing)).scalars():
            data_key = new_only.client_key(session, noticing.client_id)
            bodies.add(NOTICING_BODY.open_text(data_key, noticing))
    assert bodies == set(stream.sent)
    db.dispose()


def test_a_key_under_an_unknown_master_key_names_the_remedy(database_url: str) -> None:
    db = Database(database_url)
    db.upgrade()
    old_key = decode_master_key(crypto.generate_master_key())
    enrol(db, KeyStore(old_key), 1)
    stranger = KeyStore(decode_master_key(crypto.generate_master_key()))
    with db.session() as session, pytest.raises(UnknownMasterKey, match="CARRYBACK_OLD_MASTER_KEY"):
        client_id = session.execute(select(ClientKey.client_id)).scalar_one()
        stranger.client_key(session, client_id)
    db.dispose()


def test_rekey_gives_new_data_keys_and_everything_still_reads(database_url: str) -> None:
    db = Database(database_url)
    db.upgrade()
    leaked = decode_master_key(crypto.generate_master_key())
    enrol(db, KeyStore(leaked), 2)
    with db.session() as session:
        before = {
            row.client_id: KeyStore(leaked).client_key(session, row.client_id)
            for row in session.execute(select(ClientKey)).scalars()
        }
    fresh = KeyStore(decode_master_key(crypto.generate_master_key()), (leaked,))
    for client_id in before:
        with db.session() as session:
            assert rekey_client(session, fresh, client_id) == 2  # name and phone
    new_only = KeyStore(fresh.master_key)
    with db.session() as session:
        for client in session.execute(select(Client)).scalars():
            opened = new_only.open_client(session, client)
            assert opened.name.startswith("Client ")
            # A copy of the old data key (unwrapped with the leaked master key) opens nothing.
            assert opened.data_key != before[client.id]
            with pytest.raises(crypto.DecryptionError):
                crypto.open_sealed(before[client.id], client.name_enc, "clients", "name", client.id)
    db.dispose()


def test_rekey_reseals_a_briefs_kept_pdf(database_url: str) -> None:
    db = Database(database_url)
    db.upgrade()
    leaked = decode_master_key(crypto.generate_master_key())
    enrol(db, KeyStore(leaked), 1)
    pdf = b"%PDF-1.7\n% a pre-session brief, printed\n" * 40
    with db.session() as session:
        client = session.execute(select(Client)).scalar_one()
        at = utcnow()
        brief = TherapySession(
            client_id=client.id, starts_at=at, brief_due_at=at, brief_status=BriefStatus.SENT
        )
        session.add(brief)
        session.flush()
        assert keep(
            session, [sealed_pdf(KeyStore(leaked).open_client(session, client), brief.id, pdf)]
        )
        client_id, session_id = client.id, brief.id
        old_key = KeyStore(leaked).client_key(session, client_id)
    fresh = KeyStore(decode_master_key(crypto.generate_master_key()), (leaked,))
    with db.session() as session:
        assert rekey_client(session, fresh, client_id) == 3  # name, phone and the PDF
    with db.session() as session:
        opened = KeyStore(fresh.master_key).open_client(session, session.get(Client, client_id))
        assert stored_pdf(session, opened, session_id) == pdf
        row = session.get(BriefPdf, session_id)
        with pytest.raises(crypto.DecryptionError):
            crypto.open_sealed(old_key, row.pdf_enc, "brief_pdfs", "pdf", session_id)
    db.dispose()


def test_rekey_reseals_the_texts_carryback_sends_the_client(database_url: str) -> None:
    db = Database(database_url)
    db.upgrade()
    leaked = decode_master_key(crypto.generate_master_key())
    enrol(db, KeyStore(leaked), 1)
    words = "Your practice: when the foreman is online, breathe out slowly."
    with db.session() as session:
        client = session.execute(select(Client)).scalar_one()
        message = OutboundMessage(client_id=client.id, kind="practice")
        session.add(message)
        session.flush()  # the row's id is part of what its body is sealed to
        OUTBOUND_BODY.seal(KeyStore(leaked).client_key(session, client.id), message, words.encode())
        client_id, message_id = client.id, message.id
    fresh = KeyStore(decode_master_key(crypto.generate_master_key()), (leaked,))
    with db.session() as session:
        assert rekey_client(session, fresh, client_id) == 3  # name, phone and the text
    with db.session() as session:
        key = KeyStore(fresh.master_key).client_key(session, client_id)
        assert OUTBOUND_BODY.open_text(key, session.get(OutboundMessage, message_id)) == words
    db.dispose()
