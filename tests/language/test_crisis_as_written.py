"""Crises written as people write them: as it sounds, in a contraction, in a place that is
the world itself (shared/language/crisis/respell.py, spanish.py, english.py).

Each of these was missed by triage as written by a new writer, and each has its everyday
neighbour beside it that must stay unflagged.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        # Spanish as it sounds: "v" written "b", the silent "h" left out.
        "esta noche me boi a matar",
        "siento que me boi a matar cualquier dia de estos no me aguanto",
        "ya me boy a matar, no aguanto",
        "quiero acabar con to",
        # The world is no place one stays in.
        "ya no quiero seguir aqui en la tierra estoy cansada de todo",
        "ya no quiero seguir aquí en este mundo",
        # Contractions folded: "nobody's", "suicide's".
        "nobody's gonna miss me",
        "no one's going to miss me anyway",
        "suicide's been on my mind since sunday and it won't go away",
        "suicide's on my mind again",
    ],
)
def test_a_crisis_as_written_is_flagged(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "ya no quiero seguir aquí en este trabajo, me voy a buscar otro",
        "ya no quiero seguir aqui con mis suegros",
        "nobody's gonna miss me at the party lol",
        "oh boy i could kill for a coffee",
        "two days ago i felt better",
        "el boi de la tienda me cobró de más",
        "the suicides been in the news all week, hard to read",
        "acabé con todo el trabajo de la semana",
    ],
)
def test_its_everyday_neighbour_is_not(text: str) -> None:
    assert detect_crisis_by_rules(text) is None
