"""The caseload at a glance: the signed-in clinician's home page, in a fixed number of queries.

Six reads whatever the caseload's size or history: the clients with their key
rows and messaging plans, their next sessions, their last noticing, eight
weeks of noticings (tags only), their open alerts and their current
practices. Everything sealed is opened here with each client's key, unwrapped
once per client from the row already read; the view audits the read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, load_only

from services.console.queries import _aware
from services.console.trends import (
    CASELOAD_WEEKS,
    SHOWN,
    CueWeeks,
    Reading,
    cue_weeks,
    first_moment,
    reading_of,
    week_starts,
)
from shared.db.models import (
    BriefStatus,
    Client,
    ClientKey,
    ClientMessaging,
    Noticing,
    Practice,
    TherapySession,
)
from shared.kernel.timeutil import to_local
from shared.roster.clients import open_practice
from shared.vault.keys import KeyStore
from shared.vault.sealed import OpenedClient

# A session under way still counts as the next one (its brief is what the clinician needs).
IN_SESSION = timedelta(hours=1)
SORTS = ("name", "next")


@dataclass(frozen=True)
class NextSession:
    id: str
    starts_at: datetime
    brief_status: str
    brief_due_at: datetime


@dataclass(frozen=True)
class CaseloadRow:
    id: str
    name: str
    status: str
    timezone: str
    consented_at: datetime | None
    client_paused: bool  # the client texted PAUSE and it is still in force
    paused_until: datetime | None
    last_noticing_at: datetime | None
    next_session: NextSession | None
    open_alerts: int
    cues: tuple[CueWeeks, ...]


@dataclass(frozen=True)
class Caseload:
    rows: tuple[CaseloadRow, ...]


def caseload_of(
    session: Session, keys: KeyStore, clinician_id: str, now: datetime, sort: str = "name"
) -> Caseload:
    """Every client of the clinician, open alerts first, then by name or next session."""
    clients = session.execute(
        select(
            Client,
            ClientKey.wrapped_key,
            ClientKey.master_key_id,
            ClientMessaging.consented_at,
            ClientMessaging.paused_at,
            ClientMessaging.paused_until,
        )
        .outerjoin(ClientKey, ClientKey.client_id == Client.id)
        .outerjoin(ClientMessaging, ClientMessaging.client_id == Client.id)
        .where(Client.clinician_id == clinician_id)
    ).all()
    opened = {
        client.id: OpenedClient(
            client, keys.unwrap_wrapped(wrapped, master_key_id, f"client:{client.id}")
        )
        for client, wrapped, master_key_id, _, _, _ in clients
        if wrapped is not None
    }
    nexts = _next_sessions(session, clinician_id, now)
    last = _last_noticings(session, clinician_id)
    alerts = _open_alerts(session, clinician_id)
    cue_orders = _practice_cues(session, clinician_id, opened)
    readings = _readings(session, clinician_id, opened, now)
    rows = []
    for client, _wrapped, _mk, consented_at, paused_at, paused_until in clients:
        if client.id not in opened:
            continue  # a client being deleted: its key is gone already
        weeks = week_starts(to_local(now, client.timezone), CASELOAD_WEEKS)
        cues, _barriers = cue_weeks(readings[client.id], weeks, cue_orders.get(client.id, ()))
        rows.append(
            CaseloadRow(
                id=client.id,
                name=opened[client.id].name,
                status=client.status,
                timezone=client.timezone,
                consented_at=_aware(consented_at),
                client_paused=_client_paused(_aware(paused_at), _aware(paused_until), now),
                paused_until=_aware(paused_until),
                last_noticing_at=last.get(client.id),
                next_session=nexts.get(client.id),
                open_alerts=alerts.get(client.id, 0),
                cues=cues,
            )
        )
    return Caseload(rows=tuple(_sorted(rows, sort)))


def _client_paused(paused_at: datetime | None, until: datetime | None, now: datetime) -> bool:
    # As shared.outreach.plans.is_paused: from PAUSE until the next session has started.
    return paused_at is not None and (until is None or now < until)


def _sorted(rows: list[CaseloadRow], sort: str) -> list[CaseloadRow]:
    by_name = sorted(rows, key=lambda row: row.name.casefold())
    if sort == "next":
        far = datetime.max.replace(tzinfo=UTC)
        by_name.sort(key=lambda row: row.next_session.starts_at if row.next_session else far)
    # Open alerts first, whatever the order chosen (a stable sort keeps it within).
    by_name.sort(key=lambda row: row.open_alerts == 0)
    return by_name


def _next_sessions(session: Session, clinician_id: str, now: datetime) -> dict[str, NextSession]:
    found: dict[str, NextSession] = {}
    rows = session.execute(
        select(
            TherapySession.client_id,
            TherapySession.id,
            TherapySession.starts_at,
            TherapySession.brief_status,
            TherapySession.brief_due_at,
        )
        .join(Client, Client.id == TherapySession.client_id)
        .where(
            Client.clinician_id == clinician_id,
            TherapySession.starts_at >= now - IN_SESSION,
            TherapySession.brief_status != BriefStatus.CANCELLED,
        )
        .order_by(TherapySession.starts_at)
    ).all()
    for client_id, session_id, starts_at, status, due_at in rows:
        found.setdefault(client_id, NextSession(session_id, starts_at, status, due_at))
    return found


def _last_noticings(session: Session, clinician_id: str) -> dict[str, datetime]:
    rows = session.execute(
        select(Noticing.client_id, func.max(Noticing.received_at))
        .join(Client, Client.id == Noticing.client_id)
        .where(Client.clinician_id == clinician_id)
        .group_by(Noticing.client_id)
    ).all()
    return {client_id: at for client_id, last in rows if (at := _aware(last)) is not None}


def _open_alerts(session: Session, clinician_id: str) -> dict[str, int]:
    rows = session.execute(
        select(Noticing.client_id, func.count())
        .join(Client, Client.id == Noticing.client_id)
        .where(
            Client.clinician_id == clinician_id,
            Noticing.crisis.is_(True),
            Noticing.alert_acknowledged_at.is_(None),
        )
        .group_by(Noticing.client_id)
    ).all()
    return dict(rows)


def _practice_cues(
    session: Session, clinician_id: str, opened: dict[str, OpenedClient]
) -> dict[str, tuple[str, ...]]:
    """Each client's current practice's cue labels, in the order agreed in session."""
    latest = (
        select(Practice.client_id, func.max(Practice.version).label("version"))
        .join(Client, Client.id == Practice.client_id)
        .where(Client.clinician_id == clinician_id)
        .group_by(Practice.client_id)
        .subquery()
    )
    practices = session.execute(
        select(Practice).join(
            latest,
            and_(Practice.client_id == latest.c.client_id, Practice.version == latest.c.version),
        )
    ).scalars()
    return {
        practice.client_id: tuple(
            cue.label for cue in open_practice(opened[practice.client_id], practice).cues
        )
        for practice in practices
        if practice.client_id in opened
    }


def _readings(
    session: Session, clinician_id: str, opened: dict[str, OpenedClient], now: datetime
) -> dict[str, list[Reading]]:
    """Eight weeks of every client's noticings, tags opened, body left sealed."""
    # The earliest zone's Monday bounds the query; each client counts its own weeks.
    since = min(
        (
            first_moment(
                week_starts(to_local(now, c.client.timezone), CASELOAD_WEEKS), c.client.timezone
            )
            for c in opened.values()
        ),
        default=now,
    )
    rows = session.execute(
        select(Noticing)
        .options(
            load_only(
                Noticing.id,
                Noticing.client_id,
                Noticing.received_at,
                Noticing.tags_enc,
                Noticing.corrected_cues_enc,
            )
        )
        .join(Client, Client.id == Noticing.client_id)
        .where(
            Client.clinician_id == clinician_id,
            Noticing.received_at >= since,
            Noticing.status.in_(SHOWN),
        )
    ).scalars()
    found: dict[str, list[Reading]] = defaultdict(list)
    for row in rows:
        client = opened.get(row.client_id)
        if client is None:
            continue
        found[row.client_id].append(reading_of(client, row, client.client.timezone))
    return found


def ago(moment: datetime, now: datetime) -> str:
    """When, said as a colleague would: "2 hours ago", "yesterday", "3 weeks ago"."""
    seconds = max((now - moment).total_seconds(), 0)
    minutes, hours, days = seconds / 60, seconds / 3600, seconds / 86400
    if minutes < 1:
        return "just now"
    if hours < 1:
        return _count(int(minutes), "minute")
    if days < 1:
        return _count(int(hours), "hour")
    if days < 2:
        return "yesterday"
    if days < 14:
        return _count(int(days), "day")
    return _count(int(days // 7), "week")


def _count(n: int, unit: str) -> str:
    return f"{n} {unit} ago" if n == 1 else f"{n} {unit}s ago"
