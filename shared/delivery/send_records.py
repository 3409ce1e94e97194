"""After the SMTP server accepted a brief or alert: record it, retrying the recording only.

Sending again because the database was locked or away for a moment is how a
brief reached its clinician twice. Once a message is accepted, a database
error retries the write with backoff for :data:`RECORD_SENT_WITHIN_SECONDS`;
the send is never repeated for it. If the database stays away longer, the
error is raised: the row is still ``sending``, and the next attempt (after the
worker is found dead, or the lease runs out) sends again with the same
Message-ID.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from shared.db import Database
from shared.kernel.defaults import RECORD_SENT_WITHIN_SECONDS

log = logging.getLogger(__name__)

WINDOW_S = RECORD_SENT_WITHIN_SECONDS
FIRST_PAUSE_S = 0.25
LONGEST_PAUSE_S = 8.0


def record_after_acceptance(
    db: Database,
    write: Callable[[Session], None],
    *,
    what: str,
) -> int:
    """Run ``write`` in its own transaction until it commits; the attempts it took.

    ``what`` names the row for the log (ids only). Raises the last database
    error once :data:`WINDOW_S` has passed.
    """
    deadline = time.monotonic() + WINDOW_S
    pause = FIRST_PAUSE_S
    attempt = 0
    while True:
        attempt += 1
        try:
            with db.session() as session:
                write(session)
        except SQLAlchemyError as error:
            if time.monotonic() + pause > deadline:
                log.error(
                    "%s was accepted by the mail server but could not be recorded after "
                    "%d attempts (%s); it will be sent again with the same Message-ID",
                    what,
                    attempt,
                    type(error).__name__,
                )
                raise
            log.warning(
                "%s accepted by the mail server; recording it failed (%s), retrying in %.1fs",
                what,
                type(error).__name__,
                pause,
            )
            time.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE_S)
            continue
        return attempt
