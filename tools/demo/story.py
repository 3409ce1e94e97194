"""The week the demo plays: one clinician, one client, their cues and noticings.

Everything here is invented. The client's words are written the way people
text: short, lower case, one with a rating, one saying what got in the way,
one that matches no cue (it still reaches the clinician, untagged).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

AUDIO_DIR = Path(__file__).resolve().parent / "audio"

CLINICIAN_NAME = "Dr. Maya Okafor"
CLINICIAN_EMAIL = "maya.okafor@clinic.localhost"
CLIENT_NAME = "Jordan Reyes"
CLIENT_PHONE = "+15005550123"
CLIENT_TIMEZONE = "America/Chicago"
# Reminders never go out 21:00-08:00 client time: the demo's client lives where
# it is daytime now, so their reminder and nudge can come within the minute.
DAYTIME_ZONES = (
    CLIENT_TIMEZONE,
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Tokyo",
    "Australia/Sydney",
)
CARRYBACK_NUMBER = "+15005550006"

# "LABEL|PHRASE|PHRASE": the label is the client's own words for the moment.
CUES = (
    "tight chest before the meeting|standup|stand-up|chest",
    "the foreman is online|foreman",
)
ACTION = "three slow breaths, out longer than in, when the chest goes tight"
CARRY_BACK = "one moment the breathing helped, or what got in the way"

TEXTS = (
    "tight chest before the meeting again. 7/10",
    "standup ran long, chest tight the whole time but I stayed in the room",
    "the foreman is online and I went quiet, like a 5",
    "didn't do the breathing because the foreman was watching and I felt stupid",
    "caught myself holding my breath in the car park, no idea why",
)


@dataclass(frozen=True)
class VoiceNote:
    """A recorded note: the words spoken (for regenerating it) and the cue it should land under."""

    filename: str
    spoken: str
    expected_cue: str

    @property
    def path(self) -> Path:
        return AUDIO_DIR / self.filename


VOICE_NOTES = (
    VoiceNote(
        "standup.wav",
        "Before the standup my chest was tight again. The breathing helped a bit.",
        "tight chest before the meeting",
    ),
    VoiceNote(
        "foreman.wav",
        "The foreman is online again. I wanted to leave the meeting. Maybe six out of ten.",
        "the foreman is online",
    ),
)

EXPECTED_NOTICINGS = len(TEXTS) + len(VOICE_NOTES)
# The client's reply to the welcome, and later their choice to pause this week.
CONSENT = "YES"
PAUSE = "PAUSE"


def client_timezone(now: datetime) -> str:
    """The first of DAYTIME_ZONES where it is between 10:00 and 19:00 at ``now``."""
    return next(z for z in DAYTIME_ZONES if 10 <= now.astimezone(ZoneInfo(z)).hour < 19)
