"""The words the tagger knows about: function and vague words, irregular
forms, texting shorthand, and stemming."""

from __future__ import annotations

import functools
import threading

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


def tokens(text: str) -> list[str]:
    """The normalised words of ``text``, shorthand expanded."""
    return " ".join(SHORTHAND.get(word, word) for word in normalise(text).split()).split()
