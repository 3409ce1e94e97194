"""A client's noticings counted by week and cue: the caseload's small bars, the trends chart.

Weeks are calendar weeks (Monday to Sunday) in the client's own time zone,
the last one being the week in progress: a text at 23:30 on the client's
Sunday belongs to the week they lived it in. Nothing here grades: a week with
no noticings is drawn as a quiet week (a thin baseline), never as a gap or in
a warning colour.

The chart's geometry is computed here and drawn as inline SVG by the
``clients/_trends.html`` partial, so the console needs no script and its
Content-Security-Policy stays as strict as it is.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from shared.db.models import Noticing, NoticingStatus, Practice
from shared.kernel.timeutil import to_local, zone
from shared.noticings.sealing import open_corrected_cues, open_tags
from shared.roster.clients import current_practice
from shared.vault.sealed import OpenedClient

CASELOAD_WEEKS = 8
TREND_WEEKS = 12
UNTAGGED = "Not tagged to a cue"
SHOWN = (NoticingStatus.RECEIVED, NoticingStatus.TRANSCRIBED, NoticingStatus.TAGGED)


@dataclass(frozen=True)
class Reading:
    """One noticing as the weeks count it: when (client-local) and what it was tagged."""

    at: datetime
    cues: tuple[str, ...]
    intensity: int | None
    barrier: bool


def reading_of(opened: OpenedClient, row: Noticing, tz_name: str) -> Reading:
    """The noticing's tags opened with the client's key; the clinician's correction wins."""
    tags = open_tags(opened, row)
    corrected = open_corrected_cues(opened, row)
    cues = corrected if corrected is not None else (tags.cues if tags else ())
    return Reading(
        at=row.received_at.astimezone(zone(tz_name)),
        cues=tuple(cues),
        intensity=tags.intensity if tags else None,
        barrier=bool(tags and tags.barrier),
    )


def week_starts(now_local: datetime, count: int) -> tuple[date, ...]:
    """The Mondays of the last ``count`` weeks, oldest first, the last one this week's."""
    this_monday = now_local.date() - timedelta(days=now_local.weekday())
    return tuple(this_monday - timedelta(weeks=count - 1 - n) for n in range(count))


def first_moment(weeks: Sequence[date], tz_name: str) -> datetime:
    """The first instant of the oldest week, in the client's zone (for the query's bound)."""
    first = weeks[0]
    return datetime(first.year, first.month, first.day, tzinfo=zone(tz_name))


def _week_of(at: datetime, weeks: Sequence[date]) -> int | None:
    index = (at.date() - weeks[0]).days // 7
    return index if 0 <= index < len(weeks) else None


@dataclass(frozen=True)
class CueWeeks:
    """One cue's weeks: how many noticings, and the median intensity the client gave."""

    label: str
    counts: tuple[int, ...]
    medians: tuple[float | None, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)

    def spoken(self) -> str:
        """The text alternative of its small bars: every week's count, oldest first."""
        counts = ", ".join(str(n) for n in self.counts)
        return f"{self.label}: {counts} noticings a week, oldest week first"


def cue_weeks(
    readings: Iterable[Reading], weeks: Sequence[date], cue_order: Sequence[str]
) -> tuple[tuple[CueWeeks, ...], tuple[int, ...]]:
    """Per cue (the practice's first, then any other seen, then untagged), and barriers."""
    counts: dict[str, list[int]] = {}
    intensities: dict[str, list[list[int]]] = {}
    barriers = [0] * len(weeks)
    order = list(cue_order)
    for reading in readings:
        index = _week_of(reading.at, weeks)
        if index is None:
            continue
        if reading.barrier:
            barriers[index] += 1
        for label in reading.cues or (UNTAGGED,):
            if label not in order:
                order.append(label)
            counts.setdefault(label, [0] * len(weeks))[index] += 1
            if reading.intensity is not None:
                per_week = intensities.setdefault(label, [[] for _ in weeks])
                per_week[index].append(reading.intensity)
    # Untagged last, whatever order the readings came in.
    order = [label for label in order if label != UNTAGGED] + [UNTAGGED]
    found = tuple(
        CueWeeks(
            label=label,
            counts=tuple(counts.get(label, [0] * len(weeks))),
            medians=tuple(
                _median(values) for values in intensities.get(label, [[] for _ in weeks])
            ),
        )
        for label in order
        if label in counts or label in cue_order
    )
    return found, tuple(barriers)


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def shown_number(value: float | None) -> str:
    """A median as the table shows it: "6", "6.5", or "none" for a week without ratings."""
    if value is None:
        return "none"
    return f"{value:g}"


# --- the chart --------------------------------------------------------------------

# viewBox units; the SVG scales to its card (a 390 px phone: about 0.85x, text 10-12 px).
WIDTH = 360
LEFT = 6
COLUMN = (WIDTH - 2 * LEFT) / TREND_WEEKS
BAR_WIDTH = 18
LABEL_HEIGHT = 34
BARS_HEIGHT = 48
DOTS_HEIGHT = 30
BAND_GAP = 12
AXIS_HEIGHT = 40
LEGEND_Y = 12
VERSION_Y = 34  # the practice-version labels, above the first band
TOP = 40
QUIET_TICK = 2  # a quiet week: a thin baseline, not an empty space


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    height: float
    count: int


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    median: float


@dataclass(frozen=True)
class Band:
    """One row of the chart: a cue (bars and median intensity dots) or the barriers."""

    title: str
    total: int
    title_y: float
    baseline: float
    bars: tuple[Bar, ...]
    dots: tuple[Dot, ...]
    dots_top: float
    dots_baseline: float
    barrier: bool = False


@dataclass(frozen=True)
class Marker:
    x: float
    version: int
    when: date


@dataclass(frozen=True)
class Tick:
    x: float
    text: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: float
    bands: tuple[Band, ...]
    markers: tuple[Marker, ...]
    ticks: tuple[Tick, ...]
    axis_y: float
    top: float
    legend_y: float = LEGEND_Y
    version_y: float = VERSION_Y
    bar_width: float = BAR_WIDTH


@dataclass(frozen=True)
class Trends:
    weeks: tuple[date, ...]
    cues: tuple[CueWeeks, ...]
    barriers: tuple[int, ...]
    versions: tuple[tuple[int, ...], ...]  # per week, the practice versions set in it
    chart: Chart

    @property
    def empty(self) -> bool:
        return not any(cue.total for cue in self.cues) and not any(self.barriers)


def trends_of(
    readings: Iterable[Reading],
    versions: Sequence[tuple[datetime, int]],
    *,
    now_local: datetime,
    cue_order: Sequence[str],
) -> Trends:
    """The last :data:`TREND_WEEKS` weeks of one client, counted and laid out for the chart."""
    weeks = week_starts(now_local, TREND_WEEKS)
    cues, barriers = cue_weeks(readings, weeks, cue_order)
    per_week: list[list[int]] = [[] for _ in weeks]
    for created_at, version in versions:
        index = _week_of(created_at.astimezone(now_local.tzinfo), weeks)
        if index is not None:
            per_week[index].append(version)
    shown = tuple(cue for cue in cues if cue.total or cue.label != UNTAGGED)
    return Trends(
        weeks=weeks,
        cues=shown,
        barriers=barriers,
        versions=tuple(tuple(v) for v in per_week),
        chart=_layout(weeks, shown, barriers, per_week),
    )


def _layout(
    weeks: Sequence[date],
    cues: Sequence[CueWeeks],
    barriers: Sequence[int],
    versions: Sequence[Sequence[int]],
) -> Chart:
    # One scale for every band, so a bar means the same count wherever it is.
    peak = max([*(max(c.counts) for c in cues), max(barriers, default=0), 1])
    bands = []
    y = float(TOP)
    for cue in cues:
        band = _band(cue.label, cue.counts, cue.medians, peak, y, barrier=False)
        bands.append(band)
        y = band.dots_baseline + BAND_GAP
    barrier_band = _band(
        "What got in the way", barriers, [None] * len(weeks), peak, y, barrier=True
    )
    bands.append(barrier_band)
    axis_y = barrier_band.baseline + 6
    markers = tuple(
        Marker(x=LEFT + index * COLUMN + 1, version=version, when=weeks[index])
        for index, found in enumerate(versions)
        for version in found[-1:]  # two versions in one week: the later one is marked
    )
    ticks = tuple(
        Tick(x=LEFT + index * COLUMN + COLUMN / 2, text=f"{monday.day} {monday:%b}")
        for index, monday in enumerate(weeks)
        if (len(weeks) - 1 - index) % 2 == 0  # every other week, ending on this one
    )
    return Chart(
        width=WIDTH,
        height=axis_y + AXIS_HEIGHT,
        bands=tuple(bands),
        markers=markers,
        ticks=ticks,
        axis_y=axis_y,
        top=VERSION_Y - 12,
    )


def _band(
    title: str,
    counts: Sequence[int],
    medians: Sequence[float | None],
    peak: int,
    top: float,
    *,
    barrier: bool,
) -> Band:
    title_y = top + 18
    baseline = top + LABEL_HEIGHT + BARS_HEIGHT
    bars = []
    for index, count in enumerate(counts):
        height = max(BARS_HEIGHT * count / peak, QUIET_TICK)
        x = LEFT + index * COLUMN + (COLUMN - BAR_WIDTH) / 2
        bars.append(Bar(x=x, y=baseline - height, height=height, count=count))
    dots_top = baseline + 8
    dots_baseline = baseline + (0 if barrier else DOTS_HEIGHT)
    dots = tuple(
        Dot(
            x=LEFT + index * COLUMN + COLUMN / 2,
            y=dots_baseline - (DOTS_HEIGHT - 10) * median / 10,
            median=median,
        )
        for index, median in enumerate(medians)
        if median is not None
    )
    return Band(
        title=title,
        total=sum(counts),
        title_y=title_y,
        baseline=baseline,
        bars=tuple(bars),
        dots=dots,
        dots_top=dots_top,
        dots_baseline=dots_baseline,
        barrier=barrier,
    )


def client_trends(session: Session, opened: OpenedClient, now: datetime) -> Trends:
    """The client page's trends: three reads (noticings' tags, practice versions, cues)."""
    client = opened.client
    now_local = to_local(now, client.timezone)
    since = first_moment(week_starts(now_local, TREND_WEEKS), client.timezone)
    rows = session.execute(
        select(Noticing)
        .options(
            load_only(
                Noticing.id,
                Noticing.client_id,
                Noticing.received_at,
                Noticing.tags_enc,
                Noticing.corrected_cues_enc,
            )
        )
        .where(
            Noticing.client_id == client.id,
            Noticing.received_at >= since,
            Noticing.status.in_(SHOWN),
        )
    ).scalars()
    readings = [reading_of(opened, row, client.timezone) for row in rows]
    versions = [
        (created_at, version)
        for created_at, version in session.execute(
            select(Practice.created_at, Practice.version)
            .where(Practice.client_id == client.id)
            .order_by(Practice.version)
        ).all()
    ]
    practice = current_practice(session, opened)
    return trends_of(
        readings,
        versions,
        now_local=now_local,
        cue_order=[cue.label for cue in practice.cues] if practice else [],
    )
