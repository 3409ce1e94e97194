"""Offline transcription of voice notes, then the same cue tagger as a text noticing."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from shared.language.cues import Cue, tag

from .audio import Audio, AudioError, decode_audio
from .engine import Transcriber, Transcript, WhisperTranscriber, default_transcriber
from .model import LANGUAGES, ModelError, check_language

__all__ = [
    "LANGUAGES",
    "Audio",
    "AudioError",
    "ModelError",
    "Transcriber",
    "Transcript",
    "VoiceResult",
    "WhisperTranscriber",
    "decode_audio",
    "default_transcriber",
    "transcribe_and_tag",
]


@dataclass(frozen=True)
class VoiceResult:
    text: str  # "" when the note held no words (silence, line noise): then nothing is tagged
    cues: tuple[str, ...]
    intensity: int | None
    barrier: bool
    crisis: bool
    duration_s: float
    seconds: float  # processing time, decode to tags


def cue_phrases(cues: Sequence[Cue]) -> list[str]:
    """Every way the client names their cues (labels and phrases), to bias the recogniser."""
    return list(dict.fromkeys(p for cue in cues for p in (cue.label, *cue.phrases)))


def transcribe_and_tag(
    data: bytes,
    cues: Sequence[Cue],
    transcriber: Transcriber | None = None,
    *,
    allow_silence: bool = False,
    language: str = "en",
) -> VoiceResult:
    """Decode, transcribe and tag a voice note. Raises AudioError for unusable audio.

    ``language`` ("en" or "es") is the language the client speaks: it picks the process-wide
    recogniser for it (an explicit ``transcriber`` is used as it is). Raises ValueError for
    a language there is no model for, before anything is decoded.

    A note with no words (line noise, or silence when allow_silence) gets an empty transcript
    and no tags at all: nothing is ever tagged from a note in which nobody spoke. Without
    allow_silence, a silent recording is AudioError("silent"), a permanent rejection.
    """
    check_language(language)
    started = time.perf_counter()
    audio = decode_audio(data, allow_silence=allow_silence)
    engine = transcriber if transcriber is not None else default_transcriber(language)
    text = engine.transcribe(audio, cue_phrases(cues)).text
    # spoken: the tagger also tolerates the recogniser's sound-alike mishearings. Cues not
    # compiled already are read in the note's language (Spanish inflections for a Spanish note).
    tags = tag(text, cues, spoken=True, language=language) if text else None
    return VoiceResult(
        text=text,
        cues=tags.cues if tags else (),
        intensity=tags.intensity if tags else None,
        barrier=tags.barrier if tags else False,
        crisis=tags.crisis if tags else False,
        duration_s=round(audio.duration_s, 3),
        seconds=round(time.perf_counter() - started, 3),
    )
