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
import time
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from flask import Blueprint, Flask, Response, abort, current_app, g, jsonify, request
from marshmallow import ValidationError
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import VoiceResponse

from services import runtime
from services.edge import EdgeRules, install_edge_guard
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
from shared.db.deadline import Deadlines
from shared.db.models import utcnow
from shared.db.writer_queue import WriterQueue
from shared.kernel.config import ConfigError, Settings
from shared.kernel.defaults import (
    DB_BREAKER_OPEN_S,
    HEALTH_DB_DEADLINE_S,
    INTAKE_DB_DEADLINE_S,
    INTAKE_DB_POOL_OVERFLOW,
    INTAKE_DB_POOL_SIZE,
    INTAKE_DB_WAIT_MS,
    PG_KEEPALIVES_COUNT,
    PG_KEEPALIVES_IDLE_S,
    PG_KEEPALIVES_INTERVAL_S,
    WEBHOOK_MAX_BYTES,
)
from shared.language.catalogue import LANGUAGES, say_voice, text_for
from shared.language.crisis import ENGLISH, CrisisSignal, detect_crisis
from shared.noticings.fast_path import store_plain_text
from shared.noticings.intake import IncomingSms, Outcome, SmsResult, receive_sms
from shared.noticings.spool import Spool, SpooledText, SpoolFull
from shared.noticings.voice import CallAnswer, receive_call, receive_recording
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
# The webhook fields Carryback reads: the edge checks their content (services.edge).
READ_FIELDS = frozenset(
    {"AccountSid", "MessageSid", "From", "To", "NumMedia", "OptOutType", "Digits"}
    | set(VOICE_FORM.fields)
    | set(RECORDING_FORM.fields)
    | set(RECORDED_FORM.fields)
    | set(StatusForm().fields)
) - {"Body"}
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
    install_edge_guard(
        app, EdgeRules(checked=READ_FIELDS, free_text=frozenset({"Body"}), json=True)
    )
    if ctx.db.engine.dialect.name == "postgresql":
        # Each webhook's database work is cut off at a wall-clock bound (a frozen server).
        app.extensions["carryback_deadlines"] = Deadlines(ctx.db.engine)
    app.extensions["carryback_spool"] = _open_spool(ctx.settings)
    app.extensions["carryback_db_breaker"] = DatabaseBreaker()
    app.register_blueprint(twilio)
    app.register_blueprint(health)
    app.register_error_handler(ValidationError, _bad_form)
    app.register_error_handler(SQLAlchemyError, _storage_down)
    app.register_error_handler(413, _too_large)
    return app


class DatabaseBreaker:
    """After a text the database could not take, the next texts go straight to the spool.

    For :data:`DB_BREAKER_OPEN_S` only: each try at a database that is away
    costs its full bound (the connect time-out, the wall-clock deadline), and a
    sync worker serves one request at a time, so a text queued behind a failed
    one would wait for both. One text per period tries the database again.
    """

    def __init__(self) -> None:
        self._skip_until = 0.0

    @property
    def tripped(self) -> bool:
        return time.monotonic() < self._skip_until

    def trip(self) -> None:
        self._skip_until = time.monotonic() + DB_BREAKER_OPEN_S


def _open_spool(settings: Settings) -> Spool:
    spool = Spool(
        settings.spool_dir,
        max_files=settings.spool_max_files,
        max_bytes=settings.spool_max_bytes,
    )
    # Made (or tightened to 0700) at start: a directory that cannot be made is
    # a start-up failure naming it, not a surprise in the middle of an outage.
    try:
        spool.ensure()
    except OSError as error:
        raise ConfigError(f"CARRYBACK_SPOOL_DIR {settings.spool_dir!r}: {error.strerror}") from None
    return spool


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
            # A server gone from the network is noticed by TCP within seconds.
            params["keepalives"] = 1
            params["keepalives_idle"] = PG_KEEPALIVES_IDLE_S
            params["keepalives_interval"] = PG_KEEPALIVES_INTERVAL_S
            params["keepalives_count"] = PG_KEEPALIVES_COUNT
            params["tcp_user_timeout"] = int(wait_ms)
            limits = f"-c lock_timeout={int(wait_ms)} -c statement_timeout={int(wait_ms)}"
            params["options"] = f"{params.get('options') or ''} {limits}".strip()

        event.listen(engine, "do_connect", bounded_connect)
    engine.dispose()


def _ctx() -> runtime.Context:
    return current_app.config["CARRYBACK"]


def _handoff() -> Handoff:
    return current_app.extensions["carryback_handoff"]


@twilio.before_request
def _bounded_database_work() -> None:
    _open_deadline(INTAKE_DB_DEADLINE_S)


@twilio.teardown_request
def _end_database_deadline(_error: BaseException | None) -> None:
    _close_deadline()


def _open_deadline(seconds: float) -> None:
    deadlines: Deadlines | None = current_app.extensions.get("carryback_deadlines")
    if deadlines is not None:
        scope = deadlines.bound(seconds)
        scope.__enter__()
        g.carryback_deadline = scope


def _close_deadline() -> None:
    scope = g.pop("carryback_deadline", None)
    if scope is not None:
        scope.__exit__(None, None, None)


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


def _sms_reply(text: str, action: str | None = None, more: Sequence[str] = ()) -> str:
    """The TwiML for one reply (or none), as the Twilio library writes it, without its tree.

    ``action`` is where Twilio posts the reply's delivery statuses. ``more``:
    further messages of the answer (the practice after YES, the rest of a
    safety plan), each its own ``<Message>``, sent by Twilio in order.
    """
    if not text and not more:
        return '<?xml version="1.0" encoding="UTF-8"?><Response />'
    messages = "".join(f"<Message>{escape(extra)}</Message>" for extra in more)
    if not text:
        return f"{_TWIML_HEAD}{messages}</Response>"
    if action is None:
        return f"{_TWIML_HEAD}<Message>{escape(text)}</Message>{messages}</Response>"
    attributes = f'action={quoteattr(action)} method="POST"'
    return f"{_TWIML_HEAD}<Message {attributes}>{escape(text)}</Message>{messages}</Response>"


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
    signal = detect_crisis(incoming.body)
    breaker: DatabaseBreaker = current_app.extensions["carryback_db_breaker"]
    if breaker.tripped:
        return _spool(ctx, incoming, signal, "left alone after a failure")
    try:
        result = _receive(ctx, incoming, signal)
    except SQLAlchemyError as error:
        # The database cannot take the text now: the spool does, and the
        # answer (the crisis reply included) does not wait for storage.
        breaker.trip()
        return _spool(ctx, incoming, signal, type(error).__name__)
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
    return _twiml_text(_sms_reply(result.reply, action, result.more))


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


def _receive(ctx: runtime.Context, incoming: IncomingSms, signal: CrisisSignal | None) -> SmsResult:
    """The usual text on the short path; everything else (and any doubt) through the session."""
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


def _spool(
    ctx: runtime.Context,
    incoming: IncomingSms,
    signal: CrisisSignal | None,
    why: str,
) -> Response | tuple[Response, int]:
    """Write the text to the spool and answer it; 503 (as before) when the spool cannot take it.

    A crisis text gets the crisis reply in the language it was written in
    (the client's own language is in the database, like everything else
    about the sender). Any other text gets no reply: who sent it, and what
    it asks for (a keyword, a noticing), is decided when it is stored.
    """
    spool: Spool = current_app.extensions["carryback_spool"]
    text = SpooledText(
        sms=incoming,
        crisis=signal is not None,
        crisis_language=signal.language if signal is not None else ENGLISH,
        received_at=utcnow(),
    )
    try:
        spool.put(ctx.keys, text)
    except (SpoolFull, OSError, ValueError) as refused:
        log.error(
            "sms %s: database unavailable (%s) and not spooled (%s)",
            incoming.message_sid,
            why,
            refused if isinstance(refused, SpoolFull) else type(refused).__name__,
        )
        return jsonify(error="storage unavailable, nothing was stored"), 503
    log.warning(
        "sms %s: database unavailable (%s); spooled%s",
        incoming.message_sid,
        why,
        ", answered with the crisis reply" if signal is not None else "",
    )
    if signal is None:
        return _twiml_text(_sms_reply(""))
    return _twiml_text(_sms_reply(messaging.crisis_reply_text(ctx.settings, signal.language)))


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
    # The count and the caller's number stay out of the log: only the sid and the answer.
    log.info("call %s: %s", form["CallSid"], decision.answer.value)
    return _twiml_text(_call_twiml(ctx.settings))


def _call_twiml(settings: Settings) -> str:
    """The one answer every caller gets, byte for byte: enrolled or not, in any language.

    Caller ID (spoofable) must reveal nothing: not whether the number is a
    client's, invited, paused or opted out, nor the client's language. So
    every caller hears the safety line and the greeting in every language
    Carryback speaks (English first, the account's default), and the beep.
    Whether the recording is kept is decided afterwards, from the call row
    (shared.noticings.voice): a caller not taken is deleted at Twilio unheard.
    """
    response = VoiceResponse()
    for language in LANGUAGES:
        # The safety line comes first in each language, before anything else is said.
        _say(response, text_for(language, messaging.VOICE_SAFETY_LINE), language)
        _say(response, messaging.voice_greeting_text(settings, language), language)
    base = settings.public_base_url
    response.record(
        # Without an action Twilio requests this document again when the
        # recording ends: the caller would hear the greeting and a second
        # beep and leave a second recording.
        action=f"{base}/twilio/voice/recorded",
        method="POST",
        timeout=VOICE_SILENCE_SECONDS,
        finish_on_key=VOICE_FINISH_KEYS,
        max_length=settings.voice_max_seconds,
        trim="trim-silence",
        play_beep=True,
        recording_status_callback=f"{base}/twilio/recording",
        recording_status_callback_event="completed absent",
        recording_status_callback_method="POST",
    )
    # Reached only when nothing was recorded: Twilio does not request the
    # action for an empty recording and goes on with the next verb.
    for language in LANGUAGES:
        _say(response, text_for(language, messaging.VOICE_NOTHING_HEARD), language)
    response.hangup()
    return str(response)


@twilio.post("/voice/recorded")
@twilio_signed
def voice_recorded() -> Response:
    """The <Record> action: the note is over, thank the caller and hang up.

    Nothing is stored here: the recording status callback (/twilio/recording)
    stores the note once Twilio has the media, and is deduplicated on the
    RecordingSid. When the caller hung up (Digits=hangup) Twilio still asks,
    and ignores the answer. The thanks is the same for every caller, in every
    language, like the greeting: it must not tell a kept note from one that
    will be deleted.
    """
    form = RECORDED_FORM.load(request.form)
    _check_account(form["AccountSid"])
    response = VoiceResponse()
    for language in LANGUAGES:
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
    if result.discard:
        # Not a taken call's: deleted at Twilio unheard (the sweep retries a lost job).
        _handoff().discard(form["RecordingSid"])
    log.info(
        "recording %s: stored=%s discarded=%s",
        form["RecordingSid"],
        bool(result.noticing_id),
        result.discard,
    )
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


@health.before_request
def _bounded_health_checks() -> None:
    _open_deadline(HEALTH_DB_DEADLINE_S)


@health.teardown_request
def _end_health_deadline(_error: BaseException | None) -> None:
    _close_deadline()


@health.get("/healthz")
def healthz() -> tuple[Response, int]:
    """Liveness and readiness for load balancers and compose healthchecks.

    ``database`` says whether it answers, ``database_writable`` whether it
    would take a text now (a read-only server answers SELECT 1 all the same),
    ``spooled`` how many texts wait in the spool for it, ``spool_has_room`` whether
    it would take one more, and ``accepting_texts`` (the status: 200, else 503)
    whether a text is kept by one or the other.
    """
    ctx = _ctx()
    checks: dict[str, bool | int] = {"database": True, "database_writable": True, "redis": True}
    try:
        with ctx.db.engine.connect() as connection:
            checks["database_writable"] = _writable(connection)
    except SQLAlchemyError:
        checks["database"] = checks["database_writable"] = False
    checks["redis"] = _handoff().ping()
    spool: Spool = current_app.extensions["carryback_spool"]
    checks["spooled"] = spool.state().files
    # What can be done, not only what answers: a Redis at its memory limit
    # answers PING and takes no job (texts are then stored for the sweep).
    checks["redis_takes_jobs"] = checks["redis"] and _handoff().writable()
    checks["spool_has_room"] = spool.has_room()
    # Ready means "a text sent now is answered and kept": by the database, or by the
    # spool while the database cannot take it. A 503 here while the spool has room
    # would make a load balancer (or an orchestrator's readiness check) turn Twilio
    # away from every intake at once during a database outage, and the crisis reply
    # with it. Redis down still accepts noticings (the sweep catches up).
    checks["accepting_texts"] = bool(checks["database_writable"] or checks["spool_has_room"])
    status = 200 if checks["accepting_texts"] else 503
    return jsonify(checks), status


def _writable(connection: Connection) -> bool:
    """Whether a write would be accepted now (PostgreSQL: not read-only, not a standby)."""
    if connection.dialect.name != "postgresql":
        connection.execute(text("SELECT 1"))
        return True
    read_only = connection.execute(
        text("SELECT current_setting('transaction_read_only') = 'on' OR pg_is_in_recovery()")
    ).scalar_one()
    return not read_only
