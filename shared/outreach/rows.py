"""Outbound texts as rows first: the welcome, enrolment, crisis replies.

Each row is inserted once, by its dedupe key; a job carrying its id sends it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from enum import Enum

from sqlalchemy import (
    select,
    text,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from shared.db.models import (
    BriefStatus,
    Client,
    ClientStatus,
    Clinician,
    Noticing,
    NoticingKind,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    new_id,
    utcnow,
)
from shared.kernel import defaults
from shared.kernel.defaults import CLIENT_LANGUAGE
from shared.kernel.timeutil import zone
from shared.outreach.plans import WELCOME_RESEND_AFTER, MessagingError, plan_for, reschedule
from shared.roster.clients import add_client
from shared.vault.keys import KeyStore

log = logging.getLogger(__name__)
SEND_LEASE = defaults.MESSAGE_SEND_LEASE


# A nudge is for a session still ahead: its brief not yet sent nor cancelled.
NUDGEABLE = (BriefStatus.SCHEDULED, BriefStatus.QUEUED)
# Rows that count against a client's caps: everything that went, or may still go, out.
COUNTED = (
    OutboundStatus.PENDING,
    OutboundStatus.SENDING,
    OutboundStatus.SENT,
    OutboundStatus.DELIVERED,
    OutboundStatus.UNDELIVERED,
)


# --- rows ---------------------------------------------------------------------------


def queue_welcome(session: Session, client: Client, now: datetime) -> str:
    """The welcome (and consent request); re-sending is allowed once a day."""
    if client.status == ClientStatus.OPTED_OUT:
        raise MessagingError("this client has opted out (STOP); nothing can be sent")
    last = session.execute(
        select(OutboundMessage.created_at)
        .where(OutboundMessage.client_id == client.id, OutboundMessage.kind == OutboundKind.WELCOME)
        .order_by(OutboundMessage.created_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    if last is not None and now - last < WELCOME_RESEND_AFTER:
        raise MessagingError("the welcome was sent less than a day ago; try again tomorrow")
    plan_for(session, client.id)
    row = OutboundMessage(
        client_id=client.id, kind=OutboundKind.WELCOME, due_at=now, status=OutboundStatus.PENDING
    )
    session.add(row)
    session.flush()
    return row.id


def enrol(
    session: Session,
    keys: KeyStore,
    *,
    clinician: Clinician,
    phone: str,
    name: str,
    timezone: str,
    now: datetime,
    actor: str | None = None,
    language: str = CLIENT_LANGUAGE,
    welcome: bool = True,
) -> tuple[Client, str | None]:
    """A new client, invited until they reply YES, and their welcome's row (double opt-in).

    The caller enqueues the welcome after the commit; if Redis is down then,
    the summary loop's sweep finds the row still pending and queues it.
    ``welcome=False`` (the console, ``client add --no-welcome``) sends nothing
    yet: the welcome states the reminders, so it goes once they are saved,
    when the clinician sends it (:func:`queue_welcome`).
    """
    client = add_client(
        session,
        keys,
        clinician=clinician,
        phone=phone,
        name=name,
        timezone=timezone,
        status=ClientStatus.INVITED,
        actor=actor,
        language=language,
    )
    return client, (queue_welcome(session, client, now) if welcome else None)


def move_timezone(session: Session, client: Client, timezone: str, now: datetime) -> None:
    """The client moved: their reminders keep their local time in the new zone."""
    zone(timezone)  # an unknown zone is refused before anything changes
    client.timezone = timezone
    reschedule(plan_for(session, client.id), timezone, now)


def queue_crisis_reply(
    session: Session, client_id: str, noticing_id: str, now: datetime
) -> str | None:
    """The fixed crisis reply by SMS, once per noticing (voice notes: SMS is the only way back)."""
    row = OutboundMessage(
        client_id=client_id,
        kind=OutboundKind.CRISIS,
        dedupe_key=f"crisis:{noticing_id}",
        noticing_id=noticing_id,
        due_at=now,
        status=OutboundStatus.PENDING,
    )
    inserted = insert_new(session, [row_values(row)])
    return inserted[0] if inserted else None


def crisis_reply_for_voice(session: Session, noticing: Noticing, now: datetime) -> str | None:
    """Crisis language in a voice note's transcript: the fixed reply goes by SMS."""
    if noticing.kind != NoticingKind.VOICE or not noticing.crisis or noticing.crisis_reply_sent:
        return None
    client = session.get(Client, noticing.client_id)
    if client is None or client.status == ClientStatus.OPTED_OUT:
        return None
    message_id = queue_crisis_reply(session, client.id, noticing.id, now)
    # Set with the row, before the alert is built: the alert says the reply went out.
    noticing.crisis_reply_sent = True
    return message_id


def acknowledge_before_consent(session: Session, client: Client, noticing_id: str) -> bool:
    """Before YES a noticing is stored and acknowledged once; later ones quietly."""
    if client.status != ClientStatus.INVITED:
        return True
    earlier = session.execute(
        select(Noticing.id)
        .where(Noticing.client_id == client.id, Noticing.id != noticing_id)
        .limit(1)
    ).first()
    return earlier is None


def record_crisis_reply_in_answer(
    session: Session, client_id: str, noticing_id: str, now: datetime
) -> str:
    """The crisis reply Twilio sends from our TwiML answer, as a row its status callback finds.

    TwiML's ``<Message action=...>`` sends that message's status callbacks to
    the URL given; the row id rides in it (see :func:`status_callback_url`).
    The row is ``sent`` at once: the answer is the hand-off, no job sends it.
    """
    row = OutboundMessage(
        client_id=client_id,
        kind=OutboundKind.CRISIS,
        dedupe_key=f"crisis:{noticing_id}",
        noticing_id=noticing_id,
        due_at=now,
        status=OutboundStatus.SENT,
        sent_at=now,
        status_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


class CrisisReply(Enum):
    """What the clinician's crisis alert can say about the client's crisis reply."""

    NONE = "none"  # no automatic reply is recorded for this message
    DELIVERED = "delivered"  # Twilio confirmed delivery to the phone
    BLOCKED = "blocked"  # the number opted out (STOP, Twilio error 21610)
    NOT_DELIVERED = "not delivered"  # Twilio reported it failed or undelivered
    UNKNOWN = "unknown"  # handed over (or about to be); no delivery report yet


def crisis_reply_outcome(session: Session, noticing: Noticing) -> CrisisReply:
    """What became of the fixed crisis reply to this noticing, as far as Twilio told us."""
    status = session.execute(
        select(OutboundMessage.status).where(OutboundMessage.dedupe_key == f"crisis:{noticing.id}")
    ).scalar_one_or_none()
    if status is None:
        return CrisisReply.UNKNOWN if noticing.crisis_reply_sent else CrisisReply.NONE
    if status == OutboundStatus.DELIVERED:
        return CrisisReply.DELIVERED
    if status == OutboundStatus.BLOCKED:
        return CrisisReply.BLOCKED
    if status in (OutboundStatus.FAILED, OutboundStatus.UNDELIVERED, OutboundStatus.SKIPPED):
        return CrisisReply.NOT_DELIVERED
    return CrisisReply.UNKNOWN


def row_values(row: OutboundMessage) -> dict[str, object]:
    return {
        "id": row.id or new_id(),
        "client_id": row.client_id,
        "kind": str(row.kind),
        "dedupe_key": row.dedupe_key,
        "session_id": row.session_id,
        "noticing_id": row.noticing_id,
        "due_at": row.due_at,
        "expires_at": row.expires_at,
        "status": OutboundStatus.PENDING.value,
        "attempts": 0,
        "created_at": utcnow(),
    }


def insert_new(session: Session, rows: list[dict[str, object]]) -> list[str]:
    """Insert rows whose dedupe key is new; the ids actually inserted.

    ``ON CONFLICT DO NOTHING`` on the unique key is the claim: two summary
    loops computing the same slot insert one row between them.
    """
    if not rows:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return _insert_new_postgres(session, rows)
    table = OutboundMessage.__table__
    statement = (
        sqlite.insert(table)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(table.c.id)
    )
    full = [{column: row.get(column) for column in _INSERTED} for row in rows]
    return list(session.connection().execute(statement, full).scalars())


_INSERTED = (
    "id",
    "client_id",
    "kind",
    "dedupe_key",
    "session_id",
    "noticing_id",
    "due_at",
    "expires_at",
    "status",
    "attempts",
    "created_at",
)
# One statement for any number of rows: PostgreSQL unnests one array per column,
# several times faster than a batch of INSERTs for a tick with thousands due.
_UNNEST_INSERT = text(
    """
    INSERT INTO outbound_messages (id, client_id, kind, dedupe_key, session_id, noticing_id,
                                   due_at, expires_at, status, attempts, created_at)
    SELECT * FROM unnest(
        CAST(:id AS varchar[]), CAST(:client_id AS varchar[]), CAST(:kind AS varchar[]),
        CAST(:dedupe_key AS varchar[]), CAST(:session_id AS varchar[]),
        CAST(:noticing_id AS varchar[]), CAST(:due_at AS timestamptz[]),
        CAST(:expires_at AS timestamptz[]), CAST(:status AS varchar[]),
        CAST(:attempts AS int[]), CAST(:created_at AS timestamptz[]))
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING id
    """
)


def _insert_new_postgres(session: Session, rows: list[dict[str, object]]) -> list[str]:
    columns = {column: [row.get(column) for row in rows] for column in _INSERTED}
    return list(session.execute(_UNNEST_INSERT, columns).scalars())
