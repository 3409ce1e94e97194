"""Crises said with something around them that read as everyday before: the phone a
report came by, a comma before what the client was doing, "ya no más", a death held off
only by someone, a burn said to be meant, pills taken so as not to wake up
(shared/language/crisis/spanish_others.py, spanish_outright.py, spanish_plans.py,
english.py, english_indirect.py, english_net.py, __init__.py).

Each was missed as written by a new writer; each has its everyday neighbour beside it,
which must stay unflagged.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        # The line a report came by is not the phone dying.
        "mi esposa me dijo por teléfono que ya no quiere vivir",
        "mi hermana me dijo por el celular que se quiere matar",
        "my sister told me on the phone she wants to die",
        "my friend said over the phone she wants to kill herself",
        # A way thought of is never "me mato limpiando" (effort).
        "todo el turno pensando en como matarme, limpiando oficinas vacias",
        "pensando en la forma de matarme, trabajando",
        # "ya no más" after a wish said now is "enough", not "not any more".
        "quiero matarme, ya no mas",
        "ya no quiero vivir, ya no más",
        # A death held off only by someone.
        "si no fuera por mis hijos ya me hubiera matado",
        "si no fuera por la nena ya me ubiera matao y hoy ni eso me esta aguantando",
        "de no ser por mi mamá ya me habría quitado la vida",
        # The future without the client, "mañana" ending it.
        "ya no estare aqui mañana",
        "sorry miss I am tired of everything ya no estare aqui mañana",
        # A burn said to be meant.
        "i burn my arm with the iron on purpose, i dont know why i do it",
        "burned my arm with the curling iron on purpose again today",
        # Pills, so as not to wake up; praying not to.
        "i take some pills last night to see if i dont wake up",
        "haha dont pay attention, is just i buy the pills so i dont wake up",
        "i pray to God every night to not wake up in the morning",
        # Said in few words, as a learner of English says them.
        "nobody gonna miss me",
        "better dead than this",
        "better I am dead so my family get the insurance money",
    ],
)
def test_a_crisis_said_around_is_flagged(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "mi celular ya no quiere vivir jaja",
        "el celular se quiere morir, 2% de bateria",
        "me mato limpiando oficinas",
        "me voy a matar estudiando para el examen",
        "si no fuera por el cinturón me hubiera matado en el choque",
        "si no fuera por el casco me hubiera matado",
        "si no fuera por el GPS me hubiera perdido",
        "ya no estare aqui mañana en la tarde, tengo cita",
        "i burned my arm with the iron",
        "took my allergy pills early so i dont wake up sneezing",
        "gave the baby her meds so i dont wake up to crying",
        "i took the sleeping pills so i dont wake up at 3am again",
        "nobody gonna miss me at the party lol",
        "better dead than red lol history class",
    ],
)
def test_its_everyday_neighbour_is_not(text: str) -> None:
    assert detect_crisis_by_rules(text) is None
