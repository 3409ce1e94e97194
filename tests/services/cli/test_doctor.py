"""`carryback doctor`, one check at a time: what each says, and the fix on each red line."""

from __future__ import annotations

import smtplib
import sqlite3
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from aiosmtpd.smtp import AuthResult
from click.testing import CliRunner
from redis import Redis
from rq import Queue, Worker

from services import runtime
from services.cli import doctor, doctor_run, main, twilio_number
from services.cli.doctor import Status
from services.simulator.api import BackgroundServer, create_simulator_app
from services.simulator.numbers import buy_number
from services.summary import heartbeat
from shared.db import MIGRATIONS, Database, upgrade
from shared.db.models import Clinician
from shared.infra.jobs import QUEUES, URGENT
from shared.infra.smime import generate_self_signed
from shared.kernel.config import Settings, load_settings
from shared.roster.clients import add_clinician
from tests.support.env import make_env
from tests.support.webhooks import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER
from tools.devstack.smtp import Inbox, smtp_sink
from tools.devstack.tls_proxy import LocalCa

MAIL_FROM = "briefs@carryback.example.org"
COMPLETE = {
    "SMTP_URL": "smtp://127.0.0.1:25",
    "MAIL_FROM": MAIL_FROM,
    "CARRYBACK_SIGN_MAIL": "off",
    "CONSOLE_SECRET_KEY": "k" * 32,
    "CARRYBACK_OPERATOR_EMAIL": "ops@clinic.example.org",
}


def settings_with(database_url: str = "sqlite:///unused.sqlite3", **extra: str) -> Settings:
    return load_settings(make_env(database_url, "redis://127.0.0.1:1/0", **extra).values)


# --- settings --------------------------------------------------------------------------


def test_settings_complete_or_the_missing_variable_named() -> None:
    env = make_env("sqlite:///x.sqlite3", "redis://127.0.0.1:1/0", **COMPLETE).values
    result, settings = doctor.check_settings(env)
    assert (result.status, result.detail) == (Status.OK, "complete") and settings is not None

    result, settings = doctor.check_settings({**env, "CARRYBACK_MASTER_KEY": ""})
    assert result.status is Status.FAIL and settings is None
    assert result.detail == "CARRYBACK_MASTER_KEY is not set" and ".env.example" in result.fix

    result, settings = doctor.check_settings({**env, "CONSOLE_SECRET_KEY": ""})
    assert result.status is Status.FAIL and "CONSOLE_SECRET_KEY" in result.detail
    assert settings is not None  # the other checks can still run

    result, _ = doctor.check_settings({**env, "MAIL_FROM": ""})
    assert result.status is Status.FAIL and "MAIL_FROM" in result.detail

    result, _ = doctor.check_settings({**env, "CARRYBACK_OPERATOR_EMAIL": ""})
    assert result.status is Status.WARN and "CARRYBACK_OPERATOR_EMAIL" in result.detail


def test_without_settings_only_the_settings_line_and_exit_1(monkeypatch) -> None:
    monkeypatch.delenv("CARRYBACK_MASTER_KEY", raising=False)
    result = CliRunner().invoke(main, ["doctor"], env={"CARRYBACK_MASTER_KEY": ""})
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "[FAIL] settings: CARRYBACK_MASTER_KEY is not set -> fix: set it in .env "
        "(.env.example lists every variable), then restart the services",
        "0 ok, 0 warning(s), 1 failed",
    ]


# --- the public URL --------------------------------------------------------------------


class Answer:
    def __init__(self, status: int, body: Any) -> None:
        self.status_code = status
        self._body = body

    def json(self) -> Any:
        return self._body


def test_public_url_must_be_https_and_reach_the_intake() -> None:
    plain = settings_with(PUBLIC_BASE_URL="http://carryback.example.org")
    result = doctor.check_public_url(plain, get=lambda *a, **k: Answer(200, {}))
    assert result.status is Status.FAIL and "not https" in result.detail

    https = settings_with(PUBLIC_BASE_URL="https://carryback.example.org")
    asked: list[str] = []

    def healthy(url: str, timeout: float) -> Answer:
        asked.append(url)
        return Answer(200, {"database": True, "redis": True})

    assert doctor.check_public_url(https, get=healthy).status is Status.OK
    assert asked == ["https://carryback.example.org/healthz"]

    redis_down = doctor.check_public_url(
        https, get=lambda *a, **k: Answer(200, {"database": True, "redis": False})
    )
    assert redis_down.status is Status.WARN

    bad_gateway = doctor.check_public_url(https, get=lambda *a, **k: Answer(502, "nginx"))
    assert bad_gateway.status is Status.FAIL and "HTTP 502" in bad_gateway.detail
    assert "docker-compose logs intake" in bad_gateway.fix


@pytest.mark.parametrize(
    ("error", "says", "fix"),
    [
        (requests.exceptions.SSLError("bad cert"), "TLS certificate", "certbot"),
        (requests.ConnectionError("refused"), "cannot reach", "DNS"),
        (requests.Timeout("slow"), "cannot reach", "firewall"),
    ],
)
def test_public_url_unreachable_says_where_to_look(error, says, fix) -> None:
    def broken(url: str, timeout: float) -> Answer:
        raise error

    https = settings_with(PUBLIC_BASE_URL="https://carryback.example.org")
    result = doctor.check_public_url(https, get=broken)
    assert result.status is Status.FAIL and says in result.detail and fix in result.fix


# --- Twilio ----------------------------------------------------------------------------


@pytest.fixture
def stand_in() -> Iterator[BackgroundServer]:
    app = create_simulator_app(ACCOUNT_SID, AUTH_TOKEN)
    buy_number(app, TWILIO_NUMBER)
    with BackgroundServer(app) as server:
        yield server


def test_twilio_red_until_the_number_points_here(stand_in) -> None:
    settings = settings_with(TWILIO_API_BASE=stand_in.url)
    before = doctor.check_twilio(settings)
    assert before.status is Status.FAIL
    assert "SmsUrl: https://demo.twilio.com/welcome/sms/reply -> " in before.detail
    assert before.fix == "carryback twilio setup"

    client = twilio_number.build_client(settings)
    twilio_number.apply(client, settings, twilio_number.inspect(client, settings))
    after = doctor.check_twilio(settings)
    assert after.status is Status.OK and settings.public_base_url in after.detail


def test_twilio_refused_credentials_point_at_the_console(stand_in) -> None:
    settings = settings_with(TWILIO_API_BASE=stand_in.url, TWILIO_AUTH_TOKEN="wrong")
    result = doctor.check_twilio(settings)
    assert result.status is Status.FAIL and "HTTP 401" in result.detail
    assert "TWILIO_AUTH_TOKEN" in result.fix and "wrong" not in result.detail


def test_twilio_a_number_not_the_accounts_is_named(stand_in) -> None:
    settings = settings_with(TWILIO_API_BASE=stand_in.url, TWILIO_PHONE_NUMBER="+15005550009")
    result = doctor.check_twilio(settings)
    assert result.status is Status.FAIL and "+15005550009 is not a phone number" in result.detail


def test_twilio_a_service_taking_the_texts_is_red(stand_in) -> None:
    settings = settings_with(TWILIO_API_BASE=stand_in.url)
    client = twilio_number.build_client(settings)
    twilio_number.apply(client, settings, twilio_number.inspect(client, settings))
    requests.post(
        f"{stand_in.url}/_sim/messaging_services",
        json={
            "friendly_name": "A2P",
            "numbers": [TWILIO_NUMBER],
            "inbound_request_url": "https://x.example/in",
        },
        timeout=10,
    ).raise_for_status()
    result = doctor.check_twilio(settings)
    assert result.status is Status.FAIL and "https://x.example/in" in result.detail


# --- SMTP ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> LocalCa:
    """A throwaway CA and a server certificate for 127.0.0.1."""
    return LocalCa.create(tmp_path_factory.mktemp("smtp-tls"))


def server_context(ca: LocalCa) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(ca.cert_file, ca.key_file)
    return context


def trusting(ca: LocalCa) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(ca.ca_file))


def only_alice(server, session, envelope, mechanism, auth_data) -> AuthResult:
    good = auth_data.login == b"alice" and auth_data.password == b"s3cret-pass"
    # handled=False: aiosmtpd then answers a refusal itself (535).
    return AuthResult(success=good, handled=False)


def test_smtp_plain_local_relay_answers_without_a_mail(tls) -> None:
    inbox = Inbox()
    with smtp_sink(inbox) as port:
        result = doctor.check_smtp(settings_with(SMTP_URL=f"smtp://127.0.0.1:{port}"))
    assert result.status is Status.OK and "a local relay" in result.detail
    assert inbox.messages == []


def test_smtp_starttls_handshake_and_login(tls) -> None:
    options = {
        "tls_context": server_context(tls),
        "require_starttls": True,
        "authenticator": only_alice,
    }
    with smtp_sink(Inbox(), **options) as port:
        url = f"smtp+starttls://alice:s3cret-pass@127.0.0.1:{port}"
        result = doctor.check_smtp(settings_with(SMTP_URL=url), ssl_context=trusting(tls))
        assert result.status is Status.OK, result
        assert "STARTTLS, login accepted" in result.detail and "s3cret" not in result.detail

        wrong = f"smtp+starttls://alice:nope@127.0.0.1:{port}"
        refused = doctor.check_smtp(settings_with(SMTP_URL=wrong), ssl_context=trusting(tls))
        assert refused.status is Status.FAIL and "refused the login (535)" in refused.detail

        untrusted = doctor.check_smtp(settings_with(SMTP_URL=url))  # the system's CAs only
        assert untrusted.status is Status.FAIL and "not trusted" in untrusted.detail


def test_smtp_starttls_missing_is_red() -> None:
    with smtp_sink(Inbox()) as port:
        url = f"smtp+starttls://alice:pw@127.0.0.1:{port}"
        result = doctor.check_smtp(settings_with(SMTP_URL=url))
    assert result.status is Status.FAIL and "offers no STARTTLS" in result.detail
    assert "587" in result.fix


def test_smtp_implicit_tls(tls) -> None:
    with smtp_sink(Inbox(), ssl_context=server_context(tls)) as port:
        result = doctor.check_smtp(
            settings_with(SMTP_URL=f"smtps://127.0.0.1:{port}"), ssl_context=trusting(tls)
        )
    assert result.status is Status.OK and "implicit TLS" in result.detail


def test_smtp_nothing_listening_is_red() -> None:
    result = doctor.check_smtp(settings_with(SMTP_URL="smtp://127.0.0.1:9"))
    assert result.status is Status.FAIL and "cannot talk to 127.0.0.1:9" in result.detail


def test_smtp_plain_to_another_host_is_a_warning(monkeypatch) -> None:
    class Relay:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def __enter__(self) -> Relay:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def ehlo(self) -> None:
            pass

    monkeypatch.setattr(smtplib, "SMTP", Relay)
    result = doctor.check_smtp(settings_with(SMTP_URL="smtp://relay.example.org:25"))
    assert result.status is Status.WARN and "no TLS" in result.detail


# --- certificates ----------------------------------------------------------------------


def signing_settings(tmp_path: Path, *, email: str = MAIL_FROM, days: int = 365) -> Settings:
    cert, key = generate_self_signed("Carryback", email, days=days)
    (tmp_path / "signing.crt").write_bytes(cert)
    (tmp_path / "signing.key").write_bytes(key)
    return settings_with(
        CARRYBACK_SIGNING_CERT=str(tmp_path / "signing.crt"),
        CARRYBACK_SIGNING_KEY=str(tmp_path / "signing.key"),
        MAIL_FROM=MAIL_FROM,
    )


def test_signing_certificate_good_for_30_days_or_flagged(tmp_path: Path) -> None:
    settings = signing_settings(tmp_path)
    assert doctor.check_signing_certificate(settings).status is Status.OK
    soon = doctor.check_signing_certificate(settings, now=datetime.now(UTC) + timedelta(days=340))
    assert soon.status is Status.WARN and "expires on" in soon.detail and "renew" in soon.fix
    gone = doctor.check_signing_certificate(settings, now=datetime.now(UTC) + timedelta(days=400))
    assert gone.status is Status.FAIL and "expired on" in gone.detail


def test_signing_certificate_with_another_key_or_address(tmp_path: Path) -> None:
    settings = signing_settings(tmp_path)
    _cert, other_key = generate_self_signed("Other", MAIL_FROM)
    (tmp_path / "signing.key").write_bytes(other_key)
    mismatch = doctor.check_signing_certificate(settings)
    assert mismatch.status is Status.FAIL and "not this certificate's key" in mismatch.detail

    elsewhere = signing_settings(tmp_path, email="someone@else.example.org")
    named = doctor.check_signing_certificate(elsewhere)
    assert named.status is Status.WARN and "someone@else.example.org" in named.detail


def test_signing_off_is_a_warning() -> None:
    result = doctor.check_signing_certificate(settings_with(CARRYBACK_SIGN_MAIL="off"))
    assert result.status is Status.WARN and "unsigned" in result.detail


def test_clinician_certificates_expiring_within_30_days(sqlite_url: str) -> None:
    database = Database(sqlite_url)
    database.upgrade()
    with database.session() as session:
        for email in ("a@clinic.example.org", "b@clinic.example.org"):
            cert, _key = generate_self_signed("Dr", email, days=365)
            add_clinician(session, name="Dr", email=email, certificate_pem=cert)
        links, _key = generate_self_signed("Dr", "c@clinic.example.org", days=10)
        add_clinician(session, name="Dr", email="c@clinic.example.org", certificate_pem=links)
        session.query(Clinician).filter_by(email="c@clinic.example.org").update(
            {"delivery": "link"}
        )
    now = datetime.now(UTC)
    assert doctor.check_clinician_certificates(database.engine, now).detail == (
        "2 in use, none expiring within 30 days"
    )
    soon = doctor.check_clinician_certificates(database.engine, now + timedelta(days=340))
    assert soon.status is Status.WARN
    assert "a@clinic.example.org" in soon.detail and "c@clinic" not in soon.detail
    gone = doctor.check_clinician_certificates(database.engine, now + timedelta(days=400))
    assert gone.status is Status.FAIL and "carryback clinician cert" in gone.fix
    database.dispose()


# --- the database ----------------------------------------------------------------------


def test_database_at_the_newest_revision(database_url: str) -> None:
    Database(database_url).upgrade()
    settings = settings_with(database_url)
    engine = doctor.database_engine(settings)
    result = doctor.check_migrations(settings, engine)
    newest = sorted(p.name[:4] for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))[-1]
    assert result.status is Status.OK and f"({newest})" in result.detail


def test_database_behind_or_empty_or_missing(tmp_path: Path) -> None:
    behind_url = f"sqlite:///{tmp_path / 'behind.sqlite3'}"
    database = Database(behind_url)
    upgrade(database.engine, "0007")
    settings = settings_with(behind_url)
    result = doctor.check_migrations(settings, doctor.database_engine(settings))
    assert result.status is Status.FAIL and "at revision 0007" in result.detail
    assert result.fix.startswith("carryback db upgrade")

    sqlite3.connect(tmp_path / "empty.sqlite3").close()
    empty = settings_with(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    result = doctor.check_migrations(empty, doctor.database_engine(empty))
    assert result.status is Status.FAIL and result.detail == "no migration has been applied"

    missing = settings_with(f"sqlite:///{tmp_path / 'nowhere.sqlite3'}")
    assert doctor.database_engine(missing) is None
    assert not (tmp_path / "nowhere.sqlite3").exists()  # the doctor creates nothing
    assert "no database file" in doctor.check_migrations(missing, None).detail


def test_database_unreachable_postgres() -> None:
    settings = settings_with("postgresql://carryback:pw@127.0.0.1:1/carryback")
    result = doctor.check_migrations(settings, doctor.database_engine(settings))
    assert result.status is Status.FAIL and "cannot connect" in result.detail


# --- Redis, workers, the summary loop --------------------------------------------------


def test_redis_answers_and_keeps_its_jobs(redis: Redis) -> None:
    assert doctor.check_redis(redis).status is Status.OK
    previous = redis.config_get("maxmemory-policy")["maxmemory-policy"]
    redis.config_set("maxmemory-policy", "allkeys-lru")
    try:
        result = doctor.check_redis(redis)
    finally:
        redis.config_set("maxmemory-policy", previous)
    assert result.status is Status.WARN and "allkeys-lru" in result.detail
    down = doctor.check_redis(Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1))
    assert down.status is Status.FAIL and "REDIS_URL" in down.fix


def registered(redis: Redis, *queues: str) -> Worker:
    worker = Worker([Queue(name, connection=redis) for name in queues], connection=redis)
    worker.register_birth()
    return worker


def test_workers_each_kind_needs_a_live_one(redis: Redis) -> None:
    settings = settings_with()
    worker, urgent = doctor.check_workers(redis, settings)
    assert worker.status is urgent.status is Status.FAIL
    assert "carryback worker --urgent" in urgent.fix

    general = registered(redis, *QUEUES)
    only_urgent = registered(redis, URGENT)
    redis.expire(only_urgent.key, settings.worker_ttl_seconds - 5)  # beat 5 s ago
    worker, urgent = doctor.check_workers(redis, settings)
    assert worker.detail.startswith("1 running") and worker.status is Status.OK
    assert urgent.detail == "1 running, last heartbeat 5 s ago"

    only_urgent.register_death()  # a warm stop
    redis.delete(general.key)  # a crash, once its key ran out
    worker, urgent = doctor.check_workers(redis, settings)
    assert worker.status is urgent.status is Status.FAIL


def test_summary_heartbeat(redis: Redis) -> None:
    settings = settings_with()
    missing = doctor.check_summary(redis, settings)
    assert missing.status is Status.FAIL and "carryback serve summary" in missing.fix
    now = datetime.now(UTC)
    heartbeat.beat(redis, settings.summary_interval_seconds, now=now - timedelta(seconds=7))
    result = doctor.check_summary(redis, settings, now=now)
    assert result.status is Status.OK and result.detail.startswith("last tick 7 s ago")


def test_workers_and_summary_without_redis_are_red() -> None:
    gone = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1)
    results = [
        *doctor.check_workers(gone, settings_with()),
        doctor.check_summary(gone, settings_with()),
    ]
    assert [r.status for r in results] == [Status.FAIL] * 3
    assert all("Redis does not answer" in r.detail for r in results)


# --- the disk --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "free", "status"),
    [
        (100 * 1024**3, 50 * 1024**3, Status.OK),
        (100 * 1024**3, 9 * 1024**3, Status.WARN),  # under 10 %
        (5 * 1024**3, 900 * 1024**2, Status.WARN),  # under 1 GB
    ],
)
def test_disk_warns_under_1_gb_or_10_percent(tmp_path: Path, total, free, status) -> None:
    result = doctor.check_disk(tmp_path, usage=lambda path: (total, total - free, free))
    assert result.status is status and str(tmp_path) in result.detail


def test_disk_is_the_sqlite_files_folder_even_before_it_exists(tmp_path: Path) -> None:
    settings = settings_with(f"sqlite:///{tmp_path / 'var' / 'carryback.sqlite3'}")
    assert doctor.data_directory(settings) == tmp_path / "var"
    assert doctor.check_disk(tmp_path / "var").detail.endswith(f"at {tmp_path}")


def test_a_check_that_breaks_is_a_red_line_not_a_traceback() -> None:
    def broken() -> doctor.Result:
        raise KeyError("surprise")

    result = doctor_run._guarded("twilio", broken)
    assert result.status is Status.FAIL and "KeyError" in result.detail


@pytest.fixture(autouse=True)
def _fresh_runtime() -> Iterator[None]:
    runtime.reset()
    yield
    runtime.reset()
