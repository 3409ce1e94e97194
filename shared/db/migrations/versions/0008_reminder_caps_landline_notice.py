"""reminder caps index (each client's reminders by due time); the landline notice's time

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_outbound_messages_client_kind_due",
        "outbound_messages",
        ["client_id", "kind", "due_at"],
    )
    with op.batch_alter_table("client_messaging") as batch:
        batch.add_column(
            sa.Column(
                "landline_notice_at", shared.db.models.UTCDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("client_messaging") as batch:
        batch.drop_column("landline_notice_at")
    op.drop_index("ix_outbound_messages_client_kind_due", "outbound_messages")
