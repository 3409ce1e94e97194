"""console accounts: users, recovery codes, one-time tokens, sessions, used TOTP steps

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

UTC_TIME = shared.db.models.UTCDateTime(timezone=True)


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["user_id"],
        ["console_users.id"],
        name=op.f(f"fk_{table}_user_id_console_users"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "console_users",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("clinician_id", sa.String(length=32), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("totp_secret_wrapped", sa.LargeBinary(), nullable=True),
        sa.Column("totp_confirmed_at", UTC_TIME, nullable=True),
        sa.Column("disabled_at", UTC_TIME, nullable=True),
        sa.Column("last_sign_in_at", UTC_TIME, nullable=True),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["clinician_id"],
            ["clinicians.id"],
            name=op.f("fk_console_users_clinician_id_clinicians"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_users")),
        sa.UniqueConstraint("clinician_id", name=op.f("uq_console_users_clinician_id")),
    )
    op.create_table(
        "console_recovery_codes",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("used_at", UTC_TIME, nullable=True),
        _user_fk("console_recovery_codes"),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_console_recovery_codes")),
    )
    op.create_table(
        "console_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("expires_at", UTC_TIME, nullable=False),
        sa.Column("used_at", UTC_TIME, nullable=True),
        sa.Column("created_at", UTC_TIME, nullable=False),
        _user_fk("console_tokens"),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_console_tokens")),
    )
    op.create_table(
        "console_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("last_seen_at", UTC_TIME, nullable=False),
        sa.Column("revoked_at", UTC_TIME, nullable=True),
        _user_fk("console_sessions"),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_console_sessions")),
    )
    op.create_table(
        "console_totp_steps",
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("used_at", UTC_TIME, nullable=False),
        _user_fk("console_totp_steps"),
        sa.PrimaryKeyConstraint("user_id", "step", name=op.f("pk_console_totp_steps")),
    )
    for table in ("console_recovery_codes", "console_tokens", "console_sessions"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    for table in (
        "console_totp_steps",
        "console_sessions",
        "console_tokens",
        "console_recovery_codes",
        "console_users",
    ):
        op.drop_table(table)
