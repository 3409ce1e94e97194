"""The webhook forms Twilio posts, validated before anything is stored."""

from __future__ import annotations

from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate

from shared.channels.twilio import is_recording_sid


def _recording_sid(value: str) -> None:
    # The same check the channel applies before using the sid in a URL.
    if not is_recording_sid(value):
        raise ValidationError("not a Twilio recording sid")


class TwilioForm(Schema):
    class Meta:
        unknown = EXCLUDE  # Twilio adds fields over time; keep only what we use.

    AccountSid = fields.String(required=True, validate=validate.Regexp(r"^AC[0-9a-fA-F]{32}$"))


class SmsForm(TwilioForm):
    MessageSid = fields.String(required=True, validate=validate.Regexp(r"^(SM|MM)[0-9a-fA-F]{32}$"))
    From = fields.String(required=True, validate=validate.Length(min=1, max=64))
    To = fields.String(load_default="")
    # Twilio caps a message at 1,600 characters; longer is kept, not cut.
    Body = fields.String(load_default="", validate=validate.Length(max=20_000))
    NumMedia = fields.Integer(load_default=0, validate=validate.Range(min=0, max=10))
    OptOutType = fields.String(load_default=None)


class VoiceForm(TwilioForm):
    CallSid = fields.String(required=True, validate=validate.Regexp(r"^CA[0-9a-fA-F]{32}$"))
    From = fields.String(load_default="")
    To = fields.String(load_default="")


class RecordingForm(TwilioForm):
    CallSid = fields.String(required=True, validate=validate.Regexp(r"^CA[0-9a-fA-F]{32}$"))
    RecordingSid = fields.String(required=True, validate=_recording_sid)
    RecordingStatus = fields.String(required=True)
    RecordingDuration = fields.Integer(load_default=0)
    RecordingUrl = fields.String(load_default="")
