"""Sends the mail server accepted whose recording in the database has not happened yet.

A brief or crisis alert is recorded as sent in the database after the SMTP
server accepts it. If the database stops in between, that recording is
retried for a while (``shared.delivery.send_records``) and then given up, and
the row is left ``sending``: the next attempt would send it again. So as
soon as the server accepts, the sender writes a mark here, in Redis (shared
by every worker on every host, and a different failure domain from the
database): the row's kind and id, when, and what recording it needs (counts
and times, never client material). Whoever next claims the row finds the
mark and records it instead of sending, and the summary service records
marks left behind once the database is back. The mark is removed once the
row is recorded.

Redis refusing the mark too (down, or full) falls back to what happens
without it: the next attempt sends again, with the same Message-ID, which
mail clients show once.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from redis import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

# One hash, a field per mark ("<kind>:<row id>"): the summary service reads every
# mark with one HGETALL instead of scanning the keyspace. A mark lives until its
# row is recorded (by its job, or by the summary service once the database is back).
KEY = "carryback:accepted"


@dataclass(frozen=True)
class Accepted:
    kind: str  # "alert" or "brief"
    row_id: str
    at: float  # seconds since the epoch when the mail server accepted it
    facts: dict[str, Any]


def _field(kind: str, row_id: str) -> str:
    return f"{kind}:{row_id}"


def remember(redis: Redis, kind: str, row_id: str, facts: dict[str, Any] | None = None) -> bool:
    """Mark the send accepted; False (logged) when Redis cannot take it."""
    value = json.dumps({"at": time.time(), "facts": facts or {}})
    try:
        redis.hset(KEY, _field(kind, row_id), value)
    except RedisError as error:
        log.warning("%s %s: accepted mark not kept (%s)", kind, row_id, type(error).__name__)
        return False
    return True


def find(redis: Redis, kind: str, row_id: str) -> Accepted | None:
    """The mark of an accepted send of this row, if any (None too when Redis cannot say)."""
    try:
        raw = redis.hget(KEY, _field(kind, row_id))
    except RedisError as error:
        log.warning("%s %s: accepted mark not readable (%s)", kind, row_id, type(error).__name__)
        return None
    return None if raw is None else _parse(kind, row_id, raw)


def forget(redis: Redis, kind: str, row_id: str) -> None:
    try:
        redis.hdel(KEY, _field(kind, row_id))
    except RedisError as error:  # the summary service drops it later; recording it is a no-op
        log.warning("%s %s: accepted mark not removed (%s)", kind, row_id, type(error).__name__)


def all_marks(redis: Redis) -> Iterator[Accepted]:
    """Every mark (a handful at most: each lives only until its row is recorded)."""
    for field, raw in redis.hgetall(KEY).items():
        name = field.decode() if isinstance(field, bytes) else field
        kind, _, row_id = name.partition(":")
        yield _parse(kind, row_id, raw)


def _parse(kind: str, row_id: str, raw: bytes | str) -> Accepted:
    data = json.loads(raw)
    return Accepted(kind, row_id, float(data["at"]), dict(data.get("facts") or {}))
