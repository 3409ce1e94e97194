"""Reminders co-built on the practice page in a real browser: refused, shown, then saved."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Console, onboard, shot

pytestmark = pytest.mark.browser
CLINICIAN = "rhea.das@clinic.test"
REMINDER = "tight chest before the meeting \u2192 three slow breaths. Text what you notice."


def test_reminders_are_refused_clearly_then_shown_as_typed_and_kept_in_one_save(
    page: Page, console: Console
) -> None:
    onboard(page, console.invite("Dr. Rhea Das", CLINICIAN), CLINICIAN)
    page.get_by_role("link", name="Enrol a client").first.click()
    page.get_by_label("Name or alias").fill("Alex Moreno")
    page.get_by_label("Mobile number").fill("+1 312 555 0142")
    page.get_by_label("Time zone").select_option("America/Chicago")
    page.get_by_label("The client agreed in session").check()
    page.get_by_role("button", name="Enrol").click()
    expect(page.get_by_text("Nothing has gone to their phone yet")).to_be_visible()

    page.get_by_label("Cue, in the client's words").nth(0).fill("tight chest before the meeting")
    page.get_by_label("One small action").fill("three slow breaths")
    for day in ("Monday", "Wednesday", "Friday"):
        page.get_by_label(day).check()
    page.get_by_label("At (client's time)").fill("21:30")
    page.get_by_role("button", name="Save the practice").click()
    expect(page.locator("#remind_time-error")).to_have_text(
        "21:30 is inside quiet hours (21:00-08:00)"
    )
    expect(page.get_by_label("One small action")).to_have_value("three slow breaths")
    shot(page, "reminders-01-inside-quiet-hours")

    # Shown as they are typed: the texts beside the form follow without a save.
    page.get_by_label("At (client's time)").fill("08:30")
    page.get_by_label("Pre-session nudge the day before, at").fill("18:00")
    preview = page.locator("#reminder-preview")
    expect(preview).to_contain_text("Reminders on Monday, Wednesday and Friday at 08:30:")
    expect(preview.locator("[data-reminder-text]").first).to_have_text(REMINDER)
    expect(preview).to_contain_text("The day before each session, at 18:00")
    shot(page, "reminders-02-shown-while-typing")

    # What was on screen is what is kept: one save.
    page.get_by_role("button", name="Save the practice").click()
    expect(
        page.get_by_text(re.compile(r"Practice saved as version 1\. Next reminder"))
    ).to_be_visible()
    # A new client's welcome now states these reminders: read together, then sent.
    expect(page.locator("#welcome-text")).to_contain_text("Mon,Wed,Fri 08:30")
    page.get_by_role("button", name="Send the welcome now").click()
    expect(page.locator("#client-reminders")).to_contain_text(
        "Monday, Wednesday and Friday at 08:30, at most 3 a week; "
        "the day before each session at 18:00"
    )
    shot(page, "reminders-03-saved")
