"""processed_messages keeps a MessageSid for the replay window, and the sweep prunes the rest."""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from services import runtime
from services.intake.app import create_app
from services.summary.loop import tick
from shared.db.models import Noticing, ProcessedMessage, utcnow
from shared.roster.clients import add_client, add_clinician
from tests.support.webhooks import ACCOUNT_SID, signed_post

PHONE = "+14155550100"


@pytest.fixture
def http(ctx: runtime.Context):
    with ctx.db.session() as session:
        clinician = add_clinician(session, name="Dr R", email="r@example.org", certificate_pem=None)
        add_client(session, ctx.keys, clinician=clinician, phone=PHONE, name="Sam")
    return create_app(ctx).test_client()


def text(http, signer, message_sid: str) -> bytes:
    params = {
        "MessageSid": message_sid,
        "AccountSid": ACCOUNT_SID,
        "From": PHONE,
        "To": "+15005550006",
        "Body": "the foreman came online again",
        "NumMedia": "0",
    }
    answer = signed_post(http, signer, "/twilio/sms", params)
    assert answer.status_code == 200
    return answer.data


def age(ctx: runtime.Context, message_sid: str, days: float) -> None:
    with ctx.db.session() as session:
        session.execute(
            update(ProcessedMessage)
            .where(ProcessedMessage.message_sid == message_sid)
            .values(received_at=utcnow() - timedelta(days=days))
        )


def remembered(ctx: runtime.Context) -> set[str]:
    with ctx.db.session() as session:
        return set(session.execute(select(ProcessedMessage.message_sid)).scalars())


def stored(ctx: runtime.Context) -> int:
    with ctx.db.session() as session:
        return len(session.execute(select(Noticing.id)).all())


def test_the_sweep_forgets_sids_past_the_replay_window_and_keeps_the_rest(
    ctx, http, signer, redis
) -> None:
    old, recent = "SM" + secrets.token_hex(16), "SM" + secrets.token_hex(16)
    text(http, signer, old)
    first_answer = text(http, signer, recent)
    age(ctx, old, 7.5)
    age(ctx, recent, 6.5)
    assert ctx.settings.replay_window_days == 7  # the stated default
    tick(ctx)
    assert remembered(ctx) == {recent}
    assert stored(ctx) == 2  # the noticings themselves are untouched
    # Within the window a redelivery still does nothing twice, and answers the same.
    assert text(http, signer, recent) == first_answer
    assert stored(ctx) == 2


def test_the_replay_window_is_a_setting(env, monkeypatch, redis, signer) -> None:
    monkeypatch.setenv("CARRYBACK_REPLAY_WINDOW_DAYS", "2")
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    with ctx.db.session() as session:
        session.add_all(
            ProcessedMessage(
                message_sid=f"SM{n:032x}",
                outcome="stored",
                received_at=utcnow() - timedelta(days=n, hours=1),
            )
            for n in range(5)
        )
    tick(ctx)
    assert remembered(ctx) == {f"SM{n:032x}" for n in range(2)}
