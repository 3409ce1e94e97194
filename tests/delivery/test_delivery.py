"""After the mail server accepted a brief, a database error retries the recording, not the send."""

from __future__ import annotations

import email
import email.policy
import logging
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError

from services.summary import jobs, spool_drain
from services.summary.loop import tick
from services.worker.runner import run_worker
from shared.db.models import BriefPdf, BriefStatus, Client, TherapySession, utcnow
from shared.delivery import brief_pdfs, briefing
from shared.delivery import send_records as delivery
from shared.delivery.brief_pdfs import stored_pdf
from shared.infra import accepted
from tests.services.summary import test_summary
from tests.services.summary.test_summary import enrol, local_in, therapy_sessions

smtp_port = test_summary.smtp_port
inbox = test_summary.inbox
clinician_keys = test_summary.clinician_keys
mail_ctx = test_summary.mail_ctx


def locked() -> OperationalError:
    return OperationalError("UPDATE therapy_sessions", {}, Exception("database is locked"))


class RecordingFailsAtFirst:
    """briefing.record_sent, failing with "database is locked" the first ``times`` calls."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.calls = 0

    def __call__(self, *args, **kwargs) -> None:
        self.calls += 1
        if self.calls <= self.times:
            raise locked()
        briefing.record_sent(*args, **kwargs)


def message_ids(inbox) -> list[str]:
    return [
        email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"]
        for _, _, raw in inbox.messages
    ]


def bring_brief_due(ctx) -> None:
    assert tick(ctx, utcnow() + timedelta(hours=1, minutes=1)).briefs == 1


def test_database_locked_after_acceptance_records_again_and_sends_once(
    mail_ctx, inbox, clinician_keys, monkeypatch
) -> None:
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(3, "UTC"), tz="UTC")
    bring_brief_due(mail_ctx)
    failing = RecordingFailsAtFirst(times=2)
    monkeypatch.setattr(jobs, "record_sent", failing)

    run_worker(burst=True, sweep=False)

    assert failing.calls == 3
    assert len(inbox.messages) == 1
    [row] = therapy_sessions(mail_ctx)
    assert row.brief_status == BriefStatus.SENT
    tick(mail_ctx, utcnow() + timedelta(hours=2))
    run_worker(burst=True, sweep=True)
    assert len(inbox.messages) == 1


def _never_recorded(mail_ctx, clinician_keys, monkeypatch, inbox) -> str:
    """A brief the mail server accepted while the database stayed away past the retries."""
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(3, "UTC"), tz="UTC")
    bring_brief_due(mail_ctx)
    monkeypatch.setattr(jobs, "record_sent", RecordingFailsAtFirst(times=1_000))
    monkeypatch.setattr(delivery, "WINDOW_S", 0.5)
    run_worker(burst=True, sweep=False)
    [row] = therapy_sessions(mail_ctx)
    assert row.brief_status == BriefStatus.SENDING and len(inbox.messages) == 1
    monkeypatch.setattr(jobs, "record_sent", briefing.record_sent)  # the database is back
    return row.id


def _lease_runs_out(mail_ctx, session_id: str) -> None:
    with mail_ctx.db.session() as session:
        session.execute(
            update(TherapySession)
            .where(TherapySession.id == session_id)
            .values(brief_claimed_at=utcnow() - briefing.SEND_LEASE - timedelta(seconds=1))
        )


def test_a_send_never_recorded_is_recorded_from_its_mark_and_not_sent_again(
    mail_ctx, inbox, clinician_keys, monkeypatch
) -> None:
    session_id = _never_recorded(mail_ctx, clinician_keys, monkeypatch, inbox)
    # Within its lease nothing is sent again...
    assert jobs.send_brief(session_id) == "skipped"
    # ...and after it, the next attempt finds the acceptance and records it.
    _lease_runs_out(mail_ctx, session_id)
    assert jobs.send_brief(session_id) == BriefStatus.SENT
    assert len(inbox.messages) == 1
    [row] = therapy_sessions(mail_ctx)
    assert row.brief_status == BriefStatus.SENT and row.brief_period_end is not None
    assert list(accepted.all_marks(mail_ctx.queues.redis)) == []


def test_the_summary_records_an_accepted_send_whose_job_gave_up(
    mail_ctx, inbox, clinician_keys, monkeypatch
) -> None:
    session_id = _never_recorded(mail_ctx, clinician_keys, monkeypatch, inbox)
    # Not before the job's own recording window has passed...
    assert spool_drain.record_accepted_sends(mail_ctx) == 0
    monkeypatch.setattr(spool_drain, "RECORD_SENT_WITHIN_SECONDS", 0.0)
    assert spool_drain.record_accepted_sends(mail_ctx) == 1
    [row] = therapy_sessions(mail_ctx)
    assert row.id == session_id and row.brief_status == BriefStatus.SENT
    assert len(inbox.messages) == 1
    tick(mail_ctx, utcnow() + timedelta(hours=2))
    run_worker(burst=True, sweep=True)
    assert len(inbox.messages) == 1


def test_without_its_mark_a_send_never_recorded_goes_again_with_the_same_message_id(
    mail_ctx, inbox, clinician_keys, monkeypatch
) -> None:
    session_id = _never_recorded(mail_ctx, clinician_keys, monkeypatch, inbox)
    # Redis lost the mark (flushed, or it never took it): the one fallback left.
    mail_ctx.queues.redis.flushdb()
    _lease_runs_out(mail_ctx, session_id)
    assert jobs.send_brief(session_id) == BriefStatus.SENT
    first, second = message_ids(inbox)
    assert first == second and first.startswith("<") and session_id not in first


# --- the brief's PDF, kept when it is sent ---------------------------------------------


def kept_pdfs(ctx) -> list[BriefPdf]:
    with ctx.db.session() as session:
        return list(session.execute(select(BriefPdf)).scalars())


def test_a_sent_brief_keeps_its_pdf_sealed_under_the_clients_key(
    mail_ctx, inbox, clinician_keys
) -> None:
    client_id = enrol(mail_ctx, clinician_keys[0], next_session=local_in(3, "UTC"), tz="UTC")
    bring_brief_due(mail_ctx)
    run_worker(burst=True, sweep=False)

    assert len(inbox.messages) == 1
    [therapy_session] = therapy_sessions(mail_ctx)
    [row] = kept_pdfs(mail_ctx)
    assert row.session_id == therapy_session.id and row.client_id == client_id
    assert b"%PDF" not in row.pdf_enc  # sealed at rest
    with mail_ctx.db.session() as session:
        opened = mail_ctx.keys.open_client(session, session.get(Client, client_id))
        pdf = stored_pdf(session, opened, therapy_session.id)
    assert pdf is not None and pdf.startswith(b"%PDF-")


def test_a_pdf_that_cannot_be_printed_never_stops_the_brief(
    mail_ctx, inbox, clinician_keys, monkeypatch, caplog
) -> None:
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(3, "UTC"), tz="UTC")
    bring_brief_due(mail_ctx)

    def broken_printer(brief) -> bytes:
        raise RuntimeError(f"cannot print {brief.client_name}'s brief")

    monkeypatch.setattr(brief_pdfs, "render_pdf", broken_printer)
    with caplog.at_level(logging.INFO):
        run_worker(burst=True, sweep=False)

    assert len(inbox.messages) == 1
    [row] = therapy_sessions(mail_ctx)
    assert row.brief_status == BriefStatus.SENT
    assert kept_pdfs(mail_ctx) == []  # printed on its first download instead
    assert "PDF not made (RuntimeError)" in caplog.text
    assert "Sam Okafor" not in caplog.text  # the error's words are never logged
