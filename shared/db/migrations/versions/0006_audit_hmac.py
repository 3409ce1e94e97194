"""audit chain keyed with HMAC: events written before are marked as plain SHA-256 links

Existing events keep their hashes (rewriting them would need the master key
in the migration and would destroy the evidence they are); the first keyed
event chains onto the last of them, which freezes them under the audit key.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        # Rows already there are version 1; new rows get 2 from the application.
        batch_op.add_column(
            sa.Column("chain_version", sa.Integer(), nullable=False, server_default="1")
        )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("chain_version", server_default="2")


def downgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("chain_version")
