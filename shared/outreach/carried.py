"""What the client carries home by text: the practice, and (only when asked) their safety plan.

The practice goes out in three ways, always exactly the text the console
previews (:func:`shared.outreach.practice_text.practice_summary`):

* in the webhook's own answer when the client replies YES, and when they text
  PRACTICE (they asked: quiet hours do not hold it back);
* once after the clinician saves a new version, to a consented (active) client
  only, as a row the worker sends: never in their quiet hours (it waits for
  the morning), at most one such text a day (a second version saved the same
  day waits for the next), and a version saved while an earlier one still
  waits replaces it (one message).

The plan goes out only in the answer to PLAN. Every send is an outbound row
whose dedupe key names the version it carried and how it was asked for
("practice:<practice id>:saved", "plan:<plan id>:asked:<MessageSid>"), so the
console can say when each version was sent and the crisis alert whether the
plan went out in the hour around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from shared.db.models import (
    Client,
    ClientStatus,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Practice,
)
from shared.kernel.timeutil import zone
from shared.outreach.plans import plan_for, quiet_of
from shared.outreach.practice_text import practice_summary
from shared.outreach.reminders import QuietHours, cap_windows, in_quiet_hours, wall_clock
from shared.roster.clients import PracticeView, current_practice, open_practice
from shared.vault.sealed import OpenedClient

# How a practice text was asked for, in its dedupe key.
ON_YES = "yes"
ON_REQUEST = "asked"
ON_SAVE = "saved"
# A PLAN answered with no plan on file: recorded (the brief notes the ask), no version.
NO_VERSION = "none"
# Outbound rows that reached (or are on their way to) the phone.
WENT_OUT = (OutboundStatus.SENT, OutboundStatus.DELIVERED, OutboundStatus.UNDELIVERED)
# The hour around a crisis message in which the alert looks for a PLAN answer.
AROUND = timedelta(hours=1)


def practice_text_of(practice: PracticeView, language: str) -> str:
    """The practice by text: the very text the console's preview shows."""
    return practice_summary(
        practice.cues, practice.action, practice.carry_back, practice.nothing_this_week, language
    )


def current_practice_text(session: Session, opened: OpenedClient) -> tuple[str, str] | None:
    """(practice id, text) of the practice in force, or None when there is none yet."""
    practice = current_practice(session, opened)
    if practice is None:
        return None
    return practice.id, practice_text_of(practice, opened.client.language)


def practice_text_for_row(
    session: Session, opened: OpenedClient, row: OutboundMessage
) -> str | None:
    """The text of the version a queued row names (not a newer one: that has its own row)."""
    practice_id = _version_id(row.dedupe_key)
    practice = session.get(Practice, practice_id) if practice_id else None
    if practice is None or practice.client_id != opened.id:
        return None
    return practice_text_of(open_practice(opened, practice), opened.client.language)


def record_in_answer(
    session: Session,
    client_id: str,
    kind: OutboundKind,
    version_id: str,
    how: str,
    message_sid: str,
    now: datetime,
) -> str:
    """A text sent in the webhook's answer to ``message_sid``, as a row ``sent`` at once."""
    row = OutboundMessage(
        client_id=client_id,
        kind=kind,
        dedupe_key=f"{kind}:{version_id}:{how}:{message_sid}",
        due_at=now,
        status=OutboundStatus.SENT,
        sent_at=now,
        status_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def answered_before(session: Session, client_id: str, message_sid: str) -> bool:
    """Whether a text already went in the answer to ``message_sid``, whatever version it carried.

    The request's sid ends every in-answer row's key: a request answered once
    (its processed row pruned, or the plan rewritten since) is never answered
    with the client's words again.
    """
    return (
        session.execute(
            select(OutboundMessage.id)
            .where(
                OutboundMessage.client_id == client_id,
                OutboundMessage.kind.in_((OutboundKind.PLAN, OutboundKind.PRACTICE)),
                OutboundMessage.dedupe_key.endswith(f":{message_sid}", autoescape=True),
            )
            .limit(1)
        ).first()
        is not None
    )


def queue_after_save(
    session: Session, client: Client, practice_id: str, now: datetime
) -> str | None:
    """The new version's one text, or None when it must not go (no consent, STOP, landline).

    Due now, or at the end of the client's quiet hours; a day that already had
    a text for a saved version pushes it to the next morning. An earlier
    version's text still waiting is skipped: the client gets the newest, once.
    """
    if client.status != ClientStatus.ACTIVE:
        return None
    plan = plan_for(session, client.id)
    if plan.landline_at is not None:
        return None
    session.execute(
        update(OutboundMessage)
        .where(
            OutboundMessage.client_id == client.id,
            OutboundMessage.kind == OutboundKind.PRACTICE,
            OutboundMessage.status == OutboundStatus.PENDING,
        )
        .values(
            status=OutboundStatus.SKIPPED, last_error="a newer version was saved", status_at=now
        )
    )
    due = _outside_quiet(now, client.timezone, quiet_of(plan))
    while _saved_text_on_day(session, client.id, due, client.timezone):
        windows = cap_windows(due, client.timezone)
        due = _outside_quiet(windows.day_end, client.timezone, quiet_of(plan))
    row = OutboundMessage(
        client_id=client.id,
        kind=OutboundKind.PRACTICE,
        dedupe_key=f"{OutboundKind.PRACTICE}:{practice_id}:{ON_SAVE}",
        due_at=due,
        status=OutboundStatus.PENDING,
    )
    session.add(row)
    session.flush()
    return row.id


def _outside_quiet(moment: datetime, tz_name: str, quiet: QuietHours) -> datetime:
    """``moment``, or the first minute after it that is outside the client's quiet hours."""
    if not in_quiet_hours(moment, tz_name, quiet):
        return moment
    local_day = moment.astimezone(zone(tz_name)).date()
    for offset in range(3):  # a skipped DST minute moves it a day at most
        end = wall_clock(local_day + timedelta(days=offset), quiet.end, tz_name)
        if end is not None and end > moment:
            return end
    return moment + timedelta(days=1)


def _saved_text_on_day(session: Session, client_id: str, moment: datetime, tz_name: str) -> bool:
    """Whether a saved version's text already went, or waits, on ``moment``'s local day."""
    windows = cap_windows(moment, tz_name)
    return (
        session.execute(
            select(OutboundMessage.id)
            .where(
                OutboundMessage.client_id == client_id,
                OutboundMessage.kind == OutboundKind.PRACTICE,
                OutboundMessage.dedupe_key.like(f"%:{ON_SAVE}"),
                OutboundMessage.status.in_(
                    (OutboundStatus.PENDING, OutboundStatus.SENDING, *WENT_OUT)
                ),
                OutboundMessage.due_at >= windows.day_start,
                OutboundMessage.due_at < windows.day_end,
            )
            .limit(1)
        ).first()
        is not None
    )


def _version_id(dedupe_key: str | None) -> str | None:
    """The version a row carried: its key is "<kind>:<version id>:<how>[:<MessageSid>]"."""
    parts = (dedupe_key or "").split(":")
    return parts[1] if len(parts) >= 3 else None


def _how(dedupe_key: str) -> str:
    return dedupe_key.split(":")[2]


@dataclass(frozen=True)
class Sent:
    """One text that carried a version: when, and how it was asked for."""

    version_id: str
    at: datetime
    how: str  # ON_YES, ON_REQUEST (PRACTICE or PLAN), ON_SAVE


def sends(session: Session, client_id: str, kind: OutboundKind) -> list[Sent]:
    """Every text that carried a practice (or plan) version to the client, oldest first."""
    rows = session.execute(
        select(OutboundMessage.dedupe_key, OutboundMessage.sent_at)
        .where(
            OutboundMessage.client_id == client_id,
            OutboundMessage.kind == kind,
            OutboundMessage.status.in_(WENT_OUT),
            OutboundMessage.sent_at.is_not(None),
        )
        .order_by(OutboundMessage.sent_at)
    ).all()
    found = []
    for key, at in rows:
        version_id = _version_id(key)
        if version_id is None or version_id == NO_VERSION:
            continue
        found.append(Sent(version_id, at, _how(key)))
    return found


def asked_for(
    session: Session, client_id: str, start: datetime | None, end: datetime
) -> list[tuple[datetime, str]]:
    """When the client texted PLAN or PRACTICE in ``[start, end)``, for the brief."""
    conditions = [
        OutboundMessage.client_id == client_id,
        OutboundMessage.kind.in_((OutboundKind.PLAN, OutboundKind.PRACTICE)),
        OutboundMessage.sent_at < end,
        OutboundMessage.dedupe_key.like(f"%:{ON_REQUEST}:%"),
    ]
    if start is not None:
        conditions.append(OutboundMessage.sent_at >= start)
    rows = session.execute(
        select(OutboundMessage.sent_at, OutboundMessage.kind)
        .where(*conditions)
        .order_by(OutboundMessage.sent_at)
    ).all()
    return [(at, str(kind)) for at, kind in rows]


def plan_sent_around(session: Session, client_id: str, moment: datetime) -> datetime | None:
    """When the plan last went to the client within an hour either side of ``moment``."""
    return session.execute(
        select(OutboundMessage.sent_at)
        .where(
            OutboundMessage.client_id == client_id,
            OutboundMessage.kind == OutboundKind.PLAN,
            OutboundMessage.dedupe_key.like(f"%:{ON_REQUEST}:%"),
            ~OutboundMessage.dedupe_key.like(f"{OutboundKind.PLAN}:{NO_VERSION}:%"),
            OutboundMessage.sent_at >= moment - AROUND,
            OutboundMessage.sent_at <= moment + AROUND,
        )
        .order_by(OutboundMessage.sent_at.desc())
        .limit(1)
    ).scalar_one_or_none()
