"""`carryback twilio setup`: the number's webhooks set through Twilio's API, once, and said so."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from click.testing import CliRunner, Result
from flask import Flask

from services import runtime
from services.cli import main
from services.cli.twilio_number import shown, wanted_settings
from services.simulator.api import BackgroundServer, create_simulator_app
from services.simulator.numbers import buy_number
from tests.support.env import make_env
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, PUBLIC_BASE_URL, TWILIO_NUMBER

SMS = f"{PUBLIC_BASE_URL}/twilio/sms"
VOICE = f"{PUBLIC_BASE_URL}/twilio/voice"


@pytest.fixture
def app() -> Flask:
    app = create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)
    buy_number(app, TWILIO_NUMBER)
    return app


@pytest.fixture
def stand_in(app: Flask) -> Iterator[BackgroundServer]:
    with BackgroundServer(app) as server:
        yield server


@pytest.fixture
def cli_env(
    stand_in: BackgroundServer, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    env = make_env(sqlite_url, "redis://127.0.0.1:1/0", TWILIO_API_BASE=stand_in.url)
    env.apply(monkeypatch)
    runtime.reset()
    yield env.values
    runtime.reset()


def setup(**env: str) -> Result:
    runtime.reset()
    return CliRunner().invoke(main, ["twilio", "setup"], env=env or None)


def the_number(app: Flask) -> dict[str, Any]:
    (number,) = app.extensions["twilio_numbers"].numbers.values()
    return number


def add_service(stand_in: BackgroundServer, **fields: Any) -> str:
    response = requests.post(
        f"{stand_in.url}/_sim/messaging_services",
        json={"friendly_name": "Carryback A2P", "numbers": [TWILIO_NUMBER], **fields},
        timeout=10,
    )
    response.raise_for_status()
    return str(response.json()["sid"])


def test_first_run_points_every_webhook_here_and_says_old_and_new(app, cli_env) -> None:
    result = setup()
    assert result.exit_code == 0, result.output
    number = the_number(app)
    assert f"Twilio number {TWILIO_NUMBER} ({number['sid']}):" in result.output
    assert f"SmsUrl: https://demo.twilio.com/welcome/sms/reply -> {SMS}" in result.output
    assert f"SmsFallbackUrl: (none) -> {SMS}" in result.output
    assert f"VoiceUrl: https://demo.twilio.com/welcome/voice/ -> {VOICE}" in result.output
    assert f"VoiceFallbackUrl: (none) -> {VOICE}" in result.output
    assert "4 setting(s) changed" in result.output
    assert (number["sms_url"], number["sms_method"]) == (SMS, "POST")
    assert (number["sms_fallback_url"], number["sms_fallback_method"]) == (SMS, "POST")
    assert (number["voice_url"], number["voice_method"]) == (VOICE, "POST")
    assert (number["voice_fallback_url"], number["voice_fallback_method"]) == (VOICE, "POST")
    assert AUTH_TOKEN not in result.output


def test_a_second_run_changes_nothing_and_says_so(app, cli_env) -> None:
    assert setup().exit_code == 0
    updated = the_number(app)["date_updated"]
    again = setup()
    assert again.exit_code == 0
    assert "nothing to change: texts and calls already go to" in again.output
    assert " -> " not in again.output
    assert the_number(app)["date_updated"] == updated


def test_what_would_take_texts_or_calls_elsewhere_is_cleared(app, cli_env) -> None:
    number = the_number(app)
    number.update(
        sms_url="https://carryback.example.org/twilio/sms",
        sms_method="GET",
        status_callback="https://ops:hunter2@calls.example.net/status",
        sms_application_sid="AP" + "1" * 32,
        trunk_sid="TK" + "2" * 32,
        voice_receive_mode="fax",
    )
    result = setup()
    assert result.exit_code == 0, result.output
    assert "SmsMethod: GET -> POST" in result.output
    # The old call-status URL is shown without its password.
    assert "StatusCallback: https://***@calls.example.net/status -> (none)" in result.output
    assert "hunter2" not in result.output
    assert f"SmsApplicationSid: AP{'1' * 32} -> (none)" in result.output
    assert "VoiceReceiveMode: fax -> voice" in result.output
    number = the_number(app)
    assert number["status_callback"] == "" and number["sms_application_sid"] == ""
    assert number["trunk_sid"] is None and number["voice_receive_mode"] == "voice"
    assert {f: number[f] for f in ("sms_url", "voice_url")} == {"sms_url": SMS, "voice_url": VOICE}


def test_a_messaging_service_that_would_take_the_texts_defers_to_the_number(
    app, stand_in, cli_env
) -> None:
    sid = add_service(stand_in, inbound_request_url="https://elsewhere.example.org/in")
    result = setup()
    assert result.exit_code == 0, result.output
    assert (
        f'messaging service {sid} ("Carryback A2P"): use_inbound_webhook_on_number false -> true'
        in result.output
    )
    assert "https://elsewhere.example.org/in" in result.output
    service = app.extensions["twilio_numbers"].services[sid]
    assert service["use_inbound_webhook_on_number"] is True
    # The opt-out steps name the service the number is in.
    assert f"Messaging > Services > Carryback A2P ({sid})" in result.output
    again = setup()
    assert "nothing to change" in again.output and "use_inbound" not in again.output


def test_the_opt_out_steps_are_printed_every_time(cli_env) -> None:
    for _ in range(2):
        result = setup()
        assert "Advanced Opt-Out has no endpoint" in result.output
        assert "Create Messaging Service" in result.output  # the number is in none
        assert "Opt-in keywords: remove YES" in result.output
        assert "Not monitored in real time" in result.output  # the HELP reply, verbatim


def test_a_number_the_account_does_not_own_is_named(cli_env) -> None:
    result = setup(TWILIO_PHONE_NUMBER="+15005550009")
    assert result.exit_code == 1
    assert "TWILIO_PHONE_NUMBER +15005550009 is not a phone number of account" in result.output


def test_refused_credentials_are_one_line_without_the_token(cli_env) -> None:
    result = setup(TWILIO_AUTH_TOKEN="wrong-token-" + "y" * 20)
    assert result.exit_code == 1
    assert "HTTP 401, Twilio error 20003 (TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN refused)" in (
        result.output
    )
    assert "wrong-token" not in result.output and "Traceback" not in result.output


def test_twilio_unreachable_is_one_line(cli_env) -> None:
    result = setup(TWILIO_API_BASE="http://127.0.0.1:9")
    assert result.exit_code == 1
    assert "network error (ConnectionError)" in result.output


def test_a_public_url_without_tls_is_refused_unless_it_is_loopback(app, cli_env) -> None:
    refused = setup(PUBLIC_BASE_URL="http://carryback.example.org")
    assert refused.exit_code == 1 and "must be https://" in refused.output
    assert the_number(app)["sms_url"] == "https://demo.twilio.com/welcome/sms/reply"
    assert setup(PUBLIC_BASE_URL="http://127.0.0.1:8000").exit_code == 0


def test_a_missing_setting_is_named(cli_env) -> None:
    result = setup(PUBLIC_BASE_URL="")
    assert result.exit_code == 1 and "PUBLIC_BASE_URL is not set" in result.output


def test_wanted_settings_send_nothing_to_the_status_route_and_fall_back_to_the_same_routes() -> (
    None
):
    wanted = wanted_settings("https://x.example.org/")
    assert wanted["SmsFallbackUrl"] == wanted["SmsUrl"] == "https://x.example.org/twilio/sms"
    assert wanted["VoiceFallbackUrl"] == wanted["VoiceUrl"] == "https://x.example.org/twilio/voice"
    assert wanted["StatusCallback"] == ""
    assert shown("") == "(none)" and shown("https://a:b@h/p") == "https://***@h/p"
