"""Every fixed text a client reads or hears, by name, filled with realistic values.

One list for the three things that must see them all: the table of texts in
docs/languages.md (``carryback texts --table``), the test that holds each
language's text within one SMS segment of the English, and the test that
every English text has its entry in every catalogue. A text is rendered the
way it is sent (the same functions), with example words a client might have
agreed in session, in that client's language: the client's own words are
never translated, so a Spanish-speaking client's cue is in Spanish.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from shared.db.models import ClientMessaging
from shared.kernel import config
from shared.language.catalogue import text_for
from shared.language.crisis import ENGLISH, SPANISH
from shared.language.cues import Cue
from shared.noticings import incoming
from shared.outreach import practice_text, safety_plan_text, texts
from shared.outreach.reminders import ReminderSpec
from shared.roster.safety_plans import Contact, PlanParts

# The settings every text is shown with: the defaults, and a practice contact.
EXAMPLE_SETTINGS = config.Settings(
    database_url="sqlite://",
    redis_url="redis://",
    master_key=bytes(32),
    practice_contact="Riverside Counseling, 555-0100",
)
# What a client and clinician might have written together, in each language.
EXAMPLE_WORDS = {
    ENGLISH: {
        "cues": (Cue("tight chest before the meeting"), Cue("yelling at the kids")),
        "action": "three slow breaths",
        "carry_back": "what made it hard",
    },
    SPANISH: {
        "cues": (Cue("el pecho apretado antes de la junta"), Cue("gritarles a los niños")),
        "action": "tres respiraciones lentas",
        "carry_back": "lo que lo hizo pesado",
    },
}
# A safety plan as a client and clinician might write it, in each language.
EXAMPLE_PLANS = {
    ENGLISH: PlanParts(
        warning_signs=("can't sleep, thoughts racing", "skipping meals"),
        coping=("walk around the block", "cold water on my face"),
        distractions=("the library", "coffee with Sam"),
        people=(Contact("Maria", "312-555-0144"),),
        professionals=(Contact("Dr. Rivera", "312-555-0100"),),
        safe_steps=("give my pills to Maria to keep",),
    ),
    SPANISH: PlanParts(
        warning_signs=("no puedo dormir, mil pensamientos", "no comer"),
        coping=("caminar a la tienda", "agua fria en la cara"),
        distractions=("la biblioteca", "un cafe con Sam"),
        people=(Contact("Maria", "312-555-0144"),),
        professionals=(Contact("Dra. Rivera", "312-555-0100"),),
        safe_steps=("darle mis pastillas a Maria",),
    ),
}
# A Wednesday: the longest weekday name in Spanish ("miércoles").
EXAMPLE_SESSION = datetime(2026, 3, 11, 17, 0, tzinfo=UTC)
EXAMPLE_ZONE = "America/Chicago"


@dataclass(frozen=True)
class FixedText:
    """One text as a client gets it: ``render(language)`` is the text, as sent."""

    name: str
    render: Callable[[str], str]
    spoken: bool = False  # read aloud on a call: no SMS segments


def _words(language: str) -> dict:
    return EXAMPLE_WORDS.get(language, EXAMPLE_WORDS[ENGLISH])


def _plan(days: set[int], minute: int) -> ClientMessaging:
    spec = ReminderSpec(frozenset(days), minute)
    return ClientMessaging(remind_days=spec.mask, remind_minute=minute, max_per_week=3)


def _other(language: str) -> str:
    return SPANISH if language == ENGLISH else ENGLISH


def _fixed(english: str) -> Callable[[str], str]:
    return lambda language: text_for(language, english)


S = EXAMPLE_SETTINGS
FIXED_TEXTS: tuple[FixedText, ...] = (
    FixedText("Welcome, no reminders", lambda lang: texts.welcome_text(S, None, lang)),
    FixedText(
        "Welcome, reminders Mon-Fri 08:30",
        lambda lang: texts.welcome_text(S, _plan({0, 1, 2, 3, 4}, 510), lang),
    ),
    FixedText(
        "Welcome, reminders Wed,Sat 10:00",
        lambda lang: texts.welcome_text(S, _plan({2, 5}, 600), lang),
    ),
    FixedText("YES (consent)", _fixed(texts.CONSENTED)),
    FixedText("START", _fixed(incoming.START_REPLY)),
    FixedText("ESPAÑOL / ENGLISH", texts.language_changed_text),
    FixedText("HELP (with the practice's contact)", lambda lang: texts.help_text(S, lang)),
    FixedText("AYUDA", lambda lang: texts.help_with_crisis_line_text(S, lang)),
    FixedText("A noticing acknowledged", lambda lang: texts.ack_text(S, lang)),
    FixedText("An empty message", _fixed(incoming.EMPTY_REPLY)),
    FixedText("UNDO, removed", _fixed(incoming.UNDO_REPLIES[incoming.UNDO_REMOVED])),
    FixedText("UNDO, nothing to remove", _fixed(incoming.UNDO_REPLIES[incoming.UNDO_NONE])),
    FixedText("UNDO, a crisis message", _fixed(incoming.UNDO_REPLIES[incoming.UNDO_CRISIS])),
    FixedText("PAUSE", _fixed(texts.PAUSED)),
    FixedText("RESUME", _fixed(texts.RESUMED)),
    FixedText(
        "CUES (two cues)",
        lambda lang: practice_text.cue_list(_words(lang)["cues"], lang),
    ),
    FixedText(
        "The practice (console preview)",
        lambda lang: practice_text.practice_summary(
            _words(lang)["cues"], _words(lang)["action"], _words(lang)["carry_back"], False, lang
        ),
    ),
    FixedText(
        "The practice, nothing this week",
        lambda lang: practice_text.practice_summary((), None, None, True, lang),
    ),
    FixedText(
        "The practice by text (after YES, on PRACTICE, after a new version)",
        lambda lang: practice_text.practice_summary(
            _words(lang)["cues"], _words(lang)["action"], _words(lang)["carry_back"], False, lang
        ),
    ),
    FixedText(
        "PLAN (a six-part safety plan)",
        lambda lang: "\n\n".join(
            safety_plan_text.plan_messages(EXAMPLE_PLANS.get(lang, EXAMPLE_PLANS[ENGLISH]), lang)
        ),
    ),
    FixedText("PLAN, no plan yet", safety_plan_text.no_plan_text),
    FixedText(
        "Crisis reply to a client with a safety plan",
        lambda lang: (
            f"{texts.crisis_reply_text(S, lang, lang)}\n{safety_plan_text.plan_line(lang)}"
        ),
    ),
    FixedText(
        "Reminder",
        lambda lang: texts.reminder_text(
            _words(lang)["cues"][0].label, _words(lang)["action"], lang
        ),
    ),
    FixedText(
        "Pre-session nudge (a Wednesday session)",
        lambda lang: texts.nudge_text(EXAMPLE_SESSION, EXAMPLE_ZONE, lang),
    ),
    FixedText(
        "Crisis reply, crisis in the client's language",
        lambda lang: texts.crisis_reply_text(S, lang, lang),
    ),
    FixedText(
        "Crisis reply, crisis in the other language",
        lambda lang: texts.crisis_reply_text(S, _other(lang), lang),
    ),
    # An unknown number has no language: the same text whatever the column.
    FixedText("A number Carryback does not know", lambda _lang: texts.unknown_sender_text(S)),
    FixedText("Call: safety line (first)", _fixed(texts.VOICE_SAFETY_LINE), spoken=True),
    FixedText("Call: greeting", lambda lang: texts.voice_greeting_text(S, lang), spoken=True),
    FixedText("Call: note recorded", _fixed(texts.VOICE_THANKS), spoken=True),
    FixedText("Call: nothing heard", _fixed(texts.VOICE_NOTHING_HEARD), spoken=True),
)

# Every English text (a catalogue's msgids) the code sends or says, for the
# completeness tests: each has an entry in every catalogue, and every entry is one.
ENGLISH_TEXTS: tuple[str, ...] = (
    texts.WELCOME,
    texts.FREQUENCY_NONE,
    texts.FREQUENCY_PLAN,
    texts.REMINDER,
    texts.NUDGE,
    texts.CONSENTED,
    texts.PAUSED,
    texts.RESUMED,
    texts.LANGUAGE_CHANGED,
    texts.PRACTICE_CONTACT,
    texts.VOICE_SAFETY_LINE,
    texts.VOICE_THANKS,
    texts.VOICE_NOTHING_HEARD,
    config.DEFAULT_HELP_TEMPLATE,
    config.DEFAULT_ACK_REPLY,
    config.DEFAULT_UNKNOWN_REPLY,
    config.DEFAULT_VOICE_GREETING,
    config.DEFAULT_CRISIS_REPLY,
    incoming.START_REPLY,
    incoming.EMPTY_REPLY,
    *incoming.UNDO_REPLIES.values(),
    practice_text.SUMMARY_HEADER,
    practice_text.SUMMARY_WHEN,
    practice_text.SUMMARY_TRY,
    practice_text.SUMMARY_BRING_BACK,
    practice_text.NOTHING_THIS_WEEK,
    practice_text.CUES_HEADER,
    practice_text.CUES_FOOTER,
    practice_text.NO_CUES,
    practice_text.SIGN_OFF,
    *safety_plan_text.TEXTS,
)
