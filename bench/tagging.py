"""Tagging speed and accuracy, printed (no assertions).

    .venv/bin/python bench/tagging.py            # both evaluation sets + speed
    .venv/bin/python bench/tagging.py --errors   # also list each disagreement

The evaluation logic lives in tests/support/tagging.py, so tests/test_cues.py asserts
the same figures this script prints.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from shared.cues import Cue, CueMatcher, _stem, tag  # noqa: E402
from tests.support.tagging import SPLITS, Scores, evaluate, load_cue_sets, load_split  # noqa: E402


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
