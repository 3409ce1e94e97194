"""What happens to a client's message: triage, keywords, storage, tagging.

Pure domain code: the intake view hands over validated fields and sends back
whatever reply this module decides; the worker calls :func:`tag_stored`."""

from __future__ import annotations

from shared.noticings.incoming import (  # noqa: F401
    EMPTY_REPLY,
    HELP_WORDS,
    START_REPLY,
    START_WORDS,
    STOP_WORDS,
    IncomingSms,
    Outcome,
    SmsResult,
    keyword_of,
)
from shared.noticings.receiving import (  # noqa: F401
    receive_sms,
)
from shared.noticings.sealing import (  # noqa: F401
    open_body,
    open_corrected_cues,
    open_tags,
    seal_corrected_cues,
    seal_tags,
)
from shared.noticings.tagging import (  # noqa: F401
    TagBatch,
    cues_for,
    merge_forced,
    tag_stored,
    tag_waiting,
)
