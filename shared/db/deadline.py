"""A wall-clock bound on a request's database work, enforced by the client.

PostgreSQL's lock and statement time-outs are enforced by the server, and
libpq's connect time-out covers only new connections: a frozen server (its
processes stopped, its kernel still acknowledging every packet) leaves a
query on a pooled connection waiting for ever, and keepalives or
``tcp_user_timeout`` never fire because nothing is lost on the wire.

So the intake bounds the work itself. :meth:`Deadlines.bound` opens a scope
for the calling thread; every connection the pool hands out inside it is
noted, and when the bound passes one watchdog thread shuts those sockets down
(``shutdown(2)``, which wakes a thread blocked reading them). The blocked call
then fails as a lost connection: the pool drops it, and the caller answers
as it does when the database is away. Nothing is interrupted by a signal, and
a request that finishes in time costs two lock round trips.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Scope:
    """One bounded piece of work: its deadline, its connections, whether it was cut."""

    deadline: float
    connections: list[object] = field(default_factory=list)
    cut: bool = False


class Deadlines:
    """The watchdog of one engine's bounded scopes (PostgreSQL; SQLite has its busy timeout)."""

    def __init__(self, engine: Engine) -> None:
        self._local = threading.local()
        self._condition = threading.Condition()
        self._scopes: set[Scope] = set()
        self._watchdog: threading.Thread | None = None
        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "checkin", self._checked_in)
        event.listen(engine, "handle_error", self._lost_when_cut)

    @contextlib.contextmanager
    def bound(self, seconds: float) -> Iterator[Scope]:
        """Database work in this block is cut off ``seconds`` from now."""
        scope = Scope(time.monotonic() + seconds)
        self._local.scope = scope
        with self._condition:
            self._scopes.add(scope)
            self._start_watchdog()
            self._condition.notify()
        try:
            yield scope
        finally:
            with self._condition:
                self._scopes.discard(scope)
            self._local.scope = None

    def current_cut(self) -> bool:
        """Whether this thread's scope was cut (its errors are lost connections)."""
        scope = getattr(self._local, "scope", None)
        return scope is not None and scope.cut

    # --- pool events ---------------------------------------------------------------

    def _checked_out(self, dbapi_connection: object, _record: object, _proxy: object) -> None:
        scope = getattr(self._local, "scope", None)
        if scope is not None:
            with self._condition:
                scope.connections.append(dbapi_connection)

    def _checked_in(self, dbapi_connection: object, _record: object) -> None:
        scope = getattr(self._local, "scope", None)
        if scope is not None:
            with self._condition, contextlib.suppress(ValueError):
                scope.connections.remove(dbapi_connection)

    def _lost_when_cut(self, context: object) -> None:
        if self.current_cut():
            context.is_disconnect = True  # type: ignore[attr-defined]

    # --- the watchdog ----------------------------------------------------------------

    def _start_watchdog(self) -> None:
        # Called with the condition held. One daemon thread per engine and process
        # (a forked gunicorn worker starts its own on its first bounded request).
        if self._watchdog is not None and self._watchdog.is_alive():
            return
        self._watchdog = threading.Thread(target=self._watch, name="db-deadlines", daemon=True)
        self._watchdog.start()

    def _watch(self) -> None:
        with self._condition:
            while True:
                now = time.monotonic()
                for scope in [s for s in self._scopes if s.deadline <= now and not s.cut]:
                    scope.cut = True
                    for connection in scope.connections:
                        _shut_down(connection)
                    log.warning(
                        "database work past its wall-clock bound: %d connection(s) cut",
                        len(scope.connections),
                    )
                waiting = [s.deadline for s in self._scopes if not s.cut]
                self._condition.wait(max(min(waiting) - now, 0.01) if waiting else None)


def _shut_down(dbapi_connection: object) -> None:
    """Shut the connection's socket down in both directions; its owner sees the connection lost."""
    try:
        descriptor = dbapi_connection.fileno()  # type: ignore[attr-defined]
    except Exception:  # already closed: nothing to cut
        return
    try:
        # A duplicate descriptor: shutdown(2) acts on the socket both share, and
        # closing the duplicate leaves the driver's own descriptor to the driver.
        duplicate = socket.socket(fileno=os.dup(descriptor))
    except OSError:
        return
    with duplicate, contextlib.suppress(OSError):
        duplicate.shutdown(socket.SHUT_RDWR)
