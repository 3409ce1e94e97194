"""English words for a Spanish cue's words, and Spanish synonyms checked both ways.

Two Debian packages, each checked against the SHA-256 pinned below before it
is used (a missing file or different bytes turn that source off, logged once,
and the matcher reads as it did without it):

- FreeDict's Spanish-English and English-Spanish dictionaries
  (``dict-freedict-spa-eng``, ``dict-freedict-eng-spa``: dictd files in
  ``/usr/share/dictd``; ``CARRYBACK_FREEDICT_DIR`` points elsewhere). Both
  directions are read into one table, Spanish word to English words: "miedo"
  gives "fear", "contestar" "reply" (from the English side: "reply" lists
  "contestar"). Only single words are kept that the Spanish word list or
  WordNet knows, which drops the dictionaries' run-together entries
  ("cabinatelefónica").
- LibreOffice's Spanish thesaurus (``mythes-es``, ``/usr/share/mythes``;
  ``CARRYBACK_MYTHES_DIR``). Its senses are unranked ("madre" lists "hermana"),
  so a pair is kept only when each word lists the other.

Only a cue's words are ever looked up, when a cue set is compiled.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shared.language.cues.spanish_words import fold, spanish_words
from shared.language.cues.wordnet import base_forms, wordnet

log = logging.getLogger(__name__)

FREEDICT_DIR = "/usr/share/dictd"
MYTHES_DIR = "/usr/share/mythes"
# dict-freedict-spa-eng and dict-freedict-eng-spa 2022.04.21-1 (Debian 12).
FREEDICT_SHA256 = {
    "freedict-spa-eng.index": "e874c04f3912812b7e128c9fdd6b10b96ffe6624b09bc4353f9cfa761208c90d",
    "freedict-spa-eng.dict.dz": "c62e089dc5797e337457cdc22abd0d510df18901a32e84b0d173da6bc6ef66da",
    "freedict-eng-spa.index": "1a74493522ebcfa3ff93e4e0d4f16ffed3afc4a64a8192f419b77d14789ac718",
    "freedict-eng-spa.dict.dz": "1e33c230e4c1ba56a3ad48e50d0d52ea0ffd41b2e6d51880457cb6d1fcb6f2e3",
}
# mythes-es 1:7.5.0-1 (Debian 12); every country's file is a link to this one.
MYTHES_FILE = "th_es_ES_v2.dat"
MYTHES_SHA256 = "ee0b7ad7dfede636aa5d5509cbbcbab59bef4cb8cbdff01f9528b15bd139b889"
_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


class SourceUnavailable(RuntimeError):
    """The data is missing or is not the data pinned here."""


def _checked(path: Path, digest: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceUnavailable(f"{path}: {exc.strerror}") from exc
    actual = hashlib.sha256(data).hexdigest()
    if actual != digest:
        raise SourceUnavailable(f"{path}: SHA-256 {actual} is not the pinned {digest}")
    return data


def _number(text: str) -> int:
    """A dictd index number (offset or length), written in base 64."""
    value = 0
    for char in text:
        value = value * 64 + _BASE64.index(char)
    return value


def _dictd_entries(directory: Path, name: str) -> list[tuple[str, list[str]]]:
    """(headword, translations) of one dictd dictionary, every word folded."""
    index = _checked(directory / f"{name}.index", FREEDICT_SHA256[f"{name}.index"])
    body = gzip.decompress(
        _checked(directory / f"{name}.dict.dz", FREEDICT_SHA256[f"{name}.dict.dz"])
    )
    entries = []
    for line in index.decode("utf-8").splitlines():
        headword, offset, length = line.split("\t")
        if headword.startswith("00database"):
            continue  # the dictionary's own description
        start = _number(offset)
        text = body[start : start + _number(length)].decode("utf-8")
        # "miedo /mjˈeðo/\n1. agony, anguish, fear\n2. afraid": the first line
        # is the headword and its pronunciation, then senses, numbered or not.
        translations = []
        for sense in text.splitlines()[1:]:
            sense = sense.split(". ", 1)[1] if sense[:1].isdigit() and ". " in sense else sense
            translations.extend(fold(t) for t in sense.split(","))
        entries.append((fold(headword), [t for t in translations if t]))
    return entries


@dataclass(frozen=True)
class FreeDict:
    """Spanish word to English words, from both FreeDict dictionaries."""

    english: dict[str, frozenset[str]]

    @classmethod
    def load(
        cls, directory: Path, spanish: Callable[[str], bool], english: Callable[[str], bool]
    ) -> FreeDict:
        """``spanish``/``english``: whether a word is one (the word lists); a
        run-together or several-word translation is neither and is dropped."""
        table: dict[str, set[str]] = {}
        for headword, translations in _dictd_entries(directory, "freedict-spa-eng"):
            if headword.isalpha() and spanish(headword):
                table.setdefault(headword, set()).update(
                    t for t in translations if t.isalpha() and english(t)
                )
        for headword, translations in _dictd_entries(directory, "freedict-eng-spa"):
            if headword.isalpha() and english(headword):
                for word in translations:
                    if word.isalpha() and spanish(word):
                        table.setdefault(word, set()).add(headword)
        return cls({word: frozenset(found) for word, found in table.items() if found})

    def translations(self, word: str) -> frozenset[str]:
        return self.english.get(word, frozenset())


@dataclass(frozen=True)
class Thesaurus:
    """Spanish synonyms, only the pairs in which each word lists the other."""

    mutual: dict[str, frozenset[str]]

    @classmethod
    def load(cls, directory: Path) -> Thesaurus:
        data = _checked(directory / MYTHES_FILE, MYTHES_SHA256)
        lines = data.decode(data.split(b"\n", 1)[0].decode("ascii").strip()).splitlines()
        listed: dict[str, set[str]] = {}
        # "madre|2" then two sense lines "-|lecho|álveo|...": the head word, how
        # many senses, each sense's part of speech and its words.
        at = 1
        while at < len(lines):
            head, count = lines[at].rsplit("|", 1)
            words = listed.setdefault(fold(head), set())
            for sense in lines[at + 1 : at + 1 + int(count)]:
                words.update(fold(w) for w in sense.split("|")[1:] if w.isalpha())
            at += 1 + int(count)
        mutual = {
            head: frozenset(w for w in words if w != head and head in listed.get(w, ()))
            for head, words in listed.items()
        }
        return cls({head: words for head, words in mutual.items() if words})

    def synonyms(self, word: str) -> frozenset[str]:
        return self.mutual.get(word, frozenset())


def thesaurus_senses(directory: Path) -> list[frozenset[str]]:
    """Every sense of the thesaurus as it lists it, its head word included, folded
    (unranked and uncut: for measuring a list against it, never for matching)."""
    data = _checked(directory / MYTHES_FILE, MYTHES_SHA256)
    lines = data.decode(data.split(b"\n", 1)[0].decode("ascii").strip()).splitlines()
    senses = []
    at = 1
    while at < len(lines):
        head, count = lines[at].rsplit("|", 1)
        for sense in lines[at + 1 : at + 1 + int(count)]:
            senses.append(frozenset({fold(head), *(fold(w) for w in sense.split("|")[1:])}))
        at += 1 + int(count)
    return senses


@dataclass(frozen=True)
class Confirmed:
    """How many of a list's pairs the dictionaries confirm."""

    pairs: int = 0
    freedict: int = 0  # the two words share an English translation
    thesaurus: int = 0  # one thesaurus sense lists both
    either: int = 0
    unconfirmed: tuple[tuple[str, str], ...] = ()


def confirm_pairs(pairs: list[tuple[str, str]]) -> Confirmed:
    """Which pairs of one-word Spanish synonyms FreeDict or the thesaurus confirm
    (each source as pinned; a source that is off confirms nothing)."""
    words = spanish_words()
    table = freedict(words.listed, _english_word) if words else None
    directory = Path(os.environ.get("CARRYBACK_MYTHES_DIR", MYTHES_DIR))
    try:
        senses = thesaurus_senses(directory)
    except SourceUnavailable:
        senses = []
    where: dict[str, set[int]] = {}
    for index, sense in enumerate(senses):
        for word in sense:
            where.setdefault(word, set()).add(index)
    by_freedict = by_thesaurus = by_either = 0
    unconfirmed = []
    for a, b in pairs:
        english = table is not None and bool(table.translations(a) & table.translations(b))
        shared = bool(where.get(a, set()) & where.get(b, set()))
        by_freedict += english
        by_thesaurus += shared
        by_either += english or shared
        if not (english or shared):
            unconfirmed.append((a, b))
    return Confirmed(len(pairs), by_freedict, by_thesaurus, by_either, tuple(unconfirmed))


_LOADED: dict[tuple[str, str], object] = {}
_LOCK = threading.Lock()


def _load_once(kind: str, directory: str, load: Callable[[], object]) -> object:
    with _LOCK:
        key = (kind, directory)
        if key not in _LOADED:
            try:
                _LOADED[key] = load()
            except (SourceUnavailable, ValueError, UnicodeDecodeError) as exc:
                log.warning("%s off, Spanish cues match without it: %s", kind, exc)
                _LOADED[key] = None
        return _LOADED[key]


def freedict(spanish: Callable[[str], bool], english: Callable[[str], bool]) -> FreeDict | None:
    """The process's FreeDict table, loaded and checked once; None when unavailable."""
    directory = os.environ.get("CARRYBACK_FREEDICT_DIR", FREEDICT_DIR)
    found = _load_once(
        "FreeDict", directory, lambda: FreeDict.load(Path(directory), spanish, english)
    )
    return found if isinstance(found, FreeDict) else None


def thesaurus() -> Thesaurus | None:
    """The process's Spanish thesaurus, loaded and checked once; None when unavailable."""
    directory = os.environ.get("CARRYBACK_MYTHES_DIR", MYTHES_DIR)
    found = _load_once("Spanish thesaurus", directory, lambda: Thesaurus.load(Path(directory)))
    return found if isinstance(found, Thesaurus) else None


@dataclass(frozen=True)
class Across:
    """What a Spanish cue word may be written as beyond its own forms."""

    # English words FreeDict gives for it ("fear" for "miedo").
    english: frozenset[str] = frozenset()
    # English words of the common WordNet senses of those ("mum" beside "mother").
    english_wordnet: frozenset[str] = frozenset()
    # Spanish synonyms: the thesaurus's, where each word lists the other and
    # both have an English word in common ("esquivar" for "evitar": "avoid").
    synonyms: frozenset[str] = frozenset()
    # From the repository's own catalogues (:mod:`.synonyms_es`): the words of
    # the cue word's everyday senses ("móvil" for "celular"), those of several
    # words apart ("pegar ojo" for "dormir"), and the English a Spanish speaker
    # writes for it ("phone"; "parking lot"). Every word folded.
    senses: frozenset[str] = frozenset()
    sense_runs: tuple[tuple[str, ...], ...] = ()
    spanglish: frozenset[str] = frozenset()
    spanglish_runs: tuple[tuple[str, ...], ...] = ()


NOTHING = Across()


def across(lemmas: frozenset[str]) -> Across:
    """English words and confirmed Spanish synonyms for a cue word, given its lemmas
    (the listed words it is a form of: "comida" for "comidas")."""
    words = spanish_words()
    table = freedict(words.listed, _english_word) if words else None
    if table is None:
        return NOTHING
    english = frozenset().union(*(table.translations(lemma) for lemma in lemmas))
    widened = _widened(english)
    books = thesaurus()
    synonyms: set[str] = set()
    if books is not None and english:
        for lemma in lemmas:
            for other in books.synonyms(lemma):
                # Confirmed: the two Spanish words share an English word (each
                # with its WordNet synonyms), so "madre" never reaches "hermana".
                if _widened(table.translations(other)) & widened:
                    synonyms.add(other)
    return Across(english, widened - english, frozenset(synonyms - lemmas))


def _english_word(word: str) -> bool:
    return bool(base_forms(word))


def _widened(english: frozenset[str]) -> frozenset[str]:
    """English words with the other words of their common WordNet senses."""
    data = wordnet()
    if data is None:
        return english
    found = set(english)
    for word in english:
        found.update(data.sense_words(word))
    return frozenset(found)
