"""The texts a client receives about their practice, from what was co-built in session.

Fixed wording filled with the client's own words: nothing is generated. The
console shows these live while the practice is being written, so clinician
and client read together exactly what will arrive, in the client's language
(the cues and action stay in the words they were written in).
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.language.catalogue import SOURCE_LANGUAGE, text_for
from shared.language.cues import Cue

SUMMARY_HEADER = "Your practice until next time:"
SUMMARY_WHEN = "When: {cues}"
SUMMARY_TRY = "Try: {action}"
SUMMARY_BRING_BACK = "Bring back: {carry_back}"
NOTHING_THIS_WEEK = (
    "Nothing this week: that is a fine plan. Anything you notice is still welcome here."
)
CUES_HEADER = "Your cues:"
CUES_FOOTER = "Start a message with a number to tag that cue."
NO_CUES = "No cues are set right now. Anything you notice is still welcome."
SIGN_OFF = "Text what you notice, when you notice it."


def practice_summary(
    cues: Sequence[Cue],
    action: str | None,
    carry_back: str | None,
    nothing_this_week: bool,
    language: str = SOURCE_LANGUAGE,
) -> str:
    """The practice as one SMS: the cues by their labels, the action, the carry-back."""
    if nothing_this_week:
        return text_for(language, NOTHING_THIS_WEEK)
    lines = [text_for(language, SUMMARY_HEADER)]
    if cues:
        lines.append(text_for(language, SUMMARY_WHEN, cues="; ".join(cue.label for cue in cues)))
    if action:
        lines.append(text_for(language, SUMMARY_TRY, action=action))
    if carry_back:
        lines.append(text_for(language, SUMMARY_BRING_BACK, carry_back=carry_back))
    lines.append(text_for(language, SIGN_OFF))
    return "\n".join(lines)


def cue_list(cues: Sequence[Cue], language: str = SOURCE_LANGUAGE) -> str:
    """The answer to the client's CUES text."""
    if not cues:
        return text_for(language, NO_CUES)
    numbered = [f"{n}. {cue.label}" for n, cue in enumerate(cues, start=1)]
    return "\n".join([text_for(language, CUES_HEADER), *numbered, text_for(language, CUES_FOOTER)])


def wording(language: str = SOURCE_LANGUAGE) -> dict[str, str]:
    """The fixed wording in ``language``, for the console's live preview: its script
    fills the same templates as :func:`practice_summary` and :func:`cue_list`."""
    return {
        "summary_header": text_for(language, SUMMARY_HEADER),
        "when": text_for(language, SUMMARY_WHEN),
        "try": text_for(language, SUMMARY_TRY),
        "bring_back": text_for(language, SUMMARY_BRING_BACK),
        "nothing": text_for(language, NOTHING_THIS_WEEK),
        "cues_header": text_for(language, CUES_HEADER),
        "cues_footer": text_for(language, CUES_FOOTER),
        "no_cues": text_for(language, NO_CUES),
        "sign_off": text_for(language, SIGN_OFF),
    }
