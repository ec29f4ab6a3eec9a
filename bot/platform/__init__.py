"""Platform layer: ``platform_of(bot)`` for an event's bot, ``platform_for(identity)`` for jobs."""

from __future__ import annotations

from nonebot import get_bots
from nonebot.adapters import Bot

from bot.identity import parse_identity
from bot.platform.base import (
    ActionFailed,
    Capability,
    GroupInfo,
    Member,
    Mention,
    Platform,
    Reply,
    Text,
    Unsupported,
)

__all__ = [
    "ActionFailed",
    "Capability",
    "GroupInfo",
    "Member",
    "Mention",
    "NoBotOnline",
    "Platform",
    "Reply",
    "Text",
    "Unsupported",
    "platform_for",
    "platform_name",
    "platform_of",
]


class NoBotOnline(Exception):
    def __init__(self, platform: str) -> None:
        super().__init__(f"没有在线的 {platform} 账号")


def platform_name(bot: Bot) -> str:
    """Identity prefix for a bot's adapter."""
    name = bot.adapter.get_name()
    if name.startswith("OneBot"):
        return "qq"
    if "wechaty" in name.lower():
        return "wx"
    if name.lower().startswith("console"):
        return "console"
    return name.lower()


def platform_of(bot: Bot) -> Platform:
    kind = platform_name(bot)
    if kind == "qq":
        from bot.platform.onebot import OneBotPlatform

        return OneBotPlatform(bot)  # type: ignore[arg-type]
    raise LookupError(f"未支持的适配器：{bot.adapter.get_name()}")


def platform_for(identity: str) -> Platform:
    """A connected bot account able to act on ``identity`` (group or user)."""
    wanted = parse_identity(identity).platform
    for bot in get_bots().values():
        if platform_name(bot) == wanted:
            return platform_of(bot)
    raise NoBotOnline(wanted)
