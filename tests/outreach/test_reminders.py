"""Reminder slots, quiet hours, caps and DST: the pure rules, tested hard."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from shared.outreach.reminders import (
    DEFAULT_QUIET,
    QuietHours,
    ReminderSpec,
    ReminderSpecError,
    check_caps,
    in_quiet_hours,
    next_slot,
    nudge_moment,
    parse_clock,
    parse_days,
    parse_quiet,
    parse_spec,
    slot_missed,
    within_caps,
)

NY = "America/New_York"


def local(moment: datetime, tz: str = NY) -> datetime:
    return moment.astimezone(ZoneInfo(tz))


@pytest.mark.parametrize(
    ("text", "days", "minute"),
    [
        ("Mon-Fri 08:30", {0, 1, 2, 3, 4}, 510),
        ("weekdays 8:30", {0, 1, 2, 3, 4}, 510),
        ("daily 19:00", set(range(7)), 1140),
        ("Mon,Wed,Fri 18:05", {0, 2, 4}, 1085),
        ("fri-mon 10:00", {4, 5, 6, 0}, 600),
        ("Tuesday 08:00", {1}, 480),
        ("weekends 20:59", {5, 6}, 1259),
    ],
)
def test_specs_people_write_are_understood(text: str, days: set[int], minute: int) -> None:
    spec = parse_spec(text)
    assert spec.days == frozenset(days) and spec.minute == minute


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Mon-Fri 21:30", "21:30 is inside quiet hours (21:00-08:00)"),
        ("daily 07:59", "07:59 is inside quiet hours (21:00-08:00)"),
        ("daily 21:00", "21:00 is inside quiet hours"),
        ("Mon-Fri 25:00", "'25:00' is not a time like 08:30"),
        ("Mon-Fry 08:30", "'fry' is not a day"),
        ("08:30", "is not like"),
    ],
)
def test_a_bad_spec_is_refused_naming_the_problem(text: str, message: str) -> None:
    with pytest.raises(ReminderSpecError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_spec(text)


def test_client_quiet_hours_can_only_be_wider() -> None:
    wider = parse_quiet("20:00-09:00")
    assert wider.contains(20 * 60) and wider.contains(8 * 60 + 30)
    with pytest.raises(ReminderSpecError, match="can only be wider"):
        parse_quiet("22:00-08:00")
    with pytest.raises(ReminderSpecError, match="08:30 is inside quiet hours"):
        parse_spec("Mon 08:30", wider)


def test_caps_can_be_lowered_never_raised() -> None:
    check_caps(1, 2)
    with pytest.raises(ReminderSpecError, match="between 1 and 3"):
        check_caps(1, 4)
    with pytest.raises(ReminderSpecError, match="at most 1 reminder a day"):
        check_caps(2, 3)


def test_quiet_hours_cross_midnight() -> None:
    assert DEFAULT_QUIET.contains(parse_clock("23:59")) and DEFAULT_QUIET.contains(0)
    assert not DEFAULT_QUIET.contains(parse_clock("08:00"))
    assert DEFAULT_QUIET.contains(parse_clock("21:00"))
    assert QuietHours(60, 120).contains(90) and not QuietHours(60, 120).contains(150)


def test_slots_keep_the_wall_clock_across_both_dst_changes() -> None:
    spec = parse_spec("daily 08:00")
    moment = datetime(2026, 3, 1, tzinfo=UTC)
    seen_offsets = set()
    for _ in range(250):  # March (spring forward) through November (fall back)
        slot = next_slot(spec, NY, moment)
        assert slot is not None
        seen = local(slot)
        assert (seen.hour, seen.minute) == (8, 0)
        assert not in_quiet_hours(slot, NY)
        seen_offsets.add(seen.utcoffset())
        moment = slot
    assert len(seen_offsets) == 2  # both EST and EDT were crossed


def test_a_slot_the_clocks_skip_is_not_moved_into_another_hour() -> None:
    # Chile's clocks jump at midnight: 00:30 does not exist on 2026-09-06 in Santiago.
    # (Outside quiet hours only in this constructed spec; the rule is what matters.)
    spec = ReminderSpec(frozenset(range(7)), 30)
    after = datetime(2026, 9, 5, 12, tzinfo=UTC)
    slot = next_slot(spec, "America/Santiago", after)
    assert slot is not None and local(slot, "America/Santiago").date() == date(2026, 9, 7)


def test_next_slot_is_strictly_after() -> None:
    spec = parse_spec("Mon-Fri 08:30")
    monday_0830 = datetime(2026, 3, 2, 8, 30, tzinfo=ZoneInfo(NY)).astimezone(UTC)
    assert next_slot(spec, NY, monday_0830 - timedelta(seconds=1)) == monday_0830
    friday = local(next_slot(spec, NY, monday_0830 + timedelta(days=3, seconds=1)))
    assert friday.date() == date(2026, 3, 6)  # just after Thursday's slot: Friday's
    assert next_slot(ReminderSpec(frozenset(), 510), NY, monday_0830) is None


def test_caps_hold_over_a_simulated_month_of_daily_slots() -> None:
    spec = parse_spec("daily 09:00")
    sent: list[datetime] = []
    moment = datetime(2026, 3, 1, tzinfo=UTC)
    end = datetime(2026, 4, 1, tzinfo=UTC)
    while (slot := next_slot(spec, NY, moment)) is not None and slot < end:
        if within_caps(slot, sent, NY):
            sent.append(slot)
        moment = slot
    days = [local(s).date() for s in sent]
    assert len(days) == len(set(days))  # at most one a day
    for day in days:
        assert sum(1 for d in days if day - timedelta(days=6) <= d <= day) <= 3
    assert len(sent) >= 12  # the caps thin the slots, they do not stop them


def test_lowered_weekly_cap() -> None:
    start = datetime(2026, 3, 2, 14, tzinfo=UTC)
    earlier = [start, start + timedelta(days=1)]
    assert not within_caps(start + timedelta(days=2), earlier, NY, max_per_week=2)
    assert within_caps(start + timedelta(days=7), earlier[1:], NY, max_per_week=2)


def test_a_late_slot_is_missed_after_the_grace() -> None:
    slot = datetime(2026, 3, 2, 14, tzinfo=UTC)
    assert not slot_missed(slot, slot + timedelta(minutes=9))
    assert slot_missed(slot, slot + timedelta(minutes=11))


def test_nudge_is_the_day_before_at_the_chosen_time_across_dst() -> None:
    # Session Monday 2026-03-09 10:00 EDT; the day before is the Sunday clocks change.
    session = datetime(2026, 3, 9, 10, tzinfo=ZoneInfo(NY)).astimezone(UTC)
    moment = nudge_moment(session, NY, parse_clock("19:00"))
    assert moment is not None
    assert local(moment).date() == date(2026, 3, 8) and local(moment).hour == 19


def test_days_wrap_and_groups() -> None:
    assert parse_days("Sat-Mon") == frozenset({5, 6, 0})
    assert parse_days("weekdays,Sun") == frozenset({0, 1, 2, 3, 4, 6})
    assert str(parse_spec("Mon-Fri 08:30")) == "Mon-Fri 08:30"
