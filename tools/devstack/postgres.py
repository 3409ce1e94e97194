"""A fresh PostgreSQL database per use, on the server named by ``CARRYBACK_TEST_POSTGRES``."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

POSTGRES_ENV = "CARRYBACK_TEST_POSTGRES"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def admin_url() -> str:
    """The server to create throwaway databases on (SQLAlchemy URL, psycopg driver)."""
    given = os.environ.get(POSTGRES_ENV, "").strip() or DEFAULT_POSTGRES
    return given.replace("postgresql://", "postgresql+psycopg://", 1)


def required() -> bool:
    """Whether the caller named a server, so its absence is an error rather than a skip."""
    return bool(os.environ.get(POSTGRES_ENV, "").strip())


def answers(url: str) -> bool:
    """Whether a PostgreSQL server accepts a connection at ``url`` within two seconds."""
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 2})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except (OperationalError, ImportError):
        return False


@contextmanager
def throwaway_database(admin: str, prefix: str = "carryback_test") -> Iterator[str]:
    """A new, empty database on the server at ``admin``, dropped afterwards."""
    name = f"{prefix}_{secrets.token_hex(6)}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
