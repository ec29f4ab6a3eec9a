"""End to end: the warning ladder, a forbidden file and the admins' commands in the real
``qunguan run`` process, over the OneBot v11 reverse WebSocket.

The test plays NapCat: a member posts the same ad five times — each is recalled and warned, the
3rd warning mutes them for ten minutes (``set_group_ban``), the 5th reports them to the report
group. Another member uploads an ``.apk``: recalled, warned and reported. The admin's ``/检测``
shows the finding without anything being recalled; ``/误报 N`` withdraws the warning of record N,
and the same ad then passes in this group. The audit log, read through the CLI, holds all of it.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from .botproc import TOKEN, BotProcess, audit_until
from .fake_qq import FakeQQ, member_row, text_of
from .test_moderation_ws import AD, ADMIN, GROUP, MEMBER, _recall_of, _warning_to, world
from .test_policy_reload_ws import _passes

REPORT_GROUP = 900000  # bot.toml of the e2e fixtures
UPLOADER = 20004


def _to_group(group_id: int, contains: str) -> Any:
    return lambda p: int(p.get("group_id") or 0) == group_id and contains in text_of(p["message"])


async def test_ladder_mutes_and_reports_files_are_recalled_and_admins_correct_mistakes(
    qunguan: BotProcess, bot_config: Path
) -> None:
    qq_world = world()
    qq_world.members[GROUP].append(member_row(GROUP, UPLOADER, "member"))
    qq = FakeQQ(qunguan.ws_url, qq_world, token=TOKEN)
    try:
        await qq.connect()
        await qq.lifecycle_connect()
        await qq.expect_group_message(GROUP, "尚未在信息中心登记备案")

        # 1. The same ad five times: warned each time, muted at the 3rd, reported at the 5th.
        records = []
        for n in range(1, 6):
            ad = qq.group_message_event(AD, group_id=GROUP, user_id=MEMBER)
            await qq.send_event(ad)
            await qq.expect_call("delete_msg", where=_recall_of(ad["message_id"]), what=f"ad {n}")
            warning = await qq.expect_call(
                "send_group_msg", where=_warning_to(MEMBER, f"第 {n} 次提醒"), what=f"warning {n}"
            )
            match = re.search(r"记录 #(\d+)", warning.text)
            assert match, warning.text
            records.append(match.group(1))
            if n == 3:
                ban = await qq.expect_call("set_group_ban", what="mute at the 3rd warning")
                assert int(ban.params["user_id"]) == MEMBER
                assert int(ban.params["duration"]) == 600
            if n == 5:
                report = await qq.expect_call(
                    "send_group_msg", where=_to_group(REPORT_GROUP, "【警告升级】"), what="report"
                )
                assert "abc12345" not in report.text
        assert [c.action for c in qq.calls].count("set_group_ban") == 1

        # 2. An installer uploaded as a group file: recalled, warned and reported.
        upload = qq.group_message_event("", group_id=GROUP, user_id=UPLOADER)
        upload["message"] = [{"type": "file", "data": {"file": "f1", "name": "补贴申领.apk"}}]
        upload["raw_message"] = "[CQ:file,file=f1,name=补贴申领.apk]"
        await qq.send_event(upload)
        await qq.expect_call("delete_msg", where=_recall_of(upload["message_id"]), what="apk")
        await qq.expect_call("send_group_msg", where=_warning_to(UPLOADER, "已撤回"), what="apk")
        await qq.expect_call(
            "send_group_msg", where=_to_group(REPORT_GROUP, "【内容监督】"), what="apk report"
        )

        # 3. The admin asks what the policy sees: answered, nothing recalled, nobody warned.
        ask = qq.group_message_event(f"/检测 {AD}", group_id=GROUP, user_id=ADMIN, role="admin")
        await qq.send_event(ask)
        answer = await qq.expect_group_message(GROUP, "检测结果")
        assert "商业广告" in answer.text, answer.text
        assert "→ 撤回+群内提醒" in answer.text, answer.text
        assert not [c for c in qq.calls if _recall_of(ask["message_id"])(c.params)]

        # 4. /误报 of the first record: its warning withdrawn, and the ad passes here from now on.
        await qq.group_message(f"/误报 {records[0]}", group_id=GROUP, user_id=ADMIN, role="admin")
        await qq.expect_group_message(GROUP, f"已将记录 #{records[0]} 标记为误报")
        await _passes(qq, AD)

        assert qq.is_open, qq.close_reason
        assert qunguan.proc.poll() is None
        assert qunguan.error_lines() == []
    finally:
        await qq.close()

    wanted = {
        "message.flagged": 6,
        "message.recalled": 6,
        "member.warned": 6,
        "member.muted": 1,
        "report.sent": 2,
        "message.false_positive": 1,
    }
    entries = await audit_until(
        bot_config,
        lambda es: all(Counter(e["kind"] for e in es)[k] >= n for k, n in wanted.items()),
        "--group",
        f"qq:{GROUP}",
    )
    counts = Counter(e["kind"] for e in entries)
    assert {k: counts[k] for k in wanted} == wanted
    false_positive = next(e for e in entries if e["kind"] == "message.false_positive")
    assert false_positive["actor"] == f"qq:{ADMIN}"
