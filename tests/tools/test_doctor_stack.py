"""The operator's first hour against a running stack: `carryback twilio setup`, then `doctor`.

Every part runs as its own process, as in production and the demo: Redis,
an SMTP server, the Twilio stand-in (owning the number), the intake under
gunicorn behind nginx on https (a throwaway CA the processes trust by name),
a worker, the urgent worker and the summary loop, each started by its
`carryback` command.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from redis import Redis
from rq import Worker

from services.summary.heartbeat import HEARTBEAT_KEY
from shared.infra.smime import generate_self_signed
from shared.kernel import crypto
from tests.support.paths import REPO_ROOT
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER
from tools.devstack.processes import Service, Supervisor, free_port, port_open, wait_until
from tools.devstack.redis_server import start_redis
from tools.devstack.smtp import SwitchableSink
from tools.devstack.tls_proxy import LocalCa, TlsProxy, nginx_available

CLI = [sys.executable, "-m", "services.cli"]
START_DEADLINE_S = 60.0
CLINICIAN_EMAIL = "rivera@clinic.example.org"
MAIL_FROM = "briefs@carryback.example.org"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not nginx_available(), reason="nginx is not installed"),
]


def carryback(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """One `carryback` command with the deployment's environment, as an operator runs it."""
    return subprocess.run(
        [*CLI, *args], env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )


@dataclass
class Deployment:
    env: dict[str, str]
    supervisor: Supervisor
    urgent_worker: Service

    def carryback(self, *args: str) -> subprocess.CompletedProcess[str]:
        return carryback(self.env, *args)


def _environment(root: Path, proxy: TlsProxy, ca: LocalCa, intake_port: int) -> dict[str, str]:
    clinician_cert, _key = generate_self_signed("Dr Rivera", CLINICIAN_EMAIL)
    (root / "clinician.crt").write_bytes(clinician_cert)
    signing_cert, signing_key = generate_self_signed("Carryback", MAIL_FROM)
    (root / "signing.crt").write_bytes(signing_cert)
    (root / "signing.key").write_bytes(signing_key)
    inherited = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("CARRYBACK_", "TWILIO_", "SMIME_", "CONSOLE_", "REDIS_URL"))
    }
    return {
        **inherited,
        "DATABASE_URL": f"sqlite:///{root / 'carryback.sqlite3'}",
        "CARRYBACK_MASTER_KEY": crypto.generate_master_key(),
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_PHONE_NUMBER": TWILIO_NUMBER,
        "PUBLIC_BASE_URL": proxy.add(intake_port),
        "MAIL_FROM": MAIL_FROM,
        "CARRYBACK_OPERATOR_EMAIL": "ops@clinic.example.org",
        "SMIME_CA_FILE": str(root / "clinician.crt"),
        "CARRYBACK_SIGNING_CERT": str(root / "signing.crt"),
        "CARRYBACK_SIGNING_KEY": str(root / "signing.key"),
        "CONSOLE_SECRET_KEY": secrets.token_hex(32),
        # Every process, the doctor included, trusts this run's CA by name.
        "REQUESTS_CA_BUNDLE": str(ca.ca_file),
        "CARRYBACK_WORKER_TTL": "4",
        "CARRYBACK_SUMMARY_INTERVAL": "1",
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    root = tmp_path_factory.mktemp("deployment")
    ca = LocalCa.create(root / "tls")
    proxy = TlsProxy(root / "proxy", ca)
    intake_port, api_port = free_port(), free_port()
    env = _environment(root, proxy, ca, intake_port)
    supervisor = Supervisor(env, root / "logs", cwd=REPO_ROOT)
    smtp = SwitchableSink()
    try:
        env["REDIS_URL"] = start_redis(supervisor, root / "redis")
        smtp.up()
        env["SMTP_URL"] = smtp.smtp_url
        env["TWILIO_API_BASE"] = f"http://127.0.0.1:{api_port}"
        # The stand-in's account owns TWILIO_PHONE_NUMBER (from the environment).
        api = supervisor.start("twilio", [*CLI, "simulate", "api", "--port", str(api_port)])
        wait_until(
            lambda: port_open(api_port),
            deadline_s=START_DEADLINE_S,
            what="the stand-in",
            alive=api.check_alive,
        )
        for command in (
            ["db", "upgrade"],
            ["clinician", "add", "--name", "Dr Rivera", "--email", CLINICIAN_EMAIL,
             "--cert", str(root / "clinician.crt")],
        ):  # fmt: skip
            done = carryback(env, *command)
            assert done.returncode == 0, done.stderr
        proxy.directory.mkdir(parents=True, exist_ok=True)
        proxy.start()
        intake = supervisor.start(
            "intake", [*CLI, "serve", "intake", "--port", str(intake_port), "--workers", "1"]
        )
        health = f"{env['PUBLIC_BASE_URL']}/healthz"
        wait_until(
            lambda: _https_ok(health, ca),
            deadline_s=START_DEADLINE_S,
            what="the intake through nginx",
            alive=intake.check_alive,
        )
        worker = supervisor.start("worker", [*CLI, "worker"])
        urgent = supervisor.start("worker-urgent", [*CLI, "worker", "--urgent"])
        supervisor.start("summary", [*CLI, "serve", "summary"])
        redis = Redis.from_url(env["REDIS_URL"])
        wait_until(
            lambda: (
                {worker.process.pid, urgent.process.pid}
                <= {w.pid for w in Worker.all(connection=redis)}
                and redis.exists(HEARTBEAT_KEY) == 1
            ),
            deadline_s=START_DEADLINE_S,
            what="the workers to register and the summary loop to tick",
            alive=supervisor.check_alive,
        )
        yield Deployment(env, supervisor, urgent)
    finally:
        proxy.stop()
        supervisor.stop_all()
        smtp.down()


def _https_ok(url: str, ca: LocalCa) -> bool:
    try:
        return requests.get(url, timeout=2, verify=str(ca.ca_file)).status_code == 200
    except requests.RequestException:
        return False


def _number(deployment: Deployment) -> dict[str, str]:
    response = requests.get(
        f"{deployment.env['TWILIO_API_BASE']}/2010-04-01/Accounts/{ACCOUNT_SID}/IncomingPhoneNumbers.json",
        params={"PhoneNumber": TWILIO_NUMBER},
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=10,
    )
    response.raise_for_status()
    (number,) = response.json()["incoming_phone_numbers"]
    return number


def test_setup_points_the_number_here_once_then_the_doctor_is_all_green(deployment) -> None:
    before = deployment.carryback("doctor")
    assert before.returncode == 1
    assert "twilio: " in before.stdout and "carryback twilio setup" in before.stdout

    first = deployment.carryback("twilio", "setup")
    assert first.returncode == 0, first.stderr
    public = deployment.env["PUBLIC_BASE_URL"]
    demo_sms = "https://demo.twilio.com/welcome/sms/reply"
    assert f"SmsUrl: {demo_sms} -> {public}/twilio/sms" in first.stdout
    assert f"VoiceFallbackUrl: (none) -> {public}/twilio/voice" in first.stdout
    number = _number(deployment)
    assert number["sms_url"] == number["sms_fallback_url"] == f"{public}/twilio/sms"
    assert number["voice_url"] == number["voice_fallback_url"] == f"{public}/twilio/voice"
    assert number["sms_method"] == number["voice_method"] == "POST"

    second = deployment.carryback("twilio", "setup")
    assert second.returncode == 0
    assert "nothing to change" in second.stdout
    assert " -> " not in second.stdout
    assert _number(deployment)["date_updated"] == number["date_updated"]

    doctor = deployment.carryback("doctor")
    print(doctor.stdout)
    assert doctor.returncode == 0, doctor.stdout
    checks = [line for line in doctor.stdout.splitlines() if line.startswith("[")]
    assert len(checks) == 13  # settings ... the spool
    assert any(line.startswith("[ ok ] spool") for line in checks), doctor.stdout
    assert all(line.startswith("[ ok ]") for line in checks), doctor.stdout
    for secret in (AUTH_TOKEN, deployment.env["CARRYBACK_MASTER_KEY"]):
        assert secret not in doctor.stdout + first.stdout + second.stdout


def test_with_the_urgent_worker_stopped_the_doctor_names_it_and_fails(deployment) -> None:
    assert deployment.carryback("twilio", "setup").returncode == 0
    deployment.supervisor.stop(deployment.urgent_worker)  # SIGTERM: it deregisters
    doctor = deployment.carryback("doctor")
    print(doctor.stdout)
    assert doctor.returncode == 1
    red = [line for line in doctor.stdout.splitlines() if line.startswith("[FAIL]")]
    assert len(red) == 1, doctor.stdout
    assert red[0].startswith("[FAIL] urgent worker: none running")
    assert "carryback worker --urgent" in red[0]
    assert "[ ok ] worker: 1 running" in doctor.stdout
    assert "\x1b[" not in doctor.stdout  # plain text when piped: no colour codes
