"""A client's record made through the domain: practice, tagged texts, sessions."""

from __future__ import annotations

import email
import secrets
from datetime import datetime, timedelta
from email.message import Message

from sqlalchemy import update

from services import runtime
from shared.db.models import BriefStatus, Noticing, TherapySession, utcnow
from shared.language.cues import Cue
from shared.noticings.intake import IncomingSms, receive_sms, tag_stored
from shared.roster.clients import add_client, clinician_by_email, set_practice


def enrol_with_practice(
    email_address: str, *, name: str, phone: str, cues: list[Cue], action: str = "notice it"
) -> str:
    ctx = runtime.context()
    with ctx.db.session() as db:
        owner = clinician_by_email(db, email_address)
        client = add_client(
            db, ctx.keys, clinician=owner, phone=phone, name=name, timezone="America/Chicago"
        )
        set_practice(
            db,
            ctx.keys,
            client,
            cues=cues,
            action=action,
            carry_back="bring one moment back",
            nothing_this_week=False,
            next_session_at=None,
            lead_minutes=60,
        )
        return client.id


def text_in(phone: str, body: str, *, hours_ago: float = 0) -> str:
    """A client's text stored and tagged exactly as intake and the worker do it."""
    ctx = runtime.context()
    with ctx.db.session() as db:
        sms = IncomingSms("SM" + secrets.token_hex(16), phone, body)
        result = receive_sms(db, ctx.keys, ctx.settings, sms)
        assert result.noticing_id, result
        noticing_id = result.noticing_id
    with ctx.db.session() as db:
        tag_stored(db, ctx.keys, noticing_id)
        if hours_ago:
            db.execute(
                update(Noticing)
                .where(Noticing.id == noticing_id)
                .values(received_at=utcnow() - timedelta(hours=hours_ago))
            )
    return noticing_id


def book_due_session(client_id: str, *, in_minutes: int = 30) -> str:
    """A session whose brief is due now (its lead time already begun)."""
    with runtime.context().db.session() as db:
        starts = utcnow() + timedelta(minutes=in_minutes)
        row = TherapySession(client_id=client_id, starts_at=starts, brief_due_at=utcnow())
        db.add(row)
        db.flush()
        return row.id


def claim_due(now: datetime | None = None) -> list[str]:
    from shared.delivery.briefing import due_sessions

    with runtime.context().db.session() as db:
        return due_sessions(db, now or utcnow())


def parse(raw: bytes) -> Message:
    return email.message_from_bytes(raw)


def readable_text(message: Message) -> str:
    """Headers and every decoded text part: what a person or a mail server could read."""
    parts = [f"{key}: {value}" for key, value in message.items()]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True) or b""
            parts.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return "\n".join(parts)


def mark_sent(session_id: str, *, hours_ago: float = 1) -> None:
    """Record a session's brief as sent (as the summary service does)."""
    when = utcnow() - timedelta(hours=hours_ago)
    with runtime.context().db.session() as db:
        db.execute(
            update(TherapySession)
            .where(TherapySession.id == session_id)
            .values(brief_status=BriefStatus.SENT, brief_sent_at=when, brief_period_end=when)
        )
