"""The console's own settings, from the environment, failing loudly like shared.kernel.config."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from shared.kernel.config import ConfigError, _int, _url

MIN_SECRET_KEY_LENGTH = 32


@dataclass(frozen=True)
class ConsoleSettings:
    secret_key: str = field(repr=False)
    base_url: str
    idle_timeout: timedelta
    absolute_timeout: timedelta
    invitation_lifetime: timedelta
    signin_account_limit: str
    signin_address_limit: str
    trusted_proxies: int
    # The sign-in throttle (services.console.throttle): failures per account and
    # address in the window; the account-wide bucket is looser.
    signin_attempts: int = 10
    signin_window_s: int = 900

    @property
    def https(self) -> bool:
        return self.base_url.startswith("https://")


def _secret_key(env: Mapping[str, str]) -> str:
    value = env.get("CONSOLE_SECRET_KEY", "").strip()
    path = env.get("CONSOLE_SECRET_KEY_FILE", "").strip()
    if not value and path:
        try:
            with open(path, encoding="utf-8") as handle:
                value = handle.read().strip()
        except OSError:
            raise ConfigError("CONSOLE_SECRET_KEY_FILE names no readable file") from None
    if not value:
        raise ConfigError("CONSOLE_SECRET_KEY is not set (openssl rand -hex 32)")
    if len(value) < MIN_SECRET_KEY_LENGTH:
        raise ConfigError(f"CONSOLE_SECRET_KEY must be at least {MIN_SECRET_KEY_LENGTH} characters")
    return value


def load_console_settings(env: Mapping[str, str] | None = None) -> ConsoleSettings:
    env = os.environ if env is None else env
    attempts = _int(env, "CONSOLE_SIGNIN_ATTEMPTS", 10, minimum=1)
    lockout = _int(env, "CONSOLE_SIGNIN_LOCKOUT_MINUTES", 15, minimum=1)
    return ConsoleSettings(
        secret_key=_secret_key(env),
        base_url=console_base_url(env),
        idle_timeout=timedelta(seconds=_int(env, "CONSOLE_IDLE_TIMEOUT_SECONDS", 900, minimum=1)),
        absolute_timeout=timedelta(hours=_int(env, "CONSOLE_SESSION_MAX_HOURS", 12, minimum=1)),
        invitation_lifetime=timedelta(hours=_int(env, "CONSOLE_INVITATION_HOURS", 72, minimum=1)),
        signin_account_limit=f"{attempts} per {lockout} minutes",
        signin_address_limit=f"{attempts * 3} per {lockout} minutes",
        trusted_proxies=_int(env, "CONSOLE_TRUSTED_PROXIES", 0, minimum=0),
        signin_attempts=attempts,
        signin_window_s=lockout * 60,
    )


def console_base_url(env: Mapping[str, str] | None = None) -> str:
    """Where links into the console point (the CLI needs only this one setting)."""
    env = os.environ if env is None else env
    return _url(env, "CONSOLE_BASE_URL", "http://127.0.0.1:8100", ("https", "http"))
