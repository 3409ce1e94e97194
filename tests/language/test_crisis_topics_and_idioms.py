"""Suicide as a subject, idioms of dying and a wish of last year, beside the crises that
share their words (shared/language/crisis/__init__.py ``_a_topic``; answers.py;
spanish_net.py, spanish_others.py, spanish_words.py).

Each benign text below was a false alarm on a new writer's set: a clinician alerted, and a
client sent the crisis line, for a class on risk factors or an idiom. Each crisis beside it
shares its words and must stay flagged; many come from an attacker's review that found the
first, wider versions of these readings letting crises through (a joke's "jaja mentira"
excused nothing in the end: it may hide the wish).
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis

SUBJECTS = [
    "en la chamba nos dieron una capacitacion de como atender llamadas de gente con ideas "
    "suicidas, estuvo interesante",
    "me parece q la serie trata fatal el tema del suicidio",
    "estoy haciendo un trabajo sobre autolesiones en adolescentes pa la asignatura de desarrollo",
    "he ido de voluntaria a una charla sobre salud mental y suicidio en el insti",
    "en el safety meeting dijeron que los de construccion tienen la tasa mas alta de suicidio",
    "tengo q hacer un ensayo pa civismo y escogi el tema de autolesiones en adolescentes",
    "en la serie q estoy viendo el prota intenta matarse y al final ponen el teléfono 024",
]

IDIOMS = [
    "me quedé muerta cuando me lo dijo",
    "me quedé muerta con el precio del alquiler",
    "el ultimo capitulo me destrozo, me quede muerta",
    "esta asignatura es un suicidio, nadie en su sano juicio se matricula con ese profe",
    "mi hermano se va a morir cuando vea que le gané en el fifa jaja",
    "la Vane me va a ahorcar si no llego a su cumple",
    "ya me quiero morir con tanta tarea",
    "that exam destroyed me mate, walked out not knowing my own name",
]

CRISES = [
    # The client's own, after the subject or in the same words.
    "vi una peli sobre suicidio y me dieron ganas de hacerlo",
    "el pastor habló del suicidio y yo ya tengo todo listo",
    "el tema del suicidio no se me quita de la cabeza, lo pienso todo el día",
    "leí que ese medicamento es letal en sobredosis, para mí",
    "desde la clase de hoy tengo pensamientos suicidas",
    "el libro habla de mi intento de suicidio",
    "mi vida es un suicidio",
    "mi hermano dice que se va a matar",
    "me quiero morir de pena, la extraño tanto",
    "me quiero morir con esta tristeza jaja",
    # A joke: a laugh and "mentira" may hide the wish, and stay a crisis.
    "si vuelvo a sentir esto me mato jaja",
    "me quiero matar jaja mentira",
    "cuando mis papás se duerman me tomo todas las pastillas jaja mentira",
    "i want to die lol jk",
    "si pierdo la custodia me mato jaja mentira",
    "si vuelve a poner la mano encima me mato jaja",
    # A subject's words with the client's own beside them.
    "Después de la clase de hoy, otra vez ideas suicidas.",
    "Soy una mujer de 40 con ideas suicidas",
    "mi hija vio una serie y ahora tiene ideas suicidas",
    "after church today the suicidal thoughts came back hard",
    "mi novio, después de la peli, habló de suicidio y de cómo lo haría",
    # An idiom's words, wished or done to oneself.
    "ayer me iba a ahorcar pero llegó mi hermana",
    "nadie me va a ahorcar, lo voy a hacer yo esta noche con la cuerda",
    "ojalá me quede muerta esta noche mientras duermo",
    "esta noche es un suicidio, ya lo decidí",
    "mi novio dice que se va a suicidar cuando se entere de que lo dejo",
    "mi amiga se va a morir cuando sepa la nota, tiene las pastillas guardadas",
    "me quiero morir con esta tarea de seguir viva",
    "I'm going to be dead when you read this.",
    "i'm going to die when they find me",
    # Past, and well now, unless what follows says otherwise.
    "hace un año quería matarme pero ahora estoy bien, solo que ya compré las pastillas",
    "last year i wanted to die but im ok now, except i bought a rope",
    "el año pasado quería matarme y ahora estoy bien decidida",
]


@pytest.mark.parametrize(
    "text",
    [
        "el año pasado si pense en quitarme la vida pero ahora estoy mejor, mis cipotes me dan "
        "fuerza",
        "Last year I wanted to die but I'm in a better place now, my babies keep me going",
    ],
)
def test_a_wish_of_last_year_answered_by_the_client_well_now_is_not(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", SUBJECTS + IDIOMS)
def test_a_subject_or_an_idiom_is_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", CRISES)
def test_the_crisis_beside_it_is(text: str) -> None:
    assert detect_crisis(text) is not None
