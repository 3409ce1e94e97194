"""The ``carryback`` command line, one module per area.

``keys``, ``db`` (schema and audit trail), ``roster`` (clinicians and clients),
``practice`` (the practice and the noticings it brought), ``safety_plan``
(``carryback plan``: the client's safety plan), ``sessions``,
``briefs``, ``serve`` (the long-running services), ``tools`` (trying cue sets
and, lazily, transcription), ``texts`` (every fixed text, in each language),
``twilio_number`` (pointing the Twilio number here) and ``doctor`` (checking a
running deployment); ``carryback simulate`` comes from the Twilio stand-in in
``services.simulator``.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import ClassVar

import click

from services.cli import (
    briefs,
    db,
    doctor,
    keys,
    practice,
    roster,
    safety_plan,
    serve,
    sessions,
    texts,
    tools,
    twilio_number,
)
from services.logs import configure as configure_logging


class _LazyGroup(click.Group):
    """Commands whose imports are heavy, imported only when used.

    The speech engine and the Twilio stand-in are heavy imports; enrolment
    and reading commands should not pay for them.
    """

    lazy: ClassVar[dict[str, tuple[str, str]]] = {
        "transcribe": ("services.cli.transcribe", "transcribe_command"),
        "simulate": ("services.simulator.command", "simulate_group"),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *filter(self._installed, self.lazy)])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and self._installed(cmd_name):
            module, attribute = self.lazy[cmd_name]
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, cmd_name)

    def _installed(self, cmd_name: str) -> bool:
        """The production image leaves the Twilio stand-in out: no `simulate` there."""
        try:
            return importlib.util.find_spec(self.lazy[cmd_name][0]) is not None
        except ModuleNotFoundError:
            return False


@click.group(cls=_LazyGroup)
@click.option("-v", "--verbose", is_flag=True, help="Log at INFO level.")
def main(verbose: bool) -> None:
    """Carryback: between-session noticings, routed back to the clinician."""
    configure_logging(logging.INFO if verbose else logging.WARNING)


for _command in (
    keys.keys,
    db.db,
    db.audit_log,
    roster.clinician,
    roster.client,
    sessions.therapy_session,
    practice.practice,
    practice.noticings,
    safety_plan.safety_plan,
    tools.tag_command,
    texts.texts_command,
    briefs.brief,
    serve.serve,
    serve.worker,
    twilio_number.twilio_group,
    doctor.doctor,
):
    main.add_command(_command)
