"""STOP, HELP and START played through the Twilio stand-in, as a client's phone sees them.

The stand-in applies Twilio's keyword handling (its own replies, the block list,
OptOutType with Advanced Opt-Out) before it posts the text to Carryback's intake,
served over HTTP, and sends the TwiML reply: each keyword must reach the client's
phone as exactly one reply, whoever sends it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from services import runtime
from services.intake.app import create_app
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.simulator.keywords import DEFAULT_REPLIES, KeywordKind
from services.summary.loop import tick
from services.worker.runner import run_worker
from shared.db.models import Client
from shared.outreach.carried import current_practice_text
from shared.outreach.texts import CONSENTED
from tests.outreach.test_messaging import (
    client_status,
    daytime_zone,
    enrol,
    next_minute,
    remind_at,
    rows,
)
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER
from tools.devstack.processes import free_port

PHONE = "+14155550100"
# The opt-out confirmation docs/deploying.md suggests keeping in Advanced Opt-Out.
OPT_OUT_CONFIRMATION = (
    "You're unsubscribed from Carryback texts. Reply START to resume. "
    "In an emergency call or text 988, or call 911."
)


@pytest.fixture
def stand_in() -> Iterator[str]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server.url


@pytest.fixture
def control(stand_in: str) -> SimulatorControl:
    return SimulatorControl(stand_in)


@pytest.fixture
def keyword_ctx(env, monkeypatch, stand_in) -> Iterator[runtime.Context]:
    """The intake over HTTP, where the stand-in posts the client's texts."""
    port = free_port()
    monkeypatch.setenv("TWILIO_API_BASE", stand_in)
    monkeypatch.setenv("PUBLIC_BASE_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("CARRYBACK_PRACTICE_CONTACT", "Riverside Counselling, 555-0100")
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    with BackgroundServer(create_app(ctx), port=port):
        yield ctx
    runtime.reset()


def texts(ctx: runtime.Context, control: SimulatorControl, body: str) -> list[str]:
    """The client texts ``body``; what reached their phone because of it."""
    report = control.text(
        f"{ctx.settings.public_base_url}/twilio/sms", from_=PHONE, to=TWILIO_NUMBER, body=body
    )
    assert report["errors"] == [] and report["webhook"].endswith("-> 200")
    return list(report["received"])


def practice_text(ctx: runtime.Context, client_id: str) -> str:
    """The practice by text, as the console previews it: YES brings it after the consent."""
    with ctx.db.session() as session:
        client = session.get(Client, client_id)
        found = current_practice_text(session, ctx.keys.open_client(session, client))
    assert found is not None
    return found[1]


def reminder_waiting(ctx: runtime.Context) -> tuple[str, datetime]:
    """An invited client, with a reminder at ``slot`` (due once they have said YES)."""
    slot = next_minute()
    client_id = enrol(ctx, daytime_zone(slot), phone=PHONE, status="invited")
    remind_at(ctx, client_id, slot)
    return client_id, slot


def test_with_twilios_default_handling_each_keyword_gets_exactly_one_reply(
    keyword_ctx, control
) -> None:
    ctx = keyword_ctx
    client_id, slot = reminder_waiting(ctx)

    # Twilio's own reply to YES, then the practice (Carryback's, not a second consent reply).
    assert texts(ctx, control, "YES") == [
        DEFAULT_REPLIES[KeywordKind.START],
        practice_text(ctx, client_id),
    ]
    assert client_status(ctx, client_id) == "active"
    assert texts(ctx, control, "HELP") == [DEFAULT_REPLIES[KeywordKind.HELP]]
    tick(ctx, now=slot)  # a reminder row is waiting...
    assert texts(ctx, control, "STOP") == [DEFAULT_REPLIES[KeywordKind.STOP]]
    assert client_status(ctx, client_id) == "opted_out"

    # Nothing reaches the phone after STOP: Carryback sends nothing and Twilio would refuse it.
    before = control.received(PHONE)
    assert texts(ctx, control, "chest tight again") == []
    assert texts(ctx, control, "help") == []
    run_worker(burst=True, sweep=False)  # ...and is blocked, not sent
    assert [r.status for r in rows(ctx, client_id) if r.kind == "reminder"] == ["blocked"]
    assert control.received(PHONE) == before

    assert texts(ctx, control, "START") == [DEFAULT_REPLIES[KeywordKind.START]]
    assert client_status(ctx, client_id) == "active"


def test_with_advanced_opt_out_carryback_answers_help_and_start_and_twilio_stop(
    carryback_keywords, keyword_ctx, control
) -> None:
    """The setup docs/deploying.md recommends, with TWILIO_OPT_OUT=carryback."""
    ctx = keyword_ctx
    control.set_keywords(
        "advanced",
        replies={"STOP": OPT_OUT_CONFIRMATION, "HELP": "", "START": ""},
        keywords={"START": ["OPTIN"]},
    )
    client_id, slot = reminder_waiting(ctx)

    assert texts(ctx, control, "YES") == [CONSENTED, practice_text(ctx, client_id)]
    [help_reply] = texts(ctx, control, "HELP")
    assert "Riverside Counselling, 555-0100" in help_reply and "988" in help_reply
    tick(ctx, now=slot)
    assert texts(ctx, control, "STOP") == [OPT_OUT_CONFIRMATION]
    assert client_status(ctx, client_id) == "opted_out"
    before = control.received(PHONE)
    assert texts(ctx, control, "HELP") == []
    run_worker(burst=True, sweep=False)
    assert [r.status for r in rows(ctx, client_id) if r.kind == "reminder"] == ["blocked"]
    assert control.received(PHONE) == before

    [back_on] = texts(ctx, control, "START")
    assert "back on" in back_on
    assert client_status(ctx, client_id) == "active"
