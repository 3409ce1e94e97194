"""The accessibility check itself: it sees a violation on a page load, and refuses a wrong axe."""

from __future__ import annotations

import time
from urllib.parse import quote

import pytest
from playwright.sync_api import Page

from tests.browser import axe as axe_module
from tests.browser.axe import AxeChecker, AxeUnavailable

pytestmark = pytest.mark.browser
UNLABELLED = """<!doctype html><html lang="en"><head><title>t</title></head><body><main>
<h1>Form</h1><form><input type="text" name="who"></form></main></body></html>"""
CLEAN = """<!doctype html><html lang="en"><head><title>t</title></head><body><main>
<h1>Form</h1><form><label for="w">Who</label><input id="w" type="text"></form>
</main></body></html>"""


def test_a_page_load_with_an_unlabelled_field_is_caught_without_asking(
    page: Page, axe: AxeChecker
) -> None:
    page.goto(f"data:text/html,{quote(UNLABELLED)}")
    # The fixture's load hook runs while the test waits on the browser: poll for it.
    page.wait_for_function("() => window.__carrybackAxe !== undefined")
    page.evaluate("() => window.__carrybackAxe")
    deadline = time.monotonic() + 10
    while not axe.checked and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert axe.checked[0].startswith("load "), axe.checked
    assert any('"id": "label"' in found for found in axe.violations), axe.report()
    # Taken back so that this test can pass; the clean page gives nothing.
    axe.violations.clear()
    page.goto(f"data:text/html,{quote(CLEAN)}")
    assert axe.check(page, "clean") == []


def test_an_axe_script_that_is_not_the_pinned_one_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(axe_module, "AXE_SHA256", "0" * 64)
    with pytest.raises(AxeUnavailable, match="not the pinned"):
        axe_module.axe_source()
