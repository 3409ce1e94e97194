"""Voice notes: who may leave one, and what a recording callback stores."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.db.models import Call, Client, Noticing
from shared.keys import KeyStore
from shared.roster import find_client_by_phone

UNKNOWN_CALLER = "Sorry, this number cannot take your call. Please contact your clinician. Goodbye."
OPTED_OUT = (
    "You have stopped messages from this service, so nothing will be recorded. "
    "Text START to this number to turn them back on. Take care."
)
PAUSED = (
    "Your practice is paused for now, so nothing will be recorded. "
    "Please bring what you noticed to your next session. Take care."
)


class CallAnswer(Enum):
    RECORD = "record"
    DECLINE = "decline"


@dataclass(frozen=True)
class CallDecision:
    answer: CallAnswer
    say: str


def receive_call(
    session: Session, keys: KeyStore, *, call_sid: str, caller: str, greeting: str
) -> CallDecision:
    """A known, active client is recorded; everyone else hears a kind no."""
    client = find_client_by_phone(session, keys, caller)
    if client is None:
        return CallDecision(CallAnswer.DECLINE, UNKNOWN_CALLER)
    if client.status == "opted_out":
        return CallDecision(CallAnswer.DECLINE, OPTED_OUT)
    if client.status == "paused":
        return CallDecision(CallAnswer.DECLINE, PAUSED)
    if session.get(Call, call_sid) is None:
        try:
            with session.begin_nested():
                session.add(Call(call_sid=call_sid, client_id=client.id))
        except IntegrityError:
            pass  # Twilio retried the call webhook; the first insert stands.
    return CallDecision(CallAnswer.RECORD, greeting)


@dataclass(frozen=True)
class RecordingResult:
    noticing_id: str | None
    transcribe: bool


def receive_recording(
    session: Session,
    *,
    call_sid: str,
    recording_sid: str,
    status: str,
    duration_s: int,
) -> RecordingResult:
    """Store a pending voice noticing, deduplicated on RecordingSid.

    An absent or empty recording is kept as such (the call stays on record)
    and never transcribed; a callback for a call we never took, or
    a client deleted meanwhile, is acknowledged and dropped.
    """
    existing = session.execute(
        select(Noticing).where(Noticing.source_sid == recording_sid)
    ).scalar_one_or_none()
    if existing is not None:
        return RecordingResult(existing.id, transcribe=False)
    call = session.get(Call, call_sid)
    if call is None or session.get(Client, call.client_id) is None:
        return RecordingResult(None, transcribe=False)
    usable = status == "completed" and duration_s > 0
    noticing = Noticing(
        client_id=call.client_id,
        kind="voice",
        source_sid=recording_sid,
        call_sid=call_sid,
        received_at=call.started_at,
        status="pending" if usable else "absent",
        duration_s=float(duration_s),
        failure_reason=None
        if usable
        else f"recording {status or 'unknown'}, nothing to transcribe",
    )
    try:
        with session.begin_nested():
            session.add(noticing)
    except IntegrityError:
        again = session.execute(
            select(Noticing.id).where(Noticing.source_sid == recording_sid)
        ).scalar_one()
        return RecordingResult(again, transcribe=False)
    return RecordingResult(noticing.id, transcribe=usable)
