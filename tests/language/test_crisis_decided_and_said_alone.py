"""Crises said in a few plain words: a burden ("un peso para todos"), a last message said
and nothing more, things not needed where the client is going, the next appointment
given up beside affairs put in order. Beside each, the same words with an everyday
purpose (a review's probes: "sorry for the spam, this is my last message", "no need
cash where im going", "un peso para mi equipo", a session cancelled with thanks)."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "Soy un peso para mi familia.",
        "Me cansé de ser un peso para mis hijos.",
        "This is my last message. Thanks for trying.",
        "gave my bike to my cousin. no need it where im going",
        "I have put my affairs in order. I shall not require the session on Tuesday.",
    ],
)
def test_said_plainly_it_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "soy un peso para mi equipo en el gym jaja",
        "me cansé de ser el peso pesado del equipo",
        "me cansé de ser un peso para mis papás, por eso me voy a buscar chamba",
        "this is my last message before my holiday, see you in two weeks",
        "Sorry for the spam, this is my last message.",
        "I'm out of credit, this is my last text",
        "no need em where im going, its roasting in spain lol",
        "no need cash where im going its all card",
        "I will not need the appointment next week, I've moved to Leeds. Thank you for your help.",
        "Hi, I will not need my session on Friday. Thank you for everything!",
    ],
)
def test_with_an_everyday_purpose_it_is_not(text: str) -> None:
    assert detect_crisis(text) is None
