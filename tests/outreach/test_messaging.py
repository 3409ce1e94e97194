"""Carryback speaking first, end to end: rows, jobs, the stand-in over HTTP, callbacks.

Real Redis, SQLite and PostgreSQL, the Twilio stand-in answering the twilio
SDK over HTTP and calling the intake back (signed) with delivery statuses.
"""

from __future__ import annotations

import email
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from services import runtime
from services.intake.app import create_app
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.simulator.webhooks import WebhookSender, new_sid
from services.summary.loop import tick
from services.worker.jobs import _alert_if_pending, send_message
from services.worker.runner import run_worker
from shared.db.models import (
    AuditEvent,
    CallAttestation,
    Client,
    ClientMessaging,
    Noticing,
    OutboundMessage,
    new_id,
    utcnow,
)
from shared.delivery import alerts
from shared.delivery.briefing import prepare_brief, upcoming_session
from shared.delivery.briefs.render import render_text
from shared.infra.channels.sms import SmsError
from shared.infra.jobs import JobQueues, connect
from shared.kernel.config import load_settings
from shared.language.cues import Cue
from shared.outreach import messaging, reminder_setup
from shared.outreach.reminders import (
    ReminderSpec,
    in_quiet_hours,
    next_slot,
    parse_spec,
    slot_missed,
    within_caps,
)
from shared.roster.clients import add_client, add_clinician, get_client, set_practice, set_status
from shared.vault.sealed import NOTICING_BODY
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER
from tools.devstack.processes import free_port, wait_until
from tools.devstack.smtp import Inbox, smtp_sink

PHONE = "+14155550100"
DAY = timedelta(days=1)
CUES = [Cue("tight chest before the meeting", ("standup",))]
ACTION = "three slow breaths"
REMINDER = "tight chest before the meeting \u2192 three slow breaths. Text what you notice."
# At any moment one of these has local daytime, so real-time sends are never in quiet hours.
ZONES = (
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Tokyo",
    "Australia/Sydney",
)


def daytime_zone(now: datetime) -> str:
    return next(z for z in ZONES if 10 <= now.astimezone(ZoneInfo(z)).hour < 19)


def wait_for(check: Callable[[], bool], what: str, deadline_s: float = 15.0) -> None:
    wait_until(check, deadline_s=deadline_s, what=what, interval_s=0.05)


@pytest.fixture
def stand_in() -> Iterator[str]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server.url


@pytest.fixture
def control(stand_in: str) -> SimulatorControl:
    return SimulatorControl(stand_in)


@pytest.fixture
def msg_ctx(env, monkeypatch, stand_in) -> Iterator[runtime.Context]:
    """The intake served over HTTP, so the stand-in's status callbacks reach it."""
    port = free_port()
    monkeypatch.setenv("TWILIO_API_BASE", stand_in)
    monkeypatch.setenv("PUBLIC_BASE_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("CARRYBACK_SWEEP_AFTER", "0")
    monkeypatch.setenv("CARRYBACK_PRACTICE_CONTACT", "Riverside Counselling, 555-0100")
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    with BackgroundServer(create_app(ctx), port=port):
        yield ctx
    runtime.reset()


@pytest.fixture
def sender(msg_ctx: runtime.Context) -> WebhookSender:
    return WebhookSender(msg_ctx.settings.public_base_url, AUTH_TOKEN, ACCOUNT_SID)


def enrol(
    ctx: runtime.Context,
    tz: str,
    *,
    phone: str = PHONE,
    status: str = "active",
    next_session: datetime | None = None,
) -> str:
    with ctx.db.session() as session:
        found = session.execute(select(Client.clinician_id).limit(1)).scalar_one_or_none()
        if found is None:
            clinician_id = add_clinician(
                session, name="Dr Rivera", email="rivera@example.org", certificate_pem=None
            ).id
        else:
            clinician_id = found
        from shared.db.models import Clinician

        client = add_client(
            session,
            ctx.keys,
            clinician=session.get(Clinician, clinician_id),
            phone=phone,
            name="Sam",
            timezone=tz,
            status=status,
        )
        set_practice(
            session,
            ctx.keys,
            client,
            cues=CUES,
            action=ACTION,
            carry_back=None,
            nothing_this_week=False,
            next_session_at=next_session,
            lead_minutes=120,
        )
        return client.id


def remind_at(ctx: runtime.Context, client_id: str, slot: datetime, **choice: object) -> None:
    """Reminders every day at ``slot``'s local minute, scheduled so ``slot`` comes next."""
    with ctx.db.session() as session:
        client = get_client(session, client_id)
        local = slot.astimezone(ZoneInfo(client.timezone))
        spec = ReminderSpec(frozenset(range(7)), local.hour * 60 + local.minute)
        messaging.set_reminders(
            session,
            client,
            messaging.ReminderChoice(spec=spec, **choice),  # type: ignore[arg-type]
            slot - timedelta(minutes=1),
        )


def next_minute() -> datetime:
    return (utcnow() + timedelta(minutes=2)).replace(second=0, microsecond=0)


def rows(ctx: runtime.Context, client_id: str | None = None) -> list[OutboundMessage]:
    with ctx.db.session() as session:
        query = select(OutboundMessage).order_by(OutboundMessage.created_at)
        if client_id:
            query = query.where(OutboundMessage.client_id == client_id)
        return list(session.execute(query).scalars())


def client_status(ctx: runtime.Context, client_id: str) -> str:
    with ctx.db.session() as session:
        return get_client(session, client_id).status


# --- consent ------------------------------------------------------------------------------


def test_welcome_then_nothing_before_yes_then_a_reminder_in_its_slot(
    carryback_keywords, msg_ctx, control, sender
) -> None:
    ctx = msg_ctx
    slot = next_minute()
    client_id = enrol(ctx, daytime_zone(slot), status="invited")
    remind_at(ctx, client_id, slot)
    with ctx.db.session() as session:
        welcome = messaging.queue_welcome(session, get_client(session, client_id), utcnow())
    assert ctx.queues.enqueue_message(welcome)
    tick(ctx, now=slot)  # the slot comes before YES: nothing is due for an invited client
    assert run_worker(burst=True)
    [sent] = control.messages()
    assert sent["to"] == PHONE
    for words in ("not monitored in real time", "988", "911", "Msg & data rates may apply"):
        assert words in sent["body"]
    assert "Reply YES to start, HELP for help, STOP to stop" in sent["body"]
    assert "Reminders daily" in sent["body"]

    first = sender.sms(PHONE, "chest tight before standup", to=TWILIO_NUMBER)
    second = sender.sms(PHONE, "again at lunch", to=TWILIO_NUMBER)
    assert b"<Message>" in first.content and b"<Message>" not in second.content
    with ctx.db.session() as session:
        assert session.query(Noticing).count() == 2  # both stored, acknowledged once
    assert b"<Message>" not in sender.sms(PHONE, "CUES", to=TWILIO_NUMBER).content
    assert len(control.messages()) == 1

    help_reply = sender.sms(PHONE, "HELP", to=TWILIO_NUMBER).text
    assert "Riverside Counselling, 555-0100" in help_reply and "988" in help_reply
    assert "you're in" in sender.sms(PHONE, "YES", to=TWILIO_NUMBER).text
    assert client_status(ctx, client_id) == "active"

    slot = next_minute()
    remind_at(ctx, client_id, slot)
    tick(ctx, now=slot)
    tick(ctx, now=slot + timedelta(seconds=30))  # the next loop finds nothing new
    assert run_worker(burst=True)
    messages = control.messages()
    assert [m["body"] for m in messages[1:]] == [REMINDER]
    wait_for(
        lambda: {r.kind: r.status for r in rows(ctx, client_id)}["reminder"] == "delivered",
        "Twilio's delivered callback",
    )


def test_welcome_resend_is_once_a_day(msg_ctx) -> None:
    client_id = enrol(msg_ctx, "UTC", status="invited")
    with msg_ctx.db.session() as session:
        messaging.queue_welcome(session, get_client(session, client_id), utcnow())
    runner = CliRunner()
    from services.cli import main

    again = runner.invoke(main, ["client", "welcome", client_id])
    assert again.exit_code == 1 and "less than a day ago" in again.output


# --- STOP ---------------------------------------------------------------------------------


def test_no_message_after_stop(msg_ctx, control, sender) -> None:
    ctx = msg_ctx
    slot = next_minute()
    tz = daytime_zone(slot)
    client_id = enrol(ctx, tz)
    remind_at(ctx, client_id, slot)
    tick(ctx, now=slot)  # a reminder row is waiting...
    sender.sms(PHONE, "STOP", to=TWILIO_NUMBER, extra={"OptOutType": "STOP"})
    assert run_worker(burst=True)  # ...and is blocked, not sent
    assert control.messages() == []
    [blocked] = rows(ctx, client_id)
    assert blocked.status == "blocked"
    remind_at(ctx, client_id, slot + timedelta(days=1))
    tick(ctx, now=slot + timedelta(days=1))
    assert len(rows(ctx, client_id)) == 1  # no new row while opted out


def test_twilio_21610_marks_the_client_opted_out(msg_ctx, control) -> None:
    ctx = msg_ctx
    slot = next_minute()
    client_id = enrol(ctx, daytime_zone(slot))
    control.opt_out(PHONE)  # STOP reached Twilio but not us
    remind_at(ctx, client_id, slot)
    tick(ctx, now=slot)
    assert run_worker(burst=True)
    [row] = rows(ctx, client_id)
    assert row.status == "blocked" and row.error_code == 21610
    assert client_status(ctx, client_id) == "opted_out"
    assert control.messages() == []


# --- quiet hours, caps and DST, over a simulated month -----------------------------------


def test_no_reminder_inside_quiet_hours_and_caps_hold_over_a_dst_month(ctx) -> None:
    plans = {
        enrol(ctx, "America/New_York", phone="+14155550101"): ("daily 08:00", {}),
        enrol(ctx, "America/New_York", phone="+14155550102"): (
            "daily 20:59",
            {"max_per_week": 2},
        ),
        enrol(ctx, "Europe/London", phone="+447700900123"): ("Mon-Fri 08:30", {}),
    }
    start = datetime(2026, 3, 1, tzinfo=UTC)
    end = datetime(2026, 4, 5, tzinfo=UTC)  # both the US and the UK spring forward
    for client_id, (spec, extra) in plans.items():
        with ctx.db.session() as session:
            messaging.set_reminders(
                session,
                get_client(session, client_id),
                messaging.ReminderChoice(spec=parse_spec(spec), **extra),
                start,
            )
    now = start
    while now < end:
        with ctx.db.session() as session:
            messaging.claim_due(session, now)
            soonest = session.execute(
                select(ClientMessaging.next_due_at).order_by(ClientMessaging.next_due_at).limit(1)
            ).scalar_one()
        now = soonest + timedelta(seconds=40)  # the minute loop comes round
    for client_id, (spec, extra) in plans.items():
        with ctx.db.session() as session:
            tz = get_client(session, client_id).timezone
        sent = [r.due_at for r in rows(ctx, client_id)]
        local = [moment.astimezone(ZoneInfo(tz)) for moment in sent]
        wanted = parse_spec(spec).minute
        assert all(m.hour * 60 + m.minute == wanted for m in local), spec
        assert not any(in_quiet_hours(moment, tz) for moment in sent)
        days = [m.date() for m in local]
        assert len(days) == len(set(days))
        cap = extra.get("max_per_week", 3)
        for day in days:
            assert sum(1 for d in days if day - timedelta(days=6) <= d <= day) <= cap
        assert len(sent) >= 4 * cap  # thinned by the caps, never stopped


def _expected_reminders(session, now: datetime) -> tuple[set[str], dict[str, datetime | None]]:
    """What the tick must do, worked out one client at a time with the pure functions."""
    due = session.execute(
        select(ClientMessaging, Client.timezone, Client.status)
        .join(Client, Client.id == ClientMessaging.client_id)
        .where(ClientMessaging.next_due_at <= now)
    ).all()
    allowed, following = set(), {}
    for plan, tz, status in due:
        slot = plan.next_due_at
        earlier = session.execute(
            select(OutboundMessage.due_at).where(
                OutboundMessage.client_id == plan.client_id,
                OutboundMessage.kind == "reminder",
                OutboundMessage.status.in_([str(s) for s in messaging.COUNTED]),
            )
        ).scalars()
        if (
            status == "active"
            and not slot_missed(slot, now)
            and not messaging.is_paused(plan, slot)
            and not in_quiet_hours(slot, tz, messaging.quiet_of(plan))
            and within_caps(
                slot,
                list(earlier),
                tz,
                max_per_day=plan.max_per_day,
                max_per_week=plan.max_per_week,
            )
        ):
            allowed.add(plan.client_id)
        spec = ReminderSpec.from_mask(plan.remind_days, plan.remind_minute)
        following[plan.client_id] = next_slot(spec, tz, now)
    return allowed, following


def test_the_set_based_tick_decides_as_the_rules_do_client_by_client(ctx) -> None:
    """Zones with odd DST (midnight in Havana, 30 minutes on Lord Howe), caps, pauses,
    quiet hours widened after the slot was set, a client not yet consented, rows the
    caps must not count: every tick's rows are the ones the pure rules allow."""
    start = datetime(2026, 3, 1, tzinfo=UTC)
    people = [
        ("America/Havana", "daily 08:00", {}),
        ("Australia/Lord_Howe", "Mon,Wed,Fri,Sat 09:15", {"max_per_week": 2}),
        ("America/New_York", "daily 08:00", {}),
        ("America/New_York", "daily 08:00", {"max_per_week": 1}),
        ("Europe/London", "Mon-Fri 08:30", {}),
        ("Asia/Kolkata", "weekends 10:00", {}),
        ("America/Chicago", "daily 08:00", {}),  # pauses for a week
        ("America/Chicago", "daily 08:00", {}),  # invited: never a reminder
        ("America/Chicago", "daily 08:00", {}),  # quiet hours widen past 08:00 later
        ("America/Chicago", "Mon-Fri 08:00", {}),  # same slot, another next slot on Fridays
    ]
    ids = []
    for n, (tz, spec, extra) in enumerate(people):
        status = "invited" if n == 7 else "active"
        client_id = enrol(ctx, tz, phone=f"+1415555{2000 + n}", status=status)
        with ctx.db.session() as session:
            messaging.set_reminders(
                session,
                get_client(session, client_id),
                messaging.ReminderChoice(spec=parse_spec(spec), **extra),
                start,
            )
        ids.append(client_id)
    now, step, created_total, moved_later = start, 0, 0, False
    while now < start + timedelta(days=40):
        with ctx.db.session() as session:
            if step == 10:
                plan = session.get(ClientMessaging, ids[6])
                plan.paused_at, plan.paused_until = now, now + timedelta(days=7)
            if step == 20:
                plan = session.get(ClientMessaging, ids[8])
                plan.quiet_start_minute, plan.quiet_end_minute = 20 * 60, 9 * 60
            expected, following = _expected_reminders(session, now)
            created = messaging.claim_due_reminders(session, now)
            session.expire_all()  # the tick writes in SQL, behind the ORM's back
            made = set(
                session.execute(
                    select(OutboundMessage.client_id).where(OutboundMessage.id.in_(created))
                ).scalars()
            )
            assert made == expected, now
            for client_id, slot in following.items():
                assert session.get(ClientMessaging, client_id).next_due_at == slot
            weekend = ids[5]
            if weekend in made and not moved_later:
                # Right after a weekend reminder the client picks a later time: the
                # same day's second slot meets the one-a-day cap.
                messaging.set_reminders(
                    session,
                    get_client(session, weekend),
                    messaging.ReminderChoice(spec=parse_spec("weekends 14:00")),
                    now,
                )
                moved_later = True
            # Some texts never go (not counted against the caps), some are delivered.
            for n, message_id in enumerate(created):
                status = ("skipped", "delivered", "failed")[(n + step) % 3]
                session.get(OutboundMessage, message_id).status = status
            created_total += len(created)
            soonest = session.execute(select(func.min(ClientMessaging.next_due_at))).scalar_one()
        step += 1
        # Mostly the next minute loop; every seventh tick comes too late for its slot.
        now = soonest + (timedelta(minutes=15) if step % 7 == 0 else timedelta(seconds=40))
    assert created_total > 100 and moved_later


# --- outages ------------------------------------------------------------------------------


def test_reminder_whose_slot_passed_while_redis_was_down_is_skipped(msg_ctx, control) -> None:
    ctx = msg_ctx
    slot = (utcnow() - timedelta(minutes=15)).replace(second=0, microsecond=0)
    client_id = enrol(ctx, daytime_zone(utcnow()))
    remind_at(ctx, client_id, slot)
    live = ctx.queues
    ctx.__dict__["queues"] = JobQueues(connect("redis://127.0.0.1:9/0"))  # nothing listens
    try:
        tick(ctx, now=slot)  # the row is stored; its job cannot be queued
    finally:
        ctx.__dict__["queues"] = live
    [waiting] = rows(ctx, client_id)
    assert waiting.status == "pending"
    tick(ctx)  # Redis is back, the slot is 15 minutes gone
    assert run_worker(burst=True)
    [row] = rows(ctx, client_id)
    assert row.status == "skipped" and "slot passed" in (row.last_error or "")
    assert control.messages() == []


def test_twilio_down_then_back_within_the_slot_sends_once(msg_ctx, control) -> None:
    ctx = msg_ctx
    slot = next_minute()
    client_id = enrol(ctx, daytime_zone(slot))
    remind_at(ctx, client_id, slot)
    control.inject_faults(503, count=1)
    tick(ctx, now=slot)
    run_worker(burst=True)  # the first try meets a 503 and is scheduled again
    [row] = rows(ctx, client_id)
    assert row.status == "pending" and row.attempts == 1
    send_message(row.id)  # the retry (RQ's backoff, without the wait)
    send_message(row.id)  # and a duplicate delivery of the same job
    assert [m["body"] for m in control.messages()] == [REMINDER]


@pytest.fixture
def unanswered_ctx(env, monkeypatch, stand_in) -> Iterator[runtime.Context]:
    """Carryback with its intake out of reach: Twilio's status callbacks are lost.

    Twilio does not retry a status callback; the row can then learn its sid
    from the send's answer only, or, when that is lost too, by looking it up.
    """
    monkeypatch.setenv("TWILIO_API_BASE", stand_in)
    monkeypatch.setenv("PUBLIC_BASE_URL", f"http://127.0.0.1:{free_port()}")  # nothing listens
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    yield ctx
    runtime.reset()


def test_a_welcome_twilio_took_without_answering_is_looked_up_not_sent_again(
    unanswered_ctx, control
) -> None:
    ctx = unanswered_ctx
    client_id = enrol(ctx, "UTC", status="invited")
    with ctx.db.session() as session:
        welcome = messaging.queue_welcome(session, get_client(session, client_id), utcnow())
    assert ctx.queues.enqueue_message(welcome)
    control.hang_up_after_accepting(1)  # Twilio takes it, then the connection drops

    run_worker(burst=True)  # the first try ends without an answer and is scheduled again
    [row] = rows(ctx, client_id)
    assert row.status == "pending" and row.unconfirmed_since is not None
    assert send_message(row.id) == "sent"  # the retry (RQ's backoff, without the wait)
    assert send_message(row.id) == "skipped"  # and a duplicate delivery of the same job

    [taken] = control.messages()
    assert [m["body"] for m in control.received(PHONE)] == [taken["body"]]
    [row] = rows(ctx, client_id)
    assert row.status == "sent" and row.twilio_sid == taken["sid"]
    assert row.unconfirmed_since is None


def test_a_send_that_cannot_have_reached_twilio_is_simply_sent_again(
    unanswered_ctx, control, monkeypatch
) -> None:
    ctx = unanswered_ctx
    client_id = enrol(ctx, "UTC", status="invited")
    with ctx.db.session() as session:
        welcome = messaging.queue_welcome(session, get_client(session, client_id), utcnow())
    nobody = replace(ctx.settings, twilio_api_base=f"http://127.0.0.1:{free_port()}")
    with monkeypatch.context() as patch:
        patch.setattr(ctx, "settings", nobody)
        patch.delitem(ctx.__dict__, "sms", raising=False)
        with pytest.raises(SmsError) as caught:
            send_message(welcome)  # connection refused: nothing reached Twilio
    ctx.__dict__.pop("sms", None)  # the channel built for the address nobody listens on
    assert not caught.value.unconfirmed
    [row] = rows(ctx, client_id)
    assert row.status == "pending" and row.unconfirmed_since is None

    assert send_message(welcome) == "sent"  # no look-up first: straight to Twilio
    assert len(control.received(PHONE)) == 1


def test_a_sender_that_died_mid_send_leaves_its_text_to_be_looked_up(
    unanswered_ctx, control
) -> None:
    ctx = unanswered_ctx
    client_id = enrol(ctx, "UTC", status="invited")
    with ctx.db.session() as session:
        welcome = messaging.queue_welcome(session, get_client(session, client_id), utcnow())
    assert send_message(welcome) == "sent"
    [taken] = control.messages()
    with ctx.db.session() as session:
        # As if the worker died after Twilio took the text, before recording it.
        row = session.get(OutboundMessage, welcome)
        row.status, row.twilio_sid = "sending", None
        row.claimed_at = utcnow() - messaging.SEND_LEASE - timedelta(seconds=1)

    assert send_message(welcome) == "sent"

    assert len(control.received(PHONE)) == 1
    [row] = rows(ctx, client_id)
    assert row.twilio_sid == taken["sid"] and row.attempts == 2


def test_each_reminder_sent_exactly_once_with_two_summary_loops(msg_ctx, control) -> None:
    ctx = msg_ctx
    slot = next_minute()
    tz = daytime_zone(slot)
    phones = [f"+1415555{1000 + n}" for n in range(20)]
    for phone in phones:
        remind_at(ctx, enrol(ctx, tz, phone=phone), slot)
    loops = [runtime.Context(load_settings()) for _ in range(2)]
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def loop(context: runtime.Context) -> None:
        try:
            for offset in (0, 20, 40):
                barrier.wait()
                tick(context, now=slot + timedelta(seconds=offset))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=loop, args=(c,)) for c in loops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for context in loops:
        context.db.dispose()
    assert errors == []
    assert run_worker(burst=True)
    sent = [m["to"] for m in control.messages()]
    assert sorted(sent) == sorted(phones)


# --- PAUSE, RESUME, the nudge -------------------------------------------------------------


def test_pause_until_after_the_next_session_and_the_brief_says_so(msg_ctx, sender) -> None:
    ctx = msg_ctx
    slot = next_minute()
    tz = daytime_zone(slot)
    session_at = slot + timedelta(days=3)
    client_id = enrol(ctx, tz, next_session=session_at)
    remind_at(ctx, client_id, slot)
    reply = sender.sms(PHONE, "Nothing this week.", to=TWILIO_NUMBER).text
    assert "paused until after your next session" in reply
    tick(ctx, now=slot)
    assert rows(ctx, client_id) == []
    with ctx.db.session() as session:
        client = get_client(session, client_id)
        upcoming = upcoming_session(session, client, 120, persist=False)
        text = render_text(prepare_brief(session, ctx.keys, upcoming, utcnow()).brief)
    weekday = utcnow().astimezone(ZoneInfo(tz)).strftime("%A")
    assert f"The client chose a pause from {weekday}." in text
    assert "RESUME" not in text and "missed" not in text.lower()
    assert "back on" in sender.sms(PHONE, "RESUME", to=TWILIO_NUMBER).text
    remind_at(ctx, client_id, slot + timedelta(days=1))
    tick(ctx, now=slot + timedelta(days=1))
    assert [r.kind for r in rows(ctx, client_id)] == ["reminder"]


def test_nudge_the_day_before_and_a_cancelled_session_removes_it(msg_ctx, control) -> None:
    ctx = msg_ctx
    nudge_at = next_minute()
    tz = daytime_zone(nudge_at)
    session_at = nudge_at + timedelta(days=1, hours=1)
    client_id = enrol(ctx, tz, next_session=session_at)
    local = nudge_at.astimezone(ZoneInfo(tz))
    with ctx.db.session() as session:
        messaging.set_reminders(
            session,
            get_client(session, client_id),
            messaging.ReminderChoice(spec=None, nudge_minute=local.hour * 60 + local.minute),
            utcnow(),
        )
    tick(ctx, now=nudge_at - timedelta(minutes=1))
    assert rows(ctx, client_id) == []
    tick(ctx, now=nudge_at)
    tick(ctx, now=nudge_at + timedelta(seconds=30))
    assert run_worker(burst=True)
    weekday = session_at.astimezone(ZoneInfo(tz)).strftime("%A")
    assert [m["body"] for m in control.messages()] == [
        f"Anything to carry back to {weekday}'s session? A text or a call is enough. "
        "Nothing is fine too."
    ]
    # A second client's session is cancelled after its nudge was queued: it never goes.
    other = enrol(ctx, tz, phone="+14155550177", next_session=session_at)
    with ctx.db.session() as session:
        messaging.set_reminders(
            session,
            get_client(session, other),
            messaging.ReminderChoice(spec=None, nudge_minute=local.hour * 60 + local.minute),
            utcnow(),
        )
    ctx.__dict__["queues"], live = JobQueues(connect("redis://127.0.0.1:9/0")), ctx.queues
    try:
        tick(ctx, now=nudge_at)
    finally:
        ctx.__dict__["queues"] = live
    from shared.roster.clients import cancel_sessions

    with ctx.db.session() as session:
        cancel_sessions(session, get_client(session, other))
    [nudge] = rows(ctx, other)
    assert send_message(nudge.id) == "skipped"
    assert len(control.messages()) == 1


def test_a_session_cancelled_or_moved_before_its_nudge_takes_the_nudge_with_it(ctx) -> None:
    """Cancelled on the clinician's page: no nudge. Moved: the nudge follows the new day."""
    from services.console.queries import add_sessions, cancel_one, move_one

    tz = "America/Chicago"
    now = datetime(2026, 3, 9, 15, 0, tzinfo=UTC)  # Monday 10:00 in Chicago
    wednesday = datetime(2026, 3, 11, 20, 0, tzinfo=UTC)  # 15:00 in Chicago
    nudge_at = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)  # Tuesday 18:00, the day before
    clients = [enrol(ctx, tz, phone=f"+1415555{3000 + n}") for n in range(2)]
    booked = {}
    with ctx.db.session() as session:
        for client_id in clients:
            client = get_client(session, client_id)
            messaging.set_reminders(
                session, client, messaging.ReminderChoice(spec=None, nudge_minute=18 * 60), now
            )
            [booked[client_id]] = add_sessions(
                session, client, wednesday, weeks=1, lead_minutes=120, now=now
            )
        cancelled, moved = clients
        assert cancel_one(session, get_client(session, cancelled), booked[cancelled].id)
        friday = wednesday + timedelta(days=2)
        move_one(
            session,
            get_client(session, moved),
            booked[moved].id,
            friday,
            lead_minutes=120,
            now=now,
        )
    with ctx.db.session() as session:
        assert messaging.claim_due(session, nudge_at + timedelta(seconds=30)) == []
        thursday_nudge = nudge_at + timedelta(days=2)
        [nudge] = messaging.claim_due(session, thursday_nudge + timedelta(seconds=30))
        row = session.get(OutboundMessage, nudge)
    assert (row.client_id, row.kind, row.due_at) == (moved, "nudge", thursday_nudge)


def test_invalid_reminder_spec_is_a_clear_error(msg_ctx) -> None:
    from services.cli import main

    client_id = enrol(msg_ctx, "America/Chicago")
    result = CliRunner().invoke(main, ["practice", "set", client_id, "--remind", "Mon-Fri 21:30"])
    assert result.exit_code == 1
    assert "21:30 is inside quiet hours (21:00-08:00)" in result.output
    ok = CliRunner().invoke(
        main, ["practice", "set", client_id, "--remind", "Mon-Fri 08:30", "--yes"]
    )
    assert ok.exit_code == 0, ok.output
    assert REMINDER in ok.output and "next reminder" in ok.output


def test_changing_one_reminder_option_keeps_the_others(msg_ctx) -> None:
    from services.cli import main

    client_id = enrol(msg_ctx, "America/Chicago")
    cli = CliRunner()
    first = ["practice", "set", client_id, "--remind", "Mon-Fri 08:30", "--max-per-week", "2"]
    assert cli.invoke(main, [*first, "--yes"]).exit_code == 0
    nudge = cli.invoke(main, ["practice", "set", client_id, "--nudge", "18:00", "--yes"])
    assert nudge.exit_code == 0, nudge.output
    with msg_ctx.db.session() as session:
        plan = session.get(ClientMessaging, client_id)
        kept = reminder_setup.request_from_plan(plan)
    assert (kept.remind, kept.max_per_week, kept.nudge) == ("Mon-Fri 08:30", 2, "18:00")

    stopped = cli.invoke(main, ["practice", "set", client_id, "--no-reminders", "--yes"])
    assert stopped.exit_code == 0, stopped.output
    with msg_ctx.db.session() as session:
        none = reminder_setup.request_from_plan(session.get(ClientMessaging, client_id))
    assert (none.remind, none.nudge) == (None, None)


def test_moving_time_zone_keeps_the_local_time(msg_ctx) -> None:
    from services.cli import main

    client_id = enrol(msg_ctx, "America/Chicago")
    CliRunner().invoke(main, ["practice", "set", client_id, "--remind", "daily 09:00", "--yes"])
    moved = CliRunner().invoke(main, ["client", "tz", client_id, "Europe/Berlin"])
    assert moved.exit_code == 0, moved.output
    with msg_ctx.db.session() as session:
        due = session.get(ClientMessaging, client_id).next_due_at
    assert due.astimezone(ZoneInfo("Europe/Berlin")).hour == 9


# --- voice: the safety line, one answer for everyone not recorded, STIR/SHAKEN ------------


def test_every_caller_hears_the_safety_line_first(msg_ctx, sender) -> None:
    ctx = msg_ctx
    client_id = enrol(ctx, "America/Chicago", next_session=utcnow() + timedelta(days=2))
    paused = enrol(ctx, "America/Chicago", phone="+14155550111")
    stopped = enrol(ctx, "America/Chicago", phone="+14155550112")
    with ctx.db.session() as session:
        set_status(session, get_client(session, paused), "paused")
        set_status(session, get_client(session, stopped), "opted_out")

    def call(frm: str, verstat: str | None = None) -> tuple[str, str]:
        call_sid = new_sid("CA")
        params = {
            "AccountSid": ACCOUNT_SID,
            "CallSid": call_sid,
            "From": frm,
            "To": TWILIO_NUMBER,
            "CallStatus": "ringing",
        }
        if verstat:
            params["StirVerstat"] = verstat
        response = sender.post("/twilio/voice", params)
        assert response.status_code == 200
        return call_sid, response.text

    answers = []
    for number in ("+14155559999", "+14155550111", "+14155550112"):
        _, twiml = call(number)
        first_say = twiml.split("<Say>", 1)[1].split("</Say>", 1)[0]
        assert "not monitored in real time" in first_say
        assert "988" in first_say and "911" in first_say
        answers.append(twiml)
    call_sid, recorded = call(PHONE, "TN-Validation-Failed-A")
    assert recorded.index("988") < recorded.index("<Record")
    answers.append(recorded)
    assert len(set(answers)) == 1  # caller ID reveals nothing about enrolment
    with ctx.db.session() as session:
        attestation = session.get(CallAttestation, call_sid)
        assert attestation.client_id == client_id
        assert attestation.stir_verstat == "TN-Validation-Failed-A"
        assert messaging.unattested_calls(session, [call_sid]) == {call_sid}
        # The brief marks the note left from that call.
        note = Noticing(
            id=new_id(),
            client_id=client_id,
            kind="voice",
            source_sid=new_sid("RE"),
            call_sid=call_sid,
            status="tagged",
        )
        opened = ctx.keys.open_client(session, get_client(session, client_id))
        opened.seal(NOTICING_BODY, note, "chest tight before the standup")
        session.add(note)
    trusted_sid, _ = call(PHONE, "TN-Validation-Passed-A")
    with ctx.db.session() as session:
        assert messaging.unattested_calls(session, [trusted_sid]) == set()
        client = get_client(session, client_id)
        upcoming = upcoming_session(session, client, 120, persist=False)
        text = render_text(prepare_brief(session, ctx.keys, upcoming, utcnow()).brief)
    assert "voice note, automatic transcript; caller ID not verified by the carrier" in text


def test_crisis_in_a_voice_transcript_gets_the_crisis_reply_by_sms(msg_ctx, control) -> None:
    ctx = msg_ctx
    client_id = enrol(ctx, "America/Chicago")
    with ctx.db.session() as session:
        noticing = Noticing(
            client_id=client_id,
            kind="voice",
            source_sid=new_sid("RE"),
            status="tagged",
            crisis=True,
            crisis_alert="pending",
        )
        session.add(noticing)
    _alert_if_pending(ctx, noticing.id)
    _alert_if_pending(ctx, noticing.id)  # a retried job queues no second reply
    [reply] = rows(ctx, client_id)
    assert reply.kind == "crisis"
    assert send_message(reply.id) == "sent"
    assert [m["body"] for m in control.messages()] == [ctx.settings.crisis_reply]
    with ctx.db.session() as session:
        assert session.get(Noticing, noticing.id).crisis_reply_sent  # the alert says so


@pytest.mark.parametrize(
    ("twilio_status", "error_code", "said"),
    [
        ("delivered", "", "was delivered to the client's phone"),
        ("undelivered", "21610", "opted out of texts (STOP; Twilio error 21610)"),
    ],
)
def test_crisis_alert_says_whether_the_texted_crisis_reply_reached_the_phone(
    msg_ctx, sender, twilio_status: str, error_code: str, said: str
) -> None:
    ctx = msg_ctx
    client_id = enrol(ctx, "America/Chicago")
    answer = sender.sms(PHONE, "I want to kill myself tonight", to=TWILIO_NUMBER)
    [reply] = rows(ctx, client_id)
    assert (reply.kind, reply.status) == ("crisis", "sent")
    # TwiML's <Message action=...> is where Twilio reports this reply's delivery.
    callback = f"{ctx.settings.public_base_url}/twilio/status?message={reply.id}"
    assert f'action="{callback}"' in answer.text
    assert "call or text 988" in answer.text

    def alert_text() -> str:
        with ctx.db.session() as session:
            prepared = alerts.prepare_alert(session, ctx.keys, reply.noticing_id)
        return prepared.inner.get_body(("plain",)).get_content()

    assert "its delivery is unknown (no report from Twilio yet)" in alert_text()
    report = {"AccountSid": ACCOUNT_SID, "MessageSid": new_sid("SM")}
    report["MessageStatus"] = twilio_status
    if error_code:  # Twilio sends ErrorCode only with a failure
        report["ErrorCode"] = error_code
    assert sender.post(f"/twilio/status?message={reply.id}", report).status_code == 204
    assert said in alert_text()


# --- delivery status -------------------------------------------------------------------------


def test_status_callback_is_signed_and_a_landline_is_marked(msg_ctx, control, sender) -> None:
    ctx = msg_ctx
    unsigned = sender._session.post(
        ctx.settings.public_base_url + "/twilio/status",
        data={"AccountSid": ACCOUNT_SID, "MessageSid": new_sid("SM"), "MessageStatus": "sent"},
    )
    assert unsigned.status_code == 403
    stranger = sender.post(
        "/twilio/status",
        {"AccountSid": ACCOUNT_SID, "MessageSid": new_sid("SM"), "MessageStatus": "delivered"},
    )
    assert stranger.status_code == 204  # unknown sid: acknowledged so Twilio stops
    slot = next_minute()
    client_id = enrol(ctx, daytime_zone(slot))
    control.add_landline(PHONE)
    remind_at(ctx, client_id, slot)
    tick(ctx, now=slot)
    assert run_worker(burst=True)
    wait_for(lambda: rows(ctx, client_id)[0].status == "undelivered", "the undelivered callback")
    with ctx.db.session() as session:
        assert session.get(ClientMessaging, client_id).landline_at is not None
        actions = session.execute(select(AuditEvent.action)).scalars().all()
    assert "client.landline" in actions
    from services.cli import main

    listed = CliRunner().invoke(main, ["client", "messages", client_id])
    assert "cannot take texts (a landline)" in listed.output
    slot2 = slot + timedelta(days=1)
    remind_at(ctx, client_id, slot2)
    tick(ctx, now=slot2)
    [_, second] = rows(ctx, client_id)
    assert send_message(second.id) == "skipped"
    assert len(control.messages()) == 1


def test_a_landline_refused_at_send_is_marked_and_the_clinician_told_once(
    msg_ctx, control, monkeypatch
) -> None:
    """Twilio's API answers 21614 (not a mobile number) for the welcome: the number is
    marked, nothing else is tried, and the clinician gets one PHI-free e-mail."""
    inbox = Inbox()
    with smtp_sink(inbox) as smtp_port:
        monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{smtp_port}")
        monkeypatch.setenv("MAIL_FROM", "carryback@example.org")
        monkeypatch.setenv("CONSOLE_BASE_URL", "https://console.example.org")
        runtime.reset()
        ctx = runtime.context()
        control.add_landline(PHONE, refuse=True)
        client_id = enrol(ctx, daytime_zone(utcnow()), status="invited")
        with ctx.db.session() as session:
            welcome_id = messaging.queue_welcome(session, get_client(session, client_id), utcnow())
        assert send_message(welcome_id) == "failed"
        [row] = rows(ctx, client_id)
        assert (row.status, row.error_code) == ("failed", 21614)
        tick(ctx)
        tick(ctx)  # a second pass while the notice is still queued
        assert run_worker(burst=True)
        tick(ctx)  # told: nothing more to queue
        run_worker(burst=True)
    [(_, recipients, raw)] = inbox.messages
    assert recipients == ["rivera@example.org"]
    mail = email.message_from_bytes(raw)
    assert mail["Subject"] == "Carryback: a client's number cannot receive texts"
    text = mail.get_payload(0).get_payload(decode=True).decode()
    assert "https://console.example.org/l/" in text
    for secret in ("Sam", PHONE, PHONE[-4:], "tight chest", "breaths"):
        assert secret not in raw.decode(errors="replace")
    with ctx.db.session() as session:
        plan = session.get(ClientMessaging, client_id)
        assert plan.landline_at is not None and plan.landline_notice_at is not None
        sent = session.execute(
            select(AuditEvent.action).where(AuditEvent.subject_id == client_id)
        ).scalars()
        assert "client.landline_notice_sent" in list(sent)
        again = messaging.queue_welcome(session, get_client(session, client_id), utcnow() + DAY)
    assert send_message(again) == "skipped"  # never tried again
    assert control.messages() == []


def test_migration_0004_matches_the_models(ctx) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from shared.db.models import Base

    mine = {"client_messaging", "outbound_messages", "call_attestations"}
    with ctx.db.engine.connect() as connection:
        diffs = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    flat = [d for diff in diffs for d in (diff if isinstance(diff, list) else [diff])]
    assert [d for d in flat if mine & {str(part) for part in _names(d)}] == []


def _names(diff: tuple) -> list[str]:
    names = []
    for part in diff:
        name = getattr(part, "name", None)
        table = getattr(part, "table", None)
        names += [str(name), str(getattr(table, "name", ""))]
        if isinstance(part, str):
            names.append(part)
    return names
