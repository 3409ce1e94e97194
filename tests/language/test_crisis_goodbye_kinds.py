"""Goodbyes read by their kinds: two different kinds of goodbye in one message are a
crisis, one alone is not, and a plain reason in the message (a trip, a new school)
makes its goodbyes everyday ones. Lesser kinds count only beside a weightier one, never
beside a courtesy ("thanks", "love you") alone. These kinds are the ones added for the
next session given up, writing without knowing why, a last message, a plan for tonight,
numbness, means in hand, a date set and an end said soon."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "adiós doc. gracias x todo, de verdad",
        "doc esta es mi ultima noticia: me rindo. gracias x escucharme siempre",
        "Doctora, le escribo para darle las gracias por todo. No creo que vaya a la próxima cita.",
        "mi mamá se va a enterar por la carta. no es tu culpa, de verdad",
        "ya cancelé el gimnasio, el plan del celu y regalé la ropa. solo me falta una cosa y ya",
        "estoy parada en el puente de la autopista. no sé xq le escribo",
        "toy en el puente, no sé pa qué te escribo, perdón por todo",
        "estoy en el carro dentro del garaje con el motor prendido. solo quería decirte adiós",
        "no aguanto más y ya sé cómo",
        "ya no siento nada, ni tristeza. solo tengo clarito lo que voy a hacer esta noche",
        "no te asustes pero ya tengo las pastillas en la mano",
        "sorry for wasting your time all these months. you won't need to fit me in next week",
        "I have put my affairs in order and shall not require further appointments.",
    ],
)
def test_two_kinds_of_goodbye_are_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "gracias x todo miss!! entré a la prepa!!! ya no voy a necesitar orientación",
        "no creo que vaya a la próxima cita, me voy de viaje con mi hermana",
        "gracias por todo, doctora. no creo que vaya a la próxima cita porque me cambio de ciudad",
        "cancelé el gimnasio porque está carísimo, mejor salgo a correr",
        "me rindo, ¿cuál es la respuesta del acertijo?",
        "no sé pa qué te escribo esto pero hoy me fue bien en la entrevista",
        "set a date for the wedding! june 3rd",
        "it'll all be over soon, the exams end on friday",
        "don't worry about me anymore, the new meds are working and I'm sleeping",
        "you won't need to fit me in next week, I'm on holiday in Spain",
        "We set a date!!! thank you for being there",
        "Sorry for wasting your time. Night!",
        # Two lesser kinds and nothing weightier: a builder's promise, a passport.
        "Kitchen reno: it'll all be over soon. Don't worry about me anymore, I've got a kettle",
        "solo me falta una cosa y listo. Lo de la cita en línea, ya sé cómo.",
        "Hoy me pusieron la epidural, ya no siento nada!! no te asustes pero ya voy a parir",
        "toy en el río con los niños, se la están pasando bomba. gracias x todo lo de ayer",
        "Llevo 3 horas con el crucigrama, me rindo. Gracias x escucharme jaja",
        "ojalá se caiga el sistema, así no tengo que hacerlo yo el reporte",
        "me encanta nadar mar adentro hasta que ya no toque el fondo, es lo máximo",
        "Doc no creo que llegue a la próxima sesión, se me descompuso el carro. gracias x todo",
        "Salí del dentista y ya no siento nada. No te asustes pero choqué el carro",
        "ya sé cómo. gracias por todo, profe, ya entendí los logaritmos",
        "Mi jefe se va a enterar por la carta de renuncia. gracias x todo",
        "con las mates me rindo. gracias x todo profe",
    ],
)
def test_one_kind_or_a_plain_reason_is_everyday(text: str) -> None:
    assert detect_crisis(text) is None
