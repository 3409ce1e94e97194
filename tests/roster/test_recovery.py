"""A way back for console accounts: the old second factor holds until the new one is proven."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pyotp
import pytest
from sqlalchemy import select

from shared.db.models import ConsoleRecoveryCode, ConsoleSession, ConsoleUser
from shared.roster import accounts, recovery

LIMITS = accounts.SessionLimits(idle=timedelta(minutes=15), absolute=timedelta(hours=12))
PASSWORD = "a long enough passphrase"


@pytest.fixture
def enrolled(ctx) -> tuple[str, str]:
    """An account with a password and a confirmed authenticator: (user id, its secret)."""
    key = ctx.settings.master_key
    with ctx.db.session() as db:
        user = accounts.create_clinician_account(db, name="Dr. B", email="b@clinic.test")
        accounts.set_password(user, PASSWORD)
        secret = accounts.start_totp_enrolment(db, key, user)
        earlier = pyotp.TOTP(secret).at(datetime.now(UTC) - timedelta(seconds=30))
        assert accounts.confirm_totp(db, key, user, earlier) is not None
        return user.id, secret


def test_an_abandoned_or_wrong_renewal_leaves_the_old_app_working(ctx, enrolled):
    user_id, old = enrolled
    key = ctx.settings.master_key
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        token = accounts.start_session(db, user)
        pending = recovery.pending_totp_secret(key, user, token)
        assert pending != old
        assert recovery.pending_totp_secret(key, user, token) == pending  # same page, same QR
        wrong = pyotp.TOTP(old).now()
        if wrong != pyotp.TOTP(pending).now():
            assert recovery.replace_totp(db, key, user, token, wrong) is None
        assert accounts.totp_secret(key, user) == old


def test_a_confirmed_renewal_replaces_the_secret_and_the_codes_and_signs_out_others(ctx, enrolled):
    user_id, old = enrolled
    key = ctx.settings.master_key
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        other = accounts.start_session(db, user)
        mine = accounts.start_session(db, user)
        before = set(db.execute(select(ConsoleRecoveryCode.code_hash)).scalars())
        pending = recovery.pending_totp_secret(key, user, mine)
        codes = recovery.replace_totp(db, key, user, mine, pyotp.TOTP(pending).now())
        assert codes is not None and len(codes) == 10
        assert accounts.totp_secret(key, user) == pending != old
        assert not before & set(db.execute(select(ConsoleRecoveryCode.code_hash)).scalars())
        with pytest.raises(accounts.SessionEnded):
            accounts.resume_session(db, other, LIMITS)
        assert accounts.resume_session(db, mine, LIMITS) is not None


def test_a_password_change_needs_the_current_one(ctx, enrolled):
    user_id, _ = enrolled
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        token = accounts.start_session(db, user)
        with pytest.raises(accounts.AccountError, match="current password"):
            recovery.change_password(db, user, "not it at all", "another long passphrase", token)
        recovery.change_password(db, user, PASSWORD, "another long passphrase", token)
        assert accounts.check_password(db, "b@clinic.test", "another long passphrase")


def test_an_admin_reset_leaves_no_second_factor_and_no_session(ctx, enrolled):
    user_id, _ = enrolled
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        accounts.start_session(db, user)
        recovery.reset_second_factor(db, user)
        assert user.totp_secret_wrapped is None and user.totp_confirmed_at is None
        assert db.execute(select(ConsoleRecoveryCode)).first() is None
        live = db.execute(select(ConsoleSession).where(ConsoleSession.revoked_at.is_(None)))
        assert live.first() is None
