"""Having none of it, in every tense: a thought of suicide not had is a denial ("no he
tenido ideas de suicidio", "zero thoughts of killing myself"); the will to live not had
is the crisis itself ("no he tenido ganas de vivir").
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "no he tenido ganas de vivir",
        "esta semana no tuve ganas de vivir, la verdad",
        "ya no tenía fuerzas para seguir viviendo",
        "no he tenido ideas de suicidio hoy, mañana sí",
        "zero thoughts of anything but killing myself",
    ],
)
def test_no_will_to_live_in_any_tense_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "no he tenido ideas de suicidio desde la última sesión, semana normal",
        "no tuve ideas de suicidio esta semana, dormí mejor",
        "Zero thoughts of killing myself, I'm safe at home with my partner",
    ],
)
def test_thoughts_not_had_are_a_denial(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "no he tenido ideas de suicidio ni de autolesión desde la última sesión",
        "I have no plans or intentions to harm myself. Work is the main thing right now",
        "the urges to hurt myself are basically gone. proud of that",
        "Las ideas suicidas que tenía en marzo ya se fueron. Sigo yendo al grupo de los martes",
        "tranqui, eso de querer morirme ya se fue. ahora ando con lo del taller",
    ],
)
def test_two_named_at_once_or_gone_for_good_are_a_denial(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the urges to hurt myself are gone, tonight i will do it",
        "las ganas de matarme ya se fueron. mentira, ya tengo la soga",
        "no he tenido fuerzas para seguir viviendo",
    ],
)
def test_a_denial_taken_back_or_of_living_itself_is_not(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "el documental trata el suicidio en adolescentes, lo vimos en clase",
        "mi sobrino me preguntó qué es el suicidio, se lo expliqué con calma",
        "they're putting suicide nets up on the bridge at last",
        "Nurse here, two overdose calls tonight, both patients stable",
    ],
)
def test_the_subject_or_someone_elses_at_work_is_no_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "la única salida que veo es el suicidio",
        "im going to overdose call my mom and tell her bye",
        "gonna overdose call it a night for good",
    ],
)
def test_the_clients_own_said_beside_those_words_is(text: str) -> None:
    assert detect_crisis(text) is not None
