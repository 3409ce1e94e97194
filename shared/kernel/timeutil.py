"""Local session times to UTC, DST-safe."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class LocalTimeError(ValueError):
    """A local time that cannot be used as given (bad format, zone, or DST gap)."""


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise LocalTimeError(f"unknown timezone {name!r} (use an Area/City name)") from None


def local_to_utc(text: str, tz_name: str) -> datetime:
    """Parse "YYYY-MM-DD HH:MM" in ``tz_name`` and return it in UTC.

    A wall-clock time skipped by a DST change does not exist; rather than
    guess which hour the clinician meant, it is refused with a clear message.
    An ambiguous time (clocks going back) takes its first occurrence.
    """
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise LocalTimeError(f"{text!r} is not a time like 2026-03-05 14:30") from None
    tz = zone(tz_name)
    local = naive.replace(tzinfo=tz, fold=0)
    as_utc = local.astimezone(UTC)
    if as_utc.astimezone(tz).replace(tzinfo=None) != naive:
        raise LocalTimeError(
            f"{text} does not exist in {tz_name} (the clocks skip it for daylight saving)"
        )
    return as_utc


def to_local(moment: datetime, tz_name: str) -> datetime:
    return moment.astimezone(zone(tz_name))


def weeks_later(moment: datetime, weeks: int, tz_name: str) -> datetime:
    """The same wall-clock time in ``tz_name``, ``weeks`` weeks after ``moment``, in UTC.

    A weekly session at 12:00 stays at 12:00 across a daylight-saving change (adding
    weeks of real time would move it to 11:00 or 13:00). A time the change skips
    (02:30 on the spring Sunday) reads as the hour after; a repeated one as its first.
    """
    tz = zone(tz_name)
    local = moment.astimezone(tz).replace(tzinfo=None) + timedelta(weeks=weeks)
    return local.replace(tzinfo=tz, fold=0).astimezone(UTC)
