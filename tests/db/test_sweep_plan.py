"""The sweep finds the noticings not yet tagged by its partial index, not by reading them all.

SQLite's statistics see one status ("tagged") on every row of a long history,
so with the statuses as bound parameters it planned the sweep as a scan of
every noticing (the summary's tick grew with the history). The statement and
its parameters as the sweep runs them are EXPLAINed on each database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import event, update

from services.sweep import find_stale_work
from shared.db import Database
from shared.db.models import Noticing, NoticingStatus, utcnow
from shared.kernel import crypto
from shared.kernel.config import decode_master_key
from shared.vault.keys import KeyStore
from tests.support.practice_seed import seed_practice


@pytest.fixture
def seeded_db(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    db.upgrade()
    master_key = decode_master_key(crypto.generate_master_key())
    seed_practice(db, KeyStore(master_key), master_key, fraction=0.05, clinicians=2, clients_each=8)
    yield db
    db.dispose()


def sweep_plans(db: Database) -> tuple[list[str], list[tuple[str, str]]]:
    """What the sweep found to tag, and each of its noticings statements with its plan."""
    captured: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, _context, _executemany) -> None:
        if "FROM noticings" in statement:
            captured.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        with db.session() as session:
            work = find_stale_work(session, older_than_s=60)
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    explain = "EXPLAIN QUERY PLAN " if db.engine.dialect.name == "sqlite" else "EXPLAIN "
    plans = []
    with db.engine.connect() as connection:
        for statement, parameters in captured:
            rows = connection.exec_driver_sql(explain + statement, parameters).all()
            plans.append((statement, "\n".join(str(row[-1]) for row in rows)))
    return work.to_tag, plans


def test_the_sweep_reads_only_the_unfinished_noticings(seeded_db: Database) -> None:
    # One text whose tag job Redis lost, among a history of tagged ones.
    with seeded_db.session() as session:
        stuck = session.execute(
            update(Noticing)
            .where(Noticing.id == session.query(Noticing.id).limit(1).scalar_subquery())
            .values(status=NoticingStatus.RECEIVED, updated_at=utcnow() - timedelta(hours=1))
            .returning(Noticing.id)
        ).scalar_one()

    to_tag, plans = sweep_plans(seeded_db)

    assert to_tag == [stuck]
    unfinished = [plan for statement, plan in plans if "noticings.status IN" in statement]
    assert unfinished and all("ix_noticings_unfinished" in plan for plan in unfinished), plans
    for statement, plan in plans:
        # SQLite says SCAN for a pass over the whole table (or a whole index), SEARCH for a range.
        assert "SCAN noticings" not in plan and "Seq Scan on noticings" not in plan, statement
