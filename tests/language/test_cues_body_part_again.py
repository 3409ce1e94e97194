"""A sensation's label that starts with the part of the body it is felt in ("la guata
apretada", "la cabeza que me explota", "the tight chest" is not one) is met by that part
named alone and said to be back; never by the word governed by a verb or a preposition."""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher

OTHER_ES = "cuando no sale pesca"


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("la guata apretada", "La guata de nuevo, desde que vi el pronóstico."),
        ("la cabeza que me explota", "Otra vez la cabeza, desde el recreo hasta la salida."),
        ("el pecho apretao", "y de nuevo el pecho, justo al llegar al hospital"),
        ("the chest that locks up", "the chest again, right before the meeting"),
    ],
)
def test_the_part_of_the_body_said_to_be_back_meets_the_sensation(label: str, text: str) -> None:
    language = "en" if label.startswith("the ") else "es"
    why = CueMatcher([Cue(label=label), Cue(label=OTHER_ES)], language).explain(text)
    assert [w.cue for w in why] == [label]
    assert why[0].by == "body"


@pytest.mark.parametrize(
    "text",
    [
        "me lavé la cabeza otra vez porque hacía calor",
        "se me fue de la cabeza otra vez la cita",
        "la cabeza de la muñeca se cayó",
        "otra vez la cabezota de mi perro en mi almohada",
        "otra vez la cabeza de ajo se me quemó",
        "la cabeza otra vez en el trabajo, no escuché a mi hija",
        "otra vez la cabeza rapada, me gusta",
        "hoy de nuevo cabeza y hombros en el gym",
    ],
)
def test_the_word_governed_by_a_verb_or_a_preposition_does_not(text: str) -> None:
    matcher = CueMatcher([Cue(label="la cabeza que me explota"), Cue(label=OTHER_ES)], "es")
    assert matcher.match(text) == ()
