"""The webhook forms Twilio posts, validated before anything is stored."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypedDict

from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate

from shared.infra.channels.twilio import is_recording_sid

_ACCOUNT_SID = re.compile(r"^AC[0-9a-fA-F]{32}$")


def _recording_sid(value: str) -> None:
    # The same check the channel applies before using the sid in a URL.
    if not is_recording_sid(value):
        raise ValidationError("not a Twilio recording sid")


class TwilioForm(Schema):
    class Meta:
        unknown = EXCLUDE  # Twilio adds fields over time; keep only what we use.

    AccountSid = fields.String(required=True, validate=validate.Regexp(_ACCOUNT_SID))


class SmsFields(TypedDict):
    """An SMS webhook's fields, checked (Twilio's own names)."""

    AccountSid: str
    MessageSid: str
    From: str
    To: str
    Body: str  # Twilio caps a message at 1,600 characters; up to 20,000 is kept, not cut
    NumMedia: int
    OptOutType: str | None


_MESSAGE_SID = re.compile(r"^(SM|MM)[0-9a-fA-F]{32}$")
_MISSING = "Missing data for required field."
_NO_MATCH = "String does not match expected pattern."


def load_sms(form: Mapping[str, str]) -> SmsFields:
    """An SMS webhook's form, checked by hand rather than by a marshmallow schema.

    Every text goes through this, and the schema machinery costs more than
    the checks themselves. Unknown fields are ignored (Twilio adds fields over
    time). Raises ValidationError naming every bad field, with marshmallow's
    messages, so a 400 reads as it does for the other webhooks.
    """
    errors: dict[str, list[str]] = {}
    account = form.get("AccountSid")
    if account is None or _ACCOUNT_SID.match(account) is None:
        errors["AccountSid"] = [_MISSING if account is None else _NO_MATCH]
    message_sid = form.get("MessageSid")
    if message_sid is None or _MESSAGE_SID.match(message_sid) is None:
        errors["MessageSid"] = [_MISSING if message_sid is None else _NO_MATCH]
    sender = form.get("From")
    if sender is None or not 1 <= len(sender) <= 64:
        errors["From"] = [_MISSING if sender is None else "Length must be between 1 and 64."]
    body = form.get("Body", "")
    if len(body) > 20_000:
        errors["Body"] = ["Longer than maximum length 20000."]
    num_media = _small_count(form.get("NumMedia"), errors)
    if errors or account is None or message_sid is None or sender is None:
        raise ValidationError(errors)
    return {
        "AccountSid": account,
        "MessageSid": message_sid,
        "From": sender,
        "To": form.get("To", ""),
        "Body": body,
        "NumMedia": num_media,
        "OptOutType": form.get("OptOutType"),
    }


def _small_count(raw: str | None, errors: dict[str, list[str]]) -> int:
    if raw is None:
        return 0
    try:
        value = int(raw)
    except ValueError:
        errors["NumMedia"] = ["Not a valid integer."]
        return 0
    if not 0 <= value <= 10:
        errors["NumMedia"] = ["Must be greater than or equal to 0 and less than or equal to 10."]
    return value


class VoiceForm(TwilioForm):
    CallSid = fields.String(required=True, validate=validate.Regexp(r"^CA[0-9a-fA-F]{32}$"))
    From = fields.String(load_default="")
    To = fields.String(load_default="")
    # STIR/SHAKEN verdict on the caller ID, e.g. "TN-Validation-Passed-A" (absent off-net).
    StirVerstat = fields.String(load_default=None, validate=validate.Length(max=64))


class StatusForm(TwilioForm):
    """Twilio's delivery status callback for a message we sent."""

    MessageSid = fields.String(required=True, validate=validate.Regexp(r"^(SM|MM)[0-9a-fA-F]{32}$"))
    MessageStatus = fields.String(required=True, validate=validate.Length(max=32))
    ErrorCode = fields.Integer(load_default=None, allow_none=True)


class RecordingForm(TwilioForm):
    CallSid = fields.String(required=True, validate=validate.Regexp(r"^CA[0-9a-fA-F]{32}$"))
    RecordingSid = fields.String(required=True, validate=_recording_sid)
    RecordingStatus = fields.String(required=True)
    RecordingDuration = fields.Integer(load_default=0)
    RecordingUrl = fields.String(load_default="")


class RecordedForm(TwilioForm):
    """The <Record> action request: the call's fields, the recording's, and how it ended."""

    CallSid = fields.String(required=True, validate=validate.Regexp(r"^CA[0-9a-fA-F]{32}$"))
    RecordingSid = fields.String(load_default=None, validate=_recording_sid)
    # The key that ended the note, or "hangup"; absent when silence or maxLength did.
    Digits = fields.String(load_default=None, validate=validate.Length(max=16))
