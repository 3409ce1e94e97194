"""How every command turns a domain error into one clear line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

import click
from redis.exceptions import RedisError

from services import runtime
from shared.infra.jobs import UnsafeRedis, require_no_eviction
from shared.kernel.config import ConfigError
from shared.kernel.timeutil import LocalTimeError
from shared.language.cues import CueSetError
from shared.outreach.messaging import MessagingError
from shared.outreach.reminders import ReminderSpecError
from shared.roster.clients import RosterError


@contextmanager
def clear_errors() -> Iterator[None]:
    """Turn domain errors into one clear line and exit code 1, never a traceback."""
    try:
        yield
    except (
        ConfigError,
        RosterError,
        LocalTimeError,
        CueSetError,
        MessagingError,
        ReminderSpecError,
        UnsafeRedis,
    ) as error:
        raise click.ClickException(str(error)) from None


def load_context() -> runtime.Context:
    """The runtime context, or one clear line naming what is misconfigured."""
    with clear_errors():
        return runtime.context()


def refuse_evicting_redis(ctx: runtime.Context) -> None:
    """Exit with one line when Redis may evict keys; a Redis that does not answer yet passes.

    The services run without Redis for a while (texts are stored, the sweep
    queues them later); the worker checks again whenever Redis comes back.
    """
    with clear_errors(), suppress(RedisError):
        require_no_eviction(ctx.queues.redis)
