"""The clinician's week in a real browser: the caseload at a glance, trends across weeks, the PDF.

Screenshots on a 390x844 phone go to var/screenshots/ (caseload, trends chart, brief).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import update

from services import runtime
from shared.db.models import Client, Practice, utcnow
from shared.language.cues import Cue
from shared.roster.clients import set_practice
from tests.browser.conftest import SCREENSHOTS, Console, onboard, shot, start_console
from tests.support.records import book_due_session, enrol_with_practice, mark_sent, text_in

pytestmark = pytest.mark.browser
MAYA = "maya.week@clinic.test"
WREN, WREN_PHONE = "Wren Halloway", "+13125550142"
ARLO, ARLO_PHONE = "Arlo Mendez", "+13125550143"
KETTLE = "the kettle clicks off"
MIRROR = "the mirror in the hall"
WEEK_H = 24 * 7
# (hours ago, text): Wren's last weeks, in her own words.
WREN_TEXTS = [
    (WEEK_H * 9 + 5, "the kettle clicks off and my shoulders go up to my ears, 7/10"),
    (WEEK_H * 6 + 3, "kettle again, jaw tight, like a 6"),
    (WEEK_H * 6 + 9, "walked past the mirror in the hall and looked away, 4/10"),
    (WEEK_H * 3 + 2, "the kettle clicks off, breathed once, 5/10"),
    (WEEK_H * 1 + 4, "didn't do the slow breath because the baby woke"),
    (6, "the kettle clicks off and I noticed it before my shoulders moved, 3/10"),
]
PHONE_VIEWPORT = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def console(
    tmp_path_factory: pytest.TempPathFactory, redis_url: str, local_ca
) -> Iterator[Console]:
    yield from start_console(tmp_path_factory.mktemp("caseload"), redis_url, local_ca)


@pytest.fixture
def domain(console: Console, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process writes the console's database as intake and the worker do."""
    for key, value in console.env.items():
        monkeypatch.setenv(key, value)
    runtime.reset()
    yield
    runtime.reset()


def _seed() -> tuple[str, str, str]:
    """Two clients: Wren with twelve weeks of history and a second practice version, Arlo new."""
    wren = enrol_with_practice(
        MAYA, name=WREN, phone=WREN_PHONE, cues=[Cue(KETTLE, ("kettle",)), Cue(MIRROR, ("mirror",))]
    )
    arlo = enrol_with_practice(MAYA, name=ARLO, phone=ARLO_PHONE, cues=[Cue("the bus is late")])
    ctx = runtime.context()
    with ctx.db.session() as db:
        # Version 1 was agreed ten weeks ago; version 2 (a new action) four weeks ago.
        db.execute(
            update(Practice)
            .where(Practice.client_id == wren)
            .values(created_at=utcnow() - timedelta(weeks=10))
        )
        set_practice(
            db,
            ctx.keys,
            db.get(Client, wren),
            cues=[Cue(KETTLE, ("kettle",)), Cue(MIRROR, ("mirror",))],
            action="one slow breath when the kettle clicks",
            carry_back="one moment the breath came first",
            nothing_this_week=False,
            next_session_at=None,
            lead_minutes=60,
        )
        db.execute(
            update(Practice)
            .where(Practice.client_id == wren, Practice.version == 2)
            .values(created_at=utcnow() - timedelta(weeks=4))
        )
    for hours, text in WREN_TEXTS:
        text_in(WREN_PHONE, text, hours_ago=hours)
    last = book_due_session(wren, in_minutes=-90)
    mark_sent(last, hours_ago=1.6)
    text_in(WREN_PHONE, WREN_TEXTS[-1][1].replace("3/10", "2/10"), hours_ago=1)
    upcoming = book_due_session(wren, in_minutes=2 * 24 * 60)
    book_due_session(arlo, in_minutes=26 * 60)
    return wren, arlo, upcoming


def test_the_caseload_trends_and_the_brief_as_a_pdf(
    page: Page, browser: Browser, console: Console, domain: None, tmp_path: Path
) -> None:
    onboard(page, console.invite("Dr. Maya Okafor", MAYA), MAYA)
    wren, _arlo, upcoming = _seed()

    # The caseload: every client, their status and consent, small bars with a text alternative.
    page.goto(f"{console.url}/")
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()
    cards = page.locator("li.caseload-client")
    expect(cards).to_have_count(2)
    expect(cards.nth(0)).to_contain_text(ARLO)  # by name
    wren_card = cards.filter(has_text=WREN)
    expect(wren_card).to_contain_text("Recorded in session")
    expect(wren_card.locator("time")).to_have_text("1 hour ago")
    bars = wren_card.get_by_role("img", name=re.compile(rf"^{KETTLE}: .* oldest week first$"))
    expect(bars).to_have_count(1)
    spoken = bars.get_attribute("aria-label")
    counts = [int(n) for n in spoken.split(": ")[1].split(" noticings")[0].split(", ")]
    assert len(counts) == 8 and sum(counts) == 4  # kettle noticings of the last 8 weeks
    expect(wren_card.get_by_role("row", name=re.compile(MIRROR))).to_contain_text("1")
    expect(wren_card).to_contain_text("Brief due")
    expect(page.locator("main")).not_to_contain_text("%")
    shot(page, "40-caseload")

    # Ordered by next session: Arlo's is tomorrow, Wren's in two days.
    page.get_by_role("link", name="by next session").click()
    expect(page).to_have_url(re.compile(r"sort=next"))
    expect(cards.nth(0)).to_contain_text(ARLO)
    expect(page.get_by_role("link", name="by next session")).to_have_attribute(
        "aria-current", "true"
    )

    # Trends across weeks on Wren's page: one chart, named, and its table behind it.
    page.get_by_role("link", name=WREN).click()
    chart = page.get_by_role("img", name=re.compile("Noticings per cue by week"))
    expect(chart).to_be_visible()
    table = page.get_by_role("table", name="Each week's figures behind the chart")
    expect(table.locator("tbody tr")).to_have_count(12)
    expect(table.locator('thead th[scope="colgroup"]').first).to_have_text(KETTLE)
    expect(table.get_by_role("columnheader", name="median intensity")).to_have_count(3)
    this_week = table.locator("tbody tr").last
    expect(this_week.locator("th")).to_contain_text("(this week)")
    expect(table).to_contain_text("version 2 agreed")
    expect(page.locator("#trends svg text", has_text="version 2")).to_have_count(1)
    kettle_total = sum(
        int(t) for t in table.locator("tbody tr td:nth-of-type(1)").all_inner_texts()
    )
    assert kettle_total == 5  # every kettle noticing of the last twelve weeks
    shot(page, "41-client-trends")

    # The brief page: a PDF to file in the chart, downloaded over the signed-in session.
    page.goto(f"{console.url}/clients/{wren}/briefs/{upcoming}")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as PDF").click()
    assert re.fullmatch(
        r"pre-session-brief-\d{4}-\d{2}-\d{2}-\d{4}\.pdf", download.value.suggested_filename
    )
    pdf = tmp_path / download.value.suggested_filename
    download.value.save_as(pdf)
    _check_pdf(pdf, quote=WREN_TEXTS[-1][1].replace("3/10", "2/10"))

    # On a phone: the caseload, the trends chart and the brief, as a clinician would see them.
    phone = browser.new_context(viewport=PHONE_VIEWPORT, storage_state=page.context.storage_state())
    try:
        small = phone.new_page()
        small.goto(f"{console.url}/")
        expect(small.get_by_role("heading", name="Your clients")).to_be_visible()
        _no_sideways_scroll(small)
        small.screenshot(path=str(SCREENSHOTS / "phone-caseload.png"), full_page=True)
        small.goto(f"{console.url}/clients/{wren}#trends")
        trends = small.locator("#trends")
        expect(trends.get_by_role("img", name=re.compile("Noticings per cue"))).to_be_visible()
        box = trends.bounding_box()
        assert box is not None and box["x"] + box["width"] <= PHONE_VIEWPORT["width"], box
        trends.screenshot(path=str(SCREENSHOTS / "phone-trends.png"))
        small.goto(f"{console.url}/clients/{wren}/briefs/{upcoming}")
        expect(small.locator("article.brief")).to_contain_text(WREN)
        small.screenshot(path=str(SCREENSHOTS / "phone-brief.png"), full_page=True)
    finally:
        phone.close()


def _no_sideways_scroll(page: Page) -> None:
    """Nothing but the data table's own scroll region is wider than the phone."""
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], widths


def _check_pdf(path: Path, quote: str) -> None:
    if shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils is not installed (make system-deps)")
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert quote in " ".join(text.split())
    assert WREN in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert re.search(r"^Tagged:\s+yes$", info.stdout, re.M)
    assert re.search(r"^Title:\s+Pre-session brief, session of ", info.stdout, re.M)
