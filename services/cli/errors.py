"""How every command turns a domain error into one clear line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from shared import runtime
from shared.config import ConfigError
from shared.cues import CueSetError
from shared.roster import RosterError
from shared.timeutil import LocalTimeError


@contextmanager
def clear_errors() -> Iterator[None]:
    """Turn domain errors into one clear line and exit code 1, never a traceback."""
    try:
        yield
    except (ConfigError, RosterError, LocalTimeError, CueSetError) as error:
        raise click.ClickException(str(error)) from None


def load_context() -> runtime.Context:
    """The runtime context, or one clear line naming what is misconfigured."""
    with clear_errors():
        return runtime.context()
