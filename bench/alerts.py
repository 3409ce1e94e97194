"""Crisis-alert latency while every general worker is busy transcribing voice notes.

Run: .venv/bin/python bench/alerts.py [--alerts 15] [--baseline 6] [--workers 2]

The whole stack runs as processes (tests/support/stack.py): the intake under
gunicorn, general workers, the urgent worker (``carryback worker --urgent``),
the summary service, the Twilio stand-in serving the recordings, a real Redis
and an aiosmtpd sink. Voice notes are fed so that the general workers never
run dry; crisis texts are then sent one at a time, each timed from the signed
webhook POST to the moment the SMTP sink accepted the clinician's alert.

Two phases in one run: with the urgent worker (how Carryback is deployed),
then the baseline without it (the general workers take alerts first, but only
once their current voice note is done). Figures, never assertions.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy
import soundfile
from redis import Redis
from rq import Queue

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _summary import record

from shared.infra.jobs import VOICE
from shared.kernel import defaults
from tools.demo.story import VOICE_NOTES
from tools.devstack.stack import CLINICIAN_EMAIL, Stack

CRISIS = "i can't do this anymore, i want to kill myself"
ALERT_DEADLINE_S = 300.0
# Production timings: only the summary tick is irrelevant here (alerts go
# straight from the intake to the urgent queue).
PRODUCTION = {
    "CARRYBACK_WORKER_TTL": str(defaults.WORKER_TTL_SECONDS),
    "CARRYBACK_SWEEP_AFTER": str(defaults.SWEEP_AFTER_SECONDS),
    "CARRYBACK_SUMMARY_INTERVAL": str(defaults.SUMMARY_INTERVAL_SECONDS),
    "CARRYBACK_SMTP_TIMEOUT": str(int(defaults.SMTP_TIMEOUT_SECONDS)),
}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def long_voice_note(directory: Path, seconds: float) -> Path:
    """The demo's recorded notes, one after another, to about ``seconds`` of phone audio."""
    clips = [soundfile.read(str(note.path), dtype="int16") for note in VOICE_NOTES]
    rate = clips[0][1]
    audio: list[numpy.ndarray] = []
    while sum(len(part) for part in audio) < seconds * rate:
        audio.extend(samples for samples, _ in clips)
    path = directory / "long-note.wav"
    soundfile.write(str(path), numpy.concatenate(audio), rate, subtype="PCM_16")
    return path


class Load:
    """Keeps the voice queue full: every general worker has a long note to transcribe."""

    def __init__(self, stack: Stack, workers: int, note: Path) -> None:
        self.stack = stack
        self.note = note
        self.queue = Queue(VOICE, connection=Redis.from_url(stack.redis.url))
        self.backlog = workers * 2
        self.fed = 0
        self.busy_samples: list[int] = []

    def top_up(self) -> None:
        while self.queue.count < self.backlog:
            self.stack.voice_note(self.note)
            self.fed += 1
        self.busy_samples.append(self.queue.started_job_registry.count)


def measure(stack: Stack, load: Load, count: int) -> list[float]:
    latencies = []
    for _ in range(count):
        load.top_up()
        before = len(stack.smtp.to(CLINICIAN_EMAIL))
        posted = time.monotonic()
        status = stack.text(CRISIS)
        if status != 200:
            raise SystemExit(f"the intake answered {status} to a crisis text")
        stack.wait(
            lambda before=before: len(stack.smtp.to(CLINICIAN_EMAIL)) > before,
            deadline_s=ALERT_DEADLINE_S,
            what="the crisis alert",
        )
        accepted = max(at for at, rcpts, _ in stack.smtp.accepted if CLINICIAN_EMAIL in rcpts)
        latencies.append(accepted - posted)
    return latencies


def report(name: str, latencies: list[float]) -> tuple[float, float]:
    p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
    print(
        f"{name:<34} n={len(latencies):>3}  p50 {p50:6.2f} s  p99 {p99:6.2f} s  "
        f"max {max(latencies):6.2f} s  mean {statistics.fmean(latencies):6.2f} s"
    )
    return p50, p99


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--alerts", type=int, default=15, help="crisis texts with the urgent worker"
    )
    parser.add_argument("--baseline", type=int, default=6, help="crisis texts without it")
    parser.add_argument("--workers", type=int, default=2, help="general workers kept busy")
    parser.add_argument("--note-seconds", type=float, default=40, help="length of each voice note")
    options = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="carryback-bench-alerts-"))
    stack = Stack(root / "stack", **PRODUCTION)
    try:
        stack.start(workers=options.workers, urgent_worker=True, voice=True)
        note = long_voice_note(root, options.note_seconds)
        load = Load(stack, options.workers, note)
        load.top_up()
        stack.wait(
            lambda: load.queue.started_job_registry.count >= options.workers,
            deadline_s=120,
            what="every general worker transcribing",
        )
        print(
            f"general workers: {options.workers}, each transcribing "
            f"{options.note_seconds:.0f}-second voice notes throughout"
        )
        urgent = measure(stack, load, options.alerts)
        busy = statistics.fmean(load.busy_samples)
        _, urgent_p99 = report("with the urgent worker", urgent)

        stack.kill(next(w for w in stack.workers if "urgent" in w.name))
        load.busy_samples.clear()
        baseline = measure(stack, load, options.baseline)
        _, baseline_p99 = report("baseline: general workers only", baseline)
        print(
            f"voice notes fed: {load.fed}; general workers busy at each crisis text: "
            f"{busy:.1f} of {options.workers} on average"
        )
        print(f"p99 baseline / urgent: {baseline_p99 / urgent_p99:.1f}x   (goal: p99 < 30 s)")
        record(
            "alerts", "crisis alert p99 with the urgent worker (s)", f"{urgent_p99:.2f}", "< 30 s"
        )
        record("alerts", "crisis alert p99, general workers only (s)", f"{baseline_p99:.2f}")
    finally:
        stack.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
