"""One logging setup for every Carryback process: time, level, logger, then the message.

The CLI (and so the worker and the summary service) sets it up as it starts;
the intake and the console run under gunicorn, whose logger class
(:class:`services.access_log.RedactingLogger`) sets up the same, at
gunicorn's ``--log-level``, and writes gunicorn's own lines (its error log and
the access log) in the same format. Lines never carry client material: the
code logs ids and outcomes only.
"""

from __future__ import annotations

import logging

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def formatter() -> logging.Formatter:
    """``2026-12-05 03:14:35,846 INFO services.intake.app: sms SM...: stored``."""
    return logging.Formatter(LOG_FORMAT)


def configure(level: int) -> None:
    """The root logger writes to stderr in :data:`LOG_FORMAT` at ``level``; safe to call again.

    Like ``logging.basicConfig``, it leaves alone a root logger that someone
    else has set up already (a test harness capturing logs).
    """
    root = logging.getLogger()
    if any(not getattr(handler, "_carryback", False) for handler in root.handlers):
        return
    for handler in list(root.handlers):
        if getattr(handler, "_carryback", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter())
    handler._carryback = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
