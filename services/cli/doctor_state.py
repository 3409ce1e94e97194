"""Checks of a deployment's state: schema, Redis, workers, summary, disk."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from redis import Redis
from redis.exceptions import RedisError
from rq import Worker
from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import SQLAlchemyError

from services.cli.doctor_results import MIN_FREE_BYTES, MIN_FREE_FRACTION, Result, fail, ok, warn
from services.summary import heartbeat
from shared.db import schema_revisions
from shared.infra.jobs import DEFAULT, URGENT
from shared.kernel.config import Settings
from shared.noticings.spool import Spool

# --- the database --------------------------------------------------------------------


def database_engine(settings: Settings) -> Engine | None:
    """A read-only look at the database: nothing is created or migrated (None: no SQLite file)."""
    url = settings.database_url
    if settings.is_sqlite:
        if not _sqlite_path(url).is_file():
            return None
        return create_engine(url, connect_args={"timeout": 5})
    return create_engine(url, connect_args={"connect_timeout": 5})


def _sqlite_path(url: str) -> Path:
    return Path(url.split("///", 1)[-1].split("?", 1)[0])


def check_migrations(settings: Settings, engine: Engine | None) -> Result:
    """The database's schema revision is the newest migration this code ships."""
    name = "database"
    upgrade = "carryback db upgrade (compose: docker-compose run --rm migrate)"
    if engine is None:
        return fail(name, f"no database file at {_sqlite_path(settings.database_url)}", upgrade)
    try:
        current, heads = schema_revisions(engine)
    except SQLAlchemyError as error:
        return fail(
            name,
            f"cannot connect ({type(error).__name__})",
            "check DATABASE_URL, and that the database server runs (docker-compose ps postgres)",
        )
    if current is None:
        return fail(name, "no migration has been applied", upgrade)
    if current not in heads:
        return fail(
            name, f"at revision {current}; this code's newest is {', '.join(heads)}", upgrade
        )
    return ok(name, f"{engine.dialect.name}, schema at the newest revision ({current})")


# --- Redis, workers, the summary loop ------------------------------------------------


def check_redis(redis: Redis) -> Result:
    """Redis answers; and keeps every job (noeviction) when memory runs short."""
    name = "redis"
    try:
        redis.ping()
    except RedisError as error:
        return fail(
            name,
            f"does not answer ({type(error).__name__})",
            "check REDIS_URL and that Redis runs (docker-compose ps redis)",
        )
    try:
        policy = redis.config_get("maxmemory-policy").get("maxmemory-policy", "")
    except RedisError:
        policy = ""  # a managed Redis may refuse CONFIG: nothing to say then
    if policy and policy != "noeviction":
        return warn(
            name,
            f"answers, but maxmemory-policy is {policy}: queued jobs may be evicted",
            "set maxmemory-policy noeviction (docker-compose.yml does)",
        )
    return ok(name, "answers")


@dataclass(frozen=True)
class WorkerLife:
    """A worker registered in Redis: what it works and how long since its last beat."""

    name: str
    queues: tuple[str, ...]
    beat_age_s: float


def live_workers(redis: Redis, liveness_s: int) -> list[WorkerLife]:
    """Workers whose heartbeat key is still there and not marked dead (RedisError if away).

    A Carryback worker's key expires ``CARRYBACK_WORKER_TTL`` after its last
    beat (services.worker.runner), so the time left says when it last beat.
    """
    found = []
    for worker in Worker.all(connection=redis):
        if worker.death_date is not None:
            continue
        left = redis.ttl(worker.key)
        if left == -2:
            continue  # gone between the listing and now
        age = max(0.0, float(liveness_s - left)) if left >= 0 else 0.0
        found.append(WorkerLife(worker.name, tuple(worker.queue_names()), age))
    return found


def check_workers(redis: Redis, settings: Settings) -> list[Result]:
    """A general worker and an urgent one, each with a fresh heartbeat."""
    try:
        workers = live_workers(redis, settings.worker_ttl_seconds)
    except RedisError as error:
        reason = f"unknown: Redis does not answer ({type(error).__name__})"
        return [
            fail("worker", reason, "see the redis line"),
            fail("urgent worker", reason, "see the redis line"),
        ]
    general = [w for w in workers if DEFAULT in w.queues]
    urgent = [w for w in workers if w.queues == (URGENT,)]
    return [
        _workers_result(
            "worker",
            general,
            "texts are stored but not tagged, voice notes not transcribed, briefs not sent",
            "docker-compose up -d worker (or: carryback worker)",
        ),
        _workers_result(
            "urgent worker",
            urgent,
            "crisis alerts wait behind voice notes on the general workers",
            "docker-compose up -d worker-urgent (or: carryback worker --urgent)",
        ),
    ]


def _workers_result(name: str, workers: list[WorkerLife], without: str, fix: str) -> Result:
    if not workers:
        return fail(name, f"none running: {without}", fix)
    newest = min(worker.beat_age_s for worker in workers)
    return ok(name, f"{len(workers)} running, last heartbeat {newest:.0f} s ago")


def check_summary(redis: Redis, settings: Settings, now: datetime | None = None) -> Result:
    """Some summary loop completed a tick lately (its heartbeat key, services.summary.heartbeat)."""
    name = "summary"
    now = now or datetime.now(UTC)
    try:
        beat = heartbeat.last_beat(redis)
    except RedisError as error:
        return fail(
            name, f"unknown: Redis does not answer ({type(error).__name__})", "see the redis line"
        )
    window = heartbeat.ttl_seconds(settings.summary_interval_seconds)
    if beat is None:
        return fail(
            name,
            f"no tick completed in the last {window} s: briefs, alerts, reminders and the sweep "
            "wait",
            "docker-compose up -d summary (or: carryback serve summary); if it runs, its log "
            "says why its ticks fail",
        )
    age = max(0.0, (now - beat.at).total_seconds())
    return ok(name, f"last tick {age:.0f} s ago ({beat.host}, pid {beat.pid})")


# --- the disk ------------------------------------------------------------------------


def data_directory(settings: Settings) -> Path:
    """Where Carryback keeps its data on this machine: the SQLite file's folder, else var/."""
    if settings.is_sqlite:
        return _sqlite_path(settings.database_url).resolve().parent
    return Path("var").resolve() if Path("var").is_dir() else Path.cwd()


def check_disk(
    path: Path, usage: Callable[[Path], tuple[int, int, int]] = shutil.disk_usage
) -> Result:
    """Free space where the data lives: a warning under 1 GB or 10 %."""
    name = "disk"
    while not path.exists():
        path = path.parent  # the folder is made on first use: its parent's disk will hold it
    total, _used, free = usage(path)
    fraction = free / total if total else 0.0
    detail = f"{free / 1024**3:.1f} GB free ({fraction:.0%}) at {path}"
    if free < MIN_FREE_BYTES or fraction < MIN_FREE_FRACTION:
        return warn(
            name,
            detail,
            "free space there (old logs, docker system prune) or grow the disk: SQLite, "
            "PostgreSQL and Redis's append-only file stop writing when it is full",
        )
    return ok(name, detail)


# --- the spool -----------------------------------------------------------------------


def check_spool(settings: Settings) -> Result:
    """Texts the intake spooled while the database could not take them, still waiting.

    Counts only: the files are sealed client material. Loose permissions fail;
    anything waiting is a warning (the summary service stores it once the
    database takes writes); a spool at its bounds fails (texts are refused).
    """
    name = "spool"
    spool = Spool(
        settings.spool_dir, max_files=settings.spool_max_files, max_bytes=settings.spool_max_bytes
    )
    if not spool.directory.is_dir():
        return ok(name, f"empty (no directory yet at {spool.directory})")
    mode = stat.S_IMODE(spool.directory.stat().st_mode)
    if mode & 0o077:
        return fail(
            name,
            f"{spool.directory} is open to others (mode {mode:o})",
            f"chmod 700 {spool.directory} (the intake tightens it as it starts)",
        )
    state = spool.state()
    if not state.files:
        return ok(name, f"empty ({spool.directory})")
    detail = f"{state.files} texts ({state.bytes} bytes) wait in {spool.directory}"
    if state.files >= spool.max_files or state.bytes >= spool.max_bytes:
        return fail(
            name,
            f"{detail}, at its bound: new texts are refused (503)",
            "bring the database back (they are then stored), or raise "
            "CARRYBACK_SPOOL_MAX_FILES / CARRYBACK_SPOOL_MAX_BYTES",
        )
    return warn(
        name,
        f"{detail} for the database",
        "they are stored once the database takes writes, by `carryback serve summary` "
        "running with the same CARRYBACK_SPOOL_DIR: check the database and the summary service",
    )
