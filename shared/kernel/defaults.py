"""Carryback's defaults in one place: timings, retry schedules, time-to-lives, limits.

The ones marked *setting* are what ``shared.kernel.config`` falls back to when the
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
# A worker silent this long counts as dead, and the job it held as interrupted.
WORKER_TTL_SECONDS = 45  # setting: CARRYBACK_WORKER_TTL
SMTP_TIMEOUT_SECONDS = 30.0  # setting: CARRYBACK_SMTP_TIMEOUT
VOICE_MAX_SECONDS = 60  # setting: CARRYBACK_VOICE_MAX_SECONDS
VOICE_MIN_SECONDS = 5  # the shortest CARRYBACK_VOICE_MAX_SECONDS accepted
PROGRAM_NAME = "Carryback"  # setting: CARRYBACK_PROGRAM_NAME (named in the welcome and HELP)
# The language a client is written to in until their clinician (or they) choose
# another (ISO 639-1): the one every fixed text is written in first.
CLIENT_LANGUAGE = "en"

# --- jobs (RQ) ---------------------------------------------------------------

# The longest error text kept on a row (an alert's, a brief's, a voice note's reason).
ERROR_TEXT_LENGTH = 300

# How long a sender holds a crisis alert before another may take it.
ALERT_LEASE = timedelta(seconds=60)
# Claims of one crisis alert before it is failed and the operator is told.
MAX_ALERT_ATTEMPTS = 8
# How long the intake's "a tag job is already waiting" mark lives if its job is lost.
TAG_PENDING_TTL_S = 10
# How long the intake stops asking a Redis that did not answer (texts wait for the sweep).
BREAKER_OPEN_S = 5.0

# Seconds before each retry of a transient failure; permanent ones never retry.
TAG_RETRY_INTERVALS = (5, 30, 120, 600, 1800)
VOICE_RETRY_INTERVALS = (5, 15, 30, 60, 120, 300)  # "media not ready yet" clears in seconds
MAIL_RETRY_INTERVALS = (30, 60, 120, 300, 600, 900, 1800, 3600)  # briefs and crisis alerts
# A crisis alert still pending this long after its last attempt is tried again
# at the next summary tick, whatever RQ's backoff says (at most this plus a tick
# after the mail server is back; less when CARRYBACK_SWEEP_AFTER is shorter).
ALERT_RETRY_EVERY_SECONDS = 30
SMS_RETRY_INTERVALS = (5, 15, 30, 60, 120)  # a reminder is worth sending only near its slot
# Unwrapped client data keys one process keeps (shared.vault.keys): a practice's
# clients many times over, 32 bytes each.
DATA_KEY_CACHE_SIZE = 4096
# Clients' cue sets one worker keeps compiled (shared.noticings.tagging): a
# compiled set is a few tens of kilobytes, so far fewer than data keys.
COMPILED_CUES_CACHE_SIZE = 512
# Texts one tag job tags per transaction, and the longest it spends tagging
# them (on SQLite the intake waits for that transaction's write lock: a
# webhook's wait stays far below its bounds); and how long one job goes on
# draining before it leaves the rest to a fresh job.
TAG_BATCH_SIZE = 50
TAG_BATCH_SECONDS = 0.03
TAG_DRAIN_SECONDS = 30.0
ENQUEUE_BATCH = 1000  # jobs per Redis pipeline when a tick queues many texts
JOB_TIMEOUT_SECONDS = 600  # a job running longer is killed (and retried)
# Building, encrypting and sending one brief, then recording the send.
BRIEF_JOB_TIMEOUT_SECONDS = 300
# After SMTP accepted a brief or alert, recording that is retried this long
# (the database locked or away); the send itself is never repeated for it.
RECORD_SENT_WITHIN_SECONDS = 60.0
# How often an idle worker cleans RQ's registries and retries a scheduler lock
# a dead worker left behind (RQ's own default is 10 minutes).
WORKER_MAINTENANCE_SECONDS = 20
# A worker that lost Redis waits this long at most between reconnection attempts.
REDIS_RECONNECT_MAX_SECONDS = 30.0
# Meanwhile it sends due crisis alerts straight from the database this often.
ALERTS_WITHOUT_REDIS_SECONDS = 5.0
# The most noticings one sweep hands to Redis (crisis alerts are never held back),
# and the share of Redis's maxmemory above which it hands over crisis alerts only.
SWEEP_BATCH = 200
REDIS_NEARLY_FULL = 0.8
RESULT_TTL_SECONDS = 3600  # finished jobs stay inspectable for an hour
FAILURE_TTL_SECONDS = 30 * 24 * 3600  # failed jobs stay in RQ's registry for a month
# Across RQ's retries and the sweep's re-enqueues: a recording that never
# appears ends as a visible failure instead of an endless loop.
MAX_DOWNLOAD_ATTEMPTS = 10
# The summary loop's heartbeat (a Redis key `carryback doctor` reads) is set after
# every tick that completed, and lapses when this many ticks in a row did not,
# plus some slack for one slow tick.
SUMMARY_HEARTBEAT_MISSED_TICKS = 3
SUMMARY_HEARTBEAT_SLACK_SECONDS = 10

# --- claims and windows ------------------------------------------------------

# A brief claimed (queued or sending) this long ago without an outcome is taken again.
BRIEF_CLAIM_TIMEOUT = timedelta(minutes=15)
# A brief ``sending`` this long (longer than its job may run) is taken again.
BRIEF_SEND_LEASE = timedelta(seconds=BRIEF_JOB_TIMEOUT_SECONDS + 60)
# How long after sending a message a client's UNDO still removes it.
UNDO_WINDOW = timedelta(minutes=15)
# An outbound text claimed this long ago without an outcome: its sender died; taken again.
MESSAGE_SEND_LEASE = timedelta(minutes=2)
MAX_MESSAGE_ATTEMPTS = 6
# The welcome (consent request) may be re-sent at most once a day.
WELCOME_RESEND_AFTER = timedelta(days=1)
# How far ahead the summary loop looks for sessions whose day-before nudge is due.
NUDGE_LOOKAHEAD = timedelta(days=2)
# A call this old with no voice note lost its recording callback: the sweep asks Twilio.
RECORDING_RECONCILE_AFTER = timedelta(minutes=5)
# Look-ups of one call's recordings (that far apart) before the sweep stops asking.
MAX_RECORDING_CHECKS = 6
# Calls older than this are no longer asked about (bounds the sweep's query).
RECORDING_RECONCILE_WITHIN = timedelta(days=7)
# Calls one tick asks Twilio about at most (one REST request each).
RECORDING_RECONCILE_BATCH = 20
# A reminder or nudge that could not go out within this long of its slot (Redis or
# Twilio down, the loop stopped) is skipped: arriving hours late is worse than none.
SLOT_GRACE = timedelta(minutes=10)

# --- reminders ---------------------------------------------------------------

# Quiet hours, in minutes of the client's local day (a client may choose wider ones).
QUIET_START_MINUTE = 21 * 60
QUIET_END_MINUTE = 8 * 60
# The FCC healthcare exemption's limits; a client may choose fewer, never more.
REMINDERS_MAX_PER_DAY = 1
REMINDERS_MAX_PER_WEEK = 3

# --- the intake's bounds: every webhook answered well inside Twilio's 15 s ----

# Twilio's forms are a few kB (a text is at most 1,600 characters); this
# leaves room for the 20,000 characters the form accepts, percent-encoded as
# four-byte characters. A reverse proxy in front should refuse larger too.
WEBHOOK_MAX_BYTES = 256 * 1024
# How long a webhook waits for the database (SQLite's write lock, PostgreSQL's
# connect, lock and statement) before answering 503 so Twilio tries its fallback.
INTAKE_DB_WAIT_MS = 4_000
# PostgreSQL connections per intake (gunicorn sync) worker: one in use, one spare.
INTAKE_DB_POOL_SIZE = 1
INTAKE_DB_POOL_OVERFLOW = 1
# gunicorn's worker timeout for the intake: a last resort above the waits above.
INTAKE_WORKER_TIMEOUT_SECONDS = 10

# --- connections -------------------------------------------------------------

REDIS_CONNECT_TIMEOUT_SECONDS = 2
REDIS_SOCKET_TIMEOUT_SECONDS = 5
TWILIO_HTTP_TIMEOUT_SECONDS = 10.0
# Looking up a text whose send never got an answer: how many of the newest messages
# to that number are read, and how far before the attempt Twilio's clock may be.
SENT_LOOKUP_PAGE_SIZE = 50
SENT_LOOKUP_SKEW = timedelta(minutes=2)
SQLITE_BUSY_TIMEOUT_MS = 30_000  # rides out another process's short write lock
AUDIT_APPEND_ATTEMPTS = 5  # appends racing for the same chain position
# The admin's audit page verifies at most this many new events per view (about
# 0.1 s); the rest wait for the next view or `carryback audit verify`.
AUDIT_VERIFY_BUDGET = 5_000
# A read of the same subject by the same person within this long is the same read:
# no second audit event (who read what stays; a reload adds nothing).
AUDIT_READ_WINDOW = timedelta(minutes=1)

# The clinician console: where e-mailed links point, and how long a brief link opens anything.
CONSOLE_BASE_URL = "http://127.0.0.1:8100"
BRIEF_LINK_DAYS = 7
# Twilio redelivers a webhook within hours (retries, the fallback URL); a week of
# processed MessageSids is ample replay protection, and older ones are pruned.
REPLAY_WINDOW_DAYS = 7

# --- when the database is away: the intake's spool and its deadlines ----------

# Where the intake writes a text the database could not take (sealed, 0600 files
# in a 0700 directory), for the summary service to store once it is back.
SPOOL_DIR = "var/spool"  # setting: CARRYBACK_SPOOL_DIR
# The spool's bounds: beyond either, a text is refused with 503 (Twilio retries
# it or tries the fallback URL). A spooled text is about 1 kB, 6 kB at most.
SPOOL_MAX_FILES = 20_000  # setting: CARRYBACK_SPOOL_MAX_FILES
SPOOL_MAX_BYTES = 64 * 1024 * 1024  # setting: CARRYBACK_SPOOL_MAX_BYTES
# Spooled texts one drain stores before the summary loop goes on with its tick.
SPOOL_DRAIN_BATCH = 500
# How often the summary service looks at a non-empty spool between its ticks:
# a crisis text spooled in an outage raises its alert soon after the database returns.
SPOOL_DRAIN_SECONDS = 5.0
# The wall-clock bound on one webhook's database work (PostgreSQL): past it the
# intake cuts its connection and spools the text (or answers 503), whatever the
# server does. The server's own time-outs cannot help when the server is frozen.
INTAKE_DB_DEADLINE_S = 6.0
# After a text the database could not take, how long the intake's process sends
# texts straight to the spool (one try then costs a whole bound).
DB_BREAKER_OPEN_S = 5.0
# /healthz's bound on its database checks.
HEALTH_DB_DEADLINE_S = 2.0
# TCP keepalives on the intake's PostgreSQL connections: a peer gone from the
# network is noticed in seconds, and unacknowledged data gives up after
# INTAKE_DB_WAIT_MS (tcp_user_timeout).
PG_KEEPALIVES_IDLE_S = 5
PG_KEEPALIVES_INTERVAL_S = 2
PG_KEEPALIVES_COUNT = 2
