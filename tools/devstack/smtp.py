"""Real SMTP servers (aiosmtpd) on loopback: keep messages in memory, or file them as .eml."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from tools.devstack.processes import free_port

HOST = "127.0.0.1"


class Inbox:
    """Keeps every message it accepts, or answers RCPT/DATA with a fixed reply."""

    def __init__(self, *, rcpt_reply: str | None = None, data_reply: str | None = None) -> None:
        self.rcpt_reply = rcpt_reply
        self.data_reply = data_reply
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        content = envelope.content if isinstance(envelope.content, bytes) else b""
        self.messages.append((envelope.mail_from or "", list(envelope.rcpt_tos), content))
        return "250 Message accepted for delivery"


class OutboxHandler:
    """Write each message, exactly as received, to the next numbered ``NNN.eml``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()
        self._count = 0

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        with self._lock:
            self._count += 1
            path = self.directory / f"{self._count:03d}.eml"
        # Write then rename: a reader polling the outbox never sees half a message.
        partial = path.with_suffix(".part")
        partial.write_bytes(content)
        partial.replace(path)
        return "250 Message accepted for delivery"


class Outbox:
    """An SMTP server on 127.0.0.1 that files messages under ``directory``."""

    def __init__(self, directory: Path, port: int) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.port = port
        self._controller = Controller(OutboxHandler(directory), hostname=HOST, port=port)

    @property
    def smtp_url(self) -> str:
        return f"smtp://{HOST}:{self.port}"

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()

    def messages(self) -> list[Path]:
        return sorted(self.directory.glob("*.eml"))


@contextmanager
def smtp_sink(handler: object, port: int | None = None, **options: Any) -> Iterator[int]:
    """Serve SMTP with ``handler`` on loopback for the block; yields the port.

    ``options`` go to aiosmtpd's Controller (TLS context, authenticator...).
    """
    port = port or free_port()
    controller = Controller(handler, hostname=HOST, port=port, **options)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


class SwitchableSink:
    """An SMTP server on one fixed port that can accept, hang at DATA, or be down.

    ``accept``: keeps each message with the monotonic time it was accepted.
    ``hang``: takes the connection and the whole message, then never answers
    DATA (the sender's socket times out, or the sender is killed meanwhile);
    nothing it receives counts as delivered. ``slow``: answers DATA (and
    keeps the message) only after ``slow_s`` seconds, as a loaded mail
    server would. ``down()`` closes the port.
    """

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.mode = "accept"
        self.slow_s = 8.0
        self.slowed = 0  # DATA commands held back in ``slow`` mode
        self.accepted: list[tuple[float, list[str], bytes]] = []
        self.hung = 0  # DATA commands received and never answered
        # Awaited (with the message kept) before a message is answered 250: a
        # test does what must happen "right after the server accepted" here.
        self.before_reply: Callable[[], Awaitable[None]] | None = None
        self._controller: Controller | None = None
        self._lock = threading.Lock()

    @property
    def smtp_url(self) -> str:
        return f"smtp://{HOST}:{self.port}"

    def up(self) -> None:
        if self._controller is None:
            self._controller = Controller(self, hostname=HOST, port=self.port)
            self._controller.start()

    def down(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def to(self, recipient: str) -> list[bytes]:
        with self._lock:
            return [raw for _, rcpts, raw in self.accepted if recipient in rcpts]

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.mode == "hang":
            with self._lock:
                self.hung += 1
            await asyncio.Event().wait()  # never set: the reply never comes
        if self.mode == "slow":
            with self._lock:
                self.slowed += 1
            await asyncio.sleep(self.slow_s)
        content = envelope.original_content or b""
        with self._lock:
            self.accepted.append((time.monotonic(), list(envelope.rcpt_tos), content))
        if self.before_reply is not None:
            await self.before_reply()
        return "250 Message accepted for delivery"
