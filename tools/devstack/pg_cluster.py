"""A throwaway PostgreSQL cluster a chaos test may stop, freeze and make read-only.

The shared server (``tools.devstack.postgres``) serves every test and must not
be touched; this one belongs to one test. It is built with the server's own
``initdb`` and ``pg_ctl`` (``/usr/lib/postgresql/<version>/bin``) in a
temporary directory owned by the ``postgres`` account when run as root (the
server refuses to run as root), listens on a free loopback port, keeps its
unix socket in that directory, and trusts local connections.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, text

from tools.devstack.processes import free_port, port_open, wait_until

START_DEADLINE_S = 30.0
SERVER_USER = "postgres"


class PgCluster:
    """One cluster: ``start``, ``stop``, ``freeze``/``thaw``, ``read_only(on)``, ``destroy``."""

    def __init__(self) -> None:
        self.bin = _server_bin()
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="carryback-pg-"))
        self.data = self.root / "data"
        self.user = _server_user()
        if self.user is not None:
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        self.log = self.root / "server.log"

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str = "carryback") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str = "carryback") -> str:
        """A new database on the cluster; its URL."""
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    # --- faults ------------------------------------------------------------------

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        wait_until(lambda: port_open(self.port), deadline_s=START_DEADLINE_S, what="PostgreSQL")

    def stop(self) -> None:
        """A fast shutdown: backends are ended, the port closes."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def freeze(self) -> None:
        """SIGSTOP the postmaster and every backend: connections open, nothing answers."""
        for pid in self._server_pids():
            os.kill(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        for pid in self._server_pids():
            os.kill(pid, signal.SIGCONT)

    def read_only(self, on: bool) -> None:
        """New transactions read-only (``default_transaction_read_only``), or writable again."""
        value = "on" if on else "off"
        self._admin(f"ALTER SYSTEM SET default_transaction_read_only = {value}")
        self._admin("SELECT pg_reload_conf()")

    def destroy(self) -> None:
        with contextlib.suppress(Exception):
            self.thaw()
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    # --- helpers -----------------------------------------------------------------

    def _admin(self, statement: str) -> None:
        engine = create_engine(
            self.admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5}
        )
        try:
            with engine.connect() as connection:
                # ALTER SYSTEM must run outside a read-only default: say so for this session.
                connection.execute(text("SET default_transaction_read_only = off"))
                connection.execute(text(statement))
        finally:
            engine.dispose()

    def _server_pids(self) -> list[int]:
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        return [postmaster, *_children(postmaster)]

    def _run(self, program: str, *args: str) -> None:
        argv = [str(self.bin / program), *args]
        kwargs = {"user": self.user.pw_uid, "group": self.user.pw_gid} if self.user else {}
        subprocess.run(argv, check=True, capture_output=True, cwd=self.root, timeout=60, **kwargs)


def _children(parent: int) -> list[int]:
    """Processes whose parent is ``parent`` (the postmaster's backends and helpers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The second field is the command in parentheses and may hold spaces.
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == parent:
            found.append(int(entry.name))
    return found


def _server_bin() -> Path:
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3])
    )
    if not versions:
        raise RuntimeError("no PostgreSQL server tools under /usr/lib/postgresql/*/bin")
    return versions[-1].parent


def _server_user() -> pwd.struct_passwd | None:
    """The account the server runs as: ``postgres`` when we are root, else ourselves."""
    if os.geteuid() != 0:
        return None
    return pwd.getpwnam(SERVER_USER)


def available() -> bool:
    """Whether a throwaway cluster can be built here."""
    try:
        _server_bin()
        if os.geteuid() == 0:
            pwd.getpwnam(SERVER_USER)
    except (RuntimeError, KeyError):
        return False
    return True
