"""Masking of personal data before anything reaches a log.

Deliberately broad: better a masked invoice number in the audit log than a readable ID number.
"""

from __future__ import annotations

import re
from typing import Any

# 18-digit resident ID (last may be X), 11-digit mainland mobile, 12-19 digit card/account numbers,
# e-mail addresses. Digits may be grouped by spaces or dashes.
_ID = re.compile(r"(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}[01]\d[0-3]\d\d{3}[\dXx](?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?![0-9])")
_LONG = re.compile(r"(?<![0-9])\d(?:[- ]?\d){11,18}(?![0-9])")
_EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def _keep_ends(digits: str, head: int = 4, tail: int = 4) -> str:
    return digits[:head] + "*" * (len(digits) - head - tail) + digits[-tail:]


_DIGEST = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}")


def mask_text(text: str) -> str:
    """Mask ID numbers, phone numbers, card numbers and e-mail addresses in ``text``.

    NUL characters go too: PostgreSQL refuses them in text and JSONB, and one such entry
    would hold up the audit queue behind it.
    """
    text = text.replace("\x00", "\ufffd")
    if _DIGEST.fullmatch(text):
        return text  # a hash (evidence of a message) is not personal data
    text = _ID.sub(lambda m: _keep_ends(m.group(0)), text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)
    text = _LONG.sub(lambda m: _keep_ends(re.sub(r"\D", "", m.group(0))), text)
    return _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)


def mask_detail(value: Any) -> Any:
    """Mask every string inside a JSON-like value; keys are kept."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        # A phone or card number given as a number: masked (and so stored) as text.
        masked = mask_text(str(value))
        return value if masked == str(value) else masked
    if isinstance(value, dict):
        return {str(k): mask_detail(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [mask_detail(v) for v in value]
    return value
