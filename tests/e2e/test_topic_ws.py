"""End to end: each group's own topic, in the real ``qunguan run`` process over the WebSocket.

The test plays NapCat with two groups. The bot has already seen a message in the first one when
its admin registers it for 职工运动会 from chat; from then on, talk about the games is that group's
work and is not reminded — at once, not after the moderation cache expires. The same talk in a
group for flood duty gets the one polite reminder, and the audit log holds one ``topic.stopped``
for that group only.
"""

from __future__ import annotations

from pathlib import Path

from .botproc import TOKEN, BotProcess, audit_until
from .fake_qq import FakeQQ, QQWorld, member_row, text_of

BOT_QQ = 99999
SPORTS, FLOOD = 123456, 234567
OWNER, ADMIN, MEMBER = 20001, 20002, 20003
REMINDER = "本群为工作群"
# Chatter about the games: work in the sports group, chatter anywhere else.
GAMES_TALK = [
    "运动会那天我一定去给咱们队加油，太期待了",
    "你们看了昨天运动会的直播没，太好笑了",
    "运动会穿什么颜色的衣服好看呀",
    "运动会的拔河比赛咱们队肯定赢哈哈",
    "运动会那天的啦啦队服装我在网上挑了好几套，好看死了",
]


def world() -> QQWorld:
    groups = {SPORTS: "工会工作群", FLOOD: "防汛值班群"}
    return QQWorld(
        self_id=BOT_QQ,
        groups=[
            {"group_id": g, "group_name": name, "member_count": 3, "max_member_count": 200}
            for g, name in groups.items()
        ],
        members={
            g: [
                member_row(g, OWNER, "owner"),
                member_row(g, ADMIN, "admin"),
                member_row(g, MEMBER, "member"),
            ]
            for g in groups
        },
    )


async def test_registered_matter_is_the_groups_work_from_the_next_message(
    qunguan: BotProcess, bot_config: Path
) -> None:
    qq = FakeQQ(qunguan.ws_url, world(), token=TOKEN)
    try:
        await qq.connect()
        await qq.lifecycle_connect()
        for group in (SPORTS, FLOOD):
            await qq.expect_group_message(group, "尚未在信息中心登记备案")

        # The bot has seen (and cached) the sports group before it is registered.
        await qq.group_message("收到", group_id=SPORTS, user_id=MEMBER)
        await qq.group_message(
            "/登记 单位=市总工会 事项=职工运动会 类型=临时 截止=2026-12-31",
            group_id=SPORTS,
            user_id=ADMIN,
            role="admin",
        )
        await qq.expect_group_message(SPORTS, "已收到本群的登记申请")

        for text in GAMES_TALK:
            await qq.group_message(text, group_id=SPORTS, user_id=MEMBER)
        # The registration is what /群信息 shows; the reminders are checked in the audit below.
        await qq.group_message("/群信息", group_id=SPORTS, user_id=MEMBER)
        await qq.expect_group_message(SPORTS, "职工运动会")

        for text in GAMES_TALK:
            await qq.group_message(text, group_id=FLOOD, user_id=MEMBER)
        reminder = await qq.expect_group_message(FLOOD, REMINDER)
        assert "运动会" not in reminder.text  # the chatter is not repeated back

        to_sports = [
            text_of(c.params.get("message"))
            for c in qq.calls
            if int(c.params.get("group_id") or 0) == SPORTS
        ]
        assert not [t for t in to_sports if REMINDER in t], qq.describe_calls()
        assert "delete_msg" not in [c.action for c in qq.calls]
        assert qunguan.error_lines() == []
    finally:
        await qq.close()

    # The audit log: one reminder, for the flood group only.
    stopped = await audit_until(bot_config, bool, "--kind", "topic.stopped")
    assert [e["group"] for e in stopped] == [f"qq:{FLOOD}"]
