"""outbound messages, reminder plans and consent, call attestations

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UTC_TIME = shared.db.models.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "client_messaging",
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("remind_days", sa.Integer(), nullable=False),
        sa.Column("remind_minute", sa.Integer(), nullable=True),
        sa.Column("quiet_start_minute", sa.Integer(), nullable=False),
        sa.Column("quiet_end_minute", sa.Integer(), nullable=False),
        sa.Column("max_per_day", sa.Integer(), nullable=False),
        sa.Column("max_per_week", sa.Integer(), nullable=False),
        sa.Column("nudge_minute", sa.Integer(), nullable=True),
        sa.Column("next_due_at", UTC_TIME, nullable=True),
        sa.Column("consented_at", UTC_TIME, nullable=True),
        sa.Column("paused_at", UTC_TIME, nullable=True),
        sa.Column("paused_until", UTC_TIME, nullable=True),
        sa.Column("landline_at", UTC_TIME, nullable=True),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_messaging_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_messaging")),
    )
    with op.batch_alter_table("client_messaging", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_messaging_next_due_at"), ["next_due_at"], unique=False
        )

    op.create_table(
        "outbound_messages",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("dedupe_key", sa.String(length=120), nullable=True),
        sa.Column("session_id", sa.String(length=32), nullable=True),
        sa.Column("noticing_id", sa.String(length=32), nullable=True),
        sa.Column("due_at", UTC_TIME, nullable=False),
        sa.Column("expires_at", UTC_TIME, nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("body_enc", sa.LargeBinary(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_at", UTC_TIME, nullable=True),
        sa.Column("twilio_sid", sa.String(length=64), nullable=True),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("sent_at", UTC_TIME, nullable=True),
        sa.Column("status_at", UTC_TIME, nullable=True),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_outbound_messages_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_outbound_messages_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbound_messages")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_outbound_messages_dedupe_key")),
        sa.UniqueConstraint("twilio_sid", name=op.f("uq_outbound_messages_twilio_sid")),
    )
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outbound_messages_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outbound_messages_status"), ["status"], unique=False)

    op.create_table(
        "call_attestations",
        sa.Column("call_sid", sa.String(length=64), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("stir_verstat", sa.String(length=64), nullable=True),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_call_attestations_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("call_sid", name=op.f("pk_call_attestations")),
    )
    with op.batch_alter_table("call_attestations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_call_attestations_client_id"), ["client_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("call_attestations")
    op.drop_table("outbound_messages")
    op.drop_table("client_messaging")
