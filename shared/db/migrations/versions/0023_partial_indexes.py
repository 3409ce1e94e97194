"""Partial indexes for the few rows the summary's tick and the crisis banner look for

SQLite's statistics see a status index as one value ("tagged", "sent") for
nearly every row and the crisis flag as true on half of them, so it planned
the sweep's noticings not yet tagged, the tick's briefs not yet sent and texts
not yet sent as scans of every row, and the crisis banner on every console page
(and the alerts page) as a read of every noticing of the clinician's clients.
Each partial index holds only those few rows, on both databases.

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
UNSENT_BRIEFS_WHERE = "brief_status IN ('scheduled', 'queued')"
UNSENT_TEXTS_WHERE = "status IN ('pending', 'sending')"


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
    op.create_index(
        "ix_sessions_unsent",
        "sessions",
        ["brief_due_at"],
        unique=False,
        sqlite_where=sa.text(UNSENT_BRIEFS_WHERE),
        postgresql_where=sa.text(UNSENT_BRIEFS_WHERE),
    )
    op.create_index(
        "ix_outbound_messages_unsent",
        "outbound_messages",
        ["due_at"],
        unique=False,
        sqlite_where=sa.text(UNSENT_TEXTS_WHERE),
        postgresql_where=sa.text(UNSENT_TEXTS_WHERE),
    )


def downgrade() -> None:
    op.drop_index("ix_outbound_messages_unsent", table_name="outbound_messages")
    op.drop_index("ix_sessions_unsent", table_name="sessions")
    op.drop_index("ix_noticings_crisis_client", table_name="noticings")
    op.drop_index("ix_noticings_unfinished", table_name="noticings")
