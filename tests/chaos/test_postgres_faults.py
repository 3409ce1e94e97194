"""PostgreSQL stopped, read-only and frozen under the real stack: every text answered in time.

Each test runs the stack on a throwaway cluster of its own
(:class:`~tools.devstack.pg_cluster.PgCluster`) that it stops, freezes or makes
read-only; the shared test server is never touched. The crisis reply must
never depend on storage: while the database cannot take a text the intake
spools it (sealed) and answers 200, with the crisis reply when it is one, and
the summary service stores it once the database is back.
"""

from __future__ import annotations

import asyncio
import stat
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import event

from services.simulator.webhooks import new_sid
from shared.db.models import AlertStatus, BriefStatus
from tests.support.webhooks import TWILIO_NUMBER
from tools.devstack import pg_cluster
from tools.devstack.pg_cluster import PgCluster
from tools.devstack.processes import tail
from tools.devstack.stack import BRIEF_LEAD_MINUTES, CLIENT_PHONE, CLINICIAN_EMAIL, Stack

pytestmark = [
    pytest.mark.chaos,
    pytest.mark.skipif(not pg_cluster.available(), reason="no PostgreSQL server tools here"),
]

ANSWER_BOUND_S = 10.0  # Twilio waits 15 s; the intake promises 10
HEALTH_BOUND_S = 5.0  # compose's healthcheck gives /healthz 5 s
ALERT_AFTER_RETURN_S = 120.0
RECOVERY_BOUND_S = 30.0
ALERT_SUBJECT = b"A client message needs your attention"
BRIEF_SUBJECT = b"Pre-session brief"


@pytest.fixture
def cluster() -> Iterator[PgCluster]:
    built = PgCluster()
    try:
        built.start()
        yield built
    finally:
        built.destroy()


@pytest.fixture
def pg_stack(cluster: PgCluster, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Stack]:
    settings = getattr(request, "param", {})  # a test's own settings (indirect parametrize)
    built = Stack(tmp_path / "stack", database_url=cluster.create_database(), **settings)
    try:
        yield built
    finally:
        built.stop()
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            for log in sorted(built.logs.glob("*.log")):
                print(f"--- {log.name} ---\n{tail(log, 40)}")


def sms(stack: Stack, body: str) -> tuple[str, requests.Response, float]:
    """A signed text from the client: its sid, the intake's answer, and how long it took."""
    sid = new_sid("SM")
    started = time.monotonic()
    response = stack.sender.sms(CLIENT_PHONE, body, to=TWILIO_NUMBER, message_sid=sid)
    return sid, response, time.monotonic() - started


def health(stack: Stack) -> tuple[int, dict[str, object], float]:
    started = time.monotonic()
    response = requests.get(f"http://127.0.0.1:{stack.intake_port}/healthz", timeout=30)
    return response.status_code, response.json(), time.monotonic() - started


def mails(stack: Stack, subject: bytes) -> list[bytes]:
    return [raw for raw in stack.smtp.to(CLINICIAN_EMAIL) if subject in raw]


def stored_sids(stack: Stack) -> list[str]:
    return sorted(row.source_sid for row in stack.noticings())


def spooled(stack: Stack) -> list[Path]:
    return sorted((stack.root / "spool").glob("*.sealed"))


def intake_log(stack: Stack) -> str:
    return (stack.logs / "intake.log").read_text(errors="replace")


def test_a_crisis_text_while_postgresql_is_down_is_answered_spooled_and_alerted_once(
    cluster: PgCluster, pg_stack: Stack, canary: str
) -> None:
    stack = pg_stack
    stack.start(workers=1, urgent_worker=True)
    assert stack.text("chest tight before standup, 4/10") == 200

    cluster.stop()
    answers = [
        sms(stack, f"i want to kill myself, {canary}"),
        sms(stack, f"the foreman is online again, {canary}"),
        sms(stack, f"i want to kill myself tonight, {canary}"),
    ]
    for sid, response, seconds in answers:
        # Not 503, and never a 500 with a traceback: the text is safe on disk.
        assert response.status_code == 200, (sid, response.status_code, response.text)
        assert seconds < ANSWER_BOUND_S
        stack.sent.append(sid)
    crisis_answer, plain_answer, second_crisis = (answer[1].text for answer in answers)
    assert "988" in crisis_answer and "988" in second_crisis
    assert "<Message>" not in plain_answer
    assert "Traceback" not in intake_log(stack)

    # Spooled: private, sealed, named by the sid only.
    files = spooled(stack)
    assert {path.name.removesuffix(".sealed") for path in files} == {a[0] for a in answers}
    assert stat.S_IMODE((stack.root / "spool").stat().st_mode) == 0o700
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in files)
    assert stack.files_holding(canary.encode()) == []

    cluster.start()
    back = time.monotonic()
    stack.wait(
        lambda: len(mails(stack, ALERT_SUBJECT)) >= 2,
        deadline_s=ALERT_AFTER_RETURN_S,
        what="the crisis alerts after the database's return",
    )
    alerted_after = time.monotonic() - back
    stack.wait(
        stack.all_stored_once_and_tagged, deadline_s=60, what="every text stored once and tagged"
    )
    stack.wait(
        lambda: (
            all(row.crisis_alert == AlertStatus.SENT for row in stack.noticings() if row.crisis)
            and stack.queues_idle()
        ),
        deadline_s=60,
        what="the alerts to settle",
    )
    print(f"alerts sent {alerted_after:.1f} s after the database returned")
    assert alerted_after < ALERT_AFTER_RETURN_S
    assert len(mails(stack, ALERT_SUBJECT)) == 2  # once each
    assert sum(row.crisis for row in stack.noticings()) == 2
    assert spooled(stack) == []
    assert stack.files_holding(canary.encode()) == []


def test_read_only_postgresql_then_writable_is_recovered_without_a_restart(
    cluster: PgCluster, pg_stack: Stack
) -> None:
    stack = pg_stack
    stack.start(workers=1)
    assert stack.text("chest tight before standup, 3/10") == 200
    # This test's own writes go on while the server is read-only.
    stack.db.engine.dispose()
    event.listen(stack.db.engine, "connect", _writable_session)

    cluster.read_only(True)
    sid, response, _seconds = sms(stack, "the foreman is online, 5/10")
    assert response.status_code == 200
    stack.sent.append(sid)
    # Spooled, and the intake says so (what tells a text stored directly below).
    assert f"sms {sid}: database unavailable" in intake_log(stack)
    status, checks, _seconds = health(stack)
    assert status == 200 and checks["database"] is True and checks["database_writable"] is False
    assert checks["accepting_texts"] is True  # by the spool: still ready for Twilio
    # The brief comes due while nothing can be written.
    stack.bring_brief_due(starts_in=timedelta(minutes=BRIEF_LEAD_MINUTES - 1))

    cluster.read_only(False)
    back = time.monotonic()
    recovered_in = _first_text_stored_directly(stack)
    print(f"texts stored directly again {recovered_in:.1f} s after the server became writable")
    assert recovered_in < RECOVERY_BOUND_S
    stack.wait(
        lambda: bool(mails(stack, BRIEF_SUBJECT)),
        deadline_s=RECOVERY_BOUND_S - (time.monotonic() - back),
        what="the brief that came due while the server was read-only",
    )
    assert health(stack)[0] == 200
    stack.wait(
        stack.all_stored_once_and_tagged, deadline_s=60, what="every text stored once and tagged"
    )
    assert len(mails(stack, BRIEF_SUBJECT)) == 1
    assert BriefStatus.SENT in {s.brief_status for s in stack.sessions()}


def _writable_session(dbapi_connection: object, _record: object) -> None:
    dbapi_connection.execute("SET default_transaction_read_only = off")  # type: ignore[attr-defined]
    dbapi_connection.commit()  # type: ignore[attr-defined]


def _first_text_stored_directly(stack: Stack) -> float:
    """Seconds until a text is stored by the intake itself again (not spooled)."""
    started = time.monotonic()
    while time.monotonic() - started < RECOVERY_BOUND_S:
        sid, response, _seconds = sms(stack, "chest tight before standup, 2/10")
        assert response.status_code == 200
        stack.sent.append(sid)
        if f"sms {sid}: database unavailable" not in intake_log(stack):
            return time.monotonic() - started
        time.sleep(1.0)
    return time.monotonic() - started


def test_a_frozen_postgresql_answers_every_webhook_in_time(
    cluster: PgCluster, pg_stack: Stack, canary: str
) -> None:
    stack = pg_stack
    stack.start(workers=1, urgent_worker=True)
    assert stack.text("chest tight before standup, 4/10") == 200

    cluster.freeze()
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            texts = [
                pool.submit(sms, stack, f"i want to kill myself, {canary}"),
                pool.submit(sms, stack, f"the foreman is online, {canary}"),
                pool.submit(sms, stack, f"chest tight, 6/10, {canary}"),
            ]
            answers = [future.result() for future in texts]
        # Its own bound, asked on its own (behind a webhook it would wait for a worker).
        status, checks, health_seconds = health(stack)
    finally:
        cluster.thaw()
    print("answered in " + ", ".join(f"{seconds:.1f} s" for _, _, seconds in answers))
    print(f"/healthz answered in {health_seconds:.1f} s")
    for sid, response, seconds in answers:
        assert response.status_code == 200, (sid, response.status_code)
        assert seconds < ANSWER_BOUND_S, (sid, seconds)
        stack.sent.append(sid)
    assert "988" in answers[0][1].text
    assert health_seconds < HEALTH_BOUND_S and checks["database"] is False
    assert status == 200 and checks["accepting_texts"] is True  # the spool keeps the texts

    stack.wait(
        stack.all_stored_once_and_tagged, deadline_s=90, what="every text stored once and tagged"
    )
    stack.wait(
        lambda: len(mails(stack, ALERT_SUBJECT)) >= 1, deadline_s=60, what="the crisis alert"
    )
    assert len(mails(stack, ALERT_SUBJECT)) == 1
    assert stack.files_holding(canary.encode()) == []


def _job_ended(stack: Stack, job: str) -> bool:
    """RQ's own line for a job of this function that raised (its retry then scheduled)."""
    line = f"exception raised while executing (services.summary.jobs.{job})"
    return any(line in log.read_text(errors="replace") for log in stack.logs.glob("worker*.log"))


@pytest.mark.parametrize(
    # The mail server holds its answer while PostgreSQL stops: the senders must wait for it.
    "pg_stack",
    [{"CARRYBACK_SMTP_TIMEOUT": "90"}],
    indirect=True,
)
def test_postgresql_stopped_right_after_the_mail_server_accepted_sends_each_once(
    cluster: PgCluster, pg_stack: Stack
) -> None:
    stack = pg_stack
    stack.start(workers=1, urgent_worker=True)
    assert stack.text("chest tight before standup, 4/10") == 200
    stack.smtp.before_reply = _stop_postgres_once_both_arrive(cluster, expected=2)

    stack.bring_brief_due(starts_in=timedelta(minutes=BRIEF_LEAD_MINUTES - 1))
    assert stack.text("i want to kill myself") == 200
    # Both accepted, and both sending jobs ended (their recording given up, or
    # the job's own time-out) while the database was away.
    stack.wait(
        lambda: all(_job_ended(stack, job) for job in ("send_brief", "send_crisis_alert")),
        deadline_s=180,
        what="the alert's and the brief's senders to give up recording them",
    )
    assert len(mails(stack, ALERT_SUBJECT)) == 1 and len(mails(stack, BRIEF_SUBJECT)) == 1

    cluster.start()
    back = time.monotonic()
    stack.wait(
        lambda: _alert_and_brief_recorded(stack),
        deadline_s=60,
        what="the alert and the brief recorded as sent",
    )
    print(f"recorded {time.monotonic() - back:.1f} s after the database returned")
    stack.wait(stack.queues_idle, deadline_s=30, what="nothing left queued")
    assert len(mails(stack, ALERT_SUBJECT)) == 1
    assert len(mails(stack, BRIEF_SUBJECT)) == 1


def _alert_and_brief_recorded(stack: Stack) -> bool:
    alerts = [row.crisis_alert for row in stack.noticings() if row.crisis]
    briefs = [s.brief_status for s in stack.sessions()]
    return alerts == [AlertStatus.SENT] and BriefStatus.SENT in briefs


def _stop_postgres_once_both_arrive(cluster: PgCluster, *, expected: int):
    """A ``before_reply`` for the SMTP sink: once ``expected`` messages are in, stop PostgreSQL.

    Every message waits for that (30 s at most for the others to arrive), so
    each sender hears 250 only after the database is gone.
    """
    arrived = 0
    stopped = False
    lock: asyncio.Lock | None = None

    async def before_reply() -> None:
        nonlocal arrived, stopped, lock
        lock = lock or asyncio.Lock()
        arrived += 1
        loop = asyncio.get_running_loop()
        give_up = loop.time() + 30
        while arrived < expected and loop.time() < give_up:
            await asyncio.sleep(0.05)
        async with lock:
            if not stopped:
                await asyncio.to_thread(cluster.stop)
                stopped = True

    return before_reply
