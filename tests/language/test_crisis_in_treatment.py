"""A client in treatment turning it down for good (the crisis line they will not call,
help they ask not to be sent, their place given to the waiting list, the list of
reasons to live empty, a future they will not be in), beside the same words said by a
client who is safe."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        "i'm not going to call the crisis line",
        "not calling 988 this time",
        "please don't send anyone to my flat",
        "someone on the waitlist should have my slot",
        "you can give my slot to someone on the waitlist",
        "my reasons to live list is just empty lines now",
        "no point doing homework for a future I'm not going to be in",
        "there isn't going to be a future version of me",
        "no la voy a llamar, la línea de crisis",
        "no pienso llamar a la línea de crisis",
        "por favor no mandes a nadie a mi depa",
        "puedes darle mi horario a alguien de la lista de espera",
        "mi lista de razones para vivir ya solo tiene renglones vacíos",
        "qué sentido tiene hacer tarea para un futuro en el que no voy a estar",
        "no va a haber una versión futura de mí",
    ],
)
def test_treatment_turned_down_for_good_is_a_crisis(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "im not calling the crisis line, im feeling better today",
        "give my slot to someone on the waitlist while i'm away in march",
        "i wrote my reasons to live list and it has nine things on it",
        "no voy a llamar a la línea de crisis, ya estoy mejor",
        "dale mi turno a alguien de la lista de espera mientras estoy de viaje",
        "in a future i'm going to be in, i'll have a garden",
    ],
)
def test_the_same_words_from_a_client_who_is_safe_stay_benign(text: str) -> None:
    assert detect_crisis_by_rules(text) is None
