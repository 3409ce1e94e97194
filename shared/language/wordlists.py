"""Checked word lists: which words are words, in Spanish and in English.

Two Debian lists, each checked against the SHA-256 pinned below before it is used
(an environment variable points elsewhere). A file that is missing or differs turns
its list off (logged once); every reader then falls back to what it did without it:

- ``wspanish`` (``/usr/share/dict/spanish``, 86,016 words: lemmas, without the
  inflected forms; ``CARRYBACK_SPANISH_WORDS``): the cue matcher's check before it
  reads a word as a diminutive, a "re-" form or a texting spelling, and crisis
  triage's before it reads a word as a mistyped crisis word.
- ``wamerican-large`` (``/usr/share/dict/american-english-large``, about 170,000
  words with their inflected forms; ``CARRYBACK_ENGLISH_WORDS``): crisis triage's
  check that "kilting" or "kipling" is a word, not a mistyped "killing".
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import os
import threading
import unicodedata
from pathlib import Path

log = logging.getLogger(__name__)

SPANISH_PATH = "/usr/share/dict/spanish"
# wspanish 1.0.30 (Debian 12). A new package version means a new pin.
SPANISH_SHA256 = "6b26adc955ec682e41e98d626d0ed1f778511065ee1f7f19c28e8b3cb574b9b6"
ENGLISH_PATH = "/usr/share/dict/american-english-large"
# wamerican-large 2020.12.07-2 (Debian 12).
ENGLISH_SHA256 = "7722e490a1575058326569c778fcb8e93b3cf866452c0f54bfd1c22817ad5a90"
# Listed words stemmed to decide one word, at most: a short stem ("cas") opens
# hundreds of listed words; the shortest come first and hold the lemma.
_CANDIDATES_MAX = 400


class WordList:
    """A checked word list, normalised as the readers read words (:func:`fold`), sorted."""

    def __init__(self, path: Path, pinned: str) -> None:
        data = path.read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if actual != pinned:
            raise ValueError(f"{path}: SHA-256 {actual} is not the pinned {pinned}")
        words = {fold(line) for line in data.decode("utf-8").splitlines()}
        self._sorted = sorted(w for w in words if w.isalpha())
        self._listed = frozenset(self._sorted)

    def listed(self, word: str) -> bool:
        return word in self._listed

    def starting(self, prefix: str) -> list[str]:
        """Listed words that start with ``prefix``, shortest first."""
        at = bisect.bisect_left(self._sorted, prefix)
        found = []
        for word in self._sorted[at:]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return sorted(found, key=len)[:_CANDIDATES_MAX]


def fold(word: str) -> str:
    """A listed word as :func:`shared.language.text.normalise` reads it (lower case,
    accents and tildes dropped, apostrophes gone: "Kipling's" is "kiplings")."""
    decomposed = unicodedata.normalize("NFD", word.strip().lower().replace("'", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_LOADED: dict[str, WordList | None] = {}
_LOCK = threading.Lock()


def _load(variable: str, default: str, pinned: str, language: str) -> WordList | None:
    path = os.environ.get(variable, default)
    if path in _LOADED:
        return _LOADED[path]  # loaded once: read without the lock
    with _LOCK:
        if path not in _LOADED:
            try:
                _LOADED[path] = WordList(Path(path), pinned)
            except (OSError, ValueError) as exc:
                log.warning("%s word list off, its words read without it: %s", language, exc)
                _LOADED[path] = None
        return _LOADED[path]


def spanish_words() -> WordList | None:
    """The process's Spanish list, loaded and checked once; None when unavailable."""
    return _load("CARRYBACK_SPANISH_WORDS", SPANISH_PATH, SPANISH_SHA256, "Spanish")


def english_words() -> WordList | None:
    """The process's English list, loaded and checked once; None when unavailable."""
    return _load("CARRYBACK_ENGLISH_WORDS", ENGLISH_PATH, ENGLISH_SHA256, "English")
