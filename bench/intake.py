"""Intake throughput and latency against a bare Flask baseline, printed (no assertions).

    .venv/bin/python bench/intake.py

Starts everything on loopback and stops it at the end (also on error or
Ctrl-C): a throwaway redis-server, a temporary SQLite database, the real
intake under gunicorn (``carryback serve intake``) and a bare Flask app that
answers the same TwiML under the same gunicorn settings. Both are loaded by
the same generator (``wrk`` if installed, else a threaded Python client) with
pre-signed SMS webhooks, each with a unique MessageSid, so signing is not
measured. Then, end to end: N webhooks in, ``carryback worker --burst`` x2
until every one is tagged.

Environment knobs:
    BENCH_SECONDS=10        measured seconds per load run
    BENCH_CONNECTIONS=4     concurrent connections
    BENCH_E2E=500           webhooks in the end-to-end run (0 leaves it out)
    BENCH_WORKERS=2         gunicorn workers (and burst RQ workers)
    BENCH_DATABASE_URL=...  also run against PostgreSQL: a throwaway database
                            is created on that server and dropped at the end
    BENCH_LOADGEN=python    use the threaded Python generator even if wrk is installed
    REDIS_URL=...           use this Redis instead of a throwaway one
                            (its carryback queues are emptied)
    BENCH_PROFILE=wall|cpu  record the intake workers with py-spy (if installed)
                            during the load run and print where the time goes:
                            wall includes waiting (fsync, Redis), cpu is Python only
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from flask import Flask, Response  # noqa: E402

from services.cli.serve import gunicorn_argv as cli_gunicorn_argv  # noqa: E402
from tests.support.webhooks import signed_body  # noqa: E402
from tools.devstack.postgres import throwaway_database  # noqa: E402
from tools.devstack.processes import Service, Supervisor, free_port, http_ok, wait_until  # noqa: E402
from tools.devstack.redis_server import start_redis  # noqa: E402

BIN = Path(sys.executable).parent
ACCOUNT_SID = "AC" + "b" * 32
AUTH_TOKEN = "bench-auth-token-" + "z" * 15
TWILIO_NUMBER = "+15005550006"
ACK_TWIML = (
    '<?xml version="1.0" encoding="UTF-8"?><Response><Message>'
    "Got it, thank you. It will be there for your next session."
    "</Message></Response>"
)
CUES = (
    "tight chest|chest got tight|chest felt tight",
    "jaw clench|clenched my jaw|grinding teeth",
    "phone spiral|doomscrolling|scrolling in bed",
)
# Made-up noticings in the shape clients write them (no crisis language).
BODIES = (
    "tight chest before the standup, like a 6",
    "clenched my jaw in traffic 7/10",
    "doomscrolling in bed again, didn't do the breaths because I was too tired",
    "chest felt tight when my manager pinged me",
    "noticed it at lunch, maybe 4 out of 10",
    "grinding teeth during the call, forgot to pause",
    "scrolling in bed till 1am",
    "tight chest on the train, did the three breaths and it eased",
)
CLIENTS = 20


# --- processes ------------------------------------------------------------------


@functools.cache
def cli_works() -> bool:
    """Whether the ``carryback`` command starts (it may be mid-change in a checkout)."""
    probe = subprocess.run([str(BIN / "carryback"), "--help"], capture_output=True, check=False)
    return probe.returncode == 0


def carryback(*args: str) -> list[str]:
    """argv for a ``carryback`` subcommand, or the same code path without the CLI.

    The fallbacks run exactly what the subcommands run (gunicorn on
    ``create_app()``, ``run_worker(burst=True)``), so figures stay comparable.
    """
    if cli_works():
        return [str(BIN / "carryback"), *args]
    if args[:2] == ("serve", "intake"):
        port = args[args.index("--port") + 1]
        workers = args[args.index("--workers") + 1]
        return gunicorn_argv("services.intake.app:create_app()", int(port), int(workers))
    if args == ("worker", "--burst"):
        code = "import sys; from services.worker.runner import run_worker; "
        code += "sys.exit(0 if run_worker(burst=True) else 1)"
        return [sys.executable, "-c", code]
    raise ValueError(f"no fallback for carryback {' '.join(args)}")


# --- the bare baseline ------------------------------------------------------------


def bare_app() -> Flask:
    """The floor: Flask answering the same TwiML, no verification, no storage."""
    app = Flask("bare")

    @app.post("/twilio/sms")
    def sms() -> Response:
        return Response(ACK_TWIML, status=200, mimetype="application/xml")

    @app.get("/healthz")
    def healthz() -> Response:
        return Response("ok", status=200)

    return app


# --- the durable baseline ---------------------------------------------------------

# What every intake must at least do: check the signature, commit one row
# durably, answer. The intake is measured against this, not against bare Flask.
DURABLE_TABLE = "CREATE TABLE IF NOT EXISTS durable_baseline (id TEXT PRIMARY KEY, blob BYTEA)"


def durable_app() -> Flask:
    """Same gunicorn, same TwiML: Twilio signature checked, one INSERT of an opaque blob committed.

    SQLite in WAL mode with synchronous=FULL, or PostgreSQL (synchronous_commit
    on, its default), per ``BENCH_DURABLE_URL``; one connection per worker.
    """
    from flask import abort, request
    from twilio.request_validator import RequestValidator

    url = os.environ["BENCH_DURABLE_URL"]
    public = os.environ["BENCH_PUBLIC_URL"]
    validator = RequestValidator(AUTH_TOKEN)
    app = Flask("durable")
    state: dict[str, object] = {}

    def connection() -> object:
        if "db" not in state:  # after gunicorn forked: one connection per worker
            state["db"] = _durable_connect(url)
        return state["db"]

    @app.post("/twilio/sms")
    def sms() -> Response:
        params = request.form.to_dict(flat=True)
        signature = request.headers.get("X-Twilio-Signature", "")
        if not validator.validate(public, params, signature):
            abort(403)
        db = connection()
        cursor = db.cursor()  # type: ignore[attr-defined]
        marker = "?" if url.startswith("sqlite") else "%s"
        cursor.execute(
            f"INSERT INTO durable_baseline (id, blob) VALUES ({marker}, {marker})",  # noqa: S608
            (secrets.token_hex(16), os.urandom(len(params.get("Body", "")) + 28)),
        )
        db.commit()  # type: ignore[attr-defined]
        return Response(ACK_TWIML, status=200, mimetype="application/xml")

    @app.get("/healthz")
    def healthz() -> Response:
        return Response("ok", status=200)

    return app


def _durable_connect(url: str) -> object:
    if url.startswith("sqlite"):
        import sqlite3

        db = sqlite3.connect(url.split("///", 1)[1], timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        return db
    import psycopg

    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1))


def prepare_durable(url: str) -> None:
    db = _durable_connect(url)
    ddl = DURABLE_TABLE if not url.startswith("sqlite") else DURABLE_TABLE.replace("BYTEA", "BLOB")
    db.execute(ddl)  # type: ignore[attr-defined]
    db.commit()  # type: ignore[attr-defined]
    db.close()  # type: ignore[attr-defined]


def gunicorn_argv(app: str, port: int, workers: int) -> list[str]:
    """The same gunicorn settings as ``carryback serve intake``."""
    return cli_gunicorn_argv(app, host="127.0.0.1", port=port, workers=workers)


# --- enrolment and signed webhooks ------------------------------------------------


def base_env(database_url: str, redis_url: str, master_key: str, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        CARRYBACK_MASTER_KEY=master_key,
        TWILIO_ACCOUNT_SID=ACCOUNT_SID,
        TWILIO_AUTH_TOKEN=AUTH_TOKEN,
        TWILIO_PHONE_NUMBER=TWILIO_NUMBER,
        PUBLIC_BASE_URL=f"http://127.0.0.1:{port}",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    return env


def enrol(env: dict[str, str]) -> list[str]:
    """One clinician, CLIENTS clients with three cues each; returns their phone numbers."""
    from services import runtime
    from shared.db.models import utcnow
    from shared.kernel.config import load_settings
    from shared.language.cues import parse_cue_option
    from shared.roster.clients import add_client, add_clinician, set_practice

    ctx = runtime.Context(load_settings(env))
    if not ctx.settings.is_sqlite:
        ctx.db.upgrade()
    phones = [f"+1415555{n:04d}" for n in range(100, 100 + CLIENTS)]
    with ctx.db.session() as session:
        clinician = add_clinician(
            session, name="Dr Bench", email="bench@example.org", certificate_pem=None
        )
        for n, phone in enumerate(phones):
            client = add_client(
                session, ctx.keys, clinician=clinician, phone=phone, name=f"Client {n}"
            )
            set_practice(
                session,
                ctx.keys,
                client,
                cues=[parse_cue_option(c) for c in CUES],
                action="three slow breaths when it fires",
                carry_back="what happened just before",
                nothing_this_week=False,
                next_session_at=utcnow() + timedelta(days=7),
                lead_minutes=120,
            )
    ctx.db.dispose()
    return phones


def signed_webhooks(count: int, phones: Sequence[str], public_url: str) -> list[tuple[str, str]]:
    """``count`` (signature, form body) pairs shaped like Twilio's, unique MessageSids."""
    from twilio.request_validator import RequestValidator

    validator = RequestValidator(AUTH_TOKEN)
    signed = []
    for n in range(count):
        sid = "SM" + secrets.token_hex(16)
        params = {
            "ToCountry": "US",
            "ToState": "CA",
            "SmsMessageSid": sid,
            "NumMedia": "0",
            "ToCity": "",
            "FromZip": "94107",
            "SmsSid": sid,
            "FromState": "CA",
            "SmsStatus": "received",
            "FromCity": "SAN FRANCISCO",
            "Body": BODIES[n % len(BODIES)],
            "FromCountry": "US",
            "To": TWILIO_NUMBER,
            "ToZip": "",
            "NumSegments": "1",
            "MessageSid": sid,
            "AccountSid": ACCOUNT_SID,
            "From": phones[n % len(phones)],
            "ApiVersion": "2010-04-01",
        }
        signed.append(signed_body(validator, public_url, params))
    return signed


def wait_healthy(port: int, server: Service) -> None:
    """Poll the server's health URL until it answers 200; fail at once if it dies."""
    url = f"http://127.0.0.1:{port}/healthz"
    wait_until(lambda: http_ok(url), deadline_s=60, what=url, alive=server.check_alive)


# --- load generators --------------------------------------------------------------


@dataclass
class LoadResult:
    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p99_ms: float
    detail: dict[str, int] = field(default_factory=dict)
    # CPU the server's workers spent per request: robust to noisy neighbours.
    cpu_ms: float | None = None

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


WRK_SCRIPT = r"""
-- args: file with "signature<TAB>body" lines, "stop" or "cycle" when they run out
local reqs = {}
local i = 0
local mode = "stop"

function init(args)
  mode = args[2]
  for line in io.lines(args[1]) do
    local tab = line:find("\t", 1, true)
    reqs[#reqs + 1] = wrk.format("POST", "/twilio/sms", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Twilio-Signature"] = line:sub(1, tab - 1),
    }, line:sub(tab + 1))
  end
end

function request()
  i = i + 1
  if i > #reqs then
    -- Intake runs must never resend a MessageSid (that would measure dedupe).
    if mode == "stop" then wrk.thread:stop() end
    i = 1
  end
  return reqs[i]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\nBENCH {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""


def wrk_load(
    port: int,
    webhooks: Sequence[tuple[str, str]],
    connections: int,
    seconds: float,
    workdir: Path,
    *,
    cycle: bool,
) -> LoadResult:
    """One wrk run (one thread: plenty for this rate, and leaves a core to the servers)."""
    script = workdir / "sms.lua"
    script.write_text(WRK_SCRIPT)
    data = workdir / f"webhooks-{secrets.token_hex(4)}.tsv"
    data.write_text("".join(f"{sig}\t{body}\n" for sig, body in webhooks))
    argv = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}/twilio/sms",
        "--",
        str(data),
        "cycle" if cycle else "stop",
    ]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    data.unlink()
    line = next(ln for ln in out.splitlines() if ln.startswith("BENCH "))
    raw = json.loads(line[len("BENCH ") :])
    errors = {k: raw[k] for k in ("connect", "read", "write", "status", "timeout") if raw[k]}
    return LoadResult(
        requests=raw["requests"],
        seconds=raw["duration_us"] / 1e6,
        errors=sum(errors.values()),
        p50_ms=raw["p50_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        detail=errors,
    )


def python_load(
    port: int,
    webhooks: Sequence[tuple[str, str]],
    connections: int,
    seconds: float,
    *,
    cycle: bool,
) -> LoadResult:
    """Fixed concurrent keep-alive connections in threads (reconnecting when the server closes)."""
    lock = threading.Lock()
    cursor = iter(range(10**12))
    latencies: list[float] = []
    errors = {"status": 0, "socket": 0}
    deadline = time.monotonic() + seconds

    def next_webhook() -> tuple[str, str] | None:
        with lock:
            n = next(cursor)
        if n >= len(webhooks) and not cycle:
            return None
        return webhooks[n % len(webhooks)]

    def run() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < deadline and (webhook := next_webhook()) is not None:
            signature, body = webhook
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Twilio-Signature": signature,
            }
            started = time.perf_counter()
            try:
                connection.request("POST", "/twilio/sms", body=body, headers=headers)
                answer = connection.getresponse()
                answer.read()
            except (OSError, http.client.HTTPException):
                with lock:
                    errors["socket"] += 1
                connection.close()
                continue
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors["status"] += answer.status != 200
            if answer.will_close:
                connection.close()
        connection.close()

    threads = [threading.Thread(target=run, daemon=True) for _ in range(connections)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return LoadResult(
        requests=len(latencies),
        seconds=wall,
        errors=sum(errors.values()),
        p50_ms=_percentile(latencies, 50) * 1000,
        p99_ms=_percentile(latencies, 99) * 1000,
        detail={k: v for k, v in errors.items() if v},
    )


def _percentile(ordered: Sequence[float], pct: float) -> float:
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


def use_wrk() -> bool:
    return os.environ.get("BENCH_LOADGEN", "wrk") == "wrk" and shutil.which("wrk") is not None


def load(
    port: int,
    webhooks: Sequence[tuple[str, str]],
    connections: int,
    seconds: float,
    workdir: Path,
    *,
    cycle: bool,
    server_pid: int | None = None,
) -> LoadResult:
    """One load run; with ``server_pid`` (a gunicorn master) also its workers' CPU per request."""
    workers = gunicorn_worker_pids(server_pid) if server_pid else []
    cpu_before = sum(cpu_seconds(pid) for pid in workers)
    if use_wrk():
        result = wrk_load(port, webhooks, connections, seconds, workdir, cycle=cycle)
    else:
        result = python_load(port, webhooks, connections, seconds, cycle=cycle)
    if workers and result.requests:
        cpu = sum(cpu_seconds(pid) for pid in workers) - cpu_before
        result.cpu_ms = 1000 * cpu / result.requests
    return result


def gunicorn_worker_pids(master_pid: int) -> list[int]:
    found = subprocess.run(
        ["pgrep", "-P", str(master_pid)], capture_output=True, text=True, check=False
    ).stdout
    return [int(pid) for pid in found.split()]


def cpu_seconds(pid: int) -> float:
    """User + system CPU of one process so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    # utime and stime are fields 14 and 15 of stat(5); 11 and 12 after the name.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- end to end -------------------------------------------------------------------


@dataclass
class EndToEnd:
    count: int
    workers: int
    ingest: LoadResult
    tag_wall_s: float
    tag_span_s: float
    tagged: int

    @property
    def tag_rate(self) -> float:
        """Noticings tagged per second, first tag of the batch to its last (no start-up)."""
        return self.tagged / self.tag_span_s if self.tag_span_s else 0.0


def count_tagged(env: dict[str, str], since: datetime) -> tuple[int, float]:
    """Noticings tagged since ``since``, and seconds from the first of them to the last."""
    from sqlalchemy import func, select

    from services import runtime
    from shared.db.models import Noticing, NoticingStatus
    from shared.kernel.config import load_settings

    ctx = runtime.Context(load_settings(env))
    with ctx.db.session() as session:
        tagged, first, last = session.execute(
            select(func.count(), func.min(Noticing.tagged_at), func.max(Noticing.tagged_at)).where(
                Noticing.status == NoticingStatus.TAGGED, Noticing.tagged_at >= since
            )
        ).one()
    ctx.db.dispose()
    span = (last - first).total_seconds() if tagged > 1 else 0.0
    return tagged, span


def end_to_end(
    procs: Supervisor,
    env: dict[str, str],
    port: int,
    webhooks: Sequence[tuple[str, str]],
    connections: int,
    workers: int,
    workdir: Path,
) -> EndToEnd:
    """N webhooks in (nothing tagging meanwhile), then ``workers`` burst workers tag them all."""
    from shared.db.models import utcnow

    ingest = python_load(port, webhooks, connections, 600, cycle=False)
    since = utcnow()
    started = time.perf_counter()
    children = [
        procs.start(f"rq-{n}", carryback("worker", "--burst"), env).process for n in range(workers)
    ]
    for child in children:
        child.wait(timeout=600)
    wall = time.perf_counter() - started
    failed = [c.returncode for c in children if c.returncode]
    if failed:
        print(f"  warning: burst workers exited with {failed} (logs in {workdir})")
    tagged, span = count_tagged(env, since)
    return EndToEnd(len(webhooks), workers, ingest, wall, span, tagged)


# --- profiling --------------------------------------------------------------------


def start_profilers(
    procs: Supervisor, master_pid: int, seconds: float, mode: str, workdir: Path
) -> list[tuple[subprocess.Popen[bytes], Path]]:
    """py-spy on each gunicorn worker for the run: ``wall`` counts waiting too, ``cpu`` not."""
    py_spy = shutil.which("py-spy") or (str(BIN / "py-spy") if (BIN / "py-spy").exists() else None)
    if py_spy is None:
        print("  (BENCH_PROFILE: py-spy not installed: .venv/bin/pip install py-spy)")
        return []
    running = []
    for pid in gunicorn_worker_pids(master_pid):
        out = workdir / f"profile-{mode}-{pid}.txt"
        argv = [py_spy, "record", "-p", str(pid), "-d", str(int(seconds) + 1), "-r", "250"]
        argv += ["-f", "raw", "-o", str(out), "--nonblocking"]
        argv += ["--gil"] if mode == "cpu" else ["--idle"]
        running.append((procs.start(f"py-spy-{pid}", argv, dict(os.environ)).process, out))
    return running


def _is_ours(frame: str) -> bool:
    return "(shared/" in frame or "(services/" in frame


def summarise_profiles(
    profiles: list[tuple[subprocess.Popen[bytes], Path]], mode: str, top: int = 15
) -> None:
    """Share of in-request samples per Carryback frame (inclusive) and per leaf (self)."""
    inclusive: dict[str, int] = {}
    leaves: dict[str, int] = {}
    total = 0
    for child, out in profiles:
        child.wait(timeout=60)
        if not out.exists():
            continue
        for line in out.read_text().splitlines():
            stack, _, raw_count = line.rpartition(" ")
            frames = stack.split(";")
            # Only time spent serving a request; idle workers wait in accept().
            if not raw_count.isdigit() or not any("Flask.wsgi_app" in f for f in frames):
                continue
            count = int(raw_count)
            total += count
            leaves[frames[-1]] = leaves.get(frames[-1], 0) + count
            for frame in {f for f in frames if _is_ours(f)}:
                inclusive[frame] = inclusive.get(frame, 0) + count
    if not total:
        print("  (no profile samples; py-spy may need ptrace permission)")
        return
    what = "wall time, waiting included" if mode == "wall" else "CPU in Python (GIL held)"
    print(f"\nIntake profile ({what}; {total} samples inside requests)")
    print("  Carryback frames, inclusive:")
    for frame, count in sorted(inclusive.items(), key=lambda kv: -kv[1])[:top]:
        print(f"    {100 * count / total:5.1f}%  {frame}")
    print("  leaf frames, self:")
    for frame, count in sorted(leaves.items(), key=lambda kv: -kv[1])[:top]:
        print(f"    {100 * count / total:5.1f}%  {frame}")


# --- the run ----------------------------------------------------------------------


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


@dataclass
class Config:
    seconds: int = field(default_factory=lambda: env_int("BENCH_SECONDS", 10))
    connections: int = field(default_factory=lambda: env_int("BENCH_CONNECTIONS", 4))
    e2e: int = field(default_factory=lambda: env_int("BENCH_E2E", 500))
    workers: int = field(default_factory=lambda: env_int("BENCH_WORKERS", 2))
    # "", "wall" (also "1") or "cpu"
    profile: str = field(
        default_factory=lambda: {"1": "wall"}.get(
            os.environ.get("BENCH_PROFILE", ""), os.environ.get("BENCH_PROFILE", "")
        )
    )
    # The headline comparison, repeated: the machine is shared and noisy.
    rounds: int = field(default_factory=lambda: env_int("BENCH_ROUNDS", 3))
    # Enough unique webhooks for the fastest intake we expect over the run.
    max_rps: int = field(default_factory=lambda: env_int("BENCH_MAX_RPS", 2500))


def empty_queues(redis_url: str) -> None:
    from redis import Redis
    from rq import Queue

    from shared.infra.jobs import QUEUES

    connection = Redis.from_url(redis_url)
    for name in QUEUES:
        Queue(name, connection=connection).empty()


@dataclass
class Comparison:
    """One database: the durable baseline and the intake, loaded alternately, round by round."""

    name: str
    baseline: list[LoadResult] = field(default_factory=list)
    intake: list[LoadResult] = field(default_factory=list)
    e2e: list[EndToEnd] = field(default_factory=list)

    @property
    def ratios(self) -> list[float]:
        return [
            i.rps / b.rps if b.rps else 0.0
            for b, i in zip(self.baseline, self.intake, strict=False)
        ]


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def start_durable(procs: Supervisor, cfg: Config, database_url: str) -> tuple[Service, int]:
    port = free_port()
    prepare_durable(database_url)
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT / "bench"), str(ROOT)]),
        BENCH_DURABLE_URL=database_url,
        BENCH_PUBLIC_URL=f"http://127.0.0.1:{port}/twilio/sms",
    )
    argv = gunicorn_argv("intake:durable_app()", port, cfg.workers)
    server = procs.start(f"durable-{port}", argv, env)
    wait_healthy(port, server)
    return server, port


def compare(
    procs: Supervisor,
    cfg: Config,
    name: str,
    database_url: str,
    durable_url: str,
    redis_url: str,
    master_key: str,
    workdir: Path,
) -> Comparison:
    """Enrol, serve the intake and the durable baseline side by side, end to end, then rounds."""
    result = Comparison(name)
    port = free_port()
    env = base_env(database_url, redis_url, master_key, port)
    empty_queues(redis_url)
    phones = enrol(env)
    public = f"http://127.0.0.1:{port}/twilio/sms"
    argv = carryback("serve", "intake", "--port", str(port), "--workers", str(cfg.workers))
    server = procs.start(f"intake-{port}", argv, env)
    durable, durable_port = start_durable(procs, cfg, durable_url)
    try:
        wait_healthy(port, server)
        # End to end first, on an empty queue: one tagging worker, then two.
        for workers in sorted({1, cfg.workers}) if cfg.e2e > 0 else ():
            hooks = signed_webhooks(cfg.e2e, phones, public)
            result.e2e.append(
                end_to_end(procs, env, port, hooks, cfg.connections, workers, workdir)
            )
        durable_hooks = signed_webhooks(
            cfg.max_rps * cfg.seconds, phones, f"http://127.0.0.1:{durable_port}/twilio/sms"
        )
        load(durable_port, durable_hooks[:500], cfg.connections, 2, workdir, cycle=True)  # warm
        for round_no in range(cfg.rounds):
            # Signed up front so signing costs nothing during the run; never a MessageSid twice.
            hooks = signed_webhooks(cfg.max_rps * cfg.seconds, phones, public)
            profile = cfg.profile in ("wall", "cpu") and round_no == cfg.rounds - 1
            profiles = (
                start_profilers(procs, server.process.pid, cfg.seconds, cfg.profile, workdir)
                if profile
                else []
            )
            result.intake.append(_unique_load(port, hooks, cfg, workdir, server.process.pid))
            if profiles:
                summarise_profiles(profiles, cfg.profile)
            result.baseline.append(
                load(
                    durable_port,
                    durable_hooks,
                    cfg.connections,
                    cfg.seconds,
                    workdir,
                    cycle=True,
                    server_pid=durable.process.pid,
                )
            )
    finally:
        procs.stop(server)
        procs.stop(durable)
    return result


def _unique_load(
    port: int, hooks: Sequence[tuple[str, str]], cfg: Config, workdir: Path, pid: int
) -> LoadResult:
    result = load(port, hooks, cfg.connections, cfg.seconds, workdir, cycle=False, server_pid=pid)
    if result.requests >= len(hooks) - cfg.connections:
        print("  warning: ran out of unique webhooks; raise BENCH_MAX_RPS")
    return result


def run_bare(procs: Supervisor, cfg: Config, workdir: Path) -> LoadResult:
    port = free_port()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "bench"), str(ROOT)]))
    server = procs.start(f"bare-{port}", gunicorn_argv("intake:bare_app()", port, cfg.workers), env)
    try:
        wait_healthy(port, server)
        hooks = signed_webhooks(1000, [f"+1415555{n:04d}" for n in range(100, 120)], "http://x/")
        load(port, hooks, cfg.connections, 2, workdir, cycle=True)  # warm-up
        return load(
            port,
            hooks,
            cfg.connections,
            cfg.seconds,
            workdir,
            cycle=True,
            server_pid=server.process.pid,
        )
    finally:
        procs.stop(server)


def _row(name: str, row: LoadResult) -> str:
    detail = f"  {row.detail}" if row.detail else ""
    cpu = f"{row.cpu_ms:11.2f}" if row.cpu_ms is not None else f"{'-':>11}"
    return (
        f"  {name:26} {row.rps:8.0f} {row.p50_ms:8.1f} {row.p99_ms:8.1f} {row.errors:7d} "
        f"{cpu}{detail}"
    )


def print_table(bare: LoadResult, comparisons: list[Comparison], cfg: Config) -> None:
    """Every figure in one table: load, the durable baseline, the ratio, tagging per worker."""
    generator = "wrk" if use_wrk() else "python threads"
    load_avg = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"\nIntake: {os.cpu_count()} CPUs, load average {load_avg} at the end; "
        f"{cfg.connections} connections, {cfg.seconds} s x {cfg.rounds} rounds, "
        f"{cfg.workers} gunicorn sync workers, {generator}"
    )
    print(f"  {'':26} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'cpu ms/req':>11}")
    print(_row("bare flask (floor)", bare))
    for comparison in comparisons:
        for n, (base, intake) in enumerate(
            zip(comparison.baseline, comparison.intake, strict=False), 1
        ):
            print(_row(f"durable baseline {comparison.name} #{n}", base))
            print(_row(f"intake {comparison.name} #{n}", intake))
    print("\nHeadline (goal: >= 0.70x, intake p99 < 50 ms on SQLite)")
    for comparison in comparisons:
        ratios = " ".join(f"{r:.2f}" for r in comparison.ratios)
        p99 = median([r.p99_ms for r in comparison.intake])
        print(
            f"  intake / durable baseline, {comparison.name:8} "
            f"median {median(comparison.ratios):.2f}x"
            f"  (rounds: {ratios})  intake p99 median {p99:.1f} ms"
        )
    print(
        f"\nEnd to end ({cfg.e2e} SMS webhooks in, then burst tagging workers; "
        "goal >= 500/s per worker)"
    )
    print(
        "  tagged/s: first tag to last; run s: the burst workers' whole run (interpreter"
        " start-up, sweep and RQ included)"
    )
    print(
        f"  {'':10} {'workers':>7} {'ingest/s':>9} {'tagged/s':>9} {'per worker':>11}"
        f" {'run s':>8} {'tagged':>9}"
    )
    for comparison in comparisons:
        for e2e in comparison.e2e:
            print(
                f"  {comparison.name:10} {e2e.workers:7d} {e2e.count / e2e.ingest.seconds:9.0f} "
                f"{e2e.tag_rate:9.0f} {e2e.tag_rate / e2e.workers:11.0f} "
                f"{e2e.tag_wall_s:8.1f} {e2e.tagged:>4}/{e2e.count:<4}"
            )
        if len(comparison.e2e) == 2 and comparison.e2e[0].tag_rate:
            scaling = comparison.e2e[1].tag_rate / comparison.e2e[0].tag_rate
            print(f"  {comparison.name:10} tagging 1 -> 2 worker processes: {scaling:.2f}x")
    summarise(bare, comparisons, cfg)


def summarise(bare: LoadResult, comparisons: list[Comparison], cfg: Config) -> None:
    """The headline figures for `make bench`'s one table (bench/_summary.py)."""
    from _summary import record

    setup = f"{cfg.connections} conn, {cfg.workers} gunicorn workers"
    record("intake", f"bare flask req/s ({setup})", f"{bare.rps:.0f}")
    for c in comparisons:
        record(
            "intake",
            f"durable baseline {c.name} req/s",
            f"{median([b.rps for b in c.baseline]):.0f}",
        )
        record("intake", f"intake {c.name} req/s", f"{median([i.rps for i in c.intake]):.0f}")
        record(
            "intake",
            f"intake / durable baseline, {c.name}",
            f"{median(c.ratios):.2f}x",
            ">= 0.70x",
        )
        record(
            "intake",
            f"intake p99 {c.name} (ms)",
            f"{median([i.p99_ms for i in c.intake]):.1f}",
            "< 50 ms",
        )
        cpu = [i.cpu_ms for i in c.intake if i.cpu_ms is not None]
        base_cpu = [b.cpu_ms for b in c.baseline if b.cpu_ms is not None]
        if cpu and base_cpu:
            record(
                "intake",
                f"CPU ms per request {c.name}: intake / baseline",
                f"{median(cpu):.2f} / {median(base_cpu):.2f}",
            )
        for e2e in c.e2e:
            record(
                "end to end",
                f"tagged/s per worker, {e2e.workers} worker(s), {c.name}",
                f"{e2e.tag_rate / e2e.workers:.0f}",
                ">= 500/s",
            )
            record(
                "end to end",
                f"burst run for {e2e.count} texts, {e2e.workers} worker(s), {c.name} (s)",
                f"{e2e.tag_wall_s:.1f}",
            )
        if len(c.e2e) == 2 and c.e2e[0].tag_rate:
            record(
                "end to end",
                f"tagging 1 -> 2 worker processes, {c.name}",
                f"{c.e2e[1].tag_rate / c.e2e[0].tag_rate:.2f}x",
            )


def generate_master_key() -> str:
    if cli_works():
        argv = [str(BIN / "carryback"), "keys", "generate"]
        return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()
    from shared.kernel.crypto import generate_master_key as generate

    return generate()


def postgres_admin() -> str | None:
    """The PostgreSQL server for a throwaway database: BENCH_DATABASE_URL, else the local one."""
    from tools.devstack import postgres

    given = os.environ.get("BENCH_DATABASE_URL", "").strip()
    if given.lower() in ("0", "none", "off"):
        return None
    url = (given or postgres.admin_url()).replace("postgresql://", "postgresql+psycopg://", 1)
    return url if postgres.answers(url) else None


def main() -> int:
    cfg = Config()
    workdir = Path(tempfile.mkdtemp(prefix="carryback-bench-"))
    procs = Supervisor(env=dict(os.environ), logs_dir=workdir)
    # SIGTERM (e.g. from make or CI) unwinds like Ctrl-C, so everything is stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if not cli_works():
        print("note: `carryback --help` fails in this checkout; running the same code directly")
    try:
        redis_url = os.environ.get("REDIS_URL", "").strip() or start_redis(procs, workdir / "redis")
        master_key = generate_master_key()
        comparisons: list[Comparison] = []
        with contextlib.ExitStack() as stack:
            databases = [
                (
                    "sqlite",
                    f"sqlite:///{workdir / 'bench.sqlite3'}",
                    f"sqlite:///{workdir / 'durable.sqlite3'}",
                )
            ]
            admin = postgres_admin()
            if admin:
                intake_db = stack.enter_context(throwaway_database(admin, prefix="carryback_bench"))
                durable_db = stack.enter_context(throwaway_database(admin, prefix="carryback_base"))
                databases.append(("postgres", intake_db, durable_db))
            else:
                print("note: no PostgreSQL answering; its rows are left out")
            for name, url, durable_url in databases:
                comparisons.append(
                    compare(procs, cfg, name, url, durable_url, redis_url, master_key, workdir)
                )
        bare = run_bare(procs, cfg, workdir)
        print_table(bare, comparisons, cfg)
    except KeyboardInterrupt:
        print("interrupted; stopping everything")
        return 130
    finally:
        procs.stop_all()
        if not os.environ.get("BENCH_KEEP"):
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
