"""A clinician in a real browser: sign in with MFA, enrol, co-build, schedule, sign out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import (
    Console,
    onboard,
    shot,
    sign_out,
    start_console,
)

pytestmark = pytest.mark.browser
MAYA = "maya.okafor@clinic.test"
SAM = "sam.lee@clinic.test"


def test_a_clinicians_session_from_sign_in_to_sign_out(page: Page, console: Console) -> None:
    page.goto(f"{console.url}/clients/new")
    expect(page).to_have_url(re.compile(r"/sign-in$"))
    shot(page, "01-sign-in")

    link = console.invite("Dr. Maya Okafor", MAYA, admin=True)
    phone = onboard(page, link, MAYA, prefix="02")
    shot(page, "05-clients-empty")
    sign_out(page)

    # A second sign-in: password, then the app's code.
    page.goto(f"{console.url}/sign-in")
    page.get_by_label("E-mail").fill(MAYA)
    page.get_by_label("Password").fill("a calm harbour at dawn")
    page.get_by_role("button", name="Continue").click()
    shot(page, "06-sign-in-code")
    page.get_by_label("Code").fill(phone.code())
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()

    # The clinician works in Chicago: session times are typed and shown there.
    page.get_by_role("link", name="Settings").click()
    page.get_by_label("Time zone").select_option("America/Chicago")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()

    # Enrol a client: a bad number first, then the right one.
    page.get_by_role("link", name="Enrol a client").first.click()
    page.get_by_label("Name or alias").fill("Jordan Reyes")
    page.get_by_label("Mobile number").fill("555")
    page.get_by_label("The client agreed in session").check()
    page.get_by_role("button", name="Enrol").click()
    expect(page.locator(".error")).to_contain_text("phone number")
    expect(page.get_by_label("Name or alias")).to_have_value("Jordan Reyes")
    shot(page, "07-enrol-client-error")
    page.get_by_label("Mobile number").fill("(312) 555-0101")
    page.get_by_label("Time zone").select_option("America/New_York")
    page.get_by_label("The client agreed in session").check()
    page.get_by_role("button", name="Enrol").click()

    # Co-build the practice with two cues; the preview follows the typing.
    expect(
        page.get_by_role("heading", name="Co-build the practice with Jordan Reyes")
    ).to_be_visible()
    labels = page.get_by_label("Cue, in the client's words")
    phrases = page.get_by_label("Other ways they say it (one per line)")
    labels.nth(0).fill("tight chest before the meeting")
    phrases.nth(0).fill("standup\nchest")
    labels.nth(1).fill("the foreman is online")
    phrases.nth(1).fill("foreman")
    page.get_by_label("One small action").fill("three slow breaths, out longer than in")
    page.get_by_label("The carry-back").fill("one moment the breathing helped")
    expect(page.locator("#preview-cues")).to_have_text(
        "Your cues:\n1. tight chest before the meeting\n2. the foreman is online\n"
        "Start a message with a number to tag that cue."
    )
    expect(page.locator("#preview-summary")).to_contain_text(
        "Try: three slow breaths, out longer than in"
    )
    page.get_by_role("button", name="Add another cue").click()
    assert labels.count() == 4
    shot(page, "08-practice")
    page.get_by_role("button", name="Save the practice").click()
    expect(page.get_by_text("Practice saved as version 1.")).to_be_visible()
    shot(page, "08b-welcome-preview")
    page.get_by_role("button", name="Send the welcome now").click()
    expect(page.get_by_text("The welcome is on its way to their phone.")).to_be_visible()
    expect(page.locator("ul.cues li")).to_have_count(2)

    # Schedule next week's session at 15:00 Chicago time (the clinician's zone).
    next_week = datetime.now(ZoneInfo("America/Chicago")) + timedelta(days=7)
    form = page.locator("form.row")
    form.get_by_label("Date").fill(f"{next_week:%Y-%m-%d}")
    form.get_by_label("Time").fill("15:00")
    form.get_by_role("button", name="Schedule").click()
    expect(page.get_by_text("Session scheduled.")).to_be_visible()
    expect(page.locator("table.sessions tbody tr")).to_have_count(1)
    expect(page.locator("table.sessions")).to_contain_text(f"{next_week:%d %b %Y}, 15:00")
    expect(page.locator("table.sessions")).to_contain_text(f"{next_week:%d %b %Y}, 16:00")
    expect(page).to_have_title("Jordan Reyes · Carryback")
    shot(page, "09-client-detail")

    page.get_by_role("link", name="Clients", exact=True).click()
    expect(page.locator("ul.caseload")).to_contain_text("Jordan Reyes")
    expect(page.locator("ul.caseload")).to_contain_text(f"{next_week:%d %b %Y}, 15:00")
    shot(page, "10-clients")

    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_label("Time zone")).to_have_value("America/Chicago")
    shot(page, "11-settings")
    page.get_by_role("link", name="Accounts").click()
    shot(page, "12-admin-accounts")
    page.get_by_role("link", name="Invite a clinician").click()
    shot(page, "13-admin-invite")

    sign_out(page)
    shot(page, "14-signed-out")
    page.goto(f"{console.url}/")
    expect(page).to_have_url(re.compile(r"/sign-in$"))


def test_a_second_clinician_cannot_see_the_first_ones_client(page: Page, console: Console) -> None:
    # Maya and her client exist from the test above when run in order; make sure.
    client_url = _a_client_of_maya(page, console)
    sign_out(page)

    link = console.invite("Sam Lee", SAM)
    onboard(page, link, SAM)
    expect(page.locator("body")).not_to_contain_text("Jordan Reyes")
    page.goto(client_url)
    expect(page.get_by_role("heading", name="Not found")).to_be_visible()
    expect(page.locator("body")).not_to_contain_text("Jordan Reyes")
    shot(page, "15-other-clinicians-client")
    # Not an admin: the admin pages do not exist for Sam.
    expect(page.get_by_role("link", name="Accounts")).to_have_count(0)
    page.goto(f"{console.url}/admin/accounts")
    expect(page.get_by_role("heading", name="Not found")).to_be_visible()


def _a_client_of_maya(page: Page, console: Console) -> str:
    done = console.cli("clinician", "add", "--name", "Dr. Ama Mensah", "--email", "ama@clinic.test")
    link = re.search(r"(https://\S+/invitation/\S+)", done.stderr).group(1)
    onboard(page, link, "ama@clinic.test")
    page.get_by_role("link", name="Enrol a client").first.click()
    page.get_by_label("Name or alias").fill("Jordan Reyes")
    page.get_by_label("Mobile number").fill("+1 312 555 0177")
    page.get_by_label("The client agreed in session").check()
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_role("heading", name=re.compile("Co-build the practice"))).to_be_visible()
    return page.url.removesuffix("/practice")


@pytest.fixture
def idle_console(tmp_path, redis_url: str, local_ca) -> Iterator[Console]:
    yield from start_console(tmp_path, redis_url, local_ca, CONSOLE_IDLE_TIMEOUT_SECONDS="4")


def test_the_idle_timeout_signs_the_clinician_out(page: Page, idle_console: Console) -> None:
    link = idle_console.invite("Dr. Idle", "idle@clinic.test")
    onboard(page, link, "idle@clinic.test")
    # No input: the page reloads itself once the idle time has passed and the
    # console answers with the sign-in page. Playwright polls; no fixed sleep.
    expect(page).to_have_url(re.compile(r"/sign-in$"), timeout=20_000)
    expect(page.get_by_text("You were signed out after 4 seconds without activity")).to_be_visible()
    shot(page, "16-idle-signed-out")
    page.goto(f"{idle_console.url}/")
    expect(page).to_have_url(re.compile(r"/sign-in$"))
