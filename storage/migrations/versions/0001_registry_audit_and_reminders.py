"""registry, audit and reminders

Revision ID: 0001
Revises:
Create Date: 2026-11-22 12:34:16.558039
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import storage.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("group", sa.String(length=160), nullable=True),
        sa.Column("actor", sa.String(length=160), nullable=True),
        sa.Column("subject", sa.String(length=160), nullable=True),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column(
            "detail",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("uid", name=op.f("uq_audit_entry_uid")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_group"), ["group"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_kind"), ["kind"], unique=False)

    audit_head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # Genesis of the audit hash chain.
    op.bulk_insert(audit_head, [{"id": 1, "last_id": 0, "last_hash": "0" * 64}])
    op.create_table(
        "registry_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("identity", sa.String(length=160), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("unit", sa.String(length=100), nullable=True),
        sa.Column("matter", sa.String(length=200), nullable=True),
        sa.Column("unit_key", sa.String(length=100), nullable=True),
        sa.Column("matter_key", sa.String(length=200), nullable=True),
        sa.Column("leader", sa.String(length=100), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("policy_file", sa.String(length=300), nullable=True),
        sa.Column("seen_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("requested_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("requested_by", sa.String(length=160), nullable=True),
        sa.Column("registered_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("confirmed_by", sa.String(length=160), nullable=True),
        sa.Column("returned_reason", sa.Text(), nullable=True),
        sa.Column("completed_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("dissolve_deadline", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("dissolved_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("deregistered_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_group")),
        sa.UniqueConstraint("identity", name=op.f("uq_registry_group_identity")),
    )
    with op.batch_alter_table("registry_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registry_group_status"), ["status"], unique=False)
        batch_op.create_index(
            "uq_registry_group_unit_matter_active",
            ["unit_key", "matter_key"],
            unique=True,
            sqlite_where=sa.text("status IN ('pending', 'registered', 'completed')"),
            postgresql_where=sa.text("status IN ('pending', 'registered', 'completed')"),
        )

    op.create_table(
        "sched_reminder",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("claimed_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sched_reminder")),
    )
    op.create_table(
        "registry_group_admin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("user", sa.String(length=160), nullable=False),
        sa.Column("added_by", sa.String(length=160), nullable=False),
        sa.Column("added_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["registry_group.id"],
            name=op.f("fk_registry_group_admin_group_id_registry_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_group_admin")),
        sa.UniqueConstraint("group_id", "user", name=op.f("uq_registry_group_admin_group_id")),
    )


def downgrade() -> None:
    op.drop_table("registry_group_admin")
    op.drop_table("sched_reminder")
    with op.batch_alter_table("registry_group", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_registry_group_unit_matter_active",
            sqlite_where=sa.text("status IN ('pending', 'registered', 'completed')"),
            postgresql_where=sa.text("status IN ('pending', 'registered', 'completed')"),
        )
        batch_op.drop_index(batch_op.f("ix_registry_group_status"))

    op.drop_table("registry_group")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_kind"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_group"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
