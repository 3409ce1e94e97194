"""``carryback doctor``: is this deployment working? One line per check, each red one with its fix.

It reads the environment the services read and asks each part itself: the
public URL through the proxy, Twilio's API, the SMTP server (a real
handshake, no mail sent), the certificates, the database's schema, Redis,
the workers' and the summary loop's heartbeats, the disk. Nothing is changed
and nothing secret is printed.

Each check is a small function returning a :class:`Result`, so each can be
tried on its own. A failed check (red) makes the command exit 1; a warning
(yellow) is something to act on soon, and leaves the exit status 0."""

from __future__ import annotations

from services.cli.doctor_certificates import (  # noqa: F401
    check_clinician_certificates,
    check_signing_certificate,
)
from services.cli.doctor_reach import (  # noqa: F401
    check_public_url,
    check_settings,
    check_smtp,
    check_twilio,
)
from services.cli.doctor_results import (  # noqa: F401
    EXPIRY_WARNING,
    HTTP_TIMEOUT_S,
    LOOPBACK_HOSTS,
    MIN_FREE_BYTES,
    MIN_FREE_FRACTION,
    SETTINGS_FIX,
    SMTP_TIMEOUT_S,
    Result,
    Status,
    fail,
    ok,
    warn,
)
from services.cli.doctor_run import (  # noqa: F401
    doctor,
    run_checks,
)
from services.cli.doctor_state import (  # noqa: F401
    WorkerLife,
    check_disk,
    check_migrations,
    check_redis,
    check_summary,
    check_workers,
    data_directory,
    database_engine,
    live_workers,
)
