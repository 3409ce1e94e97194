"""Means named in an everyday sense: a string bought for an instrument, a rope bought
with a swing's seat. Guns someone else keeps stay flagged: the client's own access is
said too often beside them ("mom hid the gun but I found it"). Caribbean Spanish that
drops an infinitive's last "r" is read, for the verbs a crisis is said with."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
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
        "Mom hid the gun but I found it last night and it's in my room now.",
        "compré una cuerda de guitarra. esta noche la uso en mi cuello",
        "ya tengo la cuerda de mi violín amarrada a la viga. ya me despedí",
        "ya tengo la cuerda para el cuatro, ese día me voy",
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
        "ya no quiero viví, no aguanto más",
        "quisiera dormí y no volvé a despertá",
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
        "mañana temprano me voy a cortá pa la boda de mi prima",
        "me voy a colgá un ratito en la hamaca",
    ],
)
def test_caribbean_spanish_everyday_stays_everyday(text: str) -> None:
    assert detect_crisis(text) is None


def test_a_rope_bought_with_another_thing_for_a_swing_is_not_a_crisis() -> None:
    assert detect_crisis("compré la cuerda y el asiento para el columpio de mi hija") is None
    assert detect_crisis("compré la cuerda y el banco para colgarme") is not None
