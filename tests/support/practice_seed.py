"""A group practice's history, seeded fast through Carryback's own functions.

Clinicians, console accounts, clients and practice versions are made as the
console and CLI make them (``make_person``, ``add_client``, ``set_practice``).
The bulk (noticings, sessions with their briefs, outbound texts, the audit
trail) is sealed row by row with each client's own key through the sealing
functions the intake and worker use, tagged by the real tagger, chained with
the audit key as :func:`shared.vault.audit.record` chains, and inserted in
batches (``executemany``). Used by ``bench/scale.py`` and the EXPLAIN test.

The shape is issue 26's: per client, five texts a week, a weekly session and
its brief, a practice version every 13 weeks, a reminder and a nudge a week;
40 crisis messages over the practice; the audit trail a worker, the summary
service and a clinician reading weekly would write (about 1,350 events per
client over two years).
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from shared.db import Database
from shared.db.models import (
    AlertStatus,
    AuditEvent,
    BriefHtml,
    BriefPdf,
    BriefStatus,
    Client,
    Clinician,
    Noticing,
    NoticingKind,
    NoticingStatus,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Practice,
    TherapySession,
    new_id,
    utcnow,
)
from shared.delivery.brief_htmls import brief_as_html
from shared.delivery.briefing import briefs_as_sent, prepare_brief
from shared.delivery.briefs.pdf import render_pdf
from shared.kernel import crypto
from shared.language.cues import Cue, CueMatcher, Tags, tag
from shared.roster.clients import add_client, set_practice
from shared.vault import audit
from shared.vault.keys import KeyStore
from shared.vault.sealed import (
    BRIEF_HTML,
    BRIEF_PDF,
    NOTICING_BODY,
    NOTICING_TAGS,
    OUTBOUND_BODY,
    OpenedClient,
    SealedColumn,
)
from tests.support.console import Person, make_person

TWO_YEARS_WEEKS = 104
TEXTS_PER_WEEK = 5
VERSION_WEEKS = 13
CRISIS_MESSAGES = 40
BATCH = 5_000
SEED_ACTOR = "cli:seed"
WORKER = "service:worker@seed:1"
SUMMARY = "service:summary@seed:2"
CUES = [
    Cue("tight chest before the meeting", ("tight chest", "meeting")),
    Cue("the foreman is online", ("foreman",)),
    Cue("kettle whistles at dusk", ("kettle",)),
]
TEXTS = [
    "tight chest before the meeting again, 6/10",
    "the foreman is online and my jaw locked",
    "kettle whistles at dusk, I breathed for a minute",
    "didn't do the breath because the bus was late",
    "meeting went fine, chest tight only at the start 3/10",
    "foreman again, walked out to the car first",
    "nothing much today",
    "kettle again and I noticed it before it got big, 4/10",
]
CRISIS_TEXT = "I want to end my life tonight"
REMINDER_TEXT = "A reminder you chose: your practice this week."


def _seal(opened: OpenedClient, column: SealedColumn, row_id: str, value: str) -> bytes:
    """What ``opened.seal(column, row, value)`` stores, without building an ORM row."""
    return crypto.seal(opened.data_key, value, column.table, column.column, row_id)


@dataclass
class Seeded:
    """What was seeded, and how long each part took."""

    people: list[Person]  # people[0] is the practice's admin
    clients: dict[str, list[str]]  # clinician id -> client ids
    names: dict[str, str]  # client id -> name
    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def seed_practice(
    db: Database,
    keys: KeyStore,
    master_key: bytes,
    *,
    fraction: float,
    clinicians: int = 20,
    clients_each: int = 40,
    now: datetime | None = None,
) -> Seeded:
    """A practice with ``fraction`` of two years behind it (1.0: 416,000 noticings)."""
    now = now or utcnow()
    weeks = max(1, round(TWO_YEARS_WEEKS * fraction))
    per_client = max(1, round(TWO_YEARS_WEEKS * TEXTS_PER_WEEK * fraction))
    start = now - timedelta(weeks=weeks)
    began = time.perf_counter()
    seeded = _roster(db, keys, master_key, clinicians, clients_each, start, weeks)
    seeded.seconds["roster"] = time.perf_counter() - began
    matcher = CueMatcher(CUES, "en")
    tags = {body: tag(body, matcher) for body in [*TEXTS, CRISIS_TEXT]}
    all_clients = [c for ids in seeded.clients.values() for c in ids]
    crisis_every = max(1, len(all_clients) * per_client // CRISIS_MESSAGES)
    readers = {p.clinician_id: f"console:{p.user_id}" for p in seeded.people}
    owner = {c: clinician for clinician, ids in seeded.clients.items() for c in ids}
    timed: dict[str, float] = {"seal": 0.0, "insert": 0.0}
    counts = {"noticings": 0, "sessions": 0, "outbound": 0, "audit": 0}
    pending: dict[str, list[dict[str, Any]]] = {"n": [], "s": [], "o": []}
    events: list[tuple[datetime, str, str, str, str, str]] = []
    for n, client_id in enumerate(all_clients):
        t0 = time.perf_counter()
        with db.session() as session:
            opened = keys.open_client(session, session.get(Client, client_id))
        rows = _noticings(opened, n, per_client, start, now, tags, crisis_every, counts)
        sessions, outbound = _sessions(opened, weeks, start, now)
        pending["n"] += rows
        pending["s"] += sessions
        pending["o"] += outbound
        events += _client_events(client_id, readers[owner[client_id]], rows, sessions)
        timed["seal"] += time.perf_counter() - t0
        if len(pending["n"]) >= BATCH or n == len(all_clients) - 1:
            t0 = time.perf_counter()
            _flush(db, pending, counts)
            timed["insert"] += time.perf_counter() - t0
    for clinician_id, reader in readers.items():
        for week in range(weeks):
            at = start + timedelta(weeks=week, days=3, hours=9)
            for action in ("clients.listed", "alerts.listed", "audit.read"):
                events.append((at, reader, action, "clinician", clinician_id, ""))
    t0 = time.perf_counter()
    counts["audit"] = _chain(db, keys, events)
    seeded.seconds["audit"] = time.perf_counter() - t0
    seeded.seconds.update(timed)
    t0 = time.perf_counter()
    _analyze(db)
    seeded.seconds["analyze"] = time.perf_counter() - t0
    seeded.counts = counts
    return seeded


def _roster(
    db: Database,
    keys: KeyStore,
    master_key: bytes,
    clinicians: int,
    clients_each: int,
    start: datetime,
    weeks: int,
) -> Seeded:
    people = [
        make_person(
            f"Dr. Seeded {n:02d}",
            f"clinician{n:02d}@practice.test",
            admin=n == 0,
            timezone="America/Chicago",
            db=db,
            master_key=master_key,
        )
        for n in range(clinicians)
    ]
    clients: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    versions = 1 + (weeks - 1) // VERSION_WEEKS
    for c, person in enumerate(people):
        with db.session() as session:
            clinician = session.get(Clinician, person.clinician_id)
            for k in range(clients_each):
                number = c * clients_each + k
                name = f"Client {number:04d} Seeded"
                client = add_client(
                    session,
                    keys,
                    clinician=clinician,
                    phone=f"+1415200{number:04d}",
                    name=name,
                    timezone="America/Chicago",
                    actor=SEED_ACTOR,
                )
                opened = keys.open_client(session, client)
                for v in range(versions):
                    practice = set_practice(
                        session,
                        keys,
                        opened,
                        cues=CUES,
                        action="breathe out slowly, once",
                        carry_back="what got in the way, if anything",
                        nothing_this_week=False,
                        next_session_at=None,
                        lead_minutes=60,
                        actor=f"console:{person.user_id}",
                    )
                    practice.created_at = start + timedelta(weeks=v * VERSION_WEEKS)
                clients.setdefault(person.clinician_id, []).append(client.id)
                names[client.id] = name
    return Seeded(people, clients, names)


def _noticings(
    opened: OpenedClient,
    n: int,
    per_client: int,
    start: datetime,
    now: datetime,
    tags: dict[str, Tags],
    crisis_every: int,
    counts: dict[str, int],
) -> list[dict[str, Any]]:
    span = (now - timedelta(hours=2) - start) / per_client
    tag_json = {body: json.dumps(found.as_dict()) for body, found in tags.items()}
    rows = []
    for i in range(per_client):
        ordinal = n * per_client + i
        crisis = ordinal % crisis_every == crisis_every - 1
        body = CRISIS_TEXT if crisis else TEXTS[(n + i) % len(TEXTS)]
        at = start + span * i + timedelta(minutes=(n * 7) % 600)
        row_id = new_id()
        rows.append(
            {
                "id": row_id,
                "client_id": opened.id,
                "kind": NoticingKind.SMS,
                "source_sid": "SM" + secrets.token_hex(16),
                "received_at": at,
                "status": NoticingStatus.TAGGED,
                # Sealed as the intake seals a text and the worker its tags: the
                # client's key, bound to the table, column and row.
                "body_enc": _seal(opened, NOTICING_BODY, row_id, body),
                "tags_enc": _seal(opened, NOTICING_TAGS, row_id, tag_json[body]),
                "num_media": 0,
                "crisis": crisis,
                "crisis_reply_sent": crisis,
                "crisis_alert": AlertStatus.SENT if crisis else AlertStatus.NONE,
                "alert_acknowledged_at": at + timedelta(minutes=20) if crisis else None,
                "alert_attempts": 1 if crisis else 0,
                "attempts": 1,
                "tagged_at": at,
                "updated_at": at,
            }
        )
    counts["noticings"] += len(rows)
    return rows


def _sessions(
    opened: OpenedClient, weeks: int, start: datetime, now: datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    sessions, outbound = [], []
    for week in range(weeks + 1):  # every past week's, and next week's still to come
        starts = start + timedelta(weeks=week, hours=15)
        due = starts - timedelta(hours=1)
        sent = due <= now
        session_id = new_id()
        sessions.append(
            {
                "id": session_id,
                "client_id": opened.id,
                "starts_at": starts,
                "brief_due_at": due,
                "brief_status": BriefStatus.SENT if sent else BriefStatus.SCHEDULED,
                "brief_attempts": 1 if sent else 0,
                "brief_sent_at": due if sent else None,
                "brief_period_end": due if sent else None,
                "brief_late": False,
                "created_at": start,
            }
        )
        if not sent:
            continue
        for kind, at, key in (
            (OutboundKind.NUDGE, due - timedelta(days=1), f"nudge:{session_id}"),
            (OutboundKind.REMINDER, due - timedelta(days=4), f"reminder:{opened.id}:{week}"),
        ):
            row_id = new_id()
            outbound.append(
                {
                    "id": row_id,
                    "client_id": opened.id,
                    "kind": kind,
                    "dedupe_key": key,
                    "session_id": session_id if kind == OutboundKind.NUDGE else None,
                    "due_at": at,
                    "status": OutboundStatus.DELIVERED,
                    "body_enc": _seal(opened, OUTBOUND_BODY, row_id, REMINDER_TEXT),
                    "attempts": 1,
                    "twilio_sid": "SM" + secrets.token_hex(16),
                    "sent_at": at,
                    "status_at": at,
                    "created_at": at,
                }
            )
    return sessions, outbound


def _client_events(
    client_id: str, reader: str, rows: list[dict[str, Any]], sessions: list[dict[str, Any]]
) -> list[tuple[datetime, str, str, str, str, str]]:
    """What the worker, the summary service and a clinician reading weekly record."""
    events = [(r["received_at"], WORKER, "client.decrypted", "client", client_id, "") for r in rows]
    for s in sessions:
        if s["brief_status"] != BriefStatus.SENT:
            continue
        due, sid = s["brief_due_at"], s["id"]
        events += [
            (due, SUMMARY, "client.decrypted", "client", client_id, ""),
            (due, SUMMARY, "brief.built", "session", sid, ""),
            (due, SUMMARY, "brief.sent", "session", sid, "smime"),
        ]
        read = s["starts_at"] - timedelta(minutes=30)
        for action, detail in (
            ("client.viewed", ""),
            ("briefs.listed", ""),
            ("brief.read", sid),
            ("timeline.read", ""),
            ("practice.read", ""),
        ):
            events.append((read, reader, action, "client", client_id, detail))
    return events


def _flush(db: Database, pending: dict[str, list[dict[str, Any]]], counts: dict[str, int]) -> None:
    with db.session() as session:
        for model, key in ((TherapySession, "s"), (Noticing, "n"), (OutboundMessage, "o")):
            rows = pending[key]
            for i in range(0, len(rows), BATCH):
                session.execute(insert(model), rows[i : i + BATCH])
            if key == "s":
                counts["sessions"] += len(rows)
            if key == "o":
                counts["outbound"] += len(rows)
            rows.clear()


def _chain(
    db: Database, keys: KeyStore, events: list[tuple[datetime, str, str, str, str, str]]
) -> int:
    """The history's audit events, oldest first, chained after the current tip."""
    events.sort(key=lambda e: e[0])
    with db.session() as session:
        key = keys.audit_key(session)
        last = session.execute(
            select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        ).first()
        next_id, prev = (last.id + 1, last.hash) if last else (1, audit.GENESIS)
    batch: list[dict[str, Any]] = []
    for at, actor, action, subject_type, subject_id, detail in events:
        fields = audit.EventFields(at, actor, action, subject_type, subject_id, detail)
        mac = audit.link(prev, fields, key)
        batch.append(
            {
                "id": next_id,
                "at": at,
                "actor": actor,
                "action": action,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "detail": detail,
                "prev_hash": prev,
                "chain_version": audit.KEYED_CHAIN,
                "hash": mac,
            }
        )
        prev, next_id = mac, next_id + 1
        if len(batch) >= BATCH:
            _insert_events(db, batch)
    _insert_events(db, batch)
    if db.engine.dialect.name == "postgresql":
        with db.session() as session:
            session.execute(
                text("SELECT setval(pg_get_serial_sequence('audit_events', 'id'), :n)"),
                {"n": next_id - 1},
            )
    return len(events)


def _insert_events(db: Database, batch: list[dict[str, Any]]) -> None:
    if batch:
        with db.session() as session:
            session.execute(insert(AuditEvent), batch)
        batch.clear()


def _analyze(db: Database) -> None:
    """Fresh planner statistics (and, on PostgreSQL, the visibility map), as autovacuum
    would have them for a practice two years in."""
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()


def counts_of(db: Database) -> dict[str, int]:
    """Rows per table that grows with history."""
    with db.session() as session:
        return {
            model.__tablename__: session.execute(select(func.count()).select_from(model)).scalar()
            for model in (Noticing, AuditEvent, TherapySession, OutboundMessage, Practice)
        }


def seed_brief_pdfs(
    db: Database, keys: KeyStore, client_ids: list[str], samples: int = 3
) -> tuple[int, int]:
    """Every sent brief of these clients with its PDF kept, as the send job keeps it.

    A few of the first client's briefs are printed for real (WeasyPrint, 0.2-0.4 s
    each) and each row seals one of them under its own client's key, bound to its
    session: real sizes and real ciphertexts, without printing every brief.
    Returns (PDFs kept, sealed bytes stored); nothing is added where some are kept already.
    """
    if _count(db, BriefPdf, client_ids):
        return _count(db, BriefPdf, client_ids), 0
    printed: list[bytes] = []
    rows: list[dict[str, Any]] = []
    stored = 0
    for client_id in client_ids:
        with db.session() as session:
            opened = keys.open_client(session, session.get(Client, client_id))
            sent = _sent_sessions(session, client_id)
            while len(printed) < min(samples, len(sent)):
                therapy_session = sent[len(printed)]
                end = therapy_session.brief_period_end
                printed.append(render_pdf(prepare_brief(session, keys, therapy_session, end).brief))
        for n, therapy_session in enumerate(sent):
            pdf_enc = crypto.seal(
                opened.data_key,
                printed[n % len(printed)],
                BRIEF_PDF.table,
                BRIEF_PDF.column,
                therapy_session.id,
            )
            stored += len(pdf_enc)
            rows.append(
                {
                    "session_id": therapy_session.id,
                    "client_id": client_id,
                    "pdf_enc": pdf_enc,
                    "created_at": therapy_session.brief_sent_at,
                }
            )
        if len(rows) >= 500 or client_id == client_ids[-1]:
            with db.session() as session:
                session.execute(insert(BriefPdf), rows)
            rows.clear()
    return _count(db, BriefPdf, client_ids), stored


def seed_brief_htmls(db: Database, keys: KeyStore, client_ids: list[str]) -> tuple[int, int]:
    """Every sent brief of these clients with its HTML kept, as the send job keeps it: each
    brief built as it went out (its period, from one read of the client's noticings),
    rendered, and sealed under its client's key, bound to its session.

    Returns (HTMLs kept, sealed bytes stored); nothing is added where some are kept already.
    """
    if _count(db, BriefHtml, client_ids):
        return _count(db, BriefHtml, client_ids), 0
    stored = 0
    for client_id in client_ids:
        with db.session() as session:
            opened = keys.open_client(session, session.get(Client, client_id))
            sent = _sent_sessions(session, client_id)
            rows = []
            for therapy_session, brief in zip(
                sent, briefs_as_sent(session, opened, sent, utcnow()), strict=True
            ):
                html_enc = crypto.seal(
                    opened.data_key,
                    brief_as_html(brief),
                    BRIEF_HTML.table,
                    BRIEF_HTML.column,
                    therapy_session.id,
                )
                stored += len(html_enc)
                rows.append(
                    {
                        "session_id": therapy_session.id,
                        "client_id": client_id,
                        "html_enc": html_enc,
                        "created_at": therapy_session.brief_sent_at,
                    }
                )
            if rows:
                session.execute(insert(BriefHtml), rows)
    return _count(db, BriefHtml, client_ids), stored


def _sent_sessions(session: Session, client_id: str) -> list[TherapySession]:
    return list(
        session.execute(
            select(TherapySession)
            .where(
                TherapySession.client_id == client_id,
                TherapySession.brief_status == BriefStatus.SENT,
            )
            .order_by(TherapySession.starts_at)
        ).scalars()
    )


def _count(db: Database, model: type[BriefPdf] | type[BriefHtml], client_ids: list[str]) -> int:
    with db.session() as session:
        return session.execute(
            select(func.count()).select_from(model).where(model.client_id.in_(client_ids))
        ).scalar_one()
