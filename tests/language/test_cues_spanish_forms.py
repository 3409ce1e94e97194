"""Spanish forms a client says that the stem alone did not reach: an "-ir" verb whose
stem vowel rises ("pidiéndole" for "pedir", "durmiendo" for "dormir"), two letters
swapped in a form ("coimendo" for "comiendo"), a diminutive that spells its "c" as "qu"
("cerquita"), a refusal said ("les dije que no", "no fui capaz de negársela"), and a
negation that belongs to a verb of knowing ("no sé dónde esconderlas"); beside the
texts those must not tag."""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher
from shared.language.cues.spanish import raised_stems, stem

OTHER = "la tos de la mañana"


def spanish_tags(label: str, text: str) -> tuple[str, ...]:
    return CueMatcher([Cue(label), Cue(OTHER)], "es").match(text)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("pedir otra ronda", "y yo ahí pidiéndole otra ronda al camarero"),
        ("pedir otra ronda", "acabé pidiendo otra ronda y otra"),
        ("pedir otra ronda", "siempre pido otra ronda"),
        ("dormir con el celular", "sigo durmiendo con el celular en la mano"),
        ("dormir con el celular", "me dormí con el celular en la mano"),
        ("vestirme para el trabajo", "me visto para el trabajo a las 6"),
        ("sentarme cerca de la puerta", "me senté cerquita de las puertas"),
        ("tomar un poco de más", "me tomé un poquito de más"),
        ("decir que no a mis hermanos", "les dije que no a mis hermanos"),
        ("decir que no a mis hermanos", "a mi hermano Beto no supe decirle que no"),
        ("decir que no a mis hermanos", "mi carnal me pidió lana y no fui capaz de negársela"),
        ("esconder las botellas", "ya no sé dónde escondérselas, las botellas vacías digo"),
        ("comer parado en la cocina", "coimendo parada en la cocnia otra vez"),
        ("medirme la presión", "ayer en la noche me estaba midiendo la presión"),
        ("pedir otra ronda", "toda la tarde estuve pidiendo otra ronda"),
    ],
)
def test_the_form_said_meets_the_cue(label: str, text: str) -> None:
    assert spanish_tags(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("decir que no a mis hermanos", "mi hermano me dijo que no"),
        ("decir que no a mis hermanos", "mis hermanos dicen que no vienen"),
        ("decir que no a mis hermanos", "mi hermano se negó a venir"),
        ("vestirme para el trabajo", "ya me viste el trabajo nuevo"),
        ("esconder las botellas", "no escondí las botellas esta vez"),
        ("pedir otra ronda", "no pedí otra ronda"),
        ("pedir otra ronda", "mi compa pidió otra ronda y yo no"),
        ("despedirme de los niños el domingo", "qué despido tan feo el de los niños el domingo"),
        ("freír papas a medianoche", "qué frío hace a medianoche, me comí unas papas"),
        ("comer pan dulce en la noche", "ya no como pan dulce en la noche"),
        ("pesarme cada mañana", "he pesnado mucho cada mañana en dejar la báscula"),
        ("comprar perico", "compré comida para el periquito"),
        ("sentir que no valgo nada", "creía que no, pero al final sí vino"),
        # Someone the client names doing it: "mi compa estaba pidiendo".
        ("pedir otra ronda", "mi compa estaba pidiendo otra ronda y yo nomás miraba"),
        ("tomar otra ronda", "mi compa estaba tomando otra ronda"),
        ("medirme la presión", "la enfermera me estaba midiendo la presión"),
    ],
)
def test_what_is_not_the_cue_is_not_tagged(label: str, text: str) -> None:
    assert spanish_tags(label, text) == ()


def test_only_an_ir_verb_with_e_or_o_in_its_stem_rises() -> None:
    assert raised_stems("pedir") == ("pid",)
    assert raised_stems("dormirme") == ("durm",)
    assert raised_stems("cenar") == ()
    assert raised_stems("reunir") == ()


def test_a_qu_diminutive_is_read_as_its_word() -> None:
    assert stem("cerquita") == stem("cerca")
    assert stem("banquito") == stem("banco")
