"""How every command turns a domain error into one clear line."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import click
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from services import runtime
from shared.infra.jobs import UnsafeRedis, require_no_eviction
from shared.kernel.config import ConfigError
from shared.kernel.timeutil import LocalTimeError
from shared.language.cues import CueSetError
from shared.outreach.messaging import MessagingError
from shared.outreach.reminders import ReminderSpecError
from shared.roster.clients import RosterError
from shared.vault.keys import require_master_key_fits


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


def refuse_wrong_master_key(ctx: runtime.Context) -> None:
    """Exit with one line when CARRYBACK_MASTER_KEY does not open the database's keys.

    A database that cannot be read now is not a reason to refuse: the
    service starts and recovers with it (its outages are handled as they come).
    """
    with clear_errors():
        try:
            with ctx.db.session() as session:
                require_master_key_fits(session, ctx.keys)
        except SQLAlchemyError as error:
            logging.getLogger(__name__).warning(
                "master key not checked: the database did not answer (%s)", type(error).__name__
            )
