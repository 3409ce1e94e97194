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
    # Two kinds of goodbye: affairs put in order, ready, when, without me,
    # where I am going, traces wiped, a way that does not hurt, silence.
    ("ya le pague a mi compadre lo que le debia. ya esta todo arreglado", SUICIDAL_IDEATION),
    ("puse el carro a nombre de mi hija. ustedes van a estar mejor sin mi", SUICIDAL_IDEATION),
    ("vendi la moto. a donde me voy ya no la necesito", SUICIDAL_IDEATION),
    ("borre todos mis chats, no quiero que quede ni rastro de mi", SUICIDAL_IDEATION),
    ("ya elegi la fecha. busque la manera de irme sin sufrir", SUICIDAL_IDEATION),
    ("bye a todos, cuiden a mi perrito", SUICIDAL_IDEATION),
    ("no me esperes el lunes. te quiero, cuida a mis plantas", SUICIDAL_IDEATION),
    ("wrote the letters para mis papas, ya tengo todo listo", SUICIDAL_IDEATION),
    ("ya fije cuando. el viernes lo hago", SUICIDAL_IDEATION),
    ("ya no tiene caso. perdon por todo", SUICIDAL_IDEATION),
    ("fue lindo mientras duro, que nadie tenga que aguantarme", SUICIDAL_IDEATION),
    ("regale mis libros, no me van a volver a ver", SUICIDAL_IDEATION),
    ("ya elimine mis cuentas... te deje mis claves en el cajon", SUICIDAL_IDEATION),
    ("nomas me falta el valor. ya lo tengo todo decidido", SUICIDAL_IDEATION),
    ("ya lo intente el ano pasado. esta vez no voy a fallar", SUICIDAL_IDEATION),
    ("ayer fue la ultima vez que bese a mi hija, cuiden a mi nina", SUICIDAL_IDEATION),
    ("cuando yo falte no se peleen por la casa, ya esta el testamento", SUICIDAL_IDEATION),
    ("ya estoy en el puente. perdonenme", SUICIDAL_IDEATION),
    ("consegui unas pastillas. gracias por aguantarme tanto", SUICIDAL_IDEATION),
    ("si mañana no les contesto ya saben. los amo", SUICIDAL_IDEATION),
    # Someone close: a note left and no answer, things handed out and thanks.
    ("mi cunado dejo una nota en la cocina y no contesta", SUICIDAL_IDEATION),
    ("mi prima repartio sus joyas y nos dio las gracias por todo", SUICIDAL_IDEATION),
]

EVERYDAY = [
    "este finde me mato estudiando para el final",
    "me aviento un clavado desde el trampolin de la alberca",
    # The same kinds for an occasion, a trip, a while.
    "ya escogi la fecha de la boda, gracias por todo",
    "chau a todos, cuiden a mi perro en lo que vuelvo",
    "pague mis deudas y ya quedo todo en orden con el banco",
    "borre mi insta, ya tengo todo listo para el semestre",
    "no me busquen el lunes, ando de viaje. los quiero",
    "mi hijo va a estar bien sin mi unos dias, ya esta todo listo para el campamento",
    "a donde voy no puedo llevar a la gata, el hotel no acepta mascotas. cuiden a mi gata porfa",
    # Denials: "sin", "ningún plan", "esas ideas", an answer that is no.
    "llevo seis meses sin lastimarme",
    "no tengo ningun plan de matarme, solo ando cansado",
    "ya no tengo esas ideas de morirme",
    "el doctor me pregunto si pienso en suicidarme y honestamente no",
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

