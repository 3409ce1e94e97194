"""A second reading of crisis language: a linear model over the message's letters and words.

The rules read what a sentence says, in the words someone named; they miss a crisis
said in words they never met ("le dejé a mi hermano las claves y el perro", "left my
brother the dog's papers and the spare key"). Sets written by people who never saw
the rules show it: each new writer's indirect crises are found about two times in
three. This model was trained on every labelled text in the repository (crises,
idioms, denials, other people, everyday noticings in both languages;
``scripts/train_crisis_model.py``) and is asked only where no rule matched and none
read its words as benign. It flags what reads, as a whole, like the crises it
learned from; the reply and the alert are the same fixed ones as for a rule.

It reads letters two to five at a time inside each word, the words and the pairs of
words, so a misspelt or inflected word still shares most of its features with the
one it learned. A long message is read in windows of :data:`WINDOW_WORDS` words, so
one crisis sentence among many is not diluted.

The weights are a file in the repository, checked by SHA-256 when loaded: a
different file is refused (logged), and triage reads with its rules alone.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from shared.language.crisis.rules import ENGLISH, SPANISH

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).with_name("data") / "crisis_model.json"
# The SHA-256 of the weights file as trained (``scripts/train_crisis_model.py``).
MODEL_SHA256 = "f1f60429df4af5ae1f4a9c5840b8e5e6d8f3c7b799e30e30478c0da4c7d66ef3"

# A message that names a means of harm (``means.py``) is flagged from this probability:
# the two together are the evidence. Measured on the sets kept out of training: at
# 0.80, 14 of the 47 crises the model and the rules both missed are found, and 1 of
# 1,300 everyday noticings is flagged; at 0.75, 2 more crises and 1 more everyday text.
WITH_MEANS_THRESHOLD = 0.80

# A window this many words long, moved half its length at a time: the texts the
# model learned from are a few sentences long.
WINDOW_WORDS = 48
_STEP = WINDOW_WORDS // 2
# Words whose weights are kept worked out, at most (a worker meets the same words daily).
_WORDS_REMEMBERED = 50_000
_SHORTEST_GRAM, _LONGEST_GRAM = 2, 5
_LONGEST_WORD = 40

_WORD = re.compile(r"[a-z0-9']+")

# Dying, killing, living and waking said in so many words are the rules' to read:
# they know a denial ("ya no me quiero matar"), someone else ("my uncle died") and
# an idiom ("dying to see you") from a wish, and the model, reading words and not what
# a "no" does to them, would overrule them ("quiero vivir" reads like "no quiero
# vivir"). The model reads what is said without those words.
_SAID_OUTRIGHT = re.compile(
    r"\b(die|dies|dying|died|dead|death|kill(?!er)\w*|suicid\w*|alive|wake up|"
    r"morir\w*|muer\w*|muri\w*|mata(?!rratas)\w*|vivir|despert\w*)\b"
)
# Where a sentence ends.
_SENTENCE = re.compile(r"[.!?;\n¿¡]+")
# A message of fewer words than this is not read: a word or two weigh too much on
# their own ("UNDO" read like a crisis), and a crisis said in so few words is said
# outright, which is the rules' to read.
_FEWEST_WORDS = 5
# A window of fewer different words than this share is a few words said over and
# over: no writing the model learned from ("me tomé todas las " many times).
_FEWEST_DIFFERENT_WORDS = 0.25

# Which fixed reply a flagged message gets: the language most of its common words are in.
_SPANISH_WORDS = frozenset(
    {
        *("que", "q", "de", "la", "el", "y", "mi", "ya", "es", "lo", "por", "para", "pa"),
        *("con", "una", "un", "los", "las", "se", "yo", "estoy", "quiero", "pero", "nada"),
        *("todo", "mas", "porque", "cuando", "como", "tengo", "voy", "ni", "esta", "ese"),
        *("esa", "eso", "hoy", "aqui"),
    }
)
_ENGLISH_WORDS = frozenset(
    {
        *("the", "i", "im", "to", "and", "my", "it", "is", "of", "you", "that", "this"),
        *("just", "want", "dont", "cant", "so", "be", "was", "have", "for", "with", "all"),
        *("not", "ive", "ill", "am", "in", "on", "what"),
    }
)


def words_of(folded: str) -> list[str]:
    """The words of a folded text, as the model reads them."""
    return _WORD.findall(folded)


def word_features(word: str) -> Iterator[str]:
    """A word's own features: its letters two to five at a time (edges marked) and itself.

    A run of letters longer than any word (a body built to be slow, a pasted link) gives
    only itself: its letters would cost thousands of look-ups and say nothing."""
    if len(word) > _LONGEST_WORD:
        yield "w:" + word
        return
    padded = f" {word} "
    for size in range(_SHORTEST_GRAM, _LONGEST_GRAM + 1):
        for start in range(len(padded) - size + 1):
            yield "c:" + padded[start : start + size]
    yield "w:" + word


def pair_feature(first: str, second: str) -> str:
    return f"b:{first} {second}"


def features(words: list[str]) -> dict[str, float]:
    """The feature vector the model was trained on: counts over the square root of their sum."""
    counts: dict[str, int] = {}
    for feature in _all_features(words):
        counts[feature] = counts.get(feature, 0) + 1
    scale = 1 / math.sqrt(sum(counts.values()) or 1)
    return {feature: count * scale for feature, count in counts.items()}


def _all_features(words: list[str]) -> Iterable[str]:
    for word in words:
        yield from word_features(word)
    for first, second in itertools.pairwise(words):
        yield pair_feature(first, second)


@dataclass(frozen=True, eq=False)  # known by identity: hashing it would hash its weights
class Model:
    intercept: float
    threshold: float
    weights: dict[str, float]
    # Each word's own weight and feature count, once worked out: a word's letters give
    # the same features wherever it stands.
    _by_word: dict[str, tuple[float, int]] = field(default_factory=dict, repr=False)
    # The weights of pairs of words, by first word and then second: a pair is looked up
    # without building its feature's name.
    _pairs: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for feature, weight in self.weights.items():
            if feature.startswith("b:"):
                first, second = feature[2:].split(" ", 1)
                self._pairs.setdefault(first, {})[second] = weight

    def reads(self, folded: str) -> bool:
        """False when every sentence of the message says dying, killing or living outright:
        the rules' to read."""
        return bool(self.readable(folded))

    @staticmethod
    def readable(folded: str) -> str:
        """The message without its sentences that say dying, killing or living outright
        (the rules have read those): "Mi abuela murió. Ya voy pa donde ella, tengo las
        pastillas." is read from its second sentence."""
        if _SAID_OUTRIGHT.search(folded) is None:
            return folded
        kept = [s for s in _SENTENCE.split(folded) if _SAID_OUTRIGHT.search(s) is None]
        return ". ".join(s.strip() for s in kept if s.strip())

    def flags(self, folded: str, *, names_means: bool = False) -> bool:
        """True when the message reads as a crisis: at :attr:`threshold`, or at
        :data:`WITH_MEANS_THRESHOLD` when it also names a means of harm."""
        text = self.readable(folded)
        if not text:
            return False
        needed = min(self.threshold, WITH_MEANS_THRESHOLD) if names_means else self.threshold
        return self.probability(text) >= needed

    def probability(self, folded: str) -> float:
        """The highest probability of crisis over the message's windows (0 for a message
        of fewer than five words)."""
        words = words_of(folded)
        if len(words) < _FEWEST_WORDS:
            return 0.0
        sums, counts = self._running_totals(words)
        best = -math.inf
        last_start = max(len(words) - WINDOW_WORDS, 0)
        for start in sorted({*range(0, last_start, _STEP), last_start}):
            end = min(start + WINDOW_WORDS, len(words))
            if len(set(words[start:end])) < _FEWEST_DIFFERENT_WORDS * (end - start):
                continue
            # The first word's pair reaches back outside the window: it is taken off.
            pair = self._pair(words[start - 1], words[start]) if start else 0.0
            total = sums[end] - sums[start] - pair
            count = counts[end] - counts[start] - (1 if start else 0)
            best = max(best, self.intercept + total / math.sqrt(count))
        return 0.0 if best == -math.inf else 1 / (1 + math.exp(-best))

    def _running_totals(self, words: list[str]) -> tuple[list[float], list[int]]:
        """Running sums of weight and feature count over the words (each word with its pair
        with the word before): a window's totals are then two subtractions."""
        weights: list[float] = []
        counts: list[int] = []
        no_pairs: dict[str, float] = {}
        following = no_pairs
        for index, word in enumerate(words):
            weight, count = self._by_word.get(word) or self._word(word)
            if index:
                weight += following.get(word, 0.0)
                count += 1
            weights.append(weight)
            counts.append(count)
            following = self._pairs.get(word, no_pairs)
        return list(itertools.accumulate(weights, initial=0.0)), list(
            itertools.accumulate(counts, initial=0)
        )

    def _word(self, word: str) -> tuple[float, int]:
        known = self._by_word.get(word)
        if known is None:
            features = list(word_features(word))
            known = (sum(self.weights.get(f, 0.0) for f in features), len(features))
            if len(self._by_word) < _WORDS_REMEMBERED:
                self._by_word[word] = known
        return known

    def _pair(self, first: str, second: str) -> float:
        return self._pairs.get(first, {}).get(second, 0.0)


def language_of(folded: str) -> str:
    """Spanish when more of the message's common words are Spanish than English."""
    words = words_of(folded)
    spanish = sum(word in _SPANISH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    return SPANISH if spanish > english else ENGLISH


def load(path: Path = MODEL_PATH, sha256: str = MODEL_SHA256) -> Model | None:
    """The model in ``path`` when its bytes are the ones pinned; None (logged) otherwise."""
    try:
        data = path.read_bytes()
    except OSError:
        log.error("crisis model missing (%s): triage reads with its rules alone", path.name)
        return None
    if hashlib.sha256(data).hexdigest() != sha256:
        log.error("crisis model refused (SHA-256 differs): triage reads with its rules alone")
        return None
    model = json.loads(data)
    return Model(
        intercept=float(model["intercept"]),
        threshold=float(model["threshold"]),
        weights={feature: float(weight) for feature, weight in model["weights"].items()},
    )
