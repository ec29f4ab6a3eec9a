"""Realistic OneBot v11 events for nonebug tests."""

from __future__ import annotations

import itertools
import time
from typing import Any

from nonebot.adapters.onebot.v11 import (
    GroupMessageEvent,
    Message,
    MessageSegment,
    PrivateMessageEvent,
)
from nonebot.adapters.onebot.v11.event import Sender

GROUP = 123456
_ids = itertools.count(1000)


def group_message(
    text: str | Message,
    *,
    user: int = 20001,
    group: int = GROUP,
    role: str = "member",
    card: str = "",
    to_me: bool = False,
) -> GroupMessageEvent:
    message = Message(MessageSegment.text(text)) if isinstance(text, str) else text
    return GroupMessageEvent(
        time=int(time.time()),
        self_id=99999,
        post_type="message",
        sub_type="normal",
        user_id=user,
        message_type="group",
        message_id=next(_ids),
        message=message,
        original_message=message,
        raw_message=str(message),
        font=0,
        sender=Sender(user_id=user, nickname=f"用户{user}", card=card, role=role),
        to_me=to_me,
        group_id=group,
    )


def private_message(text: str, *, user: int = 10001) -> PrivateMessageEvent:
    message = Message(MessageSegment.text(text))
    return PrivateMessageEvent(
        time=int(time.time()),
        self_id=99999,
        post_type="message",
        sub_type="friend",
        user_id=user,
        message_type="private",
        message_id=next(_ids),
        message=message,
        original_message=message,
        raw_message=text,
        font=0,
        sender=Sender(user_id=user, nickname=f"用户{user}"),
        to_me=True,
    )


def text_of(message: Any) -> str:
    return "".join(seg.data.get("text", "") for seg in message if seg.type == "text")


def text_of_any(value: Any) -> str:
    return value if isinstance(value, str) else text_of(value)


class Contains(str):
    """Expected message that contains every fragment (nonebug compares with == / !=)."""

    parts: tuple[str, ...]

    def __new__(cls, *parts: str) -> Contains:
        obj = super().__new__(cls, " … ".join(parts))
        obj.parts = parts
        return obj

    def __eq__(self, other: object) -> bool:
        text = text_of_any(other)
        return all(p in text for p in self.parts)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = str.__hash__


class AnyMessage:
    """Any message; for API calls whose exact wording another test checks."""

    def __init__(self, *parts: str) -> None:
        self.parts = parts

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message | str):
            return False
        text = text_of_any(other)
        return all(p in text for p in self.parts)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __repr__(self) -> str:
        return f"<message containing {self.parts!r}>"
