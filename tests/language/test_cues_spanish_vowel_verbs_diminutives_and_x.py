"""A verb that starts with a vowel and carries its pronouns in the label ("echarme",
"usarlo") meets its conjugated forms; a "-cito"/"-ecito" diminutive listed as a word of
its own ("tardecita", "cafecito") is its word; text-speak's "x" for "ch" ("pexo",
"noxe") is heard as "ch" in a word no list knows."""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher

OTHER = "la tos de la mañana"


def spanish_tags(label: str, text: str) -> tuple[str, ...]:
    return CueMatcher([Cue(label), Cue(OTHER)], "es").match(text)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("echarme una caguama", "me eché dos caguamas en el descanso de sabinas"),
        ("echarme una caguama", "la caguama me la eché antes de salir"),
        ("usarlo para dormir", "lo usé otra vez para dormir"),
        ("echarme una caguama", "me la eché bien fría después del turno"),
        ("los domingos por la tarde", "los domingos por la tardecita me da la tristeza"),
        ("el cafecito con mi mamá", "me tomé un café con mi mamá y me puse a llorar"),
        ("la presión en el pecho", "la precion en el pexo toda la mañana"),
        ("no poder dormir en la noche", "no pude dormir en toda la noxe"),
    ],
)
def test_the_form_written_meets_the_cue(label: str, text: str) -> None:
    assert spanish_tags(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # Someone else's drinks, a capacity and a visit are no cue of the client's.
        ("echarme una caguama", "mi compadre se echó una siesta en el camión"),
        ("la capa de lluvia", "la empresa nos capacita los lunes"),
        ("el examen de manejo", "me tocó el texto de lectura en la clase"),
        ("la presión en el pecho", "le puse un dije de plata al collar"),
        # "echar" said to someone or of something else, without the label's "me".
        ("echarme unas chelas", "le eché gasolina a la troca y le compré unas chelas a mi suegro"),
        ("echarme la culpa", "le eché la culpa a mi hermano"),
        # A word typed without the "t" of its "xt" is that word, not a "ch".
        ("el techo de la casa", "te mandé un texo desde la casa"),
    ],
)
def test_what_is_not_the_cue_is_not_tagged(label: str, text: str) -> None:
    assert spanish_tags(label, text) == ()
