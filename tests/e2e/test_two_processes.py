"""End to end: two ``qunguan run`` processes on one PostgreSQL database remind each group once.

Each process has its own port, data folder and audit spool but the same ``[database] url``; a
fake QQ is connected to each (same account, same groups), both at once, so that both scan their
groups and sweep concurrently. The reminder claims in ``sched_reminder`` must let exactly one of
them send each due item, and both must chain their audit entries onto one intact hash chain.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PG_ENV, _pg_create, _pg_drop

from .botproc import TOKEN, BotProcess, free_port, run_cli, start_bot, wait_ready, write_config
from .fake_qq import ApiCall, FakeQQ, QQWorld, member_row, text_of

pytestmark = pytest.mark.skipif(
    not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set (needs PostgreSQL)"
)

BOT_QQ = 99999
GROUPS = {
    310001: "防汛值班工作群",
    310002: "政务公开工作群",
    310003: "专项整治工作群",
}
NEW_GROUP = 777777
REMINDER = "尚未在信息中心登记备案"
QUIET = 2.5  # seconds without new reminders before counting them as final


def world() -> QQWorld:
    """The same account in three unregistered groups (and, without listing it, in 777777)."""
    members: dict[int, list[dict[str, Any]]] = {}
    for n, gid in enumerate([*GROUPS, NEW_GROUP]):
        members[gid] = [
            member_row(gid, 21000 + 10 * n, "owner"),
            member_row(gid, 21001 + 10 * n, "admin"),
            member_row(gid, 21002 + 10 * n, "member"),
        ]
    return QQWorld(
        self_id=BOT_QQ,
        groups=[
            {"group_id": gid, "group_name": name, "member_count": 3, "max_member_count": 200}
            for gid, name in GROUPS.items()
        ],
        members=members,
    )


def _is_reminder(call: ApiCall) -> bool:
    if call.action not in ("send_group_msg", "send_msg"):
        return False
    if call.params.get("message_type", "group") != "group":
        return False
    return REMINDER in text_of(call.params.get("message"))


def reminders(*qqs: FakeQQ) -> Counter[int]:
    """Registration reminders per group id, over every connection."""
    return Counter(
        int(call.params.get("group_id") or 0)
        for qq in qqs
        for call in qq.calls
        if _is_reminder(call)
    )


async def settle(qqs: tuple[FakeQQ, ...], groups: set[int], within: float = 15) -> Counter[int]:
    """Reminder counts once every group in ``groups`` has one and nothing new came for a while."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    last, quiet_since = reminders(*qqs), loop.time()
    while True:
        await asyncio.sleep(0.25)
        now = reminders(*qqs)
        if now != last:
            last, quiet_since = now, loop.time()
        if groups <= set(now) and loop.time() - quiet_since >= QUIET:
            return now
        if loop.time() > deadline:
            calls = "\n".join(f"[{i}]\n{qq.describe_calls()}" for i, qq in enumerate(qqs))
            raise AssertionError(
                f"reminders did not settle within {within}s: {dict(now)}; calls:\n{calls}"
            )


async def audit_counts(cfg: Path, kinds: set[str], groups: set[int]) -> Counter:
    """(kind, group) counts from ``audit --json`` once every kind is there for every group."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10
    while True:
        result = await run_cli(cfg, "audit", "--json")
        assert result.returncode == 0, result.stderr
        counts: Counter[tuple[str, str]] = Counter(
            (e["kind"], e["group"]) for e in result.json_lines() if e["kind"] in kinds
        )
        missing = [
            (kind, f"qq:{gid}")
            for kind in kinds
            for gid in groups
            if counts[(kind, f"qq:{gid}")] == 0
        ]
        if not missing:
            await asyncio.sleep(1)  # a duplicate from the other process would be in by now
            result = await run_cli(cfg, "audit", "--json")
            assert result.returncode == 0, result.stderr
            return Counter(
                (e["kind"], e["group"]) for e in result.json_lines() if e["kind"] in kinds
            )
        if loop.time() > deadline:
            raise AssertionError(f"audit lacks {missing}; has:\n{result.stdout}")
        await asyncio.sleep(0.5)


async def test_two_processes_remind_once(tmp_path: Path) -> None:
    url = await _pg_create(os.environ[PG_ENV])
    bots: list[BotProcess] = []
    qqs: list[FakeQQ] = []
    failed = True
    try:
        cfg_a = tmp_path / "a" / "bot.toml"
        # Own folder (data, spool, log) and port each. Both start at once on the fresh
        # database: the migration lock lets one create the tables while the other waits.
        for name in ("a", "b"):
            folder = tmp_path / name
            folder.mkdir()
            port = free_port()
            bots.append(start_bot(write_config(folder, port=port, database_url=url), port))
        await asyncio.gather(*(wait_ready(bot) for bot in bots))
        qqs = [FakeQQ(bot.ws_url, world(), token=TOKEN) for bot in bots]
        qa, qb = qqs

        # 1. Both connect at once: both list the groups, record them and sweep concurrently.
        await asyncio.gather(qa.connect(), qb.connect())
        await asyncio.gather(qa.lifecycle_connect(), qb.lifecycle_connect())
        await asyncio.gather(qa.expect_call("get_group_list"), qb.expect_call("get_group_list"))
        counts = await settle((qa, qb), set(GROUPS))
        assert counts == Counter(dict.fromkeys(GROUPS, 1)), (
            f"reminders per group over both processes: {dict(counts)}"
        )

        kinds = {"group.seen", "group.register_reminded"}
        audit = await audit_counts(cfg_a, kinds, set(GROUPS))
        for gid in GROUPS:
            for kind in kinds:
                assert audit[(kind, f"qq:{gid}")] == 1, (kind, gid, dict(audit))

        # 2. A new group talks to both processes at once: recorded once, reminded once.
        await asyncio.gather(
            *(
                qq.group_message("大家好", group_id=NEW_GROUP, user_id=21031, nickname="新成员")
                for qq in qqs
            )
        )
        counts = await settle((qa, qb), {*GROUPS, NEW_GROUP})
        assert counts[NEW_GROUP] == 1, f"reminders for {NEW_GROUP}: {dict(counts)}"
        assert counts == Counter(dict.fromkeys([*GROUPS, NEW_GROUP], 1)), dict(counts)

        audit = await audit_counts(cfg_a, kinds, {*GROUPS, NEW_GROUP})
        for gid in [*GROUPS, NEW_GROUP]:
            for kind in kinds:
                assert audit[(kind, f"qq:{gid}")] == 1, (kind, gid, dict(audit))

        # 3. One intact chain, written by both processes.
        verify = await run_cli(cfg_a, "audit", "verify")
        assert verify.returncode == 0, verify.stdout + verify.stderr
        assert "审计链完整" in verify.stdout

        for qq in qqs:
            assert qq.is_open, qq.close_reason
        for bot in bots:
            assert bot.proc.poll() is None, bot.log_tail()
            assert bot.error_lines() == [], "\n".join(bot.error_lines())
        for name, qq in zip("ab", qqs, strict=True):
            print(f"API calls made by qunguan run {name}:\n{qq.describe_calls()}")
        failed = False
    finally:
        for qq in qqs:
            await qq.close()
        codes = await asyncio.gather(*(asyncio.to_thread(bot.stop) for bot in bots))
        if failed:
            for name, bot, code in zip("ab", bots, codes, strict=False):
                print(f"---- qunguan run {name} (exit {code}), last lines of {bot.log_path} ----")
                print(bot.log_tail(120))
        await _pg_drop(url)
