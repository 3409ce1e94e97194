import io
import json
import wave
from pathlib import Path

import numpy as np
import pytest
import soundfile
from click.testing import CliRunner

from services.cli.transcribe import transcribe_command
from shared.cues import Cue
from shared.transcription import (
    AudioError,
    PocketsphinxTranscriber,
    decode_audio,
    engine,
    transcribe_and_tag,
)
from shared.transcription.engine import default_transcriber

CLIPS = Path(__file__).parent / "fixtures" / "audio"
FOREMAN_CLIP = CLIPS / "tune" / "06-kal.wav"  # "the foreman yelled at me in front of everyone"
JAW_CLIP = CLIPS / "heldout" / "06-rms.wav"  # "my jaw was clenched during the call with ..."
QUIET_CLIPS = [
    CLIPS / "tune" / "10-awb.wav",  # "it was a quiet morning, I made coffee and read"
    CLIPS / "tune" / "04-kal-ulaw.wav",  # "nothing happened today, I just went for a walk"
]
KNOTS_CLIP = CLIPS / "fresh" / "06-rms.wav"  # "my stomach was in knots before I called him"


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
]


@pytest.mark.slow
def test_it_spots_the_cue_that_was_spoken_and_not_the_others():
    result = transcribe_and_tag(FOREMAN_CLIP.read_bytes(), CUES)
    assert result.cues == ("the foreman",)
    assert result.text
    assert result.duration_s > 2


@pytest.mark.slow
def test_it_spots_a_multiword_cue_in_another_voice():
    result = transcribe_and_tag(JAW_CLIP.read_bytes(), CUES)
    assert result.cues == ("jaw clenched",)


@pytest.mark.slow
@pytest.mark.parametrize("clip", QUIET_CLIPS, ids=lambda path: path.name)
def test_a_one_word_cue_is_not_heard_in_a_note_that_does_not_say_it(clip):
    result = transcribe_and_tag(clip.read_bytes(), CUES)
    assert result.cues == ()


@pytest.mark.slow
def test_it_hears_a_cue_the_client_says_in_other_words():
    cues = [Cue("stomach in knots"), Cue("shoulders tense"), *CUES]
    result = transcribe_and_tag(KNOTS_CLIP.read_bytes(), cues)
    assert result.cues == ("stomach in knots",)


@pytest.mark.slow
def test_cue_words_missing_from_the_dictionary_do_not_break_decoding(caplog):
    cues = [Cue("zqxvfoo blorptangle"), Cue("the foreman", ("foremanzzkq foreman",))]
    result = transcribe_and_tag(FOREMAN_CLIP.read_bytes(), cues)
    assert result.cues == ("the foreman",)
    assert "not in the pronunciation dictionary" in caplog.text
    assert "zqxvfoo" not in caplog.text and "foremanzzkq" not in caplog.text


@pytest.mark.slow
def test_the_model_is_loaded_once_per_process():
    assert default_transcriber() is default_transcriber()


@pytest.mark.slow
def test_the_command_prints_one_json_line_per_file_and_fails_at_the_end(tmp_path):
    cues_file = tmp_path / "CUES.json"
    cues_file.write_text(json.dumps([{"label": "the foreman", "phrases": ["foreman"]}]))
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"not audio at all" * 10)
    result = CliRunner().invoke(
        transcribe_command, ["--cues", str(cues_file), str(broken), str(FOREMAN_CLIP)]
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


def identity_mllr(widths: list[int]) -> str:
    """An MLLR transform that changes nothing: A = I, b = 0, variance scale 1, per stream."""
    numbers = ["1", str(len(widths))]
    for width in widths:
        numbers.append(str(width))
        numbers += [str(float(i == j)) for i in range(width) for j in range(width)]
        numbers += ["0.0"] * width + ["1.0"] * width
    return "\n".join(numbers) + "\n"


def test_without_a_trained_transform_the_default_recogniser_uses_none(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "MLLR_MATRIX", tmp_path / "mllr_matrix")
    assert engine.default_decoder_options() == {}


@pytest.mark.slow
def test_a_trained_transform_is_loaded_and_cues_are_still_spotted(tmp_path, monkeypatch):
    matrix = tmp_path / "mllr_matrix"
    matrix.write_text(identity_mllr([13, 13, 13]))
    monkeypatch.setattr(engine, "MLLR_MATRIX", matrix)
    options = engine.default_decoder_options()
    assert options == {"mllr": str(matrix)}
    result = transcribe_and_tag(FOREMAN_CLIP.read_bytes(), CUES, PocketsphinxTranscriber(**options))
    assert result.cues == ("the foreman",)


@pytest.mark.parametrize(
    "text",
    [identity_mllr([39]), identity_mllr([13, 13, 13])[:900], "not a transform", ""],
    ids=["one-39-wide-stream", "truncated", "garbage", "empty"],
)
def test_a_transform_that_would_crash_the_decoder_is_skipped(tmp_path, monkeypatch, caplog, text):
    matrix = tmp_path / "mllr_matrix"
    matrix.write_text(text)
    monkeypatch.setattr(engine, "MLLR_MATRIX", matrix)
    assert engine.default_decoder_options() == {}
    assert "MLLR transform does not fit" in caplog.text
