"""One clock for deadlines and leases: the database's.

Rows carry times written by several hosts (the intake's, each worker's); a
service comparing them against its own clock is wrong by however far that
clock is off (an hour ahead: a brief still being sent looks abandoned; an hour
behind: nothing looks due). The summary service and the send jobs therefore
ask the database what time it is. On PostgreSQL that is the server's clock
(``statement_timestamp()``: the time this statement started, not the
transaction's); on SQLite the database is a file on this host, so the host's
clock is the database's clock.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from shared.db.models import utcnow

_NOW = text("SELECT statement_timestamp()")


def database_now(session: Session) -> datetime:
    """Now, by the database's clock, as an aware UTC datetime."""
    if session.get_bind().dialect.name == "postgresql":
        return session.execute(_NOW).scalar_one().astimezone(UTC)
    return utcnow()
