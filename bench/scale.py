"""Cost at two years: every console page, the export and delete, briefs, the summary
tick and the intake webhook, timed against a group practice's growing history.

A practice of 20 clinicians x 40 clients is seeded through Carryback's own
functions (``tests/support/practice_seed.py``: accounts, enrolment and practice
versions as the console makes them; noticings, sessions, briefs, texts and the
audit trail sealed with each client's key, chained with the audit key, inserted
in batches) at three sizes, on PostgreSQL and SQLite. At each size every page a
clinician and the practice's admin open is fetched through the console's Flask
app, signed in with password and TOTP as a browser is; each figure is the
median of ``--runs`` runs after one warm-up, with the SQL statements it ran.

    .venv/bin/python bench/scale.py            # 1%, 3%, 10% of two years (a few minutes)
    .venv/bin/python bench/scale.py --full     # 1%, 10%, 100%: 416,000 noticings
    .venv/bin/python bench/scale.py --db postgresql --runs 5
    .venv/bin/python bench/scale.py --full --keep var/scale   # seed once, time again later

Prints one table (ms and queries per size, growth smallest to largest); the
last line is ``scale: worst page <name> <ms> ms at <N> noticings; worst growth
<name> <x>x``. Figures, never assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import make_url

from bench._summary import record as summary_record
from services import runtime
from services.console.app import create_app as console_app
from services.intake.app import create_app as intake_app
from services.summary.jobs import send_brief
from services.summary.loop import tick
from shared.db.models import AuditEvent, BriefStatus, Client, TherapySession, utcnow
from shared.delivery.briefing import due_sessions, prepare_brief
from shared.delivery.briefs.render import render_html
from shared.delivery.shred import shred_client
from shared.vault import audit
from tests.support.console import Person, console_env_values, csrf_of, sign_in
from tests.support.env import make_env
from tests.support.practice_seed import (
    Seeded,
    counts_of,
    seed_brief_htmls,
    seed_brief_pdfs,
    seed_practice,
)
from tests.support.webhooks import TWILIO_NUMBER, signed_post
from tools.devstack import postgres
from tools.devstack.redis_server import throwaway_redis
from tools.devstack.smtp import Inbox, smtp_sink

DEFAULT_SIZES = (0.01, 0.03, 0.10)
FULL_SIZES = (0.01, 0.10, 1.0)
BOUND_MS = 300  # issue 26: every page, the export and the delete
PAGES_OPENED = "page"  # kinds of figure: a page someone waits for, or work of the services
SERVICE = "service"


@dataclass
class Figure:
    name: str
    kind: str
    ms: float
    queries: int


@dataclass
class SizeResult:
    db: str
    fraction: float
    noticings: int
    audit_events: int
    seed_s: float
    verify_s: float
    db_bytes: int
    figures: dict[str, Figure] = field(default_factory=dict)


@contextmanager
def counting(engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", note)


def measure(
    result: SizeResult, name: str, kind: str, runs: int, action: Callable[[int], object]
) -> None:
    """One warm-up, then ``runs`` timed runs; the median, and the statements of the last."""
    engine = runtime.context().db.engine
    action(0)
    times, queries = [], 0
    for n in range(1, runs + 1):
        with counting(engine) as statements:
            started = time.perf_counter()
            action(n)
            times.append((time.perf_counter() - started) * 1000)
        queries = len(statements)
    result.figures[name] = Figure(name, kind, statements_median(times), queries)


def statements_median(times: list[float]) -> float:
    return statistics.median(times)


def ok(answer, status: int = 200):
    if answer.status_code != status:
        raise RuntimeError(f"{answer.request.path}: HTTP {answer.status_code}")
    return answer


def run_size(
    db_kind: str, fraction: float, runs: int, redis_url: str, kept: Path | None
) -> SizeResult:
    """Seed one size (or reuse the one kept under ``kept``) and time everything against it."""
    if kept is None:
        with _new_database(db_kind) as url:
            stored = _seed(db_kind, url, fraction, redis_url)
            return _measure_size(stored, url, runs, redis_url)
    stored = _kept_size(kept, db_kind, fraction, redis_url)
    # Timing deletes clients and sends briefs: it runs on a copy, so the kept one stays
    # as seeded for the next run.
    with _copy_of(stored) as url:
        return _measure_size(stored, url, runs, redis_url)


@dataclass
class SeededSize:
    """A seeded database and what a run needs to use it again (keys, people, counts)."""

    db_kind: str
    fraction: float
    url: str
    env: dict[str, str]
    seeded: Seeded
    seed_s: float
    verify_s: float = 0.0

    def to_json(self) -> str:
        people = [{**asdict(p), "used_steps": []} for p in self.seeded.people]
        seeded = {**asdict(self.seeded), "people": people}
        return json.dumps({**asdict(self), "seeded": seeded}, indent=1)

    @classmethod
    def from_json(cls, raw: str) -> SeededSize:
        data = json.loads(raw)
        seeded = data.pop("seeded")
        people = [Person(**{**p, "used_steps": set()}) for p in seeded.pop("people")]
        return cls(**data, seeded=Seeded(people=people, **seeded))


def _use(url: str, env: dict[str, str], redis_url: str, **extra: str) -> runtime.Context:
    """This process's context on ``url`` with the size's keys."""
    os.environ.update({**env, "DATABASE_URL": url, "REDIS_URL": redis_url, **extra})
    runtime.reset()
    return runtime.context()


def _seed(db_kind: str, url: str, fraction: float, redis_url: str) -> SeededSize:
    values = make_env(url, redis_url, MAIL_FROM="briefs@practice.test", **console_env_values())
    env = {k: v for k, v in values.values.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    ctx = _use(url, env, redis_url)
    ctx.db.upgrade()
    started = time.perf_counter()
    seeded = seed_practice(ctx.db, ctx.keys, ctx.settings.master_key, fraction=fraction)
    stored = SeededSize(db_kind, fraction, url, env, seeded, time.perf_counter() - started)
    _top_up(stored, ctx)
    started = time.perf_counter()
    with ctx.db.session() as session:
        # The operator's scheduled `carryback audit verify`: every link, checkpoint moved,
        # anchored at the head the seed chained (as an operator keeps `audit head` outside).
        head = session.execute(
            select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        ).one()
        anchor = f"{head.id}:{head.hash}"
        verdict = audit.verify(session, ctx.keys, anchor, checkpoint=True)
    stored.verify_s = time.perf_counter() - started
    if verdict.broken is not None:
        raise RuntimeError(f"seeded audit chain broken: {verdict.broken}")
    counts = counts_of(ctx.db)
    print(
        f"  {db_kind} {fraction:.0%}: seeded {counts['noticings']:,} noticings, "
        f"{counts['audit_events']:,} audit events in {stored.seed_s:.1f} s "
        + ", ".join(f"{k} {v:.1f} s" for k, v in seeded.seconds.items()),
        flush=True,
    )
    runtime.reset()
    return stored


def _top_up(stored: SeededSize, ctx: runtime.Context) -> None:
    """What the send job keeps for each sent brief, for the clinician whose pages are timed
    (their HTMLs and PDFs; printing 83,000 is not a bench's job). Once per database: a kept database
    made by an older Carryback gets what it lacks, after its migrations."""
    timed_clients = stored.seeded.clients[stored.seeded.people[1].clinician_id]
    started = time.perf_counter()
    pdfs, pdf_bytes = seed_brief_pdfs(ctx.db, ctx.keys, timed_clients)
    stored.seed_s += time.perf_counter() - started
    started = time.perf_counter()
    htmls, html_bytes = seed_brief_htmls(ctx.db, ctx.keys, timed_clients)
    stored.seed_s += time.perf_counter() - started
    for what, count, size in (("PDFs", pdfs, pdf_bytes), ("HTMLs", htmls, html_bytes)):
        if size:
            print(
                f"  {stored.db_kind} {stored.fraction:.0%}: {count:,} brief {what} kept for the"
                f" timed clinician's {len(timed_clients)} clients, {size // count:,} bytes"
                " sealed each",
                flush=True,
            )


def _kept_size(kept: Path, db_kind: str, fraction: float, redis_url: str) -> SeededSize:
    """The size's kept database: seeded now if there is none, else migrated and topped up."""
    record = kept / f"{db_kind}-{fraction:g}.json"
    if not record.exists():
        kept.mkdir(parents=True, exist_ok=True)
        # A database without its record is one whose seeding was cut short: seeded anew.
        if db_kind == "sqlite":
            path = kept.resolve() / f"{db_kind}-{fraction:g}.sqlite3"
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            url = f"sqlite:///{path}"
        else:
            url = _create_database(f"carryback_scale_kept_{round(fraction * 1000)}")
        stored = _seed(db_kind, url, fraction, redis_url)
        record.write_text(stored.to_json(), encoding="utf-8")
        return stored
    stored = SeededSize.from_json(record.read_text(encoding="utf-8"))
    ctx = _use(stored.url, stored.env, redis_url)
    ctx.db.upgrade()
    _top_up(stored, ctx)
    _analyze_top_up(ctx)
    record.write_text(stored.to_json(), encoding="utf-8")
    runtime.reset()
    print(f"  {db_kind} {fraction:.0%}: reusing the database seeded in {stored.seed_s:.0f} s")
    return stored


def _analyze_top_up(ctx: runtime.Context) -> None:
    if ctx.db.engine.dialect.name == "postgresql":
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    else:
        with ctx.db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()


@contextmanager
def _new_database(db_kind: str) -> Iterator[str]:
    if db_kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="carryback-scale-") as tmp:
            yield f"sqlite:///{tmp}/carryback.sqlite3"
    else:
        with postgres.throwaway_database(postgres.admin_url(), "carryback_scale") as url:
            yield url


def _create_database(name: str) -> str:
    engine = create_engine(postgres.admin_url(), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(postgres.admin_url()).set(database=name).render_as_string(hide_password=False)


@contextmanager
def _copy_of(stored: SeededSize) -> Iterator[str]:
    """A copy of the kept database, dropped afterwards (SQLite: the file; PostgreSQL: a
    database made from it as a template, file by file)."""
    if stored.db_kind == "sqlite":
        source = Path(stored.url.removeprefix("sqlite:///"))
        with sqlite3.connect(source) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with tempfile.TemporaryDirectory(prefix="carryback-scale-", dir=source.parent) as tmp:
            shutil.copyfile(source, f"{tmp}/carryback.sqlite3")
            yield f"sqlite:///{tmp}/carryback.sqlite3"
        return
    template = make_url(stored.url).database
    name = f"carryback_scale_{secrets.token_hex(6)}"
    engine = create_engine(postgres.admin_url(), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(
            text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        )
    try:
        yield make_url(stored.url).set(database=name).render_as_string(hide_password=False)
    finally:
        runtime.reset()
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


def _measure_size(stored: SeededSize, url: str, runs: int, redis_url: str) -> SizeResult:
    smtp_port = _free_port()
    ctx = _use(url, stored.env, redis_url, SMTP_URL=f"smtp://127.0.0.1:{smtp_port}")
    counts = counts_of(ctx.db)
    result = SizeResult(
        stored.db_kind,
        stored.fraction,
        counts["noticings"],
        counts["audit_events"],
        stored.seed_s,
        stored.verify_s,
        _db_bytes(ctx, url),
    )
    for person in stored.seeded.people:
        person.used_steps.clear()
    with smtp_sink(Inbox(), smtp_port):
        _pages(result, stored.seeded, runs)
        _services(result, stored.seeded, runs)
    runtime.reset()
    return result


def _pages(result: SizeResult, seeded, runs: int) -> None:
    app = console_app()
    admin, clinician = seeded.people[0], seeded.people[1]
    browser = app.test_client()
    sign_in(browser, clinician)
    boss = app.test_client()
    sign_in(boss, admin)
    clients = seeded.clients[clinician.clinician_id]
    client_id = clients[0]
    ctx = runtime.context()
    with ctx.db.session() as db:
        sent = db.execute(
            select(TherapySession.id)
            .where(
                TherapySession.client_id == client_id,
                TherapySession.brief_status == BriefStatus.SENT,
            )
            .order_by(TherapySession.starts_at.desc())
            .limit(1)
        ).scalar_one()
    base = f"/clients/{client_id}"
    timeline = ok(browser.get(f"{base}/timeline")).get_data(as_text=True)
    earlier = re.search(r'rel="next" href="([^"]+)"', timeline)
    pages = {
        "client-list": (browser, "/"),
        "client": (browser, base),
        "practice": (browser, f"{base}/practice"),
        "timeline": (browser, f"{base}/timeline"),
        "timeline-earlier": (
            browser,
            earlier.group(1).replace("&amp;", "&") if earlier else f"{base}/timeline",
        ),
        "briefs": (browser, f"{base}/briefs"),
        "brief": (browser, f"{base}/briefs/{sent}"),
        "brief-chart": (browser, f"{base}/briefs/{sent}/chart.png"),
        "alerts": (browser, "/alerts"),
        "audit": (browser, "/audit"),
        "settings": (browser, "/settings"),
        "delete-page": (browser, f"{base}/delete"),
        "admin-audit": (boss, "/audit"),
        "admin-accounts": (boss, "/admin/accounts"),
        "admin-invite": (boss, "/admin/invite"),
    }
    for name, (who, path) in pages.items():
        measure(result, name, PAGES_OPENED, runs, lambda _n, who=who, path=path: ok(who.get(path)))
    token = csrf_of(ok(browser.get(base)).get_data(as_text=True))
    measure(
        result,
        "export",
        PAGES_OPENED,
        runs,
        lambda _n: ok(browser.post(f"{base}/export", data={"csrf_token": token})),
    )

    def delete(n: int) -> None:
        # The console's one deletion (shred_for_console) without Twilio's part, a
        # network call per message: the rows, the key, the audit event.
        shred_client(ctx.db, clients[-1 - n], actor="console:bench", twilio=None, queues=None)

    measure(result, "delete", PAGES_OPENED, runs, delete)


def _services(result: SizeResult, seeded, runs: int) -> None:
    ctx = runtime.context()
    clients = seeded.clients[seeded.people[2].clinician_id]
    upcoming = []
    with ctx.db.session() as db:
        for client_id in clients[: runs + 1]:
            row = db.execute(
                select(TherapySession)
                .where(
                    TherapySession.client_id == client_id,
                    TherapySession.brief_status == BriefStatus.SCHEDULED,
                )
                .limit(1)
            ).scalar_one()
            upcoming.append(row.id)

    def build(n: int) -> None:
        with ctx.db.session() as db:
            therapy_session = db.get(TherapySession, upcoming[n])
            render_html(prepare_brief(db, ctx.keys, therapy_session, utcnow()).brief, None)

    measure(result, "brief-build", SERVICE, runs, build)
    with ctx.db.session() as db:
        now = utcnow()
        for session_id in upcoming:
            db.get(TherapySession, session_id).brief_due_at = now - timedelta(minutes=1)
    with ctx.db.session() as db:
        due_sessions(db, utcnow())  # claimed as the summary's tick claims them

    def send(n: int) -> None:
        outcome = send_brief(upcoming[n])
        if outcome != "sent":
            raise RuntimeError(f"brief not sent: {outcome}")

    measure(result, "brief-send", SERVICE, runs, send)
    measure(result, "summary-tick", SERVICE, runs, lambda _n: tick(ctx))
    intake = intake_app().test_client()
    from twilio.request_validator import RequestValidator

    signer = RequestValidator(ctx.settings.twilio_auth_token)
    with ctx.db.session() as db:
        phone = ctx.keys.open_client(db, db.get(Client, clients[-1])).phone

    def webhook(_n: int) -> None:
        params = {
            "MessageSid": "SM" + secrets.token_hex(16),
            "AccountSid": ctx.settings.twilio_account_sid,
            "From": phone,
            "To": TWILIO_NUMBER,
            "Body": "tight chest before the meeting, 5/10",
            "NumMedia": "0",
        }
        ok(signed_post(intake, signer, "/twilio/sms", params))

    measure(result, "intake-webhook", SERVICE, runs, webhook)


def _db_bytes(ctx: runtime.Context, url: str) -> int:
    if url.startswith("sqlite"):
        return Path(url.removeprefix("sqlite:///")).stat().st_size
    with ctx.db.session() as db:
        return int(db.execute(text("SELECT pg_database_size(current_database())")).scalar())


def _free_port() -> int:
    from tools.devstack.processes import free_port

    return free_port()


def sizes_on(
    db_kind: str, sizes: tuple[float, ...], runs: int, redis_url: str, kept: Path | None
) -> list[SizeResult]:
    return [run_size(db_kind, fraction, runs, redis_url, kept) for fraction in sizes]


def print_table(all_results: dict[str, list[SizeResult]]) -> tuple[str, str]:
    names = list(next(iter(all_results.values()))[0].figures)
    print()
    for db_kind, results in all_results.items():
        head = " | ".join(f"{r.noticings:,} noticings" for r in results)
        print(f"{db_kind}: ms (queries) at {head} | growth")
    print()
    header = ["what"]
    for db_kind, results in all_results.items():
        header += [f"{db_kind} {r.fraction:.0%}" for r in results] + [f"{db_kind} growth"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    worst_page, worst_growth = ("", 0.0, 0, ""), ("", 0.0)
    for name in names:
        cells = [name]
        for db_kind, results in all_results.items():
            figures = [r.figures[name] for r in results]
            cells += [f"{f.ms:.1f} ({f.queries})" for f in figures]
            growth = figures[-1].ms / max(figures[0].ms, 0.001)
            cells.append(f"{growth:.2f}x")
            if growth > worst_growth[1]:
                worst_growth = (f"{db_kind}:{name}", growth)
            last = figures[-1]
            if last.kind == PAGES_OPENED and last.ms > worst_page[1]:
                worst_page = (f"{db_kind}:{name}", last.ms, results[-1].noticings, db_kind)
        print("| " + " | ".join(cells) + " |")
    for db_kind, results in all_results.items():
        for r in results:
            per = r.db_bytes / max(r.noticings, 1)
            print(
                f"{db_kind} {r.fraction:.0%}: {r.noticings:,} noticings, {r.audit_events:,} audit "
                f"events; seeded in {r.seed_s:.1f} s; `audit verify` end to end {r.verify_s:.1f} s;"
                f" database {r.db_bytes / 1e6:.1f} MB ({per / 1000:.2f} KB per noticing)"
            )
    page = f"worst page {worst_page[0]} {worst_page[1]:.1f} ms at {worst_page[2]} noticings"
    growth = f"worst growth {worst_growth[0]} {worst_growth[1]:.2f}x"
    return page, growth


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="1%%, 10%%, 100%% of two years")
    parser.add_argument("--db", choices=("both", "postgresql", "sqlite"), default="both")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per figure (median)")
    parser.add_argument("--sizes", help="fractions of two years instead, e.g. 0.01,0.5")
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="keep each size's seeded database (SQLite files and a record of its keys in DIR;"
        " PostgreSQL databases carryback_scale_kept_*) and reuse it in later runs: seeding"
        " is the expensive part; each run times a copy",
    )
    parser.add_argument(
        "--seed-only", action="store_true", help="with --keep: seed what is missing, time nothing"
    )
    args = parser.parse_args()
    sizes = FULL_SIZES if args.full else DEFAULT_SIZES
    if args.sizes:
        sizes = tuple(float(part) for part in args.sizes.split(","))
    kinds = ["postgresql", "sqlite"] if args.db == "both" else [args.db]
    if "postgresql" in kinds and not postgres.answers(postgres.admin_url()):
        print(f"no PostgreSQL at {postgres.admin_url()}: SQLite only")
        kinds.remove("postgresql")
    if not kinds:
        return 1
    print(f"== scale: sizes {', '.join(f'{s:.0%}' for s in sizes)}, {args.runs} runs each")
    results = {}
    with throwaway_redis() as redis_url:
        if args.seed_only and args.keep:
            for kind in kinds:
                for fraction in sizes:
                    _kept_size(args.keep, kind, fraction, redis_url)
            return 0
        for kind in kinds:
            results[kind] = sizes_on(kind, sizes, args.runs, redis_url, args.keep)
    page, growth = print_table(results)
    summary_record("scale", "worst page (ms)", page.split(" ", 2)[2], f"< {BOUND_MS} ms")
    summary_record("scale", "worst growth", growth.split(" ", 2)[2], "<= 2x")
    print(f"scale: {page}; {growth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
