"""What Twilio's documentation says about the parts its OpenAPI description leaves out.

The description (spec.py) covers the REST resources only. The webhooks Twilio
posts to Carryback, the TwiML Carryback answers with, the JSON body of a
REST error and the recording media URLs are described in Twilio's docs
pages, so they are pinned here by hand: each name beside the page that
documents it. To update, re-read the page named and change the entry (and
its page) in the same commit.

Webhook parameters are listed per page because one webhook's parameters are
spread over several pages (the STIR/SHAKEN verdict is on its own page, say).
Twilio adds parameters without notice, so these lists are what Carryback and
the stand-in may use, not everything Twilio may send.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Documented:
    """Names, each set of them with the page that documents it."""

    pages: Mapping[str, frozenset[str]]

    @property
    def names(self) -> frozenset[str]:
        return frozenset().union(*self.pages.values())


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


INCOMING_MESSAGE_PAGE = "https://www.twilio.com/docs/messaging/guides/webhook-request"
# "Parameters in Twilio's request to your application": the request parameters
# and the geographic ones sent when Twilio can look them up (media and
# WhatsApp-only parameters left out: the stand-in sends none).
_INCOMING_MESSAGE = _names(
    """
    MessageSid SmsSid SmsMessageSid AccountSid MessagingServiceSid From To Body
    NumMedia NumSegments
    FromCity FromState FromZip FromCountry ToCity ToState ToZip ToCountry
    """
)

# The four kinds of webhook Twilio posts to Carryback's intake.
SMS_WEBHOOK = Documented(
    {
        INCOMING_MESSAGE_PAGE: _INCOMING_MESSAGE,
        # With Advanced Opt-Out, the incoming message says which keyword list matched.
        "https://www.twilio.com/docs/messaging/tutorials/advanced-opt-out": _names("OptOutType"),
    }
)

VOICE_WEBHOOK = Documented(
    {
        # "Incoming Voice Call": Twilio's request to the voice URL.
        "https://www.twilio.com/docs/usage/webhooks/voice-webhooks": _names(
            """
            CallSid AccountSid From To CallStatus ApiVersion Direction ForwardedFrom
            CallerName ParentCallSid CallToken
            FromCity FromState FromZip FromCountry ToCity ToState ToZip ToCountry
            """
        ),
        # The older names of From and To, still sent beside them.
        "https://www.twilio.com/docs/api/2008-08-01/twiml/twilio_request": _names("Caller Called"),
        # The caller id's SHAKEN/STIR verdict, e.g. TN-Validation-Passed-A.
        "https://www.twilio.com/docs/voice/trusted-calling-with-shakenstir": _names("StirVerstat"),
    }
)

RECORDING_STATUS_CALLBACK = Documented(
    {
        # <Record recordingStatusCallback=...>: the parameters of the callback.
        "https://www.twilio.com/docs/voice/twiml/record": _names(
            """
            AccountSid CallSid RecordingSid RecordingUrl RecordingStatus RecordingDuration
            RecordingChannels RecordingStartTime RecordingSource RecordingTrack
            """
        ),
    }
)

MESSAGE_STATUS_CALLBACK = Documented(
    {
        # "a subset of the standard request properties, and additionally
        # MessageStatus and ErrorCode": the standard ones are the incoming message's.
        "https://www.twilio.com/docs/messaging/guides/track-outbound-message-status": _names(
            "MessageStatus ErrorCode"
        ),
        INCOMING_MESSAGE_PAGE: _INCOMING_MESSAGE,
    }
)

# Names the stand-in sends that none of the pages above lists. Real Twilio
# sends them too (the stand-in copies real requests), so they stay; each is
# pinned here with why, and the test fails when the set changes either way.
SENT_BUT_NOT_FOUND_IN_THE_DOCS = {
    "sms": {
        "SmsStatus": "the old name of the message's status ('received'); Carryback ignores it",
        "ApiVersion": "'2010-04-01'; Carryback ignores it",
    },
    "voice": {},
    "recording": {},
    "status": {
        "SmsStatus": "the old name of MessageStatus; Carryback reads MessageStatus",
        "ApiVersion": "'2010-04-01'; Carryback ignores it",
    },
}

# A REST error's JSON body ("Twilio's response", the error case).
ERROR_BODY = Documented(
    {"https://www.twilio.com/docs/usage/twilios-response": _names("code message more_info status")}
)

# A recording's audio is its resource URL with .wav or .mp3 for .json
# ("Fetch a Recording media file"), served with these content types.
RECORDING_MEDIA_PAGE = (
    "https://www.twilio.com/docs/voice/api/recording#fetch-a-recording-media-file"
)
RECORDING_MEDIA_TYPES = {"wav": "audio/x-wav", "mp3": "audio/mpeg"}

# TwiML: the verbs Carryback answers with and the attributes each takes.
TWIML_VOICE = {
    "Response": Documented({"https://www.twilio.com/docs/voice/twiml": frozenset()}),
    "Say": Documented(
        {"https://www.twilio.com/docs/voice/twiml/say": _names("voice language loop")}
    ),
    "Record": Documented(
        {
            "https://www.twilio.com/docs/voice/twiml/record": _names(
                """
                action method timeout finishOnKey maxLength playBeep trim
                recordingStatusCallback recordingStatusCallbackMethod
                recordingStatusCallbackEvent transcribe transcribeCallback
                """
            )
        }
    ),
    "Hangup": Documented({"https://www.twilio.com/docs/voice/twiml/hangup": frozenset()}),
}
# <Record recordingStatusCallbackEvent="...">: a space-separated list of these.
RECORDING_STATUS_CALLBACK_EVENTS = Documented(
    {"https://www.twilio.com/docs/voice/twiml/record": _names("in-progress completed absent")}
)
TWIML_MESSAGING = {
    "Response": Documented({"https://www.twilio.com/docs/messaging/twiml": frozenset()}),
    "Message": Documented(
        {
            "https://www.twilio.com/docs/messaging/twiml/message": _names(
                "to from action method statusCallback"
            )
        }
    ),
}
