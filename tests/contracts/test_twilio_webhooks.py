"""Webhooks and TwiML, which Twilio's OpenAPI description leaves out, against Twilio's docs.

The stand-in plays Twilio towards the intake: the SMS, voice and recording
webhooks (services.simulator.webhooks) and the message status callbacks
(services.simulator.api). Each must carry only parameters Twilio documents
(documented.py names the page of each), and the intake must read only
documented ones. What the stand-in sends is captured by a receiving server,
what the intake reads by handing its parsers a form that notes each lookup,
and the TwiML the intake answers with by running it: nothing is listed here.
"""

from __future__ import annotations

import queue
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

import pytest
from flask import Flask, request

from services import runtime
from services.intake import schemas
from services.intake.app import create_app
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.simulator.webhooks import WebhookSender
from shared.infra.channels.sms import MessagesChannel
from shared.infra.channels.twilio import TwilioSettings
from shared.language.cues import Cue
from shared.roster.clients import add_client, add_clinician, set_practice
from tests.contracts import documented
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, signed_post

PUBLIC_BASE = "https://carryback.example.org"
CLIENT_NUMBER = "+14155550100"
LANDLINE = "+14155550199"
DOCUMENTED = {
    "sms": documented.SMS_WEBHOOK,
    "voice": documented.VOICE_WEBHOOK,
    "recording": documented.RECORDING_STATUS_CALLBACK,
    "status": documented.MESSAGE_STATUS_CALLBACK,
}
# How the intake reads each webhook's form (services/intake/app.py).
INTAKE_PARSERS: dict[str, Callable[[Mapping[str, str]], Any]] = {
    "sms": schemas.load_sms,
    "voice": schemas.VoiceForm().load,
    "recording": schemas.RecordingForm().load,
    "status": schemas.StatusForm().load,
}


@dataclass
class Received:
    kind: str  # the last part of the path: sms, voice, recording, status
    params: dict[str, str]


@dataclass
class Intake:
    """A stand-in for Carryback's intake that keeps what Twilio's part posted to it."""

    url: str
    received: queue.Queue[Received]

    def next(self) -> Received:
        # Status callbacks come from the stand-in's own thread: wait for each.
        return self.received.get(timeout=10)


@pytest.fixture
def intake() -> Iterator[Intake]:
    received: queue.Queue[Received] = queue.Queue()
    app = Flask("receiving-intake")

    @app.post("/twilio/<kind>")
    def webhook(kind: str) -> tuple[str, int]:
        received.put(Received(kind, request.form.to_dict()))
        return "", 204

    with BackgroundServer(app) as server:
        yield Intake(server.url, received)


@pytest.fixture
def stand_in() -> Iterator[BackgroundServer]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


def webhooks_sent(intake: Intake, stand_in: BackgroundServer) -> dict[str, list[dict[str, str]]]:
    """Every kind of webhook the stand-in sends, as the intake received them."""
    sender = WebhookSender(PUBLIC_BASE, AUTH_TOKEN, ACCOUNT_SID, target_base_url=intake.url)
    call_sid, recording_sid = "CA" + secrets.token_hex(16), "RE" + secrets.token_hex(16)
    sender.sms(CLIENT_NUMBER, "chest got tight before standup", to=TWILIO_NUMBER)
    # A keyword through the stand-in's Advanced Opt-Out: OptOutType, MessagingServiceSid.
    control = SimulatorControl(stand_in.url)
    control.set_keywords("advanced")
    sms_url = f"{PUBLIC_BASE}/twilio/sms"
    control.text(sms_url, from_=CLIENT_NUMBER, to=TWILIO_NUMBER, body="HELP", target=intake.url)
    sender.call(CLIENT_NUMBER, to=TWILIO_NUMBER, call_sid=call_sid)
    sender.recording(
        call_sid=call_sid, recording_sid=recording_sid, duration_s=3, api_base=stand_in.url
    )
    # Status callbacks: "sent" then "delivered", and "undelivered" with an ErrorCode.
    control.add_landline(LANDLINE)
    channel = MessagesChannel(TwilioSettings(stand_in.url, ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER))
    for number in (CLIENT_NUMBER, LANDLINE):
        channel.send(number, "Noted.", status_callback=f"{intake.url}/twilio/status")
    sent: dict[str, list[dict[str, str]]] = {}
    for _ in range(4 + 4):
        got = intake.next()
        sent.setdefault(got.kind, []).append(got.params)
    return sent


def names(forms: list[dict[str, str]]) -> set[str]:
    return set().union(*forms)


@pytest.fixture
def sent(intake: Intake, stand_in: BackgroundServer) -> dict[str, list[dict[str, str]]]:
    return webhooks_sent(intake, stand_in)


@pytest.mark.parametrize("kind", sorted(DOCUMENTED))
def test_the_stand_in_sends_only_documented_parameters(
    sent: dict[str, list[dict[str, str]]], kind: str
) -> None:
    undocumented = names(sent[kind]) - DOCUMENTED[kind].names

    assert undocumented == set(documented.SENT_BUT_NOT_FOUND_IN_THE_DOCS[kind]), (
        f"{kind}: the stand-in sends {sorted(undocumented)} beyond Twilio's docs "
        f"({', '.join(DOCUMENTED[kind].pages)})"
    )


def test_an_advanced_opt_out_keyword_carries_its_opt_out_type(
    sent: dict[str, list[dict[str, str]]],
) -> None:
    [keyword] = [form for form in sent["sms"] if form["Body"] == "HELP"]

    assert keyword["OptOutType"] == "HELP" and keyword["MessagingServiceSid"].startswith("MG")


def test_a_failed_delivery_is_reported_with_its_error_code(
    sent: dict[str, list[dict[str, str]]],
) -> None:
    statuses = {(form["MessageStatus"], form.get("ErrorCode")) for form in sent["status"]}

    assert statuses == {("sent", None), ("delivered", None), ("undelivered", "30006")}


class ReadLog(dict[str, str]):
    """A webhook form that notes every parameter looked up in it."""

    def __init__(self, form: Mapping[str, str]) -> None:
        super().__init__(form)
        self.read: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> str:
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.read.add(str(key))
        return super().__contains__(key)


@pytest.mark.parametrize("kind", sorted(DOCUMENTED))
def test_the_intake_reads_only_documented_parameters(
    sent: dict[str, list[dict[str, str]]], kind: str
) -> None:
    read: set[str] = set()
    for params in sent[kind]:
        form = ReadLog(params)
        INTAKE_PARSERS[kind](form)
        read |= form.read

    assert read, f"the {kind} parser read nothing: is it still the intake's?"
    assert read - DOCUMENTED[kind].names == set()


def test_the_read_check_catches_an_undocumented_name() -> None:
    form = ReadLog({"AccountSid": ACCOUNT_SID, "CallSid": "CA" + "1" * 32})
    form.get("CallerNumber")

    assert form.read - documented.VOICE_WEBHOOK.names == {"CallerNumber"}


# --- TwiML -------------------------------------------------------------------


def twiml_problems(document: bytes, verbs: Mapping[str, documented.Documented]) -> list[str]:
    """Elements and attributes of a TwiML answer that Twilio's docs do not list."""
    problems = []
    # The TwiML is the intake's own answer, made in this process.
    for element in ElementTree.fromstring(document).iter():  # noqa: S314
        if element.tag not in verbs:
            problems.append(f"<{element.tag}> is not a documented verb here")
            continue
        extra = set(element.attrib) - verbs[element.tag].names
        problems += [f"<{element.tag} {name}=...> is not documented" for name in sorted(extra)]
        events = element.attrib.get("recordingStatusCallbackEvent", "").split()
        unknown = set(events) - documented.RECORDING_STATUS_CALLBACK_EVENTS.names
        problems += [
            f"recordingStatusCallbackEvent {event!r} is not documented" for event in sorted(unknown)
        ]
    return problems


@pytest.fixture
def http(ctx: runtime.Context):
    """The real intake, with one enrolled client."""
    with ctx.db.session() as session:
        clinician = add_clinician(session, name="Dr R", email="r@example.org", certificate_pem=None)
        client = add_client(session, ctx.keys, clinician=clinician, phone=CLIENT_NUMBER, name="Sam")
        set_practice(
            session,
            ctx.keys,
            client,
            cues=[Cue("tight chest before the meeting", ("standup",))],
            action="three slow breaths",
            carry_back=None,
            nothing_this_week=False,
            next_session_at=None,
            lead_minutes=120,
        )
    return create_app(ctx).test_client()


# The TwiML does not depend on the kind of database: SQLite alone.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_voice_twiml_uses_only_documented_verbs_and_attributes(http, signer) -> None:
    answers = []
    for caller in (CLIENT_NUMBER, "+14155559999"):  # recorded, and turned away
        params = {
            "AccountSid": ACCOUNT_SID,
            "CallSid": "CA" + secrets.token_hex(16),
            "From": caller,
            "To": TWILIO_NUMBER,
            "CallStatus": "ringing",
        }
        response = signed_post(http, signer, "/twilio/voice", params)
        assert response.status_code == 200
        answers.append(response.data)

    assert b"<Record" in answers[0]
    assert [
        problem for answer in answers for problem in twiml_problems(answer, documented.TWIML_VOICE)
    ] == []


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_sms_twiml_uses_only_documented_verbs_and_attributes(http, signer) -> None:
    answers = []
    texts = [
        (CLIENT_NUMBER, "chest got tight before standup"),
        (CLIENT_NUMBER, "i want to kill myself tonight"),  # the crisis reply, with its action
        ("+14155559999", "i want to end my life"),  # not enrolled: resources, nothing stored
    ]
    for sender, body in texts:
        params = {
            "AccountSid": ACCOUNT_SID,
            "MessageSid": "SM" + secrets.token_hex(16),
            "From": sender,
            "To": TWILIO_NUMBER,
            "Body": body,
            "NumMedia": "0",
        }
        response = signed_post(http, signer, "/twilio/sms", params)
        assert response.status_code == 200
        answers.append(response.data)

    assert any(b"<Message action=" in answer for answer in answers)
    assert [
        problem
        for answer in answers
        for problem in twiml_problems(answer, documented.TWIML_MESSAGING)
    ] == []


def test_the_twiml_check_catches_an_undocumented_attribute() -> None:
    answer = b'<Response><Record maxLength="60" recordingStatusCallbackEvent="done"/></Response>'

    assert twiml_problems(answer, documented.TWIML_VOICE) == [
        "recordingStatusCallbackEvent 'done' is not documented"
    ]
    assert twiml_problems(b'<Response><Record maxSeconds="60"/></Response>', documented.TWIML_VOICE)
