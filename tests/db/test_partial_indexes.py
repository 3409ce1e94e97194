"""The few noticings the sweep and the crisis banner look for, found by partial indexes.

SQLite's statistics see one status ("tagged") on every row of a long history
and the crisis flag on half of them: with the statuses as bound parameters it
planned the sweep as a scan of every noticing (the summary's tick grew with
the history), and the crisis banner on every console page as a read of every
noticing of the clinician's clients. The statements and their parameters, as
Carryback runs them, are EXPLAINed on each database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from sqlalchemy import event, select, update

from services.console import records
from services.sweep import find_stale_work
from shared.db import Database
from shared.db.models import (
    BriefStatus,
    Client,
    Noticing,
    NoticingStatus,
    OutboundMessage,
    OutboundStatus,
    TherapySession,
    utcnow,
)
from shared.delivery.briefing import due_sessions
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.outreach.due import waiting_messages
from shared.vault.keys import KeyStore
from tests.support.practice_seed import seed_practice


@pytest.fixture
def seeded_db(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    db.upgrade()
    master_key = decode_master_key(crypto.generate_master_key())
    seed_practice(db, KeyStore(master_key), master_key, fraction=0.1, clinicians=2, clients_each=20)
    yield db
    db.dispose()


def plans_of(
    db: Database, work: Callable[[], object], table: str = "noticings"
) -> list[tuple[str, str]]:
    """Each SELECT ``work`` runs on ``table``, with its plan."""
    captured: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, _context, _executemany) -> None:
        if statement.lstrip().startswith("SELECT") and f"FROM {table}" in statement:
            captured.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    explain = "EXPLAIN QUERY PLAN " if db.engine.dialect.name == "sqlite" else "EXPLAIN "
    plans = []
    with db.engine.connect() as connection:
        for statement, parameters in captured:
            rows = connection.exec_driver_sql(explain + statement, parameters).all()
            plans.append((statement, "\n".join(str(row[-1]) for row in rows)))
    assert plans, f"nothing read {table}"
    return plans


def no_pass_over(plans: list[tuple[str, str]], table: str = "noticings") -> None:
    for statement, plan in plans:
        # SQLite says SCAN for a pass over the whole table, SEARCH for a range (a pass over
        # a partial index, "SCAN x USING INDEX ix_x_unsent", reads only the rows it holds).
        whole = [line for line in plan.splitlines() if f"SCAN {table}" in line]
        assert all("_unsent" in line for line in whole), (statement, plan)
        assert f"Seq Scan on {table}" not in plan, (statement, plan)


def test_the_sweep_reads_only_the_unfinished_noticings(seeded_db: Database) -> None:
    # One text whose tag job Redis lost, among a history of tagged ones.
    with seeded_db.session() as session:
        stuck = session.execute(
            update(Noticing)
            .where(Noticing.id == session.query(Noticing.id).limit(1).scalar_subquery())
            .values(status=NoticingStatus.RECEIVED, updated_at=utcnow() - timedelta(hours=1))
            .returning(Noticing.id)
        ).scalar_one()

    found: list[str] = []

    def sweep() -> None:
        with seeded_db.session() as session:
            found.extend(find_stale_work(session, older_than_s=60).to_tag)

    plans = plans_of(seeded_db, sweep)

    assert found == [stuck]
    unfinished = [plan for statement, plan in plans if "noticings.status IN" in statement]
    assert unfinished and all("ix_noticings_unfinished" in plan for plan in unfinished), plans
    no_pass_over(plans)


def test_the_crisis_banner_and_alerts_page_read_only_crisis_messages(
    seeded_db: Database,
) -> None:
    with seeded_db.session() as session:
        crisis = select(Noticing.id).where(Noticing.crisis.is_(True)).limit(1).scalar_subquery()
        open_alert = session.execute(
            update(Noticing)
            .where(Noticing.id == crisis)
            .values(alert_acknowledged_at=None)
            .returning(Noticing.id, Noticing.client_id)
        ).one()
        clinician_id = session.get(Client, open_alert.client_id).clinician_id
    found: list[list[str]] = []

    def banner_and_alerts_page() -> None:
        with seeded_db.session() as session:
            found.append([n.id for n in records.open_alerts(session, clinician_id)])
            found.append([n.id for n in records.recent_alerts(session, clinician_id)])

    plans = plans_of(seeded_db, banner_and_alerts_page)

    assert found[0] == [open_alert.id] and open_alert.id in found[1]
    no_pass_over(plans)
    for statement, plan in plans:
        # Not every noticing of each of the clinician's clients, by the client's time index.
        assert "ix_noticings_client_received" not in plan, (statement, plan)


def test_the_tick_finds_due_briefs_and_lost_texts_among_the_sent_by_partial_indexes(
    seeded_db: Database,
) -> None:
    now = utcnow()
    with seeded_db.session() as session:
        due_brief = session.execute(
            update(TherapySession)
            .where(
                TherapySession.id
                == select(TherapySession.id)
                .where(TherapySession.brief_status == BriefStatus.SCHEDULED)
                .limit(1)
                .scalar_subquery()
            )
            .values(brief_due_at=now - timedelta(minutes=1))
            .returning(TherapySession.id)
        ).scalar_one()
        lost_text = session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id == select(OutboundMessage.id).limit(1).scalar_subquery())
            .values(status=OutboundStatus.PENDING, created_at=now - timedelta(hours=1))
            .returning(OutboundMessage.id)
        ).scalar_one()
    found: list[list[str]] = []

    def briefs() -> None:
        with seeded_db.session() as session:
            found.append(due_sessions(session, now))

    def texts() -> None:
        with seeded_db.session() as session:
            found.append(waiting_messages(session, now, timedelta(minutes=5)))

    brief_plans = plans_of(seeded_db, briefs, "sessions")
    text_plans = plans_of(seeded_db, texts, "outbound_messages")

    assert found == [[due_brief], [lost_text]]
    no_pass_over(brief_plans, "sessions")
    no_pass_over(text_plans, "outbound_messages")
