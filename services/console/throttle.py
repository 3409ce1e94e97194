"""The sign-in throttle: failures limited by account and address together, so a stranger
who knows a clinician's e-mail cannot keep them out.

Two buckets per step (password, code, first enrolment), in Redis, so every
gunicorn worker shares them:

* **account + address**: ``CONSOLE_SIGNIN_ATTEMPTS`` (10) failures per
  ``CONSOLE_SIGNIN_LOCKOUT_MINUTES`` (15) from one address pause that address
  for that account. An attacker's wrong passwords pause the attacker, not the
  clinician signing in from their own browser.
* **account**, from any address: looser, ten times that. Past the first
  ``attempts`` failures each further attempt must wait a progressively longer
  delay after the last failure (1 s, 2 s, 4 s ... at most a minute), so
  guessing from many addresses slows to a crawl long before the bucket is full.

An attempt is counted *before* the password or code is checked, in one Lua
script (atomic in Redis): 24 wrong codes sent at once get at most the limit
checked, the rest are refused unchecked. A success gives its count back, so
only failures count. A refusal counts nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from flask import current_app, render_template, request
from redis import Redis
from werkzeug.exceptions import TooManyRequests

from services import runtime

PREFIX = "carryback-console:signin"
# The account-wide bucket is this many times the per-address one.
ACCOUNT_FACTOR = 10
MAX_DELAY_MS = 60_000
# Time in ms; replaced in tests to step over a delay without waiting for it.
clock: Callable[[], float] = time.time

# KEYS: pair count, account count, account's last failure (ms).
# ARGV: pair limit, account limit, window ms, free failures, max delay ms, now ms.
# Returns {1, 0} when admitted (both counted), {0, ms to wait} when refused.
_ADMIT = """
local pair = tonumber(redis.call('GET', KEYS[1]) or '0')
local account = tonumber(redis.call('GET', KEYS[2]) or '0')
if pair >= tonumber(ARGV[1]) then return {0, redis.call('PTTL', KEYS[1])} end
if account >= tonumber(ARGV[2]) then return {0, redis.call('PTTL', KEYS[2])} end
local free = tonumber(ARGV[4])
if account > free then
  local last = tonumber(redis.call('GET', KEYS[3]) or '0')
  local ready = last + math.min(1000 * 2 ^ (account - free - 1), tonumber(ARGV[5]))
  local now = tonumber(ARGV[6])
  if now < ready then return {0, math.ceil(ready - now)} end
end
for i = 1, 2 do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
end
return {1, 0}
"""
# A success gives back what its admission counted (never below zero).
_REFUND = """
for i = 1, #KEYS do
  if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
end
return 1
"""


class SignInPaused(TooManyRequests):
    """Refused before anything was checked; says for how long."""

    def __init__(self, wait_ms: int) -> None:
        super().__init__()
        self.wait_s = max(1, (int(wait_ms) + 999) // 1000)


@dataclass(frozen=True)
class Attempt:
    """One admitted attempt: report how it went, exactly once."""

    throttle: SignInThrottle
    keys: tuple[str, str, str]

    def failed(self) -> None:
        """Keep the count; the account's last failure starts any delay from now."""
        self.throttle.redis.set(self.keys[2], int(clock() * 1000), px=self.throttle.window_ms)

    def succeeded(self) -> None:
        self.throttle.redis.eval(_REFUND, 2, self.keys[0], self.keys[1])


class SignInThrottle:
    """The two buckets of one console, on its Redis."""

    def __init__(self, redis: Redis, attempts: int, window_s: int) -> None:
        self.redis = redis
        self.attempts = attempts
        self.window_ms = window_s * 1000

    def admit(self, step: str, account: str, address: str) -> Attempt:
        """Count an attempt before it is checked; raises :class:`SignInPaused` when over."""
        base = f"{PREFIX}:{step}:{account}"
        keys = (f"{base}:from:{address}", f"{base}:all", f"{base}:last-failure")
        admitted, wait_ms = self.redis.eval(
            _ADMIT,
            3,
            *keys,
            self.attempts,
            self.attempts * ACCOUNT_FACTOR,
            self.window_ms,
            self.attempts,
            MAX_DELAY_MS,
            int(clock() * 1000),
        )
        if not admitted:
            raise SignInPaused(int(wait_ms))
        return Attempt(self, keys)


def throttle() -> SignInThrottle:
    """This app's throttle, made on first use from its settings."""
    found = current_app.extensions.get("carryback_signin_throttle")
    if found is None:
        settings = current_app.config["CONSOLE"]
        found = SignInThrottle(
            Redis.from_url(runtime.context().settings.redis_url),
            settings.signin_attempts,
            settings.signin_window_s,
        )
        current_app.extensions["carryback_signin_throttle"] = found
    return found


def admit(step: str, account: str) -> Attempt:
    """Count an attempt at ``step`` on ``account`` from this request's address."""
    return throttle().admit(step, account, request.remote_addr or "unknown")


def paused_page(error: SignInPaused) -> tuple[str, int, dict[str, str]]:
    """The same words whether the account exists or not; how long, in plain terms."""
    wait = error.wait_s
    wording = f"{wait} seconds" if wait < 120 else f"about {round(wait / 60)} minutes"
    message = (
        "Too many attempts to sign in. For the account's safety, signing in is paused for "
        f"{wording}. Try again then, or ask your practice admin."
    )
    page = render_template("error.html", title="Signing in is paused", message=message)
    return page, 429, {"Retry-After": str(wait)}
