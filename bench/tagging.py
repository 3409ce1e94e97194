"""Tagging speed and accuracy, printed (no assertions).

    .venv/bin/python bench/tagging.py            # both evaluation sets + speed
    .venv/bin/python bench/tagging.py --errors   # also list each disagreement

The evaluation logic lives in :func:`evaluate` so tests/test_cues.py asserts
the same figures this script prints.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.cues import Cue, CueMatcher, Tags, _stem, parse_cue_set, tag  # noqa: E402

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


def report(split: str, scores: Scores, show_errors: bool) -> None:
    print(f"[{split}] {scores.total} noticings")
    print(
        f"  cues       F1 {scores.f1:.3f}  precision {scores.precision:.3f}  "
        f"recall {scores.recall:.3f}"
    )
    print(f"  intensity  {scores.intensity_accuracy:.1%} right")
    print(
        f"  barrier    {scores.barrier_accuracy:.1%} right, "
        f"{scores.barrier_recall:.1%} of barriers found"
    )
    print(
        f"  crisis     {scores.crisis_found}/{scores.crisis_expected} flagged, "
        f"{scores.crisis_false_alarms} false alarms"
    )
    if show_errors:
        for line in scores.errors:
            print("  - " + line)


def speed(rounds: int = 20) -> None:
    # A fifth cue on every set: the brief's "5-cue set" case.
    extra = Cue("jaw clenching", ("grinding my teeth",))
    cue_sets = {name: [*cues, extra] for name, cues in load_cue_sets().items()}
    rows = [row for split in SPLITS for row in load_split(split)]
    _stem.cache_clear()
    matchers = {name: CueMatcher(cues) for name, cues in cue_sets.items()}
    started = time.perf_counter()
    for row in rows:
        tag(row["text"], matchers[row["cue_set"]])
    elapsed = time.perf_counter() - started
    print(
        f"speed: {len(rows) / elapsed:,.0f} noticings/s on first sight of their words "
        f"({elapsed / len(rows) * 1e6:.0f} µs each, 5-cue sets)"
    )
    started = time.perf_counter()
    for _ in range(rounds):
        for row in rows:
            tag(row["text"], matchers[row["cue_set"]])
    elapsed = time.perf_counter() - started
    count = rounds * len(rows)
    print(
        f"speed: {count / elapsed:,.0f} noticings/s with a compiled CueMatcher, warm "
        f"({elapsed / count * 1e6:.0f} µs each, 5-cue sets)"
    )
    started = time.perf_counter()
    for row in rows:
        tag(row["text"], cue_sets[row["cue_set"]])
    elapsed = time.perf_counter() - started
    print(f"speed: {len(rows) / elapsed:,.0f} noticings/s compiling the cue set every time")


def main(argv: list[str]) -> None:
    show_errors = "--errors" in argv
    for split in SPLITS:
        report(split, evaluate(split), show_errors)
    speed()


if __name__ == "__main__":
    main(sys.argv[1:])
