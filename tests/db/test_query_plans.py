"""PostgreSQL's plans for what the console and the brief ask of a long history.

A practice is seeded (tests/support/practice_seed.py) and analysed; the
statements the client list, the timeline, the audit pages and the brief
actually run are captured and EXPLAINed with their own parameters: each reads
noticings and audit events through an index (on the client where there is
one), never a sequential scan of either table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import event, select

from services.console import queries, records
from shared.db import Database
from shared.db.models import BriefStatus, Client, TherapySession, utcnow
from shared.delivery.briefing import prepare_brief
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.vault import audit
from shared.vault.keys import KeyStore
from tests.support.practice_seed import seed_practice
from tools.devstack import postgres

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def practice() -> Iterator[tuple[Database, KeyStore, object]]:
    admin = postgres.admin_url()
    if not postgres.answers(admin):
        pytest.skip("no PostgreSQL answering on 127.0.0.1:5432")
    with postgres.throwaway_database(admin) as url:
        db = Database(url)
        db.upgrade()
        master_key = decode_master_key(crypto.generate_master_key())
        keys = KeyStore(master_key)
        seeded = seed_practice(db, keys, master_key, fraction=0.1, clinicians=4, clients_each=20)
        yield db, keys, seeded
        db.dispose()


def plans_of(db: Database, work: Callable[[], object]) -> list[tuple[str, str]]:
    """(statement, plan) of every SELECT ``work`` runs that reads noticings or audit events."""
    captured: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, _context, executemany) -> None:
        touches = "FROM noticings" in statement or "FROM audit_events" in statement
        if statement.lstrip().startswith("SELECT") and touches and not executemany:
            captured.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    plans = []
    with db.engine.connect() as connection:
        for statement, parameters in captured:
            rows = connection.exec_driver_sql("EXPLAIN " + statement, parameters).all()
            plans.append((statement, "\n".join(row[0] for row in rows)))
    assert plans, "nothing read noticings or audit events"
    return plans


def no_sequential_scans(plans: list[tuple[str, str]]) -> None:
    for statement, plan in plans:
        for table in ("noticings", "audit_events"):
            assert f"Seq Scan on {table}" not in plan, f"{statement}\n{plan}"


def first_client(db: Database, keys: KeyStore, seeded) -> tuple[Client, object]:
    client_id = seeded.clients[seeded.people[1].clinician_id][0]
    with db.session() as session:
        client = session.get(Client, client_id)
        return client, keys.open_client(session, client)


def test_the_client_list_finds_each_last_noticing_by_the_client_index(practice) -> None:
    db, keys, seeded = practice
    clinician_id = seeded.people[1].clinician_id

    def work() -> None:
        with db.session() as session:
            assert len(queries.clients_of(session, keys, clinician_id)) == 20

    plans = plans_of(db, work)
    no_sequential_scans(plans)
    assert all("ix_noticings_client_received" in plan for _s, plan in plans), plans


def test_the_timeline_pages_by_the_client_index(practice) -> None:
    db, keys, seeded = practice

    def work() -> None:
        with db.session() as session:
            client = session.get(Client, seeded.clients[seeded.people[1].clinician_id][0])
            opened = keys.open_client(session, client)
            page = records.timeline_page(session, opened, limit=10)
            assert len(page.entries) == 10 and page.earlier
            records.timeline_page(session, opened, before=page.earlier, limit=10)

    plans = plans_of(db, work)
    no_sequential_scans(plans)
    assert all("ix_noticings_client_received" in plan for _s, plan in plans), plans


def test_the_brief_reads_its_period_by_the_client_index(practice) -> None:
    db, keys, seeded = practice

    def work() -> None:
        with db.session() as session:
            client_id = seeded.clients[seeded.people[1].clinician_id][0]
            upcoming = session.execute(
                select(TherapySession).where(
                    TherapySession.client_id == client_id,
                    TherapySession.brief_status == BriefStatus.SCHEDULED,
                )
            ).scalar_one()
            assert prepare_brief(session, keys, upcoming, utcnow()).brief.noticings

    plans = plans_of(db, work)
    no_sequential_scans(plans)
    every_index = ("Index Scan", "Index Only Scan", "Bitmap Index Scan")
    assert all(any(kind in plan for kind in every_index) for _s, plan in plans), plans
    # The period's messages by the client's index (the voice notes still pending, a
    # handful practice-wide, may come by the status index instead).
    period = [p for s, p in plans if "FROM noticings" in s and "noticings.body_enc" in s]
    assert period and all("ix_noticings_client_received" in p for p in period), period


def test_the_audit_pages_and_a_repeated_read_use_indexes(practice) -> None:
    db, keys, seeded = practice
    person = seeded.people[1]
    client_id = seeded.clients[person.clinician_id][0]

    def work() -> None:
        with db.session() as session:
            actor = f"console:{person.user_id}"
            page = records.audit_for_clinician(session, person.clinician_id, actor, None)
            assert len(page.events) == records.AUDIT_PAGE and page.earlier
            records.audit_for_clinician(session, person.clinician_id, actor, page.earlier)
            records.audit_all(session, None)
            audit.record_read(
                session,
                actor=actor,
                action="timeline.read",
                subject_type="client",
                subject_id=client_id,
                keys=keys,
            )

    plans = plans_of(db, work)
    no_sequential_scans(plans)
    repeated = [p for s, p in plans if "audit_events.at >=" in s]
    # The read a minute ago is looked up on the client's own events.
    assert repeated and all("ix_audit_events_subject" in p for p in repeated), repeated
