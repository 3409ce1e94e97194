"""safety_plans: the client's Stanley-Brown safety plan, sealed, one row per version

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safety_plans",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("parts_enc", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_safety_plans_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_plans")),
        sa.UniqueConstraint("client_id", "version", name=op.f("uq_safety_plans_client_id")),
    )
    with op.batch_alter_table("safety_plans") as batch:
        batch.create_index(batch.f("ix_safety_plans_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("safety_plans") as batch:
        batch.drop_index(batch.f("ix_safety_plans_client_id"))
    op.drop_table("safety_plans")
