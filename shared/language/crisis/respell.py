"""Crisis words as people mistype them in a hurry: "kill my self", "kil myself",
"thinkin about killin myself", "feeling suicdal", "sucide".

The rules are written for words spelt right, with the shorthand people use on
purpose ("kms", "kiero"). A person in crisis types fast, on a phone, often at
night: a letter dropped, doubled or swapped in the one word that matters, or
"myself" split in two. A message no rule flagged is read once more with such
words put right, and only those: a word is respelt when it is one slip (a letter
dropped, added, changed or two swapped) from one of a few long crisis words, or
when it is one of a few short forms listed here, and never when it is already a
word of its own ("subside" is no "suicide", "matarse" no "matarme").
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

# Long crisis words, each met by a word one slip from it that starts with the same
# two letters. Six letters at least: shorter words have too many neighbours.
_LONG_WORDS = (
    "suicide",
    "suicidal",
    "suicidally",
    "overdose",
    "overdosed",
    "overdosing",
    "killing",
    "myself",
    "suicidio",
    "suicida",
    "suicidarme",
    "suicidarse",
    "suicidar",
    "sobredosis",
    "matarme",
    "morirme",
    "ahorcarme",
)
# Words one slip from those that are words in their own right, never respelt.
_REAL_WORDS = frozenset(
    {
        *("suicides", "suicided", "overdoses", "overdone", "overdoes", "overdoing", "overdue"),
        *("killings", "killingly", "suicidios"),
        # "mátame camión, mañana hay junta": the idiom's own order, spelt right.
        *("matame", "matenme", "morime", "ahorcame"),
        *("matarse", "matarte", "matarle", "matarlo", "matarla", "matarnos", "mataste"),
        *("morirse", "morirte", "morirle", "ahorcarse", "ahorcarte", "ahorcarlo", "ahorcarla"),
        *("suicidas", "suicidad", "suicidaste", "suicidarte", "suicidaria", "myselfs"),
        *("suicidan", "suicidara", "suicidaron"),
    }
)
_SHORTEST = 6
# A word with one of these stems whole is a form of its own ("suicido", "overdone",
# "matarme"): only a stem itself mistyped is put right.
_WHOLE_STEMS = ("suicid", "overdo", "killing", "myself", "sobredosis", "matar", "morir", "ahorcar")
# Short forms no slip distance can tell from other words, listed: the crisis verb
# with its last letter dropped or its "-ing" clipped ("kil", "killin", "thinkin").
_SHORT_FORMS = {
    "kil": "kill",
    "kll": "kill",
    "kils": "kills",
    "killin": "killing",
    "kilin": "killing",
    "kiling": "killing",
    "killng": "killing",
    "thinkin": "thinking",
    "thikning": "thinking",
    "cuttin": "cutting",
    "endin": "ending",
    "hangin": "hanging",
    "dyin": "dying",
    "tryin": "trying",
    "goin": "going",
    "gunna": "gonna",
    "gonan": "gonna",
    "overdosin": "overdosing",
    "takin": "taking",
    "jumpin": "jumping",
}
# "kill my self", "hurt my self": the reflexive split in two.
_SPLIT_SELF = re.compile(r"\b(my|your|him|her|them|our)\s+(self|selfs|selves)\b")
_WORD = re.compile(r"[a-z]+")


def _respelt_word(word: str) -> str:
    short = _SHORT_FORMS.get(word)
    if short is not None:
        return short
    if len(word) < _SHORTEST or word in _REAL_WORDS or word.startswith(_WHOLE_STEMS):
        return word
    for target in _LONG_WORDS:
        if (
            target[:2] == word[:2]
            and abs(len(target) - len(word)) <= 1
            and OSA.distance(word, target, score_cutoff=1) <= 1
        ):
            return target
    return word


def respelt(folded: str) -> str:
    """``folded`` with mistyped crisis words put right; the same string when none is."""
    joined = _SPLIT_SELF.sub(lambda m: m.group(1) + "self", folded)
    return _WORD.sub(lambda m: _respelt_word(m.group(0)), joined)
