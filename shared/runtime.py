"""The per-process context: settings, database, keys and queues, built once.

Services and jobs ask for :func:`context` instead of building clients at
import time, so tests and the CLI can point a process at another database or
Redis by setting the environment before first use (or calling :func:`reset`).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import cached_property

from shared.config import Settings, load_settings
from shared.db import Database
from shared.keys import KeyStore
from shared.queue import JobQueues, connect

log = logging.getLogger(__name__)


@dataclass
class Context:
    settings: Settings

    @cached_property
    def db(self) -> Database:
        database = Database(self.settings.database_url)
        if self.settings.is_sqlite:
            # The embedded default migrates itself; PostgreSQL is migrated by
            # an explicit `carryback db upgrade` (a one-shot job in production).
            database.upgrade()
        return database

    @cached_property
    def keys(self) -> KeyStore:
        return KeyStore(self.settings.master_key)

    @cached_property
    def queues(self) -> JobQueues:
        return JobQueues(connect(self.settings.redis_url))


_lock = threading.Lock()
_context: Context | None = None


def context() -> Context:
    global _context
    with _lock:
        if _context is None:
            _context = Context(load_settings())
        return _context


def reset() -> None:
    """Forget the context (tests; a forked worker child rebuilds it)."""
    global _context
    with _lock:
        if _context is not None and "db" in _context.__dict__:
            _context.db.dispose()
        _context = None
