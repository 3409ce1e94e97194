"""Scoring the tagger against labelled noticings, the way a clinician would
read them. Shared by ``bench/tagging.py`` (which prints the figures) and the
tests (which assert the targets), so both speak of the same numbers.

A set is JSON lines: ``{"cue_set", "text", "cues", "intensity", "barrier",
"crisis"}``; a crisis set is ``{"class", "text", "crisis"}``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from shared.language.crisis import detect_crisis
from shared.language.cues import CueMatcher, Tags, tag
from shared.language.cues.sets import Cue, parse_cue_set


@dataclass
class Scores:
    """Counts over one labelled set of noticings."""

    total: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    intensity_right: int = 0
    barrier_right: int = 0
    barrier_expected: int = 0
    barrier_found: int = 0
    crisis_expected: int = 0
    crisis_found: int = 0
    crisis_false_alarms: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_pos / max(1, self.true_pos + self.false_pos)

    @property
    def recall(self) -> float:
        return self.true_pos / max(1, self.true_pos + self.false_neg)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def intensity_accuracy(self) -> float:
        return self.intensity_right / max(1, self.total)

    @property
    def barrier_accuracy(self) -> float:
        return self.barrier_right / max(1, self.total)

    @property
    def barrier_recall(self) -> float:
        return self.barrier_found / max(1, self.barrier_expected)


@dataclass
class CrisisScores:
    """Crisis triage over a set of messages, counted per class."""

    found: Counter[str] = field(default_factory=Counter)
    expected: Counter[str] = field(default_factory=Counter)
    false_alarms: Counter[str] = field(default_factory=Counter)
    benign: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def missed(self) -> int:
        return sum(self.expected.values()) - sum(self.found.values())


def read_jsonl(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_cue_sets(path: Path) -> dict[str, list[Cue]]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {name: parse_cue_set(cues) for name, cues in raw.items()}


def evaluate(
    rows: list[dict],
    cue_sets: dict[str, list[Cue]],
    *,
    spoken: bool = False,
    language: str = "en",
) -> Scores:
    """Tag every row against its client's cue set, read in ``language``, and count agreements."""
    matchers = {name: CueMatcher(cues, language) for name, cues in cue_sets.items()}
    scores = Scores()
    for row in rows:
        _score_row(scores, row, tag(row["text"], matchers[row["cue_set"]], spoken=spoken))
    return scores


def evaluate_by_kind(
    rows: list[dict], cue_sets: dict[str, list[Cue]], *, language: str = "en"
) -> tuple[Scores, dict[str, Scores]]:
    """Like :func:`evaluate`, also counted per row ``kind``; a row's own ``spoken``
    flag says whether it is a voice-note transcript."""
    matchers = {name: CueMatcher(cues, language) for name, cues in cue_sets.items()}
    scores, by_kind = Scores(), {}
    for row in rows:
        got = tag(row["text"], matchers[row["cue_set"]], spoken=row.get("spoken", False))
        _score_row(scores, row, got)
        _score_row(by_kind.setdefault(row["kind"], Scores()), row, got)
    return scores, by_kind


def evaluate_crisis(rows: list[dict]) -> CrisisScores:
    """Triage every message; misses and false alarms are listed by class."""
    scores = CrisisScores()
    for row in rows:
        flagged = detect_crisis(row["text"]) is not None
        klass = row["class"]
        if row["crisis"]:
            scores.expected[klass] += 1
            scores.found[klass] += flagged
        else:
            scores.benign[klass] += 1
            scores.false_alarms[klass] += flagged
        if flagged != row["crisis"]:
            kind = "missed" if row["crisis"] else "false alarm"
            scores.errors.append(f"{kind} ({klass}): {row['text']!r}")
    return scores


def _score_row(scores: Scores, row: dict, got: Tags) -> None:
    expected, found = set(row["cues"]), set(got.cues)
    scores.total += 1
    scores.true_pos += len(expected & found)
    scores.false_pos += len(found - expected)
    scores.false_neg += len(expected - found)
    scores.intensity_right += got.intensity == row["intensity"]
    scores.barrier_right += got.barrier == row["barrier"]
    scores.barrier_expected += row["barrier"]
    scores.barrier_found += row["barrier"] and got.barrier
    scores.crisis_expected += row["crisis"]
    scores.crisis_found += row["crisis"] and got.crisis
    scores.crisis_false_alarms += got.crisis and not row["crisis"]
    wrong = [
        name
        for name, ok in (
            ("cues", expected == found),
            ("intensity", got.intensity == row["intensity"]),
            ("barrier", got.barrier == row["barrier"]),
            ("crisis", got.crisis == row["crisis"]),
        )
        if not ok
    ]
    if wrong:
        scores.errors.append(
            f"{', '.join(wrong)}: {row['text']!r}\n"
            f"    expected {sorted(expected)} {row['intensity']} "
            f"barrier={row['barrier']} crisis={row['crisis']}\n"
            f"    got      {sorted(found)} {got.intensity} "
            f"barrier={got.barrier} crisis={got.crisis}"
        )
