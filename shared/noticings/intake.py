"""What happens to a client's message: triage, keywords, storage, tagging.

Pure domain code: the intake view hands over validated fields and sends back
whatever reply this module decides; the worker calls :func:`tag_stored`.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

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
    ProcessedMessage,
    UnknownSenderReply,
    new_id,
    utcnow,
)
from shared.kernel.config import Settings
from shared.kernel.defaults import UNDO_WINDOW
from shared.language.crisis import detect_crisis
from shared.language.cues import Cue, CueMatcher, Tags, tag
from shared.noticings.raising import raise_alert
from shared.outreach import messaging, practice_text
from shared.roster.clients import (
    RosterError,
    current_practice,
    normalise_phone,
    set_status,
)
from shared.vault.keys import ClientGone, KeyStore
from shared.vault.sealed import (
    NOTICING_BODY,
    NOTICING_CORRECTED_CUES,
    NOTICING_FORCED_CUE,
    NOTICING_TAGS,
    OpenedClient,
)

log = logging.getLogger(__name__)

STOP_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"}
START_WORDS = {"START", "UNSTOP", "YES", "OPTIN"}
HELP_WORDS = {"HELP", "INFO"}
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*(?:[.):\-]\s*|\s+|$)(.*)$", re.DOTALL)


class Outcome(Enum):
    STORED = "stored"
    DUPLICATE = "duplicate"
    KEYWORD = "keyword"
    UNKNOWN_SENDER = "unknown_sender"
    EMPTY = "empty"


@dataclass
class SmsResult:
    """What intake should answer, and which jobs to enqueue after commit."""

    outcome: Outcome
    reply: str
    noticing_id: str | None = None
    crisis: bool = False
    enqueue_tag: list[str] = field(default_factory=list)
    enqueue_alert: list[str] = field(default_factory=list)
    # The outbound row tracking the crisis reply sent in this answer (its status callback).
    reply_message_id: str | None = None


@dataclass(frozen=True)
class IncomingSms:
    message_sid: str
    sender: str
    body: str
    num_media: int = 0
    opt_out_type: str | None = None


def keyword_of(body: str) -> str:
    """The whole message as one bare upper-case word, or "" (so "stop it" is a noticing)."""
    word = body.strip().strip(".!").upper()
    return word if word.isalpha() else ""


# What a processed message did, recorded with its MessageSid: a redelivery is
# answered from this code alone, so no client words are kept for it.
_STORED = "stored"
_EMPTY = "empty"
_STOP = "stop"
_START = "start"
_HELP = "help"
_CUES = "cues"
_CONSENT = "consent"
_PAUSE = "pause"
_RESUME = "resume"
_SILENT = "silent"
_UNDO_REMOVED = "undo:removed"
_UNDO_NONE = "undo:none"
_UNDO_CRISIS = "undo:crisis"

START_REPLY = "You're back on. Text what you notice, when you notice it."
EMPTY_REPLY = "That message came through empty. Nothing was saved."
_UNDO_REPLIES = {
    _UNDO_REMOVED: "Removed your last message.",
    _UNDO_NONE: "There is no message from the last 15 minutes to remove.",
    _UNDO_CRISIS: "That message can't be removed here. Please talk to your clinician about it.",
}


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
) -> SmsResult:
    """Decide, claim the MessageSid, act once; the caller commits, then enqueues what it lists.

    A redelivered MessageSid (Twilio retries, a replayed request) gets the
    answer the first delivery got and changes nothing: keywords included.
    ``crisis`` is :func:`~shared.language.crisis.detect_crisis`'s verdict on the body
    when the caller already has it.
    """
    if crisis is None:
        crisis = detect_crisis(sms.body) is not None
    sender = _find_sender(session, keys, sms.sender)
    if sender is None:
        return _unknown_sender(session, keys, settings, sms, crisis)
    plan = _plan(session, keys, settings, sender, sms, crisis)
    previous = _claim(session, sms.message_sid, plan.outcome)
    if previous is not None:
        return _replay(session, keys, settings, sender, sms, crisis, previous)
    return plan.apply()


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


def _find_sender(session: Session, keys: KeyStore, sender: str) -> _Sender | None:
    """The enrolled client who sent this, by the blind index of the number."""
    if _E164.fullmatch(sender):
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


_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_SENDER_BY_INDEX = (
    select(Client.id, Client.status, ClientKey.wrapped_key, ClientKey.master_key_id)
    .outerjoin(ClientKey, ClientKey.client_id == Client.id)
    .where(Client.phone_index == bindparam("index"))
)


def _plan(
    session: Session,
    keys: KeyStore,
    settings: Settings,
    sender: _Sender,
    sms: IncomingSms,
    crisis: bool,
) -> _Plan:
    if not crisis:
        keyword = _keyword_plan(session, keys, settings, sender, sms)
        if keyword is not None:
            return keyword
    if not sms.body.strip() and sms.num_media == 0:
        return _Plan(_EMPTY, lambda: SmsResult(Outcome.EMPTY, EMPTY_REPLY))
    return _Plan(_STORED, lambda: _store(session, keys, settings, sender, sms, crisis))


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
    settings: Settings,
    sender: _Sender,
    sms: IncomingSms,
    crisis: bool,
    outcome: str,
) -> SmsResult:
    """The answer the first delivery got, recomputed from its outcome; nothing is changed."""
    if outcome == _STORED:
        existing = session.execute(
            select(Noticing.id).where(Noticing.source_sid == sms.message_sid)
        ).scalar_one_or_none()
        return SmsResult(
            Outcome.DUPLICATE, _reply_for(settings, sender.status, crisis), existing, crisis=crisis
        )
    if outcome == _EMPTY:
        return SmsResult(Outcome.DUPLICATE, EMPTY_REPLY)
    if outcome == _CUES:
        return SmsResult(Outcome.DUPLICATE, _cue_list(session, keys, sender))
    replies = {
        _STOP: "",
        _START: START_REPLY,
        _CONSENT: messaging.CONSENTED,
        _PAUSE: messaging.PAUSED,
        _RESUME: messaging.RESUMED,
        _HELP: messaging.help_text(settings) if sender.status != ClientStatus.OPTED_OUT else "",
        **_UNDO_REPLIES,
    }
    return SmsResult(Outcome.DUPLICATE, replies.get(outcome, ""))


def _reply_for(settings: Settings, status: str, crisis: bool) -> str:
    if crisis:
        return settings.crisis_reply
    if status == ClientStatus.OPTED_OUT:
        return ""
    return settings.ack_reply


def _keyword_plan(
    session: Session, keys: KeyStore, settings: Settings, sender: _Sender, sms: IncomingSms
) -> _Plan | None:
    word = keyword_of(sms.body)
    opt = (sms.opt_out_type or "").upper()
    if opt == "STOP" or word in STOP_WORDS:
        # Twilio confirms opt-outs itself; after STOP we send nothing.
        return _Plan(_STOP, _status_change(session, sender, ClientStatus.OPTED_OUT, ""))
    if opt == "START" or word in START_WORDS:
        if sender.status == ClientStatus.INVITED:
            return _Plan(_CONSENT, _consent(session, sender, messaging.CONSENTED))
        return _Plan(_START, _consent(session, sender, START_REPLY))
    if opt == "HELP" or word in HELP_WORDS:
        reply = messaging.help_text(settings) if sender.status != ClientStatus.OPTED_OUT else ""
        return _Plan(_HELP, lambda: SmsResult(Outcome.KEYWORD, reply))
    if sender.status == ClientStatus.OPTED_OUT:
        return None
    if sender.status == ClientStatus.INVITED and (
        word in {"CUES", "UNDO"} | messaging.RESUME_WORDS or messaging.is_pause_request(sms.body)
    ):
        # Before YES only HELP, YES and STOP are answered.
        return _Plan(_SILENT, lambda: SmsResult(Outcome.KEYWORD, ""))
    if messaging.is_pause_request(sms.body):
        return _Plan(_PAUSE, _pause(session, sender))
    if word in messaging.RESUME_WORDS:
        return _Plan(_RESUME, _resume(session, sender))
    if word == "CUES":
        return _Plan(_CUES, lambda: SmsResult(Outcome.KEYWORD, _cue_list(session, keys, sender)))
    if word == "UNDO":
        return _undo_plan(session, sender)
    return None


def _consent(session: Session, sender: _Sender, reply: str) -> Callable[[], SmsResult]:
    def apply() -> SmsResult:
        messaging.record_consent(session, _client(session, sender), utcnow())
        return SmsResult(Outcome.KEYWORD, reply)

    return apply


def _pause(session: Session, sender: _Sender) -> Callable[[], SmsResult]:
    def apply() -> SmsResult:
        messaging.pause(session, _client(session, sender), utcnow())
        return SmsResult(Outcome.KEYWORD, messaging.PAUSED)

    return apply


def _resume(session: Session, sender: _Sender) -> Callable[[], SmsResult]:
    def apply() -> SmsResult:
        messaging.resume(session, _client(session, sender))
        return SmsResult(Outcome.KEYWORD, messaging.RESUMED)

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
    return practice_text.cue_list(practice.cues if practice is not None else ())


def _undo_plan(session: Session, sender: _Sender) -> _Plan:
    last = session.execute(
        select(Noticing)
        .where(Noticing.client_id == sender.id, Noticing.kind == NoticingKind.SMS)
        .order_by(Noticing.received_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    if last is None or utcnow() - last.received_at > UNDO_WINDOW:
        outcome = _UNDO_NONE
    elif last.crisis:
        outcome = _UNDO_CRISIS
    else:
        outcome = _UNDO_REMOVED

    def apply() -> SmsResult:
        if outcome == _UNDO_REMOVED:
            session.delete(last)
        return SmsResult(Outcome.KEYWORD, _UNDO_REPLIES[outcome])

    return _Plan(outcome, apply)


def _unknown_sender(
    session: Session, keys: KeyStore, settings: Settings, sms: IncomingSms, crisis: bool
) -> SmsResult:
    """Crisis resources go to anyone, every time; otherwise one generic reply a day per number.

    Nothing about the service is revealed, and the number is kept only as its
    blind index (see :class:`~shared.db.models.UnknownSenderReply`).
    """
    if crisis:
        return SmsResult(Outcome.UNKNOWN_SENDER, settings.crisis_reply, crisis=True)
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
    return SmsResult(Outcome.UNKNOWN_SENDER, settings.unknown_reply if answered else "")


def _forced_cue(session: Session, opened: OpenedClient, body: str) -> str | None:
    """A reply starting with a cue's number (after CUES) tags that cue."""
    match = _NUMBERED.match(body)
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
    settings: Settings,
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
    if _NUMBERED.match(sms.body):
        forced = _forced_cue(session, OpenedClient(_client(session, sender), data_key), sms.body)
        if forced:
            NOTICING_FORCED_CUE.seal(data_key, noticing, forced)
    # One Core INSERT: the hot path needs no unit of work. A row stored under
    # this sid before processed messages were recorded wins; nothing new.
    store = _statements(session.get_bind().dialect.name).store
    inserted = session.connection().execute(store, _new_row(noticing)).first()
    if inserted is None:
        existing = session.execute(
            select(Noticing.id).where(Noticing.source_sid == sms.message_sid)
        ).scalar_one_or_none()
        return SmsResult(
            Outcome.DUPLICATE, _reply_for(settings, sender.status, crisis), existing, crisis=crisis
        )
    reply = _reply_for(settings, sender.status, crisis)
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


_NEW_ROW_COLUMNS = (
    "id",
    "client_id",
    "kind",
    "source_sid",
    "status",
    "num_media",
    "crisis",
    "crisis_reply_sent",
    "crisis_alert",
    "body_enc",
    "forced_cue_enc",
)


def _new_row(noticing: Noticing) -> dict[str, object]:
    """The columns a new text noticing sets; the table's defaults fill the rest."""
    return {name: getattr(noticing, name) for name in _NEW_ROW_COLUMNS}


# --- tagging (worker side) ---------------------------------------------------


def open_body(opened: OpenedClient, noticing: Noticing) -> str:
    return opened.open_text(NOTICING_BODY, noticing) or ""


def open_tags(opened: OpenedClient, noticing: Noticing) -> Tags | None:
    raw = opened.open_text(NOTICING_TAGS, noticing)
    if raw is None:
        return None
    fields = json.loads(raw)
    return Tags(tuple(fields["cues"]), fields["intensity"], fields["barrier"], fields["crisis"])


def open_corrected_cues(opened: OpenedClient, noticing: Noticing) -> tuple[str, ...] | None:
    """The cues a clinician corrected this noticing to; None when never corrected."""
    raw = opened.open_text(NOTICING_CORRECTED_CUES, noticing)
    return None if raw is None else tuple(json.loads(raw))


def seal_corrected_cues(opened: OpenedClient, noticing: Noticing, cues: tuple[str, ...]) -> None:
    opened.seal(NOTICING_CORRECTED_CUES, noticing, json.dumps(list(cues)))


def seal_tags(opened: OpenedClient, noticing: Noticing, tags: Tags) -> None:
    opened.seal(NOTICING_TAGS, noticing, json.dumps(tags.as_dict()))


def cues_for(session: Session, opened: OpenedClient) -> tuple[Cue, ...]:
    practice = current_practice(session, opened)
    return practice.cues if practice else ()


def merge_forced(tags: Tags, forced: str | None, cues: tuple[Cue, ...]) -> Tags:
    """Add an explicitly chosen cue, keeping the cue set's order."""
    if not forced or forced in tags.cues:
        return tags
    chosen = set(tags.cues) | {forced}
    ordered = tuple(c.label for c in cues if c.label in chosen)
    return Tags(ordered or (forced,), tags.intensity, tags.barrier, tags.crisis)


@dataclass
class TagBatch:
    """What one :func:`tag_waiting` transaction did."""

    # The outcome for the noticing the job was for ("tagged", "gone", "skipped:...").
    outcome: str
    tagged: list[str] = field(default_factory=list)
    # Crisis alerts now pending on these rows: the caller enqueues them after commit.
    pending_alerts: list[str] = field(default_factory=list)
    # Rows that raised while being tagged, left waiting (their own job retries them).
    failed: dict[str, Exception] = field(default_factory=dict)
    # Did the batch take as many waiting rows as it could? Then more may wait.
    full: bool = False


def tag_waiting(
    session: Session,
    keys: KeyStore,
    noticing_id: str | None,
    limit: int,
    budget_s: float | None = None,
) -> TagBatch:
    """Tag ``noticing_id`` and up to ``limit`` other texts waiting, in the caller's transaction.

    One job then does the work of many: each client's key is opened (and, in
    job processes, audited) and their practice read once per batch, not once
    per text. Idempotent like :func:`tag_stored`: only rows still ``received``
    are taken, locked, so two workers never tag one row twice (PostgreSQL
    skips rows another transaction holds; SQLite serialises writers).
    ``budget_s`` bounds the tagging time of one batch: rows not reached are
    left waiting for the next (on SQLite the intake waits for this
    transaction's write lock).
    """
    deadline = None if budget_s is None else time.monotonic() + budget_s
    batch = TagBatch(outcome="skipped:none")
    rows: list[Noticing] = []
    if noticing_id is not None:
        own = session.get(Noticing, noticing_id, with_for_update=True)
        if own is None:
            batch.outcome = "gone"
        elif own.status != NoticingStatus.RECEIVED:
            batch.outcome = f"skipped:{own.status}"
        else:
            rows.append(own)
    others = list(
        session.execute(
            select(Noticing)
            .where(Noticing.status == NoticingStatus.RECEIVED, Noticing.id != (noticing_id or ""))
            .order_by(Noticing.received_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).scalars()
    )
    rows.extend(others)
    batch.full = len(others) >= limit
    clients = _Clients(session, keys, {row.client_id for row in rows})
    for done, row in enumerate(rows):
        if done and deadline is not None and time.monotonic() > deadline:
            batch.full = True  # the rest wait for the next batch
            break
        outcome = _tag_in_batch(row, clients, batch)
        if outcome == NoticingStatus.TAGGED:
            batch.tagged.append(row.id)
            if row.crisis_alert == AlertStatus.PENDING:
                batch.pending_alerts.append(row.id)
        if row.id == noticing_id:
            batch.outcome = outcome
    clients.audit()
    return batch


def _tag_in_batch(row: Noticing, clients: _Clients, batch: TagBatch) -> str:
    try:
        client = clients.open(row.client_id)
        if client is None:
            return "gone"
        return _tag_one(row, *client)
    except Exception as error:  # one bad row (or client) must not hold back the rest
        batch.failed[row.id] = error
        return "failed"


class _Clients:
    """A batch's clients: read in one query, each opened once when first needed, with its cues."""

    def __init__(self, session: Session, keys: KeyStore, client_ids: set[str]) -> None:
        self.session = session
        self.keys = keys
        found = (
            session.execute(
                select(Client, ClientKey)
                .join(ClientKey, ClientKey.client_id == Client.id)
                .where(Client.id.in_(client_ids))
            ).all()
            if client_ids
            else []
        )
        self.rows = {client.id: (client, key_row) for client, key_row in found}
        self.opened: dict[str, tuple[OpenedClient, CueMatcher, tuple[Cue, ...]]] = {}

    def open(self, client_id: str) -> tuple[OpenedClient, CueMatcher, tuple[Cue, ...]] | None:
        """None when the client is gone (deleted); raises when their key will not open."""
        if client_id in self.opened:
            return self.opened[client_id]
        if client_id not in self.rows:
            return None
        client, key_row = self.rows[client_id]
        opened = self.keys.open_client(self.session, client, key_row, audited=False)
        cues = cues_for(self.session, opened)
        # Compiled once per client per batch, not once per text.
        self.opened[client_id] = (opened, CueMatcher(cues), cues)
        return self.opened[client_id]

    def audit(self) -> None:
        """One decrypt event per client opened, appended together."""
        self.keys.note_decrypts(self.session, sorted(self.opened))


def _tag_one(
    noticing: Noticing, opened: OpenedClient, matcher: CueMatcher, cues: tuple[Cue, ...]
) -> str:
    """received -> tagged for one row whose client is open; nothing is written if this raises."""
    tags = tag(open_body(opened, noticing), matcher)
    tags = merge_forced(tags, opened.open_text(NOTICING_FORCED_CUE, noticing), cues)
    seal_tags(opened, noticing, tags)
    if tags.crisis:
        raise_alert(noticing)
    noticing.status = NoticingStatus.TAGGED
    noticing.tagged_at = utcnow()
    return NoticingStatus.TAGGED


def tag_stored(session: Session, keys: KeyStore, noticing_id: str) -> str:
    """received -> tagged, for texts (voice notes are tagged as they are transcribed)."""
    noticing = session.get(Noticing, noticing_id, with_for_update=True)
    if noticing is None:
        return "gone"
    if noticing.status != NoticingStatus.RECEIVED:
        return f"skipped:{noticing.status}"
    client = session.get(Client, noticing.client_id)
    if client is None:
        return "gone"
    try:
        opened = keys.open_client(session, client)
    except ClientGone:
        return "gone"
    cues = cues_for(session, opened)
    return _tag_one(noticing, opened, CueMatcher(cues), cues)
