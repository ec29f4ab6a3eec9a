"""Group registry repository."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ACTIVE_STATUSES, Group, GroupAdmin, GroupStatus


async def get_group(session: AsyncSession, identity: str) -> Group | None:
    return (
        await session.execute(select(Group).where(Group.identity == identity))
    ).scalar_one_or_none()


async def ensure_group(
    session: AsyncSession, identity: str, platform: str, name: str, now: datetime
) -> tuple[Group, bool]:
    """The group's row, created as unregistered when first seen. Returns (group, created).

    Safe against a concurrent insert by another process (unique identity).
    """
    group = await get_group(session, identity)
    if group is not None:
        if name and group.name != name:
            group.name = name
            await session.commit()
        return group, False
    group = Group(
        identity=identity,
        platform=platform,
        name=name,
        status=GroupStatus.UNREGISTERED,
        seen_at=now,
        updated_at=now,
    )
    session.add(group)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        existing = await get_group(session, identity)
        assert existing is not None
        return existing, False
    return group, True


async def find_active_duplicate(
    session: AsyncSession, unit_key: str, matter_key: str, exclude: str
) -> Group | None:
    stmt = select(Group).where(
        Group.unit_key == unit_key,
        Group.matter_key == matter_key,
        Group.status.in_(list(ACTIVE_STATUSES)),
        Group.identity != exclude,
    )
    return (await session.execute(stmt)).scalars().first()


async def list_groups(session: AsyncSession, statuses: Sequence[str] | None = None) -> list[Group]:
    stmt = select(Group).order_by(Group.id)
    if statuses:
        stmt = stmt.where(Group.status.in_(list(statuses)))
    return list((await session.execute(stmt)).scalars())


async def designated_admins(session: AsyncSession, identity: str) -> list[str]:
    stmt = (
        select(GroupAdmin.user)
        .join(Group, Group.id == GroupAdmin.group_id)
        .where(Group.identity == identity)
        .order_by(GroupAdmin.id)
    )
    return list((await session.execute(stmt)).scalars())


async def is_designated_admin(session: AsyncSession, identity: str, user: str) -> bool:
    return user in await designated_admins(session, identity)
