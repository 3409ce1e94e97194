"""The sign-in throttle: failures limited by account and address together, so a stranger
who knows a clinician's e-mail cannot keep them out of a browser they have signed in from.

The password step has two kinds of caller:

* **a browser with this account's device cookie** (:mod:`services.console.device`,
  given at the account's last full sign-in there): its own bucket only,
  ``CONSOLE_SIGNIN_ATTEMPTS`` (10) failures per ``CONSOLE_SIGNIN_LOCKOUT_MINUTES``
  (15) for that cookie. It is exempt from the account-wide delay and bucket, so
  a stranger's failures from any number of addresses never reach it.
* **any other browser**: the bucket of **account + address** (10 failures per
  15 minutes; an IPv6 address counts as its /64, which one subscriber usually
  holds whole) and the **account** bucket, from any address without the
  cookie: ten times that. Past the first ``attempts`` failures each further
  attempt must wait a progressively longer delay after the last failure (1 s,
  2 s, 4 s ... at most a minute), so guessing from many addresses slows to a
  crawl long before the bucket is full.

The code step (TOTP or recovery code, and the first enrolment) has one hard
cap per account, from every address and every browser, device cookie or not:
``attempts`` wrong codes per window. Only someone who has just given the
right password reaches it, so a stranger with the e-mail alone cannot spend
it; whoever holds the password gets 10 guesses per window, not 10 per address.

An attempt is counted *before* the password or code is checked, in one Lua
script (atomic in Redis): 24 wrong codes sent at once get at most the limit
checked, the rest are refused unchecked. A success gives its count back, so
only failures count. A refusal counts nothing.
"""

from __future__ import annotations

import ipaddress
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

# KEYS: pair count, account count, account's last attempt or failure (ms).
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
-- The delay runs from this admission too: a burst sent the instant a delay
-- ends gets one attempt in, not one per request.
redis.call('SET', KEYS[3], ARGV[6], 'PX', ARGV[3])
return {1, 0}
"""
# One bucket, no delay: a device cookie's own failures, or the code step's cap.
# KEYS: the count. ARGV: limit, window ms. Returns as _ADMIT.
_ADMIT_ONE = """
if tonumber(redis.call('GET', KEYS[1]) or '0') >= tonumber(ARGV[1]) then
  return {0, redis.call('PTTL', KEYS[1])}
end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return {1, 0}
"""
# A success gives back what its admission counted (never below zero).
_REFUND = """
for i = 1, #KEYS do
  if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
end
return 1
"""


def address_group(address: str) -> str:
    """The address a per-address bucket counts: an IPv6 address as its /64.

    One home or phone line is usually given a whole /64, so counting single
    IPv6 addresses would give one attacker 2^64 fresh buckets.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


class SignInPaused(TooManyRequests):
    """Refused before anything was checked; says for how long."""

    def __init__(self, wait_ms: int) -> None:
        super().__init__()
        self.wait_s = max(1, (int(wait_ms) + 999) // 1000)


@dataclass(frozen=True)
class Attempt:
    """One admitted attempt: report how it went, exactly once."""

    throttle: SignInThrottle
    counted: tuple[str, ...]
    last_failure: str | None = None

    def failed(self) -> None:
        """Keep the count; an account-wide attempt starts the account's delay from now."""
        if self.last_failure is not None:
            stamp = int(clock() * 1000)
            self.throttle.redis.set(self.last_failure, stamp, px=self.throttle.window_ms)

    def succeeded(self) -> None:
        self.throttle.redis.eval(_REFUND, len(self.counted), *self.counted)


class SignInThrottle:
    """The buckets of one console, on its Redis."""

    def __init__(self, redis: Redis, attempts: int, window_s: int) -> None:
        self.redis = redis
        self.attempts = attempts
        self.window_ms = window_s * 1000

    def admit(self, step: str, account: str, address: str) -> Attempt:
        """Count an attempt from a browser without the device cookie, before it is checked.

        Raises :class:`SignInPaused` when this address or the account is over.
        """
        base = f"{PREFIX}:{step}:{account}"
        counted = (f"{base}:from:{address_group(address)}", f"{base}:all")
        last_failure = f"{base}:last-failure"
        admitted, wait_ms = self.redis.eval(
            _ADMIT,
            3,
            *counted,
            last_failure,
            self.attempts,
            self.attempts * ACCOUNT_FACTOR,
            self.window_ms,
            self.attempts,
            MAX_DELAY_MS,
            int(clock() * 1000),
        )
        if not admitted:
            raise SignInPaused(int(wait_ms))
        return Attempt(self, counted, last_failure)

    def admit_device(self, step: str, account: str, device: str) -> Attempt:
        """Count an attempt from a browser with the account's device cookie: its bucket only."""
        return self._admit_one(f"{PREFIX}:{step}:{account}:device:{device}")

    def admit_capped(self, step: str, account: str) -> Attempt:
        """Count an attempt against the account's hard cap, whoever sends it."""
        return self._admit_one(f"{PREFIX}:{step}:{account}:cap")

    def _admit_one(self, key: str) -> Attempt:
        admitted, wait_ms = self.redis.eval(_ADMIT_ONE, 1, key, self.attempts, self.window_ms)
        if not admitted:
            raise SignInPaused(int(wait_ms))
        return Attempt(self, (key,))


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


def admit(step: str, account: str, device: str | None = None) -> Attempt:
    """Count an attempt at ``step`` on ``account``: by its device cookie when it has one
    for this account, else by this request's address and the account."""
    if device is not None:
        return throttle().admit_device(step, account, device)
    return throttle().admit(step, account, request.remote_addr or "unknown")


def admit_capped(step: str, account: str) -> Attempt:
    """Count an attempt at ``step`` against ``account``'s hard cap (the code steps)."""
    return throttle().admit_capped(step, account)


def paused_page(error: SignInPaused) -> tuple[str, int, dict[str, str]]:
    """The same words whether the account exists or not; how long, in plain terms."""
    wait = error.wait_s
    wording = f"{wait} seconds" if wait < 120 else f"about {round(wait / 60)} minutes"
    message = (
        "Too many attempts to sign in. For the account's safety, signing in is paused for "
        f"{wording}. Try again then, or from a browser where you have signed in before."
    )
    page = render_template("error.html", title="Signing in is paused", message=message)
    return page, 429, {"Retry-After": str(wait)}
