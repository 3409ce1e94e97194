"""The console behind a TLS-terminating proxy: clinicians can sign in over https, and a
form another site sends is still refused."""

from __future__ import annotations

import pytest

from services import runtime
from services.console.app import create_app
from tests.support.console import PASSWORD, console_env_values, csrf_of
from tests.support.env import make_env

# What the trusted proxy adds in front of every request it passes on.
VIA_PROXY = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"}
CONSOLE = "https://console.test"


def console_app(monkeypatch, sqlite_url, redis_url, *, base_url: str):
    values = {**console_env_values(), "CONSOLE_BASE_URL": base_url}
    values["CONSOLE_TRUSTED_PROXIES"] = "1"
    make_env(sqlite_url, redis_url, **values).apply(monkeypatch)
    runtime.reset()
    return create_app()


@pytest.fixture
def app(monkeypatch, sqlite_url, redis_url, redis):
    yield console_app(monkeypatch, sqlite_url, redis_url, base_url=CONSOLE)
    runtime.reset()


def sign_in_form(client, maya, **headers: str):
    """GET the sign-in page and POST it back through the proxy, as a browser would."""
    page = client.get("/sign-in", headers=VIA_PROXY).get_data(as_text=True)
    data = {"email": maya.email, "password": PASSWORD, "csrf_token": csrf_of(page)}
    return client.post("/sign-in", data=data, headers={**VIA_PROXY, **headers})


def test_a_clinician_signs_in_over_https_without_a_referer(app, maya):
    answer = sign_in_form(app.test_client(), maya)

    assert answer.status_code == 302, answer.get_data(as_text=True)
    assert answer.headers["Location"].endswith("/sign-in/code")


def test_a_browser_stating_the_consoles_own_origin_signs_in(app, maya):
    answer = sign_in_form(
        app.test_client(),
        maya,
        Origin=CONSOLE,
        Referer=f"{CONSOLE}/sign-in",
        **{"Sec-Fetch-Site": "same-origin"},
    )

    assert answer.status_code == 302


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "same-site"},  # a sibling host is not the console
        {"Origin": "https://evil.example"},  # a browser without Sec-Fetch-*
        {"Origin": "null"},  # an origin the browser would not name
        {"Referer": "https://evil.example/page"},  # no Origin, a foreign Referer
    ],
)
def test_a_form_another_site_sent_is_refused_even_with_a_valid_token(app, maya, headers):
    answer = sign_in_form(app.test_client(), maya, **headers)

    assert answer.status_code == 400
    assert "Form refused" in answer.get_data(as_text=True)


def test_over_https_the_session_cookie_is_secure_and_hsts_is_sent(app, maya):
    client = app.test_client()
    answer = sign_in_form(client, maya)

    assert answer.headers["Strict-Transport-Security"].startswith("max-age=")
    cookie = client.get_cookie("carryback_console")
    assert cookie is not None and cookie.secure and cookie.http_only


def test_the_cookie_is_secure_over_https_even_when_the_base_url_says_http(
    monkeypatch, sqlite_url, redis_url, redis
):
    app = console_app(monkeypatch, sqlite_url, redis_url, base_url="http://console.test")
    try:
        client = app.test_client()
        over_https = client.get("/sign-in", headers=VIA_PROXY)
        assert "Secure" in over_https.headers["Set-Cookie"]
        assert over_https.headers["Strict-Transport-Security"].startswith("max-age=")
        plain = app.test_client().get("/sign-in")
        assert "Secure" not in plain.headers["Set-Cookie"]
    finally:
        runtime.reset()


def test_pages_keep_the_referrer_to_the_console(app):
    answer = app.test_client().get("/sign-in", headers=VIA_PROXY)

    # With "no-referrer" (header or <meta>), browsers send "Origin: null" with the console's
    # own forms, and the origin check could not tell them from another site's.
    assert answer.headers["Referrer-Policy"] == "same-origin"
    assert '<meta name="referrer" content="same-origin">' in answer.get_data(as_text=True)
