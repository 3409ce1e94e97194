"""One summary tick with 10,000 clients' reminders due: compute and claim them.

Run: .venv/bin/python bench/reminders.py [--clients 10000] [--zones 1] [--postgres URL]

For SQLite (a fresh file) and PostgreSQL (a fresh database, when one answers),
enrols N clients whose reminder slot is the same minute, each with two
reminders already sent this week (so the caps are read, and let the third
through), then times one tick's claim: find the due plans, check quiet hours
and caps, insert the outbound rows (ON CONFLICT on the dedupe key) and
advance every plan to its next slot. Then the same rows go onto a throwaway
Redis in pipelines. The baseline is a bare SELECT of the due plans in the same
run: the least any tick must do. The tick is timed --repeat times (best and
median wall clock, and the process's own CPU time, which a busy machine
disturbs less; on PostgreSQL most of the tick runs in the server, so there the
CPU column says little); the load average is printed because on a shared
machine it moves the wall-clock figures severalfold. With --zones N the
clients live in N time zones where the slot is daytime (the tick claims one
group per slot and zone), each reminded at its own local time.
"""

from __future__ import annotations

import argparse
import os
import secrets
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # tests.support is not installed with the package
    sys.path.insert(0, str(ROOT))

from redis import Redis  # noqa: E402
from sqlalchemy import delete, insert, select, update  # noqa: E402

from shared.db import Database  # noqa: E402
from shared.db.models import (  # noqa: E402
    Client,
    ClientMessaging,
    Clinician,
    OutboundMessage,
    OutboundStatus,
    new_id,
)
from shared.infra.jobs import JobQueues  # noqa: E402
from shared.outreach.messaging import claim_due  # noqa: E402
from tools.devstack import postgres  # noqa: E402
from tools.devstack.redis_server import throwaway_redis  # noqa: E402

TZ = "America/Chicago"
SLOT = datetime(2026, 3, 11, 10, 0, tzinfo=ZoneInfo(TZ)).astimezone(UTC)  # a Wednesday


def daytime_zones(count: int) -> list[str]:
    """``count`` zones where SLOT falls between 09:00 and 20:00, Chicago first."""
    others = sorted(
        name
        for name in available_timezones()
        if name.startswith(("America/", "Europe/", "Africa/"))
        and name != TZ
        and 9 <= SLOT.astimezone(ZoneInfo(name)).hour < 20
    )
    return [TZ, *others][:count]


def local_minute(zone: str) -> int:
    local = SLOT.astimezone(ZoneInfo(zone))
    return local.hour * 60 + local.minute


def populate(db: Database, count: int, zones: list[str]) -> None:
    clinician_id = new_id()
    now = SLOT - timedelta(days=3)
    clients, plans, history = [], [], []
    for n in range(count):
        client_id = new_id()
        zone = zones[n % len(zones)]
        clients.append(
            {
                "id": client_id,
                "clinician_id": clinician_id,
                "phone_index": secrets.token_hex(32),
                "phone_enc": b"x",
                "name_enc": b"x",
                "timezone": zone,
                "status": "active",
                "status_changed_at": now,
                "created_at": now,
            }
        )
        plans.append(
            {
                "client_id": client_id,
                "remind_days": 0b1111111,
                "remind_minute": local_minute(zone),
                "quiet_start_minute": 21 * 60,
                "quiet_end_minute": 8 * 60,
                "max_per_day": 1,
                "max_per_week": 3,
                "next_due_at": SLOT,
                "updated_at": now,
            }
        )
        for days_ago in (4, 5 + n % 3):  # two this week: the third may go
            history.append(
                {
                    "id": new_id(),
                    "client_id": client_id,
                    "kind": "reminder",
                    "dedupe_key": f"reminder:{client_id}:{days_ago}",
                    "due_at": SLOT - timedelta(days=days_ago),
                    "status": "delivered",
                    "attempts": 1,
                    "created_at": now,
                }
            )
    with db.session() as session:
        session.add(Clinician(id=clinician_id, name="Dr Rivera", email="r@example.org"))
        session.flush()
        session.execute(insert(Client), clients)
        session.execute(insert(ClientMessaging), plans)
        session.execute(insert(OutboundMessage), history)


def reset(db: Database) -> None:
    """Back to "all due": the rows one tick created go, every plan shows the slot again."""
    with db.session() as session:
        session.execute(
            delete(OutboundMessage).where(OutboundMessage.status == OutboundStatus.PENDING)
        )
        session.execute(update(ClientMessaging).values(next_due_at=SLOT))


def measure(
    label: str, url: str, count: int, zones: list[str], redis_url: str, repeat: int
) -> None:
    db = Database(url)
    db.upgrade()
    started = time.perf_counter()
    populate(db, count, zones)
    setup_s = time.perf_counter() - started
    now = SLOT + timedelta(seconds=30)
    walls, cpus = [], []
    for attempt in range(repeat):
        if attempt:
            reset(db)
        with db.session() as session:
            started = time.perf_counter()
            due = session.execute(
                select(ClientMessaging.client_id).where(ClientMessaging.next_due_at <= now)
            ).all()
            baseline_s = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        with db.session() as session:
            created = claim_due(session, now)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    with db.session() as session:
        again = claim_due(session, now)  # a second loop in the same minute
    queues = JobQueues(Redis.from_url(redis_url))
    started = time.perf_counter()
    queued = queues.enqueue_messages(created)
    enqueue_s = time.perf_counter() - started
    db.dispose()
    best = min(walls)
    print(
        f"{label:<10} {len(due):>7} {len(created):>8} {len(again):>6} {baseline_s:>9.3f} "
        f"{best:>7.3f} {statistics.median(walls):>7.3f} {min(cpus):>7.3f} "
        f"{best / baseline_s:>6.0f}x {queued:>7} {enqueue_s:>8.3f} {setup_s:>6.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--postgres", default=postgres.admin_url(), help="admin URL")
    parser.add_argument("--repeat", type=int, default=3, help="ticks timed (best, median)")
    parser.add_argument("--zones", type=int, default=1, help="time zones the clients live in")
    args = parser.parse_args()
    zones = daytime_zones(args.zones)
    print(
        f"one tick, {args.clients} clients due in the same minute, {len(zones)} time zone(s) "
        "(times in seconds)"
    )
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(
        f"{'database':<10} {'due':>7} {'created':>8} {'again':>6} {'baseline':>9} "
        f"{'best':>7} {'median':>7} {'cpu':>7} {'ratio':>7} {'queued':>7} {'enqueue':>8} "
        f"{'setup':>6}"
    )
    with throwaway_redis() as redis_url, tempfile.TemporaryDirectory() as workdir:
        sqlite_url = f"sqlite:///{Path(workdir) / 'bench.sqlite3'}"
        measure("sqlite", sqlite_url, args.clients, zones, redis_url, args.repeat)
        if not postgres.answers(args.postgres):
            print("postgres   (no PostgreSQL answering; skipped)")
            return
        with postgres.throwaway_database(args.postgres, prefix="carryback_bench") as url:
            measure("postgres", url, args.clients, zones, redis_url, args.repeat)


if __name__ == "__main__":
    main()
