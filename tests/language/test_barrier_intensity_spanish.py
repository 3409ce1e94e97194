"""Barriers and intensity in Spanish, read for every client whatever their language.

A Spanish-speaking client's "no pude hacer la respiración porque..." is the same
material for the session as "I couldn't do the breathing because...", and "como un
ocho" the same rating as "like an 8".
"""

from __future__ import annotations

import pytest

from shared.language.cues import extract_intensity, has_barrier


@pytest.mark.parametrize(
    "text",
    [
        "no pude salir a caminar porque llovió toda la tarde",
        "No hice el ejercicio, llegó visita",
        "se me olvidó por completo lo de escribir la lista",
        "ni me acordé de la práctica esta semana",
        "no me dio tiempo de hacer la pausa",
        "estaba demasiado cansada para intentarlo",
        "me dio flojera, lo dejé para después",
        "no alcancé a llamar a mi hermana, xq salí tarde",
        "no logré usar la frase en la junta",
    ],
)
def test_a_practice_left_undone_in_spanish_is_a_barrier(text: str) -> None:
    assert has_barrier(text)


@pytest.mark.parametrize(
    "text",
    [
        "no pude dormir otra vez, el pecho apretado",
        "no pude parar de pensar en la junta",
        "no puedo respirar bien cuando me grita",
        "hoy sí hice la respiración y ayudó",
        "salimos a cenar y estuvo tranquilo",
    ],
)
def test_a_symptom_or_a_practice_done_in_spanish_is_not_a_barrier(text: str) -> None:
    assert not has_barrier(text)


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("el pecho apretado, como un ocho", 8),
        ("ansiedad en 6 antes de la junta", 6),
        ("me sentí fatal, 7 de 10", 7),
        ("siete sobre diez, la verdad", 7),
        ("nivel 4 nada más", 4),
        ("otra pelea con la tarea, hoy 5", 5),
        ("un buen 9 cuando sonó el teléfono", 9),
    ],
)
def test_a_spanish_rating_is_read(text: str, rating: int) -> None:
    assert extract_intensity(text) == rating


@pytest.mark.parametrize(
    "text",
    [
        "tuve 3 juntas seguidas y no comí",
        "me desperté a las 4 de la mañana",
        "llevo dos semanas sin dormir bien",
        "mis 2 hijos gritaban en el carro",
        "uno de esos días",
    ],
)
def test_a_spanish_number_that_is_not_a_rating_is_not_read_as_one(text: str) -> None:
    assert extract_intensity(text) is None
