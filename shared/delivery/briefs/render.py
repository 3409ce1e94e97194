"""Render a pre-session brief as plain text, HTML and the inner MIME message.

The wording and layout live in Jinja2 templates (``templates/``, autoescaped
for HTML); this module decides what goes where (the view model below) and
offers the small formatting filters the templates share.

The brief reads like a colleague's note, never a report card: the client's
words verbatim, grouped by their own cues, with what got in the way framed as
material for the session. No scores, percentages or completion language.

The MIME message built here is the *inner* message: it is encrypted whole by
:mod:`shared.infra.smime`, so client names and text only ever travel inside the
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
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from shared.delivery.briefs.chart import intensity_chart_png
from shared.delivery.briefs.content import BriefInput, BriefNoticing, BriefPractice
from shared.kernel.defaults import CLIENT_LANGUAGE
from shared.kernel.timeutil import zone
from shared.language.catalogue import language_name

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


def brief_subject(session_at: datetime, reader_zone: str | None = None) -> str:
    """The email subject: the session's day and time only, never client material.

    Given the reader's zone (the clinician's), the time is theirs and says so
    ("Thursday 10:00 CST"): the brief's own times are the client's, and a clinician
    in another zone would otherwise read the session at the wrong hour.
    """
    if reader_zone:
        local = session_at.astimezone(zone(reader_zone))
        return f"Pre-session brief: {local:%A %H:%M} {local:%Z}"
    return f"Pre-session brief: {session_at:%A %H:%M}"


def alert_subject() -> str:
    """The subject for a crisis alert: fixed, says nothing about who or what."""
    return "A client message needs your attention"


def render_text(brief: BriefInput) -> str:
    """The brief as plain text (the text/plain part)."""
    return _render_brief_text(_BriefView.of(brief))


def render_html(brief: BriefInput, chart_cid: str | None) -> str:
    """The brief as HTML; every piece of client material is escaped.

    ``chart_cid`` is the Content-ID (without angle brackets) of the inline
    intensity chart, or None to leave the chart out.
    """
    return _render_brief_html(_BriefView.of(brief), chart_cid)


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
    message.set_content(_render_brief_text(view), cte="quoted-printable")
    bare_cid = chart_cid[1:-1] if chart_cid else None
    message.add_alternative(
        _render_brief_html(view, bare_cid), subtype="html", cte="quoted-printable"
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


@dataclass(frozen=True)
class SafetyPlanState:
    """For the alert: is a safety plan on file, and when (client's time) PLAN sent it
    within the hour around the message (None: not in that hour)."""

    on_file: bool
    sent_at: datetime | None = None


def build_alert_mime(
    received_at: datetime,
    text: str,
    crisis_reply: str,
    client_name: str,
    *,
    safety_plan: SafetyPlanState | None = None,
) -> EmailMessage:
    """The inner crisis-alert message (encrypted by the caller like a brief).

    ``crisis_reply``: what became of the client's crisis reply, one of
    ``none``, ``delivered``, ``blocked``, ``not delivered``, ``unknown``.
    """
    context = {
        "received_at": received_at,
        "text": text,
        "crisis_reply": crisis_reply,
        "client_name": client_name,
        "safety_plan": safety_plan,
    }
    text_body = _templates().get_template("alert.txt").render(context)
    html_body = _templates().get_template("alert.html").render(context)
    message = EmailMessage()
    message.set_content(text_body, cte="quoted-printable")
    message.add_alternative(html_body, subtype="html", cte="quoted-printable")
    return message


def brief_chart_png(brief: BriefInput) -> bytes | None:
    """The intensity chart the e-mail carries inline (the console serves it as its own image)."""
    return intensity_chart_png(_BriefView.of(brief).intensity_points)


_STYLE_ATTRIBUTE = re.compile(r'\sstyle="[^"]*"')
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)


def render_page_html(brief: BriefInput, chart_url: str | None) -> Markup:
    """The e-mail's HTML brief, for a page of the console: the same template, its body only.

    The console's Content-Security-Policy allows no inline style, so the
    e-mail's style attributes are dropped (the console's stylesheet lays it
    out); client text is escaped, so it can hold no attribute of its own.
    """
    marker = "carryback-chart"
    rendered = _render_brief_html(_BriefView.of(brief), marker if chart_url else None)
    rendered = _STYLE_ATTRIBUTE.sub("", rendered)
    if chart_url:
        rendered = rendered.replace(f'src="cid:{marker}"', f'src="{html.escape(chart_url)}"')
    found = _BODY.search(rendered)
    return Markup(found.group(1) if found else rendered)  # noqa: S704 (rendered autoescaped)


def build_notice_mime(
    kind: str, *, at: datetime, url: str, expires: datetime
) -> tuple[str, EmailMessage, str]:
    """A PHI-free notice (``brief_ready``, ``alert_ready``, ``landline_ready``): subject,
    message, SMS text.

    Its templates receive only a time, the link and its expiry: there is no
    client material in their context to leak.
    """
    context = {"at": at, "url": url, "expires": expires}
    env = _templates()
    subject = env.get_template(f"{kind}_subject.txt").render(context).strip()
    message = EmailMessage()
    message.set_content(env.get_template(f"{kind}.txt").render(context), cte="quoted-printable")
    message.add_alternative(
        env.get_template(f"{kind}.html").render(context), subtype="html", cte="quoted-printable"
    )
    sms = " ".join(env.get_template(f"{kind}_sms.txt").render(context).split())
    return subject, message, sms


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
        parts.append(
            "voice note, automatic transcript"
            if noticing.text
            else "voice note with no words (silence or line noise)"
        )
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


ASKED_FOR = {
    "plan": "The client texted PLAN and was sent their safety plan",
    "practice": "The client texted PRACTICE and was sent their practice",
}


def _asked_line(asked: tuple[datetime, str]) -> str:
    """One PLAN or PRACTICE the client texted, said as what happened: never a measure."""
    at, kind = asked
    return f"{ASKED_FOR.get(kind, kind)}: {_when_at(at)}."


def _period(brief: BriefInput) -> str:
    end = _day_date_time(brief.period_end)
    covered = (
        f"everything up to {end}"
        if brief.period_start is None
        else f"{_day_date_time(brief.period_start)} to {end}"
    )
    # The brief's times are the client's, where the moments happened; the console
    # around it shows the clinician's. Naming the zone keeps the two from being read
    # as one when they differ.
    zone = getattr(brief.period_end.tzinfo, "key", None)
    return f"{covered}, in the client's time ({zone})" if zone else covered


def _long_date_time(at: datetime) -> str:
    """ "Thursday 5 June, 10:00" (no zero-padded day)."""
    return f"{at:%A} {at.day} {at:%B, %H:%M}"


def _day_date_time(at: datetime) -> str:
    return f"{at:%a} {at.day} {at:%b %H:%M}"


def _pending_voice_line(at: datetime) -> str:
    return f"A voice note from {at:%a %H:%M} ({at.day} {at:%b}) is still being transcribed."


def _language_line(brief: BriefInput) -> str:
    """ "The client writes in Spanish.": said once, near the top; their words below
    stay verbatim, untranslated. Nothing for an English-speaking client."""
    if brief.client_language == CLIENT_LANGUAGE:
        return ""
    return f"The client writes in {language_name(brief.client_language, in_language='en')}."


def _late_line(brief: BriefInput) -> str:
    return f"This brief is late: it was sent after the session began ({brief.session_at:%A %H:%M})."


def _clean(text: str) -> str:
    """Client text for plain-text output: verbatim except C0 control characters."""
    return _C0_CONTROLS.sub("", text.replace("\r\n", "\n"))


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))


# --------------------------------------------------------------------------- #
# Templates

_BODY_STYLE = (
    "font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;"
    "line-height:1.45;color:#222;max-width:680px"
)
_QUOTE_STYLE = (
    "margin:2px 0 8px 0;padding:4px 10px;border-left:3px solid #9bb7c9;white-space:pre-wrap"
)
_MUTED = "color:#666;font-size:12px"
_TABLE_CELL = "padding:2px 8px;border-bottom:1px solid #e5e5e5;text-align:center"


def _esc(text: str) -> Markup:
    """Escape for HTML; control characters are dropped (invalid in HTML anyway)."""
    return Markup(html.escape(_clean(str(text)), quote=True))  # noqa: S704 (escaped here)


def _when_at(at: datetime) -> str:
    return f"{at:%a %H:%M} ({at.day} {at:%b})"


@cache
def _templates() -> Environment:
    """The brief and alert templates; HTML ones autoescape everything not marked safe."""
    env = Environment(
        loader=PackageLoader("shared.delivery.briefs", "templates"),
        autoescape=select_autoescape(
            enabled_extensions=("html",), disabled_extensions=("txt",), default=True
        ),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        clean=_clean,
        esc=_esc,
        when=_when_at,
        long_date_time=_long_date_time,
        period=_period,
        late_line=_late_line,
        language_line=_language_line,
        pending_voice_line=_pending_voice_line,
        asked_line=_asked_line,
        crisis_reply_line=_crisis_reply_line,
        details=lambda noticing, show_cues: _details(noticing, show_cues=show_cues),
        count_line=_count_line,
        plural=_plural,
        indent_all=_indent,
        rjust=lambda value, width: str(value).rjust(width),
        ljust=lambda value, width: str(value).ljust(width),
        rstrip=lambda value: str(value).rstrip(),
        count_in=lambda column, counts: counts[column] or "",
    )
    env.globals.update(
        ALERT_HEADLINE=ALERT_HEADLINE,
        BARRIER_FRAMING=BARRIER_FRAMING,
        NO_PRACTICE_RECORDED=NO_PRACTICE_RECORDED,
        NOTHING_CAME_BACK=NOTHING_CAME_BACK,
        NOTHING_THIS_WEEK=NOTHING_THIS_WEEK,
        TIME_OF_DAY_BUCKETS=TIME_OF_DAY_BUCKETS,
        UNTAGGED_LABEL=_UNTAGGED_LABEL,
        WEEKDAYS=WEEKDAYS,
        BODY_STYLE=_BODY_STYLE,
        QUOTE_STYLE=_QUOTE_STYLE,
        MUTED=_MUTED,
        TABLE_CELL=_TABLE_CELL,
    )
    return env


def _render_brief_text(view: _BriefView) -> str:
    label_width = max((len(_clean(label)) for label, _, _ in view.timing), default=0)
    rendered = (
        _templates()
        .get_template("brief.txt")
        .render(brief=view.brief, view=view, label_width=label_width)
    )
    # Every line ends in a newline; the brief ends in exactly one.
    return rendered.removesuffix("\n")


def _render_brief_html(view: _BriefView, chart_cid: str | None) -> str:
    return (
        _templates()
        .get_template("brief.html")
        .render(brief=view.brief, view=view, chart_cid=chart_cid)
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


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
