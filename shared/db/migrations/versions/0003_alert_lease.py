"""crisis alert lease: claimed-at time, attempts and last error per alert

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("noticings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "alert_claimed_at", shared.db.models.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column("alert_attempts", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("alert_error", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("noticings", schema=None) as batch_op:
        batch_op.drop_column("alert_error")
        batch_op.drop_column("alert_attempts")
        batch_op.drop_column("alert_claimed_at")
