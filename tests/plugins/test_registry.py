"""/登记 /备案 /群信息 /群管理员 /群列表 /注销 through NoneBot, on every database backend."""

from __future__ import annotations

import pytest
from nonebot.adapters.onebot.v11 import Adapter, Bot, Message, MessageSegment
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


async def _register_accepted(
    app: App, text: str = REGISTER, *, group: int = GROUP, role: str = "admin", user: int = 20001
) -> None:
    """A /登记 that is accepted: reported to the information center, confirmed in the group."""
    from plugins.registry import register_cmd

    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(text, role=role, group=group, user=user)
        ctx.receive_event(bot, event)
        ctx.should_call_api(
            "send_group_msg",
            {"group_id": 900000, "message": AnyMessage("待备案")},
            result={"message_id": 1},
        )
        ctx.should_call_send(event, Contains("已收到"), result=None)


async def test_member_cannot_register(app: App, rt) -> None:
    from plugins.registry import register_cmd

    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(REGISTER, role="member")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)
        ctx.should_finished(register_cmd)
    assert await _group(rt) is None


async def test_register_in_private_chat_is_refused(app: App, rt) -> None:
    from plugins.registry import register_cmd

    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        event = private_message(REGISTER, user=20002)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("请在需要办理的工作群内发送"), result=None)
        ctx.should_finished(register_cmd)


@pytest.mark.parametrize(
    "text",
    [
        "／登记 单位＝信息中心，事项：政务公开　类型＝常设",
        "/登记 单位:信息中心;事项：政务公开；类型=常设",
        "/register unit=信息中心 matter=政务公开 kind=standing",
        "/登记 单位 = 信息中心 事项 = 政务公开 类型 = 常设",
    ],
)
async def test_register_accepts_full_and_half_width(app: App, rt, text: str) -> None:
    from plugins.registry import register_cmd

    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(text, role="owner")
        ctx.receive_event(bot, event)
        ctx.should_call_api(
            "send_group_msg",
            {"group_id": 900000, "message": AnyMessage("待备案")},
            result={"message_id": 1},
        )
        ctx.should_call_send(event, Contains("已收到本群的登记申请", "类型：常设"), result=None)
    group = await _group(rt)
    assert (group.unit, group.matter, group.kind, group.status) == (
        "信息中心",
        "政务公开",
        "standing",
        "pending",
    )


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("/登记 单位=信息中心 事项=政务公开 类型=临时 截止=2026-13-01", "截止日期不存在"),
        ("/登记 单位=信息中心 事项=政务公开 类型=临时 截止=明年", "截止日期格式不正确"),
        ("/登记 单位=信息中心 事项=政务公开 类型=临时 截止=2020-01-01", "截止日期不能早于今天"),
        ("/登记 单位=信息中心 事项=政务公开 类型=临时", "请填写截止日期"),
        ("/登记 单位=信息中心 事项=政务公开 类型=长久", "类型应为 常设、临时 或 专项"),
        ("/登记 单位=信息中心 事项=政务公开 类别=常设", "未知参数“类别”"),
        ("/登记 单位=" + "很长" * 40 + " 事项=政务公开 类型=常设", "单位过长"),
    ],
)
async def test_register_bad_arguments_get_usage(app: App, rt, text: str, answer: str) -> None:
    from plugins.registry import register_cmd

    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(text, role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains(answer, "用法：/登记"), result=None)
        ctx.should_finished(register_cmd)
    group = await _group(rt)
    assert group is None or group.status == "unregistered"


async def test_register_asks_for_missing_keys(app: App, rt) -> None:
    from plugins.registry import register_cmd

    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        first = group_message("/登记 单位=信息中心", role="admin")
        ctx.receive_event(bot, first)
        ctx.should_call_send(first, Contains("还缺少：事项、类型"), result=None)
        ctx.should_rejected(register_cmd)
        second = group_message("事项=政务公开 类型=常设", role="admin")
        ctx.receive_event(bot, second)
        ctx.should_call_api(
            "send_group_msg",
            {"group_id": 900000, "message": AnyMessage()},
            result={"message_id": 1},
        )
        ctx.should_call_send(
            second, Contains("已收到本群的登记申请", "单位：信息中心"), result=None
        )
        ctx.should_finished(register_cmd)
    assert (await _group(rt)).status == "pending"


async def test_register_without_arguments_prompts_and_can_cancel(app: App, rt) -> None:
    from plugins.registry import register_cmd

    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        first = group_message("/登记", role="admin")
        ctx.receive_event(bot, first)
        ctx.should_call_send(first, Contains("请发送本群的登记信息"), result=None)
        ctx.should_rejected(register_cmd)
        second = group_message("取消", role="admin")
        ctx.receive_event(bot, second)
        ctx.should_call_send(second, "已取消。", result=None)
        ctx.should_finished(register_cmd)
    assert await _group(rt) is None


async def test_same_unit_same_matter_is_refused_naming_the_group(app: App, rt) -> None:
    from plugins.registry import register_cmd

    await _register_accepted(app)

    # Width and spacing differences do not make it another matter.
    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(
            "/登记 单位=信息中心 事项=政务 公开 类型=常设", role="admin", group=654321
        )
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event, Contains("登记未受理", f"qq:{GROUP}", "同一单位同一事项只建一个群"), result=None
        )
    async with rt.sessions() as s:
        other = await registry.get_group(s, "qq:654321")
    assert other.status == "unregistered"

    # Another matter of the same unit is fine.
    await _register_accepted(app, "/登记 单位=信息中心 事项=安全生产 类型=常设", group=654321)


async def test_cq_code_lookalikes_stay_text(app: App, rt) -> None:
    from plugins.registry import register_cmd

    async with app.test_matcher(register_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(
            "/登记 单位=[CQ:at]信息中心 事项=测试&#91;x&#93; 类型=常设", role="admin"
        )
        ctx.receive_event(bot, event)
        ctx.should_call_api(
            "send_group_msg",
            {"group_id": 900000, "message": AnyMessage()},
            result={"message_id": 1},
        )
        ctx.should_call_send(event, _OnlyText("单位：[CQ:at]信息中心"), result=None)


class _OnlyText(str):
    """The reply is plain text segments only and contains the fragment literally."""

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return all(s.type == "text" for s in other) and str(self) in "".join(
                s.data["text"] for s in other
            )
        return isinstance(other, str) and str(self) in other

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = str.__hash__


async def test_return_needs_reason_and_notifies_group(app: App, rt) -> None:
    from plugins.registry import confirm_cmd

    await _register_accepted(app)

    async with app.test_matcher(confirm_cmd) as ctx:
        bot = _bot(ctx)
        event = private_message(f"/备案 退回 {GROUP}")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("退回登记请写明原因"), result=None)
        event = private_message(f"/备案 退回 {GROUP} 事项名称不规范")
        ctx.receive_event(bot, event)
        ctx.should_call_api(
            "send_group_msg",
            {"group_id": GROUP, "message": AnyMessage("被信息中心退回", "事项名称不规范")},
            result={"message_id": 2},
        )
        ctx.should_call_send(event, Contains("已退回"), result=None)
    group = await _group(rt)
    assert (group.status, group.returned_reason) == ("returned", "事项名称不规范")
    assert "group.returned" in await _kinds(rt)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("/备案", "用法：/备案 通过"),
        ("/备案 同意吗", "用法：/备案 通过"),
        ("/备案 通过 qq:abc", "QQ 号应为数字"),
        ("/备案 通过 qq:777", "未找到群 qq:777"),
        ("/备案 通过 wx:R:1@chatroom", "未找到群 wx:R:1@chatroom"),
    ],
)
async def test_confirm_bad_input(app: App, rt, text: str, answer: str) -> None:
    from plugins.registry import confirm_cmd

    async with app.test_matcher(confirm_cmd) as ctx:
        bot = _bot(ctx)
        event = private_message(text)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains(answer), result=None)


async def test_confirm_is_superuser_only(app: App, rt) -> None:
    from plugins.registry import confirm_cmd

    async with app.test_matcher(confirm_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(f"/备案 通过 qq:{GROUP}", role="owner", user=20001)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足", "信息中心"), result=None)


async def test_confirm_only_pending(app: App, rt) -> None:
    from plugins.registry import confirm_cmd, service

    await service.see_group(rt, f"qq:{GROUP}", "qq")
    async with app.test_matcher(confirm_cmd) as ctx:
        bot = _bot(ctx)
        event = private_message(f"/备案 通过 qq:{GROUP}")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("没有待确认的登记", "未登记"), result=None)


async def test_designated_admins(app: App, rt) -> None:
    from plugins.registry import admin_cmd

    at = Message(
        [
            MessageSegment.text("/群管理员 添加 "),
            MessageSegment.at(20003),
            MessageSegment.text(" qq:20004"),
        ]
    )
    async with app.test_matcher(admin_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(at, role="member", user=20005)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)
        event = group_message(at, role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "已添加指定管理员：qq:20003、qq:20004", result=None)
        event = group_message("/群管理员")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "本群指定管理员：qq:20003、qq:20004", result=None)
        event = group_message("/群管理员 任命 qq:1")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)

    # A designated admin is a group admin for commands, without being a QQ admin.
    await _register_accepted(app, role="member", user=20004)

    async with app.test_matcher(admin_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message("/群管理员 删除 qq:20003", role="member", user=20004)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "已删除指定管理员：qq:20003", result=None)
        event = group_message("/群管理员 删除 qq:20003", role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("没有变化", "不是指定管理员"), result=None)
        event = group_message("/群管理员 添加", role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("用法：/群管理员 添加 @成员"), result=None)

    kinds = await _kinds(rt)
    assert kinds.count("group.admin_changed") == 3


async def test_group_list_for_superusers(app: App, rt, clock) -> None:
    from datetime import timedelta

    from plugins.registry import list_cmd, service

    await service.see_group(rt, "qq:111", "qq", "老群")
    clock.value += timedelta(days=7)
    await service.see_group(rt, "qq:222", "qq", "新群")

    async with app.test_matcher(list_cmd) as ctx:
        bot = _bot(ctx)
        event = private_message("/群列表 超期")
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event, _Lines(["超期的群共 1 个：", "qq:111（老群）  —  未登记·超期"]), result=None
        )
        event = private_message("/群列表 未登记")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("未登记的群共 2 个", "qq:222（新群）"), result=None)
        event = private_message("/群列表 已登记")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "没有已登记的群。", result=None)
        event = private_message("/群列表 火星")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("未知状态“火星”"), result=None)
        event = private_message("/群列表", user=20002)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)


class _Lines(str):
    def __new__(cls, lines: list[str]):
        return super().__new__(cls, "\n".join(lines))


async def test_deregister_with_confirmation(app: App, rt) -> None:
    from plugins.registry import deregister_cmd, service
    from plugins.registry.service import RegistrationInfo
    from storage.models import GroupKind

    rt.settings.registry.require_confirmation = False
    await service.request_registration(
        rt,
        f"qq:{GROUP}",
        "qq",
        "qq:20002",
        RegistrationInfo("信息中心", "政务公开", GroupKind.STANDING),
    )
    async with app.test_matcher(deregister_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message("/注销", role="member")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)
        event = group_message("/注销", role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("确认注销", f"qq:{GROUP}"), result=None)
        ctx.should_rejected(deregister_cmd)
        event = group_message("不了", role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "已取消。", result=None)
    assert (await _group(rt)).status == "registered"

    async with app.test_matcher(deregister_cmd) as ctx:
        bot = _bot(ctx)
        event = private_message(f"/注销 qq:{GROUP}")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("确认注销"), result=None)
        event = private_message("确认")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, f"已注销 qq:{GROUP} 的登记。", result=None)
    assert (await _group(rt)).status == "deregistered"
    assert (await _kinds(rt))[-1] == "group.deregistered"


async def test_help_depends_on_role(app: App, rt) -> None:
    from plugins.help import help_cmd

    async with app.test_matcher(help_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message("/帮助", role="member")
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event, _Without("/群信息", "/帮助", absent=("/登记", "/备案")), result=None
        )
        event = group_message("/help", role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event, _Without("/登记", "/群管理员", "/审计", absent=("/备案", "/群列表")), result=None
        )
        event = private_message("/帮助")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, _Without("/备案", "/群列表", "/登记", absent=()), result=None)
        event = group_message("/帮助 备案", role="member")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("/备案 通过|退回", "需要信息中心"), result=None)
        event = group_message("/帮助 飞行", role="member")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("没有名为“飞行”的命令"), result=None)


class _Without(str):
    def __new__(cls, *present: str, absent: tuple[str, ...]):
        obj = super().__new__(cls, f"{present} without {absent}")
        obj.present, obj.absent = present, absent
        return obj

    def __eq__(self, other: object) -> bool:
        text = str(other)
        return all(p in text for p in self.present) and not any(
            a + " " in text or a + "（" in text for a in self.absent
        )

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = str.__hash__


async def test_audit_command(app: App, rt) -> None:
    from plugins.audit_log import audit_cmd
    from plugins.registry import service

    await service.see_group(rt, f"qq:{GROUP}", "qq", "政务公开工作群")
    rt.audit.record(
        "group.admin_changed",
        group=f"qq:{GROUP}",
        actor="qq:20002",
        subject="qq:20003",
        detail={"action": "add"},
    )
    await rt.audit.flush(5)
    async with app.test_matcher(audit_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message("/审计", role="member")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)
        event = group_message("/审计 5", role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event,
            Contains(
                f"qq:{GROUP} 最近 2 条审计记录",
                "#2",
                "变更管理员 qq:20002 → qq:20003",
                "#1",
                "发现新群",
            ),
            result=None,
        )
        event = group_message("/审计 500", role="admin")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("用法：/审计"), result=None)
        event = private_message(f"/审计 qq:{GROUP} 1")
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("最近 1 条", "#2"), result=None)
