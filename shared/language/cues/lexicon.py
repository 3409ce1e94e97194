"""The words the tagger knows about: function and vague words, irregular
forms, texting shorthand, and stemming, for each language it reads.

The module's names (``FUNCTION_WORDS``, ``stem``...) are English's; a language's
whole set is a :class:`Lexicon` (:data:`ENGLISH`, and
:mod:`shared.language.cues.spanish`).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import snowballstemmer

from shared.language.text import normalise

# Common texting shorthand and spellings, expanded before matching.
SHORTHAND = {
    # Contractions typed without the apostrophe that are not words of their own.
    "shouldve": "should have",
    "couldve": "could have",
    "wouldve": "would have",
    "mustve": "must have",
    "shouldnt": "should not",
    # One parent, spelled three ways.
    "mom": "mum",
    "moms": "mums",
    "mommy": "mum",
    "mummy": "mum",
    "mtg": "meeting",
    "mtgs": "meetings",
    "b4": "before",
    "w": "with",
    "tmrw": "tomorrow",
    "tn": "tonight",
    "bc": "because",
    "cuz": "because",
    "yday": "yesterday",
    "convo": "conversation",
}


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Never content: articles, pronouns, auxiliaries, common prepositions.
FUNCTION_WORDS = word_set(
    """
    a an the and or but if so as than then that this these those there here it its
    i im me my mine myself you your yours we our us he him his she her hers they them their
    is am are was were be been being do does did have has had having will would shall should
    can could may might must to of in on at by for from with into onto about w
    what which who whom whose when where why how
    """
)
# Vague in a label ("feeling", "got", "before"); kept only when a phrase would
# otherwise be too thin to mean anything ("got off early").
WEAK_WORDS = word_set(
    """
    get got gets getting go goes going went gone want wants wanting wanted feel feels
    feeling felt like just really very again still even almost always never ever
    before after during while until till up down off out over past around all some
    any every more most much say says said saying tell told thing things stuff
    cant couldnt dont didnt wont wouldnt isnt wasnt arent werent
    keep keeps kept start started try trying tried make makes made
    """
)
IRREGULAR = {
    "ate": "eat",
    "eaten": "eat",
    "woke": "wake",
    "woken": "wake",
    "lay": "lie",
    "lain": "lie",
    "left": "leave",
    "lost": "lose",
    "felt": "feel",
    "got": "get",
    "gotten": "get",
    "went": "go",
    "gone": "go",
    "said": "say",
    "thought": "think",
    "ran": "run",
    "froze": "freeze",
    "frozen": "freeze",
    "sat": "sit",
    "spoke": "speak",
    "spoken": "speak",
    "shook": "shake",
    "slept": "sleep",
    "kept": "keep",
    "fell": "fall",
    "drove": "drive",
    "driven": "drive",
    "took": "take",
    "taken": "take",
    "came": "come",
    "saw": "see",
    "seen": "see",
    "told": "tell",
    "made": "make",
    "began": "begin",
    "broke": "break",
    "broken": "break",
    "fought": "fight",
    "bit": "bite",
    "hid": "hide",
    "wept": "weep",
    "threw": "throw",
    "thrown": "throw",
    "stood": "stand",
    "held": "hold",
    "bought": "buy",
    "brought": "bring",
    "caught": "catch",
    "heard": "hear",
    "met": "meet",
    "mice": "mouse",
    "teeth": "tooth",
    "feet": "foot",
    "children": "child",
    "men": "man",
    "women": "woman",
    "people": "person",
    "wrote": "write",
    "written": "write",
    "rode": "ride",
    "ridden": "ride",
    "sang": "sing",
    "swam": "swim",
    "hung": "hang",
    "snuck": "sneak",
    "grew": "grow",
    "knew": "know",
    "blew": "blow",
    "flew": "fly",
}
_STEMMER = snowballstemmer.stemmer("english")
_STEMMER_LOCK = threading.Lock()


@functools.lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    # The pure-Python stemmer costs ~50 µs a word; clients reuse their words.
    # It keeps state while stemming, so threads take turns.
    with _STEMMER_LOCK:
        return _STEMMER.stemWord(IRREGULAR.get(word, word))


def tokens(text: str, shorthand: Mapping[str, str] = SHORTHAND) -> list[str]:
    """The normalised words of ``text``, shorthand expanded."""
    return " ".join(shorthand.get(word, word) for word in normalise(text).split()).split()


# Words that open the "when" of a label ("the spiral before bed"), and the
# articles that may name its moment.
CONTEXT_WORDS = word_set(
    "before after when whenever while during at in on until till around near every"
)
ARTICLES = word_set("the a an my that this")


@dataclass(frozen=True)
class Lexicon:
    """One language's words for the tagger (every word normalised: lower case, no accents)."""

    language: str
    function_words: frozenset[str]
    weak_words: frozenset[str]
    irregular: Mapping[str, str]
    shorthand: Mapping[str, str]
    context_words: frozenset[str]
    articles: frozenset[str]
    # The word's stem, its irregular form mapped first (cached: clients reuse their words).
    stem: Callable[[str], str]
    # True for a verb's infinitive (a label led by one names an action: "castigar
    # a mi hijo de más"); languages without the rule say False.
    infinitive: Callable[[str], bool] = lambda word: False
    # English words and synonyms of a cue's word from this language's own
    # sources (:class:`~shared.language.cues.bilingual.Across`); None: none.
    related: Callable[[str], Any] | None = None
    # Words that negate what follows ("no", "ni"), the words a negation reaches
    # across to the verb it negates (pronouns, auxiliaries) and then to that
    # verb's object (articles, prepositions), and the
    # ways a verb in the third person plural ends ("revisaron": someone else did
    # it). Empty: the language is read without these rules (English).
    negations: frozenset[str] = frozenset()
    see_through: frozenset[str] = frozenset()
    object_links: frozenset[str] = frozenset()
    # "there was", "there is": after a negation the thing did not happen at all.
    existentials: frozenset[str] = frozenset()
    others_did: tuple[str, ...] = ()
    # Words that stand between a verb and its direct object ("los", "lo del").
    determiners: frozenset[str] = frozenset()
    # How a participle, gerund or adjective made from a verb ends: such a word
    # after a verb describes, it is no object ("un castigo exagerado").
    describing: tuple[str, ...] = ()
    # Pronouns that stand for someone as a verb's object ("contestarle", "lo castigué").
    object_pronouns: tuple[str, ...] = ()


ENGLISH = Lexicon(
    language="en",
    function_words=FUNCTION_WORDS,
    weak_words=WEAK_WORDS,
    irregular=IRREGULAR,
    shorthand=SHORTHAND,
    context_words=CONTEXT_WORDS,
    articles=ARTICLES,
    stem=stem,
)


def snowball_stem(algorithm: str) -> Callable[[str], str]:
    """A cached, thread-safe Snowball stemmer (the stemmer keeps state while it works)."""
    stemmer = snowballstemmer.stemmer(algorithm)
    lock = threading.Lock()

    @functools.lru_cache(maxsize=50_000)
    def stem_word(word: str) -> str:
        with lock:
            return stemmer.stemWord(word)

    return stem_word
