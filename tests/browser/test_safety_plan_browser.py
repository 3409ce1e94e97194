"""A clinician writes a safety plan with the client in a real browser, and the client's phone
gets exactly the previewed texts through the Twilio stand-in: the practice after YES and on
PRACTICE, the plan on PLAN, the new version after an edit; the audit shows both reads."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from services import runtime
from services.intake.app import create_app
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from shared.outreach.safety_plan_text import plan_messages
from shared.roster.safety_plans import build_parts
from tests.browser.conftest import Console, onboard, shot, start_console
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER
from tools.devstack.processes import free_port

pytestmark = pytest.mark.browser
CLINICIAN = "june.park@clinic.test"
PHONE = "+13125550177"
PARTS = {
    "1. Warning signs": "can't sleep, thoughts racing\nskipping meals",
    "2. Things I can do on my own to take my mind off it": "walk around the block",
    "3. People and places that help me feel better": "the library on Elm St\ncoffee with Sam",
    "4. People I can ask for help (Name | phone)": "Maria | 312-555-0144",
    "5. Professionals and services (Name | phone)": "Dr. June Park | 312-555-0100",
    "6. Making my surroundings safer": "give my pills to Maria to keep",
}
CHANGED_SIGN = "the phone buzzing at 2am"


def expected(warning_signs: list[str]) -> list[str]:
    """The texts PLAN must send, built from the same parts the page is given."""
    return plan_messages(
        build_parts(
            warning_signs=warning_signs,
            coping=["walk around the block"],
            distractions=["the library on Elm St", "coffee with Sam"],
            people=["Maria|312-555-0144"],
            professionals=["Dr. June Park|312-555-0100"],
            safe_steps=["give my pills to Maria to keep"],
        ),
        "en",
    )


@pytest.fixture(scope="module")
def twilio() -> Iterator[BackgroundServer]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


@pytest.fixture(scope="module")
def console(tmp_path_factory, redis_url, local_ca, twilio: BackgroundServer) -> Iterator[Console]:
    yield from start_console(
        tmp_path_factory.mktemp("safety-plan"), redis_url, local_ca, TWILIO_API_BASE=twilio.url
    )


@pytest.fixture
def intake(console: Console, twilio: BackgroundServer, monkeypatch) -> Iterator[str]:
    """The intake on the console's database, where the stand-in posts the client's texts."""
    port = free_port()
    for key, value in console.env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("PUBLIC_BASE_URL", f"http://127.0.0.1:{port}")
    runtime.reset()
    with BackgroundServer(create_app(runtime.context()), port=port):
        yield f"http://127.0.0.1:{port}/twilio/sms"
    runtime.reset()


def text(twilio: BackgroundServer, sms_url: str, body: str) -> list[str]:
    report = SimulatorControl(twilio.url).text(sms_url, from_=PHONE, to=TWILIO_NUMBER, body=body)
    assert report["errors"] == [] and report["webhook"].endswith("-> 200"), report
    return list(report["received"])


def fill_plan(page: Page, warning_signs: str) -> None:
    for label, value in PARTS.items():
        page.get_by_label(label).fill(warning_signs if label.startswith("1.") else value)


def test_a_plan_written_in_session_is_what_plan_sends_and_each_read_is_audited(
    page: Page, console: Console, twilio: BackgroundServer, intake: str
) -> None:
    onboard(page, console.invite("Dr. June Park", CLINICIAN), CLINICIAN)
    page.get_by_role("link", name="Enrol a client").first.click()
    page.get_by_label("Name or alias").fill("Rowan Ellis")
    page.get_by_label("Mobile number").fill(PHONE)
    page.get_by_label("Time zone").select_option("America/Chicago")
    page.get_by_label("The client agreed in session").check()
    page.get_by_role("button", name="Enrol").click()

    # The practice, and the text the console says the client will receive.
    page.get_by_label("Cue, in the client's words").nth(0).fill("tight chest before the meeting")
    page.get_by_label("One small action").fill("three slow breaths")
    practice_preview = page.locator("#preview-summary").inner_text()
    assert "three slow breaths" in practice_preview
    page.get_by_role("button", name="Save the practice").click()
    expect(page.get_by_text("Practice saved as version 1.")).to_be_visible()
    # The welcome is read together and sent from the practice page; YES answers it.
    page.get_by_role("button", name="Send the welcome now").click()
    expect(page.get_by_text("The welcome is on its way to their phone.")).to_be_visible()

    # The safety plan: six parts, with the exact texts shown live as they are typed.
    expect(page.locator("#safety-plan-warning")).to_contain_text(
        "A safety plan does not replace crisis services. This number is not monitored"
    )
    page.get_by_role("link", name="Write the safety plan together").click()
    expect(page.locator("#cue-starting-points")).to_contain_text("tight chest before the meeting")
    fill_plan(page, PARTS["1. Warning signs"])
    first = expected(["can't sleep, thoughts racing", "skipping meals"])
    expect(page.locator("[data-plan-message]")).to_have_text(first)
    shot(page, "safety-plan-01-preview")
    page.get_by_role("button", name="Save the safety plan").click()
    expect(page.get_by_text("Safety plan saved as version 1.")).to_be_visible()

    # YES: the consent answer, then exactly the practice the console previewed.
    after_yes = text(twilio, intake, "YES")
    assert after_yes[-1] == practice_preview and len(after_yes) == 2
    assert text(twilio, intake, "PRACTICE") == [practice_preview]
    # PLAN: exactly the texts the page previewed.
    assert text(twilio, intake, "PLAN") == first

    # An edit: the preview follows, and PLAN sends the new version.
    page.get_by_role("link", name="Open or change the safety plan").click()
    expect(page.get_by_label("4. People I can ask for help (Name | phone)")).to_have_value(
        "Maria | 312-555-0144"
    )
    page.get_by_label("1. Warning signs").fill(CHANGED_SIGN)
    second = expected([CHANGED_SIGN])
    expect(page.locator("[data-plan-message]")).to_have_text(second)
    page.get_by_role("button", name="Save the safety plan").click()
    expect(page.get_by_text("Safety plan saved as version 2.")).to_be_visible()
    assert text(twilio, intake, "PLAN") == second

    # The client's page says when each version went; the audit shows both reads.
    page.reload()
    expect(page.locator("#plan-sent li")).to_have_count(2)
    expect(page.locator("#plan-sent li").first).to_contain_text("Version 2")
    expect(page.locator("#practice-sent")).to_contain_text("after they replied to the welcome")
    expect(page.locator("#practice-sent")).to_contain_text("when they asked for it")
    shot(page, "safety-plan-02-client-page")
    page.get_by_role("link", name="Audit").click()
    reads = page.locator("table.audit tr", has_text="sent the safety plan (PLAN)")
    expect(reads).to_have_count(2)
    expect(reads.nth(0)).to_contain_text(re.compile(r"client:keyword.*version 2"))
    expect(reads.nth(1)).to_contain_text(re.compile(r"client:keyword.*version 1"))
    shot(page, "safety-plan-03-audit")
