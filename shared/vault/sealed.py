"""Sealed columns, declared once, and the one way to seal and open them.

Every ``*_enc`` column is declared here as a :class:`SealedColumn` (its model
and column name). The associated data that binds a ciphertext to its table,
column and row is derived from that declaration, so no call site spells out a
label a typo could break. A job opens a client once (:class:`OpenedClient`:
the row and its unwrapped data key) and passes it down the call chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shared.db.models import (
    Base,
    BriefHtml,
    BriefPdf,
    Client,
    Noticing,
    OutboundMessage,
    Practice,
    SafetyPlan,
)
from shared.kernel import crypto


@dataclass(frozen=True)
class SealedColumn:
    """One sealed column: ``model.<column>_enc`` holds AES-GCM bytes for ``table.column``."""

    model: type[Base]
    column: str

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    @property
    def attribute(self) -> str:
        return f"{self.column}_enc"

    def seal(self, data_key: bytes, row: Base, value: str | bytes) -> None:
        """Encrypt ``value`` into this column of ``row`` (the row needs its id already)."""
        self._check(row)
        sealed = crypto.seal(data_key, value, self.table, self.column, row.id)  # type: ignore[attr-defined]
        setattr(row, self.attribute, sealed)

    def open_bytes(self, data_key: bytes, row: Base) -> bytes | None:
        """The plaintext of this column of ``row``, or None when nothing is stored."""
        self._check(row)
        sealed = getattr(row, self.attribute)
        if not sealed:
            return None
        return crypto.open_sealed(data_key, sealed, self.table, self.column, row.id)  # type: ignore[attr-defined]

    def open_text(self, data_key: bytes, row: Base) -> str | None:
        raw = self.open_bytes(data_key, row)
        return None if raw is None else raw.decode("utf-8")

    def _check(self, row: Base) -> None:
        if not isinstance(row, self.model):
            raise TypeError(f"{self.table}.{self.column} is not a column of {type(row).__name__}")


CLIENT_PHONE = SealedColumn(Client, "phone")
CLIENT_NAME = SealedColumn(Client, "name")
PRACTICE_CUES = SealedColumn(Practice, "cues")
PRACTICE_ACTION = SealedColumn(Practice, "action")
PRACTICE_CARRY_BACK = SealedColumn(Practice, "carry_back")
NOTICING_BODY = SealedColumn(Noticing, "body")
NOTICING_TAGS = SealedColumn(Noticing, "tags")
NOTICING_FORCED_CUE = SealedColumn(Noticing, "forced_cue")
NOTICING_AUDIO = SealedColumn(Noticing, "audio")
OUTBOUND_BODY = SealedColumn(OutboundMessage, "body")
NOTICING_CORRECTED_CUES = SealedColumn(Noticing, "corrected_cues")
SAFETY_PLAN_PARTS = SealedColumn(SafetyPlan, "parts")
BRIEF_PDF = SealedColumn(BriefPdf, "pdf")
BRIEF_HTML = SealedColumn(BriefHtml, "html")

SEALED_COLUMNS = (
    CLIENT_PHONE,
    CLIENT_NAME,
    PRACTICE_CUES,
    PRACTICE_ACTION,
    PRACTICE_CARRY_BACK,
    NOTICING_BODY,
    NOTICING_TAGS,
    NOTICING_FORCED_CUE,
    NOTICING_AUDIO,
    OUTBOUND_BODY,
    NOTICING_CORRECTED_CUES,
    SAFETY_PLAN_PARTS,
    BRIEF_PDF,
    BRIEF_HTML,
)


@dataclass(frozen=True)
class OpenedClient:
    """A client row with its data key unwrapped: seal and open that client's cells."""

    client: Client
    data_key: bytes = field(repr=False)

    @property
    def id(self) -> str:
        return self.client.id

    def seal(self, column: SealedColumn, row: Base, value: str | bytes) -> None:
        self._owns(row)
        column.seal(self.data_key, row, value)

    def open_text(self, column: SealedColumn, row: Base) -> str | None:
        self._owns(row)
        return column.open_text(self.data_key, row)

    def open_bytes(self, column: SealedColumn, row: Base) -> bytes | None:
        self._owns(row)
        return column.open_bytes(self.data_key, row)

    @property
    def name(self) -> str:
        return self.open_text(CLIENT_NAME, self.client) or ""

    @property
    def phone(self) -> str:
        return self.open_text(CLIENT_PHONE, self.client) or ""

    def _owns(self, row: Base) -> None:
        owner = row.id if isinstance(row, Client) else getattr(row, "client_id", None)  # type: ignore[attr-defined]
        if owner != self.client.id:
            raise ValueError("row belongs to another client")
