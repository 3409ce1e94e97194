"""Means named in an everyday sense: guns someone else keeps, as a safety plan asks,
and a string bought for an instrument. The means kept by the client, or a rope
with a purpose of its own, are still flagged."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "No thoughts of harming myself this week. Brother's still holding the guns like we agreed.",
        "my brother has been holding my rifle since march and i'm sleeping better",
        "Compré una cuerda nueva pa la guitarra, la tercera se me reventó en el ensayo",
        "ya tengo la cuerda del violín, mañana toco en la misa",
    ],
)
def test_means_in_an_everyday_sense_are_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "loaded my dads gun tonight",
        "i got my brothers gun, it's in my closet",
        "compré una cuerda de guitarra para colgarme",
        "ya tengo la soga, no es para la guitarra",
        "compré la cuerda. hoy me cuelgo",
    ],
)
def test_the_means_kept_by_the_client_are(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "toy cansao de viví, ya no quiero sufrí más",
        "me quiero matá esta noche",
        "ya no quiero seguí, me voy a tirá del puente",
    ],
)
def test_caribbean_spanish_that_drops_the_last_r_is_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "para nada pienso en eso, solo estoy cansao del trabajo",
        "traje la pistola de agua pa la fiesta de la nena",
        "me voy a morí de la risa con este muchacho",
        "cansao de la guagua, voy a dormí temprano",
    ],
)
def test_caribbean_spanish_everyday_stays_everyday(text: str) -> None:
    assert detect_crisis(text) is None
