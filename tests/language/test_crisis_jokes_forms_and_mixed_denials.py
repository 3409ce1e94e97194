"""Everyday Spanish that names killing or dying, read as meant: a joke that "killed" the
client with laughter, guilt over a forgotten birthday said as wanting to die of it, a
clothesline's rope. Beside each, the same words said in earnest, or about the client,
stay crises (a review's probes: the first version of these excuses let 25 crises by)."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "me mató con ese chiste mi cuñado, casi me ahogo",
        "mi sobrina me mató con su imitación del profe jajaja",
        "se me olvidó su cumple, me quiero morir de la culpa jaja",
        "me colgué y no la llamé a mi tía para su santo, me quiero morir",
        "compré una soga nueva pal tendedero",
        "ya tengo la soga lista para el columpio de los niños",
    ],
)
def test_everyday_speech_is_no_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "me mato con las pastillas esta noche",
        "me quiero matar con esta cara que tengo, me odio",
        "me voy a matar con los memes que hicieron de mí",
        "me quiero morir de la culpa por lo que le hice a mi hijo",
        "se me pasó el día llorando, me quiero morir",
        "me colgué y no funcionó, me quiero morir",
        "se me olvidó su cumple y se suicidó, me quiero morir yo también",
        "compré una soga pal cuello",
        "ya tengo la soga lista pal viernes",
        "amarré la soga para el ventilador del techo",
    ],
)
def test_the_same_words_in_earnest_are_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None
