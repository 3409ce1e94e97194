"""The usual text, stored in one short transaction on the bare database connection.

Nearly every webhook is an enrolled, active client writing a noticing: no
keyword, no crisis language, no cue number. :func:`store_plain_text` stores
exactly the rows :func:`shared.noticings.intake.receive_sms` would (the processed
MessageSid and the sealed noticing) with statements written once per dialect
and run on the pooled DBAPI connection, without an ORM session or statement
compilation per request. Anything else, and anything it cannot settle without
reading more (a redelivered sid, a client changed since it was read, a key not
yet cached), it leaves untouched and returns None: the caller then runs
``receive_sms``, which handles every case.

Values are converted by the columns' own SQLAlchemy bind processors, so the
rows are byte for byte what the ORM path writes (datetimes on SQLite included).
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

from shared.db import is_read_only_error
from shared.db.models import (
    AlertStatus,
    ClientStatus,
    Noticing,
    NoticingKind,
    NoticingStatus,
    ProcessedMessage,
    new_id,
    utcnow,
)
from shared.db.writer_queue import WriterQueue
from shared.kernel import crypto
from shared.kernel.config import Settings
from shared.kernel.defaults import DATA_KEY_CACHE_SIZE
from shared.noticings.incoming import E164, NUMBERED, STORED
from shared.noticings.intake import (
    IncomingSms,
    Outcome,
    SmsResult,
    keyword_of,
)
from shared.outreach.messaging import ack_text, is_pause_request
from shared.vault.keys import KeyStore
from shared.vault.sealed import NOTICING_BODY

# psycopg's TransactionStatus.IDLE, without importing psycopg where SQLite is used.
_PG_IDLE = 0

# Statuses whose plain text is stored and acknowledged with nothing else to do
# (an invited client's first texts and an opted-out client's need more).
_PLAIN_STATUSES = (ClientStatus.ACTIVE.value, ClientStatus.PAUSED.value)

_NOTICING_COLUMNS = (
    "id",
    "client_id",
    "kind",
    "source_sid",
    "received_at",
    "status",
    "body_enc",
    "num_media",
    "crisis",
    "crisis_reply_sent",
    "crisis_alert",
    "alert_attempts",
    "attempts",
    "updated_at",
)
_PROCESSED_COLUMNS = ("message_sid", "outcome", "received_at")


def is_plain(sms: IncomingSms, crisis: bool) -> bool:
    """Would ``receive_sms`` store this for an active client and only acknowledge it?

    Every branch it takes otherwise (a keyword, opt-out type, pause request,
    empty body, cue number, crisis) is excluded here; a sender who is not
    E.164 is left to its normalisation.
    """
    return (
        not crisis
        and not sms.opt_out_type
        and bool(sms.body.strip())
        and keyword_of(sms.body) == ""
        and NUMBERED.match(sms.body) is None
        and not is_pause_request(sms.body)
        and E164.fullmatch(sms.sender) is not None
    )


def store_plain_text(
    engine: Engine,
    keys: KeyStore,
    settings: Settings,
    sms: IncomingSms,
    crisis: bool,
    writers: WriterQueue | None = None,
) -> SmsResult | None:
    """Store a plain text from an active client and commit; None when ``receive_sms`` must.

    Nothing is left written when None is returned, except on PostgreSQL the
    claim of a sid whose noticing is already stored (the full path then
    answers it as the redelivery it is). Database errors are raised
    as SQLAlchemy's (the intake answers 503 to those). On SQLite, ``writers``
    is the queue the intake's processes take turns at the write lock through.
    """
    if keys.decrypt_actor or not is_plain(sms, crisis):
        return None  # a process auditing decrypts does so through the session path
    index = keys.cached_phone_index(sms.sender)
    if index is None:
        return None
    statements = _statements(engine.dialect)
    senders = _senders_of(engine)
    try:
        # Outside the statement's handling below there is no connection to
        # roll back yet; a database that cannot be reached is the same error
        # as one that fails a statement (the intake answers without storage).
        raw = engine.raw_connection()
    except statements.dbapi_error as error:
        raise _as_sqlalchemy(engine.dialect, error, invalidated=True) from error
    try:
        return _store(raw, statements, keys, settings, sms, index, senders, writers)
    except statements.dbapi_error as error:
        raise _wrapped(raw, engine.dialect, error) from error
    finally:
        raw.close()  # back to the pool (rolled back there if anything is still open)


def _store(
    raw: Any,
    statements: _Statements,
    keys: KeyStore,
    settings: Settings,
    sms: IncomingSms,
    index: str,
    senders: _Senders,
    writers: WriterQueue | None,
) -> SmsResult | None:
    cursor = raw.cursor()
    try:
        sender = senders.get(index)
        if sender is None:
            cursor.execute(statements.sender, {"index": index})
            sender = cursor.fetchone()
            if sender is None or sender[1] not in _PLAIN_STATUSES or sender[2] is None:
                raw.rollback()
                return None
            senders.remember(index, sender)
        client_id, _status, wrapped_key, master_key_id, language = sender
        data_key = keys.unwrap_wrapped(wrapped_key, master_key_id, f"client:{client_id}")
        noticing_id = new_id()
        # Sealed before the transaction: the write lock is held for the INSERTs only.
        body_enc = crypto.seal(
            data_key, sms.body, NOTICING_BODY.table, NOTICING_BODY.column, noticing_id
        )
        now = utcnow()
        params = statements.params(
            noticing_id=noticing_id,
            client_id=client_id,
            sms=sms,
            index=index,
            body_enc=body_enc,
            now=now,
            wrapped_key=wrapped_key,
            language=language,
        )
        with _write_transaction(raw, statements, writers):
            try:
                stored = statements.run(cursor, params)
                if stored:
                    raw.commit()
                else:
                    raw.rollback()
            except Exception:
                # Rolled back before the turn passes on: the next writer in
                # the queue must find SQLite's lock free, not this transaction.
                _roll_back_quietly(raw)
                raise
        if not stored:
            # A redelivery, or the client changed since it was read: nothing
            # is kept, and the full path decides with everything it reads.
            senders.forget(index)
            return None
    finally:
        cursor.close()
    return SmsResult(
        Outcome.STORED,
        ack_text(settings, language),
        noticing_id,
        crisis=False,
        enqueue_tag=[noticing_id],
    )


def _write_transaction(
    raw: Any, statements: _Statements, writers: WriterQueue | None
) -> AbstractContextManager[None]:
    """SQLite: a turn in the writers' queue. PostgreSQL: one statement, autocommitted."""
    if statements.postgres:
        return _autocommit(raw)
    return writers.turn(raw.dbapi_connection) if writers else nullcontext()


@contextmanager
def _autocommit(raw: Any) -> Iterator[None]:
    # The claim and the insert are one statement, atomic by itself: run on
    # its own it saves the BEGIN and COMMIT round trips.
    connection = raw.driver_connection
    if connection.pgconn.transaction_status != _PG_IDLE:
        connection.rollback()
    connection.autocommit = True
    try:
        yield
    finally:
        try:
            connection.autocommit = False
        except Exception as error:
            # Never back to the pool in autocommit: sessions rely on transactions.
            raw.invalidate(error)


def _roll_back_quietly(raw: Any) -> None:
    with suppress(Exception):  # the statement's own error is the one reported
        raw.rollback()


def _wrapped(raw: Any, dialect: Dialect, error: Exception) -> DBAPIError:
    """The DBAPI error as SQLAlchemy raises it; a dead connection is dropped from the pool."""
    if raw.dbapi_connection is None:  # dropped already: autocommit could not be reset
        return _as_sqlalchemy(dialect, error, invalidated=True)
    invalidated = False
    try:
        if _connection_lost(dialect, error, raw.dbapi_connection):
            raw.invalidate(error)
            invalidated = True
        else:
            raw.rollback()
    except Exception:  # the original error is the one to report
        raw.invalidate()
        invalidated = True
    return _as_sqlalchemy(dialect, error, invalidated=invalidated)


def _connection_lost(dialect: Dialect, error: Exception, dbapi_connection: Any) -> bool:
    """A connection not to use again: lost, cut by the intake's deadline, or read-only."""
    if is_read_only_error(error) or getattr(dbapi_connection, "broken", False):
        return True
    return dialect.is_disconnect(error, dbapi_connection, None)  # type: ignore[arg-type]


def _as_sqlalchemy(dialect: Dialect, error: Exception, *, invalidated: bool) -> DBAPIError:
    # No parameters in the error: they hold the sealed body and the phone index.
    return DBAPIError.instance(
        None,
        None,
        error,
        dialect.loaded_dbapi.Error,
        connection_invalidated=invalidated,
        dialect=dialect,
    )


class _Senders:
    """Senders read before, by phone index: their texts skip the read.

    Safe to be stale: the insert re-checks, under the write, every column a
    read would have established (see ``still_as_read``); an entry that no
    longer holds is forgotten and its text goes down the full path. Bounded
    like the data-key cache it sits beside.
    """

    def __init__(self, size: int = DATA_KEY_CACHE_SIZE) -> None:
        self.size = max(size, 1)
        self.rows: dict[str, tuple[Any, ...]] = {}

    def get(self, index: str) -> tuple[Any, ...] | None:
        return self.rows.get(index)

    def remember(self, index: str, sender: tuple[Any, ...]) -> None:
        while len(self.rows) >= self.size:
            del self.rows[next(iter(self.rows))]  # oldest first
        self.rows[index] = tuple(sender)

    def forget(self, index: str) -> None:
        self.rows.pop(index, None)


_SENDERS: weakref.WeakKeyDictionary[Engine, _Senders] = weakref.WeakKeyDictionary()


def _senders_of(engine: Engine) -> _Senders:
    senders = _SENDERS.get(engine)
    if senders is None:
        senders = _SENDERS[engine] = _Senders()
    return senders


@dataclass(frozen=True)
class _Statements:
    """The fast path's SQL for one dialect, and the bind processors its values go through."""

    sender: str
    # SQLite: claim, then the guarded insert. PostgreSQL: both in one statement.
    writes: Sequence[str]
    postgres: bool
    dbapi_error: type[Exception]
    processors: dict[str, Callable[[Any], Any] | None]

    def params(
        self,
        *,
        noticing_id: str,
        client_id: str,
        sms: IncomingSms,
        index: str,
        body_enc: bytes,
        now: object,
        wrapped_key: bytes,
        language: str,
    ) -> dict[str, object]:
        values: dict[str, object] = {
            # The columns receive_sms's INSERT sets, and the defaults the table fills.
            "id": noticing_id,
            "client_id": client_id,
            "kind": NoticingKind.SMS.value,
            "source_sid": sms.message_sid,
            "received_at": now,
            "status": NoticingStatus.RECEIVED.value,
            "body_enc": body_enc,
            "num_media": sms.num_media,
            "crisis": False,
            "crisis_reply_sent": False,
            "crisis_alert": AlertStatus.NONE.value,
            "alert_attempts": 0,
            "attempts": 0,
            "updated_at": now,
            "pm_message_sid": sms.message_sid,
            "pm_outcome": STORED,
            "pm_received_at": now,
            # Its own name: PostgreSQL types each parameter once, and this one
            # is compared with a column, not inserted into one.
            "guard_client_id": client_id,
            "guard_index": index,
            "wrapped_key": wrapped_key,
            # The acknowledgement is written in this language: a client who just
            # switched goes down the full path, and is acknowledged in the new one.
            "guard_language": language,
        }
        for name, process in self.processors.items():
            if process is not None:
                values[name] = process(values[name])
        return values

    def run(self, cursor: Any, params: dict[str, object]) -> bool:
        """Claim the sid and insert the noticing; False when either did nothing."""
        if self.postgres:
            cursor.execute(self.writes[0], params)
            return cursor.fetchone() is not None
        claim, insert = self.writes
        cursor.execute("BEGIN IMMEDIATE")
        cursor.execute(claim, params)
        if cursor.rowcount != 1:
            return False
        cursor.execute(insert, params)
        return cursor.rowcount == 1


def _placeholder(postgres: bool) -> Callable[[str], str]:
    return (lambda name: f"%({name})s") if postgres else (lambda name: f":{name}")


@functools.cache
def _statements(dialect: Dialect) -> _Statements:
    postgres = dialect.name == "postgresql"
    mark = _placeholder(postgres)
    noticings: Table = Noticing.__table__  # type: ignore[assignment]
    processed: Table = ProcessedMessage.__table__  # type: ignore[assignment]
    _check_defaults_covered(noticings, _NOTICING_COLUMNS)
    _check_defaults_covered(processed, _PROCESSED_COLUMNS)
    processors = {name: _bind_processor(noticings, name, dialect) for name in _NOTICING_COLUMNS}
    processors.update(
        {f"pm_{n}": _bind_processor(processed, n, dialect) for n in _PROCESSED_COLUMNS}
    )
    # Only this module's constants are written into the SQL (names, placeholders,
    # the two statuses); every value is a bound parameter.
    statuses = ", ".join(f"'{s}'" for s in _PLAIN_STATUSES)
    sender = (
        "SELECT clients.id, clients.status, client_keys.wrapped_key, client_keys.master_key_id, "  # noqa: S608
        "clients.language "
        "FROM clients LEFT OUTER JOIN client_keys ON client_keys.client_id = clients.id "
        f"WHERE clients.phone_index = {mark('index')}"
    )
    claim = (
        f"INSERT INTO processed_messages ({', '.join(_PROCESSED_COLUMNS)}) "  # noqa: S608
        f"VALUES ({', '.join(mark('pm_' + n) for n in _PROCESSED_COLUMNS)}) "
        "ON CONFLICT DO NOTHING"
    )
    # Inserted only while the client is still as read (this number, status,
    # language and the key the body was sealed with), checked under the write: a
    # STOP, ESPAÑOL, new number, re-key or deletion since the read (or since a
    # remembered read) sends the text down the full path instead.
    still_as_read = (
        "WHERE EXISTS (SELECT 1 FROM clients JOIN client_keys "  # noqa: S608
        "ON client_keys.client_id = clients.id "
        f"WHERE clients.id = {mark('guard_client_id')} "
        f"AND clients.phone_index = {mark('guard_index')} AND clients.status IN ({statuses}) "
        f"AND clients.language = {mark('guard_language')} "
        f"AND client_keys.wrapped_key = {mark('wrapped_key')}"
        # PostgreSQL: the key row held FOR KEY SHARE (shared.vault.keys.lock_key_row)
        # for the statement; a re-key in progress makes this wait, then find the
        # key changed, so the text goes down the full path and is sealed anew.
        f"{' FOR KEY SHARE OF client_keys' if postgres else ''})"
    )
    columns = ", ".join(_NOTICING_COLUMNS)
    values = ", ".join(mark(n) for n in _NOTICING_COLUMNS)
    if postgres:
        # One statement, autocommitted: the sid is claimed only while the
        # client is as read, and the noticing inserted only if the claim was.
        # No row back means nothing was written (the guard failed or the sid
        # was claimed before), or a noticing with this sid is already stored.
        guarded_claim = (
            f"INSERT INTO processed_messages ({', '.join(_PROCESSED_COLUMNS)}) "
            f"SELECT {', '.join(mark('pm_' + n) for n in _PROCESSED_COLUMNS)} {still_as_read} "
            "ON CONFLICT DO NOTHING RETURNING message_sid"
        )
        writes: tuple[str, ...] = (
            f"WITH claim AS ({guarded_claim}) "  # noqa: S608
            f"INSERT INTO noticings ({columns}) SELECT {values} FROM claim "
            "ON CONFLICT DO NOTHING RETURNING id",
        )
    else:
        writes = (
            claim,
            f"INSERT INTO noticings ({columns}) SELECT {values} {still_as_read} "
            "ON CONFLICT DO NOTHING",
        )
    return _Statements(sender, writes, postgres, dialect.loaded_dbapi.Error, processors)


def _bind_processor(table: Table, column: str, dialect: Dialect) -> Callable[[Any], Any] | None:
    # The dialect's own form of the type: SQLite's DATETIME writes its text
    # format, which the generic DateTime (and so a bare TypeDecorator) does not.
    return table.c[column].type.dialect_impl(dialect).bind_processor(dialect)


def _check_defaults_covered(table: Table, columns: Sequence[str]) -> None:
    """Every column with a default is written here, so no default is silently skipped."""
    missing = [
        c.name
        for c in table.c
        if (c.default is not None or c.server_default is not None) and c.name not in columns
    ]
    if missing:
        raise RuntimeError(f"{table.name}: the fast path does not set {missing}")
