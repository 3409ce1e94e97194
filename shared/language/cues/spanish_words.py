"""Which words are Spanish words: the tagger's check before it reads a word
as a diminutive, a "re-" form or a texting spelling.

The list is Debian's ``wspanish``, checked by :mod:`shared.language.wordlists`
(missing or different bytes turn the check off: every word then counts as known,
so the rules that need it read nothing new, and the matcher reads Spanish as it
did without them).

A word is known when a listed word has its stem: "castigué" and "castigos"
are known through "castigar", "celitos" is not (no listed word stems to
"celit"). A stem is a prefix of the words it comes from, so only the listed
words starting with it are stemmed, found by bisection in the sorted list.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from shared.language.wordlists import fold, spanish_words

__all__ = ["fold", "known_by", "spanish_words"]


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
