"""The summary loop's heartbeat: set by every tick that completed, gone once they stop."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from redis import Redis

from services.summary import heartbeat, loop
from services.summary.heartbeat import HEARTBEAT_KEY


def test_a_beat_lasts_a_few_ticks_and_says_when_and_who(redis: Redis) -> None:
    at = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    heartbeat.beat(redis, 60, now=at)
    beat = heartbeat.last_beat(redis)
    assert beat is not None and beat.at == at and beat.pid > 0 and beat.host
    assert 180 < redis.ttl(HEARTBEAT_KEY) <= heartbeat.ttl_seconds(60) == 190
    assert heartbeat.ttl_seconds(1) == 13


def test_no_beat_or_a_foreign_value_reads_as_none(redis: Redis) -> None:
    assert heartbeat.last_beat(redis) is None
    redis.set(HEARTBEAT_KEY, "not json")
    assert heartbeat.last_beat(redis) is None
    redis.set(HEARTBEAT_KEY, json.dumps({"at": "yesterday"}))
    assert heartbeat.last_beat(redis) is None


def test_a_beat_without_redis_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    heartbeat.beat(Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2), 60)
    assert "summary heartbeat not recorded" in caplog.text


def test_only_a_tick_that_completed_beats(ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    assert loop.tick_and_beat(ctx, 1) is True
    assert heartbeat.last_beat(ctx.queues.redis) is not None

    ctx.queues.redis.delete(HEARTBEAT_KEY)

    def broken(_ctx: object) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(loop, "tick", broken)
    assert loop.tick_and_beat(ctx, 1) is False
    assert heartbeat.last_beat(ctx.queues.redis) is None
