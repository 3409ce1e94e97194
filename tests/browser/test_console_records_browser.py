"""A clinician in a real browser: a link-mode brief from the e-mail, the timeline, a crisis alert,
export and delete. The brief-ready e-mail is received by a real SMTP server in this process."""

from __future__ import annotations

import json
import re
import subprocess
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from services import runtime
from services.simulator.api import BackgroundServer, create_simulator_app
from services.summary.jobs import send_brief
from shared.db.models import BriefStatus
from shared.language.cues import Cue
from tests.browser.conftest import PASSWORD, Console, onboard, shot, sign_out, start_console
from tests.support.records import (
    book_due_session,
    claim_due,
    enrol_with_practice,
    parse,
    readable_text,
    text_in,
)
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN
from tools.devstack.processes import free_port
from tools.devstack.smtp import Inbox, smtp_sink

pytestmark = pytest.mark.browser
MAYA = "maya.records@clinic.test"
NAME = "Wren Halloway"
PHONE = "+13125550142"
KETTLE = "the kettle clicks off"
MIRROR = "the mirror in the hall"
TEXTS = [
    "the kettle clicks off and my shoulders go up to my ears, 7/10",
    "walked past the mirror in the hall and looked away, like a 4",
    "didn't do the slow breath because the baby woke",
]
CRISIS = "I can't do this anymore, I want to die"


@pytest.fixture(scope="module")
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler = Inbox()
    port = free_port()
    with smtp_sink(handler, port):
        yield handler, port


@pytest.fixture(scope="module")
def twilio() -> Iterator[BackgroundServer]:
    """The Twilio stand-in the console's deletion removes the client's messages from."""
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


@pytest.fixture(scope="module")
def console(
    tmp_path_factory: pytest.TempPathFactory,
    redis_url: str,
    inbox: tuple[Inbox, int],
    local_ca,
    twilio: BackgroundServer,
) -> Iterator[Console]:
    yield from start_console(
        tmp_path_factory.mktemp("records"),
        redis_url,
        local_ca,
        SMTP_URL=f"smtp://127.0.0.1:{inbox[1]}",
        MAIL_FROM="briefs@carryback.test",
        TWILIO_API_BASE=twilio.url,
    )


@pytest.fixture
def domain(console: Console, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process reads and writes the console's database as the summary service does."""
    for key, value in console.env.items():
        monkeypatch.setenv(key, value)
    runtime.reset()
    yield
    runtime.reset()


def test_a_brief_by_link_then_timeline_alert_export_delete(
    page: Page, console: Console, inbox: tuple[Inbox, int], domain: None, tmp_path: Path
) -> None:
    invitation = console.invite("Dr. Maya Okafor", MAYA)
    phone = onboard(page, invitation, MAYA)
    sign_out(page)

    client_id = enrol_with_practice(
        MAYA, name=NAME, phone=PHONE, cues=[Cue(KETTLE, ("kettle",)), Cue(MIRROR, ("mirror",))]
    )
    for text in TEXTS:
        text_in(PHONE, text)
    session_id = book_due_session(client_id)
    assert claim_due() == [session_id]
    assert send_brief(session_id) == BriefStatus.SENT

    # The e-mail: no client material, a link into the console.
    [(_sender, recipients, raw)] = inbox[0].messages
    assert recipients == [MAYA]
    readable = readable_text(parse(raw))
    for canary in (NAME, "Wren", "Halloway", "5550142", KETTLE, MIRROR, *TEXTS):
        assert canary not in readable, canary
    link = re.search(r"(https://127\.0\.0\.1:\d+/l/[A-Za-z0-9_\-]+)", readable).group(1)
    tokens = [link.rsplit("/", 1)[1], invitation.rsplit("/", 1)[1]]

    # Opening it asks for sign-in with the second factor, then shows the brief.
    page.goto(link)
    expect(page).to_have_url(re.compile(r"/sign-in"))
    page.get_by_label("E-mail").fill(MAYA)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Code").fill(phone.code())
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name=re.compile("Pre-session brief"))).to_be_visible()
    expect(page.locator("article.brief")).to_contain_text(NAME)
    expect(page.locator("article.brief")).to_contain_text("shoulders go up to my ears")
    chart = page.locator("article.brief img")
    expect(chart).to_be_visible()
    # Served by the console itself, over the signed-in session (fetched by the page,
    # so over the browser's own TLS connection to the proxy).
    answer = page.evaluate(
        "async (src) => { const r = await fetch(src);"
        " return [r.status, r.headers.get('content-type')]; }",
        chart.get_attribute("src"),
    )
    assert answer == [200, "image/png"]
    _wait_loaded(chart)
    shot(page, "20-brief-from-link")

    # The timeline: verbatim, newest first; correct a mis-tagged cue.
    page.get_by_role("link", name="Timeline").click()
    expect(page.get_by_role("heading", name=f"Everything {NAME} sent")).to_be_visible()
    entries = page.locator("li.noticing")
    expect(entries).to_have_count(3)
    expect(entries.first).to_contain_text("the baby woke")
    shot(page, "21-timeline")
    kettle_entry = entries.filter(has_text="shoulders go up")
    kettle_entry.get_by_text("Correct the cues").click()
    kettle_entry.get_by_label(KETTLE).uncheck()
    kettle_entry.get_by_label(MIRROR).check()
    kettle_entry.get_by_role("button", name="Save cues").click()
    expect(page.get_by_text("Cues corrected.")).to_be_visible()
    # A cue the tagger missed: the console offers to teach it; not this time.
    page.get_by_role("link", name=re.compile("Not now")).click()
    corrected = page.locator("li.noticing").filter(has_text="shoulders go up")
    expect(corrected).to_contain_text(f"Cues: {MIRROR}")
    expect(corrected).to_contain_text(f"the tagger read: {KETTLE}")
    shot(page, "22-timeline-corrected")

    # A crisis message: the banner on every page until acknowledged.
    text_in(PHONE, CRISIS)
    page.goto(f"{console.url}/")
    banner = page.get_by_role("alert")
    expect(banner).to_contain_text("needs your attention")
    shot(page, "23-crisis-banner")
    banner.get_by_role("link", name="See crisis alerts").click()
    expect(page.get_by_role("heading", name="Crisis alerts")).to_be_visible()
    shot(page, "24-alerts")
    page.get_by_role("button", name="Acknowledge").click()
    expect(page.get_by_text("Acknowledged.", exact=False).first).to_be_visible()
    expect(page.get_by_role("alert")).to_have_count(0)

    # Export: a zip downloaded over the signed-in session; it opens with unzip.
    page.goto(f"{console.url}/clients/{client_id}")
    shot(page, "25-client-record")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export the record (zip)").click()
    archive_path = tmp_path / "record.zip"
    download.value.save_as(archive_path)
    subprocess.run(["unzip", "-t", str(archive_path)], check=True, capture_output=True)
    record = json.loads(zipfile.ZipFile(archive_path).read("record.json"))
    assert sorted(n["text"] for n in record["noticings"]) == sorted([*TEXTS, CRISIS])

    # Delete: the alias typed to confirm; the client is gone from every page.
    page.get_by_role("link", name="Delete this client…").click()
    page.get_by_label("Type the client's name to confirm").fill("wren")
    page.get_by_role("button", name="Delete for good").click()
    expect(page.locator(".error")).to_contain_text("exactly")
    shot(page, "26-delete-refused")
    page.get_by_label("Type the client's name to confirm").fill(NAME)
    page.get_by_role("button", name="Delete for good").click()
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text(NAME)
    shot(page, "27-after-delete")
    page.get_by_role("link", name="Audit").click()
    expect(page.get_by_role("cell", name="deleted the client").first).to_be_visible()
    shot(page, "28-audit")

    # Both one-time tokens were used over the proxy; no log line of the console's or
    # the proxy's holds either (the paths were logged, with their tokens masked).
    logs = [console.log, *console.log.parent.glob("proxy/*.log")]
    written = "".join(path.read_text(errors="replace") for path in logs)
    assert "/l/[token]" in written and "/invitation/[token]" in written
    assert not [token for token in tokens if token in written]


def _wait_loaded(image, deadline_s: float = 15) -> None:
    """Poll until the browser has decoded the image (the page's CSP forbids string eval)."""
    deadline = time.monotonic() + deadline_s
    while image.evaluate("img => img.complete ? img.naturalWidth : 0") == 0:
        assert time.monotonic() < deadline, "the chart never loaded"
        time.sleep(0.1)
