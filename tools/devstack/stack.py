"""The whole Carryback stack as separate processes, for chaos tests and bench/alerts.py.

Intake under gunicorn, workers, the summary service and (for voice notes) the
Twilio stand-in run as ``carryback`` commands configured only through the
environment, on a Redis that can be killed, paused and restarted
(:class:`~tools.devstack.redis_server.RedisServer`) and an SMTP server that can
be down or hang at DATA (:class:`~tools.devstack.smtp.SwitchableSink`). Timings
are shortened through the settings (a worker counts as dead after 4 s, the
summary ticks every second); production defaults are untouched.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from redis import Redis
from rq import Queue, Worker
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from services.simulator.api import SimulatorControl
from services.simulator.webhooks import WebhookSender, new_sid
from shared.db import Database
from shared.db.models import Client, Noticing, NoticingStatus, TherapySession
from shared.infra.jobs import QUEUES
from shared.infra.smime import generate_self_signed
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.language.cues import parse_cue_option
from shared.roster.clients import add_client, add_clinician, get_client, set_practice
from shared.vault.keys import KeyStore
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER
from tools.devstack.processes import (
    Service,
    Supervisor,
    free_port,
    http_ok,
    port_open,
    wait_until,
)
from tools.devstack.redis_server import RedisServer
from tools.devstack.smtp import SwitchableSink

REPO_ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "services.cli"]
CLINICIAN_EMAIL = "rivera@clinic.example.org"
CLIENT_PHONE = "+14155550100"
MAIL_FROM = "briefs@carryback.example.org"
START_DEADLINE_S = 90.0
BRIEF_LEAD_MINUTES = 60
CUES = ("tight chest before the meeting|standup|chest", "the foreman is online|foreman")

FAST_SETTINGS = {
    "CARRYBACK_WORKER_TTL": "4",
    "CARRYBACK_SUMMARY_INTERVAL": "1",
    "CARRYBACK_SWEEP_AFTER": "3",
    "CARRYBACK_SMTP_TIMEOUT": "4",
}


class Stack:
    """One Carryback installation under ``root``: its processes, Redis, SMTP and database."""

    def __init__(self, root: Path, database_url: str | None = None, **settings: str) -> None:
        self.root = root
        self.logs = root / "logs"
        self.supervisor = Supervisor({}, self.logs, cwd=REPO_ROOT)
        self.redis = RedisServer(self.supervisor, root / "redis")
        self.smtp = SwitchableSink()
        self.database_path = root / "carryback.sqlite3"
        self.intake_port = free_port()
        self.simulator_port = free_port()
        # The clinician's self-signed certificate is trusted explicitly, as the
        # services accept a self-signed recipient only from SMIME_CA_FILE.
        root.mkdir(parents=True, exist_ok=True)
        self.clinician_cert, clinician_key = generate_self_signed("Dr Rivera", CLINICIAN_EMAIL)
        (root / "clinician.key").write_bytes(clinician_key)
        (root / "trusted.pem").write_bytes(self.clinician_cert)
        # Briefs and alerts go out signed: the services refuse to start otherwise.
        signing_cert, signing_key = generate_self_signed("Carryback", MAIL_FROM)
        (root / "signing.crt").write_bytes(signing_cert)
        (root / "signing.key").write_bytes(signing_key)
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("CARRYBACK_", "TWILIO_"))},
            # SQLite in the root, or the database given (a PgCluster's, for one).
            "DATABASE_URL": database_url or f"sqlite:///{self.database_path}",
            "CARRYBACK_SPOOL_DIR": str(root / "spool"),
            "REDIS_URL": self.redis.url,
            "CARRYBACK_MASTER_KEY": crypto.generate_master_key(),
            "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_PHONE_NUMBER": TWILIO_NUMBER,
            "TWILIO_API_BASE": f"http://127.0.0.1:{self.simulator_port}",
            "PUBLIC_BASE_URL": f"http://127.0.0.1:{self.intake_port}",
            "SMTP_URL": self.smtp.smtp_url,
            "MAIL_FROM": MAIL_FROM,
            "SMIME_CA_FILE": str(root / "trusted.pem"),
            "CARRYBACK_SIGNING_CERT": str(root / "signing.crt"),
            "CARRYBACK_SIGNING_KEY": str(root / "signing.key"),
            "PYTHONUNBUFFERED": "1",
            **FAST_SETTINGS,
            **settings,
        }
        self.supervisor.env = self.env
        self.sender = WebhookSender(self.env["PUBLIC_BASE_URL"], AUTH_TOKEN, ACCOUNT_SID)
        # Extra environment for the summary service alone (a skewed clock, say).
        self.summary_env: dict[str, str] = {}
        self.workers: list[Service] = []
        self._started_workers = 0
        self.sent: list[str] = []  # MessageSid / RecordingSid of every noticing accepted
        self._db: Database | None = None
        self.client_id = ""

    # --- processes -------------------------------------------------------------

    def start(
        self,
        *,
        workers: int = 1,
        urgent_worker: bool = False,
        voice: bool = False,
        next_session: datetime | None = None,
    ) -> None:
        """Redis, SMTP, the schema, every service and the enrolment; returns once all answer.

        The clinician and client are enrolled (in this process, through the
        domain, as the CLI would) while the services start.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        self.redis.start()
        self.smtp.up()
        self.db.upgrade()
        if voice:
            simulator = self.supervisor.start(
                "twilio", [*CLI, "simulate", "api", "--port", str(self.simulator_port)]
            )
            wait_until(
                lambda: port_open(self.simulator_port),
                deadline_s=START_DEADLINE_S,
                what="the Twilio stand-in",
                alive=simulator.check_alive,
            )
        argv = [*CLI, "serve", "intake", "--port", str(self.intake_port), "--workers", "2"]
        intake = self.supervisor.start("intake", argv)
        for _ in range(workers):
            self.start_worker()
        if urgent_worker:
            self.start_worker(urgent=True)
        summary_env = {**self.env, **self.summary_env} if self.summary_env else None
        self.supervisor.start("summary", [*CLI, "-v", "serve", "summary"], env=summary_env)
        self.enrol(next_session=next_session or datetime.now(UTC) + timedelta(days=30))
        wait_until(
            lambda: http_ok(f"http://127.0.0.1:{self.intake_port}/healthz"),
            deadline_s=START_DEADLINE_S,
            what="the intake",
            alive=intake.check_alive,
        )
        self.wait_for_workers()

    def wait_for_workers(self) -> None:
        """Until every worker process has registered with Redis."""
        redis = Redis.from_url(self.redis.url)
        wait_until(
            lambda: (
                {w.process.pid for w in self.workers}
                <= {w.pid for w in Worker.all(connection=redis)}
            ),
            deadline_s=START_DEADLINE_S,
            what="the workers to register",
            alive=self.supervisor.check_alive,
        )

    def start_worker(self, *, urgent: bool = False) -> Service:
        self._started_workers += 1
        name = f"worker-{'urgent-' if urgent else ''}{self._started_workers}"
        argv = [*CLI, "-v", "worker", *(["--urgent"] if urgent else [])]
        worker = self.supervisor.start(name, argv)
        self.workers.append(worker)
        return worker

    def kill(self, service: Service) -> None:
        """SIGKILL the service's whole process group (its RQ scheduler too), as a crash would."""
        service.kill()
        self.supervisor.services.remove(service)
        if service in self.workers:
            self.workers.remove(service)

    def restart_intake(self) -> None:
        """SIGKILL the intake (gunicorn and its workers) and start it again on the same port."""
        for service in [s for s in self.supervisor.services if s.name.startswith("intake")]:
            self.kill(service)
        self._intakes = getattr(self, "_intakes", 1) + 1
        argv = [*CLI, "serve", "intake", "--port", str(self.intake_port), "--workers", "2"]
        intake = self.supervisor.start(f"intake-{self._intakes}", argv)
        wait_until(
            lambda: http_ok(f"http://127.0.0.1:{self.intake_port}/healthz"),
            deadline_s=START_DEADLINE_S,
            what="the intake",
            alive=intake.check_alive,
        )

    def text_as(self, sid: str, body: str) -> int:
        """The client's text under a given MessageSid (Twilio redelivering one); the status."""
        status = self.sender.sms(CLIENT_PHONE, body, to=TWILIO_NUMBER, message_sid=sid).status_code
        if status == 200 and sid not in self.sent:
            self.sent.append(sid)
        return status

    def service_commands(self) -> dict[str, list[str]]:
        """How the intake, a worker and the summary service are started here, by name."""
        return {
            "intake": [*CLI, "serve", "intake", "--port", str(self.intake_port), "--workers", "1"],
            "worker": [*CLI, "worker"],
            "summary": [*CLI, "serve", "summary"],
        }

    def run_to_exit(
        self, name: str, argv: list[str], *, deadline_s: float, **overrides: str
    ) -> subprocess.CompletedProcess[str]:
        """Run a service expected to refuse to start (``overrides`` on its environment).

        Its exit code and output; a service that starts instead is stopped at
        ``deadline_s`` and the TimeoutExpired names it.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        return subprocess.run(
            argv,
            env={**self.env, **overrides},
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=deadline_s,
            check=False,
        )

    def stop(self) -> None:
        self.supervisor.stop_all()
        self.smtp.down()
        if self._db is not None:
            self._db.dispose()

    # --- the story -------------------------------------------------------------

    def enrol(self, *, next_session: datetime) -> str:
        """A clinician with a certificate and a client with two cues; the client id."""
        cert_pem = self.clinician_cert
        keys = KeyStore(decode_master_key(self.env["CARRYBACK_MASTER_KEY"]))
        with self.db.session() as session:
            clinician = add_clinician(
                session, name="Dr Rivera", email=CLINICIAN_EMAIL, certificate_pem=cert_pem
            )
            client = add_client(
                session,
                keys,
                clinician=clinician,
                phone=CLIENT_PHONE,
                name="Sam Okafor",
                timezone="UTC",
            )
            self.client_id = client.id
            self.schedule(session, keys, client, next_session)
        return self.client_id

    def bring_brief_due(self, starts_in: timedelta) -> None:
        """Book the next session so soon that its brief is due now."""
        keys = KeyStore(decode_master_key(self.env["CARRYBACK_MASTER_KEY"]))
        with self.db.session() as session:
            client = get_client(session, self.client_id)
            self.schedule(session, keys, client, datetime.now(UTC) + starts_in)

    @staticmethod
    def schedule(session: OrmSession, keys: KeyStore, client: Client, at: datetime) -> None:
        set_practice(
            session,
            keys,
            client,
            cues=[parse_cue_option(cue) for cue in CUES],
            action="three slow breaths",
            carry_back="what got in the way",
            nothing_this_week=False,
            next_session_at=at,
            lead_minutes=BRIEF_LEAD_MINUTES,
        )

    def text(self, body: str) -> int:
        """A signed SMS from the client; the intake's HTTP status. Its sid joins ``sent``."""
        sid = new_sid("SM")
        status = self.sender.sms(CLIENT_PHONE, body, to=TWILIO_NUMBER, message_sid=sid).status_code
        if status == 200:
            self.sent.append(sid)
        return status

    def voice_note(self, audio: Path) -> int:
        """A call leaving ``audio`` as its recording; the recording callback's status."""
        recording_sid = SimulatorControl(self.env["TWILIO_API_BASE"]).add_recording(
            audio.read_bytes()
        )
        call_sid = new_sid("CA")
        self.sender.call(CLIENT_PHONE, to=TWILIO_NUMBER, call_sid=call_sid)
        status = self.sender.recording(
            call_sid=call_sid,
            recording_sid=recording_sid,
            duration_s=5,
            api_base=self.env["TWILIO_API_BASE"],
        ).status_code
        if status < 300:
            self.sent.append(recording_sid)
        return status

    # --- what a test looks at ----------------------------------------------------

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = Database(self.env["DATABASE_URL"])
        return self._db

    def noticings(self) -> list[Noticing]:
        with self.db.session() as session:
            rows = list(session.execute(select(Noticing)).scalars())
            session.expunge_all()
            return rows

    def sessions(self) -> list[TherapySession]:
        with self.db.session() as session:
            rows = list(session.execute(select(TherapySession)).scalars())
            session.expunge_all()
            return rows

    def all_stored_once_and_tagged(self) -> bool:
        """Every noticing accepted is stored (once: sids are unique) and tagged."""
        rows = self.noticings()
        return sorted(row.source_sid for row in rows) == sorted(self.sent) and all(
            row.status == NoticingStatus.TAGGED for row in rows
        )

    def noticing_count(self) -> int:
        with self.db.session() as session:
            return session.execute(select(func.count(Noticing.id))).scalar_one()

    def queues_idle(self) -> bool:
        """No job waiting, scheduled or running in Redis."""
        redis = Redis.from_url(self.redis.url)
        for name in QUEUES:
            queue = Queue(name, connection=redis)
            busy = queue.count + queue.started_job_registry.count
            busy += queue.scheduled_job_registry.count
            if busy:
                return False
        return True

    def wait(self, check: Callable[[], bool], *, deadline_s: float, what: str) -> float:
        return wait_until(
            check,
            deadline_s=deadline_s,
            what=what,
            alive=self.supervisor.check_alive,
            interval_s=0.2,
        )

    def files_holding(self, needle: bytes) -> list[Path]:
        """Logs, Redis's data files and the database (WAL included) that contain ``needle``."""
        places = [*self.logs.glob("*.log"), *self.redis.data_files()]
        places += [p for p in self.root.glob("carryback.sqlite3*") if p.is_file()]
        places += [p for p in (self.root / "spool").glob("*") if p.is_file()]
        return [path for path in places if needle in path.read_bytes()]
