"""A real wish to die is never excused by what sits beside it.

The mishap reading ("me quiero morir, se me quemó el arroz") excuses a wish only
when its own sentence names the mishap and nothing in the message is earnest.
Laughter excuses nothing (nervous laughter beside a real wish is common), a
mishap in another sentence excuses nothing, and "kill myself" with a means, a
place or a reason is a plan, not hyperbole.
"""

from __future__ import annotations

import pytest

from shared.language.crisis import detect_crisis

STILL_CRISES = [
    "me quiero morir jaja",
    "me quiero matar xd",
    "me mato hoy jaja",
    "quiero morirme lol",
    "me quiero morir 😂 ya no puedo",
    "me quiero morir, se me cayó el celular y ya nada importa",
    "me quiero morir, reprobé porque no estudié, soy un fracaso",
    "me quiero matar, mi novio perdió el bebé",
    "me quiero morir. mi mamá me vio llorar delante de mi hermano",
    "me quiero morir, me caí otra vez en el alcohol",
    "me quiero morir, lo hice sin querer y ahora todos me odian",
    "i want to die, i tripped on my way to the bridge",
    "i want to die, i missed the bus and nobody cares if i live",
    "i wanna die, i'm so embarrassed about everything in my life",
    "i want to die. i am humiliated and ashamed",
    "i want to die. awkward to say it here",
    "i want to die. my mic was on when I cried in the meeting",
    "i'm going to kill myself with pills tonight",
    "i'm going to kill myself at the bridge at 9",
    "i will kill myself for real this time",
    "im gonna kill myself for them to finally notice",
    "i want to kill myself over what happened",
]
STILL_HYPERBOLE = [
    "me quiero morir, se me quemó el arroz otra vez",
    "qué oso, me quería morir",
    "me quería morir, le dije mamá a la maestra",
    "I wanted to die when I called my teacher mum",
    "killing myself at the gym this week",
    "i'll kill myself laughing if he wears that again",
]


@pytest.mark.parametrize("text", STILL_CRISES)
def test_a_wish_beside_a_laugh_a_mishap_or_a_reason_is_flagged(text: str) -> None:
    assert detect_crisis(text) is not None


@pytest.mark.parametrize("text", STILL_HYPERBOLE)
def test_the_hyperbole_of_a_mishap_in_the_same_sentence_is_still_hyperbole(text: str) -> None:
    assert detect_crisis(text) is None
