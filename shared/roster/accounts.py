"""Console accounts: passwords, TOTP, recovery codes, one-time links and signed-in sessions.

Nothing here knows about HTTP. Secrets are kept so that a copy of the
database alone signs nobody in: passwords are argon2 hashes, the TOTP secret
is wrapped by the master key (bound to the account id), and recovery codes,
one-time link tokens and session tokens are SHA-256 digests of random values
with at least 128 bits (tokens) or 60 bits (recovery codes, one use each).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shared.db.models import (
    Clinician,
    ConsoleRecoveryCode,
    ConsoleSession,
    ConsoleToken,
    ConsoleTotpStep,
    ConsoleUser,
    utcnow,
)
from shared.kernel import crypto
from shared.kernel.timeutil import zone
from shared.roster.clients import add_clinician

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 200
RECOVERY_CODE_COUNT = 10
INVITATION = "invitation"
TOTP_ISSUER = "Carryback"
TOTP_STEP_S = 30
# A code typed just as the phone's clock ticks over is still accepted: one
# step either side of now.
TOTP_DRIFT_STEPS = 1

_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so that answer takes as long
# as a wrong password (no telling which accounts exist by timing).
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A clear, user-facing reason an account step was refused."""


@dataclass(frozen=True)
class Account:
    """What the console keeps about the signed-in user between queries."""

    id: str
    clinician_id: str
    name: str
    email: str
    is_admin: bool
    timezone: str
    mfa_enrolled: bool


def account_view(user: ConsoleUser) -> Account:
    return Account(
        id=user.id,
        clinician_id=user.clinician_id,
        name=user.clinician.name,
        email=user.clinician.email,
        is_admin=user.is_admin,
        timezone=user.timezone,
        mfa_enrolled=user.totp_confirmed_at is not None,
    )


def digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


# --- accounts -----------------------------------------------------------------


def create_clinician_account(
    session: Session,
    *,
    name: str,
    email: str,
    is_admin: bool = False,
    timezone: str = "UTC",
    certificate_pem: bytes | None = None,
) -> ConsoleUser:
    """A clinician (the roster's) with a console account that has no password yet."""
    if not name.strip():
        raise AccountError("a name is needed")
    zone(timezone)
    clinician = add_clinician(session, name=name, email=email, certificate_pem=certificate_pem)
    return account_for_clinician(session, clinician, is_admin=is_admin, timezone=timezone)


def account_for_clinician(
    session: Session, clinician: Clinician, *, is_admin: bool = False, timezone: str = "UTC"
) -> ConsoleUser:
    """The clinician's console account, made on first use."""
    found = session.execute(
        select(ConsoleUser).where(ConsoleUser.clinician_id == clinician.id)
    ).scalar_one_or_none()
    if found is not None:
        found.is_admin = found.is_admin or is_admin
        return found
    user = ConsoleUser(clinician_id=clinician.id, is_admin=is_admin, timezone=timezone)
    session.add(user)
    session.flush()
    return user


def user_by_email(session: Session, email: str) -> ConsoleUser | None:
    return session.execute(
        select(ConsoleUser)
        .join(Clinician, Clinician.id == ConsoleUser.clinician_id)
        .where(Clinician.email == email.strip().lower())
    ).scalar_one_or_none()


def list_accounts(session: Session) -> list[ConsoleUser]:
    return list(
        session.execute(
            select(ConsoleUser)
            .join(Clinician, Clinician.id == ConsoleUser.clinician_id)
            .order_by(Clinician.name)
        ).scalars()
    )


# --- passwords ----------------------------------------------------------------


def password_problem(password: str, email: str = "") -> str | None:
    """Why a new password is refused, or None. Length over rules (NIST SP 800-63B)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"use at least {MIN_PASSWORD_LENGTH} characters (a few words work well)"
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"use at most {MAX_PASSWORD_LENGTH} characters"
    if email and password.strip().lower() == email.strip().lower():
        return "the password cannot be your e-mail address"
    return None


def set_password(user: ConsoleUser, password: str) -> None:
    problem = password_problem(password, user.clinician.email)
    if problem:
        raise AccountError(problem)
    user.password_hash = _hasher.hash(password)


def check_password(session: Session, email: str, password: str) -> ConsoleUser | None:
    """The account when the password is right and the account usable; None otherwise.

    Every refusal looks and takes the same: unknown e-mail, wrong password,
    no password set yet, disabled account.
    """
    user = user_by_email(session, email)
    stored = user.password_hash if user is not None and user.password_hash else _DUMMY_HASH
    try:
        _hasher.verify(stored, password[:MAX_PASSWORD_LENGTH])
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.password_hash is None or user.disabled_at is not None:
        return None
    if _hasher.check_needs_rehash(stored):
        user.password_hash = _hasher.hash(password)
    return user


# --- one-time links -----------------------------------------------------------


def issue_token(session: Session, user: ConsoleUser, *, purpose: str, lifetime: timedelta) -> str:
    """A single-use link token; earlier unused ones for the same purpose stop working."""
    now = utcnow()
    void_tokens(session, user.id, purpose=purpose)
    raw = secrets.token_urlsafe(32)
    session.add(
        ConsoleToken(
            token_hash=digest(raw), user_id=user.id, purpose=purpose, expires_at=now + lifetime
        )
    )
    session.flush()
    return raw


def void_tokens(session: Session, user_id: str, *, purpose: str) -> int:
    """Spend every unused link of the account for ``purpose`` (a password set another way)."""
    result = session.execute(
        update(ConsoleToken)
        .where(
            ConsoleToken.user_id == user_id,
            ConsoleToken.purpose == purpose,
            ConsoleToken.used_at.is_(None),
        )
        .values(used_at=utcnow())
    )
    return result.rowcount


def token_user(session: Session, raw: str, *, purpose: str) -> ConsoleUser:
    """The account a valid, unused, unexpired token belongs to."""
    token = session.get(ConsoleToken, digest(raw))
    if token is None or token.purpose != purpose or token.used_at is not None:
        raise AccountError("this link has already been used or is not valid")
    if token.expires_at <= utcnow():
        raise AccountError("this link has expired; ask your practice admin for a new one")
    user = session.get(ConsoleUser, token.user_id)
    if user is None or user.disabled_at is not None:
        raise AccountError("this link has already been used or is not valid")
    return user


def redeem_token(session: Session, raw: str, *, purpose: str, password: str) -> ConsoleUser:
    """Set the password through a one-time link; the link is spent only on success."""
    user = token_user(session, raw, purpose=purpose)
    set_password(user, password)
    spent = session.execute(
        update(ConsoleToken)
        .where(ConsoleToken.token_hash == digest(raw), ConsoleToken.used_at.is_(None))
        .values(used_at=utcnow())
    )
    if spent.rowcount != 1:
        raise AccountError("this link has already been used or is not valid")
    # A new password ends every signed-in browser of the account.
    end_all_sessions(session, user.id)
    return user


# --- TOTP ---------------------------------------------------------------------


def _totp_purpose(user: ConsoleUser) -> str:
    return f"totp:{user.id}"


def start_totp_enrolment(session: Session, master_key: bytes, user: ConsoleUser) -> str:
    """The secret being enrolled (made once, kept until confirmed)."""
    if user.totp_confirmed_at is not None:
        raise AccountError("two-step sign-in is already set up for this account")
    if user.totp_secret_wrapped is None:
        secret = pyotp.random_base32()
        user.totp_secret_wrapped = crypto.wrap_key(
            master_key, secret.encode("ascii"), _totp_purpose(user)
        )
        session.flush()
    return totp_secret(master_key, user)


def totp_secret(master_key: bytes, user: ConsoleUser) -> str:
    if user.totp_secret_wrapped is None:
        raise AccountError("two-step sign-in is not set up for this account")
    return crypto.unwrap_key(master_key, user.totp_secret_wrapped, _totp_purpose(user)).decode(
        "ascii"
    )


def provisioning_uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=TOTP_ISSUER)


def _matching_step(secret: str, code: str, now: datetime) -> int | None:
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now)
    for offset in range(-TOTP_DRIFT_STEPS, TOTP_DRIFT_STEPS + 1):
        step = current + offset
        expected = totp.generate_otp(step)
        if hmac.compare_digest(expected, code):
            return step
    return None


def verify_totp(
    session: Session, master_key: bytes, user: ConsoleUser, code: str, now: datetime | None = None
) -> bool:
    """True once per code: a code already used (replayed) within its window is refused."""
    code = "".join(code.split())
    if not (code.isdigit() and len(code) == 6):
        return False
    step = _matching_step(totp_secret(master_key, user), code, now or utcnow())
    if step is None:
        return False
    try:
        with session.begin_nested():
            session.add(ConsoleTotpStep(user_id=user.id, step=step))
    except IntegrityError:
        return False
    # Steps outside the acceptance window can never match again: forget them.
    session.execute(
        delete(ConsoleTotpStep).where(
            ConsoleTotpStep.user_id == user.id,
            ConsoleTotpStep.step < step - 2 * TOTP_DRIFT_STEPS - 1,
        )
    )
    return True


def confirm_totp(
    session: Session, master_key: bytes, user: ConsoleUser, code: str
) -> list[str] | None:
    """Finish enrolment with a first code; the recovery codes (shown once), or None."""
    if not verify_totp(session, master_key, user, code):
        return None
    user.totp_confirmed_at = utcnow()
    return new_recovery_codes(session, user)


def new_recovery_codes(session: Session, user: ConsoleUser) -> list[str]:
    """Replace the account's recovery codes; the plain codes exist only in the answer."""
    for old in session.execute(
        select(ConsoleRecoveryCode).where(ConsoleRecoveryCode.user_id == user.id)
    ).scalars():
        session.delete(old)
    codes = [_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    for code in codes:
        session.add(ConsoleRecoveryCode(code_hash=digest(_plain_code(code)), user_id=user.id))
    session.flush()
    return codes


def _recovery_code() -> str:
    # 12 characters of base32: 60 bits, read and typed in three groups.
    raw = base64.b32encode(secrets.token_bytes(10)).decode("ascii")[:12].lower()
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def _plain_code(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def use_recovery_code(session: Session, user: ConsoleUser, code: str) -> bool:
    spent = session.execute(
        update(ConsoleRecoveryCode)
        .where(
            ConsoleRecoveryCode.code_hash == digest(_plain_code(code)),
            ConsoleRecoveryCode.user_id == user.id,
            ConsoleRecoveryCode.used_at.is_(None),
        )
        .values(used_at=utcnow())
    )
    return spent.rowcount == 1


def remaining_recovery_codes(session: Session, user_id: str) -> int:
    return len(
        session.execute(
            select(ConsoleRecoveryCode.code_hash).where(
                ConsoleRecoveryCode.user_id == user_id, ConsoleRecoveryCode.used_at.is_(None)
            )
        ).all()
    )


# --- signed-in sessions -------------------------------------------------------


@dataclass(frozen=True)
class SessionLimits:
    idle: timedelta
    absolute: timedelta


class SessionEnded(Exception):
    """The session is over; ``reason`` is "idle", "expired" or "revoked"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def start_session(session: Session, user: ConsoleUser) -> str:
    """Sign the account in (after both factors); the raw token goes in the cookie only."""
    raw = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(ConsoleSession(token_hash=digest(raw), user_id=user.id, created_at=now))
    user.last_sign_in_at = now
    session.flush()
    return raw


def resume_session(
    session: Session, raw: str, limits: SessionLimits, now: datetime | None = None
) -> ConsoleUser:
    """The account behind a session token, marking it active; SessionEnded when over."""
    now = now or utcnow()
    row = session.get(ConsoleSession, digest(raw))
    if row is None or row.revoked_at is not None:
        raise SessionEnded("revoked")
    if now - row.created_at >= limits.absolute:
        row.revoked_at = now
        raise SessionEnded("expired")
    if now - row.last_seen_at >= limits.idle:
        row.revoked_at = now
        raise SessionEnded("idle")
    user = session.get(ConsoleUser, row.user_id)
    if user is None or user.disabled_at is not None:
        raise SessionEnded("revoked")
    row.last_seen_at = now
    return user


def end_session(session: Session, raw: str) -> None:
    session.execute(
        update(ConsoleSession)
        .where(ConsoleSession.token_hash == digest(raw), ConsoleSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def end_all_sessions(session: Session, user_id: str) -> int:
    """Sign the account out of every browser."""
    result = session.execute(
        update(ConsoleSession)
        .where(ConsoleSession.user_id == user_id, ConsoleSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return result.rowcount
