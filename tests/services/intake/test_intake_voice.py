"""Voice notes end to end: signed call and recording webhooks, the local Twilio
stand-in serving the audio behind basic auth, a burst worker transcribing it."""

from __future__ import annotations

import io
import secrets
import subprocess
import wave
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from services import runtime
from services.intake import app as intake_app
from services.intake.app import create_app
from services.simulator.api import BackgroundServer, SimulatorControl, create_simulator_app
from services.summary.loop import tick
from services.worker import jobs
from services.worker.runner import run_worker
from shared.db.models import (
    Call,
    Client,
    ClientStatus,
    Noticing,
    NoticingKind,
    NoticingStatus,
    RecordingStatus,
    StrayRecording,
    utcnow,
)
from shared.infra.channels import ChannelError
from shared.infra.channels.twilio import is_recording_sid
from shared.kernel import defaults
from shared.kernel.outcomes import JobOutcome
from shared.language.cues import Cue
from shared.noticings import strays, voice
from shared.noticings.intake import open_body, open_tags
from shared.roster.clients import add_client, add_clinician, delete_client, set_practice
from tests.support.webhooks import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    PUBLIC_BASE_URL,
    TWILIO_NUMBER,
    signed_post,
)

PHONE = "+14155550100"
CUES = [
    Cue("tight chest before the meeting", ("chest got tight", "standup")),
    Cue("the foreman is online", ("foreman",)),
]
SENTENCE = "my chest got tight before the standup again"


def flite_wav(text: str, tmp_path: Path) -> bytes:
    """Synthesised speech degraded to what Twilio serves: 8 kHz mono 16-bit WAV."""
    raw, phone = tmp_path / "raw.wav", tmp_path / "phone.wav"
    subprocess.run(["flite", "-voice", "rms", "-t", text, "-o", str(raw)], check=True)
    subprocess.run(
        ["sox", str(raw), "-r", "8000", "-c", "1", "-b", "16", str(phone), "sinc", "300-3400"],
        check=True,
        capture_output=True,
    )
    return phone.read_bytes()


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return flite_wav(SENTENCE, tmp_path_factory.mktemp("voice"))


@pytest.fixture
def stand_in() -> Iterator[BackgroundServer]:
    with BackgroundServer(create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)) as server:
        yield server


@pytest.fixture
def voice_ctx(env, monkeypatch, stand_in) -> runtime.Context:
    monkeypatch.setenv("TWILIO_API_BASE", stand_in.url)
    runtime.reset()
    context = runtime.context()
    context.db.upgrade()
    with context.db.session() as session:
        clinician = add_clinician(session, name="Dr R", email="r@example.org", certificate_pem=None)
        client = add_client(session, context.keys, clinician=clinician, phone=PHONE, name="Sam")
        set_practice(
            session,
            context.keys,
            client,
            cues=CUES,
            action="notice it",
            carry_back=None,
            nothing_this_week=False,
            next_session_at=None,
            lead_minutes=120,
        )
    return context


@pytest.fixture
def control(stand_in: BackgroundServer) -> SimulatorControl:
    return SimulatorControl(stand_in.url)


@pytest.fixture
def http(voice_ctx: runtime.Context):
    return create_app(voice_ctx).test_client()


def call(http, signer, frm: str = PHONE, verstat: str | None = None) -> tuple[str, bytes]:
    call_sid = "CA" + secrets.token_hex(16)
    params = {
        "CallSid": call_sid,
        "AccountSid": ACCOUNT_SID,
        "From": frm,
        "To": "+15005550006",
        "CallStatus": "ringing",
    }
    if verstat is not None:
        params["StirVerstat"] = verstat
    response = signed_post(http, signer, "/twilio/voice", params)
    assert response.status_code == 200
    return call_sid, response.data


def recording_callback(
    http,
    signer,
    call_sid: str,
    recording_sid: str,
    *,
    status: str = RecordingStatus.COMPLETED,
    duration: int = 3,
    sign: bool = True,
):
    params = {
        "AccountSid": ACCOUNT_SID,
        "CallSid": call_sid,
        "RecordingSid": recording_sid,
        "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Recordings/"
        f"{recording_sid}",
        "RecordingStatus": status,
        "RecordingDuration": str(duration),
        "RecordingChannels": "1",
        "RecordingSource": "RecordVerb",
    }
    if not sign:
        return http.post("/twilio/recording", data=params)
    return signed_post(http, signer, "/twilio/recording", params)


def voice_rows(ctx: runtime.Context) -> list[Noticing]:
    with ctx.db.session() as session:
        return list(
            session.execute(select(Noticing).where(Noticing.kind == NoticingKind.VOICE)).scalars()
        )


def test_every_caller_hears_the_same_twiml_byte_for_byte(voice_ctx, http, signer) -> None:
    """Caller ID reveals nothing: enrolled or not, consented or not, attested or not."""
    _, enrolled = call(http, signer, verstat="TN-Validation-Passed-A")
    assert b"<Record" in enrolled and b'maxLength="60"' in enrolled
    assert b'recordingStatusCallback="https://carryback.example.org/twilio/recording"' in enrolled
    # The greeting is in every language, for everyone: a stranger has no language.
    assert b"This number is not monitored" in enrolled and b'language="es-US"' in enrolled
    heard = {
        "stranger": call(http, signer, frm="+14155559999")[1],
        "no attestation": call(http, signer)[1],
        "attestation failed": call(http, signer, verstat="TN-Validation-Failed")[1],
    }
    with voice_ctx.db.session() as session:
        clinician = session.execute(select(Client)).scalars().one().clinician
        invited = add_client(
            session, voice_ctx.keys, clinician=clinician, phone="+14155550111", name="Ana"
        )
        invited.status = ClientStatus.INVITED
        invited.language = "es"
        spanish = add_client(
            session, voice_ctx.keys, clinician=clinician, phone="+14155550112", name="Luz"
        )
        spanish.language = "es"
    heard["invited"] = call(http, signer, frm="+14155550111")[1]
    heard["spanish client"] = call(http, signer, frm="+14155550112")[1]
    for who, twiml in heard.items():
        assert twiml == enrolled, who


def test_the_thanks_is_the_same_for_a_kept_note_and_a_stray_one(voice_ctx, http, signer) -> None:
    kept, _ = call(http, signer)
    stray, _ = call(http, signer, frm="+14155559999")
    answers = []
    for call_sid in (kept, stray):
        params = {"AccountSid": ACCOUNT_SID, "CallSid": call_sid, "Digits": "hangup"}
        answer = signed_post(http, signer, "/twilio/voice/recorded", params)
        assert answer.status_code == 200
        answers.append(answer.data)
    assert answers[0] == answers[1] and b"Thank you." in answers[0]


@pytest.mark.parametrize("who", ["stranger", "invited", "paused", "opted out"])
def test_a_recording_not_from_an_active_client_is_deleted_at_twilio_unheard(
    voice_ctx, http, signer, control, spoken, redis, caplog, who
) -> None:
    """Stores no noticing, is never downloaded, leaves only a count (no number in the log)."""
    caller = "+14155559999" if who == "stranger" else PHONE
    status = {
        "invited": ClientStatus.INVITED,
        "paused": ClientStatus.PAUSED,
        "opted out": ClientStatus.OPTED_OUT,
    }.get(who)
    if status is not None:
        with voice_ctx.db.session() as session:
            [client] = session.execute(select(Client)).scalars()
            client.status = status
    caplog.set_level("DEBUG")
    call_sid, _ = call(http, signer, frm=caller)
    recording_sid = control.add_recording(spoken, call_sid=call_sid)
    assert recording_callback(http, signer, call_sid, recording_sid).status_code == 204
    assert voice_rows(voice_ctx) == []
    run_worker(burst=True, sweep=False)
    assert recording_sid in control.deleted()
    assert recording_sid not in control.served()  # deleted unheard
    with voice_ctx.db.session() as session:
        assert session.execute(select(StrayRecording)).scalars().all() == []
        assert strays.counted(session, strays.STRAY_DELETED) == 1
        assert session.execute(select(Call)).scalars().all() == []
    assert voice_rows(voice_ctx) == []
    digits = caller.lstrip("+")
    assert all(digits[-7:] not in record.getMessage() for record in caplog.records)


def test_a_lost_discard_job_is_queued_again_by_the_sweep(
    voice_ctx, http, signer, control, spoken, redis
) -> None:
    call_sid, _ = call(http, signer, frm="+14155559999")
    recording_sid = control.add_recording(spoken, call_sid=call_sid)
    assert recording_callback(http, signer, call_sid, recording_sid).status_code == 204
    recording_callback(http, signer, call_sid, recording_sid)  # Twilio redelivered it
    redis.flushdb()  # Redis lost the job
    run_worker(burst=True, sweep=False)
    assert recording_sid not in control.deleted()
    tick(voice_ctx, now=utcnow() + timedelta(minutes=10))
    run_worker(burst=True, sweep=False)
    assert control.deleted().count(recording_sid) == 1
    with voice_ctx.db.session() as session:
        assert strays.counted(session, strays.STRAY_DELETED) == 1


@pytest.fixture
def intake_server(voice_ctx: runtime.Context) -> Iterator[BackgroundServer]:
    """The intake over real HTTP, for the stand-in to call (it signs for PUBLIC_BASE_URL)."""
    with BackgroundServer(create_app(voice_ctx)) as server:
        yield server


def test_a_call_leaves_one_note_whether_silence_or_a_key_ends_it(
    voice_ctx, intake_server, control, spoken
) -> None:
    """Played by the stand-in as Twilio plays TwiML: one <Record> per call, then thanks."""
    reports = [
        control.place_call(
            f"{PUBLIC_BASE_URL}/twilio/voice",
            from_=PHONE,
            to=TWILIO_NUMBER,
            notes=[(spoken, ends_by)],
            target=intake_server.url,
        )
        for ends_by in ("silence", "#")
    ]
    rows = voice_rows(voice_ctx)
    for report in reports:
        assert report["errors"] == [] and report["ended"] == "hangup"
        # No second greeting and beep: the recording's end does not loop back to /voice.
        assert report["records"] == 1
        assert report["heard"][-2].startswith("Thank you.")  # then the same in Spanish
        [made] = report["recordings"]
        [row] = [row for row in rows if row.call_sid == report["call_sid"]]
        assert row.source_sid == made["sid"] and row.status == NoticingStatus.PENDING
    assert len(rows) == 2


def test_a_call_with_nothing_said_is_told_so_and_kept_as_absent(
    voice_ctx, intake_server, control
) -> None:
    silence = io.BytesIO()
    with wave.open(silence, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(np.zeros(8000 * 2, dtype=np.int16).tobytes())
    report = control.place_call(
        f"{PUBLIC_BASE_URL}/twilio/voice",
        from_=PHONE,
        to=TWILIO_NUMBER,
        notes=[(silence.getvalue(), "silence")],
        target=intake_server.url,
    )
    assert report["records"] == 1 and report["errors"] == []
    assert "Thank you" not in " ".join(report["heard"])
    assert "did not hear" in report["heard"][-2]  # then the same in Spanish
    [row] = voice_rows(voice_ctx)
    assert row.status == NoticingStatus.ABSENT


def test_the_recorded_action_is_signed_like_every_webhook(voice_ctx, http, signer) -> None:
    call_sid, twiml = call(http, signer)
    assert b'action="https://carryback.example.org/twilio/voice/recorded"' in twiml
    assert b'timeout="10"' in twiml
    params = {
        "AccountSid": ACCOUNT_SID,
        "CallSid": call_sid,
        "RecordingSid": "RE" + secrets.token_hex(16),
        "RecordingDuration": "3",
        "Digits": "#",
    }
    assert http.post("/twilio/voice/recorded", data=params).status_code == 403
    answer = signed_post(http, signer, "/twilio/voice/recorded", params)
    assert answer.status_code == 200
    assert b"<Say>Thank you." in answer.data and answer.data.endswith(b"<Hangup /></Response>")


@pytest.mark.slow
def test_voice_note_ends_transcribed_tagged_sealed_and_deleted_at_twilio(
    voice_ctx, http, signer, control, spoken, redis
) -> None:
    call_sid, _ = call(http, signer)
    recording_sid = control.add_recording(spoken)
    assert recording_callback(http, signer, call_sid, recording_sid).status_code == 204
    [row] = voice_rows(voice_ctx)
    assert row.status == NoticingStatus.PENDING
    run_worker(burst=True, sweep=False)
    [row] = voice_rows(voice_ctx)
    assert row.status == NoticingStatus.TAGGED and row.recording_deleted_at is not None
    assert recording_sid in control.deleted()
    with voice_ctx.db.session() as session:
        client = voice_ctx.keys.open_client(session, session.get(Client, row.client_id))
        transcript, tags = open_body(client, row), open_tags(client, row)
    assert transcript.strip()  # the automatic transcript, sealed
    assert tags.cues == ("tight chest before the meeting",)
    assert row.audio_enc is None  # default: no audio kept once transcribed
    for needle in (b"chest", b"standup"):
        assert needle not in row.body_enc and needle not in row.tags_enc
        assert not any(needle in (redis.dump(k) or b"") for k in redis.scan_iter("*"))


def test_unsigned_recording_callback_is_refused(voice_ctx, http, signer, control) -> None:
    call_sid, _ = call(http, signer)
    response = recording_callback(http, signer, call_sid, "RE" + secrets.token_hex(16), sign=False)
    assert response.status_code == 403
    assert voice_rows(voice_ctx) == []


def test_a_recording_sid_the_channel_would_refuse_is_refused_at_the_webhook(
    voice_ctx, http, signer
) -> None:
    call_sid, _ = call(http, signer)
    upper = "RE" + secrets.token_hex(16).upper()
    assert not is_recording_sid(upper)  # Twilio's API path takes lower-case hex only
    response = recording_callback(http, signer, call_sid, upper)
    assert response.status_code == 400
    assert voice_rows(voice_ctx) == []  # never stored as a note that can only fail


def test_same_recording_sid_twice_is_stored_once(voice_ctx, http, signer, redis) -> None:
    call_sid, _ = call(http, signer)
    recording_sid = "RE" + secrets.token_hex(16)
    recording_callback(http, signer, call_sid, recording_sid)
    recording_callback(http, signer, call_sid, recording_sid)
    assert len(voice_rows(voice_ctx)) == 1


def test_absent_or_empty_recording_is_kept_as_such_never_transcribed(
    voice_ctx, http, signer, redis
) -> None:
    call_sid, _ = call(http, signer)
    recording_callback(
        http,
        signer,
        call_sid,
        "RE" + secrets.token_hex(16),
        status=RecordingStatus.ABSENT,
        duration=0,
    )
    [row] = voice_rows(voice_ctx)
    assert row.status == NoticingStatus.ABSENT and "absent" in row.failure_reason
    assert run_worker(burst=True, sweep=False) is False  # nothing was queued


def test_media_not_ready_is_retried_then_transcribed(
    voice_ctx, http, signer, control, spoken
) -> None:
    call_sid, _ = call(http, signer)
    recording_sid = control.add_recording(spoken, not_ready=2)
    recording_callback(http, signer, call_sid, recording_sid)
    [row] = voice_rows(voice_ctx)
    for _ in range(2):
        with pytest.raises(ChannelError, match="not ready") as raised:
            jobs.transcribe_voice(row.id)
        assert not raised.value.permanent
    assert jobs.transcribe_voice(row.id) == NoticingStatus.TAGGED
    assert jobs.transcribe_voice(row.id) == JobOutcome.NOT_WAITING  # idempotent


def test_recording_that_never_appears_fails_clearly(voice_ctx, http, signer, monkeypatch) -> None:
    monkeypatch.setattr(voice, "MAX_DOWNLOAD_ATTEMPTS", 3)
    call_sid, _ = call(http, signer)
    recording_callback(http, signer, call_sid, "RE" + secrets.token_hex(16))
    [row] = voice_rows(voice_ctx)
    for _ in range(2):
        with pytest.raises(ChannelError):
            jobs.transcribe_voice(row.id)
    assert jobs.transcribe_voice(row.id) == NoticingStatus.FAILED
    [row] = voice_rows(voice_ctx)
    assert row.status == NoticingStatus.FAILED and "after 3 attempts" in row.failure_reason


def test_corrupt_audio_is_recorded_and_twilio_copy_deleted(
    voice_ctx, http, signer, control
) -> None:
    call_sid, _ = call(http, signer)
    corrupt = b"RIFF\x24\x00\x00\x00WAVEfmt " + secrets.token_bytes(400)
    recording_sid = control.add_recording(corrupt)
    recording_callback(http, signer, call_sid, recording_sid)
    [row] = voice_rows(voice_ctx)
    assert jobs.transcribe_voice(row.id) == NoticingStatus.FAILED
    [row] = voice_rows(voice_ctx)
    assert row.status == NoticingStatus.FAILED and row.failure_reason.startswith("audio unusable")
    assert recording_sid in control.deleted()


def test_a_silent_call_is_kept_as_a_note_with_no_words(voice_ctx, http, signer, control) -> None:
    """Silence is not an error loop and never tagged: the note is kept, empty, untagged."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(np.zeros(8000 * 3, dtype=np.int16).tobytes())
    call_sid, _ = call(http, signer)
    recording_sid = control.add_recording(buffer.getvalue())
    recording_callback(http, signer, call_sid, recording_sid)
    [row] = voice_rows(voice_ctx)
    assert jobs.transcribe_voice(row.id) == NoticingStatus.TAGGED
    [stored] = voice_rows(voice_ctx)
    assert stored.failure_reason is None and stored.crisis is False
    with voice_ctx.db.session() as session:
        opened = voice_ctx.keys.open_client(session, session.get(Client, stored.client_id))
        assert open_body(opened, stored) == ""
        assert open_tags(opened, stored).cues == ()


def test_client_deleted_meanwhile_ends_quietly(voice_ctx, http, signer, control, spoken) -> None:
    call_sid, _ = call(http, signer)
    recording_sid = control.add_recording(spoken)
    recording_callback(http, signer, call_sid, recording_sid)
    [row] = voice_rows(voice_ctx)
    with voice_ctx.db.session() as session:
        delete_client(session, row.client_id)
    assert jobs.transcribe_voice(row.id) == "gone"


# --- a recording callback lost: the sweep asks Twilio ---------------------------------


def database_down(*_args: object, **_kwargs: object) -> None:
    raise OperationalError("INSERT INTO noticings ...", {}, Exception("database is locked"))


def call_whose_callback_fails(voice_ctx, intake_server, control, audio: bytes) -> dict:
    """A call played by the stand-in while the database fails the recording callback (503)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(intake_app, "receive_recording", database_down)
        report = control.place_call(
            f"{PUBLIC_BASE_URL}/twilio/voice",
            from_=PHONE,
            to=TWILIO_NUMBER,
            notes=[(audio, "#")],
            target=intake_server.url,
        )
    # Twilio does not retry a recording status callback: the stand-in sends it once.
    callbacks = [line for line in report["requests"] if "/twilio/recording " in line]
    assert callbacks == [f"POST {PUBLIC_BASE_URL}/twilio/recording -> 503"]
    assert report["heard"][-2].startswith("Thank you.")  # the caller noticed nothing
    return report


@pytest.mark.slow
def test_a_lost_recording_callback_is_found_by_the_sweep_and_transcribed(
    voice_ctx, intake_server, control, spoken
) -> None:
    report = call_whose_callback_fails(voice_ctx, intake_server, control, spoken)
    [made] = report["recordings"]
    assert voice_rows(voice_ctx) == []  # lost, until the sweep asks

    tick(voice_ctx, now=utcnow() + timedelta(minutes=1))  # too soon: the callback may still come
    assert voice_rows(voice_ctx) == []
    tick(voice_ctx, now=utcnow() + timedelta(minutes=10))
    [row] = voice_rows(voice_ctx)
    assert row.source_sid == made["sid"] and row.call_sid == report["call_sid"]
    assert row.status == NoticingStatus.PENDING
    run_worker(burst=True, sweep=False)

    [row] = voice_rows(voice_ctx)
    assert row.status == NoticingStatus.TAGGED and made["sid"] in control.deleted()
    with voice_ctx.db.session() as session:
        client = voice_ctx.keys.open_client(session, session.get(Client, row.client_id))
        assert open_tags(client, row).cues == ("tight chest before the meeting",)
        call = session.get(Call, report["call_sid"])
        assert call.recordings_settled_at is not None and call.recording_checks == 1
    tick(voice_ctx, now=utcnow() + timedelta(minutes=30))  # settled: not asked again
    assert len(voice_rows(voice_ctx)) == 1


def test_a_call_with_no_recording_is_asked_about_a_bounded_number_of_times(
    voice_ctx, http, signer, control
) -> None:
    call_sid, _ = call(http, signer)  # the caller hung up before the beep: nothing recorded
    later = utcnow()
    for _ in range(defaults.MAX_RECORDING_CHECKS + 3):
        later += defaults.RECORDING_RECONCILE_AFTER
        tick(voice_ctx, now=later)
    with voice_ctx.db.session() as session:
        checked = session.get(Call, call_sid)
        assert checked.recording_checks == defaults.MAX_RECORDING_CHECKS
        assert checked.recordings_settled_at is not None
    assert voice_rows(voice_ctx) == []


def test_a_lost_callback_then_a_late_one_stores_the_note_once(
    voice_ctx, http, signer, control, spoken
) -> None:
    call_sid, _ = call(http, signer)
    recording_sid = control.add_recording(spoken, call_sid=call_sid)
    tick(voice_ctx, now=utcnow() + timedelta(minutes=10))
    assert recording_callback(http, signer, call_sid, recording_sid).status_code == 204
    [row] = voice_rows(voice_ctx)
    assert row.source_sid == recording_sid
