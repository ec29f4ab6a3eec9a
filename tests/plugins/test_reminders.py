"""Reminders for unregistered groups: due dates from the database, once per item."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from nonebot.adapters.onebot.v11 import Adapter, Bot
from nonebot.adapters.onebot.v11.exception import ActionFailed
from nonebug import App

from storage import audit as audit_store
from storage import registry
from tests.events import GROUP, AnyMessage, group_message

MEMBERS = [
    {"user_id": 20001, "nickname": "张三", "card": "信息中心-张三", "role": "owner"},
    {"user_id": 20002, "nickname": "李四", "card": "信息中心-李四", "role": "admin"},
    {"user_id": 20003, "nickname": "王五", "card": "信息中心-王五", "role": "member"},
]
BEIJING = timedelta(hours=8)


def beijing(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC) - BEIJING


def _bot(ctx) -> Bot:
    import nonebot

    return ctx.create_bot(base=Bot, adapter=nonebot.get_adapter(Adapter), self_id="99999")


def _mentions(message) -> list[str]:
    return [seg.data["qq"] for seg in message if seg.type == "at"]


class _Reminder(AnyMessage):
    """A group reminder mentioning the owner and admin, containing ``parts``."""

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and _mentions(other) == ["20001", "20002"]


async def _kinds(rt) -> list[str]:
    await rt.audit.flush(5)
    async with rt.sessions() as s:
        return [e.kind for e in await audit_store.query(s)]


def _expect_first_reminder(ctx, deadline: str) -> None:
    ctx.should_call_api("get_group_member_list", {"group_id": GROUP}, result=MEMBERS)
    ctx.should_call_api(
        "send_group_msg",
        {"group_id": GROUP, "message": _Reminder("尚未在信息中心登记备案", f"期限为 {deadline}")},
        result={"message_id": 1},
    )


def _expect_overdue(ctx, deadline: str, report: dict) -> None:
    ctx.should_call_api("get_group_member_list", {"group_id": GROUP}, result=MEMBERS)
    ctx.should_call_api(
        "send_group_msg",
        {
            "group_id": GROUP,
            "message": _Reminder(f"已超过登记期限（{deadline}）", "已报告信息中心"),
        },
        result={"message_id": 2},
    )
    ctx.should_call_api(*report.popitem(), result={"message_id": 3})


async def test_unregistered_group_reminded_then_escalated_once(app: App, rt, clock) -> None:
    from plugins.registry import service

    clock.value = beijing(2026, 11, 23, 10)  # Monday
    await service.see_group(rt, f"qq:{GROUP}", "qq", "政务公开工作群")
    async with app.test_api() as ctx:
        _bot(ctx)
        _expect_first_reminder(ctx, "2026-11-25（含当日）")
        assert await service.sweep(rt) == 1
        # The same sweep again, and late on the last allowed day: nothing is due.
        assert await service.sweep(rt) == 0
        clock.value = beijing(2026, 11, 25, 23, 59)
        assert await service.sweep(rt) == 0
        clock.value = beijing(2026, 11, 26, 0, 30)
        report = {
            "send_group_msg": {
                "group_id": 900000,
                "message": AnyMessage(
                    "【登记超期】", f"qq:{GROUP}（政务公开工作群）", "2 个工作日"
                ),
            }
        }
        _expect_overdue(ctx, "2026-11-25（含当日）", report)
        assert await service.sweep(rt) == 1
        assert await service.sweep(rt) == 0
    assert await _kinds(rt) == [
        "group.seen",
        "group.register_reminded",
        "report.sent",
        "group.register_overdue",
    ]


async def test_deadline_skips_national_day_week(app: App, rt, clock) -> None:
    from plugins.registry import service

    clock.value = beijing(2026, 9, 30, 15)
    await service.see_group(rt, f"qq:{GROUP}", "qq")
    async with app.test_api() as ctx:
        _bot(ctx)
        _expect_first_reminder(ctx, "2026-10-09（含当日）")
        await service.sweep(rt)
        clock.value = beijing(2026, 10, 8, 12)  # holidays do not count
        assert await service.sweep(rt) == 0


async def test_restart_sends_nothing_twice(app: App, rt, clock, database_url, tmp_path) -> None:
    from bot.runtime import build_runtime
    from plugins.registry import service
    from tests.conftest import test_settings

    clock.value = beijing(2026, 11, 23, 10)
    await service.see_group(rt, f"qq:{GROUP}", "qq")
    async with app.test_api() as ctx:
        _bot(ctx)
        _expect_first_reminder(ctx, "2026-11-25（含当日）")
        await service.sweep(rt)

    restarted = build_runtime(
        test_settings(
            database={"url": database_url}, audit={"spool_file": str(tmp_path / "b.jsonl")}
        )
    )
    restarted.now = clock  # type: ignore[method-assign]
    await restarted.start()
    try:
        async with app.test_api() as ctx:
            _bot(ctx)
            assert await service.sweep(restarted) == 0
    finally:
        await restarted.stop()


async def test_two_processes_send_each_item_once(
    app: App, rt, clock, database_url, tmp_path
) -> None:
    """Two runtimes with their own connection pools on one database sweep at the same time."""
    from bot.runtime import build_runtime
    from plugins.registry import service
    from tests.conftest import test_settings

    clock.value = beijing(2026, 11, 20, 10)  # Friday: overdue by Wednesday
    await service.see_group(rt, f"qq:{GROUP}", "qq")
    clock.value = beijing(2026, 11, 25, 10)
    other = build_runtime(
        test_settings(
            database={"url": database_url}, audit={"spool_file": str(tmp_path / "b.jsonl")}
        )
    )
    other.now = clock  # type: ignore[method-assign]
    await other.start()
    calls: list[tuple[str, dict]] = []

    async def answer(api: str, **data):
        # The two sweeps run concurrently, so their calls interleave in any order:
        # record them instead of expecting a fixed sequence.
        calls.append((api, data))
        await asyncio.sleep(0)
        return MEMBERS if api == "get_group_member_list" else {"message_id": len(calls)}

    try:
        async with app.test_api() as ctx:
            bot = _bot(ctx)
            bot.call_api = answer  # type: ignore[method-assign]
            sent = await asyncio.gather(service.sweep(rt), service.sweep(other))
        assert sum(sent) == 2
    finally:
        await other.stop()
    sends = [d for api, d in calls if api == "send_group_msg"]
    to_group = [d["message"] for d in sends if d["group_id"] == GROUP]
    to_report = [d["message"] for d in sends if d["group_id"] == 900000]
    # Exactly one first reminder, one overdue reminder and one escalation.
    assert [_Reminder("尚未在信息中心登记备案") == m for m in to_group].count(True) == 1
    assert [_Reminder("已超过登记期限（2026-11-24（含当日）") == m for m in to_group].count(
        True
    ) == 1
    assert len(to_group) == 2
    assert len(to_report) == 1
    assert AnyMessage("【登记超期】") == to_report[0]
    assert {api for api, _ in calls} == {"get_group_member_list", "send_group_msg"}


async def test_failed_send_is_retried_next_sweep(app: App, rt, clock) -> None:
    from plugins.registry import service

    clock.value = beijing(2026, 11, 23, 10)
    await service.see_group(rt, f"qq:{GROUP}", "qq")
    async with app.test_api() as ctx:
        _bot(ctx)
        ctx.should_call_api("get_group_member_list", {"group_id": GROUP}, result=MEMBERS)
        ctx.should_call_api(
            "send_group_msg",
            {"group_id": GROUP, "message": AnyMessage()},
            exception=ActionFailed(retcode=1200, msg="发送失败", wording="风控"),
        )
        assert await service.sweep(rt) == 0
        _expect_first_reminder(ctx, "2026-11-25（含当日）")
        assert await service.sweep(rt) == 1


async def test_no_report_group_escalates_to_superusers(app: App, rt, clock) -> None:
    from plugins.registry import service

    rt.settings.bot.report_group = ""
    clock.value = beijing(2026, 11, 20, 10)
    await service.see_group(rt, f"qq:{GROUP}", "qq")
    clock.value = beijing(2026, 11, 25, 10)
    async with app.test_api() as ctx:
        _bot(ctx)
        _expect_first_reminder(ctx, "2026-11-24（含当日）")
        report = {"send_private_msg": {"user_id": 10001, "message": AnyMessage("【登记超期】")}}
        _expect_overdue(ctx, "2026-11-24（含当日）", report)
        assert await service.sweep(rt) == 2


async def test_registered_groups_are_not_reminded(app: App, rt, clock) -> None:
    from plugins.registry import service
    from plugins.registry.service import RegistrationInfo
    from storage.models import GroupKind

    clock.value = beijing(2026, 11, 20, 10)
    rt.settings.registry.require_confirmation = False
    await service.request_registration(
        rt,
        f"qq:{GROUP}",
        "qq",
        "qq:20002",
        RegistrationInfo("信息中心", "政务公开", GroupKind.STANDING),
    )
    clock.value = beijing(2026, 11, 30, 10)
    async with app.test_api() as ctx:
        _bot(ctx)
        assert await service.sweep(rt) == 0


@pytest.mark.watchers("plugins.registry.")
async def test_message_from_unknown_group_is_seen_and_reminded(app: App, rt, clock) -> None:
    clock.value = beijing(2026, 11, 23, 10)
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        ctx.receive_event(bot, group_message("大家好，明天上午九点开会"))
        _expect_first_reminder(ctx, "2026-11-25（含当日）")
        # A second message does not touch the database or send anything.
        ctx.receive_event(bot, group_message("收到"))
    async with rt.sessions() as s:
        assert (await registry.get_group(s, f"qq:{GROUP}")).status == "unregistered"


async def test_bot_connected_scans_groups(app: App, rt, clock) -> None:
    from plugins.registry import handlers

    clock.value = beijing(2026, 11, 23, 10)
    async with app.test_api() as ctx:
        bot = _bot(ctx)
        ctx.should_call_api(
            "get_group_list",
            {},
            result=[
                {
                    "group_id": GROUP,
                    "group_name": "政务公开工作群",
                    "member_count": 3,
                    "max_member_count": 200,
                }
            ],
        )
        _expect_first_reminder(ctx, "2026-11-25（含当日）")
        await handlers.bot_connected(bot)
    async with rt.sessions() as s:
        assert (await registry.get_group(s, f"qq:{GROUP}")).name == "政务公开工作群"


async def test_bot_removed_marks_group_dissolved(app: App, rt) -> None:
    from nonebot.adapters.onebot.v11 import GroupDecreaseNoticeEvent

    from plugins.registry import group_notice_handler, service

    await service.see_group(rt, f"qq:{GROUP}", "qq")
    event = GroupDecreaseNoticeEvent(
        time=1,
        self_id=99999,
        post_type="notice",
        notice_type="group_decrease",
        sub_type="kick_me",
        group_id=GROUP,
        operator_id=20001,
        user_id=99999,
    )
    async with app.test_matcher(group_notice_handler) as ctx:
        bot = _bot(ctx)
        ctx.receive_event(bot, event)
    async with rt.sessions() as s:
        assert (await registry.get_group(s, f"qq:{GROUP}")).status == "dissolved"
    assert (await _kinds(rt))[-1] == "group.dissolved"


@pytest.mark.parametrize("status", ["unregistered"])
async def test_info_shows_deadline(app: App, rt, clock, status: str) -> None:
    from plugins.registry import info_cmd
    from tests.events import Contains

    clock.value = beijing(2026, 9, 30, 15)
    async with app.test_matcher(info_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message("/群信息")
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event, Contains("状态：未登记", "登记期限：2026-10-09（含当日）（未超期）"), result=None
        )


async def test_claim_of_a_dead_process_is_recovered(app: App, rt, clock) -> None:
    """A claim never marked sent (the process died mid-send) is retried after 15 minutes."""
    from plugins.registry import service
    from storage import reminders

    clock.value = beijing(2026, 11, 23, 10)
    group, _ = await service.see_group(rt, f"qq:{GROUP}", "qq")
    key = f"register.remind:qq:{GROUP}:{int(group.seen_at.timestamp())}"
    async with rt.sessions() as s:
        assert await reminders.claim(s, key, "dead-host:1", clock.value)
    async with app.test_api() as ctx:
        _bot(ctx)
        assert await service.sweep(rt) == 0
        clock.value += timedelta(minutes=16)
        _expect_first_reminder(ctx, "2026-11-25（含当日）")
        assert await service.sweep(rt) == 1
