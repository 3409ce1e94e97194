"""Where a client stands, in words: consent, the welcome, a pause, reminders, the number to text.

Shown on the client's page (``clients/_standing.html``) and beside the welcome
on the practice page, so a clinician reads consent and a client's own PAUSE
where they work instead of in the audit's event ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from services import runtime
from shared.db.models import (
    Client,
    ClientMessaging,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
)
from shared.outreach.messaging import is_paused
from shared.outreach.reminders import DAY_FULL, ReminderSpec, clock

WELCOME_WORDS = {
    OutboundStatus.PENDING: "waiting to be sent",
    OutboundStatus.SENDING: "being sent",
    OutboundStatus.SENT: "sent; Twilio has not yet confirmed delivery",
    OutboundStatus.DELIVERED: "delivered to the client's phone (Twilio confirmed it)",
    OutboundStatus.UNDELIVERED: "not delivered (the carrier did not deliver it)",
    OutboundStatus.FAILED: "not sent (Twilio refused it)",
    OutboundStatus.SKIPPED: "not sent",
    OutboundStatus.BLOCKED: "not sent: the client had texted STOP",
}
# What went to the phone: only these are "sent"; the rest were queued and are waiting,
# on their way, or were never sent ("Sent ...: waiting to be sent" would contradict itself).
_SENT = frozenset({OutboundStatus.SENT, OutboundStatus.DELIVERED, OutboundStatus.UNDELIVERED})


@dataclass(frozen=True)
class Welcome:
    at: datetime
    status: str

    @property
    def words(self) -> str:
        return WELCOME_WORDS.get(OutboundStatus(self.status), self.status)

    @property
    def lead(self) -> str:
        """ "Sent" once it went to the phone; "Queued" (the time it was asked for) before or
        instead."""
        return "Sent" if self.status in _SENT else "Queued"


@dataclass(frozen=True)
class Standing:
    agreed_in_session_at: datetime
    consented_by_text_at: datetime | None
    welcome: Welcome | None
    paused_at: datetime | None  # the client's own PAUSE (or "nothing this week"), in force
    paused_until: datetime | None
    reminders: str | None
    nudge: str | None
    carryback_number: str


def days_in_words(days: frozenset[int]) -> str:
    """ "every day", "Monday to Friday", "Tuesday and Thursday": never "Tue,Thu"."""
    chosen = sorted(days)
    names = [DAY_FULL[day].capitalize() for day in chosen]
    if len(chosen) == 7:
        return "every day"
    if len(chosen) > 2 and chosen == list(range(chosen[0], chosen[-1] + 1)):
        return f"{names[0]} to {names[-1]}"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def reminders_in_words(plan: ClientMessaging | None) -> str | None:
    """ "Tuesday and Thursday at 08:15, at most 2 a week", or None for no reminders."""
    if plan is None or not plan.remind_days or plan.remind_minute is None:
        return None
    spec = ReminderSpec.from_mask(plan.remind_days, plan.remind_minute)
    return f"{days_in_words(spec.days)} at {clock(spec.minute)}, at most {plan.max_per_week} a week"


def latest_welcome(db: Session, client_id: str) -> Welcome | None:
    row = db.execute(
        select(OutboundMessage.created_at, OutboundMessage.status)
        .where(OutboundMessage.client_id == client_id, OutboundMessage.kind == OutboundKind.WELCOME)
        .order_by(OutboundMessage.created_at.desc())
        .limit(1)
    ).first()
    return Welcome(row.created_at, row.status) if row else None


def standing_of(db: Session, client: Client, now: datetime) -> Standing:
    plan = db.get(ClientMessaging, client.id)
    paused = plan is not None and is_paused(plan, now)
    return Standing(
        agreed_in_session_at=client.created_at,
        consented_by_text_at=plan.consented_at if plan else None,
        welcome=latest_welcome(db, client.id),
        paused_at=plan.paused_at if paused else None,
        paused_until=plan.paused_until if paused else None,
        reminders=reminders_in_words(plan),
        nudge=clock(plan.nudge_minute) if plan and plan.nudge_minute is not None else None,
        carryback_number=_readable(runtime.context().settings.twilio_phone_number),
    )


def _readable(e164: str) -> str:
    """+13125550100 as "+1 312-555-0100"; as configured when it is not a number."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
