"""Envelope encryption for client material, and the phone blind index.

* The master key (``CARRYBACK_MASTER_KEY``) never touches client rows: it only
  wraps keys. Each client has a random 256-bit data key; every sealed value
  is AES-256-GCM under that data key with associated data naming the table,
  column and row, so a ciphertext copied into another row or column fails to
  open instead of silently showing the wrong client's words.
* Deleting a client deletes its wrapped data key and every row of theirs
  (crypto-shredding, :mod:`shared.delivery.shred`): nothing this system holds can open
  their ciphertexts any more. A backup taken before the deletion holds the
  wrapped key too, so it stays readable with the master key of its day until
  the backup itself expires: the README's backup policy bounds that time.
* Phones are found by a keyed blind index (HMAC-SHA256 of the E.164 number)
  whose key is itself wrapped by the master key, so rotating the master key
  re-wraps keys only and leaves every client row untouched.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_VERSION = b"\x01"
_NONCE_BYTES = 12


class DecryptionError(Exception):
    """A sealed value could not be opened: wrong key, wrong row, or tampered."""


def generate_master_key() -> str:
    """A fresh master key, URL-safe base64 of 32 random bytes."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def key_id(master_key: bytes) -> str:
    """A short fingerprint telling which master key wrapped a data key (not secret)."""
    return hashlib.sha256(b"carryback-key-id\x00" + master_key).hexdigest()[:16]


def wrap_key(master_key: bytes, data_key: bytes, purpose: str) -> bytes:
    """Seal a data key under the master key, bound to what it is for."""
    return _seal(master_key, data_key, f"wrap:{purpose}".encode())


def unwrap_key(master_key: bytes, wrapped: bytes, purpose: str) -> bytes:
    return _open(master_key, wrapped, f"wrap:{purpose}".encode())


def associated_data(table: str, column: str, row_id: str) -> bytes:
    return f"{table}.{column}:{row_id}".encode()


def seal(data_key: bytes, plaintext: bytes | str, table: str, column: str, row_id: str) -> bytes:
    """Encrypt one value for one cell: table, column and row are authenticated."""
    if isinstance(plaintext, str):
        plaintext = plaintext.encode("utf-8")
    return _seal(data_key, plaintext, associated_data(table, column, row_id))


def open_sealed(data_key: bytes, sealed: bytes, table: str, column: str, row_id: str) -> bytes:
    return _open(data_key, sealed, associated_data(table, column, row_id))


def open_text(data_key: bytes, sealed: bytes, table: str, column: str, row_id: str) -> str:
    return open_sealed(data_key, sealed, table, column, row_id).decode("utf-8")


def blind_index(index_key: bytes, e164: str) -> str:
    """Deterministic, keyed lookup token for a phone number; reveals nothing without the key."""
    return hmac.new(index_key, e164.encode("ascii"), hashlib.sha256).hexdigest()


def _seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(_NONCE_BYTES)
    return _VERSION + nonce + AESGCM(key).encrypt(nonce, plaintext, _VERSION + aad)


def _open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    if len(sealed) < 1 + _NONCE_BYTES + 16 or sealed[:1] != _VERSION:
        raise DecryptionError("sealed value is malformed")
    nonce = sealed[1 : 1 + _NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, sealed[1 + _NONCE_BYTES :], _VERSION + aad)
    except InvalidTag:
        raise DecryptionError("sealed value does not open with this key and row") from None
