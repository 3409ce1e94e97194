"""Carryback's defaults in one place: timings, retry schedules, time-to-lives, limits.

The ones marked *setting* are what ``shared.config`` falls back to when the
environment says nothing; the others are fixed here, so a reader finds every
number that decides when something is retried, given up or kept.
"""

from __future__ import annotations

from datetime import timedelta

# --- settings' defaults (the environment may override them) ------------------

REDIS_URL = "redis://127.0.0.1:6379/0"  # setting: REDIS_URL
TWILIO_API_BASE = "https://api.twilio.com"  # setting: TWILIO_API_BASE
BRIEF_LEAD_MINUTES = 120  # setting: CARRYBACK_BRIEF_LEAD_MINUTES (clinicians may set their own)
SUMMARY_INTERVAL_SECONDS = 60  # setting: CARRYBACK_SUMMARY_INTERVAL
SWEEP_AFTER_SECONDS = 120  # setting: CARRYBACK_SWEEP_AFTER
VOICE_MAX_SECONDS = 60  # setting: CARRYBACK_VOICE_MAX_SECONDS
VOICE_MIN_SECONDS = 5  # the shortest CARRYBACK_VOICE_MAX_SECONDS accepted

# --- jobs (RQ) ---------------------------------------------------------------

# Seconds before each retry of a transient failure; permanent ones never retry.
TAG_RETRY_INTERVALS = (5, 30, 120, 600, 1800)
VOICE_RETRY_INTERVALS = (5, 15, 30, 60, 120, 300)  # "media not ready yet" clears in seconds
MAIL_RETRY_INTERVALS = (30, 60, 120, 300, 600, 900, 1800, 3600)  # briefs and crisis alerts
JOB_TIMEOUT_SECONDS = 600  # a job running longer is killed (and retried)
RESULT_TTL_SECONDS = 3600  # finished jobs stay inspectable for an hour
FAILURE_TTL_SECONDS = 30 * 24 * 3600  # failed jobs stay in RQ's registry for a month
# Across RQ's retries and the sweep's re-enqueues: a recording that never
# appears ends as a visible failure instead of an endless loop.
MAX_DOWNLOAD_ATTEMPTS = 10

# --- claims and windows ------------------------------------------------------

# A brief claimed (queued or sending) this long ago without an outcome is taken again.
BRIEF_CLAIM_TIMEOUT = timedelta(minutes=15)
# How long after sending a message a client's UNDO still removes it.
UNDO_WINDOW = timedelta(minutes=15)

# --- connections -------------------------------------------------------------

REDIS_CONNECT_TIMEOUT_SECONDS = 2
REDIS_SOCKET_TIMEOUT_SECONDS = 5
TWILIO_HTTP_TIMEOUT_SECONDS = 10.0
SMTP_TIMEOUT_SECONDS = 30.0
SQLITE_BUSY_TIMEOUT_MS = 30_000  # rides out another process's short write lock
AUDIT_APPEND_ATTEMPTS = 5  # appends racing for the same chain position

# The clinician console: where e-mailed links point, and how long a brief link opens anything.
CONSOLE_BASE_URL = "http://127.0.0.1:8100"
BRIEF_LINK_DAYS = 7
