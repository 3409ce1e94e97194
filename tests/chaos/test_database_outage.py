"""The database locked for seconds while webhooks arrive: every text answered, each stored once.

Twilio gives up on a webhook after 15 s and then tries the fallback URL; the
intake must answer well inside that. A text the locked database cannot take
in time is spooled (sealed) and answered 200, and the summary service stores
it once the lock is gone: a retry of the same MessageSid stores nothing more.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from services.simulator.webhooks import new_sid
from tests.support.webhooks import TWILIO_NUMBER
from tools.devstack.stack import CLIENT_PHONE, Stack

pytestmark = pytest.mark.chaos

ANSWER_BOUND_S = 10.0
LOCKED_FOR_S = 6.0


def test_webhooks_while_the_database_is_locked_are_answered_and_each_stored_once(
    stack: Stack, canary: str
) -> None:
    stack.start(workers=1)
    bodies = {new_sid("SM"): f"chest tight before standup {n}, {canary}" for n in range(6)}

    def send(sid: str) -> tuple[str, int, float]:
        started = time.monotonic()
        response = stack.sender.sms(CLIENT_PHONE, bodies[sid], to=TWILIO_NUMBER, message_sid=sid)
        return sid, response.status_code, time.monotonic() - started

    # Another process holds SQLite's write lock, as a long migration or a stuck writer would.
    holder = sqlite3.connect(
        stack.database_path, timeout=10, isolation_level=None, check_same_thread=False
    )
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Timer(LOCKED_FOR_S, holder.rollback)
    released.start()
    try:
        with ThreadPoolExecutor(max_workers=3) as pool:
            answers = list(pool.map(send, bodies))
    finally:
        released.join()
        holder.close()

    # Every text answered in time: stored, or (the lock outlasting the wait) spooled.
    assert all(seconds < ANSWER_BOUND_S for _sid, _status, seconds in answers), answers
    assert {status for _sid, status, _seconds in answers} == {200}
    stack.sent.extend(sid for sid, _status, _seconds in answers)
    spooled = {path.name.removesuffix(".sealed") for path in (stack.root / "spool").glob("*")}
    assert spooled, "the lock outlasted the intake's wait: some text must have been spooled"

    # Twilio's retry of a spooled text changes nothing: each is stored once.
    for sid in spooled:
        assert send(sid)[1] == 200
    # A retry may be spooled again (the intake leaves the database alone for
    # a moment after a failure): drained, it is found stored already.
    stack.wait(
        lambda: not list((stack.root / "spool").glob("*.sealed")),
        deadline_s=60,
        what="the spool drained",
    )
    stack.wait(stack.all_stored_once_and_tagged, deadline_s=60, what="every noticing tagged once")
    assert stack.files_holding(canary.encode()) == []
