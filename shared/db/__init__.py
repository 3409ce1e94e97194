"""Database access: engine, sessions and migrations.

SQLite (a file under ``var/``) is the embedded default; PostgreSQL is used in
production through ``DATABASE_URL``. The schema is owned by Alembic: the
migrations in ``shared/db/migrations`` are applied by ``carryback db upgrade``
(and automatically for the embedded SQLite default).
"""

from __future__ import annotations

import os
import select
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from shared.kernel.defaults import SQLITE_BUSY_TIMEOUT_MS

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str, *, pool_size: int = 5, max_overflow: int = 10) -> Engine:
    """The engine; the pool sizes apply to PostgreSQL (SQLite opens a file per connection)."""
    if url.startswith("sqlite"):
        _ensure_sqlite_dir(url)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=max_overflow)
    event.listen(engine, "handle_error", _read_only_is_a_disconnect)
    return engine


# SQLSTATE read_only_sql_transaction: a server made read-only, or a standby.
READ_ONLY_SQLSTATE = "25006"


def is_read_only_error(error: BaseException | None) -> bool:
    """Whether the database refused a write because it is read-only now."""
    return getattr(error, "sqlstate", None) == READ_ONLY_SQLSTATE


def _read_only_is_a_disconnect(context: ExceptionContext) -> None:
    """A read-only refusal drops the pool: the next connection is a fresh session.

    A pooled session keeps what it was given when it began (a failover leaves
    it on the old primary, now a standby; a session's own read-only default
    outlives the server's), so only a new connection is sure to see the
    database as it is now. The pool's pre-ping cannot tell: a read-only server
    still answers SELECT 1.
    """
    if is_read_only_error(context.original_exception):
        context.is_disconnect = True


def _ensure_sqlite_dir(url: str) -> None:
    path = url.split("///", 1)[-1].split("?", 1)[0]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        _private_file(Path(path))


def _private_file(path: Path) -> None:
    """Create the database file readable by its owner only (0600), whatever the umask.

    SQLite gives its -wal and -shm files the database file's mode, so they
    follow. An existing file is tightened too.
    """
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    os.chmod(path, 0o600)


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    # The sqlite3 module's own transaction handling issues no BEGIN before a
    # SAVEPOINT, so a nested transaction would commit on its own. Taking
    # control (isolation_level=None + our BEGIN below) makes savepoints nest.
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
    # WAL lets the intake write while a worker reads; foreign keys make
    # client deletion cascade; busy_timeout rides out short write locks.
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted pages are overwritten with zeros, so a shredded client leaves no old
    # copies in free pages (Debian builds SQLite this way; this does not rely on it).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(connection: object) -> None:
    # IMMEDIATE takes the write lock up front: a transaction that reads then
    # writes (dedupe, the audit chain tip) cannot be overtaken half-way.
    connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def ping_by_socket_first(engine: Engine) -> None:
    """PostgreSQL: check a pooled connection by its socket, not a round trip, when it looks idle.

    The pool pings every connection it hands out (``pool_pre_ping``); a
    ``SELECT 1`` per request costs a web worker as much as one of its own
    statements. A connection the server has closed (restart, terminated
    backend, idle timeout) has its socket readable: the server's last
    message or end of file. So an open, idle connection whose socket has
    nothing waiting is taken as alive, and anything else gets the real ping,
    which reconnects it as before. A no-op on SQLite.
    """
    if engine.dialect.name != "postgresql":
        return
    round_trip_ping = engine.dialect.do_ping

    def do_ping(dbapi_connection: object) -> bool:
        if _quietly_idle(dbapi_connection):
            return True
        return round_trip_ping(dbapi_connection)  # type: ignore[arg-type]

    engine.dialect.do_ping = do_ping  # type: ignore[method-assign]


def _quietly_idle(dbapi_connection: object) -> bool:
    from psycopg import pq

    try:
        connection = dbapi_connection  # a psycopg connection
        if connection.closed or connection.broken:  # type: ignore[attr-defined]
            return False
        if connection.info.transaction_status != pq.TransactionStatus.IDLE:  # type: ignore[attr-defined]
            return False
        poller = select.poll()
        poller.register(connection.fileno(), select.POLLIN | select.POLLPRI)  # type: ignore[attr-defined]
        return not poller.poll(0)
    except Exception:  # anything unexpected: let the real ping decide
        return False


class Database:
    """An engine plus a session factory; one per process."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[OrmSession]:
        """A unit of work: committed on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def size_pool(self, pool_size: int, max_overflow: int) -> None:
        """Rebuild the engine with this pool (PostgreSQL; a no-op on SQLite).

        A sync web worker serves one request at a time, so one pooled
        connection (and one spare, for a health check racing a request) is all
        it ever uses; the default pool suits threaded callers.
        """
        if self.engine.dialect.name == "sqlite":
            return
        self.engine.dispose()
        self.engine = make_engine(self.url, pool_size=pool_size, max_overflow=max_overflow)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def upgrade(self) -> None:
        upgrade(self.engine)

    def purge_write_ahead_log(self, deadline_s: float = 30.0) -> None:
        """SQLite: move the WAL into the file and truncate it, so deleted pages' old
        copies are gone. Waits for readers (busy) until ``deadline_s``. No-op on PostgreSQL.
        """
        if self.engine.dialect.name != "sqlite":
            return
        end = time.monotonic() + deadline_s
        raw = self.engine.raw_connection()
        try:
            while True:
                cursor = raw.cursor()
                busy, _frames, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                cursor.close()
                if not busy:
                    return
                if time.monotonic() > end:
                    raise TimeoutError("the SQLite write-ahead log could not be truncated")
                time.sleep(0.05)
        finally:
            raw.close()

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config(engine: Engine) -> Config:
    # Alembic is imported only when migrating: it is most of a CLI call's start-up.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply migrations up to ``revision``."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def schema_revisions(engine: Engine) -> tuple[str | None, tuple[str, ...]]:
    """(the revision the database is at, the heads of the migrations shipped with this code).

    Read only: nothing is migrated. The revision is None for a database no
    migration has touched yet.
    """
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    heads = tuple(ScriptDirectory.from_config(alembic_config(engine)).get_heads())
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current, heads
