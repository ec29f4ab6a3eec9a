"""End to end: the real ``qunguan run`` process against a fake QQ (OneBot v11 reverse WebSocket).

The test plays NapCat: it connects to ``/onebot/v11/ws``, pushes events and answers the bot's
API calls, then checks the audit log and the registry through the ``qunguan`` CLI.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from .botproc import TOKEN, BotProcess, clean_env, command, run_cli
from .fake_qq import ApiCall, FakeQQ, QQWorld, at_targets, member_row, segments_of, text_of

BOT_QQ = 99999
SUPERUSER = 10001
REPORT_GROUP = 900000
GROUP = 123456
OTHER_GROUP = 654321
OWNER, ADMIN, MEMBER = 20001, 20002, 20003
CQ_AT_ALL = "[CQ:at,qq=all]"


def world() -> QQWorld:
    return QQWorld(
        self_id=BOT_QQ,
        groups=[
            {
                "group_id": GROUP,
                "group_name": "政务公开工作群",
                "member_count": 3,
                "max_member_count": 200,
            }
        ],
        members={
            GROUP: [
                member_row(GROUP, OWNER, "owner", "信息中心-张主任"),
                member_row(GROUP, ADMIN, "admin", "信息中心-李管理"),
                member_row(GROUP, MEMBER, "member", "办公室-王成员"),
            ]
        },
    )


def _to_group(group_id: int) -> Any:
    def match(params: dict[str, Any]) -> bool:
        return int(params.get("group_id") or 0) == group_id and params.get(
            "message_type", "group"
        ) in ("group", None)

    return match


async def _refused(url: str, headers: dict[str, str]) -> str:
    """How the server turned the connection down; fails if it was accepted and kept open."""
    try:
        async with connect(url, additional_headers=headers, open_timeout=5) as ws:
            try:
                await asyncio.wait_for(ws.recv(), 5)
            except ConnectionClosed as exc:
                return f"closed {exc.rcvd.code if exc.rcvd else '-'}"
            except TimeoutError:
                pytest.fail(f"connection with headers {headers} was accepted and kept open")
            pytest.fail(f"connection with headers {headers} was accepted and got a frame")
    except InvalidStatus as exc:
        return f"HTTP {exc.response.status_code}"
    raise AssertionError("unreachable")


def _assert_no_at_all(calls: list[ApiCall]) -> None:
    for call in calls:
        message = call.params.get("message")
        assert "all" not in at_targets(message), f"@全体成员 sent: {call.short()}"
        for seg in segments_of(message):
            if seg.get("type") != "text":
                assert CQ_AT_ALL not in json.dumps(seg, ensure_ascii=False), call.short()
        if isinstance(message, str):  # string form would be parsed as CQ codes by QQ
            assert CQ_AT_ALL not in message, call.short()


async def _audit_until(cfg: Path, group: str, kinds: list[str]) -> list[dict[str, Any]]:
    """Audit entries of ``group`` once all ``kinds`` are there (entries flush asynchronously)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10
    while True:
        result = await run_cli(cfg, "audit", "--json")
        assert result.returncode == 0, result.stderr
        entries = [e for e in result.json_lines() if e["group"] == group]
        seen = {e["kind"] for e in entries}
        if set(kinds) <= seen:
            return entries
        if loop.time() > deadline:
            raise AssertionError(
                f"audit of {group} lacks {sorted(set(kinds) - seen)}; has:\n{result.stdout}"
            )
        await asyncio.sleep(0.5)


async def test_onebot_reverse_ws_end_to_end(qunguan: BotProcess, bot_config: Path) -> None:
    url = qunguan.ws_url
    base_headers = {"X-Self-ID": str(BOT_QQ), "X-Client-Role": "Universal"}

    # 1. Without the token, or with a wrong one, the connection is refused.
    for headers in (base_headers, {**base_headers, "Authorization": "Bearer wrong-token"}):
        how = await _refused(url, headers)
        assert how in ("HTTP 403", "HTTP 401", "closed 1008"), how
    assert qunguan.proc.poll() is None

    qq = FakeQQ(url, world(), token=TOKEN)
    try:
        # 2. Connect; the bot scans its groups and reminds the unregistered one, @ its admins.
        await qq.connect()
        ws = qq.ws
        await qq.lifecycle_connect()
        listed = await qq.expect_call("get_group_list")
        members = await qq.expect_call(
            "get_group_member_list", where=lambda p: int(p.get("group_id", 0)) == GROUP
        )
        remind = await qq.expect_call(
            "send_group_msg",
            where=lambda p: (
                _to_group(GROUP)(p) and "尚未在信息中心登记备案" in text_of(p["message"])
            ),
        )
        assert listed.seq < members.seq < remind.seq
        ats = at_targets(remind.params["message"])
        assert ats[:2] == [str(OWNER), str(ADMIN)], remind.params["message"]  # owner first
        assert str(MEMBER) not in ats
        assert "all" not in ats

        # 3. The group admin applies; the report group is told, the group gets an answer.
        await qq.group_message(
            "/登记 单位=信息中心 事项=政务公开 类型=临时 截止=2026-12-31",
            group_id=GROUP,
            user_id=ADMIN,
            role="admin",
        )
        report = await qq.expect_call(
            "send_group_msg",
            where=lambda p: (
                _to_group(REPORT_GROUP)(p)
                and "待备案" in text_of(p["message"])
                and f"qq:{GROUP}" in text_of(p["message"])
            ),
        )
        assert "/备案 通过 qq:123456" in report.text
        reply = await qq.expect_group_message(GROUP, "已收到本群的登记申请")
        assert "单位：信息中心" in reply.text
        assert "截止：2026-12-31" in reply.text

        # 4. A plain member may not apply.
        await qq.group_message(
            "/登记 单位=办公室 事项=别的事项 类型=常设", group_id=GROUP, user_id=MEMBER
        )
        await qq.expect_group_message(GROUP, "权限不足")

        # 5. The information center approves in a private chat.
        await qq.private_message(f"/备案 通过 qq:{GROUP}", user_id=SUPERUSER)
        await qq.expect_private_message(SUPERUSER, "已通过")
        notice = await qq.expect_call(
            "send_group_msg",
            where=lambda p: _to_group(GROUP)(p) and "已通过信息中心备案" in text_of(p["message"]),
        )
        assert "事项：政务公开" in notice.text

        # 6. Anyone in the group can see the state.
        await qq.group_message("/群信息", group_id=GROUP, user_id=MEMBER)
        info = await qq.expect_group_message(GROUP, "已登记")
        assert "qq:123456" in info.text

        # 7. Bad input does not take the bot (or the connection) down.
        mark = len(qq.calls)
        await qq.send_raw("not json{")
        await qq.send_raw(json.dumps([1, 2, 3]))
        await qq.send_event(
            {"time": int(time.time()), "self_id": BOT_QQ, "post_type": "e2e_unknown", "x": 1}
        )
        await qq.group_message("长" * (1024 * 1024), group_id=GROUP, user_id=MEMBER)
        await qq.group_message(
            f"/登记 单位={CQ_AT_ALL} 事项=测试 类型=常设",
            group_id=OTHER_GROUP,
            user_id=ADMIN,
            role="admin",
        )
        # a group never seen before is registered as seen and reminded
        await qq.expect_call(
            "send_group_msg",
            where=lambda p: (
                _to_group(OTHER_GROUP)(p) and "尚未在信息中心登记备案" in text_of(p["message"])
            ),
        )
        cq_reply = await qq.expect_call("send_msg", where=_to_group(OTHER_GROUP))
        for seg in cq_reply.segments:
            assert seg.get("type") == "text", cq_reply.params["message"]
        # a command that echoes its argument verbatim: the look-alike must stay text
        await qq.group_message(
            f"/群列表 {CQ_AT_ALL}", group_id=OTHER_GROUP, user_id=SUPERUSER, role="member"
        )
        echo = await qq.expect_group_message(OTHER_GROUP, "未知状态")
        assert CQ_AT_ALL in echo.text
        assert all(seg.get("type") == "text" for seg in echo.segments), echo.params["message"]

        await qq.group_message("/群信息", group_id=GROUP, user_id=MEMBER)
        await qq.expect_group_message(GROUP, "已登记")
        _assert_no_at_all(qq.calls[mark:])
        assert qq.is_open, qq.close_reason
        assert qq.ws is ws
        assert qunguan.proc.poll() is None
        assert qunguan.error_lines() == []

        print("API calls made by the bot:\n" + qq.describe_calls())

        # 8. The CLI sees the same database while the bot runs.
        group = f"qq:{GROUP}"
        kinds = [
            "group.seen",
            "group.register_reminded",
            "group.registration_requested",
            "report.sent",
            "group.registered",
        ]
        entries = await _audit_until(bot_config, group, kinds)
        first = {}
        for e in entries:
            first.setdefault(e["kind"], e["id"])
        assert [first[k] for k in kinds] == sorted(first[k] for k in kinds), entries
        registered = next(e for e in entries if e["kind"] == "group.registered")
        assert registered["actor"] == f"qq:{SUPERUSER}"
        requested = next(e for e in entries if e["kind"] == "group.registration_requested")
        assert requested["actor"] == f"qq:{ADMIN}"

        verify = await run_cli(bot_config, "audit", "verify")
        assert verify.returncode == 0, verify.stderr
        assert "审计链完整" in verify.stdout

        groups = await run_cli(bot_config, "groups", "--json")
        assert groups.returncode == 0, groups.stderr
        rows = {row["group"]: row for row in groups.json_lines()}
        assert rows[group]["status"] == "registered", rows
        assert rows[group]["unit"] == "信息中心"
        assert rows[group]["name"] == "政务公开工作群"
        assert rows[f"qq:{OTHER_GROUP}"]["status"] == "unregistered"
    finally:
        await qq.close()


def test_broken_config_fails_fast(tmp_path: Path) -> None:
    cfg = tmp_path / "bot.toml"
    cfg.write_text(
        '[server]\nhost = "127.0.0.1"\nport = "abc"\n\n[bot]\nsuperusers = []\nnonsense = true\n',
        encoding="utf-8",
    )
    started = time.monotonic()
    result = subprocess.run(
        command(cfg, "run"),
        cwd=tmp_path,
        env=clean_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert result.returncode != 0, result.stdout
    assert elapsed < 15, f"took {elapsed:.1f}s"
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 2, result.stderr  # one line per error, no traceback
    assert "Traceback" not in result.stderr
    port_line = next((line for line in lines if "[server] port" in line), None)
    assert port_line is not None, result.stderr
    assert "应为整数" in port_line
    assert any("[bot] nonsense" in line and "未知的配置项" in line for line in lines), result.stderr
    assert str(cfg) in port_line
    assert not (tmp_path / "data").exists()  # nothing was started
