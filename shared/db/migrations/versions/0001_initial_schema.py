"""initial schema

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

import shared.db.models

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("subject_type", sa.String(length=30), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_audit_events_prev_hash")),
    )
    op.create_table(
        "clinicians",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("certificate_pem", sa.LargeBinary(), nullable=True),
        sa.Column("brief_lead_minutes", sa.Integer(), nullable=True),
        sa.Column("created_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinicians")),
        sa.UniqueConstraint("email", name=op.f("uq_clinicians_email")),
    )
    op.create_table(
        "keyring",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("master_key_id", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_keyring")),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("clinician_id", sa.String(length=32), nullable=False),
        sa.Column("phone_index", sa.String(length=64), nullable=False),
        sa.Column("phone_enc", sa.LargeBinary(), nullable=False),
        sa.Column("name_enc", sa.LargeBinary(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_changed_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinician_id"], ["clinicians.id"], name=op.f("fk_clients_clinician_id_clinicians")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("phone_index", name=op.f("uq_clients_phone_index")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clients_clinician_id"), ["clinician_id"], unique=False)

    op.create_table(
        "calls",
        sa.Column("call_sid", sa.String(length=64), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("started_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_calls_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("call_sid", name=op.f("pk_calls")),
    )
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calls_client_id"), ["client_id"], unique=False)

    op.create_table(
        "client_keys",
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("master_key_id", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_keys_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_keys")),
    )
    op.create_table(
        "noticings",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("source_sid", sa.String(length=64), nullable=False),
        sa.Column("call_sid", sa.String(length=64), nullable=True),
        sa.Column("received_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("body_enc", sa.LargeBinary(), nullable=True),
        sa.Column("tags_enc", sa.LargeBinary(), nullable=True),
        sa.Column("forced_cue_enc", sa.LargeBinary(), nullable=True),
        sa.Column("audio_enc", sa.LargeBinary(), nullable=True),
        sa.Column("num_media", sa.Integer(), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("crisis", sa.Boolean(), nullable=False),
        sa.Column("crisis_reply_sent", sa.Boolean(), nullable=False),
        sa.Column("crisis_alert", sa.String(length=8), nullable=False),
        sa.Column(
            "recording_deleted_at", shared.db.models.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("failure_reason", sa.String(length=200), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("tagged_at", shared.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_noticings_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_noticings")),
        sa.UniqueConstraint("source_sid", name=op.f("uq_noticings_source_sid")),
    )
    with op.batch_alter_table("noticings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_noticings_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_noticings_crisis"), ["crisis"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_noticings_crisis_alert"), ["crisis_alert"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_noticings_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_noticings_status"), ["status"], unique=False)

    op.create_table(
        "practices",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("cues_enc", sa.LargeBinary(), nullable=False),
        sa.Column("action_enc", sa.LargeBinary(), nullable=True),
        sa.Column("carry_back_enc", sa.LargeBinary(), nullable=True),
        sa.Column("nothing_this_week", sa.Boolean(), nullable=False),
        sa.Column("next_session_at", shared.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_practices_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practices")),
        sa.UniqueConstraint("client_id", "version", name=op.f("uq_practices_client_id")),
    )
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practices_client_id"), ["client_id"], unique=False)

    op.create_table(
        "sessions",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("client_id", sa.String(length=32), nullable=False),
        sa.Column("starts_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("brief_due_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("brief_status", sa.String(length=16), nullable=False),
        sa.Column("brief_attempts", sa.Integer(), nullable=False),
        sa.Column("brief_claimed_at", shared.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("brief_sent_at", shared.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("brief_period_end", shared.db.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("brief_late", sa.Boolean(), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("created_at", shared.db.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_sessions_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sessions_brief_due_at"), ["brief_due_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sessions_brief_status"), ["brief_status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sessions_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_client_id"))
        batch_op.drop_index(batch_op.f("ix_sessions_brief_status"))
        batch_op.drop_index(batch_op.f("ix_sessions_brief_due_at"))

    op.drop_table("sessions")
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practices_client_id"))

    op.drop_table("practices")
    with op.batch_alter_table("noticings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_noticings_status"))
        batch_op.drop_index(batch_op.f("ix_noticings_received_at"))
        batch_op.drop_index(batch_op.f("ix_noticings_crisis_alert"))
        batch_op.drop_index(batch_op.f("ix_noticings_crisis"))
        batch_op.drop_index(batch_op.f("ix_noticings_client_id"))

    op.drop_table("noticings")
    op.drop_table("client_keys")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calls_client_id"))

    op.drop_table("calls")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clients_clinician_id"))

    op.drop_table("clients")
    op.drop_table("keyring")
    op.drop_table("clinicians")
    op.drop_table("audit_events")
