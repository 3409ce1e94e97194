"""The stand-in plays calls as Twilio's TwiML docs say: <Say>, <Record>, its action, its
status callbacks, <Redirect>, <Hangup>, against a scripted intake over real HTTP."""

from __future__ import annotations

import io
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
from services.simulator.calls import APPLICATION_ERROR, BEEP
from services.simulator.command import simulate_group
from shared.infra.channels.twilio import TwilioChannel, TwilioSettings

ACCOUNT_SID = "AC" + "3" * 32
AUTH_TOKEN = "test-auth-token-not-secret"
OUR_NUMBER = "+15550001111"
CLIENT_NUMBER = "+15557654321"
PUBLIC_BASE = "https://carryback.example.org"
VOICE_URL = f"{PUBLIC_BASE}/twilio/voice"
RATE = 8000


def twiml(*verbs: str) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?><Response>' + "".join(verbs) + "</Response>"


THANKS = twiml("<Say>Thank you.</Say>", "<Hangup/>")


@dataclass
class Hit:
    method: str
    path: str
    params: dict[str, str]
    signature_valid: bool


@dataclass
class ScriptedIntake:
    """Answers each path with the TwiML a test gives it; checks every signature."""

    url: str
    answers: dict[str, str | int] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)

    def to(self, path: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path == path]


def scripted_app(intake: ScriptedIntake) -> Flask:
    app = Flask("scripted-intake")
    validator = RequestValidator(AUTH_TOKEN)

    @app.route("/twilio/<path:rest>", methods=["GET", "POST"])
    def webhook(rest: str) -> tuple[str, int, dict[str, str]]:
        signature = request.headers.get("X-Twilio-Signature", "")
        if request.method == "GET":
            query = request.query_string.decode()
            valid = validator.validate(f"{PUBLIC_BASE}{request.path}?{query}", {}, signature)
            params = request.args.to_dict()
        else:
            valid = validator.validate(PUBLIC_BASE + request.path, request.form, signature)
            params = request.form.to_dict()
        intake.hits.append(Hit(request.method, request.path, params, valid))
        answer = intake.answers.get(request.path, 204)
        if isinstance(answer, int):
            return "", answer, {}
        return answer, 200, {"Content-Type": "text/xml"}

    return app


@pytest.fixture
def intake() -> Iterator[ScriptedIntake]:
    scripted = ScriptedIntake("")
    with BackgroundServer(scripted_app(scripted)) as server:
        scripted.url = server.url
        yield scripted


@pytest.fixture
def stand_in() -> Iterator[BackgroundServer]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


@pytest.fixture
def control(stand_in: BackgroundServer) -> SimulatorControl:
    return SimulatorControl(stand_in.url)


def audio(*parts: tuple[str, float]) -> bytes:
    """8 kHz mono WAV from ("tone"|"silence", seconds) parts, as a phone line carries it."""
    chunks = []
    for kind, seconds in parts:
        t = np.arange(int(RATE * seconds)) / RATE
        chunks.append(0.3 * np.sin(2 * np.pi * 440 * t) if kind == "tone" else np.zeros(len(t)))
    buffer = io.BytesIO()
    soundfile.write(buffer, np.concatenate(chunks), RATE, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


def play(control: SimulatorControl, intake: ScriptedIntake, *notes: tuple[bytes, str], **kw):
    return control.place_call(
        VOICE_URL, from_=CLIENT_NUMBER, to=OUR_NUMBER, notes=list(notes), target=intake.url, **kw
    )


RECORD = (
    '<Record action="/twilio/done" timeout="2" finishOnKey="#" maxLength="30" '
    'recordingStatusCallback="/twilio/rec" recordingStatusCallbackEvent="completed absent"/>'
)


def test_a_note_ended_by_silence_requests_the_action_once_and_goes_on_with_its_twiml(
    control: SimulatorControl, intake: ScriptedIntake, stand_in: BackgroundServer
) -> None:
    intake.answers = {
        "/twilio/voice": twiml("<Say>Hello.</Say>", RECORD, "<Say>Unreachable.</Say>"),
        "/twilio/done": THANKS,
    }

    report = play(control, intake, (audio(("tone", 1.5)), "silence"))

    assert report["heard"] == ["Hello.", BEEP, "Thank you."]
    assert report["records"] == 1 and report["ended"] == "hangup"
    assert [hit.path for hit in intake.hits] == ["/twilio/voice", "/twilio/done", "/twilio/rec"]
    assert all(hit.signature_valid for hit in intake.hits)
    [done], [status] = intake.to("/twilio/done"), intake.to("/twilio/rec")
    assert "Digits" not in done.params  # silence ended it, no key
    assert done.params["RecordingDuration"] == "2"  # 1.5 s of sound, trailing silence trimmed
    assert done.params["CallStatus"] == "in-progress"
    assert status.params["RecordingSid"] == done.params["RecordingSid"]
    assert status.params["RecordingStatus"] == "completed"
    assert "ErrorCode" not in status.params
    # The media is served at the RecordingUrl, trimmed of the silence that ended it.
    channel = TwilioChannel(TwilioSettings(stand_in.url, ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER))
    media = channel.download_recording(done.params["RecordingSid"])
    assert abs(soundfile.info(io.BytesIO(media)).duration - 1.5) < 0.01
    assert done.params["RecordingUrl"].startswith(stand_in.url)


def test_a_finish_key_ends_the_note_and_is_sent_as_digits(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {"/twilio/voice": twiml(RECORD), "/twilio/done": THANKS}

    report = play(control, intake, (audio(("tone", 1.0)), "#"))

    [done] = intake.to("/twilio/done")
    assert done.params["Digits"] == "#" and done.params["RecordingDuration"] == "1"
    assert report["heard"] == [BEEP, "Thank you."]


def test_a_key_the_record_does_not_listen_for_leaves_silence_to_end_it(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {"/twilio/voice": twiml(RECORD), "/twilio/done": THANKS}

    play(control, intake, (audio(("tone", 1.0)), "5"))

    [done] = intake.to("/twilio/done")
    assert "Digits" not in done.params


def test_an_empty_recording_skips_the_action_and_the_next_verb_plays(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {
        "/twilio/voice": twiml(RECORD, "<Say>Nothing was recorded.</Say>"),
        "/twilio/done": THANKS,
    }

    report = play(control, intake, (audio(("silence", 3.0)), "silence"))

    assert intake.to("/twilio/done") == []
    assert report["heard"] == [BEEP, "Nothing was recorded."]
    assert report["ended"] == "end of document"
    [status] = intake.to("/twilio/rec")
    assert status.params["RecordingStatus"] == "absent"
    assert status.params["ErrorCode"] == "16102"  # Twilio's code for a silent recording
    assert report["recordings"][0]["status"] == "absent"


def test_a_calls_recordings_are_listed_by_call_sid_as_twilio_lists_them(
    control: SimulatorControl, intake: ScriptedIntake, stand_in: BackgroundServer
) -> None:
    intake.answers = {"/twilio/voice": twiml(RECORD, RECORD), "/twilio/done": THANKS}
    channel = TwilioChannel(TwilioSettings(stand_in.url, ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER))
    other = play(control, intake, (audio(("tone", 1.0)), "#"))

    # Nothing said at the first <Record> (absent: the next verb plays), a note at the second.
    report = play(
        control, intake, (audio(("silence", 3.0)), "silence"), (audio(("tone", 2.0)), "#")
    )

    listed = {recording.sid: recording for recording in channel.list_recordings(report["call_sid"])}
    absent, kept = report["recordings"]
    assert set(listed) == {kept["sid"], absent["sid"]}  # not the other call's
    assert (listed[kept["sid"]].status, listed[kept["sid"]].duration_s) == ("completed", 2)
    assert (listed[absent["sid"]].status, listed[absent["sid"]].duration_s) == ("absent", 0)
    assert [r.sid for r in channel.list_recordings(other["call_sid"])] == [
        other["recordings"][0]["sid"]
    ]
    channel.delete_recording(kept["sid"])
    assert [r.sid for r in channel.list_recordings(report["call_sid"])] == [absent["sid"]]


def test_a_record_without_action_requests_the_document_again_and_loops(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    """Twilio's docs: the current document's URL is requested again (\"unwanted looping\")."""
    intake.answers = {
        "/twilio/voice": twiml(
            "<Say>Leave a note.</Say>", '<Record timeout="2"/>', "<Say>Thank you.</Say>"
        )
    }

    report = play(control, intake, (audio(("tone", 1.0)), "silence"))

    # The note, then the greeting again, a second beep, and a second (silent) Record.
    assert report["records"] == 2
    assert report["heard"] == ["Leave a note.", BEEP, "Leave a note.", BEEP, "Thank you."]
    voice = intake.to("/twilio/voice")
    assert len(voice) == 2 and voice[1].params["RecordingSid"].startswith("RE")


def test_max_length_cuts_the_note(control: SimulatorControl, intake: ScriptedIntake) -> None:
    intake.answers = {
        "/twilio/voice": twiml('<Record action="/twilio/done" maxLength="2"/>'),
        "/twilio/done": THANKS,
    }

    play(control, intake, (audio(("tone", 4.0)), "#"))

    [done] = intake.to("/twilio/done")
    assert done.params["RecordingDuration"] == "2" and "Digits" not in done.params


def test_a_long_pause_ends_the_note_and_the_rest_is_not_recorded(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {"/twilio/voice": twiml(RECORD), "/twilio/done": THANKS}

    play(control, intake, (audio(("tone", 1.0), ("silence", 3.0), ("tone", 2.0)), "#"))

    [done] = intake.to("/twilio/done")
    assert done.params["RecordingDuration"] == "1" and "Digits" not in done.params


def test_silence_before_the_key_ends_the_note_first(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {"/twilio/voice": twiml(RECORD), "/twilio/done": THANKS}

    play(control, intake, (audio(("tone", 1.0), ("silence", 2.5)), "#"))

    [done] = intake.to("/twilio/done")
    assert "Digits" not in done.params  # the 2 s timeout came before the key


def test_without_trimming_the_silence_that_ended_the_note_is_kept(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {
        "/twilio/voice": twiml('<Record action="/twilio/done" timeout="2" trim="do-not-trim"/>'),
        "/twilio/done": THANKS,
    }

    play(control, intake, (audio(("silence", 0.5), ("tone", 1.0)), "silence"))

    [done] = intake.to("/twilio/done")
    assert done.params["RecordingDuration"] == "4"  # 0.5 + 1 + the 2 s timeout, rounded up


def test_a_caller_who_hangs_up_still_gets_the_action_requested_but_hears_nothing_more(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {"/twilio/voice": twiml(RECORD), "/twilio/done": THANKS}

    report = play(control, intake, (audio(("tone", 1.0)), "hangup"))

    [done] = intake.to("/twilio/done")
    assert done.params["Digits"] == "hangup" and done.params["CallStatus"] == "completed"
    assert report["heard"] == [BEEP] and report["ended"] == "caller hung up"
    assert [hit.params["RecordingStatus"] for hit in intake.to("/twilio/rec")] == ["completed"]
    intake.answers["/twilio/done"] = 500
    gone = play(control, intake, (audio(("tone", 1.0)), "hangup"))
    assert gone["heard"] == [BEEP]  # nobody is left to hear the application error


def test_in_progress_events_and_get_callbacks_are_sent_as_asked(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {
        "/twilio/voice": twiml(
            '<Record action="/twilio/done" method="GET" recordingStatusCallback="/twilio/rec" '
            'recordingStatusCallbackMethod="GET" '
            'recordingStatusCallbackEvent="in-progress completed"/>'
        ),
        "/twilio/done": THANKS,
    }

    play(control, intake, (audio(("tone", 1.0)), "#"))

    statuses = intake.to("/twilio/rec")
    assert [hit.params["RecordingStatus"] for hit in statuses] == ["in-progress", "completed"]
    assert "RecordingDuration" not in statuses[0].params
    assert {hit.method for hit in intake.hits if hit.path != "/twilio/voice"} == {"GET"}
    assert all(hit.signature_valid for hit in intake.hits)


def test_redirect_fetches_the_next_document(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {
        "/twilio/voice": twiml("<Redirect>/twilio/next</Redirect>", "<Say>Unreachable.</Say>"),
        "/twilio/next": twiml("<Say>Moved on.</Say>"),
    }

    report = play(control, intake)

    assert report["heard"] == ["Moved on."] and report["ended"] == "end of document"


def test_a_failing_action_is_an_application_error_the_caller_hears(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {"/twilio/voice": twiml(RECORD), "/twilio/done": 404}

    report = play(control, intake, (audio(("tone", 1.0)), "#"))

    assert report["heard"] == [BEEP, APPLICATION_ERROR]
    assert report["ended"] == "application error" and "404" in report["errors"][0]


def test_a_verb_the_stand_in_cannot_play_is_named_not_skipped(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {"/twilio/voice": twiml("<Gather/>", "<Say>After.</Say>")}

    report = play(control, intake)

    assert report["heard"] == [APPLICATION_ERROR] and "<Gather>" in report["errors"][0]


def test_stir_verstat_is_set_per_call_and_absent_by_default(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    intake.answers = {"/twilio/voice": twiml("<Hangup/>")}

    play(control, intake)
    play(control, intake, stir_verstat="TN-Validation-Failed-A")

    plain, attested = intake.to("/twilio/voice")
    assert "StirVerstat" not in plain.params
    assert attested.params["StirVerstat"] == "TN-Validation-Failed-A"


def test_audio_the_stand_in_cannot_read_is_refused_before_ringing(
    control: SimulatorControl, intake: ScriptedIntake
) -> None:
    with pytest.raises(requests.HTTPError, match="400"):
        play(control, intake, (b"not audio", "silence"))

    assert intake.hits == []


def test_simulate_call_plays_the_call_through_the_stand_in(
    intake: ScriptedIntake, stand_in: BackgroundServer, tmp_path: Path
) -> None:
    intake.answers = {"/twilio/voice": twiml("<Say>Hello.</Say>", RECORD), "/twilio/done": THANKS}
    note = tmp_path / "note.wav"
    note.write_bytes(audio(("tone", 3.0)))
    env = {
        "TWILIO_API_BASE": stand_in.url,
        "TWILIO_PHONE_NUMBER": OUR_NUMBER,
        "PUBLIC_BASE_URL": PUBLIC_BASE,
    }

    result = CliRunner().invoke(
        simulate_group,
        ["call", "--from", CLIENT_NUMBER, "--target", intake.url, "--ends-by", "#", str(note)],
        env=env,
    )

    assert result.exit_code == 0, result.output
    assert f"POST {PUBLIC_BASE}/twilio/done -> 200" in result.output
    assert "heard: Thank you." in result.output and "completed (3 s)" in result.output
    [done] = intake.to("/twilio/done")
    channel = TwilioChannel(TwilioSettings(stand_in.url, ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER))
    assert len(channel.download_recording(done.params["RecordingSid"])) > 0


def test_simulate_call_fails_when_the_call_hit_an_application_error(
    intake: ScriptedIntake, stand_in: BackgroundServer, tmp_path: Path
) -> None:
    intake.answers = {"/twilio/voice": 500}
    note = tmp_path / "note.wav"
    note.write_bytes(audio(("tone", 1.0)))
    env = {"TWILIO_API_BASE": stand_in.url, "PUBLIC_BASE_URL": PUBLIC_BASE}

    result = CliRunner().invoke(
        simulate_group,
        ["call", "--from", CLIENT_NUMBER, "--to", OUR_NUMBER, "--target", intake.url, str(note)],
        env=env,
    )

    assert result.exit_code == 1 and "HTTP 500" in result.output
