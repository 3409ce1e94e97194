"""The safety plan as the client receives it when they text PLAN: a fixed template, their words.

Each part is one line, its fixed label and then the client's entries ("Warning
signs: racing thoughts at night; skipping meals"). The lines are packed, in
the template's order, into as few messages as keep each one within four SMS
segments (:data:`MAX_SEGMENTS`, counted by :mod:`shared.language.sms`): a part
too long for one message goes on in the next with its label again (an entry
too long for one message alone, in encoded units, is cut too), and every
message of a split plan is numbered ("Your safety plan, 1 of 2:"). Part 5
always ends with 988 and 911, whatever the client wrote; the last message
ends by saying the number is not monitored. Nothing is generated.
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.language.catalogue import SOURCE_LANGUAGE, text_for
from shared.language.sms import segments
from shared.roster.safety_plans import PlanParts

MAX_SEGMENTS = 4

PLAN_HEADER = "Your safety plan:"
PLAN_HEADER_PART = "Your safety plan, {number} of {total}:"
WARNING_SIGNS = "Warning signs: {items}"
COPING = "Things I can do on my own: {items}"
DISTRACTIONS = "People and places that help me feel better: {items}"
PEOPLE = "People I can ask for help: {items}"
PROFESSIONALS = "Professionals and services: {items}"
SAFE_STEPS = "Making my surroundings safer: {items}"
CRISIS_LINES = "988 (call or text); 911 in an emergency"
PLAN_FOOTER = "This number is not monitored in real time."
NO_PLAN = (
    "There is no safety plan here yet. You can ask your clinician to make one with you. "
    "If you need help now, call or text 988, or call 911 in an emergency."
)
PLAN_LINE = "Text PLAN to see your safety plan."

# Every English text here, for the catalogue's completeness tests.
TEXTS = (
    PLAN_HEADER,
    PLAN_HEADER_PART,
    WARNING_SIGNS,
    COPING,
    DISTRACTIONS,
    PEOPLE,
    PROFESSIONALS,
    SAFE_STEPS,
    CRISIS_LINES,
    PLAN_FOOTER,
    NO_PLAN,
    PLAN_LINE,
)
_SEPARATOR = "; "
# The widest header a plan can have: packing against it, the real one only fits better.
_WIDEST = {"number": 99, "total": 99}


def _parts(parts: PlanParts, language: str) -> list[tuple[str, list[str]]]:
    """(label template, entries) for each part with entries, in the template's order."""
    professionals = [str(c) for c in parts.professionals]
    professionals.append(text_for(language, CRISIS_LINES))
    listed = [
        (WARNING_SIGNS, list(parts.warning_signs)),
        (COPING, list(parts.coping)),
        (DISTRACTIONS, list(parts.distractions)),
        (PEOPLE, [str(c) for c in parts.people]),
        (PROFESSIONALS, professionals),
        (SAFE_STEPS, list(parts.safe_steps)),
    ]
    return [(template, items) for template, items in listed if items]


def _fits(lines: Sequence[str]) -> bool:
    return segments("\n".join(lines)).count <= MAX_SEGMENTS


def _lines(parts: PlanParts, language: str, header: str, footer: str) -> list[str]:
    """One line a part; a part that would not fit one message is cut between entries."""
    lines: list[str] = []
    for template, entries in _parts(parts, language):
        chunk: list[str] = []
        items = [
            piece
            for entry in entries
            for piece in _pieces(language, template, entry, header, footer)
        ]
        for item in items:
            trial = text_for(language, template, items=_SEPARATOR.join([*chunk, item]))
            if chunk and not _fits([header, trial, footer]):
                lines.append(text_for(language, template, items=_SEPARATOR.join(chunk)))
                chunk = [item]
            else:
                chunk.append(item)
        lines.append(text_for(language, template, items=_SEPARATOR.join(chunk)))
    return lines


def _pieces(language: str, template: str, entry: str, header: str, footer: str) -> list[str]:
    """The entry whole, or cut into pieces that each fit a message alone.

    The limit on an entry counts characters, but a message is counted in
    encoded units (an emoji is two UTF-16 units, one "á" makes the whole text
    UCS-2): an entry that is within the limit can still be too long for four
    segments with its label, the header and the footer. It then goes on in the
    next message, cut at a space where there is one, its words unchanged.
    """
    pieces: list[str] = []
    rest = entry
    while not _fits([header, text_for(language, template, items=rest), footer]):
        cut = _longest_fitting(language, template, rest, header, footer)
        space = rest.rfind(" ", 0, cut + 1)
        if space > cut // 2:
            cut = space
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    pieces.append(rest)
    return pieces


def _longest_fitting(language: str, template: str, text: str, header: str, footer: str) -> int:
    """How many characters of ``text`` fit one message with its label (at least one).

    Fitting only gets harder as characters are added, so a binary search finds it.
    """
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        line = text_for(language, template, items=text[:middle])
        if _fits([header, line, footer]):
            low = middle
        else:
            high = middle - 1
    return low


def plan_messages(parts: PlanParts, language: str = SOURCE_LANGUAGE) -> list[str]:
    """The plan as the texts the client receives, in order, each within four segments."""
    widest = text_for(language, PLAN_HEADER_PART, **_WIDEST)
    footer = text_for(language, PLAN_FOOTER)
    packed: list[list[str]] = []
    for line in _lines(parts, language, widest, footer):
        # Packed as if every message carried the widest header (the real one is no longer).
        if packed and _fits([widest, *packed[-1], line]):
            packed[-1].append(line)
        else:
            packed.append([line])
    if not _fits([widest, *packed[-1], footer]):
        # Only the last message carries the footer: its last line moves on with it
        # (every line fits a message with the header and the footer).
        packed.append([packed[-1].pop()])
    total = len(packed)
    messages = []
    for number, lines in enumerate(packed, start=1):
        header = (
            text_for(language, PLAN_HEADER)
            if total == 1
            else text_for(language, PLAN_HEADER_PART, number=number, total=total)
        )
        body = [header, *lines]
        if number == total:
            body.append(footer)
        messages.append("\n".join(body))
    return messages


def no_plan_text(language: str = SOURCE_LANGUAGE) -> str:
    """The answer to PLAN from a client without one: 988 and their clinician."""
    return text_for(language, NO_PLAN)


def plan_line(language: str = SOURCE_LANGUAGE) -> str:
    """The one line every crisis reply to a client with a plan ends with."""
    return text_for(language, PLAN_LINE)
