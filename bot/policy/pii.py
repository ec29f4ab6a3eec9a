"""个人信息（PII）识别：身份证号、银行卡号、手机号、电子邮箱。纯函数，每条群消息都会调用。

Digits may be written as ASCII, full-width (０-９), circled (①), Chinese numerals (一三八…,
壹贰叁…) or the words used when reading numbers aloud (幺 1, 两 2, 拐 7, 洞 0, 勾 9). The text is
translated character by character into a parallel string of the SAME length, so positions in the
translated string are positions in the original text.

Only regions of at least 11 digit-like characters are looked at; between two of them there may be
up to 8 separator characters (spaces, dots, dashes, slashes, symbols, emoji). A region is cut into
GROUPS of adjacent digits (zero-width characters inside a group are ignored), and a number is made
of whole groups:

* joined by one kind of separator (``136.6414.0701``, ``189🌸4559🌸4725``), never across a letter,
  a Chinese character, a line break or list and range punctuation (，、；：~%), so
  ``2026年11月22日`` or ``0714-6351234，138…`` do not glue;
* cut where such numbers are cut when written: a mobile 3-4-4 or 3-8, an ID 6-8-4 or finer at its
  region/year/month/day/sequence borders, or in fours, a card in fours, or one digit per group
  (``1 3 8 …``). Thousands (``13,800,000,000``) and landlines (``0714-6351234``) fit none;
* not a piece of something longer: a fifth block of four, the end of an IP address or date, or a
  list of like items (``6201/6202/6203/6204``).

Each region is scanned in two translations:

* ``_DIGITS`` – ASCII, full-width and circled digits become digits, Chinese numerals do not. This
  keeps ``张一13812345678`` a mobile: the ``一`` of a name is not glued onto the number.
* ``_DIGITS_CN`` – Chinese numerals and spoken digits become digits too (``幺三八 洞两拐…``); a
  hit must contain at least two of them, else the first pass had its chance. Words like 两个 or
  洞口 cannot make a hit alone: it takes 11+ numerals that pass the checks below.

E-mail addresses are also found when written ``name at 163 dot com``, ``name[at]qq.com``,
``name#qq.com``, ``name 艾特 163.com`` or with spaces around ``@`` and dots (then only with a
common top-level domain). Addresses at gov.cn domains are public unit mailboxes, not personal
data, and are not reported.

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
        (
            "〇零○洞",  # ○ (U+25CB) stands in for 〇; 洞 is the spoken 0
            "一壹幺么",  # 么 is a common mistype of 幺
            "二贰貳两兩",
            "三叁參",
            "四肆",
            "五伍",
            "六陆陸",
            "七柒拐",
            "八捌",
            "九玖勾钩",
        )
    )
    for char in chars
}

# Invisible characters people put between digits to break naive matching: zero-width space,
# non-joiner and joiner, direction marks, word joiner, BOM, soft hyphen.
_ZW_CHARS = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
_ZW = re.compile(f"[{_ZW_CHARS}]")


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

# Between digit groups these end a number: line breaks, list and range punctuation (2700，2701；
# 13:30; 2024~2025; 12.5%).
_BREAK_CHARS = ",;|:~%、"
_BREAK_CHARS_FW = "，；｜：～％"

# Regions of the ORIGINAL text worth a closer look: at least 11 digit-like characters, up to 8
# other non-word characters between two of them, maybe a trailing X. Shorter runs cannot
# be any of the numbers below, so most messages end here. The pattern starts with a character
# class, not a look-behind, so the regex engine skips non-candidate characters quickly.
_REGION = re.compile(
    rf"[{_ALL_DIGIT_CHARS}](?:[^\w\r\n{_BREAK_CHARS}{_BREAK_CHARS_FW}]{{0,8}}[{_ALL_DIGIT_CHARS}])"
    rf"{{10,}}(?:[{_ZW_CHARS}]*[XxＸｘ])?"
)
_CN_ANY = re.compile(f"[{_CN_CHARS}]")
# A group: adjacent digits of the translated region, zero-width characters between them ignored.
_NOT_DIGIT = re.compile("[^0-9]+")
_X_AFTER = re.compile(f"[{_ZW_CHARS}]*[Xx]")  # the check character of an ID
_GROUP = re.compile(f"[0-9](?:[{_ZW_CHARS}]*[0-9])*")

# How a number may be cut into groups; a group per digit is always fine. Anything else (landline
# 4-7, thousands 2-3-3-3, two numbers side by side) is not one of these numbers. IDs may be cut at
# any of the positions of one set (6-8-4, 6-12, 6-4-2-2-3-1 …): their check digit makes up for it.
_MOBILE_SHAPES = frozenset({(11,), (3, 8), (3, 4, 4)})
_ID18_CUTS = (
    frozenset({6, 10, 12, 14, 17}),  # region, year, month, day, sequence, check
    frozenset({3, 6, 10, 14}),
    frozenset({4, 8, 12, 16}),
)
_ID15_CUTS = (frozenset({6, 8, 10, 12}),)
_MOBILE_86 = re.compile(r"(?:00)?86(1[3-9][0-9]{9})")

# --- e-mail patterns (on width-folded text) ------------------------------------------------------

# Hints that a message may hold an e-mail address: '@' or a stand-in for it (#, at, 艾特). One
# leading character class lets the regex engine skip ordinary text fast; an alternation does not.
_MAIL_HINT = re.compile("[@＠#＃艾Aa](?:(?<=[Aa])[Tt]|(?<=艾)特|(?<![Aa艾]))")
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")

_LOCAL = r"[A-Za-z0-9](?<![A-Za-z0-9._%+\-].)[A-Za-z0-9._%+\-]{0,63}"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
# A plain address (any top-level domain), else one written around: name at 163 dot com,
# name[at]qq.com, name(at)126.com, name#qq.com, name 艾特 163.com, name @ 163 . com. The looser
# form needs a common top-level domain.
_OPEN, _CLOSE = r"[\[(<{【〔]", r"[\])>}】〕]"
_AT_ANY = rf"(?:[ \t]*(?:@|#|艾特|{_OPEN}[ \t]*(?:at|@|艾特)[ \t]*{_CLOSE})[ \t]*|[ \t]+at[ \t]+)"
_DOT_ANY = rf"(?:[ \t]*(?:\.|。|点|{_OPEN}[ \t]*(?:dot|\.|点)[ \t]*{_CLOSE})[ \t]*|[ \t]+dot[ \t]+)"
_TLDS = "com|cn|net|org|edu|gov|info|biz|cc|co|io|me|top|vip|xyz|hk|mo|tw"
_EMAIL = re.compile(
    rf"({_LOCAL})(?:@((?:{_LABEL}\.)+[A-Za-z]{{2,24}})"
    rf"|{_AT_ANY}((?:{_LABEL}{_DOT_ANY})+(?:{_TLDS})))(?![A-Za-z0-9\-])",
    re.IGNORECASE,
)
_DOT_ANY_RE = re.compile(_DOT_ANY, re.IGNORECASE)

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
        folded = value.translate(_WIDTH).strip()
        m = _EMAIL.search(folded)  # also ``name at 163 dot com`` and the like
        if m is not None:
            return f"{m.group(1)[0]}***@{m.group(2) or _DOT_ANY_RE.sub('.', m.group(3))}"
        local, at, domain = folded.rpartition("@")
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


_BREAKS = frozenset("\r\n\u2028\u2029" + _BREAK_CHARS)
# Separators that also join IP addresses, versions, decimals, dates and lists of codes: a chain
# joined by them must not touch other short groups at all.
_WEAK = frozenset({".", "/"})


def _sep_kind(sep: str) -> str | None:
    """How two digit groups are joined: ``" "`` (blank), the ASCII punctuation between them, or
    ``"*"`` (other symbols, emoji); ``None`` when a word character or a line break parts them."""
    visible = ""
    for c in sep:
        if c.isalnum() or c in _BREAKS:
            return None
        if not c.isspace() and _ZW.match(c) is None:
            visible += c
    if not visible:
        return " "
    return visible if visible.isascii() else "*"


def _listed(kind: str | None, groups: list[str]) -> bool:
    """Groups that read as a list of like items, not one number: same-size items between slashes
    (``6201/6202/6203/6204``, ``1/3/8/…``), or 3+ same-size items that all start alike
    (``4101 4102 4103 4104``)."""
    if kind is None:
        return False
    size = len(groups[0])
    if any(len(g) != size for g in groups[:-1]) or len(groups[-1]) > size:
        return False
    if not kind.strip("/\\"):
        return True
    full = [g for g in groups if len(g) == size]
    return size >= 3 and len(full) >= 3 and len({g[:2] for g in full}) == 1


def _plausible(digits: str, single: bool) -> bool:
    """Length and first digits of some number below (a mobile, maybe after 86/0086 in the same
    group; an ID, maybe 17 digits and an X; a card)."""
    n = len(digits)
    if n == 11:
        return digits[0] == "1" and digits[1] in "3456789"
    if single and n in (13, 15) and digits.startswith(("86", "0086")):
        return True
    return n >= 15 and digits[0] != "0"


def _cut_ok(lens: list[int], allowed: tuple[frozenset[int], ...]) -> bool:
    if len(lens) == 1 or max(lens) == 1:
        return True
    cuts, pos = set(), 0
    for n in lens[:-1]:
        pos += n
        cuts.add(pos)
    return any(cuts <= a for a in allowed)


def _mobile_shape(lens: list[int]) -> bool:
    return tuple(lens) in _MOBILE_SHAPES or max(lens) == 1


def _card_shape(lens: list[int]) -> bool:
    """One group, fours with a shorter last one, or a digit per group."""
    return len(lens) == 1 or max(lens) == 1 or (all(n == 4 for n in lens[:-1]) and lens[-1] <= 4)


def _scan_numbers(
    text: str,
    start: int,
    end: int,
    table: dict[int, str] | None,
    taken: list[tuple[int, int]],
    out: list[tuple[str, int, int, str]],
) -> None:
    """Numbers in the region ``text[start:end]`` read through ``table``, most specific first.

    Spans in ``taken`` are skipped; found spans are added to it and to ``out``.
    """
    base = start - 1 if start else 0  # one character of context on each side
    norm = text[base : end + 1]
    if table is not None:
        norm = norm.translate(table)
    # every number starts with a digit other than 0 and has at least 11: landlines (0714-…) end here
    if len(_NOT_DIGIT.sub("", norm).lstrip("0")) < 11:
        return
    groups: list[tuple[int, int, str]] = []
    for m in _GROUP.finditer(norm):
        digits = m.group()
        if not digits.isdigit():
            digits = _ZW.sub("", digits)
        groups.append((m.start(), m.end(), digits))
    n = len(groups)
    if n == 0:
        return
    joins: list[str | None] = [None] * n  # kind of separator joining group k to group k-1
    for k in range(1, n):
        joins[k] = _sep_kind(norm[groups[k - 1][1] : groups[k][0]])
    size = len(norm)

    def loose(k: int, side: int, kind: str) -> bool:
        """The neighbour group k (on that side of a chain of ``kind``) is joined to it as if part
        of a longer number: by the same separator and not a whole number itself, or short and by
        a '.' or to a chain of '.' or '/' (IP addresses, dates, versions, lists). A digit or two
        glued to a word on its far side (两个, 12号) is not."""
        nb = groups[k][2]
        far = groups[k][0] - 1 if side < 0 else groups[k][1]
        if len(nb) <= 2 and 0 <= far < size and norm[far].isalnum():
            return False
        join = joins[k + 1] if side < 0 else joins[k]
        if join == kind:
            return len(nb) < 11
        return join is not None and len(nb) <= 4 and (join == "." or kind in _WEAK)

    def open_before(i: int, kind: str) -> bool:
        return i > 0 and joins[i] is not None and loose(i - 1, -1, kind)

    def open_after(j: int, kind: str) -> bool:
        return j + 1 < n and joins[j + 1] is not None and loose(j + 1, 1, kind)

    # every chain of whole groups, one separator kind, that could be a number here (length and
    # first digits); the longest first for each start, so a card is not cut short where a
    # neighbour group is glued to a word
    chains: list[tuple[int, int, str, str | None, list[int]]] = []
    for i in range(n):
        digits, kind, lens = groups[i][2], None, [len(groups[i][2])]
        j = i
        start_at = len(chains)
        while len(digits) <= 19:
            if _plausible(digits, i == j):
                chains.insert(start_at, (i, j, digits, kind, lens))
            j += 1
            if j == n or joins[j] is None or (kind is not None and joins[j] != kind):
                break
            kind = joins[j]
            digits += groups[j][2]
            lens = [*lens, len(groups[j][2])]
    if not chains:  # landlines, dates, amounts: most regions end here
        return

    def keep(rule: str, s: int, e: int, value: str) -> None:
        s, e = s + base, e + base
        if all(e <= ts or s >= te for ts, te in taken):
            out.append((rule, s, e, value))
            taken.append((s, e))

    def shaped(i: int, j: int, kind: str | None, ok: bool) -> bool:
        """Cut like such a number (``ok``), and not a piece of something longer."""
        if kind is None or not ok:
            return ok
        return not (
            open_before(i, kind)
            or open_after(j, kind)
            or _listed(kind, [g[2] for g in groups[i : j + 1]])
        )

    if end - start >= 15:  # shorter regions only hold mobiles
        for i, j, digits, kind, lens in chains:
            e, value = groups[j][1], digits
            if len(digits) == 17:
                x = _X_AFTER.match(norm, e)
                if x is not None:
                    e, value = x.end(), digits + "X"
            if (
                len(value) == 18
                and shaped(i, j, kind, _cut_ok(lens, _ID18_CUTS))
                and _valid_id18(value)
            ):
                keep("pii:id_card", groups[i][0], e, value)
        for i, j, digits, kind, lens in chains:
            if (
                len(digits) == 15
                and shaped(i, j, kind, _cut_ok(lens, _ID15_CUTS))
                and _valid_id15(digits)
            ):
                keep("pii:id_card15", groups[i][0], groups[j][1], digits)
        for i, j, digits, kind, lens in chains:
            if (
                16 <= len(digits) <= 19
                and shaped(i, j, kind, _card_shape(lens))
                and _card_prefix_ok(digits)
                and luhn_ok(digits)
            ):
                keep("pii:bank_card", groups[i][0], groups[j][1], digits)
    for i, j, digits, kind, lens in chains:
        s = groups[i][0]
        if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":
            if i > 0 and joins[i] is not None and groups[i - 1][2] in ("86", "0086"):
                s = groups[i - 1][0]  # +86 / 0086 in front belongs to the number
                if not _mobile_shape(lens) or (kind is not None and open_after(j, kind)):
                    continue
            elif not shaped(i, j, kind, _mobile_shape(lens)):
                continue
            value = digits
        elif i == j and (m86 := _MOBILE_86.fullmatch(digits)) is not None:
            value = m86.group(1)
        else:
            continue
        if s > 0 and norm[s - 1] == "+":
            s -= 1
        keep("pii:mobile", s, groups[j][1], value)


def _find_emails(
    text: str, hits: list[tuple[str, int, int, str]], taken: list[tuple[int, int]]
) -> None:
    """E-mail addresses, plain or written around; gov.cn unit mailboxes only take their span."""
    norm = text if _FULL_WIDTH.search(text) is None else text.translate(_WIDTH)
    for m in _EMAIL.finditer(norm):
        domain = m.group(2) or _DOT_ANY_RE.sub(".", m.group(3))
        taken.append(m.span())
        low = domain.lower()
        if low != "gov.cn" and not low.endswith(".gov.cn"):
            hits.append(("pii:email", m.start(), m.end(), f"{m.group(1)}@{domain}"))


def find_pii(text: str) -> list[Finding]:
    """Every ID number, bank card, mobile number and e-mail address in ``text``, by position."""
    if not text:
        return []
    region = _REGION.search(text)
    has_mail = _MAIL_HINT.search(text) is not None
    if region is None and not has_mail:
        return []
    hits: list[tuple[str, int, int, str]] = []
    taken: list[tuple[int, int]] = []
    if has_mail:
        _find_emails(text, hits, taken)
    while region is not None:
        start, end = region.span()
        sub = region.group(0)
        if sub.isascii():
            _scan_numbers(text, start, end, None, taken, hits)
        else:
            _scan_numbers(text, start, end, _DIGITS, taken, hits)
            if _CN_ANY.search(sub) is not None:
                cn_hits: list[tuple[str, int, int, str]] = []
                _scan_numbers(text, start, end, _DIGITS_CN, list(taken), cn_hits)
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
