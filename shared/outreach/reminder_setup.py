"""A client's reminders as the clinician types them: checked, then shown, then saved.

``carryback practice set --remind`` and the console's practice page both come
here, so a spec means the same, is refused with the same words, and is
previewed with the same fixed texts wherever it is typed. The preview is the
exact text the client will get: the fixed template filled with the practice's
own cue and action (and the session's weekday for the nudge).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from shared.db.models import Client, ClientMessaging
from shared.kernel import defaults
from shared.kernel.defaults import CLIENT_LANGUAGE
from shared.kernel.timeutil import to_local
from shared.language.catalogue import text_for
from shared.outreach.messaging import (
    NUDGE,
    ReminderChoice,
    next_session_start,
    nudge_text,
    quiet_of,
    reminder_text,
)
from shared.outreach.reminders import (
    DEFAULT_QUIET,
    ReminderSpec,
    ReminderSpecError,
    check_caps,
    clock,
    parse_clock,
    parse_quiet,
    parse_spec,
)
from shared.roster.clients import current_practice
from shared.vault.keys import KeyStore

T = TypeVar("T")
NO_REMINDER_YET = "(no reminder goes out until the practice has a cue and an action)"
SESSION_DAY = "<the session day>"


class ReminderFieldError(ReminderSpecError):
    """A reminder option that cannot be used; ``field`` names which one."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ReminderRequest:
    """The reminder options as typed; an empty string or None leaves that part out."""

    remind: str | None = None  # "Mon-Fri 08:30"
    quiet_hours: str | None = None  # "22:00-08:30", only ever wider than 21:00-08:00
    max_per_week: int = defaults.REMINDERS_MAX_PER_WEEK
    nudge: str | None = None  # "18:00", the day before each session

    @property
    def wants_texts(self) -> bool:
        return bool((self.remind or "").strip() or (self.nudge or "").strip())


def parse_request(request: ReminderRequest) -> ReminderChoice:
    """The choice to store, or a :class:`ReminderFieldError` naming the field and the problem."""
    quiet_text = (request.quiet_hours or "").strip()
    quiet = _field("quiet_hours", lambda: parse_quiet(quiet_text)) if quiet_text else DEFAULT_QUIET
    remind = (request.remind or "").strip()
    spec = _field("remind", lambda: parse_spec(remind, quiet)) if remind else None
    nudge = (request.nudge or "").strip()
    nudge_minute = _field("nudge", lambda: parse_clock(nudge)) if nudge else None
    if nudge_minute is not None and quiet.contains(nudge_minute):
        raise ReminderFieldError("nudge", f"{clock(nudge_minute)} is inside quiet hours ({quiet})")
    choice = ReminderChoice(
        spec=spec, quiet=quiet, max_per_week=request.max_per_week, nudge_minute=nudge_minute
    )
    _field("max_per_week", lambda: check_caps(choice.max_per_day, choice.max_per_week))
    return choice


def _field(name: str, parse: Callable[[], T]) -> T:
    try:
        return parse()
    except ReminderFieldError:
        raise
    except ReminderSpecError as error:
        raise ReminderFieldError(name, str(error)) from None


def request_from_plan(plan: ClientMessaging | None) -> ReminderRequest:
    """What is stored, written the way it would be typed (to fill a form)."""
    if plan is None:
        return ReminderRequest()
    remind = None
    if plan.remind_days and plan.remind_minute is not None:
        remind = str(ReminderSpec.from_mask(plan.remind_days, plan.remind_minute))
    quiet = quiet_of(plan)
    return ReminderRequest(
        remind=remind,
        quiet_hours=None if quiet == DEFAULT_QUIET else str(quiet),
        max_per_week=plan.max_per_week,
        nudge=clock(plan.nudge_minute) if plan.nudge_minute is not None else None,
    )


@dataclass(frozen=True)
class PreviewLine:
    heading: str  # when it goes out
    text: str  # exactly what the client's phone shows


@dataclass(frozen=True)
class ReminderPreview:
    lines: tuple[PreviewLine, ...]

    @property
    def fingerprint(self) -> str:
        """Stands for what was shown, so a save can tell it is saving what was seen."""
        shown = "\n".join(f"{line.heading}\n{line.text}" for line in self.lines)
        return hashlib.sha256(shown.encode("utf-8")).hexdigest()


def preview(
    choice: ReminderChoice,
    *,
    cue: str | None,
    action: str | None,
    next_session: datetime | None,
    tz_name: str,
    language: str = CLIENT_LANGUAGE,
) -> ReminderPreview:
    """The texts this choice sends, filled with the practice's own words, in the
    client's language (the headings are the clinician's, in English)."""
    lines = []
    if choice.spec is not None:
        text = reminder_text(cue, action, language) if cue and action else NO_REMINDER_YET
        heading = (
            f"Reminders {choice.spec}, at most {choice.max_per_week} a week, never {choice.quiet}:"
        )
        lines.append(PreviewLine(heading, text))
    if choice.nudge_minute is not None:
        text = (
            nudge_text(next_session, tz_name, language)
            if next_session is not None
            else text_for(language, NUDGE, weekday=SESSION_DAY)
        )
        lines.append(
            PreviewLine(f"The day before each session at {clock(choice.nudge_minute)}:", text)
        )
    return ReminderPreview(tuple(lines))


def preview_for_client(
    session: Session, keys: KeyStore, client: Client, choice: ReminderChoice, now: datetime
) -> ReminderPreview:
    """The preview with the client's practice as it stands and their next session."""
    practice = current_practice(session, keys.open_client(session, client))
    cue = practice.cues[0].label if practice and practice.cues else None
    return preview(
        choice,
        cue=cue,
        action=practice.action if practice else None,
        next_session=next_session_start(session, client.id, now),
        tz_name=client.timezone,
        language=client.language,
    )


def describe_next(plan: ClientMessaging, tz_name: str) -> str:
    """ "next reminder Mon 2026-03-09 08:30 CDT", in the client's own time."""
    if plan.next_due_at is None:
        return "no reminders scheduled"
    local = to_local(plan.next_due_at, tz_name)
    return f"next reminder {local:%a %Y-%m-%d %H:%M %Z}"
