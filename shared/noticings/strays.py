"""Recordings Carryback does not keep: from a caller who is not an active, consented client.

Every caller hears the same greeting and beep (caller ID must not reveal who
is enrolled), so a stranger, a spoofed number, an invited client who has not
said YES, or a paused or opted-out one can leave a recording at Twilio. Its
callback names a call Carryback never took; the recording is then deleted at
Twilio without being downloaded, and nothing of it is kept but a count.

``stray_recordings`` holds only the RecordingSid while the delete is owed
(Redis may lose the job: the sweep finds the row again); the row goes once
Twilio's copy is gone, and the ``service_counters`` row named
:data:`STRAY_DELETED` counts it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.db.models import ServiceCounter, StrayRecording

STRAY_DELETED = "stray_recordings_deleted"


def owe_delete(session: Session, recording_sid: str) -> None:
    """Remember that this recording must be deleted at Twilio (once, however often Twilio asks)."""
    if session.get(StrayRecording, recording_sid) is not None:
        return
    try:
        with session.begin_nested():
            session.add(StrayRecording(recording_sid=recording_sid))
    except IntegrityError:
        pass  # a redelivered callback raced this one; its row stands


def is_owed(session: Session, recording_sid: str) -> bool:
    return session.get(StrayRecording, recording_sid) is not None


def deleted_at_twilio(session: Session, recording_sid: str) -> bool:
    """Twilio's copy is gone: forget the sid, count it. False when another job already did."""
    gone = session.execute(
        delete(StrayRecording).where(StrayRecording.recording_sid == recording_sid)
    )
    if gone.rowcount != 1:
        return False
    count(session, STRAY_DELETED)
    return True


def owed_before(session: Session, cutoff: datetime) -> list[str]:
    """Deletes owed since before ``cutoff``: their job may have been lost."""
    return list(
        session.execute(
            select(StrayRecording.recording_sid)
            .where(StrayRecording.created_at <= cutoff)
            .order_by(StrayRecording.created_at)
            .limit(500)
        ).scalars()
    )


def count(session: Session, name: str, by: int = 1) -> None:
    """Add to a named counter, creating it at zero the first time."""
    bumped = session.execute(
        update(ServiceCounter)
        .where(ServiceCounter.name == name)
        .values(value=ServiceCounter.value + by)
    )
    if bumped.rowcount == 1:
        return
    try:
        with session.begin_nested():
            session.add(ServiceCounter(name=name, value=by))
    except IntegrityError:  # another process created it meanwhile
        session.execute(
            update(ServiceCounter)
            .where(ServiceCounter.name == name)
            .values(value=ServiceCounter.value + by)
        )


def counted(session: Session, name: str) -> int:
    value = session.get(ServiceCounter, name)
    return value.value if value is not None else 0
