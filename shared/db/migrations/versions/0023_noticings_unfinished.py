"""ix_noticings_unfinished: the noticings not yet tagged, a partial index for the sweep

SQLite's statistics see the status index as one value ("tagged") for every
row, so it planned the sweep's "not yet tagged" as a scan of every noticing;
a partial index holds only the few unfinished rows, on both databases.

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


def downgrade() -> None:
    op.drop_index("ix_noticings_unfinished", table_name="noticings")
