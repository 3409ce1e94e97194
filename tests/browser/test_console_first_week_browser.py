"""What a new clinician trips over, in a real browser (issue 23): each fixed, axe-checked.

The first test is the timed walk from the admin's invitation to the client's
welcome read together and sent; it prints its page loads, clicks and fields
(the walk before these changes took 13 page loads and 13 clicks).
"""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from zoneinfo import ZoneInfo

import pyotp
import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from sqlalchemy import select

from services import runtime
from shared.db.models import Client, ClientStatus, OutboundMessage, utcnow
from shared.delivery.briefs.render import render_html
from shared.language.cues import Cue
from shared.outreach.messaging import pause, record_consent
from tests.browser.axe import AxeChecker
from tests.browser.conftest import (
    PASSWORD,
    Authenticator,
    Console,
    check_a11y,
    onboard,
    shot,
    sign_out,
    start_console,
)
from tests.delivery.test_briefs_render import typical_brief
from tests.support.records import enrol_with_practice, parse, readable_text, text_in
from tools.devstack.processes import free_port
from tools.devstack.smtp import Inbox, smtp_sink

pytestmark = pytest.mark.browser
ADMIN = "ines.admin@clinic.test"
NEWCOMER = "theo.new@clinic.test"
CARRYBACK_NUMBER = "+13125550100"
CUE = "tight chest before the meeting"
ACTION = "three slow breaths"
CHICAGO = ZoneInfo("America/Chicago")  # where tests.support.records enrols clients


@pytest.fixture(scope="module")
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler = Inbox()
    port = free_port()
    with smtp_sink(handler, port):
        yield handler, port


@pytest.fixture(scope="module")
def console(
    tmp_path_factory: pytest.TempPathFactory, redis_url: str, local_ca, inbox: tuple[Inbox, int]
) -> Iterator[Console]:
    yield from start_console(
        tmp_path_factory.mktemp("first-week"),
        redis_url,
        local_ca,
        SMTP_URL=f"smtp://127.0.0.1:{inbox[1]}",
        MAIL_FROM="console@carryback.test",
        TWILIO_PHONE_NUMBER=CARRYBACK_NUMBER,
    )


@pytest.fixture
def domain(console: Console, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process reads and writes the console's database, as the other services do."""
    for key, value in console.env.items():
        monkeypatch.setenv(key, value)
    runtime.reset()
    yield
    runtime.reset()


@pytest.fixture(scope="module")
def admin_phone(console: Console, browser: Browser) -> Authenticator:
    """The practice's first admin, onboarded from the CLI's link (not part of any walk)."""
    context = browser.new_context()
    try:
        return onboard(
            context.new_page(), console.invite("Dr. Ines Admin", ADMIN, admin=True), ADMIN
        )
    finally:
        context.close()


def sign_in(page: Page, console: Console, email: str, phone: Authenticator) -> None:
    page.goto(f"{console.url}/sign-in")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Code").fill(phone.code())
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()


def a_clinician(page: Page, console: Console, name: str) -> str:
    """A clinician of their own for a test, onboarded and signed in: their e-mail.

    (A fresh account each time: one authenticator gives two codes a 30-second window.)
    """
    email = name.lower().replace(" ", ".") + "@clinic.test"
    onboard(page, console.invite(name, email), email)
    return email


@dataclass
class Walk:
    """Counts what a person does: page loads, clicks (links and buttons), fields."""

    pages: int = 0
    clicks: int = 0
    fields: int = 0
    started: float = field(default_factory=time.monotonic)

    def follow(self, page: Page) -> Page:
        page.on("load", lambda _page: self._loaded())
        return page

    def _loaded(self) -> None:
        self.pages += 1

    def click(self, target: Locator) -> None:
        self.clicks += 1
        target.click()

    def fill(self, target: Locator, value: str) -> None:
        self.fields += 1
        target.fill(value)

    def check(self, target: Locator) -> None:
        self.fields += 1
        target.check()

    def select(self, target: Locator, value: str) -> None:
        self.fields += 1
        target.select_option(value)


def test_the_walk_from_the_admins_invitation_to_the_welcome_sent(
    page: Page,
    console: Console,
    browser: Browser,
    admin_phone: Authenticator,
    inbox: tuple[Inbox, int],
    axe: AxeChecker,
    domain: None,
) -> None:
    sign_in(page, console, ADMIN, admin_phone)
    walk = Walk()
    walk.follow(page)

    # The admin invites: the link is e-mailed, and can be copied from the page.
    walk.click(page.get_by_role("link", name="Accounts"))
    walk.click(page.get_by_role("link", name="Invite a clinician"))
    walk.fill(page.get_by_label("Name"), "Theo Newman")
    walk.fill(page.get_by_label("E-mail"), NEWCOMER)
    walk.select(page.get_by_label("Time zone"), "America/Chicago")
    walk.click(page.get_by_role("button", name="Create the invitation"))
    expect(page.locator("#invitation-mailed")).to_contain_text(
        f"We e-mailed this link to {NEWCOMER}"
    )
    expect(page.get_by_role("button", name="Copy the link")).to_be_visible()
    shot(page, "i23-01-invitation-mailed")
    [(_sender, recipients, raw)] = [m for m in inbox[0].messages if NEWCOMER in m[1]]
    assert recipients == [NEWCOMER]
    mailed = readable_text(parse(raw))
    link = re.search(r"(https://127\.0\.0\.1:\d+/invitation/[A-Za-z0-9_\-]+)", mailed).group(1)
    assert link == page.locator("#invitation-link").inner_text()

    # The newcomer, in their own browser, from the e-mail.
    context = browser.new_context(viewport={"width": 1180, "height": 820})
    theirs = walk.follow(axe.watch(context.new_page()))
    walk.clicks += 1  # the link in the e-mail
    theirs.goto(link)
    walk.fill(theirs.get_by_label("New password"), PASSWORD)
    walk.fill(theirs.get_by_label("The same password again"), PASSWORD)
    walk.click(theirs.get_by_role("button", name="Set password"))
    walk.fill(theirs.get_by_label("E-mail"), NEWCOMER)
    walk.fill(theirs.get_by_label("Password"), PASSWORD)
    walk.click(theirs.get_by_role("button", name="Continue"))
    phone = Authenticator(theirs.locator("#totp-secret").inner_text().replace(" ", ""))
    walk.fill(theirs.get_by_label("Code"), phone.code())
    walk.click(theirs.get_by_role("button", name="Confirm"))
    walk.click(theirs.get_by_role("link", name="I have kept them: continue"))

    # Enrol a client in session: nothing goes to their phone yet.
    walk.click(theirs.get_by_role("link", name="Enrol a client").first)
    expect(theirs.get_by_label("Time zone")).to_have_value("America/Chicago")
    walk.fill(theirs.get_by_label("Name or alias"), "Jordan Reyes")
    walk.fill(theirs.get_by_label("Mobile number"), "+1 312 555 0101")
    walk.check(theirs.get_by_label("The client agreed in session"))
    walk.click(theirs.get_by_role("button", name="Enrol"))
    expect(theirs.locator("#welcome")).to_contain_text(
        "Nothing has gone to Jordan Reyes's phone yet"
    )
    with runtime.context().db.session() as db:
        assert list(db.execute(select(OutboundMessage)).scalars()) == []

    # The practice and reminders, previewed live and kept by one save.
    walk.fill(theirs.get_by_label("Cue, in the client's words").first, CUE)
    walk.fill(theirs.get_by_label("One small action"), ACTION)
    walk.check(theirs.get_by_label("Tuesday"))
    walk.check(theirs.get_by_label("Thursday"))
    walk.fill(theirs.get_by_label("At (client's time)"), "08:15")
    reminder = theirs.locator("#reminder-preview")
    expect(reminder).to_contain_text("Reminders on Tuesday and Thursday at 08:15:")
    expect(reminder.locator("[data-reminder-text]")).to_have_text(
        f"{CUE} \u2192 {ACTION}. Text what you notice."
    )
    check_a11y(theirs, "practice with a live reminder preview")
    walk.click(theirs.get_by_role("button", name="Save the practice"))
    expect(
        theirs.get_by_text(re.compile(r"Practice saved as version 1\. Next reminder"))
    ).to_be_visible()

    # The welcome, as their phone will show it, telling the truth about reminders.
    welcome = theirs.locator("#welcome-text")
    expect(welcome).to_contain_text("Tue,Thu 08:15")
    expect(welcome).not_to_contain_text("We text only to answer you")
    shot(theirs, "i23-02-welcome-preview")
    walk.click(theirs.get_by_role("button", name="Send the welcome now"))
    expect(theirs.get_by_text("The welcome is on its way to their phone.")).to_be_visible()
    # Queued until the worker hands it to Twilio, then sent: never "Sent ...: waiting".
    expect(theirs.locator("#client-welcome")).to_contain_text(
        re.compile(r"Queued .*: (waiting to be sent|being sent)|Sent .*: (sent|delivered)")
    )
    expect(theirs.locator("#client-reminders")).to_contain_text(
        "Tuesday and Thursday at 08:15, at most 3 a week"
    )
    elapsed = time.monotonic() - walk.started
    shot(theirs, "i23-03-client-after-welcome")
    with runtime.context().db.session() as db:
        assert [row.kind for row in db.execute(select(OutboundMessage)).scalars()] == ["welcome"]
    print(
        f"\nWALK invitation -> welcome sent: {walk.pages} page loads, {walk.clicks} clicks, "
        f"{walk.fields} fields, {elapsed:.1f} s (before: 13 page loads, 13 clicks, 20 fields)"
    )
    assert walk.pages <= 13 and walk.clicks <= 13
    context.close()


def test_the_client_page_says_consent_the_clients_own_pause_and_the_number(
    page: Page, console: Console, domain: None
) -> None:
    email = a_clinician(page, console, "Dr Rosa Clinician")
    client_id = enrol_with_practice(email, name="Rosa Park", phone="+13125550150", cues=[Cue(CUE)])
    with runtime.context().db.session() as db:
        client = db.get(Client, client_id)
        record_consent(db, client, utcnow() - timedelta(days=2))
        pause(db, client, utcnow() - timedelta(hours=3))
    page.reload()
    page.get_by_role("link", name="Rosa Park").click()
    expect(page.locator("#client-status")).to_contain_text("active: paused by the client")
    expect(page.locator("#client-pause")).to_contain_text("They texted PAUSE")
    expect(page.locator("#client-pause")).to_contain_text("until they text RESUME")
    expect(page.locator("#client-consent")).to_contain_text("Agreed in session on")
    consent = page.locator("#client-consent")
    expect(consent).to_contain_text("confirmed by their reply to the welcome")
    expect(page.locator("#carryback-number")).to_contain_text("+1 312-555-0100")
    shot(page, "i23-04-client-standing")


def test_reminders_refuse_more_days_than_the_week_allows_and_name_the_session_day(
    page: Page, console: Console, domain: None
) -> None:
    email = a_clinician(page, console, "Dr Sol Clinician")
    client_id = enrol_with_practice(email, name="Sol Vega", phone="+13125550151", cues=[Cue(CUE)])
    page.goto(f"{console.url}/clients/{client_id}/practice")
    page.get_by_label("One small action").fill(ACTION)
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
        page.get_by_label(day).check()
    page.get_by_label("At (client's time)").fill("08:30")
    page.get_by_label("Pre-session nudge the day before, at").fill("18:00")
    preview = page.locator("#reminder-preview")
    expect(preview).to_contain_text("Reminders on Monday to Friday at 08:30:")
    expect(preview).not_to_contain_text("<the session day>")
    weekday = (utcnow() + timedelta(days=7)).astimezone(CHICAGO).strftime("%A")
    expect(preview).to_contain_text(f"Anything to carry back to {weekday}'s session?")
    page.get_by_role("button", name="Save the practice").click()
    expect(page.locator("#remind_days-error")).to_have_text(
        "5 days ticked, but at most 3 a week: tick 3 or fewer, or raise the weekly number"
    )
    expect(page).to_have_title(re.compile(r"^Error: "))
    shot(page, "i23-05-reminders-too-many-days")
    for day in ("Tuesday", "Thursday"):
        page.get_by_label(day).uncheck()
    expect(preview).to_contain_text("Reminders on Monday, Wednesday and Friday at 08:30:")
    page.get_by_role("button", name="Save the practice").click()
    expect(page.get_by_text(re.compile(r"Practice saved as version 2\."))).to_be_visible()
    expect(page.locator("#client-reminders")).to_contain_text(
        "Monday, Wednesday and Friday at 08:30, at most 3 a week; "
        "the day before each session at 18:00"
    )


def test_a_lost_phone_a_new_app_new_codes_a_new_password_and_an_admin_reset(
    page: Page, console: Console, admin_phone: Authenticator
) -> None:
    email = "lena.lost@clinic.test"
    old_phone = onboard(page, console.invite("Lena Lost", email), email)
    page.get_by_role("link", name="Settings").click()
    page.get_by_role("link", name="sign-in and recovery").click()
    page.get_by_label("Your password", exact=True).last.fill(PASSWORD)
    page.get_by_role("button", name="Make ten new recovery codes").click()
    codes = page.locator("#recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    page.get_by_role("link", name="I have kept them: continue").click()
    sign_out(page)

    # The phone is lost: a recovery code signs in and leads to setting up a new app.
    page.goto(f"{console.url}/sign-in")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Code").fill(codes[0])
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Sign-in and recovery")).to_be_visible()
    expect(page.locator("#codes-left")).to_have_text("9")
    page.get_by_label("Your password", exact=True).first.fill("not my password at all")
    page.get_by_role("button", name="Show the new QR code").click()
    expect(page.locator("#error-summary")).to_be_focused()
    page.get_by_label("Your password", exact=True).first.fill(PASSWORD)
    page.get_by_role("button", name="Show the new QR code").click()
    new_phone = Authenticator(page.locator("#totp-secret").inner_text().replace(" ", ""))
    assert new_phone.secret != old_phone.secret
    shot(page, "i23-06-new-authenticator")
    page.get_by_label("Code").fill(new_phone.code())
    page.get_by_role("button", name="Confirm the new app").click()
    expect(page.get_by_text("Your earlier recovery codes no longer work.")).to_be_visible()
    page.get_by_role("link", name="I have kept them: continue").click()

    # A new password; then the old app's code is refused and the new one signs in.
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password", exact=True).fill("a quieter harbour at dusk")
    page.get_by_label("The new password again").fill("a quieter harbour at dusk")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_text("Password changed.")).to_be_visible()
    sign_out(page)
    page.goto(f"{console.url}/sign-in")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill("a quieter harbour at dusk")
    page.get_by_role("button", name="Continue").click()
    stale = pyotp.TOTP(old_phone.secret).now()
    if stale != pyotp.TOTP(new_phone.secret).now():
        page.get_by_label("Code").fill(stale)
        page.get_by_role("button", name="Sign in").click()
        expect(page.locator("#code-error")).to_contain_text("That code is not right")
    page.get_by_label("Code").fill(new_phone.code())
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()
    sign_out(page)

    # The admin resets Lena's second factor: her next sign-in sets up a new app.
    sign_in(page, console, ADMIN, admin_phone)
    page.get_by_role("link", name="Accounts").click()
    page.get_by_role("button", name="Reset two-step sign-in for Lena Lost").click()
    expect(page.get_by_text("Two-step sign-in reset for Lena Lost")).to_be_visible()
    shot(page, "i23-07-admin-reset")
    sign_out(page)
    page.goto(f"{console.url}/sign-in")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill("a quieter harbour at dusk")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Set up two-step sign-in")).to_be_visible()


def test_invitations_are_sent_again_or_stopped_from_accounts(
    page: Page, console: Console, inbox: tuple[Inbox, int]
) -> None:
    console.invite("Omar Late", "omar.late@clinic.test")
    email = "second.admin@clinic.test"
    onboard(page, console.invite("Second Admin", email, admin=True), email)
    page.get_by_role("link", name="Accounts").click()
    page.get_by_role("button", name="Send Omar Late a new invitation").click()
    expect(
        page.get_by_role("heading", name="New invitation for omar.late@clinic.test")
    ).to_be_visible()
    expect(page.locator("#invitation-mailed")).to_contain_text("earlier links no longer work")
    assert any("omar.late@clinic.test" in m[1] for m in inbox[0].messages)
    page.get_by_role("link", name="Back to accounts").click()
    page.get_by_role("button", name="Stop Omar Late signing in").click()
    expect(page.get_by_text("Omar Late can no longer sign in")).to_be_visible()
    expect(page.locator("table.accounts")).to_contain_text("disabled")
    shot(page, "i23-08-accounts-actions")


def test_an_alert_has_the_words_the_phone_the_page_and_the_reply(
    page: Page, console: Console, domain: None
) -> None:
    phone = "+13125550152"
    email = a_clinician(page, console, "Dr Kai Clinician")
    client_id = enrol_with_practice(email, name="Kai Moss", phone=phone, cues=[Cue(CUE)])
    words = "I can't do this anymore, I want to die"
    text_in(phone, words)
    page.reload()
    # The banner's link (on every page); the caseload names the same page beside the client.
    page.get_by_role("alert").get_by_role("link", name="See crisis alerts").click()
    alert = page.locator("ul.alerts li").first
    expect(alert.locator(".alert-text")).to_have_text(words)
    expect(alert.locator(".alert-phone")).to_have_text("+13125550152")
    expect(alert.locator(".alert-reply")).to_contain_text(
        "Sent; no delivery report from Twilio yet."
    )
    shot(page, "i23-09-alerts")
    alert.get_by_role("link", name="Kai Moss's page").click()
    expect(page).to_have_url(re.compile(rf"/clients/{client_id}$"))


def test_a_refused_form_is_announced_and_every_field_reachable_by_keyboard(
    page: Page, console: Console
) -> None:
    page.goto(f"{console.url}/sign-in")
    assert page.get_by_label("E-mail").get_attribute("autocomplete") == "username"
    assert page.get_by_label("Password").get_attribute("autocomplete") == "current-password"
    a_clinician(page, console, "Dr Ana Clinician")
    page.get_by_role("link", name="Enrol a client").first.click()
    page.get_by_label("Name or alias").fill("Ana Bell")
    page.get_by_role("button", name="Enrol").click()
    expect(page).to_have_title("Error: Enrol a client · Carryback")
    summary = page.locator("#error-summary")
    expect(summary).to_have_attribute("role", "alert")
    expect(summary).to_be_focused()
    expect(page.get_by_label("The client agreed in session")).to_have_attribute(
        "aria-invalid", "true"
    )
    shot(page, "i23-10-refused-enrol")
    summary.get_by_role("link", name=re.compile("Mobile number")).click()
    expect(page.get_by_label("Mobile number")).to_be_focused()

    # The focus ring is at least 3:1 against the page (WCAG 1.4.11).
    ratio = page.evaluate(RING_CONTRAST, "#phone")
    assert ratio >= 3, ratio

    # Settings: the delivery choice's error is linked to its radios.
    page.get_by_role("link", name="Settings").click()
    page.get_by_label("The whole brief by encrypted S/MIME e-mail").check()
    page.get_by_role("button", name="Save delivery").click()
    radio = page.get_by_label("The whole brief by encrypted S/MIME e-mail")
    expect(radio).to_have_attribute("aria-describedby", "delivery-error")
    expect(page.locator("#delivery-error")).to_contain_text("S/MIME needs your certificate")

    # The skip link: the first Tab, then straight to the page's content.
    page.goto(f"{console.url}/clients/new")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to the page's content")
    expect(skip).to_be_focused()
    check_a11y(page, "skip link shown")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Name or alias")).to_be_focused()


RING_CONTRAST = """(selector) => {
  const el = document.querySelector(selector);
  el.focus();
  const rgb = (s) => s.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const ring = lum(rgb(getComputedStyle(el).outlineColor));
  let ground = el.parentElement;
  const clear = (node) => getComputedStyle(node).backgroundColor === "rgba(0, 0, 0, 0)";
  while (ground && clear(ground)) ground = ground.parentElement;
  const back = lum(rgb(getComputedStyle(ground || document.body).backgroundColor));
  const [hi, lo] = ring > back ? [ring, back] : [back, ring];
  return (hi + 0.05) / (lo + 0.05);
}"""


def test_cancelling_a_session_is_a_second_explicit_step(
    page: Page, console: Console, domain: None
) -> None:
    email = a_clinician(page, console, "Dr Ivy Clinician")
    client_id = enrol_with_practice(email, name="Ivy Cole", phone="+13125550153", cues=[Cue(CUE)])
    page.goto(f"{console.url}/clients/{client_id}")
    next_week = utcnow() + timedelta(days=7)
    form = page.locator("form.row")
    form.get_by_label("Date").fill(f"{next_week:%Y-%m-%d}")
    form.get_by_label("Time").fill("15:00")
    form.get_by_role("button", name="Schedule").click()
    expect(page.locator("table.sessions tbody tr")).to_have_count(1)
    expect(page.get_by_role("button", name="Cancel")).to_have_count(0)
    page.get_by_role("link", name="Cancel this session…").click()
    expect(page.get_by_role("heading", name=re.compile(r"^Cancel the session on"))).to_be_visible()
    shot(page, "i23-11-cancel-confirm")
    page.get_by_role("link", name="Keep it, go back").click()
    expect(page.locator("table.sessions tbody tr")).to_have_count(1)
    page.get_by_role("link", name="Cancel this session…").click()
    page.get_by_role("button", name="Cancel this session").click()
    expect(page.get_by_text("Session cancelled; no brief will be sent for it.")).to_be_visible()
    expect(page.locator("table.sessions")).to_have_count(0)


def test_on_a_phone_the_brief_starts_in_the_first_screen(
    page: Page, console: Console, domain: None
) -> None:
    phone = "+13125550154"
    page.set_viewport_size({"width": 390, "height": 844})
    email = a_clinician(page, console, "Dr Mia Clinician")
    client_id = enrol_with_practice(email, name="Mia Long", phone=phone, cues=[Cue(CUE)])
    text_in(phone, f"{CUE} again, a 6")
    text_in(phone, "some nights I want to die")  # an open alert: the banner, the worst case
    page.goto(f"{console.url}/clients/{client_id}")
    form = page.locator("form.row")
    form.get_by_label("Date").fill(f"{utcnow() + timedelta(days=3):%Y-%m-%d}")
    form.get_by_label("Time").fill("15:00")
    form.get_by_role("button", name="Schedule").click()
    page.get_by_role("link", name="Briefs").click()
    page.get_by_role("link", name=re.compile("The brief as it stands now")).click()
    brief = page.locator("article.brief")
    expect(brief).to_contain_text(f"{CUE} again, a 6")
    header = page.locator("header.top").bounding_box()
    top = brief.bounding_box()["y"]
    banner = page.locator(".banner")
    print(f"\nPHONE 390x844: header {header['height']:.0f} px, brief starts at {top:.0f} px")
    assert banner.count() == 1
    assert top < 844 * 0.4, top
    page.screenshot(path="var/screenshots/i23-12-brief-on-a-phone.png")
    check_a11y(page, "brief on a phone")


def test_the_brief_email_is_laid_out_for_a_phone(page: Page) -> None:
    html = render_html(typical_brief(), None)
    assert '<html lang="en">' in html and 'name="viewport"' in html
    page.set_viewport_size({"width": 390, "height": 844})
    # A data: URL, not set_content: the page then has an address and is axe-checked on load.
    page.goto("data:text/html;base64," + base64.b64encode(html.encode()).decode())
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    check_a11y(page, "brief e-mail on a phone")


def test_the_first_session_by_keyboard_alone(page: Page, console: Console, domain: None) -> None:
    email = "kit.keys@clinic.test"
    link = console.invite("Kit Keys", email)
    phone = onboard(page, link, email)
    sign_out(page)
    page.goto(f"{console.url}/sign-in")
    keys = page.keyboard
    tabs = 0

    def tab_to(name: str, limit: int = 40, exact: bool = False) -> None:
        nonlocal tabs
        page.wait_for_load_state()
        for _ in range(limit):
            keys.press("Tab")
            tabs += 1
            focused = page.evaluate(
                "() => { const e = document.activeElement; return (e.labels && e.labels[0] ?"
                " e.labels[0].innerText : e.innerText || e.value || '').trim(); }"
            )
            if focused == name or (not exact and focused.startswith(name)):
                return
        raise AssertionError(f"{name!r} not reached by Tab")

    tab_to("E-mail")
    keys.type(email)
    tab_to("Password")
    keys.type(PASSWORD)
    keys.press("Enter")
    expect(page.get_by_label("Code")).to_be_focused()  # autofocus
    keys.type(phone.code())
    keys.press("Enter")
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()
    tab_to("Enrol a client")
    keys.press("Enter")
    expect(page.get_by_role("heading", name="Enrol a client")).to_be_visible()
    tab_to("Name or alias")
    keys.type("Noor Vale")
    tab_to("Mobile number")
    keys.type("+1 312 555 0160")
    tab_to("The client agreed in session")
    keys.press("Space")
    tab_to("Enrol", exact=True)
    keys.press("Enter")
    expect(page.get_by_role("heading", name="Co-build the practice with Noor Vale")).to_be_visible()
    tab_to("Cue, in the client's words")
    keys.type(CUE)
    tab_to("One small action")
    keys.type(ACTION)
    tab_to("Save the practice")
    keys.press("Enter")
    expect(page.get_by_text("Practice saved as version 1.")).to_be_visible()
    tab_to("Send the welcome now", limit=80)
    keys.press("Enter")
    expect(page.get_by_text("The welcome is on its way to their phone.")).to_be_visible()
    check_a11y(page, "after the first session by keyboard")
    print(f"\nKEYBOARD first session: {tabs} Tabs, no pointer")
    with runtime.context().db.session() as db:
        client = db.execute(select(Client).where(Client.status == ClientStatus.INVITED)).scalars()
        assert any(True for _ in client)
