"""Speech recognition behind the Transcriber interface: faster-whisper (CTranslate2, int8, CPU).

One model per language per process (tiny.en for English notes, the multilingual base for
Spanish ones, told the language rather than left to guess it from an 8 kHz note), each loaded
on the first note in its language after its files are checked (model.py). Silero
voice-activity detection (bundled with faster-whisper) cuts silence and line noise away before
decoding, because Whisper writes plausible sentences over both. The client's own cue words are
given to the decoder as hotwords so it spells them as the client does ("standup", "the foreman").
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .audio import PHONE_RATE, TARGET_RATE, Audio, replicate_phone_band
from .model import ModelChoice, check_language, choose_model, prepare_model

log = logging.getLogger(__name__)

# Voice-activity detection. Silero's speech probability must pass SPEECH_THRESHOLD to open a
# region; SPEECH_PAD_MS of audio is kept on each side so the first syllable of a note that
# starts the moment the beep ends is never cut. Figures in bench/transcription.py.
VAD_OPTIONS: dict[str, float | int] = {
    "threshold": 0.2,
    "neg_threshold": 0.1,
    "min_speech_duration_ms": 250,
    "min_silence_duration_ms": 1000,
    "speech_pad_ms": 2000,
}
# Silence put before every note. Whisper drops or mishears the first word of audio that starts
# mid-speech (a note that begins the moment the beep ends: "payday" came back as "today",
# "weekly review" as "we play review"); half a second of lead-in gave the best cue recall of
# 0, 300, 500, 700 and 1000 ms on the clip sets (bench/transcription.py).
LEAD_IN_MS = 500
# A segment Whisper itself believes holds no speech, and decodes with low confidence, is dropped:
# the second guard against words invented over noise that the VAD let through.
NO_SPEECH_PROBABILITY = 0.6
LOW_CONFIDENCE_LOGPROB = -1.0
BEAM_SIZE = 5
# Phone notes for the multilingual model get a copy of their band above 4 kHz, this many times as
# loud (audio.replicate_phone_band). Chosen on the Spanish tune notes only, from 0.05 to 0.3
# (bench/transcription.py): word errors, Festival's voice, 0.110 without, 0.067 at 0.2; espeak-ng
# unchanged within noise. tiny.en has no entry: its figures were measured without it.
PHONE_BAND_REPLICA_GAIN = {"es": 0.2}
# Hotwords are put before the audio in the decoder's prompt; past a few dozen words they crowd
# out the audio's own context, so a long cue list is cut there.
MAX_HOTWORDS = 40


@dataclass(frozen=True)
class Transcript:
    text: str


class Transcriber(Protocol):
    def transcribe(self, audio: Audio, cue_phrases: Sequence[str] = ()) -> Transcript: ...


def hotwords_for(cue_phrases: Sequence[str]) -> str:
    """The client's cue phrases as a short written list: "standup, the foreman, payday."

    Written as a list closed by a full stop, the decoder takes the phrases as context already
    finished; a bare run of words instead made it skip a note's first words when they were
    the list's last ones ("sunday evening I could..." came back without "sunday evening").
    """
    kept: list[str] = []
    count = 0
    for phrase in dict.fromkeys(" ".join(p.split()) for p in cue_phrases if p.strip()):
        count += len(phrase.split())
        if count > MAX_HOTWORDS:
            break
        kept.append(phrase)
    return ", ".join(kept) + "." if kept else ""


class WhisperTranscriber:
    """A loaded Whisper model; one instance serves every job of its process (calls serialised)."""

    def __init__(self, choice: ModelChoice, *, bias: bool = True) -> None:
        from faster_whisper import WhisperModel

        started = time.perf_counter()
        prepare_model(choice)  # every file joined if need be and its SHA-256 checked, or refused
        # A directory path and local_files_only: faster-whisper never reaches for a model hub.
        self._model = WhisperModel(
            str(choice.directory),
            device="cpu",
            compute_type="int8",
            cpu_threads=choice.threads,
            num_workers=1,
            local_files_only=True,
        )
        self.choice = choice
        self.bias = bias
        self.load_seconds = time.perf_counter() - started
        self._lock = threading.Lock()

    def transcribe(self, audio: Audio, cue_phrases: Sequence[str] = ()) -> Transcript:
        lead_in = np.zeros(TARGET_RATE * LEAD_IN_MS // 1000, dtype=np.float32)
        samples = np.concatenate([lead_in, self._prepared(audio)])
        hotwords = hotwords_for(cue_phrases) if self.bias else ""
        with self._lock:
            segments, _info = self._model.transcribe(
                samples,
                language=self.choice.language,
                beam_size=BEAM_SIZE,
                vad_filter=True,
                vad_parameters=VAD_OPTIONS,
                condition_on_previous_text=False,
                hotwords=hotwords or None,
                without_timestamps=True,
            )
            kept = [segment.text.strip() for segment in segments if _is_speech(segment)]
        return Transcript(text=" ".join(part for part in kept if part))

    def _prepared(self, audio: Audio) -> np.ndarray:
        """The note as float samples, its empty high band filled when it came down a phone line
        and the model hears better for it."""
        samples = audio.samples.astype(np.float32) / 32768.0
        gain = PHONE_BAND_REPLICA_GAIN.get(self.choice.language)
        if gain and audio.source_rate <= PHONE_RATE:
            return replicate_phone_band(samples, gain)
        return samples


def _is_speech(segment) -> bool:
    doubtful = segment.no_speech_prob > NO_SPEECH_PROBABILITY
    return not (doubtful and segment.avg_logprob < LOW_CONFIDENCE_LOGPROB)


_loaded: dict[str, WhisperTranscriber] = {}
_loaded_lock = threading.Lock()


def default_transcriber(language: str = "en") -> WhisperTranscriber:
    """The process-wide recogniser for notes in `language` ("en" or "es"), built on first use
    so a worker loads each model once, and only a model it needs.

    Raises ModelError (a file does not match its pin, or no model is installed), ConfigError
    (a malformed CARRYBACK_ASR_* setting), each with one line for the operator, or ValueError
    for a language there is no model for.
    """
    check_language(language)
    with _loaded_lock:
        if language not in _loaded:
            _loaded[language] = WhisperTranscriber(choose_model(language=language))
        return _loaded[language]
