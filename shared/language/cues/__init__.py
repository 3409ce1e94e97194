"""Tagging a noticing: which of the client's cues it mentions, how intense it
was, whether something got in the way, and whether it needs crisis triage.

Pure functions over text, split by concept: cue sets (:mod:`.sets`), cue
matching (:mod:`.matcher`), intensity (:mod:`.intensity`) and barriers
(:mod:`.barrier`). All of them read the text through :mod:`shared.language.text`, the
normaliser crisis triage uses too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from shared.language.crisis import detect_crisis
from shared.language.cues.barrier import has_barrier
from shared.language.cues.intensity import extract_intensity
from shared.language.cues.matcher import CueMatcher
from shared.language.cues.sets import Cue, CueSetError, parse_cue_option, parse_cue_set
from shared.language.cues.why import Evidence, Why
from shared.language.text import normalise

__all__ = [
    "Cue",
    "CueMatcher",
    "CueSetError",
    "Evidence",
    "Tags",
    "Why",
    "extract_intensity",
    "has_barrier",
    "normalise",
    "parse_cue_option",
    "parse_cue_set",
    "tag",
]


@dataclass(frozen=True)
class Tags:
    """Everything the tagger found in one noticing."""

    cues: tuple[str, ...]
    intensity: int | None
    barrier: bool
    crisis: bool
    # Why each cue was tagged (stored with the tags; shown on the timeline). Not
    # part of what the tags are: two readings that found the same are equal.
    why: tuple[Why, ...] = field(default=(), compare=False)

    def as_dict(self) -> dict:
        return {
            "cues": list(self.cues),
            "intensity": self.intensity,
            "barrier": self.barrier,
            "crisis": self.crisis,
            "why": [why.as_dict() for why in self.why],
        }

    @classmethod
    def from_dict(cls, fields: dict) -> Tags:
        """Tags as stored; those stored before reasons were kept have none."""
        return cls(
            tuple(fields["cues"]),
            fields["intensity"],
            fields["barrier"],
            fields["crisis"],
            tuple(Why.from_dict(why) for why in fields.get("why", ())),
        )

    def why_for(self, cue: str) -> Why | None:
        return next((why for why in self.why if why.cue == cue), None)


def tag(
    text: str, cues: Sequence[Cue] | CueMatcher, *, spoken: bool = False, language: str = "en"
) -> Tags:
    """Tag one noticing against a cue set (compile it once with CueMatcher for speed).

    ``spoken=True`` is for speech-recognition transcripts: cue matching then
    also accepts words that sound like the cue's ("for man" for "foreman").
    ``language`` is the client's, when ``cues`` is not compiled already (a
    CueMatcher carries its own).
    """
    matcher = cues if isinstance(cues, CueMatcher) else CueMatcher(cues, language)
    why = matcher.explain(text, spoken=spoken)
    return Tags(
        cues=tuple(w.cue for w in why),
        intensity=extract_intensity(text),
        barrier=has_barrier(text),
        crisis=detect_crisis(text) is not None,
        why=why,
    )
