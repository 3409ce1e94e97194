"""Crises said with something around them that read as everyday before: the phone a
report came by, a comma before what the client was doing, "ya no más" after a wish said
now, a death held off only by someone, a burn said to be meant, pills so as not to wake up,
a denial the client says was untrue (shared/language/crisis/spanish_others.py,
spanish_outright.py, answers.py, english.py, english_indirect.py, english_net.py,
__init__.py); and idioms a new writer met ("esa fila en el consulado me mató", "hoy sí
quedé muerta").

Each crisis was missed as written by a new writer or by an attacker's review; each
everyday neighbour beside them was written by the review to break the first version of
the reading, and must stay unflagged.
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
        # A denial the client says was not true: "i said no, that was a lie".
        "me preguntó si quería matarme y le dije que no, mentira",
        "she asked if i wanted to kill myself and i said no, that was a lie",
        "la consejera me preguntó si tenía ideas suicidas y le dije que no pero si las tengo",
        "she asked if i had suicidal thoughts and i said no but i do",
        # Held off by one someone; asked of God; a learner's "better dead".
        "si no fuera por mi hija de cinco años ya me hubiera matado",
        "si no fuera por mi doctora ya me hubiera matado, ella es la única que me escucha",
        "si no fuera por mis hijos me mato hoy mismo",
        "every night i ask god to not let me wake up",
        "im better dead honestly",
        "i burn my arm on the stove because i deserve it",
        "my son texted me on my phone that he wants to kill himself",
        "me dijo en el celular que se quiere matar",
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
        "me mudo hoy, ya no estaré aquí mañana",
        "estoy planeando cómo matarme estudiando para el final jaja",
        "quería matarme el año pasado, ya no más",
        "la consejera me preguntó si tenía pensamientos suicidas y le dije q no, y es verdad",
        "she asked if i had suicidal thoughts and i said no but i do get stressed",
        "si no fuera por mi abuela, mi mamá ya me hubiera matado por reprobar",
        "si no fuera por la quimio el cáncer ya me hubiera matado",
        "si no fuera por el aire acondicionado este calor ya me hubiera matado",
        "la pantalla del celular ya se quiere morir, se traba cada rato",
        "i burned my arm on the oven tray, didnt do it on purpose i promise",
        "took my sleeping pills at 10 so i dont wake up. first full night in weeks!",
        "trying to be quiet, hoping to not wake up the baby",
        "better dead than this traffic lol",
        "nobody gonna miss me if i skip the yoga class",
        # Idioms of killing and dying: a queue that "killed" the client, tired out.
        "esa fila en el consulado me mato, cuatro horas parada",
        "hoy si quede muerta, limpie dos pisos completos yo sola porque falto la compañera",
        "quedé muerto después de la pisca de almendra pero contento",
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
