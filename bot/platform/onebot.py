"""QQ through OneBot v11 (NapCat, Lagrange, LLOneBot)."""

from __future__ import annotations

import json
import logging
from typing import Any

from nonebot.adapters.onebot.v11 import Adapter as _OneBotAdapter
from nonebot.adapters.onebot.v11 import Bot, Message, MessageSegment
from nonebot.adapters.onebot.v11.exception import ActionFailed as _OneBotActionFailed
from nonebot.drivers import WebSocket
from nonebot.exception import ApiNotAvailable, NetworkError

from bot.identity import parse_identity
from bot.platform.base import (
    ActionFailed,
    Capability,
    GroupInfo,
    Member,
    Platform,
    Reply,
    Text,
    as_reply,
)

log = logging.getLogger("qunguan.platform")


def _num(identity: str) -> int:
    ident = parse_identity(identity, "qq")
    if ident.platform != "qq":
        raise ValueError(f"不是 QQ 标识：{identity}")
    return int(ident.id)


def to_message(message: str | Reply) -> Message:
    """Build an array-form message: text stays text, whatever it contains."""
    out = Message()
    for part in as_reply(message).parts:
        if isinstance(part, Text):
            out.append(MessageSegment.text(part.text))
        else:
            out.append(MessageSegment.at(_num(part.user)))
    return out


class OneBotPlatform(Platform):
    platform = "qq"
    label = "QQ"
    capabilities = (
        Capability.SEND
        | Capability.RECALL
        | Capability.MUTE
        | Capability.KICK
        | Capability.SET_CARD
        | Capability.MEMBERS
        | Capability.APPROVE_JOIN
        | Capability.LIST_GROUPS
    )

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def _call(self, api: str, **data: Any) -> Any:
        try:
            return await self.bot.call_api(api, **data)
        except _OneBotActionFailed as exc:
            raise ActionFailed(
                f"QQ 拒绝了操作 {api}：{exc.info.get('wording') or exc.info.get('msg') or exc}"
            ) from exc
        except (NetworkError, ApiNotAvailable) as exc:
            # ApiNotAvailable: the connection of this bot account is gone (NapCat restarted)
            raise ActionFailed(f"QQ 连接异常，操作 {api} 未完成") from exc

    async def send_group(self, group: str, message: str | Reply) -> str | None:
        result = await self._call(
            "send_group_msg", group_id=_num(group), message=to_message(message)
        )
        return (
            str(result["message_id"])
            if isinstance(result, dict) and "message_id" in result
            else None
        )

    async def send_private(self, user: str, message: str | Reply) -> str | None:
        result = await self._call(
            "send_private_msg", user_id=_num(user), message=to_message(message)
        )
        return (
            str(result["message_id"])
            if isinstance(result, dict) and "message_id" in result
            else None
        )

    async def recall(self, group: str, message_id: str) -> None:
        await self._call("delete_msg", message_id=int(message_id))

    async def mute(self, group: str, user: str, seconds: int) -> None:
        await self._call(
            "set_group_ban", group_id=_num(group), user_id=_num(user), duration=seconds
        )

    async def kick(self, group: str, user: str, *, block: bool = False) -> None:
        await self._call(
            "set_group_kick", group_id=_num(group), user_id=_num(user), reject_add_request=block
        )

    async def set_card(self, group: str, user: str, card: str) -> None:
        await self._call("set_group_card", group_id=_num(group), user_id=_num(user), card=card)

    async def members(self, group: str) -> list[Member]:
        rows = await self._call("get_group_member_list", group_id=_num(group))
        return [
            Member(
                user=f"qq:{row['user_id']}",
                nickname=str(row.get("nickname") or ""),
                card=str(row.get("card") or ""),
                role=str(row.get("role") or "member"),
            )
            for row in rows or []
            if isinstance(row, dict) and "user_id" in row
        ]

    async def approve_join(self, flag: str, approve: bool, reason: str = "") -> None:
        await self._call(
            "set_group_add_request", flag=flag, sub_type="add", approve=approve, reason=reason
        )

    async def groups(self) -> list[GroupInfo]:
        rows = await self._call("get_group_list")
        return [
            GroupInfo(identity=f"qq:{row['group_id']}", name=str(row.get("group_name") or ""))
            for row in rows or []
            if isinstance(row, dict) and "group_id" in row
        ]


class _TolerantWebSocket:
    """Skips frames that are not JSON: the stock adapter would drop the whole connection."""

    def __init__(self, ws: WebSocket) -> None:
        self._ws = ws

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ws, name)

    async def receive(self) -> str | bytes:
        while True:
            data = await self._ws.receive()
            try:
                json.loads(data)
            except (ValueError, TypeError):
                log.warning("收到无法解析的 OneBot 数据，已忽略：%r", data[:200])
                continue
            return data


class OneBotAdapter(_OneBotAdapter):
    """The official OneBot v11 adapter, tolerant of malformed frames."""

    async def _handle_ws(self, websocket: WebSocket) -> None:
        await super()._handle_ws(_TolerantWebSocket(websocket))  # type: ignore[arg-type]
