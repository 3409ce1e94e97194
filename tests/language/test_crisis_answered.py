"""Crisis words inside a question answered no, or a wish said to be over: benign only
when the answer is no, in the same sentence or by a next sentence that is only a denial."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "the doctor asked whether I'd had thoughts of killing myself and I said no",
        "the screening form asks about wanting to hurt yourself, I ticked never",
        "You asked if I ever want to die. No. Just tired.",
        "you asked me if i'd thought about suicide. honestly, no, never",
        "used to think about killing myself in high school. not anymore.",
        "a few years ago i wanted to die and that i dont anymore is something i'm proud of",
        "me preguntó si quería hacerme daño y le dije que no",
        "en la encuesta pregunta si he pensado en quitarme la vida, puse que nunca",
        "el año pasado pensaba en matarme. ya no.",
        "antes queria morirme todo el tiempo y ahora ya no, la terapia ayudó",
    ],
)
def test_a_question_answered_no_or_a_wish_said_to_be_over_is_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # answered yes, or not answered
        "the nurse asked if I want to harm myself and I said yes",
        "the nurse asked if I want to harm myself and I didn't answer",
        "you asked if I'd thought about ending my life. yes. every day.",
        "you asked if I'd ever thought about ending my life. honestly, no one would notice",
        "the form asks if I've thought of suicide and I put yes, a lot",
        "me preguntaron si pensaba en matarme y dije que sí",
        "el cuestionario pregunta si quiero morir. sí, quiero morir.",
        # the past, not over
        "i used to want to die every day. still do.",
        "i used to want to die. not anymore. now i want to kill myself",
        "hace un año pensaba en matarme y ya no aguanto más",
        "I used to cut myself. I want to again.",
        # a denial that is not the whole next sentence
        "i used to want to die. no one knows how bad it got again",
    ],
)
def test_a_question_answered_otherwise_or_a_wish_not_over_is_still_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


def test_the_same_wish_repeated_is_judged_by_each_ones_own_answer() -> None:
    # The first wish is answered "not anymore"; the second, word for word the same, is not.
    text = "i used to want to die every day. not anymore. i used to want to die every day. help"
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "La doctora me preguntó si he pensado en matarme: no, desde el verano no.",
        "me preguntaron en el hospital si quería hacerme daño: nunca.",
        "The nurse asked if I had thought of hurting myself: no.",
        "GP asked whether I'd thought about ending my life - never, thankfully",
        "La doctora me preguntó si he pensado en matarme: no, doctora. Para nada.",
    ],
)
def test_a_question_answered_no_by_the_bare_word_after_it_is_no_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "La doctora me preguntó si he pensado en matarme: sí, todas las noches.",
        "The nurse asked if I had thought of hurting myself: yes, I have.",
        "antes quería matarme: no sé si eso cambió",
        # The bare "no" taken back after it, in its sentence or the next.
        "me preguntó si he pensado en matarme: no, lo he decidido",
        "la psicóloga me preguntó si he pensado en matarme: no. Ya lo tengo planeado",
        "she asked if I've thought about killing myself: no. I've planned it.",
        "me preguntaron si he pensado en matarme: no. Ya compré las pastillas.",
        # A question whose "no" is the crisis.
        "the nurse asked if anything stops me from killing myself: no",
        "me preguntó si hay algo que me impida matarme: no",
    ],
)
def test_a_question_answered_any_other_way_is_still_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None
