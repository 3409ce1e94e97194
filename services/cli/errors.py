"""How every command turns a domain error into one clear line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from services import runtime
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
    ) as error:
        raise click.ClickException(str(error)) from None


def load_context() -> runtime.Context:
    """The runtime context, or one clear line naming what is misconfigured."""
    with clear_errors():
        return runtime.context()
