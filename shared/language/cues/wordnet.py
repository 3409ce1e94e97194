"""WordNet for the cue matcher: base forms (lemmas) of words, and the synonyms
and derived forms of a cue's content words.

The data is Princeton WordNet 3.0 as Debian's ``wordnet-base`` package installs
it (``/usr/share/wordnet``; ``CARRYBACK_WORDNET_DIR`` points elsewhere). Every
file read is checked against the SHA-256 pinned below before it is used: a
file that is missing or differs turns WordNet off (logged once) and the
matcher reads as it did without it, never with data nobody checked.

Only a cue's own words are ever looked up for synonyms (a few dozen a client),
so synonyms are read from the data files by offset when a cue set is compiled;
a noticing's words only need their base forms, which come from the exception
lists and the index (loaded once per process, about half a second).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import mmap
import os
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_DIR = "/usr/share/wordnet"
# wordnet-base 1:3.0-37 (Debian 12). A new package version means new pins.
PINNED_SHA256 = {
    "index.noun": "a490d99d93d017bf4822fe2f0ffa51fd73911ce271dc7535fade21f8814b5a04",
    "index.verb": "e2ac24816c3a8289dcb72aaa9cf8db81fdf25ec34d792bfc96ac5b7a20c8b4ae",
    "index.adj": "c9865d7b4d1f805bdef82ccdcea5282436e23083e6f6f1b33e716327c4eda810",
    "data.noun": "fea17d2f9656611334eac790e5d69e47645fa180c4aa481fb4cd9b3520754ca2",
    "data.verb": "adcf43e35b581e8036d8b5a52d63d9cd3d3b4870b2720d3c03c799df44777bc2",
    "data.adj": "c89120dfc1f046ddff4a631bf9b7e9fa1a36b5e86565a23bf82dbe14f30b88a7",
    "noun.exc": "2b5d675c380b39ecf595af9fa9d4e7feb1d58c643b0bff08c40ed5bfe41fab7a",
    "verb.exc": "dbbcf9a601b2d77e934e413b91d90e88ec7f933a8b77cfc00602a923b891b42c",
    "adj.exc": "8824cc24bbedd797b9702316b27f07cd4c2b76b629539f0a1276f03926758016",
}
POS = {"n": "noun", "v": "verb", "a": "adj"}
# Morphy's detachment rules: how an inflected form ends, and what its base ends with.
_SUFFIXES = {
    "n": (
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("ies", "y"),
        ("s", ""),
    ),
    "v": (
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
        ("s", ""),
    ),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}
# Senses past these are rare readings ("call" has 28 as a verb): a synonym of
# one would match texts about something else. The index counts the senses seen
# in tagged text; at most this many of them are used (verbs name what the
# client does in more ways: "fire" is "sack" only in its fourth sense).
MAX_SENSES = {"n": 2, "v": 4, "a": 2}
# Prefixes that make a verb more or wrongly done ("overthink", "misread"); the word
# after one is three letters at least ("overate").
_VERB_PREFIXES = ("over", "mis")
_SHORTEST_PREFIXED = 3


class WordNetUnavailable(RuntimeError):
    """The data is missing or is not the data pinned here."""


@dataclass(frozen=True)
class Related:
    """Words a cue word may be written as: ``synonyms`` (one word or several,
    space-separated) and ``forms`` (derived forms: "fail" for "failure")."""

    synonyms: frozenset[str]
    forms: frozenset[str]


class WordNet:
    """The checked data files of one WordNet directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        for name, digest in PINNED_SHA256.items():
            path = directory / name
            try:
                actual = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError as exc:
                raise WordNetUnavailable(f"{path}: {exc.strerror}") from exc
            if actual != digest:
                raise WordNetUnavailable(f"{path}: SHA-256 {actual} is not the pinned {digest}")
        # The index files are sorted: a word is found by bisection in the mapped
        # file, so a worker starts in milliseconds instead of parsing 150,000 lines.
        self._index = {pos: _SortedIndex(directory / f"index.{name}") for pos, name in POS.items()}
        self._exceptions = {pos: self._read_exceptions(name) for pos, name in POS.items()}
        self._lock = threading.Lock()
        self._synsets: dict[tuple[str, int], tuple[list[str], list]] = {}
        self._related: dict[str, Related] = {}

    def _read_exceptions(self, name: str) -> dict[str, tuple[str, ...]]:
        exceptions: dict[str, tuple[str, ...]] = {}
        with open(self.directory / f"{name}.exc", encoding="utf-8") as handle:
            for line in handle:
                form, *bases = line.split()
                exceptions[form] = tuple(bases)
        return exceptions

    def base_forms(self, word: str) -> frozenset[str]:
        """Every lemma ``word`` is a form of, in any part of speech ("hid" -> "hide")."""
        found: set[str] = set()
        for pos, index in self._index.items():
            if word in index:
                found.add(word)
            found.update(self._exceptions[pos].get(word, ()))
            for ending, base in _SUFFIXES[pos]:
                if word.endswith(ending) and len(word) > len(ending) + 1:
                    candidate = word[: len(word) - len(ending)] + base
                    if candidate in index:
                        found.add(candidate)
                    # "skipped" -> "skipp" -> "skip": a doubled consonant before -ed/-ing.
                    if (
                        pos == "v"
                        and not base
                        and len(candidate) > 2
                        and candidate[-1] == candidate[-2]
                        and candidate[:-1] in index
                    ):
                        found.add(candidate[:-1])
        return frozenset(found)

    def verb_senses(self, word: str) -> int:
        """How many senses WordNet gives the verb ``word`` is a form of (0: none).
        The fewer, the more a word names one doing: "rehearse" has one, "take" 42."""
        counts = [
            len(entry[1])
            for lemma in self.base_forms(word) - {word}
            if (entry := self._index["v"].get(lemma)) is not None
        ]
        return min(counts, default=0)

    def unprefixed(self, word: str) -> frozenset[str]:
        """The verb a word says with "over" or "mis" before it, when that is what it
        means: "overthinking" and "overate" say "think" and "eat", "misread" says "read";
        "mistake" says no "take", "overwatch" (a name) no "watch".
        A prefixed verb WordNet knows must be a kind of the verb (its broader sense);
        one it does not know ("overthink") is read as the verb made more."""
        for prefix in _VERB_PREFIXES:
            rest = word[len(prefix) :]
            if not word.startswith(prefix) or len(rest) < _SHORTEST_PREFIXED:
                continue
            verbs = {b for b in self.base_forms(rest) | {rest} if b in self._index["v"]}
            if not verbs:
                return frozenset()
            whole = {b for b in self.base_forms(word) | {word} if b in self._index["v"]}
            if whole:
                kind = any(self._a_kind_of(lemma, verbs) for lemma in whole)
                return frozenset(verbs) if kind else frozenset()
            # A word WordNet knows only as another part of speech is that word
            # ("overtime", "overall"); one it does not know must be inflected as a verb
            # ("overthinking", "overate"): "overwatch" is a name.
            known = any(word in self._index[pos] for pos in ("n", "a"))
            inflected = rest not in verbs
            return frozenset(verbs) if inflected and not known else frozenset()
        return frozenset()

    def _a_kind_of(self, lemma: str, verbs: set[str]) -> bool:
        entry = self._index["v"].get(lemma)
        if entry is None:
            return False
        for offset in entry[1][:2]:
            _, pointers = self._synset("v", offset)
            for symbol, target, target_pos, _ in pointers:
                if symbol == "@" and verbs.intersection(self._synset(target_pos, target)[0]):
                    return True
        return False

    def kin_doings(self, word: str, doing: str) -> bool:
        """True when the verb ``word`` is a form of is, in one of its first senses, the
        broader verb of ``doing`` or one of its kinds: "ate" for "bingeing", "paid" for
        "spending", "read" for "rereading"; not "sold" for "spending"."""
        said = self._verbs_of(word)
        wanted = self._verbs_of(doing)
        return any(self._a_kind_of(lemma, wanted) for lemma in said) or any(
            self._a_kind_of(lemma, said) for lemma in wanted
        )

    def _verbs_of(self, word: str) -> set[str]:
        bases = (self.base_forms(word) - {word}) or self.base_forms(word) or {word}
        return {lemma for lemma in bases if lemma in self._index["v"]}

    def verb_said(self, word: str) -> bool:
        """True when ``word`` is said as a verb: an inflected form of one ("sat",
        "opened", "kept"), or a verb more often than a noun ("read"; not "code",
        "table" or "home")."""
        if self.verb_senses(word):
            return True
        entry = self._index["v"].get(word)
        return entry is not None and len(entry[1]) > self.noun_senses(word)

    def noun_senses(self, word: str) -> int:
        """How many senses WordNet gives ``word`` itself as a noun ("wedding": 3)."""
        entry = self._index["n"].get(word)
        return len(entry[1]) if entry is not None else 0

    def _synset(self, pos: str, offset: int) -> tuple[list[str], list[tuple[str, int, str, str]]]:
        """A synset's lemmas and pointers (symbol, offset, pos, source/target)."""
        key = (pos, offset)
        if key not in self._synsets:
            self._synsets[key] = self._read_synset(pos, offset)
        return self._synsets[key]

    def _read_synset(
        self, pos: str, offset: int
    ) -> tuple[list[str], list[tuple[str, int, str, str]]]:
        with self._lock, open(self.directory / f"data.{POS[pos]}", "rb") as handle:
            handle.seek(offset)
            fields = handle.readline().decode("utf-8").split()
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = []
        for i in range(int(fields[at])):
            symbol, target, target_pos, source_target = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            pointers.append(
                (symbol, int(target), "a" if target_pos == "s" else target_pos, source_target)
            )
        return lemmas, pointers

    def sense_words(self, word: str) -> frozenset[str]:
        """The one-word lemmas of ``word``'s common senses, and nothing broader or
        narrower ("fear" gives "dread", "reply" "answer"): what a translation
        may also be written as."""
        found: set[str] = set()
        for lemma in self.base_forms(word) or {word}:
            for pos in POS:
                entry = self._index[pos].get(lemma)
                if entry is None:
                    continue
                tagged, offsets = entry
                for offset in offsets[: max(1, min(tagged, MAX_SENSES[pos]))]:
                    found.update(w for w in self._synset(pos, offset)[0] if w.isalpha())
        return frozenset(found)

    def related(self, word: str) -> Related:
        """:meth:`_find_related`, remembered: a worker compiles the same cue sets again."""
        if word not in self._related:
            self._related[word] = self._find_related(word)
        return self._related[word]

    def _find_related(self, word: str) -> Related:
        """Synonyms and derived forms of a cue's content word, from its common senses.

        Synonyms: the other words of those senses; for nouns and verbs, the
        words of the narrower senses of the first one ("sob" under "cry");
        for a noun of one or two senses, the broader sense of the first
        ("father" over "dad"); for adjectives, the similar senses ("silent"
        beside "quiet"). Forms: the word's derivational relatives ("fail" and
        "failure", "reassure" and "reassurance").
        """
        synonyms: set[str] = set()
        forms: set[str] = set()
        bases = self.base_forms(word) or {word}
        # "crying" is read as "cry", not as the noun "crying" (a bodily process).
        lemmas = (bases - {word}) or bases
        for lemma in lemmas:
            for pos in POS:
                entry = self._index[pos].get(lemma)
                if entry is None:
                    continue
                tagged, offsets = entry
                senses = offsets[: max(1, min(tagged, MAX_SENSES[pos]))]
                for rank, offset in enumerate(senses):
                    lemmas, pointers = self._synset(pos, offset)
                    synonyms.update(lemmas)
                    position = lemmas.index(lemma) + 1 if lemma in lemmas else 0
                    for symbol, target, target_pos, source_target in pointers:
                        source = int(source_target[:2], 16)
                        if symbol == "+" and source == position:
                            words, _ = self._synset(target_pos, target)
                            forms.add(words[int(source_target[2:], 16) - 1])
                        elif source_target != "0000":
                            continue
                        elif (
                            (symbol == "~" and rank <= 1 and pos == "v")
                            or (symbol == "@" and rank == 0 and pos == "n" and len(offsets) <= 2)
                            or (symbol == "&" and pos == "a")
                        ):
                            synonyms.update(self._synset(target_pos, target)[0])
        cleaned = {s.replace("_", " ").replace("-", " ") for s in synonyms}
        cleaned.discard(word)
        return Related(frozenset(cleaned), frozenset(forms - {word}))


class _SortedIndex:
    """A WordNet index file, looked up by bisection (lines sorted by lemma)."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as handle:
            self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        self._cache: dict[str, tuple[int, tuple[int, ...]] | None] = {}

    def __contains__(self, lemma: str) -> bool:
        return self.get(lemma) is not None

    def get(self, lemma: str) -> tuple[int, tuple[int, ...]] | None:
        """(senses seen in tagged text, synset offsets) of ``lemma``; None when absent."""
        if lemma not in self._cache:
            self._cache[lemma] = self._find(lemma)
        return self._cache[lemma]

    def _find(self, lemma: str) -> tuple[int, tuple[int, ...]] | None:
        data, key = self._data, lemma.encode("utf-8") + b" "
        low, high = 0, len(data)
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", 0, middle) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            line = data[start:end]
            if line.startswith(key):
                return _entry(line.decode("utf-8"))
            if line.startswith(b" ") or line < key:
                low = end + 1
            else:
                high = start
        return None


def _entry(line: str) -> tuple[int, tuple[int, ...]]:
    fields = line.split()
    pointers = int(fields[3])
    tagged = int(fields[5 + pointers])
    return tagged, tuple(int(f) for f in fields[6 + pointers :])


_LOADED: dict[str, WordNet | None] = {}
_LOAD_LOCK = threading.Lock()


def wordnet() -> WordNet | None:
    """The process's WordNet, loaded and checked once; None when unavailable."""
    directory = os.environ.get("CARRYBACK_WORDNET_DIR", DEFAULT_DIR)
    with _LOAD_LOCK:
        if directory not in _LOADED:
            try:
                _LOADED[directory] = WordNet(Path(directory))
            except WordNetUnavailable as exc:
                log.warning("WordNet off, cues match without synonyms: %s", exc)
                _LOADED[directory] = None
        return _LOADED[directory]


@functools.lru_cache(maxsize=50_000)
def base_forms(word: str) -> frozenset[str]:
    """Lemmas of a noticing's word (empty without WordNet); cached: clients reuse words."""
    data = wordnet()
    return data.base_forms(word) if data else frozenset()


@functools.lru_cache(maxsize=10_000)
def verb_senses(word: str) -> int:
    """:meth:`WordNet.verb_senses` (0 without WordNet)."""
    data = wordnet()
    return data.verb_senses(word) if data else 0


def noun_senses(word: str) -> int:
    """:meth:`WordNet.noun_senses` (0 without WordNet)."""
    data = wordnet()
    return data.noun_senses(word) if data else 0


@functools.lru_cache(maxsize=10_000)
def unprefixed(word: str) -> frozenset[str]:
    """:meth:`WordNet.unprefixed`, remembered (empty without WordNet)."""
    data = wordnet()
    return data.unprefixed(word) if data else frozenset()


def forget() -> None:
    """Drop what was remembered from WordNet (a test that turns it off or on)."""
    for remembered in (base_forms, verb_senses, unprefixed, derived_forms, verb_said):
        remembered.cache_clear()


@functools.lru_cache(maxsize=10_000)
def derived_forms(word: str) -> frozenset[str]:
    """The derivational relatives WordNet gives ``word`` ("lonely": "loneliness")."""
    data = wordnet()
    return data.related(word).forms if data else frozenset()


@functools.lru_cache(maxsize=50_000)
def verb_said(word: str) -> bool:
    """:meth:`WordNet.verb_said` (False without WordNet)."""
    data = wordnet()
    return data.verb_said(word) if data else False


def kin_doings(word: str, doing: str) -> bool:
    """:meth:`WordNet.kin_doings` (False without WordNet)."""
    data = wordnet()
    return data.kin_doings(word, doing) if data else False
