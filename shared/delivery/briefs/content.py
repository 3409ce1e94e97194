"""What a pre-session brief is built from: plain, already-decrypted data.

The summary service reads the database, decrypts the client's material and
hands these frozen dataclasses to :mod:`shared.delivery.briefs.render`. Nothing here
queries the database or knows about Flask or email (it only names the
noticing kinds declared beside their model).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from shared.db.models import NoticingKind
from shared.kernel.defaults import CLIENT_LANGUAGE


@dataclass(frozen=True)
class BriefCue:
    """A cue in the client's words: its label and other ways they say it."""

    label: str
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class BriefPractice:
    """The practice co-built in the last session, as agreed."""

    cues: tuple[BriefCue, ...]
    action: str | None
    carry_back: str | None
    nothing_this_week: bool


@dataclass(frozen=True)
class BriefNoticing:
    """One message from the client, with its tags."""

    received_at: datetime  # aware, already in the client's local timezone
    text: str  # verbatim; for voice, the automatic transcript
    kind: NoticingKind
    cues: tuple[str, ...]  # matched cue labels
    intensity: int | None
    barrier: bool
    crisis: bool
    crisis_reply_sent: bool
    unattested: bool = False  # a voice note whose caller ID the carrier did not vouch for

    @property
    def is_voice(self) -> bool:
        return self.kind == NoticingKind.VOICE


@dataclass(frozen=True)
class BriefInput:
    """Everything one brief shows, for one client and one upcoming session."""

    clinician_name: str
    client_name: str
    session_at: datetime  # aware, client's local time
    period_start: datetime | None  # None: everything so far
    period_end: datetime
    practice: BriefPractice | None
    noticings: tuple[BriefNoticing, ...]  # oldest first
    late: bool = False  # sent after the session started (a retry): said plainly at the top
    pause_from: datetime | None = None  # the client texted PAUSE (local time), if in force
    # Voice notes received in the period whose transcript is not ready yet: named, never
    # silently missing (aware, client's local time).
    voice_pending: tuple[datetime, ...] = ()
    # The language the client writes in (and is written to in): named in the brief
    # when it is not English; their words are shown as they wrote them.
    client_language: str = CLIENT_LANGUAGE
    # When the client texted PLAN (their safety plan) or PRACTICE in the period: (local
    # time, "plan" or "practice"), oldest first. Noted as it happened, never counted.
    asked_for: tuple[tuple[datetime, str], ...] = ()
