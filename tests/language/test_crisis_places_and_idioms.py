"""Crises in the words a client of the round's new writers uses for a place, a truck or a
height ("una gandola", "on top of the bridge"), beside the same words said of money, work
and a view, which stay unflagged (shared/language/crisis/spanish.py, spanish_at_hand.py,
spanish_net.py, spanish_words.py, english_indirect.py)."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        # a truck by the name the client gives it
        "me voy a tirar enfrente de un trailer en la 610",
        "voy manejando por la turnpike y pensando en meterme contra una gandola",
        # on top of the height, or looking down from it, now
        "i on top of the bridge now",
        "im on the 836 bridge looking down",
    ],
)
def test_a_place_said_in_the_clients_words_is_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # short of money, and worked hard for a span of time somewhere
        "toy ahorcada con las cuentas este mes",
        "i am ahorcada with the bills this month",
        "me mate toda la semana en la chamba y ni las gracias",
        "el trailer se volteo en la 610, que miedo",
        "stood on the bridge looking down at the river, so pretty at sunset",
        # under a truck to fix it, lying down in one, on a bridge in traffic or a roof to
        # decorate it (an attacker's review of the first version)
        "tuve que meterme debajo de la troca para cambiar el aceite",
        "hoy me tocó meterme debajo de una rastra en el taller",
        "me voy a tirar en el trailer a ver la tele",
        "im on the bay bridge rn stuck in traffic",
        "im on top of the roof now putting up the christmas lights",
        "esa película no tiene sentido nada",
    ],
)
def test_the_same_words_of_money_work_and_views_are_not(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # someone else at risk, reported by how it was said or posted
        "mi yerno se fue en el carro borracho gritando que se va a tirar del puente",
        "mi nieta de 15 años puso en el feisbu que esta noche se mata, Dios mio que hago",
        "the lady from church tell me she want to die and she give me all her things today",
    ],
)
def test_someone_else_at_risk_reported_as_the_client_says_it_is_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "puso en su estado que se va a tirar al rio a nadar con los primos",
        "el niño salió gritando que se va a matar de la risa",
        "she wanna die laughing at that video lol",
    ],
)
def test_someone_else_s_joke_or_swim_is_not(text: str) -> None:
    assert detect_crisis(text) is None


def test_an_arrangement_for_someone_paid_for_a_job_is_everyday() -> None:
    assert detect_crisis("if i dont pick up, key's under the mat for the plumber") is None
    assert detect_crisis("si no contesto, la llave está con la vecina pa el plomero") is None


def test_an_arrangement_for_a_pet_or_the_plants_is_still_read() -> None:
    text = (
        "They'll find the letters on the kitchen table. "
        "I've asked the neighbour to feed the cat from Saturday."
    )
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # the medicine that keeps the client alive stopped to die, the dose that does not
        # wake, money put by for the client's own funeral, the client as "this old lady"
        "I stop the pressure pills on purpose so my heart stop",
        "voy a dejar las pastillas de la presion a ver si me da el derrame y me voy",
        "how many tylenol until u dont wake up",
        "i leave the key with the neighbor and the money for the funeral",
        "le deje la llave a la vecina y la cartera con el dinero pa el entierro",
        "me voy a meter en el carro con el motor prendio en el garaje",
        "nobody gonna miss this old lady",
        "mis nietos van a estar mejor sin esta vieja",
    ],
)
def test_an_end_arranged_in_the_clients_words_is_read(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "ya no me tomo la pastilla de la presion, el doctor me la quito a proposito de los "
        "analisis",
        "i stopped the pressure pills on purpose, the doctor said to try without them for a week",
        "deje el dinero pa el entierro de mi tia con mi hermana",
        "la casa va a estar mejor sin este viejo sofá",
    ],
)
def test_the_same_words_on_a_doctors_word_or_of_someone_else_are_not(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a second attacker's review: an errand word beside a goodbye leaves it to be read
        "i wrote each of my kids a letter. the gas man can come in, the key is under the mat",
        "the nanny has the kids till sunday. i am at peace with my decision, i know what i "
        "have to do",
        "el fontanero viene el lunes pero yo ya no voy a estar, ya estoy en paz con mi decision",
    ],
)
def test_an_errand_beside_a_goodbye_does_not_excuse_it(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # a doctor's word before or after, "a propósito" as "by the way", a dose that does
        # not wake the client at night, someone else's funeral, a trip, a stunt, a team
        "the doctor told me to stop the pressure pills at night so i dont wake up to pee",
        "el doctor me dijo que deje las pastillas de la presion a ver si me da menos tos",
        "ni me tome la pastilla para la presion con las prisas, a proposito, la cita sigue?",
        "how many sleeping pills until you dont wake up in the middle of the night?",
        "we saved the money for the funeral, mom is in hospice and the priest comes tomorrow",
        "deje en el sobre el dinero para el funeral, mi tia Chela descanse en paz",
        "nobody gonna miss this old lady when she go to cancun for 2 weeks haha",
        "mi nieto puso en el grupo que se va a tirar del muelle al lago con los primos",
        "mi hijo publico en su face que se mata si el america no gana, que dramatico",
        "mis nietos van a estar mejor sin esta vieja computadora, les compre una nueva",
    ],
)
def test_the_review_s_everyday_neighbours_are_not(text: str) -> None:
    assert detect_crisis(text) is None
