"""Which of a client's cues a noticing mentions.

A :class:`CueMatcher` compiles a cue set once so a worker can tag thousands
of noticings a second.

Matching rule. A cue's label is reduced to its content words (stopwords and
vague words such as "feeling", "got", "before" removed; words lemmatised and
stemmed). A noticing matches the label when it contains all of those words
for labels of one or two words, and at least two thirds of them for longer
labels: clients rarely repeat the whole label ("chest got tight before
standup" for "tight chest before the meeting"). A phrase is the client's own
alternative wording and must match completely. Words match exactly after
stemming, by stem prefix ("tightening"/"tight"), as joined compounds ("doom
scrolling"/"doomscrolling") or, for words of six letters or more, with one
typo ("forman"/"foreman"). An explicit ``#hashtag`` matching a cue's words
tags that cue.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from shared.cues.lexicon import FUNCTION_WORDS, WEAK_WORDS, stem, tokens
from shared.cues.sets import Cue
from shared.text import normalise

_FUZZY_MIN_LENGTH = 6  # shorter words have too many one-letter neighbours
_PREFIX_MIN_LENGTH = 5  # "hand" must not reach "handle"


@dataclass(frozen=True)
class _Term:
    """One word a cue needs: its normalised surface form and its stem."""

    surface: str
    stem: str


def _terms(words: Iterable[str]) -> tuple[_Term, ...]:
    unique: dict[str, _Term] = {}
    for word in words:
        term = _Term(word, stem(word))
        unique.setdefault(term.stem, term)
    return tuple(unique.values())


def _label_terms(label: str) -> tuple[_Term, ...]:
    words = tokens(label)
    content = [w for w in words if w not in FUNCTION_WORDS and w not in WEAK_WORDS]
    if not content:
        content = [w for w in words if w not in FUNCTION_WORDS] or words
    return _terms(content)


def _phrase_terms(phrase: str) -> tuple[_Term, ...]:
    words = tokens(phrase)
    content = [w for w in words if w not in FUNCTION_WORDS and w not in WEAK_WORDS]
    if len(content) < 2:
        # "got off early": the vague words are what make it specific.
        content = [w for w in words if w not in FUNCTION_WORDS]
    return _terms(content or words)


def _label_needs(count: int) -> int:
    """How many of a label's content words must appear."""
    return count if count <= 2 else math.ceil(count * 2 / 3)


@dataclass
class _CompiledCue:
    label: str
    label_terms: tuple[_Term, ...]
    phrases: tuple[tuple[_Term, ...], ...]
    hashtag_slugs: frozenset[str]
    vocabulary: _Noticing


class _Noticing:
    """The words of one noticing, indexed for the term tests."""

    __slots__ = ("fuzzy_words", "stems", "surfaces")

    def __init__(self, words: list[str]) -> None:
        self.surfaces = set(words)
        # Function words only ever match by surface, so they are not stemmed.
        self.stems = {stem(word) for word in self.surfaces if word not in FUNCTION_WORDS}
        # Adjacent words joined, so "doom scrolling" meets "doomscrolling".
        self.surfaces.update(a + b for a, b in itertools.pairwise(words))
        self.fuzzy_words = [w for w in self.surfaces if len(w) >= _FUZZY_MIN_LENGTH]

    def has(self, term: _Term) -> bool:
        if term.surface in self.surfaces or term.stem in self.stems:
            return True
        # "tighten" for "tight"; the stemmer leaves derived forms apart.
        if len(term.stem) >= _PREFIX_MIN_LENGTH and any(
            stem.startswith(term.stem) and len(stem) - len(term.stem) <= 3 for stem in self.stems
        ):
            return True
        if len(term.surface) < _FUZZY_MIN_LENGTH or term.surface.isdigit():
            return False
        budget = 2 if len(term.surface) >= 9 else 1
        return any(
            word[0] == term.surface[0]
            and abs(len(word) - len(term.surface)) <= budget
            and OSA.distance(word, term.surface, score_cutoff=budget) <= budget
            for word in self.fuzzy_words
        )


_HASHTAG = re.compile(r"#([^\s#.,!?;:]+)")


def _slug(text: str) -> str:
    return normalise(text).replace(" ", "")


class CueMatcher:
    """A cue set compiled once for fast, repeated matching."""

    def __init__(self, cues: Sequence[Cue]) -> None:
        self._cues = [self._compile(cue) for cue in cues]

    @staticmethod
    def _compile(cue: Cue) -> _CompiledCue:
        words = tokens(cue.label)
        slugs = {_slug(cue.label)}
        # "#tight-chest" for "tight chest before the meeting": any leading run of words.
        slugs.update("".join(words[:n]) for n in range(1, len(words)))
        slugs.update(_slug(phrase) for phrase in cue.phrases)
        label_terms = _label_terms(cue.label)
        phrases = tuple(_phrase_terms(p) for p in cue.phrases)
        return _CompiledCue(
            label=cue.label,
            label_terms=label_terms,
            phrases=phrases,
            hashtag_slugs=frozenset(s for s in slugs if s),
            vocabulary=_Noticing(
                [t.surface for t in (*label_terms, *(t for p in phrases for t in p))]
            ),
        )

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(cue.label for cue in self._cues)

    def match(self, text: str, *, spoken: bool = False) -> tuple[str, ...]:
        """Labels of the cues ``text`` mentions, in the cue set's order."""
        noticing = _Noticing(tokens(text))
        hashtags = [tokens(tag) for tag in _HASHTAG.findall(text)]
        return tuple(
            cue.label
            for cue in self._cues
            if self._matches(cue, noticing) or self._tagged(cue, hashtags)
        )

    @staticmethod
    def _matches(cue: _CompiledCue, noticing: _Noticing) -> bool:
        found = sum(1 for term in cue.label_terms if noticing.has(term))
        if cue.label_terms and found >= _label_needs(len(cue.label_terms)):
            return True
        return any(terms and all(noticing.has(term) for term in terms) for terms in cue.phrases)

    @staticmethod
    def _tagged(cue: _CompiledCue, hashtags: list[list[str]]) -> bool:
        """An explicit #hashtag: a slug of the label or a phrase, or words of the cue."""
        for words in hashtags:
            if not words:
                continue
            if "".join(words) in cue.hashtag_slugs:
                return True
            content = [t for t in _terms(words) if t.surface not in FUNCTION_WORDS]
            if content and all(cue.vocabulary.has(term) for term in content):
                return True
        return False
