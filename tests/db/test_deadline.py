"""The intake's wall-clock bound on database work (cut by the client); 25006 drops a session."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from shared.db import make_engine
from shared.db.deadline import Deadlines
from tools.devstack import postgres

pytestmark = pytest.mark.postgres

BOUND_S = 1.0


@pytest.fixture
def pg_url(postgres_admin: str | None) -> Iterator[str]:
    if postgres_admin is None:
        pytest.skip("no PostgreSQL answering on 127.0.0.1:5432")
    with postgres.throwaway_database(postgres_admin) as url:
        yield url


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    built = make_engine(pg_url, pool_size=1, max_overflow=0)
    yield built
    built.dispose()


def test_work_past_its_bound_is_cut_and_the_connection_dropped(pg_url: str, engine) -> None:
    deadlines = Deadlines(engine)
    # A statement the server never ends by itself: it waits for a lock held elsewhere.
    holder = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with holder.connect() as held:
        held.execute(text("SELECT pg_advisory_lock(27)"))
        started = time.monotonic()
        with (
            pytest.raises(DBAPIError) as raised,
            deadlines.bound(BOUND_S),
            engine.connect() as connection,
        ):
            connection.execute(text("SELECT pg_advisory_lock(27)"))
        elapsed = time.monotonic() - started
    holder.dispose()
    assert BOUND_S <= elapsed < BOUND_S + 2.0
    assert raised.value.connection_invalidated
    # The pool made a fresh connection: the next work runs as usual.
    with deadlines.bound(BOUND_S), engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar_one() == 1


def test_work_inside_its_bound_is_left_alone(engine) -> None:
    deadlines = Deadlines(engine)
    pids = set()
    for _ in range(3):
        with deadlines.bound(BOUND_S), engine.connect() as connection:
            pids.add(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())
    assert len(pids) == 1  # the same pooled session each time: nothing was cut


def test_a_read_only_refusal_drops_the_pooled_session(engine) -> None:
    with engine.connect() as connection:
        first_pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
        # This session alone becomes read-only, as a pooled session of a server
        # made read-only (or a standby after a failover) stays.
        connection.execute(text("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))
        connection.commit()
    with pytest.raises(DBAPIError) as raised, engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x int)"))
    assert raised.value.orig.sqlstate == "25006"
    assert raised.value.connection_invalidated
    with engine.begin() as connection:
        assert connection.execute(text("SELECT pg_backend_pid()")).scalar_one() != first_pid
        connection.execute(text("CREATE TABLE t (x int)"))
