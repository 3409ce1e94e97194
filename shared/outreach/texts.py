"""The fixed texts Carryback sends a client.

Filled only with what clinician and client wrote together: no generated text.
"""

from __future__ import annotations

import logging
from datetime import datetime

from shared.db.models import (
    ClientMessaging,
)
from shared.kernel.config import Settings
from shared.language.crisis import ENGLISH, SPANISH
from shared.language.text import normalise
from shared.outreach.reminders import (
    ReminderSpec,
    weekday_name,
)

log = logging.getLogger(__name__)


# --- the fixed texts ------------------------------------------------------------

WELCOME = (
    "{program}: your clinician set this up with you. Text what you notice between sessions, "
    "or call and leave a voice note; it goes to your next session. "
    "This number is not monitored in real time: in an emergency call or text 988, or call 911. "
    "{frequency} Msg & data rates may apply. Reply YES to start, HELP for help, STOP to stop."
)
FREQUENCY_NONE = "We text only to answer you, unless you choose reminders."
FREQUENCY_PLAN = "Reminders {when}, at most {per_week} a week."
REMINDER = "{cue} \u2192 {action}. Text what you notice."
NUDGE = (
    "Anything to carry back to {weekday}'s session? A text or a call is enough. "
    "Nothing is fine too."
)
CONSENTED = "Thank you, you're in. Text what you notice, when you notice it. STOP stops texts."
PAUSED = "Reminders are paused until after your next session. RESUME restarts them."
RESUMED = "Reminders are back on."
VOICE_SAFETY_LINE = (
    "This number is not monitored in real time. If you are in danger, hang up and call "
    "or text 988, or call 911 in an emergency."
)
VOICE_NOT_RECORDED = "This number cannot take a voice note from this phone. Goodbye."
PAUSE_WORDS = frozenset({"PAUSE"})
RESUME_WORDS = frozenset({"RESUME"})
NOTHING_THIS_WEEK = "nothing this week"


def is_pause_request(body: str) -> bool:
    """PAUSE, or the whole message saying "nothing this week" (however it is typed)."""
    words = normalise(body)
    return words.upper() in PAUSE_WORDS or words == NOTHING_THIS_WEEK


def help_text(settings: Settings) -> str:
    """The HELP reply (a setting) with the practice's contact when one is set."""
    if not settings.practice_contact:
        return settings.help_reply
    return f"{settings.help_reply} Your practice: {settings.practice_contact}."


def welcome_text(settings: Settings, plan: ClientMessaging | None) -> str:
    if plan is not None and plan.remind_days and plan.remind_minute is not None:
        spec = ReminderSpec.from_mask(plan.remind_days, plan.remind_minute)
        frequency = FREQUENCY_PLAN.format(when=str(spec), per_week=plan.max_per_week)
    else:
        frequency = FREQUENCY_NONE
    return WELCOME.format(program=settings.program_name, frequency=frequency)


def reminder_text(cue: str, action: str) -> str:
    return REMINDER.format(cue=cue, action=action)


def nudge_text(session_start: datetime, tz_name: str) -> str:
    return NUDGE.format(weekday=weekday_name(session_start, tz_name))


def crisis_reply_text(settings: Settings, written_in: str, client_language: str = ENGLISH) -> str:
    """The fixed crisis reply in the language the crisis was written in, then in
    the client's own language when that is another ("en" for every client until
    clients have a language setting).

    The crisis's language comes first: it is the one the client is writing in
    right now. A language with no fixed reply falls back to English.
    """
    fixed = {ENGLISH: settings.crisis_reply, SPANISH: settings.crisis_reply_es}
    languages = [lang for lang in dict.fromkeys((written_in, client_language)) if lang in fixed]
    return "\n\n".join(fixed[lang] for lang in languages or [ENGLISH])
