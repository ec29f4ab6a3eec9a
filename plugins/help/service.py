"""Collects CommandDoc entries from every loaded plugin's metadata."""

from __future__ import annotations

from nonebot import get_loaded_plugins

from bot.args import clip, normalize
from bot.commands import CommandDoc
from bot.permissions import ROLE_NAMES, Role


def all_commands() -> list[CommandDoc]:
    docs: list[CommandDoc] = []
    for plugin in get_loaded_plugins():
        meta = plugin.metadata
        if meta is None:
            continue
        docs.extend(d for d in meta.extra.get("commands", ()) if isinstance(d, CommandDoc))
    return sorted(docs, key=lambda d: (d.role, d.name))


def help_text(role: Role, topic: str = "") -> str:
    docs = all_commands()
    wanted = normalize(topic).lstrip("/／").lower()
    if wanted:
        for doc in docs:
            if wanted in (doc.name, doc.alias):
                allowed = "" if role >= doc.role else f"（需要{ROLE_NAMES[doc.role]}权限）"
                return f"/{doc.usage}\n{doc.summary}；英文别名 /{doc.alias}{allowed}"
        return f"没有名为“{clip(wanted, 20)}”的命令，发送 /帮助 查看全部。"
    lines = [f"可用命令（{ROLE_NAMES[role]}）："]
    lines += [doc.line() for doc in docs if doc.role <= role]
    lines.append("参数中的全角、半角标点均可；发送 /帮助 命令名 查看详细用法。")
    return "\n".join(lines)
