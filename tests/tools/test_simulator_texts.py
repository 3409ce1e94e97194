"""The stand-in handles a client's text as Twilio's docs say: its keyword handling (the
block list, its own replies, OptOutType with Advanced Opt-Out), then the signed webhook,
then the TwiML reply, against a scripted intake over real HTTP."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import requests
from flask import Flask, request
from twilio.request_validator import RequestValidator

from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.simulator.keywords import DEFAULT_REPLIES, KeywordKind
from shared.infra.channels.sms import MessagesChannel, SmsError
from shared.infra.channels.twilio import TwilioSettings
from tests.support.paths import REPO_ROOT

ACCOUNT_SID = "AC" + "4" * 32
AUTH_TOKEN = "test-auth-token-not-secret"
OUR_NUMBER = "+15550001111"
CLIENT = "+15557654321"
PUBLIC_BASE = "https://carryback.example.org"
SMS_URL = f"{PUBLIC_BASE}/twilio/sms"


def twiml(*texts: str) -> str:
    messages = "".join(f"<Message>{text}</Message>" for text in texts)
    return f'<?xml version="1.0" encoding="UTF-8"?><Response>{messages}</Response>'


@dataclass
class ScriptedIntake:
    """Answers every text with ``answer`` (TwiML, or an HTTP status); keeps each form."""

    url: str = ""
    answer: str | int = twiml("Noted.")
    forms: list[dict[str, str]] = field(default_factory=list)
    signatures_valid: list[bool] = field(default_factory=list)


@pytest.fixture
def intake() -> Iterator[ScriptedIntake]:
    scripted = ScriptedIntake()
    app = Flask("scripted-sms-intake")
    validator = RequestValidator(AUTH_TOKEN)

    @app.post("/twilio/sms")
    def sms() -> tuple[str, int, dict[str, str]]:
        signature = request.headers.get("X-Twilio-Signature", "")
        scripted.signatures_valid.append(validator.validate(SMS_URL, request.form, signature))
        scripted.forms.append(request.form.to_dict())
        if isinstance(scripted.answer, int):
            return "", scripted.answer, {}
        return scripted.answer, 200, {"Content-Type": "text/xml"}

    with BackgroundServer(app) as server:
        scripted.url = server.url
        yield scripted


@pytest.fixture
def stand_in() -> Iterator[BackgroundServer]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


@pytest.fixture
def control(stand_in: BackgroundServer) -> SimulatorControl:
    return SimulatorControl(stand_in.url)


def text(control: SimulatorControl, intake: ScriptedIntake, body: str) -> dict:
    return control.text(SMS_URL, from_=CLIENT, to=OUR_NUMBER, body=body, target=intake.url)


def api_send(stand_in: BackgroundServer) -> str:
    channel = MessagesChannel(TwilioSettings(stand_in.url, ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER))
    return channel.send(CLIENT, "A reminder.")


# --- Twilio's default handling, on a long code -----------------------------------


def test_an_ordinary_text_is_passed_on_signed_and_the_twiml_reply_sent(
    stand_in: BackgroundServer, control: SimulatorControl, intake: ScriptedIntake
) -> None:
    report = text(control, intake, "chest tight before the standup")

    [form] = intake.forms
    assert intake.signatures_valid == [True]
    assert form["Body"] == "chest tight before the standup" and form["From"] == CLIENT
    assert form["MessageSid"] == report["message_sid"]
    assert "OptOutType" not in form and "MessagingServiceSid" not in form
    assert report["keyword"] is None and report["automatic_reply"] == ""
    assert report["received"] == ["Noted."]
    assert [(m["body"], m["via"]) for m in control.received(CLIENT)] == [("Noted.", "reply")]
    [reply] = control.messages()
    assert reply["direction"] == "outbound-reply" and reply["to"] == CLIENT


def test_stop_is_confirmed_by_twilio_passed_on_and_blocks_every_later_text(
    stand_in: BackgroundServer, control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answer = twiml("A reply of the application's own.")

    report = text(control, intake, "Stop")

    assert report["keyword"] == "STOP"
    assert intake.forms[0]["Body"] == "Stop"  # passed on, and without OptOutType
    assert "OptOutType" not in intake.forms[0]
    # Twilio's confirmation arrives; the application's answer meets the block.
    assert report["received"] == [DEFAULT_REPLIES[KeywordKind.STOP]]
    assert [reply["status"] for reply in report["replies"]] == ["failed"]
    with pytest.raises(SmsError) as refused:
        api_send(stand_in)
    assert refused.value.code == 21610 and refused.value.unsubscribed
    # HELP from a blocked number: no automatic reply, and the answer is refused too.
    assert text(control, intake, "HELP")["received"] == []


def test_start_yes_or_unstop_lift_the_block_and_twilio_answers_each(
    stand_in: BackgroundServer, control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answer = twiml()  # the application stays silent
    for word in ("unstop", "YES", " start "):
        text(control, intake, "STOP")
        report = text(control, intake, word)
        assert report["keyword"] == "START"
        assert report["received"] == [DEFAULT_REPLIES[KeywordKind.START]]
        assert api_send(stand_in).startswith("SM")


def test_only_a_whole_message_is_a_keyword(
    stand_in: BackgroundServer, control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answer = twiml()
    for body in ("Stop please", "please cancel", "help me", "Stop."):
        assert text(control, intake, body)["keyword"] is None
    assert api_send(stand_in).startswith("SM")
    assert text(control, intake, "sToP")["keyword"] == "STOP"


def test_help_gets_twilios_reply_and_the_applications_as_well(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    """Twilio's default handling does not wait for the application: two replies."""
    intake.answer = twiml("Our own help text.")

    report = text(control, intake, "info")

    assert report["received"] == [DEFAULT_REPLIES[KeywordKind.HELP], "Our own help text."]


# --- Advanced Opt-Out -------------------------------------------------------------


def test_advanced_opt_out_adds_opt_out_type_and_turns_replies_off(
    stand_in: BackgroundServer, control: SimulatorControl, intake: ScriptedIntake
) -> None:
    handling = control.set_keywords(
        "advanced",
        replies={"STOP": "Unsubscribed from the practice's texts.", "HELP": "", "START": ""},
        keywords={"START": ["optin"]},
    )
    intake.answer = twiml()

    stop, help_, optin = (text(control, intake, word) for word in ("STOP", "HELP", "OPTIN"))

    assert [form["OptOutType"] for form in intake.forms] == ["STOP", "HELP", "START"]
    assert {form["MessagingServiceSid"] for form in intake.forms} == {handling["service_sid"]}
    assert stop["received"] == ["Unsubscribed from the practice's texts."]
    assert help_["received"] == [] and optin["received"] == []  # turned off
    assert api_send(stand_in).startswith("SM")  # OPTIN, an added opt-in word, lifted the block


def test_with_every_reply_off_stop_still_blocks_and_no_reply_reaches_the_phone(
    stand_in: BackgroundServer, control: SimulatorControl, intake: ScriptedIntake
) -> None:
    control.set_keywords("advanced", replies={"STOP": "", "HELP": "", "START": ""})
    intake.answer = twiml("Confirmed: no more texts.")

    report = text(control, intake, "STOP")

    assert report["received"] == [] and report["replies"][0]["status"] == "failed"
    with pytest.raises(SmsError):
        api_send(stand_in)


def test_replies_and_keywords_change_only_with_advanced_opt_out(control: SimulatorControl) -> None:
    with pytest.raises(requests.HTTPError):
        control.set_keywords("default", replies={"HELP": ""})
    with pytest.raises(requests.HTTPError):
        control.set_keywords("advanced", replies={"UNSUBSCRIBE": ""})


# --- the webhook failing ----------------------------------------------------------


def test_a_failed_webhook_sends_no_reply_but_the_keyword_still_counts(
    stand_in: BackgroundServer, control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answer = 503

    report = text(control, intake, "STOP")

    assert report["webhook"].endswith("-> 503") and "11200" in report["errors"][0]
    assert report["received"] == [DEFAULT_REPLIES[KeywordKind.STOP]]
    with pytest.raises(SmsError):
        api_send(stand_in)


def test_reset_restores_the_handling_the_stand_in_started_with(control: SimulatorControl) -> None:
    control.set_keywords("advanced", replies={"HELP": ""})
    control.reset()

    assert control.keywords()["mode"] == "default"


def test_simulate_api_starts_with_advanced_opt_out_and_replies_off(intake: ScriptedIntake) -> None:
    env = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "PATH": ""}
    program = "from services.simulator.command import simulate_group; simulate_group()"
    argv = ["api", "--port", "0", "--opt-out", "advanced", "--no-reply", "HELP"]
    process = subprocess.Popen(
        [sys.executable, "-c", program, *argv],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )
    try:
        # The line is printed once the socket listens, so no waiting is needed.
        banner = process.stdout.readline() if process.stdout else ""
        control = SimulatorControl(banner.rsplit(" ", 1)[-1].strip())
        intake.answer = twiml()

        help_, stop = text(control, intake, "HELP"), text(control, intake, "STOP")

        assert help_["received"] == [] and intake.forms[0]["OptOutType"] == "HELP"
        assert stop["received"] == [DEFAULT_REPLIES[KeywordKind.STOP]]
    finally:
        process.terminate()
        process.wait(timeout=10)
