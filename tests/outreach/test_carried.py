"""What the client carries home by text, as their phone sees it through the Twilio stand-in:
the practice after YES and on PRACTICE, the safety plan on PLAN, the crisis reply's PLAN line.

The intake is served over HTTP; the stand-in applies Twilio's keyword handling,
posts the signed webhook and delivers every <Message> of the TwiML answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from services import runtime
from services.intake.app import create_app
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.worker.runner import run_worker
from shared.db.models import (
    AuditEvent,
    Client,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    SafetyPlan,
    utcnow,
)
from shared.delivery.alerts import _safety_plan_state
from shared.delivery.briefs.render import SafetyPlanState, build_alert_mime
from shared.kernel.config import DEFAULT_CRISIS_REPLY
from shared.language.sms import segments
from shared.outreach import carried, messaging
from shared.outreach.due import waiting_messages
from shared.outreach.practice_text import practice_summary
from shared.outreach.safety_plan_text import PLAN_LINE, plan_messages
from shared.outreach.texts import CONSENTED
from shared.roster.clients import delete_client, get_client, set_practice, set_status
from shared.roster.safety_plans import Contact, PlanParts, SafetyPlanError, build_parts, set_plan
from tests.outreach.test_messaging import ACTION, CUES, ZONES, daytime_zone, enrol
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, signed_post
from tools.devstack.processes import free_port

PHONE = "+14155550100"
CRISIS = "I want to die tonight"
PLAN = PlanParts(
    warning_signs=("can't sleep, thoughts racing", "skipping meals"),
    coping=("walk around the block",),
    distractions=("the library on Elm St",),
    people=(Contact("Maria", "312-555-0144"),),
    professionals=(Contact("Dr. Rivera", "312-555-0100"),),
    safe_steps=("give my pills to Maria to keep",),
)
# Words only this client's plan holds: none may reach a phone that must get nothing personal.
PERSONAL = ("thoughts racing", "Maria", "312-555-0144", "Elm St", "pills")


@pytest.fixture
def stand_in() -> Iterator[str]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server.url


@pytest.fixture
def control(stand_in: str) -> SimulatorControl:
    return SimulatorControl(stand_in)


@pytest.fixture
def phone_ctx(carryback_keywords, env, monkeypatch, stand_in) -> Iterator[runtime.Context]:
    """The intake over HTTP, where the stand-in posts the client's texts (Carryback answers
    YES and HELP itself, as docs/deploying.md recommends)."""
    port = free_port()
    monkeypatch.setenv("TWILIO_API_BASE", stand_in)
    monkeypatch.setenv("PUBLIC_BASE_URL", f"http://127.0.0.1:{port}")
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    with BackgroundServer(create_app(ctx), port=port):
        yield ctx
    runtime.reset()


def texts(ctx: runtime.Context, control: SimulatorControl, body: str) -> list[str]:
    """The client texts ``body``; every text that reached their phone because of it."""
    report = control.text(
        f"{ctx.settings.public_base_url}/twilio/sms", from_=PHONE, to=TWILIO_NUMBER, body=body
    )
    assert report["errors"] == [] and report["webhook"].endswith("-> 200")
    return list(report["received"])


def with_plan(ctx: runtime.Context, client_id: str, parts: PlanParts = PLAN) -> None:
    with ctx.db.session() as session:
        set_plan(session, ctx.keys, get_client(session, client_id), parts, actor="test:clinician")


def audit_actions(ctx: runtime.Context, action: str) -> list[AuditEvent]:
    with ctx.db.session() as session:
        return list(
            session.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars()
        )


# --- the practice by text --------------------------------------------------------------


def test_after_yes_the_practice_arrives_as_previewed_and_practice_sends_it_again(
    phone_ctx, control
) -> None:
    ctx = phone_ctx
    # Advanced Opt-Out with Twilio's START reply off: Carryback's consent reply is the one.
    control.set_keywords("advanced", replies={"START": "", "HELP": ""})
    enrol(ctx, "UTC", phone=PHONE, status="invited")
    # The console's preview: the same function, the same words (tests/browser shows the page).
    previewed = practice_summary(CUES, ACTION, None, False, "en")

    assert texts(ctx, control, "PRACTICE") == []  # before YES, nothing of theirs
    assert texts(ctx, control, "YES") == [CONSENTED, previewed]
    assert texts(ctx, control, "PRACTICE") == [previewed]
    assert texts(ctx, control, "practice.") == [previewed]


def test_a_saved_version_is_texted_once_outside_quiet_hours_and_one_a_day(ctx) -> None:
    client_id = enrol(ctx, "America/Chicago", phone=PHONE)
    late = datetime(2026, 3, 10, 4, 30, tzinfo=UTC)  # 22:30 in Chicago: quiet hours
    morning = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)  # 08:00 there (CDT from 8 March)
    with ctx.db.session() as session:
        client = get_client(session, client_id)
        first = carried.queue_after_save(session, client, "version-a", late)
        second = carried.queue_after_save(session, client, "version-b", late + timedelta(minutes=5))
    with ctx.db.session() as session:
        rows = {row.id: row for row in session.execute(select(OutboundMessage)).scalars()}
    # The second save replaces the first: one message, at the end of the quiet hours.
    assert rows[first].status == OutboundStatus.SKIPPED
    assert rows[second].status == OutboundStatus.PENDING
    assert rows[second].due_at == morning
    with ctx.db.session() as session:
        # Sent; a version saved later that day waits for the next morning.
        session.get(OutboundMessage, second).status = OutboundStatus.SENT
        third = carried.queue_after_save(
            session, get_client(session, client_id), "version-c", morning + timedelta(hours=3)
        )
        assert session.get(OutboundMessage, third).due_at == morning + timedelta(days=1)


def test_a_saved_version_is_sent_by_the_worker_and_one_due_later_waits(phone_ctx, control):
    ctx = phone_ctx
    now = utcnow()
    client_id = enrol(ctx, daytime_zone(now), phone=PHONE)
    quiet_id = enrol(ctx, quiet_zone(now), phone="+14155550199")
    queued = {}
    with ctx.db.session() as session:
        for who in (client_id, quiet_id):
            client = get_client(session, who)
            version = set_practice(
                session,
                ctx.keys,
                client,
                cues=CUES,
                action="four slow breaths",
                carry_back=None,
                nothing_this_week=False,
                next_session_at=None,
                lead_minutes=60,
            )
            queued[who] = carried.queue_after_save(session, client, version.id, now)
    for message_id in queued.values():
        ctx.queues.enqueue_message(message_id)
    run_worker(burst=True, sweep=False)
    bodies = [m["body"] for m in control.received(PHONE)]
    assert bodies == [practice_summary(CUES, "four slow breaths", None, False, "en")]
    assert control.received("+14155550199") == []
    with ctx.db.session() as session:
        waiting = session.get(OutboundMessage, queued[quiet_id])
        assert waiting.status == OutboundStatus.PENDING and waiting.due_at > now
        # Not taken for a lost job before its time; found once it is due.
        assert queued[quiet_id] not in waiting_messages(session, utcnow(), timedelta(0))
        assert queued[quiet_id] in waiting_messages(session, waiting.due_at, timedelta(0))


def quiet_zone(now: datetime) -> str:
    # Well inside quiet hours (21:00-08:00): the row cannot come due while the test runs.
    return next(z for z in ZONES if not 7 <= now.astimezone(ZoneInfo(z)).hour < 21)


def test_a_saved_version_goes_only_to_a_consented_client(ctx) -> None:
    client_id = enrol(ctx, "UTC", phone=PHONE, status="invited")
    with ctx.db.session() as session:
        client = get_client(session, client_id)
        assert carried.queue_after_save(session, client, "v", datetime.now(UTC)) is None
        set_status(session, client, "opted_out")
        assert carried.queue_after_save(session, client, "v", datetime.now(UTC)) is None


# --- the safety plan -------------------------------------------------------------------


def test_plan_sends_the_plan_and_each_read_is_audited_with_its_version(phone_ctx, control):
    ctx = phone_ctx
    client_id = enrol(ctx, "UTC", phone=PHONE)
    assert texts(ctx, control, "PLAN") == [
        "There is no safety plan here yet. You can ask your clinician to make one with you. "
        "If you need help now, call or text 988, or call 911 in an emergency."
    ]
    with_plan(ctx, client_id)
    assert texts(ctx, control, "plan") == plan_messages(PLAN, "en")
    changed = PlanParts(warning_signs=("the phone buzzing at 2am",))
    with_plan(ctx, client_id, changed)
    assert texts(ctx, control, "PLAN") == plan_messages(changed, "en")
    sent = audit_actions(ctx, "safety_plan.sent")
    assert [(e.actor, e.detail) for e in sent] == [
        ("client:keyword", "version 1"),
        ("client:keyword", "version 2"),
    ]


def test_spanish_plan_keyword_rows_and_a_spanish_client(phone_ctx, control) -> None:
    ctx = phone_ctx
    client_id = enrol(ctx, "UTC", phone=PHONE)
    with ctx.db.session() as session:
        get_client(session, client_id).language = "es"
    with_plan(ctx, client_id)
    [message] = texts(ctx, control, "Plan")
    assert message.startswith("Tu plan de seguridad:") and "Maria 312-555-0144" in message
    assert texts(ctx, control, "PRÁCTICA") == [practice_summary(CUES, ACTION, None, False, "es")]


def test_plan_from_opted_out_and_invited_numbers_sends_nothing_personal(phone_ctx, control) -> None:
    ctx = phone_ctx
    client_id = enrol(ctx, "UTC", phone=PHONE, status="invited")
    with_plan(ctx, client_id)
    [reply] = texts(ctx, control, "PLAN")
    assert reply == DEFAULT_CRISIS_REPLY  # crisis resources, nothing of the client's
    assert texts(ctx, control, "PRACTICE") == []

    assert texts(ctx, control, "STOP")  # Twilio's own confirmation
    assert texts(ctx, control, "PLAN") == []
    assert texts(ctx, control, "PRACTICE") == []
    received = " ".join(m["body"] for m in control.received(PHONE))
    for words in PERSONAL:
        assert words not in received
    assert audit_actions(ctx, "safety_plan.sent") == []


def test_a_long_plan_is_split_and_every_message_stays_within_four_segments(
    phone_ctx, control
) -> None:
    ctx = phone_ctx
    client_id = enrol(ctx, "UTC", phone=PHONE)
    # Six full parts of long entries, one with "á" (the whole text goes UCS-2: 67 a segment).
    entry = "when the evening gets quiet and the house feels too big, número {n} of my list"
    long_plan = build_parts(
        warning_signs=[entry.format(n=n) for n in range(6)],
        coping=[entry.format(n=n) for n in range(6, 12)],
        distractions=[entry.format(n=n) for n in range(12, 18)],
        people=[f"Friend number {n} from the group|312-555-01{n:02d}" for n in range(6)],
        professionals=[f"Counselling service {n}|312-555-02{n:02d}" for n in range(6)],
        safe_steps=[entry.format(n=n) for n in range(18, 24)],
    )
    with_plan(ctx, client_id, long_plan)
    received = texts(ctx, control, "PLAN")
    assert received == plan_messages(long_plan, "en")
    assert len(received) > 4
    for number, message in enumerate(received, start=1):
        assert message.startswith(f"Your safety plan, {number} of {len(received)}:")
        assert segments(message).count <= 4, message  # the limit itself, not the constant
    whole = "\n".join(received)
    for n in range(24):
        assert f"número {n} of my list" in whole
    assert "988 (call or text); 911 in an emergency" in whole


def test_an_entry_too_long_or_a_contact_without_a_phone_is_refused_clearly() -> None:
    with pytest.raises(SafetyPlanError, match="longer than 100 characters") as long:
        build_parts(coping=["x" * 101])
    assert long.value.part == "coping"
    with pytest.raises(SafetyPlanError, match="NAME\\|PHONE") as bare:
        build_parts(people=["Maria"])
    assert bare.value.part == "people"
    with pytest.raises(SafetyPlanError, match="at least one entry"):
        build_parts()


def test_a_replayed_plan_sid_is_answered_once(ctx, signer) -> None:
    client_id = enrol(ctx, "UTC", phone=PHONE)
    with_plan(ctx, client_id)
    app = create_app(ctx).test_client()
    params = {
        "MessageSid": "SM" + "7" * 32,
        "AccountSid": ACCOUNT_SID,
        "From": PHONE,
        "To": TWILIO_NUMBER,
        "Body": "PLAN",
        "NumMedia": "0",
    }
    first = signed_post(app, signer, "/twilio/sms", params).get_data(as_text=True)
    again = signed_post(app, signer, "/twilio/sms", params).get_data(as_text=True)
    assert "Maria 312-555-0144" in first
    assert "<Message>" not in again and "Maria" not in again
    assert len(audit_actions(ctx, "safety_plan.sent")) == 1


# --- crisis replies and the clinician's alert ------------------------------------------


def test_a_crisis_reply_names_plan_only_for_a_client_with_a_plan(phone_ctx, control) -> None:
    ctx = phone_ctx
    client_id = enrol(ctx, "UTC", phone=PHONE)
    assert texts(ctx, control, CRISIS) == [DEFAULT_CRISIS_REPLY]
    with_plan(ctx, client_id)
    assert texts(ctx, control, CRISIS + " again") == [f"{DEFAULT_CRISIS_REPLY}\n{PLAN_LINE}"]
    with ctx.db.session() as session:
        get_client(session, client_id).language = "es"
    [spanish] = texts(ctx, control, "quiero morir")
    assert spanish.endswith("\nManda PLAN para ver tu plan de seguridad.")


def test_the_crisis_reply_by_sms_after_a_voice_note_names_plan_too(ctx) -> None:
    client_id = enrol(ctx, "UTC", phone=PHONE)
    bodies = []
    for plan in (False, True):
        if plan:
            with_plan(ctx, client_id)
        with ctx.db.session() as session:
            row = OutboundMessage(
                client_id=client_id,
                kind=OutboundKind.CRISIS,
                dedupe_key=f"crisis:voice-{plan}",
                status=OutboundStatus.PENDING,
            )
            session.add(row)
            session.flush()
            outgoing = messaging.prepare(session, ctx.keys, ctx.settings, row.id, utcnow())
            bodies.append(outgoing.body)
    assert bodies == [DEFAULT_CRISIS_REPLY, f"{DEFAULT_CRISIS_REPLY}\n{PLAN_LINE}"]


def test_the_alert_says_whether_the_plan_went_out_in_the_hour_around(phone_ctx, control):
    ctx = phone_ctx
    client_id = enrol(ctx, "UTC", phone=PHONE)
    with_plan(ctx, client_id)
    texts(ctx, control, CRISIS)
    with ctx.db.session() as session:
        from shared.db.models import Noticing

        noticing = session.execute(select(Noticing).where(Noticing.crisis_reply_sent)).scalar_one()
        before = _safety_plan_state(session, noticing, "UTC")
    texts(ctx, control, "PLAN")
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing.id)
        after = _safety_plan_state(session, noticing, "UTC")
    assert before == SafetyPlanState(on_file=True, sent_at=None)
    assert after.on_file and after.sent_at is not None

    def alert(state: SafetyPlanState) -> str:
        message = build_alert_mime(datetime.now(UTC), CRISIS, "delivered", "Sam", safety_plan=state)
        return message.get_body(("plain",)).get_content()

    assert "was sent to them at" in alert(after)
    assert "was not sent to them in the hour around" in alert(before)
    assert "No safety plan is on file" in alert(SafetyPlanState(on_file=False))


def test_the_brief_notes_plan_and_practice_asks_neutrally(phone_ctx, control) -> None:
    ctx = phone_ctx
    client_id = enrol(ctx, "UTC", phone=PHONE)
    with_plan(ctx, client_id)
    texts(ctx, control, "PLAN")
    texts(ctx, control, "PRACTICE")
    with ctx.db.session() as session:
        asked = carried.asked_for(session, client_id, None, datetime.now(UTC) + timedelta(1))
        kinds = session.execute(
            select(OutboundMessage.kind).where(OutboundMessage.client_id == client_id)
        ).scalars()
        assert sorted(kinds) == [OutboundKind.PLAN, OutboundKind.PRACTICE]
        assert session.get(Client, client_id) is not None
    assert [kind for _at, kind in asked] == ["plan", "practice"]
    from shared.delivery.briefs.content import BriefInput
    from shared.delivery.briefs.render import render_text

    now = datetime.now(UTC)
    brief = BriefInput(
        clinician_name="Dr Rivera",
        client_name="Sam",
        session_at=now + timedelta(hours=1),
        period_start=None,
        period_end=now,
        practice=None,
        noticings=(),
        asked_for=tuple(asked),
    )
    text = render_text(brief)
    assert "The client texted PLAN and was sent their safety plan:" in text
    assert "The client texted PRACTICE and was sent their practice:" in text
    for judging in ("%", "missed", "only", "times"):
        assert judging not in text.split("Asked for by text")[1].split("\n\n")[1]


def test_deleting_the_client_deletes_every_version_of_their_plan(ctx) -> None:
    client_id = enrol(ctx, "UTC", phone=PHONE)
    with_plan(ctx, client_id)
    with_plan(ctx, client_id, PlanParts(coping=("call Maria",)))
    with ctx.db.session() as session:
        assert len(session.execute(select(SafetyPlan)).all()) == 2
        delete_client(session, client_id)
    with ctx.db.session() as session:
        assert session.execute(select(SafetyPlan)).all() == []
