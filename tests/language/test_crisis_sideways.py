"""A death said sideways (made to look like an accident, a car not stopped, a height
judged, the tracks, being a weight, one's own death as peace) and someone close who
means to hurt themselves; beside the everyday texts that share their words."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        "i want to make it look like an accident so the insurance pays",
        "my plan is to make it look like an accident",
        "no one would know it was on purpose",
        "im driving to the cliff and im not going to brake",
        "14 floors is enough i reckon",
        "the bridge is high enough to do it",
        "i don't want to be a burden anymore",
        "im tired of being the weight my family has to carry",
        "please tell dr patel it wasnt her fault",
        "she said she's going to hurt herself tonight",
        "i'm scared he'll hurt himself",
        "im worried my friend will hurt himself",
        "he switched his phone off. im scared hes going to do something",
        "voy a chocar el carro para que parezca un accidente",
        "si choco contra un poste nadie va a saber q fue a proposito",
        "voy manejando hacia el acantilado y no pienso frenar",
        "14 pisos bastan",
        "me voy a parar en las vias del tren",
        "ya no quiero ser una carga para nadie",
        "no quiero ser más un peso para mis viejos",
        "sueño con mi propia muerte y me da paz",
        "escribí cartas de despedida",
        "mi amiga dice que se va a hacer daño",
        "tengo miedo de que mi hermano se haga algo",
        "tengo miedo de que haga una locura",
        "mi hijo se quiere hacer daño",
    ],
)
def test_a_death_said_sideways_is_a_crisis(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "my sister broke the vase and made it look like an accident",
        "he wants to make it look like an accident, the cheeky sod",
        "i'm driving home and won't brake for anything lol",
        "14 floors is enough of a climb for today",
        "i don't want to be a burden to my kids, so i hired a carer",
        "tired of being the problem child at work",
        "he'll hurt himself on that ladder",
        "my son might hurt himself climbing the fence",
        "im scared he's going to do something stupid like quit his job",
        "mi hermano rompió el florero y dijo que fue accidente",
        "voy manejando y no pienso frenar hasta llegar a casa",
        "escribí cartas de despedida para mis compañeros de trabajo",
        "ya no quiero ser una carga para mis hijos, por eso me mudo a una residencia",
        "se va a hacer daño con esa bici",
        "tengo miedo de que mi hijo se haga daño jugando futbol",
        "me preocupa que haga una locura con la tarjeta de crédito",
    ],
)
def test_the_same_words_in_everyday_life_stay_benign(text: str) -> None:
    assert detect_crisis_by_rules(text) is None
