"""The summary loop's heartbeat: a Redis key set after every tick that completed.

RQ shows whether workers are alive; nothing showed whether the summary loop
was. Each completed tick sets :data:`HEARTBEAT_KEY` with a time-to-live of a
few ticks, so the key is there while some summary loop is doing its work and
gone soon after every one has stopped, hung or kept failing (``carryback
doctor`` reads it). Several loops may run at once: any one of them keeps it.
The value holds no client material: when, and which host and process.
"""

from __future__ import annotations

import json
import logging
import math
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime

from redis import Redis
from redis.exceptions import RedisError

from shared.kernel.defaults import SUMMARY_HEARTBEAT_MISSED_TICKS, SUMMARY_HEARTBEAT_SLACK_SECONDS

log = logging.getLogger(__name__)

HEARTBEAT_KEY = "carryback:summary:heartbeat"


@dataclass(frozen=True)
class Beat:
    """The last completed tick some summary loop reported."""

    at: datetime
    host: str
    pid: int


def ttl_seconds(interval_s: float) -> int:
    """How long one beat lasts: a few ticks, and some slack for a slow one."""
    return math.ceil(interval_s * SUMMARY_HEARTBEAT_MISSED_TICKS) + SUMMARY_HEARTBEAT_SLACK_SECONDS


def beat(redis: Redis, interval_s: float, now: datetime | None = None) -> None:
    """Record a completed tick; a Redis outage is logged, never raised (the tick's work is done)."""
    value = json.dumps(
        {
            "at": (now or datetime.now(UTC)).isoformat(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
        }
    )
    try:
        redis.set(HEARTBEAT_KEY, value, ex=ttl_seconds(interval_s))
    except RedisError as error:
        log.warning("summary heartbeat not recorded (%s)", type(error).__name__)


def last_beat(redis: Redis) -> Beat | None:
    """The newest beat still alive, or None (RedisError when Redis does not answer)."""
    raw = redis.get(HEARTBEAT_KEY)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        return Beat(datetime.fromisoformat(data["at"]), str(data["host"]), int(data["pid"]))
    except (ValueError, KeyError, TypeError):
        return None  # not ours to read: as good as no beat
