"""Once-only delivery of due items across processes: claim a unique key before sending."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Reminder


async def claim(session: AsyncSession, key: str, owner: str, now: datetime) -> bool:
    """True if this caller won ``key``; False if any process claimed it before."""
    session.add(Reminder(key=key, claimed_at=now, owner=owner))
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        return False
    return True


async def mark_sent(session: AsyncSession, key: str, now: datetime) -> None:
    await session.execute(update(Reminder).where(Reminder.key == key).values(sent_at=now))
    await session.commit()


async def release(session: AsyncSession, key: str) -> None:
    """Give a claim back after a failed send, so the next sweep retries it."""
    await session.execute(delete(Reminder).where(Reminder.key == key, Reminder.sent_at.is_(None)))
    await session.commit()


async def claimed(session: AsyncSession, keys: list[str]) -> set[str]:
    if not keys:
        return set()
    rows = await session.execute(select(Reminder.key).where(Reminder.key.in_(keys)))
    return set(rows.scalars())


async def release_stale(session: AsyncSession, before: datetime) -> int:
    """Free claims whose sender died before marking them sent (claimed before ``before``)."""
    result = await session.execute(
        delete(Reminder).where(Reminder.sent_at.is_(None), Reminder.claimed_at < before)
    )
    await session.commit()
    return cast(CursorResult[Any], result).rowcount or 0
