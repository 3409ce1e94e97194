"""A "no" that cancels nothing: the negation is the wish itself ("i don't care if i
die", "no me importa morir"), beside the denials that share its words ("it's not that
i want to die, i'm just sick of my job", "nunca se me ha pasado por la cabeza")."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        "i don't care if i die",
        "idc if i die fr, i'd welcome it",
        "there's no reason to keep going",
        "no job, no family. don't see why i should keep living",
        "i just don't want to be on this earth anymore mate",
        "i'm not afraid of dying anymore. it feels like relief",
        "praying i don't make it through the night",
        "without my dog there's nothing keeping me here",
        "there's no way out of this except dying",
        "it's not that i want to die, it's that i have to",
        "never had thoughts of suicide until this week, now i cant stop",
        "no me importa morir",
        "me vale si me muero, ya no siento nada",
        "sin chamba y sin familia, pa que seguir viviendo",
        "no tengo futuro, no tengo por que seguir vivo",
        "no me queda nada por lo cual vivir",
        "no hay nada que me amarre a esta vida",
        "ya no le tengo miedo a la muerte",
        "anoche me tome medio blister a ver si no despertaba",
    ],
)
def test_a_negation_that_is_the_wish_is_a_crisis(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "it's not that i want to die, i'm just sick of my job",
        "it's not like i wanna die, i just want a break from everything",
        "hope i dont wake up before ten tomorrow, so tired",
        "no point in going on a trip if it pours all week",
        "i dont see any reason to keep going with this course",
        "no reason to keep going to the gym if it is closed",
        "nothing keeping me here in this town anymore, moving in june",
        "no me importa morir de viejo, pero no quiero sufrir",
        "no es que sea suicida lo que siento, es rabia, mucha rabia",
        "nunca se me ha pasado por la cabeza matarme, tranquila doctora",
        "no es que me quiera morir, es que estoy harta del trabajo",
    ],
)
def test_a_denial_or_another_sense_is_not(text: str) -> None:
    assert detect_crisis_by_rules(text) is None
