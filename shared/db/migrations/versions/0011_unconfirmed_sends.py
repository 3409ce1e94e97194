"""outbound_messages.unconfirmed_since: a send that may have reached Twilio unanswered

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbound_messages") as batch:
        batch.add_column(
            sa.Column(
                "unconfirmed_since", shared.db.models.UTCDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("outbound_messages") as batch:
        batch.drop_column("unconfirmed_since")
