"""Shared NoneBot dependencies: context, role guards, database sessions."""

from __future__ import annotations

from typing import Annotated

from nonebot.adapters import Bot, Event
from nonebot.matcher import Matcher
from nonebot.params import Depends

from bot.context import Ctx, event_context
from bot.permissions import Role, in_report_group, role_of
from bot.runtime import Runtime, get_runtime


# Dependencies are async: NoneBot runs a sync one in a worker thread for every event.
async def _ctx(bot: Bot, event: Event) -> Ctx:
    return event_context(bot, event)


async def _runtime() -> Runtime:
    return get_runtime()


async def _role(ctx: Ctx = Depends(_ctx)) -> Role:
    return await role_of(ctx)


CtxDep = Annotated[Ctx, Depends(_ctx)]
RoleDep = Annotated[Role, Depends(_role)]
RuntimeDep = Annotated[Runtime, Depends(_runtime)]


async def require_group(matcher: Matcher, ctx: CtxDep) -> None:
    """The command acts on the group it is sent in."""
    if ctx.group is None:
        await matcher.finish("请在需要办理的工作群内发送此命令。")


async def require_group_admin(matcher: Matcher, role: RoleDep) -> None:
    if role < Role.GROUP_ADMIN:
        await matcher.finish("权限不足：此命令仅限群主、群管理员或登记的专人使用。")


async def require_superuser(matcher: Matcher, ctx: CtxDep, role: RoleDep) -> None:
    """Superuser, in a private chat, the report group, or a group (acting on that group)."""
    if role < Role.SUPERUSER:
        await matcher.finish("权限不足：此命令仅限信息中心（超级用户）使用。")


__all__ = [
    "CtxDep",
    "RoleDep",
    "RuntimeDep",
    "in_report_group",
    "require_group",
    "require_group_admin",
    "require_superuser",
]
