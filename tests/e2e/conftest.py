"""End-to-end fixtures: a database per backend and the real ``qunguan run`` process."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.conftest import PG_ENV, _pg_create, _pg_drop

from .botproc import BotProcess, free_port, start_bot, wait_ready, write_config


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator:
    """Keep each phase's report on the item, so fixtures know whether the test failed."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def _backends() -> list:
    marks = [] if os.environ.get(PG_ENV) else [pytest.mark.skip(reason=f"{PG_ENV} not set")]
    return [
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=marks),
    ]


@pytest.fixture(params=_backends())
async def e2e_database(request: pytest.FixtureRequest) -> AsyncIterator[str]:
    """A fresh, not yet migrated database URL (``qunguan run`` migrates it)."""
    if request.param == "sqlite":
        # relative: resolved against the folder of bot.toml
        yield "sqlite+aiosqlite:///data/qunguan.db"
        return
    url = await _pg_create(os.environ[PG_ENV])
    try:
        yield url
    finally:
        await _pg_drop(url)


@pytest.fixture
def bot_port() -> int:
    return free_port()


@pytest.fixture
def bot_config(tmp_path: Path, e2e_database: str, bot_port: int) -> Path:
    return write_config(tmp_path, port=bot_port, database_url=e2e_database)


@pytest.fixture
async def qunguan(
    request: pytest.FixtureRequest, bot_config: Path, bot_port: int
) -> AsyncIterator[BotProcess]:
    """``qunguan run`` listening on its port; stopped afterwards, its log shown on failure."""
    bot = start_bot(bot_config, bot_port)
    try:
        await wait_ready(bot)
        yield bot
    finally:
        code = bot.stop()
        report = getattr(request.node, "rep_call", None)
        if report is None or report.failed:
            print(f"---- qunguan run (exit {code}), last lines of {bot.log_path} ----")
            print(bot.log_tail(120))
