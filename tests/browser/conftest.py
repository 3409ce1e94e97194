"""Real-browser tests: the console as a real process (gunicorn, SQLite), driven by Chromium.

The console is reached as production reaches it: over https, through a real
TLS-terminating proxy (Debian's nginx) with a throwaway CA that Chromium
trusts by a pin on the server's key, the console trusting the proxy's
``X-Forwarded-*`` headers from one hop.

Debian's chromium is launched through ``executable_path``; Playwright's own
browser downloads are never used. Every page visited is screenshotted into
``var/screenshots/`` for review.

Accessibility, for every browser test, without asking: the autouse fixture
``axe`` runs axe-core (WCAG 2.0/2.1/2.2 A and AA, see ``tests/browser/axe.py``)
on every page the test's browser loads (each navigation and each form answer,
refused ones included), on every ``shot()``, and on what is on screen when the
test ends; a test with any violation fails, listing each rule and element.
A state reached without a page load (a ``<details>`` opened, a live preview
typed into, a dialog) is checked by calling ``check_a11y(page, "what it is")``
right there: do so in new tests whenever the screen changes that way. A test
that opens a second browser context hands its pages to ``axe.watch(page)``.
"""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyotp
import pytest
import requests
from playwright.sync_api import Page, expect

from tests.browser.axe import AxeChecker, axe_source
from tests.support.env import make_env
from tools.devstack.processes import free_port
from tools.devstack.tls_proxy import LocalCa, TlsProxy, nginx_available

CHROMIUM = Path("/usr/bin/chromium")
REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO_ROOT / "var" / "screenshots"
START_DEADLINE_S = 30
PASSWORD = "a calm harbour at dawn"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not CHROMIUM.exists():
        skip = pytest.mark.skip(reason="Debian's chromium is not installed (make system-deps)")
        for item in items:
            if "tests/browser" in str(item.fspath):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def local_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCa:
    """The run's throwaway CA and the proxy's server certificate."""
    if not nginx_available():
        pytest.skip("Debian's nginx is not installed (make system-deps)")
    return LocalCa.create(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict, local_ca: LocalCa) -> dict:
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "headless": True,
        "args": [*CHROMIUM_ARGS, *local_ca.chromium_args()],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    # A tablet in landscape: what a clinician holds in session.
    return {**browser_context_args, "viewport": {"width": 1180, "height": 820}}


@dataclass
class Console:
    """A running console process and the environment it was given."""

    url: str
    env: dict[str, str]
    log: Path
    process: subprocess.Popen = field(repr=False)
    ca_file: Path | None = None

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "services.cli", *args],
            env=self.env,
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )

    def invite(self, name: str, email: str, *, admin: bool = False) -> str:
        """A clinician added from the CLI; the one-time password link it printed."""
        extra = ["--admin"] if admin else []
        done = self.cli("clinician", "add", "--name", name, "--email", email, *extra)
        found = re.search(r"(https://\S+/invitation/\S+)", done.stderr)
        assert found, done.stderr
        return found.group(1)


def _wait_healthy(url: str, process: subprocess.Popen, log: Path, ca_file: Path) -> None:
    deadline = time.monotonic() + START_DEADLINE_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"console exited early:\n{log.read_text()[-2000:]}")
        try:
            if requests.get(f"{url}/healthz", timeout=1, verify=ca_file).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"console not up within {START_DEADLINE_S} s:\n{log.read_text()[-2000:]}")


def start_console(tmp: Path, redis_url: str, ca: LocalCa, **extra: str) -> Iterator[Console]:
    port = free_port()
    proxy_dir = tmp / "proxy"
    proxy_dir.mkdir(parents=True, exist_ok=True)
    proxy = TlsProxy(proxy_dir, ca)
    url = proxy.add(port)
    env = {
        **os.environ,
        **make_env(
            f"sqlite:///{tmp / 'carryback.sqlite3'}",
            redis_url,
            CONSOLE_SECRET_KEY=secrets.token_hex(32),
            CONSOLE_BASE_URL=url,
            CONSOLE_TRUSTED_PROXIES="1",
            **extra,
        ).values,
    }
    log = tmp / "console.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "services.cli",
                "serve",
                "console",
                "--port",
                str(port),
                "--workers",
                "1",
            ],
            env=env,
            cwd=REPO_ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    console = Console(url, env, log, process, ca.ca_file)
    try:
        proxy.start()
        _wait_healthy(url, process, log, ca.ca_file)
        yield console
    finally:
        proxy.stop()
        process.terminate()
        process.wait(timeout=15)


@pytest.fixture(scope="module")
def console(
    tmp_path_factory: pytest.TempPathFactory, redis_url: str, local_ca: LocalCa
) -> Iterator[Console]:
    yield from start_console(tmp_path_factory.mktemp("console"), redis_url, local_ca)


@pytest.fixture(scope="session", autouse=True)
def screenshots_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


_CHECKERS: list[AxeChecker] = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator:
    """Keep the test body's outcome where the ``axe`` fixture's teardown can read it."""
    report = yield
    if report.when == "call":
        item._call_report = report  # type: ignore[attr-defined]
    return report


@pytest.fixture(autouse=True)
def axe(request: pytest.FixtureRequest) -> Iterator[AxeChecker | None]:
    """axe-core on every page load of this test's browser, and at its end: 0 violations."""
    if not {"page", "context"} & set(request.fixturenames):
        yield None
        return
    context = request.getfixturevalue("context")
    checker = AxeChecker(axe_source())

    for open_page in context.pages:
        checker.watch(open_page)
    context.on("page", checker.watch)
    _CHECKERS.append(checker)
    try:
        yield checker
        for open_page in context.pages:
            checker.check(open_page, "end of test")
    finally:
        _CHECKERS.remove(checker)
    # A test that ran and passed must have shown axe at least one page (a page set with
    # set_content has no address and is not checked: load a data: URL instead).
    ran = getattr(request.node, "_call_report", None)
    if ran is not None and ran.passed:
        assert checker.checked, "axe checked no page state"
    assert not checker.violations, "axe-core found violations:\n" + checker.report()


def check_a11y(page: Page, state: str) -> None:
    """axe-core on the screen as it is now (a state reached without a page load); fails at once."""
    if not _CHECKERS:
        raise RuntimeError("check_a11y needs the axe fixture (any test using `page`)")
    found = _CHECKERS[-1].check(page, state)
    assert not found, f"axe-core, {state}:\n" + _CHECKERS[-1].report()


def shot(page: Page, name: str) -> None:
    """A screenshot for review under var/screenshots/, and an axe check of that state."""
    check_a11y(page, name)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@dataclass
class Authenticator:
    """The clinician's phone: a TOTP secret, never giving the same step twice."""

    secret: str
    used: set[int] = field(default_factory=set)

    def code(self) -> str:
        """This window's code or the next one's (the console takes both, and still takes
        them if the window turns before it checks), never one given before. When both
        are used, as a test signing in three times in one window does, the code waits
        for the clock's next window: a code is made of the time, like a person's phone."""
        totp = pyotp.TOTP(self.secret)
        while True:
            now = totp.timecode(datetime.now(UTC))
            for step in (now, now + 1):
                if step not in self.used:
                    self.used.add(step)
                    return totp.generate_otp(step)
            time.sleep(totp.interval - datetime.now(UTC).timestamp() % totp.interval)


def onboard(page: Page, link: str, email: str, prefix: str | None = None) -> Authenticator:
    """Invitation link -> password -> sign in -> enrol TOTP -> recovery codes -> clients."""
    page.goto(link)
    if prefix:
        shot(page, f"{prefix}-invitation")
    page.get_by_label("New password").fill(PASSWORD)
    page.get_by_label("The same password again").fill(PASSWORD)
    page.get_by_role("button", name="Set password").click()
    expect(page).to_have_url(re.compile(r"/sign-in$"))
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Set up two-step sign-in")).to_be_visible()
    if prefix:
        shot(page, f"{prefix}-enrol-totp")
    phone = Authenticator(page.locator("#totp-secret").inner_text().replace(" ", ""))
    page.get_by_label("Code").fill(phone.code())
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Keep these recovery codes")).to_be_visible()
    assert page.locator("#recovery-codes li").count() == 10
    if prefix:
        shot(page, f"{prefix}-recovery-codes")
    page.get_by_role("link", name="I have kept them: continue").click()
    expect(page.get_by_role("heading", name="Your clients")).to_be_visible()
    return phone


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_text("You are signed out.")).to_be_visible()
