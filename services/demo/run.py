"""``make demo``: the whole loop on loopback, with real parts, in under a minute.

Redis, an SMTP server, the Twilio stand-in, the intake, a worker and the
summary service run as they would in production, configured only through the
environment. The demo then plays the client's week (texts and voice notes
through signed webhooks), waits for the worker to tag everything, moves the
session up so its brief comes due, and opens the encrypted brief with the
clinician's key.
"""

from __future__ import annotations

import email
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import requests
from redis import Redis
from redis.exceptions import RedisError
from rq import Worker

from services.demo import story
from services.demo.console import (
    DemoLogin,
    open_brief_link,
    prepare_login,
    print_login,
    sign_in_and_find,
)
from services.demo.outbox import OpenedBrief, open_brief
from services.simulator.api import SimulatorControl
from services.simulator.webhooks import WebhookSender
from shared.db.models import NoticingStatus
from shared.infra.smime import generate_ca, issue_certificate, write_private
from shared.kernel import crypto
from tests.support.processes import (
    ProcessError,
    Supervisor,
    free_port,
    http_ok,
    port_open,
    tail,
    wait_until,
)
from tests.support.redis_server import start_redis
from tests.support.smtp import Outbox

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
TOTAL_STEPS = 23
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


class Demo:
    """One run: its directory, its processes and the client it enrols."""

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

    # --- set-up -------------------------------------------------------------

    def prepare_directory(self) -> None:
        """A clean var/demo, a throwaway master key, the clinician's key and certificate."""
        if self.dir.exists() and any(self.dir.iterdir()) and not (self.dir / MARKER).exists():
            # Only ever wipe a directory an earlier demo run made.
            raise DemoError(f"{self.dir} is not empty and holds no earlier demo; not wiping it")
        shutil.rmtree(self.dir, ignore_errors=True)
        self.logs.mkdir(parents=True)
        (self.dir / MARKER).write_text("made by `python -m services.demo`; wiped at each run\n")
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
        self.env.update(
            DATABASE_URL=f"sqlite:///{self.dir / 'carryback.sqlite3'}",
            CARRYBACK_MASTER_KEY=crypto.generate_master_key(),
            TWILIO_ACCOUNT_SID="AC" + secrets.token_hex(16),
            TWILIO_AUTH_TOKEN=secrets.token_hex(16),
            TWILIO_PHONE_NUMBER=story.CARRYBACK_NUMBER,
            MAIL_FROM=MAIL_FROM,
            SMIME_CA_FILE=str(self.dir / "demo-ca.crt"),
            CARRYBACK_SIGNING_CERT=str(self.dir / "signing.crt"),
            CARRYBACK_SIGNING_KEY=str(self.dir / "signing.key"),
            CARRYBACK_SWEEP_AFTER="5",
            CARRYBACK_BRIEF_LEAD_MINUTES=str(BRIEF_LEAD_MINUTES),
            PYTHONUNBUFFERED="1",
        )

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
        stand_in = self.supervisor.start("twilio", [*CLI, "simulate", "api", "--port", str(port)])
        self._wait_started(lambda: port_open(port), "the Twilio stand-in", stand_in.check_alive)
        return f"port {port}"

    def start_intake(self) -> str:
        port = free_port()
        self.env["PUBLIC_BASE_URL"] = f"http://127.0.0.1:{port}"
        argv = [*CLI, "serve", "intake", "--port", str(port), "--workers", "1"]
        intake = self.supervisor.start("intake", argv)
        health = f"http://127.0.0.1:{port}/healthz"
        self._wait_started(lambda: http_ok(health), "the intake", intake.check_alive)
        return f"port {port}"

    def start_console(self) -> str:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        self.env.update(CONSOLE_SECRET_KEY=secrets.token_hex(32), CONSOLE_BASE_URL=url)
        argv = [*CLI, "serve", "console", "--port", str(port), "--workers", "1"]
        console = self.supervisor.start("console", argv)
        self._wait_started(lambda: http_ok(f"{url}/healthz"), "the console", console.check_alive)
        self.console = DemoLogin(url, story.CLINICIAN_EMAIL)
        return f"port {port}"

    def check_console(self) -> str:
        self.console = prepare_login(
            self.env, self.console.url, story.CLINICIAN_EMAIL, story.CLIENT_TIMEZONE
        )
        self.browser = requests.Session()
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

    # --- the story ----------------------------------------------------------

    def enrol(self) -> str:
        self.cli("db", "upgrade")
        self.cli(
            "clinician", "add",
            "--name", story.CLINICIAN_NAME,
            "--email", story.CLINICIAN_EMAIL,
            "--cert", str(self.cert_path),
        )  # fmt: skip
        added = self.cli(
            "client", "add",
            "--clinician", story.CLINICIAN_EMAIL,
            "--phone", story.CLIENT_PHONE,
            "--name", story.CLIENT_NAME,
            "--tz", self.tz,
        )  # fmt: skip
        self.client_id = added.strip().splitlines()[-1]
        # Booked for tomorrow, so today's nudge shows; moved up once the week is in.
        self.set_practice(self.local_now() + timedelta(days=1))
        return f"client {self.client_id}, {len(story.CUES)} cues, living in {self.tz}"

    def local_now(self) -> datetime:
        return datetime.now(ZoneInfo(self.tz))

    def stand_in(self) -> SimulatorControl:
        return SimulatorControl(self.env["TWILIO_API_BASE"])

    def wait_for_messages(self, count: int) -> list[dict[str, object]]:
        """Poll the stand-in until ``count`` texts were sent to the client."""
        sent: list[dict[str, object]] = []

        def arrived() -> bool:
            nonlocal sent
            sent = [m for m in self.stand_in().messages() if m["to"] == story.CLIENT_PHONE]
            return len(sent) >= count

        wait_until(
            arrived,
            deadline_s=MESSAGES_DEADLINE_S,
            what=f"{count} text(s) at the Twilio stand-in",
            alive=self.supervisor.check_alive,
            interval_s=0.5,
        )
        return sent

    def receive_welcome(self) -> str:
        [welcome] = self.wait_for_messages(1)
        return str(welcome["body"])

    def reply(self, body: str) -> str:
        sender = WebhookSender(
            self.env["PUBLIC_BASE_URL"],
            self.env["TWILIO_AUTH_TOKEN"],
            self.env["TWILIO_ACCOUNT_SID"],
        )
        response = sender.sms(story.CLIENT_PHONE, body, to=story.CARRYBACK_NUMBER)
        answer = response.text.split("<Message>", 1)[-1].split("</Message>", 1)[0]
        return f"{body} -> {answer}"

    def choose_reminders(self) -> str:
        """A reminder today at the next whole minute, and the nudge for tomorrow's session."""
        slot = (self.local_now() + timedelta(seconds=75)).replace(second=0, microsecond=0)
        output = self.cli(
            "practice", "set", self.client_id,
            "--remind", f"{slot:%a} {slot:%H:%M}",
            "--nudge", f"{slot:%H:%M}",
            "--yes",
        )  # fmt: skip
        return output.strip().replace("\n", "\n      ")

    def receive_reminder_and_nudge(self) -> list[dict[str, object]]:
        return self.wait_for_messages(3)

    def set_practice(self, next_session: datetime) -> None:
        cue_options = [arg for cue in story.CUES for arg in ("--cue", cue)]
        self.cli(
            "practice", "set", self.client_id,
            *cue_options,
            "--action", story.ACTION,
            "--carry-back", story.CARRY_BACK,
            "--next-session", f"{next_session:%Y-%m-%d %H:%M}",
        )  # fmt: skip

    def send_texts(self) -> str:
        sender = WebhookSender(
            self.env["PUBLIC_BASE_URL"],
            self.env["TWILIO_AUTH_TOKEN"],
            self.env["TWILIO_ACCOUNT_SID"],
        )
        for body in story.TEXTS:
            try:
                response = sender.sms(story.CLIENT_PHONE, body, to=story.CARRYBACK_NUMBER)
            except requests.RequestException as error:
                raise DemoError(
                    f"cannot reach the intake: {type(error).__name__}", log=self.logs / "intake.log"
                ) from None
            if response.status_code != 200:
                raise DemoError(
                    f"the intake answered HTTP {response.status_code} to a text",
                    log=self.logs / "intake.log",
                )
        return f"{len(story.TEXTS)} texts, each answered"

    def leave_voice_notes(self) -> str:
        for note in story.VOICE_NOTES:
            self.cli("simulate", "call", "--from", story.CLIENT_PHONE, str(note.path))
        return f"{len(story.VOICE_NOTES)} calls recorded"

    def wait_until_tagged(self) -> list[dict[str, object]]:
        records: list[dict[str, object]] = []

        def all_tagged() -> bool:
            nonlocal records
            output = self.cli("noticings", self.client_id, "--json")
            records = [json.loads(line) for line in output.splitlines() if line.strip()]
            failed = [r for r in records if r["status"] == NoticingStatus.FAILED]
            if failed:
                raise DemoError(
                    f"{len(failed)} noticing(s) failed in the worker", log=self.logs / "worker.log"
                )
            done = [r for r in records if r["status"] == NoticingStatus.TAGGED]
            return len(done) == story.EXPECTED_NOTICINGS

        try:
            wait_until(
                all_tagged,
                deadline_s=TAGGING_DEADLINE_S,
                what=f"{story.EXPECTED_NOTICINGS} tagged noticings",
                alive=self.supervisor.check_alive,
                interval_s=0.3,
            )
        except ProcessError as error:
            error.log = error.log or self.logs / "worker.log"
            raise
        return records

    def bring_brief_due(self) -> str:
        """Move the session up: it starts within the lead, so its brief is due now."""
        starts = self.local_now().replace(second=0, microsecond=0) + timedelta(
            minutes=BRIEF_LEAD_MINUTES
        )
        self.set_practice(starts)
        return f"session at {starts:%H:%M} {self.tz}"

    def wait_for_brief(self) -> Path:
        assert self.outbox is not None
        outbox = self.outbox

        def brief_arrived() -> bool:
            return any(_is_brief(path) for path in outbox.messages())

        try:
            wait_until(
                brief_arrived,
                deadline_s=BRIEF_DEADLINE_S,
                what="the brief in the outbox",
                alive=self.supervisor.check_alive,
            )
        except ProcessError as error:
            error.log = error.log or self.logs / "worker.log"
            raise
        return next(path for path in outbox.messages() if _is_brief(path))

    def open_and_check(self, eml: Path) -> OpenedBrief:
        try:
            opened = open_brief(eml, self.key_path)
        except ValueError as error:
            raise DemoError(str(error)) from None
        (self.dir / "brief.txt").write_text(opened.text, encoding="utf-8")
        (self.dir / "brief.html").write_text(opened.html, encoding="utf-8")
        missing = [text for text in story.TEXTS if text not in opened.text]
        if missing:
            raise DemoError(f"{len(missing)} texted noticing(s) are not verbatim in the brief")
        if opened.text.count("voice note, automatic transcript") < len(story.VOICE_NOTES):
            raise DemoError("the voice notes are not in the brief")
        if "The client chose a pause from" not in opened.text:
            raise DemoError("the brief does not mention the pause the client chose")
        return opened

    # --- plumbing -----------------------------------------------------------

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
        self.supervisor.stop_all()
        if self.outbox is not None:
            self.outbox.stop()
            self.outbox = None

    def run(self) -> None:
        step = self.progress.step
        with step(f"preparing {self.dir}"):
            self.prepare_directory()
        with step("starting Redis"):
            detail = self.start_redis()
        print(f"      {detail}")
        for title, action in (
            ("starting the SMTP outbox", self.start_outbox),
            ("starting the Twilio stand-in", self.start_twilio_stand_in),
            ("starting the intake", self.start_intake),
            # The console first: its URL is where the summary service's links point.
            ("starting the clinician console", self.start_console),
            ("starting the worker and the summary service", self.start_worker_and_summary),
        ):
            with step(title):
                detail = action()
            print(f"      {detail}")
        story_started = time.monotonic()
        with step("enrolling the clinician and the client"):
            detail = self.enrol()
        print(f"      {detail}")
        with step("the client receives the welcome"):
            welcome = self.receive_welcome()
        print(f"      {welcome}")
        with step("the client replies YES"):
            detail = self.reply(story.CONSENT)
        print(f"      {detail}")
        with step("the client chooses a reminder and the pre-session nudge"):
            detail = self.choose_reminders()
        print(f"      {detail}")
        with step("the client texts their week"):
            detail = self.send_texts()
        print(f"      {detail}")
        with step("the client leaves voice notes"):
            detail = self.leave_voice_notes()
        print(f"      {detail}")
        with step("waiting for the worker to tag every noticing"):
            records = self.wait_until_tagged()
        _print_noticings(records)
        with step("the reminder and the nudge arrive in their slot"):
            sent = self.receive_reminder_and_nudge()
        print("      the Twilio stand-in holds these texts to the client:")
        for message in sent:
            print(f"      [{message['status']}] {message['body']}")
        with step("the client texts PAUSE for the rest of the week"):
            detail = self.reply(story.PAUSE)
        print(f"      {detail}")
        with step("moving the session up so its brief comes due"):
            detail = self.bring_brief_due()
        print(f"      {detail}")
        with step("waiting for the encrypted brief in the outbox"):
            eml = self.wait_for_brief()
        print(f"      {eml}")
        with step(f"decrypting it with {self.key_path.name}"):
            opened = self.open_and_check(eml)
        print()
        print(f"Subject: {opened.subject}")
        print()
        print(opened.text)
        print(f"HTML with the chart: {self.dir / 'brief.html'}")
        with step("signing in to the console as the clinician (password and TOTP)"):
            detail = self.check_console()
        print(f"      {detail}")
        with step("the clinician switches to briefs by link; the next session comes due"):
            detail = self.switch_to_link()
        print(f"      {detail}")
        with step("waiting for the brief-ready e-mail (no client material in it)"):
            notice = self.wait_for_link_notice()
            link = self.check_link_notice(notice)
        print(f"      {notice}")
        print(f"      link: {link}")
        with step("opening the link in the console, signed in"):
            detail = open_brief_link(self.browser, link, story.CLIENT_NAME)
        print(f"      the brief is on {detail}")
        print(f"The story took {time.monotonic() - story_started:.1f} s after set-up.")


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


def _is_brief(path: Path) -> bool:
    head = path.read_bytes()[:4096]
    return b"Subject: Pre-session brief" in head


def _print_noticings(records: list[dict[str, object]]) -> None:
    for record in records:
        cues = ", ".join(record["cues"]) or "no cue"  # type: ignore[arg-type]
        extras = []
        if record["intensity"] is not None:
            extras.append(f"intensity {record['intensity']}")
        if record["barrier"]:
            extras.append("barrier")
        extra = f" [{', '.join(extras)}]" if extras else ""
        print(f"      {record['kind']:5} ({cues}){extra}: {record['text']}")


def _raise_interrupted(signum: int, _frame: FrameType | None) -> None:
    raise Interrupted(signal.Signals(signum).name)


def main() -> int:
    """Run the demo; 0 on success, 1 on failure, 130 when interrupted."""
    demo_dir = Path(os.environ.get("CARRYBACK_DEMO_DIR", "") or DEFAULT_DEMO_DIR)
    demo = Demo(demo_dir)
    keep_console = "--keep-console" in sys.argv[1:]
    signal.signal(signal.SIGTERM, _raise_interrupted)
    signal.signal(signal.SIGINT, _raise_interrupted)
    try:
        demo.run()
        if keep_console:
            print_login(demo.console)
            while True:
                demo.supervisor.check_alive()
                time.sleep(1)
        return 0
    except Interrupted as why:
        print(f"\ninterrupted ({why}); stopping everything", file=sys.stderr)
        return 130
    except ProcessError as error:
        print(f"\ndemo failed: {error}", file=sys.stderr)
        if error.log is not None:
            print(f"--- last lines of {error.log} ---", file=sys.stderr)
            print(tail(error.log), file=sys.stderr)
        return 1
    finally:
        # A second Ctrl-C must not leave half the services running.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        demo.stop()
