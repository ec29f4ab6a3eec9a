"""Roles and the guards that refuse politely.

member < group admin (platform owner/admin, or a designated admin in the registry) < superuser
(information center, from ``[bot] superusers``).
"""

from __future__ import annotations

from enum import IntEnum

from bot.context import Ctx
from bot.runtime import get_runtime
from storage import registry


class Role(IntEnum):
    MEMBER = 0
    GROUP_ADMIN = 1
    SUPERUSER = 2


ROLE_NAMES = {
    Role.MEMBER: "成员",
    Role.GROUP_ADMIN: "群管理员",
    Role.SUPERUSER: "信息中心（超级用户）",
}


async def role_of(ctx: Ctx) -> Role:
    rt = get_runtime()
    if rt.is_superuser(ctx.user):
        return Role.SUPERUSER
    if ctx.group is None:
        return Role.MEMBER
    if ctx.sender_role in ("owner", "admin"):
        return Role.GROUP_ADMIN
    async with rt.sessions() as session:
        if await registry.is_designated_admin(session, ctx.group, ctx.user):
            return Role.GROUP_ADMIN
    return Role.MEMBER


def in_report_group(ctx: Ctx) -> bool:
    report = get_runtime().settings.bot.report_group
    return bool(report) and ctx.group == report
