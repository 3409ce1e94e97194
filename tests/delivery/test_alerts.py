"""Crisis alerts never stay stuck: a lease, counted attempts, and the operator told."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

import pytest
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer
from sqlalchemy import select, update

from services import runtime
from services.summary import jobs
from services.summary.loop import tick
from services.worker.runner import build_worker, run_worker
from shared.db.models import AlertStatus, AuditEvent, Clinician, Delivery, Noticing, utcnow
from shared.delivery import alerts
from shared.infra.jobs import URGENT
from shared.roster.clients import RosterError, add_clinician
from tests.services.summary import test_summary
from tests.services.summary.test_summary import decrypt, enrol, local_in, parts, text_in

# The SMTP sink, the clinician's certificate and the mail-configured context.
smtp_port = test_summary.smtp_port
inbox = test_summary.inbox
clinician_keys = test_summary.clinician_keys
mail_ctx = test_summary.mail_ctx

CRISIS_TEXT = "i want to kill myself"


def the_alert(ctx: runtime.Context) -> Noticing:
    with ctx.db.session() as session:
        return session.execute(select(Noticing).where(Noticing.crisis)).scalar_one()


def audit_actions(ctx: runtime.Context) -> list[str]:
    with ctx.db.session() as session:
        return list(session.execute(select(AuditEvent.action)).scalars())


class FailsOnce:
    """The context's mailer, raising an error no job expects on its first send."""

    def __init__(self, mailer) -> None:
        self.mailer = mailer
        self.calls = 0

    def send(self, **message) -> None:
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("a bug nobody planned for")
        self.mailer.send(**message)


def test_alert_whose_send_raises_an_unexpected_error_is_retried_and_arrives_once(
    mail_ctx, inbox, signer, clinician_keys, tmp_path
) -> None:
    cert_pem, key_path = clinician_keys
    enrol(mail_ctx, cert_pem, next_session=local_in(30, "UTC"), tz="UTC")
    mail_ctx.__dict__["mailer"] = FailsOnce(mail_ctx.mailer)
    text_in(mail_ctx, signer, CRISIS_TEXT)

    run_worker(burst=True, sweep=False)  # the first send blows up inside the worker
    row = the_alert(mail_ctx)
    assert inbox.messages == []
    assert row.crisis_alert == AlertStatus.PENDING  # released, not stuck in sending
    assert row.alert_error == "unexpected RuntimeError" and row.alert_attempts == 1

    # RQ's retry runs the same job again.
    assert jobs.send_crisis_alert(row.id) == AlertStatus.SENT
    run_worker(burst=True, sweep=True)
    [(_, recipients, raw)] = inbox.messages
    assert recipients == ["rivera@example.org"]
    assert CRISIS_TEXT in parts(decrypt(raw, key_path, tmp_path))["text/plain"]
    assert the_alert(mail_ctx).crisis_alert == AlertStatus.SENT


def _started_by(ctx: runtime.Context, noticing_id: str, worker_name: str, seconds_ago: int):
    """A worker took the alert job and claimed the alert, and is still running it (or not)."""
    job = Job.fetch(f"alert-{noticing_id}", ctx.queues.redis, serializer=JSONSerializer)
    ctx.queues.queues[URGENT].remove(job)
    job.worker_name = worker_name
    job.save()
    job.set_status(JobStatus.STARTED)
    with ctx.db.session() as session:
        assert alerts.claim(session, noticing_id, utcnow() - timedelta(seconds=seconds_ago))


def test_alert_held_by_a_live_but_stuck_sender_is_sent_after_its_lease(
    mail_ctx, inbox, signer, clinician_keys
) -> None:
    cert_pem, _ = clinician_keys
    enrol(mail_ctx, cert_pem, next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, CRISIS_TEXT)
    noticing_id = the_alert(mail_ctx).id
    sender = build_worker(mail_ctx, urgent_only=True)
    sender.register_birth()  # its heartbeat key is in Redis: it may still be sending
    _started_by(mail_ctx, noticing_id, sender.name, seconds_ago=20)

    tick(mail_ctx)  # within the lease
    run_worker(burst=True, sweep=False)
    assert inbox.messages == []

    with mail_ctx.db.session() as session:  # the lease runs out
        session.execute(
            update(Noticing)
            .where(Noticing.id == noticing_id)
            .values(alert_claimed_at=utcnow() - alerts.ALERT_LEASE - timedelta(seconds=1))
        )
    assert tick(mail_ctx).swept == 1
    run_worker(burst=True, sweep=False)
    assert len(inbox.messages) == 1
    row = the_alert(mail_ctx)
    assert row.crisis_alert == AlertStatus.SENT and row.alert_attempts == 2

    tick(mail_ctx, utcnow() + timedelta(minutes=5))
    run_worker(burst=True, sweep=True)
    assert len(inbox.messages) == 1


def test_alert_whose_worker_died_is_sent_at_the_next_tick_without_waiting_for_its_lease(
    mail_ctx, inbox, signer, clinician_keys
) -> None:
    cert_pem, _ = clinician_keys
    enrol(mail_ctx, cert_pem, next_session=local_in(30, "UTC"), tz="UTC")
    text_in(mail_ctx, signer, CRISIS_TEXT)
    noticing_id = the_alert(mail_ctx).id
    # Killed with SIGKILL: its heartbeat key ran out, RQ still says "started".
    _started_by(mail_ctx, noticing_id, "a-worker-that-died", seconds_ago=5)

    assert tick(mail_ctx).swept == 1
    run_worker(burst=True, sweep=False)
    assert len(inbox.messages) == 1
    row = the_alert(mail_ctx)
    assert row.crisis_alert == AlertStatus.SENT and row.alert_attempts == 2
    # RQ's own cleanup will not run it a second time: it left the started registry.
    assert mail_ctx.queues.queues[URGENT].started_job_registry.count == 0

    tick(mail_ctx, utcnow() + timedelta(minutes=5))
    run_worker(burst=True, sweep=True)
    assert len(inbox.messages) == 1


@pytest.fixture
def operator_ctx(mail_ctx, monkeypatch) -> runtime.Context:
    monkeypatch.setenv("CARRYBACK_OPERATOR_EMAIL", "ops@carryback.example.org")
    runtime.reset()
    return runtime.context()


def test_undeliverable_alert_fails_audited_and_the_operator_is_told_without_phi(
    operator_ctx, inbox, signer
) -> None:
    enrol(operator_ctx, None, next_session=local_in(30, "UTC"), tz="UTC")  # no certificate
    with operator_ctx.db.session() as session:  # but S/MIME chosen: no link instead
        session.execute(update(Clinician).values(delivery=Delivery.SMIME))
    text_in(operator_ctx, signer, CRISIS_TEXT)
    run_worker(burst=True, sweep=False)

    row = the_alert(operator_ctx)
    assert row.crisis_alert == AlertStatus.FAILED and "certificate" in row.alert_error
    assert "alert.failed" in audit_actions(operator_ctx)
    [(_, recipients, raw)] = inbox.messages
    assert recipients == ["ops@carryback.example.org"]
    notice = email.message_from_bytes(raw, policy=email.policy.default)
    assert notice["Subject"] == alerts.OPERATOR_SUBJECT
    assert row.id in notice.get_content()
    for needle in (b"kill", b"Okafor", b"Sam", b"4155550100"):
        assert needle not in raw, needle


def test_alert_that_used_up_its_attempts_fails_and_tells_the_operator(
    operator_ctx, inbox, signer, clinician_keys
) -> None:
    cert_pem, _ = clinician_keys
    enrol(operator_ctx, cert_pem, next_session=local_in(30, "UTC"), tz="UTC")
    text_in(operator_ctx, signer, CRISIS_TEXT)
    noticing_id = the_alert(operator_ctx).id
    with operator_ctx.db.session() as session:
        session.execute(
            update(Noticing)
            .where(Noticing.id == noticing_id)
            .values(alert_attempts=alerts.MAX_ALERT_ATTEMPTS)
        )
    assert jobs.send_crisis_alert(noticing_id) == AlertStatus.FAILED
    row = the_alert(operator_ctx)
    assert row.crisis_alert == AlertStatus.FAILED
    assert f"after {alerts.MAX_ALERT_ATTEMPTS} attempts" in row.alert_error
    assert [rcpt for _, rcpt, _ in inbox.messages] == [["ops@carryback.example.org"]]


def test_clinician_addresses_are_checked_at_enrolment(ctx) -> None:
    with ctx.db.session() as session:
        idna = add_clinician(
            session, name="Dr Lind", email=" Lind@Bücher.Example ", certificate_pem=None
        )
        assert idna.email == "lind@xn--bcher-kva.example"
    cases = {
        "rivéra@example.org": "non-ASCII",
        "rivera": "not an email address",
        "ri vera@example.org": "not a plain mailbox name",
        "rivera@exa_mple.org": "not a valid domain name",
        "rivera@localhost": "not a valid domain name",
    }
    for address, reason in cases.items():
        with pytest.raises(RosterError, match=reason), ctx.db.session() as session:
            add_clinician(session, name="Dr X", email=address, certificate_pem=None)
