"""/审计: in a group, that group's entries (group admins); privately, any group (superusers)."""

from __future__ import annotations

import json

from bot.args import clip, normalize
from bot.audit_kinds import kind_name
from bot.context import Ctx
from bot.identity import parse_identity
from bot.permissions import Role
from bot.runtime import Runtime
from storage import audit as audit_store

DEFAULT, MAXIMUM = 10, 50
USAGE = "用法：/审计 [条数]（1–50）；信息中心私聊可用 /审计 <群> [条数]。"


async def audit_text(rt: Runtime, ctx: Ctx, role: Role, text: str) -> str:
    words = normalize(text).split()
    group = ctx.group
    if words and not words[0].isdigit():
        if role < Role.SUPERUSER:
            return "权限不足：查看其他群的审计记录仅限信息中心。"
        try:
            group = str(parse_identity(words.pop(0), ctx.kind))
        except ValueError as exc:
            return f"{exc}\n{USAGE}"
    if group is None:
        return "请在群内发送 /审计，或写明群，如 /审计 qq:123456。"
    if role < Role.GROUP_ADMIN:
        return "权限不足：此命令仅限群主、群管理员或登记的专人使用。"
    if len(words) > 1 or (words and not words[0].isdigit()):
        return USAGE
    limit = int(words[0]) if words else DEFAULT
    if not 1 <= limit <= MAXIMUM:
        return USAGE
    async with rt.sessions() as session:
        entries = await audit_store.query(session, group=group, limit=limit, newest_first=True)
    if not entries:
        return f"{group} 暂无审计记录。"
    tz = rt.settings.tz
    lines = [f"{group} 最近 {len(entries)} 条审计记录："]
    for e in entries:
        when = e.at.astimezone(tz).strftime("%m-%d %H:%M")
        who = f" {e.actor}" if e.actor else ""
        about = f" → {e.subject}" if e.subject else ""
        detail = clip(json.dumps(e.detail, ensure_ascii=False), 60) if e.detail else ""
        lines.append(f"#{e.id} {when} {kind_name(e.kind)}{who}{about} {detail}".rstrip())
    return "\n".join(lines)
