"""Settings from the environment (12-factor).

Every value is read once, at start-up, into a frozen :class:`Settings`. A
missing or malformed required value raises :class:`ConfigError` whose message
is one line naming the variable, so a misconfigured process stops before it
accepts a single webhook. Secrets have no defaults at all.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from shared.kernel import defaults

DEFAULT_DATABASE_PATH = Path("var") / "carryback.sqlite3"
DEFAULT_CRISIS_REPLY = (
    "If you are thinking about harming yourself or are in danger, call or text 988 "
    "(Suicide & Crisis Lifeline), or call 911 in an emergency. "
    "This number is not monitored in real time."
)
# The same resources for a crisis written in Spanish: 988 in Spanish (press 2,
# or text AYUDA) and 911. A fixed text, never generated. Every character is in
# the GSM-7 alphabet ("ñ" and "é" are; "á", "í", "ó", "ú" are not, so "número"
# and "envía" are avoided): sent with the English reply it makes three SMS
# segments, where one accented letter would make the pair six.
DEFAULT_CRISIS_REPLY_ES = (
    "Si piensas en hacerte daño o corres peligro, llama al 988 y marca 2, "
    "o manda AYUDA por mensaje al 988. En una emergencia, llama al 911. "
    "Nadie revisa estos mensajes en tiempo real."
)
DEFAULT_ACK_REPLY = "Got it, thank you. It will be there for your next session."
DEFAULT_UNKNOWN_REPLY = "This number cannot take messages from you. Please contact your clinician."
# The program's name is a setting (CARRYBACK_PROGRAM_NAME), so the default HELP
# reply is a template; CARRYBACK_HELP_REPLY replaces it whole.
DEFAULT_HELP_TEMPLATE = (
    "{program}: text what you notice, when you notice it, and it goes to your next session. "
    "CUES lists your cues, PRACTICE sends your practice again, PLAN your safety plan, "
    f"UNDO removes your last message (within {defaults.UNDO_WINDOW.seconds // 60} min), "
    "PAUSE pauses reminders, RESUME restarts them, STOP ends messages. "
    "Not monitored in real time: in an emergency call or text 988, or call 911."
)
DEFAULT_HELP_REPLY = DEFAULT_HELP_TEMPLATE.format(program=defaults.PROGRAM_NAME)
DEFAULT_VOICE_GREETING = "After the beep, say what you noticed. Hang up when you are done."


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the variable."""


class OptOutHandling(StrEnum):
    """Who answers STOP, START and HELP texts (``TWILIO_OPT_OUT``).

    ``twilio-default``: what a new long code does. Twilio answers its default
    keywords itself (STOP, START, HELP and their synonyms) and still forwards
    them, so Carryback records the change but sends no reply of its own.
    ``carryback``: the number is in a Messaging Service with Advanced Opt-Out,
    its HELP and opt-in replies turned off; Carryback answers HELP and START
    (the opt-out confirmation stays Twilio's: nothing sent after STOP passes
    Twilio's block). docs/deploying.md says how to set the account up.
    """

    TWILIO_DEFAULT = "twilio-default"
    CARRYBACK = "carryback"


def _required(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise ConfigError(f"{name} is not set")
    return value


def _url(env: Mapping[str, str], name: str, default: str | None, schemes: tuple[str, ...]) -> str:
    raw = env.get(name, "").strip() or default
    if raw is None:
        raise ConfigError(f"{name} is not set")
    parts = urlsplit(raw)
    if parts.scheme not in schemes or not (parts.netloc or parts.path):
        allowed = ", ".join(f"{s}://" for s in schemes)
        raise ConfigError(f"{name} must be a URL starting with {allowed}")
    return raw.rstrip("/")


def _text(env: Mapping[str, str], name: str, default: str) -> str:
    """A fixed message an operator may reword; blank means the default."""
    return env.get(name, "").strip() or default


def _program(env: Mapping[str, str]) -> str:
    return _text(env, "CARRYBACK_PROGRAM_NAME", defaults.PROGRAM_NAME)


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}")
    return value


def decode_master_key(raw: str, name: str = "CARRYBACK_MASTER_KEY") -> bytes:
    """A master key is 32 random bytes in URL-safe base64 (``carryback keys generate``)."""
    try:
        text = raw.strip()
        key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise ConfigError(f"{name} is not valid base64 (use `carryback keys generate`)") from None
    if len(key) != 32:
        raise ConfigError(f"{name} must decode to 32 bytes, got {len(key)}")
    return key


def _old_master_keys(env: Mapping[str, str]) -> tuple[bytes, ...]:
    """CARRYBACK_OLD_MASTER_KEY: previous master keys, comma-separated (may be blank)."""
    raw = env.get("CARRYBACK_OLD_MASTER_KEY", "")
    return tuple(
        decode_master_key(part, "CARRYBACK_OLD_MASTER_KEY")
        for part in raw.split(",")
        if part.strip()
    )


def _database_url(env: Mapping[str, str]) -> str:
    raw = env.get("DATABASE_URL", "").strip()
    if not raw:
        return f"sqlite:///{DEFAULT_DATABASE_PATH}"
    if raw.startswith("postgres://"):
        # Heroku-style URLs; SQLAlchemy 2 only knows the postgresql scheme.
        raw = "postgresql://" + raw[len("postgres://") :]
    if raw.startswith("postgresql://"):
        raw = "postgresql+psycopg://" + raw[len("postgresql://") :]
    if not raw.startswith(("sqlite:", "postgresql+")):
        raise ConfigError("DATABASE_URL must be a sqlite:/// or postgresql:// URL")
    return raw


@dataclass(frozen=True)
class Settings:
    """Everything a Carryback process needs, validated."""

    database_url: str
    redis_url: str
    master_key: bytes = field(repr=False)
    # Accepted for unwrapping only, during and after a rotation.
    old_master_keys: tuple[bytes, ...] = field(default=(), repr=False)
    twilio_account_sid: str = ""
    twilio_auth_token: str = field(default="", repr=False)
    twilio_phone_number: str = ""
    twilio_api_base: str = defaults.TWILIO_API_BASE
    # Twilio Region and Edge Location for the REST API (e.g. ie1 and dublin).
    twilio_region: str = ""
    twilio_edge: str = ""
    # Who answers STOP, START and HELP: Twilio's default handling, or Carryback.
    twilio_opt_out: OptOutHandling = OptOutHandling.TWILIO_DEFAULT
    public_base_url: str = ""
    smtp_url: str = field(default="", repr=False)
    mail_from: str = ""
    signing_cert_path: str = ""
    signing_key_path: str = field(default="", repr=False)
    # Briefs and alerts are signed unless CARRYBACK_SIGN_MAIL=off says otherwise.
    sign_mail: bool = True
    # CA certificates recipient S/MIME certificates must chain to (blank: the system store).
    smime_ca_file: str = ""
    # Told (without client material) when a crisis alert cannot be delivered.
    operator_email: str = ""
    ack_reply: str = DEFAULT_ACK_REPLY
    unknown_reply: str = DEFAULT_UNKNOWN_REPLY
    help_reply: str = DEFAULT_HELP_REPLY
    crisis_reply: str = DEFAULT_CRISIS_REPLY
    crisis_reply_es: str = DEFAULT_CRISIS_REPLY_ES
    # The Spanish of the texts above an operator may reword; empty: the Spanish
    # in the message catalogue (shared/language/catalogue/es.po), which the
    # kernel cannot read (shared.outreach.texts chooses).
    ack_reply_es: str = ""
    unknown_reply_es: str = ""
    help_reply_es: str = ""
    voice_greeting_es: str = ""
    voice_greeting: str = DEFAULT_VOICE_GREETING
    voice_max_seconds: int = defaults.VOICE_MAX_SECONDS
    keep_audio: bool = False
    brief_lead_minutes: int = defaults.BRIEF_LEAD_MINUTES
    summary_interval_seconds: int = defaults.SUMMARY_INTERVAL_SECONDS
    sweep_after_seconds: int = defaults.SWEEP_AFTER_SECONDS
    program_name: str = defaults.PROGRAM_NAME
    practice_contact: str = ""
    worker_ttl_seconds: int = defaults.WORKER_TTL_SECONDS
    smtp_timeout_seconds: float = defaults.SMTP_TIMEOUT_SECONDS
    # Where links in PHI-free e-mails point, and how long such a link opens anything.
    console_base_url: str = defaults.CONSOLE_BASE_URL
    brief_link_days: int = defaults.BRIEF_LINK_DAYS
    # How long a processed MessageSid is remembered against a replay (then pruned).
    replay_window_days: int = defaults.REPLAY_WINDOW_DAYS
    # The intake's spool for texts the database could not take (shared.noticings.spool).
    spool_dir: str = defaults.SPOOL_DIR
    spool_max_files: int = defaults.SPOOL_MAX_FILES
    spool_max_bytes: int = defaults.SPOOL_MAX_BYTES

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def require_twilio(self) -> None:
        """Fail start-up of a process that talks to Twilio without its settings."""
        for name, value in (
            ("TWILIO_ACCOUNT_SID", self.twilio_account_sid),
            ("TWILIO_AUTH_TOKEN", self.twilio_auth_token),
            ("TWILIO_PHONE_NUMBER", self.twilio_phone_number),
            ("PUBLIC_BASE_URL", self.public_base_url),
        ):
            if not value:
                raise ConfigError(f"{name} is not set")

    def require_mail(self) -> None:
        """Fail start-up of a process that sends email without its settings."""
        if not self.smtp_url:
            raise ConfigError("SMTP_URL is not set")
        if "@" not in self.mail_from:
            raise ConfigError("MAIL_FROM is not set (an address briefs are sent from)")

    def require_signing(self) -> None:
        """Fail start-up of a mail-sending process that would send briefs and alerts unsigned.

        Checked when a process starts, never at send time: a crisis alert is
        never held back by this, only a misconfigured deployment.
        """
        if self.sign_mail and not self.signing_cert_path:
            raise ConfigError(
                "CARRYBACK_SIGNING_CERT is not set: briefs and alerts are signed by default"
                " (set CARRYBACK_SIGN_MAIL=off to send them encrypted but unsigned)"
            )


def _twilio(env: Mapping[str, str]) -> dict[str, Any]:
    """Twilio settings are checked for shape here; for presence by require_twilio()."""
    sid = env.get("TWILIO_ACCOUNT_SID", "").strip()
    if sid and not (sid.startswith("AC") and len(sid) == 34):
        raise ConfigError("TWILIO_ACCOUNT_SID must look like AC followed by 32 characters")
    public = env.get("PUBLIC_BASE_URL", "").strip()
    return {
        "twilio_account_sid": sid,
        "twilio_auth_token": env.get("TWILIO_AUTH_TOKEN", "").strip(),
        "twilio_phone_number": env.get("TWILIO_PHONE_NUMBER", "").strip(),
        "public_base_url": _url(env, "PUBLIC_BASE_URL", None, ("https", "http")) if public else "",
        **_twilio_region(env),
        "twilio_opt_out": _opt_out_handling(env),
    }


def _opt_out_handling(env: Mapping[str, str]) -> OptOutHandling:
    raw = env.get("TWILIO_OPT_OUT", "").strip().lower() or OptOutHandling.TWILIO_DEFAULT
    try:
        return OptOutHandling(raw)
    except ValueError:
        choices = " or ".join(handling.value for handling in OptOutHandling)
        raise ConfigError(f"TWILIO_OPT_OUT must be {choices}") from None


_TWILIO_REGION = re.compile(r"^[a-z]{2}[0-9]$")
_TWILIO_EDGE = re.compile(r"^[a-z]+(-[a-z]+)*$")


def _twilio_region(env: Mapping[str, str]) -> dict[str, str]:
    """TWILIO_REGION and TWILIO_EDGE, the variables twilio-python reads, checked.

    Both become part of a host name, so only their documented shapes pass. A
    Region needs an Edge: Twilio retired the api.REGION.twilio.com hosts (they
    processed every request in US1 anyway) for api.EDGE.REGION.twilio.com.
    """
    region = env.get("TWILIO_REGION", "").strip().lower()
    edge = env.get("TWILIO_EDGE", "").strip().lower()
    if region and not _TWILIO_REGION.fullmatch(region):
        raise ConfigError("TWILIO_REGION must be a Twilio Region such as ie1 or au1")
    if edge and not _TWILIO_EDGE.fullmatch(edge):
        raise ConfigError("TWILIO_EDGE must be a Twilio Edge Location such as dublin or sydney")
    if region and not edge:
        raise ConfigError(
            "TWILIO_REGION needs TWILIO_EDGE as well (ie1 with dublin, au1 with sydney): "
            "Twilio no longer serves api.REGION.twilio.com"
        )
    return {"twilio_region": region, "twilio_edge": edge}


def _signing(env: Mapping[str, str]) -> dict[str, str | bool]:
    """Sign briefs and alerts with the service's certificate (both files or neither)."""
    cert = env.get("CARRYBACK_SIGNING_CERT", "").strip()
    key = env.get("CARRYBACK_SIGNING_KEY", "").strip()
    if bool(cert) != bool(key):
        missing = "CARRYBACK_SIGNING_KEY" if cert else "CARRYBACK_SIGNING_CERT"
        raise ConfigError(f"{missing} is not set (signing needs a certificate and its key)")
    for name, path in (("CARRYBACK_SIGNING_CERT", cert), ("CARRYBACK_SIGNING_KEY", key)):
        if path and not Path(path).is_file():
            raise ConfigError(f"{name} names no readable file")
    choice = env.get("CARRYBACK_SIGN_MAIL", "on").strip().lower() or "on"
    if choice not in {"on", "off"}:
        raise ConfigError("CARRYBACK_SIGN_MAIL must be on or off")
    return {"signing_cert_path": cert, "signing_key_path": key, "sign_mail": choice == "on"}


def _smime_ca_file(env: Mapping[str, str]) -> str:
    path = env.get("SMIME_CA_FILE", "").strip()
    if path and not Path(path).is_file():
        raise ConfigError("SMIME_CA_FILE names no readable file")
    return path


def _operator_email(env: Mapping[str, str]) -> str:
    value = env.get("CARRYBACK_OPERATOR_EMAIL", "").strip()
    if value and ("@" not in value or not value.isascii() or any(c.isspace() for c in value)):
        raise ConfigError("CARRYBACK_OPERATOR_EMAIL must be one plain ASCII e-mail address")
    return value


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate settings; raise ConfigError naming the first bad variable."""
    env = os.environ if env is None else env
    master_key = decode_master_key(_required(env, "CARRYBACK_MASTER_KEY"))
    return Settings(
        database_url=_database_url(env),
        redis_url=_url(env, "REDIS_URL", defaults.REDIS_URL, ("redis", "rediss", "unix")),
        master_key=master_key,
        old_master_keys=_old_master_keys(env),
        twilio_api_base=_url(env, "TWILIO_API_BASE", defaults.TWILIO_API_BASE, ("https", "http")),
        smtp_url=env.get("SMTP_URL", "").strip(),
        mail_from=env.get("MAIL_FROM", "").strip(),
        operator_email=_operator_email(env),
        smime_ca_file=_smime_ca_file(env),
        **_signing(env),
        ack_reply=env.get("CARRYBACK_ACK_REPLY", DEFAULT_ACK_REPLY),
        # These three must say something: an empty value falls back to the default.
        unknown_reply=_text(env, "CARRYBACK_UNKNOWN_REPLY", DEFAULT_UNKNOWN_REPLY),
        help_reply=_text(
            env, "CARRYBACK_HELP_REPLY", DEFAULT_HELP_TEMPLATE.format(program=_program(env))
        ),
        voice_greeting=_text(env, "CARRYBACK_VOICE_GREETING", DEFAULT_VOICE_GREETING),
        crisis_reply=_text(env, "CARRYBACK_CRISIS_REPLY", DEFAULT_CRISIS_REPLY),
        crisis_reply_es=_text(env, "CARRYBACK_CRISIS_REPLY_ES", DEFAULT_CRISIS_REPLY_ES),
        ack_reply_es=env.get("CARRYBACK_ACK_REPLY_ES", "").strip(),
        unknown_reply_es=env.get("CARRYBACK_UNKNOWN_REPLY_ES", "").strip(),
        help_reply_es=env.get("CARRYBACK_HELP_REPLY_ES", "").strip(),
        voice_greeting_es=env.get("CARRYBACK_VOICE_GREETING_ES", "").strip(),
        voice_max_seconds=_int(
            env,
            "CARRYBACK_VOICE_MAX_SECONDS",
            defaults.VOICE_MAX_SECONDS,
            minimum=defaults.VOICE_MIN_SECONDS,
        ),
        keep_audio=env.get("CARRYBACK_KEEP_AUDIO", "").strip().lower() in {"1", "true", "yes"},
        brief_lead_minutes=_int(
            env, "CARRYBACK_BRIEF_LEAD_MINUTES", defaults.BRIEF_LEAD_MINUTES, minimum=1
        ),
        summary_interval_seconds=_int(
            env, "CARRYBACK_SUMMARY_INTERVAL", defaults.SUMMARY_INTERVAL_SECONDS, minimum=1
        ),
        sweep_after_seconds=_int(
            env, "CARRYBACK_SWEEP_AFTER", defaults.SWEEP_AFTER_SECONDS, minimum=0
        ),
        program_name=_program(env),
        practice_contact=env.get("CARRYBACK_PRACTICE_CONTACT", "").strip(),
        worker_ttl_seconds=_int(
            env, "CARRYBACK_WORKER_TTL", defaults.WORKER_TTL_SECONDS, minimum=3
        ),
        smtp_timeout_seconds=_int(
            env, "CARRYBACK_SMTP_TIMEOUT", int(defaults.SMTP_TIMEOUT_SECONDS), minimum=1
        ),
        console_base_url=_url(
            env, "CONSOLE_BASE_URL", defaults.CONSOLE_BASE_URL, ("https", "http")
        ).rstrip("/"),
        brief_link_days=_int(env, "CARRYBACK_BRIEF_LINK_DAYS", defaults.BRIEF_LINK_DAYS, minimum=1),
        replay_window_days=_int(
            env, "CARRYBACK_REPLAY_WINDOW_DAYS", defaults.REPLAY_WINDOW_DAYS, minimum=1
        ),
        spool_dir=env.get("CARRYBACK_SPOOL_DIR", "").strip() or defaults.SPOOL_DIR,
        spool_max_files=_int(env, "CARRYBACK_SPOOL_MAX_FILES", defaults.SPOOL_MAX_FILES, minimum=0),
        spool_max_bytes=_int(env, "CARRYBACK_SPOOL_MAX_BYTES", defaults.SPOOL_MAX_BYTES, minimum=0),
        **_twilio(env),
    )
