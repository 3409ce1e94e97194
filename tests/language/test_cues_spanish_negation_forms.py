"""A label's own "no" said the other ways Spanish says it: "sin" + the verb, and
a "no" before a vague verb and "a" ("no voy a poder pagar"), and "no hay" when the
label says it ("cuando no hay venta")."""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher

OTHER = "la tos de la mañana"


def evidence(label: str, text: str) -> tuple[tuple[str, str], ...] | None:
    for why in CueMatcher([Cue(label), Cue(OTHER)], "es").explain(text):
        if why.cue == label:
            return tuple((e.text_word, e.how) for e in why.evidence)
    return None


def test_sin_and_the_verb_is_the_labels_no_and_verb() -> None:
    found = evidence("enojarme cuando no me escribe", "me enojé, lleva todo el día sin escribirme")
    assert found is not None and ("sin", "word") in found


def test_sin_before_another_word_is_not_the_labels_no() -> None:
    found = evidence("enojarme cuando no me escribe", "me enojé sin razón, me escribe a cada rato")
    assert found is None or ("sin", "word") not in found


def test_no_reaches_across_a_vague_verb_and_a() -> None:
    found = evidence("el miedo de no pagar la renta", "el miedo de no ir a poder pagar la renta")
    assert found is not None and ("no", "word") in found


def test_no_before_a_verb_that_is_no_vague_one_stays_apart() -> None:
    # "no salí a pagar": "salir" is no vague verb, so "no" negates "salí" only.
    found = evidence("el miedo de no pagar la renta", "no salí a pagar la renta, miedo de la fila")
    assert found is None or ("no", "word") not in found


def test_not_daring_or_not_knowing_how_is_the_cue() -> None:
    # "no me atrevo a", "no sé" + the label's verb: the client struggles with it.
    label = "hablar en público"
    assert evidence(label, "no me atrevo a hablar en público mañana") is not None
    label = "manejar en la autopista"
    assert evidence(label, "no sé manejar en la autopista, me da pánico") is not None


def test_not_wanting_or_not_doing_it_stays_negated() -> None:
    assert evidence("pelear con mi hermano", "no quiero pelear con mi hermano otra vez") is None
    assert evidence("pelear con mi hermano", "hoy no peleé con mi hermano") is None


def test_could_not_do_it_stays_negated() -> None:
    # "no pude ir": not doing it is not struggling with it (read as before).
    assert evidence("ir al gimnasio", "no pude ir al gimnasio hoy") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoy también cuando no hay venta me pongo a pensar en las deudas", True),
        ("no hubo venta en todo el día", True),
        ("hoy sí hubo venta, vendí tres polleras", False),
        ("hay mucha venta hoy en la feria", False),
        ("no hubo ni una venta en todo el día", True),
        ("no ha habido venta desde el lunes", True),
        # A "no" that answers something else, before a "hay" that is there.
        ("no sé, hay venta mañana?", False),
        ("no puedo ir, hay venta en el puesto", False),
    ],
)
def test_a_label_that_says_there_is_none_meets_it_said(text: str, expected: bool) -> None:
    assert (evidence("cuando no hay venta", text) is not None) is expected
