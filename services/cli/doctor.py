"""``carryback doctor``: is this deployment working? One line per check, each red one with its fix.

It reads the environment the services read and asks each part itself: the
public URL through the proxy, Twilio's API, the SMTP server (a real
handshake, no mail sent), the certificates, the database's schema, Redis,
the workers' and the summary loop's heartbeats, the disk. Nothing is changed
and nothing secret is printed.

Each check is a small function returning a :class:`Result`, so each can be
tried on its own. A failed check (red) makes the command exit 1; a warning
(yellow) is something to act on soon, and leaves the exit status 0.
"""

from __future__ import annotations

import os
import shutil
import smtplib
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

import click
import requests
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from redis import Redis
from redis.exceptions import RedisError
from rq import Worker
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import SQLAlchemyError

from services.cli import twilio_number
from services.console.settings import load_console_settings
from services.summary import heartbeat
from shared.db import schema_revisions
from shared.db.models import Clinician, Delivery
from shared.infra.channels.email import parse_smtp_url
from shared.infra.jobs import DEFAULT, URGENT, connect
from shared.infra.smime import certificate_emails
from shared.kernel.config import ConfigError, Settings, load_settings

# Certificates are flagged this long before they run out: time to get and install new ones.
EXPIRY_WARNING = timedelta(days=30)
# Below either, the disk holding the database gets a warning.
MIN_FREE_BYTES = 1024**3
MIN_FREE_FRACTION = 0.10
HTTP_TIMEOUT_S = 10.0
SMTP_TIMEOUT_S = 10.0
LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}
SETTINGS_FIX = "set it in .env (.env.example lists every variable), then restart the services"


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class Result:
    """One check's verdict: what was checked, how it went, and what to do about it."""

    name: str
    status: Status
    detail: str
    fix: str = ""

    def line(self) -> str:
        """The checklist line: the fix follows on the same line when something is wrong."""
        mark = {Status.OK: " ok ", Status.WARN: "WARN", Status.FAIL: "FAIL"}[self.status]
        colour = {Status.OK: "green", Status.WARN: "yellow", Status.FAIL: "red"}[self.status]
        text = f"{self.name}: {self.detail}"
        if self.fix and self.status is not Status.OK:
            text += f" -> fix: {self.fix}"
        return f"[{click.style(mark, fg=colour, bold=True)}] {text}"


def ok(name: str, detail: str) -> Result:
    return Result(name, Status.OK, detail)


def warn(name: str, detail: str, fix: str) -> Result:
    return Result(name, Status.WARN, detail, fix)


def fail(name: str, detail: str, fix: str) -> Result:
    return Result(name, Status.FAIL, detail, fix)


# --- settings ----------------------------------------------------------------------


def check_settings(env: Mapping[str, str]) -> tuple[Result, Settings | None]:
    """Every setting the services need at start-up, as each of them checks it."""
    try:
        settings = load_settings(env)
    except ConfigError as error:
        return fail("settings", str(error), SETTINGS_FIX), None
    try:
        settings.require_twilio()  # the intake and the voice worker
        settings.require_mail()  # the summary service and mail-sending workers
        settings.require_signing()
        load_console_settings(env)
    except ConfigError as error:
        return fail("settings", str(error), SETTINGS_FIX), settings
    if not settings.operator_email:
        return (
            warn(
                "settings",
                "complete, but CARRYBACK_OPERATOR_EMAIL is not set: nobody is told when a "
                "crisis alert cannot be delivered",
                "set CARRYBACK_OPERATOR_EMAIL in .env and restart the services",
            ),
            settings,
        )
    return ok("settings", "complete"), settings


# --- the public URL ------------------------------------------------------------------


def check_public_url(
    settings: Settings, *, get: Callable[..., requests.Response] = requests.get
) -> Result:
    """PUBLIC_BASE_URL is https and reaches the intake: GET /healthz through the proxy."""
    name = "public URL"
    base = settings.public_base_url
    parts = urlsplit(base)
    if parts.scheme != "https":
        return fail(
            name,
            f"{base} is not https: Twilio would post clients' texts unencrypted",
            "put the TLS proxy in front and set PUBLIC_BASE_URL=https://... (docs/deploying.md)",
        )
    url = f"{base}/healthz"
    try:
        response = get(url, timeout=HTTP_TIMEOUT_S)
    except requests.exceptions.SSLError:
        return fail(
            name,
            f"{parts.hostname}'s TLS certificate was not accepted",
            f"install a certificate for {parts.hostname} in the proxy (certbot, docs/deploying.md)",
        )
    except requests.RequestException as error:
        return fail(
            name,
            f"cannot reach {url} ({type(error).__name__})",
            f"check DNS for {parts.hostname}, the proxy (nginx -t; systemctl status nginx) "
            "and the firewall (port 443)",
        )
    if response.status_code != 200:
        return fail(
            name,
            f"GET {url} answered HTTP {response.status_code}",
            "the proxy answers but the intake does not: docker-compose ps intake; "
            "docker-compose logs intake",
        )
    checks = _json_object(response)
    if checks.get("redis") is False:
        return warn(
            name,
            f"{url} answers, but the intake cannot reach Redis (texts wait for the sweep)",
            "see the redis line below",
        )
    return ok(name, f"{url} answers 200 over https")


def _json_object(response: requests.Response) -> dict[str, object]:
    try:
        payload = response.json()
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


# --- Twilio --------------------------------------------------------------------------


def check_twilio(settings: Settings) -> Result:
    """The credentials work, the number is the account's, and its webhooks point here."""
    name = "twilio"
    try:
        client = twilio_number.build_client(settings)
        state = twilio_number.inspect(client, settings)
    except ConfigError as error:
        return fail(name, str(error), SETTINGS_FIX)
    except twilio_number.TwilioSetupError as error:
        fix = (
            "copy TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN from the Twilio Console (Account Info)"
            if error.refused
            else "check TWILIO_PHONE_NUMBER and TWILIO_API_BASE; then carryback twilio setup"
        )
        return fail(name, str(error), fix)
    number = settings.twilio_phone_number
    if state.changes:
        differing = ", ".join(change.describe() for change in state.changes)
        return fail(
            name,
            f"{number}'s webhooks are not this deployment's: {differing}",
            "carryback twilio setup",
        )
    if state.overriding:
        service = state.overriding[0]
        return fail(
            name,
            f"{service.describe()} does not let {number}'s own webhook answer its texts "
            f"(its inbound URL: {twilio_number.shown(service.inbound_request_url)})",
            "carryback twilio setup",
        )
    return ok(name, f"{number} ({state.sid}): texts and calls go to {settings.public_base_url}")


# --- mail ----------------------------------------------------------------------------


def check_smtp(settings: Settings, *, ssl_context: ssl.SSLContext | None = None) -> Result:
    """A real handshake with SMTP_URL's server: EHLO, STARTTLS or implicit TLS, login; no mail."""
    name = "smtp"
    try:
        smtp = parse_smtp_url(settings.smtp_url)
    except ValueError as error:
        return fail(name, str(error), SETTINGS_FIX)
    where = f"{smtp.host}:{smtp.port}"
    context = ssl_context or ssl.create_default_context()
    try:
        with _smtp_connection(smtp.scheme, smtp.host, smtp.port, context) as connection:
            connection.ehlo()
            if smtp.scheme == "smtp+starttls":
                if not connection.has_extn("starttls"):
                    return fail(
                        name,
                        f"{where} offers no STARTTLS",
                        "use the port that does (587), or smtps:// on 465, in SMTP_URL",
                    )
                connection.starttls(context=context)
                connection.ehlo()
            if smtp.username is not None and smtp.password is not None:
                connection.login(smtp.username, smtp.password)
    except smtplib.SMTPAuthenticationError as error:
        return fail(
            name,
            f"{where} refused the login ({error.smtp_code})",
            "correct the user name and password in SMTP_URL",
        )
    except ssl.SSLCertVerificationError as error:
        return fail(
            name,
            f"{where}'s TLS certificate is not trusted ({error.verify_message})",
            "SMTP_URL must name the host its certificate is for",
        )
    except ssl.SSLError as error:
        return fail(
            name,
            f"TLS handshake with {where} failed ({error.reason})",
            "smtps:// takes implicit TLS (465), smtp+starttls:// STARTTLS (587): match the port",
        )
    except (smtplib.SMTPException, OSError) as error:
        return fail(
            name,
            f"cannot talk to {where} ({type(error).__name__})",
            "check SMTP_URL's host and port, and that this machine may reach it",
        )
    if smtp.scheme == "smtp" and smtp.host not in LOOPBACK_HOSTS:
        return warn(
            name,
            f"{where} answers, over plain smtp:// (no TLS between here and the relay)",
            "use smtp+starttls:// or smtps://, or a relay on this machine",
        )
    how = {"smtps": "implicit TLS", "smtp+starttls": "STARTTLS", "smtp": "a local relay"}
    login = ", login accepted" if smtp.username else ""
    return ok(name, f"{where} answers ({how[smtp.scheme]}{login}); no mail sent")


def _smtp_connection(scheme: str, host: str, port: int, context: ssl.SSLContext) -> smtplib.SMTP:
    if scheme == "smtps":
        return smtplib.SMTP_SSL(host, port, timeout=SMTP_TIMEOUT_S, context=context)
    return smtplib.SMTP(host, port, timeout=SMTP_TIMEOUT_S)


# --- certificates --------------------------------------------------------------------


def check_signing_certificate(settings: Settings, now: datetime | None = None) -> Result:
    """The service's S/MIME signing certificate: readable, its key's, and good for 30 more days."""
    name = "signing certificate"
    now = now or datetime.now(UTC)
    if not settings.signing_cert_path:
        if not settings.sign_mail:
            return warn(
                name,
                "none: briefs and alerts go out encrypted but unsigned (CARRYBACK_SIGN_MAIL=off)",
                "make one (docs/deploying.md) and set CARRYBACK_SIGNING_CERT and _KEY",
            )
        return fail(name, "CARRYBACK_SIGNING_CERT is not set", SETTINGS_FIX)
    renew = (
        f"renew it into {settings.signing_cert_path} (docs/deploying.md), then "
        "docker-compose restart summary worker worker-urgent"
    )
    try:
        certificate = x509.load_pem_x509_certificate(Path(settings.signing_cert_path).read_bytes())
        key = serialization.load_pem_private_key(
            Path(settings.signing_key_path).read_bytes(), password=None
        )
    except (OSError, ValueError, TypeError) as error:
        return fail(name, f"cannot read the certificate or its key ({type(error).__name__})", renew)
    if _spki(key.public_key()) != _spki(certificate.public_key()):
        return fail(name, "CARRYBACK_SIGNING_KEY is not this certificate's key", renew)
    expiry = _expiry(certificate, now)
    if expiry is not None:
        status, why = expiry
        return Result(name, status, why, renew)
    emails = certificate_emails(certificate)
    if settings.mail_from.lower() not in emails:
        named = ", ".join(sorted(emails)) or "no address"
        return warn(
            name,
            f"names {named}, but mail comes from {settings.mail_from}: mail clients flag the "
            "signature",
            "issue it for MAIL_FROM's address",
        )
    days = (certificate.not_valid_after_utc - now).days
    return ok(name, f"valid for {days} more days")


def _expiry(certificate: x509.Certificate, now: datetime) -> tuple[Status, str] | None:
    """(fail, why) when unusable now, (warn, why) within 30 days of its end, else None."""
    not_after, not_before = certificate.not_valid_after_utc, certificate.not_valid_before_utc
    if now >= not_after:
        return Status.FAIL, f"expired on {not_after:%Y-%m-%d}"
    if now < not_before:
        return Status.FAIL, f"not valid before {not_before:%Y-%m-%d}"
    if now + EXPIRY_WARNING > not_after:
        return Status.WARN, f"expires on {not_after:%Y-%m-%d}, in {(not_after - now).days} days"
    return None


def _spki(public_key: object) -> bytes:
    return public_key.public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def check_clinician_certificates(engine: Engine, now: datetime | None = None) -> Result:
    """Clinicians who take briefs by S/MIME: whose certificate ends within 30 days."""
    name = "clinician certificates"
    now = now or datetime.now(UTC)
    query = select(Clinician.email, Clinician.certificate_pem, Clinician.delivery).where(
        Clinician.certificate_pem.is_not(None)
    )
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    expired, expiring, checked = [], [], 0
    for email, pem, delivery in rows:
        if delivery == Delivery.LINK:
            continue  # briefs reach them by link: the certificate is not used
        checked += 1
        verdict = _clinician_expiry(pem, now)
        if verdict is not None:
            (expired if verdict[0] is Status.FAIL else expiring).append(f"{email} ({verdict[1]})")
    fix = (
        "ask each for a renewed certificate, then carryback clinician cert EMAIL PEM "
        "(or the console's clinician page)"
    )
    if expired:
        return fail(
            name,
            f"unusable, so their briefs and alerts cannot be encrypted: {', '.join(expired)}"
            + (f"; expiring: {', '.join(expiring)}" if expiring else ""),
            fix,
        )
    if expiring:
        return warn(name, f"expiring within 30 days: {', '.join(expiring)}", fix)
    return ok(name, f"{checked} in use, none expiring within 30 days")


def _clinician_expiry(pem: bytes, now: datetime) -> tuple[Status, str] | None:
    try:
        certificate = (
            x509.load_pem_x509_certificate(pem)
            if b"-----BEGIN" in pem
            else x509.load_der_x509_certificate(pem)
        )
    except ValueError:
        return Status.FAIL, "not a certificate"
    return _expiry(certificate, now)


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


# --- all of it -----------------------------------------------------------------------


def run_checks(env: Mapping[str, str]) -> list[Result]:
    """Every check, in the order an operator would look; each one runs whatever the others say."""
    settings_result, settings = check_settings(env)
    results = [settings_result]
    if settings is None:
        return results  # nothing below can be read without the settings
    results.append(_guarded("public URL", lambda: check_public_url(settings)))
    results.append(_guarded("twilio", lambda: check_twilio(settings)))
    results.append(_guarded("smtp", lambda: check_smtp(settings)))
    results.append(_guarded("signing certificate", lambda: check_signing_certificate(settings)))
    engine = database_engine(settings)
    try:
        results.append(_guarded("database", lambda: check_migrations(settings, engine)))
        if engine is not None:
            results.append(
                _guarded("clinician certificates", lambda: check_clinician_certificates(engine))
            )
    finally:
        if engine is not None:
            engine.dispose()
    redis = connect(settings.redis_url)
    try:
        results.append(_guarded("redis", lambda: check_redis(redis)))
        results.extend(check_workers(redis, settings))
        results.append(_guarded("summary", lambda: check_summary(redis, settings)))
    finally:
        redis.close()
    results.append(_guarded("disk", lambda: check_disk(data_directory(settings))))
    return results


def _guarded(name: str, check: Callable[[], Result]) -> Result:
    """A check that broke is a red line, not a traceback that hides the rest."""
    try:
        return check()
    except Exception as error:  # the checklist must always finish
        return fail(
            name,
            f"the check itself failed ({type(error).__name__})",
            "run it again with -v; report it if it persists",
        )


@click.command("doctor")
def doctor() -> None:
    """Check this deployment, one line per check; exit 1 when any is red."""
    results = run_checks(os.environ)
    for result in results:
        click.echo(result.line())
    failed = sum(result.status is Status.FAIL for result in results)
    warned = sum(result.status is Status.WARN for result in results)
    click.echo(f"{len(results) - failed - warned} ok, {warned} warning(s), {failed} failed")
    if failed:
        raise SystemExit(1)
