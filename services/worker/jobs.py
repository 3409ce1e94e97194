"""RQ jobs of the worker. Each takes an id, re-reads the row, and is a no-op when done."""

from __future__ import annotations

import logging

from shared import runtime
from shared.db.models import Noticing
from shared.noticings import tag_stored

log = logging.getLogger(__name__)


def tag_noticing(noticing_id: str) -> str:
    """received -> tagged. Safe to run any number of times."""
    ctx = runtime.context()
    with ctx.db.session() as session:
        outcome = tag_stored(session, ctx.keys, noticing_id)
        noticing = session.get(Noticing, noticing_id)
        alert = noticing is not None and noticing.crisis_alert == "pending"
    if alert:
        # Crisis language found only now (e.g. in a transcript) still alerts at once.
        ctx.queues.enqueue_alert(noticing_id)
    log.info("tag %s: %s", noticing_id, outcome)
    return outcome
