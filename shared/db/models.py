"""Tables. Client material is stored only as sealed bytes (``*_enc`` columns).

Plain columns hold what the system must query on without a client's key:
statuses, timestamps, sids (Twilio's ids, not client material), flags that
drive alerts and scheduling. Everything a client said or is called is sealed
with that client's data key (see :mod:`shared.kernel.crypto`).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    ColumnElement,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    bindparam,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from shared.kernel import defaults

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC, always hands back aware datetimes (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- state machines: every status is declared here, once, beside its table ---


class ClientStatus(StrEnum):
    """Whether a client's messages are taken (opted_out: the client sent STOP)."""

    INVITED = "invited"
    ACTIVE = "active"
    PAUSED = "paused"
    OPTED_OUT = "opted_out"


class BriefStatus(StrEnum):
    """A session's brief: scheduled -> queued -> sending -> sent | failed; cancelled when moved."""

    SCHEDULED = "scheduled"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class NoticingKind(StrEnum):
    SMS = "sms"
    VOICE = "voice"


class NoticingStatus(StrEnum):
    """sms: received -> tagged. voice: pending -> transcribed -> tagged; or absent | failed."""

    RECEIVED = "received"
    PENDING = "pending"
    TRANSCRIBED = "transcribed"
    TAGGED = "tagged"
    ABSENT = "absent"
    FAILED = "failed"


class AlertStatus(StrEnum):
    """A crisis alert: none, or pending -> sending -> sent | failed (see shared.delivery.alerts)."""

    NONE = "none"
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class RecordingStatus(StrEnum):
    """What Twilio's recording callback reports; only ``completed`` has audio."""

    COMPLETED = "completed"
    ABSENT = "absent"
    FAILED = "failed"


class OutboundKind(StrEnum):
    """Why Carryback texts a client first (see shared.outreach.messaging)."""

    WELCOME = "welcome"
    REMINDER = "reminder"
    NUDGE = "nudge"
    CRISIS = "crisis"
    # The practice by text (after YES, on PRACTICE, after a new version is saved)
    # and the safety plan (only when the client texts PLAN); see shared.outreach.carried.
    PRACTICE = "practice"
    PLAN = "plan"


class OutboundStatus(StrEnum):
    """An outbound text (see :class:`OutboundMessage` for the transitions)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    SKIPPED = "skipped"
    BLOCKED = "blocked"


# Rows the summary's tick and sweep look for, a few among years of finished ones, each
# kind with a partial index holding only them (migration 0023). The statuses go into a
# query as literals (:func:`in_literals`): SQLite uses a partial index only when the
# query's own text implies the index's condition, which a bound parameter never does.
UNFINISHED_STATUSES = (NoticingStatus.RECEIVED, NoticingStatus.PENDING, NoticingStatus.TRANSCRIBED)
UNFINISHED_WHERE = "status IN ('received', 'pending', 'transcribed')"
UNSENT_BRIEFS = (BriefStatus.SCHEDULED, BriefStatus.QUEUED)
UNSENT_BRIEFS_WHERE = "brief_status IN ('scheduled', 'queued')"
UNSENT_TEXTS = (OutboundStatus.PENDING, OutboundStatus.SENDING)
UNSENT_TEXTS_WHERE = "status IN ('pending', 'sending')"


def in_literals(column: ColumnElement[str], values: tuple[str, ...]) -> ColumnElement[bool]:
    """``column IN (...)`` with the values written into the statement (fixed statuses,
    never input), so SQLite can match it to a partial index's condition."""
    fixed = bindparam("fixed_" + str(column.key), list(values), expanding=True)
    return column.in_(fixed.render_literal_execute())


class Delivery(StrEnum):
    """How a clinician receives briefs: S/MIME e-mail, a PHI-free link into the console, or both."""

    SMIME = "smime"
    LINK = "link"
    BOTH = "both"


class LinkPurpose(StrEnum):
    """What a notice's link opens: a session's brief, the noticing behind a crisis
    alert, or the client's page (their number cannot take texts)."""

    BRIEF = "brief"
    ALERT = "alert"
    CLIENT = "client"


class Keyring(Base):
    """Service-wide keys (the phone blind-index key), wrapped by the master key."""

    __tablename__ = "keyring"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    master_key_id: Mapped[str] = mapped_column(String(16))


class Clinician(Base):
    __tablename__ = "clinicians"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    certificate_pem: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    brief_lead_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # None: S/MIME when a certificate is on file, else a link (Clinician.delivery_mode).
    delivery: Mapped[str | None] = mapped_column(String(8), nullable=True)
    # The clinician's own mobile, for the optional PHI-free crisis SMS (not client material).
    alert_phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    alert_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    clients: Mapped[list[Client]] = relationship(back_populates="clinician")

    @property
    def delivery_mode(self) -> Delivery:
        if self.delivery:
            return Delivery(self.delivery)
        return Delivery.SMIME if self.certificate_pem else Delivery.LINK


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    clinician_id: Mapped[str] = mapped_column(ForeignKey("clinicians.id"), index=True)
    phone_index: Mapped[str] = mapped_column(String(64), unique=True)
    phone_enc: Mapped[bytes] = mapped_column(LargeBinary)
    name_enc: Mapped[bytes] = mapped_column(LargeBinary)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    status: Mapped[str] = mapped_column(String(16), default=ClientStatus.ACTIVE)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The language texts and calls are in (ISO 639-1; one with a message catalogue,
    # shared.language.catalogue). Not client material: it only chooses fixed texts.
    language: Mapped[str] = mapped_column(
        String(8), default=defaults.CLIENT_LANGUAGE, server_default=defaults.CLIENT_LANGUAGE
    )

    clinician: Mapped[Clinician] = relationship(back_populates="clients")


class ClientKey(Base):
    """A client's data key, wrapped. Deleting this row crypto-shreds the client."""

    __tablename__ = "client_keys"

    client_id: Mapped[str] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    master_key_id: Mapped[str] = mapped_column(String(16))


class Practice(Base):
    """What was co-built in session. Never edited: a new version is added."""

    __tablename__ = "practices"
    __table_args__ = (UniqueConstraint("client_id", "version"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    cues_enc: Mapped[bytes] = mapped_column(LargeBinary)
    action_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    carry_back_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    nothing_this_week: Mapped[bool] = mapped_column(Boolean, default=False)
    next_session_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TherapySession(Base):
    """A therapy session a brief is due for; one brief per session, ever."""

    __tablename__ = "sessions"
    # The tick's due briefs and stale claims: the few not yet sent.
    __table_args__ = (
        Index(
            "ix_sessions_unsent",
            "brief_due_at",
            sqlite_where=text(UNSENT_BRIEFS_WHERE),
            postgresql_where=text(UNSENT_BRIEFS_WHERE),
        ),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    brief_due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    brief_status: Mapped[str] = mapped_column(String(16), default=BriefStatus.SCHEDULED, index=True)
    brief_attempts: Mapped[int] = mapped_column(Integer, default=0)
    brief_claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    brief_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The brief covers noticings received up to here; the next one starts here.
    brief_period_end: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    brief_late: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error: Mapped[str | None] = mapped_column(String(300), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Call(Base):
    """A client's call in progress: the recording callback names only the call.

    A call with no noticing some minutes on lost its recording callback (Twilio
    does not retry one answered 503): the sweep lists its recordings at Twilio
    (``recording_checks`` times at most) and stores them as the callback would
    have; ``recordings_settled_at`` says it is done asking.
    """

    __tablename__ = "calls"

    call_sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    recording_checks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recordings_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    recordings_settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Noticing(Base):
    """One message from a client, text or voice (states: :class:`NoticingStatus`)."""

    __tablename__ = "noticings"
    # A client's noticings by time: the timeline's pages, the brief's period, the
    # client list's "last noticing" (one index probe, even for a client with none).
    # The sweep's noticings not yet tagged, a handful among years of tagged ones, by
    # a partial index (the statuses are written into its query, so SQLite can use it).
    __table_args__ = (
        Index("ix_noticings_client_received", "client_id", "received_at"),
        Index(
            "ix_noticings_unfinished",
            "updated_at",
            sqlite_where=text(UNFINISHED_WHERE),
            postgresql_where=text(UNFINISHED_WHERE),
        ),
        # A clinician's crisis messages: the banner on every console page (those not yet
        # acknowledged) and the alerts page. SQLite otherwise reads every noticing of
        # every client of the clinician.
        Index(
            "ix_noticings_crisis_client",
            "client_id",
            "received_at",
            sqlite_where=text("crisis IS 1"),
            postgresql_where=text("crisis IS true"),
        ),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))
    source_sid: Mapped[str] = mapped_column(String(64), unique=True)
    call_sid: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    body_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    tags_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    forced_cue_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    audio_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    num_media: Mapped[int] = mapped_column(Integer, default=0)
    duration_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    crisis: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    crisis_reply_sent: Mapped[bool] = mapped_column(Boolean, default=False)
    crisis_alert: Mapped[str] = mapped_column(String(8), default=AlertStatus.NONE, index=True)
    # The alert's lease and tries (shared.delivery.alerts): a claim older than the
    # lease is taken again, so a killed sender cannot leave it stuck.
    alert_claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    alert_attempts: Mapped[int] = mapped_column(Integer, default=0)
    alert_error: Mapped[str | None] = mapped_column(String(300), nullable=True)
    # Acknowledged in the console by the clinician (console user id); the banner stops.
    alert_acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    alert_acknowledged_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # A clinician's correction of the cues (sealed JSON list of labels); the
    # tagger's own output stays in tags_enc beside it, for measurement.
    corrected_cues_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    corrected_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    corrected_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    recording_deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    failure_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    tagged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class AuditEvent(Base):
    """Append-only, HMAC-chained record of who read, changed or sent client material.

    ``prev_hash`` is unique, so two writers racing for the same chain tip
    cannot fork the chain: one of them fails and retries on the new tip.
    """

    __tablename__ = "audit_events"
    # The events about one subject (a client, a session) by time: the clinician's
    # audit page, and the read a minute ago that makes a repeated read no new event.
    __table_args__ = (Index("ix_audit_events_subject", "subject_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    subject_type: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # 2: ``hash`` is an HMAC under the audit key; 1: a plain SHA-256 link,
    # written before the chain was keyed (see shared.vault.audit).
    chain_version: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    hash: Mapped[str] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """How far the audit chain was last verified: the console verifies only what came after.

    ``mac`` is an HMAC under the audit key over the event id, its MAC and the
    count, so a checkpoint cannot be moved forward by someone without the key;
    the event it names must still be in the chain with that MAC (a truncated
    table is caught). ``carryback audit verify`` still checks every link.
    """

    __tablename__ = "audit_checkpoints"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    event_id: Mapped[int] = mapped_column(Integer)
    event_hash: Mapped[str] = mapped_column(String(64))
    events: Mapped[int] = mapped_column(Integer)
    verified_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    mac: Mapped[str] = mapped_column(String(64))


# --- talking to the client: outbound messages, reminders, consent -----------


class ClientMessaging(Base):
    """How Carryback may speak first to one client: reminders, quiet hours, caps, pause.

    Plain columns only (days, minutes, counts): the summary loop finds due
    reminders for thousands of clients without opening anyone's key. The
    words a reminder carries come from the sealed practice when it is sent.
    """

    __tablename__ = "client_messaging"

    client_id: Mapped[str] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    # Bit 0 = Monday ... bit 6 = Sunday; 0 means no reminders.
    remind_days: Mapped[int] = mapped_column(Integer, default=0)
    remind_minute: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quiet_start_minute: Mapped[int] = mapped_column(Integer, default=defaults.QUIET_START_MINUTE)
    quiet_end_minute: Mapped[int] = mapped_column(Integer, default=defaults.QUIET_END_MINUTE)
    max_per_day: Mapped[int] = mapped_column(Integer, default=defaults.REMINDERS_MAX_PER_DAY)
    max_per_week: Mapped[int] = mapped_column(Integer, default=defaults.REMINDERS_MAX_PER_WEEK)
    nudge_minute: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The next reminder slot in UTC, precomputed so a tick is one indexed range scan.
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    consented_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # None with paused_at set: paused until RESUME (no session booked yet).
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    landline_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # When the clinician's PHI-free notice about the landline went (or was given up).
    landline_notice_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class OutboundMessage(Base):
    """One text Carryback sends first: a row before a job, sent at most once.

    pending -> sending -> sent -> delivered | undelivered | failed (Twilio's callback)
    sending -> pending, unconfirmed (Twilio may have taken it): looked up before a resend
    pending -> skipped (slot passed, quiet hours, paused, no consent, session cancelled)
    pending -> blocked (the client has opted out; Twilio error 21610)
    pending -> failed (a permanent error, e.g. a landline)
    """

    __tablename__ = "outbound_messages"
    # The summary tick counts each due client's recent reminders against the caps.
    # The sweep's texts whose job Redis may have lost: the few not yet sent.
    __table_args__ = (
        Index("ix_outbound_messages_client_kind_due", "client_id", "kind", "due_at"),
        Index(
            "ix_outbound_messages_unsent",
            "due_at",
            sqlite_where=text(UNSENT_TEXTS_WHERE),
            postgresql_where=text(UNSENT_TEXTS_WHERE),
        ),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    # Unique per reason to send ("reminder:<client>:<slot>", "nudge:<session>"):
    # two summary loops racing insert one row, never two.
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True, nullable=True)
    # Indexed: deleting a session (a client's crypto-shred) checks this foreign key.
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), nullable=True, index=True
    )
    noticing_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Past this moment the message is skipped, never sent late (reminders, nudges).
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=OutboundStatus.PENDING, index=True)
    body_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # When a send began that may have reached Twilio without its answer reaching
    # us (a read time-out, a dropped connection, a 5xx, a sender that died): the
    # next attempt looks for that message at Twilio before sending again.
    unconfirmed_since: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    error_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CallAttestation(Base):
    """Twilio's STIR/SHAKEN verdict on a call's caller ID (``StirVerstat``)."""

    __tablename__ = "call_attestations"

    call_sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    stir_verstat: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProcessedMessage(Base):
    """Every inbound MessageSid acted on, once: a redelivery finds its row and does nothing.

    Written in the same transaction as what the message did (a noticing
    stored, a keyword applied), before acting: the primary key makes a racing
    redelivery wait for that transaction, then fail, so nothing runs twice.
    ``outcome`` decides the replay's answer without keeping any client words.
    """

    __tablename__ = "processed_messages"

    message_sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(24))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class UnknownSenderReply(Base):
    """The day an unknown number was last answered, keyed by its blind index (never the number)."""

    __tablename__ = "unknown_sender_replies"

    phone_index: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[str] = mapped_column(String(10))


# --- Console accounts ---------------------------------------------------------
# Who may sign in to the clinician console. Secrets are never stored usable:
# passwords as argon2 hashes, the TOTP secret wrapped by the master key,
# recovery codes and one-time tokens as SHA-256 digests of high-entropy values.


class ConsoleUser(Base):
    """A console account: a clinician (sees their own clients), optionally a practice admin."""

    __tablename__ = "console_users"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    clinician_id: Mapped[str] = mapped_column(
        ForeignKey("clinicians.id", ondelete="CASCADE"), unique=True
    )
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    totp_secret_wrapped: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    totp_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    clinician: Mapped[Clinician] = relationship()


class ConsoleRecoveryCode(Base):
    """A one-use MFA recovery code, shown once, stored as a SHA-256 digest."""

    __tablename__ = "console_recovery_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(
        ForeignKey("console_users.id", ondelete="CASCADE"), index=True
    )
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ConsoleToken(Base):
    """A one-time link (invitation, password reset): single use, expires."""

    __tablename__ = "console_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(
        ForeignKey("console_users.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(16))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConsoleSession(Base):
    """A signed-in browser. The cookie holds the token; the row holds its digest.

    Revoking every row of a user is "sign out everywhere".
    """

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(
        ForeignKey("console_users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ConsoleTotpStep(Base):
    """A TOTP time step already used by an account: the same code is refused twice."""

    __tablename__ = "console_totp_steps"

    user_id: Mapped[str] = mapped_column(
        ForeignKey("console_users.id", ondelete="CASCADE"), primary_key=True
    )
    step: Mapped[int] = mapped_column(Integer, primary_key=True)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BriefLink(Base):
    """The opaque token in a PHI-free e-mail: opens one brief or noticing for one clinician.

    Only the SHA-256 digest of the token is stored; the link expires, and it
    opens nothing until its own clinician has signed in with MFA.
    """

    __tablename__ = "brief_links"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    clinician_id: Mapped[str] = mapped_column(
        ForeignKey("clinicians.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(8))
    subject_id: Mapped[str] = mapped_column(String(32))  # a session id or a noticing id
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StrayRecording(Base):
    """A recording from a call Carryback does not take (a stranger, an invited or paused
    number): waiting to be deleted at Twilio, unheard, then forgotten.

    Only Twilio's sid is kept, never the caller's number; once Twilio's copy is
    gone the row is deleted and ``service_counters`` keeps the count.
    """

    __tablename__ = "stray_recordings"

    recording_sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class ServiceCounter(Base):
    """A named running count with nothing behind it (e.g. stray recordings deleted)."""

    __tablename__ = "service_counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


# --- the safety plan ------------------------------------------------------------


class SafetyPlan(Base):
    """A client's safety plan (Stanley-Brown's six parts), co-built in session.

    Never edited: every change is a new version, so what the client received
    by PLAN is what was current then. The six parts are one sealed JSON object
    in the client's own words (see shared.roster.safety_plans).
    """

    __tablename__ = "safety_plans"
    __table_args__ = (UniqueConstraint("client_id", "version"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    parts_enc: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- brief PDFs ------------------------------------------------------------------


class BriefPdf(Base):
    """A sent brief's tagged PDF, made once and sealed under the client's data key.

    Printing a brief costs a few hundred milliseconds; the brief's download
    and the client's export read this instead. Deleted with its session (and
    so with its client); a re-key re-seals it.
    """

    __tablename__ = "brief_pdfs"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    pdf_enc: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def id(self) -> str:
        """The row's id for sealing (the ciphertext is bound to its session)."""
        return self.session_id


class BriefHtml(Base):
    """A sent brief's HTML as it went out, sealed under the client's data key.

    Kept by the summary when it sends the brief, so the client's export holds
    the brief the clinician received rather than one rebuilt from today's
    record (a cue corrected since, a practice changed), and reads it instead of
    rendering every brief again. Deleted with its session (and so with its
    client); a re-key re-seals it.
    """

    __tablename__ = "brief_htmls"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    html_enc: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def id(self) -> str:
        """The row's id for sealing (the ciphertext is bound to its session)."""
        return self.session_id
