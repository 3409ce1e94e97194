"""Migration 0002 creates exactly the console tables the models declare, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from shared.db import make_engine, upgrade
from shared.db.models import Base

CONSOLE_TABLES = {
    "console_users",
    "console_recovery_codes",
    "console_tokens",
    "console_sessions",
    "console_totp_steps",
}


def test_migrations_match_the_console_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= CONSOLE_TABLES
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        console_diff = [d for d in diff if any(t in repr(d) for t in CONSOLE_TABLES)]
        assert console_diff == []
    finally:
        engine.dispose()


def test_downgrade_to_0001_removes_only_the_console_tables(database_url: str) -> None:
    from alembic import command

    from shared.db import alembic_config

    engine = make_engine(database_url)
    try:
        upgrade(engine)
        command.downgrade(alembic_config(engine), "0001")
        tables = set(inspect(engine).get_table_names())
        assert not CONSOLE_TABLES & tables
        assert {"clients", "clinicians", "audit_events"} <= tables
    finally:
        engine.dispose()
