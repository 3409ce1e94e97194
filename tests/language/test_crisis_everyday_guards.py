"""Everyday noticings the crisis rules once flagged, beside the crisis texts that
share their words: anger at someone else, a burn while making something, burning
out, a weekend away, pills sorted into the week's organiser, books given to a
library. Each guard excuses the everyday sense only."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis_by_rules


@pytest.mark.parametrize(
    "text",
    [
        "Mi compañero se robó mi idea en la reunión. Lo quiero ahorcar. Bueno, no literal.",
        "mi hermano me tiene harta, la voy a ahorcar jaja",
        "quiero ahorcarlo por dejar los trastes sucios",
        "la pistola de silicona me quemo el dedo haciendo la maqueta del cole de mi hijo",
        "me quemé la mano haciendo la cena",
        "Siento que me estoy quemando como vela con tanto turno.",
        "este finde necesito desaparecer o sea irme a la playa sin celular",
        "quiero desaparecer y irme al campo unos días",
        "estoy colapsada, quiero desaparecer aunque sea una tarde",
        "no pasé el examen por dos puntos. Me quiero morir de la rabia.",
        "took all my pills out of the boxes and put them in the new weekly organiser",
        "Giving away my books to the little free library. Too many to move with.",
        "gave away all my clothes to the thrift store before the move",
        "Never had thoughts of suicide, just completely overwhelmed",
        "no thoughts of suicide, just tired of this job",
    ],
)
def test_everyday_words_are_not_a_crisis(text: str) -> None:
    assert detect_crisis_by_rules(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "me quiero ahorcar",
        "ya quiero ahorcarme, no aguanto",
        "me voy a ahorcar en el garaje",
        "me quemo los brazos con el encendedor",
        "me quemé el brazo a propósito haciendo la tarea",
        "quiero desaparecer para siempre",
        "me quiero morir de tristeza",
        "quiero desaparecer para siempre aunque sea doloroso",
        "took all my pills at once tonight",
        "giving away all my things, won't need them",
        "never had thoughts of suicide until this week, now i cant stop",
        "i have thoughts of suicide every night",
    ],
)
def test_the_crisis_said_with_those_words_is_still_read(text: str) -> None:
    assert detect_crisis_by_rules(text) is not None
