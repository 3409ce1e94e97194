"""Briefs and crisis alerts: scheduled by the database, encrypted, sent once."""

from __future__ import annotations

import email
import email.policy
import functools
import html
import secrets
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from services import runtime
from services.intake.app import create_app
from services.summary.loop import tick
from services.worker.runner import run_worker
from shared.db.models import (
    AuditEvent,
    BriefStatus,
    Client,
    Clinician,
    Delivery,
    RecordingStatus,
    TherapySession,
    utcnow,
)
from shared.delivery.briefs import render_text
from shared.infra.jobs import DEFAULT, JobQueues
from shared.infra.smime import generate_self_signed
from shared.kernel.timeutil import LocalTimeError, local_to_utc, zone
from shared.language.cues import Cue
from shared.roster.clients import add_client, add_clinician, delete_client, set_practice
from tests.support.webhooks import ACCOUNT_SID, signed_post
from tools.devstack.processes import free_port
from tools.devstack.smtp import Inbox, smtp_sink

PHONE = "+14155550100"
CUES = [
    Cue("tight chest before the meeting", ("standup",)),
    Cue("the foreman is online", ("foreman",)),
]
TEXTS = [
    "chest got tight before standup, 7/10",
    "foreman came online and I wanted to throw my phone",
    "didn't do the breathing because the kids were screaming",
]


@pytest.fixture
def smtp_port() -> int:
    return free_port()


@pytest.fixture
def inbox(smtp_port: int) -> Iterator[Inbox]:
    handler = Inbox()
    with smtp_sink(handler, smtp_port):
        yield handler


@functools.cache
def clinician_files() -> tuple[bytes, Path, Path]:
    """One self-signed clinician certificate for the run: (cert_pem, key path, cert path)."""
    cert_pem, key_pem = generate_self_signed("Dr Rivera", "rivera@example.org")
    folder = Path(tempfile.mkdtemp(prefix="carryback-clinician-"))
    (folder / "clinician.key").write_bytes(key_pem)
    (folder / "clinician.crt").write_bytes(cert_pem)
    return cert_pem, folder / "clinician.key", folder / "clinician.crt"


def trust_the_clinician_certificate(monkeypatch: pytest.MonkeyPatch) -> None:
    # Self-signed: accepted only because SMIME_CA_FILE names it (trusted explicitly).
    monkeypatch.setenv("SMIME_CA_FILE", str(clinician_files()[2]))


@pytest.fixture(autouse=True)
def trusted_clinician_certificate(monkeypatch) -> None:
    trust_the_clinician_certificate(monkeypatch)


@pytest.fixture
def clinician_keys() -> tuple[bytes, Path]:
    return clinician_files()[0], clinician_files()[1]


@pytest.fixture
def mail_ctx(env, monkeypatch, smtp_port) -> runtime.Context:
    trust_the_clinician_certificate(monkeypatch)
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{smtp_port}")
    monkeypatch.setenv("MAIL_FROM", "briefs@carryback.example.org")
    runtime.reset()
    context = runtime.context()
    context.db.upgrade()
    return context


def enrol(
    ctx: runtime.Context, cert_pem: bytes | None, *, next_session: str | datetime, tz: str
) -> str:
    """A client of Dr Rivera's in ``tz``, their next session at ``next_session``.

    A string is a local time in ``tz``, as the clinician types it; an aware datetime is the
    instant itself (a local string cannot name the second pass of a repeated autumn hour).
    """
    if isinstance(next_session, datetime):
        assert next_session.tzinfo is not None, "an instant, not a wall-clock time"
        starts_at = next_session
    else:
        starts_at = local_to_utc(next_session, tz)
    with ctx.db.session() as session:
        clinician = add_clinician(
            session, name="Dr Rivera", email="rivera@example.org", certificate_pem=cert_pem
        )
        client = add_client(
            session, ctx.keys, clinician=clinician, phone=PHONE, name="Sam Okafor", timezone=tz
        )
        set_practice(
            session,
            ctx.keys,
            client,
            cues=CUES,
            action="three slow breaths",
            carry_back="bring one moment you noticed, or what got in the way",
            nothing_this_week=False,
            next_session_at=starts_at,
            lead_minutes=120,
        )
        return client.id


def text_in(ctx: runtime.Context, signer, body: str) -> None:
    params = {
        "MessageSid": "SM" + secrets.token_hex(16),
        "AccountSid": ACCOUNT_SID,
        "From": PHONE,
        "To": "+15005550006",
        "Body": body,
        "NumMedia": "0",
    }
    assert (
        signed_post(create_app(ctx).test_client(), signer, "/twilio/sms", params).status_code == 200
    )


def local_in(hours: float, tz: str) -> str:
    """What the clock in ``tz`` will read ``hours`` real hours from now, to be read in ``tz``.

    Exact to the minute in UTC; in a zone's repeated autumn hour the string is ambiguous,
    so sessions in zones that change their clocks are given to ``enrol`` as instants instead.
    """
    return (utcnow() + timedelta(hours=hours)).astimezone(zone(tz)).strftime("%Y-%m-%d %H:%M")


def therapy_sessions(ctx: runtime.Context) -> list[TherapySession]:
    with ctx.db.session() as session:
        return list(
            session.execute(select(TherapySession).order_by(TherapySession.created_at)).scalars()
        )


def decrypt(raw: bytes, key_path: Path, tmp_path: Path) -> email.message.EmailMessage:
    eml = tmp_path / f"{secrets.token_hex(4)}.eml"
    eml.write_bytes(raw)
    result = subprocess.run(
        ["openssl", "smime", "-decrypt", "-in", str(eml), "-inkey", str(key_path)],
        capture_output=True,
        check=True,
    )
    return email.message_from_bytes(result.stdout, policy=email.policy.default)


def parts(message: email.message.EmailMessage) -> dict[str, object]:
    found: dict[str, object] = {}
    for part in message.walk():
        if not part.is_multipart():
            found.setdefault(part.get_content_type(), part.get_content())
    return found


def test_brief_arrives_encrypted_and_opens_with_openssl(
    mail_ctx, inbox, signer, clinician_keys, tmp_path
) -> None:
    cert_pem, key_path = clinician_keys
    # An instant: exactly three real hours ahead, whatever New York's clock does meanwhile.
    enrol(mail_ctx, cert_pem, next_session=utcnow() + timedelta(hours=3), tz="America/New_York")
    for body in TEXTS:
        text_in(mail_ctx, signer, body)
    run_worker(burst=True, sweep=False)
    assert tick(mail_ctx, utcnow()).briefs == 0  # not due yet: 3 h ahead, 2 h lead
    assert tick(mail_ctx, utcnow() + timedelta(hours=1, minutes=1)).briefs == 1
    run_worker(burst=True, sweep=False)

    [(sender, recipients, raw)] = inbox.messages
    assert recipients == ["rivera@example.org"] and sender == "briefs@carryback.example.org"
    outer = email.message_from_bytes(raw, policy=email.policy.default)
    assert outer["Subject"].startswith("Pre-session brief: ")
    assert outer.get_content_type() == "application/pkcs7-mime"
    # Needles are long enough that random base64 cannot spell them by chance.
    for needle in (
        b"Sam Okafor",
        b"Okafor",
        b"foreman",
        b"standup",
        b"breathing",
        b"got in the way",
    ):
        assert needle not in raw, needle
    assert "Sam" not in outer["Subject"] and "tight" not in outer["Subject"]

    inner = parts(decrypt(raw, key_path, tmp_path))
    text = inner["text/plain"]
    for body in TEXTS:
        assert body in text and body in html.unescape(inner["text/html"])
    assert "bring one moment you noticed, or what got in the way" in text
    assert text.index("tight chest before the meeting") < text.index(TEXTS[0])
    assert inner["image/png"][:8] == b"\x89PNG\r\n\x1a\n"
    for graded in ("missed", "compliance", "%"):
        assert graded not in text.lower()
    [sent] = [s for s in therapy_sessions(mail_ctx) if s.brief_status == BriefStatus.SENT]
    assert not sent.brief_late and sent.brief_sent_at < sent.starts_at
    with mail_ctx.db.session() as session:
        actions = set(session.execute(select(AuditEvent.action)).scalars())
    assert {"brief.built", "brief.sent"} <= actions


def test_session_times_are_dst_safe() -> None:
    # US clocks jump from 02:00 to 03:00 on 2026-03-08 and fall back on 2026-11-01.
    assert local_to_utc("2026-03-07 10:00", "America/New_York") == datetime(
        2026, 3, 7, 15, 0, tzinfo=UTC
    )
    assert local_to_utc("2026-03-08 10:00", "America/New_York") == datetime(
        2026, 3, 8, 14, 0, tzinfo=UTC
    )
    assert local_to_utc("2026-11-01 01:30", "America/New_York") == datetime(
        2026, 11, 1, 5, 30, tzinfo=UTC
    )
    with pytest.raises(LocalTimeError, match="does not exist"):
        local_to_utc("2026-03-08 02:30", "America/New_York")


def test_brief_due_across_a_dst_change_is_sent_once_before_the_session(
    mail_ctx, inbox, clinician_keys, redis
) -> None:
    cert_pem, _ = clinician_keys
    enrol(mail_ctx, cert_pem, next_session="2030-03-10 09:00", tz="America/New_York")
    [scheduled] = therapy_sessions(mail_ctx)
    # 09:00 EDT (after the 2030-03-10 change) is 13:00 UTC; two hours' lead is 11:00 UTC,
    # which is 07:00 local on the same (shortened) day.
    assert scheduled.starts_at == datetime(2030, 3, 10, 13, 0, tzinfo=UTC)
    assert scheduled.brief_due_at == datetime(2030, 3, 10, 11, 0, tzinfo=UTC)
    assert tick(mail_ctx, datetime(2030, 3, 10, 10, 59, tzinfo=UTC)).briefs == 0
    assert tick(mail_ctx, datetime(2030, 3, 10, 11, 0, tzinfo=UTC)).briefs == 1
    assert tick(mail_ctx, datetime(2030, 3, 10, 11, 1, tzinfo=UTC)).briefs == 0
    run_worker(burst=True, sweep=False)
    assert len(inbox.messages) == 1


def test_restart_and_redis_flush_between_scheduling_and_sending_lose_nothing(
    mail_ctx, inbox, clinician_keys, redis
) -> None:
    cert_pem, _ = clinician_keys
    enrol(mail_ctx, cert_pem, next_session=utcnow() + timedelta(hours=3), tz="Europe/London")
    due = utcnow() + timedelta(hours=1, minutes=1)
    assert tick(mail_ctx, due).briefs == 1
    redis.flushdb()  # the queued job is gone
    runtime.reset()  # and the summary process restarts
    restarted = runtime.context()
    assert tick(restarted, due + timedelta(minutes=1)).briefs == 0  # claim still fresh
    assert tick(restarted, due + timedelta(minutes=16)).briefs == 1  # stale: queued again
    run_worker(burst=True, sweep=False)
    assert tick(restarted, due + timedelta(minutes=40)).briefs == 0
    run_worker(burst=True, sweep=False)
    assert len(inbox.messages) == 1
    assert [s.brief_status for s in therapy_sessions(restarted)] == [BriefStatus.SENT]


def test_smtp_down_then_back_delivers_the_brief_once(
    mail_ctx, clinician_keys, smtp_port, redis
) -> None:
    cert_pem, _ = clinician_keys
    enrol(mail_ctx, cert_pem, next_session=local_in(3, "UTC"), tz="UTC")
    due = utcnow() + timedelta(hours=1, minutes=1)
    assert tick(mail_ctx, due).briefs == 1
    run_worker(burst=True, sweep=False)  # nothing listens on the SMTP port yet
    [waiting] = therapy_sessions(mail_ctx)
    assert (
        waiting.brief_status == BriefStatus.QUEUED
        and "SMTP connection failed" in waiting.last_error
    )

    handler = Inbox()
    with smtp_sink(handler, smtp_port):
        assert tick(mail_ctx, due + timedelta(minutes=16)).briefs == 1
        run_worker(burst=True, sweep=False)
        assert tick(mail_ctx, due + timedelta(minutes=40)).briefs == 0
    assert len(handler.messages) == 1
    assert therapy_sessions(mail_ctx)[0].brief_status == BriefStatus.SENT


def test_no_certificate_means_no_brief_and_a_visible_error(mail_ctx, inbox) -> None:
    enrol(mail_ctx, None, next_session=local_in(3, "UTC"), tz="UTC")
    with mail_ctx.db.session() as session:  # chose S/MIME: never a link instead, never clear
        session.execute(update(Clinician).values(delivery=Delivery.SMIME))
    tick(mail_ctx, utcnow() + timedelta(hours=1, minutes=1))
    run_worker(burst=True, sweep=False)
    assert inbox.messages == []
    [failed] = therapy_sessions(mail_ctx)
    assert failed.brief_status == BriefStatus.FAILED
    assert "no S/MIME certificate" in failed.last_error


def test_moved_session_replaces_the_unsent_brief(mail_ctx, inbox, clinician_keys) -> None:
    cert_pem, _ = clinician_keys
    client_id = enrol(mail_ctx, cert_pem, next_session=local_in(3, "UTC"), tz="UTC")
    with mail_ctx.db.session() as session:
        set_practice(
            session,
            mail_ctx.keys,
            session.get(Client, client_id),
            cues=CUES,
            action="three slow breaths",
            carry_back=None,
            nothing_this_week=False,
            next_session_at=local_to_utc(local_in(30, "UTC"), "UTC"),
            lead_minutes=120,
        )
    statuses = [s.brief_status for s in therapy_sessions(mail_ctx)]
    assert statuses == [BriefStatus.CANCELLED, BriefStatus.SCHEDULED]
    assert tick(mail_ctx, utcnow() + timedelta(hours=2)).briefs == 0


def test_client_deleted_before_sending_sends_nothing(mail_ctx, inbox, clinician_keys) -> None:
    cert_pem, _ = clinician_keys
    client_id = enrol(mail_ctx, cert_pem, next_session=local_in(3, "UTC"), tz="UTC")
    tick(mail_ctx, utcnow() + timedelta(hours=1, minutes=1))
    with mail_ctx.db.session() as session:
        delete_client(session, client_id)
    run_worker(burst=True, sweep=False)
    assert inbox.messages == []


def test_crisis_alert_is_sent_at_once_encrypted(
    mail_ctx, inbox, signer, clinician_keys, tmp_path
) -> None:
    cert_pem, key_path = clinician_keys
    enrol(mail_ctx, cert_pem, next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, "i want to kill myself")
    run_worker(burst=True, sweep=False)
    [(_, _, raw)] = inbox.messages
    outer = email.message_from_bytes(raw, policy=email.policy.default)
    assert outer["Subject"] == "A client message needs your attention"
    assert b"kill myself" not in raw and b"Okafor" not in raw
    inner = parts(decrypt(raw, key_path, tmp_path))
    assert "i want to kill myself" in inner["text/plain"]
    run_worker(burst=True, sweep=True)  # the sweep finds nothing pending: no second alert
    assert len(inbox.messages) == 1


def test_brief_signed_by_the_service_when_configured(
    env, monkeypatch, smtp_port, inbox, clinician_keys, tmp_path
) -> None:
    service_cert, service_key = generate_self_signed("Carryback", "briefs@carryback.example.org")
    (tmp_path / "service.crt").write_bytes(service_cert)
    (tmp_path / "service.key").write_bytes(service_key)
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{smtp_port}")
    monkeypatch.setenv("MAIL_FROM", "briefs@carryback.example.org")
    monkeypatch.setenv("CARRYBACK_SIGNING_CERT", str(tmp_path / "service.crt"))
    monkeypatch.setenv("CARRYBACK_SIGNING_KEY", str(tmp_path / "service.key"))
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    cert_pem, key_path = clinician_keys
    enrol(ctx, cert_pem, next_session=local_in(3, "UTC"), tz="UTC")
    tick(ctx, utcnow() + timedelta(hours=1, minutes=1))
    run_worker(burst=True, sweep=False)
    [(_, _, raw)] = inbox.messages
    eml = tmp_path / "brief.eml"
    eml.write_bytes(raw)
    signed = subprocess.run(
        ["openssl", "smime", "-decrypt", "-in", str(eml), "-inkey", str(key_path)],
        capture_output=True,
        check=True,
    ).stdout
    (tmp_path / "signed.eml").write_bytes(signed)
    verified = subprocess.run(
        [
            "openssl",
            "smime",
            "-verify",
            "-in",
            str(tmp_path / "signed.eml"),
            "-CAfile",
            str(tmp_path / "service.crt"),
        ],
        capture_output=True,
    )
    assert verified.returncode == 0, verified.stderr
    assert b"Verification successful" in verified.stderr
    assert b"three slow breaths" in verified.stdout


def test_brief_preview_and_send_now_from_the_cli(
    mail_ctx, inbox, signer, clinician_keys, tmp_path
) -> None:
    from click.testing import CliRunner

    from services.cli import main

    cert_pem, key_path = clinician_keys
    client_id = enrol(mail_ctx, cert_pem, next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, TEXTS[1])
    run_worker(burst=True, sweep=False)
    preview = CliRunner().invoke(main, ["brief", "preview", client_id])
    assert preview.exit_code == 0, preview.output
    assert TEXTS[1] in preview.output and inbox.messages == []
    sent = CliRunner().invoke(main, ["brief", "send", client_id])
    assert sent.exit_code == 0, sent.output
    [(_, _, raw)] = inbox.messages
    assert TEXTS[1] in parts(decrypt(raw, key_path, tmp_path))["text/plain"]
    with mail_ctx.db.session() as session:
        actions = list(session.execute(select(AuditEvent.action)).scalars())
    assert "brief.previewed" in actions and "brief.sent" in actions
    assert tick(mail_ctx, utcnow() + timedelta(hours=40)).briefs == 0  # already sent


def test_brief_now_from_the_cli_keeps_the_clinicians_own_lead_time(
    mail_ctx, inbox, clinician_keys
) -> None:
    """With no session booked, preview and send brief a session one lead time from now:
    the clinician's lead (30 min here), not the service-wide default (120 min)."""
    from click.testing import CliRunner

    from services.cli import main
    from shared.delivery.briefs.render import _long_date_time

    cert_pem, _ = clinician_keys
    with mail_ctx.db.session() as session:
        clinician = add_clinician(
            session, name="Dr Rivera", email="rivera@example.org", certificate_pem=cert_pem
        )
        clinician.brief_lead_minutes = 30
        client = add_client(
            session, mail_ctx.keys, clinician=clinician, phone=PHONE, name="Sam", timezone="UTC"
        )
        client_id = client.id

    def session_lines(invoke) -> tuple[set[str], str]:
        before = utcnow() + timedelta(minutes=30)
        output = invoke()
        after = utcnow() + timedelta(minutes=30)
        expected = {f"Session: {_long_date_time(at)}" for at in (before, after)}
        return expected, output

    expected, preview = session_lines(
        lambda: CliRunner().invoke(main, ["brief", "preview", client_id]).output
    )
    assert any(line in preview for line in expected), preview

    expected, _ = session_lines(
        lambda: CliRunner().invoke(main, ["brief", "send", client_id]).output
    )
    [(_, _, raw)] = inbox.messages
    subject = email.message_from_bytes(raw, policy=email.policy.default)["Subject"]
    assert any(subject.endswith(line.rsplit(", ", 1)[1]) for line in expected), subject


class LockProbe(JobQueues):
    """Real queues that, at each enqueue, note whether the SQLite write lock is free."""

    def __init__(self, redis, database_path: str) -> None:
        super().__init__(redis)
        self.database_path = database_path
        self.lock_free: list[bool] = []

    def enqueue(self, *args, **kwargs) -> bool:
        probe = sqlite3.connect(self.database_path, timeout=0)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.rollback()
            self.lock_free.append(True)
        except sqlite3.OperationalError:  # "database is locked"
            self.lock_free.append(False)
        finally:
            probe.close()
        return super().enqueue(*args, **kwargs)


def test_the_sweep_enqueues_after_its_transaction_so_intake_writes_never_wait_on_redis(
    mail_ctx, signer, clinician_keys
) -> None:
    if not mail_ctx.settings.is_sqlite:
        pytest.skip("the write lock held by an open transaction is SQLite's")
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, TEXTS[0])
    mail_ctx.queues.redis.flushdb()  # Redis lost the tag job
    probe = LockProbe(mail_ctx.queues.redis, mail_ctx.settings.database_url.split("///", 1)[1])
    mail_ctx.__dict__["queues"] = probe
    assert tick(mail_ctx, utcnow() + timedelta(minutes=10)).swept == 1
    assert probe.lock_free == [True]


def test_a_burst_worker_reports_work_done_and_failures_are_counted_apart(ctx) -> None:
    from services.worker.runner import failed_job_count

    assert run_worker(burst=True, sweep=False) is False  # nothing to do
    ctx.queues.queues[DEFAULT].enqueue("services.worker.jobs.no_such_job", "x")
    assert run_worker(burst=True, sweep=False) is True  # a job ran, even though it failed
    assert failed_job_count(ctx) == 1


def test_a_voice_note_not_yet_transcribed_is_named_in_the_brief(mail_ctx) -> None:
    from shared.delivery.briefing import prepare_brief, upcoming_session
    from shared.noticings import voice

    client_id = enrol(mail_ctx, None, next_session=local_in(30, "UTC"), tz="UTC")
    with mail_ctx.db.session() as session:
        voice.receive_call(session, mail_ctx.keys, call_sid="CA" + "1" * 32, caller=PHONE)
    with mail_ctx.db.session() as session:
        stored = voice.receive_recording(
            session,
            call_sid="CA" + "1" * 32,
            recording_sid="RE" + "2" * 32,
            status=RecordingStatus.COMPLETED,
            duration_s=9,
        )
        assert stored.transcribe
    with mail_ctx.db.session() as session:
        client = session.get(Client, client_id)
        upcoming = upcoming_session(session, client, 120)
        prepared = prepare_brief(session, mail_ctx.keys, upcoming, utcnow())
    [pending_at] = prepared.brief.voice_pending
    assert prepared.brief.noticings == ()
    assert f"A voice note from {pending_at:%a %H:%M}" in render_text(prepared.brief)
