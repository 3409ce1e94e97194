"""Offline transcription of voice notes and tagging by the client's own cues."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from shared.cues import Cue, tag

from .audio import Audio, AudioError, decode_audio
from .engine import PocketsphinxTranscriber, Transcriber, Transcript, default_transcriber

__all__ = [
    "Audio",
    "AudioError",
    "PocketsphinxTranscriber",
    "Transcriber",
    "Transcript",
    "VoiceResult",
    "decode_audio",
    "default_transcriber",
    "transcribe_and_tag",
]


@dataclass(frozen=True)
class VoiceResult:
    text: str
    cues: tuple[str, ...]
    intensity: int | None
    barrier: bool
    crisis: bool
    duration_s: float
    seconds: float  # processing time, decode to tags


def keyphrases_for(cues: Sequence[Cue]) -> dict[str, str]:
    """Every way the client names each cue (label and phrases), mapped to the cue's label."""
    owner: dict[str, str] = {}
    for cue in cues:
        for phrase in (cue.label, *cue.phrases):
            owner.setdefault(phrase, cue.label)
    return owner


def transcribe_and_tag(
    data: bytes, cues: Sequence[Cue], transcriber: Transcriber | None = None
) -> VoiceResult:
    """Decode, transcribe and tag a voice note. Raises AudioError for unusable audio."""
    started = time.perf_counter()
    audio = decode_audio(data)
    owner = keyphrases_for(cues)
    engine = transcriber if transcriber is not None else default_transcriber()
    transcript = engine.transcribe(audio, tuple(owner))
    tags = tag(transcript.text, cues)
    heard = {owner[phrase] for phrase in transcript.spotted if phrase in owner} | set(tags.cues)
    return VoiceResult(
        text=transcript.text,
        cues=tuple(cue.label for cue in cues if cue.label in heard),
        intensity=tags.intensity,
        barrier=tags.barrier,
        crisis=tags.crisis,
        duration_s=round(audio.duration_s, 3),
        seconds=round(time.perf_counter() - started, 3),
    )
