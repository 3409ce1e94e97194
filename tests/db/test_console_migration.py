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


PART_TWO_NAMES = (
    "brief_links",
    "delivery",
    "alert_phone",
    "alert_sms",
    "alert_acknowledged",
    "corrected_",
)


def test_migration_0007_matches_the_models_and_downgrades(database_url: str) -> None:
    from alembic import command

    from shared.db import alembic_config

    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert [d for d in diff if any(name in repr(d) for name in PART_TWO_NAMES)] == []
        command.downgrade(alembic_config(engine), "0006")
        inspector = inspect(engine)
        assert "brief_links" not in inspector.get_table_names()
        columns = {c["name"] for c in inspector.get_columns("noticings")}
        assert "corrected_cues_enc" not in columns and "alert_lease" not in columns
    finally:
        engine.dispose()
