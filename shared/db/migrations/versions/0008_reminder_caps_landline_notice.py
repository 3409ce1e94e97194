"""an index for the summary tick's reminder caps: each client's reminders by due time

Revision ID: 0008
Revises: 0007
"""

from alembic import op

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


def downgrade() -> None:
    op.drop_index("ix_outbound_messages_client_kind_due", "outbound_messages")
