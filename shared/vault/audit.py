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

Verifying every link costs time in proportion to the whole trail (a group
practice's two years: a million events), so the console verifies from a
checkpoint: :func:`verify_recent` checks only the events after the last
verified one, and moves the checkpoint (``audit_checkpoints``, its own MAC under
the audit key) to the newest. The checkpointed event must still be in the
chain with the MAC it had, so emptying or truncating the table is caught there
too; an edit to an event before the checkpoint is caught by the full check,
``carryback audit verify``, which an operator schedules (and which moves the
checkpoint as well). The checkpoint only moves forward and each move is also an
``audit.checkpoint`` event in the chain, so the row cannot be deleted or put
back alone (:func:`_checkpointed`).

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
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.db.models import AuditCheckpoint, AuditEvent, utcnow
from shared.kernel.defaults import (
    AUDIT_APPEND_ATTEMPTS,
    AUDIT_READ_WINDOW,
    AUDIT_VERIFY_BUDGET,
)

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


@dataclass(frozen=True)
class EventFields:
    """An event's chained fields without a row: what a bulk writer (an import, a seeded
    history) hands :func:`link`."""

    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    detail: str = ""
    chain_version: int = KEYED_CHAIN


def _payload(prev_hash: str, event: AuditEvent | EventFields) -> bytes:
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


def _digest(prev_hash: str, event: AuditEvent | EventFields, key: bytes | None) -> str:
    if event.chain_version == LEGACY_CHAIN:
        return hashlib.sha256(_payload(prev_hash, event)).hexdigest()
    if key is None:
        raise ValueError("the keyed audit chain needs the audit key")
    return hmac.new(key, _payload(prev_hash, event), hashlib.sha256).hexdigest()


def link(prev_hash: str, event: AuditEvent | EventFields, key: bytes) -> str:
    """The MAC an event carries after ``prev_hash``: what a bulk writer (an import, a
    seeded history) sets as ``hash``, exactly as :func:`record` would."""
    return _digest(prev_hash, event, key)


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


def record_read(
    session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str,
    detail: str = "",
    within: timedelta = AUDIT_READ_WINDOW,
    keys: KeyStore | None = None,
) -> AuditEvent | None:
    """A read of client material, unless this actor's same read of this subject is
    already recorded within ``within`` (a reload, a page's chart): then nothing new.

    Who read what, and when to the minute, stays in the trail; a page opened ten
    times in a minute is one event. Changes always go through :func:`record`.
    """
    named = _with_process(actor)[:120]
    recent = session.execute(
        select(AuditEvent.id)
        .where(
            AuditEvent.subject_id == subject_id,
            AuditEvent.at >= utcnow() - within,
            AuditEvent.actor == named,
            AuditEvent.action == action,
            AuditEvent.subject_type == subject_type,
            AuditEvent.detail == detail,
        )
        .limit(1)
    ).first()
    if recent is not None:
        return None
    return record(
        session,
        actor=actor,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        detail=detail,
        keys=keys,
    )


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


def verify(
    session: Session,
    keys: KeyStore | None = None,
    anchor: str | None = None,
    *,
    checkpoint: bool = False,
    budget: int = AUDIT_VERIFY_BUDGET,
) -> Verdict:
    """Check every link; with ``anchor`` ("ID:MAC"), also that the chain still reaches it.

    The console's checkpoint, when there is one, is checked like an anchor (its
    event must still be there, with its MAC); ``checkpoint=True`` moves it to
    the head once every link is good.
    """
    key = _keys(keys).audit_key(session)
    prev, count, head_id, keyed_seen = GENESIS, 0, None, False
    checkpointed = _checkpointed(session, key)
    if isinstance(checkpointed, Break):
        return Verdict(0, None, GENESIS, checkpointed)
    wanted = [found for found in (_parse_anchor(anchor), checkpointed) if found is not None]
    rows = session.execute(
        select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=5000)
    ).scalars()
    for event in rows:
        broken = _check(event, prev, key, keyed_seen)
        if broken:
            return Verdict(count, head_id, prev, Break(event.id, broken))
        keyed_seen = keyed_seen or event.chain_version == KEYED_CHAIN
        for anchored in [found for found in wanted if found[0] == event.id]:
            if event.hash != anchored[1]:
                return Verdict(count, head_id, prev, Break(event.id, "differs from the anchor"))
            wanted.remove(anchored)
        prev, count, head_id = event.hash, count + 1, event.id
        session.expunge(event)  # a million events need not stay in the session
    if wanted:
        missing = min(event_id for event_id, _mac in wanted)
        reason = f"the chain ends before anchored event {missing}: events were removed"
        return Verdict(count, head_id, prev, Break(missing, reason))
    if checkpointed is None and anchor is None and count > budget:
        # The console checkpoints a trail at its first look; a trail longer than
        # one of its pages with no checkpoint at all lost it with its tail, or
        # was never looked at: then an anchor from outside vouches for it.
        return Verdict(count, head_id, prev, _no_checkpoint(head_id, budget))
    if checkpoint and head_id is not None:
        _save_checkpoint(session, _keys(keys), head_id, prev, count)
    return Verdict(count, head_id, prev, None)


@dataclass(frozen=True)
class Recent:
    """What :func:`verify_recent` found: the verdict, and how many newer events wait."""

    verdict: Verdict
    checked: int  # events verified by this call
    waiting: int  # newer events beyond this call's budget (0, or at least 1)


CHECKPOINT = "chain"
# Checkpoint events: one subject, so the newest is found by the subject index.
CHECKPOINT_SUBJECT = "audit-checkpoint"
CHECKPOINT_ACTOR = "service:audit"


def verify_recent(
    session: Session, keys: KeyStore | None = None, budget: int = AUDIT_VERIFY_BUDGET
) -> Recent:
    """Verify the events after the checkpoint (at most ``budget``), then move it forward.

    Without a checkpoint the chain is verified from its start, ``budget`` events
    at a time. The checkpointed event must still be in the chain with its MAC.
    """
    key = _keys(keys).audit_key(session)
    found = _checkpointed(session, key)
    if isinstance(found, Break):
        return Recent(Verdict(0, None, GENESIS, found), 0, 0)
    prev, count, after, keyed_seen = GENESIS, 0, 0, False
    if found is not None:
        start = session.get(AuditEvent, found[0])
        if start is None or start.hash != found[1]:
            reason = "the verified checkpoint's event is gone or changed: events were removed"
            return Recent(Verdict(0, None, GENESIS, Break(found[0], reason)), 0, 0)
        checkpoint_row = session.get(AuditCheckpoint, CHECKPOINT)
        assert checkpoint_row is not None
        prev, count, after = start.hash, checkpoint_row.events, start.id
        keyed_seen = start.chain_version == KEYED_CHAIN
    rows = session.execute(
        select(AuditEvent).where(AuditEvent.id > after).order_by(AuditEvent.id).limit(budget + 1)
    ).scalars()
    head_id, checked, waiting, news = (after or None), 0, 0, False
    for event in rows:
        if checked == budget:
            waiting = 1  # at least one more; the next view carries on from here
            break
        broken = _check(event, prev, key, keyed_seen)
        if broken:
            return Recent(Verdict(count, head_id, prev, Break(event.id, broken)), checked, 0)
        keyed_seen = keyed_seen or event.chain_version == KEYED_CHAIN
        news = news or event.subject_id != CHECKPOINT_SUBJECT
        prev, count, head_id, checked = event.hash, count + 1, event.id, checked + 1
    if news and head_id is not None:
        _save_checkpoint(session, _keys(keys), head_id, prev, count)
    return Recent(Verdict(count, head_id, prev, None), checked, waiting)


def _checkpoint_mac(
    key: bytes, event_id: int, event_hash: str, events: int, chained: bool = True
) -> str:
    # A chained checkpoint (one with its own event in the chain) is MACed apart
    # from the earlier kind, so it cannot pass for one that needs no event.
    kind = ["checkpoint", CHECKPOINT, "chained"] if chained else ["checkpoint", CHECKPOINT]
    payload = json.dumps([*kind, event_id, event_hash, events]).encode()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _checkpoint_anchor(session: Session, key: bytes) -> tuple[int, str, bool] | Break | None:
    """The checkpoint as an anchor (event id, MAC, chained); a Break when it was not
    written with the key."""
    row = session.get(AuditCheckpoint, CHECKPOINT, populate_existing=True)
    if row is None:
        return None
    for chained in (True, False):
        expected = _checkpoint_mac(key, row.event_id, row.event_hash, row.events, chained)
        if hmac.compare_digest(expected, row.mac):
            return row.event_id, row.event_hash, chained
    return Break(row.event_id, "the verified checkpoint was altered (its MAC does not match)")


def _checkpointed(session: Session, key: bytes) -> tuple[int, str] | Break | None:
    """The checkpoint row as an anchor, checked against the chain's own checkpoint events.

    Each checkpoint is also an event in the chain (:func:`_save_checkpoint`),
    which nobody without the audit key can remove without breaking a link or
    cutting the tail. So the row may be missing only when no checkpoint event
    exists, and may never name an earlier event than the newest checkpoint
    event does: a deleted or rolled-back row is a break.
    """
    anchored = _checkpoint_anchor(session, key)
    if isinstance(anchored, Break):
        return anchored
    found = None if anchored is None else anchored[:2]
    newest = session.execute(
        select(AuditEvent.id, AuditEvent.detail)
        .where(AuditEvent.subject_id == CHECKPOINT_SUBJECT)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(1)
    ).first()
    if newest is None:
        if anchored is not None and anchored[2]:
            reason = (
                f"the event recording the verified checkpoint at event {anchored[0]} "
                "is gone: events were removed"
            )
            return Break(anchored[0], reason)
        return found  # no checkpoint recorded in the chain yet (or one from before)
    covered = _covered(newest.detail)
    if found is None:
        reason = (
            f"the verified checkpoint is missing, though event {newest.id} records one "
            f"at event {covered}: it was deleted"
        )
        return Break(newest.id, reason)
    if found[0] < covered:
        reason = (
            f"the verified checkpoint names event {found[0]}, older than the one event "
            f"{newest.id} records (event {covered}): it was rolled back"
        )
        return Break(newest.id, reason)
    if anchored is not None and anchored[2] and found[0] > covered:
        reason = (
            f"the event recording the verified checkpoint at event {found[0]} "
            "is gone: events were removed"
        )
        return Break(found[0], reason)
    return found


def _covered(detail: str) -> int:
    """The event a checkpoint event vouches for, from its detail "ID:MAC:COUNT"."""
    event_id = detail.partition(":")[0]
    return int(event_id) if event_id.isdigit() else 0


def _no_checkpoint(head_id: int | None, budget: int) -> Break:
    reason = (
        f"more than {budget} events and no verified checkpoint: it went with removed "
        "events, or the trail was never verified (then give --anchor ID:MAC, a head "
        "kept outside the database)"
    )
    return Break(head_id or 0, reason)


def _save_checkpoint(
    session: Session, keys: KeyStore, event_id: int, event_hash: str, events: int
) -> None:
    key = keys.audit_key(session)
    values = {
        "event_id": event_id,
        "event_hash": event_hash,
        "events": events,
        "verified_at": utcnow(),
        "mac": _checkpoint_mac(key, event_id, event_hash, events),
    }
    # Only forward, decided by the database: a view that verified less, racing
    # one that verified more, must not move it back (that reads as a rollback).
    moved = session.execute(
        update(AuditCheckpoint)
        .where(AuditCheckpoint.name == CHECKPOINT, AuditCheckpoint.event_id < event_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not moved:
        if session.get(AuditCheckpoint, CHECKPOINT, populate_existing=True) is not None:
            return  # as far already, or further
        try:
            with session.begin_nested():
                session.add(AuditCheckpoint(name=CHECKPOINT, **values))
        except IntegrityError:
            return  # another view wrote the first checkpoint at the same moment
    # The checkpoint in the chain too: its MAC covers where it stands and what it
    # vouches for, so the row cannot be deleted or put back alone (_checkpointed).
    record(
        session,
        actor=CHECKPOINT_ACTOR,
        action="audit.checkpoint",
        subject_type="audit",
        subject_id=CHECKPOINT_SUBJECT,
        detail=f"{event_id}:{event_hash}:{events}",
        keys=keys,
    )


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
