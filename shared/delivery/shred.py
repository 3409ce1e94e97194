"""Crypto-shredding a client everywhere this system keeps something of theirs.

Order matters. Twilio first: its message and recording sids are known only
from the rows about to be deleted, so if Twilio cannot be reached nothing is
deleted yet and the command can simply be run again. Then the rows and the
wrapped data key, in one transaction, audited. Then Redis (queued job ids for
those rows) and, on SQLite, the write-ahead log, which would otherwise still
hold earlier copies of the deleted pages.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from shared.db import Database
from shared.db.models import (
    BriefLink,
    BriefStatus,
    OutboundMessage,
    OutboundStatus,
    TherapySession,
)
from shared.infra.channels.twilio import NOT_COMPLETE, TwilioChannel, TwilioError
from shared.infra.jobs import JobQueues, QueueUnreachable
from shared.roster.clients import DeletedClient, delete_client, deleted_client_traces
from shared.vault import audit

log = logging.getLogger(__name__)

# Twilio's 20009 page: "wait at least 1 minute to make your DELETE request. If
# you receive this error after waiting 1 minute, wait several minutes and retry".
NOT_COMPLETE_WAITS_S = (60, 180)
# A brief still to go out: cancelled when its client is deleted.
UNSENT = (BriefStatus.SCHEDULED, BriefStatus.QUEUED, BriefStatus.SENDING)


class ShredIncomplete(Exception):
    """Twilio could not delete something of the client's; nothing was deleted here yet."""


@dataclass
class ShredReport:
    deleted: DeletedClient
    twilio_deleted: int = 0
    jobs_removed: int = 0
    briefs_cancelled: int = 0
    warnings: list[str] = field(default_factory=list)


def shred_client(
    db: Database,
    client_id: str,
    *,
    actor: str,
    twilio: TwilioChannel | None,
    queues: JobQueues | None,
    wait: Callable[[float], None] = time.sleep,
    waits_s: tuple[float, ...] = NOT_COMPLETE_WAITS_S,
) -> ShredReport:
    """Delete a client's rows and data key, their jobs, and what Twilio still holds.

    A message Twilio has not finished with (20009, a text received moments
    ago) is waited for, ``wait(seconds)`` at a time, as Twilio asks.
    """
    with db.session() as session:
        # Texts not yet handed to Twilio are stopped first, in their own commit: a
        # worker sending one while the deletion runs would leave its body at Twilio.
        _stop_waiting_texts(session, client_id)
    with db.session() as session:
        traces = deleted_client_traces(session, client_id)
    report = ShredReport(traces)
    report.twilio_deleted = _delete_at_twilio(twilio, traces, report, wait, waits_s)
    # A text a worker was already sending when they were stopped has its sid now.
    with db.session() as session:
        late = _sent_since(session, client_id, traces)
    if late:
        late_traces = replace(traces, message_sids=late, recording_sids=())
        report.twilio_deleted += _delete_at_twilio(twilio, late_traces, report, wait, waits_s)
    with db.session() as session:
        report.briefs_cancelled = _cancel_briefs(session, client_id)
        delete_client(session, client_id)
        audit.record(
            session,
            actor=actor,
            action="client.deleted",
            subject_type="client",
            subject_id=client_id,
            detail=(
                f"{len(traces.noticing_ids)} noticings; "
                f"{report.twilio_deleted} messages/recordings deleted at Twilio"
            ),
        )
    report.jobs_removed = _forget_jobs(queues, traces, report)
    db.purge_write_ahead_log()
    return report


def _stop_waiting_texts(session: Session, client_id: str) -> None:
    session.execute(
        update(OutboundMessage)
        .where(
            OutboundMessage.client_id == client_id,
            OutboundMessage.status == OutboundStatus.PENDING,
        )
        .values(status=OutboundStatus.SKIPPED, last_error="the client is being deleted")
    )


def _sent_since(session: Session, client_id: str, traces: DeletedClient) -> tuple[str, ...]:
    """Sids of the client's outbound texts that the first reading did not hold."""
    known = set(traces.message_sids)
    sids = session.execute(
        select(OutboundMessage.twilio_sid).where(
            OutboundMessage.client_id == client_id, OutboundMessage.twilio_sid.is_not(None)
        )
    ).scalars()
    return tuple(sid for sid in sids if sid and sid not in known)


def _cancel_briefs(session: Session, client_id: str) -> int:
    """Briefs not yet sent are cancelled with the client (a job already queued finds its
    session gone and stops); their console links go with them. How many were cancelled."""
    cancelled = session.execute(
        update(TherapySession)
        .where(TherapySession.client_id == client_id, TherapySession.brief_status.in_(UNSENT))
        .values(brief_status=BriefStatus.CANCELLED)
    ).rowcount
    session.execute(delete(BriefLink).where(BriefLink.client_id == client_id))
    return cancelled


def _delete_at_twilio(
    twilio: TwilioChannel | None,
    traces: DeletedClient,
    report: ShredReport,
    wait: Callable[[float], None],
    waits_s: tuple[float, ...],
) -> int:
    held = len(traces.message_sids) + len(traces.recording_sids)
    if not held:
        return 0
    if twilio is None:
        report.warnings.append(
            f"Twilio is not configured here: {held} messages/recordings of this client may "
            "remain at Twilio; delete them in the Twilio console"
        )
        return 0
    pending: list[tuple[Callable[[str], None], str]] = [
        *((twilio.delete_message, sid) for sid in traces.message_sids),
        *((twilio.delete_recording, sid) for sid in traces.recording_sids),
    ]
    for seconds in (*waits_s, None):
        pending = _delete_each(pending)
        if not pending:
            return held
        if seconds is None:
            break
        log.info("Twilio has not finished with %d message(s); waiting %d s", len(pending), seconds)
        wait(seconds)
    raise ShredIncomplete(
        f"Twilio has not finished with {len(pending)} of the client's messages yet (error "
        f"{NOT_COMPLETE}); nothing was deleted here, run the deletion again in a few minutes"
    )


def _delete_each(
    pending: list[tuple[Callable[[str], None], str]],
) -> list[tuple[Callable[[str], None], str]]:
    """Delete each; those Twilio has not finished with are returned, to be tried again.

    Any other failure stops the deletion: a permanent one will not pass by
    waiting, and an outage (network, 5xx) is better met by running it again.
    """
    left = []
    for delete_at_twilio, sid in pending:
        try:
            delete_at_twilio(sid)
        except TwilioError as error:
            if error.code != NOT_COMPLETE:
                raise ShredIncomplete(
                    f"could not delete the client's messages at Twilio ({error}); nothing "
                    "was deleted here, run the deletion again"
                ) from None
            left.append((delete_at_twilio, sid))
    return left


def _forget_jobs(queues: JobQueues | None, traces: DeletedClient, report: ShredReport) -> int:
    if queues is None:
        return 0
    try:
        return queues.forget(traces.noticing_ids, traces.session_ids)
    except QueueUnreachable as error:
        # The jobs carry row ids only and do nothing once the rows are gone.
        report.warnings.append(f"Redis unreachable ({error}): queued ids remain")
        return 0
