"""Tagging stored noticings by the client's own cues.

One at a time, or every text waiting, in one batch (the tag job).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shared.db.models import (
    AlertStatus,
    Client,
    ClientKey,
    Noticing,
    NoticingStatus,
    Practice,
    utcnow,
)
from shared.kernel.defaults import COMPILED_CUES_CACHE_SIZE
from shared.kernel.outcomes import JobOutcome
from shared.language.cues import Cue, CueMatcher, Tags, Why, tag
from shared.noticings.raising import raise_alert
from shared.noticings.sealing import open_body, seal_tags
from shared.roster.clients import current_practice, open_practice
from shared.vault.keys import KeyStore, lock_key_row
from shared.vault.sealed import (
    NOTICING_FORCED_CUE,
    OpenedClient,
)

log = logging.getLogger(__name__)


def cues_for(session: Session, opened: OpenedClient) -> tuple[Cue, ...]:
    practice = current_practice(session, opened)
    return practice.cues if practice else ()


def merge_forced(tags: Tags, forced: str | None, cues: tuple[Cue, ...]) -> Tags:
    """Add an explicitly chosen cue, keeping the cue set's order."""
    if not forced or forced in tags.cues:
        return tags
    chosen = set(tags.cues) | {forced}
    ordered = tuple(c.label for c in cues if c.label in chosen)
    why = (*tags.why, Why(forced, "chosen", forced, (), 1.0))
    return Tags(ordered or (forced,), tags.intensity, tags.barrier, tags.crisis, why)


@dataclass
class TagBatch:
    """What one :func:`tag_waiting` transaction did."""

    # The outcome for the noticing the job was for.
    outcome: JobOutcome
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
    batch = TagBatch(outcome=JobOutcome.SKIPPED)
    # The key rows are locked before the noticings: a re-key locks the key and
    # then rewrites the noticings, so the other order deadlocks with it.
    own_client, waiting = _candidates(session, noticing_id, limit)
    client_ids = {client_id for _, client_id in waiting}
    if own_client is not None:
        client_ids.add(own_client)
    clients = _Clients(session, keys, client_ids)
    rows: list[Noticing] = []
    if noticing_id is not None:
        own = session.get(Noticing, noticing_id, with_for_update=True, populate_existing=True)
        if own is None:
            batch.outcome = JobOutcome.GONE
        elif own.status != NoticingStatus.RECEIVED:
            batch.outcome = JobOutcome.NOT_WAITING
        else:
            rows.append(own)
    if waiting:
        rows += session.execute(
            select(Noticing)
            .where(
                Noticing.id.in_([row_id for row_id, _ in waiting]),
                Noticing.status == NoticingStatus.RECEIVED,
            )
            .order_by(Noticing.received_at)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        ).scalars()
    batch.full = len(waiting) >= limit
    for done, row in enumerate(rows):
        if done and deadline is not None and time.monotonic() > deadline:
            batch.full = True  # the rest wait for the next batch
            break
        outcome = _tag_in_batch(row, clients, batch)
        if outcome == JobOutcome.TAGGED:
            batch.tagged.append(row.id)
            if row.crisis_alert == AlertStatus.PENDING:
                batch.pending_alerts.append(row.id)
        if row.id == noticing_id:
            batch.outcome = outcome
    clients.audit()
    return batch


def _candidates(
    session: Session, noticing_id: str | None, limit: int
) -> tuple[str | None, list[tuple[str, str]]]:
    """The job's own row's client, and (id, client) of up to ``limit`` other rows waiting.

    Read without locks, only to know whose keys to lock first; the rows are
    then locked and checked again.
    """
    own_client = None
    if noticing_id is not None:
        own_client = session.execute(
            select(Noticing.client_id).where(Noticing.id == noticing_id)
        ).scalar_one_or_none()
    waiting = session.execute(
        select(Noticing.id, Noticing.client_id)
        .where(Noticing.status == NoticingStatus.RECEIVED, Noticing.id != (noticing_id or ""))
        .order_by(Noticing.received_at)
        .limit(limit)
    ).all()
    return own_client, [(row_id, client_id) for row_id, client_id in waiting]


def _tag_in_batch(row: Noticing, clients: _Clients, batch: TagBatch) -> JobOutcome:
    try:
        client = clients.open(row.client_id)
        if client is None:
            return JobOutcome.GONE
        return _tag_one(row, *client)
    except Exception as error:  # one bad row (or client) must not hold back the rest
        batch.failed[row.id] = error
        return JobOutcome.FAILED


class _CompiledCues:
    """Cue sets compiled before, by practice id and language: a batch skips their
    decrypt and compile.

    A practice is never edited (a change is a new version with a new id), so an
    entry cannot go stale; a client's language is part of the key. Held in this
    process's memory only, like the data keys it was opened with, and bounded; a lock
    keeps it whole where a process tags on several threads.
    """

    def __init__(self, size: int = COMPILED_CUES_CACHE_SIZE) -> None:
        self.size = max(size, 1)
        self.entries: dict[tuple[str, str], tuple[CueMatcher, tuple[Cue, ...]]] = {}
        self.lock = threading.Lock()

    def get(self, practice_id: str, language: str) -> tuple[CueMatcher, tuple[Cue, ...]] | None:
        with self.lock:
            entry = self.entries.pop((practice_id, language), None)
            if entry is not None:
                self.entries[(practice_id, language)] = entry  # most recently used last
            return entry

    def remember(
        self, practice_id: str, language: str, entry: tuple[CueMatcher, tuple[Cue, ...]]
    ) -> None:
        with self.lock:
            while len(self.entries) >= self.size:
                del self.entries[next(iter(self.entries))]  # least recently used first
            self.entries[(practice_id, language)] = entry


_COMPILED = _CompiledCues()


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
                # Tags are sealed under these keys: held against a re-key (lock_key_row).
                .with_for_update(read=True, key_share=True, of=ClientKey)
            ).all()
            if client_ids
            else []
        )
        self.rows = {client.id: (client, key_row) for client, key_row in found}
        self.practices = _latest_practice_ids(session, client_ids)
        self.opened: dict[str, tuple[OpenedClient, CueMatcher, tuple[Cue, ...]]] = {}

    def open(self, client_id: str) -> tuple[OpenedClient, CueMatcher, tuple[Cue, ...]] | None:
        """None when the client is gone (deleted); raises when their key will not open."""
        if client_id in self.opened:
            return self.opened[client_id]
        if client_id not in self.rows:
            return None
        client, key_row = self.rows[client_id]
        opened = self.keys.open_client(self.session, client, key_row, audited=False)
        matcher, cues = self._compiled(opened, self.practices.get(client_id))
        self.opened[client_id] = (opened, matcher, cues)
        return self.opened[client_id]

    def _compiled(
        self, opened: OpenedClient, practice_id: str | None
    ) -> tuple[CueMatcher, tuple[Cue, ...]]:
        """The client's current cues compiled in their language: once per practice version."""
        language = opened.client.language
        if practice_id is None:
            return CueMatcher((), language), ()
        entry = _COMPILED.get(practice_id, language)
        if entry is None:
            practice = self.session.get(Practice, practice_id)
            cues = open_practice(opened, practice).cues if practice is not None else ()
            entry = (CueMatcher(cues, language), cues)
            _COMPILED.remember(practice_id, language, entry)
        return entry

    def audit(self) -> None:
        """One decrypt event per client opened, appended together."""
        self.keys.note_decrypts(self.session, sorted(self.opened))


def _latest_practice_ids(session: Session, client_ids: set[str]) -> dict[str, str]:
    """Each client's current practice id (its highest version), in one query."""
    if not client_ids:
        return {}
    latest = (
        select(Practice.client_id, func.max(Practice.version).label("version"))
        .where(Practice.client_id.in_(client_ids))
        .group_by(Practice.client_id)
        .subquery()
    )
    rows = session.execute(
        select(Practice.client_id, Practice.id).join(
            latest,
            (Practice.client_id == latest.c.client_id) & (Practice.version == latest.c.version),
        )
    ).all()
    return {client_id: practice_id for client_id, practice_id in rows}


def _tag_one(
    noticing: Noticing, opened: OpenedClient, matcher: CueMatcher, cues: tuple[Cue, ...]
) -> JobOutcome:
    """received -> tagged for one row whose client is open; nothing is written if this raises."""
    tags = tag(open_body(opened, noticing), matcher)
    tags = merge_forced(tags, opened.open_text(NOTICING_FORCED_CUE, noticing), cues)
    seal_tags(opened, noticing, tags)
    if tags.crisis:
        raise_alert(noticing)
    noticing.status = NoticingStatus.TAGGED
    noticing.tagged_at = utcnow()
    return JobOutcome.TAGGED


def tag_stored(session: Session, keys: KeyStore, noticing_id: str) -> JobOutcome:
    """received -> tagged, for texts (voice notes are tagged as they are transcribed)."""
    client_id = session.execute(
        select(Noticing.client_id).where(Noticing.id == noticing_id)
    ).scalar_one_or_none()
    if client_id is None:
        return JobOutcome.GONE
    # The key row first, then the noticing: the order a re-key takes them in.
    key_row = lock_key_row(session, client_id)
    noticing = session.get(Noticing, noticing_id, with_for_update=True, populate_existing=True)
    if noticing is None:
        return JobOutcome.GONE
    if noticing.status != NoticingStatus.RECEIVED:
        return JobOutcome.NOT_WAITING
    client = session.get(Client, client_id)
    if client is None or key_row is None:
        return JobOutcome.GONE
    opened = keys.open_client(session, client, key_row)
    cues = cues_for(session, opened)
    return _tag_one(noticing, opened, CueMatcher(cues, client.language), cues)
