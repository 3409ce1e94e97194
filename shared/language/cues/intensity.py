"""Intensity: the 0-10 rating a client gave in a noticing, read from how
people actually write it ("7/10", "seven out of ten", "like a 6", "7ish")."""

from __future__ import annotations

import math
import re

from shared.language.cues.lexicon import word_set
from shared.language.text import fold, squash_spaces

_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    # Spanish, read for every client ("como un siete", "siete de diez").
    "cero": 0,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
}
_NUM = (
    r"(\d{1,2}(?:\.\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
)
_TEN = r"(?:10|ten|diez)"
_OUT_OF_TEN = re.compile(
    r"(?<![\d/.:,])"
    + _NUM
    + r"\s*(?:/|out of|outta|of|on a scale of|de|sobre|en una escala de)\s*"
    + _TEN
    + r"\b(?![/\d.]\d)"
)
_NAMED = re.compile(
    r"\b(?:intensity|level|lvl|rating|rated it|rate it|anxiety|anger|urge|stress|panic|"
    r"distress|sud|suds|intensidad|nivel|ansiedad|enojo|coraje|estres|panico|angustia|"
    r"miedo|ganas)\s*(?:was|is|at|of|about|around|en|de|como|era|fue|=|:|-|~)?\s*"
    r"(?:a|an|like|un|una|como un|como una)?\s*"
    r"(?:(?:about|around|maybe|como|unos|tipo)\s+)?" + _NUM + r"(?![\d:/])"
)
_HEDGED = re.compile(
    r"\b(?:a|an|un|una)\s+(?:(?:solid|strong|good|high|low|easy|buen|fuerte)\s+)?"
    + _NUM
    + r"(?:\s*-?\s*ish)?(?![\d:/])"
)
# "7 on the scale", "maybe 7ish": a rating without the "/10".
_ON_SCALE = re.compile(r"(?<![\d/.:])" + _NUM + r"\s*(?:-?ish)?\s+on\s+(?:the|my|a|that)\s+scale\b")
_ISH = re.compile(r"(?<![\d/.:])(?<!at )(?<!by )(?<!til )(?<!till )\b(\d{1,2})\s*-?ish\b")
# "..., today 7" / "..., hoy 7": the day word before a trailing rating.
_TRAILING = re.compile(
    r"(?:^|[,;:.!)\-–—]|#\S+)\s*(?:(?:today|tonight|now|hoy|ahora|ahorita)\s+)?"
    r"(\d{1,2})\s*(?:-?ish)?\s*[.!]*\s*$"
)
# After "a 6": fine when the sentence goes on like this; "a 2 hour nap" is not a rating.
_FOLLOWS_RATING = word_set(
    """
    today tonight this now then and but or for at maybe probably prob tbh honestly i
    lol lmao haha again when until till before after all most max at least or so
    hoy ahora ahorita y pero o para en cuando antes despues otra vez creo jaja jajaja
    """
)
_UNIT_AFTER = re.compile(
    r"^\s*(?:%|am\b|pm\b|x\b|times?\b|min|hour|hr|day|week|month|year|yr|yo\b|o ?clock|"
    r"kids?\b|people|meetings?\b|stops?\b|doors?\b|k\b|mile|km|kg|lb|st\b|pound|dollar|quid|"
    r"vez\b|veces|hora|dia|semana|mes|ano|minuto|ninos|hijos|personas|juntas|reuniones|"
    r"paradas|kilo|pesos|dolares|euros|de la (?:manana|tarde|noche))"
)


# How much text after a number decides whether it is a rating (a bounded
# window, so reading a long message stays linear).
_LOOK_AHEAD = 40


def _number(token: str) -> float:
    return float(_NUMBER_WORDS.get(token, token) if token in _NUMBER_WORDS else token)


def _in_range(value: float) -> int | None:
    if 0 <= value <= 10:
        return math.floor(value + 0.5)
    return None


# Every rating holds a digit or a number word; most noticings have neither.
_ANY_NUMBER = re.compile(
    r"\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez"
)
_FIRST_WORD = re.compile(r"[0-9a-z]+")


def _rating_follows(rest: str) -> bool:
    """True when the text after "a N" reads like a rating, not a quantity."""
    if _UNIT_AFTER.match(rest):
        return False
    stripped = rest.lstrip()
    if not stripped or not stripped[0].isalnum():
        return True  # the end, punctuation or emoji: "like a 5, then..."
    first = _FIRST_WORD.match(stripped)
    return first is None or first.group(0) in _FOLLOWS_RATING


def _intensity_text(text: str) -> str:
    return squash_spaces(fold(text))


def extract_intensity(text: str) -> int | None:
    """The 0-10 rating the client gave, or None when there is none or it is unclear.

    Explicit scales ("7/10", "seven out of ten") win over softer forms ("like a
    6", "intensity 5"); when several ratings are given the highest is kept,
    since that is the moment the cue fired.
    """
    lowered = _intensity_text(text)
    if not _ANY_NUMBER.search(lowered):
        return None
    explicit = [
        _in_range(_number(m.group(1)))
        for m in _OUT_OF_TEN.finditer(lowered)
        if not lowered[max(0, m.start() - 5) : m.start()].endswith(("on ", "by ", "from "))
    ]
    explicit = [v for v in explicit if v is not None]
    if explicit:
        return max(explicit)
    soft: set[int] = set()
    for pattern in (_NAMED, _HEDGED, _ON_SCALE, _ISH):
        # The same number before the same words is read once.
        seen: set[tuple[str, str]] = set()
        for m in pattern.finditer(lowered):
            rest = lowered[m.end() : m.end() + _LOOK_AHEAD]
            if (m.group(1), rest) in seen:
                continue
            seen.add((m.group(1), rest))
            if pattern is _HEDGED and (m.group(1) in {"one", "uno"} or not _rating_follows(rest)):
                continue
            if _UNIT_AFTER.match(rest):
                continue
            value = _in_range(_number(m.group(1)))
            if value is not None:
                soft.add(value)
    if not soft:
        # Only the end of the text can hold a trailing rating; never rescan the rest.
        trailing = _TRAILING.search(lowered, max(0, len(lowered) - _LOOK_AHEAD))
        if trailing:
            value = _in_range(_number(trailing.group(1)))
            if value is not None:
                soft.add(value)
    return max(soft) if soft else None
