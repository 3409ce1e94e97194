"""Key management on top of the database: data keys, the index key, rotation."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared import crypto
from shared.db.models import Client, ClientKey, Keyring
from shared.sealed import OpenedClient

PHONE_INDEX = "phone_index"
# Marks a session whose transaction created the index key (not yet committed).
_CREATED_INDEX_KEY = "carryback.created_index_key"


class ClientGone(LookupError):
    """The client (and so its data key) has been deleted."""


@dataclass
class KeyStore:
    """Unwraps keys with the process's master key; one per process or request."""

    master_key: bytes
    # The unwrapped index key never changes (rotation re-wraps it only), so
    # one unwrap per process is enough; it sits on every webhook's path.
    _index_key: bytes | None = field(default=None, repr=False)

    @property
    def master_key_id(self) -> str:
        return crypto.key_id(self.master_key)

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
        row = session.get(ClientKey, client_id)
        if row is None:
            raise ClientGone("client key not found")
        return crypto.unwrap_key(self.master_key, row.wrapped_key, f"client:{client_id}")

    def open_client(self, session: Session, client: Client) -> OpenedClient:
        """The client with its data key unwrapped; do this once per job and pass it down."""
        return OpenedClient(client, self.client_key(session, client.id))

    def phone_index_key(self, session: Session) -> bytes:
        if self._index_key is not None:
            return self._index_key
        row = session.get(Keyring, PHONE_INDEX)
        created = session.info.get(_CREATED_INDEX_KEY, False)
        if row is None:
            row, created = self._create_index_key(session)
        key = crypto.unwrap_key(self.master_key, row.wrapped_key, f"keyring:{PHONE_INDEX}")
        if not created:
            self._index_key = key
        elif not session.info.get(_CREATED_INDEX_KEY):
            # Created in this transaction, which may still roll back: cache it
            # only once it is committed, so this process never keeps a key
            # that no other process has.
            session.info[_CREATED_INDEX_KEY] = True
            event.listen(session, "after_commit", lambda _s: self._remember(key), once=True)
        return key

    def _remember(self, key: bytes) -> None:
        self._index_key = key

    def phone_index(self, session: Session, e164: str) -> str:
        return crypto.blind_index(self.phone_index_key(session), e164)

    def _create_index_key(self, session: Session) -> tuple[Keyring, bool]:
        # Two processes may race to create it on a fresh database: the loser
        # rolls back its savepoint and reads the winner's key.
        fresh = Keyring(
            name=PHONE_INDEX,
            wrapped_key=crypto.wrap_key(
                self.master_key, crypto.new_data_key(), f"keyring:{PHONE_INDEX}"
            ),
            master_key_id=self.master_key_id,
        )
        try:
            with session.begin_nested():
                session.add(fresh)
            return fresh, True
        except IntegrityError:
            winner = session.execute(
                select(Keyring).where(Keyring.name == PHONE_INDEX)
            ).scalar_one()
            return winner, False


def rotate_master_key(session: Session, old_key: bytes, new_key: bytes) -> int:
    """Re-wrap every data key and the keyring under ``new_key``.

    Client rows are not touched: their ciphertexts are under data keys, which
    do not change. Returns how many keys were re-wrapped.
    """
    count = 0
    for row in session.execute(select(ClientKey)).scalars():
        _rewrap(row, f"client:{row.client_id}", old_key, new_key)
        count += 1
    for ring in session.execute(select(Keyring)).scalars():
        _rewrap(ring, f"keyring:{ring.name}", old_key, new_key)
        count += 1
    return count


def _rewrap(row: ClientKey | Keyring, purpose: str, old_key: bytes, new_key: bytes) -> None:
    data_key = crypto.unwrap_key(old_key, row.wrapped_key, purpose)
    row.wrapped_key = crypto.wrap_key(new_key, data_key, purpose)
    row.master_key_id = crypto.key_id(new_key)
