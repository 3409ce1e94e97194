"""processed inbound messages (replay-safe keywords) and the unknown-sender reply limit

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processed_messages",
        sa.Column("message_sid", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=False),
        sa.Column("received_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("message_sid", name=op.f("pk_processed_messages")),
    )
    op.create_index(
        op.f("ix_processed_messages_received_at"),
        "processed_messages",
        ["received_at"],
        unique=False,
    )
    op.create_table(
        "unknown_sender_replies",
        sa.Column("phone_index", sa.String(length=64), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("phone_index", name=op.f("pk_unknown_sender_replies")),
    )


def downgrade() -> None:
    op.drop_table("unknown_sender_replies")
    op.drop_index(op.f("ix_processed_messages_received_at"), table_name="processed_messages")
    op.drop_table("processed_messages")
