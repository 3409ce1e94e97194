"""Spanish forms the stemmer or the negation reading used to lose: an "-ar"
verb's "é" form read as "-ase" ("repasé"), and a verb typed with a slip after
"no me animo a" (the client struggling with it, not a negated mention)."""

from __future__ import annotations

import pytest

from shared.language.cues import Cue, CueMatcher
from shared.language.cues.spanish import stem

OTHER = "la tos de la mañana"


def spanish_tags(label: str, text: str) -> tuple[str, ...]:
    return CueMatcher([Cue(label), Cue(OTHER)], "es").match(text)


@pytest.mark.parametrize(
    ("form", "verb"),
    [
        ("repase", "repasar"),  # repasé
        ("fracase", "fracasar"),  # fracasé
        ("atrase", "atrasar"),  # atrasé
        ("interese", "interesar"),  # que le interese
    ],
)
def test_an_ar_verbs_e_form_has_the_verbs_stem(form: str, verb: str) -> None:
    assert stem(form) == stem(verb)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("pasase", "pas"),  # the "-ase" subjunctive stays one
        ("clase", "clas"),  # no verb "clasar"
    ],
)
def test_other_words_ending_in_ase_keep_their_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("repasar lo que dije en la junta", "repasé mil veces lo que dije en la junta"),
        ("fracasar en el examen", "siento que fracasé en el examen de manejo"),
    ],
)
def test_a_verb_said_in_its_e_form_meets_the_label(label: str, text: str) -> None:
    assert spanish_tags(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("estacionar en paralelo", "no me animo a estacionr en paralelo todavía"),
        ("manejar en la autopista", "no me atrevo a manjear en la autopista sola"),
    ],
)
def test_a_slip_after_not_daring_is_the_cue_verb(label: str, text: str) -> None:
    assert spanish_tags(label, text) == (label,)


@pytest.mark.parametrize(
    ("label", "text"),
    [
        # A plain "no" before the slip stays a negated mention.
        ("estacionar en paralelo", "no estacionr en paralelo hoy, había lugar de sobra"),
        ("manejar en la autopista", "hoy no manjeé en la autopista, fui en metro"),
    ],
)
def test_a_slip_after_a_plain_no_stays_negated(label: str, text: str) -> None:
    assert spanish_tags(label, text) == ()
