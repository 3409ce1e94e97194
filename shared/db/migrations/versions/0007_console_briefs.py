"""console part 2: brief delivery per clinician, brief links, cue corrections, alert acknowledgement

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

UTC = shared.db.models.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("clinicians") as batch:
        batch.add_column(sa.Column("delivery", sa.String(8), nullable=True))
        batch.add_column(sa.Column("alert_phone", sa.String(20), nullable=True))
        batch.add_column(
            sa.Column("alert_sms", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("noticings") as batch:
        batch.add_column(sa.Column("alert_acknowledged_at", UTC(timezone=True), nullable=True))
        batch.add_column(sa.Column("alert_acknowledged_by", sa.String(32), nullable=True))
        batch.add_column(sa.Column("corrected_cues_enc", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("corrected_by", sa.String(32), nullable=True))
        batch.add_column(sa.Column("corrected_at", UTC(timezone=True), nullable=True))
    op.create_table(
        "brief_links",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "clinician_id",
            sa.String(32),
            sa.ForeignKey("clinicians.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "client_id",
            sa.String(32),
            sa.ForeignKey("clients.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("purpose", sa.String(8), nullable=False),
        sa.Column("subject_id", sa.String(32), nullable=False),
        sa.Column("expires_at", UTC(timezone=True), nullable=False),
        sa.Column("opened_at", UTC(timezone=True), nullable=True),
        sa.Column("created_at", UTC(timezone=True), nullable=False),
    )
    op.create_index("ix_brief_links_clinician_id", "brief_links", ["clinician_id"])
    op.create_index("ix_brief_links_client_id", "brief_links", ["client_id"])


def downgrade() -> None:
    op.drop_index("ix_brief_links_client_id", "brief_links")
    op.drop_index("ix_brief_links_clinician_id", "brief_links")
    op.drop_table("brief_links")
    with op.batch_alter_table("noticings") as batch:
        for column in (
            "corrected_at",
            "corrected_by",
            "corrected_cues_enc",
            "alert_acknowledged_by",
            "alert_acknowledged_at",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("clinicians") as batch:
        for column in ("alert_sms", "alert_phone", "delivery"):
            batch.drop_column(column)
