"""The plan by text stays within four SMS segments counted as carriers count them.

An entry's limit counts characters, but a segment counts encoded units: an
emoji is two UTF-16 units, and one "á" turns the whole text to UCS-2 (67 units
a segment). Every message stays within four segments, in English and Spanish,
and no character of the client's is lost or added.
"""

from __future__ import annotations

import pytest

from shared.language.sms import segments
from shared.outreach.safety_plan_text import MAX_SEGMENTS, plan_messages
from shared.roster.safety_plans import MAX_ITEM_CHARS, build_parts

SMILE = "\U0001f60a"  # two UTF-16 units
LANGUAGES = ("en", "es")


def _within_four(messages: list[str]) -> None:
    for message in messages:
        assert segments(message).count <= MAX_SEGMENTS, (segments(message), message)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_entry_of_a_hundred_emoji_stays_within_four_segments(language: str) -> None:
    parts = build_parts(distractions=[SMILE * MAX_ITEM_CHARS], safe_steps=[SMILE * MAX_ITEM_CHARS])
    messages = plan_messages(parts, language)
    _within_four(messages)
    # Cut where it had to be, every emoji still there, once.
    assert "".join(messages).count(SMILE) == 2 * MAX_ITEM_CHARS


def test_a_long_accented_entry_and_contact_in_spanish() -> None:
    parts = build_parts(safe_steps=["á" * 100], people=["Ñ" * 60 + "|" + "1" * 30])
    messages = plan_messages(parts, "es")
    _within_four(messages)
    assert "".join(messages).count("á") == 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_emoji_and_accents_in_every_part_stay_within_four_segments(language: str) -> None:
    # 100 characters, 195 UTF-16 units: too long for one message with any label.
    with_emoji = "está " + SMILE * (MAX_ITEM_CHARS - 5)
    words = "cuando la casa está callada por la noche y pienso demasiado en él"
    entries = [with_emoji, "respirar hondo, tomar té " + SMILE * 3, "á" * MAX_ITEM_CHARS, words]
    contacts = ["Tía Águeda " + SMILE * 49 + "|312-555-0101", "José Ángel|312-555-0102"]
    parts = build_parts(
        warning_signs=entries,
        coping=entries,
        distractions=entries,
        people=contacts,
        professionals=contacts,
        safe_steps=entries,
    )
    messages = plan_messages(parts, language)
    _within_four(messages)
    whole = "\n".join(messages)
    # Entries short enough for a message arrive whole; none loses a character.
    assert whole.count("respirar hondo, tomar té " + SMILE * 3) == 4
    assert whole.count("José Ángel 312-555-0102") == 2
    assert whole.count(SMILE) == 4 * (with_emoji.count(SMILE) + 3) + 2 * 49
    assert whole.count(words) == 4
    assert whole.count("á") == 4 * (MAX_ITEM_CHARS + 1 + words.count("á"))
    assert "988" in whole
