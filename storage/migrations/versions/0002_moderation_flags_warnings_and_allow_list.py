"""moderation flags, warnings and allow-list

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 12:57:29.114396
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import storage.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "moderation_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("group", sa.String(length=160), nullable=False),
        sa.Column("user", sa.String(length=160), nullable=False),
        sa.Column("message_id", sa.String(length=64), nullable=True),
        sa.Column(
            "categories",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "findings",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("excerpt", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("policy_version", sa.String(length=60), nullable=False),
        sa.Column(
            "actions",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("false_positive", sa.Boolean(), nullable=False),
        sa.Column("reviewed_by", sa.String(length=160), nullable=True),
        sa.Column("reviewed_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_flag")),
    )
    with op.batch_alter_table("moderation_flag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_moderation_flag_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_moderation_flag_group"), ["group"], unique=False)
        batch_op.create_index(batch_op.f("ix_moderation_flag_user"), ["user"], unique=False)

    op.create_table(
        "moderation_allow",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group", sa.String(length=160), nullable=False),
        sa.Column("term", sa.String(length=200), nullable=False),
        sa.Column("added_by", sa.String(length=160), nullable=False),
        sa.Column("added_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("flag_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["flag_id"],
            ["moderation_flag.id"],
            name=op.f("fk_moderation_allow_flag_id_moderation_flag"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_allow")),
        sa.UniqueConstraint("group", "term", name=op.f("uq_moderation_allow_group")),
    )
    op.create_table(
        "moderation_warning",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("group", sa.String(length=160), nullable=False),
        sa.Column("user", sa.String(length=160), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("flag_id", sa.Integer(), nullable=True),
        sa.Column("by", sa.String(length=160), nullable=True),
        sa.Column("withdrawn_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=160), nullable=True),
        sa.ForeignKeyConstraint(
            ["flag_id"],
            ["moderation_flag.id"],
            name=op.f("fk_moderation_warning_flag_id_moderation_flag"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_warning")),
    )
    with op.batch_alter_table("moderation_warning", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_moderation_warning_at"), ["at"], unique=False)
        batch_op.create_index("ix_moderation_warning_group_user", ["group", "user"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("moderation_warning", schema=None) as batch_op:
        batch_op.drop_index("ix_moderation_warning_group_user")
        batch_op.drop_index(batch_op.f("ix_moderation_warning_at"))

    op.drop_table("moderation_warning")
    op.drop_table("moderation_allow")
    with op.batch_alter_table("moderation_flag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_moderation_flag_user"))
        batch_op.drop_index(batch_op.f("ix_moderation_flag_group"))
        batch_op.drop_index(batch_op.f("ix_moderation_flag_at"))

    op.drop_table("moderation_flag")
