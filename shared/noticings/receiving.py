"""What happens to a client's text: triage, keywords, storage.

The one writer of a new SMS noticing (its short path for the usual text is
shared.noticings.fast_path).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Insert, Select, Table, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from shared.db.models import (
    AlertStatus,
    Client,
    ClientKey,
    ClientStatus,
    Noticing,
    NoticingKind,
    NoticingStatus,
    OutboundKind,
    ProcessedMessage,
    UnknownSenderReply,
    new_id,
    utcnow,
)
from shared.kernel.config import Settings
from shared.kernel.defaults import UNDO_WINDOW
from shared.language.catalogue import text_for
from shared.language.crisis import ENGLISH, SPANISH, detect_crisis
from shared.noticings.incoming import (
    CONSENT,
    CUES,
    CUES_WORDS,
    E164,
    EMPTY,
    EMPTY_REPLY,
    HELP,
    HELP_CRISIS,
    HELP_IN_OTHER_LANGUAGES,
    HELP_WORDS,
    LANGUAGE,
    LANGUAGE_WORDS,
    NUMBERED,
    PAUSE,
    PLAN_NONE,
    PLAN_SENT,
    PLAN_WITHHELD,
    PLAN_WORDS,
    PRACTICE_NONE,
    PRACTICE_SENT,
    PRACTICE_WORDS,
    RESUME,
    SILENT,
    START,
    START_REPLY,
    START_WORDS,
    STOP,
    STOP_WORDS,
    STORED,
    UNDO_CRISIS,
    UNDO_NONE,
    UNDO_REMOVED,
    UNDO_REPLIES,
    UNDO_WORDS,
    IncomingSms,
    Outcome,
    SmsResult,
    answered_by_twilio,
    keyword_of,
)
from shared.noticings.raising import raise_alert
from shared.noticings.sealing import new_row
from shared.outreach import carried, messaging, practice_text, safety_plan_text
from shared.roster.clients import (
    RosterError,
    current_practice,
    normalise_phone,
    set_language,
    set_status,
)
from shared.roster.safety_plans import has_plan, read_plan
from shared.vault.keys import ClientGone, KeyStore
from shared.vault.sealed import (
    NOTICING_BODY,
    NOTICING_FORCED_CUE,
    OpenedClient,
)

log = logging.getLogger(__name__)
# The client asking for their own plan by text: the read is audited under this name.
PLAN_ACTOR = "client:keyword"


@dataclass(frozen=True)
class _Plan:
    """What a message will do, decided by reading only; applied once its sid is claimed."""

    outcome: str
    apply: Callable[[], SmsResult]


def receive_sms(
    session: Session,
    keys: KeyStore,
    settings: Settings,
    sms: IncomingSms,
    *,
    crisis: bool | None = None,
    crisis_language: str = ENGLISH,
) -> SmsResult:
    """Decide, claim the MessageSid, act once; the caller commits, then enqueues what it lists.

    A redelivered MessageSid (Twilio retries, a replayed request) gets the
    answer the first delivery got and changes nothing: keywords included.
    ``crisis`` is :func:`~shared.language.crisis.detect_crisis`'s verdict on the body
    when the caller already has it, ``crisis_language`` the language it found
    the crisis written in (the crisis reply is in that language and the client's).
    """
    if crisis is None:
        signal = detect_crisis(sms.body)
        crisis = signal is not None
        crisis_language = signal.language if signal is not None else ENGLISH
    sender = _find_sender(session, keys, sms.sender)
    if sender is None:
        return _unknown_sender(session, keys, settings, sms, crisis, crisis_language)
    answer = _Answer(settings, sender.language, crisis_language)
    plan = _plan(session, keys, answer, sender, sms, crisis)
    previous = _claim(session, sms.message_sid, plan.outcome)
    if previous is not None:
        return _replay(session, keys, answer, sender, sms, crisis, previous)
    return plan.apply()


@dataclass(frozen=True)
class _Answer:
    """How replies to one sender are written: the settings, the client's language,
    and the language of a crisis in this text."""

    settings: Settings
    language: str
    crisis_language: str = ENGLISH

    def text(self, english: str) -> str:
        return text_for(self.language, english)

    def help(self) -> str:
        return messaging.help_text(self.settings, self.language)

    def crisis(self) -> str:
        return messaging.crisis_reply_text(self.settings, self.crisis_language, self.language)


@dataclass(frozen=True)
class _Sender:
    """The enrolled client a text is from, as the hot path needs it: plain columns.

    Most texts are noticings, which need only these; the ORM row is loaded
    (:func:`_client`) by the paths that change the client or read its practice.
    """

    id: str
    status: str
    wrapped_key: bytes | None
    master_key_id: str | None
    language: str


def _find_sender(session: Session, keys: KeyStore, sender: str) -> _Sender | None:
    """The enrolled client who sent this, by the blind index of the number."""
    if E164.fullmatch(sender):
        e164 = sender  # Twilio sends E.164 already, the form enrolment stored
    else:
        try:
            e164 = normalise_phone(sender)
        except RosterError:
            return None
    index = keys.phone_index(session, e164)
    # The wrapped key comes in the same query: no second read to open it.
    row = session.connection().execute(_SENDER_BY_INDEX, {"index": index}).first()
    return _Sender(*row) if row else None


def _client(session: Session, sender: _Sender) -> Client:
    client = session.get(Client, sender.id)
    if client is None:  # deleted since this request read it
        raise ClientGone("client not found")
    return client


_SENDER_BY_INDEX = (
    select(
        Client.id, Client.status, ClientKey.wrapped_key, ClientKey.master_key_id, Client.language
    )
    .outerjoin(ClientKey, ClientKey.client_id == Client.id)
    .where(Client.phone_index == bindparam("index"))
)


def _plan(
    session: Session,
    keys: KeyStore,
    answer: _Answer,
    sender: _Sender,
    sms: IncomingSms,
    crisis: bool,
) -> _Plan:
    if not crisis:
        keyword = _keyword_plan(session, keys, answer, sender, sms)
        if keyword is not None:
            return keyword
    if not sms.body.strip() and sms.num_media == 0:
        return _Plan(EMPTY, lambda: SmsResult(Outcome.EMPTY, answer.text(EMPTY_REPLY)))
    return _Plan(STORED, lambda: _store(session, keys, answer, sender, sms, crisis))


def _claim(session: Session, message_sid: str, outcome: str) -> str | None:
    """Record the sid as processed; None when this call did, else the first outcome.

    On PostgreSQL a concurrent delivery of the same sid waits here for the
    first transaction, then finds its row; SQLite's BEGIN IMMEDIATE already
    serialises writers.
    """
    statements = _statements(session.get_bind().dialect.name)
    params = {"sid": message_sid, "outcome": outcome, "at": utcnow()}
    connection = session.connection()
    if connection.execute(statements.claim, params).first() is not None:
        return None
    return connection.execute(statements.outcome, {"sid": message_sid}).scalar_one()


def _insert_ignoring_duplicates(dialect: str, table: Table) -> Insert:
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


@dataclass(frozen=True)
class _Statements:
    """The intake's statements, built once per dialect (building costs more than running)."""

    claim: Insert
    outcome: Select[tuple[str]]
    store: Insert
    stranger: Insert


@functools.cache
def _statements(dialect: str) -> _Statements:
    processed = ProcessedMessage.__table__
    noticings = Noticing.__table__
    strangers = UnknownSenderReply.__table__
    return _Statements(
        claim=_insert_ignoring_duplicates(dialect, processed)
        .values(
            message_sid=bindparam("sid"), outcome=bindparam("outcome"), received_at=bindparam("at")
        )
        .returning(processed.c.message_sid),
        outcome=select(ProcessedMessage.outcome).where(
            ProcessedMessage.message_sid == bindparam("sid")
        ),
        store=_insert_ignoring_duplicates(dialect, noticings).returning(noticings.c.id),
        stranger=_insert_ignoring_duplicates(dialect, strangers)
        .values(phone_index=bindparam("index"), day=bindparam("day"))
        .returning(strangers.c.phone_index),
    )


def _replay(
    session: Session,
    keys: KeyStore,
    answer: _Answer,
    sender: _Sender,
    sms: IncomingSms,
    crisis: bool,
    outcome: str,
) -> SmsResult:
    """The answer the first delivery got, recomputed from its outcome; nothing is changed.

    In the client's language as it is now (a redelivered ESPAÑOL finds it Spanish).
    """
    if outcome == STORED:
        existing = session.execute(
            select(Noticing.id).where(Noticing.source_sid == sms.message_sid)
        ).scalar_one_or_none()
        reply = _reply_for(answer, sender.status, crisis, _plan_line_applies(session, sender))
        return SmsResult(Outcome.DUPLICATE, reply, existing, crisis=crisis)
    if outcome == EMPTY:
        return SmsResult(Outcome.DUPLICATE, answer.text(EMPTY_REPLY))
    if outcome == CUES:
        return SmsResult(Outcome.DUPLICATE, _cue_list(session, keys, sender))
    if outcome.startswith(LANGUAGE):
        return SmsResult(Outcome.DUPLICATE, messaging.language_changed_text(sender.language))
    opted_out = sender.status == ClientStatus.OPTED_OUT
    replies = {
        STOP: "",
        START: _keyword_reply(answer, sms, answer.text(START_REPLY)),
        CONSENT: _keyword_reply(answer, sms, answer.text(messaging.CONSENTED)),
        PAUSE: answer.text(messaging.PAUSED),
        RESUME: answer.text(messaging.RESUMED),
        HELP: _help_reply(answer, opted_out, sms),
        HELP_CRISIS: _help_with_crisis_line(answer, opted_out),
        **{code: answer.text(reply) for code, reply in UNDO_REPLIES.items()},
        # The plan and the practice went once (see incoming.PLAN_SENT); fixed texts again.
        PLAN_NONE: safety_plan_text.no_plan_text(answer.language),
        PLAN_WITHHELD: _plan_withheld(answer, sender),
        PRACTICE_NONE: answer.text(practice_text.NO_CUES),
    }
    return SmsResult(Outcome.DUPLICATE, replies.get(outcome, ""))


def _keyword_reply(answer: _Answer, sms: IncomingSms, reply: str) -> str:
    """Carryback's reply to a keyword, unless Twilio's own automatic reply already went
    (Twilio's default handling knows only its English words: AYUDA or SÍ are ours)."""
    return "" if answered_by_twilio(sms.body, answer.settings.twilio_opt_out) else reply


def _help_reply(answer: _Answer, opted_out: bool, sms: IncomingSms) -> str:
    return "" if opted_out else _keyword_reply(answer, sms, answer.help())


def _reply_for(answer: _Answer, status: str, crisis: bool, plan_line: bool = False) -> str:
    if crisis:
        if plan_line:
            return f"{answer.crisis()}\n{safety_plan_text.plan_line(answer.language)}"
        return answer.crisis()
    if status == ClientStatus.OPTED_OUT:
        return ""
    return messaging.ack_text(answer.settings, answer.language)


def _help_with_crisis_line(answer: _Answer, opted_out: bool) -> str:
    """AYUDA: HELP with the crisis line in both languages; after STOP the crisis line
    alone (the one text Carryback still sends after STOP is crisis resources)."""
    if opted_out:
        return messaging.crisis_reply_text(answer.settings, SPANISH, ENGLISH)
    return messaging.help_with_crisis_line_text(answer.settings, answer.language)


def _keyword_plan(
    session: Session, keys: KeyStore, answer: _Answer, sender: _Sender, sms: IncomingSms
) -> _Plan | None:
    word = keyword_of(sms.body)
    opt = (sms.opt_out_type or "").upper()
    if opt == "STOP" or word in STOP_WORDS:
        # Twilio confirms opt-outs itself, in either mode: once it has taken the
        # STOP it refuses every text to the number (21610), ours included.
        return _Plan(STOP, _status_change(session, sender, ClientStatus.OPTED_OUT, ""))
    if _answered_before(session, sender, sms, word, opt):
        # A request that already carried the plan or the practice, replayed once its
        # sid was pruned (or from before they were kept): nothing, and nothing done.
        return _Plan(SILENT, lambda: SmsResult(Outcome.KEYWORD, ""))
    if opt == "START" or word in START_WORDS:
        if sender.status == ClientStatus.INVITED:
            consented = _keyword_reply(answer, sms, answer.text(messaging.CONSENTED))
            return _Plan(CONSENT, _consent(session, sender, consented, keys=keys, sms=sms))
        started = _keyword_reply(answer, sms, answer.text(START_REPLY))
        return _Plan(START, _consent(session, sender, started))
    opted_out = sender.status == ClientStatus.OPTED_OUT
    if word in HELP_IN_OTHER_LANGUAGES:
        reply = _help_with_crisis_line(answer, opted_out)
        return _Plan(HELP_CRISIS, lambda: SmsResult(Outcome.KEYWORD, reply))
    if opt == "HELP" or word in HELP_WORDS:
        reply = _help_reply(answer, opted_out, sms)
        return _Plan(HELP, lambda: SmsResult(Outcome.KEYWORD, reply))
    if word in PLAN_WORDS:
        return _plan_request(session, keys, answer, sender, sms)
    if word in PRACTICE_WORDS:
        return _practice_request(session, keys, answer, sender, sms)
    if opted_out:
        return None
    if word in LANGUAGE_WORDS:
        # Answered before YES too: a client may need the welcome in their language to agree.
        return _Plan(
            LANGUAGE + LANGUAGE_WORDS[word], _switch_language(session, answer, sender, word)
        )
    if sender.status == ClientStatus.INVITED and (
        word in CUES_WORDS | UNDO_WORDS | messaging.RESUME_WORDS
        or messaging.is_pause_request(sms.body)
    ):
        # Before YES only HELP, YES, STOP and the language are answered.
        return _Plan(SILENT, lambda: SmsResult(Outcome.KEYWORD, ""))
    if messaging.is_pause_request(sms.body):
        return _Plan(PAUSE, _pause(session, answer, sender))
    if word in messaging.RESUME_WORDS:
        return _Plan(RESUME, _resume(session, answer, sender))
    if word in CUES_WORDS:
        return _Plan(CUES, lambda: SmsResult(Outcome.KEYWORD, _cue_list(session, keys, sender)))
    if word in UNDO_WORDS:
        return _undo_plan(session, answer, sender)
    return None


def _answered_before(
    session: Session, sender: _Sender, sms: IncomingSms, word: str, opt: str
) -> bool:
    """PLAN, PRACTICE or YES whose MessageSid already has a text sent in its answer."""
    asks = word in PLAN_WORDS or word in PRACTICE_WORDS or word in START_WORDS or opt == "START"
    return asks and carried.answered_before(session, sender.id, sms.message_sid)


def _consent(
    session: Session,
    sender: _Sender,
    reply: str,
    *,
    keys: KeyStore | None = None,
    sms: IncomingSms | None = None,
) -> Callable[[], SmsResult]:
    """YES (or START): consent recorded. On the first YES (``keys`` given) the practice
    in force follows in the same answer, exactly as the console previews it."""

    def apply() -> SmsResult:
        now = utcnow()
        client = _client(session, sender)
        # The key row before the client's row is written: a re-key locks the key
        # and then rewrites the client, so the other order deadlocks with it.
        opened = None if keys is None else keys.open_client(session, client)
        messaging.record_consent(session, client, now)
        if opened is None or sms is None:
            return SmsResult(Outcome.KEYWORD, reply)
        found = carried.current_practice_text(session, opened)
        if found is None:
            return SmsResult(Outcome.KEYWORD, reply)
        practice_id, text = found
        carried.record_in_answer(
            session,
            sender.id,
            OutboundKind.PRACTICE,
            practice_id,
            carried.ON_YES,
            sms.message_sid,
            now,
        )
        # Twilio may have answered YES itself: the practice then goes alone.
        first, more = (reply, [text]) if reply else (text, [])
        return SmsResult(Outcome.KEYWORD, first, more=more)

    return apply


def _plan_line_applies(session: Session, sender: _Sender) -> bool:
    """A crisis reply ends with "Text PLAN..." only where PLAN would answer with a plan."""
    consented = sender.status in (ClientStatus.ACTIVE, ClientStatus.PAUSED)
    return consented and has_plan(session, sender.id)


def _plan_withheld(answer: _Answer, sender: _Sender) -> str:
    """PLAN before YES gets the crisis resources, nothing of the client's; after STOP, nothing."""
    if sender.status == ClientStatus.OPTED_OUT:
        return ""
    return messaging.crisis_reply_text(answer.settings, answer.language, answer.language)


def _plan_request(
    session: Session, keys: KeyStore, answer: _Answer, sender: _Sender, sms: IncomingSms
) -> _Plan:
    """PLAN: the current safety plan in this answer, every message within four segments.

    Only to a consented client; the read is audited as the client's
    (``safety_plan.sent``, with the version), and a row records the send.
    """
    if sender.status not in (ClientStatus.ACTIVE, ClientStatus.PAUSED):
        reply = _plan_withheld(answer, sender)
        return _Plan(PLAN_WITHHELD, lambda: SmsResult(Outcome.KEYWORD, reply))
    if not has_plan(session, sender.id):

        def none() -> SmsResult:
            carried.record_in_answer(
                session,
                sender.id,
                OutboundKind.PLAN,
                carried.NO_VERSION,
                carried.ON_REQUEST,
                sms.message_sid,
                utcnow(),
            )
            return SmsResult(Outcome.KEYWORD, safety_plan_text.no_plan_text(answer.language))

        return _Plan(PLAN_NONE, none)

    def apply() -> SmsResult:
        client = _client(session, sender)
        plan = read_plan(session, keys, client, actor=PLAN_ACTOR, action="safety_plan.sent")
        assert plan is not None  # has_plan said so, in this transaction
        carried.record_in_answer(
            session,
            sender.id,
            OutboundKind.PLAN,
            plan.id,
            carried.ON_REQUEST,
            sms.message_sid,
            utcnow(),
        )
        messages = safety_plan_text.plan_messages(plan.parts, answer.language)
        return SmsResult(Outcome.KEYWORD, messages[0], more=messages[1:])

    return _Plan(PLAN_SENT, apply)


def _practice_request(
    session: Session, keys: KeyStore, answer: _Answer, sender: _Sender, sms: IncomingSms
) -> _Plan:
    """PRACTICE: the practice in force again, as the console previews it (consented only)."""
    if sender.status not in (ClientStatus.ACTIVE, ClientStatus.PAUSED):
        # Before YES, like CUES, it is not answered; after STOP nothing is.
        return _Plan(SILENT, lambda: SmsResult(Outcome.KEYWORD, ""))
    found = carried.current_practice_text(
        session, keys.open_client(session, _client(session, sender))
    )
    if found is None:
        reply = answer.text(practice_text.NO_CUES)
        return _Plan(PRACTICE_NONE, lambda: SmsResult(Outcome.KEYWORD, reply))
    practice_id, text = found

    def apply() -> SmsResult:
        carried.record_in_answer(
            session,
            sender.id,
            OutboundKind.PRACTICE,
            practice_id,
            carried.ON_REQUEST,
            sms.message_sid,
            utcnow(),
        )
        return SmsResult(Outcome.KEYWORD, text)

    return _Plan(PRACTICE_SENT, apply)


def _switch_language(
    session: Session, answer: _Answer, sender: _Sender, word: str
) -> Callable[[], SmsResult]:
    """ESPAÑOL, ENGLISH: texts from now on in that language, confirmed in it (audited).

    A client still to reply YES gets the welcome again in the new language, so
    they agree to what they could read.
    """
    language = LANGUAGE_WORDS[word]

    def apply() -> SmsResult:
        client = _client(session, sender)
        set_language(session, client, language)
        reply = messaging.language_changed_text(language)
        if client.status == ClientStatus.INVITED:
            plan = messaging.plan_for(session, client.id)
            reply += "\n\n" + messaging.welcome_text(answer.settings, plan, language)
        return SmsResult(Outcome.KEYWORD, reply)

    return apply


def _pause(session: Session, answer: _Answer, sender: _Sender) -> Callable[[], SmsResult]:
    def apply() -> SmsResult:
        messaging.pause(session, _client(session, sender), utcnow())
        return SmsResult(Outcome.KEYWORD, answer.text(messaging.PAUSED))

    return apply


def _resume(session: Session, answer: _Answer, sender: _Sender) -> Callable[[], SmsResult]:
    def apply() -> SmsResult:
        messaging.resume(session, _client(session, sender))
        return SmsResult(Outcome.KEYWORD, answer.text(messaging.RESUMED))

    return apply


def _status_change(
    session: Session, sender: _Sender, status: ClientStatus, reply: str
) -> Callable[[], SmsResult]:
    def apply() -> SmsResult:
        set_status(session, _client(session, sender), status)
        return SmsResult(Outcome.KEYWORD, reply)

    return apply


def _cue_list(session: Session, keys: KeyStore, sender: _Sender) -> str:
    practice = current_practice(session, keys.open_client(session, _client(session, sender)))
    return practice_text.cue_list(practice.cues if practice is not None else (), sender.language)


def _undo_plan(session: Session, answer: _Answer, sender: _Sender) -> _Plan:
    last = session.execute(
        select(Noticing)
        .where(Noticing.client_id == sender.id, Noticing.kind == NoticingKind.SMS)
        .order_by(Noticing.received_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    if last is None or utcnow() - last.received_at > UNDO_WINDOW:
        outcome = UNDO_NONE
    elif last.crisis:
        outcome = UNDO_CRISIS
    else:
        outcome = UNDO_REMOVED

    def apply() -> SmsResult:
        if outcome == UNDO_REMOVED:
            session.delete(last)
        return SmsResult(Outcome.KEYWORD, answer.text(UNDO_REPLIES[outcome]))

    return _Plan(outcome, apply)


def _unknown_sender(
    session: Session,
    keys: KeyStore,
    settings: Settings,
    sms: IncomingSms,
    crisis: bool,
    crisis_language: str,
) -> SmsResult:
    """Crisis resources go to anyone, every time; otherwise one generic reply a day per number.

    Nothing about the service is revealed, and the number is kept only as its
    blind index (see :class:`~shared.db.models.UnknownSenderReply`). A number
    has no language until it is a client's: the generic reply is in English,
    then Spanish. AYUDA ("help!") gets the crisis line in both, every time.
    """
    if crisis:
        reply = messaging.crisis_reply_text(settings, crisis_language)
        return SmsResult(Outcome.UNKNOWN_SENDER, reply, crisis=True)
    if keyword_of(sms.body) in HELP_IN_OTHER_LANGUAGES:
        reply = messaging.crisis_reply_text(settings, SPANISH, ENGLISH)
        return SmsResult(Outcome.UNKNOWN_SENDER, reply)
    try:
        index = keys.phone_index(session, normalise_phone(sms.sender))
    except RosterError:
        return SmsResult(Outcome.UNKNOWN_SENDER, "")
    today = utcnow().date().isoformat()
    statements = _statements(session.get_bind().dialect.name)
    answered = session.execute(statements.stranger, {"index": index, "day": today}).first()
    if answered is None:
        # Already known: answer only if the last reply was on another day.
        answered = session.execute(
            update(UnknownSenderReply)
            .where(UnknownSenderReply.phone_index == index, UnknownSenderReply.day != today)
            .values(day=today)
            .returning(UnknownSenderReply.phone_index)
        ).first()
    return SmsResult(
        Outcome.UNKNOWN_SENDER, messaging.unknown_sender_text(settings) if answered else ""
    )


def _forced_cue(session: Session, opened: OpenedClient, body: str) -> str | None:
    """A reply starting with a cue's number (after CUES) tags that cue."""
    match = NUMBERED.match(body)
    if match is None:
        return None
    practice = current_practice(session, opened)
    number = int(match.group(1))
    if practice is None or not 1 <= number <= len(practice.cues):
        return None
    return practice.cues[number - 1].label


def _store(
    session: Session,
    keys: KeyStore,
    answer: _Answer,
    sender: _Sender,
    sms: IncomingSms,
    crisis: bool,
) -> SmsResult:
    noticing = Noticing(
        id=new_id(),
        client_id=sender.id,
        kind=NoticingKind.SMS,
        source_sid=sms.message_sid,
        status=NoticingStatus.RECEIVED,
        num_media=sms.num_media,
        crisis=False,
        crisis_reply_sent=crisis,
        crisis_alert=AlertStatus.NONE,
    )
    if crisis:
        raise_alert(noticing)
    data_key = keys.client_data_key(session, sender.id, sender.wrapped_key, sender.master_key_id)
    # Stored exactly as sent: emoji, RTL and control characters included.
    # The id is ours, so the row is sealed before its one INSERT.
    NOTICING_BODY.seal(data_key, noticing, sms.body)
    if NUMBERED.match(sms.body):
        forced = _forced_cue(session, OpenedClient(_client(session, sender), data_key), sms.body)
        if forced:
            NOTICING_FORCED_CUE.seal(data_key, noticing, forced)
    # One Core INSERT: the hot path needs no unit of work. A row stored under
    # this sid before processed messages were recorded wins; nothing new.
    store = _statements(session.get_bind().dialect.name).store
    inserted = session.connection().execute(store, new_row(noticing)).first()
    if inserted is None:
        existing = session.execute(
            select(Noticing.id).where(Noticing.source_sid == sms.message_sid)
        ).scalar_one_or_none()
        reply = _reply_for(
            answer, sender.status, crisis, crisis and _plan_line_applies(session, sender)
        )
        return SmsResult(Outcome.DUPLICATE, reply, existing, crisis=crisis)
    reply = _reply_for(
        answer, sender.status, crisis, crisis and _plan_line_applies(session, sender)
    )
    if (
        not crisis
        and sender.status == ClientStatus.INVITED
        and not messaging.acknowledge_before_consent(session, _client(session, sender), noticing.id)
    ):
        reply = ""
    tracked = (
        messaging.record_crisis_reply_in_answer(session, sender.id, noticing.id, utcnow())
        if crisis
        else None
    )
    return SmsResult(
        Outcome.STORED,
        reply,
        noticing.id,
        crisis=crisis,
        enqueue_tag=[noticing.id],
        enqueue_alert=[noticing.id] if crisis else [],
        reply_message_id=tracked,
    )
