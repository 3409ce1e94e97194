"""Why a cue was tagged: which of its words the noticing held, and how.

Stored with the tag (inside the sealed tags) and shown on the timeline, so a
clinician can see and fix a surprising tag.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from shared.language.cues.spanish import lemma_candidates, stem
from shared.language.cues.synonyms_es import catalogue

# How a noticing's word met a cue's word, as the timeline says it.
HOW_WORDS = {
    "word": "as written",
    "form": "another form of",
    "typo": "a misspelling of",
    "derived": "a word of the family of",
    "synonym": "a synonym of",
    "english": "English (FreeDict) for",
    "english_wordnet": "English (FreeDict and WordNet) for",
    "thesaurus": "a synonym (Spanish thesaurus, confirmed by FreeDict) of",
    "sound": "sounds like",
    "hashtag": "the hashtag for",
    # The catalogues of everyday senses and Spanglish, named in the client's
    # language as "celular ~ móvil (sinónimo)".
    "sense": "sinónimo",
    "spanglish": "inglés",
    "anglicism": "inglés",
}
# Ways written "cue word ~ text word (how)", the words as the catalogue spells them.
_PAIRED = frozenset({"sense", "spanglish", "anglicism"})
BY_WORDS = {
    "label": "the cue's words",
    "phrase": "the phrase",
    "moment": "the word that names the moment",
    "person": "the name of the person",
    "relation": "who the person is to the client",
    "body": "the part of the body, said again",
    "alone": "the cue's key word, said as a sentence of its own",
    "hashtag": "a hashtag",
    "chosen": "the client's own choice of",
}


def _lemma(words: str) -> str:
    """The catalogue word a text's word (or words) is a form of ("moviles" ->
    "movil", "pegue ojo" -> "pegar ojo"), or the words as they are."""
    known = catalogue().spelling
    if words in known:
        return words
    each = words.split()
    for lemmas in itertools.product(*(sorted(lemma_candidates(w)) for w in each)):
        if " ".join(lemmas) in known:
            return " ".join(lemmas)
    # A form the endings do not undo ("brinqué" of "brincarse", "saqué la vuelta"
    # of "sacarle la vuelta"): the catalogue's member with the same stems.
    return _by_stems().get(tuple(stem(w) for w in each), words)


@functools.cache
def _by_stems() -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], str] = {}
    words = sorted(catalogue().spelling)
    for word in words:
        found.setdefault(tuple(stem(w) for w in word.split()), word)
    # The verb leading several words stands alone too ("brincarse" of "brincarse
    # la comida"), after every word the catalogue lists alone.
    for word in words:
        head = word.split()[0]
        found.setdefault((stem(head),), head)
    return found


@dataclass(frozen=True)
class Evidence:
    """One of the cue's words and the noticing's word that met it."""

    cue_word: str
    text_word: str
    how: str  # a key of HOW_WORDS

    def describe(self) -> str:
        if self.how == "word":
            return f"“{self.text_word}”"
        if self.how in _PAIRED:
            books = catalogue()
            text = self.text_word if self.how != "sense" else _lemma(self.text_word)
            return f"{books.written(self.cue_word)} ~ {books.written(text)} ({HOW_WORDS[self.how]})"
        return f"“{self.text_word}” ({HOW_WORDS.get(self.how, self.how)} “{self.cue_word}”)"


@dataclass(frozen=True)
class Why:
    """Why one cue was tagged: by its label, a phrase, its named moment or a hashtag."""

    cue: str
    by: str  # a key of BY_WORDS
    source: str  # the label or phrase that matched
    evidence: tuple[Evidence, ...]
    score: float  # 0..1: how much of the cue was met, and how directly

    def as_dict(self) -> dict:
        return {
            "cue": self.cue,
            "by": self.by,
            "source": self.source,
            "words": [[e.cue_word, e.text_word, e.how] for e in self.evidence],
            "score": round(self.score, 2),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Why:
        return cls(
            cue=data["cue"],
            by=data["by"],
            source=data["source"],
            evidence=tuple(Evidence(*word) for word in data.get("words", ())),
            score=float(data.get("score", 0.0)),
        )

    def describe(self) -> str:
        """One line for the timeline: 'phrase “zoned out”: “zoned”, “out”; score 1.00'."""
        words = ", ".join(e.describe() for e in self.evidence)
        if not words:
            return f"{BY_WORDS.get(self.by, self.by)} “{self.source}”"
        return f"{BY_WORDS.get(self.by, self.by)} “{self.source}”: {words}; score {self.score:.2f}"
