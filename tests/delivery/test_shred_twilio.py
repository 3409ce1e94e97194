"""Deleting a client moments after they texted: Twilio refuses to delete a message it
has not finished with (error 20009) for a minute or more; the deletion waits for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from services import runtime
from services.intake.app import create_app
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.simulator.webhooks import new_sid
from services.worker.jobs import send_message
from shared.db.models import Client, OutboundMessage, OutboundStatus, utcnow
from shared.delivery.shred import ShredIncomplete, shred_client
from shared.language.cues import Cue
from shared.outreach.rows import queue_welcome
from shared.roster.clients import add_client, add_clinician, get_client, set_practice
from shared.vault import audit
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, signed_post

PHONE = "+14155550100"


@pytest.fixture
def stand_in() -> Iterator[BackgroundServer]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


@pytest.fixture
def control(stand_in: BackgroundServer) -> SimulatorControl:
    return SimulatorControl(stand_in.url)


@pytest.fixture
def texted(env, monkeypatch, stand_in, signer) -> tuple[runtime.Context, str, str]:
    """A client who has just texted: (context, client id, MessageSid held at Twilio)."""
    monkeypatch.setenv("TWILIO_API_BASE", stand_in.url)
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    with ctx.db.session() as session:
        clinician = add_clinician(session, name="Dr R", email="r@example.org", certificate_pem=None)
        client = add_client(session, ctx.keys, clinician=clinician, phone=PHONE, name="Sam")
        set_practice(
            session,
            ctx.keys,
            client,
            cues=[Cue("tight chest before the meeting", ("standup",))],
            action="notice it",
            carry_back=None,
            nothing_this_week=False,
            next_session_at=None,
            lead_minutes=120,
        )
        client_id = client.id
    sid = new_sid("SM")
    params = {
        "AccountSid": ACCOUNT_SID,
        "MessageSid": sid,
        "From": PHONE,
        "To": TWILIO_NUMBER,
        "Body": "standup again, tight chest",
        "NumMedia": "0",
    }
    answer = signed_post(create_app(ctx).test_client(), signer, "/twilio/sms", params)
    assert answer.status_code == 200
    SimulatorControl(stand_in.url).add_inbound(sid)  # Twilio holds it from now on
    return ctx, client_id, sid


def client_exists(ctx: runtime.Context, client_id: str) -> bool:
    with ctx.db.session() as session:
        return session.execute(select(Client.id).where(Client.id == client_id)).first() is not None


def shred(ctx: runtime.Context, client_id: str, wait):
    return shred_client(
        ctx.db,
        client_id,
        actor=audit.current_actor(),
        twilio=ctx.twilio,
        queues=ctx.queues,
        wait=wait,
    )


def test_deleting_a_client_who_just_texted_waits_for_twilio_then_deletes(texted, control):
    ctx, client_id, sid = texted
    waited: list[float] = []

    def wait(seconds: float) -> None:
        waited.append(seconds)
        control.advance_clock(seconds)  # the minute passes at the stand-in, not here

    report = shred(ctx, client_id, wait)

    assert waited == [60]  # Twilio's "wait at least 1 minute"
    assert report.twilio_deleted == 1 and sid in control.deleted()
    assert not client_exists(ctx, client_id)


def test_a_message_twilio_never_finishes_leaves_everything_and_says_to_run_again(texted, control):
    ctx, client_id, _sid = texted
    waited: list[float] = []

    with pytest.raises(ShredIncomplete, match="run the deletion again in a few minutes"):
        shred(ctx, client_id, waited.append)

    assert waited == [60, 180]
    assert control.deleted() == [] and client_exists(ctx, client_id)


def test_a_refusal_that_waiting_will_not_change_stops_at_once(texted, control):
    ctx, client_id, _sid = texted
    control.advance_clock(120)
    control.inject_faults(403)
    waited: list[float] = []

    with pytest.raises(ShredIncomplete, match="HTTP 403"):
        shred(ctx, client_id, waited.append)

    assert waited == [] and client_exists(ctx, client_id)


def test_deleting_a_client_deletes_what_carryback_texted_them_at_twilio_too(texted, control):
    # The welcome quotes nothing of theirs, but a practice or safety plan text does:
    # every body Carryback sent them stays at Twilio until it is deleted there.
    ctx, client_id, inbound_sid = texted
    with ctx.db.session() as session:
        welcome = queue_welcome(session, get_client(session, client_id), utcnow())
    assert send_message(welcome) == "sent"
    [sent] = [m for m in control.messages() if m["to"] == PHONE]

    report = shred(ctx, client_id, control.advance_clock)

    assert report.twilio_deleted == 2
    assert {inbound_sid, sent["sid"]} <= set(control.deleted())
    assert [m for m in control.messages() if m["to"] == PHONE] == []


def test_a_text_being_sent_while_the_client_is_deleted_is_deleted_at_twilio_too(texted, control):
    # A worker had claimed the welcome before the deletion began; it reaches Twilio
    # while the deletion waits on Twilio, and gets its sid only then.
    ctx, client_id, inbound_sid = texted
    with ctx.db.session() as session:
        welcome = queue_welcome(session, get_client(session, client_id), utcnow())
        row = session.get(OutboundMessage, welcome)
        row.status, row.claimed_at = OutboundStatus.SENDING, utcnow()
    late: list[str] = []

    def wait(seconds: float) -> None:
        if not late:
            late.append(ctx.twilio.send_sms(PHONE, "the welcome, as the worker sends it"))
            with ctx.db.session() as session:
                session.get(OutboundMessage, welcome).twilio_sid = late[0]
        control.advance_clock(seconds)

    report = shred(ctx, client_id, wait)

    assert {inbound_sid, late[0]} <= set(control.deleted())
    assert report.twilio_deleted == 2


def test_texts_not_yet_sent_are_stopped_before_the_deletion_reads_twilio(texted, control):
    ctx, client_id, _sid = texted
    with ctx.db.session() as session:
        welcome = queue_welcome(session, get_client(session, client_id), utcnow())
    stopped: list[str] = []

    def wait(seconds: float) -> None:
        # While the deletion waits on Twilio, a worker picking the text up finds it stopped.
        if not stopped:
            stopped.append(send_message(welcome))
        control.advance_clock(seconds)

    shred(ctx, client_id, wait)

    assert stopped == ["skipped"]
    assert [m for m in control.messages() if m["to"] == PHONE] == []
