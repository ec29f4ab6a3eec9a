"""End to end: moderation in the real ``qunguan run`` process, over the OneBot v11 reverse WebSocket.

The test plays NapCat: a member posts an ad and an ID number in a work group. The bot must recall
each (``delete_msg``) before it warns — the ad in the group (@ the member, category named, the ad
not repeated), the ID number privately — and the audit log read through ``qunguan audit --json``
must hold the findings with the ID number masked, never in clear. The bot still answers afterwards.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from .botproc import TOKEN, BotProcess, run_cli
from .fake_qq import ApiCall, FakeQQ, QQWorld, at_targets, member_row, segments_of, text_of

BOT_QQ = 99999
GROUP = 123456
OWNER, ADMIN, MEMBER = 20001, 20002, 20003
AD = "加我vx：abc12345 领取补贴名额"
ID_NUMBER = "110101199003074514"
ID_TEXT = f"我的身份证号是{ID_NUMBER}，请帮我登记"


def world() -> QQWorld:
    return QQWorld(
        self_id=BOT_QQ,
        groups=[
            {
                "group_id": GROUP,
                "group_name": "安全生产工作群",
                "member_count": 3,
                "max_member_count": 200,
            }
        ],
        members={
            GROUP: [
                member_row(GROUP, OWNER, "owner"),
                member_row(GROUP, ADMIN, "admin"),
                member_row(GROUP, MEMBER, "member"),
            ]
        },
    )


def _recall_of(message_id: int) -> Any:
    return lambda p: int(p.get("message_id") or 0) == message_id


def _warning_to(user_id: int, contains: str) -> Any:
    def match(params: dict[str, Any]) -> bool:
        message = params.get("message")
        return (
            int(params.get("group_id") or 0) == GROUP
            and segments_of(message)[:1] == [{"type": "at", "data": {"qq": str(user_id)}}]
            and contains in text_of(message)
        )

    return match


async def _audit_until(cfg: Path, wanted: dict[str, int]) -> tuple[list[dict[str, Any]], str]:
    """Audit entries of the group (and the raw CLI output) once ``wanted`` counts are there."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 15
    while True:
        result = await run_cli(cfg, "audit", "--json")
        assert result.returncode == 0, result.stderr
        entries = [e for e in result.json_lines() if e["group"] == f"qq:{GROUP}"]
        counts = Counter(e["kind"] for e in entries)
        if all(counts[k] >= n for k, n in wanted.items()):
            return entries, result.stdout
        if loop.time() > deadline:
            raise AssertionError(f"audit lacks {wanted}; has {dict(counts)}:\n{result.stdout}")
        await asyncio.sleep(0.5)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


async def test_ad_and_id_number_recalled_warned_and_audited_masked(
    qunguan: BotProcess, bot_config: Path
) -> None:
    qq = FakeQQ(qunguan.ws_url, world(), token=TOKEN)
    try:
        await qq.connect()
        await qq.lifecycle_connect()
        await qq.expect_group_message(GROUP, "尚未在信息中心登记备案")  # connected and scanned

        # 1. An ad with a WeChat ID: recalled first, then the member is warned in the group.
        ad = qq.group_message_event(AD, group_id=GROUP, user_id=MEMBER)
        await qq.send_event(ad)
        recall = await qq.expect_call(
            "delete_msg", where=_recall_of(ad["message_id"]), what="recall of the ad"
        )
        warning = await qq.expect_call(
            "send_group_msg", where=_warning_to(MEMBER, "商业广告"), what="warning about the ad"
        )
        assert recall.seq < warning.seq
        assert at_targets(warning.params["message"]) == [str(MEMBER)]
        assert "已撤回" in warning.text
        for fragment in ("abc12345", "vx", "补贴"):
            assert fragment not in warning.text, warning.text

        # 2. An ID number: recalled, the member told privately, the number never repeated.
        pii = qq.group_message_event(ID_TEXT, group_id=GROUP, user_id=MEMBER)
        await qq.send_event(pii)
        recall = await qq.expect_call(
            "delete_msg", where=_recall_of(pii["message_id"]), what="recall of the ID number"
        )
        private = await qq.expect_private_message(MEMBER, "个人信息")
        assert recall.seq < private.seq
        assert "已撤回" in private.text

        # 3. The bot still answers.
        await qq.group_message("/群信息", group_id=GROUP, user_id=MEMBER)
        info = await qq.expect_group_message(GROUP, "状态：")
        assert f"qq:{GROUP}" in info.text

        calls: list[ApiCall] = list(qq.calls)
        for call in calls:
            assert ID_NUMBER not in json.dumps(call.params, ensure_ascii=False), call.short()
        # neither message was flagged twice, nor anyone muted for a first offence
        assert [c.action for c in calls].count("delete_msg") == 2
        assert "set_group_ban" not in [c.action for c in calls]
        assert qq.is_open, qq.close_reason
        assert qunguan.proc.poll() is None
        assert qunguan.error_lines() == []
        print("API calls made by the bot:\n" + qq.describe_calls())
    finally:
        await qq.close()

    # 4. The audit log, through the CLI: findings in order, personal data masked.
    entries, raw = await _audit_until(
        bot_config, {"message.flagged": 2, "message.recalled": 2, "member.warned": 2}
    )
    assert ID_NUMBER not in raw
    kinds = [
        e["kind"]
        for e in entries
        if e["kind"] in ("message.flagged", "message.recalled", "member.warned")
    ]
    assert kinds == ["message.flagged", "message.recalled", "member.warned"] * 2
    flagged = [e for e in entries if e["kind"] == "message.flagged"]
    ad_entry, pii_entry = flagged
    assert ad_entry["subject"] == f"qq:{MEMBER}"
    assert ad_entry["detail"]["categories"] == ["ad"]
    assert ad_entry["detail"]["message_id"] == str(ad["message_id"])
    assert ad_entry["detail"]["sha256"] == _sha256(AD)
    assert pii_entry["detail"]["categories"] == ["pii"]
    assert pii_entry["detail"]["excerpt"] is None
    assert pii_entry["detail"]["sha256"] == _sha256(ID_TEXT)
    assert pii_entry["detail"]["findings"][0]["term"] == "1101**********4514"
    recalled = [e for e in entries if e["kind"] == "message.recalled"]
    assert [e["detail"]["message_id"] for e in recalled] == [
        str(ad["message_id"]),
        str(pii["message_id"]),
    ]

    by_kind = await run_cli(bot_config, "audit", "--kind", "message.flagged", "--json")
    assert by_kind.returncode == 0, by_kind.stderr
    assert ID_NUMBER not in by_kind.stdout
    assert len(by_kind.json_lines()) == 2

    verify = await run_cli(bot_config, "audit", "verify")
    assert verify.returncode == 0, verify.stderr

    # 5. Nor does the bot's own log keep a copy: NoneBot's per-event lines (the event with its
    # whole text) are off unless bot.log_events is set.
    log = qunguan.log_path.read_text("utf-8", errors="replace")
    assert ID_NUMBER not in log
    assert "abc12345" not in log
    assert "Event will be handled" not in log
