"""Which words are Spanish words: the tagger's check before it reads a word
as a diminutive, a "re-" form or a texting spelling.

The list is Debian's ``wspanish`` (``/usr/share/dict/spanish``, 86,016 words:
lemmas, without the inflected forms), checked against the SHA-256 pinned below
before it is used (``CARRYBACK_SPANISH_WORDS`` points elsewhere). A file that
is missing or differs turns the check off (logged once): every word then
counts as known, so the rules that need it read nothing new, and the matcher
reads Spanish as it did without them.

A word is known when a listed word has its stem: "castigué" and "castigos"
are known through "castigar", "celitos" is not (no listed word stems to
"celit"). A stem is a prefix of the words it comes from, so only the listed
words starting with it are stemmed, found by bisection in the sorted list.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import logging
import os
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_PATH = "/usr/share/dict/spanish"
# wspanish 1.0.30 (Debian 12). A new package version means a new pin.
PINNED_SHA256 = "6b26adc955ec682e41e98d626d0ed1f778511065ee1f7f19c28e8b3cb574b9b6"
# Listed words stemmed to decide one word, at most: a short stem ("cas") opens
# hundreds of listed words; the shortest come first and hold the lemma.
_CANDIDATES_MAX = 400


class SpanishWords:
    """The checked word list, normalised as the tagger reads words, sorted."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if actual != PINNED_SHA256:
            raise ValueError(f"{path}: SHA-256 {actual} is not the pinned {PINNED_SHA256}")
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
    accents and tildes dropped); the list holds letters only, so this is all it needs."""
    decomposed = unicodedata.normalize("NFD", word.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_LOADED: dict[str, SpanishWords | None] = {}
_LOCK = threading.Lock()


def spanish_words() -> SpanishWords | None:
    """The process's word list, loaded and checked once; None when unavailable."""
    path = os.environ.get("CARRYBACK_SPANISH_WORDS", DEFAULT_PATH)
    with _LOCK:
        if path not in _LOADED:
            try:
                _LOADED[path] = SpanishWords(Path(path))
            except (OSError, ValueError) as exc:
                log.warning(
                    "Spanish word list off, Spanish forms read by the stemmer alone: %s", exc
                )
                _LOADED[path] = None
        return _LOADED[path]


def known_by(stem: Callable[[str], str]) -> Callable[[str], bool]:
    """``known(word)``: a listed word shares ``word``'s stem (every word, without the list)."""

    @functools.lru_cache(maxsize=50_000)
    def known(word: str) -> bool:
        words = spanish_words()
        if words is None or words.listed(word):
            return True
        wanted = stem(word)
        return any(stem(other) == wanted for other in words.starting(wanted))

    return known
