"""The console in the demo: a ready-made sign-in for the demo clinician, and proof it works.

The demo clinician gets a random password and an enrolled authenticator
(as if they had followed their invitation link), so a newcomer can sign in
from a browser with what the demo prints. The demo then signs in itself,
over HTTP with the two factors, and checks the client is listed.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyotp
import requests

from shared.db import Database
from shared.db.models import utcnow
from shared.kernel.config import decode_master_key
from shared.roster import accounts
from tools.devstack.processes import ProcessError as DemoError

_CSRF = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')


@dataclass(frozen=True)
class DemoLogin:
    url: str
    email: str
    password: str = ""
    secret: str = ""

    @property
    def otpauth_uri(self) -> str:
        return accounts.provisioning_uri(self.secret, self.email)


def prepare_login(env: dict[str, str], url: str, email: str, timezone: str) -> DemoLogin:
    """Set a password and enrol TOTP for the demo clinician's console account."""
    password = "-".join(secrets.token_hex(3) for _ in range(4))
    database = Database(env["DATABASE_URL"])
    try:
        with database.session() as session:
            user = accounts.user_by_email(session, email)
            if user is None:
                raise DemoError(f"no console account for {email}")
            accounts.set_password(user, password)
            # The invitation link `clinician add` printed is in the demo's CLI log: spend it.
            accounts.void_tokens(session, user.id, purpose=accounts.INVITATION)
            user.timezone = timezone
            master_key = decode_master_key(env["CARRYBACK_MASTER_KEY"])
            secret = accounts.start_totp_enrolment(session, master_key, user)
            user.totp_confirmed_at = utcnow()
    finally:
        database.dispose()
    return DemoLogin(url, email, password, secret)


def sign_in_and_find(
    login: DemoLogin, expected_text: str, browser: requests.Session | None = None
) -> str:
    """Sign in over HTTP with both factors and find ``expected_text`` on the clients page."""
    browser = browser if browser is not None else requests.Session()
    page = _get(browser, f"{login.url}/sign-in")
    answer = browser.post(
        f"{login.url}/sign-in",
        data={"email": login.email, "password": login.password, "csrf_token": _csrf(page)},
        timeout=10,
    )
    if "/sign-in/code" not in answer.url:
        raise DemoError(f"the console refused the demo password (HTTP {answer.status_code})")
    # The previous time step's code: the current and next stay free for a person
    # signing in right after the demo (a used code is refused).
    totp = pyotp.TOTP(login.secret)
    code = totp.at(datetime.now(UTC) - timedelta(seconds=30))
    answer = browser.post(
        f"{login.url}/sign-in/code",
        data={"code": code, "csrf_token": _csrf(answer.text)},
        timeout=10,
    )
    if expected_text not in answer.text:
        raise DemoError("signed in to the console, but the client is not on the clients page")
    return f"signed in as {login.email}; the client is listed"


def open_brief_link(browser: requests.Session, link: str, expected_text: str) -> str:
    """Follow a brief-ready link with the signed-in session; the brief must be on the page."""
    try:
        answer = browser.get(link, timeout=30)
    except requests.RequestException as error:
        raise DemoError(f"the brief link did not answer: {type(error).__name__}") from None
    if answer.status_code != 200 or "Pre-session brief for" not in answer.text:
        raise DemoError(f"the link did not open the brief (HTTP {answer.status_code})")
    if expected_text not in answer.text:
        raise DemoError("the brief opened from the link is not this client's")
    return answer.url


def _get(browser: requests.Session, url: str) -> str:
    answer = browser.get(url, timeout=10)
    answer.raise_for_status()
    return answer.text


def _csrf(page: str) -> str:
    found = _CSRF.search(page)
    if not found:
        raise DemoError("the console page has no CSRF token")
    return found.group(1)


def print_login(login: DemoLogin, ca_file: Path) -> None:
    print()
    print("The console is up with the demo's data, on https behind nginx. Sign in from a browser:")
    print(f"  URL:         {login.url}/sign-in")
    print(f"  CA:          {ca_file}")
    print(f"  E-mail:      {login.email}")
    print(f"  Password:    {login.password}")
    print(f"  TOTP secret: {login.secret}")
    print(f"  otpauth URI: {login.otpauth_uri}")
    print("Add the secret (or the URI) to an authenticator app, or print a code with:")
    print(f"  python -c \"import pyotp; print(pyotp.TOTP('{login.secret}').now())\"")
    print("The certificate is from this run's own CA: trust the CA file above in your")
    print("browser for this run only, or accept the browser's warning for 127.0.0.1.")
    print("Ctrl-C stops everything.")
