"""A captured, signed PLAN or PRACTICE request replayed later never fetches the client's words.

The replay window prunes ordinary sids; the sids of requests that could carry
the plan or the practice are kept for good, and a sid that already had a text
in its answer is refused whatever version that text carried.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select, update

from services.intake.app import create_app
from services.summary.loop import tick
from shared.db.models import ProcessedMessage, utcnow
from shared.language.cues import Cue
from shared.roster.clients import get_client, set_practice
from shared.roster.safety_plans import Contact, PlanParts
from tests.outreach.test_carried import PHONE, with_plan
from tests.outreach.test_messaging import enrol
from tests.support.webhooks import ACCOUNT_SID, TWILIO_NUMBER, signed_post

SECRET = PlanParts(people=(Contact("Secret Sister", "312-555-0199"),))


def _request(body: str, digit: str) -> dict[str, str]:
    return {
        "MessageSid": "SM" + digit * 32,
        "AccountSid": ACCOUNT_SID,
        "From": PHONE,
        "To": TWILIO_NUMBER,
        "Body": body,
        "NumMedia": "0",
    }


def _age_every_sid(ctx, days: int) -> None:
    with ctx.db.session() as session:
        session.execute(
            update(ProcessedMessage).values(received_at=utcnow() - timedelta(days=days))
        )


def _forget_every_sid(ctx) -> None:
    """As a sweep from before this fix left them: every processed sid gone."""
    with ctx.db.session() as session:
        session.execute(delete(ProcessedMessage))


def test_a_plan_request_replayed_after_the_window_is_not_answered_with_the_plan(ctx, signer):
    client_id = enrol(ctx, "UTC", phone=PHONE)
    app = create_app(ctx).test_client()
    params = _request("PLAN", "8")
    first = signed_post(app, signer, "/twilio/sms", params).get_data(as_text=True)
    assert "no safety plan" in first
    # Eight days later the sweep has run; the clinician has since written a plan.
    stored = _request("on the bus, chest tight", "7")
    signed_post(app, signer, "/twilio/sms", stored)
    _age_every_sid(ctx, 8)
    tick(ctx)
    with_plan(ctx, client_id, SECRET)
    replayed = signed_post(app, signer, "/twilio/sms", params).get_data(as_text=True)
    assert "Secret Sister" not in replayed, replayed
    with ctx.db.session() as session:
        left = set(session.execute(select(ProcessedMessage.message_sid)).scalars())
    # The window still holds for ordinary texts: only the PLAN sid was kept.
    assert left == {params["MessageSid"]}
    # The client's own new PLAN still gets the plan.
    fresh = signed_post(app, signer, "/twilio/sms", _request("PLAN", "9")).get_data(as_text=True)
    assert "Secret Sister" in fresh


def test_a_plan_sent_then_rewritten_is_not_sent_again_to_a_replayed_pruned_sid(ctx, signer):
    client_id = enrol(ctx, "UTC", phone=PHONE)
    with_plan(ctx, client_id, PlanParts(people=(Contact("Old Friend", "312-555-0111"),)))
    app = create_app(ctx).test_client()
    params = _request("PLAN", "6")
    first = signed_post(app, signer, "/twilio/sms", params).get_data(as_text=True)
    assert "Old Friend" in first
    with_plan(ctx, client_id, SECRET)  # a new version: a new dedupe key
    _forget_every_sid(ctx)
    replayed = signed_post(app, signer, "/twilio/sms", params).get_data(as_text=True)
    assert "Secret Sister" not in replayed and "Old Friend" not in replayed, replayed
    # And again, now that its refusal is on record.
    again = signed_post(app, signer, "/twilio/sms", params).get_data(as_text=True)
    assert "Secret Sister" not in again, again


def test_a_practice_request_replayed_after_its_sid_was_pruned_gets_nothing(ctx, signer):
    client_id = enrol(ctx, "UTC", phone=PHONE)
    app = create_app(ctx).test_client()
    params = _request("PRACTICE", "5")
    first = signed_post(app, signer, "/twilio/sms", params).get_data(as_text=True)
    assert "three slow breaths" in first
    with ctx.db.session() as session:
        set_practice(
            session,
            ctx.keys,
            get_client(session, client_id),
            cues=[Cue("shaking hands at the pharmacy", ("pharmacy",))],
            action="call my brother",
            carry_back=None,
            nothing_this_week=False,
            next_session_at=None,
            lead_minutes=60,
        )
    _forget_every_sid(ctx)
    replayed = signed_post(app, signer, "/twilio/sms", params).get_data(as_text=True)
    assert "call my brother" not in replayed and "three slow breaths" not in replayed, replayed
