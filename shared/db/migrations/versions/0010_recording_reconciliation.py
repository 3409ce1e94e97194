"""calls: the sweep's look-ups of a call's recordings when its callback was lost

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("calls") as batch:
        batch.add_column(
            sa.Column("recording_checks", sa.Integer(), server_default="0", nullable=False)
        )
        batch.add_column(
            sa.Column(
                "recordings_checked_at", shared.db.models.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch.add_column(
            sa.Column(
                "recordings_settled_at", shared.db.models.UTCDateTime(timezone=True), nullable=True
            )
        )
    op.create_index(op.f("ix_calls_started_at"), "calls", ["started_at"], unique=False)
    op.create_index(op.f("ix_noticings_call_sid"), "noticings", ["call_sid"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_noticings_call_sid"), table_name="noticings")
    op.drop_index(op.f("ix_calls_started_at"), table_name="calls")
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("recordings_settled_at")
        batch.drop_column("recordings_checked_at")
        batch.drop_column("recording_checks")
