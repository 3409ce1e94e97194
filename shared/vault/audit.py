"""Append-only, HMAC-chained audit trail of who read, changed or sent client material.

Each event's MAC covers its content and the previous event's MAC, keyed with
the audit key (a key of its own in the keyring, wrapped by the master key like
the phone index key). Someone who can write to the database but does not hold
the master key can neither edit an event nor forge a replacement chain:
``verify_chain`` names the first event that breaks it.

Deleting the newest events (truncation) leaves a chain that is still valid, so
the head is anchored outside the database: :func:`anchor` writes it to the log
and each brief and alert carries it in an ``X-Carryback-Audit-Head`` header;
``carryback audit verify --anchor ID:MAC`` then proves the chain still reaches
that point.

Events written before the chain was keyed (``chain_version`` 1) keep their
plain SHA-256 links; the first keyed event's MAC covers the last of them, so
they are frozen too. A plain-hash event after a keyed one is a break.

Events hold ids and actions only, never client material.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.db.models import AuditEvent, utcnow
from shared.kernel.defaults import AUDIT_APPEND_ATTEMPTS

if TYPE_CHECKING:
    from shared.vault.keys import KeyStore

log = logging.getLogger(__name__)

# The summary service and its jobs (briefs, alerts, notices) act under this name.
SUMMARY_ACTOR = "service:summary"

GENESIS = "0" * 64
LEGACY_CHAIN = 1  # SHA-256 links, before the audit key existed
KEYED_CHAIN = 2  # HMAC-SHA256 under the audit key
HEAD_HEADER = "X-Carryback-Audit-Head"


def current_actor() -> str:
    """Who is at the keyboard, for the CLI: CARRYBACK_ACTOR, else the OS user and host."""
    return os.environ.get("CARRYBACK_ACTOR") or f"cli:{getpass.getuser()}@{socket.gethostname()}"


def _with_process(actor: str) -> str:
    """A service names itself ("service:summary"); the record adds which process, where."""
    if actor.startswith("service:") and "@" not in actor:
        return f"{actor}@{socket.gethostname()}:{os.getpid()}"
    return actor


def _payload(prev_hash: str, event: AuditEvent) -> bytes:
    return json.dumps(
        [
            prev_hash,
            event.at.isoformat(),
            event.actor,
            event.action,
            event.subject_type,
            event.subject_id,
            event.detail,
        ],
        separators=(",", ":"),
    ).encode()


def _digest(prev_hash: str, event: AuditEvent, key: bytes | None) -> str:
    if event.chain_version == LEGACY_CHAIN:
        return hashlib.sha256(_payload(prev_hash, event)).hexdigest()
    if key is None:
        raise ValueError("the keyed audit chain needs the audit key")
    return hmac.new(key, _payload(prev_hash, event), hashlib.sha256).hexdigest()


def _tip(session: Session) -> str:
    last = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none()
    return last or GENESIS


# Where records made without an explicit key store find the process's one.
# The process wires it at start-up (services.runtime); the trail itself knows
# no process, so a caller without keys in a process that wired none fails loudly.
_process_keys: Callable[[], KeyStore] | None = None


def use_process_keys(source: Callable[[], KeyStore]) -> None:
    """Name the process's key store, for records whose caller holds none."""
    global _process_keys
    _process_keys = source


def _keys(keys: KeyStore | None) -> KeyStore:
    if keys is not None:
        return keys
    if _process_keys is None:
        raise RuntimeError("no key store for the audit trail: pass keys= or wire use_process_keys")
    return _process_keys()


def record_decrypts(session: Session, keys: KeyStore, actor: str, client_ids: list[str]) -> None:
    """Clients' data keys opened by a job: one audit event each (a KeyStore decrypt recorder)."""
    if len(client_ids) == 1:
        record(
            session,
            actor=actor,
            action="client.decrypted",
            subject_type="client",
            subject_id=client_ids[0],
            keys=keys,
        )
        return
    record_many(
        session,
        actor=actor,
        action="client.decrypted",
        subject_type="client",
        subject_ids=client_ids,
        keys=keys,
    )


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """How many, in English, for an event's detail: "1 alert", "3 alerts", "0 briefs"."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str = "",
    keys: KeyStore | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction.

    ``actor`` is who acted: the console passes its signed-in user
    ("console:<user id>"), the CLI :func:`current_actor`, a service its name.
    ``keys`` defaults to the process's (the runtime context).

    ``prev_hash`` is unique: a concurrent writer that took the same tip makes
    our insert fail, and we retry on the new tip instead of forking the chain.
    """
    key = _keys(keys).audit_key(session)
    for _attempt in range(AUDIT_APPEND_ATTEMPTS):
        event = AuditEvent(
            at=utcnow(),
            actor=_with_process(actor)[:120],
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            detail=detail,
            chain_version=KEYED_CHAIN,
        )
        event.prev_hash = _tip(session)
        event.hash = _digest(event.prev_hash, event, key)
        try:
            with session.begin_nested():
                session.add(event)
            return event
        except IntegrityError:
            continue
    raise RuntimeError("audit chain is contended; event not recorded")


def record_many(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_ids: list[str],
    keys: KeyStore | None = None,
) -> list[AuditEvent]:
    """One event per subject, appended together: one read of the tip, one flush.

    The same events, in the same chain, as calling :func:`record` for each
    subject; a batch job (tagging many clients' texts) writes them at once.
    """
    if not subject_ids:
        return []
    key = _keys(keys).audit_key(session)
    named = _with_process(actor)[:120]
    for _attempt in range(AUDIT_APPEND_ATTEMPTS):
        events = []
        prev = _tip(session)
        for subject_id in subject_ids:
            event = AuditEvent(
                at=utcnow(),
                actor=named,
                action=action,
                subject_type=subject_type,
                subject_id=subject_id,
                detail="",
                chain_version=KEYED_CHAIN,
            )
            event.prev_hash = prev
            event.hash = prev = _digest(prev, event, key)
            events.append(event)
        try:
            with session.begin_nested():
                session.add_all(events)
            return events
        except IntegrityError:
            continue
    raise RuntimeError("audit chain is contended; events not recorded")


@dataclass(frozen=True)
class Break:
    """Where and why the chain breaks."""

    event_id: int
    reason: str


@dataclass(frozen=True)
class Verdict:
    events: int
    head_id: int | None
    head_hash: str
    broken: Break | None


def verify(session: Session, keys: KeyStore | None = None, anchor: str | None = None) -> Verdict:
    """Check every link; with ``anchor`` ("ID:MAC"), also that the chain still reaches it."""
    key = _keys(keys).audit_key(session)
    prev, count, head_id, keyed_seen = GENESIS, 0, None, False
    anchored = _parse_anchor(anchor)
    anchor_found = anchored is None
    for event in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
        broken = _check(event, prev, key, keyed_seen)
        if broken:
            return Verdict(count, head_id, prev, Break(event.id, broken))
        keyed_seen = keyed_seen or event.chain_version == KEYED_CHAIN
        if anchored is not None and event.id == anchored[0]:
            if event.hash != anchored[1]:
                return Verdict(count, head_id, prev, Break(event.id, "differs from the anchor"))
            anchor_found = True
        prev, count, head_id = event.hash, count + 1, event.id
    if not anchor_found:
        assert anchored is not None
        reason = f"the chain ends before anchored event {anchored[0]}: events were removed"
        return Verdict(count, head_id, prev, Break(anchored[0], reason))
    return Verdict(count, head_id, prev, None)


def _check(event: AuditEvent, prev: str, key: bytes, keyed_seen: bool) -> str:
    if event.prev_hash != prev:
        return "its link does not name the event before it (an event was removed or reordered)"
    if keyed_seen and event.chain_version != KEYED_CHAIN:
        return "an unkeyed event after keyed ones"
    if not hmac.compare_digest(_digest(prev, event, key), event.hash):
        return "its content does not match its MAC (edited, or written without the audit key)"
    return ""


def _parse_anchor(anchor: str | None) -> tuple[int, str] | None:
    if not anchor:
        return None
    event_id, _, mac = anchor.partition(":")
    if not event_id.isdigit() or len(mac) != 64:
        raise ValueError("an anchor is ID:MAC as printed by `carryback audit head`")
    return int(event_id), mac


def verify_chain(session: Session, keys: KeyStore | None = None) -> int | None:
    """The id of the first event that breaks the chain, or None if intact."""
    broken = verify(session, keys).broken
    return None if broken is None else broken.event_id


def head(session: Session) -> str:
    """The newest event as "ID:MAC" (GENESIS when there is none)."""
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    return f"{last.id}:{last.hash}" if last else f"0:{GENESIS}"


def anchor(session: Session) -> dict[str, str]:
    """Anchor the head outside the database: log it, and return it as a mail header."""
    current = head(session)
    log.info("audit head %s", current)
    return {HEAD_HEADER: current}
