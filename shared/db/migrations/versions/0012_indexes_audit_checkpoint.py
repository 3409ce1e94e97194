"""Indexes a two-year history needs, and the audit chain's verified checkpoint

outbound_messages.session_id (deleting a session checks it), noticings by
(client_id, received_at) in place of client_id alone, audit_events by
(subject_id, at); audit_checkpoints: how far the chain was last verified.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_outbound_messages_session_id"), "outbound_messages", ["session_id"], unique=False
    )
    op.create_index(
        "ix_noticings_client_received", "noticings", ["client_id", "received_at"], unique=False
    )
    op.drop_index("ix_noticings_client_id", table_name="noticings")
    op.create_index("ix_audit_events_subject", "audit_events", ["subject_id", "at"], unique=False)
    op.create_table(
        "audit_checkpoints",
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("event_hash", sa.String(length=64), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("verified_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_audit_checkpoints")),
    )


def downgrade() -> None:
    op.drop_table("audit_checkpoints")
    op.drop_index("ix_audit_events_subject", table_name="audit_events")
    op.create_index("ix_noticings_client_id", "noticings", ["client_id"], unique=False)
    op.drop_index("ix_noticings_client_received", table_name="noticings")
    op.drop_index(op.f("ix_outbound_messages_session_id"), table_name="outbound_messages")
