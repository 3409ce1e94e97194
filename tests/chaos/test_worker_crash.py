"""Workers killed with SIGKILL mid-job: every noticing tagged once, the brief sent once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from redis import Redis
from rq import Queue

from shared.db.models import BriefStatus, NoticingStatus
from shared.infra.jobs import VOICE
from tools.demo.story import VOICE_NOTES
from tools.devstack.stack import CLINICIAN_EMAIL, Stack

pytestmark = pytest.mark.chaos

TEXTS = [f"chest tight before standup, {n}/10" for n in range(8)]


def transcribing(stack: Stack) -> bool:
    return Queue(VOICE, connection=Redis.from_url(stack.redis.url)).started_job_registry.count > 0


def everything_settled(stack: Stack) -> bool:
    return (
        stack.all_stored_once_and_tagged()
        and [s.brief_status for s in stack.sessions() if s.brief_status != BriefStatus.CANCELLED]
        == [BriefStatus.SENT]
        and stack.queues_idle()
    )


def test_killed_mid_transcription_tagging_and_brief_send_loses_and_doubles_nothing(
    stack: Stack, canary
) -> None:
    stack.start(workers=1, voice=True)
    for body in TEXTS:
        assert stack.text(body) == 200
    assert stack.text(f"the foreman is online, {canary}") == 200
    assert stack.voice_note(VOICE_NOTES[0].path) == 204

    # Kill 1: the voice note is being transcribed (texts may be mid-tagging too).
    stack.wait(lambda: transcribing(stack), deadline_s=60, what="a transcription to start")
    stack.kill(stack.workers[0])
    stack.start_worker()
    stack.wait(
        lambda: all(row.status == NoticingStatus.TAGGED for row in stack.noticings()),
        deadline_s=120,
        what="every noticing tagged after the crash",
    )

    # Kill 2: the brief is with the mail server, which never answers DATA.
    stack.smtp.mode = "hang"
    stack.bring_brief_due(starts_in=timedelta(minutes=30))
    stack.wait(lambda: stack.smtp.hung >= 1, deadline_s=60, what="the brief to hang at DATA")
    stack.kill(stack.workers[0])
    stack.smtp.mode = "accept"
    stack.start_worker()

    stack.wait(lambda: stack.smtp.to(CLINICIAN_EMAIL), deadline_s=120, what="the brief")
    stack.wait(lambda: everything_settled(stack), deadline_s=60, what="all to settle")
    assert len(stack.smtp.to(CLINICIAN_EMAIL)) == 1
    assert len(stack.sent) == len(TEXTS) + 2
    assert stack.files_holding(canary.encode()) == []
