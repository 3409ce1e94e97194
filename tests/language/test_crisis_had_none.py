"""The will to live not had, in more than the present: "no he tenido ganas de vivir",
"ya no tenía ganas de vivir" are the crisis itself, as "no tengo ganas de vivir" is.

A denial beside it, taken back or partial, still leaves the crisis flagged: triage
does not read "no he tenido ideas de suicidio" as a denial that speaks for a message
that goes on ("... bueno mentira, ya tengo las pastillas").
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "no he tenido ganas de vivir",
        "esta semana no tuve ganas de vivir, la verdad",
        "ya no tenía ganas de vivir y ahora menos",
        "desde que se fue no he tenido ganas de seguir viviendo",
        "no he tenido fuerzas para seguir",
    ],
)
def test_no_will_to_live_in_a_past_tense_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "fui a correr 10k pero en el km 7 no tuve fuerzas para seguir",
        "subimos el cerro con mi papá y no tuve fuerzas para seguir, él sí llegó arriba",
    ],
)
def test_a_moment_without_strength_is_a_story(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "No he tenido ideas de suicidio... bueno mentira, sí las he tenido y ya tengo las "
        "pastillas",
        "Le dije a la psiquiatra que no he tenido ideas de suicidio, pero le mentí. Las tengo "
        "cada noche",
        "no tenía intención de matarme, pero ahora sí",
        "I have zero thoughts of suicide, i've got it all planned out already",
        "the urges to kill myself have stopped since i decided when",
        "Lo único que me impedía matarme ya se fue",
    ],
)
def test_a_denial_taken_back_or_partial_leaves_the_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


def test_no_wish_to_live_somewhere_is_a_move() -> None:
    moving = "No he tenido ganas de vivir en la ciudad, quiero mudarme al campo"
    assert detect_crisis(moving) is None
    assert detect_crisis("ya no tengo ganas de vivir en este mundo") is not None
