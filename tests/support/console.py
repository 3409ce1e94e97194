"""Console test harness: an app on a fresh database, accounts made through the domain."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pyotp

from services import runtime
from shared.db import Database
from shared.db.models import ConsoleUser, utcnow
from shared.roster import accounts

PASSWORD = "correct horse battery staple"
CSRF = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"'
)


def console_env_values() -> dict[str, str]:
    return {"CONSOLE_SECRET_KEY": secrets.token_hex(32), "CONSOLE_BASE_URL": "http://console.test"}


@dataclass
class Person:
    """A clinician with a console account, a password and an enrolled authenticator."""

    user_id: str
    clinician_id: str
    email: str
    secret: str
    used_steps: set[int] = field(default_factory=set)

    def code(self) -> str:
        """A code for a time step this person has not used yet (the console refuses replays)."""
        totp = pyotp.TOTP(self.secret)
        now = datetime.now(UTC)
        for offset in (0, 1, -1):
            step = totp.timecode(now) + offset
            if step not in self.used_steps:
                self.used_steps.add(step)
                return totp.generate_otp(step)
        raise AssertionError("no unused TOTP step left in the window; sign in less often")


def make_person(
    name: str,
    email: str,
    *,
    admin: bool = False,
    timezone: str = "America/Chicago",
    db: Database | None = None,
    master_key: bytes | None = None,
) -> Person:
    """A clinician with a console account; on the process's database unless one is given."""
    if db is None or master_key is None:
        ctx = runtime.context()
        db, master_key = ctx.db, ctx.settings.master_key
    with db.session() as session:
        user = accounts.create_clinician_account(
            session, name=name, email=email, is_admin=admin, timezone=timezone
        )
        accounts.set_password(user, PASSWORD)
        secret = accounts.start_totp_enrolment(session, master_key, user)
        user.totp_confirmed_at = utcnow()
        return Person(user.id, user.clinician_id, user.clinician.email, secret)


def make_invited(name: str, email: str) -> tuple[str, str]:
    """An invited account (no password yet); returns (user id, invitation token)."""
    with runtime.context().db.session() as db:
        user = accounts.create_clinician_account(db, name=name, email=email)
        token = accounts.issue_token(
            db, user, purpose=accounts.INVITATION, lifetime=timedelta(hours=1)
        )
        return user.id, token


def user_row(user_id: str) -> ConsoleUser:
    with runtime.context().db.session() as db:
        return db.get(ConsoleUser, user_id)


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1) or found.group(2)


def sign_in(client, person: Person) -> None:
    page = client.get("/sign-in").get_data(as_text=True)
    answer = client.post(
        "/sign-in",
        data={"email": person.email, "password": PASSWORD, "csrf_token": csrf_of(page)},
    )
    assert answer.status_code == 302, answer.get_data(as_text=True)
    page = client.get("/sign-in/code").get_data(as_text=True)
    answer = client.post("/sign-in/code", data={"code": person.code(), "csrf_token": csrf_of(page)})
    assert answer.status_code == 302, answer.get_data(as_text=True)


def post_form(client, page_path: str, action: str, data: dict[str, str], **kwargs):
    """POST to ``action`` with the CSRF token taken from ``page_path``, as a browser would."""
    page = client.get(page_path).get_data(as_text=True)
    return client.post(action, data={**data, "csrf_token": csrf_of(page)}, **kwargs)
