"""The access log of the intake and console, with one-time tokens masked.

Invitation links (``/invitation/<token>``) and brief links (``/l/<token>``)
carry a secret in their path: whoever reads a log line could redeem an unused
invitation or open a brief. Gunicorn logs the path; this logger masks each
token segment before the line is written. Query strings are never logged.
"""

from __future__ import annotations

import re
from typing import Any

from gunicorn.glogging import Logger

from services import logs

# The segment after a token-bearing prefix at the start of a path (or of the
# path in a request line), up to the next "/".
TOKEN_PATH = re.compile(r"((?:^|\s)/(?:invitation|l)/)[^/?#\s]+")
MASK = "[token]"


def redact_path(path: str) -> str:
    """The path with every token segment replaced by a mask."""
    return TOKEN_PATH.sub(rf"\1{MASK}", path)


class RedactingLogger(Logger):
    """Gunicorn's logger, writing paths with their tokens masked, in Carryback's log format.

    Gunicorn's own lines (``gunicorn.error``, ``gunicorn.access``) take the
    format every Carryback process writes (:mod:`services.logs`), and the
    application's loggers (the intake's INFO lines) are set up at gunicorn's
    log level instead of being dropped by an unconfigured root logger.
    """

    error_fmt = logs.LOG_FORMAT
    datefmt = None  # logging's default: "2026-12-05 03:14:35,846", as everywhere else
    access_fmt = logs.LOG_FORMAT

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        logs.configure(self.loglevel)

    def atoms(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> Any:
        found = super().atoms(resp, req, environ, request_time)
        for key in ("U", "r", "q"):
            if key in found:
                found[key] = redact_path(found[key]) if key != "q" else ""
        return found
