"""The intake's processes take turns at SQLite's write lock through a lock that hands over fast.

SQLite admits one writer at a time. A writer that finds the lock taken
sleeps in SQLite's busy handler for 1, then 2, 5, 10 ms and more before it
tries again, however soon the lock is free. Two intake processes committing
a text each every millisecond or so spend much of that sleep idle, and it
is the whole of their latency tail.

So the intake's short path first queues on an flock(2) on a file beside the
database. A try is one system call, and a waiting process tries again every
``POLL_S``: it takes its turn within about a tenth of a millisecond of the
last one ending, and then finds SQLite's lock free. The wait is bounded by a
deadline, not by a signal: past it the webhook is refused (503, nothing
stored) as when SQLite's own busy wait runs out.

Only a queue, never a guarantee: SQLite's lock still excludes every writer
(workers, the console, the CLI, the intake's full path). A process that dies
in its turn releases it with its file descriptor.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)

# Long enough that a wait costs little CPU, short beside a commit (~0.2-1 ms).
POLL_S = 0.00005
# A turn that took longer than this hands SQLite only what is left of the wait.
_LONG_WAIT_MS = 50
# Past this much waiting, poll every millisecond instead.
_BACK_OFF_AFTER_S = 0.005
_SLOW_POLL_S = 0.001


class WriterQueueTimeout(SQLAlchemyError):
    """No turn at the database within the intake's wait (answered like a database error)."""


class WriterQueue:
    """Turns at one SQLite database's write lock, among the processes that use this queue."""

    def __init__(self, lock_path: Path, wait_ms: int) -> None:
        self.lock_path = lock_path
        self.wait_ms = wait_ms
        self._fd: int | None = None
        self._pid = 0
        self._warned = False
        # flock(2) does not exclude threads sharing a descriptor: they queue here first.
        self._threads = threading.Lock()

    @classmethod
    def beside(cls, engine: Engine, wait_ms: int) -> WriterQueue | None:
        """The queue for this engine's SQLite file; None for PostgreSQL or an in-memory database."""
        database = engine.url.database
        if engine.dialect.name != "sqlite" or not database or database == ":memory:":
            return None
        return cls(Path(f"{database}-writers.lock"), wait_ms)

    @contextmanager
    def turn(self, dbapi_connection: Any) -> Iterator[None]:
        """Hold a turn for one write transaction on ``dbapi_connection``.

        The database wait stays one budget: after a long turn wait, SQLite's
        busy timeout on this connection is lowered to what is left of it for
        the transaction, and put back afterwards.
        """
        started = time.monotonic()
        deadline = started + self.wait_ms / 1000
        if not self._threads.acquire(timeout=self.wait_ms / 1000):
            raise WriterQueueTimeout("no turn at the database within the intake's wait")
        try:
            fd = self._locked_descriptor(started, deadline)
            try:
                waited_ms = int((time.monotonic() - started) * 1000)
                if waited_ms < _LONG_WAIT_MS:
                    yield
                else:
                    with _busy_timeout(dbapi_connection, self.wait_ms - waited_ms):
                        yield
            finally:
                if fd is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            self._threads.release()

    def _locked_descriptor(self, started: float, deadline: float) -> int | None:
        """The lock file's descriptor, locked; None when the file cannot be used.

        A lock file left by another user, a read-only directory or a file
        system without flock must not refuse texts: SQLite's own lock still
        excludes writers, so the write goes ahead without the queue.
        """
        try:
            fd = self._descriptor()
            _lock_before(fd, started, deadline)
        except OSError as error:
            if not self._warned:
                self._warned = True
                log.warning(
                    "writer queue %s unusable (%s); writing without it",
                    self.lock_path,
                    error.strerror or type(error).__name__,
                )
            return None
        return fd

    def _descriptor(self) -> int:
        # Opened per process: a descriptor inherited across fork would share
        # its lock with the parent, and neither would wait for the other.
        if self._fd is None or self._pid != os.getpid():
            self._fd = os.open(self.lock_path, os.O_CREAT | os.O_RDWR | os.O_CLOEXEC, 0o600)
            self._pid = os.getpid()
        return self._fd


def _lock_before(fd: int, started: float, deadline: float) -> None:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            now = time.monotonic()
            if now >= deadline:
                raise WriterQueueTimeout(
                    "no turn at the database within the intake's wait"
                ) from None
            # A turn held this long is itself waiting (on SQLite's lock held
            # outside the queue): poll less often while it does.
            time.sleep(POLL_S if now - started < _BACK_OFF_AFTER_S else _SLOW_POLL_S)


@contextmanager
def _busy_timeout(dbapi_connection: Any, for_now_ms: int) -> Iterator[None]:
    usual = dbapi_connection.execute("PRAGMA busy_timeout").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA busy_timeout={max(1, int(for_now_ms))}")
    try:
        yield
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout={int(usual)}")
