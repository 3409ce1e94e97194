"""Someone close to the client who wants to die, in English and in Spanish:
flagged, so the clinician hears it tonight and the client gets the crisis line
to pass on. A past wish no one reports, a death that happened, a story and an
animal stay benign, in both languages alike."""

from __future__ import annotations

import pytest

from shared.language.crisis import ENGLISH, SPANISH, detect_crisis

SOMEONE_CLOSE = [
    ("my son told me he wants to kill himself", ENGLISH),
    ("my sister keeps saying she wants to die", ENGLISH),
    ("my dad says he doesn't want to live anymore", ENGLISH),
    ("my boyfriend said he'd kill himself if I leave", ENGLISH),
    ("my daughter is cutting herself again", ENGLISH),
    ("my teenager wants to die and I don't know what to do", ENGLISH),
    ("mi hija me confesó que se quiere matar", SPANISH),
    ("mi papá dice que ya no quiere vivir", SPANISH),
    ("mi novio dijo que si lo dejo se mata", SPANISH),
    ("mi amigo me escribió que quería quitarse la vida", SPANISH),
    ("mi hermana se está cortando otra vez", SPANISH),
    ("mi hijo se hace daño cuando se enoja", SPANISH),
    ("él se quiere morir", SPANISH),
]


@pytest.mark.parametrize(("text", "language"), SOMEONE_CLOSE)
def test_someone_close_who_wants_to_die_is_flagged(text: str, language: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None
    assert signal.language == language


STAYS_BENIGN = [
    "grandma wanted to die at home, and she did",
    "my grandad wants to die at home, peacefully",
    "in the film the hero wants to kill himself",
    "he cut himself shaving",
    "she said she wanted to die of embarrassment",
    "mi abuelo quería morir en su casa",
    "mi tío se suicidó hace años",
    "en la serie el villano se quiere matar",
    "mi hijo se cortó el pelo solo",
    "mi hija se lastimó jugando fútbol",
    "mi hermano se quema con el sol cada verano",
]


@pytest.mark.parametrize("text", STAYS_BENIGN)
def test_a_past_wish_a_story_or_an_accident_stays_benign(text: str) -> None:
    assert detect_crisis(text) is None
