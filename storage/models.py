"""ORM models. Table names are prefixed by duty; enums are stored as strings."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import JSONType, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class GroupStatus(StrEnum):
    UNREGISTERED = "unregistered"  # seen by the bot, no registration yet
    PENDING = "pending"  # registration requested, waiting for the information center
    RETURNED = "returned"  # registration returned with a reason; must be registered again
    REGISTERED = "registered"
    COMPLETED = "completed"  # temporary work done, dissolution due
    DISSOLVED = "dissolved"  # group dismissed / bot removed
    DEREGISTERED = "deregistered"


# A unit may hold only one group per matter among these states.
ACTIVE_STATUSES = (GroupStatus.PENDING, GroupStatus.REGISTERED, GroupStatus.COMPLETED)
_ACTIVE_SQL = "status IN ('pending', 'registered', 'completed')"


class GroupKind(StrEnum):
    STANDING = "standing"  # 常设
    TEMPORARY = "temporary"  # 临时
    SPECIAL = "special"  # 专项


class Group(Base):
    __tablename__ = "registry_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    identity: Mapped[str] = mapped_column(String(160), unique=True)
    platform: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=GroupStatus.UNREGISTERED, index=True)
    kind: Mapped[str | None] = mapped_column(String(20))
    unit: Mapped[str | None] = mapped_column(String(100))
    matter: Mapped[str | None] = mapped_column(String(200))
    # Normalised unit and matter: the duplicate check ignores width, case and spacing.
    unit_key: Mapped[str | None] = mapped_column(String(100))
    matter_key: Mapped[str | None] = mapped_column(String(200))
    leader: Mapped[str | None] = mapped_column(String(100))
    planned_end: Mapped[date | None] = mapped_column(Date)
    policy_file: Mapped[str | None] = mapped_column(String(300))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    requested_by: Mapped[str | None] = mapped_column(String(160))
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    confirmed_by: Mapped[str | None] = mapped_column(String(160))
    returned_reason: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    dissolve_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    dissolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    deregistered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    admins: Mapped[list[GroupAdmin]] = relationship(
        back_populates="group",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="GroupAdmin.id",
    )

    __table_args__ = (
        Index(
            "uq_registry_group_unit_matter_active",
            "unit_key",
            "matter_key",
            unique=True,
            sqlite_where=text(_ACTIVE_SQL),
            postgresql_where=text(_ACTIVE_SQL),
        ),
    )


class GroupAdmin(Base):
    """Designated admins (专人) of a group, in addition to the platform's owner and admins."""

    __tablename__ = "registry_group_admin"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("registry_group.id", ondelete="CASCADE"))
    user: Mapped[str] = mapped_column(String(160))
    added_by: Mapped[str] = mapped_column(String(160))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())

    group: Mapped[Group] = relationship(back_populates="admins")

    __table_args__ = (UniqueConstraint("group_id", "user"),)


class AuditEntry(Base):
    """One link of the hash chain. Written only by the audit writer."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    group: Mapped[str | None] = mapped_column(String(160), index=True)
    actor: Mapped[str | None] = mapped_column(String(160))
    subject: Mapped[str | None] = mapped_column(String(160))
    kind: Mapped[str] = mapped_column(String(60), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSONType)
    # Idempotency key: lets a writer that lost its connection mid-commit retry safely.
    uid: Mapped[str] = mapped_column(String(40), unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """Single row holding the chain's tip; updating it serialises writers on every database."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class Reminder(Base):
    """A due item that was claimed for sending; the unique key makes it once-only."""

    __tablename__ = "sched_reminder"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    owner: Mapped[str] = mapped_column(String(100))


class Flag(Base):
    """A message the policy flagged. Its id is the N of /误报 N.

    For ``pii`` and ``secret`` findings no copy of the text is kept: only its SHA-256.
    """

    __tablename__ = "moderation_flag"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    group: Mapped[str] = mapped_column(String(160), index=True)
    user: Mapped[str] = mapped_column(String(160), index=True)
    message_id: Mapped[str | None] = mapped_column(String(64))
    categories: Mapped[list[str]] = mapped_column(JSONType)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    excerpt: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    policy_version: Mapped[str] = mapped_column(String(60))
    actions: Mapped[list[str]] = mapped_column(JSONType)
    false_positive: Mapped[bool] = mapped_column(default=False)
    reviewed_by: Mapped[str | None] = mapped_column(String(160))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class MemberWarning(Base):
    """One step on a member's warning ladder in a group."""

    __tablename__ = "moderation_warning"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    group: Mapped[str] = mapped_column(String(160))
    user: Mapped[str] = mapped_column(String(160))
    reason: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20))  # auto | manual
    flag_id: Mapped[int | None] = mapped_column(
        ForeignKey("moderation_flag.id", ondelete="SET NULL")
    )
    by: Mapped[str | None] = mapped_column(String(160))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_by: Mapped[str | None] = mapped_column(String(160))

    __table_args__ = (Index("ix_moderation_warning_group_user", "group", "user"),)


class AllowEntry(Base):
    """A group's own allow-list entry, e.g. after /误报."""

    __tablename__ = "moderation_allow"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group: Mapped[str] = mapped_column(String(160))
    term: Mapped[str] = mapped_column(String(200))
    added_by: Mapped[str] = mapped_column(String(160))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    flag_id: Mapped[int | None] = mapped_column(
        ForeignKey("moderation_flag.id", ondelete="SET NULL")
    )

    __table_args__ = (UniqueConstraint("group", "term"),)
