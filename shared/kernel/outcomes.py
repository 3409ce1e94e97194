"""What a job did: RQ keeps it as the job's result and the log shows it (never client material)."""

from __future__ import annotations

from enum import StrEnum


class JobOutcome(StrEnum):
    """The outcome of a job, or of the domain step it runs."""

    SENT = "sent"
    TAGGED = "tagged"
    TRANSCRIBED = "transcribed"
    FAILED = "failed"  # given up for good; the reason is on the row
    BLOCKED = "blocked"  # the client opted out (STOP): nothing goes to them
    SKIPPED = "skipped"  # not to be done now: claimed elsewhere, a pause, quiet hours, expired
    NOT_WAITING = "not waiting"  # the row is not in the state this step takes (a redelivery)
    GONE = "gone"  # the row or its client was deleted: nothing to do
    DISCARDED = "discarded"  # a recording not kept was deleted at Twilio, unheard
    RESUME = "resume"  # transcribed before: go on to the next stage
    RETRY = "retry"  # transient: the job raises, and RQ tries again with backoff
