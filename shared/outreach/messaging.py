"""Carryback speaking first: welcome, reminders, the pre-session nudge, crisis replies.

Every outbound text is a row first (:class:`OutboundMessage`: to whom, why,
when due, until when it is still worth sending), then a job carrying its id.
The job claims the row with a conditional UPDATE, so each row is sent at most
once however many workers or summary loops run. Texts are fixed templates
filled only with what the clinician and client wrote together (a cue, the
action, the session's weekday): no generated text, ever.

Consent is double opt-in: an enrolled client is ``invited`` and receives the
welcome only; nothing else goes out until they reply YES. After STOP nothing
goes out at all (Twilio's error 21610 is read the same way).

The work is split by concern (texts, plans, rows, due, sending); this module
keeps the old name for callers that speak of messaging as a whole.
"""

from __future__ import annotations

from shared.outreach.due import (  # noqa: F401
    NUDGE_LOOKAHEAD,
    claim_due,
    claim_due_nudges,
    claim_due_reminders,
    waiting_messages,
)
from shared.outreach.plans import (  # noqa: F401
    ACTOR,
    WELCOME_RESEND_AFTER,
    MessagingError,
    ReminderChoice,
    is_attested,
    is_paused,
    landline_found_at,
    landlines_to_tell,
    mark_landline,
    next_session_start,
    pause,
    pause_began,
    plan_for,
    quiet_of,
    record_attestation,
    record_consent,
    record_landline_notice,
    reschedule,
    resume,
    set_reminders,
    unattested_calls,
)
from shared.outreach.rows import (  # noqa: F401
    COUNTED,
    SEND_LEASE,
    CrisisReply,
    acknowledge_before_consent,
    crisis_reply_for_voice,
    crisis_reply_outcome,
    enrol,
    move_timezone,
    queue_crisis_reply,
    queue_welcome,
    record_crisis_reply_in_answer,
)
from shared.outreach.sending import (  # noqa: F401
    CALLBACK_STATUSES,
    MAX_ATTEMPTS,
    Outgoing,
    claim,
    match_sent,
    prepare,
    record_failure,
    record_sent,
    record_status,
    status_callback_url,
)
from shared.outreach.texts import (  # noqa: F401
    CONSENTED,
    FREQUENCY_NONE,
    FREQUENCY_PLAN,
    LANGUAGE_CHANGED,
    NOTHING_THIS_WEEK,
    NUDGE,
    PAUSE_WORDS,
    PAUSED,
    REMINDER,
    RESUME_WORDS,
    RESUMED,
    VOICE_NOTHING_HEARD,
    VOICE_SAFETY_LINE,
    VOICE_THANKS,
    WELCOME,
    ack_text,
    crisis_reply_text,
    help_text,
    help_with_crisis_line_text,
    is_pause_request,
    language_changed_text,
    nudge_text,
    reminder_days,
    reminder_text,
    unknown_sender_text,
    voice_greeting_text,
    welcome_text,
)
