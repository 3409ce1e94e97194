"""One table of every benchmark's headline figures, for `make bench`.

Each benchmark calls :func:`record` for its headline figures; with
``BENCH_SUMMARY=<file>`` set (the Makefile sets it) they are appended to that
file as JSON lines, and ``python bench/_summary.py <file>`` prints them as one
table headed by the machine's core count and load average. Without the
variable :func:`record` does nothing, so each script still runs on its own.
(The leading underscore keeps `make bench` from running this as a benchmark.)
"""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

SUMMARY_ENV = "BENCH_SUMMARY"


def record(bench: str, figure: str, value: str, goal: str = "") -> None:
    """Add one figure to the summary file, when one is being collected."""
    path = os.environ.get(SUMMARY_ENV, "").strip()
    if not path:
        return
    line = {"bench": bench, "figure": figure, "value": value, "goal": goal}
    with Path(path).open("a", encoding="utf-8") as summary:
        summary.write(json.dumps(line) + "\n")


def print_table(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"\n== Summary: {os.cpu_count()} CPU cores ({platform.machine()}), "
        f"load average {load} at the end"
    )
    width = max([len(r["figure"]) for r in rows] + [20])
    print(f"  {'bench':<14} {'figure':<{width}} {'value':>16}  goal")
    for row in rows:
        print(f"  {row['bench']:<14} {row['figure']:<{width}} {row['value']:>16}  {row['goal']}")


if __name__ == "__main__":
    print_table(Path(sys.argv[1]))
