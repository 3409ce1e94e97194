"""The intake service: Twilio webhooks in, TwiML out, in milliseconds.

Store, then enqueue, then answer. A noticing is committed before its job is
enqueued; if Redis is down the row waits in the database for the sweep.

Every webhook is answered well inside Twilio's 15 s whatever is down: bodies
are bounded before anything reads them, the database wait is bounded (503,
nothing stored, so Twilio tries the fallback URL) and the hand-off to Redis is
bounded (:mod:`services.intake.handoff`).
"""

from __future__ import annotations

import logging
from xml.sax.saxutils import escape, quoteattr

from flask import Blueprint, Flask, Response, abort, current_app, jsonify, request
from marshmallow import ValidationError
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import VoiceResponse

from services import runtime
from services.intake.handoff import Handoff
from services.intake.schemas import (
    RecordedForm,
    RecordingForm,
    StatusForm,
    VoiceForm,
    load_sms,
)
from services.intake.security import WebhookValidator, twilio_signed
from shared.db import ping_by_socket_first
from shared.db.models import utcnow
from shared.db.writer_queue import WriterQueue
from shared.kernel.defaults import (
    INTAKE_DB_POOL_OVERFLOW,
    INTAKE_DB_POOL_SIZE,
    INTAKE_DB_WAIT_MS,
    WEBHOOK_MAX_BYTES,
)
from shared.language.catalogue import LANGUAGES, say_voice, text_for
from shared.language.crisis import ENGLISH, detect_crisis
from shared.noticings.fast_path import store_plain_text
from shared.noticings.intake import IncomingSms, Outcome, SmsResult, receive_sms
from shared.noticings.voice import CallAnswer, caller_language, receive_call, receive_recording
from shared.outreach import messaging
from shared.roster.clients import RosterError, normalise_phone

log = logging.getLogger(__name__)
# Built once: a schema holds no per-request state, and building one costs
# more than validating a form with it.
VOICE_FORM = VoiceForm()
RECORDING_FORM = RecordingForm()
RECORDED_FORM = RecordedForm()
# Twilio's default of 5 s of silence ends a note while the caller gathers a
# thought; 10 s lets them pause, and ends the note soon once they stop.
VOICE_SILENCE_SECONDS = 10
# Any key ends the note (Twilio's default, written out): a caller who presses
# one expects something to happen. The greeting says to hang up, which also works.
VOICE_FINISH_KEYS = "0123456789*#"
twilio = Blueprint("twilio", __name__, url_prefix="/twilio")
health = Blueprint("health", __name__)


def create_app(ctx: runtime.Context | None = None) -> Flask:
    """Build the intake app; settings are validated here, before any request."""
    ctx = ctx or runtime.context()
    ctx.settings.require_twilio()
    app = Flask(__name__)
    app.config["CARRYBACK"] = ctx
    # Also bounds bodies sent without a Content-Length (chunked) as they are read.
    app.config["MAX_CONTENT_LENGTH"] = WEBHOOK_MAX_BYTES
    app.extensions["carryback_validator"] = WebhookValidator(ctx.settings.twilio_auth_token)
    app.extensions["carryback_handoff"] = Handoff(ctx.settings.redis_url)
    app.extensions["carryback_number"] = normalise_phone(ctx.settings.twilio_phone_number)
    # gunicorn's sync workers: one request at a time, so one connection each
    # (PostgreSQL connections = intake workers x INTAKE_DB_POOL_SIZE at most).
    ctx.db.size_pool(INTAKE_DB_POOL_SIZE, INTAKE_DB_POOL_OVERFLOW)
    bound_database_waits(ctx.db.engine, INTAKE_DB_WAIT_MS)
    # SQLite: the intake's processes queue for the write lock (shared.db.writer_queue).
    app.extensions["carryback_writers"] = WriterQueue.beside(ctx.db.engine, INTAKE_DB_WAIT_MS)
    ping_by_socket_first(ctx.db.engine)
    app.register_blueprint(twilio)
    app.register_blueprint(health)
    app.register_error_handler(ValidationError, _bad_form)
    app.register_error_handler(SQLAlchemyError, _storage_down)
    app.register_error_handler(413, _too_large)
    return app


def bound_database_waits(engine: Engine, wait_ms: int) -> None:
    """Give up on the database after ``wait_ms`` (503 then), far below Twilio's 15 s.

    SQLite: the busy timeout (the other services keep their longer one).
    PostgreSQL: connect, lock and statement time-outs. Connections already
    pooled are closed so every connection the intake uses has these bounds.
    """
    if engine.dialect.name == "sqlite":

        def short_busy_wait(dbapi_connection: object, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA busy_timeout={int(wait_ms)}")  # type: ignore[attr-defined]

        # Registered after the engine's own pragmas, so this value wins.
        event.listen(engine, "connect", short_busy_wait)
    else:

        def bounded_connect(
            _dialect: object, _record: object, _args: object, params: dict[str, object]
        ) -> None:
            params["connect_timeout"] = max(1, wait_ms // 1000)
            limits = f"-c lock_timeout={int(wait_ms)} -c statement_timeout={int(wait_ms)}"
            params["options"] = f"{params.get('options') or ''} {limits}".strip()

        event.listen(engine, "do_connect", bounded_connect)
    engine.dispose()


def _ctx() -> runtime.Context:
    return current_app.config["CARRYBACK"]


def _handoff() -> Handoff:
    return current_app.extensions["carryback_handoff"]


@twilio.before_request
def _bounded_body() -> None:
    # Before the form is parsed and before the signature is checked: a large
    # unsigned body is refused having read nothing of it.
    length = request.content_length
    if length is not None and length > WEBHOOK_MAX_BYTES:
        log.warning("refused a %d-byte body on %s", length, request.path)
        abort(413)


def _too_large(_error: Exception) -> tuple[Response, int]:
    response = jsonify(error="webhook body too large", limit_bytes=WEBHOOK_MAX_BYTES)
    # The rest of the body is never read: the connection cannot be reused.
    response.headers["Connection"] = "close"
    return response, 413


def _twiml(document: object) -> Response:
    return Response(str(document), status=200, mimetype="application/xml")


def _twiml_text(document: str) -> Response:
    return Response(document, status=200, mimetype="application/xml")


_TWIML_HEAD = '<?xml version="1.0" encoding="UTF-8"?><Response>'


def _sms_reply(text: str, action: str | None = None) -> str:
    """The TwiML for one reply (or none), as the Twilio library writes it, without its tree.

    ``action`` is where Twilio posts the reply's delivery statuses.
    """
    if not text:
        return '<?xml version="1.0" encoding="UTF-8"?><Response />'
    if action is None:
        return f"{_TWIML_HEAD}<Message>{escape(text)}</Message></Response>"
    attributes = f'action={quoteattr(action)} method="POST"'
    return f"{_TWIML_HEAD}<Message {attributes}>{escape(text)}</Message></Response>"


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


def _is_our_number(to: str) -> bool:
    ours = current_app.extensions["carryback_number"]
    if to == ours:  # Twilio sends E.164: the usual case needs no parsing
        return True
    try:
        return normalise_phone(to) == ours
    except RosterError:
        return False


@twilio.post("/sms")
@twilio_signed
def sms() -> Response:
    form = load_sms(request.form)
    _check_account(form["AccountSid"])
    ctx = _ctx()
    if not _is_our_number(form["To"]):
        return _not_our_number(ctx, form["Body"])
    incoming = IncomingSms(
        message_sid=form["MessageSid"],
        sender=form["From"],
        body=form["Body"],
        num_media=form["NumMedia"],
        opt_out_type=form["OptOutType"],
    )
    result = _receive(ctx, incoming)
    # Enqueue after commit: a job must never look for a row not yet visible.
    _handoff().received(**_jobs_after_commit(result))
    log.info("sms %s: %s", form["MessageSid"], result.outcome.value)
    action = None
    if result.reply and result.reply_message_id:
        # TwiML's action URL receives this reply's delivery statuses, so the
        # clinician's alert can say whether the crisis reply reached the phone.
        action = messaging.status_callback_url(
            ctx.settings.public_base_url, result.reply_message_id
        )
    return _twiml_text(_sms_reply(result.reply, action))


def _jobs_after_commit(result: SmsResult) -> dict[str, list[str]]:
    """The tag and alert jobs to queue for this answer.

    A redelivered text queues its jobs again: its first delivery may have
    been cut off (the intake killed) between its commit and its hand-off,
    which is why Twilio sent it again. Both jobs are no-ops once done.
    """
    if result.outcome == Outcome.DUPLICATE and result.noticing_id:
        noticing = [result.noticing_id]
        return {"tag": noticing, "alert": noticing if result.crisis else []}
    return {"tag": result.enqueue_tag, "alert": result.enqueue_alert}


def _receive(ctx: runtime.Context, incoming: IncomingSms) -> SmsResult:
    """The usual text on the short path; everything else (and any doubt) through the session."""
    signal = detect_crisis(incoming.body)
    crisis = signal is not None
    settings = ctx.settings
    writers = current_app.extensions["carryback_writers"]
    result = store_plain_text(ctx.db.engine, ctx.keys, settings, incoming, crisis, writers)
    if result is None:
        with ctx.db.session() as session:
            # A crisis is answered in the language it was written in and the client's.
            result = receive_sms(
                session,
                ctx.keys,
                settings,
                incoming,
                crisis=crisis,
                crisis_language=signal.language if signal is not None else ENGLISH,
            )
    return result


def _not_our_number(ctx: runtime.Context, body: str) -> Response | tuple[Response, int]:
    """A text to another number of the account: nothing is stored, nothing is revealed.

    Crisis language still gets the fixed crisis reply (resources go to
    anyone); anything else is a 400 naming the field.
    """
    signal = detect_crisis(body)
    if signal is not None:
        log.warning("crisis text sent to another number; answered with resources, not stored")
        reply = MessagingResponse()
        reply.message(messaging.crisis_reply_text(ctx.settings, signal.language))
        return _twiml(reply)
    raise ValidationError({"To": ["not this service's number"]})


@twilio.post("/voice")
@twilio_signed
def voice() -> Response:
    form = VOICE_FORM.load(request.form)
    _check_account(form["AccountSid"])
    ctx = _ctx()
    with ctx.db.session() as session:
        decision = receive_call(session, ctx.keys, call_sid=form["CallSid"], caller=form["From"])
        if decision.answer is CallAnswer.RECORD:
            messaging.record_attestation(session, form["CallSid"], form["StirVerstat"])
    response = VoiceResponse()
    if decision.answer is CallAnswer.RECORD:
        language = decision.language or ENGLISH
        # Every caller hears the safety line first, recorded or not.
        _say(response, text_for(language, messaging.VOICE_SAFETY_LINE), language)
        _say(response, messaging.voice_greeting_text(ctx.settings, language), language)
        base = ctx.settings.public_base_url
        response.record(
            # Without an action Twilio requests this document again when the
            # recording ends: the caller would hear the greeting and a second
            # beep and leave a second recording.
            action=f"{base}/twilio/voice/recorded",
            method="POST",
            timeout=VOICE_SILENCE_SECONDS,
            finish_on_key=VOICE_FINISH_KEYS,
            max_length=ctx.settings.voice_max_seconds,
            trim="trim-silence",
            play_beep=True,
            recording_status_callback=f"{base}/twilio/recording",
            recording_status_callback_event="completed absent",
            recording_status_callback_method="POST",
        )
        # Reached only when nothing was recorded: Twilio does not request the
        # action for an empty recording and goes on with the next verb.
        _say(response, text_for(language, messaging.VOICE_NOTHING_HEARD), language)
    else:
        # One message for every caller not recorded, in every language (the
        # safety line first in each): caller ID alone must not reveal whether a
        # number is enrolled, paused or opted out, nor in which language.
        for language in LANGUAGES:
            _say(response, text_for(language, messaging.VOICE_SAFETY_LINE), language)
            _say(response, text_for(language, messaging.VOICE_NOT_RECORDED), language)
    response.hangup()
    log.info("call %s: %s", form["CallSid"], decision.answer.value)
    return _twiml(response)


@twilio.post("/voice/recorded")
@twilio_signed
def voice_recorded() -> Response:
    """The <Record> action: the note is over, thank the caller and hang up.

    Nothing is stored here: the recording status callback (/twilio/recording)
    stores the note once Twilio has the media, and is deduplicated on the
    RecordingSid. When the caller hung up (Digits=hangup) Twilio still asks,
    and ignores the answer.
    """
    form = RECORDED_FORM.load(request.form)
    _check_account(form["AccountSid"])
    with _ctx().db.session() as session:
        language = caller_language(session, form["CallSid"]) or ENGLISH
    response = VoiceResponse()
    _say(response, text_for(language, messaging.VOICE_THANKS), language)
    response.hangup()
    log.info("call %s: note recorded, ended by %s", form["CallSid"], form["Digits"] or "silence")
    return _twiml(response)


def _say(response: VoiceResponse, text: str, language: str) -> None:
    """<Say> in the voice the language's catalogue names (English: the account's default)."""
    voice = say_voice(language)
    attributes = {
        name: value
        for name, value in (("language", voice.language), ("voice", voice.voice))
        if value
    }
    response.say(text, **attributes)


@twilio.post("/recording")
@twilio_signed
def recording() -> Response:
    form = RECORDING_FORM.load(request.form)
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
        _handoff().transcribe(result.noticing_id)
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
    checks["redis"] = _handoff().ping()
    # What can be done, not only what answers: a Redis at its memory limit
    # answers PING and takes no job (texts are then stored for the sweep).
    checks["redis_takes_jobs"] = checks["redis"] and _handoff().writable()
    # Redis down still accepts noticings (the sweep catches up): only the database is fatal.
    status = 200 if checks["database"] else 503
    return jsonify(checks), status
