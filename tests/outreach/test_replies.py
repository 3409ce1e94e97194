"""The fixed messages an operator may reword: HELP, an unknown sender, the voice greeting.

Each is read from the environment at start-up, like every other setting.
"""

from __future__ import annotations

import secrets

import pytest

from services import runtime
from services.intake.app import create_app
from shared.kernel.config import DEFAULT_HELP_REPLY, load_settings
from shared.roster.clients import add_client, add_clinician
from tests.support.webhooks import ACCOUNT_SID, TWILIO_NUMBER, signed_post

PHONE = "+14155550100"
STRANGER = "+14155559999"
WORDING = {
    "CARRYBACK_HELP_REPLY": "Texts go to Dr Rivera before your session. STOP to end.",
    "CARRYBACK_UNKNOWN_REPLY": "Sorry, this practice line only takes messages from its clients.",
    "CARRYBACK_VOICE_GREETING": "Hello from the Rivera practice. Speak after the tone.",
}


@pytest.fixture
def http(env, monkeypatch):
    for name, value in WORDING.items():
        monkeypatch.setenv(name, value)
    runtime.reset()
    ctx = runtime.context()
    ctx.db.upgrade()
    with ctx.db.session() as session:
        clinician = add_clinician(
            session, name="Dr Rivera", email="rivera@example.org", certificate_pem=None
        )
        add_client(session, ctx.keys, clinician=clinician, phone=PHONE, name="Sam Okafor")
    return create_app(ctx).test_client()


def sms(http, signer, body: str, frm: str = PHONE) -> str:
    params = {
        "MessageSid": "SM" + secrets.token_hex(16),
        "AccountSid": ACCOUNT_SID,
        "From": frm,
        "To": TWILIO_NUMBER,
        "Body": body,
        "NumMedia": "0",
    }
    response = signed_post(http, signer, "/twilio/sms", params)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_help_reply_comes_from_the_environment(carryback_keywords, http, signer) -> None:
    assert WORDING["CARRYBACK_HELP_REPLY"] in sms(http, signer, "HELP")


def test_unknown_sender_reply_comes_from_the_environment(http, signer) -> None:
    assert WORDING["CARRYBACK_UNKNOWN_REPLY"] in sms(http, signer, "hello?", frm=STRANGER)


def test_voice_greeting_comes_from_the_environment(http, signer) -> None:
    params = {
        "CallSid": "CA" + secrets.token_hex(16),
        "AccountSid": ACCOUNT_SID,
        "From": PHONE,
        "To": TWILIO_NUMBER,
        "CallStatus": "ringing",
    }
    twiml = signed_post(http, signer, "/twilio/voice", params).get_data(as_text=True)
    assert WORDING["CARRYBACK_VOICE_GREETING"] in twiml
    assert "<Record" in twiml


def test_blank_wording_keeps_the_default(env) -> None:
    settings = load_settings({**env.values, "CARRYBACK_HELP_REPLY": "  "})
    assert settings.help_reply == DEFAULT_HELP_REPLY
