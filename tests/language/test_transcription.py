import io
import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
import soundfile
from click.testing import CliRunner

from services.cli.transcribe import transcribe_command
from shared.kernel.config import ConfigError
from shared.language.cues import Cue
from shared.language.transcription import (
    AudioError,
    ModelError,
    WhisperTranscriber,
    decode_audio,
    default_transcriber,
    transcribe_and_tag,
)
from shared.language.transcription.engine import hotwords_for
from shared.language.transcription.model import (
    PINNED_TINY_EN,
    choose_model,
    default_model_directory,
    verify_model,
)
from tests.support.paths import TESTS

CLIPS = TESTS / "fixtures" / "audio"
FOREMAN_CLIP = CLIPS / "tune" / "06-kal.wav"  # "the foreman yelled at me in front of everyone"
JAW_CLIP = CLIPS / "heldout" / "06-rms.wav"  # "my jaw was clenched during the call with ..."
QUIET_CLIPS = [
    CLIPS / "tune" / "10-awb.wav",  # "it was a quiet morning, I made coffee and read"
    CLIPS / "tune" / "04-kal-ulaw.wav",  # "nothing happened today, I just went for a walk"
]
SUNDAY_CLIP = CLIPS / "tune" / "11-awb.wav"  # "sunday evening I could not stop checking ..."
QUIET_CALLS = sorted((CLIPS / "quiet").glob("*.wav"))  # 12 s of silence, hiss, line noise
CARRYBACK = Path(sys.executable).parent / "carryback"


def tone(rate: int, seconds: float, channels: int = 1) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    mono = 0.3 * np.sin(2 * np.pi * 440 * t)
    return np.repeat(mono[:, None], channels, axis=1)


def encode(signal: np.ndarray, rate: int, fmt: str = "WAV", subtype: str = "PCM_16") -> bytes:
    buffer = io.BytesIO()
    soundfile.write(buffer, signal, rate, format=fmt, subtype=subtype)
    return buffer.getvalue()


def test_it_decodes_a_twilio_8k_pcm_clip_to_16k_mono():
    audio = decode_audio(FOREMAN_CLIP.read_bytes())
    with wave.open(str(FOREMAN_CLIP)) as source:
        seconds = source.getnframes() / source.getframerate()
    assert audio.samples.dtype == np.int16
    assert audio.samples.ndim == 1
    assert audio.duration_s == pytest.approx(seconds, abs=0.01)
    assert len(audio.samples) == pytest.approx(seconds * 16000, abs=2)


def test_it_decodes_mulaw_wav():
    data = (CLIPS / "tune" / "00-slt-ulaw.wav").read_bytes()
    assert data[20:22] == b"\x07\x00"  # WAVE_FORMAT_MULAW
    assert decode_audio(data).duration_s > 1


@pytest.mark.parametrize("rate", [8000, 22050, 44100, 48000])
def test_it_downmixes_stereo_and_keeps_pitch_at_any_rate(rate):
    audio = decode_audio(encode(tone(rate, 1.0, channels=2), rate))
    spectrum = np.abs(np.fft.rfft(audio.samples.astype(float)))
    peak_hz = np.argmax(spectrum) * 16000 / len(audio.samples)
    assert audio.duration_s == pytest.approx(1.0, abs=0.001)
    assert peak_hz == pytest.approx(440, abs=2)


@pytest.mark.parametrize("subtype", ["PCM_U8", "PCM_24", "PCM_32", "FLOAT", "ALAW"])
def test_it_decodes_other_wav_encodings(subtype):
    audio = decode_audio(encode(tone(8000, 0.5), 8000, subtype=subtype))
    assert audio.duration_s == pytest.approx(0.5, abs=0.001)


def test_it_decodes_mp3():
    data = encode(tone(16000, 2.0), 16000, fmt="MP3", subtype="MPEG_LAYER_III")
    assert decode_audio(data).duration_s == pytest.approx(2.0, abs=0.1)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 40, "corrupt"),
        (encode(np.zeros((16000, 1)), 8000), "silent"),
        (encode(tone(8000, 0.0), 8000), "empty"),
        (FOREMAN_CLIP.read_bytes()[:30], "corrupt"),
        (encode(tone(4000, 0.5), 4000), "unsupported_format"),
    ],
    ids=["empty", "garbage", "silent", "no-frames", "truncated-header", "4khz"],
)
def test_it_rejects_unusable_audio_with_a_reason(data, reason):
    with pytest.raises(AudioError) as caught:
        decode_audio(data)
    assert caught.value.reason == reason


def test_it_rejects_a_ten_minute_recording():
    data = encode(tone(8000, 600.0), 8000)
    with pytest.raises(AudioError) as caught:
        decode_audio(data)
    assert caught.value.reason == "too_long"


CUES = [
    Cue("the foreman", ("foreman",)),
    Cue("jaw clenched", ("clenching my jaw", "jaw was clenched")),
    Cue("kids screaming", ("kids were screaming",)),
    Cue("sunday night", ("sunday evening",)),
]


@pytest.fixture(scope="session")
def recogniser() -> WhisperTranscriber:
    """The process-wide model, loaded once for the whole test session."""
    return default_transcriber()


@pytest.mark.slow
def test_it_tags_the_cue_that_was_spoken_and_not_the_others(recogniser):
    result = transcribe_and_tag(FOREMAN_CLIP.read_bytes(), CUES, recogniser)
    assert result.cues == ("the foreman",)
    assert "foreman" in result.text.lower()
    assert result.duration_s > 2


@pytest.mark.slow
def test_it_tags_a_multiword_cue_in_another_voice(recogniser):
    result = transcribe_and_tag(JAW_CLIP.read_bytes(), CUES, recogniser)
    assert result.cues == ("jaw clenched",)


@pytest.mark.slow
def test_the_first_words_of_a_note_are_kept_when_they_are_a_cue(recogniser):
    result = transcribe_and_tag(SUNDAY_CLIP.read_bytes(), CUES, recogniser)
    assert result.text.lower().startswith("sunday evening")
    assert result.cues == ("sunday night",)


@pytest.mark.slow
@pytest.mark.parametrize("clip", QUIET_CLIPS, ids=lambda path: path.name)
def test_the_cue_bias_invents_no_cue_in_a_note_that_does_not_say_it(recogniser, clip):
    result = transcribe_and_tag(clip.read_bytes(), CUES, recogniser)
    assert result.text  # the note was heard...
    assert result.cues == ()  # ...and none of the cues the decoder was primed with were invented


@pytest.mark.slow
@pytest.mark.parametrize("clip", QUIET_CALLS, ids=lambda path: path.name)
def test_a_call_with_nobody_speaking_gives_no_words_and_no_cue(recogniser, clip):
    result = transcribe_and_tag(clip.read_bytes(), CUES, recogniser, allow_silence=True)
    assert result.text == ""
    assert (result.cues, result.intensity, result.barrier, result.crisis) == (
        (),
        None,
        False,
        False,
    )
    assert result.duration_s == pytest.approx(12, abs=0.1)


def test_a_silent_recording_is_still_a_permanent_rejection_by_default():
    with pytest.raises(AudioError) as caught:
        transcribe_and_tag((CLIPS / "quiet" / "silence-12s.wav").read_bytes(), CUES)
    assert caught.value.reason == "silent"


@pytest.mark.slow
def test_the_model_is_loaded_once_per_process(recogniser):
    assert default_transcriber() is recogniser


@pytest.mark.slow
def test_the_command_prints_one_json_line_per_file_and_fails_at_the_end(recogniser, tmp_path):
    cues_file = tmp_path / "CUES.json"
    cues_file.write_text(json.dumps([{"label": "the foreman", "phrases": ["foreman"]}]))
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"not audio at all" * 10)
    silence = CLIPS / "quiet" / "silence-12s.wav"
    result = CliRunner().invoke(
        transcribe_command,
        ["--cues", str(cues_file), str(broken), str(FOREMAN_CLIP), str(silence)],
    )
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 1
    assert lines[0] == {"file": str(broken), "error": "corrupt"}
    assert lines[1]["file"] == str(FOREMAN_CLIP)
    assert lines[1]["cues"] == ["the foreman"]
    assert set(lines[1]) == {
        "file",
        "text",
        "cues",
        "intensity",
        "barrier",
        "crisis",
        "duration_s",
        "seconds",
    }
    assert (lines[2]["file"], lines[2]["text"], lines[2]["cues"]) == (str(silence), "", [])


def test_hotwords_are_the_client_phrases_as_a_closed_list():
    assert hotwords_for(["standup", "the  foreman", "standup", " "]) == "standup, the foreman."
    assert hotwords_for([]) == ""
    many = hotwords_for([f"cue number {n}" for n in range(100)])
    assert len(many.split()) <= 40 and many.endswith(".")


def test_the_installed_default_model_matches_its_pins():
    choice = choose_model({})
    assert choice.name == "tiny.en"
    assert dict(choice.pinned) == dict(PINNED_TINY_EN)
    verify_model(choice.directory, choice.pinned)


def model_copy(folder: Path, tampered: str | None = None) -> Path:
    """The installed model's files linked into folder, with one file's bytes changed."""
    folder.mkdir()
    for name in PINNED_TINY_EN:
        source = default_model_directory() / name
        if name == tampered:
            (folder / name).write_bytes(source.read_bytes()[:-1] + b"!")
        else:
            (folder / name).symlink_to(source)
    return folder


def test_a_changed_model_file_is_refused_with_one_line_naming_it(tmp_path):
    folder = model_copy(tmp_path / "model", tampered="vocabulary.txt")
    with pytest.raises(ModelError) as caught:
        verify_model(folder, PINNED_TINY_EN)
    message = str(caught.value)
    assert "vocabulary.txt" in message and "SHA-256" in message and "\n" not in message


def test_a_missing_model_file_is_refused(tmp_path):
    folder = model_copy(tmp_path / "model")
    (folder / "tokenizer.json").unlink()
    with pytest.raises(ModelError, match=r"missing: .*tokenizer\.json"):
        verify_model(folder, PINNED_TINY_EN)


def test_another_model_is_checked_against_the_operator_sums_file(tmp_path):
    folder = model_copy(tmp_path / "model", tampered="config.json")
    sums = "".join(f"{digest}  {name}\n" for name, digest in PINNED_TINY_EN.items())
    (folder / "SHA256SUMS").write_text(sums)
    choice = choose_model({"CARRYBACK_ASR_MODEL": str(folder), "CARRYBACK_ASR_THREADS": "1"})
    assert (choice.directory, choice.threads) == (folder, 1)
    with pytest.raises(ModelError, match=r"config\.json"):
        verify_model(choice.directory, choice.pinned)


def test_another_model_without_a_sums_file_is_loaded_unpinned(tmp_path):
    folder = model_copy(tmp_path / "model")
    choice = choose_model({"CARRYBACK_ASR_MODEL": str(folder)})
    assert choice.pinned == {}


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"CARRYBACK_ASR_THREADS": "0"}, "CARRYBACK_ASR_THREADS"),
        ({"CARRYBACK_ASR_THREADS": "two"}, "CARRYBACK_ASR_THREADS"),
        ({"CARRYBACK_ASR_MODEL": "/nonexistent/model"}, "CARRYBACK_ASR_MODEL"),
    ],
)
def test_a_malformed_speech_setting_names_the_variable(env, named):
    with pytest.raises(ConfigError, match=named):
        choose_model(env)


def run_carryback(*args: str, **env: str) -> subprocess.CompletedProcess:
    # A model hub that cannot answer: loading must never need one.
    hubless = {**os.environ, "HF_ENDPOINT": "http://127.0.0.1:9", "HF_HUB_OFFLINE": "0", **env}
    return subprocess.run(
        [str(CARRYBACK), *args], capture_output=True, text=True, env=hubless, timeout=300
    )


def test_the_command_refuses_a_changed_model_with_one_line(tmp_path):
    folder = model_copy(tmp_path / "model", tampered="model.bin")
    sums = "".join(f"{digest}  {name}\n" for name, digest in PINNED_TINY_EN.items())
    (folder / "SHA256SUMS").write_text(sums)
    done = run_carryback("transcribe", str(FOREMAN_CLIP), CARRYBACK_ASR_MODEL=str(folder))
    assert done.returncode == 1
    assert done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert "model.bin" in line and "does not match its pinned SHA-256" in line


@pytest.mark.slow
def test_the_command_loads_the_pinned_model_with_no_model_hub_reachable():
    done = run_carryback("transcribe", str(FOREMAN_CLIP))
    assert done.returncode == 0, done.stderr
    # Without --cues nothing biases the decoder: "foreman" may come back as "four men".
    assert "in front of everyone" in json.loads(done.stdout)["text"].lower()
