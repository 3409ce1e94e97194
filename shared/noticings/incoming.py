"""An incoming text as the intake reads it: keywords, what became of it, and the reply."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from enum import Enum

from shared.kernel.config import OptOutHandling
from shared.language.catalogue import keyword_form, keywords, switch_keywords

log = logging.getLogger(__name__)

# Every language's keywords work for every client (PARAR stops an English-speaking
# client too): the catalogues add theirs to the English ones (msgctxt "keyword").
STOP_WORDS = {
    "STOP",
    "STOPALL",
    "UNSUBSCRIBE",
    "CANCEL",
    "END",
    "QUIT",
    "OPTOUT",
    "REVOKE",
} | keywords("STOP")
START_WORDS = {"START", "UNSTOP", "YES", "OPTIN"} | keywords("YES")
# AYUDA and the like: HELP whose reply also carries the crisis line (a word for
# "help" in the client's own language may be a call for it).
HELP_IN_OTHER_LANGUAGES = keywords("HELP")
HELP_WORDS = {"HELP", "INFO"} | HELP_IN_OTHER_LANGUAGES
CUES_WORDS = {"CUES"} | keywords("CUES")
UNDO_WORDS = {"UNDO"} | keywords("UNDO")
# PLAN (their safety plan) and PRACTICE (the practice by text): a catalogue adds
# its words as rows (msgctxt "keyword"), as for every keyword above.
PLAN_WORDS = {"PLAN"} | keywords("PLAN")
PRACTICE_WORDS = {"PRACTICE"} | keywords("PRACTICE")
# ESPAÑOL, ENGLISH: the client chooses the language texts come in.
LANGUAGE_WORDS = switch_keywords()
# What a plain long code answers by itself, as Twilio documents its default
# handling: "STOP, UNSUBSCRIBE, END, QUIT, STOPALL, REVOKE, OPTOUT, and CANCEL"
# (the Advanced Opt-Out tutorial), START, YES and UNSTOP, HELP and INFO (the
# support article "Twilio support for opt-out keywords"). A narrower list than
# Carryback's own words above: Twilio matches the whole message only.
TWILIO_DEFAULT_KEYWORDS = frozenset(
    {
        *("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"),
        *("START", "YES", "UNSTOP"),
        *("HELP", "INFO"),
    }
)
NUMBERED = re.compile(r"^\s*(\d{1,2})\s*(?:[.):\-]\s*|\s+|$)(.*)$", re.DOTALL)


class Outcome(Enum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    KEYWORD = "keyword"
    UNKNOWN_SENDER = "unknown_sender"
    EMPTY = "empty"


@dataclass
class SmsResult:
    """What intake should answer, and which jobs to enqueue after commit."""

    outcome: Outcome
    reply: str
    noticing_id: str | None = None
    crisis: bool = False
    enqueue_tag: list[str] = field(default_factory=list)
    enqueue_alert: list[str] = field(default_factory=list)
    # The outbound row tracking the crisis reply sent in this answer (its status callback).
    reply_message_id: str | None = None
    # Further messages of the same answer, after ``reply``: the practice after YES,
    # the rest of a safety plan too long for one message.
    more: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IncomingSms:
    message_sid: str
    sender: str
    body: str
    num_media: int = 0
    opt_out_type: str | None = None


def keyword_of(body: str) -> str:
    """The whole message as one bare upper-case word, or "" (so "stop it" is a noticing).

    Accents and tildes are dropped ("Sí" is SI, "español" ESPANOL) and Spanish's
    opening marks are punctuation like the closing ones ("¡AYUDA!").
    """
    word = keyword_form(body.strip().strip(".!?¡¿"))
    return word if word.isalpha() else ""


def answered_by_twilio(body: str, handling: OptOutHandling) -> bool:
    """Whether Twilio has already sent its own automatic reply to this text.

    Twilio's default handling answers a message whose whole body is one of its
    keywords, in any case ("Only single-word messages will trigger"); that
    spaces around the word still count, and punctuation does not, is assumed
    (its docs say neither). Carryback then changes what the word asks for but
    answers nothing: a second reply would reach the client beside Twilio's.
    """
    return (
        handling == OptOutHandling.TWILIO_DEFAULT
        and body.strip().upper() in TWILIO_DEFAULT_KEYWORDS
    )


# What a processed message did, recorded with its MessageSid: a redelivery is
# answered from this code alone, so no client words are kept for it.
STORED = "stored"
EMPTY = "empty"
STOP = "stop"
START = "start"
HELP = "help"
HELP_CRISIS = "help:crisis"  # AYUDA: HELP with the crisis line in both languages
CUES = "cues"
CONSENT = "consent"
PAUSE = "pause"
RESUME = "resume"
# The language chosen, as "language:es": a redelivery is answered in it again.
LANGUAGE = "language:"
SILENT = "silent"
UNDO_REMOVED = "undo:removed"
UNDO_NONE = "undo:none"
UNDO_CRISIS = "undo:crisis"
# PLAN and PRACTICE. A redelivery of a sid whose answer carried client words
# (the plan, the practice) is answered with nothing: the words went once, and a
# replayed request must not fetch them again. The fixed answers are repeated.
PLAN_SENT = "plan:sent"
PLAN_NONE = "plan:none"
PLAN_WITHHELD = "plan:withheld"  # invited or opted out: nothing personal
PRACTICE_SENT = "practice:sent"
PRACTICE_NONE = "practice:none"

START_REPLY = "You're back on. Text what you notice, when you notice it."
EMPTY_REPLY = "That message came through empty. Nothing was saved."
UNDO_REPLIES = {
    UNDO_REMOVED: "Removed your last message.",
    UNDO_NONE: "There is no message from the last 15 minutes to remove.",
    UNDO_CRISIS: "That message can't be removed here. Please talk to your clinician about it.",
}


E164 = re.compile(r"\+[1-9][0-9]{6,14}")
