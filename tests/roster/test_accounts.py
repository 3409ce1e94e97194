"""Console accounts as domain code: secrets at rest, one-use codes and links, session limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pyotp
import pytest
from sqlalchemy import select

from shared.db.models import ConsoleRecoveryCode, ConsoleToken, ConsoleTotpStep, ConsoleUser
from shared.roster import accounts

LIMITS = accounts.SessionLimits(idle=timedelta(minutes=15), absolute=timedelta(hours=12))


@pytest.fixture
def user_id(ctx) -> str:
    with ctx.db.session() as db:
        user = accounts.create_clinician_account(db, name="Dr. A", email="A@Clinic.test")
        accounts.set_password(user, "a long enough passphrase")
        return user.id


def test_the_password_is_stored_only_as_an_argon2_hash(ctx, user_id):
    with ctx.db.session() as db:
        stored = db.get(ConsoleUser, user_id).password_hash
        assert stored.startswith("$argon2id$")
        assert "passphrase" not in stored
        assert accounts.check_password(db, "a@clinic.test", "a long enough passphrase")
        assert accounts.check_password(db, "a@clinic.test", "wrong") is None
        assert accounts.check_password(db, "nobody@clinic.test", "a long enough passphrase") is None


def test_short_passwords_and_the_email_as_password_are_refused(ctx, user_id):
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        with pytest.raises(accounts.AccountError, match="at least 12"):
            accounts.set_password(user, "short")
        with pytest.raises(accounts.AccountError, match="e-mail"):
            accounts.set_password(user, "a@clinic.test")


def test_the_totp_secret_is_sealed_and_a_code_works_once(ctx, user_id):
    key = ctx.settings.master_key
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        secret = accounts.start_totp_enrolment(db, key, user)
        assert secret.encode() not in user.totp_secret_wrapped
        now = datetime.now(UTC)
        code = pyotp.TOTP(secret).at(now)
        assert accounts.confirm_totp(db, key, user, code) is not None
        assert accounts.verify_totp(db, key, user, code, now) is False  # replayed
        next_code = pyotp.TOTP(secret).at(now + timedelta(seconds=30))
        assert accounts.verify_totp(db, key, user, next_code, now) is True


def test_old_used_steps_are_forgotten(ctx, user_id):
    key = ctx.settings.master_key
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        secret = accounts.start_totp_enrolment(db, key, user)
        start = datetime.now(UTC)
        for minutes in (0, 10, 20):
            moment = start + timedelta(minutes=minutes)
            assert accounts.verify_totp(db, key, user, pyotp.TOTP(secret).at(moment), moment)
        steps = db.execute(select(ConsoleTotpStep.step)).scalars().all()
        assert len(steps) == 1


def test_recovery_codes_are_hashed_and_single_use(ctx, user_id):
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        codes = accounts.new_recovery_codes(db, user)
        stored = db.execute(select(ConsoleRecoveryCode.code_hash)).scalars().all()
        assert len(codes) == len(set(codes)) == 10
        assert not set(codes) & set(stored)
        assert accounts.use_recovery_code(db, user, codes[3].upper())
        assert not accounts.use_recovery_code(db, user, codes[3])
        assert accounts.remaining_recovery_codes(db, user.id) == 9


def test_an_invitation_link_is_stored_hashed_and_works_once(ctx, user_id):
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        raw = accounts.issue_token(
            db, user, purpose=accounts.INVITATION, lifetime=timedelta(hours=1)
        )
        assert db.get(ConsoleToken, raw) is None
        accounts.redeem_token(
            db, raw, purpose=accounts.INVITATION, password="another long passphrase"
        )
        with pytest.raises(accounts.AccountError, match="already been used"):
            accounts.token_user(db, raw, purpose=accounts.INVITATION)


def test_a_new_invitation_voids_the_previous_one(ctx, user_id):
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        first = accounts.issue_token(db, user, purpose=accounts.INVITATION, lifetime=LIMITS.idle)
        accounts.issue_token(db, user, purpose=accounts.INVITATION, lifetime=LIMITS.idle)
        with pytest.raises(accounts.AccountError):
            accounts.token_user(db, first, purpose=accounts.INVITATION)


def test_sessions_end_when_idle_when_too_old_and_everywhere(ctx, user_id):
    with ctx.db.session() as db:
        user = db.get(ConsoleUser, user_id)
        raw = accounts.start_session(db, user)
        other = accounts.start_session(db, user)
        now = datetime.now(UTC)
        assert accounts.resume_session(db, raw, LIMITS, now + timedelta(minutes=14)).id == user_id
        with pytest.raises(accounts.SessionEnded, match="idle"):
            accounts.resume_session(db, raw, LIMITS, now + timedelta(minutes=30))
        assert accounts.end_all_sessions(db, user_id) == 1
        with pytest.raises(accounts.SessionEnded, match="revoked"):
            accounts.resume_session(db, other, LIMITS, now)
