"""The audit log: hash chain, masking, tamper detection, several writers, database outages.

Every test runs on SQLite and, when ``QUNGUAN_TEST_DATABASE_URL`` is set, on PostgreSQL.
An outage is real on both: SQLite's write lock is held by another connection; PostgreSQL's
database refuses connections and its backends are terminated.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import sqlite3
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.audit import AuditWriter
from bot.runtime import build_runtime
from storage import audit as audit_store
from storage.audit import GENESIS, PendingEntry, entry_hash
from storage.db import create_engine, session_factory
from storage.models import AuditEntry, AuditHead
from tests.conftest import PG_ENV, reset_database
from tests.conftest import test_settings as make_settings

KINDS = ["group.seen", "group.registered", "group.admin_changed", "reminder.sent", "audit.viewed"]


# -- helpers ---------------------------------------------------------------------------------------


def _is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


async def _rows(sessions: async_sessionmaker[AsyncSession]) -> list[AuditEntry]:
    async with sessions() as s:
        return await audit_store.query(s)


async def _verify(sessions: async_sessionmaker[AsyncSession]) -> audit_store.VerifyResult:
    async with sessions() as s:
        return await audit_store.verify(s)


def _spool_uids(path: Path) -> list[str]:
    return [json.loads(line)["uid"] for line in path.read_text("utf-8").split("\n") if line]


def _uids(entries: list[PendingEntry] | list[AuditEntry]) -> list[str]:
    return [e.uid for e in entries]


def _fail_fast(dbapi_conn: Any, _record: Any) -> None:
    # Runs after storage.db's pragmas: a locked SQLite file fails the attempt at once
    # instead of after 5 s, so the writer really goes through its retry path.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=20")
    cur.close()


async def _open_writer(url: str, spool: Path) -> tuple[AsyncEngine, AuditWriter]:
    engine = create_engine(url)
    if _is_sqlite(url):
        event.listen(engine.sync_engine, "connect", _fail_fast)
    writer = AuditWriter(session_factory(engine), spool, retry_min=0.02, retry_max=0.1)
    await writer.start()
    return engine, writer


@asynccontextmanager
async def _writer(url: str, spool: Path) -> AsyncIterator[AuditWriter]:
    engine, writer = await _open_writer(url, spool)
    try:
        yield writer
    finally:
        await writer.stop(1)
        await engine.dispose()


@asynccontextmanager
async def database_down(url: str) -> AsyncIterator[None]:
    """Make the database unusable for writing until the block ends."""
    target = make_url(url)
    if _is_sqlite(url):
        conn = sqlite3.connect(target.database, isolation_level=None)
        try:
            conn.execute("BEGIN EXCLUSIVE")
            yield
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
        return
    admin_url = target.set(database=make_url(os.environ[PG_ENV]).database)
    admin = create_engine(
        admin_url.render_as_string(hide_password=False), isolation_level="AUTOCOMMIT"
    )
    name = target.database
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            await conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
        yield
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        await admin.dispose()


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def audit_log() -> Iterator[_Records]:
    handler = _Records()
    logger = logging.getLogger("qunguan.audit")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def _record_many(writer: AuditWriter, n: int, kind: str = "test.entry") -> list[PendingEntry]:
    return [writer.record(kind, group="qq:900000", detail={"i": i}) for i in range(n)]


# -- the chain -------------------------------------------------------------------------------------


async def test_chain_links_entries_in_record_order(rt, clock) -> None:
    recorded = []
    for i in range(20):
        clock.value += timedelta(seconds=7, microseconds=1234)
        recorded.append(
            rt.audit.record(
                KINDS[i % len(KINDS)],
                group=f"qq:{900000 + i % 3}",
                actor=f"qq:{20000 + i}",
                subject=None if i % 2 else f"qq:{30000 + i}",
                detail={"n": i, "note": f"第 {i} 条", "tags": ["甲", i], "x": {"ok": i % 2 == 0}},
            )
        )
    await rt.audit.flush(10)

    assert rt.audit.pending == 0
    assert rt.settings.spool_path.read_text("utf-8") == ""
    result = await _verify(rt.sessions)
    assert result.ok, result.reason
    assert result.checked == 20
    rows = await _rows(rt.sessions)
    assert [r.id for r in rows] == list(range(1, 21))
    assert _uids(rows) == _uids(recorded)
    assert [(r.kind, r.group, r.actor, r.subject, r.at, r.detail) for r in rows] == [
        (e.kind, e.group, e.actor, e.subject, e.at, e.detail) for e in recorded
    ]
    assert rows[0].prev_hash == GENESIS
    for prev, row in itertools.pairwise(rows):
        assert row.prev_hash == prev.hash
    for row in rows:
        assert row.hash == entry_hash(
            row.prev_hash,
            id=row.id,
            at=row.at,
            group=row.group,
            actor=row.actor,
            subject=row.subject,
            kind=row.kind,
            detail=row.detail,
        )
    async with rt.sessions() as s:
        head = (await s.execute(select(AuditHead))).scalar_one()
    assert (head.last_id, head.last_hash) == (20, rows[-1].hash)


# -- masking ---------------------------------------------------------------------------------------

RAW = ["11010519491231002X", "13812345678", "138-1234-5678", "6222021234567890123", "zhangsan"]


async def test_personal_data_is_masked_before_storage(rt) -> None:
    entry = rt.audit.record(
        "realname.submitted",
        group="qq:900000",
        actor="qq:20002",
        detail={
            "text": "身份证11010519491231002X，手机13812345678",
            "grouped": "联系电话：138-1234-5678",
            "card": "工资卡 6222021234567890123 请核对",
            "email": "联系人 zhangsan.wang@example.gov.cn",
            "list": ["13812345678", {"deep": "证件号 11010519491231002X"}],
        },
    )
    # Written by record(), before the DB. Only the detail is compared: the entry's random uid may
    # contain any digit run (a "1234" in it once failed CI).
    (spooled_line,) = rt.settings.spool_path.read_text("utf-8").splitlines()
    spooled = json.dumps(json.loads(spooled_line)["detail"], ensure_ascii=False)
    await rt.audit.flush(5)

    (row,) = await _rows(rt.sessions)
    stored = json.dumps(row.detail, ensure_ascii=False)
    for text_ in (stored, spooled):
        for raw in [*RAW, "1234"]:
            assert raw not in text_
    assert stored.count("1101**********002X") == 2
    assert stored.count("138****5678") == 3
    assert "6222***********0123" in stored
    assert "z***@example.gov.cn" in stored
    assert "身份证" in stored  # the text around is kept
    assert "请核对" in stored
    assert row.detail == entry.detail
    assert (await _verify(rt.sessions)).ok


async def test_numbers_given_as_integers_are_masked(rt) -> None:
    rt.audit.record("realname.submitted", detail={"phone": 13812345678, "count": 3, "ok": True})
    await rt.audit.flush(5)

    (row,) = await _rows(rt.sessions)
    assert "13812345678" not in json.dumps(row.detail)
    assert row.detail["phone"] == "138****5678"
    assert row.detail["count"] == 3
    assert row.detail["ok"] is True
    assert (await _verify(rt.sessions)).ok


# -- tamper detection ------------------------------------------------------------------------------


async def _tamper_detail(rt, entry_id: int, *, fix_hash: bool = False) -> None:
    detail = {"i": 999, "note": "改过"}
    cast = ":d" if _is_sqlite(rt.settings.database_url) else "CAST(:d AS JSONB)"
    async with rt.sessions() as s:
        await s.execute(
            text(f"UPDATE audit_entry SET detail = {cast} WHERE id = :id"),
            {"d": json.dumps(detail, ensure_ascii=False), "id": entry_id},
        )
        if fix_hash:  # the forger also recomputes the row's own hash
            row = (
                await s.execute(select(AuditEntry).where(AuditEntry.id == entry_id))
            ).scalar_one()
            forged = entry_hash(
                row.prev_hash,
                id=row.id,
                at=row.at,
                group=row.group,
                actor=row.actor,
                subject=row.subject,
                kind=row.kind,
                detail=detail,
            )
            await s.execute(
                text("UPDATE audit_entry SET hash = :h WHERE id = :id"),
                {"h": forged, "id": entry_id},
            )
        await s.commit()


async def _delete(rt, entry_id: int) -> None:
    async with rt.sessions() as s:
        await s.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": entry_id})
        await s.commit()


TAMPER = {
    "edit_detail": (lambda rt: _tamper_detail(rt, 5), 5, 4),
    "edit_detail_and_hash": (lambda rt: _tamper_detail(rt, 5, fix_hash=True), 6, 5),
    "delete_last": (lambda rt: _delete(rt, 20), 20, 19),
    "delete_middle": (lambda rt: _delete(rt, 10), 10, 9),
    "delete_first": (lambda rt: _delete(rt, 1), 1, 0),
}


@pytest.mark.parametrize("case", list(TAMPER))
async def test_tampering_is_detected(rt, case: str) -> None:
    tamper, broken_id, checked = TAMPER[case]
    _record_many(rt.audit, 20)
    await rt.audit.flush(10)
    assert (await _verify(rt.sessions)).ok

    await tamper(rt)

    result = await _verify(rt.sessions)
    assert not result.ok
    assert result.broken_id == broken_id
    assert result.checked == checked
    assert result.reason


# -- several writers -------------------------------------------------------------------------------


async def test_two_writers_share_one_chain(database_url: str, tmp_path: Path) -> None:
    """Two processes (own engine, own spool) append to the same chain at the same time."""
    await reset_database(database_url)
    runtimes = [
        build_runtime(
            make_settings(
                database={"url": database_url},
                audit={"spool_file": str(tmp_path / f"spool-{n}.jsonl")},
            )
        )
        for n in range(2)
    ]
    for runtime in runtimes:
        await runtime.start()
    try:
        recorded: list[list[PendingEntry]] = [[], []]
        for i in range(50):
            for n, runtime in enumerate(runtimes):
                recorded[n].append(
                    runtime.audit.record("test.concurrent", actor=f"writer-{n}", detail={"i": i})
                )
                await asyncio.sleep(0)
            if i % 10 == 9:  # five rounds; in each, both writers append at the same time
                await asyncio.gather(*(runtime.audit.flush(15) for runtime in runtimes))

        result = await _verify(runtimes[0].sessions)
        assert result.ok, result.reason
        assert result.checked == 100
        rows = await _rows(runtimes[1].sessions)
        assert [r.id for r in rows] == list(range(1, 101))
        for n in range(2):
            assert _uids([r for r in rows if r.actor == f"writer-{n}"]) == _uids(recorded[n])
            assert runtimes[n].audit.written == 50
            assert runtimes[n].audit.pending == 0
        # One chain: every round's 20 links hold entries of both writers.
        for k in range(5):
            assert {r.actor for r in rows[k * 20 : (k + 1) * 20]} == {"writer-0", "writer-1"}
    finally:
        for runtime in runtimes:
            await runtime.stop()


# -- outages ---------------------------------------------------------------------------------------


async def test_outage_loses_nothing(database_url: str, tmp_path: Path, audit_log) -> None:
    await reset_database(database_url)
    spool = tmp_path / "spool.jsonl"
    async with _writer(database_url, spool) as writer:
        before = _record_many(writer, 5, "test.before")
        await writer.flush(5)
        assert writer.written == 5

        async with database_down(database_url):
            during = []
            for i in range(10):
                during.append(writer.record("test.during", detail={"i": i}))
                await asyncio.sleep(0.03)
            with pytest.raises(TimeoutError):
                await writer.flush(0.5)
            assert writer.pending == 10
            assert writer.written == 5
            assert _spool_uids(spool) == _uids(during)
            assert any("暂时无法写入" in m for m in audit_log.messages)

        after = _record_many(writer, 5, "test.after")
        await writer.flush(10)

        assert writer.pending == 0
        assert any("已恢复" in m for m in audit_log.messages)
        assert spool.read_text("utf-8") == ""
        rows = await _rows(writer._sessions)
        assert _uids(rows) == _uids(before + during + after)
        assert [r.id for r in rows] == list(range(1, 21))
        result = await _verify(writer._sessions)
        assert result.ok, result.reason
        assert result.checked == 20


async def test_entries_survive_a_restart_during_an_outage(
    database_url: str, tmp_path: Path
) -> None:
    await reset_database(database_url)
    spool = tmp_path / "spool.jsonl"
    engine, first = await _open_writer(database_url, spool)
    try:
        written = _record_many(first, 3, "test.first")
        await first.flush(5)
        async with database_down(database_url):
            kept = _record_many(first, 7, "test.kept")
            # Chat text may hold Unicode line separators; JSON leaves them unescaped.
            kept.append(first.record("test.kept", detail={"note": "甲\u2028乙\u2029丙\x85丁"}))
            await asyncio.sleep(0.2)
            await first.stop(0.2)
            assert first.pending == 8
    finally:
        await engine.dispose()
    assert _spool_uids(spool) == _uids(kept)
    engine = create_engine(database_url)
    try:
        assert _uids(await _rows(session_factory(engine))) == _uids(written)  # none while down
    finally:
        await engine.dispose()

    engine, second = await _open_writer(database_url, spool)
    try:
        assert second.pending == 8  # loaded from the spool
        await second.flush(10)

        rows = await _rows(second._sessions)
        assert _uids(rows) == _uids(written + kept)
        assert rows[-1].detail == {"note": "甲\u2028乙\u2029丙\x85丁"}
        assert [r.id for r in rows] == list(range(1, 12))
        result = await _verify(second._sessions)
        assert result.ok, result.reason
        assert result.checked == 11
        assert spool.read_text("utf-8") == ""
    finally:
        await second.stop(1)
        await engine.dispose()


def _pending(kind: str, note: str) -> PendingEntry:
    return PendingEntry(
        uid=uuid.uuid4().hex,
        at=datetime(2026, 11, 23, 2, 0, tzinfo=UTC),
        kind=kind,
        group="qq:900000",
        detail={"note": note},
    )


def _line(entry: PendingEntry) -> bytes:
    return json.dumps(entry.to_json(), ensure_ascii=False).encode() + b"\n"


def _torn(note: str) -> bytes:
    """A spool line cut off in the middle of a multi-byte character, as after a crash."""
    whole = _line(_pending("test.torn", note))
    return whole[: whole.index("截".encode()) + 1]


async def test_torn_last_spool_line_does_not_stop_start(database_url: str, tmp_path: Path) -> None:
    await reset_database(database_url)
    spool = tmp_path / "spool.jsonl"
    good = [_pending("test.spooled", f"第 {i} 条审计记录") for i in range(3)]
    spool.write_bytes(b"".join(_line(e) for e in good) + _torn("被截断的记录"))

    async with _writer(database_url, spool) as writer:
        assert writer.pending == 3
        await writer.flush(10)
        rows = await _rows(writer._sessions)
        assert _uids(rows) == _uids(good)
        assert [r.detail for r in rows] == [e.detail for e in good]
        assert (await _verify(writer._sessions)).ok
        assert spool.read_text("utf-8") == ""


async def test_entry_recorded_after_a_torn_line_survives(database_url: str, tmp_path: Path) -> None:
    """The first entry after a torn line must not be glued onto it and lost at the next start."""
    await reset_database(database_url)
    spool = tmp_path / "spool.jsonl"
    good = _pending("test.spooled", "完整的记录")
    spool.write_bytes(_line(good) + _torn("被截断的记录"))

    async with database_down(database_url):
        engine, first = await _open_writer(database_url, spool)
        try:
            new = first.record("test.new", detail={"note": "断电后新记的"})
            await asyncio.sleep(0.1)
            await first.stop(0.1)
        finally:
            await engine.dispose()

    async with _writer(database_url, spool) as second:
        assert second.pending == 2
        await second.flush(10)
        rows = await _rows(second._sessions)
        assert _uids(rows) == [good.uid, new.uid]
        assert (await _verify(second._sessions)).ok


async def test_nul_character_does_not_block_the_queue(rt) -> None:
    """PostgreSQL refuses NUL in text; the entry is stored with a replacement character."""
    rt.audit.record("report.sent", group="qq:1", detail={"about": "坏\x00字符"})
    rt.audit.record("report.sent", group="qq:1", detail={"about": "下一条"})
    await rt.audit.flush(5)
    async with rt.sessions() as s:
        entries = await audit_store.query(s)
    assert [e.detail["about"] for e in entries] == ["坏\ufffd字符", "下一条"]


# -- listeners -------------------------------------------------------------------------------------


async def test_listeners_see_each_masked_entry_and_cannot_lose_one(rt, audit_log) -> None:
    seen: list[tuple[str, dict]] = []

    def broken(entry: PendingEntry) -> None:
        raise RuntimeError("listener bug")

    unsubscribe = rt.audit.subscribe(lambda e: seen.append((e.kind, e.detail)))
    rt.audit.subscribe(broken)
    rt.audit.record("group.registered", group="qq:1", detail={"phone": "13812345678"})
    unsubscribe()
    rt.audit.record("group.deregistered", group="qq:1")
    await rt.audit.flush(5)

    assert seen == [("group.registered", {"phone": "138****5678"})]  # masked, once
    async with rt.sessions() as s:
        entries = await audit_store.query(s)
    assert [e.kind for e in entries] == ["group.registered", "group.deregistered"]
    assert sum("group.registered" in m for m in audit_log.messages) == 1
    assert sum("group.deregistered" in m for m in audit_log.messages) == 1
