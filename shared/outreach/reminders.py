"""When Carryback may remind a client: their chosen slots, quiet hours, caps, DST.

Pure functions over times and plain numbers; the database and Twilio live in
:mod:`shared.outreach.messaging`. Every time is handled as the client's wall clock
(the time zone they live in), so a reminder at 08:30 stays at 08:30 across a
daylight-saving change, and quiet hours are quiet hours on the clock they see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from shared.kernel import defaults
from shared.kernel.timeutil import zone

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_QUIET_START = defaults.QUIET_START_MINUTE
DEFAULT_QUIET_END = defaults.QUIET_END_MINUTE
MAX_PER_DAY = defaults.REMINDERS_MAX_PER_DAY
MAX_PER_WEEK = defaults.REMINDERS_MAX_PER_WEEK
SLOT_GRACE = defaults.SLOT_GRACE
_DAY_WORDS = {name.lower(): n for n, name in enumerate(DAY_NAMES)}
_GROUPS = {
    "daily": tuple(range(7)),
    "everyday": tuple(range(7)),
    "weekdays": tuple(range(5)),
    "weekends": (5, 6),
}
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class ReminderSpecError(ValueError):
    """A reminder spec that cannot be used; the message names the problem."""


@dataclass(frozen=True)
class QuietHours:
    """Minutes of the local day when nothing is sent; the span may cross midnight."""

    start: int = DEFAULT_QUIET_START
    end: int = DEFAULT_QUIET_END

    def contains(self, minute: int) -> bool:
        if self.start <= self.end:
            return self.start <= minute < self.end
        return minute >= self.start or minute < self.end

    def covers(self, other: QuietHours) -> bool:
        """Does this span include every minute of ``other``?"""
        return all(self.contains(m) for m in _span(other.start, other.end))

    def __str__(self) -> str:
        return f"{clock(self.start)}-{clock(self.end)}"


DEFAULT_QUIET = QuietHours()


@dataclass(frozen=True)
class ReminderSpec:
    """Days of the week (0 = Monday) and one local time, as the client chose them."""

    days: frozenset[int]
    minute: int

    @property
    def mask(self) -> int:
        return sum(1 << day for day in self.days)

    @classmethod
    def from_mask(cls, mask: int, minute: int) -> ReminderSpec:
        return cls(frozenset(day for day in range(7) if mask & (1 << day)), minute)

    def __str__(self) -> str:
        return f"{describe_days(self.days)} {clock(self.minute)}"


def clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def parse_clock(text: str) -> int:
    """ "08:30" -> 510; a clear error for anything else."""
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise ReminderSpecError(f"{text.strip()!r} is not a time like 08:30")
    return int(match.group(1)) * 60 + int(match.group(2))


def parse_days(text: str) -> frozenset[int]:
    """ "Mon-Fri", "Mon,Wed,Fri", "weekdays", "daily", "Sat"."""
    days: set[int] = set()
    for part in text.lower().replace(" ", "").split(","):
        if part in _GROUPS:
            days.update(_GROUPS[part])
            continue
        first, dash, last = part.partition("-")
        for word in (first, last) if dash else (first,):
            if not _is_day(word):
                raise ReminderSpecError(
                    f"{word!r} is not a day (use Mon..Sun, a range like Mon-Fri, or weekdays)"
                )
        start = _DAY_WORDS[first[:3]]
        end = _DAY_WORDS[last[:3]] if dash else start
        day = start
        days.add(day)
        while day != end:  # Fri-Mon wraps over the weekend
            day = (day + 1) % 7
            days.add(day)
    return frozenset(days)


def _is_day(word: str) -> bool:
    full = DAY_FULL[_DAY_WORDS[word[:3]]] if word[:3] in _DAY_WORDS else ""
    return len(word) >= 3 and full.startswith(word)


def _span(start: int, end: int) -> range | list[int]:
    if start <= end:
        return range(start, end)
    return [*range(start, 24 * 60), *range(0, end)]


def parse_quiet(text: str) -> QuietHours:
    """ "22:00-08:30": the client's own quiet hours, which may only widen the default."""
    start, dash, end = text.partition("-")
    if not dash:
        raise ReminderSpecError(f"{text!r} is not a span like 21:00-08:00")
    quiet = QuietHours(parse_clock(start), parse_clock(end))
    if not quiet.covers(DEFAULT_QUIET):
        raise ReminderSpecError(
            f"quiet hours {quiet} leave part of {DEFAULT_QUIET} open; "
            "they can only be wider than the default"
        )
    return quiet


def parse_spec(text: str, quiet: QuietHours = DEFAULT_QUIET) -> ReminderSpec:
    """ "Mon-Fri 08:30" -> a spec, refused with a clear reason if it cannot be kept."""
    parts = text.strip().rsplit(maxsplit=1)
    if len(parts) != 2:
        raise ReminderSpecError(f"{text.strip()!r} is not like 'Mon-Fri 08:30' (days, a time)")
    spec = ReminderSpec(parse_days(parts[0]), parse_clock(parts[1]))
    check_outside_quiet(spec.minute, quiet)
    return spec


def check_outside_quiet(minute: int, quiet: QuietHours) -> None:
    if quiet.contains(minute):
        raise ReminderSpecError(f"{clock(minute)} is inside quiet hours ({quiet})")


def check_caps(max_per_day: int, max_per_week: int) -> None:
    """Caps may be lowered from the defaults (one a day, three a week), never raised."""
    if not 1 <= max_per_day <= MAX_PER_DAY:
        raise ReminderSpecError(f"at most {MAX_PER_DAY} reminder a day can be set")
    if not 1 <= max_per_week <= MAX_PER_WEEK:
        raise ReminderSpecError(f"between 1 and {MAX_PER_WEEK} reminders a week can be set")


def describe_days(
    days: Iterable[int], names: Sequence[str] = DAY_NAMES, daily: str = "daily"
) -> str:
    """ "Mon-Fri", "Mon,Wed", "daily"; ``names`` and ``daily`` in another language."""
    chosen = sorted(set(days))
    if chosen == list(range(7)):
        return daily
    if chosen and chosen == list(range(chosen[0], chosen[-1] + 1)) and len(chosen) > 2:
        return f"{names[chosen[0]]}-{names[chosen[-1]]}"
    return ",".join(names[day] for day in chosen)


def wall_clock(day: date, minute: int, tz_name: str) -> datetime | None:
    """That local date and time in UTC; None when a DST change skips it that day."""
    tz = zone(tz_name)
    naive = datetime.combine(day, time(minute // 60, minute % 60))
    local = naive.replace(tzinfo=tz, fold=0)
    moment = local.astimezone(UTC)
    if moment.astimezone(tz).replace(tzinfo=None) != naive:
        return None
    return moment


def next_slot(spec: ReminderSpec, tz_name: str, after: datetime) -> datetime | None:
    """The first slot strictly after ``after`` (UTC), or None when no day is chosen."""
    if not spec.days:
        return None
    local_day = after.astimezone(zone(tz_name)).date()
    for offset in range(15):  # two weeks covers any weekday set and a skipped DST day
        day = local_day + timedelta(days=offset)
        if day.weekday() not in spec.days:
            continue
        moment = wall_clock(day, spec.minute, tz_name)
        if moment is not None and moment > after:
            return moment
    return None


def local_minute(moment: datetime, tz_name: str) -> int:
    local = moment.astimezone(zone(tz_name))
    return local.hour * 60 + local.minute


def in_quiet_hours(moment: datetime, tz_name: str, quiet: QuietHours = DEFAULT_QUIET) -> bool:
    return quiet.contains(local_minute(moment, tz_name))


def slot_missed(slot: datetime, now: datetime) -> bool:
    """Too late to send this slot: skip it rather than arrive late."""
    return now > slot + SLOT_GRACE


@dataclass(frozen=True)
class CapWindows:
    """The UTC bounds of a slot's local day and of the seven local days ending with it.

    A moment is on the slot's local day when ``day_start <= moment < day_end``,
    and in its week when ``week_start <= moment < day_end``: the same test in
    Python (:func:`within_caps`) and in SQL (the summary tick counts there).
    """

    day_start: datetime
    day_end: datetime
    week_start: datetime


def _local_midnight(day: date, tz_name: str) -> datetime:
    # fold=0: where midnight is skipped, this is the instant the local day begins.
    return datetime.combine(day, time(0), tzinfo=zone(tz_name)).astimezone(UTC)


def cap_windows(slot: datetime, tz_name: str) -> CapWindows:
    """Counted on the client's calendar: a rolling week, so no calendar edge lets
    four through in a row."""
    day = slot.astimezone(zone(tz_name)).date()
    return CapWindows(
        day_start=_local_midnight(day, tz_name),
        day_end=_local_midnight(day + timedelta(days=1), tz_name),
        week_start=_local_midnight(day - timedelta(days=6), tz_name),
    )


def within_caps(
    slot: datetime,
    earlier: Iterable[datetime],
    tz_name: str,
    *,
    max_per_day: int = MAX_PER_DAY,
    max_per_week: int = MAX_PER_WEEK,
) -> bool:
    """May a reminder go out at ``slot``, given the reminders already sent?"""
    windows = cap_windows(slot, tz_name)
    moments = [moment for moment in earlier if moment < windows.day_end]
    same_day = sum(1 for moment in moments if moment >= windows.day_start)
    same_week = sum(1 for moment in moments if moment >= windows.week_start)
    return same_day < max_per_day and same_week < max_per_week


def nudge_moment(session_start: datetime, tz_name: str, minute: int) -> datetime | None:
    """The day before the session, at the client's chosen time (UTC); None if DST skips it."""
    session_day = session_start.astimezone(zone(tz_name)).date()
    return wall_clock(session_day - timedelta(days=1), minute, tz_name)
