"""The Twilio stand-in, the signed webhook sender and `carryback simulate`."""

from __future__ import annotations

import ast
import io
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
import requests
import soundfile
from click.testing import CliRunner
from flask import Flask, request
from twilio.request_validator import RequestValidator

from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.simulator.command import simulate_group
from services.simulator.webhooks import WebhookSender
from shared.infra.channels import ChannelError
from shared.infra.channels.twilio import TwilioChannel, TwilioSettings
from tests.support.paths import REPO_ROOT

ACCOUNT_SID = "AC" + "2" * 32
AUTH_TOKEN = "test-auth-token-not-secret"
OUR_NUMBER = "+15550001111"
CLIENT_NUMBER = "+15557654321"
# The intake is reached directly in tests, but signatures are over this URL,
# as when it runs behind a TLS-terminating proxy.
PUBLIC_BASE = "https://carryback.example.org"
TWIML_OK = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Noted.</Message></Response>'


@dataclass
class Received:
    path: str
    params: dict[str, str]
    signature: str
    signature_valid: bool


@dataclass
class FakeIntake:
    """A tiny intake that checks signatures the way Carryback's does."""

    url: str
    received: list[Received] = field(default_factory=list)


def intake_app(received: list[Received]) -> Flask:
    app = Flask("test-intake")
    validator = RequestValidator(AUTH_TOKEN)

    @app.post("/twilio/<kind>")
    def webhook(kind: str) -> tuple[str, int, dict[str, str]]:
        signature = request.headers.get("X-Twilio-Signature", "")
        valid = validator.validate(PUBLIC_BASE + request.path, request.form, signature)
        received.append(Received(request.path, request.form.to_dict(), signature, valid))
        if not valid:
            return "", 403, {}
        return TWIML_OK, 200, {"Content-Type": "text/xml"}

    return app


@pytest.fixture
def intake() -> Iterator[FakeIntake]:
    received: list[Received] = []
    with BackgroundServer(intake_app(received)) as server:
        yield FakeIntake(server.url, received)


@pytest.fixture
def stand_in() -> Iterator[BackgroundServer]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


def sender_for(intake: FakeIntake, *, public_base: str = PUBLIC_BASE) -> WebhookSender:
    return WebhookSender(public_base, AUTH_TOKEN, ACCOUNT_SID, target_base_url=intake.url)


def wav_bytes(seconds: float = 1.0) -> bytes:
    rate = 8000
    buffer = io.BytesIO()
    soundfile.write(buffer, np.zeros(int(rate * seconds)), rate, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


def account_url(base: str) -> str:
    return f"{base}/2010-04-01/Accounts/{ACCOUNT_SID}"


# --- WebhookSender --------------------------------------------------------------


def test_sms_webhook_carries_a_valid_twilio_signature(intake: FakeIntake) -> None:
    response = sender_for(intake).sms(
        CLIENT_NUMBER, "tight chest before the meeting 7/10", to=OUR_NUMBER
    )

    assert response.status_code == 200
    [got] = intake.received
    assert got.signature_valid
    assert got.params["Body"] == "tight chest before the meeting 7/10"
    assert got.params["From"] == CLIENT_NUMBER
    assert got.params["To"] == OUR_NUMBER
    assert got.params["AccountSid"] == ACCOUNT_SID
    assert got.params["MessageSid"].startswith("SM") and len(got.params["MessageSid"]) == 34


def test_a_tampered_param_fails_validation(intake: FakeIntake) -> None:
    sender_for(intake).sms(CLIENT_NUMBER, "nothing this week", to=OUR_NUMBER)
    original = intake.received[0]
    assert original.signature_valid

    # Replay the genuine signature with one changed param.
    tampered = dict(original.params, Body="something else")
    replay = requests.post(
        intake.url + "/twilio/sms",
        data=tampered,
        headers={"X-Twilio-Signature": original.signature},
        timeout=5,
    )

    assert replay.status_code == 403
    assert not intake.received[-1].signature_valid


def test_signing_for_another_public_url_fails_validation(intake: FakeIntake) -> None:
    sender = sender_for(intake, public_base="https://someone-else.example.org")

    response = sender.sms(CLIENT_NUMBER, "hello", to=OUR_NUMBER)

    assert response.status_code == 403


def test_each_sms_gets_a_new_message_sid_unless_given(intake: FakeIntake) -> None:
    sender = sender_for(intake)
    sender.sms(CLIENT_NUMBER, "one", to=OUR_NUMBER)
    sender.sms(CLIENT_NUMBER, "two", to=OUR_NUMBER)
    sender.sms(CLIENT_NUMBER, "again", to=OUR_NUMBER, message_sid="SM" + "f" * 32)

    sids = [got.params["MessageSid"] for got in intake.received]
    assert sids[0] != sids[1]
    assert sids[2] == "SM" + "f" * 32


def test_extra_params_are_sent_and_signed(intake: FakeIntake) -> None:
    sender_for(intake).sms(CLIENT_NUMBER, "STOP", to=OUR_NUMBER, extra={"OptOutType": "STOP"})

    [got] = intake.received
    assert got.signature_valid
    assert got.params["OptOutType"] == "STOP"


def test_call_and_recording_webhooks_are_signed_and_point_at_the_api(intake: FakeIntake) -> None:
    sender = sender_for(intake)
    call_sid = "CA" + "c" * 32
    recording_sid = "RE" + "d" * 32

    sender.call(CLIENT_NUMBER, to=OUR_NUMBER, call_sid=call_sid)
    sender.recording(
        call_sid=call_sid,
        recording_sid=recording_sid,
        duration_s=12,
        api_base="http://127.0.0.1:9/",
    )

    voice, recording = intake.received
    assert voice.path == "/twilio/voice" and voice.signature_valid
    assert voice.params["CallSid"] == call_sid
    assert voice.params["From"] == CLIENT_NUMBER
    assert recording.path == "/twilio/recording" and recording.signature_valid
    assert recording.params["RecordingUrl"] == (
        f"http://127.0.0.1:9/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/{recording_sid}"
    )
    assert recording.params["RecordingStatus"] == "completed"
    assert recording.params["RecordingDuration"] == "12"
    assert recording.params["CallSid"] == call_sid
    assert "ErrorCode" not in recording.params  # documented for absent recordings only


def test_stir_verstat_is_sent_only_for_a_call_that_had_a_passport(intake: FakeIntake) -> None:
    sender = sender_for(intake)

    sender.call(CLIENT_NUMBER, to=OUR_NUMBER)
    sender.call(CLIENT_NUMBER, to=OUR_NUMBER, stir_verstat="TN-Validation-Passed-B")

    plain, attested = intake.received
    assert plain.signature_valid and attested.signature_valid
    # A caller without a SHAKEN PASSporT (abroad, many US carriers): no parameter at all.
    assert "StirVerstat" not in plain.params
    assert attested.params["StirVerstat"] == "TN-Validation-Passed-B"


# --- the REST stand-in ----------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/Messages.json"),
        ("GET", "/Recordings/RE" + "a" * 32 + ".wav"),
        ("DELETE", "/Recordings/RE" + "a" * 32 + ".json"),
    ],
)
def test_twilio_routes_require_basic_auth(
    stand_in: BackgroundServer, method: str, path: str
) -> None:
    url = account_url(stand_in.url) + path

    anonymous = requests.request(method, url, timeout=5)
    wrong = requests.request(method, url, auth=(ACCOUNT_SID, "nope"), timeout=5)
    non_ascii = requests.request(method, url, auth=(ACCOUNT_SID, "mot-de-passé"), timeout=5)

    for response in (anonymous, wrong, non_ascii):
        assert response.status_code == 401
        assert response.json()["code"] == 20003
        assert response.headers["WWW-Authenticate"].startswith("Basic")


def test_another_accounts_url_is_refused(stand_in: BackgroundServer) -> None:
    other = f"{stand_in.url}/2010-04-01/Accounts/AC{'9' * 32}/Messages.json"

    response = requests.post(
        other,
        data={"To": CLIENT_NUMBER, "From": OUR_NUMBER, "Body": "hi"},
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=5,
    )

    assert response.status_code == 403


def test_message_create_answers_like_twilio(stand_in: BackgroundServer) -> None:
    response = requests.post(
        account_url(stand_in.url) + "/Messages.json",
        data={"To": CLIENT_NUMBER, "From": OUR_NUMBER, "Body": "Noted."},
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=5,
    )

    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "queued"
    assert body["sid"].startswith("SM")
    assert body["account_sid"] == ACCOUNT_SID


def test_messages_are_listed_newest_first_by_to_and_from(stand_in: BackgroundServer) -> None:
    def send(to: str, body: str) -> str:
        response = requests.post(
            account_url(stand_in.url) + "/Messages.json",
            data={"To": to, "From": OUR_NUMBER, "Body": body},
            auth=(ACCOUNT_SID, AUTH_TOKEN),
            timeout=5,
        )
        return str(response.json()["sid"])

    def listed(**query: str) -> list[str]:
        response = requests.get(
            account_url(stand_in.url) + "/Messages.json",
            params=query,
            auth=(ACCOUNT_SID, AUTH_TOKEN),
            timeout=5,
        )
        assert response.status_code == 200
        return [message["sid"] for message in response.json()["messages"]]

    first, other, second = (
        send(CLIENT_NUMBER, "one"),
        send("+15557650000", "x"),
        send(CLIENT_NUMBER, "two"),
    )

    assert listed(To=CLIENT_NUMBER, From=OUR_NUMBER) == [second, first]
    assert listed(To=CLIENT_NUMBER, PageSize="1") == [second]
    assert listed(From=CLIENT_NUMBER) == []
    assert set(listed()) == {first, other, second}
    # Still queued, not sent: date_sent is null, so no DateSent filter keeps them.
    assert listed(**{"DateSent>": "2020-01-01"}) == []


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"From": OUR_NUMBER, "Body": "hi"}, 21604),
        ({"To": "0123", "From": OUR_NUMBER, "Body": "hi"}, 21211),
        ({"To": CLIENT_NUMBER, "From": OUR_NUMBER}, 21602),
        ({"To": CLIENT_NUMBER, "From": OUR_NUMBER, "Body": "x" * 1601}, 21617),
    ],
)
def test_bad_message_requests_get_twilio_error_codes(
    stand_in: BackgroundServer, form: dict[str, str], code: int
) -> None:
    response = requests.post(
        account_url(stand_in.url) + "/Messages.json",
        data=form,
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=5,
    )

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert SimulatorControl(stand_in.url).messages() == []


def test_recording_media_is_served_as_wav_and_mp3_requests_get_404(
    stand_in: BackgroundServer,
) -> None:
    audio = wav_bytes()
    sid = SimulatorControl(stand_in.url).add_recording(audio)
    auth = (ACCOUNT_SID, AUTH_TOKEN)

    wav = requests.get(f"{account_url(stand_in.url)}/Recordings/{sid}.wav", auth=auth, timeout=5)
    bare = requests.get(f"{account_url(stand_in.url)}/Recordings/{sid}", auth=auth, timeout=5)
    mp3 = requests.get(f"{account_url(stand_in.url)}/Recordings/{sid}.mp3", auth=auth, timeout=5)

    assert wav.headers["Content-Type"] == "audio/x-wav"
    assert wav.content == audio and bare.content == audio
    assert mp3.status_code == 404 and mp3.json()["code"] == 20404


def test_uploads_accept_multipart_files(stand_in: BackgroundServer) -> None:
    audio = wav_bytes()

    upload = requests.post(
        f"{stand_in.url}/_sim/recordings", files={"file": ("note.wav", audio)}, timeout=5
    )
    sid = upload.json()["sid"]
    channel = TwilioChannel(TwilioSettings(stand_in.url, ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER))

    assert upload.status_code == 201
    assert channel.download_recording(sid) == audio


def test_uploads_that_are_not_audio_are_refused(stand_in: BackgroundServer) -> None:
    response = requests.post(f"{stand_in.url}/_sim/recordings", data=b"hello", timeout=5)

    assert response.status_code == 400


def test_control_api_refuses_non_loopback_callers() -> None:
    app = create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)
    remote = app.test_client()

    response = remote.get("/_sim/messages", environ_base={"REMOTE_ADDR": "192.0.2.10"})
    local = remote.get("/_sim/messages", environ_base={"REMOTE_ADDR": "127.0.0.1"})

    assert response.status_code == 403
    assert local.status_code == 200


def test_recordings_dir_keeps_media_on_disk_until_deleted(tmp_path: Path) -> None:
    app = create_simulator_app(ACCOUNT_SID, AUTH_TOKEN, recordings_dir=tmp_path / "rec")
    audio = wav_bytes()
    with BackgroundServer(app) as server:
        sid = SimulatorControl(server.url).add_recording(audio)
        stored = tmp_path / "rec" / f"{sid}.wav"
        assert stored.read_bytes() == audio

        channel = TwilioChannel(TwilioSettings(server.url, ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER))
        assert channel.download_recording(sid) == audio
        channel.delete_recording(sid)

    assert not stored.exists()


def test_reset_forgets_everything(stand_in: BackgroundServer) -> None:
    control = SimulatorControl(stand_in.url)
    channel = TwilioChannel(TwilioSettings(stand_in.url, ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER))
    sid = control.add_recording(wav_bytes())
    control.opt_out(CLIENT_NUMBER)
    channel.delete_recording(control.add_recording(wav_bytes()))

    control.reset()

    assert control.messages() == [] and control.deleted() == []
    assert channel.send_sms(CLIENT_NUMBER, "Noted.").startswith("SM")  # no longer opted out
    with pytest.raises(ChannelError, match="not ready"):
        channel.download_recording(sid)


# --- carryback simulate ---------------------------------------------------------


@pytest.fixture
def cli_env(intake: FakeIntake, stand_in: BackgroundServer) -> dict[str, str]:
    return {
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_PHONE_NUMBER": OUR_NUMBER,
        "TWILIO_API_BASE": stand_in.url,
        "PUBLIC_BASE_URL": PUBLIC_BASE,
    }


def test_simulate_sms_prints_status_and_twiml(intake: FakeIntake, cli_env: dict[str, str]) -> None:
    result = CliRunner().invoke(
        simulate_group,
        ["sms", "--from", CLIENT_NUMBER, "--target", intake.url, "skipped the walk, too tired"],
        env=cli_env,
    )

    assert result.exit_code == 0, result.output
    assert "HTTP 200" in result.output
    assert "<Message>Noted.</Message>" in result.output
    [got] = intake.received
    assert got.signature_valid and got.params["Body"] == "skipped the walk, too tired"


def test_simulate_sms_rejects_a_malformed_number(cli_env: dict[str, str]) -> None:
    result = CliRunner().invoke(simulate_group, ["sms", "--from", "5551234", "hi"], env=cli_env)

    assert result.exit_code == 2
    assert "E.164" in result.output


def test_simulate_sms_reports_an_unreachable_intake(cli_env: dict[str, str]) -> None:
    result = CliRunner().invoke(
        simulate_group,
        ["sms", "--from", CLIENT_NUMBER, "--target", "http://127.0.0.1:9", "hi"],
        env=cli_env,
    )

    assert result.exit_code == 1
    assert "cannot connect" in result.output


def test_simulate_api_serves_the_stand_in_as_a_process() -> None:
    env = {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "PATH": ""}
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from services.simulator.command import simulate_group; simulate_group()",
            "api",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )
    try:
        # The line is printed once the socket listens, so no waiting is needed.
        banner = process.stdout.readline() if process.stdout else ""
        url = banner.rsplit(" ", 1)[-1].strip()
        channel = TwilioChannel(TwilioSettings(url, ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER))

        assert url.startswith("http://127.0.0.1:")
        assert channel.send_sms(CLIENT_NUMBER, "Noted.").startswith("SM")
        assert len(SimulatorControl(url).messages()) == 1
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_no_production_module_imports_the_stand_in() -> None:
    root = REPO_ROOT
    allowed = {root / "services" / "cli" / "__init__.py"}  # registers `carryback simulate`
    offenders = []
    for package in ("shared", "services"):
        for module in (root / package).rglob("*.py"):
            # The demo plays Twilio's part on purpose; the services never do.
            if "simulator" in module.parts or "demo" in module.parts or module in allowed:
                continue
            tree = ast.parse(module.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [alias.name for alias in node.names]
                    if isinstance(node, ast.Import)
                    else []
                )
                if any(name.startswith("services.simulator") for name in names):
                    offenders.append(str(module.relative_to(root)))

    assert offenders == []
