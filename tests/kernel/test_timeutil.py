"""Local session times across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shared.kernel.timeutil import LocalTimeError, local_to_utc, weeks_later


def test_a_weekly_time_keeps_its_wall_clock_hour_when_the_clocks_go_forward():
    friday_noon = local_to_utc("2027-03-12 12:00", "America/Chicago")  # CST, UTC-6
    assert friday_noon == datetime(2027, 3, 12, 18, 0, tzinfo=UTC)
    assert weeks_later(friday_noon, 1, "America/Chicago") == datetime(
        2027, 3, 19, 17, 0, tzinfo=UTC
    )  # CDT, UTC-5: still noon in Chicago


def test_a_weekly_time_keeps_its_wall_clock_hour_when_the_clocks_go_back():
    first = local_to_utc("2026-10-30 09:15", "Europe/Madrid")  # CEST, UTC+2
    assert weeks_later(first, 1, "Europe/Madrid") == datetime(2026, 11, 6, 8, 15, tzinfo=UTC)


def test_no_weeks_later_is_the_moment_itself():
    moment = datetime(2026, 12, 7, 6, 30, tzinfo=UTC)
    assert weeks_later(moment, 0, "America/New_York") == moment


def test_a_time_the_change_skips_reads_as_the_hour_after():
    # 02:30 the week after a Sunday 02:30 CST is skipped: the session lands at 03:30 CDT.
    sunday = local_to_utc("2027-03-07 02:30", "America/Chicago")
    assert weeks_later(sunday, 1, "America/Chicago") == datetime(2027, 3, 14, 8, 30, tzinfo=UTC)
    with pytest.raises(LocalTimeError):
        local_to_utc("2027-03-14 02:30", "America/Chicago")
