"""Carryback's Twilio REST calls, and the stand-in's answers, against Twilio's OpenAPI description.

Nothing here lists what Carryback sends: every public call of the two Twilio
channels runs against the local stand-in, which logs each request and its
answer, and the log is checked against the vendored description (spec.py).
A renamed form parameter, a path Twilio does not have, a field the stand-in
invents: each is a property name the description lacks.

Which response fields Carryback reads is found the same way, by behaviour: a
server that answers with Twilio's own example body (from the description)
drops one field at a time, and a field whose absence changes what Carryback
returns or raises is one it reads. Every property in the description is
optional, so a schema check alone would pass a body of any names.

The REST error body and the recording media URLs are not in the description;
documented.py pins them from Twilio's docs.
"""

from __future__ import annotations

import hashlib
import inspect
import io
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import requests
import soundfile
from click.testing import CliRunner
from flask import Flask, Response, jsonify, request

from services import runtime
from services.cli import main
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.simulator.numbers import buy_number
from shared.infra.channels import ChannelError
from shared.infra.channels.sms import MessagesChannel
from shared.infra.channels.twilio import TwilioChannel, TwilioSettings
from tests.contracts import documented, spec
from tests.support.env import make_env
from tests.support.paths import REPO_ROOT

ACCOUNT_SID = "AC" + "3" * 32
AUTH_TOKEN = "test-auth-token-not-secret"
OUR_NUMBER = "+15550001111"
CLIENT_NUMBER = "+15557654321"
MP3_FRAME = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" + b"\0" * 413
# The channels' public calls, each of which is one or more REST requests.
CHANNELS = (TwilioChannel, MessagesChannel)


@dataclass
class Exchange:
    """One REST request as it reached the server, and the answer it got."""

    method: str
    path: str
    query: list[str]
    form: list[tuple[str, str]]
    status: int
    mimetype: str
    body: Any  # the parsed JSON answer, or None


def logged(app: Flask, exchanges: list[Exchange]) -> Flask:
    """Log every REST exchange of ``app`` (its ``/_sim/`` control calls are not Twilio's)."""

    @app.after_request
    def log(response: Response) -> Response:
        if not request.path.startswith("/_sim/"):
            exchanges.append(
                Exchange(
                    request.method,
                    request.path,
                    list(request.args),
                    list(request.form.items(multi=True)),
                    response.status_code,
                    response.mimetype or "",
                    response.get_json(silent=True),
                )
            )
        return response

    return app


# --- Twilio played from its own description ----------------------------------


@dataclass
class SpecDouble:
    """Answers each request with the description's example, less ``drop``; or an error."""

    exchanges: list[Exchange] = field(default_factory=list)
    drop: str | None = None
    error: bool = False  # answer 400 with the documented error body instead

    def app(self) -> Flask:
        app = Flask("twilio-from-its-description")

        @app.route("/<path:path>", methods=["GET", "POST", "DELETE"])
        def answer(path: str) -> Response:
            operation, media = operation_for(request.method, request.path)
            if operation is None:
                return Response("no such operation in the description", status=404)
            if self.error:
                return self._json(error_body(), 400)
            status = min(operation.success_statuses())
            if media is not None:
                return Response(
                    b"RIFF\0\0\0\0WAVE", mimetype=documented.RECORDING_MEDIA_TYPES[media]
                )
            if operation.response_properties(status) is None:
                return Response(status=status)
            return self._json(operation.response_example(status), status)

        return logged(app, self.exchanges)

    def _json(self, body: dict[str, Any], status: int) -> Response:
        body.pop(self.drop or "", None)
        response = jsonify(body)
        response.status_code = status
        return response


def error_body() -> dict[str, Any]:
    """A REST error as Twilio's docs show one (documented.ERROR_BODY)."""
    body = {
        "code": 21211,
        "message": "The 'To' number is not a valid phone number.",
        "more_info": "https://www.twilio.com/docs/errors/21211",
        "status": 400,
    }
    assert set(body) == documented.ERROR_BODY.names
    return body


def operation_for(method: str, path: str) -> tuple[spec.Operation | None, str | None]:
    """The described operation a request is, and the media format when it fetches audio.

    Audio is the recording's resource URL with .wav or .mp3 for .json, which
    the description does not list (documented.RECORDING_MEDIA_PAGE).
    """
    operation = spec.find_operation(method, path)
    if operation is not None:
        return operation, None
    stem, _, extension = path.rpartition(".")
    if method == "GET" and extension in documented.RECORDING_MEDIA_TYPES:
        resource = spec.find_operation("GET", f"{stem}.json")
        if resource is not None and resource.template.endswith("/Recordings/{Sid}.json"):
            return resource, extension
    return None, None


# --- what each exchange must satisfy -----------------------------------------


def request_problems(exchange: Exchange) -> list[str]:
    """How a request differs from the description (empty when it fits)."""
    operation, _ = operation_for(exchange.method, exchange.path)
    if operation is None:
        return [f"{exchange.method} {exchange.path}: no such operation in the description"]
    where = f"{exchange.method} {operation.template}"
    problems = []
    path_params = operation.parameters("path")
    for name, value in operation.path_params.items():
        problems += [
            f"{where}: path {name}: {why}"
            for why in spec.misfits(value, path_params[name], form=True)
        ]
    query_params = operation.parameters("query")
    problems += [
        f"{where}: query parameter {name} is not in the description"
        for name in exchange.query
        if name not in query_params
    ]
    properties = operation.form_properties()
    for name, value in exchange.form:
        if name not in properties:
            problems.append(f"{where}: form parameter {name!r} is not in the description")
            continue
        problems += [
            f"{where}: form parameter {name}: {why}"
            for why in spec.misfits(value, properties[name], form=True)
        ]
    return problems


def response_problems(exchange: Exchange) -> list[str]:
    """How an answer differs from the description (empty when it fits)."""
    operation, media = operation_for(exchange.method, exchange.path)
    if operation is None:
        return [f"{exchange.method} {exchange.path}: no such operation in the description"]
    where = f"{exchange.method} {operation.template} -> {exchange.status}"
    if exchange.status not in operation.success_statuses():
        return [f"{where}: the description answers {sorted(operation.success_statuses())}"]
    if media is not None:
        expected = documented.RECORDING_MEDIA_TYPES[media]
        return (
            []
            if exchange.mimetype == expected
            else [f"{where}: {exchange.mimetype}, not {expected}"]
        )
    properties = operation.response_properties(exchange.status)
    if properties is None:
        return [] if exchange.body is None else [f"{where}: a body where the description has none"]
    if not isinstance(exchange.body, dict):
        return [f"{where}: no JSON object where the description has one"]
    return field_problems(where, exchange.body, properties)


def field_problems(
    where: str, body: dict[str, Any], properties: dict[str, dict[str, Any]]
) -> list[str]:
    """Fields of ``body`` the described ``properties`` lack or do not fit; a list's items too."""
    problems = []
    for name, value in body.items():
        if name not in properties:
            problems.append(f"{where}: field {name!r} is not in the description")
            continue
        problems += [
            f"{where}: field {name}: {why}"
            for why in spec.misfits(value, properties[name], form=False)
        ]
        items = spec.resolve(spec.resolve(properties[name]).get("items", {}))
        if isinstance(value, list) and "properties" in items:
            for n, item in enumerate(value):
                if not isinstance(item, dict):
                    problems.append(f"{where}: {name}[{n}] is not an object")
                    continue
                problems += field_problems(f"{where}: {name}[{n}]", item, items["properties"])
    return problems


# --- Carryback's calls ----------------------------------------------------------


@dataclass
class Rig:
    """The two channels pointed at one server, and how that server gets a recording."""

    twilio: TwilioChannel
    sms: MessagesChannel
    recording_sid: Callable[[str], str]  # audio format -> a sid the server will serve
    message_sid: Callable[[], str]  # a message sid the server holds
    status_callback: str
    recorded_call: Callable[[], str]  # a call sid the server holds a recording of


def call_scenarios() -> dict[str, Callable[[Rig], object]]:
    """Every call Carryback makes to Twilio, by channel and method ("[...]" marks a variant)."""
    return {
        "TwilioChannel.send_sms": lambda rig: rig.twilio.send_sms(CLIENT_NUMBER, "Noted."),
        "TwilioChannel.download_recording": lambda rig: len(
            rig.twilio.download_recording(rig.recording_sid("wav"))
        ),
        "TwilioChannel.download_recording[mp3]": lambda rig: len(
            rig.twilio.download_recording(rig.recording_sid("mp3"), fmt="mp3")
        ),
        "TwilioChannel.delete_recording": lambda rig: rig.twilio.delete_recording(
            rig.recording_sid("wav")
        ),
        "TwilioChannel.delete_message": lambda rig: rig.twilio.delete_message(rig.message_sid()),
        "TwilioChannel.list_recordings": lambda rig: rig.twilio.list_recordings(
            rig.recorded_call()
        ),
        "TwilioChannel.find_sent": lambda rig: rig.twilio.find_sent(
            CLIENT_NUMBER, "Noted.", since=datetime(2020, 1, 1, tzinfo=UTC)
        ),
        "MessagesChannel.send": lambda rig: rig.sms.send(CLIENT_NUMBER, "Noted."),
        "MessagesChannel.send[status_callback]": lambda rig: rig.sms.send(
            CLIENT_NUMBER, "Noted.", status_callback=rig.status_callback
        ),
    }


SCENARIOS = call_scenarios()


def settings_for(api_base: str, *, auth_token: str = AUTH_TOKEN) -> TwilioSettings:
    return TwilioSettings(api_base, ACCOUNT_SID, auth_token, OUR_NUMBER)


def wav_bytes() -> bytes:
    buffer = io.BytesIO()
    soundfile.write(buffer, np.zeros(800), 8000, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def callbacks() -> Iterator[str]:
    """Where status callbacks go: a sink on 127.0.0.1 (their contract is test_twilio_webhooks)."""
    sink = Flask("status-callback-sink")
    sink.add_url_rule("/twilio/status", "status", lambda: ("", 204), methods=["POST"])
    with BackgroundServer(sink) as server:
        yield f"{server.url}/twilio/status"


@dataclass
class StandIn:
    url: str
    exchanges: list[Exchange]


@pytest.fixture(scope="module")
def stand_in() -> Iterator[StandIn]:
    exchanges: list[Exchange] = []
    app = logged(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN), exchanges)
    with BackgroundServer(app) as server:
        yield StandIn(server.url, exchanges)


def stand_in_rig(stand_in: StandIn, status_callback: str, *, auth_token: str = AUTH_TOKEN) -> Rig:
    control = SimulatorControl(stand_in.url)
    audio = {"wav": wav_bytes(), "mp3": MP3_FRAME}

    def inbound_message() -> str:
        sid = "SM" + "5" * 32
        requests.post(
            f"{stand_in.url}/_sim/inbound", json={"sid": sid}, timeout=5
        ).raise_for_status()
        # Twilio refuses to delete a message under a minute old (20009): this one is settled.
        control.advance_clock(120)
        return sid

    def recorded_call() -> str:
        call_sid = "CA" + secrets.token_hex(16)
        control.add_recording(audio["wav"], call_sid=call_sid)
        return call_sid

    settings = settings_for(stand_in.url, auth_token=auth_token)
    return Rig(
        TwilioChannel(settings),
        MessagesChannel(settings),
        lambda kind: control.add_recording(audio[kind]),
        inbound_message,
        status_callback,
        recorded_call,
    )


def double_rig(url: str, status_callback: str) -> Rig:
    settings = settings_for(url)
    return Rig(
        TwilioChannel(settings),
        MessagesChannel(settings),
        lambda _kind: "RE" + "a" * 32,
        lambda: "SM" + "a" * 32,
        status_callback,
        lambda: "CA" + "a" * 32,
    )


def run_on_stand_in(
    stand_in: StandIn, callbacks: str, scenario: str
) -> tuple[list[Exchange], tuple[object, ...]]:
    """The REST exchanges of one scenario against the stand-in, and how the call ended."""
    del stand_in.exchanges[:]
    rig = stand_in_rig(stand_in, callbacks)
    ended = outcome(lambda: SCENARIOS[scenario](rig))
    assert stand_in.exchanges, f"{scenario} made no REST request"
    return list(stand_in.exchanges), ended


def outcome(call: Callable[[], object]) -> tuple[object, ...]:
    """What Carryback returned or raised, in enough detail to tell two runs apart."""
    try:
        return ("returned", call())
    except ChannelError as error:
        code, status = getattr(error, "code", None), getattr(error, "status", None)
        return ("raised", type(error).__name__, str(error), error.permanent, code, status)


class LookupLog(dict[str, Any]):
    """A JSON object that notes every key looked up in it."""

    def __init__(self, data: dict[str, Any], lookups: set[str]) -> None:
        super().__init__(data)
        self._lookups = lookups

    def get(self, key: str, default: Any = None) -> Any:
        self._lookups.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self._lookups.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self._lookups.add(str(key))
        return super().__contains__(key)


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Keys Carryback looks up in Twilio's JSON answers read through ``requests``.

    (MessagesChannel reads them through the twilio SDK's objects; the
    drop-one-field runs find what it depends on.)
    """
    seen: set[str] = set()
    original = requests.Response.json

    def noting(response: requests.Response, **kwargs: Any) -> Any:
        payload = original(response, **kwargs)
        if "/2010-04-01/" in response.url and isinstance(payload, dict):
            return LookupLog(payload, seen)
        return payload

    monkeypatch.setattr(requests.Response, "json", noting)
    return seen


# --- the description itself -----------------------------------------------------


def test_the_vendored_description_is_the_pinned_file() -> None:
    raw = spec.SPEC_PATH.read_bytes()
    source = (spec.SPEC_PATH.parent / "SOURCE.md").read_text(encoding="utf-8")

    assert hashlib.sha256(raw).hexdigest() == spec.SPEC_SHA256
    assert spec.SPEC_COMMIT in source and spec.SPEC_SHA256 in source
    assert spec.load()["openapi"].startswith("3.")


def test_a_changed_description_is_refused(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    edited = tmp_path / spec.SPEC_PATH.name
    edited.write_bytes(spec.SPEC_PATH.read_bytes().replace(b'"StatusCallback"', b'"StatusCallbak"'))
    monkeypatch.setattr(spec, "SPEC_PATH", edited)
    spec.load.cache_clear()
    try:
        with pytest.raises(spec.SpecFileChanged, match=r"SOURCE\.md"):
            spec.load()
    finally:
        monkeypatch.undo()
        spec.load.cache_clear()


# --- every call is covered --------------------------------------------------------


def test_every_public_call_of_the_twilio_channels_has_a_scenario() -> None:
    public = {
        f"{channel.__name__}.{name}"
        for channel in CHANNELS
        for name, member in inspect.getmembers(channel, inspect.isfunction)
        if not name.startswith("_")
    }

    assert {name.partition("[")[0] for name in SCENARIOS} == public


def test_only_the_two_channels_talk_to_twilios_rest_api() -> None:
    # A new module calling Twilio would bypass every check here.
    markers = ("twilio.rest", "/Accounts/", "API_VERSION = ")
    callers = set()
    for package in ("shared", "services", "tools"):
        for module in (REPO_ROOT / package).rglob("*.py"):
            if "simulator" in module.parts:
                continue  # the stand-in plays Twilio; it does not call it
            text = module.read_text(encoding="utf-8")
            if any(marker in text for marker in markers):
                callers.add(module.relative_to(REPO_ROOT).as_posix())

    channels = {module.__module__.replace(".", "/") + ".py" for module in CHANNELS}
    # The operator's `carryback twilio setup` is checked below, request by request.
    assert callers == channels | {"services/cli/twilio_number.py"}


def test_twilio_setup_requests_are_operations_of_the_description(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    exchanges: list[Exchange] = []
    app = logged(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN), exchanges)
    number = "+15005550006"
    buy_number(app, number)
    with BackgroundServer(app) as server:
        env = make_env(
            f"sqlite:///{tmp_path / 'c.sqlite3'}",
            "redis://127.0.0.1:1/0",
            TWILIO_API_BASE=server.url,
            TWILIO_ACCOUNT_SID=ACCOUNT_SID,
            TWILIO_AUTH_TOKEN=AUTH_TOKEN,
            TWILIO_PHONE_NUMBER=number,
        )
        env.apply(monkeypatch)
        runtime.reset()
        try:
            answer = CliRunner().invoke(main, ["twilio", "setup"])
        finally:
            runtime.reset()
    assert answer.exit_code == 0, answer.output
    # The 2010 API's requests (the number's webhooks); Messaging Services are another
    # API (messaging.twilio.com/v1) whose description is not vendored here.
    described = [e for e in exchanges if e.path.startswith("/2010-04-01/")]
    assert any(e.method == "POST" for e in described)  # the update itself was checked
    assert [problem for e in described for problem in request_problems(e)] == []


# --- Carryback's requests ---------------------------------------------------------


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_carryback_requests_are_operations_of_the_description(
    stand_in: StandIn, callbacks: str, scenario: str
) -> None:
    exchanges, ended = run_on_stand_in(stand_in, callbacks, scenario)

    assert [problem for exchange in exchanges for problem in request_problems(exchange)] == []
    assert ended[0] == "returned", ended


def test_the_request_check_catches_a_renamed_parameter() -> None:
    renamed = Exchange(
        "POST",
        f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json",
        [],
        [
            ("To", CLIENT_NUMBER),
            ("From", OUR_NUMBER),
            ("Body", "Noted."),
            ("StatusCallbackUrl", "https://x.example/s"),
        ],
        201,
        "application/json",
        None,
    )
    mistyped = Exchange(
        "DELETE",
        f"/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/RE{'a' * 31}.json",
        [],
        [],
        204,
        "",
        None,
    )

    assert request_problems(renamed) == [
        "POST /2010-04-01/Accounts/{AccountSid}/Messages.json: "
        "form parameter 'StatusCallbackUrl' is not in the description"
    ]
    assert request_problems(mistyped) and "path Sid" in request_problems(mistyped)[0]
    assert request_problems(Exchange("POST", "/2010-04-01/Texts.json", [], [], 201, "", None))


# --- the stand-in's answers -------------------------------------------------------


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_the_stand_ins_answers_carry_only_described_fields(
    stand_in: StandIn, callbacks: str, scenario: str
) -> None:
    exchanges, ended = run_on_stand_in(stand_in, callbacks, scenario)

    assert [problem for exchange in exchanges for problem in response_problems(exchange)] == []
    assert ended[0] == "returned", ended


def test_the_stand_ins_recording_resource_carries_only_described_fields(stand_in: StandIn) -> None:
    # Carryback never fetches it, but the stand-in serves it as Twilio would.
    sid = SimulatorControl(stand_in.url).add_recording(wav_bytes())
    del stand_in.exchanges[:]
    response = requests.get(
        f"{stand_in.url}/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{sid}.json",
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=5,
    )

    assert response.status_code == 200
    assert [
        problem for exchange in stand_in.exchanges for problem in response_problems(exchange)
    ] == []


def test_the_stand_ins_errors_carry_only_documented_fields(
    stand_in: StandIn, callbacks: str
) -> None:
    del stand_in.exchanges[:]
    rig = stand_in_rig(stand_in, callbacks, auth_token="wrong-token")
    for scenario in SCENARIOS.values():
        assert outcome(lambda scenario=scenario: scenario(rig))[0] == "raised"

    bodies = [exchange.body for exchange in stand_in.exchanges]
    assert bodies and all(isinstance(body, dict) for body in bodies)
    assert set().union(*bodies) <= documented.ERROR_BODY.names


# --- the fields Carryback reads ------------------------------------------------


@pytest.fixture
def double(callbacks: str) -> Iterator[tuple[SpecDouble, Rig]]:
    double = SpecDouble()
    with BackgroundServer(double.app()) as server:
        yield double, double_rig(server.url, callbacks)


def fields_read(
    double: SpecDouble, rig: Rig, scenario: str
) -> tuple[tuple[object, ...], set[str], set[str]]:
    """What the call gives with every field, the fields it cannot do without, and all offered."""
    run = SCENARIOS[scenario]
    del double.exchanges[:]
    whole = outcome(lambda: run(rig))
    offered = set().union(*(exchange.body or {} for exchange in double.exchanges))
    needed = set()
    for name in sorted(offered):
        double.drop = name
        if outcome(lambda: run(rig)) != whole:
            needed.add(name)
    double.drop = None
    return whole, needed, offered


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_carryback_reads_only_described_fields_and_the_stand_in_has_them(
    double: tuple[SpecDouble, Rig],
    stand_in: StandIn,
    callbacks: str,
    lookups: set[str],
    scenario: str,
) -> None:
    spec_double, rig = double
    whole, needed, offered = fields_read(spec_double, rig, scenario)
    described = set().union(
        *(
            operation.response_properties(status) or {}
            for exchange in spec_double.exchanges
            for operation, _ in [operation_for(exchange.method, exchange.path)]
            if operation is not None
            for status in operation.success_statuses()
        )
    )
    exchanges, _ = run_on_stand_in(stand_in, callbacks, scenario)
    stand_in_fields = set().union(*(exchange.body or {} for exchange in exchanges))

    # Twilio's own example body is enough: nothing outside the description is needed.
    assert whole[0] == "returned", whole
    assert needed <= offered <= described
    assert lookups <= described
    assert needed <= stand_in_fields, f"the stand-in leaves out {sorted(needed - stand_in_fields)}"


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_carryback_reads_only_documented_error_fields_and_the_stand_in_has_them(
    double: tuple[SpecDouble, Rig],
    stand_in: StandIn,
    callbacks: str,
    lookups: set[str],
    scenario: str,
) -> None:
    spec_double, rig = double
    spec_double.error = True
    whole, needed, offered = fields_read(spec_double, rig, scenario)
    del stand_in.exchanges[:]
    outcome(
        lambda: SCENARIOS[scenario](stand_in_rig(stand_in, callbacks, auth_token="wrong-token"))
    )
    stand_in_fields = set().union(*(exchange.body or {} for exchange in stand_in.exchanges))

    assert whole[0] == "raised" and offered == documented.ERROR_BODY.names
    assert needed, "the error's Twilio code should tell Carryback's errors apart"
    assert lookups <= documented.ERROR_BODY.names
    assert needed <= stand_in_fields, f"the stand-in leaves out {sorted(needed - stand_in_fields)}"
