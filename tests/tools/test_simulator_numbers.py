"""The stand-in's IncomingPhoneNumbers and Messaging Services, as Twilio's SDK uses them."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import requests
from click.testing import CliRunner
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.rest import Client

from services.simulator import command
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.simulator.numbers import NEW_NUMBER_SMS_URL, buy_number

ACCOUNT_SID = "AC" + "3" * 32
AUTH_TOKEN = "numbers-test-token"
OURS = "+15550001111"
OTHER = "+15550002222"

# Field names of twilio-oai's spec/json/twilio_api_v2010.json,
# components.schemas["api.v2010.account.incoming_phone_number"].properties
# (and of twilio_messaging_v1.json's messaging.v1.service and .service.phone_number).
INCOMING_PHONE_NUMBER_FIELDS = {
    "account_sid", "address_requirements", "address_sid", "api_version", "beta", "bundle_sid",
    "capabilities", "date_created", "date_updated", "emergency_address_sid",
    "emergency_address_status", "emergency_status", "friendly_name", "identity_sid", "origin",
    "phone_number", "sid", "sms_application_sid", "sms_fallback_method", "sms_fallback_url",
    "sms_method", "sms_url", "status", "status_callback", "status_callback_method", "trunk_sid",
    "type", "uri", "voice_application_sid", "voice_caller_id_lookup", "voice_fallback_method",
    "voice_fallback_url", "voice_method", "voice_receive_mode", "voice_url",
}  # fmt: skip
MESSAGING_SERVICE_FIELDS = {
    "account_sid", "area_code_geomatch", "date_created", "date_updated", "fallback_method",
    "fallback_to_long_code", "fallback_url", "friendly_name", "inbound_method",
    "inbound_request_url", "links", "mms_converter", "scan_message_content", "sid",
    "smart_encoding", "status_callback", "sticky_sender", "synchronous_validation", "url",
    "us_app_to_person_registered", "use_inbound_webhook_on_number", "usecase", "validity_period",
}  # fmt: skip
SERVICE_PHONE_NUMBER_FIELDS = {
    "account_sid", "capabilities", "country_code", "date_created", "date_updated",
    "phone_number", "service_sid", "sid", "url",
}  # fmt: skip


@pytest.fixture
def stand_in() -> Iterator[BackgroundServer]:
    app = create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)
    buy_number(app, OURS)
    buy_number(app, OTHER)
    with BackgroundServer(app) as server:
        yield server


def sdk(server: BackgroundServer, token: str = AUTH_TOKEN) -> Client:
    client = Client(ACCOUNT_SID, token)
    client.api.base_url = server.url
    client.messaging.base_url = server.url
    return client


def numbers_url(server: BackgroundServer) -> str:
    return f"{server.url}/2010-04-01/Accounts/{ACCOUNT_SID}/IncomingPhoneNumbers"


def test_the_list_filters_by_phone_number_as_twilio_does(stand_in) -> None:
    numbers = sdk(stand_in).api.v2010.accounts(ACCOUNT_SID).incoming_phone_numbers
    assert [n.phone_number for n in numbers.list(phone_number=OURS)] == [OURS]
    assert sorted(n.phone_number for n in numbers.list(phone_number="555000")) == [OURS, OTHER]
    assert [n.phone_number for n in numbers.list(phone_number="*1111")] == [OURS]
    assert numbers.list(phone_number="+15559999999") == []
    assert len(numbers.list()) == 2


def test_a_number_has_the_fields_of_twilios_spec_and_a_new_numbers_webhooks(stand_in) -> None:
    response = requests.get(
        f"{numbers_url(stand_in)}.json",
        params={"PhoneNumber": OURS},
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=10,
    )
    page = response.json()
    assert response.status_code == 200 and page["next_page_uri"] is None
    (number,) = page["incoming_phone_numbers"]
    assert set(number) == INCOMING_PHONE_NUMBER_FIELDS
    assert number["sid"].startswith("PN") and len(number["sid"]) == 34
    assert number["sms_url"] == NEW_NUMBER_SMS_URL and number["sms_method"] == "POST"
    assert number["friendly_name"] == "(555) 000-1111"
    assert (
        number["uri"]
        == f"/2010-04-01/Accounts/{ACCOUNT_SID}/IncomingPhoneNumbers/{number['sid']}.json"
    )


def test_an_update_changes_what_it_names_and_nothing_else(stand_in) -> None:
    numbers = sdk(stand_in).api.v2010.accounts(ACCOUNT_SID).incoming_phone_numbers
    (number,) = numbers.list(phone_number=OURS)
    updated = numbers(number.sid).update(
        sms_url="https://carryback.example.org/twilio/sms",
        voice_method="GET",
        status_callback="",
        voice_caller_id_lookup=True,
    )
    assert updated.sms_url == "https://carryback.example.org/twilio/sms"
    assert updated.voice_method == "GET" and updated.voice_caller_id_lookup is True
    assert updated.status_callback == "" and updated.voice_url == number.voice_url
    fetched = numbers(number.sid).fetch()
    assert fetched.sms_url == updated.sms_url and fetched.date_updated >= number.date_updated
    (other,) = numbers.list(phone_number=OTHER)
    assert other.sms_url == NEW_NUMBER_SMS_URL


def test_a_bad_value_or_an_unknown_number_is_refused(stand_in) -> None:
    numbers = sdk(stand_in).api.v2010.accounts(ACCOUNT_SID).incoming_phone_numbers
    (number,) = numbers.list(phone_number=OURS)
    with pytest.raises(TwilioRestException) as bad:
        numbers(number.sid).update(sms_method="PUT")
    assert bad.value.status == 400
    with pytest.raises(TwilioRestException) as unknown:
        numbers("PN" + "0" * 32).update(sms_url="https://example.org")
    assert (unknown.value.status, unknown.value.code) == (404, 20404)


def test_numbers_need_the_accounts_credentials(stand_in) -> None:
    # The SDK raises a bare TwilioException, with the response, when a list page fails.
    with pytest.raises(TwilioException) as refused:
        sdk(stand_in, token="wrong").api.v2010.accounts(ACCOUNT_SID).incoming_phone_numbers.list()
    response = refused.value.args[1]
    assert response.status_code == 401 and json.loads(response.text)["code"] == 20003


def test_messaging_services_list_their_numbers_and_take_updates(stand_in) -> None:
    created = requests.post(
        f"{stand_in.url}/_sim/messaging_services",
        json={
            "friendly_name": "A2P",
            "numbers": [OURS],
            "inbound_request_url": "https://elsewhere.example.org/in",
        },
        timeout=10,
    )
    assert created.status_code == 201
    client = sdk(stand_in)
    (service,) = client.messaging.v1.services.list()
    assert service.friendly_name == "A2P" and service.use_inbound_webhook_on_number is False
    raw = requests.get(
        f"{stand_in.url}/v1/Services", auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=10
    ).json()
    assert set(raw["services"][0]) == MESSAGING_SERVICE_FIELDS
    (member,) = client.messaging.v1.services(service.sid).phone_numbers.list()
    assert member.phone_number == OURS and member.service_sid == service.sid
    raw = requests.get(
        f"{stand_in.url}/v1/Services/{service.sid}/PhoneNumbers",
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=10,
    ).json()
    assert set(raw["phone_numbers"][0]) == SERVICE_PHONE_NUMBER_FIELDS
    updated = client.messaging.v1.services(service.sid).update(use_inbound_webhook_on_number=True)
    assert updated.use_inbound_webhook_on_number is True
    assert client.messaging.v1.services(service.sid).fetch().use_inbound_webhook_on_number is True


def test_a_service_holds_only_numbers_the_account_owns(stand_in) -> None:
    refused = requests.post(
        f"{stand_in.url}/_sim/messaging_services",
        json={"friendly_name": "x", "numbers": ["+15553334444"]},
        timeout=10,
    )
    assert refused.status_code == 400


def test_injected_faults_reach_the_number_routes_too(stand_in) -> None:
    SimulatorControl(stand_in.url).inject_faults(503)
    numbers = sdk(stand_in).api.v2010.accounts(ACCOUNT_SID).incoming_phone_numbers
    with pytest.raises(TwilioException) as fault:
        numbers.list(phone_number=OURS)
    assert fault.value.args[1].status_code == 503
    assert len(numbers.list(phone_number=OURS)) == 1


def test_simulate_api_buys_the_number_it_is_given_and_refuses_a_malformed_one(monkeypatch) -> None:
    bought: list[str] = []

    class NoServer:
        server_port = 0

        def serve_forever(self) -> None:
            return None

        def server_close(self) -> None:
            return None

    monkeypatch.setattr(command, "make_server", lambda *args, **kwargs: NoServer())
    monkeypatch.setattr(command, "buy_number", lambda app, number: bought.append(number))
    runner = CliRunner()
    env = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN}
    done = runner.invoke(command.simulate_group, ["api"], env={**env, "TWILIO_PHONE_NUMBER": OURS})
    assert done.exit_code == 0 and bought == [OURS]
    monkeypatch.setattr(command, "buy_number", buy_number)
    done = runner.invoke(command.simulate_group, ["api", "--number", "555-0100"], env=env)
    assert done.exit_code == 2 and "E.164" in done.output
