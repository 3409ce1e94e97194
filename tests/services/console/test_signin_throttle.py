"""The sign-in throttle: a stranger's wrong passwords pause the stranger, not the clinician;
a browser that signed in before (its device cookie) is out of reach of the account-wide
delay and bucket; the code step has one hard cap per account; attempts are counted before
they are checked, so concurrency cannot get past a limit."""

from __future__ import annotations

import threading

import pytest

from services import runtime
from services.console import device, throttle
from services.console.app import create_app
from shared.roster import accounts
from tests.support.console import PASSWORD, console_env_values, csrf_of, post_form, sign_in
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


def returning_browser(app, person, address: str):
    """The clinician's own browser: signed in there before, so it holds the device cookie."""
    client = browser(app, address)
    sign_in(client, person)
    post_form(client, "/", "/sign-out", {})
    assert client.get_cookie(device.COOKIE) is not None
    return client


def fail_until_refused_for_long(attacker, email: str, now: list[float], failures: int) -> None:
    """``failures`` wrong passwords, each sent the moment the last Retry-After ends."""
    for _ in range(failures):
        answer = try_password(attacker, email, "wrong")
        if answer.status_code == 429:
            now[0] += int(answer.headers["Retry-After"])
            answer = try_password(attacker, email, "wrong")
        assert answer.status_code == 401


def test_three_strangers_addresses_do_not_delay_the_clinicians_own_browser(app, maya, now) -> None:
    clinician = returning_browser(app, maya, CLINICIAN)
    new_browser = browser(app, ANOTHER)  # the clinician on a device never signed in from
    attackers = [browser(app, f"203.0.113.{n}") for n in (1, 2, 3)]
    fail_until_refused_for_long(attackers[0], maya.email, now, LIMIT)
    refused = {"own browser": 0, "new browser": 0}
    for turn in range(2 * LIMIT):
        # Attackers 2 and 3 fail exactly when each delay ends (Retry-After tells them when).
        fail_until_refused_for_long(attackers[1 + turn // LIMIT], maya.email, now, 1)
        now[0] += 0.5  # halfway through the next delay, the clinician tries
        for name, client in (("own browser", clinician), ("new browser", new_browser)):
            if try_password(client, maya.email, PASSWORD).status_code == 429:
                refused[name] += 1
    assert refused == {"own browser": 0, "new browser": 2 * LIMIT}
    # Right password and code from their own browser, first try, delay still in force.
    sign_in(clinician, maya)
    assert clinician.get("/").status_code == 200


def test_ten_strangers_addresses_fill_the_account_bucket_the_clinician_still_gets_in(
    app, maya, now
) -> None:
    clinician = returning_browser(app, maya, CLINICIAN)
    for n in range(1, 11):
        fail_until_refused_for_long(browser(app, f"203.0.113.{n}"), maya.email, now, LIMIT)
    # The account bucket is full: a new browser, even with the right password, waits it out.
    paused = try_password(browser(app, ANOTHER), maya.email, PASSWORD)
    assert paused.status_code == 429
    assert int(paused.headers["Retry-After"]) > 60
    sign_in(clinician, maya)
    assert clinician.get("/").status_code == 200


def test_a_device_cookie_keeps_its_own_failure_limit_and_is_no_key_to_another_account(
    app, maya, sam, now
) -> None:
    clinician = returning_browser(app, maya, CLINICIAN)
    for _ in range(LIMIT):
        assert try_password(clinician, maya.email, "wrong").status_code == 401
    assert try_password(clinician, maya.email, PASSWORD).status_code == 429
    # Sam's own browser holds Sam's cookie: on Maya's account it counts as no cookie at all.
    stranger = returning_browser(app, sam, ATTACKER)
    fail_until_refused_for_long(stranger, maya.email, now, LIMIT)
    assert try_password(stranger, maya.email, PASSWORD).status_code == 429
    other = browser(app, ANOTHER)
    assert try_password(other, maya.email, "wrong").status_code == 401
    assert try_password(other, maya.email, "wrong").status_code == 429  # the account's delay


def test_an_ipv6_attacker_is_one_address_per_64(app, maya, now) -> None:
    for host in range(1, LIMIT + 1):
        attacker = browser(app, f"2001:db8:5:7::{host:x}")
        assert try_password(attacker, maya.email, "wrong").status_code == 401
    same_64 = browser(app, "2001:db8:5:7:ffff:1:2:3")
    assert try_password(same_64, maya.email, PASSWORD).status_code == 429
    next_64 = browser(app, "2001:db8:5:8::1")
    assert try_password(next_64, maya.email, PASSWORD).status_code == 302


def test_the_device_cookie_is_httponly_lax_secure_on_https_and_new_at_each_sign_in(
    app, maya
) -> None:
    app.config["PREFERRED_URL_SCHEME"] = "https"  # the test client's requests come over https
    client = app.test_client()
    sign_in(client, maya)
    first = client.get_cookie(device.COOKIE)
    assert first.http_only and first.secure and first.same_site == "Lax"
    assert first.max_age == int(device.LIFETIME.total_seconds())
    assert "maya" not in first.value and maya.user_id not in first.value
    post_form(client, "/", "/sign-out", {})
    sign_in(client, maya)
    assert client.get_cookie(device.COOKIE).value != first.value


def password_holder(app, person, address: str):
    """Someone who has the clinician's password, at the code step."""
    client = browser(app, address)
    assert try_password(client, person.email, PASSWORD).status_code == 302
    return client


def wrong_code(client):
    token = csrf_of(client.get("/sign-in/code").get_data(as_text=True))
    return client.post("/sign-in/code", data={"code": "000000", "csrf_token": token})


def test_twenty_four_wrong_codes_at_once_from_24_addresses_get_at_most_the_cap_checked(
    app, maya, monkeypatch
) -> None:
    verified: list[str] = []
    real_verify = accounts.verify_totp

    def counted_verify(*args, **kwargs):
        # The real check, counted: how many codes were actually compared.
        verified.append(args[-1])
        return real_verify(*args, **kwargs)

    monkeypatch.setattr(accounts, "verify_totp", counted_verify)
    clients = [password_holder(app, maya, f"203.0.113.{n}") for n in range(1, 25)]
    tokens = [csrf_of(c.get("/sign-in/code").get_data(as_text=True)) for c in clients]
    start = threading.Barrier(len(clients))
    statuses: list[int] = []
    lock = threading.Lock()

    def send_wrong_code(client, token: str) -> None:
        start.wait()
        answer = client.post("/sign-in/code", data={"code": "000000", "csrf_token": token})
        with lock:
            statuses.append(answer.status_code)

    threads = [
        threading.Thread(target=send_wrong_code, args=pair)
        for pair in zip(clients, tokens, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    checked = statuses.count(401)  # a wrong code, checked and refused
    assert len(statuses) == 24 and statuses.count(429) == 24 - checked
    assert 1 <= len(verified) == checked <= LIMIT


def test_the_code_cap_holds_for_the_clinicians_own_browser_too(app, maya) -> None:
    clinician = returning_browser(app, maya, CLINICIAN)
    for n in range(LIMIT):
        assert wrong_code(password_holder(app, maya, f"203.0.113.{n + 1}")).status_code == 401
    # The device cookie is not a second factor: its right password passes, the code waits.
    assert try_password(clinician, maya.email, PASSWORD).status_code == 302
    token = csrf_of(clinician.get("/sign-in/code").get_data(as_text=True))
    answer = clinician.post("/sign-in/code", data={"code": maya.code(), "csrf_token": token})
    assert answer.status_code == 429
    assert "signing in is paused" in answer.get_data(as_text=True)


def test_a_burst_sent_the_instant_a_delay_ends_gets_one_password_checked(app, maya, now) -> None:
    fail_until_refused_for_long(browser(app, ATTACKER), maya.email, now, LIMIT)
    # Eight more: the delay has reached its longest, the same 60 s for every next attempt.
    fail_until_refused_for_long(browser(app, ANOTHER), maya.email, now, 8)
    now[0] += throttle.MAX_DELAY_MS / 1000  # ... and has just ended
    clients = [browser(app, f"2001:db8:{n:x}::1") for n in range(1, 25)]
    tokens = [csrf_of(c.get("/sign-in").get_data(as_text=True)) for c in clients]
    start = threading.Barrier(len(clients))
    statuses: list[int] = []
    lock = threading.Lock()

    def send(client, token: str) -> None:
        start.wait()
        form = {"email": maya.email, "password": "wrong", "csrf_token": token}
        answer = client.post("/sign-in", data=form)
        with lock:
            statuses.append(answer.status_code)

    threads = [
        threading.Thread(target=send, args=pair) for pair in zip(clients, tokens, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(statuses) == [401] + [429] * 23
