"""Everyday Spanish and English that names killing or self-harm, read as meant.

A joke that "killed" the client with laughter, guilt over a forgotten birthday said as
wanting to die of it, a clothesline's rope, a form's self-harm question scored zero, and
a denial said in Spanish before English words ("no estoy pensando en hurting myself").
Beside each, the same words said in earnest stay crises.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "me mató con ese chiste mi cuñado, casi me ahogo",
        "mi sobrina me mató con su imitación del profe jajaja",
        "se me olvidó su cumple, me quiero morir de la culpa jaja",
        "me colgué y no llamé a mi tía para su santo, me quiero morir",
        "compré una soga nueva pal tendedero",
        "Put zero for the self-harm question on the form again this week.",
        "ticked none for the self harm question, sleeping better",
        "no estoy pensando en hurting myself, solo estoy tired",
    ],
)
def test_everyday_speech_is_no_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "me mato con las pastillas esta noche",
        "me quiero morir de la culpa por lo que le hice a mi hijo",
        "compré una soga pal cuello",
        "I put yes for the self-harm question",
        "estoy pensando en hurting myself tonight",
    ],
)
def test_the_same_words_in_earnest_are_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None
