"""Migrations 0010 (the sweep's look-ups of a call's recordings) and 0011 (sends that may have
reached Twilio unanswered) match the models, and go back down."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from shared.db import make_engine, upgrade
from shared.db.models import Base

NAMES = ("recording_checks", "recordings_checked_at", "recordings_settled_at", "started_at")


def test_migration_0010_matches_the_models_and_downgrades(database_url: str) -> None:
    from alembic import command

    from shared.db import alembic_config

    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            diff = compare_metadata(
                MigrationContext.configure(connection, opts={"compare_type": True}),
                Base.metadata,
            )
        assert [d for d in diff if "calls" in repr(d) or "call_sid" in repr(d)] == []
        command.downgrade(alembic_config(engine), "0009")
        inspector = inspect(engine)
        columns = {c["name"] for c in inspector.get_columns("calls")}
        assert not columns & set(NAMES[:3])
        assert "ix_noticings_call_sid" not in {
            i["name"] for i in inspector.get_indexes("noticings")
        }
    finally:
        engine.dispose()


def test_migration_0011_matches_the_models_and_downgrades(database_url: str) -> None:
    from alembic import command

    from shared.db import alembic_config

    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            diff = compare_metadata(
                MigrationContext.configure(connection, opts={"compare_type": True}),
                Base.metadata,
            )
        assert [d for d in diff if "outbound_messages" in repr(d)] == []
        command.downgrade(alembic_config(engine), "0010")
        inspector = inspect(engine)
        assert "unconfirmed_since" not in {
            c["name"] for c in inspector.get_columns("outbound_messages")
        }
        # The batch rebuild (SQLite) keeps the table's constraints and index.
        assert "ix_outbound_messages_client_kind_due" in {
            i["name"] for i in inspector.get_indexes("outbound_messages")
        }
    finally:
        engine.dispose()
