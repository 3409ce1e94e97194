"""Twilio's opt-out keyword handling, as Twilio's docs describe it, for the stand-in.

Played from the docs, not from Carryback's own keyword lists (shared/noticings):
the stand-in must catch Carryback assuming something Twilio does not do.

Default handling, a long code outside a Messaging Service with Advanced
Opt-Out (help.twilio.com, "Twilio support for opt-out keywords (SMS STOP
filtering)"; the Advanced Opt-Out tutorial lists the opt-out words):

* STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT put the sender
  on the number's block list: "any future attempts to message them will be
  met with a 400 response from our API, along with Error Code 21610";
  START, YES, UNSTOP take them off it; HELP and INFO change nothing.
* Each gets Twilio's fixed reply, and is still passed on to the webhook.
* "Only single-word messages will trigger the block" ("STOP PLEASE" does
  not); the match is case-insensitive ("sToP" counts). That spaces around
  the word still count and punctuation ("Stop.") does not is assumed.

Advanced Opt-Out (a Messaging Service; help.twilio.com, "Getting Started with
Advanced Opt-Out" and "How to Track Opt-Out, Opt-In and Help Messages Using
the OptOutType Parameter"): the same block list; keywords may be added, the
replies reworded or turned off; the webhook then carries ``OptOutType``
(STOP, START or HELP) and the service's ``MessagingServiceSid``. Twilio's
docs say the configured replies "will not appear in your [...] logs": they
are not Message resources, so the stand-in lists them only as delivered.

Where the docs are silent, the stand-in assumes (and says so beside the code):
START is answered whether or not the sender had opted out; HELP from a sender
on the block list gets no automatic reply (as the toll-free article says of
HELP after STOP); a STOP from a sender already blocked is confirmed again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class OptOutMode(StrEnum):
    """How the number's opt-out keywords are handled."""

    DEFAULT = "default"  # a plain long code: Twilio's built-in handling
    ADVANCED = "advanced"  # in a Messaging Service with Advanced Opt-Out


class KeywordKind(StrEnum):
    """What a keyword does; the values are Twilio's ``OptOutType``."""

    STOP = "STOP"
    START = "START"
    HELP = "HELP"


DEFAULT_KEYWORDS: Mapping[KeywordKind, frozenset[str]] = {
    KeywordKind.STOP: frozenset(
        {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"}
    ),
    KeywordKind.START: frozenset({"START", "YES", "UNSTOP"}),
    KeywordKind.HELP: frozenset({"HELP", "INFO"}),
}
# Twilio's standard replies on a long code. The STOP and START texts are the
# ones quoted from Twilio's own replies; the HELP text is the standard one of
# the same support article ("Reply STOP to unsubscribe. Msg&Data Rates May
# Apply."), which is not otherwise quoted in the docs at hand.
DEFAULT_REPLIES: Mapping[KeywordKind, str] = {
    KeywordKind.STOP: (
        "You have successfully been unsubscribed. You will not receive any more messages "
        "from this number. Reply START to resubscribe."
    ),
    KeywordKind.START: (
        "You have successfully been re-subscribed to messages from this number. "
        "Reply HELP for help. Reply STOP to unsubscribe. Msg&Data Rates May Apply."
    ),
    KeywordKind.HELP: "Reply STOP to unsubscribe. Msg&Data Rates May Apply.",
}


@dataclass(frozen=True)
class KeywordHandling:
    """One number's keyword handling: the mode, the words, the replies Twilio sends.

    ``replies`` maps each kind to the text Twilio sends; an empty text is a
    reply turned off (possible only with Advanced Opt-Out).
    """

    mode: OptOutMode = OptOutMode.DEFAULT
    keywords: Mapping[KeywordKind, frozenset[str]] = field(
        default_factory=lambda: dict(DEFAULT_KEYWORDS)
    )
    replies: Mapping[KeywordKind, str] = field(default_factory=lambda: dict(DEFAULT_REPLIES))

    @classmethod
    def advanced(
        cls,
        *,
        replies: Mapping[KeywordKind, str] | None = None,
        extra_keywords: Mapping[KeywordKind, Iterable[str]] | None = None,
    ) -> KeywordHandling:
        """Advanced Opt-Out: Twilio's defaults, with the replies and extra words given.

        Twilio lets a service remove "most of the default keywords (except
        for STOP, HELP, and START)"; the stand-in only adds words, which is
        all a test has needed.
        """
        words = {
            kind: DEFAULT_KEYWORDS[kind]
            | frozenset(word.strip().upper() for word in (extra_keywords or {}).get(kind, ()))
            for kind in KeywordKind
        }
        return cls(OptOutMode.ADVANCED, words, {**DEFAULT_REPLIES, **(replies or {})})

    def kind_of(self, body: str) -> KeywordKind | None:
        """The keyword a message is, when its whole body is one (any case)."""
        word = body.strip().upper()
        return next((kind for kind, words in self.keywords.items() if word in words), None)

    def automatic_reply(self, kind: KeywordKind, *, was_blocked: bool) -> str:
        """What Twilio itself answers (empty: nothing). HELP from a blocked sender: nothing."""
        if kind is KeywordKind.HELP and was_blocked:
            return ""
        return self.replies.get(kind, "")

    def webhook_extra(self, kind: KeywordKind | None, service_sid: str) -> dict[str, str]:
        """What Advanced Opt-Out adds to the incoming-message webhook."""
        if self.mode is not OptOutMode.ADVANCED:
            return {}
        extra = {"MessagingServiceSid": service_sid}
        if kind is not None:
            extra["OptOutType"] = kind.value
        return extra

    def as_json(self) -> dict[str, object]:
        return {
            "mode": self.mode.value,
            "keywords": {kind.value: sorted(words) for kind, words in self.keywords.items()},
            "replies": {kind.value: text for kind, text in self.replies.items()},
        }
