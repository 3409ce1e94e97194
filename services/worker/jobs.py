"""RQ jobs of the worker. Each takes an id, re-reads the row, and is a no-op when done."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from shared import crypto, runtime
from shared.channels import ChannelError
from shared.channels.twilio import TwilioChannel, TwilioSettings
from shared.config import Settings
from shared.cues import Tags
from shared.db.models import Client, Noticing, utcnow
from shared.defaults import MAX_DOWNLOAD_ATTEMPTS
from shared.keys import ClientGone
from shared.noticings import cues_for, seal_tags, tag_stored

if TYPE_CHECKING:
    from shared.transcription import VoiceResult

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
        pending = noticing is not None and noticing.crisis_alert == "pending"
    if pending:
        ctx.queues.enqueue_alert(noticing_id, skip_if_live=True)


def transcribe_voice(noticing_id: str) -> str:
    """pending -> transcribed -> tagged, deleting the recording at Twilio in between.

    Each stage is committed before the next, so a retry resumes where the
    last attempt stopped: it never downloads again once the transcript is
    sealed, and never tags before Twilio's copy of the audio is gone.
    """
    ctx = runtime.context()
    channel = twilio_channel(ctx.settings)
    outcome = transcribe_stage(ctx, channel, noticing_id)
    if outcome in ("transcribed", "resume"):
        outcome = delete_stage(ctx, channel, noticing_id)
    _alert_if_pending(ctx, noticing_id)
    log.info("voice %s: %s", noticing_id, outcome)
    return outcome


def twilio_channel(settings: Settings) -> TwilioChannel:
    settings.require_twilio()
    return TwilioChannel(
        TwilioSettings(
            api_base=settings.twilio_api_base,
            account_sid=settings.twilio_account_sid,
            auth_token=settings.twilio_auth_token,
            phone_number=settings.twilio_phone_number,
        )
    )


def transcribe_stage(ctx: runtime.Context, channel: TwilioChannel, noticing_id: str) -> str:
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing_id)
        if noticing is None:
            return "gone"
        if noticing.status == "transcribed":
            return "resume"
        if noticing.status != "pending":
            return f"skipped:{noticing.status}"
        recording_sid = noticing.source_sid
        noticing.attempts += 1
        attempts = noticing.attempts
        try:
            client = session.get(Client, noticing.client_id)
            cues = cues_for(session, ctx.keys, client)
        except ClientGone:
            return "gone"
    try:
        audio = channel.download_recording(recording_sid)
    except ChannelError as error:
        if not error.permanent and attempts < MAX_DOWNLOAD_ATTEMPTS:
            raise  # not ready yet, or the network: RQ retries with backoff
        _fail(ctx, noticing_id, f"download failed after {attempts} attempts: {error}")
        return "failed"
    # Imported here: only workers that take voice jobs load the speech engine.
    from shared.transcription import transcribe_and_tag
    from shared.transcription.audio import AudioError

    try:
        result = transcribe_and_tag(audio, cues)
    except AudioError as error:
        _fail(ctx, noticing_id, f"audio unusable: {error.reason}")
        _delete_quietly(ctx, channel, noticing_id, recording_sid)
        return "failed"
    return _seal_transcript(ctx, noticing_id, audio, result)


def _seal_transcript(
    ctx: runtime.Context, noticing_id: str, audio: bytes, result: VoiceResult
) -> str:
    """Stage one's result, sealed with the client's key before anything else happens."""
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing_id, with_for_update=True)
        if noticing is None or noticing.status != "pending":
            return "gone" if noticing is None else f"skipped:{noticing.status}"
        try:
            data_key = ctx.keys.client_key(session, noticing.client_id)
        except ClientGone:
            return "gone"
        noticing.body_enc = crypto.seal(data_key, result.text, "noticings", "body", noticing.id)
        seal_tags(
            data_key,
            noticing,
            Tags(result.cues, result.intensity, result.barrier, result.crisis),
        )
        if ctx.settings.keep_audio:
            noticing.audio_enc = crypto.seal(data_key, audio, "noticings", "audio", noticing.id)
        noticing.duration_s = result.duration_s
        if result.crisis and not noticing.crisis:
            noticing.crisis = True
            noticing.crisis_alert = "pending"
        noticing.status = "transcribed"
    return "transcribed"


def delete_stage(ctx: runtime.Context, channel: TwilioChannel, noticing_id: str) -> str:
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing_id)
        if noticing is None or noticing.status != "transcribed":
            return "gone" if noticing is None else f"skipped:{noticing.status}"
        recording_sid = noticing.source_sid
    channel.delete_recording(recording_sid)  # transient errors: RQ retries this stage
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing_id, with_for_update=True)
        if noticing is None or noticing.status != "transcribed":
            return "gone" if noticing is None else f"skipped:{noticing.status}"
        noticing.recording_deleted_at = utcnow()
        noticing.status = "tagged"
        noticing.tagged_at = utcnow()
    return "tagged"


def _fail(ctx: runtime.Context, noticing_id: str, reason: str) -> None:
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing_id)
        if noticing is not None and noticing.status == "pending":
            noticing.status = "failed"
            noticing.failure_reason = reason[:200]
    log.warning("voice %s failed: %s", noticing_id, reason)


def _delete_quietly(
    ctx: runtime.Context, channel: TwilioChannel, noticing_id: str, recording_sid: str
) -> None:
    """Unusable audio is still client material: remove Twilio's copy if we can."""
    try:
        channel.delete_recording(recording_sid)
    except ChannelError as error:
        log.warning("voice %s: recording not deleted at Twilio (%s)", noticing_id, error)
        return
    with ctx.db.session() as session:
        noticing = session.get(Noticing, noticing_id)
        if noticing is not None:
            noticing.recording_deleted_at = utcnow()
