"""The fixed texts Carryback sends a client, in the client's language.

Filled only with what clinician and client wrote together: no generated text.
Each text is written here in English; its other languages are entries of
:mod:`shared.language.catalogue` whose msgid is that English, so every
function below takes the client's language and looks the text up there.
"""

from __future__ import annotations

import logging
from datetime import datetime

from shared.db.models import (
    ClientMessaging,
)
from shared.kernel.config import (
    DEFAULT_ACK_REPLY,
    DEFAULT_CRISIS_REPLY,
    DEFAULT_HELP_TEMPLATE,
    DEFAULT_UNKNOWN_REPLY,
    DEFAULT_VOICE_GREETING,
    Settings,
)
from shared.kernel.timeutil import zone
from shared.language.catalogue import (
    DAY,
    KEYWORD,
    LANGUAGES,
    SOURCE_LANGUAGE,
    has_text,
    keywords,
    language_name,
    text_for,
    weekday_name,
    word_for,
)
from shared.language.crisis import ENGLISH, SPANISH
from shared.language.text import normalise
from shared.outreach.reminders import (
    DAY_NAMES,
    ReminderSpec,
    clock,
    describe_days,
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
LANGUAGE_CHANGED = "From now on, texts come in {language}."
PRACTICE_CONTACT = "Your practice: {contact}."
VOICE_SAFETY_LINE = (
    "This number is not monitored in real time. If you are in danger, hang up and call "
    "or text 988, or call 911 in an emergency."
)
VOICE_THANKS = "Thank you. It will be there for your next session. Goodbye."
VOICE_NOTHING_HEARD = (
    "We did not hear anything, so nothing was recorded. Call again when you are ready. Goodbye."
)
NOTHING_THIS_WEEK = "nothing this week"
# Every language's words count for every client: a client writes the words they know.
PAUSE_WORDS = frozenset({"PAUSE"}) | keywords("PAUSE")
RESUME_WORDS = frozenset({"RESUME"}) | keywords("RESUME")
PAUSE_PHRASES = frozenset(
    normalise(word_for(language, KEYWORD, NOTHING_THIS_WEEK)) for language in LANGUAGES
)


def is_pause_request(body: str) -> bool:
    """PAUSE, or the whole message saying "nothing this week" (however it is typed)."""
    words = normalise(body)
    return words.upper() in PAUSE_WORDS or words in PAUSE_PHRASES


def _configured(
    language: str, configured: str, spanish: str, default: str, **fields: object
) -> str:
    """A text an operator may reword (HELP, the acknowledgement, the voice greeting).

    English: the setting. Spanish: its ``_ES`` setting when one is set, else the
    catalogue's Spanish of the default English. An operator who rewords a text
    rewords it in both (docs/languages.md); an empty setting (no acknowledgement)
    is empty in every language.
    """
    if language == SOURCE_LANGUAGE or not configured:
        return configured
    if language == SPANISH and spanish:
        return spanish
    if not has_text(language, default):
        return configured
    return text_for(language, default, **fields)


def help_text(settings: Settings, language: str = ENGLISH) -> str:
    """The HELP reply (a setting) with the practice's contact when one is set."""
    reply = _configured(
        language,
        settings.help_reply,
        settings.help_reply_es,
        DEFAULT_HELP_TEMPLATE,
        program=settings.program_name,
    )
    if not settings.practice_contact:
        return reply
    return f"{reply} {text_for(language, PRACTICE_CONTACT, contact=settings.practice_contact)}"


def help_with_crisis_line_text(settings: Settings, language: str = ENGLISH) -> str:
    """AYUDA: the crisis line in Spanish and English first, then HELP in the client's
    language. Someone who texts "help" in Spanish may mean it."""
    return f"{crisis_reply_text(settings, SPANISH, ENGLISH)}\n\n{help_text(settings, language)}"


def ack_text(settings: Settings, language: str = ENGLISH) -> str:
    """The acknowledgement of a stored noticing (empty when the operator turned it off)."""
    return _configured(language, settings.ack_reply, settings.ack_reply_es, DEFAULT_ACK_REPLY)


def unknown_sender_text(settings: Settings) -> str:
    """The reply to a number Carryback does not know: it has no language, so English
    first, then each other language (GSM-7 together: one segment with Spanish)."""
    replies = [
        _configured(
            language, settings.unknown_reply, settings.unknown_reply_es, DEFAULT_UNKNOWN_REPLY
        )
        for language in LANGUAGES
    ]
    return "\n\n".join(dict.fromkeys(replies))


def language_changed_text(language: str) -> str:
    """The one-line confirmation of ESPAÑOL or ENGLISH, in the language now chosen."""
    return text_for(
        language, LANGUAGE_CHANGED, language=language_name(language, in_language=language)
    )


def reminder_days(spec: ReminderSpec, language: str = ENGLISH) -> str:
    """ "Mon-Fri 08:30", "lun-vie 08:30": the days and time as the client reads them."""
    names = tuple(word_for(language, DAY, name) for name in DAY_NAMES)
    daily = word_for(language, DAY, "daily")
    return f"{describe_days(spec.days, names, daily)} {clock(spec.minute)}"


def welcome_text(settings: Settings, plan: ClientMessaging | None, language: str = ENGLISH) -> str:
    if plan is not None and plan.remind_days and plan.remind_minute is not None:
        spec = ReminderSpec.from_mask(plan.remind_days, plan.remind_minute)
        frequency = text_for(
            language,
            FREQUENCY_PLAN,
            when=reminder_days(spec, language),
            per_week=plan.max_per_week,
        )
    else:
        frequency = text_for(language, FREQUENCY_NONE)
    return text_for(language, WELCOME, program=settings.program_name, frequency=frequency)


def reminder_text(cue: str, action: str, language: str = ENGLISH) -> str:
    return text_for(language, REMINDER, cue=cue, action=action)


def nudge_text(session_start: datetime, tz_name: str, language: str = ENGLISH) -> str:
    local = session_start.astimezone(zone(tz_name))
    return text_for(language, NUDGE, weekday=weekday_name(local, language))


def voice_greeting_text(settings: Settings, language: str = ENGLISH) -> str:
    return _configured(
        language, settings.voice_greeting, settings.voice_greeting_es, DEFAULT_VOICE_GREETING
    )


def _crisis_reply(settings: Settings, language: str) -> str | None:
    """The fixed crisis reply in one language (the English and Spanish are settings)."""
    if language == ENGLISH:
        return settings.crisis_reply
    if language == SPANISH:
        return settings.crisis_reply_es
    return (
        text_for(language, DEFAULT_CRISIS_REPLY)
        if has_text(language, DEFAULT_CRISIS_REPLY)
        else None
    )


def crisis_reply_text(settings: Settings, written_in: str, client_language: str = ENGLISH) -> str:
    """The fixed crisis reply in the language the crisis was written in, then in
    the client's own language when that is another.

    The crisis's language comes first: it is the one the client is writing in
    right now. A language with no fixed reply falls back to English.
    """
    replies = [
        _crisis_reply(settings, lang) for lang in dict.fromkeys((written_in, client_language))
    ]
    found = [reply for reply in replies if reply]
    return "\n\n".join(found or [settings.crisis_reply])
