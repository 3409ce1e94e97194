"""Key management on top of the database: data keys, service keys, rotation, re-keying.

Two ways to change keys, for two different events:

* **Rotation** (routine, no downtime): every wrapped key is re-wrapped under the
  new master key. Client rows are untouched. While it runs, processes hold the
  new and the previous master key and unwrap each key with the master key its
  row names (``master_key_id``), so a row rotated a millisecond ago and one
  not yet rotated both open.
* **Re-keying** (the old master key leaked): every client gets a new data key
  and every sealed cell is re-encrypted under it, so wrapped keys copied while
  the old master key was known no longer open anything current.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.db.models import (
    BriefHtml,
    BriefPdf,
    Client,
    ClientKey,
    Keyring,
    Noticing,
    OutboundMessage,
    Practice,
    SafetyPlan,
)
from shared.kernel import crypto
from shared.kernel.config import ConfigError
from shared.kernel.defaults import DATA_KEY_CACHE_SIZE
from shared.vault.sealed import SEALED_COLUMNS, OpenedClient

PHONE_INDEX = "phone_index"
AUDIT = "audit"
# Marks a session whose transaction created a service key (not yet committed).
_CREATED_KEY = "carryback.created_key"


class ClientGone(LookupError):
    """The client (and so its data key) has been deleted."""


class UnknownMasterKey(crypto.DecryptionError):
    """A key is wrapped under a master key this process was not given."""


# Records that an actor opened these clients' data keys (the audit trail's
# ``record_decrypts``; wired by the process that sets ``decrypt_actor``).
DecryptRecorder = Callable[[Session, "KeyStore", str, list[str]], None]


@dataclass
class KeyStore:
    """Unwraps keys with the process's master key; one per process or request."""

    master_key: bytes
    # Master keys this process still accepts for unwrapping (during and after
    # a rotation): CARRYBACK_OLD_MASTER_KEY. New keys are always wrapped under
    # ``master_key``.
    previous: tuple[bytes, ...] = ()
    # Unwrapped service keys (phone index, audit) never change (rotation
    # re-wraps them only), so one unwrap per process is enough; the index key
    # sits on every webhook's path.
    _service_keys: dict[str, bytes] = field(default_factory=dict, repr=False)
    # Set in job processes (the worker, the summary service): every client
    # opened is then an audit event by this actor ("a decrypt by a job"),
    # written by ``decrypt_recorder``. A callback, because the audit trail
    # needs the keys (its chain key): the key store must not need the trail.
    decrypt_actor: str | None = None
    decrypt_recorder: DecryptRecorder | None = field(default=None, repr=False)
    # Unwrapped data keys by what was unwrapped: (master key id, purpose,
    # wrapped bytes). Every webhook and tag job needs its client's key, and an
    # unwrap is an AES-GCM open. A rotated or re-keyed row has new wrapped
    # bytes (a new entry), and a shredded client has no row left to look up,
    # so an entry is only ever reached through a key row that still exists.
    _data_keys: dict[tuple[str, str, bytes], bytes] = field(default_factory=dict, repr=False)
    _data_keys_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    data_key_cache_size: int = DATA_KEY_CACHE_SIZE

    @property
    def master_key_id(self) -> str:
        return crypto.key_id(self.master_key)

    def unwrapping_key(self, master_key_id: str) -> bytes:
        """The master key a row names; UnknownMasterKey (with the remedy) when not held."""
        for candidate in (self.master_key, *self.previous):
            if crypto.key_id(candidate) == master_key_id:
                return candidate
        raise UnknownMasterKey(
            f"a key is wrapped under master key {master_key_id}, which this process does not "
            "hold: set it as CARRYBACK_MASTER_KEY or CARRYBACK_OLD_MASTER_KEY"
        )

    def unwrap(self, row: ClientKey | Keyring, purpose: str) -> bytes:
        return self.unwrap_wrapped(row.wrapped_key, row.master_key_id, purpose)

    def unwrap_wrapped(self, wrapped_key: bytes, master_key_id: str, purpose: str) -> bytes:
        """A wrapped key opened with the master key it names; cached per process, bounded."""
        cache_key = (master_key_id, purpose, bytes(wrapped_key))
        cached = self._data_keys.get(cache_key)
        if cached is not None:
            return cached
        data_key = crypto.unwrap_key(self.unwrapping_key(master_key_id), wrapped_key, purpose)
        with self._data_keys_lock:
            while len(self._data_keys) >= max(self.data_key_cache_size, 1):
                # Oldest first (dicts keep insertion order): enough for a bound.
                del self._data_keys[next(iter(self._data_keys))]
            self._data_keys[cache_key] = data_key
        return data_key

    def create_client_key(self, session: Session, client_id: str) -> bytes:
        data_key = crypto.new_data_key()
        session.add(
            ClientKey(
                client_id=client_id,
                wrapped_key=crypto.wrap_key(self.master_key, data_key, f"client:{client_id}"),
                master_key_id=self.master_key_id,
            )
        )
        return data_key

    def client_key(self, session: Session, client_id: str) -> bytes:
        """The client's data key, its row held against a re-key until this transaction ends."""
        row = lock_key_row(session, client_id)
        if row is None:
            raise ClientGone("client key not found")
        return self.unwrap(row, f"client:{client_id}")

    def open_client(
        self,
        session: Session,
        client: Client,
        key_row: ClientKey | None = None,
        *,
        audited: bool = True,
    ) -> OpenedClient:
        """The client with its data key unwrapped; do this once per job and pass it down.

        ``key_row`` is the client's key row when the caller already read it.
        ``audited=False`` is for a caller recording the decrypts itself
        (:meth:`note_decrypts`, many clients at once).
        """
        if key_row is None:
            data_key = self.client_key(session, client.id)
        else:
            data_key = self.unwrap(key_row, f"client:{client.id}")
        opened = OpenedClient(client, data_key)
        if audited:
            self.note_decrypt(session, client.id)
        return opened

    def note_decrypts(self, session: Session, client_ids: list[str]) -> None:
        """In job processes, clients' data keys opened by one batch: audit events, one flush."""
        if self.decrypt_actor and self.decrypt_recorder and client_ids:
            self.decrypt_recorder(session, self, self.decrypt_actor, client_ids)

    def client_data_key(
        self,
        session: Session,
        client_id: str,
        wrapped_key: bytes | None,
        master_key_id: str | None,
    ) -> bytes:
        """A client's data key, to seal with, from the key row as it is once locked.

        The caller read the row's columns in its own query; the row is locked
        here (:func:`lock_key_row`) and read again, so a re-key that committed
        in between is seen, and one not yet started waits for this transaction.
        """
        if wrapped_key is None or master_key_id is None:
            raise ClientGone("client key not found")
        row = lock_key_row(session, client_id)
        if row is None:
            raise ClientGone("client key not found")
        data_key = self.unwrap(row, f"client:{client_id}")
        self.note_decrypt(session, client_id)
        return data_key

    def note_decrypt(self, session: Session, client_id: str) -> None:
        """In job processes, a client's data key being opened is an audit event."""
        self.note_decrypts(session, [client_id])

    def phone_index_key(self, session: Session) -> bytes:
        return self.service_key(session, PHONE_INDEX)

    def audit_key(self, session: Session) -> bytes:
        """The key of the audit trail's HMAC chain (shared.vault.audit)."""
        return self.service_key(session, AUDIT)

    def service_key(self, session: Session, name: str) -> bytes:
        """A service-wide key from the keyring, created on first use."""
        cached = self._service_keys.get(name)
        if cached is not None:
            return cached
        row = session.get(Keyring, name)
        marker = f"{_CREATED_KEY}:{name}"
        created = session.info.get(marker, False)
        if row is None:
            row, created = self._create_service_key(session, name)
        key = self.unwrap(row, f"keyring:{name}")
        if not created:
            self._service_keys[name] = key
        elif not session.info.get(marker):
            # Created in this transaction, which may still roll back: cache it
            # only once it is committed, so this process never keeps a key
            # that no other process has.
            session.info[marker] = True
            event.listen(session, "after_commit", lambda _s: self._remember(name, key), once=True)
        return key

    def _remember(self, name: str, key: bytes) -> None:
        self._service_keys[name] = key

    def phone_index(self, session: Session, e164: str) -> str:
        return crypto.blind_index(self.phone_index_key(session), e164)

    def cached_phone_index(self, e164: str) -> str | None:
        """The phone's blind index when this process already holds the index key, else None.

        For callers without a session: None sends them to the path that reads
        (or creates) the key.
        """
        key = self._service_keys.get(PHONE_INDEX)
        return None if key is None else crypto.blind_index(key, e164)

    def _create_service_key(self, session: Session, name: str) -> tuple[Keyring, bool]:
        # Two processes may race to create it on a fresh database: the loser
        # rolls back its savepoint and reads the winner's key.
        fresh = Keyring(
            name=name,
            wrapped_key=crypto.wrap_key(self.master_key, crypto.new_data_key(), f"keyring:{name}"),
            master_key_id=self.master_key_id,
        )
        try:
            with session.begin_nested():
                session.add(fresh)
            return fresh, True
        except IntegrityError:
            winner = session.execute(select(Keyring).where(Keyring.name == name)).scalar_one()
            return winner, False


# FOR KEY SHARE on PostgreSQL (SQLite renders no lock: its writers are serialised).
KEY_SHARE = {"read": True, "key_share": True}


def lock_key_row(session: Session, client_id: str) -> ClientKey | None:
    """Read a client's key row and hold it ``FOR KEY SHARE`` until the transaction ends.

    Every transaction that seals under a client's data key reads the key this
    way. The lock conflicts only with :func:`rekey_client`'s ``FOR UPDATE``:
    sealers never wait for each other, and a re-key either waits for every
    sealer holding the old key to commit (and then re-encrypts what they
    stored) or makes them wait and read the new key. Without it, a text
    sealed under the old key while the re-key runs would be stored after the
    re-key read the client's rows, and could never be opened again.
    """
    return session.get(ClientKey, client_id, with_for_update=KEY_SHARE)


def rotate_master_key(session: Session, old_key: bytes, new_key: bytes) -> int:
    """Re-wrap every key still under ``old_key`` so that ``new_key`` wraps it."""
    return rewrap_all(session, KeyStore(new_key, (old_key,)))


def rewrap_all(session: Session, keys: KeyStore) -> int:
    """Re-wrap every data key and service key not yet under ``keys.master_key``.

    Client rows are not touched: their ciphertexts are under data keys, which
    do not change. Rows already under the current key are skipped, so an
    interrupted rotation is finished by running it again. Returns how many
    keys were re-wrapped.
    """
    count = 0
    current = keys.master_key_id
    stale_clients = select(ClientKey).where(ClientKey.master_key_id != current)
    for row in session.execute(stale_clients).scalars():
        _rewrap(keys, row, f"client:{row.client_id}")
        count += 1
    for ring in session.execute(select(Keyring).where(Keyring.master_key_id != current)).scalars():
        _rewrap(keys, ring, f"keyring:{ring.name}")
        count += 1
    return count


def _rewrap(keys: KeyStore, row: ClientKey | Keyring, purpose: str) -> None:
    data_key = keys.unwrap(row, purpose)
    row.wrapped_key = crypto.wrap_key(keys.master_key, data_key, purpose)
    row.master_key_id = keys.master_key_id


def rekey_client(session: Session, keys: KeyStore, client_id: str) -> int:
    """Give one client a new data key and re-encrypt every sealed cell of theirs under it.

    For when an old master key leaked: rotation alone would leave the data
    keys it could unwrap (from a copy of the database) valid. One transaction
    per client, so a crash leaves each client wholly old or wholly new.
    Returns how many cells were re-encrypted.
    """
    key_row = session.get(ClientKey, client_id, with_for_update=True)
    client = session.get(Client, client_id)
    if key_row is None or client is None:
        raise ClientGone("client key not found")
    old_key = keys.unwrap(key_row, f"client:{client_id}")
    new_key = crypto.new_data_key()
    rows: list = [client]
    rows += session.execute(select(Practice).where(Practice.client_id == client_id)).scalars()
    rows += session.execute(select(Noticing).where(Noticing.client_id == client_id)).scalars()
    rows += session.execute(select(SafetyPlan).where(SafetyPlan.client_id == client_id)).scalars()
    rows += session.execute(select(BriefPdf).where(BriefPdf.client_id == client_id)).scalars()
    rows += session.execute(select(BriefHtml).where(BriefHtml.client_id == client_id)).scalars()
    # Texts Carryback sent or will send them (their practice, their plan) are theirs too.
    rows += session.execute(
        select(OutboundMessage).where(OutboundMessage.client_id == client_id)
    ).scalars()
    cells = 0
    for row in rows:
        for column in SEALED_COLUMNS:
            if isinstance(row, column.model) and getattr(row, column.attribute):
                plaintext = column.open_bytes(old_key, row)
                column.seal(new_key, row, plaintext or b"")
                cells += 1
    key_row.wrapped_key = crypto.wrap_key(keys.master_key, new_key, f"client:{client_id}")
    key_row.master_key_id = keys.master_key_id
    return cells


class WrongMasterKey(ConfigError):
    """The master key given does not open the keys this database holds."""


def require_master_key_fits(session: Session, keys: KeyStore) -> None:
    """Raise :class:`WrongMasterKey` unless every stored key is wrapped under a key held here.

    Checked at start by the intake, the workers and the summary service: a
    wrong ``CARRYBACK_MASTER_KEY`` used to surface only job by job (alerts
    late, briefs on the third try). The keyring's keys are unwrapped for
    real; client keys are checked by the master key they name (one query).
    """
    held = {crypto.key_id(key) for key in (keys.master_key, *keys.previous)}
    named = set(session.execute(select(ClientKey.master_key_id).distinct()).scalars())
    rings = list(session.execute(select(Keyring)).scalars())
    named |= {ring.master_key_id for ring in rings}
    unknown = sorted(named - held)
    if unknown:
        raise WrongMasterKey(
            f"CARRYBACK_MASTER_KEY does not open this database's keys: they are wrapped under "
            f"master key {', '.join(unknown)}, and this process holds {keys.master_key_id} "
            "(set the right CARRYBACK_MASTER_KEY; during a rotation the old one as "
            "CARRYBACK_OLD_MASTER_KEY)"
        )
    for ring in rings:
        try:
            crypto.unwrap_key(
                keys.unwrapping_key(ring.master_key_id), ring.wrapped_key, f"keyring:{ring.name}"
            )
        except crypto.DecryptionError:
            raise WrongMasterKey(
                f"CARRYBACK_MASTER_KEY does not open the keyring's {ring.name} key "
                f"(wrapped under master key {ring.master_key_id})"
            ) from None
