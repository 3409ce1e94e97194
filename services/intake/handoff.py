"""The intake's hand-off to the workers: bounded so no webhook answer waits on Redis.

Store, then enqueue, then answer stays the order; what changes is how long
the enqueue may take. The intake talks to Redis on its own connection with
short time-outs, and after a failure it stops trying for a while (a circuit
breaker): rows stored meanwhile wait in the database, where the sweep finds
them. A hung Redis (accepting connections, never answering) therefore costs
one short time-out per breaker period, never Twilio's 15 s.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from redis import Redis
from redis.exceptions import RedisError

from shared.infra.jobs import JobQueues, enqueue_received, require_writable
from shared.kernel.defaults import BREAKER_OPEN_S

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 0.5
# Redis answers a pipelined enqueue in well under a millisecond; a second is
# a Redis that is not answering, and the sweep is the better path then.
SOCKET_TIMEOUT_S = 1.0
# How long the intake leaves Redis alone after a failed enqueue.


class Handoff:
    """Enqueue jobs for stored rows, or leave them to the sweep; never wait long."""

    def __init__(self, redis_url: str) -> None:
        self.redis = Redis.from_url(
            redis_url, socket_connect_timeout=CONNECT_TIMEOUT_S, socket_timeout=SOCKET_TIMEOUT_S
        )
        self.queues = JobQueues(self.redis)
        self._skip_until = 0.0

    @property
    def tripped(self) -> bool:
        """Is Redis being left alone after a recent failure?"""
        return time.monotonic() < self._skip_until

    def received(self, *, tag: Sequence[str], alert: Sequence[str]) -> bool:
        """Tag and alert jobs for noticings just committed; False when left to the sweep."""
        if not tag and not alert:
            return True
        return self._attempt(lambda: enqueue_received(self.queues, tag=tag, alert=alert))

    def transcribe(self, noticing_id: str) -> bool:
        return self._attempt(lambda: self.queues.enqueue_transcribe(noticing_id))

    def discard(self, recording_sid: str) -> bool:
        """Delete a stray recording at Twilio (shared.noticings.strays); the sweep retries."""
        return self._attempt(lambda: self.queues.enqueue_discard(recording_sid))

    def ping(self) -> bool:
        try:
            return bool(self.redis.ping())
        except RedisError:
            return False

    def writable(self) -> bool:
        """Can Redis take jobs now? A real write: a full Redis still answers PING."""
        try:
            require_writable(self.redis)
        except RedisError:
            return False
        return True

    def _attempt(self, enqueue: Callable[[], bool]) -> bool:
        if self.tripped:
            return False
        done = enqueue()
        if not done:
            self._skip_until = time.monotonic() + BREAKER_OPEN_S
            log.warning("redis not answering; jobs wait for the sweep for %.0f s", BREAKER_OPEN_S)
        return done
