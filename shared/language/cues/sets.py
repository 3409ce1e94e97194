"""Cue sets: the client's cues as the clinician wrote them, validated."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """The moment the pattern fires, in the client's own words."""

    label: str
    phrases: tuple[str, ...] = ()


class CueSetError(ValueError):
    """A cue set (CUES.json or a --cue option) is malformed."""


def _parse_cue(index: int, item: object) -> Cue:
    where = f"cue {index}"
    if not isinstance(item, dict):
        raise CueSetError(f"{where}: must be an object with a 'label'")
    unknown = set(item) - {"label", "phrases"}
    if unknown:
        raise CueSetError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    label = item.get("label")
    if not isinstance(label, str) or not label.strip():
        raise CueSetError(f"{where}: 'label' must be a non-empty string")
    phrases = item.get("phrases", [])
    if not isinstance(phrases, list):
        raise CueSetError(f"{where}: 'phrases' must be a list of strings")
    for position, phrase in enumerate(phrases, start=1):
        if not isinstance(phrase, str) or not phrase.strip():
            raise CueSetError(f"{where}: phrase {position} must be a non-empty string")
    return Cue(label.strip(), tuple(p.strip() for p in phrases))


def parse_cue_set(data: object) -> list[Cue]:
    """Validate a decoded CUES.json: an array of {"label": str, "phrases": [str, ...]}.

    Cues are numbered from 1 in error messages, the way a clinician counts them.
    """
    if not isinstance(data, list):
        raise CueSetError("cue set must be a JSON array of cues")
    cues = [_parse_cue(index, item) for index, item in enumerate(data, start=1)]
    seen: set[str] = set()
    for index, cue in enumerate(cues, start=1):
        key = cue.label.casefold()
        if key in seen:
            raise CueSetError(f"cue {index}: duplicate label")
        seen.add(key)
    return cues


def parse_cue_option(value: str) -> Cue:
    """Parse the CLI form "LABEL" or "LABEL|PHRASE|PHRASE"."""
    parts = [part.strip() for part in value.split("|")]
    if not parts[0]:
        raise CueSetError("cue: label must be a non-empty string (form: LABEL|PHRASE|PHRASE)")
    if any(not part for part in parts[1:]):
        raise CueSetError("cue: empty phrase (form: LABEL|PHRASE|PHRASE)")
    return Cue(parts[0], tuple(parts[1:]))
