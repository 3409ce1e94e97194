"""Render a pre-session brief as plain text, HTML and the inner MIME message.

The brief reads like a colleague's note, never a report card: the client's
words verbatim, grouped by their own cues, with what got in the way framed as
material for the session. No scores, percentages or completion language.

The MIME message built here is the *inner* message: it is encrypted whole by
:mod:`shared.smime`, so client names and text only ever travel inside the
encryption. Envelope headers (From, To, Subject) are the mailer's job and never
carry client material.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import make_msgid

from shared.briefs.chart import intensity_chart_png
from shared.briefs.content import UNATTESTED, BriefInput, BriefNoticing, BriefPractice, pause_line

# From this many noticings on, each section shows a count and the most recent
# few, and the full list travels as an attachment inside the encryption.
LARGE_BRIEF_THRESHOLD = 50
RECENT_PER_SECTION = 5

ATTACHMENT_FILENAME = "all-noticings.txt"

NOTHING_CAME_BACK = (
    "Nothing came back this time. That is worth a gentle conversation, not a judgement: "
    "a quiet stretch can say as much as a busy one."
)
NOTHING_THIS_WEEK = "No practice was set this week: that was the plan."
NO_PRACTICE_RECORDED = "No practice was recorded before this session."
BARRIER_FRAMING = "In the client's words, what got in the way. Material to bring into the room."
ALERT_HEADLINE = "A message from one of your clients needs your attention"

TIME_OF_DAY_BUCKETS = ("night", "morning", "afternoon", "evening")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_UNTAGGED_LABEL = "Not tagged to a cue"

# C0 control characters other than tab and newline. Client text is kept
# verbatim, but these would let a message reorder, erase or hide lines in a
# terminal or mail reader (carriage return, backspace, escape sequences).
_C0_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f]")


# --------------------------------------------------------------------------- #
# Public API


def brief_subject(session_at: datetime) -> str:
    """The email subject: the session's day and time only, never client material."""
    return f"Pre-session brief: {session_at:%A %H:%M}"


def alert_subject() -> str:
    """The subject for a crisis alert: fixed, says nothing about who or what."""
    return "A client message needs your attention"


def render_text(brief: BriefInput) -> str:
    """The brief as plain text (the text/plain part)."""
    return _TextRenderer(_BriefView.of(brief)).render()


def render_html(brief: BriefInput, chart_cid: str | None) -> str:
    """The brief as HTML; every piece of client material is escaped.

    ``chart_cid`` is the Content-ID (without angle brackets) of the inline
    intensity chart, or None to leave the chart out.
    """
    return _HtmlRenderer(_BriefView.of(brief), chart_cid).render()


def build_brief_mime(brief: BriefInput) -> EmailMessage:
    """The inner brief message: text and HTML alternatives, inline chart, full list.

    Structure: multipart/alternative (text/plain, multipart/related (text/html,
    image/png)), wrapped in multipart/mixed with a text attachment holding every
    noticing when the brief is large. No From/To/Subject: those belong to the
    outer, encrypted envelope.
    """
    view = _BriefView.of(brief)
    chart = intensity_chart_png(view.intensity_points)
    chart_cid = make_msgid(domain="brief.carryback") if chart else None

    message = EmailMessage()
    message.set_content(_TextRenderer(view).render(), cte="quoted-printable")
    bare_cid = chart_cid[1:-1] if chart_cid else None
    message.add_alternative(
        _HtmlRenderer(view, bare_cid).render(), subtype="html", cte="quoted-printable"
    )
    if chart is not None:
        html_part = message.get_payload()[1]
        html_part.add_related(
            chart,
            maintype="image",
            subtype="png",
            cid=chart_cid,
            disposition="inline",
            filename="intensity.png",
        )
    if view.large:
        message.add_attachment(
            _full_list_text(brief.noticings),
            subtype="plain",
            cte="quoted-printable",
            disposition="attachment",
            filename=ATTACHMENT_FILENAME,
        )
    return message


def build_alert_mime(
    received_at: datetime, text: str, crisis_reply_sent: bool, client_name: str
) -> EmailMessage:
    """The inner crisis-alert message (encrypted by the caller like a brief)."""
    reply_line = _crisis_reply_line(crisis_reply_sent)
    when = _long_date_time(received_at)
    text_body = "\n".join(
        [
            ALERT_HEADLINE + ".",
            "",
            f"Client: {_clean(client_name)}",
            f"Received: {when}",
            "",
            "Their message, verbatim:",
            _indent(_clean(text), "    "),
            "",
            reply_line,
            "This number is not monitored in real time: please follow your own crisis "
            "procedure for reaching the client.",
            "",
        ]
    )
    html_body = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        f'<body style="{_BODY_STYLE}">'
        f'<h1 style="font-size:18px">{_esc(ALERT_HEADLINE)}</h1>'
        f"<p>Client: <strong><bdi>{_esc(client_name)}</bdi></strong><br>"
        f"Received: {_esc(when)}</p>"
        "<p>Their message, verbatim:</p>"
        f"{_html_quote(text)}"
        f"<p>{_esc(reply_line)}</p>"
        "<p>This number is not monitored in real time: please follow your own crisis "
        "procedure for reaching the client.</p>"
        "</body></html>"
    )
    message = EmailMessage()
    message.set_content(text_body, cte="quoted-printable")
    message.add_alternative(html_body, subtype="html", cte="quoted-printable")
    return message


# --------------------------------------------------------------------------- #
# Grouping: decide once what goes where, then render it twice (text and HTML).


@dataclass(frozen=True)
class _Section:
    """A list of noticings under one heading, possibly shortened to the latest few."""

    title: str
    total: int
    shown: tuple[BriefNoticing, ...]

    @property
    def shortened(self) -> bool:
        return len(self.shown) < self.total


@dataclass(frozen=True)
class _BriefView:
    brief: BriefInput
    large: bool
    crisis: tuple[BriefNoticing, ...]
    by_cue: tuple[_Section, ...]
    barriers: _Section | None
    untagged: _Section | None
    timing: tuple[tuple[str, Counter[str], Counter[str]], ...]
    intensity_points: tuple[tuple[datetime, int], ...]

    @classmethod
    def of(cls, brief: BriefInput) -> _BriefView:
        # Oldest first is the contract; sorting again is cheap and keeps
        # "the most recent few" right even if a caller slips.
        noticings = tuple(sorted(brief.noticings, key=lambda n: n.received_at))
        large = len(noticings) >= LARGE_BRIEF_THRESHOLD
        limit = RECENT_PER_SECTION if large else None
        # Each noticing is shown once: crisis first, then barriers under
        # "what got in the way", everything else under its cues.
        crisis = tuple(n for n in noticings if n.crisis)
        barriers = [n for n in noticings if n.barrier and not n.crisis]
        rest = [n for n in noticings if not n.barrier and not n.crisis]
        labels = _cue_order(brief.practice, noticings)
        by_cue = tuple(
            _section(label, [n for n in rest if label in n.cues], limit)
            for label in labels
            if any(label in n.cues for n in rest)
        )
        untagged = [n for n in rest if not n.cues]
        return cls(
            brief=brief,
            large=large,
            crisis=crisis,
            by_cue=by_cue,
            barriers=_section("What got in the way", barriers, limit) if barriers else None,
            untagged=_section(_UNTAGGED_LABEL, untagged, limit) if untagged else None,
            timing=tuple(
                _timing(label, noticings)
                for label in labels
                if any(label in n.cues for n in noticings)
            ),
            intensity_points=tuple(
                (n.received_at, n.intensity) for n in noticings if n.intensity is not None
            ),
        )


def _cue_order(practice: BriefPractice | None, noticings: Iterable[BriefNoticing]) -> list[str]:
    """Practice cues in their agreed order, then any other label seen in a noticing."""
    labels = [cue.label for cue in practice.cues] if practice else []
    for noticing in noticings:
        labels.extend(label for label in noticing.cues if label not in labels)
    return labels


def _section(title: str, noticings: Sequence[BriefNoticing], limit: int | None) -> _Section:
    shown = tuple(noticings[-limit:]) if limit else tuple(noticings)
    return _Section(title=title, total=len(noticings), shown=shown)


def _timing(label: str, noticings: Iterable[BriefNoticing]) -> tuple[str, Counter, Counter]:
    fired = [n.received_at for n in noticings if label in n.cues]
    return (
        label,
        Counter(time_of_day(when) for when in fired),
        Counter(WEEKDAYS[when.weekday()] for when in fired),
    )


def time_of_day(when: datetime) -> str:
    """Bucket a local time: night 00-06, morning 06-12, afternoon 12-18, evening 18-24."""
    return TIME_OF_DAY_BUCKETS[when.hour // 6]


# --------------------------------------------------------------------------- #
# Shared wording


def _when(noticing: BriefNoticing) -> str:
    """Day and local time first ("Tue 08:42"), then the date to tell weeks apart."""
    at = noticing.received_at
    return f"{at:%a %H:%M} ({at.day} {at:%b})"


def _crisis_reply_line(sent: bool) -> str:
    if sent:
        return "The fixed crisis reply, with crisis line numbers, went out to the client."
    return "No automatic crisis reply is recorded for this message."


def _details(noticing: BriefNoticing, *, show_cues: bool) -> list[str]:
    parts = []
    if noticing.is_voice:
        parts.append("voice note, automatic transcript")
    if noticing.unattested:
        parts.append(UNATTESTED)
    if noticing.intensity is not None:
        parts.append(f"intensity {noticing.intensity} of 10")
    if show_cues and noticing.cues:
        parts.append("cue: " + ", ".join(noticing.cues))
    return parts


def _count_line(section: _Section) -> str | None:
    if not section.shortened:
        return None
    return (
        f"The {len(section.shown)} most recent are below; all {section.total} are in the "
        f"attached {ATTACHMENT_FILENAME}."
    )


def _period(brief: BriefInput) -> str:
    end = _day_date_time(brief.period_end)
    if brief.period_start is None:
        return f"everything up to {end}"
    return f"{_day_date_time(brief.period_start)} to {end}"


def _long_date_time(at: datetime) -> str:
    """ "Thursday 5 June, 10:00" (no zero-padded day)."""
    return f"{at:%A} {at.day} {at:%B, %H:%M}"


def _day_date_time(at: datetime) -> str:
    return f"{at:%a} {at.day} {at:%b %H:%M}"


def _late_line(brief: BriefInput) -> str:
    return f"This brief is late: it was sent after the session began ({brief.session_at:%A %H:%M})."


def _clean(text: str) -> str:
    """Client text for plain-text output: verbatim except C0 control characters."""
    return _C0_CONTROLS.sub("", text.replace("\r\n", "\n"))


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))


# --------------------------------------------------------------------------- #
# Plain text


class _TextRenderer:
    def __init__(self, view: _BriefView) -> None:
        self.view = view
        self.brief = view.brief
        self.lines: list[str] = []

    def render(self) -> str:
        brief = self.brief
        if brief.late:
            self.lines += [_late_line(brief), ""]
        self.lines += [
            f"Pre-session brief for {_clean(brief.clinician_name)}",
            f"Client: {_clean(brief.client_name)}",
            f"Session: {_long_date_time(brief.session_at)}",
            f"Covers: {_period(brief)}",
            "",
        ]
        if self.view.crisis:
            self._crisis()
        self._practice()
        if not brief.noticings:
            self.lines += [NOTHING_CAME_BACK, ""]
            return "\n".join(self.lines)
        self._heading("What came back, by cue")
        if not self.view.by_cue:
            self.lines += ["None of this period's noticings were tagged to a cue.", ""]
        for section in self.view.by_cue:
            self._noticings(section, show_cues=False, heading=f'"{_clean(section.title)}"')
        if self.view.barriers:
            self._heading("What got in the way")
            self.lines += [BARRIER_FRAMING, ""]
            self._noticings(self.view.barriers, show_cues=True)
        if self.view.untagged:
            self._heading(_UNTAGGED_LABEL)
            self._noticings(self.view.untagged, show_cues=False)
        self._timing()
        self._intensity()
        return "\n".join(self.lines)

    def _heading(self, title: str) -> None:
        self.lines += [title, "-" * len(title)]

    def _crisis(self) -> None:
        self._heading("First: messages flagged for crisis language")
        for noticing in self.view.crisis:
            self._noticing(noticing, show_cues=True)
            self.lines += ["    " + _crisis_reply_line(noticing.crisis_reply_sent), ""]

    def _practice(self) -> None:
        self._heading("The practice as agreed")
        practice = self.brief.practice
        if practice is None:
            self.lines += [NO_PRACTICE_RECORDED, ""]
            return
        if practice.nothing_this_week:
            self.lines.append(NOTHING_THIS_WEEK)
        if self.brief.pause_from is not None:
            self.lines.append(pause_line(self.brief.pause_from))
        for cue in practice.cues:
            line = f'Cue: "{_clean(cue.label)}"'
            if cue.phrases:
                line += " (also: " + ", ".join(f'"{_clean(p)}"' for p in cue.phrases) + ")"
            self.lines.append(line)
        if practice.action:
            self.lines.append(f"The one action: {_clean(practice.action)}")
        if practice.carry_back:
            self.lines.append(f"Carry-back: {_clean(practice.carry_back)}")
        self.lines.append("")

    def _noticings(self, section: _Section, *, show_cues: bool, heading: str = "") -> None:
        if heading:
            self.lines.append(f"{heading} ({_plural(section.total, 'noticing')})")
        count_line = _count_line(section)
        if count_line:
            self.lines.append(count_line)
        for noticing in section.shown:
            self._noticing(noticing, show_cues=show_cues)
        self.lines.append("")

    def _noticing(self, noticing: BriefNoticing, *, show_cues: bool) -> None:
        first, *more = _clean(noticing.text).split("\n")
        lead = f"  {_when(noticing)}  "
        hang = " " * len(lead)
        self.lines.append(lead + first)
        self.lines += [hang + line for line in more]
        details = _details(noticing, show_cues=show_cues)
        if details:
            self.lines.append(hang + "(" + "; ".join(details) + ")")

    def _timing(self) -> None:
        if not self.view.timing:
            return
        self._heading("When each cue fired")
        width = max(len(_clean(label)) for label, _, _ in self.view.timing) + 2
        # Two narrow tables read better in a plain-text mail than one wide one.
        for columns, cell, pick in (
            (TIME_OF_DAY_BUCKETS, 10, lambda row: row[1]),
            (WEEKDAYS, 5, lambda row: row[2]),
        ):
            self.lines.append((" " * width + "".join(f"{c:>{cell}}" for c in columns)).rstrip())
            for row in self.view.timing:
                counts = pick(row)
                cells = "".join(f"{counts[c] or '':>{cell}}" for c in columns)
                self.lines.append(f"{_clean(row[0]):<{width}}{cells}".rstrip())
            self.lines.append("")

    def _intensity(self) -> None:
        points = self.view.intensity_points
        if not points:
            return
        self._heading("Intensity over time")
        self.lines.append("As the client rated it (0 to 10); the HTML version has a chart.")
        shown = points[-20:] if self.view.large else points
        for when, value in shown:
            self.lines.append(f"  {when:%a %H:%M} ({when.day} {when:%b})  {value}")
        if len(shown) < len(points):
            self.lines.append(f"  (the {len(shown)} most recent of {len(points)} ratings)")
        self.lines.append("")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


# --------------------------------------------------------------------------- #
# HTML

_BODY_STYLE = (
    "font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;"
    "line-height:1.45;color:#222;max-width:680px"
)
_QUOTE_STYLE = (
    "margin:2px 0 8px 0;padding:4px 10px;border-left:3px solid #9bb7c9;white-space:pre-wrap"
)
_MUTED = "color:#666;font-size:12px"
_TABLE_CELL = "padding:2px 8px;border-bottom:1px solid #e5e5e5;text-align:center"


def _esc(text: str) -> str:
    """Escape for HTML; control characters are dropped (invalid in HTML anyway)."""
    return html.escape(_clean(text), quote=True)


def _html_quote(text: str) -> str:
    # dir="auto" lets right-to-left messages lay out correctly without
    # disturbing the surrounding English.
    return f'<blockquote dir="auto" style="{_QUOTE_STYLE}">{_esc(text)}</blockquote>'


class _HtmlRenderer:
    def __init__(self, view: _BriefView, chart_cid: str | None) -> None:
        self.view = view
        self.brief = view.brief
        self.chart_cid = chart_cid
        self.parts: list[str] = []

    def render(self) -> str:
        brief = self.brief
        out = self.parts
        out.append(
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            "<title>Pre-session brief</title></head>"
            f'<body style="{_BODY_STYLE}">'
        )
        if brief.late:
            out.append(
                '<p style="background:#fff4d6;padding:6px 10px">'
                f"<strong>{_esc(_late_line(brief))}</strong></p>"
            )
        out.append(
            f'<h1 style="font-size:20px;margin-bottom:4px">Pre-session brief for '
            f"<bdi>{_esc(brief.clinician_name)}</bdi></h1>"
            f"<p>Client: <strong><bdi>{_esc(brief.client_name)}</bdi></strong><br>"
            f"Session: {_esc(_long_date_time(brief.session_at))}<br>"
            f'<span style="{_MUTED}">Covers {_esc(_period(brief))}</span></p>'
        )
        if self.view.crisis:
            self._crisis()
        self._practice()
        if not brief.noticings:
            out.append(f"<p>{_esc(NOTHING_CAME_BACK)}</p>")
        else:
            self._body()
        out.append("</body></html>")
        return "".join(out)

    def _body(self) -> None:
        self._heading("What came back, by cue")
        if not self.view.by_cue:
            self.parts.append("<p>None of this period's noticings were tagged to a cue.</p>")
        for section in self.view.by_cue:
            self.parts.append(
                f'<h3 style="font-size:15px;margin:12px 0 4px 0">&ldquo;<bdi>'
                f"{_esc(section.title)}</bdi>&rdquo; "
                f'<span style="{_MUTED}">{_plural(section.total, "noticing")}</span></h3>'
            )
            self._noticings(section, show_cues=False)
        if self.view.barriers:
            self._heading("What got in the way")
            self.parts.append(f"<p>{_esc(BARRIER_FRAMING)}</p>")
            self._noticings(self.view.barriers, show_cues=True)
        if self.view.untagged:
            self._heading(_UNTAGGED_LABEL)
            self._noticings(self.view.untagged, show_cues=False)
        self._timing()
        self._intensity()

    def _heading(self, title: str) -> None:
        self.parts.append(f'<h2 style="font-size:16px;margin:18px 0 6px 0">{_esc(title)}</h2>')

    def _crisis(self) -> None:
        self.parts.append('<div style="border:2px solid #b5452b;padding:4px 12px;margin:10px 0">')
        self._heading("First: messages flagged for crisis language")
        for noticing in self.view.crisis:
            self._noticing(noticing, show_cues=True)
            self.parts.append(f"<p>{_esc(_crisis_reply_line(noticing.crisis_reply_sent))}</p>")
        self.parts.append("</div>")

    def _practice(self) -> None:
        self._heading("The practice as agreed")
        practice = self.brief.practice
        if practice is None:
            self.parts.append(f"<p>{_esc(NO_PRACTICE_RECORDED)}</p>")
            return
        if practice.nothing_this_week:
            self.parts.append(f"<p>{_esc(NOTHING_THIS_WEEK)}</p>")
        if self.brief.pause_from is not None:
            self.parts.append(f"<p>{_esc(pause_line(self.brief.pause_from))}</p>")
        items = []
        for cue in practice.cues:
            item = f"Cue: &ldquo;<bdi>{_esc(cue.label)}</bdi>&rdquo;"
            if cue.phrases:
                also = ", ".join(f"&ldquo;<bdi>{_esc(p)}</bdi>&rdquo;" for p in cue.phrases)
                item += f' <span style="{_MUTED}">(also: {also})</span>'
            items.append(item)
        if practice.action:
            items.append(f"The one action: <bdi>{_esc(practice.action)}</bdi>")
        if practice.carry_back:
            items.append(f"Carry-back: <bdi>{_esc(practice.carry_back)}</bdi>")
        if items:
            self.parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")

    def _noticings(self, section: _Section, *, show_cues: bool) -> None:
        count_line = _count_line(section)
        if count_line:
            self.parts.append(f'<p style="{_MUTED}">{_esc(count_line)}</p>')
        for noticing in section.shown:
            self._noticing(noticing, show_cues=show_cues)

    def _noticing(self, noticing: BriefNoticing, *, show_cues: bool) -> None:
        details = _details(noticing, show_cues=show_cues)
        meta = _esc(_when(noticing))
        if details:
            meta += " &middot; " + _esc("; ".join(details))
        self.parts.append(f'<div style="{_MUTED}">{meta}</div>{_html_quote(noticing.text)}')

    def _timing(self) -> None:
        if not self.view.timing:
            return
        self._heading("When each cue fired")
        header = "".join(
            f'<th style="{_TABLE_CELL}">{c}</th>' for c in TIME_OF_DAY_BUCKETS + WEEKDAYS
        )
        rows = []
        for label, by_time, by_day in self.view.timing:
            counts = [by_time[b] for b in TIME_OF_DAY_BUCKETS] + [by_day[d] for d in WEEKDAYS]
            cells = "".join(f'<td style="{_TABLE_CELL}">{c or ""}</td>' for c in counts)
            rows.append(
                f'<tr><th style="{_TABLE_CELL};text-align:left"><bdi>{_esc(label)}</bdi></th>'
                f"{cells}</tr>"
            )
        self.parts.append(
            '<table style="border-collapse:collapse;font-size:12px">'
            f"<tr><th></th>{header}</tr>{''.join(rows)}</table>"
        )

    def _intensity(self) -> None:
        if not self.view.intensity_points or not self.chart_cid:
            return
        self._heading("Intensity over time")
        self.parts.append(
            f'<p style="{_MUTED}">As the client rated it, 0 to 10.</p>'
            f'<img src="cid:{html.escape(self.chart_cid)}" width="600" height="200" '
            'alt="Chart of the intensity the client gave each noticing, over time">'
        )


# --------------------------------------------------------------------------- #
# The full list (attachment for large briefs)


def _full_list_text(noticings: Sequence[BriefNoticing]) -> str:
    lines = [f"All {len(noticings)} noticings, oldest first, verbatim.", ""]
    for noticing in noticings:
        at = noticing.received_at
        tags = _details(noticing, show_cues=True)
        if noticing.barrier:
            tags.append("what got in the way")
        if noticing.crisis:
            tags.append("crisis language")
        lines.append(f"{_day_date_time(at)} {at.year}" + (f"  ({'; '.join(tags)})" if tags else ""))
        lines.append(_indent(_clean(noticing.text), "    "))
        lines.append("")
    return "\n".join(lines)
