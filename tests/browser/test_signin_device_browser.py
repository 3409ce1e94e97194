"""The device cookie in a real browser over https: given at sign-in, out of the page's
reach, kept across sign-out, and replaced at the next sign-in."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Page, expect

from services.console import device
from tests.browser.conftest import PASSWORD, Console, onboard, sign_out

pytestmark = pytest.mark.browser
EMAIL = "ines.duarte@clinic.test"


def device_cookie(page: Page) -> dict:
    found = [c for c in page.context.cookies() if c["name"] == device.COOKIE]
    assert len(found) == 1, found
    return found[0]


def test_the_device_cookie_is_given_at_sign_in_and_replaced_at_the_next(
    page: Page, console: Console
) -> None:
    phone = onboard(page, console.invite("Dr. Ines Duarte", EMAIL), EMAIL)
    first = device_cookie(page)
    assert first["httpOnly"] and first["secure"] and first["sameSite"] == "Lax"
    days_left = (first["expires"] - time.time()) / 86400
    assert device.LIFETIME.days - 1 < days_left <= device.LIFETIME.days
    assert device.COOKIE not in page.evaluate("document.cookie")  # no script can read it
    sign_out(page)
    assert device_cookie(page)["value"] == first["value"]  # signing out keeps it

    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Code").fill(phone.code())
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()
    assert device_cookie(page)["value"] != first["value"]
