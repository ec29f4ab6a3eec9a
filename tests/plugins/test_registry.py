"""/登记 /备案 /群信息 /群管理员 /群列表 /注销 through NoneBot, on every database backend."""

from __future__ import annotations

import pytest
from nonebot.adapters.onebot.v11 import Adapter, Bot
from nonebug import App

from storage import audit as audit_store
from storage import registry
from tests.events import GROUP, AnyMessage, Contains, group_message, private_message

pytestmark = pytest.mark.usefixtures("rt")

REGISTER = "/登记 单位=信息中心 事项=政务公开 类型=临时 截止=2026-12-31"


def _bot(ctx) -> Bot:
    import nonebot

    return ctx.create_bot(base=Bot, adapter=nonebot.get_adapter(Adapter), self_id="99999")


async def _group(rt, identity: str = f"qq:{GROUP}"):
    async with rt.sessions() as s:
        return await registry.get_group(s, identity)


async def _kinds(rt) -> list[str]:
    await rt.audit.flush(5)
    async with rt.sessions() as s:
        return [e.kind for e in await audit_store.query(s)]


async def test_register_request_reported_and_confirmed(app: App, rt) -> None:
    from plugins.registry import confirm_cmd, info_cmd, register_cmd

    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(REGISTER, role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_api(
            "send_group_msg",
            {"group_id": 900000, "message": AnyMessage()},
            result={"message_id": 1},
        )
        ctx.should_call_send(event, Contains("已收到本群的登记申请"), result=None)
        ctx.should_finished(register_cmd)

    group = await _group(rt)
    assert group.status == "pending"
    assert (group.unit, group.matter, group.kind) == ("信息中心", "政务公开", "temporary")
    assert str(group.planned_end) == "2026-12-31"

    async with app.test_matcher(confirm_cmd) as ctx:
        bot = _bot(ctx)
        event = private_message(f"/备案 通过 qq:{GROUP}")
        ctx.receive_event(bot, event)
        ctx.should_call_api(
            "send_group_msg", {"group_id": GROUP, "message": AnyMessage()}, result={"message_id": 2}
        )
        ctx.should_call_send(event, f"已通过 qq:{GROUP} 的登记备案。", result=None)
        ctx.should_finished(confirm_cmd)

    assert (await _group(rt)).status == "registered"

    async with app.test_matcher(info_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message("/群信息")
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event, Contains("状态：已登记", "事项：政务公开", "合规情况：已登记备案"), result=None
        )

    assert await _kinds(rt) == [
        "group.seen",
        "group.registration_requested",
        "report.sent",
        "group.registered",
    ]
