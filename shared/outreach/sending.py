"""The worker's share: one outbound row claimed, rendered and sent once.

Then its status, from Twilio's callbacks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    case,
    func,
    select,
    update,
)
from sqlalchemy.orm import Session

from shared.db.models import (
    Client,
    ClientMessaging,
    ClientStatus,
    Noticing,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    TherapySession,
)
from shared.infra.channels.sms import LANDLINE_CODES, UNSUBSCRIBED
from shared.kernel import defaults
from shared.kernel.config import Settings
from shared.kernel.outcomes import JobOutcome
from shared.language.crisis import ENGLISH, detect_crisis
from shared.outreach.carried import practice_text_for_row
from shared.outreach.plans import is_paused, mark_landline, plan_for, quiet_of
from shared.outreach.reminders import (
    in_quiet_hours,
)
from shared.outreach.rows import NUDGEABLE, SEND_LEASE
from shared.outreach.safety_plan_text import plan_line
from shared.outreach.texts import crisis_reply_text, nudge_text, reminder_text, welcome_text
from shared.roster.clients import current_practice, set_status
from shared.roster.safety_plans import has_plan
from shared.vault.keys import KeyStore
from shared.vault.sealed import NOTICING_BODY, OUTBOUND_BODY, OpenedClient

log = logging.getLogger(__name__)
MAX_ATTEMPTS = defaults.MAX_MESSAGE_ATTEMPTS
# Twilio's delivery statuses we record, and the one they map to.
CALLBACK_STATUSES = {
    "queued": OutboundStatus.SENT,
    "sending": OutboundStatus.SENT,
    "sent": OutboundStatus.SENT,
    "delivered": OutboundStatus.DELIVERED,
    "undelivered": OutboundStatus.UNDELIVERED,
    "failed": OutboundStatus.FAILED,
}


# --- the worker's share: one row, sent once -------------------------------------------


def claim(session: Session, message_id: str, now: datetime) -> bool:
    """pending -> sending (or a dead worker's stale claim); False: someone else has it.

    A stale claim's sender died somewhere in its send, perhaps after Twilio
    took the message: the row becomes unconfirmed from that claim on.
    """
    stale = OutboundMessage.status == OutboundStatus.SENDING
    result = session.execute(
        update(OutboundMessage)
        .where(
            OutboundMessage.id == message_id,
            (OutboundMessage.status == OutboundStatus.PENDING)
            | (stale & (OutboundMessage.claimed_at <= now - SEND_LEASE)),
        )
        .values(
            status=OutboundStatus.SENDING,
            claimed_at=now,
            attempts=OutboundMessage.attempts + 1,
            unconfirmed_since=case(
                (
                    stale,
                    func.coalesce(OutboundMessage.unconfirmed_since, OutboundMessage.claimed_at),
                ),
                else_=OutboundMessage.unconfirmed_since,
            ),
        )
    )
    return result.rowcount == 1


@dataclass(frozen=True)
class Outgoing:
    """A claimed row, ready for Twilio: the number and text, opened just for the send.

    ``unconfirmed_since``: an earlier attempt, begun then, may have reached
    Twilio; look for it there before sending (see :func:`match_sent`).
    """

    message_id: str
    to: str
    body: str
    unconfirmed_since: datetime | None = None


def prepare(
    session: Session, keys: KeyStore, settings: Settings, message_id: str, now: datetime
) -> Outgoing | JobOutcome:
    """The text to send, sealed on the row; or why it must not go (the row is closed)."""
    row = session.get(OutboundMessage, message_id)
    if row is None:
        return JobOutcome.GONE
    client = session.get(Client, row.client_id)
    if client is None:
        return JobOutcome.GONE
    plan = plan_for(session, client.id)
    if row.kind == OutboundKind.PRACTICE and row.due_at > now:
        # Early (its job outlived a restart, or ran at once): back to waiting for its time.
        row.status = OutboundStatus.PENDING
        row.claimed_at = None
        return JobOutcome.SKIPPED
    reason = _why_not(session, row, client, plan, now)
    if reason is not None:
        final = (
            OutboundStatus.BLOCKED
            if client.status == ClientStatus.OPTED_OUT
            else OutboundStatus.SKIPPED
        )
        _close(row, final, reason, now)
        return JobOutcome.BLOCKED if final == OutboundStatus.BLOCKED else JobOutcome.SKIPPED
    opened = keys.open_client(session, client)
    body = _render(session, opened, settings, row, plan)
    if body is None:
        _close(
            row,
            OutboundStatus.SKIPPED,
            "nothing to remind of (no cue and action, or nothing this week)",
            now,
        )
        return JobOutcome.SKIPPED
    opened.seal(OUTBOUND_BODY, row, body)
    return Outgoing(row.id, opened.phone, body, row.unconfirmed_since)


def _why_not(
    session: Session, row: OutboundMessage, client: Client, plan: ClientMessaging, now: datetime
) -> str | None:
    if client.status == ClientStatus.OPTED_OUT:
        return "the client has opted out (STOP)"
    if plan.landline_at is not None:
        return "the number cannot take texts (landline)"
    if row.kind == OutboundKind.CRISIS:
        return None  # the crisis reply goes to anyone not opted out
    if row.kind != OutboundKind.WELCOME and client.status != ClientStatus.ACTIVE:
        return (
            "the client has not replied to the welcome yet"
            if client.status == ClientStatus.INVITED
            else f"client {client.status}"
        )
    if row.expires_at is not None and now > row.expires_at:
        return "its slot passed before it could be sent"
    if row.kind in (OutboundKind.REMINDER, OutboundKind.NUDGE):
        if is_paused(plan, now):
            return "the client chose a pause"
        if in_quiet_hours(now, client.timezone, quiet_of(plan)):
            return "quiet hours"
    if row.kind == OutboundKind.PRACTICE and in_quiet_hours(now, client.timezone, quiet_of(plan)):
        return "quiet hours (the client's changed after it was queued)"
    if row.kind == OutboundKind.NUDGE:
        status = session.execute(
            select(TherapySession.brief_status).where(TherapySession.id == row.session_id)
        ).scalar_one_or_none()
        if status not in NUDGEABLE:
            return "the session was cancelled or moved"
    return None


def _render(
    session: Session,
    opened: OpenedClient,
    settings: Settings,
    row: OutboundMessage,
    plan: ClientMessaging,
) -> str | None:
    # Every text in the client's language, chosen when it is sent (not when queued).
    language = opened.client.language
    if row.kind == OutboundKind.WELCOME:
        return welcome_text(settings, plan, language)
    if row.kind == OutboundKind.CRISIS:
        reply = crisis_reply_text(settings, _crisis_written_in(session, opened, row), language)
        if opened.client.status in (ClientStatus.ACTIVE, ClientStatus.PAUSED) and has_plan(
            session, opened.id
        ):
            reply += "\n" + plan_line(language)
        return reply
    if row.kind == OutboundKind.PRACTICE:
        return practice_text_for_row(session, opened, row)
    if row.kind == OutboundKind.NUDGE:
        starts_at = session.execute(
            select(TherapySession.starts_at).where(TherapySession.id == row.session_id)
        ).scalar_one()
        return nudge_text(starts_at, opened.client.timezone, language)
    practice = current_practice(session, opened)
    if practice is None or practice.nothing_this_week or not practice.cues or not practice.action:
        return None
    return reminder_text(practice.cues[0].label, practice.action, language)


def _crisis_written_in(session: Session, opened: OpenedClient, row: OutboundMessage) -> str:
    """The language of the crisis a queued reply answers (a voice note's transcript).

    The row keeps no client words, so the noticing's are read again; triage
    is deterministic, so it finds the language it found when the reply was
    queued. Without the words (none stored) the reply is in English.
    """
    noticing = session.get(Noticing, row.noticing_id) if row.noticing_id else None
    if noticing is None or noticing.client_id != opened.id:
        return ENGLISH
    words = opened.open_text(NOTICING_BODY, noticing)
    signal = detect_crisis(words) if words else None
    return signal.language if signal is not None else ENGLISH


def _close(row: OutboundMessage, status: OutboundStatus, reason: str, now: datetime) -> None:
    row.status = status
    row.last_error = reason[:200]
    row.status_at = now


def record_sent(session: Session, message_id: str, sid: str, now: datetime) -> None:
    """Twilio took it. Its callback may have come first: a status it set is kept."""
    sent = session.execute(
        update(OutboundMessage)
        .where(OutboundMessage.id == message_id, OutboundMessage.status == OutboundStatus.SENDING)
        .values(
            status=OutboundStatus.SENT,
            twilio_sid=sid,
            sent_at=now,
            status_at=now,
            last_error=None,
            unconfirmed_since=None,
        )
    ).rowcount
    if not sent:
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == message_id)
            .values(twilio_sid=sid, sent_at=now, unconfirmed_since=None)
        )


def match_sent(session: Session, candidates: list[str]) -> str | None:
    """The first of the sids Twilio listed for this text that no row has recorded yet.

    ``candidates`` are messages to the same number with the same text, since
    the unconfirmed attempt began, oldest first: another row's text (a
    reminder is the same every day) is never taken for this one.
    """
    if not candidates:
        return None
    taken = set(
        session.execute(
            select(OutboundMessage.twilio_sid).where(OutboundMessage.twilio_sid.in_(candidates))
        ).scalars()
    )
    return next((sid for sid in candidates if sid not in taken), None)


def status_callback_url(public_base_url: str, message_id: str) -> str:
    """Our row id rides in the callback URL (signed with it), so a callback that
    overtakes the send's own bookkeeping still finds its row."""
    return f"{public_base_url}/twilio/status?message={message_id}"


def record_failure(
    session: Session,
    message_id: str,
    error: Exception,
    code: int | None,
    permanent: bool,
    now: datetime,
    *,
    unconfirmed: bool = False,
) -> JobOutcome:
    """Close or release the row after Twilio refused it; RETRY when RQ should try again.

    ``unconfirmed``: Twilio may have taken it all the same; the retry looks
    for it before sending again.
    """
    row = session.get(OutboundMessage, message_id)
    if row is None:
        return JobOutcome.GONE
    if row.status != OutboundStatus.SENDING:
        # Twilio's status callback for this very message got here first: it was sent.
        return JobOutcome.SENT
    if unconfirmed and row.unconfirmed_since is None:
        row.unconfirmed_since = row.claimed_at or now
    client = session.get(Client, row.client_id)
    row.error_code = code
    row.last_error = str(error)[:200]
    row.status_at = now
    if code == UNSUBSCRIBED and client is not None:
        row.status = OutboundStatus.BLOCKED
        set_status(session, client, ClientStatus.OPTED_OUT)
        return JobOutcome.BLOCKED
    if code in LANDLINE_CODES and client is not None:
        mark_landline(session, client, now)
        row.status = OutboundStatus.FAILED
        return JobOutcome.FAILED
    if permanent or row.attempts >= MAX_ATTEMPTS:
        row.status = OutboundStatus.FAILED
        return JobOutcome.FAILED
    expired = row.expires_at is not None and now > row.expires_at
    row.status = OutboundStatus.SKIPPED if expired else OutboundStatus.PENDING
    return JobOutcome.SKIPPED if expired else JobOutcome.RETRY


def record_status(
    session: Session,
    sid: str,
    twilio_status: str,
    error_code: int | None,
    now: datetime,
    message_id: str | None = None,
) -> bool:
    """Twilio's status callback for a message we sent; False when it is not ours."""
    mapped = CALLBACK_STATUSES.get(twilio_status)
    row = session.get(OutboundMessage, message_id) if message_id else None
    if row is None:
        row = session.execute(
            select(OutboundMessage).where(OutboundMessage.twilio_sid == sid)
        ).scalar_one_or_none()
    if row is None or (row.twilio_sid is not None and row.twilio_sid != sid):
        return False
    row.twilio_sid = sid
    if mapped is None:
        return True
    # Callbacks can arrive out of order: never step back from a final state.
    if row.status in (
        OutboundStatus.DELIVERED,
        OutboundStatus.UNDELIVERED,
        OutboundStatus.FAILED,
        OutboundStatus.BLOCKED,
    ):
        return True
    row.status = mapped
    row.status_at = now
    if error_code:
        row.error_code = error_code
    if error_code == UNSUBSCRIBED:
        row.status = OutboundStatus.BLOCKED
        client = session.get(Client, row.client_id)
        if client is not None:
            set_status(session, client, ClientStatus.OPTED_OUT)
    elif error_code in LANDLINE_CODES:
        client = session.get(Client, row.client_id)
        if client is not None:
            mark_landline(session, client, now)
    return True
