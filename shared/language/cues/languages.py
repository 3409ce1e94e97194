"""Which lexicons read a client's cues and noticings.

An English-speaking client's words are read in English only, as they always
were. A client who writes in another language is read in it and in English
beside it: Spanish speakers in the US mix the two ("grité a los kids otra
vez"), and a cue may hold a word of either. A language with a catalogue but no
lexicon here is read with its Snowball stemmer (when Snowball has one) and
English.
"""

from __future__ import annotations

import functools

import snowballstemmer
from babel import Locale, UnknownLocaleError

from shared.language.cues.lexicon import ENGLISH, Lexicon, snowball_stem
from shared.language.cues.spanish import SPANISH

LEXICONS = {lexicon.language: lexicon for lexicon in (ENGLISH, SPANISH)}


@functools.cache
def lexicons_for(language: str) -> tuple[Lexicon, ...]:
    """The client's language's lexicon first, then English (English alone for English)."""
    own = LEXICONS.get(language) or _stemmer_only(language)
    if own is None or own is ENGLISH:
        return (ENGLISH,)
    return (own, ENGLISH)


def _stemmer_only(language: str) -> Lexicon | None:
    try:
        algorithm = Locale.parse(language).english_name.lower()
    except (UnknownLocaleError, ValueError, AttributeError):
        return None
    if algorithm not in snowballstemmer.algorithms():
        return None
    empty: frozenset[str] = frozenset()
    return Lexicon(language, empty, empty, {}, {}, empty, empty, snowball_stem(algorithm))
