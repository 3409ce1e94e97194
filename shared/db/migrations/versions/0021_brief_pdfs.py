"""brief_pdfs: each sent brief's tagged PDF, sealed, made once

Revision ID: 0021
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0021"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "brief_pdfs",
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("pdf_enc", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_brief_pdfs_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_brief_pdfs_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_brief_pdfs")),
    )
    with op.batch_alter_table("brief_pdfs") as batch:
        batch.create_index(batch.f("ix_brief_pdfs_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("brief_pdfs") as batch:
        batch.drop_index(batch.f("ix_brief_pdfs_client_id"))
    op.drop_table("brief_pdfs")
