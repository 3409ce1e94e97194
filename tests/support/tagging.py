"""The tagging evaluation sets and how a tagger is scored on them.

bench/tagging.py prints these figures; tests/test_cues.py asserts the same ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from shared.cues import Cue, CueMatcher, Tags, parse_cue_set, tag

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "tagging"
SPLITS = ("dev", "heldout")


@dataclass
class Scores:
    """Counts over one evaluation split."""

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


def load_cue_sets() -> dict[str, list[Cue]]:
    raw = json.loads((DATA / "cue_sets.json").read_text(encoding="utf-8"))
    return {name: parse_cue_set(cues) for name, cues in raw.items()}


def load_split(split: str) -> list[dict]:
    lines = (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def evaluate(split: str) -> Scores:
    matchers = {name: CueMatcher(cues) for name, cues in load_cue_sets().items()}
    scores = Scores()
    for row in load_split(split):
        got: Tags = tag(row["text"], matchers[row["cue_set"]])
        _score_row(scores, row, got)
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
