"""Brief-ready and alert e-mails that carry no health information, and the links in them.

A clinician without S/MIME (most Gmail, Workspace and Outlook users) gets a
notice that a brief is ready for a session at a date and time, or that a
message needs attention, with a link into the console. The link holds an
opaque random token; only its SHA-256 digest is stored. It expires, and it
opens nothing until its own clinician has signed in with MFA: a forwarded
link is useless to anyone else. No name, initials, phone, cue or client text
ever goes into the notice, its subject, or the link.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.db.models import (
    BriefLink,
    Client,
    Clinician,
    ConsoleUser,
    Delivery,
    LinkPurpose,
    Noticing,
    TherapySession,
    utcnow,
)
from shared.delivery.briefs.render import build_notice_mime
from shared.kernel.timeutil import to_local
from shared.vault import audit

log = logging.getLogger(__name__)
SUMMARY_ACTOR = audit.SUMMARY_ACTOR
TOKEN_BYTES = 32
LINK_PATH = "/l/"


class LinkUnknown(LookupError):
    """No such link (never issued, or its client was deleted)."""


class LinkExpired(Exception):
    """The link was real but its time is up."""


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def issue(
    session: Session,
    *,
    clinician_id: str,
    client_id: str,
    purpose: LinkPurpose,
    subject_id: str,
    lifetime: timedelta,
    now: datetime | None = None,
) -> str:
    """A new link token (returned once, stored hashed)."""
    raw = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        BriefLink(
            token_hash=_digest(raw),
            clinician_id=clinician_id,
            client_id=client_id,
            purpose=purpose,
            subject_id=subject_id,
            expires_at=(now or utcnow()) + lifetime,
        )
    )
    session.flush()
    return raw


def find(session: Session, raw: str, now: datetime | None = None) -> BriefLink:
    """The link for ``raw``; LinkUnknown or LinkExpired otherwise (checked before sign-in too)."""
    if not raw or len(raw) > 100:
        raise LinkUnknown(raw[:8])
    link = session.get(BriefLink, _digest(raw))
    if link is None:
        raise LinkUnknown(raw[:8])
    if (now or utcnow()) >= link.expires_at:
        raise LinkExpired(link.subject_id)
    return link


def mark_opened(link: BriefLink, now: datetime | None = None) -> None:
    if link.opened_at is None:
        link.opened_at = now or utcnow()


def link_url(base_url: str, raw: str) -> str:
    return f"{base_url.rstrip('/')}{LINK_PATH}{raw}"


def clinician_timezone(session: Session, clinician: Clinician, fallback: str) -> str:
    """The zone the clinician reads times in (their console account's), else ``fallback``."""
    zone = session.execute(
        select(ConsoleUser.timezone).where(ConsoleUser.clinician_id == clinician.id)
    ).scalar_one_or_none()
    return zone or fallback


@dataclass(frozen=True)
class Notice:
    """A PHI-free e-mail ready for the mailer."""

    recipient: str
    subject: str
    message: EmailMessage
    sms: str  # the same words, for the clinician's own phone


def wants_link(delivery: Delivery | None) -> bool:
    """The clinician takes a PHI-free notice with a console link."""
    return delivery in (Delivery.LINK, Delivery.BOTH)


def wants_smime(delivery: Delivery | None) -> bool:
    """The clinician takes the brief itself, S/MIME-encrypted."""
    return delivery in (Delivery.SMIME, Delivery.BOTH)


def brief_notice(
    session: Session, therapy_session: TherapySession, *, base_url: str, lifetime: timedelta
) -> Notice:
    """'A brief is ready for your session on <date> at <time>', with a fresh link."""
    return _notice(
        session,
        therapy_session.client_id,
        LinkPurpose.BRIEF,
        therapy_session.id,
        therapy_session.starts_at,
        template="brief_ready",
        base_url=base_url,
        lifetime=lifetime,
    )


def alert_notice(
    session: Session, noticing: Noticing, *, base_url: str, lifetime: timedelta
) -> Notice:
    """'Urgent: a message needs your attention, received at 14:32', with a link to it."""
    return _notice(
        session,
        noticing.client_id,
        LinkPurpose.ALERT,
        noticing.id,
        noticing.received_at,
        template="alert_ready",
        base_url=base_url,
        lifetime=lifetime,
    )


def landline_notice(
    session: Session, client: Client, at_utc: datetime, *, base_url: str, lifetime: timedelta
) -> Notice:
    """'A client's number cannot receive texts', with a link to that client's page."""
    return _notice(
        session,
        client.id,
        LinkPurpose.CLIENT,
        client.id,
        at_utc,
        template="landline_ready",
        base_url=base_url,
        lifetime=lifetime,
    )


def _notice(
    session: Session,
    client_id: str,
    purpose: LinkPurpose,
    subject_id: str,
    at_utc: datetime,
    *,
    template: str,
    base_url: str,
    lifetime: timedelta,
) -> Notice:
    """A PHI-free notice naming only a time, with a fresh link for the clinician."""
    client = session.get(Client, client_id)
    if client is None:
        raise LinkUnknown("client deleted")
    clinician = client.clinician
    zone = clinician_timezone(session, clinician, client.timezone)
    raw = issue(
        session,
        clinician_id=clinician.id,
        client_id=client.id,
        purpose=purpose,
        subject_id=subject_id,
        lifetime=lifetime,
    )
    at = to_local(at_utc, zone)
    expires = to_local(utcnow() + lifetime, zone)
    subject, message, sms = build_notice_mime(
        template, at=at, url=link_url(base_url, raw), expires=expires
    )
    return Notice(clinician.email, subject, message, sms)


def delivery_for_noticing(session: Session, noticing_id: str) -> Delivery | None:
    noticing = session.get(Noticing, noticing_id)
    client = session.get(Client, noticing.client_id) if noticing else None
    return client.clinician.delivery_mode if client else None
