"""Speech recognition behind the Transcriber interface; pocketsphinx is the offline default.

Two passes over the same audio: a free decode with the general English language model (the
text a clinician reads), then keyword spotting for the client's own cue phrases, which is far
more reliable on phone audio than hoping the free decode spells them right.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .audio import Audio

log = logging.getLogger(__name__)

# Spotting threshold per phone of a keyphrase: longer phrases accumulate more acoustic
# evidence, so their threshold falls geometrically with length. Tuned on tests/fixtures/audio/tune.
DEFAULT_LOG10_THRESHOLD_PER_PHONE = -3.0
MIN_PHRASE_PHONES = 4  # shorter phrases ("up", "mom") fire on almost anything


@dataclass(frozen=True)
class Transcript:
    text: str
    spotted: tuple[str, ...]


class Transcriber(Protocol):
    def transcribe(self, audio: Audio, keyphrases: Sequence[str] = ()) -> Transcript: ...


def phrase_words(phrase: str) -> list[str]:
    """Lowercase words of a phrase as the recogniser's dictionary spells them."""
    return re.findall(r"[a-z0-9']+", phrase.lower().replace("’", "'"))


class PocketsphinxTranscriber:
    """Loads the English model once; one instance serves many jobs (calls are serialised)."""

    def __init__(self, *, log10_threshold_per_phone: float = DEFAULT_LOG10_THRESHOLD_PER_PHONE):
        from pocketsphinx import Config, Decoder

        self._threshold = log10_threshold_per_phone
        # fwdflat off: a quarter faster with no measurable loss on phone audio.
        self._decoder = Decoder(Config(fwdflat=False, loglevel="FATAL"))
        self._lock = threading.Lock()

    def transcribe(self, audio: Audio, keyphrases: Sequence[str] = ()) -> Transcript:
        raw = _dithered(audio.samples).tobytes()
        with self._lock:
            text = self._decode(raw, search=None)
            spotted = self._spot(raw, keyphrases, text) if keyphrases else ()
        return Transcript(text=text, spotted=spotted)

    def _decode(self, raw: bytes, *, search: str | None) -> str:
        self._decoder.activate_search(search)
        self._decoder.start_utt()
        self._decoder.process_raw(raw, full_utt=True)
        self._decoder.end_utt()
        hypothesis = self._decoder.hyp()
        return hypothesis.hypstr.strip() if hypothesis is not None else ""

    def _spot(self, raw: bytes, keyphrases: Sequence[str], text: str) -> tuple[str, ...]:
        spellable = self._spellable(keyphrases)
        found: set[str] = set()
        heard = f" {text} "
        for original, spelled in spellable.items():
            if f" {spelled} " in heard:
                found.add(original)
        searchable = {k: v for k, v in spellable.items() if self._phones(v) >= MIN_PHRASE_PHONES}
        if searchable:
            hits = self._keyword_search(raw, sorted(set(searchable.values())))
            found.update(k for k, v in searchable.items() if v in hits)
        return tuple(k for k in dict.fromkeys(keyphrases) if k in found)

    def _keyword_search(self, raw: bytes, phrases: list[str]) -> set[str]:
        lines = []
        for phrase in phrases:
            exponent = self._threshold * self._phones(phrase)
            lines.append(f"{phrase} /1e{exponent:.0f}/\n")
        fd, path = tempfile.mkstemp(suffix=".kws")
        try:
            with os.fdopen(fd, "w") as handle:
                handle.writelines(lines)
            self._decoder.add_kws("cues", path)
        finally:
            os.unlink(path)
        try:
            self._decode(raw, search="cues")
            return {segment.word.strip() for segment in self._decoder.seg() or ()}
        finally:
            self._decoder.activate_search(None)
            self._decoder.remove_search("cues")

    def _spellable(self, keyphrases: Sequence[str]) -> dict[str, str]:
        """Map each keyphrase to its dictionary spelling; words the model cannot say are dropped."""
        spelled: dict[str, str] = {}
        missing = 0
        for phrase in keyphrases:
            words = []
            for word in phrase_words(phrase):
                parts = self._dictionary_parts(word)
                if parts is None:
                    missing += 1
                else:
                    words.extend(parts)
            if words:
                spelled[phrase] = " ".join(words)
        if missing:
            # Count only: the words are the client's and must not reach the logs.
            log.warning("%d cue word(s) not in the pronunciation dictionary; skipped", missing)
        return spelled

    def _dictionary_parts(self, word: str) -> list[str] | None:
        """The word itself, or a compound split into two known words ("standup" -> stand up)."""
        if self._decoder.lookup_word(word):
            return [word]
        for cut in range(2, len(word) - 1):
            head, tail = word[:cut], word[cut:]
            if self._decoder.lookup_word(head) and self._decoder.lookup_word(tail):
                return [head, tail]
        return None

    def _phones(self, spelled: str) -> int:
        return sum(len((self._decoder.lookup_word(w) or "").split()) for w in spelled.split())


def _dithered(samples: np.ndarray) -> np.ndarray:
    """Add ±1 LSB of noise so the empty band above 4 kHz in 8 kHz calls does not produce
    degenerate (log of zero) features; seeded so the same note always gives the same text."""
    noise = np.random.default_rng(0).integers(-1, 2, size=len(samples))
    return np.clip(samples.astype(np.int32) + noise, -32768, 32767).astype(np.int16)


_default: Transcriber | None = None
_default_lock = threading.Lock()


def default_transcriber() -> Transcriber:
    """The process-wide recogniser, built on first use so a worker loads the model once."""
    global _default
    with _default_lock:
        if _default is None:
            _default = PocketsphinxTranscriber()
        return _default
