"""What a `carryback doctor` check says: ok, a warning or a failure, with the fix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

import click

# Certificates are flagged this long before they run out: time to get and install new ones.
EXPIRY_WARNING = timedelta(days=30)
# Below either, the disk holding the database gets a warning.
MIN_FREE_BYTES = 1024**3
MIN_FREE_FRACTION = 0.10
HTTP_TIMEOUT_S = 10.0
SMTP_TIMEOUT_S = 10.0
LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}
SETTINGS_FIX = "set it in .env (.env.example lists every variable), then restart the services"


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class Result:
    """One check's verdict: what was checked, how it went, and what to do about it."""

    name: str
    status: Status
    detail: str
    fix: str = ""

    def line(self) -> str:
        """The checklist line: the fix follows on the same line when something is wrong."""
        mark = {Status.OK: " ok ", Status.WARN: "WARN", Status.FAIL: "FAIL"}[self.status]
        colour = {Status.OK: "green", Status.WARN: "yellow", Status.FAIL: "red"}[self.status]
        text = f"{self.name}: {self.detail}"
        if self.fix and self.status is not Status.OK:
            text += f" -> fix: {self.fix}"
        return f"[{click.style(mark, fg=colour, bold=True)}] {text}"


def ok(name: str, detail: str) -> Result:
    return Result(name, Status.OK, detail)


def warn(name: str, detail: str, fix: str) -> Result:
    return Result(name, Status.WARN, detail, fix)


def fail(name: str, detail: str, fix: str) -> Result:
    return Result(name, Status.FAIL, detail, fix)
