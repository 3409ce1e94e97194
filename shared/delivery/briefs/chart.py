"""Intensity over time as a small PNG for the brief's HTML part.

Uses matplotlib's object API with the Agg canvas (no pyplot, no global
figure state), so it works in any worker process without a display.

Speed: building a figure, its axes and tick objects costs about as much as
drawing it, so one figure is built lazily per process and reused; each chart
only swaps the line's data and the axis limits. A lock serialises use of the
shared figure (matplotlib artists are not thread-safe).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from datetime import datetime, timedelta

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

WIDTH_PX = 600
HEIGHT_PX = 200
_DPI = 100
_LINE_COLOUR = "#3b6e8f"
_SINGLE_POINT_PADDING = timedelta(hours=12)
# Noticings minutes apart would otherwise get an axis in seconds; a clinician
# reads times of day, so the axis never spans less than this.
_MIN_SPAN = timedelta(hours=2)

_lock = threading.Lock()
_chart: tuple[Figure, Axes, Line2D] | None = None


def intensity_chart_png(points: Sequence[tuple[datetime, int]]) -> bytes | None:
    """Plot (local time, intensity 0-10) points; None when there is nothing to plot."""
    if not points:
        return None
    ordered = sorted(points, key=lambda point: point[0])
    # The datetimes are already in the client's local time: drop tzinfo so the
    # axis shows that wall-clock time instead of converting to UTC.
    times = [when.replace(tzinfo=None) for when, _ in ordered]
    values = [value for _, value in ordered]
    with _lock:
        figure, axes, line = _shared_chart()
        line.set_data(date2num(times), values)
        start, end = times[0], times[-1]
        if start == end:
            # One point (or several at one instant) gives a zero-width axis.
            start, end = start - _SINGLE_POINT_PADDING, end + _SINGLE_POINT_PADDING
        elif end - start < _MIN_SPAN:
            middle = start + (end - start) / 2
            start, end = middle - _MIN_SPAN / 2, middle + _MIN_SPAN / 2
        else:
            margin = (end - start) * 0.03
            start, end = start - margin, end + margin
        axes.set_xlim(date2num(start), date2num(end))
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return buffer.getvalue()


def _shared_chart() -> tuple[Figure, Axes, Line2D]:
    global _chart
    if _chart is None:
        _chart = _build_chart()
    return _chart


def _build_chart() -> tuple[Figure, Axes, Line2D]:
    figure = Figure(figsize=(WIDTH_PX / _DPI, HEIGHT_PX / _DPI), dpi=_DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    (line,) = axes.plot([], [], color=_LINE_COLOUR, linewidth=1.5, marker="o", markersize=4)
    axes.xaxis_date()
    axes.set_ylim(-0.5, 10.5)
    axes.set_yticks([0, 5, 10])
    axes.set_ylabel("intensity", fontsize=8)
    axes.tick_params(labelsize=7)
    locator = AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    # Weekday names on day ticks: the brief speaks in "Tue 08:42".
    formatter = ConciseDateFormatter(
        locator,
        formats=["%Y", "%b", "%a %d", "%H:%M", "%H:%M", "%S.%f"],
        zero_formats=["", "%Y", "%b", "%a %d", "%H:%M", "%H:%M"],
    )
    axes.xaxis.set_major_formatter(formatter)
    axes.xaxis.get_offset_text().set_fontsize(7)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="y", color="#dddddd", linewidth=0.5)
    # Fixed margins: tight_layout would measure every label on every chart.
    figure.subplots_adjust(left=0.08, right=0.98, top=0.95, bottom=0.17)
    return figure, axes, line
