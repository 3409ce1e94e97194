"""Which of a client's cues a noticing mentions.

A :class:`CueMatcher` compiles a cue set once so a worker can tag thousands
of noticings a second.

Matching rule. A cue's label is reduced to its content words (stopwords and
vague words such as "feeling", "got", "before" removed; irregular forms
mapped to their base, then stemmed: "froze" and "freezing" meet "freeze",
"spiralled" meets "spiral"). A noticing matches the label when it contains
all of those words for labels of one or two words, and at least two thirds of
them for longer labels: clients rarely repeat the whole label ("chest got
tight before standup" for "tight chest before the meeting"). A label that
names the moment with one word ("the spiral before bed") also matches on that
word alone ("started to spiral"). A phrase is the client's own alternative
wording and must match completely. Words match exactly after stemming, by
stem prefix ("tightening"/"tight"), as compounds written as one word or two
("doom scrolling"/"doomscrolling"), with two neighbouring letters swapped
("tigth"/"tight") or, for words of six letters or more, with one typo
("forman"/"foreman"); dropped apostrophes ("couldnt", "moms", "shouldve")
are read as meant. An explicit ``#hashtag`` matching a cue's words tags that
cue.

Spoken noticings (speech-recognition transcripts) may also match by sound
(:mod:`shared.language.cues.sounds`): "four men" for "foreman", "pan tree" for
"pantry". A sound counts only beside a word of the cue heard as written, or
for a one-word cue whose sound key is long, so a transcript never gets a cue
from sound alone.

Lemmatising with simplemma was measured against this: it agreed with the
irregular table on 61 of 69 forms, still needs a stemmer for forms such as
"freezing", and adds 19 MB, so the small table and the stemmer stay.

Languages. A matcher reads in the client's language (``CueMatcher(cues,
language="es")``): its words are compared by the stems of every lexicon that
language reads with (:func:`~shared.language.cues.languages.lexicons_for`:
Spanish and English for a Spanish speaker, so "grité" meets "gritarles" and a
text mixing the two still meets its cues), and each lexicon's function and
vague words are left out of what a label needs. English is read as it always was.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from shared.language.cues.languages import lexicons_for
from shared.language.cues.lexicon import Lexicon, tokens
from shared.language.cues.sets import Cue
from shared.language.cues.sounds import sound_key
from shared.language.text import normalise

_FUZZY_MIN_LENGTH = 6  # shorter words have too many one-letter neighbours
_SWAP_MIN_LENGTH = 5  # "tigth" for "tight": two letters swapped, nothing else
_PREFIX_MIN_LENGTH = 5  # "hand" must not reach "handle"
_SOUND_MIN_LENGTH = 3  # sound keys shorter than this collide too often ("tt", "ln")
_SOUND_ALONE_MIN_LENGTH = 4  # a one-word cue heard by sound alone: "pan tree" for "pantry"


class _Reading:
    """The lexicons a matcher reads with, merged where a word list is a union."""

    def __init__(self, lexicons: tuple[Lexicon, ...]) -> None:
        self.lexicons = lexicons
        self.function_words = frozenset().union(*(lex.function_words for lex in lexicons))
        self.weak_words = frozenset().union(*(lex.weak_words for lex in lexicons))
        self.context_words = frozenset().union(*(lex.context_words for lex in lexicons))
        self.articles = frozenset().union(*(lex.articles for lex in lexicons))
        # The client's own language's shorthand wins a clash ("x" is "por" in Spanish).
        self.shorthand: dict[str, str] = {}
        for lexicon in reversed(lexicons):
            self.shorthand.update(lexicon.shorthand)

    def tokens(self, text: str) -> list[str]:
        return tokens(text, self.shorthand)

    def term(self, word: str) -> _Term:
        return _Term(word, tuple(lex.stem(word) for lex in self.lexicons), sound_key(word))

    def terms(self, words: Iterable[str]) -> tuple[_Term, ...]:
        unique: dict[str, _Term] = {}
        for word in words:
            term = self.term(word)
            unique.setdefault(term.stems[0], term)
        return tuple(unique.values())

    def content(self, words: list[str]) -> list[str]:
        return [w for w in words if w not in self.function_words and w not in self.weak_words]

    def label_terms(self, label: str) -> tuple[_Term, ...]:
        words = self.tokens(label)
        content = self.content(words)
        if not content:
            content = [w for w in words if w not in self.function_words] or words
        return self.terms(content)

    def phrase_terms(self, phrase: str) -> tuple[_Term, ...]:
        words = self.tokens(phrase)
        content = self.content(words)
        if len(content) < 2:
            # "got off early": the vague words are what make it specific.
            content = [w for w in words if w not in self.function_words]
        return self.terms(content or words)

    def named_moment(self, label: str) -> _Term | None:
        """The one word that names the moment in a label such as "the spiral before bed".

        A clinician who writes an article, one word and then when it happens has
        given the moment a name; the client saying that word ("started to
        spiral") is talking about it. Labels that describe an action ("eating in
        the car", "freezing up in meetings") have no such name: "freezing cold"
        is not the moment.
        """
        words = self.tokens(label)
        if (
            len(words) >= 3
            and words[0] in self.articles
            and words[1] in self.content(words[1:2])
            and words[2] in self.context_words
        ):
            return self.term(words[1])
        return None


@dataclass(frozen=True)
class _Term:
    """One word a cue needs: its normalised surface form, its stem in each lexicon
    read with, and its sound."""

    surface: str
    stems: tuple[str, ...]
    sound: str


def _label_needs(count: int) -> int:
    """How many of a label's content words must appear."""
    return count if count <= 2 else math.ceil(count * 2 / 3)


@dataclass
class _CompiledCue:
    label: str
    label_terms: tuple[_Term, ...]
    named_moment: _Term | None
    phrases: tuple[tuple[_Term, ...], ...]
    hashtag_slugs: frozenset[str]
    vocabulary: _Noticing


def _swapped(word: str, target: str) -> bool:
    """True when ``word`` is ``target`` with two neighbouring letters swapped."""
    if len(word) != len(target) or word == target:
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and word[differ[0]] == target[differ[1]]
        and word[differ[1]] == target[differ[0]]
    )


class _Noticing:
    """The words of one noticing, indexed for the term tests.

    Stemming costs tens of microseconds a word, so words are grouped by their
    first two letters and only a group a cue word could meet is stemmed: a
    long message costs little more than a short one. Each lexicon read with
    groups and stems on its own (its irregular forms map to its own bases).
    """

    __slots__ = (
        "_by_initial",
        "_by_start",
        "_reading",
        "_sounds",
        "_stemmed",
        "spoken",
        "surfaces",
        "words",
    )

    def __init__(self, words: list[str], reading: _Reading, *, spoken: bool = False) -> None:
        self.words = words
        self._reading = reading
        self.surfaces = set(words)
        # Adjacent words joined, so "doom scrolling" meets "doomscrolling".
        self.surfaces.update(a + b for a, b in itertools.pairwise(words))
        content = set(words) - reading.function_words
        self._by_start: list[dict[str, set[str]]] = []
        for lexicon in reading.lexicons:
            by_start: dict[str, set[str]] = {}
            for word in content:
                by_start.setdefault(lexicon.irregular.get(word, word)[:2], set()).add(word)
            self._by_start.append(by_start)
        self._by_initial: dict[str, list[str]] = {}
        for word in self.surfaces:
            # Joined pairs too: "for man" is one typo away from "foreman".
            if len(word) >= _SWAP_MIN_LENGTH and word not in reading.function_words:
                self._by_initial.setdefault(word[0], []).append(word)
        self._stemmed: dict[tuple[int, str], frozenset[str]] = {}
        self.spoken = spoken
        self._sounds: frozenset[str] | None = None

    def _stems(self, index: int, start: str) -> frozenset[str]:
        # Function words only ever match by surface, so they are never stemmed.
        stems = self._stemmed.get((index, start))
        if stems is None:
            stem = self._reading.lexicons[index].stem
            stems = frozenset(stem(word) for word in self._by_start[index].get(start, ()))
            self._stemmed[(index, start)] = stems
        return stems

    def has(self, term: _Term) -> bool:
        """True when the noticing holds ``term`` as written (typos, inflections, compounds)."""
        if term.surface in self.surfaces:
            return True
        for index, wanted in enumerate(term.stems):
            stems = self._stems(index, wanted[:2])
            if wanted in stems:
                return True
            # "tighten" for "tight"; the stemmer leaves derived forms apart.
            if len(wanted) >= _PREFIX_MIN_LENGTH and any(
                stem.startswith(wanted) and len(stem) - len(wanted) <= 3 for stem in stems
            ):
                return True
        return self._misspelt(term)

    def _misspelt(self, term: _Term) -> bool:
        target = term.surface
        if len(target) < _SWAP_MIN_LENGTH or target.isdigit():
            return False
        candidates = self._by_initial.get(target[0], ())
        if len(target) < _FUZZY_MIN_LENGTH:
            return any(_swapped(word, target) for word in candidates)
        budget = 2 if len(target) >= 9 else 1
        return any(
            abs(len(word) - len(target)) <= budget
            and OSA.distance(word, target, score_cutoff=budget) <= budget
            for word in candidates
        )

    def sounds_like(self, term: _Term, *, alone: bool = False) -> bool:
        """True when a word, or two or three words run together, sound like ``term``.

        ``alone``: nothing else of the cue was heard as written, so only a
        longer sound key counts.
        """
        if len(term.sound) < (_SOUND_ALONE_MIN_LENGTH if alone else _SOUND_MIN_LENGTH):
            return False
        if self._sounds is None:
            runs = itertools.chain(
                self.words,
                (a + b for a, b in itertools.pairwise(self.words)),
                ("".join(self.words[i : i + 3]) for i in range(len(self.words) - 2)),
            )
            self._sounds = frozenset(sound_key(run) for run in runs)
        return term.sound in self._sounds


def _enough(terms: tuple[_Term, ...], noticing: _Noticing, needed: int) -> bool:
    """True when at least ``needed`` of ``terms`` are in the noticing.

    A label written as two words may be typed as one ("doom scrolling" as
    "doomscrolling"). In a spoken noticing a term may also sound like the
    words heard ("for man" for "foreman"), but only once another term was
    heard as written, or for a one-word cue with a long sound key.
    """
    if not terms:
        return False
    found = [noticing.has(term) for term in terms]
    for i in range(len(terms) - 1):
        if not (found[i] or found[i + 1]):
            joined = terms[i].surface + terms[i + 1].surface
            if joined in noticing.surfaces:
                found[i] = found[i + 1] = True
    written = sum(found)
    if written >= needed:
        return True
    if not noticing.spoken or (written == 0 and len(terms) > 1):
        return False
    alone = written == 0
    heard = sum(
        1
        for term, ok in zip(terms, found, strict=True)
        if not ok and noticing.sounds_like(term, alone=alone)
    )
    return written + heard >= needed


_HASHTAG = re.compile(r"#([^\s#.,!?;:]+)")


def _slug(text: str) -> str:
    return normalise(text).replace(" ", "")


class CueMatcher(Sequence[Cue]):
    """A cue set compiled once for fast, repeated matching, in the client's language.

    It is still the cue set (a sequence of its cues), so whatever takes the cues
    (the speech recogniser's word bias) can take the compiled set instead.
    """

    def __init__(self, cues: Sequence[Cue], language: str = "en") -> None:
        self.language = language
        self._reading = _Reading(lexicons_for(language))
        self._source = tuple(cues)
        self._cues = [self._compile(cue) for cue in self._source]

    def __len__(self) -> int:
        return len(self._source)

    def __getitem__(self, index: int) -> Cue:  # type: ignore[override]
        return self._source[index]

    def _compile(self, cue: Cue) -> _CompiledCue:
        reading = self._reading
        words = reading.tokens(cue.label)
        slugs = {_slug(cue.label)}
        # "#tight-chest" for "tight chest before the meeting": any leading run of words.
        slugs.update("".join(words[:n]) for n in range(1, len(words)))
        slugs.update(_slug(phrase) for phrase in cue.phrases)
        label_terms = reading.label_terms(cue.label)
        phrases = tuple(reading.phrase_terms(p) for p in cue.phrases)
        return _CompiledCue(
            label=cue.label,
            label_terms=label_terms,
            named_moment=reading.named_moment(cue.label),
            phrases=phrases,
            hashtag_slugs=frozenset(s for s in slugs if s),
            vocabulary=_Noticing(
                [t.surface for t in (*label_terms, *(t for p in phrases for t in p))], reading
            ),
        )

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(cue.label for cue in self._cues)

    def match(self, text: str, *, spoken: bool = False) -> tuple[str, ...]:
        """Labels of the cues ``text`` mentions, in the cue set's order."""
        reading = self._reading
        noticing = _Noticing(reading.tokens(text), reading, spoken=spoken)
        # A hashtag said twice is looked at once, however long the message.
        hashtags = [reading.tokens(tag) for tag in dict.fromkeys(_HASHTAG.findall(text))]
        return tuple(
            cue.label
            for cue in self._cues
            if self._matches(cue, noticing) or self._tagged(cue, hashtags, reading)
        )

    @staticmethod
    def _matches(cue: _CompiledCue, noticing: _Noticing) -> bool:
        moment = cue.named_moment
        if moment and (
            noticing.has(moment) or (noticing.spoken and noticing.sounds_like(moment, alone=True))
        ):
            return True
        if _enough(cue.label_terms, noticing, _label_needs(len(cue.label_terms))):
            return True
        return any(_enough(terms, noticing, len(terms)) for terms in cue.phrases)

    @staticmethod
    def _tagged(cue: _CompiledCue, hashtags: list[list[str]], reading: _Reading) -> bool:
        """An explicit #hashtag: a slug of the label or a phrase, or words of the cue."""
        for words in hashtags:
            if not words:
                continue
            if "".join(words) in cue.hashtag_slugs:
                return True
            content = [t for t in reading.terms(words) if t.surface not in reading.function_words]
            if content and all(cue.vocabulary.has(term) for term in content):
                return True
        return False
