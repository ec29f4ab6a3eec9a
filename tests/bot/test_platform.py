"""The OneBot v11 platform layer calls the right APIs, keeps user text as text, and says
what it cannot do."""

from __future__ import annotations

import pytest
from nonebot.adapters.onebot.v11 import Adapter, Bot, Message, MessageSegment
from nonebot.adapters.onebot.v11.exception import ActionFailed as OneBotActionFailed
from nonebug import App

from bot.platform import ActionFailed, Capability, Reply, Unsupported, platform_for, platform_of
from bot.platform.base import Platform


def _bot(ctx) -> Bot:
    import nonebot

    return ctx.create_bot(base=Bot, adapter=nonebot.get_adapter(Adapter), self_id="99999")


async def test_actions_map_to_onebot_apis(app: App) -> None:
    async with app.test_api() as ctx:
        bot = _bot(ctx)
        qq = platform_of(bot)
        assert qq.platform == "qq"
        assert all(qq.can(c) for c in Capability)

        message = Message([MessageSegment.at(20001), MessageSegment.text(" [CQ:at,qq=all] 请登记")])
        ctx.should_call_api(
            "send_group_msg", {"group_id": 123, "message": message}, result={"message_id": 7}
        )
        assert (
            await qq.send_group("qq:123", Reply().at("qq:20001").text(" [CQ:at,qq=all] 请登记"))
            == "7"
        )

        ctx.should_call_api(
            "send_private_msg",
            {"user_id": 10001, "message": Message("你好")},
            result={"message_id": 8},
        )
        assert await qq.send_private("qq:10001", "你好") == "8"

        ctx.should_call_api("delete_msg", {"message_id": 55}, result=None)
        await qq.recall("qq:123", "55")
        ctx.should_call_api(
            "set_group_ban", {"group_id": 123, "user_id": 20003, "duration": 600}, result=None
        )
        await qq.mute("qq:123", "qq:20003", 600)
        ctx.should_call_api(
            "set_group_kick",
            {"group_id": 123, "user_id": 20003, "reject_add_request": False},
            result=None,
        )
        await qq.kick("qq:123", "qq:20003")
        ctx.should_call_api(
            "set_group_card",
            {"group_id": 123, "user_id": 20003, "card": "信息中心-王五"},
            result=None,
        )
        await qq.set_card("qq:123", "qq:20003", "信息中心-王五")
        ctx.should_call_api(
            "set_group_add_request",
            {"flag": "f1", "sub_type": "add", "approve": False, "reason": "非本单位人员"},
            result=None,
        )
        await qq.approve_join("f1", False, "非本单位人员")
        ctx.should_call_api(
            "get_group_member_list",
            {"group_id": 123},
            result=[
                {"user_id": 20001, "nickname": "张三", "card": "信息中心-张三", "role": "owner"},
                {"user_id": 20003, "nickname": "王五", "card": None, "role": "member"},
                {"nickname": "没有号码"},
            ],
        )
        members = await qq.members("qq:123")
        assert [(m.user, m.card, m.is_admin) for m in members] == [
            ("qq:20001", "信息中心-张三", True),
            ("qq:20003", "", False),
        ]
        ctx.should_call_api(
            "get_group_list", {}, result=[{"group_id": 123, "group_name": "工作群"}]
        )
        assert [(g.identity, g.name) for g in await qq.groups()] == [("qq:123", "工作群")]


async def test_refusal_becomes_action_failed(app: App) -> None:
    async with app.test_api() as ctx:
        bot = _bot(ctx)
        ctx.should_call_api(
            "delete_msg",
            {"message_id": 1},
            exception=OneBotActionFailed(retcode=102, wording="权限不足"),
        )
        with pytest.raises(ActionFailed, match="权限不足"):
            await platform_for("qq:123").recall("qq:123", "1")
        del bot


async def test_lost_connection_becomes_action_failed(app: App) -> None:
    """NapCat restarted mid-call: the caller gets ActionFailed (and goes on to record and warn),
    not NoneBot's ApiNotAvailable escaping the moderation handler."""
    from nonebot.adapters.onebot.v11.exception import ApiNotAvailable, NetworkError

    async with app.test_api() as ctx:
        bot = _bot(ctx)
        for exc in (ApiNotAvailable(), NetworkError("WebSocket call api timeout")):
            ctx.should_call_api("delete_msg", {"message_id": 1}, exception=exc)
            with pytest.raises(ActionFailed, match="QQ 连接异常，操作 delete_msg 未完成"):
                await platform_for("qq:123").recall("qq:123", "1")
        del bot


async def test_platform_for_needs_a_connected_account(app: App) -> None:
    from bot.platform import NoBotOnline

    async with app.test_api():
        with pytest.raises(NoBotOnline, match="没有在线的 wx 账号"):
            platform_for("wx:R:1@chatroom")


async def test_missing_capability_is_stated() -> None:
    class TextOnly(Platform):
        platform, label, capabilities = "console", "控制台", Capability.SEND

        async def send_group(self, group, message):  # pragma: no cover - not called
            return None

        async def send_private(self, user, message):  # pragma: no cover - not called
            return None

    with pytest.raises(Unsupported, match="控制台不支持撤回消息"):
        await TextOnly().recall("console:1", "1")
    with pytest.raises(Unsupported, match="控制台不支持禁言"):
        await TextOnly().mute("console:1", "console:2", 60)


def test_sweep_job_is_scheduled() -> None:
    from nonebot_plugin_apscheduler import scheduler

    job = scheduler.get_job("registry.sweep")
    assert job is not None
    assert job.trigger.interval.total_seconds() == 600
