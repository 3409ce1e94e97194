"""Partial indexes for the few noticings the sweep and the crisis banner look for

SQLite's statistics see the status index as one value ("tagged") for every
row and the crisis flag as true on half of them, so it planned the sweep's
"not yet tagged" as a scan of every noticing, and the crisis banner on every
console page (and the alerts page) as a read of every noticing of the
clinician's clients. Each partial index holds only those few rows, on both
databases.

Revision ID: 0023
Revises: 0022
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

UNFINISHED_WHERE = "status IN ('received', 'pending', 'transcribed')"


def upgrade() -> None:
    op.create_index(
        "ix_noticings_unfinished",
        "noticings",
        ["updated_at"],
        unique=False,
        sqlite_where=sa.text(UNFINISHED_WHERE),
        postgresql_where=sa.text(UNFINISHED_WHERE),
    )
    op.create_index(
        "ix_noticings_crisis_client",
        "noticings",
        ["client_id", "received_at"],
        unique=False,
        sqlite_where=sa.text("crisis IS 1"),
        postgresql_where=sa.text("crisis IS true"),
    )


def downgrade() -> None:
    op.drop_index("ix_noticings_crisis_client", table_name="noticings")
    op.drop_index("ix_noticings_unfinished", table_name="noticings")
