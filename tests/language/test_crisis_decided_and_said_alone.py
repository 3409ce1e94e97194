"""Crises said in a few plain words: when and how decided, a burden ("un peso para
todos"), a last message said and nothing more, things not needed where the client is
going, the next appointment given up beside affairs put in order. Beside each, the
same words with an everyday purpose after them."""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis


@pytest.mark.parametrize(
    "text",
    [
        "No voy a esperar a la sesión. Ya he decidido cuándo y cómo.",
        "ya tengo decidido dónde y cuándo.",
        "I've worked out the when and the how.",
        "I already know how and when. Sorry.",
        "Soy un peso para mi familia.",
        "Me cansé de ser un peso para mis hijos.",
        "This is my last text. Thanks for trying.",
        "gave my bike to my cousin. no need it where im going",
        "I have put my affairs in order. I shall not require the session on Tuesday.",
    ],
)
def test_said_plainly_it_is_a_crisis(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "ya decidí cuándo y cómo le voy a decir a mi jefe que renuncio",
        "ya he decidido cuándo y dónde será la boda",
        "I've decided when and how to tell my mum about the baby.",
        "soy un peso para mi equipo en el gym jaja",
        "me cansé de ser un peso para mis papás, por eso me voy a buscar chamba",
        "this is my last message before my holiday, see you in two weeks",
        "no need em where im going, its roasting in spain lol",
        "I will not need the appointment next week, I've moved to Leeds. Thank you for your help.",
    ],
)
def test_with_an_everyday_purpose_it_is_not(text: str) -> None:
    assert detect_crisis(text) is None
