"""Word error rate of a Spanish transcript against the words that were spoken.

Both sides are normalised the same way before they are compared: lowercase, punctuation
dropped, digits written as Spanish words ("7" and "siete" are the same word spoken; a
recogniser may write either), accents kept unless asked otherwise ("reunion" for "reunión"
is an error by default: the cue tagger forgives it, a clinician reading the transcript may not).
"""

from __future__ import annotations

import re
import unicodedata

UNITS = (
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
)
TENS = dict(
    enumerate(
        (
            "treinta",
            "cuarenta",
            "cincuenta",
            "sesenta",
            "setenta",
            "ochenta",
            "noventa",
        ),
        start=3,
    )
)
HUNDREDS = (
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
)


def number_words(number: int) -> list[str]:
    """0-999 as the words a speaker says ("treinta y dos"); larger numbers as their digits."""
    if number < 30:
        return [UNITS[number]]
    if number < 100:
        tens, unit = divmod(number, 10)
        return [TENS[tens]] + (["y", UNITS[unit]] if unit else [])
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        if number == 100:
            return ["cien"]
        return [HUNDREDS[hundreds - 1]] + (number_words(rest) if rest else [])
    return [str(number)]


def spanish_words(text: str, *, accents: bool = True) -> list[str]:
    """Lowercase words without punctuation, digits as words; accents dropped unless `accents`."""
    text = unicodedata.normalize("NFC", text.lower())
    found: list[str] = []
    for word in re.findall(r"[a-z0-9áéíóúüñ]+", text):
        found.extend(number_words(int(word)) if word.isdigit() else [word])
    if accents:
        return found
    return [
        "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
        for w in found
    ]


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Substitutions, deletions and insertions that turn `reference` into `hypothesis`."""
    row = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        diagonal, row[0] = row[0], i
        for j, hyp_word in enumerate(hypothesis, start=1):
            best = min(row[j] + 1, row[j - 1] + 1, diagonal + (ref_word != hyp_word))
            diagonal, row[j] = row[j], best
    return row[-1]


def spanish_wer(pairs: list[tuple[str, str]], *, accents: bool = True) -> tuple[int, int]:
    """(word errors, reference words) over (spoken, heard) pairs."""
    errors = words = 0
    for spoken, heard in pairs:
        reference = spanish_words(spoken, accents=accents)
        errors += word_errors(reference, spanish_words(heard, accents=accents))
        words += len(reference)
    return errors, words
