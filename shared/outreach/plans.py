"""A client's messaging plan: the reminders they chose, quiet hours, caps.

Also consent, pause, a number found to be a landline, and caller-ID verdicts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    select,
)
from sqlalchemy.orm import Session

from shared.db.models import (
    BriefStatus,
    Call,
    CallAttestation,
    Client,
    ClientMessaging,
    ClientStatus,
    TherapySession,
)
from shared.kernel import defaults
from shared.outreach.reminders import (
    DEFAULT_QUIET,
    QuietHours,
    ReminderSpec,
    check_caps,
    check_outside_quiet,
    next_slot,
)
from shared.roster.clients import set_status
from shared.vault import audit

log = logging.getLogger(__name__)

ACTOR = "service:messaging"
WELCOME_RESEND_AFTER = defaults.WELCOME_RESEND_AFTER


class MessagingError(ValueError):
    """A request about client messages that cannot be honoured; the message says why."""


# --- per-client settings ----------------------------------------------------------


def plan_for(session: Session, client_id: str) -> ClientMessaging:
    """The client's messaging row, created with the defaults on first use."""
    plan = session.get(ClientMessaging, client_id)
    if plan is None:
        plan = ClientMessaging(
            client_id=client_id,
            remind_days=0,
            quiet_start_minute=DEFAULT_QUIET.start,
            quiet_end_minute=DEFAULT_QUIET.end,
            max_per_day=defaults.REMINDERS_MAX_PER_DAY,
            max_per_week=defaults.REMINDERS_MAX_PER_WEEK,
        )
        session.add(plan)
        session.flush()
    return plan


def quiet_of(plan: ClientMessaging) -> QuietHours:
    return QuietHours(plan.quiet_start_minute, plan.quiet_end_minute)


@dataclass(frozen=True)
class ReminderChoice:
    """What the clinician and client chose together; every part optional."""

    spec: ReminderSpec | None
    quiet: QuietHours = DEFAULT_QUIET
    max_per_day: int = defaults.REMINDERS_MAX_PER_DAY
    max_per_week: int = defaults.REMINDERS_MAX_PER_WEEK
    nudge_minute: int | None = None


def set_reminders(
    session: Session, client: Client, choice: ReminderChoice, now: datetime
) -> ClientMessaging:
    """Validate and store the client's reminders; the next slot is computed here."""
    check_caps(choice.max_per_day, choice.max_per_week)
    if choice.spec is not None:
        if not choice.spec.days:
            raise MessagingError("choose at least one day for reminders")
        check_outside_quiet(choice.spec.minute, choice.quiet)
    if choice.nudge_minute is not None:
        check_outside_quiet(choice.nudge_minute, choice.quiet)
    plan = plan_for(session, client.id)
    plan.remind_days = choice.spec.mask if choice.spec else 0
    plan.remind_minute = choice.spec.minute if choice.spec else None
    plan.quiet_start_minute, plan.quiet_end_minute = choice.quiet.start, choice.quiet.end
    plan.max_per_day, plan.max_per_week = choice.max_per_day, choice.max_per_week
    plan.nudge_minute = choice.nudge_minute
    reschedule(plan, client.timezone, now)
    return plan


def reschedule(plan: ClientMessaging, tz_name: str, now: datetime) -> None:
    """Recompute the next slot (after a change of spec or of the client's time zone)."""
    if not plan.remind_days or plan.remind_minute is None:
        plan.next_due_at = None
        return
    spec = ReminderSpec.from_mask(plan.remind_days, plan.remind_minute)
    plan.next_due_at = next_slot(spec, tz_name, now)


def record_consent(session: Session, client: Client, now: datetime) -> None:
    plan_for(session, client.id).consented_at = now
    set_status(session, client, ClientStatus.ACTIVE)


def next_session_start(session: Session, client_id: str, now: datetime) -> datetime | None:
    return session.execute(
        select(TherapySession.starts_at)
        .where(
            TherapySession.client_id == client_id,
            TherapySession.starts_at > now,
            TherapySession.brief_status != BriefStatus.CANCELLED,
        )
        .order_by(TherapySession.starts_at)
        .limit(1)
    ).scalar_one_or_none()


def pause(session: Session, client: Client, now: datetime) -> None:
    """Reminders and the nudge stop until the next session has started (or RESUME)."""
    plan = plan_for(session, client.id)
    plan.paused_at = now
    plan.paused_until = next_session_start(session, client.id, now)


def resume(session: Session, client: Client) -> None:
    plan = plan_for(session, client.id)
    plan.paused_at = None
    plan.paused_until = None


def is_paused(plan: ClientMessaging, moment: datetime) -> bool:
    if plan.paused_at is None:
        return False
    return plan.paused_until is None or moment < plan.paused_until


def pause_began(session: Session, client_id: str, period_start: datetime | None) -> datetime | None:
    """When the client chose a pause during the brief's period (None: they did not)."""
    plan = session.get(ClientMessaging, client_id)
    if plan is None or plan.paused_at is None:
        return None
    if period_start is not None and plan.paused_at <= period_start:
        return None  # told in an earlier brief
    return plan.paused_at


def record_attestation(session: Session, call_sid: str, stir_verstat: str | None) -> None:
    """Keep Twilio's STIR/SHAKEN verdict beside the call, once (Twilio may redeliver)."""
    call = session.get(Call, call_sid)
    if call is None or session.get(CallAttestation, call_sid) is not None:
        return
    session.add(
        CallAttestation(call_sid=call_sid, client_id=call.client_id, stir_verstat=stir_verstat)
    )
    session.flush()


def is_attested(stir_verstat: str | None) -> bool:
    """Only full attestation (A) vouches that the caller may use the number."""
    return stir_verstat == "TN-Validation-Passed-A"


def unattested_calls(session: Session, call_sids: list[str]) -> set[str]:
    """Of these calls, the ones whose caller ID the carrier did not vouch for."""
    if not call_sids:
        return set()
    rows = session.execute(
        select(CallAttestation.call_sid, CallAttestation.stir_verstat).where(
            CallAttestation.call_sid.in_(call_sids)
        )
    ).all()
    known = dict(rows)
    return {sid for sid in call_sids if not is_attested(known.get(sid))}


def mark_landline(session: Session, client: Client, now: datetime) -> None:
    """The number cannot take texts: remembered, and put on the clinician's record."""
    plan = plan_for(session, client.id)
    if plan.landline_at is not None:
        return
    plan.landline_at = now
    audit.record(
        session,
        actor=ACTOR,
        action="client.landline",
        subject_type="client",
        subject_id=client.id,
        detail="texts cannot reach this number (Twilio: not a mobile number)",
    )


def landlines_to_tell(session: Session) -> list[str]:
    """Clients whose number was found to be a landline and whose clinician is not yet told."""
    return list(
        session.scalars(
            select(ClientMessaging.client_id).where(
                ClientMessaging.landline_at.is_not(None),
                ClientMessaging.landline_notice_at.is_(None),
            )
        )
    )


def landline_found_at(session: Session, client_id: str) -> datetime | None:
    """When this client's landline was found, if the clinician is still to be told."""
    plan = session.get(ClientMessaging, client_id)
    if plan is None or plan.landline_notice_at is not None:
        return None
    return plan.landline_at


def record_landline_notice(session: Session, client_id: str, now: datetime) -> None:
    """The notice went (or was given up for good): the tick stops queueing it."""
    plan = session.get(ClientMessaging, client_id)
    if plan is not None and plan.landline_notice_at is None:
        plan.landline_notice_at = now
