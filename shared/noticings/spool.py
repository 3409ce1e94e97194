"""Texts the database could not take when they came: sealed files, stored later, once each.

The crisis reply must never depend on storage. When the intake cannot store a
text (the database down, hung, read-only or locked past its wait), it writes
the webhook's fields to a local spool directory and answers 200, with the
crisis reply when the text is crisis language. The summary service drains the
spool when the database is back: each text goes through ``receive_sms``
exactly as if it had just arrived, so its MessageSid is claimed in
``processed_messages`` (a text spooled twice, or drained by two processes at
once, is stored once) and a crisis alert is raised from it then.

Protected: the directory is 0700 and each file 0600 (whatever the umask),
and a file holds no plaintext. Its content is sealed (AES-256-GCM) under a
fresh key of its own, wrapped under the master key (the key the vault wraps
every other key with, so no database is needed to seal, and a rotated master
key still opens it through ``CARRYBACK_OLD_MASTER_KEY``); the associated data
names the MessageSid, so a file renamed or copied over another fails to open.
Only the MessageSid (Twilio's id, not client material) is in the file name.

Bounded: at most ``max_files`` files and ``max_bytes`` bytes. Beyond either the
intake answers 503 as it did before the spool, so Twilio's retry and fallback
URL apply. Durable: written to a temporary name, fsync'd, renamed, and the
directory fsync'd, so an answered text survives a crash of the host.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from shared.db.models import Noticing
from shared.kernel import crypto
from shared.kernel.config import Settings
from shared.noticings.incoming import IncomingSms, Outcome, SmsResult
from shared.noticings.receiving import receive_sms
from shared.vault.keys import KeyStore

log = logging.getLogger(__name__)

SUFFIX = ".sealed"
# A sealed one-line text with its form fields is about 2 KB; room for one of these
# is what "the spool can take a text" means to /healthz.
_ORDINARY_SEALED = 4096
_TEMP_PREFIX = ".incoming-"
_FORMAT = 1
# The file name is the MessageSid: only Twilio's shape of it is accepted.
_SAFE_SID = re.compile(r"^[A-Za-z]{2}[0-9A-Za-z]{32}$")
_AAD_TABLE = "spool"
_AAD_COLUMN = "webhook"


class SpoolFull(Exception):
    """The spool holds as many files or bytes as it may: the webhook is refused (503)."""


@dataclass(frozen=True)
class SpooledText:
    """A text as the intake received it, with what the intake decided then."""

    sms: IncomingSms
    crisis: bool
    crisis_language: str
    received_at: datetime


@dataclass(frozen=True)
class SpoolState:
    files: int
    bytes: int


@dataclass(frozen=True)
class DrainResult:
    stored: int = 0
    duplicates: int = 0
    alerts: int = 0
    unreadable: int = 0
    left: int = 0


class Spool:
    """The spool directory; every process opening it makes it private first."""

    def __init__(self, directory: Path | str, *, max_files: int, max_bytes: int) -> None:
        self.directory = Path(directory)
        self.max_files = max_files
        self.max_bytes = max_bytes

    def ensure(self) -> None:
        """Create the directory owner-only (0700), and tighten one that exists."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.directory, 0o700)

    # --- the intake's side -------------------------------------------------------

    def put(self, keys: KeyStore, text: SpooledText) -> Path:
        """Seal and write one text durably; SpoolFull beyond the bounds, OSError from the disk."""
        sid = text.sms.message_sid
        if not _SAFE_SID.match(sid):
            raise ValueError("a MessageSid of Twilio's shape is needed to spool a text")
        content = _seal(keys, text)
        state = self.state()
        if state.files + 1 > self.max_files or state.bytes + len(content) > self.max_bytes:
            raise SpoolFull(f"spool holds {state.files} files, {state.bytes} bytes")
        self.ensure()
        final = self.directory / f"{sid}{SUFFIX}"
        temporary = self.directory / f"{_TEMP_PREFIX}{secrets.token_hex(8)}"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.fchmod(descriptor, 0o600)
            os.write(descriptor, content)
            os.fsync(descriptor)
        except BaseException:
            os.close(descriptor)
            temporary.unlink(missing_ok=True)
            raise
        os.close(descriptor)
        # A redelivery of a sid already spooled replaces it: the same text, once.
        os.replace(temporary, final)
        _fsync_directory(self.directory)
        return final

    # --- what is waiting ---------------------------------------------------------

    def files(self) -> list[Path]:
        """Spooled texts, oldest first."""
        try:
            entries = [entry for entry in os.scandir(self.directory) if entry.name.endswith(SUFFIX)]
        except FileNotFoundError:
            return []
        entries.sort(key=_mtime)
        return [Path(entry.path) for entry in entries]

    def state(self) -> SpoolState:
        files = 0
        size = 0
        for path in self._entries():
            try:
                size += path.stat().st_size
            except FileNotFoundError:
                continue  # drained meanwhile
            files += 1
        return SpoolState(files, size)

    def has_room(self) -> bool:
        """Whether one more text of ordinary size could be spooled now: under both
        bounds, and a directory (or the place it will be made) this process can write."""
        state = self.state()
        if state.files + 1 > self.max_files or state.bytes + _ORDINARY_SEALED > self.max_bytes:
            return False
        existing = self.directory if self.directory.exists() else self.directory.parent
        return os.access(existing, os.W_OK | os.X_OK)

    def _entries(self) -> Iterator[Path]:
        try:
            yield from (Path(e.path) for e in os.scandir(self.directory) if e.is_file())
        except FileNotFoundError:
            return

    def read(self, keys: KeyStore, path: Path) -> SpooledText:
        """Open a spooled text (crypto.DecryptionError or ValueError when it cannot be)."""
        sid = path.name.removesuffix(SUFFIX)
        return _open(keys, sid, path.read_bytes())

    def remove(self, path: Path) -> None:
        path.unlink(missing_ok=True)  # another drainer may have been first
        _fsync_directory(self.directory)


# --- sealing -------------------------------------------------------------------


def _seal(keys: KeyStore, text: SpooledText) -> bytes:
    sid = text.sms.message_sid
    payload = json.dumps(
        {
            "sid": sid,
            "from": text.sms.sender,
            "body": text.sms.body,
            "num_media": text.sms.num_media,
            "opt_out_type": text.sms.opt_out_type,
            "crisis": text.crisis,
            "crisis_language": text.crisis_language,
            "received_at": text.received_at.isoformat(),
        }
    )
    file_key = crypto.new_data_key()
    envelope = {
        "format": _FORMAT,
        "master_key_id": keys.master_key_id,
        "wrapped_key": _b64(crypto.wrap_key(keys.master_key, file_key, f"spool:{sid}")),
        "sealed": _b64(crypto.seal(file_key, payload, _AAD_TABLE, _AAD_COLUMN, sid)),
    }
    return json.dumps(envelope).encode("ascii")


def _open(keys: KeyStore, sid: str, content: bytes) -> SpooledText:
    envelope = json.loads(content)
    if envelope.get("format") != _FORMAT:
        raise ValueError("not a spooled text of a format this version reads")
    master = keys.unwrapping_key(envelope["master_key_id"])
    file_key = crypto.unwrap_key(master, base64.b64decode(envelope["wrapped_key"]), f"spool:{sid}")
    sealed = base64.b64decode(envelope["sealed"])
    payload = json.loads(crypto.open_text(file_key, sealed, _AAD_TABLE, _AAD_COLUMN, sid))
    return SpooledText(
        sms=IncomingSms(
            message_sid=payload["sid"],
            sender=payload["from"],
            body=payload["body"],
            num_media=int(payload["num_media"]),
            opt_out_type=payload["opt_out_type"],
        ),
        crisis=bool(payload["crisis"]),
        crisis_language=payload["crisis_language"],
        received_at=datetime.fromisoformat(payload["received_at"]).astimezone(UTC),
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _mtime(entry: os.DirEntry[str]) -> float:
    try:
        return entry.stat().st_mtime
    except FileNotFoundError:
        return 0.0


def _fsync_directory(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# --- draining ------------------------------------------------------------------

Sessions = Callable[[], AbstractContextManager[Session]]


def drain(
    spool: Spool,
    sessions: Sessions,
    keys: KeyStore,
    settings: Settings,
    hand_off: Callable[[SmsResult], None],
    *,
    limit: int,
) -> DrainResult:
    """Store up to ``limit`` spooled texts, oldest first; each file removed once committed.

    ``sessions`` gives a committed-on-success unit of work; ``hand_off``
    enqueues what a stored text needs (its tag job, its crisis alert) after
    the commit, as the intake does. A database error stops the drain (the
    rest waits for the next one); a file that cannot be opened or stored is
    left in place, counted as unreadable and logged by name only.
    """
    stored = duplicates = alerts = unreadable = 0
    files = spool.files()
    for path in files[:limit]:
        try:
            text = spool.read(keys, path)
        except FileNotFoundError:
            continue  # another drainer took it
        except (crypto.DecryptionError, ValueError, KeyError) as error:
            unreadable += 1
            log.error("spooled text %s cannot be opened (%s); left in place", path.name, error)
            continue
        try:
            result = _store(sessions, keys, settings, text)
        except SQLAlchemyError:
            raise  # the database is away again: the rest waits for the next drain
        except Exception as error:  # this file only (a bug, bad data): never block the rest
            unreadable += 1
            kind = type(error).__name__
            log.error("spooled text %s not stored (%s); left in place", path.name, kind)
            continue
        spool.remove(path)
        if result.outcome is Outcome.DUPLICATE:
            duplicates += 1
        else:
            stored += 1
        alerts += len(result.enqueue_alert)
        hand_off(result)
    left = max(len(files) - stored - duplicates, 0)
    return DrainResult(stored, duplicates, alerts, unreadable, left)


def _store(sessions: Sessions, keys: KeyStore, settings: Settings, text: SpooledText) -> SmsResult:
    """One spooled text through the live path, committed; its noticing dated when it came."""
    with sessions() as session:
        result = receive_sms(
            session,
            keys,
            settings,
            text.sms,
            crisis=text.crisis,
            crisis_language=text.crisis_language,
        )
        if result.outcome is Outcome.STORED and result.noticing_id:
            # The noticing dates from when the client wrote it, not from the drain.
            session.execute(
                update(Noticing)
                .where(Noticing.id == result.noticing_id)
                .values(received_at=text.received_at)
            )
    return result
