"""Deleting a client leaves nothing of theirs readable: database file, WAL, Redis, Twilio.

Real processes: the intake under gunicorn and an RQ worker on a real Redis,
the Twilio stand-in over HTTP, and `carryback client delete` run while they
are up. Then the SQLite file and its WAL are scanned byte for byte.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from services import runtime
from services.console.app import create_app
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.simulator.webhooks import WebhookSender
from shared.db import Database
from shared.db.models import (
    AuditEvent,
    BriefPdf,
    BriefStatus,
    Client,
    ClientKey,
    Clinician,
    Noticing,
    NoticingStatus,
    Practice,
    TherapySession,
    utcnow,
)
from shared.delivery.brief_pdfs import keep, sealed_pdf
from shared.infra.jobs import DEFAULT
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.language.cues import Cue
from shared.roster.clients import add_client, add_clinician, set_practice
from shared.vault.keys import KeyStore
from tests.support.console import console_env_values, make_person, post_form, sign_in
from tests.support.env import make_env
from tests.support.records import text_in
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, PUBLIC_BASE_URL, TWILIO_NUMBER
from tools.devstack.processes import Supervisor, free_port, http_ok, wait_until

GONE, KEPT = "+14155550101", "+14155550102"
CLINICIAN_EMAIL = "rivera@example.org"
CLIENT_NAME = "Sam"


def carryback_bin() -> str:
    return str(Path(sys.executable).with_name("carryback"))


@pytest.fixture
def stand_in() -> Iterator[BackgroundServer]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


def enrol(db: Database, keys: KeyStore) -> dict[str, str]:
    ids = {}
    with db.session() as session:
        clinician = session.execute(
            select(Clinician).where(Clinician.email == CLINICIAN_EMAIL)
        ).scalar_one_or_none() or add_clinician(
            session, name="Dr Rivera", email=CLINICIAN_EMAIL, certificate_pem=None
        )
        for phone in (GONE, KEPT):
            client = add_client(session, keys, clinician=clinician, phone=phone, name=CLIENT_NAME)
            set_practice(
                session,
                keys,
                client,
                cues=[Cue("tight chest before the meeting", ("standup",))],
                action="notice it and text one line",
                carry_back="what the chest was saying",
                nothing_this_week=False,
                next_session_at=None,
                lead_minutes=120,
            )
            keep_a_sent_briefs_pdf(session, keys, client)
            ids[phone] = client.id
    return ids


# Small enough to sit in one database page, so the scan below finds the other client's.
PRINTED = b"%PDF-1.7\n% the pre-session brief of a client, printed and kept\n" * 8


def keep_a_sent_briefs_pdf(session: Session, keys: KeyStore, client: Client) -> None:
    at = utcnow()
    brief = TherapySession(
        client_id=client.id, starts_at=at, brief_due_at=at, brief_status=BriefStatus.SENT
    )
    session.add(brief)
    session.flush()
    assert keep(session, [sealed_pdf(keys.open_client(session, client), brief.id, PRINTED)])


def sealed_bytes(db: Database, client_id: str) -> list[bytes]:
    """Every ciphertext and the wrapped key the database holds for one client."""
    with db.session() as session:
        client = session.get(Client, client_id)
        values = [client.phone_enc, client.name_enc]
        values.append(session.get(ClientKey, client_id).wrapped_key)
        for practice in session.execute(
            select(Practice).where(Practice.client_id == client_id)
        ).scalars():
            values += [practice.cues_enc, practice.action_enc, practice.carry_back_enc]
        for noticing in session.execute(
            select(Noticing).where(Noticing.client_id == client_id)
        ).scalars():
            values += [noticing.body_enc, noticing.tags_enc]
        for pdf in session.execute(
            select(BriefPdf).where(BriefPdf.client_id == client_id)
        ).scalars():
            values.append(pdf.pdf_enc)
    return [value for value in values if value]


def on_disk(path: Path) -> bytes:
    """The database file and its WAL, as they are on disk."""
    return b"".join(
        candidate.read_bytes()
        for candidate in (path, path.with_name(path.name + "-wal"))
        if candidate.exists()
    )


def all_tagged(db: Database, expected: int) -> bool:
    with db.session() as session:
        statuses = list(session.execute(select(Noticing.status)).scalars())
    return len(statuses) == expected and set(statuses) == {NoticingStatus.TAGGED}


class ConsoleDeletion:
    """The clients' clinician in the console: an account made now, the console (in this
    process, on the same database) started when the deletion is asked for."""

    def __init__(self, env: dict[str, str], db: Database, master: str) -> None:
        self.env = env
        self.person = make_person(
            "Dr Rivera", CLINICIAN_EMAIL, db=db, master_key=decode_master_key(master)
        )

    def delete(self, client_id: str, monkeypatch: pytest.MonkeyPatch) -> str:
        for name, value in {**self.env, **console_env_values()}.items():
            monkeypatch.setenv(name, value)
        runtime.reset()
        browser = create_app().test_client()
        sign_in(browser, self.person)
        path = f"/clients/{client_id}/delete"
        answer = post_form(browser, path, path, {"confirm": CLIENT_NAME}, follow_redirects=True)
        assert answer.status_code == 200
        return answer.get_data(as_text=True)


def delete_with_cli(env: dict[str, str], client_id: str) -> str:
    deleted = subprocess.run(
        [carryback_bin(), "client", "delete", client_id, "--yes"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert deleted.returncode == 0, deleted.stderr
    return deleted.stdout


# One deletion for the CLI and the console: the same guarantees, checked the same way.
@pytest.mark.parametrize("how", ["cli", "console"])
def test_client_delete_with_services_running_leaves_no_ciphertext(
    tmp_path: Path,
    redis_url: str,
    redis: Redis,
    stand_in: BackgroundServer,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    db_path = tmp_path / "carryback.sqlite3"
    master = crypto.generate_master_key()
    env = make_env(
        f"sqlite:///{db_path}", redis_url, CARRYBACK_MASTER_KEY=master, TWILIO_API_BASE=stand_in.url
    ).values
    env["PATH"] = "/usr/bin:/bin"
    db = Database(env["DATABASE_URL"])
    db.upgrade()
    console = ConsoleDeletion(env, db, master) if how == "console" else None
    ids = enrol(db, KeyStore(decode_master_key(master)))

    supervisor = Supervisor(env, tmp_path / "logs")
    port = free_port()
    try:
        intake = supervisor.start(
            "intake", [carryback_bin(), "serve", "intake", "--port", str(port), "--workers", "1"]
        )
        worker = supervisor.start("worker", [carryback_bin(), "worker"])
        wait_until(
            lambda: http_ok(f"http://127.0.0.1:{port}/healthz"),
            deadline_s=60,
            what="the intake",
            alive=intake.check_alive,
        )
        sender = WebhookSender(
            PUBLIC_BASE_URL, AUTH_TOKEN, ACCOUNT_SID, target_base_url=f"http://127.0.0.1:{port}"
        )
        sids: dict[str, list[str]] = {GONE: [], KEPT: []}
        for n in range(6):
            phone = (GONE, KEPT)[n % 2]
            response = sender.sms(phone, f"standup again, tight chest {n}", to=TWILIO_NUMBER)
            assert response.status_code == 200
            sid = response.request.body.split("MessageSid=")[1].split("&")[0]
            sids[phone].append(sid)
            # Twilio holds each inbound message until it is deleted.
            requests.post(f"{stand_in.url}/_sim/inbound", json={"sid": sid}, timeout=5)
        wait_until(
            lambda: all_tagged(db, 6), deadline_s=60, what="tagging", alive=worker.check_alive
        )
        with db.session() as session:
            gone_rows = list(
                session.execute(
                    select(Noticing.id).where(Noticing.client_id == ids[GONE])
                ).scalars()
            )
        # Tagged in the database first, then marked finished in RQ: wait for both.
        tagging = Queue(DEFAULT, connection=redis, serializer=JSONSerializer)
        wait_until(
            lambda: tagging.count == 0 and tagging.started_job_registry.count == 0,
            deadline_s=30,
            what="the tag jobs to finish",
        )
        with db.session() as session:
            decrypts = session.execute(
                select(AuditEvent.actor, AuditEvent.subject_id).where(
                    AuditEvent.action == "client.decrypted"
                )
            ).all()
        # Every client whose texts were tagged had their decrypt audited, naming
        # the worker process (once per tag batch, however many texts it held).
        assert {subject for _actor, subject in decrypts} == {ids[GONE], ids[KEPT]}
        assert all(actor.startswith("service:worker@") for actor, _subject in decrypts)
        gone_bytes = sealed_bytes(db, ids[GONE])
        kept_bytes = sealed_bytes(db, ids[KEPT])
        assert len(gone_bytes) == 3 + 3 + 3 * 2 + 1  # client, key; practice; 3 noticings; PDF

        # The texts are minutes old when a client is deleted: Twilio has
        # finished with them (test_shred_twilio covers deleting at once).
        SimulatorControl(stand_in.url).advance_clock(120)
        if how == "console":
            said = console.delete(ids[GONE], monkeypatch)
        else:
            said = delete_with_cli(env, ids[GONE])
        assert "3 deleted at Twilio" in said
        intake.check_alive()
        worker.check_alive()

        disk = on_disk(db_path)
        left = [value.hex()[:16] for value in gone_bytes if value in disk]
        assert not left, f"ciphertext of the deleted client still on disk: {left}"
        # The scan can see ciphertext: the other client's is all still there.
        assert all(value in disk for value in kept_bytes)

        assert set(requests.get(f"{stand_in.url}/_sim/deleted", timeout=5).json()) == set(
            sids[GONE]
        )
        redis_keys = b" ".join(redis.keys("*"))
        assert not any(row.encode() in redis_keys for row in gone_rows), (redis_keys, said)
        with db.session() as session:
            assert session.get(Client, ids[KEPT]) is not None
    finally:
        supervisor.stop_all()
        db.dispose()
        runtime.reset()


def test_a_console_delete_with_twilio_unreachable_deletes_nothing_and_says_so(
    tmp_path: Path, redis_url: str, redis: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "carryback.sqlite3"
    master = crypto.generate_master_key()
    # Nothing listens on port 9: every call to Twilio is refused.
    env = make_env(
        f"sqlite:///{db_path}",
        redis_url,
        CARRYBACK_MASTER_KEY=master,
        TWILIO_API_BASE="http://127.0.0.1:9",
    ).values
    db = Database(env["DATABASE_URL"])
    db.upgrade()
    console = ConsoleDeletion(env, db, master)
    ids = enrol(db, KeyStore(decode_master_key(master)))
    try:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        runtime.reset()
        text_in(GONE, "standup again, tight chest")
        before = sealed_bytes(db, ids[GONE])
        page = console.delete(ids[GONE], monkeypatch)
        assert "Not deleted" in page and "nothing of theirs was removed" in page.lower()
        assert sealed_bytes(db, ids[GONE]) == before
        with db.session() as session:
            deletions = session.execute(
                select(AuditEvent.id).where(AuditEvent.action == "client.deleted")
            ).all()
        assert deletions == []
    finally:
        db.dispose()
        runtime.reset()
