"""After the mail server accepted a brief, a database error retries the recording, not the send."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from services.summary import jobs
from services.summary.loop import tick
from services.worker.runner import run_worker
from shared.db.models import BriefStatus, TherapySession, utcnow
from shared.delivery import briefing
from shared.delivery import send_records as delivery
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
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(3), tz="UTC")
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


def test_a_send_never_recorded_is_sent_again_after_its_lease_with_the_same_message_id(
    mail_ctx, inbox, clinician_keys, monkeypatch
) -> None:
    enrol(mail_ctx, clinician_keys[0], next_session=local_in(3), tz="UTC")
    bring_brief_due(mail_ctx)
    # The database stays away longer than the recording is retried.
    monkeypatch.setattr(jobs, "record_sent", RecordingFailsAtFirst(times=1_000))
    monkeypatch.setattr(delivery, "WINDOW_S", 0.5)
    run_worker(burst=True, sweep=False)
    [row] = therapy_sessions(mail_ctx)
    assert row.brief_status == BriefStatus.SENDING and len(inbox.messages) == 1

    # Within its lease nothing is sent again...
    [session_id] = [row.id]
    assert jobs.send_brief(session_id) == "skipped"
    # ...after it, the next attempt sends the same message: same Message-ID.
    monkeypatch.setattr(jobs, "record_sent", briefing.record_sent)
    with mail_ctx.db.session() as session:
        session.execute(
            update(TherapySession)
            .where(TherapySession.id == session_id)
            .values(brief_claimed_at=utcnow() - briefing.SEND_LEASE - timedelta(seconds=1))
        )
    assert jobs.send_brief(session_id) == BriefStatus.SENT
    first, second = message_ids(inbox)
    assert first == second and first.startswith("<") and session_id not in first
