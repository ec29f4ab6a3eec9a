"""Matcher bodies of the registry duty: parse, check, call the service, answer."""

from __future__ import annotations

import logging

from nonebot.adapters import Bot, Event, Message
from nonebot.matcher import Matcher
from nonebot.typing import T_State

from bot.args import ArgError, normalize, parse_pairs
from bot.context import Ctx
from bot.identity import parse_identity
from bot.permissions import Role, in_report_group, role_of
from bot.platform import ActionFailed, NoBotOnline, Unsupported, platform_for, platform_name
from bot.runtime import Runtime, get_runtime
from storage.models import GroupStatus

from . import messages as msg
from . import service

log = logging.getLogger("qunguan.registry")

CANCEL_WORDS = {"取消", "cancel", "算了", "退出"}
# Groups known to exist in the registry: spares a database round trip per message.
_known_groups: set[str] = set()


# -- /登记 ---------------------------------------------------------------------------------------


async def register_start(matcher: Matcher, state: T_State, args: Message) -> None:
    """Complete arguments go straight on; otherwise ask once for what is missing."""
    state["values"] = {}
    text = args.extract_plain_text()
    if not normalize(text):
        await matcher.send(msg.REGISTER_ASK)
        return
    try:
        values, _ = parse_pairs(text, service.REG_KEYS)
    except ArgError as exc:
        await matcher.finish(f"{exc}\n用法：/{msg.REGISTER_USAGE}")
    state["values"] = values
    missing = service.missing_fields(values)
    if missing:
        await matcher.send(msg.REGISTER_MISSING.format(missing="、".join(missing)))
        return
    matcher.set_arg("info", args)


async def register_finish(
    matcher: Matcher, state: T_State, ctx: Ctx, rt: Runtime, info: str
) -> None:
    text = normalize(info)
    values: dict[str, str] = dict(state.get("values") or {})
    if text in CANCEL_WORDS:
        await matcher.finish(msg.CANCELLED)
    try:
        new, _ = parse_pairs(text, service.REG_KEYS)
        values.update(new)
        missing = service.missing_fields(values)
        if missing:
            await matcher.finish(
                msg.REGISTER_MISSING.format(missing="、".join(missing)).split("。")[0]
                + f"。\n用法：/{msg.REGISTER_USAGE}"
            )
        reg = service.parse_registration(values, service.today(rt))
    except ArgError as exc:
        await matcher.finish(f"{exc}\n用法：/{msg.REGISTER_USAGE}")
    assert ctx.group is not None
    reply = await service.request_registration(rt, ctx.group, ctx.kind, ctx.user, reg)
    _known_groups.add(ctx.group)
    await matcher.finish(reply)


# -- /备案 ---------------------------------------------------------------------------------------

_DECISIONS = {
    "通过": True,
    "同意": True,
    "approve": True,
    "ok": True,
    "退回": False,
    "驳回": False,
    "return": False,
    "reject": False,
}


async def confirm(matcher: Matcher, ctx: Ctx, rt: Runtime, text: str) -> None:
    words = normalize(text).split(maxsplit=2)
    if not words or words[0].lower() not in _DECISIONS:
        await matcher.finish(msg.CONFIRM_BAD)
    approve = _DECISIONS[words[0].lower()]
    target, reason = None, ""
    if len(words) >= 2:
        try:
            target = str(parse_identity(words[1], ctx.kind))
            reason = words[2] if len(words) > 2 else ""
        except ValueError as exc:
            if ":" in words[1] or words[1].isdigit():
                await matcher.finish(f"{exc}\n{msg.CONFIRM_BAD}")
            # "/备案 退回 原因" sent inside the group being decided
            reason = " ".join(words[1:])
    if target is None:
        if ctx.group is None or in_report_group(ctx):
            await matcher.finish(msg.CONFIRM_NEED_GROUP)
        target = ctx.group
    if not approve and not reason.strip():
        await matcher.finish(msg.CONFIRM_NEED_REASON)
    reply, notice = await service.decide(rt, target, ctx.user, approve, reason.strip()[:200])
    if notice and target != ctx.group:
        try:
            await platform_for(target).send_group(target, notice)
        except (NoBotOnline, ActionFailed, Unsupported) as exc:
            reply += f"（未能通知该群：{exc}）"
    elif notice:
        reply = notice
    await matcher.finish(reply)


# -- /群信息 /群管理员 /群列表 ----------------------------------------------------------------------


async def info(matcher: Matcher, ctx: Ctx, rt: Runtime) -> None:
    assert ctx.group is not None
    await matcher.finish(await service.describe(rt, ctx.group, ctx.kind))


_ADD = {"添加", "增加", "新增", "add", "+"}
_REMOVE = {"删除", "移除", "去掉", "remove", "del", "-"}


async def admins(matcher: Matcher, ctx: Ctx, rt: Runtime, text: str) -> None:
    assert ctx.group is not None
    words = normalize(text).split()
    if not words:
        await matcher.finish(await service.list_admins(rt, ctx.group))
    if await role_of(ctx) < Role.GROUP_ADMIN:
        await matcher.finish("权限不足：指定管理员仅限群主、群管理员或登记的专人操作。")
    action = words[0].lower()
    if action not in _ADD | _REMOVE:
        await matcher.finish(msg.ADMIN_BAD)
    users = list(ctx.mentions)
    try:
        users += [str(parse_identity(w, ctx.kind)) for w in words[1:] if not w.startswith("@")]
    except ValueError:
        await matcher.finish(msg.ADMIN_BAD)
    users = list(dict.fromkeys(users))
    if not users:
        await matcher.finish(msg.ADMIN_BAD)
    reply = await service.change_admins(rt, ctx.group, ctx.kind, ctx.user, action in _ADD, users)
    await matcher.finish(reply)


async def list_groups(matcher: Matcher, rt: Runtime, text: str) -> None:
    await matcher.finish(await service.list_groups_text(rt, text))


# -- /注销 ---------------------------------------------------------------------------------------


async def deregister_start(matcher: Matcher, state: T_State, ctx: Ctx, text: str) -> None:
    role = await role_of(ctx)
    words = normalize(text).split()
    if words:
        if role < Role.SUPERUSER:
            await matcher.finish("权限不足：注销其他群的登记仅限信息中心操作。")
        try:
            target = str(parse_identity(words[0], ctx.kind))
        except ValueError as exc:
            await matcher.finish(f"{exc}\n用法：/注销 [<群>]")
    else:
        if ctx.group is None or in_report_group(ctx):
            await matcher.finish("请在要注销的群内发送 /注销，或写明群，如 /注销 qq:123456。")
        if role < Role.GROUP_ADMIN:
            await matcher.finish("权限不足：此命令仅限群主、群管理员或登记的专人使用。")
        target = ctx.group
    state["target"] = target
    await matcher.send(msg.DEREGISTER_ASK.format(group=target))


async def deregister_finish(
    matcher: Matcher, state: T_State, ctx: Ctx, rt: Runtime, answer: str
) -> None:
    if normalize(answer) not in {"确认", "确定", "是", "yes", "y"}:
        await matcher.finish(msg.CANCELLED)
    await matcher.finish(await service.deregister(rt, state["target"], ctx.user))


# -- events and schedule -------------------------------------------------------------------------


async def watch_message(bot: Bot, event: Event) -> None:
    group_id = getattr(event, "group_id", None)
    if group_id is None:
        return
    identity = f"{platform_name(bot)}:{group_id}"
    if identity in _known_groups:
        return
    rt = get_runtime()
    _, created = await service.see_group(rt, identity, platform_name(bot))
    _known_groups.add(identity)
    if created:
        await service.sweep(rt)


async def watch_notice(bot: Bot, event: Event) -> None:
    data = event.model_dump() if hasattr(event, "model_dump") else {}
    group_id, notice = data.get("group_id"), data.get("notice_type")
    if group_id is None or notice not in ("group_increase", "group_decrease"):
        return
    rt = get_runtime()
    kind = platform_name(bot)
    identity = f"{kind}:{group_id}"
    is_self = str(data.get("user_id")) == str(bot.self_id)
    if notice == "group_increase" and is_self:
        await service.see_group(rt, identity, kind)
        _known_groups.add(identity)
        await service.sweep(rt)
    elif notice == "group_decrease" and (data.get("sub_type") == "kick_me" or is_self):
        operator = data.get("operator_id")
        actor = f"{kind}:{operator}" if operator else None
        await service.bot_removed(rt, identity, actor, dismissed=data.get("sub_type") == "disband")
        _known_groups.discard(identity)


async def bot_connected(bot: Bot) -> None:
    """Register every group the account is in, then send what is due."""
    rt = get_runtime()
    kind = platform_name(bot)
    try:
        groups = await platform_for(f"{kind}:0").groups() if kind == "qq" else []
    except (ActionFailed, Unsupported, NoBotOnline) as exc:
        log.warning("读取群列表失败：%s", exc)
        groups = []
    for g in groups:
        group, _ = await service.see_group(rt, g.identity, kind, g.name)
        if group.status not in (GroupStatus.DISSOLVED,):
            _known_groups.add(g.identity)
    await service.sweep(rt)


async def scheduled_sweep() -> None:
    try:
        await service.sweep(get_runtime())
    except Exception:  # a job must never die; the next run retries
        log.exception("登记提醒任务出错")
