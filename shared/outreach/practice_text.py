"""The texts a client receives about their practice, from what was co-built in session.

Fixed wording filled with the client's own words: nothing is generated. The
console shows these live while the practice is being written, so clinician
and client read together exactly what will arrive.
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.language.cues import Cue

SUMMARY_HEADER = "Your practice until next time:"
NOTHING_THIS_WEEK = (
    "Nothing this week: that is a fine plan. Anything you notice is still welcome here."
)
CUES_HEADER = "Your cues:"
CUES_FOOTER = "Start a message with a number to tag that cue."
NO_CUES = "No cues are set right now. Anything you notice is still welcome."
SIGN_OFF = "Text what you notice, when you notice it."


def practice_summary(
    cues: Sequence[Cue], action: str | None, carry_back: str | None, nothing_this_week: bool
) -> str:
    """The practice as one SMS: the cues by their labels, the action, the carry-back."""
    if nothing_this_week:
        return NOTHING_THIS_WEEK
    lines = [SUMMARY_HEADER]
    if cues:
        lines.append("When: " + "; ".join(cue.label for cue in cues))
    if action:
        lines.append("Try: " + action)
    if carry_back:
        lines.append("Bring back: " + carry_back)
    lines.append(SIGN_OFF)
    return "\n".join(lines)


def cue_list(cues: Sequence[Cue]) -> str:
    """The answer to the client's CUES text."""
    if not cues:
        return NO_CUES
    numbered = [f"{n}. {cue.label}" for n, cue in enumerate(cues, start=1)]
    return "\n".join([CUES_HEADER, *numbered, CUES_FOOTER])
