"""How long building and encrypting a pre-session brief takes.

Run: .venv/bin/python bench/briefs.py [--clients 1000]

Prints, per brief size, the median time to render (text + HTML + chart ->
MIME), to draw the chart alone, and to encrypt, then the throughput for a
batch of small briefs (one per client), all in one process.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from email.policy import SMTP
from zoneinfo import ZoneInfo

from shared.db.models import NoticingKind
from shared.delivery.briefs import (
    BriefCue,
    BriefInput,
    BriefNoticing,
    BriefPractice,
    build_brief_mime,
)
from shared.delivery.briefs.chart import intensity_chart_png
from shared.infra.smime import encrypt_message, generate_self_signed, load_clinician_certificate

TZ = ZoneInfo("America/New_York")
CUES = ("tight chest before the meeting", "scrolling at night", "snapping at the kids")
TEXTS = (
    "tight chest again before standup, like a 6",
    "phone in bed for an hour, didn't notice the time",
    "couldn't do the breath, boss walked straight in",
    "noticed it and stepped outside for a minute",
)


def make_brief(count: int, seed: int = 0) -> BriefInput:
    start = datetime(2025, 6, 2, 7, tzinfo=TZ)
    step = timedelta(days=7) / max(count, 1)
    noticings = tuple(
        BriefNoticing(
            received_at=start + step * index,
            text=f"{TEXTS[(index + seed) % len(TEXTS)]} ({index})",
            kind=NoticingKind.VOICE if index % 7 == 0 else NoticingKind.SMS,
            cues=(CUES[index % 4],) if index % 4 < 3 else (),
            intensity=(index * 3 + seed) % 11 if index % 2 == 0 else None,
            barrier=index % 5 == 2,
            crisis=False,
            crisis_reply_sent=False,
        )
        for index in range(count)
    )
    return BriefInput(
        clinician_name="Dr Rivera",
        client_name=f"Client {seed}",
        session_at=datetime(2025, 6, 9, 10, tzinfo=TZ),
        period_start=start,
        period_end=datetime(2025, 6, 9, 9, tzinfo=TZ),
        practice=BriefPractice(
            tuple(BriefCue(label) for label in CUES), "three slow breaths", "one moment", False
        ),
        noticings=noticings,
    )


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()

    cert_pem, _ = generate_self_signed("Dr Rivera", "rivera@clinic.example")
    certificate = load_clinician_certificate(cert_pem)
    intensity_chart_png([(datetime(2025, 6, 2, tzinfo=TZ), 1)])  # warm matplotlib's caches

    print(
        f"{'noticings':>10} {'render ms':>10} {'chart ms':>9} {'encrypt ms':>11} "
        f"{'total ms':>9} {'size KB':>8}"
    )
    for count in (10, 100, 1000):
        brief = make_brief(count)
        points = [(n.received_at, n.intensity) for n in brief.noticings if n.intensity is not None]
        inner = build_brief_mime(brief)
        render = median_seconds(
            lambda b=brief: build_brief_mime(b).as_bytes(policy=SMTP), args.repeats
        )
        chart = median_seconds(lambda p=points: intensity_chart_png(p), args.repeats)
        encrypt = median_seconds(lambda m=inner: encrypt_message(m, certificate), args.repeats)
        size = len(encrypt_message(inner, certificate)) / 1024
        print(
            f"{count:>10} {render * 1e3:>10.1f} {chart * 1e3:>9.1f} {encrypt * 1e3:>11.1f} "
            f"{(render + encrypt) * 1e3:>9.1f} {size:>8.1f}"
        )

    briefs = [make_brief(10, seed) for seed in range(args.clients)]
    started = time.perf_counter()
    for brief in briefs:
        encrypt_message(build_brief_mime(brief), certificate)
    elapsed = time.perf_counter() - started
    print(
        f"\n{args.clients} clients x 10 noticings: {elapsed:.1f} s in one process, "
        f"{args.clients / elapsed:.0f} briefs/s"
    )


if __name__ == "__main__":
    main()
