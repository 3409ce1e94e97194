"""The summary loop's share: reminder and nudge rows due now.

Claimed set-based: one INSERT per due slot, whatever the number of clients.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
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
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from shared.db.models import (
    UNSENT_TEXTS,
    Client,
    ClientMessaging,
    ClientStatus,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    TherapySession,
    UTCDateTime,
    in_literals,
    utcnow,
)
from shared.kernel import defaults
from shared.outreach.plans import is_paused, quiet_of
from shared.outreach.reminders import (
    SLOT_GRACE,
    ReminderSpec,
    cap_windows,
    in_quiet_hours,
    local_minute,
    next_slot,
    nudge_moment,
    slot_missed,
)
from shared.outreach.rows import COUNTED, NUDGEABLE, SEND_LEASE, insert_new, row_values

log = logging.getLogger(__name__)
NUDGE_LOOKAHEAD = defaults.NUDGE_LOOKAHEAD


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
            TherapySession.brief_status.in_(NUDGEABLE),
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
            row_values(
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
    return insert_new(session, rows)


def waiting_messages(session: Session, now: datetime, older_than: timedelta) -> list[str]:
    """Rows whose job Redis may have lost: pending a while, or a claim past its lease."""
    return list(
        session.scalars(
            select(OutboundMessage.id).where(
                in_literals(OutboundMessage.status, UNSENT_TEXTS),  # its partial index
                (
                    (OutboundMessage.status == OutboundStatus.PENDING)
                    & (OutboundMessage.created_at <= now - older_than)
                    # A practice text waiting for the end of quiet hours is not lost.
                    & (OutboundMessage.due_at <= now)
                )
                | (
                    (OutboundMessage.status == OutboundStatus.SENDING)
                    & (OutboundMessage.claimed_at <= now - SEND_LEASE)
                ),
            )
        )
    )
