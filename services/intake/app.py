"""The intake service: Twilio webhooks in, TwiML out, in milliseconds.

Store, then enqueue, then answer. A noticing is committed before its job is
enqueued; if Redis is down the row waits in the database for the sweep.
"""

from __future__ import annotations

import logging

from flask import Blueprint, Flask, Response, current_app, jsonify, request
from marshmallow import ValidationError
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import VoiceResponse

from services.intake.schemas import RecordingForm, SmsForm, StatusForm, VoiceForm
from services.intake.security import twilio_signed
from shared import messaging, runtime
from shared.db.models import utcnow
from shared.noticings import IncomingSms, receive_sms
from shared.voice import CallAnswer, receive_call, receive_recording

log = logging.getLogger(__name__)
twilio = Blueprint("twilio", __name__, url_prefix="/twilio")
health = Blueprint("health", __name__)


def create_app(ctx: runtime.Context | None = None) -> Flask:
    """Build the intake app; settings are validated here, before any request."""
    ctx = ctx or runtime.context()
    ctx.settings.require_twilio()
    app = Flask(__name__)
    app.config["CARRYBACK"] = ctx
    app.extensions["carryback_validator"] = RequestValidator(ctx.settings.twilio_auth_token)
    app.register_blueprint(twilio)
    app.register_blueprint(health)
    app.register_error_handler(ValidationError, _bad_form)
    app.register_error_handler(SQLAlchemyError, _storage_down)
    return app


def _ctx() -> runtime.Context:
    return current_app.config["CARRYBACK"]


def _twiml(document: object) -> Response:
    return Response(str(document), status=200, mimetype="application/xml")


def _bad_form(error: ValidationError) -> tuple[Response, int]:
    # Field names only: the values may be client material.
    fields = sorted(error.messages) if isinstance(error.messages, dict) else []
    log.warning("webhook form rejected on %s: bad fields %s", request.path, fields)
    return jsonify(error="invalid webhook form", fields=fields), 400


def _storage_down(error: SQLAlchemyError) -> tuple[Response, int]:
    # 503 only when nothing could be stored; Twilio may retry voice callbacks.
    log.error("database unavailable on %s (%s)", request.path, type(error).__name__)
    return jsonify(error="storage unavailable, nothing was stored"), 503


def _check_account(account_sid: str) -> None:
    if account_sid != _ctx().settings.twilio_account_sid:
        raise ValidationError({"AccountSid": ["not this service's account"]})


@twilio.post("/sms")
@twilio_signed
def sms() -> Response:
    form = SmsForm().load(request.form)
    _check_account(form["AccountSid"])
    ctx = _ctx()
    incoming = IncomingSms(
        message_sid=form["MessageSid"],
        sender=form["From"],
        body=form["Body"],
        num_media=form["NumMedia"],
        opt_out_type=form["OptOutType"],
    )
    with ctx.db.session() as session:
        result = receive_sms(session, ctx.keys, ctx.settings, incoming)
    # Enqueue after commit: a job must never look for a row not yet visible.
    for noticing_id in result.enqueue_alert:
        ctx.queues.enqueue_alert(noticing_id)
    for noticing_id in result.enqueue_tag:
        ctx.queues.enqueue_tag(noticing_id)
    log.info("sms %s: %s", form["MessageSid"], result.outcome.value)
    reply = MessagingResponse()
    if result.reply and result.reply_message_id:
        # TwiML's action URL receives this reply's delivery statuses, so the
        # clinician's alert can say whether the crisis reply reached the phone.
        callback = messaging.status_callback_url(
            ctx.settings.public_base_url, result.reply_message_id
        )
        reply.message(result.reply, action=callback, method="POST")
    elif result.reply:
        reply.message(result.reply)
    return _twiml(reply)


@twilio.post("/voice")
@twilio_signed
def voice() -> Response:
    form = VoiceForm().load(request.form)
    _check_account(form["AccountSid"])
    ctx = _ctx()
    with ctx.db.session() as session:
        decision = receive_call(
            session,
            ctx.keys,
            call_sid=form["CallSid"],
            caller=form["From"],
            greeting=ctx.settings.voice_greeting,
        )
        if decision.answer is CallAnswer.RECORD:
            messaging.record_attestation(session, form["CallSid"], form["StirVerstat"])
    response = VoiceResponse()
    # Every caller hears the safety line first, recorded or not.
    response.say(messaging.VOICE_SAFETY_LINE)
    if decision.answer is CallAnswer.RECORD:
        response.say(decision.say)
        response.record(
            max_length=ctx.settings.voice_max_seconds,
            trim="trim-silence",
            play_beep=True,
            recording_status_callback=f"{ctx.settings.public_base_url}/twilio/recording",
            recording_status_callback_event="completed absent",
            recording_status_callback_method="POST",
        )
        response.say("Thank you. It will be there for your next session. Goodbye.")
    else:
        # One message for every caller not recorded: caller ID alone must not
        # reveal whether a number is enrolled, paused or opted out.
        response.say(messaging.VOICE_NOT_RECORDED)
    response.hangup()
    log.info("call %s: %s", form["CallSid"], decision.answer.value)
    return _twiml(response)


@twilio.post("/recording")
@twilio_signed
def recording() -> Response:
    form = RecordingForm().load(request.form)
    _check_account(form["AccountSid"])
    ctx = _ctx()
    with ctx.db.session() as session:
        result = receive_recording(
            session,
            call_sid=form["CallSid"],
            recording_sid=form["RecordingSid"],
            status=form["RecordingStatus"],
            duration_s=form["RecordingDuration"],
        )
    if result.transcribe and result.noticing_id:
        ctx.queues.enqueue_transcribe(result.noticing_id)
    log.info("recording %s: stored=%s", form["RecordingSid"], bool(result.noticing_id))
    return Response(status=204)


@twilio.post("/status")
@twilio_signed
def status() -> Response:
    """Delivery status of a message we sent; an unknown sid is acknowledged and dropped."""
    form = StatusForm().load(request.form)
    _check_account(form["AccountSid"])
    ctx = _ctx()
    with ctx.db.session() as session:
        known = messaging.record_status(
            session,
            form["MessageSid"],
            form["MessageStatus"],
            form["ErrorCode"],
            utcnow(),
            message_id=_row_id(request.args.get("message", "")),
        )
    log.info("status %s: %s known=%s", form["MessageSid"], form["MessageStatus"], known)
    return Response(status=204)


def _row_id(raw: str) -> str | None:
    return raw if len(raw) == 32 and all(c in "0123456789abcdef" for c in raw) else None


@health.get("/healthz")
def healthz() -> tuple[Response, int]:
    """Liveness and readiness for load balancers and compose healthchecks."""
    ctx = _ctx()
    checks = {"database": True, "redis": True}
    try:
        with ctx.db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        checks["database"] = False
    try:
        ctx.queues.redis.ping()
    except RedisError:
        checks["redis"] = False
    # Redis down still accepts noticings (the sweep catches up): only the database is fatal.
    status = 200 if checks["database"] else 503
    return jsonify(checks), status
