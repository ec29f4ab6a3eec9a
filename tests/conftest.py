"""Shared fixtures: NoneBot (nonebug), a migrated database per backend, a started runtime.

Every test that takes ``rt`` runs on SQLite and, when ``QUNGUAN_TEST_DATABASE_URL`` names a
PostgreSQL database, on PostgreSQL too (skipped cleanly otherwise).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from nonebug import NONEBOT_INIT_KWARGS
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.settings import Settings

# Property tests draw the same examples on every run (a red CI run is reproducible);
# HYPOTHESIS_PROFILE=explore draws new ones to look for bugs locally.
hypothesis_settings.register_profile("default", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

PG_ENV = "QUNGUAN_TEST_DATABASE_URL"
SUPERUSER = "qq:10001"
REPORT_GROUP = "qq:900000"


def test_settings(**sections: dict) -> Settings:
    base = {
        "bot": {"superusers": [SUPERUSER], "report_group": REPORT_GROUP},
    }
    for key, value in sections.items():
        base[key] = {**base.get(key, {}), **value}
    return Settings(**base)


def pytest_configure(config: pytest.Config) -> None:
    from bot.app import nonebot_config

    config.stash[NONEBOT_INIT_KWARGS] = nonebot_config(test_settings())
    config.addinivalue_line(
        "markers", "watchers(*prefixes): message watchers (bot.watchers) active in this test"
    )


@pytest.fixture(scope="session", autouse=True)
async def after_nonebot_init(after_nonebot_init: None) -> None:
    from bot.app import load_plugins, register_adapters

    register_adapters(test_settings())
    load_plugins()
    # nonebug connects a fake bot for every test; the group scan on connect is tested on its
    # own (test_bot_connected) and end to end over the real WebSocket.
    import nonebot

    driver = nonebot.get_driver()
    type(driver)._bot_connection_hook.clear()


@pytest.fixture(autouse=True)
def active_watchers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The duties that watch every message (``bot.watchers``) run in the tests of the module
    that names them in ``WATCHERS``, or of a test marked ``@pytest.mark.watchers(...)``, and
    nowhere else: like the matchers they replaced, each is
    tested in isolation (the group-seen duty would remind every unknown test group to register)."""
    from bot import watchers

    marker = request.node.get_closest_marker("watchers")
    wanted = tuple(marker.args if marker else getattr(request.module, "WATCHERS", ()))
    monkeypatch.setattr(
        watchers, "_watchers", [w for w in watchers._watchers if w[1].startswith(wanted)]
    )


# -- databases -------------------------------------------------------------------------------------


def _admin_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)


async def _pg_create(url: str) -> str:
    """A fresh database beside the one named by the env var; returns its URL."""
    from storage.db import create_engine

    name = f"qunguan_test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(_admin_url(url), isolation_level="AUTOCOMMIT")
    async with engine.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await engine.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


async def _pg_drop(url: str) -> None:
    from storage.db import create_engine

    target = make_url(url)
    engine = create_engine(
        _admin_url(
            target.set(database=os.environ[PG_ENV].rsplit("/", 1)[-1]).render_as_string(
                hide_password=False
            )
        ),
        isolation_level="AUTOCOMMIT",
    )
    async with engine.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
    await engine.dispose()


def _backends() -> list:
    params = [pytest.param("sqlite", id="sqlite")]
    marks = [] if os.environ.get(PG_ENV) else [pytest.mark.skip(reason=f"{PG_ENV} not set")]
    params.append(pytest.param("postgresql", id="postgresql", marks=marks))
    return params


@pytest.fixture(scope="session", params=_backends())
async def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    """A migrated database for the whole session, per backend."""
    import asyncio

    from storage.migrate import upgrade

    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'qunguan.db'}"
        await asyncio.to_thread(upgrade, url)
        yield url
        return
    url = await _pg_create(os.environ[PG_ENV])
    await asyncio.to_thread(upgrade, url)
    yield url
    await _pg_drop(url)


@pytest.fixture(params=_backends())
async def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A database that exists but nobody has migrated yet (SQLite: not even its folder)."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'fresh' / 'qunguan.db'}"
        return
    url = await _pg_create(os.environ[PG_ENV])
    try:
        yield url
    finally:
        await _pg_drop(url)


TABLES = [
    "moderation_allow",
    "moderation_warning",
    "moderation_flag",
    "registry_group_admin",
    "registry_group",
    "audit_entry",
    "sched_reminder",
]


async def reset_database(url: str) -> None:
    from storage.audit import GENESIS
    from storage.db import create_engine

    engine = create_engine(url)
    async with engine.begin() as conn:
        for table in TABLES:
            await conn.execute(text(f"DELETE FROM {table}"))
        await conn.execute(
            text("UPDATE audit_head SET last_id = 0, last_hash = :g"), {"g": GENESIS}
        )
    await engine.dispose()


class Clock:
    """A settable clock for the runtime (due dates are computed from ``now``)."""

    def __init__(self, now: datetime) -> None:
        self.value = now

    def __call__(self) -> datetime:
        return self.value


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))  # Monday 10:00 in Beijing


@pytest.fixture
async def rt(database_url: str, tmp_path: Path, clock: Clock) -> AsyncIterator:
    """A started runtime on a clean database, installed for the plugins."""
    from bot.runtime import build_runtime, set_runtime

    await reset_database(database_url)
    settings = test_settings(
        database={"url": database_url}, audit={"spool_file": str(tmp_path / "spool.jsonl")}
    )
    runtime = build_runtime(settings)
    runtime.now = clock  # type: ignore[method-assign]
    runtime.audit._clock = clock
    await runtime.start()
    set_runtime(runtime)
    from plugins.registry import handlers as registry_handlers

    registry_handlers._known_groups.clear()
    try:
        yield runtime
    finally:
        set_runtime(None)
        await runtime.stop()
