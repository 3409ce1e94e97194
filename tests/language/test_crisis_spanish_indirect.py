"""Spanish crises said indirectly (a fourth round), and the everyday senses of the same words.

Every example here is written for this test, none taken from a data set.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import OVERDOSE, SELF_HARM, SPANISH, SUICIDAL_IDEATION, detect_crisis

CRISES = [
    # A weekend named before the act is a time, not the thing doing it.
    ("este finde me mato, ya lo tengo claro", SUICIDAL_IDEATION),
    ("esta vez me quito de en medio", SUICIDAL_IDEATION),
    # Every form of throwing oneself ("aviento") is read with its height.
    ("desde el balcon del sexto piso me aviento cualquier dia de estos", SUICIDAL_IDEATION),
]

EVERYDAY = [
    "este finde me mato estudiando para el final",
    "me aviento un clavado desde el trampolin de la alberca",
]


@pytest.mark.parametrize(("text", "category"), CRISES)
def test_a_crisis_said_indirectly_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.category == category
    assert signal.language == SPANISH


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_everyday_sense_of_the_same_words_is_not_flagged(text: str) -> None:
    assert detect_crisis(text) is None

