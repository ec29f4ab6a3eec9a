"""Command argument parsing that accepts what people actually type.

Half- and full-width punctuation and spaces, ``key=value`` / ``key:value`` / ``key：value``,
Chinese or English key names.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"), None
)
_SEP = re.compile(r"[\s,，;；、]+")
_AROUND_EQ = re.compile(r"\s*([=:])\s*")


class ArgError(ValueError):
    """A user error; the message is shown to the user as is."""


def normalize(text: str) -> str:
    """NFKC (full-width → half-width), no invisible characters, no control characters."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C").strip()


def parse_pairs(text: str, keys: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Split ``单位=信息中心 事项=政务公开`` into canonical keys.

    ``keys`` maps every accepted spelling (lower case) to its canonical name. Words that are
    not pairs continue the previous value (``事项=政务 公开``) or, before any pair, are
    returned as positional words. Unknown keys raise ArgError.
    """
    values: dict[str, str] = {}
    positional: list[str] = []
    last: str | None = None
    text = _AROUND_EQ.sub(r"\1", normalize(text))
    for token in _SEP.split(text):
        if not token:
            continue
        m = re.match(r"^([^=:]+?)\s*[=:]\s*(.*)$", token)
        if m:
            raw_key, value = m.group(1).strip().lower(), m.group(2).strip()
            key = keys.get(raw_key)
            if key is None:
                names = "、".join(dict.fromkeys(k for k in keys if not k.isascii()))
                raise ArgError(f"未知参数“{raw_key[:20]}”，可用：{names}")
            values[key] = value
            last = key
        elif last is not None:
            values[last] = f"{values[last]} {token}".strip()
        else:
            positional.append(token)
    return values, positional


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(text: str, what: str = "日期") -> date:
    """``2026-12-31``, ``2026/12/31``, ``2026.12.31`` or ``2026年12月31日``."""
    m = _DATE.match(normalize(text))
    if not m:
        raise ArgError(f"{what}格式不正确：应为 YYYY-MM-DD，如 2026-12-31")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise ArgError(f"{what}不存在：{m.group(1)}-{m.group(2)}-{m.group(3)}") from None


def clip(text: str, limit: int) -> str:
    """Shorten user text for a reply."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
