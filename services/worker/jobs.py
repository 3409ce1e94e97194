"""RQ jobs of the worker. Each takes an id, re-reads the row, and is a no-op when done.

The state machines live in the domain (:mod:`shared.noticings`,
:mod:`shared.voice`); these jobs only do the I/O between their transitions.
"""

from __future__ import annotations

import logging

from shared import runtime, voice
from shared.channels import ChannelError
from shared.db.models import AlertStatus, Noticing, NoticingStatus
from shared.noticings import tag_stored

log = logging.getLogger(__name__)


def tag_noticing(noticing_id: str) -> str:
    """received -> tagged. Safe to run any number of times."""
    ctx = runtime.context()
    with ctx.db.session() as session:
        outcome = tag_stored(session, ctx.keys, noticing_id)
    _alert_if_pending(ctx, noticing_id)
    log.info("tag %s: %s", noticing_id, outcome)
    return outcome


def _alert_if_pending(ctx: runtime.Context, noticing_id: str) -> None:
    """Crisis language found by a job (e.g. in a transcript) still alerts at once."""
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing_id)
        pending = noticing is not None and noticing.crisis_alert == AlertStatus.PENDING
    if pending:
        ctx.queues.enqueue_alert(noticing_id, skip_if_live=True)


def transcribe_voice(noticing_id: str) -> str:
    """pending -> transcribed -> tagged, deleting the recording at Twilio in between.

    Each stage is committed before the next, so a retry resumes where the
    last attempt stopped: it never downloads again once the transcript is
    sealed, and never tags before Twilio's copy of the audio is gone.
    """
    ctx = runtime.context()
    outcome = transcribe_stage(ctx, noticing_id)
    if outcome in (NoticingStatus.TRANSCRIBED, "resume"):
        outcome = delete_stage(ctx, noticing_id)
    _alert_if_pending(ctx, noticing_id)
    log.info("voice %s: %s", noticing_id, outcome)
    return outcome


def transcribe_stage(ctx: runtime.Context, noticing_id: str) -> str:
    with ctx.db.session() as session:
        work = voice.start_transcription(session, ctx.keys, noticing_id)
    if isinstance(work, str):
        return work
    try:
        audio = ctx.twilio.download_recording(work.recording_sid)
    except ChannelError as error:
        if not error.permanent and work.may_retry:
            raise  # not ready yet, or the network: RQ retries with backoff
        _fail(ctx, noticing_id, f"download failed after {work.attempts} attempts: {error}")
        return NoticingStatus.FAILED
    # Imported here: only workers that take voice jobs load the speech engine.
    from shared.transcription import transcribe_and_tag
    from shared.transcription.audio import AudioError

    try:
        result = transcribe_and_tag(audio, work.cues)
    except AudioError as error:
        _fail(ctx, noticing_id, f"audio unusable: {error.reason}")
        _delete_quietly(ctx, noticing_id, work.recording_sid)
        return NoticingStatus.FAILED
    with ctx.db.session() as session:
        return voice.store_transcript(
            session,
            work.client,
            noticing_id,
            result,
            audio=audio if ctx.settings.keep_audio else None,
        )


def delete_stage(ctx: runtime.Context, noticing_id: str) -> str:
    with ctx.db.session() as session:
        recording_sid = voice.recording_to_delete(session, noticing_id)
        if recording_sid is None:
            status = voice.status_of(session, noticing_id)
            return status if status == "gone" else f"skipped:{status}"
    ctx.twilio.delete_recording(recording_sid)  # transient errors: RQ retries this stage
    with ctx.db.session() as session:
        return voice.finish_after_delete(session, noticing_id)


def _fail(ctx: runtime.Context, noticing_id: str, reason: str) -> None:
    with ctx.db.session() as session:
        voice.fail(session, noticing_id, reason)
    log.warning("voice %s failed: %s", noticing_id, reason)


def _delete_quietly(ctx: runtime.Context, noticing_id: str, recording_sid: str) -> None:
    """Unusable audio is still client material: remove Twilio's copy if we can."""
    try:
        ctx.twilio.delete_recording(recording_sid)
    except ChannelError as error:
        log.warning("voice %s: recording not deleted at Twilio (%s)", noticing_id, error)
        return
    with ctx.db.session() as session:
        voice.note_recording_deleted(session, noticing_id)
