"""Moderation repository: flags, the warning ladder, per-group allow-lists."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AllowEntry, Flag, MemberWarning


async def add_flag(session: AsyncSession, **fields: Any) -> Flag:
    flag = Flag(**fields)
    session.add(flag)
    await session.commit()
    return flag


async def get_flag(session: AsyncSession, flag_id: int) -> Flag | None:
    return await session.get(Flag, flag_id)


async def add_warning(session: AsyncSession, **fields: Any) -> MemberWarning:
    warning = MemberWarning(**fields)
    session.add(warning)
    await session.commit()
    return warning


async def active_warnings(
    session: AsyncSession, group: str, user: str, since: datetime
) -> list[MemberWarning]:
    """Warnings inside the ladder's window that were not withdrawn, oldest first."""
    stmt = (
        select(MemberWarning)
        .where(
            MemberWarning.group == group,
            MemberWarning.user == user,
            MemberWarning.at >= since,
            MemberWarning.withdrawn_at.is_(None),
        )
        .order_by(MemberWarning.id)
    )
    return list((await session.execute(stmt)).scalars())


async def count_active(session: AsyncSession, group: str, user: str, since: datetime) -> int:
    stmt = select(func.count()).where(
        MemberWarning.group == group,
        MemberWarning.user == user,
        MemberWarning.at >= since,
        MemberWarning.withdrawn_at.is_(None),
    )
    return (await session.execute(stmt)).scalar_one()


async def withdraw(session: AsyncSession, warning_ids: list[int], by: str, now: datetime) -> None:
    if warning_ids:
        await session.execute(
            update(MemberWarning)
            .where(MemberWarning.id.in_(warning_ids))
            .values(withdrawn_at=now, withdrawn_by=by)
        )
    await session.commit()


async def warnings_of_flag(session: AsyncSession, flag_id: int) -> list[MemberWarning]:
    stmt = select(MemberWarning).where(
        MemberWarning.flag_id == flag_id, MemberWarning.withdrawn_at.is_(None)
    )
    return list((await session.execute(stmt)).scalars())


async def allow_terms(session: AsyncSession, group: str) -> list[str]:
    stmt = select(AllowEntry.term).where(AllowEntry.group == group).order_by(AllowEntry.id)
    return list((await session.execute(stmt)).scalars())


async def add_allow(
    session: AsyncSession, group: str, term: str, by: str, now: datetime, flag_id: int | None
) -> bool:
    """False when the group already allows ``term``.

    The insert runs in a savepoint: a duplicate rolls back only the savepoint, so objects the
    caller loaded in this session are not expired (a lazy reload would fail under asyncio).
    """
    exists = await session.execute(
        select(AllowEntry.id).where(AllowEntry.group == group, AllowEntry.term == term)
    )
    if exists.first() is not None:
        return False
    try:
        async with session.begin_nested():
            session.add(
                AllowEntry(group=group, term=term, added_by=by, added_at=now, flag_id=flag_id)
            )
    except IntegrityError:  # another process added it meanwhile
        await session.commit()
        return False
    await session.commit()
    return True
