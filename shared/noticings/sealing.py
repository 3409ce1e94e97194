"""A noticing's sealed columns: its body, tags and corrected cues.

Opened and sealed with the client's data key, bound to table, column and row.
"""

from __future__ import annotations

import json
import logging

from shared.db.models import (
    Noticing,
)
from shared.language.cues import Tags
from shared.vault.sealed import (
    NOTICING_BODY,
    NOTICING_CORRECTED_CUES,
    NOTICING_TAGS,
    OpenedClient,
)

log = logging.getLogger(__name__)


_NEW_ROW_COLUMNS = (
    "id",
    "client_id",
    "kind",
    "source_sid",
    "status",
    "num_media",
    "crisis",
    "crisis_reply_sent",
    "crisis_alert",
    "body_enc",
    "forced_cue_enc",
)


def new_row(noticing: Noticing) -> dict[str, object]:
    """The columns a new text noticing sets; the table's defaults fill the rest."""
    return {name: getattr(noticing, name) for name in _NEW_ROW_COLUMNS}


# --- tagging (worker side) ---------------------------------------------------


def open_body(opened: OpenedClient, noticing: Noticing) -> str:
    return opened.open_text(NOTICING_BODY, noticing) or ""


def open_tags(opened: OpenedClient, noticing: Noticing) -> Tags | None:
    raw = opened.open_text(NOTICING_TAGS, noticing)
    if raw is None:
        return None
    return Tags.from_dict(json.loads(raw))


def open_corrected_cues(opened: OpenedClient, noticing: Noticing) -> tuple[str, ...] | None:
    """The cues a clinician corrected this noticing to; None when never corrected."""
    raw = opened.open_text(NOTICING_CORRECTED_CUES, noticing)
    return None if raw is None else tuple(json.loads(raw))


def seal_corrected_cues(opened: OpenedClient, noticing: Noticing, cues: tuple[str, ...]) -> None:
    opened.seal(NOTICING_CORRECTED_CUES, noticing, json.dumps(list(cues)))


def seal_tags(opened: OpenedClient, noticing: Noticing, tags: Tags) -> None:
    opened.seal(NOTICING_TAGS, noticing, json.dumps(tags.as_dict()))
