"""A first look at a position's character before a long pattern is tried there.

Triage reads a goodbye's kinds at every position of a message; the look lets a
position no kind can start at go after one test. It must never change what matches.
"""

from __future__ import annotations

import re

import pytest

from shared.language.crisis.scan import first_letter_first

TEXTS = [
    "",
    "bye mum, love you. the bridge looks peaceful tonight",
    "###  7/10 ...",
    "⚰️ lol no",
    "i keep thinking about the roof, it's a long way down",
    "Bye. BYE. b y e",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:bye|love you)\b",
        r"(?P<grave>[🪦⚰])|\b(?P<bye>bye)\b",
        # A look ahead alone: it matches nothing, and still names the first character.
        r"(?=(bridge|roof)\b[^!?]{0,60}?\b(peaceful|a long way down)\b)",
        r"(?:the\s+)?bridge",
    ],
)
def test_the_first_look_changes_no_match(pattern: str) -> None:
    looked = first_letter_first(pattern)
    assert looked != pattern  # each of these gets its look
    for text in TEXTS:
        plain = [(m.span(), m.lastgroup) for m in re.finditer(pattern, text)]
        first = [(m.span(), m.lastgroup) for m in re.finditer(looked, text)]
        assert first == plain, text


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ly",  # any word character may start it
        r"(?:bye)?",  # it may match nothing, so anywhere
        r"^(?=[\s\S]*?moving)[\s\S]*",  # from the message's start, whatever it is
        r"(?<=a)b|.c",
    ],
)
def test_a_pattern_that_could_start_anywhere_is_left_as_it_is(pattern: str) -> None:
    assert first_letter_first(pattern) == pattern
