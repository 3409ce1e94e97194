"""Carryback speaking first: welcome, reminders, the pre-session nudge, crisis replies.

Every outbound text is a row first (:class:`OutboundMessage`: to whom, why,
when due, until when it is still worth sending), then a job carrying its id.
The job claims the row with a conditional UPDATE, so each row is sent at most
once however many workers or summary loops run. Texts are fixed templates
filled only with what the clinician and client wrote together (a cue, the
action, the session's weekday): no generated text, ever.

Consent is double opt-in: an enrolled client is ``invited`` and receives the
welcome only; nothing else goes out until they reply YES. After STOP nothing
goes out at all (Twilio's error 21610 is read the same way).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Integer,
    ScalarSelect,
    Select,
    String,
    Subquery,
    cast,
    func,
    literal,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from shared import audit, defaults
from shared.channels.sms import LANDLINE_CODES, UNSUBSCRIBED
from shared.config import Settings
from shared.crisis import ENGLISH, SPANISH, detect_crisis
from shared.db.models import (
    BriefStatus,
    Call,
    CallAttestation,
    Client,
    ClientMessaging,
    ClientStatus,
    Clinician,
    Noticing,
    NoticingKind,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    TherapySession,
    UTCDateTime,
    new_id,
    utcnow,
)
from shared.keys import KeyStore
from shared.reminders import (
    DEFAULT_QUIET,
    SLOT_GRACE,
    QuietHours,
    ReminderSpec,
    cap_windows,
    check_caps,
    check_outside_quiet,
    in_quiet_hours,
    local_minute,
    next_slot,
    nudge_moment,
    slot_missed,
    weekday_name,
)
from shared.roster import add_client, current_practice, set_status
from shared.sealed import NOTICING_BODY, OUTBOUND_BODY, OpenedClient
from shared.text import normalise
from shared.timeutil import zone

log = logging.getLogger(__name__)

ACTOR = "service:messaging"
SEND_LEASE = defaults.MESSAGE_SEND_LEASE
MAX_ATTEMPTS = defaults.MAX_MESSAGE_ATTEMPTS
WELCOME_RESEND_AFTER = defaults.WELCOME_RESEND_AFTER
NUDGE_LOOKAHEAD = defaults.NUDGE_LOOKAHEAD


# A nudge is for a session still ahead: its brief not yet sent nor cancelled.
_NUDGEABLE = (BriefStatus.SCHEDULED, BriefStatus.QUEUED)
# Rows that count against a client's caps: everything that went, or may still go, out.
COUNTED = (
    OutboundStatus.PENDING,
    OutboundStatus.SENDING,
    OutboundStatus.SENT,
    OutboundStatus.DELIVERED,
    OutboundStatus.UNDELIVERED,
)
# Twilio's delivery statuses we record, and the one they map to.
CALLBACK_STATUSES = {
    "queued": OutboundStatus.SENT,
    "sending": OutboundStatus.SENT,
    "sent": OutboundStatus.SENT,
    "delivered": OutboundStatus.DELIVERED,
    "undelivered": OutboundStatus.UNDELIVERED,
    "failed": OutboundStatus.FAILED,
}


class MessagingError(ValueError):
    """A request about client messages that cannot be honoured; the message says why."""


# --- the fixed texts ------------------------------------------------------------

WELCOME = (
    "{program}: your clinician set this up with you. Text what you notice between sessions, "
    "or call and leave a voice note; it goes to your next session. "
    "This number is not monitored in real time: in an emergency call or text 988, or call 911. "
    "{frequency} Msg & data rates may apply. Reply YES to start, HELP for help, STOP to stop."
)
FREQUENCY_NONE = "We text only to answer you, unless you choose reminders."
FREQUENCY_PLAN = "Reminders {when}, at most {per_week} a week."
REMINDER = "{cue} \u2192 {action}. Text what you notice."
NUDGE = (
    "Anything to carry back to {weekday}'s session? A text or a call is enough. "
    "Nothing is fine too."
)
CONSENTED = "Thank you, you're in. Text what you notice, when you notice it. STOP stops texts."
PAUSED = "Reminders are paused until after your next session. RESUME restarts them."
RESUMED = "Reminders are back on."
VOICE_SAFETY_LINE = (
    "This number is not monitored in real time. If you are in danger, hang up and call "
    "or text 988, or call 911 in an emergency."
)
VOICE_NOT_RECORDED = "This number cannot take a voice note from this phone. Goodbye."
PAUSE_WORDS = frozenset({"PAUSE"})
RESUME_WORDS = frozenset({"RESUME"})
NOTHING_THIS_WEEK = "nothing this week"


def is_pause_request(body: str) -> bool:
    """PAUSE, or the whole message saying "nothing this week" (however it is typed)."""
    words = normalise(body)
    return words.upper() in PAUSE_WORDS or words == NOTHING_THIS_WEEK


def help_text(settings: Settings) -> str:
    """The HELP reply (a setting) with the practice's contact when one is set."""
    if not settings.practice_contact:
        return settings.help_reply
    return f"{settings.help_reply} Your practice: {settings.practice_contact}."


def welcome_text(settings: Settings, plan: ClientMessaging | None) -> str:
    if plan is not None and plan.remind_days and plan.remind_minute is not None:
        spec = ReminderSpec.from_mask(plan.remind_days, plan.remind_minute)
        frequency = FREQUENCY_PLAN.format(when=str(spec), per_week=plan.max_per_week)
    else:
        frequency = FREQUENCY_NONE
    return WELCOME.format(program=settings.program_name, frequency=frequency)


def reminder_text(cue: str, action: str) -> str:
    return REMINDER.format(cue=cue, action=action)


def nudge_text(session_start: datetime, tz_name: str) -> str:
    return NUDGE.format(weekday=weekday_name(session_start, tz_name))


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
) -> tuple[Client, str]:
    """A new client, invited until they reply YES, and their welcome's row (double opt-in).

    The caller enqueues the welcome after the commit; if Redis is down then,
    the summary loop's sweep finds the row still pending and queues it.
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
    )
    return client, queue_welcome(session, client, now)


def move_timezone(session: Session, client: Client, timezone: str, now: datetime) -> None:
    """The client moved: their reminders keep their local time in the new zone."""
    zone(timezone)  # an unknown zone is refused before anything changes
    client.timezone = timezone
    reschedule(plan_for(session, client.id), timezone, now)


def crisis_reply_text(settings: Settings, written_in: str, client_language: str = ENGLISH) -> str:
    """The fixed crisis reply in the language the crisis was written in, then in
    the client's own language when that is another ("en" for every client until
    clients have a language setting).

    The crisis's language comes first: it is the one the client is writing in
    right now. A language with no fixed reply falls back to English.
    """
    fixed = {ENGLISH: settings.crisis_reply, SPANISH: settings.crisis_reply_es}
    languages = [lang for lang in dict.fromkeys((written_in, client_language)) if lang in fixed]
    return "\n\n".join(fixed[lang] for lang in languages or [ENGLISH])


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
    inserted = _insert_new(session, [_row_values(row)])
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


def _row_values(row: OutboundMessage) -> dict[str, object]:
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


def _insert_new(session: Session, rows: list[dict[str, object]]) -> list[str]:
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


# --- the summary loop's share: what is due now ----------------------------------------


def claim_due(session: Session, now: datetime) -> list[str]:
    """Reminder and nudge rows due now; the ids of the rows this call created."""
    return claim_due_reminders(session, now) + claim_due_nudges(session, now)


def claim_due_reminders(session: Session, now: datetime) -> list[str]:
    """One set-based INSERT, then one UPDATE, per due slot (whatever the number of clients).

    Clients due in the same minute and zone share everything the calendar
    decides (the slot's local minute, its local day and week, the next slot),
    so Python works that out once per zone and the database applies it to
    every plan: quiet hours, pause and caps are WHERE clauses, joined to a
    small derived table of per-zone values.
    """
    groups = session.execute(
        select(_PLANS.c.next_due_at, Client.timezone, _PLANS.c.remind_days, _PLANS.c.remind_minute)
        .join(Client, Client.id == _PLANS.c.client_id)
        .where(_PLANS.c.next_due_at <= now)
        .distinct()
    ).all()
    stamp = utcnow()
    zones: defaultdict[datetime, set[str]] = defaultdict(set)
    shapes: defaultdict[datetime, list[_Shape]] = defaultdict(list)
    following: dict[tuple[int, int, str], datetime | None] = {}
    for slot, tz_name, days, minute in groups:
        zones[slot].add(tz_name)
        key = (days, minute or 0, tz_name)
        if key not in following:
            following[key] = next_slot(ReminderSpec.from_mask(days, minute or 0), tz_name, now)
        shapes[slot].append(_Shape(tz_name, days, minute, following[key]))
    created: list[str] = []
    for slot in sorted(zones):
        if not slot_missed(slot, now):
            for chunk in _chunks(sorted(zones[slot])):
                created += _insert_reminders(session, slot, chunk, stamp)
    # The unique dedupe key is the claim: of two loops computing the same slot, one
    # inserts. Advancing is the same for both, and conditional on the slot read.
    for slot, slot_shapes in shapes.items():
        for chunk in _chunks(slot_shapes):
            _advance(session, slot, chunk, stamp)
    return created


_PLANS = ClientMessaging.__table__
_OUTBOUND = OutboundMessage.__table__
# Rows of one derived table (a UNION ALL): SQLite allows 500 terms in a compound SELECT.
_DERIVED_ROWS = 400
_NO_MINUTE = -1  # stands for a missing reminder minute in an equality


@dataclass(frozen=True)
class _Shape:
    """Plans due at one slot that share a zone and a spec, hence their next slot."""

    tz_name: str
    days: int
    minute: int | None
    following: datetime | None


_T = TypeVar("_T")


def _chunks(items: list[_T]) -> list[list[_T]]:
    return [items[at : at + _DERIVED_ROWS] for at in range(0, len(items), _DERIVED_ROWS)]


def _derived(rows: list[Select[Any]], name: str) -> Subquery:
    """A small table of literal rows, portable to SQLite and PostgreSQL."""
    return (rows[0] if len(rows) == 1 else union_all(*rows)).subquery(name)


def _insert_reminders(
    session: Session, slot: datetime, zones: list[str], stamp: datetime
) -> list[str]:
    """The reminder rows of every client in these zones due at ``slot`` who may get one."""
    zone = _derived([_zone_row(slot, tz_name) for tz_name in zones], "zone")
    plans = _PLANS.c
    rows = (
        select(
            _random_id(session),
            plans.client_id,
            literal(OutboundKind.REMINDER.value),
            literal("reminder:") + plans.client_id + literal(f":{slot:%Y%m%dT%H%M}"),
            literal(slot, UTCDateTime),
            literal(slot + SLOT_GRACE, UTCDateTime),
            literal(OutboundStatus.PENDING.value),
            literal(0),
            literal(stamp, UTCDateTime),
        )
        .join(Client, Client.id == plans.client_id)
        .join(zone, zone.c.tz == Client.timezone)
        .where(
            plans.next_due_at == slot,
            Client.status == ClientStatus.ACTIVE.value,
            ~_paused_at_slot(),
            ~_quiet_at(zone.c.minute),  # the client's quiet hours changed after the slot was set
            _reminders_between(zone.c.day_start, zone.c.day_end) < plans.max_per_day,
            _reminders_between(zone.c.week_start, zone.c.day_end) < plans.max_per_week,
        )
    )
    insert = (postgresql.insert if _is_postgres(session) else sqlite.insert)(_OUTBOUND)
    statement = (
        insert.from_select(
            [
                "id",
                "client_id",
                "kind",
                "dedupe_key",
                "due_at",
                "expires_at",
                "status",
                "attempts",
                "created_at",
            ],
            rows,
        )
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(_OUTBOUND.c.id)
    )
    return list(session.execute(statement).scalars())


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _random_id(session: Session) -> ColumnElement[str]:
    """32 random hex digits made by the database, the shape :func:`new_id` gives."""
    if _is_postgres(session):
        return func.replace(cast(func.gen_random_uuid(), String), "-", "")
    return func.lower(func.hex(func.randomblob(16)))


def _paused_at_slot() -> ColumnElement[bool]:
    """:func:`is_paused` at the plan's own slot, as SQL."""
    plans = _PLANS.c
    return plans.paused_at.is_not(None) & (
        plans.paused_until.is_(None) | (plans.next_due_at < plans.paused_until)
    )


def _zone_row(slot: datetime, tz_name: str) -> Select[Any]:
    """The slot as one zone sees it: its local minute, local day and week (caps)."""
    windows = cap_windows(slot, tz_name)
    return select(
        literal(tz_name, String).label("tz"),
        literal(local_minute(slot, tz_name), Integer).label("minute"),
        literal(windows.day_start, UTCDateTime).label("day_start"),
        literal(windows.day_end, UTCDateTime).label("day_end"),
        literal(windows.week_start, UTCDateTime).label("week_start"),
    )


def _quiet_at(at: ColumnElement[int]) -> ColumnElement[bool]:
    """:meth:`QuietHours.contains` for each plan's own quiet hours, as SQL."""
    start, end = _PLANS.c.quiet_start_minute, _PLANS.c.quiet_end_minute
    return ((start <= end) & (start <= at) & (at < end)) | (
        (start > end) & ((at >= start) | (at < end))
    )


def _reminders_between(
    start: ColumnElement[datetime], end: ColumnElement[datetime]
) -> ScalarSelect[int]:
    """How many reminders count against this plan's caps in ``[start, end)``."""
    sent = _OUTBOUND.c
    return (
        select(func.count())
        .where(
            sent.client_id == _PLANS.c.client_id,
            sent.kind == OutboundKind.REMINDER.value,
            sent.status.in_([status.value for status in COUNTED]),
            sent.due_at >= start,
            sent.due_at < end,
        )
        .scalar_subquery()
    )


def _advance(session: Session, slot: datetime, shapes: list[_Shape], stamp: datetime) -> None:
    """Move every plan due at ``slot`` to its next slot, if it still shows the slot read."""
    step = _derived(
        [
            select(
                literal(shape.tz_name, String).label("tz"),
                literal(shape.days, Integer).label("days"),
                literal(_NO_MINUTE if shape.minute is None else shape.minute, Integer).label(
                    "minute"
                ),
                literal(shape.following, UTCDateTime).label("following"),
            )
            for shape in shapes
        ],
        "step",
    )
    plans = _PLANS.c
    following: ColumnElement[Any] = step.c.following
    if _is_postgres(session):
        # A column of NULLs alone would be typed text there; SQLite must keep its strings.
        following = cast(following, UTCDateTime)
    session.execute(
        update(_PLANS)
        .where(
            plans.next_due_at == slot,
            Client.id == plans.client_id,
            step.c.tz == Client.timezone,
            step.c.days == plans.remind_days,
            step.c.minute == func.coalesce(plans.remind_minute, _NO_MINUTE),
        )
        .values(next_due_at=following, updated_at=stamp)
    )


def claim_due_nudges(session: Session, now: datetime) -> list[str]:
    """The day-before nudge for each upcoming session of a client who chose one."""
    upcoming = session.execute(
        select(
            TherapySession.id, TherapySession.starts_at, Client.id, Client.timezone, ClientMessaging
        )
        .join(Client, Client.id == TherapySession.client_id)
        .join(ClientMessaging, ClientMessaging.client_id == Client.id)
        .where(
            ClientMessaging.nudge_minute.is_not(None),
            Client.status == ClientStatus.ACTIVE,
            TherapySession.brief_status.in_(_NUDGEABLE),
            TherapySession.starts_at > now,
            TherapySession.starts_at <= now + NUDGE_LOOKAHEAD,
        )
    ).all()
    rows = []
    for session_id, starts_at, client_id, tz_name, plan in upcoming:
        moment = nudge_moment(starts_at, tz_name, plan.nudge_minute)
        if moment is None or moment > now or slot_missed(moment, now):
            continue
        if is_paused(plan, moment) or in_quiet_hours(moment, tz_name, quiet_of(plan)):
            continue
        rows.append(
            _row_values(
                OutboundMessage(
                    client_id=client_id,
                    kind=OutboundKind.NUDGE,
                    dedupe_key=f"nudge:{session_id}",
                    session_id=session_id,
                    due_at=moment,
                    expires_at=moment + SLOT_GRACE,
                )
            )
        )
    return _insert_new(session, rows)


def waiting_messages(session: Session, now: datetime, older_than: timedelta) -> list[str]:
    """Rows whose job Redis may have lost: pending a while, or a claim past its lease."""
    return list(
        session.scalars(
            select(OutboundMessage.id).where(
                (
                    (OutboundMessage.status == OutboundStatus.PENDING)
                    & (OutboundMessage.created_at <= now - older_than)
                )
                | (
                    (OutboundMessage.status == OutboundStatus.SENDING)
                    & (OutboundMessage.claimed_at <= now - SEND_LEASE)
                )
            )
        )
    )


# --- the worker's share: one row, sent once -------------------------------------------


def claim(session: Session, message_id: str, now: datetime) -> bool:
    """pending -> sending (or a dead worker's stale claim); False: someone else has it."""
    result = session.execute(
        update(OutboundMessage)
        .where(
            OutboundMessage.id == message_id,
            (OutboundMessage.status == OutboundStatus.PENDING)
            | (
                (OutboundMessage.status == OutboundStatus.SENDING)
                & (OutboundMessage.claimed_at <= now - SEND_LEASE)
            ),
        )
        .values(
            status=OutboundStatus.SENDING, claimed_at=now, attempts=OutboundMessage.attempts + 1
        )
    )
    return result.rowcount == 1


@dataclass(frozen=True)
class Outgoing:
    """A claimed row, ready for Twilio: the number and text, opened just for the send."""

    message_id: str
    to: str
    body: str


def prepare(
    session: Session, keys: KeyStore, settings: Settings, message_id: str, now: datetime
) -> Outgoing | str:
    """The text to send, sealed on the row; or why it must not go (the row is closed)."""
    row = session.get(OutboundMessage, message_id)
    if row is None:
        return "gone"
    client = session.get(Client, row.client_id)
    if client is None:
        return "gone"
    plan = plan_for(session, client.id)
    reason = _why_not(session, row, client, plan, now)
    if reason is not None:
        final = (
            OutboundStatus.BLOCKED
            if client.status == ClientStatus.OPTED_OUT
            else OutboundStatus.SKIPPED
        )
        _close(row, final, reason, now)
        return final.value
    opened = keys.open_client(session, client)
    body = _render(session, opened, settings, row, plan)
    if body is None:
        _close(
            row,
            OutboundStatus.SKIPPED,
            "nothing to remind of (no cue and action, or nothing this week)",
            now,
        )
        return OutboundStatus.SKIPPED.value
    opened.seal(OUTBOUND_BODY, row, body)
    return Outgoing(row.id, opened.phone, body)


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
            "the client has not replied YES"
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
    if row.kind == OutboundKind.NUDGE:
        status = session.execute(
            select(TherapySession.brief_status).where(TherapySession.id == row.session_id)
        ).scalar_one_or_none()
        if status not in _NUDGEABLE:
            return "the session was cancelled or moved"
    return None


def _render(
    session: Session,
    opened: OpenedClient,
    settings: Settings,
    row: OutboundMessage,
    plan: ClientMessaging,
) -> str | None:
    if row.kind == OutboundKind.WELCOME:
        return welcome_text(settings, plan)
    if row.kind == OutboundKind.CRISIS:
        return crisis_reply_text(settings, _crisis_written_in(session, opened, row))
    if row.kind == OutboundKind.NUDGE:
        starts_at = session.execute(
            select(TherapySession.starts_at).where(TherapySession.id == row.session_id)
        ).scalar_one()
        return nudge_text(starts_at, opened.client.timezone)
    practice = current_practice(session, opened)
    if practice is None or practice.nothing_this_week or not practice.cues or not practice.action:
        return None
    return reminder_text(practice.cues[0].label, practice.action)


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
            status=OutboundStatus.SENT, twilio_sid=sid, sent_at=now, status_at=now, last_error=None
        )
    ).rowcount
    if not sent:
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == message_id)
            .values(twilio_sid=sid, sent_at=now)
        )


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
) -> str:
    """Close or release the row after Twilio refused it; "retry" when RQ should try again."""
    row = session.get(OutboundMessage, message_id)
    if row is None:
        return "gone"
    client = session.get(Client, row.client_id)
    row.error_code = code
    row.last_error = str(error)[:200]
    row.status_at = now
    if code == UNSUBSCRIBED and client is not None:
        row.status = OutboundStatus.BLOCKED
        set_status(session, client, ClientStatus.OPTED_OUT)
        return "blocked"
    if code in LANDLINE_CODES and client is not None:
        mark_landline(session, client, now)
        row.status = OutboundStatus.FAILED
        return "failed"
    if permanent or row.attempts >= MAX_ATTEMPTS:
        row.status = OutboundStatus.FAILED
        return "failed"
    expired = row.expires_at is not None and now > row.expires_at
    row.status = OutboundStatus.SKIPPED if expired else OutboundStatus.PENDING
    return "skipped" if expired else "retry"


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
