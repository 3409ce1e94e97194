"""The demo's stack: its directory, keys, and the real processes it starts and stops."""

from __future__ import annotations

import email
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import requests
from redis import Redis
from redis.exceptions import RedisError
from rq import Worker

from shared.infra.smime import generate_ca, issue_certificate, write_private
from shared.kernel import crypto
from tools.demo import story
from tools.demo.console import (
    DemoLogin,
    prepare_login,
    sign_in_and_find,
)
from tools.devstack.processes import (
    ProcessError,
    Supervisor,
    free_port,
    port_open,
    tail,
    wait_until,
)
from tools.devstack.redis_server import start_redis
from tools.devstack.smtp import Outbox
from tools.devstack.tls_proxy import LocalCa, TlsProxy

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DEMO_DIR = Path("var") / "demo"
CLI = [sys.executable, "-m", "services.cli"]
CLI_TIMEOUT_S = 60
START_DEADLINE_S = 30
TAGGING_DEADLINE_S = 60
BRIEF_DEADLINE_S = 30
BRIEF_LEAD_MINUTES = 2
MARKER = ".carryback-demo"
MAIL_FROM = "briefs@carryback.localhost"
TOTAL_STEPS = 25
MESSAGES_DEADLINE_S = 150


class DemoError(ProcessError):
    """The demo cannot go on; the message says why, ``log`` points at the evidence."""


class Interrupted(Exception):
    """SIGTERM or Ctrl-C: stop everything and leave."""


class Progress:
    """Prints ``[n/N] what ... ok (0.1 s)`` for each step."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.number = 0

    @contextmanager
    def step(self, title: str) -> Iterator[None]:
        self.number += 1
        print(f"[{self.number}/{self.total}] {title} ...", end=" ", flush=True)
        started = time.monotonic()
        try:
            yield
        except BaseException:
            print("FAILED", flush=True)
            raise
        print(f"ok ({time.monotonic() - started:.1f} s)", flush=True)


class DemoStack:
    """One run's directory and processes: the real parts, started as production runs them."""

    def __init__(self, demo_dir: Path) -> None:
        self.dir = demo_dir.resolve()
        self.logs = self.dir / "logs"
        self.key_path = self.dir / "clinician.key"
        self.cert_path = self.dir / "clinician.crt"
        self.env: dict[str, str] = {}
        self.supervisor = Supervisor(self.env, self.logs, self.dir / "pids", REPO_ROOT)
        self.outbox: Outbox | None = None
        self.client_id = ""
        self.tz = story.client_timezone(datetime.now(UTC))
        self.console = DemoLogin("", story.CLINICIAN_EMAIL)
        self.progress = Progress(TOTAL_STEPS)
        self.https = requests.Session()  # the demo's own client: trusts this run's CA
        self.proxy: TlsProxy | None = None

    # --- set-up -------------------------------------------------------------

    def prepare_directory(self) -> None:
        """A clean var/demo, a throwaway master key, the clinician's key and certificate."""
        if self.dir.exists() and any(self.dir.iterdir()) and not (self.dir / MARKER).exists():
            # Only ever wipe a directory an earlier demo run made.
            raise DemoError(f"{self.dir} is not empty and holds no earlier demo; not wiping it")
        shutil.rmtree(self.dir, ignore_errors=True)
        self.logs.mkdir(parents=True)
        (self.dir / MARKER).write_text("made by `python -m tools.demo`; wiped at each run\n")
        # A demo CA issues the clinician's certificate and the service's signing
        # one; SMIME_CA_FILE trusts that CA (and nothing else) for this run.
        ca_pem, ca_key = generate_ca("Carryback demo CA (this run only)", days=2)
        cert_pem, key_pem = issue_certificate(
            ca_pem, ca_key, story.CLINICIAN_NAME, story.CLINICIAN_EMAIL, days=2
        )
        signing_pem, signing_key = issue_certificate(ca_pem, ca_key, "Carryback", MAIL_FROM, days=2)
        for name, data in (
            ("demo-ca.crt", ca_pem),
            ("clinician.crt", cert_pem),
            ("clinician.key", key_pem),
            ("signing.crt", signing_pem),
            ("signing.key", signing_key),
        ):
            write_private(self.dir / name, data)
        # Whatever the caller's shell holds, the services see only the demo's settings.
        inherited = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("CARRYBACK_", "TWILIO_", "SMIME_"))
        }
        self.env.update(inherited)
        self._prepare_tls()
        self.env.update(
            DATABASE_URL=f"sqlite:///{self.dir / 'carryback.sqlite3'}",
            CARRYBACK_SPOOL_DIR=str(self.dir / "spool"),  # the intake's and summary's
            CARRYBACK_MASTER_KEY=crypto.generate_master_key(),
            TWILIO_ACCOUNT_SID="AC" + secrets.token_hex(16),
            TWILIO_AUTH_TOKEN=secrets.token_hex(16),
            TWILIO_PHONE_NUMBER=story.CARRYBACK_NUMBER,
            MAIL_FROM=MAIL_FROM,
            SMIME_CA_FILE=str(self.dir / "demo-ca.crt"),
            CARRYBACK_SIGNING_CERT=str(self.dir / "signing.crt"),
            CARRYBACK_SIGNING_KEY=str(self.dir / "signing.key"),
            # The number set up as docs/deploying.md recommends (Advanced Opt-Out,
            # its help and opt-in replies off): Carryback answers YES and HELP.
            TWILIO_OPT_OUT="carryback",
            CARRYBACK_SWEEP_AFTER="5",
            CARRYBACK_BRIEF_LEAD_MINUTES=str(BRIEF_LEAD_MINUTES),
            PYTHONUNBUFFERED="1",
        )

    def _prepare_tls(self) -> None:
        """The intake and console behind nginx on https, as in production, with this run's CA.

        Their upstream ports are chosen now so the proxy's configuration is
        whole before anything starts. Every process of the run, and the demo
        itself, trusts the run's CA by name (REQUESTS_CA_BUNDLE), so the
        Twilio stand-in posts its callbacks over verified https.
        """
        self.ca = LocalCa.create(self.dir / "tls")
        self.proxy = TlsProxy(self.dir / "proxy", self.ca)
        self.intake_port, self.console_port = free_port(), free_port()
        self.env.update(
            PUBLIC_BASE_URL=self.proxy.add(self.intake_port),
            CONSOLE_BASE_URL=self.proxy.add(self.console_port),
            # The console trusts X-Forwarded-Proto and -For from one hop: this proxy.
            CONSOLE_TRUSTED_PROXIES="1",
            REQUESTS_CA_BUNDLE=str(self.ca.ca_file),
        )
        self.https.verify = str(self.ca.ca_file)
        # requests lets REQUESTS_CA_BUNDLE in the shell outrank a session's own
        # verify; the demo's client trusts this run's CA whatever the shell says.
        self.https.trust_env = False

    def start_proxy(self) -> str:
        (self.dir / "proxy").mkdir(exist_ok=True)
        self.proxy.start()
        return f"intake {self.env['PUBLIC_BASE_URL']}, console {self.env['CONSOLE_BASE_URL']}"

    def https_ok(self, url: str) -> bool:
        """The service answers through the proxy, over TLS checked against the run's CA."""
        try:
            return self.https.get(url, timeout=2).status_code == 200
        except requests.RequestException:
            return False

    def start_redis(self) -> str:
        given = os.environ.get("REDIS_URL", "").strip()
        if given:
            self.env["REDIS_URL"] = given
            _ping(given)
            return "using the Redis in REDIS_URL"
        url = start_redis(self.supervisor, self.dir / "redis")
        self.env["REDIS_URL"] = url
        return f"port {urlsplit(url).port}"

    def start_outbox(self) -> str:
        self.outbox = Outbox(self.dir / "outbox", free_port())
        self.outbox.start()
        self.env["SMTP_URL"] = self.outbox.smtp_url
        return f"port {self.outbox.port}, writing to {self.outbox.directory}"

    def start_twilio_stand_in(self) -> str:
        port = free_port()
        self.env["TWILIO_API_BASE"] = f"http://127.0.0.1:{port}"
        argv = [*CLI, "simulate", "api", "--port", str(port), "--opt-out", "advanced"]
        stand_in = self.supervisor.start(
            "twilio", [*argv, "--no-reply", "HELP", "--no-reply", "START"]
        )
        self._wait_started(lambda: port_open(port), "the Twilio stand-in", stand_in.check_alive)
        return f"port {port}"

    def start_intake(self) -> str:
        port = self.intake_port
        argv = [*CLI, "serve", "intake", "--port", str(port), "--workers", "1"]
        intake = self.supervisor.start("intake", argv)
        health = f"{self.env['PUBLIC_BASE_URL']}/healthz"
        self._wait_started(lambda: self.https_ok(health), "the intake", intake.check_alive)
        return f"port {port}, public {self.env['PUBLIC_BASE_URL']}"

    def start_console(self) -> str:
        port = self.console_port
        url = self.env["CONSOLE_BASE_URL"]
        self.env.update(CONSOLE_SECRET_KEY=secrets.token_hex(32))
        argv = [*CLI, "serve", "console", "--port", str(port), "--workers", "1"]
        console = self.supervisor.start("console", argv)
        self._wait_started(
            lambda: self.https_ok(f"{url}/healthz"), "the console", console.check_alive
        )
        self.console = DemoLogin(url, story.CLINICIAN_EMAIL)
        return f"port {port}, public {url}"

    def check_console(self) -> str:
        self.console = prepare_login(
            self.env, self.console.url, story.CLINICIAN_EMAIL, story.CLIENT_TIMEZONE
        )
        self.browser = self.https
        return sign_in_and_find(self.console, story.CLIENT_NAME, self.browser)

    def switch_to_link(self) -> str:
        """The clinician now takes briefs by link; another session is booked and comes due."""
        self.cli("clinician", "delivery", story.CLINICIAN_EMAIL, "link")
        return self.bring_brief_due()

    def wait_for_link_notice(self) -> Path:
        assert self.outbox is not None
        outbox = self.outbox
        try:
            wait_until(
                lambda: any(_is_link_notice(path) for path in outbox.messages()),
                deadline_s=BRIEF_DEADLINE_S,
                what="the brief-ready e-mail in the outbox",
                alive=self.supervisor.check_alive,
            )
        except ProcessError as error:
            error.log = error.log or self.logs / "worker.log"
            raise
        return next(path for path in outbox.messages() if _is_link_notice(path))

    def check_link_notice(self, eml: Path) -> str:
        """No client material in the notice; returns its link."""
        message = email.message_from_bytes(eml.read_bytes())
        readable = "\n".join(
            [f"{k}: {v}" for k, v in message.items()]
            + [
                (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
                for part in message.walk()
                if part.get_content_maintype() == "text"
            ]
        )
        phone_digits = story.CLIENT_PHONE.lstrip("+")[-10:]
        labels = [cue.split("|")[0] for cue in story.CUES]
        canaries = [story.CLIENT_NAME, phone_digits, *labels, *story.TEXTS]
        leaked = [c for c in canaries if c.casefold() in readable.casefold()]
        if leaked:
            raise DemoError(
                f"the link-mode e-mail carries {len(leaked)} piece(s) of client material"
            )
        found = re.search(r"(https?://\S+/l/[A-Za-z0-9_\-]+)", readable)
        if not found:
            raise DemoError("the brief-ready e-mail has no link")
        return found.group(1)

    def start_worker_and_summary(self) -> str:
        worker = self.supervisor.start("worker", [*CLI, "-v", "worker"])
        # Crisis alerts get their own worker, as in production (docker-compose.yml).
        urgent = self.supervisor.start("worker-urgent", [*CLI, "-v", "worker", "--urgent"])
        summary = self.supervisor.start(
            "summary", [*CLI, "-v", "serve", "summary", "--interval", "1"]
        )
        redis = Redis.from_url(self.env["REDIS_URL"])
        self._wait_started(
            lambda: (
                {worker.process.pid, urgent.process.pid}
                <= {w.pid for w in Worker.all(connection=redis)}
            ),
            "the workers to register",
            self.supervisor.check_alive,
        )
        self._wait_started(
            lambda: "summary loop every" in tail(summary.log),
            "the summary loop",
            self.supervisor.check_alive,
        )
        return (
            f"worker pid {worker.process.pid}, urgent worker pid {urgent.process.pid}, "
            f"summary pid {summary.process.pid}"
        )

    def _wait_started(
        self, check: Callable[[], bool], what: str, alive: Callable[[], None]
    ) -> None:
        wait_until(check, deadline_s=START_DEADLINE_S, what=what, alive=alive)

    def cli(self, *args: str) -> str:
        """Run one ``carryback`` command with the demo's environment; its stdout."""
        try:
            result = subprocess.run(
                [*CLI, *args],
                env=self.env,
                cwd=REPO_ROOT,
                capture_output=True,
                text=True,
                timeout=CLI_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise DemoError(f"`carryback {args[0]}` took over {CLI_TIMEOUT_S} s") from None
        cli_log = self.logs / "cli.log"
        with cli_log.open("a", encoding="utf-8") as log:
            # The command name only: its arguments carry the client's details.
            log.write(f"$ carryback {args[0]} -> {result.returncode}\n{result.stderr}")
        if result.returncode != 0:
            reason = (result.stderr.strip().splitlines() or ["no message"])[-1]
            raise DemoError(f"`carryback {args[0]}` failed: {reason}", log=cli_log)
        return result.stdout

    def stop(self) -> None:
        if self.proxy is not None:
            self.proxy.stop()
        self.supervisor.stop_all()
        if self.outbox is not None:
            self.outbox.stop()
            self.outbox = None


def _ping(url: str, *, quiet: bool = False) -> bool:
    try:
        return bool(Redis.from_url(url, socket_connect_timeout=1).ping())
    except RedisError as error:
        if quiet:
            return False
        raise DemoError(f"cannot reach Redis at REDIS_URL: {error}") from None


def _is_link_notice(path: Path) -> bool:
    head = path.read_bytes()[:2048]
    return b"Subject: Carryback: a brief is ready" in head
