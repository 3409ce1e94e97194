"""The stand-in's phone numbers and Messaging Services: what ``carryback twilio setup`` and
``carryback doctor`` ask of Twilio.

Routes, as Twilio's API has them (field names from twilio-oai's
``twilio_api_v2010.json`` and ``twilio_messaging_v1.json``):

* ``GET  /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json`` (PhoneNumber,
  FriendlyName filters; PhoneNumber matches partially and ``*`` stands for any digit,
  as Twilio's does)
* ``GET|POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json``
* ``GET  /v1/Services``, ``GET|POST /v1/Services/{Sid}``, ``GET /v1/Services/{Sid}/PhoneNumbers``
  (messaging.twilio.com's, served under the same base)

A number is bought by the control API (``POST /_sim/numbers``, or ``carryback
simulate api --number``) with the webhooks Twilio gives a new number (its demo
URLs); ``POST /_sim/messaging_services`` makes a service holding some of them.
Authentication and injected faults are the stand-in's, as for its other routes.
"""

from __future__ import annotations

import re
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from flask import Flask, Response, jsonify, request

API_PREFIX = "/2010-04-01/Accounts/<account_sid>"
E164 = re.compile(r"^\+[1-9][0-9]{1,14}$")
# What Twilio sets on a number just bought: its demo TwiML.
NEW_NUMBER_SMS_URL = "https://demo.twilio.com/welcome/sms/reply"
NEW_NUMBER_VOICE_URL = "https://demo.twilio.com/welcome/voice/"
METHODS = {"GET", "POST"}
# The update parameters the stand-in keeps, by Twilio's name, and the resource field each sets.
NUMBER_PARAMETERS = {
    "FriendlyName": "friendly_name",
    "SmsApplicationSid": "sms_application_sid",
    "SmsFallbackMethod": "sms_fallback_method",
    "SmsFallbackUrl": "sms_fallback_url",
    "SmsMethod": "sms_method",
    "SmsUrl": "sms_url",
    "StatusCallback": "status_callback",
    "StatusCallbackMethod": "status_callback_method",
    "VoiceApplicationSid": "voice_application_sid",
    "VoiceCallerIdLookup": "voice_caller_id_lookup",
    "VoiceFallbackMethod": "voice_fallback_method",
    "VoiceFallbackUrl": "voice_fallback_url",
    "VoiceMethod": "voice_method",
    "VoiceUrl": "voice_url",
    "TrunkSid": "trunk_sid",
    "VoiceReceiveMode": "voice_receive_mode",
}
SERVICE_PARAMETERS = {
    "FriendlyName": "friendly_name",
    "InboundRequestUrl": "inbound_request_url",
    "InboundMethod": "inbound_method",
    "FallbackUrl": "fallback_url",
    "FallbackMethod": "fallback_method",
    "StatusCallback": "status_callback",
    "UseInboundWebhookOnNumber": "use_inbound_webhook_on_number",
}
BOOLEAN_FIELDS = {"voice_caller_id_lookup", "use_inbound_webhook_on_number"}
METHOD_FIELDS = {
    "sms_method",
    "sms_fallback_method",
    "voice_method",
    "voice_fallback_method",
    "status_callback_method",
    "inbound_method",
    "fallback_method",
}


@dataclass
class NumbersState:
    """The account's numbers and services; guarded by ``lock`` (threaded server)."""

    account_sid: str
    lock: threading.Lock = field(default_factory=threading.Lock)
    numbers: dict[str, dict[str, Any]] = field(default_factory=dict)  # by sid
    services: dict[str, dict[str, Any]] = field(default_factory=dict)  # by sid
    members: dict[str, list[str]] = field(default_factory=dict)  # service sid -> number sids

    def buy(self, phone_number: str) -> dict[str, Any]:
        """A number of this account (the same one again if it is already)."""
        with self.lock:
            for number in self.numbers.values():
                if number["phone_number"] == phone_number:
                    return dict(number)
            number = _number_resource(self.account_sid, phone_number)
            self.numbers[number["sid"]] = number
            return dict(number)

    def add_service(
        self, friendly_name: str, phone_numbers: list[str], fields: dict[str, Any]
    ) -> dict[str, Any]:
        with self.lock:
            by_number = {n["phone_number"]: sid for sid, n in self.numbers.items()}
            sids = [by_number[p] for p in phone_numbers if p in by_number]
            if len(sids) != len(phone_numbers):
                raise LookupError("buy each number first (/_sim/numbers)")
            service = _service_resource(self.account_sid, friendly_name)
            service.update(fields)
            self.services[service["sid"]] = service
            self.members[service["sid"]] = sids
            return dict(service)


def add_number_routes(app: Flask, account_sid: str) -> NumbersState:
    """Register the routes on the stand-in; the state is ``app.extensions["twilio_numbers"]``."""
    state = NumbersState(account_sid)
    app.extensions["twilio_numbers"] = state
    _add_incoming_number_routes(app, state)
    _add_messaging_service_routes(app, state)
    _add_control_routes(app, state)
    return state


def buy_number(app: Flask, phone_number: str) -> dict[str, Any]:
    """Give the stand-in's account ``phone_number`` (``carryback simulate api --number``)."""
    if not E164.fullmatch(phone_number):
        raise ValueError("a number to buy must be E.164, such as +15551234567")
    state: NumbersState = app.extensions["twilio_numbers"]
    return state.buy(phone_number)


def _now() -> datetime:
    return datetime.now(UTC)


def _rfc2822(moment: datetime) -> str:
    # The 2010 API's dates: "Thu, 30 Jul 2015 23:19:04 +0000".
    return format_datetime(moment).replace("-0000", "+0000")


def _friendly(phone_number: str) -> str:
    """How Twilio names a North American number: (500) 555-0006; others as given."""
    digits = phone_number[2:]
    if phone_number.startswith("+1") and len(digits) == 10:
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return phone_number


def _number_resource(account_sid: str, phone_number: str) -> dict[str, Any]:
    sid = f"PN{uuid.uuid4().hex}"
    now = _rfc2822(_now())
    return {
        "account_sid": account_sid,
        "address_sid": None,
        "address_requirements": "none",
        "api_version": "2010-04-01",
        "beta": False,
        "capabilities": {"voice": True, "sms": True, "mms": True, "fax": False},
        "date_created": now,
        "date_updated": now,
        "friendly_name": _friendly(phone_number),
        "identity_sid": None,
        "phone_number": phone_number,
        "origin": "twilio",
        "sid": sid,
        "sms_application_sid": "",
        "sms_fallback_method": "POST",
        "sms_fallback_url": "",
        "sms_method": "POST",
        "sms_url": NEW_NUMBER_SMS_URL,
        "status_callback": "",
        "status_callback_method": "POST",
        "trunk_sid": None,
        "uri": f"/2010-04-01/Accounts/{account_sid}/IncomingPhoneNumbers/{sid}.json",
        "voice_receive_mode": "voice",
        "voice_application_sid": "",
        "voice_caller_id_lookup": False,
        "voice_fallback_method": "POST",
        "voice_fallback_url": "",
        "voice_method": "POST",
        "voice_url": NEW_NUMBER_VOICE_URL,
        "emergency_status": "Inactive",
        "emergency_address_sid": None,
        "emergency_address_status": "unregistered",
        "bundle_sid": None,
        "status": "in-use",
        "type": "local",
    }


def _service_resource(account_sid: str, friendly_name: str) -> dict[str, Any]:
    sid = f"MG{uuid.uuid4().hex}"
    now = _now().strftime("%Y-%m-%dT%H:%M:%SZ")  # the v1 APIs' dates are ISO 8601
    url = f"https://messaging.twilio.com/v1/Services/{sid}"
    return {
        "sid": sid,
        "account_sid": account_sid,
        "friendly_name": friendly_name,
        "date_created": now,
        "date_updated": now,
        "inbound_request_url": None,
        "inbound_method": "POST",
        "fallback_url": None,
        "fallback_method": "POST",
        "status_callback": None,
        "sticky_sender": True,
        "mms_converter": True,
        "smart_encoding": True,
        "scan_message_content": "inherit",
        "fallback_to_long_code": True,
        "area_code_geomatch": True,
        "synchronous_validation": False,
        "validity_period": 14400,
        "url": url,
        "links": {
            "phone_numbers": f"{url}/PhoneNumbers",
            "short_codes": f"{url}/ShortCodes",
            "alpha_senders": f"{url}/AlphaSenders",
        },
        "usecase": "undeclared",
        "us_app_to_person_registered": False,
        "use_inbound_webhook_on_number": False,
    }


def _service_number(service_sid: str, number: dict[str, Any]) -> dict[str, Any]:
    return {
        "sid": number["sid"],
        "account_sid": number["account_sid"],
        "service_sid": service_sid,
        "date_created": number["date_created"],
        "date_updated": number["date_updated"],
        "phone_number": number["phone_number"],
        "country_code": "US" if number["phone_number"].startswith("+1") else "",
        "capabilities": ["SMS", "MMS", "Voice"],
        "url": f"https://messaging.twilio.com/v1/Services/{service_sid}/PhoneNumbers/{number['sid']}",
    }


def _error(status: int, code: int, message: str) -> tuple[Response, int]:
    body = {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }
    return jsonify(body), status


def _not_found() -> tuple[Response, int]:
    return _error(404, 20404, f"The requested resource {request.path} was not found")


def _invalid(parameter: str) -> tuple[Response, int]:
    # Twilio documents no error code for a bad value here; 21000 is the
    # stand-in's own, as for its control API.
    return _error(400, 21000, f"Invalid parameter: {parameter}")


def _matches(pattern: str, phone_number: str) -> bool:
    """Twilio's PhoneNumber filter: partial numbers, ``*`` for any one digit."""
    regex = "".join("[0-9]" if char == "*" else re.escape(char) for char in pattern.strip())
    return re.search(regex, phone_number) is not None


def _updated(resource: dict[str, Any], parameters: dict[str, str]) -> str | None:
    """Apply form ``parameters`` to ``resource``; the name of a bad one, if any."""
    changes: dict[str, Any] = {}
    for name, attribute in parameters.items():
        if name not in request.form:
            continue
        value: Any = request.form[name]
        if attribute in BOOLEAN_FIELDS:
            if value.lower() not in {"true", "false"}:
                return name
            value = value.lower() == "true"
        elif attribute in METHOD_FIELDS and value.upper() not in METHODS:
            return name
        elif attribute in METHOD_FIELDS:
            value = value.upper()
        elif attribute == "voice_receive_mode" and value not in {"voice", "fax"}:
            return name
        elif attribute == "trunk_sid":
            value = value or None
        changes[attribute] = value
    resource.update(changes)
    return None


def _add_incoming_number_routes(app: Flask, state: NumbersState) -> None:
    @app.get(f"{API_PREFIX}/IncomingPhoneNumbers.json")
    def list_numbers(account_sid: str) -> Response:
        wanted = request.args.get("PhoneNumber", "")
        friendly = request.args.get("FriendlyName")
        page_size = request.args.get("PageSize", "50")
        size = int(page_size) if page_size.isdigit() and 1 <= int(page_size) <= 1000 else 50
        with state.lock:
            found = [
                dict(number)
                for number in state.numbers.values()
                if (not wanted or _matches(wanted, number["phone_number"]))
                and (friendly is None or number["friendly_name"] == friendly)
            ]
        uri = f"/2010-04-01/Accounts/{account_sid}/IncomingPhoneNumbers.json"
        query = request.query_string.decode()
        this_page = f"{uri}?{query}" if query else uri
        return jsonify(
            {
                "incoming_phone_numbers": found[:size],
                "end": max(len(found[:size]) - 1, 0),
                "first_page_uri": this_page,
                "next_page_uri": None,
                "page": 0,
                "page_size": size,
                "previous_page_uri": None,
                "start": 0,
                "uri": this_page,
            }
        )

    @app.get(f"{API_PREFIX}/IncomingPhoneNumbers/<name>")
    def fetch_number(account_sid: str, name: str) -> Response | tuple[Response, int]:
        with state.lock:
            number = state.numbers.get(name.removesuffix(".json"))
            return jsonify(dict(number)) if number else _not_found()

    @app.post(f"{API_PREFIX}/IncomingPhoneNumbers/<name>")
    def update_number(account_sid: str, name: str) -> Response | tuple[Response, int]:
        with state.lock:
            number = state.numbers.get(name.removesuffix(".json"))
            if number is None:
                return _not_found()
            bad = _updated(number, NUMBER_PARAMETERS)
            if bad is not None:
                return _invalid(bad)
            number["date_updated"] = _rfc2822(_now())
            return jsonify(dict(number))


def _add_messaging_service_routes(app: Flask, state: NumbersState) -> None:
    @app.get("/v1/Services")
    def list_services() -> Response:
        with state.lock:
            services = [dict(service) for service in state.services.values()]
        return jsonify({"services": services, "meta": _meta("services", request.base_url)})

    @app.get("/v1/Services/<sid>")
    def fetch_service(sid: str) -> Response | tuple[Response, int]:
        with state.lock:
            service = state.services.get(sid)
            return jsonify(dict(service)) if service else _not_found()

    @app.post("/v1/Services/<sid>")
    def update_service(sid: str) -> Response | tuple[Response, int]:
        with state.lock:
            service = state.services.get(sid)
            if service is None:
                return _not_found()
            bad = _updated(service, SERVICE_PARAMETERS)
            if bad is not None:
                return _invalid(bad)
            service["date_updated"] = _now().strftime("%Y-%m-%dT%H:%M:%SZ")
            return jsonify(dict(service))

    @app.get("/v1/Services/<sid>/PhoneNumbers")
    def list_service_numbers(sid: str) -> Response | tuple[Response, int]:
        with state.lock:
            if sid not in state.services:
                return _not_found()
            numbers = [_service_number(sid, state.numbers[n]) for n in state.members[sid]]
        return jsonify({"phone_numbers": numbers, "meta": _meta("phone_numbers", request.base_url)})


def _meta(key: str, url: str) -> dict[str, Any]:
    """The v1 APIs' paging block; the SDK finds the records under ``key``."""
    return {
        "page": 0,
        "page_size": 50,
        "first_page_url": f"{url}?PageSize=50&Page=0",
        "previous_page_url": None,
        "next_page_url": None,
        "url": f"{url}?PageSize=50&Page=0",
        "key": key,
    }


def _add_control_routes(app: Flask, state: NumbersState) -> None:
    @app.post("/_sim/numbers")
    def control_buy_number() -> tuple[Response, int]:
        number = _field("number")
        if not E164.fullmatch(number):
            return _error(400, 21211, "number must be E.164")
        return jsonify(state.buy(number)), 201

    @app.post("/_sim/messaging_services")
    def control_add_service() -> tuple[Response, int]:
        payload = request.get_json(silent=True) or {}
        numbers = payload.get("numbers") or []
        if not isinstance(numbers, list) or not all(isinstance(n, str) for n in numbers):
            return _error(400, 21000, "numbers must be a list of E.164 numbers")
        fields = {
            "inbound_request_url": payload.get("inbound_request_url"),
            "use_inbound_webhook_on_number": bool(payload.get("use_inbound_webhook_on_number")),
        }
        try:
            service = state.add_service(str(payload.get("friendly_name", "")), numbers, fields)
        except LookupError as error:
            return _error(400, 21000, str(error))
        return jsonify(service), 201


def _field(name: str) -> str:
    payload = request.get_json(silent=True) if request.is_json else None
    value = payload.get(name) if isinstance(payload, dict) else request.form.get(name)
    return "" if value is None else str(value)
