"""A sound key for words heard by speech recognition.

A recogniser writes what it heard with the spelling of some other words:
"for man" for "foreman", "dooms crawling" for "doomscrolling", "pan tree" for
"pantry". Two spellings that sound alike get the same key here: digraphs read
as the sound they make, voiced and unvoiced pairs merged (a phone line blurs
them), vowels after the first letter dropped, doubled sounds kept once. This
is a small key of Carryback's own in the spirit of Metaphone, tuned for
English words run together.
"""

from __future__ import annotations

import functools
import re

# Order matters: longer spellings first.
_DIGRAPHS = (
    ("tch", "x"),
    ("sch", "sk"),
    ("ph", "f"),
    ("gh", ""),
    ("ck", "k"),
    ("sh", "x"),
    ("ch", "x"),
    ("th", "0"),
    ("wh", "w"),
    ("dg", "j"),
    ("qu", "kw"),
    ("ng", "n"),
)
_INITIAL = (("kn", "n"), ("wr", "r"), ("gn", "n"), ("ps", "s"))
_SOFT_C = re.compile(r"c(?=[eiy])")
# Voiced consonants read as their unvoiced partners; c, q, x, z as k, k, ks, s.
_MERGE = str.maketrans({"b": "p", "d": "t", "g": "k", "v": "f", "z": "s", "c": "k", "q": "k"})
_VOWELISH = frozenset("aeiouyhw")


@functools.lru_cache(maxsize=50_000)
def sound_key(word: str) -> str:
    """The sound key of a normalised word (letters and digits only)."""
    if not word:
        return ""
    for spelling, sound in _INITIAL:
        if word.startswith(spelling):
            word = sound + word[len(spelling) :]
            break
    word = _SOFT_C.sub("s", word)
    for spelling, sound in _DIGRAPHS:
        word = word.replace(spelling, sound)
    word = word.translate(_MERGE).replace("x", "ks") if "x" in word else word.translate(_MERGE)
    first = "a" if word[0] in "aeiouy" else word[0]
    key = [first]
    for ch in word[1:]:
        if ch in _VOWELISH:
            continue
        if ch != key[-1]:
            key.append(ch)
    return "".join(key)


# Spanish spelt by ear: letters that sound the same in most of the Spanish-speaking world.
_ES_SILENT_H = re.compile(r"(?<!c)h")
_ES_SOFT = (
    (re.compile(r"qu(?=[ei])"), "k"),
    (re.compile(r"gu(?=[ei])"), "g"),
    (re.compile(r"c(?=[ei])"), "s"),
    (re.compile(r"g(?=[ei])"), "j"),
)
_ES_MERGE = str.maketrans({"z": "s", "v": "b", "c": "k", "q": "k"})
# A doubled letter is one sound, but "rr" (pero, perro; caro, carro; cero, cerro).
_ES_DOUBLED = re.compile(r"([^r])\1+")
_ES_FINAL_Y = re.compile(r"y$")


@functools.lru_cache(maxsize=50_000)
def spanish_sound_key(word: str) -> str:
    """The word as it sounds in Spanish, however it is spelt: "sumbido" and "zumbido",
    "biejo" and "viejo", "ablan" and "hablan", "yamo" and "llamo", "munisipal" and
    "municipal", "jesika" and "jessica" each get one key. The h is silent, b and v, s,
    z and a soft c, ll and y, a hard c, k and qu, a soft g and j are one sound each
    (seseo and yeísmo, as most Spanish speakers say them); a doubled letter is one,
    but "rr", which is a sound of its own."""
    word = _ES_SILENT_H.sub("", word).replace("ll", "y")
    for spelling, sound in _ES_SOFT:
        word = spelling.sub(sound, word)
    word = _ES_DOUBLED.sub(r"\1", word.translate(_ES_MERGE))
    return _ES_FINAL_Y.sub("i", word)
