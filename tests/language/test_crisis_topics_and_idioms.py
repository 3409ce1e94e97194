"""Idioms of dying and killing beside the crises that share their words
(shared/language/crisis/spanish_net.py, spanish_others.py, answers.py).

Each benign text below was a false alarm on a new writer's set: a clinician alerted, and a
client sent the crisis line, for an idiom. Each crisis beside it shares its words and must
stay flagged; most come from two attackers' reviews that found wider readings (suicide as a
subject, a joke's "jaja mentira", a wish of last year answered "but I'm fine now") letting
crises through. Those readings were taken out; these crises guard against their return.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis

IDIOMS = [
    "esta asignatura es un suicidio, nadie en su sano juicio se matricula con ese profe",
    "mi hermano se va a morir cuando vea que le gané en el fifa jaja",
    "mi mamá me va a ahorcar cuando vea la nota jajaja",
    "that exam destroyed me mate, walked out not knowing my own name",
    "en la serie q estoy viendo el prota intenta matarse y al final ponen el teléfono 024",
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
    # Past, and "fine" after a "but": an overdose of minutes ago, a plan made.
    "hace un año quería matarme pero ahora estoy bien, solo que ya compré las pastillas",
    "el año pasado quería matarme y ahora estoy bien decidida",
    "20 minutes ago I swallowed all my sleeping pills but I'm ok",
    "Antes de la cena me tomé el frasco de clonazepam pero estoy bien, solo me da sueño",
    "Last year I tried to kill myself but I'm fine now, I've written the note",
    # Words of a subject, a chore or an idiom around the client's own.
    "El pastor habló del suicidio y sinceramente suena a paz",
    "La capacitación fue sobre sobredosis, ahora sé exactamente cuántas necesito",
    "Dios quiera me quede muerta esta noche",
    "Me quiero matar, con tanta tarea y mis papás gritándome ya tengo escondida la navaja",
    "Mi hija se va a morir cuando vea mi cuerpo",
    "Esta cuerda me va a ahorcar rápido, ya la probé",
    "Este frasco es un suicidio asegurado, me lo tomo hoy",
]


@pytest.mark.parametrize("text", IDIOMS)
def test_an_idiom_is_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", CRISES)
def test_the_crisis_beside_it_is(text: str) -> None:
    assert detect_crisis(text) is not None
