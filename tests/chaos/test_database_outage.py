"""The database locked for seconds while webhooks arrive: 503 with nothing stored, or 200 stored.

Twilio gives up on a webhook after 15 s and then tries the fallback URL; the
intake must answer well inside that, and an answer of 503 must mean that
nothing of the message was kept, so the retry stores it exactly once.
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


def test_webhooks_while_the_database_is_locked_are_refused_or_stored_never_half(
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

    assert all(seconds < ANSWER_BOUND_S for _sid, _status, seconds in answers), answers
    assert {status for _sid, status, _seconds in answers} <= {200, 503}
    refused = [sid for sid, status, _seconds in answers if status == 503]
    assert refused, "the lock outlasted the intake's wait: some webhook must have been refused"
    stack.sent.extend(sid for sid, status, _seconds in answers if status == 200)

    # What was refused left nothing behind: only the accepted are stored.
    stored = {row.source_sid for row in stack.noticings()}
    assert stored == set(stack.sent)

    # Twilio's retry (the fallback URL) of each refused webhook is stored once.
    for sid in refused:
        assert send(sid)[1] == 200
        stack.sent.append(sid)
    stack.wait(stack.all_stored_once_and_tagged, deadline_s=60, what="every noticing tagged once")
    assert stack.files_holding(canary.encode()) == []
