"""个人信息（PII）识别：身份证号、银行卡号、手机号、电子邮箱。纯函数，每条群消息都会调用。

Digits may be written as ASCII, full-width (０-９), circled (①), or Chinese numerals
(一三八…, 壹贰叁…). The text is translated character by character into a parallel string of the
SAME length, so a match's span in the translated string is its span in the original text.

Only maximal runs of at least 11 digit-like characters (single separators allowed) are looked at,
and each is scanned in two translations:

* ``_DIGITS`` – ASCII, full-width and circled digits become digits, Chinese numerals do not. This
  keeps ``张一13812345678`` a mobile: the ``一`` of a name is not glued onto the number.
* ``_DIGITS_CN`` – Chinese numerals become digits too (``一三八一二三四五六七八``); a hit must
  contain at least two Chinese numerals, else the first pass had its chance.

Ordinary text gets past the regex prefilters in about a microsecond.

Findings carry the MASKED value as ``term``, never the raw one (SPEC §7).
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta, timezone

from bot.policy.types import Finding

__all__ = ["find_pii", "id_check_char", "luhn_ok", "mask", "sha256_of"]

# --- translation tables (every value is exactly one character) --------------------------------

_WIDTH: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = " "

_CN_NUMERALS: dict[str, str] = {
    char: str(digit)
    for digit, chars in enumerate(
        ("〇零", "一幺壹", "二两贰貳", "三叁參", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖")
    )
    for char in chars
}


def _digit_table() -> dict[int, str]:
    table = dict(_WIDTH)
    table[0x24EA] = "0"  # ⓪
    for first in (0x2460, 0x2474, 0x2776, 0x2780, 0x278A, 0x24F5):  # ① ⑴ ❶ ➀ ➊ ⓵
        for i in range(9):
            table[first + i] = str(i + 1)
    for dash in "‐‑‒–—―－":
        table[ord(dash)] = "-"
    return table


_DIGITS: dict[int, str] = _digit_table()
_DIGITS_CN: dict[int, str] = {**_DIGITS, **{ord(k): v for k, v in _CN_NUMERALS.items()}}

_CN_CHARS = "".join(_CN_NUMERALS)
_ALL_DIGIT_CHARS = (
    "0-9０-９⓪\u2460-\u2468\u2474-\u247c\u2776-\u277e\u2780-\u2788\u278a-\u2792\u24f5-\u24fd"
    + _CN_CHARS
)
_SEP_CHARS = r" \-\u3000‐‑‒–—―－"

# Regions of the ORIGINAL text worth a closer look: maximal runs of at least 11 digit-like
# characters (single separators allowed, a leading '+', a trailing X). Shorter runs cannot be any of
# the numbers below, so most messages end here. Patterns start with a character class, not a
# look-behind, so the regex engine skips non-candidate characters quickly.
_REGION = re.compile(
    rf"[+{_ALL_DIGIT_CHARS}](?:[{_SEP_CHARS}]?[{_ALL_DIGIT_CHARS}]){{10,}}[XxＸｘ]?"
)
# Full-width characters an e-mail address may be written with.
_FW_EMAIL = re.compile("[０-９Ａ-Ｚａ-ｚ＠．＿－＋％]")
_CN_ANY = re.compile(f"[{_CN_CHARS}]")

# --- patterns on the translated text ------------------------------------------------------------

_ID18 = re.compile(
    r"(?<![0-9])([1-9][0-9]{5})[ -]?((?:19|20)[0-9]{6})[ -]?([0-9]{3}[0-9Xx])(?![0-9])"
)
_ID15 = re.compile(r"(?<![0-9])([1-9][0-9]{5})([0-9]{6})([0-9]{3})(?![0-9])")
_CARD = re.compile(
    r"(?<![0-9])"
    r"(?:[0-9]{16,19}"
    r"|(?<![0-9][ -])[0-9]{4}([ -])[0-9]{4}(?:\1[0-9]{4}){2}(?:\1[0-9]{1,3})?)"
    r"(?![0-9])(?!\1[0-9])"
)
_MOBILE = re.compile(
    r"(?<![0-9])(?:(?:\+|00)?86[ -]?)?(1[3-9][0-9])[ -]?([0-9]{4})[ -]?([0-9]{4})(?![0-9])"
)
_EMAIL = re.compile(
    r"[A-Za-z0-9](?<![A-Za-z0-9._%+\-].)[A-Za-z0-9._%+\-]{0,63}"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)

# Province-level codes of GB/T 2260 (and 81/82/83: residence permits of HK, Macao, Taiwan people).
_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_CST = timezone(timedelta(hours=8))

_SEVERITY = {
    "pii:id_card": "high",
    "pii:id_card15": "medium",
    "pii:bank_card": "high",
    "pii:mobile": "medium",
    "pii:email": "low",
}
_DETAIL = {
    "pii:id_card": "疑似居民身份证号码（校验位与出生日期有效）",
    "pii:id_card15": "疑似15位旧版身份证号码（出生日期有效）",
    "pii:bank_card": "疑似银行卡号（卡号前缀与长度有效，通过Luhn校验）",
    "pii:mobile": "疑似手机号码",
    "pii:email": "电子邮箱地址",
}


# --- validators ---------------------------------------------------------------------------------


def _valid_date(year: int, month: int, day: int) -> bool:
    if year < 1900:
        return False
    try:
        born = date(year, month, day)
    except ValueError:
        return False
    return born <= datetime.now(_CST).date()


def id_check_char(first17: str) -> str:
    """GB 11643 check character of the first 17 digits."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def _valid_id18(digits: str) -> bool:
    if int(digits[:2]) not in _PROVINCES:
        return False
    if id_check_char(digits[:17]) != digits[17].upper():
        return False
    return _valid_date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))


def _valid_id15(digits: str) -> bool:
    if int(digits[:2]) not in _PROVINCES:
        return False
    return _valid_date(1900 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = ord(c) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card_prefix_ok(digits: str) -> bool:
    n = len(digits)
    two = int(digits[:2])
    four = int(digits[:4])
    if two == 62:  # UnionPay
        return 16 <= n <= 19
    if digits[0] == "4":  # Visa
        return n in (16, 19)
    if 51 <= two <= 55 or 2221 <= four <= 2720:  # Mastercard
        return n == 16
    if two == 35:  # JCB
        return 16 <= n <= 19
    if two in (30, 36, 38, 39):  # Diners Club
        return 16 <= n <= 19
    if digits.startswith(("6011", "64", "65", "60")):  # Discover and some domestic debit BINs
        return 16 <= n <= 19
    if digits.startswith(("9558", "9559")):  # old domestic ICBC / ABC cards
        return n == 19
    return False


# --- masking ------------------------------------------------------------------------------------


def _keep_ends(value: str, head: int, tail: int) -> str:
    if len(value) <= head + tail:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[-tail:]


def mask(value: str, rule: str) -> str:
    """The masked form of a raw PII value, for ``Finding.term`` and evidence.

    Numbers keep the first 4 and last 4 characters (mobiles ``138****5678``); e-mail keeps the
    first character of the local part and the domain. Separators and digit styles are normalised
    first; anything too short to mask safely becomes stars only.
    """
    if rule == "pii:email":
        local, at, domain = value.translate(_WIDTH).strip().rpartition("@")
        if not at or not local:
            return "***"
        return f"{local[0]}***@{domain}"
    chars = "".join(c for c in value.translate(_DIGITS_CN) if c in "0123456789Xx").upper()
    if rule == "pii:mobile":
        if len(chars) < 11:
            return "*" * len(chars)
        chars = chars[-11:]  # drop +86 / 0086
        return chars[:3] + "****" + chars[-4:]
    return _keep_ends(chars, 4, 4)


def _mask_canonical(value: str, rule: str) -> str:
    """:func:`mask` for the canonical values ``find_pii`` extracts (ASCII digits, no separators)."""
    if rule == "pii:mobile":
        return value[:3] + "****" + value[-4:]
    if rule == "pii:email":
        return mask(value, rule)
    return _keep_ends(value.upper(), 4, 4)


def sha256_of(value: str) -> str:
    """Hex SHA-256 of ``value`` (UTF-8): what evidence keeps instead of the sensitive text."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


# --- scanning -----------------------------------------------------------------------------------


def _scan_numbers(
    norm: str, offset: int, taken: list[tuple[int, int]], out: list[tuple[str, int, int, str]]
) -> None:
    """Numbers in ``norm`` (a translated region starting at ``offset``), most specific first.

    Spans in ``taken`` are skipped; found spans are added to it and to ``out``.
    """

    def keep(rule: str, m: re.Match[str], value: str) -> None:
        start, end = m.start() + offset, m.end() + offset
        if all(end <= s or start >= e for s, e in taken):
            out.append((rule, start, end, value))
            taken.append((start, end))

    if len(norm) >= 15:  # shorter regions only hold mobiles
        for m in _ID18.finditer(norm):
            digits = m.group(1) + m.group(2) + m.group(3)
            if _valid_id18(digits):
                keep("pii:id_card", m, digits)
        for m in _ID15.finditer(norm):
            if _valid_id15(m.group(0)):
                keep("pii:id_card15", m, m.group(0))
        for m in _CARD.finditer(norm):
            digits = m.group(0).replace(" ", "").replace("-", "")
            if _card_prefix_ok(digits) and luhn_ok(digits):
                keep("pii:bank_card", m, digits)
    for m in _MOBILE.finditer(norm):
        keep("pii:mobile", m, m.group(1) + m.group(2) + m.group(3))


def find_pii(text: str) -> list[Finding]:
    """Every ID number, bank card, mobile number and e-mail address in ``text``, by position."""
    if not text:
        return []
    has_at = "@" in text or "＠" in text
    region = _REGION.search(text)
    if region is None and not has_at:
        return []
    hits: list[tuple[str, int, int, str]] = []
    taken: list[tuple[int, int]] = []
    if has_at:
        norm = text if _FW_EMAIL.search(text) is None else text.translate(_WIDTH)
        for m in _EMAIL.finditer(norm):
            hits.append(("pii:email", m.start(), m.end(), m.group(0)))
            taken.append(m.span())
    while region is not None:
        start, end = region.span()
        sub = region.group(0)
        if sub.isascii():
            _scan_numbers(sub, start, taken, hits)
        else:
            _scan_numbers(sub.translate(_DIGITS), start, taken, hits)
            if _CN_ANY.search(sub) is not None:
                cn_hits: list[tuple[str, int, int, str]] = []
                _scan_numbers(sub.translate(_DIGITS_CN), start, list(taken), cn_hits)
                for hit in cn_hits:
                    if sum(1 for c in text[hit[1] : hit[2]] if c in _CN_NUMERALS) >= 2:
                        hits.append(hit)
                        taken.append((hit[1], hit[2]))
        region = _REGION.search(text, end)
    hits.sort(key=lambda h: h[1])
    return [
        Finding(
            category="pii",
            rule=rule,
            span=(start, end),
            term=_mask_canonical(value, rule),
            severity=_SEVERITY[rule],
            detail=_DETAIL[rule],
        )
        for rule, start, end, value in hits
    ]
