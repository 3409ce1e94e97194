"""Spanish crises said indirectly, and the everyday senses of the same words.

Every example here is written for this test, none taken from a data set.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import OVERDOSE, SELF_HARM, SPANISH, SUICIDAL_IDEATION, detect_crisis


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # An end understated.
        ("no pienso que llegue al viernes, en serio", SUICIDAL_IDEATION),
        ("no creo que pase de esta semana", SUICIDAL_IDEATION),
        ("tranquila, no voy a ser una carga para ustedes por mucho tiempo mas", SUICIDAL_IDEATION),
        ("ya no voy a estar pa mi cumple", SUICIDAL_IDEATION),
        # A last time, and going to God.
        ("este sabado va a ser el ultimo", SUICIDAL_IDEATION),
        ("ya deje lista mi ultima carta", SUICIDAL_IDEATION),
        ("esta noche se termina todo", SUICIDAL_IDEATION),
        ("ruego que diosito me recoje pronto, que dios me lleve", SUICIDAL_IDEATION),
        ("pido que un camion me atropelle de regreso", SUICIDAL_IDEATION),
        # Means at hand, said without a verb of dying.
        ("ya tengo el arma en el cajon", SUICIDAL_IDEATION),
        ("compre una cuerda gruesa hoy", SUICIDAL_IDEATION),
        ("el raticida no es para las ratas", SUICIDAL_IDEATION),
        # Harm known by its effects.
        ("tengo las piernas llenas de cicatrices nuevas", SELF_HARM),
        ("me marque los brazos con un cutter otra vez", SELF_HARM),
        ("traigo la muneca vendada y nadie pregunta", SELF_HARM),
        # Pills counted after the fact.
        ("me tome como 15 de mis pastillas de dormir", OVERDOSE),
        ("me he tragado todas las tabletas del botiquin", OVERDOSE),
        # A time and a place; affairs in order with a decision.
        ("el domingo a las 5 en el puente del rio", SUICIDAL_IDEATION),
        ("firme el testamento ayer. ya no falta nada", SUICIDAL_IDEATION),
    ],
)
def test_a_crisis_said_indirectly_is_flagged(text: str, category: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.category == category
    assert signal.language == SPANISH


@pytest.mark.parametrize(
    "text",
    [
        "compre una cuerda para tender la ropa en el patio",
        "ya tengo la pistola de agua para la fiesta de la nina",
        "la ultima vez que te escribo por lo del pago, lo prometo",
        "manana a las 8 en el puente nos vemos para correr",
        "me quemé el brazo con la plancha sin querer",
        "me vendaron la pierna por la operacion de rodilla",
        "no creo que llegue al lunes el paquete de amazon",
    ],
)
def test_the_everyday_senses_of_the_same_words_stay_benign(text: str) -> None:
    assert detect_crisis(text) is None
