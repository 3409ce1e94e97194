"""Suicide as a subject, idioms of dying and jokes said to be jokes, beside the crises that
share their words (shared/language/crisis/__init__.py ``_a_topic``,
``_taken_back_as_a_joke``; spanish_net.py, spanish_others.py, spanish_words.py).

Each benign text below was a false alarm on a new writer's set: a clinician alerted, and a
client sent the crisis line, for a class on risk factors or a sermon. Each crisis beside it
shares its words and must stay flagged.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis

SUBJECTS = [
    "en la chamba nos dieron una capacitacion de como atender llamadas de gente con ideas "
    "suicidas, estuvo interesante",
    "lei un articulo de q subieron los suicidios en hombres jovenes, me saco de onda el numero",
    "hoy en psicopatología hemos dado suicidio y factores de riesgo, muy interesante pero denso",
    "me parece q la serie trata fatal el tema del suicidio",
    "estoy haciendo un trabajo sobre autolesiones en adolescentes pa la asignatura de desarrollo",
    "he leído el libro de una mujer q sobrevivió a un intento de suicidio, me ayudó a entender",
    "la peli de anoche iba de un chico q se autolesionaba, lloré bastante, pero muy bien hecha",
    "el pastor habló del suicidio en la iglesia y me quedé pensando si es justo decir eso",
    "en la serie q estoy viendo el prota intenta matarse y al final ponen el teléfono 024",
    "Training at work today was on spotting suicide risk in elderly clients, learned alot",
    "work had a training on handling callers who say they're suicidal, was actually useful",
]

IDIOMS = [
    "me quedé muerta cuando me lo dijo",
    "me quedé muerta con el precio del alquiler",
    "esta asignatura es un suicidio, nadie en su sano juicio se matricula con ese profe",
    "mi hermano se va a morir cuando vea que le gané en el fifa jaja",
    "me quiero morir de la pena, le dije 'mi amor' a una clienta jajaja",
    "ya me quiero morir con tanta tarea",
    "me tiro por la ventana si vuelve a sonar esa canción jajaja",
    "si vuelvo a ver otra pila de platos me tiro por la ventana jaja mentira",
    "como suspenda anatomía me pego un tiro jajaja (es broma eh, pero q asco de asignatura)",
    "if I fail stats I'm jumping off the library roof lol. joking, resits are in august anyway",
    "she's going to die when she sees this",
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
    # A joke not said to be one, taken back, over something serious, or hung on nothing.
    "si vuelvo a sentir esto me mato jaja",
    "me quiero matar jaja mentira, sí quiero",
    "me quiero matar jaja mentira",
    "i want to die lol jk",
    "i want to die lol jk... not really",
    "si pierdo la custodia me mato jaja mentira",
    "como suspenda me tiro del puente, no es broma",
    "i'm going to die when they find me",
]


@pytest.mark.parametrize("text", SUBJECTS + IDIOMS)
def test_a_subject_or_an_idiom_is_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", CRISES)
def test_the_crisis_beside_it_is(text: str) -> None:
    assert detect_crisis(text) is not None
