"""Recordings never outlive their purpose at Twilio: after a permanent download
failure, and when the client is deleted while their voice note is still pending."""

from __future__ import annotations

from services.worker import jobs
from shared.db.models import NoticingStatus
from shared.delivery.shred import shred_client
from shared.vault import audit
from tests.services.intake import test_intake_voice as voice_tests
from tests.services.intake.test_intake_voice import call, recording_callback, voice_rows

# The Twilio stand-in, the enrolled caller's context and the intake, as the voice tests have them.
stand_in = voice_tests.stand_in
voice_ctx = voice_tests.voice_ctx
control = voice_tests.control
http = voice_tests.http
spoken = voice_tests.spoken


def test_a_permanent_download_failure_still_deletes_the_recording_at_twilio(
    voice_ctx, http, signer, control, spoken
) -> None:
    call_sid, _ = call(http, signer)
    recording_sid = control.add_recording(spoken)
    recording_callback(http, signer, call_sid, recording_sid)
    control.inject_faults(403, count=1)  # the download is refused for good
    [row] = voice_rows(voice_ctx)
    assert jobs.transcribe_voice(row.id) == NoticingStatus.FAILED
    assert recording_sid in control.deleted()


def test_deleting_a_client_whose_voice_note_is_pending_deletes_the_recording(
    voice_ctx, http, signer, control, spoken
) -> None:
    call_sid, _ = call(http, signer)
    recording_sid = control.add_recording(spoken)
    recording_callback(http, signer, call_sid, recording_sid)
    [row] = voice_rows(voice_ctx)
    assert row.status == NoticingStatus.PENDING
    report = shred_client(
        voice_ctx.db,
        row.client_id,
        actor=audit.current_actor(),
        twilio=voice_ctx.twilio,
        queues=voice_ctx.queues,
    )
    assert report.twilio_deleted == 1 and recording_sid in control.deleted()
    assert report.jobs_removed == 1  # its transcription job, still queued
    assert voice_rows(voice_ctx) == []
    assert jobs.transcribe_voice(row.id) == "gone"
