"""Start services as separate processes and always stop them again (tests, demo, bench).

Each service runs in its own process group (its own session), so stopping it
reaches everything it forked (gunicorn's workers, for one), and a Ctrl-C in
the terminal reaches the caller only: it then stops the services in order.
Output goes to one log file per service, whose tail is shown when it fails.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import requests

STOP_TIMEOUT_S = 10.0
POLL_INTERVAL_S = 0.05


class ProcessError(Exception):
    """A service died or never came up; the message says why, ``log`` points at the evidence."""

    def __init__(self, message: str, *, log: Path | None = None) -> None:
        super().__init__(message)
        self.log = log


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tail(path: Path, lines: int = 25) -> str:
    """The last lines of a log file, or a note that there is none."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return f"(no log at {path})"
    return "\n".join(text.splitlines()[-lines:])


def wait_until(
    check: Callable[[], bool],
    *,
    deadline_s: float,
    what: str,
    alive: Callable[[], None] = lambda: None,
    interval_s: float = POLL_INTERVAL_S,
) -> float:
    """Poll ``check`` until it holds; return the seconds it took.

    ``alive`` is called between polls and raises when something we wait on
    has died, so a crash is reported at once instead of after the deadline.
    """
    started = time.monotonic()
    end = started + deadline_s
    while not check():
        alive()
        if time.monotonic() > end:
            raise ProcessError(f"timed out after {deadline_s:.0f} s waiting for {what}")
        time.sleep(interval_s)
    return time.monotonic() - started


def port_open(port: int) -> bool:
    """Whether something accepts TCP connections on loopback ``port``."""
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


# Above the intake's /healthz bounds (Redis 1 s, the database 2 s): a health check
# that waited out a paused Redis still answers, and a client that gave up at the
# same second as the server would race it.
HTTP_OK_TIMEOUT_S = 5.0


def http_ok(url: str) -> bool:
    """Whether ``url`` answers 200 within :data:`HTTP_OK_TIMEOUT_S`."""
    try:
        return requests.get(url, timeout=HTTP_OK_TIMEOUT_S).status_code == 200
    except requests.RequestException:
        return False


@dataclass
class Service:
    """One running process, its group and its log."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path

    def check_alive(self) -> None:
        code = self.process.poll()
        if code is not None:
            raise ProcessError(f"{self.name} exited with status {code}", log=self.log)

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """SIGTERM to the whole group, SIGKILL if it is still there after the timeout."""
        if self.process.poll() is None:
            self._signal_group(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=timeout_s)
        # Children can outlive a leader that exited: the group gets SIGKILL either way.
        self._signal_group(signal.SIGKILL)
        self.process.wait()

    def signal(self, signum: int) -> None:
        """Send ``signum`` to the whole group (SIGKILL: a crash; SIGSTOP: a hang)."""
        self._signal_group(signum)

    def kill(self) -> None:
        """Crash it: SIGKILL to the group, nothing cleaned up, then reap it."""
        self._signal_group(signal.SIGKILL)
        self.process.wait()

    def _signal_group(self, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signum)


@dataclass
class Supervisor:
    """Starts services with one environment; stops them all, newest first."""

    env: Mapping[str, str]
    logs_dir: Path
    pid_file: Path | None = None
    cwd: Path | None = None
    services: list[Service] = field(default_factory=list)

    def start(self, name: str, argv: list[str], env: Mapping[str, str] | None = None) -> Service:
        """Start ``argv`` in its own session, output to ``logs_dir/name.log``.

        ``env`` replaces the supervisor's environment for this one process.
        """
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.logs_dir / f"{name}.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                argv,
                env=dict(self.env if env is None else env),
                cwd=self.cwd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        service = Service(name, process, log_path)
        self.services.append(service)
        if self.pid_file is not None:
            with self.pid_file.open("a", encoding="utf-8") as pids:
                pids.write(f"{process.pid} {name}\n")
        return service

    def stop(self, service: Service) -> None:
        """Stop one service early (the others keep running)."""
        service.stop()
        self.services.remove(service)

    def check_alive(self) -> None:
        for service in self.services:
            service.check_alive()

    def stop_all(self) -> None:
        while self.services:
            self.services.pop().stop()
