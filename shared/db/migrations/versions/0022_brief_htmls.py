"""brief_htmls: each sent brief's HTML as it went out, sealed

Revision ID: 0022
Revises: 0021
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "brief_htmls",
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("html_enc", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_brief_htmls_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_brief_htmls_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_brief_htmls")),
    )
    with op.batch_alter_table("brief_htmls") as batch:
        batch.create_index(batch.f("ix_brief_htmls_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("brief_htmls") as batch:
        batch.drop_index(batch.f("ix_brief_htmls_client_id"))
    op.drop_table("brief_htmls")
