"""Who said what where: the platform-neutral view of an incoming event."""

from __future__ import annotations

from dataclasses import dataclass

from nonebot.adapters import Bot, Event

from bot.injectable import InjectAsIs
from bot.platform import Platform, platform_name, platform_of


@dataclass(slots=True)
class Ctx(InjectAsIs):
    platform: Platform
    kind: str  # qq | wx | console
    user: str  # identity of the sender
    group: str | None  # identity of the group, None in a private chat
    sender_role: str  # owner | admin | member, as the platform reports it
    message_id: str | None
    mentions: list[str]  # identities mentioned in the message, in order


def event_context(bot: Bot, event: Event) -> Ctx:
    kind = platform_name(bot)
    platform = platform_of(bot)
    if kind == "qq":
        from nonebot.adapters.onebot.v11 import GroupMessageEvent, MessageEvent

        group = None
        role = "member"
        mentions: list[str] = []
        message_id = None
        if isinstance(event, MessageEvent):
            message_id = str(event.message_id)
            mentions = [
                f"qq:{seg.data['qq']}"
                for seg in event.original_message
                if seg.type == "at"
                and str(seg.data.get("qq", "")).isdigit()
                and str(seg.data["qq"]) != str(bot.self_id)  # "@bot /警告 @x" is about x
            ]
        if isinstance(event, GroupMessageEvent):
            group = f"qq:{event.group_id}"
            role = event.sender.role or "member"
        elif hasattr(event, "group_id"):
            group = f"qq:{event.group_id}"
        return Ctx(
            platform=platform,
            kind=kind,
            user=f"qq:{event.get_user_id()}",
            group=group,
            sender_role=role,
            message_id=message_id,
            mentions=mentions,
        )
    raise LookupError(f"未支持的适配器：{bot.adapter.get_name()}")
