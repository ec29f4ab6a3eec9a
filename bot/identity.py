"""Identities are ``platform:id`` strings everywhere: config, commands, CLI, API, audit log."""

from __future__ import annotations

import re
from typing import NamedTuple

PLATFORMS = {"qq": "QQ", "wx": "微信", "console": "控制台"}

_ID = re.compile(r"^[A-Za-z0-9_@.:\-]{1,128}$")


class Identity(NamedTuple):
    platform: str
    id: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.id}"


def parse_identity(value: str, default_platform: str | None = None) -> Identity:
    """Parse ``qq:123``; a bare id takes ``default_platform`` when given.

    Raises ValueError with a Chinese message for anything else.
    """
    text = value.strip()
    platform, sep, ident = text.partition(":")
    if not sep:
        if default_platform is None:
            raise ValueError(f"标识应为 平台:号码 形式，如 qq:123456：{text[:40]!r}")
        platform, ident = default_platform, text
    platform = platform.lower()
    if platform not in PLATFORMS:
        raise ValueError(f"未知平台 {platform[:20]!r}（可用：{'、'.join(PLATFORMS)}）")
    if not _ID.match(ident):
        raise ValueError(f"号码格式不正确：{ident[:40]!r}")
    if platform == "qq" and not ident.isdigit():
        raise ValueError(f"QQ 号应为数字：{ident[:40]!r}")
    return Identity(platform, ident)


def qq(ident: int | str) -> str:
    return f"qq:{ident}"
