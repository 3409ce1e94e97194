"""The per-process context: settings, database, keys, queues, mailer, signer and
Twilio channel, each built once, on first use.

Services and jobs ask for :func:`context` instead of building clients at
import time, so tests and the CLI can point a process at another database or
Redis by setting the environment before first use (or calling :func:`reset`).
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from functools import cached_property

from shared.db import Database
from shared.infra.channels.email import Mailer
from shared.infra.channels.sms import MessagesChannel
from shared.infra.channels.twilio import TwilioChannel, TwilioSettings
from shared.infra.jobs import JobQueues, connect
from shared.infra.mail import Signer, build_mailer, load_signer
from shared.infra.smime import TrustStore
from shared.kernel.config import Settings, load_settings
from shared.vault import audit
from shared.vault.keys import KeyStore

log = logging.getLogger(__name__)

# Set by `carryback worker` and `carryback serve summary` for their processes
# (and the job processes they fork): every client decrypted there is audited.
JOB_ACTOR_ENV = "CARRYBACK_JOB_ACTOR"


@dataclass
class Context:
    settings: Settings

    @cached_property
    def db(self) -> Database:
        database = Database(self.settings.database_url)
        if self.settings.is_sqlite:
            # The embedded default migrates itself; PostgreSQL is migrated by
            # an explicit `carryback db upgrade` (a one-shot job in production).
            database.upgrade()
        return database

    @cached_property
    def keys(self) -> KeyStore:
        return KeyStore(
            self.settings.master_key,
            self.settings.old_master_keys,
            decrypt_actor=os.environ.get(JOB_ACTOR_ENV) or None,
            decrypt_recorder=audit.record_decrypts,
        )

    @cached_property
    def queues(self) -> JobQueues:
        return JobQueues(
            connect(self.settings.redis_url), liveness_s=self.settings.worker_ttl_seconds
        )

    @cached_property
    def mailer(self) -> Mailer:
        """Raises MailNotSendable (permanent) when SMTP is not configured."""
        return build_mailer(self.settings)

    @cached_property
    def signer(self) -> Signer | None:
        # The certificate and key are read once per process, not per message.
        return load_signer(self.settings)

    @cached_property
    def trust(self) -> TrustStore:
        """The CAs recipient certificates must chain to (SMIME_CA_FILE or the system's)."""
        return TrustStore.load(self.settings.smime_ca_file or None)

    @cached_property
    def twilio(self) -> TwilioChannel:
        return TwilioChannel(self._twilio_settings())

    @cached_property
    def sms(self) -> MessagesChannel:
        """Outbound texts through Twilio's Messages API (welcome, reminders, nudges)."""
        return MessagesChannel(self._twilio_settings())

    def _twilio_settings(self) -> TwilioSettings:
        self.settings.require_twilio()
        return TwilioSettings(
            api_base=self.settings.twilio_api_base,
            account_sid=self.settings.twilio_account_sid,
            auth_token=self.settings.twilio_auth_token,
            phone_number=self.settings.twilio_phone_number,
            region=self.settings.twilio_region,
            edge=self.settings.twilio_edge,
        )


_lock = threading.Lock()
_context: Context | None = None


def context() -> Context:
    global _context
    with _lock:
        if _context is None:
            _context = Context(load_settings())
        return _context


# Audit records made by domain code that holds no key store use this process's.
audit.use_process_keys(lambda: context().keys)


def reset() -> None:
    """Forget the context (tests; a forked worker child rebuilds it)."""
    global _context
    with _lock:
        if _context is not None and "db" in _context.__dict__:
            _context.db.dispose()
        _context = None
