"""The clinician teaches the tagger in a real browser: correct a noticing's cue, accept the
offered phrase, and a later text with those words, through the signed SMS webhook and the
worker, is tagged; the timeline says why on keyboard focus. Earlier texts change only when
the clinician asks for a re-tag."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect
from twilio.request_validator import RequestValidator

from services import runtime
from services.intake.app import create_app
from services.worker.runner import run_worker
from shared.language.cues import Cue
from shared.language.cues.wordnet import wordnet
from tests.browser.conftest import Console, onboard, shot
from tests.support.records import enrol_with_practice
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, signed_post

pytestmark = pytest.mark.browser
SAM = "sam.teaching@clinic.test"
NAME = "Ivo Marsh"
PHONE = "+13125550177"
DINNER = "shutting down at dinner"
LOCKS = "checking the locks"
MISSED = "completely zoned out at tea tonight"
LATER = "zoned out again when they started arguing"


@pytest.fixture
def domain(console: Console, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process reads and writes the console's database as intake and the worker do."""
    for key, value in console.env.items():
        monkeypatch.setenv(key, value)
    runtime.reset()
    yield
    runtime.reset()


def _text_through_the_webhook(body: str) -> None:
    """A signed Twilio SMS webhook into intake, then a burst worker tags it."""
    intake = create_app(runtime.context()).test_client()
    params = {
        "MessageSid": "SM" + secrets.token_hex(16),
        "AccountSid": ACCOUNT_SID,
        "From": PHONE,
        "To": TWILIO_NUMBER,
        "Body": body,
        "NumMedia": "0",
    }
    answer = signed_post(intake, RequestValidator(AUTH_TOKEN), "/twilio/sms", params)
    assert answer.status_code == 200, answer.data
    assert run_worker(burst=True, sweep=False)


@pytest.mark.skipif(wordnet() is None, reason="wordnet-base is not installed")
def test_a_phrase_taught_from_the_timeline_tags_later_texts_and_says_why(
    page: Page, console: Console, domain: None
) -> None:
    onboard(page, console.invite("Dr. Sam Ode", SAM), SAM)
    client_id = enrol_with_practice(
        SAM, name=NAME, phone=PHONE, cues=[Cue(DINNER, ("going quiet at the table",)), Cue(LOCKS)]
    )
    _text_through_the_webhook(MISSED)
    timeline = f"{console.url}/clients/{client_id}/timeline"

    # The tagger missed it; the clinician adds the cue.
    page.goto(timeline)
    entry = page.locator("li.noticing").filter(has_text=MISSED)
    expect(entry).to_contain_text("Cues: none")
    entry.get_by_text("Correct the cues").click()
    entry.get_by_label(DINNER).check()
    entry.get_by_role("button", name="Save cues").click()

    # The console offers the words that made the difference; the clinician says yes.
    expect(page.get_by_role("heading", name="Teach the tagger?")).to_be_visible()
    expect(page.get_by_text(f"Add “zoned out” to “{DINNER}”?")).to_be_visible()
    expect(page.get_by_label(re.compile("Words to add"))).to_have_value("zoned out")
    shot(page, "40-teach-offer")
    page.get_by_role("button", name="Add the phrase").click()
    expect(page.get_by_text("the practice is now version 2")).to_be_visible()
    expect(page.get_by_role("heading", name="Re-tag the last 14 days?")).to_be_visible()
    shot(page, "41-retag-offer")
    page.get_by_role("link", name=re.compile("Not now")).click()

    # Earlier texts keep the tagger's reading until a re-tag is asked for.
    entry = page.locator("li.noticing").filter(has_text=MISSED)
    expect(entry).to_contain_text("the tagger read: none")

    # The practice page shows the accepted phrase under its cue.
    page.goto(f"{console.url}/clients/{client_id}/practice")
    expect(page.locator("textarea").first).to_have_value(re.compile("zoned out"))

    # A later text with those words, through the signed webhook: tagged, and why.
    _text_through_the_webhook(LATER)
    page.goto(timeline)
    later = page.locator("li.noticing").filter(has_text=LATER)
    expect(later).to_contain_text(f"Cues: {DINNER}")
    why = later.get_by_role("button", name="why?")
    reason = later.get_by_role("tooltip")
    expect(reason).to_be_hidden()
    why.focus()
    expect(reason).to_be_visible()
    expect(reason).to_contain_text("phrase “zoned out”")
    expect(why).to_have_attribute("aria-describedby", reason.get_attribute("id"))
    shot(page, "42-timeline-why")

    # Re-tagging the last two weeks is the clinician's choice, and then the earlier text reads too.
    page.goto(f"{console.url}/clients/{client_id}/retag")
    page.get_by_role("button", name="Re-tag the last 14 days").click()
    expect(page.get_by_text(re.compile(r"Re-tagged the last 14 days: 1 of 2"))).to_be_visible()
    entry = page.locator("li.noticing").filter(has_text=MISSED)
    expect(entry).to_contain_text(f"the tagger read: {DINNER}")
