"""stray_recordings and service_counters: recordings from calls not taken, deleted unheard

Revision ID: 0019
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0019"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stray_recordings",
        sa.Column("recording_sid", sa.String(length=64), nullable=False),
        sa.Column("created_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("recording_sid", name=op.f("pk_stray_recordings")),
    )
    op.create_index(
        op.f("ix_stray_recordings_created_at"), "stray_recordings", ["created_at"], unique=False
    )
    op.create_table(
        "service_counters",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_service_counters")),
    )


def downgrade() -> None:
    op.drop_table("service_counters")
    op.drop_index(op.f("ix_stray_recordings_created_at"), table_name="stray_recordings")
    op.drop_table("stray_recordings")
