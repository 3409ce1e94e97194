"""A "no" that cancels nothing: the negation is the wish itself ("i don't care if i
die", "no me importa morir"), beside the everyday texts that share its words ("i don't
care if i die my hair pink", "no me importa morir de risa")."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        "i don't care if i die",
        "idc if i die anymore",
        "there's no reason to keep going",
        "no job, no family. don't see why i should keep living",
        "i just don't want to be on this earth anymore mate",
        "praying i don't make it through the night",
        "it's not that i want to die, it's that i have to",
        "no me importa morir",
        "me vale si me muero, ya no siento nada",
        "sin chamba y sin familia, pa que seguir viviendo",
        "no tengo futuro, no tengo por que seguir vivo",
        "no me queda nada por lo cual vivir",
        "no hay nada que me amarre a esta vida",
        "no hay nada que me ate a este mundo",
        "ya me da igual morir",
        "anoche me tome medio blister a ver si no despertaba",
    ],
)
def test_a_negation_that_is_the_wish_is_a_crisis(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i don't care if i die my hair pink, it's my hair",
        "gonna get that promotion, idc if i die trying",
        "i don't care if i die on this hill, pineapple belongs on pizza",
        "not bothered if i die in the game, i'll respawn",
        "hope i dont wake up before ten tomorrow, so tired",
        "hoping i don't make it through the night shift without coffee lol",
        "hope i never wake up this early again",
        "no point in going on a trip if it pours all week",
        "i dont see any reason to keep going with this course",
        "why would i continue living with my parents when i can afford my own place",
        "why would i stay alive in the game when i can respawn",
        "dont want to be on the planet fitness contract anymore",
        "i don't want to be on this earth science course anymore",
        "no me importa morir de risa con ustedes jaja",
        "me vale si me muero de hambre jaja, no voy a cocinar",
        "no me importa morir en el intento, voy a aprobar ese examen",
        "no me importa morir de viejo, pero no quiero sufrir",
        "pa que seguir viviendo con mis papas si ya tengo trabajo",
        "no hay razones para seguir viviendo en ese depa, nos mudamos",
        "nada por lo cual vivir en esta ciudad, me regreso a mi pueblo",
        "entre despacito a ver si no despertaba a nadie",
        "deje la luz apagada a ver si no despertaba al bebe",
    ],
)
def test_an_everyday_sense_is_not(text: str) -> None:
    assert detect_crisis_by_rules(text) is None
