"""The sign-in throttle: a stranger's wrong passwords pause the stranger, not the clinician;
attempts are counted before they are checked, so concurrency cannot get past the limit."""

from __future__ import annotations

import threading

import pytest

from services import runtime
from services.console import throttle
from services.console.app import create_app
from shared.roster import accounts
from tests.support.console import PASSWORD, console_env_values, csrf_of, sign_in
from tests.support.env import make_env

ATTACKER, CLINICIAN, ANOTHER = "203.0.113.9", "198.51.100.7", "192.0.2.44"
LIMIT = 10  # CONSOLE_SIGNIN_ATTEMPTS' default


@pytest.fixture
def app(monkeypatch, sqlite_url, redis_url, redis):
    make_env(sqlite_url, redis_url, **console_env_values()).apply(monkeypatch)
    runtime.reset()
    yield create_app()
    runtime.reset()


@pytest.fixture
def now(monkeypatch) -> list[float]:
    """The throttle's clock, stepped by the test (Redis holds the times it is given)."""
    moment = [1_800_000_000.0]
    monkeypatch.setattr(throttle, "clock", lambda: moment[0])
    return moment


def browser(app, address: str):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def try_password(client, email: str, password: str):
    page = client.get("/sign-in").get_data(as_text=True)
    return client.post(
        "/sign-in", data={"email": email, "password": password, "csrf_token": csrf_of(page)}
    )


def test_a_strangers_ten_wrong_passwords_do_not_keep_the_clinician_out(app, maya, now) -> None:
    attacker = browser(app, ATTACKER)
    for _ in range(LIMIT):
        assert try_password(attacker, maya.email, "guessing wrong").status_code == 401
    paused = try_password(attacker, maya.email, PASSWORD)  # even the right one, from there
    assert paused.status_code == 429
    assert "signing in is paused" in paused.get_data(as_text=True)
    # The clinician, from their own browser, with the right password and code: signed in.
    clinician = browser(app, CLINICIAN)
    sign_in(clinician, maya)
    assert clinician.get("/").status_code == 200


def test_failures_from_more_addresses_slow_the_account_by_a_growing_delay(app, maya, now) -> None:
    attacker = browser(app, ATTACKER)
    for _ in range(LIMIT):
        try_password(attacker, maya.email, "guessing wrong")
    second = browser(app, ANOTHER)
    assert try_password(second, maya.email, "guessing wrong").status_code == 401
    waits = []
    for _ in range(3):
        refused = try_password(second, maya.email, "guessing wrong")
        assert refused.status_code == 429  # refused unchecked, and not counted
        waits.append(int(refused.headers["Retry-After"]))
        now[0] += waits[-1]
        assert try_password(second, maya.email, "guessing wrong").status_code == 401
    assert waits == [1, 2, 4]
    # The clinician waits out the current delay (seconds, not a lockout) and gets in.
    clinician = browser(app, CLINICIAN)
    assert try_password(clinician, maya.email, PASSWORD).status_code == 429
    now[0] += 8
    sign_in(clinician, maya)
    assert clinician.get("/").status_code == 200


def test_twenty_four_wrong_codes_at_once_get_at_most_the_limit_checked(
    app, maya, monkeypatch
) -> None:
    verified: list[str] = []
    real_verify = accounts.verify_totp

    def counted_verify(*args, **kwargs):
        # The real check, counted: how many codes were actually compared.
        verified.append(args[-1])
        return real_verify(*args, **kwargs)

    monkeypatch.setattr(accounts, "verify_totp", counted_verify)
    first = browser(app, ATTACKER)
    assert try_password(first, maya.email, PASSWORD).status_code == 302
    token = csrf_of(first.get("/sign-in/code").get_data(as_text=True))
    cookie = first.get_cookie("carryback_console")
    clients = []
    for _ in range(24):
        client = browser(app, ATTACKER)
        client.set_cookie(cookie.key, cookie.value, domain=cookie.domain)
        clients.append(client)
    start = threading.Barrier(len(clients))
    statuses: list[int] = []
    lock = threading.Lock()

    def wrong_code(client) -> None:
        start.wait()
        answer = client.post("/sign-in/code", data={"code": "000000", "csrf_token": token})
        with lock:
            statuses.append(answer.status_code)

    threads = [threading.Thread(target=wrong_code, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    checked = statuses.count(401)  # a wrong code, checked and refused
    assert len(statuses) == 24 and statuses.count(429) == 24 - checked
    assert 1 <= len(verified) == checked <= LIMIT
