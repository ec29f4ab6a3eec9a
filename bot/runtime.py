"""Process-wide services: settings, database, audit writer, calendar.

Created once by ``qunguan run`` (or a test) and handed to plugins through ``bot.deps``.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.audit import AuditWriter
from bot.calendar import WorkCalendar
from bot.injectable import InjectAsIs
from bot.settings import Settings
from storage.db import create_engine, session_factory

if TYPE_CHECKING:
    from bot.policies import PolicyRegistry


@dataclass
class Runtime(InjectAsIs):
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    audit: AuditWriter
    calendar: WorkCalendar
    #: names this process in reminder claims, for operators reading the table
    owner: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")
    _policies: PolicyRegistry | None = field(default=None, repr=False)

    @property
    def policies(self) -> PolicyRegistry:
        """Policy files by group; loaded on first use (a test runtime may never need them)."""
        if self._policies is None:
            from bot.policies import PolicyRegistry

            self._policies = PolicyRegistry(self)
        return self._policies

    def now(self) -> datetime:
        return datetime.now(UTC)

    def is_superuser(self, user: str) -> bool:
        return user in self.settings.bot.superusers

    async def start(self) -> None:
        await self.audit.start()

    async def stop(self) -> None:
        await self.audit.stop()
        await self.engine.dispose()


def build_runtime(settings: Settings) -> Runtime:
    engine = create_engine(settings.database_url)
    sessions = session_factory(engine)
    return Runtime(
        settings=settings,
        engine=engine,
        sessions=sessions,
        audit=AuditWriter(sessions, settings.spool_path),
        calendar=WorkCalendar(
            settings.calendar.extra_holidays,
            settings.calendar.extra_workdays,
            tz=settings.bot.timezone,
        ),
    )


_current: Runtime | None = None


def set_runtime(runtime: Runtime | None) -> None:
    global _current
    _current = runtime


def get_runtime() -> Runtime:
    if _current is None:
        raise RuntimeError("qunguan runtime is not started")
    return _current
