"""A way back from a lost phone or a forgotten password, for console accounts.

Signed in (with a recovery code, say), a clinician can set up their
authenticator again, make new recovery codes and change their password, each
after typing the password again. The new authenticator secret is not stored
until a code from it is confirmed: until then it is derived from the master key
and the signed-in session's token, so an abandoned attempt leaves the old
second factor working and nothing half-made in the database. An admin can
reset another clinician's second factor: the next sign-in enrols a new one.
Callers audit every change.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from shared.db.models import ConsoleRecoveryCode, ConsoleSession, ConsoleUser, utcnow
from shared.kernel import crypto
from shared.roster import accounts
from shared.roster.accounts import AccountError


def password_is_right(user: ConsoleUser, password: str) -> bool:
    """The account's own password, typed again before a change to how it signs in."""
    if not user.password_hash or not password:
        return False
    try:
        return accounts._hasher.verify(user.password_hash, password[: accounts.MAX_PASSWORD_LENGTH])
    except (VerificationError, InvalidHashError):
        return False


def pending_totp_secret(master_key: bytes, user: ConsoleUser, session_token: str) -> str:
    """The authenticator secret being set up in this signed-in session (not stored)."""
    seed = hmac.new(
        master_key,
        f"totp-renewal:{user.id}:{accounts.digest(session_token)}".encode(),
        hashlib.sha256,
    ).digest()
    return base64.b32encode(seed[:20]).decode("ascii")


def replace_totp(
    session: Session, master_key: bytes, user: ConsoleUser, session_token: str, code: str
) -> list[str] | None:
    """Keep the new secret once a code from it is right: new recovery codes (shown once),
    every other signed-in browser signed out; None (and nothing changed) for a wrong code."""
    secret = pending_totp_secret(master_key, user, session_token)
    code = "".join(code.split())
    if not (code.isdigit() and len(code) == 6):
        return None
    if accounts._matching_step(secret, code, utcnow()) is None:
        return None
    user.totp_secret_wrapped = crypto.wrap_key(
        master_key, secret.encode("ascii"), accounts._totp_purpose(user)
    )
    user.totp_confirmed_at = utcnow()
    _end_other_sessions(session, user, session_token)
    return accounts.new_recovery_codes(session, user)


def change_password(
    session: Session, user: ConsoleUser, current: str, new: str, session_token: str
) -> None:
    """A new password after the current one; other browsers are signed out."""
    if not password_is_right(user, current):
        raise AccountError("your current password is not right")
    accounts.set_password(user, new)
    _end_other_sessions(session, user, session_token)


def reset_second_factor(session: Session, user: ConsoleUser) -> None:
    """An admin's reset: no authenticator, no recovery codes, signed out everywhere; the next
    sign-in (password) sets up a new authenticator."""
    user.totp_secret_wrapped = None
    user.totp_confirmed_at = None
    session.execute(delete(ConsoleRecoveryCode).where(ConsoleRecoveryCode.user_id == user.id))
    accounts.end_all_sessions(session, user.id)


def _end_other_sessions(session: Session, user: ConsoleUser, keep_token: str) -> None:
    # This browser stays signed in: it has just proved the password (and the new code).
    session.execute(
        update(ConsoleSession)
        .where(
            ConsoleSession.user_id == user.id,
            ConsoleSession.token_hash != accounts.digest(keep_token),
            ConsoleSession.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )
