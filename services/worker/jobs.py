"""RQ jobs of the worker. Each takes an id, re-reads the row, and is a no-op when done.

The state machines live in the domain (:mod:`shared.noticings.intake`,
:mod:`shared.noticings.voice`); these jobs only do the I/O between their transitions.
"""

from __future__ import annotations

import logging
import time

from services import runtime
from shared.db.models import AlertStatus, Noticing, utcnow
from shared.infra.channels import ChannelError
from shared.infra.channels.sms import SmsError
from shared.infra.channels.twilio import TwilioError
from shared.infra.jobs import request_tagging, tag_job_started
from shared.kernel import defaults
from shared.kernel.outcomes import JobOutcome
from shared.noticings import strays, voice
from shared.noticings.intake import TagBatch, tag_waiting
from shared.outreach import messaging

log = logging.getLogger(__name__)


def tag_noticing(noticing_id: str) -> JobOutcome:
    """received -> tagged for this text and every other one waiting; safe to run again.

    The intake enqueues a tag job only when none is waiting (shared.infra.jobs
    TAG_PENDING_KEY), so this job takes all the texts stored meanwhile, a
    batch per transaction, for at most ``TAG_DRAIN_SECONDS``. While batches
    come back full it keeps one more tag job queued, so an idle worker shares
    the backlog (PostgreSQL hands each its own rows). A row that raised is
    left ``received``: when it is this job's own row the job fails and RQ
    retries it; any other such row is found again by the sweep, which gives
    it its own job.
    """
    ctx = runtime.context()
    tag_job_started(ctx.queues)  # texts committed from now on get a new job
    deadline = time.monotonic() + defaults.TAG_DRAIN_SECONDS
    batch = _tag_batch(ctx, noticing_id)
    outcome = batch.outcome
    own_error = batch.failed.get(noticing_id)
    while batch.full and batch.tagged:
        # More are waiting: one more job, unless one is queued already.
        request_tagging(ctx.queues, batch.tagged[-1])
        if time.monotonic() >= deadline:
            break  # that job takes the rest
        batch = _tag_batch(ctx, None)
    log.info("tag %s: %s", noticing_id, outcome)
    if own_error is not None:
        raise own_error
    return outcome


def _tag_batch(ctx: runtime.Context, noticing_id: str | None) -> TagBatch:
    with ctx.db.session() as session:
        batch = tag_waiting(
            session,
            ctx.keys,
            noticing_id,
            defaults.TAG_BATCH_SIZE,
            # Only SQLite's intake waits behind a batch (the write lock); on
            # PostgreSQL row locks leave its inserts alone.
            budget_s=defaults.TAG_BATCH_SECONDS if ctx.settings.is_sqlite else None,
        )
    for row_id, error in batch.failed.items():
        log.warning("tag %s failed (%s); left for a retry", row_id, type(error).__name__)
    for row_id in batch.pending_alerts:
        _alert_if_pending(ctx, row_id)
    if len(batch.tagged) > 1:
        log.info("tagged %d waiting texts in one batch", len(batch.tagged))
    return batch


def _alert_if_pending(ctx: runtime.Context, noticing_id: str) -> None:
    """Crisis language found by a job (e.g. in a transcript) still alerts at once."""
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing_id)
        pending = noticing is not None and noticing.crisis_alert == AlertStatus.PENDING
        reply_id = (
            messaging.crisis_reply_for_voice(session, noticing, utcnow()) if pending else None
        )
    if reply_id:
        ctx.queues.enqueue_message(reply_id, urgent=True)
    if pending:
        ctx.queues.enqueue_alert(noticing_id, skip_if_live=True)


def send_message(message_id: str) -> JobOutcome:
    """pending -> sending -> sent, once per row; never after STOP, never past its slot.

    Twilio's Messages resource takes no idempotency key, so a send whose
    answer was lost (read time-out, connection dropped after the request, a
    5xx) is never simply repeated: the next attempt first looks for it at
    Twilio and, when found, records that sid instead of sending again. Only
    a send that cannot have reached Twilio (refused, connect time-out) is
    retried blind.
    """
    ctx = runtime.context()
    now = utcnow()
    with ctx.db.session() as session:
        if not messaging.claim(session, message_id, now):
            return JobOutcome.SKIPPED
    with ctx.db.session() as session:
        outgoing = messaging.prepare(session, ctx.keys, ctx.settings, message_id, now)
    if isinstance(outgoing, JobOutcome):
        log.info("message %s: %s", message_id, outgoing)
        return outgoing
    callback = messaging.status_callback_url(ctx.settings.public_base_url, message_id)
    try:
        sid = _sent_before(ctx, outgoing)
        if sid is not None:
            log.info("message %s had reached Twilio unanswered: sid=%s", message_id, sid)
        else:
            sid = ctx.sms.send(outgoing.to, outgoing.body, status_callback=callback)
    except SmsError as error:
        with ctx.db.session() as session:
            outcome = messaging.record_failure(
                session,
                message_id,
                error,
                error.code,
                error.permanent,
                utcnow(),
                unconfirmed=error.unconfirmed,
            )
        log.warning("message %s not sent (%s): %s", message_id, outcome, error)
        if outcome == JobOutcome.RETRY:
            raise  # transient: RQ retries with backoff; the row is pending again
        return outcome
    with ctx.db.session() as session:
        messaging.record_sent(session, message_id, sid, utcnow())
    log.info("message %s sent sid=%s", message_id, sid)
    return JobOutcome.SENT


def _sent_before(ctx: runtime.Context, outgoing: messaging.Outgoing) -> str | None:
    """The sid of this text at Twilio, when an earlier attempt may have sent it unanswered.

    A failed look-up raises (transient, still unconfirmed): sending without
    knowing could send it twice.
    """
    if outgoing.unconfirmed_since is None:
        return None
    try:
        candidates = ctx.twilio.find_sent(
            outgoing.to, outgoing.body, since=outgoing.unconfirmed_since
        )
    except TwilioError as error:
        raise SmsError(str(error), permanent=error.permanent, code=error.code) from None
    with ctx.db.session() as session:
        return messaging.match_sent(session, candidates)


def transcribe_voice(noticing_id: str) -> JobOutcome:
    """pending -> transcribed -> tagged, deleting the recording at Twilio in between.

    Each stage is committed before the next, so a retry resumes where the
    last attempt stopped: it never downloads again once the transcript is
    sealed, and never tags before Twilio's copy of the audio is gone.
    """
    ctx = runtime.context()
    outcome = transcribe_stage(ctx, noticing_id)
    if outcome in (JobOutcome.TRANSCRIBED, JobOutcome.RESUME):
        outcome = delete_stage(ctx, noticing_id)
    _alert_if_pending(ctx, noticing_id)
    log.info("voice %s: %s", noticing_id, outcome)
    return outcome


def transcribe_stage(ctx: runtime.Context, noticing_id: str) -> JobOutcome:
    with ctx.db.session() as session:
        work = voice.start_transcription(session, ctx.keys, noticing_id)
    if isinstance(work, JobOutcome):
        return work
    try:
        audio = ctx.twilio.download_recording(work.recording_sid)
    except ChannelError as error:
        if not error.permanent and work.may_retry:
            raise  # not ready yet, or the network: RQ retries with backoff
        _fail(ctx, noticing_id, f"download failed after {work.attempts} attempts: {error}")
        _delete_quietly(ctx, noticing_id, work.recording_sid)  # whatever Twilio still holds
        return JobOutcome.FAILED
    # Imported here: only workers that take voice jobs load the speech engine.
    from shared.language.transcription import transcribe_and_tag
    from shared.language.transcription.audio import AudioError

    try:
        # Silence is a note with no words (stored, never tagged), not a failure.
        # The cues go compiled in the client's language (still the cue set, for the bias),
        # and the recogniser is forced to that language (no guessing on an 8 kHz note).
        result = transcribe_and_tag(audio, work.matcher, allow_silence=True, language=work.language)
    except AudioError as error:
        _fail(ctx, noticing_id, f"audio unusable: {error.reason}")
        _delete_quietly(ctx, noticing_id, work.recording_sid)
        return JobOutcome.FAILED
    with ctx.db.session() as session:
        return voice.store_transcript(
            session,
            ctx.keys,
            work.client,
            noticing_id,
            result,
            audio=audio if ctx.settings.keep_audio else None,
        )


def delete_stage(ctx: runtime.Context, noticing_id: str) -> JobOutcome:
    with ctx.db.session() as session:
        recording_sid = voice.recording_to_delete(session, noticing_id)
        if recording_sid is None:
            return voice.why_nothing_to_delete(session, noticing_id)
    ctx.twilio.delete_recording(recording_sid)  # transient errors: RQ retries this stage
    with ctx.db.session() as session:
        return voice.finish_after_delete(session, noticing_id)


def discard_stray_recording(recording_sid: str) -> JobOutcome:
    """Delete at Twilio a recording from a call not taken, never downloading it.

    The owed row goes (and the counter counts it) only once Twilio's copy is
    gone; a transient error leaves it for RQ's retry, then the sweep.
    """
    ctx = runtime.context()
    with ctx.db.session() as session:
        if not strays.is_owed(session, recording_sid):
            return JobOutcome.GONE
    ctx.twilio.delete_recording(recording_sid)  # 404 (already gone) counts as done
    with ctx.db.session() as session:
        strays.deleted_at_twilio(session, recording_sid)
    log.info("stray recording %s deleted at Twilio, unheard", recording_sid)
    return JobOutcome.DISCARDED


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
