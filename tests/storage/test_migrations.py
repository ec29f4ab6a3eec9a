"""Migrations on an empty database, per backend: they reach head and match the models."""

from __future__ import annotations

import asyncio
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from storage.audit import GENESIS
from storage.db import create_engine
from storage.migrate import alembic_config, current, upgrade
from storage.models import Base


def _head() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


async def _inspect(url: str, fn: Any) -> Any:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(fn)
    finally:
        await engine.dispose()


async def _diff(url: str) -> list[Any]:
    def compare(conn: Any) -> list[Any]:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)

    return await _inspect(url, compare)


async def _tables(url: str) -> set[str]:
    return await _inspect(url, lambda conn: set(inspect(conn).get_table_names()))


async def _audit_head(url: str) -> list[tuple[int, int, str]]:
    return await _inspect(
        url,
        lambda conn: [
            tuple(r) for r in conn.execute(text("SELECT id, last_id, last_hash FROM audit_head"))
        ],
    )


MODEL_TABLES = set(Base.metadata.tables)


async def test_upgrade_reaches_head_and_matches_the_models(empty_url: str) -> None:
    assert await asyncio.to_thread(current, empty_url) is None
    await asyncio.to_thread(upgrade, empty_url)
    assert await asyncio.to_thread(current, empty_url) == _head()
    assert await _tables(empty_url) >= MODEL_TABLES
    # The genesis row of the audit chain is seeded by the migration.
    assert await _audit_head(empty_url) == [(1, 0, GENESIS)]
    diff = await _diff(empty_url)
    assert diff == [], f"models and migrations disagree: {diff}"


async def test_upgrade_twice_is_a_no_op(empty_url: str) -> None:
    await asyncio.to_thread(upgrade, empty_url)
    await asyncio.to_thread(upgrade, empty_url)
    assert await asyncio.to_thread(current, empty_url) == _head()
    assert await _audit_head(empty_url) == [(1, 0, GENESIS)]
    assert await _diff(empty_url) == []


async def test_downgrade_to_base_and_up_again(empty_url: str) -> None:
    from alembic import command

    await asyncio.to_thread(upgrade, empty_url)
    await asyncio.to_thread(command.downgrade, alembic_config(empty_url), "base")
    assert await asyncio.to_thread(current, empty_url) is None
    assert not (MODEL_TABLES & await _tables(empty_url))
    await asyncio.to_thread(upgrade, empty_url)
    assert await asyncio.to_thread(current, empty_url) == _head()
    assert await _audit_head(empty_url) == [(1, 0, GENESIS)]
    assert await _diff(empty_url) == []
