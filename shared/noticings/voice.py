"""Voice notes: who may leave one, what a recording callback stores, and the
transitions of a voice noticing.

``pending -> transcribed -> tagged``: the transcript is sealed (``transcribed``),
then Twilio's copy of the recording is deleted, then the noticing is
``tagged``. Each transition is committed before the next I/O, so a retried job
resumes where the last attempt stopped. ``absent`` (nothing was recorded) and
``failed`` (with a reason) are final. The worker job only does the I/O
(download, speech recognition, delete at Twilio) between these transitions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.db.models import (
    Call,
    Client,
    ClientStatus,
    Noticing,
    NoticingKind,
    NoticingStatus,
    RecordingStatus,
    utcnow,
)
from shared.infra.channels.twilio import CallRecording
from shared.kernel.defaults import (
    CLIENT_LANGUAGE,
    MAX_DOWNLOAD_ATTEMPTS,
    MAX_RECORDING_CHECKS,
    RECORDING_RECONCILE_AFTER,
    RECORDING_RECONCILE_BATCH,
    RECORDING_RECONCILE_WITHIN,
)
from shared.kernel.outcomes import JobOutcome
from shared.language.cues import Cue, CueMatcher, Tags
from shared.noticings import strays
from shared.noticings.intake import cues_for, seal_tags
from shared.noticings.raising import raise_alert
from shared.roster.clients import find_client_by_phone
from shared.vault.keys import ClientGone, KeyStore
from shared.vault.sealed import NOTICING_AUDIO, NOTICING_BODY, OpenedClient

if TYPE_CHECKING:
    from shared.language.transcription import VoiceResult


class CallAnswer(Enum):
    RECORD = "record"
    DECLINE = "decline"


@dataclass(frozen=True)
class CallDecision:
    """Whether the call's recording will be kept. The caller hears the same either way."""

    answer: CallAnswer


def receive_call(session: Session, keys: KeyStore, *, call_sid: str, caller: str) -> CallDecision:
    """An active (consented) client's call is taken; any other caller's recording is not kept.

    Every caller hears the same words and beep (services.intake): caller ID
    alone must not tell whether a number is enrolled, invited, paused or
    opted out. Only a taken call has a ``calls`` row; a recording whose call
    has none is deleted at Twilio unheard (:mod:`shared.noticings.strays`).
    """
    client = find_client_by_phone(session, keys, caller)
    if client is None or client.status != ClientStatus.ACTIVE:
        return CallDecision(CallAnswer.DECLINE)
    if session.get(Call, call_sid) is None:
        try:
            with session.begin_nested():
                session.add(Call(call_sid=call_sid, client_id=client.id))
        except IntegrityError:
            pass  # Twilio retried the call webhook; the first insert stands.
    return CallDecision(CallAnswer.RECORD)


@dataclass(frozen=True)
class RecordingResult:
    noticing_id: str | None
    transcribe: bool
    # From a call not taken: to be deleted at Twilio unheard (shared.noticings.strays).
    discard: bool = False


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
    and never transcribed. A recording of a call we never took (a caller who
    is not an active client) or of a client deleted meanwhile stores nothing:
    its delete at Twilio is owed instead, and it is never downloaded.
    """
    existing = session.execute(
        select(Noticing).where(Noticing.source_sid == recording_sid)
    ).scalar_one_or_none()
    if existing is not None:
        return RecordingResult(existing.id, transcribe=False)
    call = session.get(Call, call_sid)
    if call is None or session.get(Client, call.client_id) is None:
        strays.owe_delete(session, recording_sid)
        return RecordingResult(None, transcribe=False, discard=True)
    usable = status == RecordingStatus.COMPLETED and duration_s > 0
    noticing = Noticing(
        client_id=call.client_id,
        kind=NoticingKind.VOICE,
        source_sid=recording_sid,
        call_sid=call_sid,
        received_at=call.started_at,
        status=NoticingStatus.PENDING if usable else NoticingStatus.ABSENT,
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


# --- calls whose recording callback never came (driven by the sweep) --------

# Twilio's Recording statuses that are not final yet: ask again at the next check.
STILL_RECORDING = frozenset({"in-progress", "paused", "stopped", "processing"})
# Nothing left at Twilio to store (the recording was deleted there).
NOTHING_TO_STORE = frozenset({"deleted"})


def calls_to_reconcile(session: Session, now: datetime) -> list[str]:
    """Calls taken for recording but with no noticing minutes on: their callback was lost.

    Twilio does not retry a recording status callback that failed (503, a
    time-out), so without this the note would never be stored and the audio
    would stay at Twilio. Asked at most MAX_RECORDING_CHECKS times each,
    RECORDING_RECONCILE_AFTER apart; read only (:func:`claim_call_check`
    claims each just before Twilio is asked).
    """
    noticed = select(Noticing.id).where(Noticing.call_sid == Call.call_sid).exists()
    due = now - RECORDING_RECONCILE_AFTER
    return list(
        session.execute(
            select(Call.call_sid)
            .where(
                Call.recordings_settled_at.is_(None),
                Call.recording_checks < MAX_RECORDING_CHECKS,
                Call.started_at <= due,
                Call.started_at >= now - RECORDING_RECONCILE_WITHIN,
                Call.recordings_checked_at.is_(None) | (Call.recordings_checked_at <= due),
                ~noticed,
            )
            .order_by(Call.started_at)
            .limit(RECORDING_RECONCILE_BATCH)
        ).scalars()
    )


def claim_call_check(session: Session, call_sid: str, now: datetime) -> bool:
    """Count one look-up of the call's recordings; False when another sweep just took it."""
    due = now - RECORDING_RECONCILE_AFTER
    claimed = session.execute(
        update(Call)
        .where(
            Call.call_sid == call_sid,
            Call.recordings_settled_at.is_(None),
            Call.recording_checks < MAX_RECORDING_CHECKS,
            Call.recordings_checked_at.is_(None) | (Call.recordings_checked_at <= due),
        )
        .values(recording_checks=Call.recording_checks + 1, recordings_checked_at=now)
    )
    return claimed.rowcount == 1


def take_call_recordings(
    session: Session, call_sid: str, recordings: Sequence[CallRecording], now: datetime
) -> list[str]:
    """Store a call's recordings as the recording callback would have; the ids to transcribe.

    Each goes through :func:`receive_recording`, the callback's own path,
    deduplicated on the RecordingSid: a callback arriving late changes
    nothing. The call is settled once its recordings are stored, or when
    its last look-up found none; one still being processed is asked again.
    """
    call = session.get(Call, call_sid)
    if call is None:
        return []  # the client was deleted meanwhile
    if any(recording.status in STILL_RECORDING for recording in recordings):
        return []
    stored, to_transcribe = False, []
    for recording in recordings:
        if recording.status in NOTHING_TO_STORE:
            continue
        result = receive_recording(
            session,
            call_sid=call_sid,
            recording_sid=recording.sid,
            status=recording.status,
            duration_s=recording.duration_s,
        )
        stored = stored or result.noticing_id is not None
        if result.transcribe and result.noticing_id:
            to_transcribe.append(result.noticing_id)
    if stored or call.recording_checks >= MAX_RECORDING_CHECKS:
        call.recordings_settled_at = now
    return to_transcribe


# --- transitions of a stored voice noticing (driven by the worker job) -------


@dataclass(frozen=True)
class ToTranscribe:
    """A pending note, counted as one more download attempt, its client opened once."""

    recording_sid: str
    attempts: int
    cues: tuple[Cue, ...]
    client: OpenedClient
    # The client's: their cues are read in it, and the recogniser is forced to it.
    language: str = CLIENT_LANGUAGE

    @property
    def matcher(self) -> CueMatcher:
        """The cues compiled in the client's language, for the transcript's tagger."""
        return CueMatcher(self.cues, self.language)

    @property
    def may_retry(self) -> bool:
        return self.attempts < MAX_DOWNLOAD_ATTEMPTS


def start_transcription(
    session: Session, keys: KeyStore, noticing_id: str
) -> ToTranscribe | JobOutcome:
    """Count an attempt on a pending note; otherwise say why there is nothing to do.

    Returns GONE, RESUME (already transcribed: go on to the delete stage)
    or NOT_WAITING when not pending.
    """
    noticing = session.get(Noticing, noticing_id)
    if noticing is None:
        return JobOutcome.GONE
    if noticing.status == NoticingStatus.TRANSCRIBED:
        return JobOutcome.RESUME
    if noticing.status != NoticingStatus.PENDING:
        return JobOutcome.NOT_WAITING
    client = session.get(Client, noticing.client_id)
    if client is None:
        return JobOutcome.GONE
    try:
        opened = keys.open_client(session, client)
    except ClientGone:
        return JobOutcome.GONE
    noticing.attempts += 1
    return ToTranscribe(
        noticing.source_sid, noticing.attempts, cues_for(session, opened), opened, client.language
    )


def store_transcript(
    session: Session,
    keys: KeyStore,
    opened: OpenedClient,
    noticing_id: str,
    result: VoiceResult,
    *,
    audio: bytes | None,
) -> JobOutcome:
    """pending -> transcribed: seal transcript and tags (and the audio when kept).

    ``opened`` is the client opened when the job started; a client deleted
    since then took this noticing with it, so the row is simply gone. The
    key is read again under its lock (a re-key may have run meanwhile), so
    the transcript is sealed under the key the row will be opened with.
    """
    # The key row before the noticing: a re-key locks the key and then rewrites
    # the noticings, so taking them the other way round deadlocks with it.
    try:
        current: bytes | None = keys.client_key(session, opened.id)
    except ClientGone:
        current = None
    noticing = session.get(Noticing, noticing_id, with_for_update=True, populate_existing=True)
    if noticing is None:
        return JobOutcome.GONE
    if noticing.status != NoticingStatus.PENDING:
        return JobOutcome.NOT_WAITING
    if current is None:
        return JobOutcome.GONE
    if current != opened.data_key:
        opened = OpenedClient(opened.client, current)
    opened.seal(NOTICING_BODY, noticing, result.text)
    seal_tags(opened, noticing, Tags(result.cues, result.intensity, result.barrier, result.crisis))
    if audio is not None:
        opened.seal(NOTICING_AUDIO, noticing, audio)
    noticing.duration_s = result.duration_s
    if result.crisis:
        raise_alert(noticing)
    noticing.status = NoticingStatus.TRANSCRIBED
    return JobOutcome.TRANSCRIBED


def recording_to_delete(session: Session, noticing_id: str) -> str | None:
    """The RecordingSid to delete at Twilio, when the note is transcribed."""
    noticing = session.get(Noticing, noticing_id)
    if noticing is None or noticing.status != NoticingStatus.TRANSCRIBED:
        return None
    return noticing.source_sid


def finish_after_delete(session: Session, noticing_id: str) -> JobOutcome:
    """transcribed -> tagged, once Twilio's copy of the audio is gone."""
    noticing = session.get(Noticing, noticing_id, with_for_update=True)
    if noticing is None:
        return JobOutcome.GONE
    if noticing.status != NoticingStatus.TRANSCRIBED:
        return JobOutcome.NOT_WAITING
    noticing.recording_deleted_at = utcnow()
    noticing.status = NoticingStatus.TAGGED
    noticing.tagged_at = utcnow()
    return JobOutcome.TAGGED


def fail(session: Session, noticing_id: str, reason: str) -> None:
    """pending -> failed, with a reason the clinician can read (no client material)."""
    noticing = session.get(Noticing, noticing_id)
    if noticing is not None and noticing.status == NoticingStatus.PENDING:
        noticing.status = NoticingStatus.FAILED
        noticing.failure_reason = reason[:200]


def note_recording_deleted(session: Session, noticing_id: str) -> None:
    noticing = session.get(Noticing, noticing_id)
    if noticing is not None:
        noticing.recording_deleted_at = utcnow()


def why_nothing_to_delete(session: Session, noticing_id: str) -> JobOutcome:
    """No recording to delete: the note is gone, or not (or no longer) transcribed."""
    noticing = session.get(Noticing, noticing_id)
    return JobOutcome.GONE if noticing is None else JobOutcome.NOT_WAITING
