"""One small interface for group actions, implemented once per adapter.

Plugins call these methods and never an adapter API directly; what a platform cannot do is
stated by its capability flags and raises :class:`Unsupported` with a Chinese reason.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import Flag, auto


class Capability(Flag):
    SEND = auto()
    RECALL = auto()
    MUTE = auto()
    KICK = auto()
    SET_CARD = auto()
    MEMBERS = auto()
    APPROVE_JOIN = auto()
    LIST_GROUPS = auto()


CAPABILITY_NAMES = {
    Capability.SEND: "发送消息",
    Capability.RECALL: "撤回消息",
    Capability.MUTE: "禁言",
    Capability.KICK: "移出群聊",
    Capability.SET_CARD: "设置群名片",
    Capability.MEMBERS: "读取成员列表",
    Capability.APPROVE_JOIN: "审批入群申请",
    Capability.LIST_GROUPS: "读取群列表",
}


class Unsupported(Exception):
    """The platform cannot do this action."""

    def __init__(self, platform: str, capability: Capability) -> None:
        self.platform = platform
        self.capability = capability
        super().__init__(f"{platform}不支持{CAPABILITY_NAMES.get(capability, capability.name)}")


class ActionFailed(Exception):
    """The platform refused or failed the action (e.g. the bot is not an admin)."""


@dataclass(slots=True, frozen=True)
class Text:
    text: str


@dataclass(slots=True, frozen=True)
class Mention:
    user: str  # identity, e.g. qq:123


@dataclass(slots=True)
class Reply:
    """A platform-neutral message. User text only ever goes in as plain text parts, so it can
    never turn into platform markup (CQ codes, mentions)."""

    parts: list[Text | Mention] = field(default_factory=list)

    def text(self, text: str) -> Reply:
        self.parts.append(Text(text))
        return self

    def at(self, user: str) -> Reply:
        self.parts.append(Mention(user))
        return self

    def plain(self) -> str:
        return "".join(p.text if isinstance(p, Text) else f"@{p.user}" for p in self.parts)


def as_reply(message: str | Reply) -> Reply:
    return message if isinstance(message, Reply) else Reply([Text(message)])


@dataclass(slots=True, frozen=True)
class Member:
    user: str
    nickname: str = ""
    card: str = ""
    role: str = "member"  # owner | admin | member

    @property
    def is_admin(self) -> bool:
        return self.role in ("owner", "admin")


@dataclass(slots=True, frozen=True)
class GroupInfo:
    identity: str
    name: str = ""


class Platform(ABC):
    """Group actions on one connected bot account."""

    #: identity prefix (``qq``, ``wx``, ``console``)
    platform: str
    #: name shown to people (``QQ``, ``微信``)
    label: str
    capabilities: Capability

    def can(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def require(self, capability: Capability) -> None:
        if not self.can(capability):
            raise Unsupported(self.label, capability)

    @abstractmethod
    async def send_group(self, group: str, message: str | Reply) -> str | None:
        """Send to a group; returns the platform message id when known."""

    @abstractmethod
    async def send_private(self, user: str, message: str | Reply) -> str | None:
        """Send to one person."""

    async def recall(self, group: str, message_id: str) -> None:
        self.require(Capability.RECALL)

    async def mute(self, group: str, user: str, seconds: int) -> None:
        self.require(Capability.MUTE)

    async def kick(self, group: str, user: str, *, block: bool = False) -> None:
        self.require(Capability.KICK)

    async def set_card(self, group: str, user: str, card: str) -> None:
        self.require(Capability.SET_CARD)

    async def members(self, group: str) -> list[Member]:
        self.require(Capability.MEMBERS)
        return []

    async def approve_join(self, flag: str, approve: bool, reason: str = "") -> None:
        self.require(Capability.APPROVE_JOIN)

    async def groups(self) -> list[GroupInfo]:
        self.require(Capability.LIST_GROUPS)
        return []
