"""恶意链接识别：黑名单、短链接、下载链接、可疑顶级域名、仿冒域名、IP 地址链接、拆写变形的链接。纯函数。

URLs are found with a scheme (``https://…``), with ``www.`` and bare (``gov-cn.top/abc``).
Full-width letters, dots, colons and slashes (and the ideographic full stop ``。``) are
normalised first, character for character, so spans point into the original text. A bare domain
only counts when its top-level domain is a known one: ``v1.2``, ``3.5万元``, ``图1.jpg`` and
``report.docx`` are not links.

Links written to slip past filters are read a second time, undone: a space or symbol between
every character (``h t t p : / / t . c n``), ``点``/``dot``/``[.]`` for the dot
(``icbc-cn点vip``), a removal hint inside the address (``t(去掉).cn``, ``ybj删除-hb.com``) and,
when the message asks to "remove the Chinese" (去掉中文), short Chinese runs inside it. Only
messages with such a sign pay for that second reading.

A link on an allowed domain (the domain itself or any subdomain) gives no finding; every other
link gives at most one finding, with the most serious rule and every reason in ``detail``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from bot.policy.normalize import normalize
from bot.policy.types import Finding

__all__ = ["LOOKALIKE_KEYWORDS", "LinkChecker"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Full-width ASCII → ASCII, ASCII upper → lower, ideographic full stops → '.', all 1:1.
_NORM: dict[int, str] = {c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)}
_NORM.update({c: chr(c).lower() for c in range(ord("A"), ord("Z") + 1)})
_NORM.update({0x3002: ".", 0xFF61: ".", 0x3000: " "})

# Separators an address may be padded with to defeat link detection: spaces, zero-width
# characters, stray punctuation and symbols (emoji). Not line breaks: those end a sentence.
_SEP_BMP = (
    r"\t\r\x0b\x0c \xa0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2060\u3000\ufeff"
    r"*|、，,'\"“”‘’`\^丨\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff"
)
_SEP = _SEP_BMP + r"\U0001f000-\U0001faff"
_AN = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
_LETTER = "A-Za-zＡ-Ｚａ-ｚ"
_OPEN = r"(\[【〔〖<{（［｛＜"
_CLOSE = r")\]】〕〗>}）］｝＞"
_DOTS = ".．。｡"
_HINTS = "去掉|去除|删掉|删除|删去"
_MID = "·•∙⋅丶"  # middle dots: a dot between two names ("icbc-cn·vip"), else a separator
_ITEM = rf"{_AN}{_DOTS}:：/／?？"  # characters of an address strung on a separator

# Prefilter for a link written plainly: a name character, a dot and a letter (``gov-cn.top``,
# ``https://t.cn``) or a dotted quad (``http://1.2.3.4``); "3.5万元" and "v2.3" do not pass.
_PLAIN_SRC = rf"[{_DOTS}](?:[{_LETTER}]|[0-9０-９]{{1,3}}[{_DOTS}][0-9０-９])"
# Signs of a link written apart: a word or a bracket for the dot, a removal hint, a separator
# next to a dot, colon or slash, or four characters each standing alone ("h t t p", "h-t-t-p").
# Grouped by their first character, with possessive repeats, so a failing message is dropped
# after a character or two.
_DOT_WORD = rf"(?:[点點{_MID}]|(?i:dot)\b)[{_SEP}]*+[{_CLOSE}]?+[{_SEP}]*+[{_LETTER}]"
_ODD_SRC = (
    rf"{_DOT_WORD}"
    rf"|[{_SEP}]++(?:{_DOT_WORD}|[{_OPEN}][{_SEP}]*+(?:{_DOT_WORD}|[{_DOTS}]|{_HINTS})"
    rf"|[{_DOTS}:：/／]|{_HINTS}|[{_AN}][{_SEP}]++[{_AN}][{_SEP}]++[{_AN}](?![{_AN}]))"
    rf"|[{_OPEN}][{_SEP}]*+(?:{_DOT_WORD}|[{_DOTS}]|{_HINTS})"
    rf"|{_HINTS}"
    rf"|[{_DOTS}:：/／][{_SEP}]++[{_AN}]"
    rf"|([-_~+={_MID}])[{_ITEM}]\1[{_ITEM}]\1[{_ITEM}](?![{_AN}])"
)
# Both start with a character class, so the regex engine skips other characters quickly, and
# the character after must be able to begin either (a digit or a Chinese character after "11"
# fails at once): an ordinary message costs one quick search. (Astral characters, emoji used
# as separators, are one range in that class: a branch there would cost every digit.)
_NEXT = rf"(?=[{_DOTS}{_SEP_BMP}{_OPEN}{_MID}点點dD去删\-_~+=:：/／\U00010000-\U0010ffff])"
_QUICK = re.compile(rf"[{_AN}\-－]{_NEXT}(?:{_PLAIN_SRC}|{_ODD_SRC})")
_PLAIN = re.compile(rf"[{_AN}\-－]{_PLAIN_SRC}")
_ODD = re.compile(rf"[{_AN}\-－]{_NEXT}(?:{_ODD_SRC})")
# "去掉中文后复制到浏览器打开": Chinese characters were stuffed into the address.
_STRIP_CJK = re.compile(
    rf"(?:{_HINTS}|去)(?:所有|全部|其中的?|里面的?|中间的?|网址中的?)?(?:中文|汉字)"
)

# Characters a URL may be written with before normalisation. Only the run of them around each
# prefilter hit is normalised and scanned; the characters around a run match none of the URL
# pattern's look-arounds, so scanning the run alone finds what scanning the whole text would.
_URLISH = frozenset(map(chr, range(0x21, 0x7F))) | frozenset(chr(c) for c in _NORM if c != 0x3000)
_RUN = re.compile("[!-~\uff01-\uff5e\u3002\uff61]+")

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_URL = re.compile(
    r"(?<![a-z0-9@_%+\-])(?<![a-z0-9@_%+\-]\.)"  # not inside a name, an address or a domain
    r"(?:(?P<scheme>https?|ftp)://(?P<userinfo>[a-z0-9._~%!$&'()*+,;=:\-]+@)?)?"
    r"(?P<host>"
    rf"(?P<ip>{_OCTET}(?:\.{_OCTET}){{3}})(?!\.?[0-9])"
    r"|(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+"
    r"(?P<tld>[a-z]{2,10}|xn--[a-z0-9\-]{1,59})(?![a-z0-9\-@])"
    r")"
    r"(?P<port>:[0-9]{1,5}(?![0-9]))?"
    r"(?P<path>[/?#][a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?"
)
_TRAILING = ".,;:!?)]}'\"*"
_PATH_PIECES = re.compile("[/?#&=]")

# Top-level domains that make a bare ``name.tld`` a link. Deliberately without TLDs that are
# also common file extensions or words (md, py, sh, pl, rs, zip, mov, in, is, to, …).
_BARE_TLDS = _words(
    """
    cn com net org gov edu info biz top xyz icu click loan vip site online shop store club live
    fun work ltd link win bid cc tv me co io app dev xin wang ren asia mobi pro tk ml ga cf gq
    ru hk tw mo jp kr us uk de fr ws ink cloud tech space website press buzz rest cyou mom lol
    today life world news red kim men party date trade review racing stream gdn cam bond sbs
    cfd beauty hair skin quest monster fit lat best ly gd su ua kz sg my vn th ph id au ca eu
    autos boats homes yachts makeup uno host email group team zone center plus love
    """
)

# Names that phishing domains borrow. Keywords of 3 characters or fewer (except "gov") and
# numbers must be a whole part of a label (``ccb-login.top``, ``ccb1.top``: parts are split at
# hyphens and between letters and digits); longer ones may start or end a part (``icbcbank``).
LOOKALIKE_KEYWORDS: tuple[str, ...] = (
    "gov",
    "icbc",
    "ccb",
    "boc",
    "bankofchina",
    "abchina",
    "bankcomm",
    "cmbchina",
    "psbc",
    "unionpay",
    "95516",
    "alipay",
    "taobao",
    "tmall",
    "jd",
    "weixin",
    "wechat",
    "tenpay",
    "qq",
    "12306",
    "chinatax",
    "gongan",
    # carriers and public services (pinyin)
    "chinamobile",
    "chinaunicom",
    "chinatelecom",
    "shebao",
    "yibao",
    "gongjijin",
    "zhengwu",
    "zhengfu",
    "jiaojing",
    "jiaoguan",
)
# Abbreviations, service numbers and pinyin that also start ordinary words (renshe-ng 人生,
# shuiwu 水务, etax-i) do not name a brand on their own. They count as a whole part of a label
# that has another part (``ybj-hb``, ``boc95566``, ``10000-jf``), or under a suspicious
# top-level domain, or in a message with a lure word. Pinyin initials of agencies: ybj 医保局,
# sbj 社保局, rsj 人社局, rst 人社厅, gjj 公积金, swj 税务局, sbk 社保卡, ylbx 养老保险;
# hrss/mohrss 人社部门, nhsa 国家医保局.
_PAIRED = _words(
    """
    ybj sbj rsj rst gjj swj sbk ylbx zwfw ggfw hrss mohrss nhsa ccdi renshe shuiwu etax tax abc
    cmb bocom spdb cib citic cmbc ceb hxb cgb pingan unicom telecom cmcc ct etc 10000 10010 10086
    """
)
# Agency initials are no syllable of their own, so they also count glued to a region code
# (hbybj 湖北医保局, sbjgd, hbzwfw 湖北政务服务); agency pinyin that starts ordinary words may
# still end a part (hubeirenshe, but not rensheng).
_GLUED = "ybj|sbj|rsj|gjj|swj|sbk|ylbx|zwfw|ggfw"
_GLUED_RE = re.compile(rf"^(?:{_GLUED})|(?:{_GLUED}|renshe|shuiwu)$")
# Bank (955xx) and government hotline (123xx) numbers are paired names too.
_SERVICE_NUMBER = re.compile(r"955[0-9]{2}|123[0-9]{2}")
# Parts that only look like bait next to a lure word: pinyin initials of the lure (jf 积分,
# dh 兑换, lq 领取, bt 补贴, ts 退税, tk 退款, dj 冻结, jc 解除, rz 认证, tq 提取, sl 申领,
# yb 医保, sb 社保, gs 个税) and a "-cn" part that mimics a .cn address.
_LURE_PARTS = _words(
    """
    jf dh lq bt ts tk tf dj jc rz tq sl sq yb sb gs cn kefu refund verify jifen duihuan lingqu
    butie tuishui tuikuan
    """
)
# Words of the bait (points about to expire, frozen accounts, subsidies and refunds to claim),
# the names the sender pretends to be (a real agency or bank links to its own domain) and
# "复制到浏览器打开", the way round a chat app's own link check.
_LURE = re.compile(
    "积分|兑换|过期|到期|逾期|清零|冻结|解冻|解除|领取|申领|补贴|补助|津贴|退税|退款|退费|理赔|"
    "赔付|认证|核验|验证|年审|升级|失效|停用|停机|异常|注销|激活|提取|到账|中奖|红包|返还|提额|额度|"
    "医保|社保|人社|养老|公积金|税务|个税|银行|工行|建行|农行|中行|招行|交行|邮储|信用卡|移动|联通|"
    "电信|话费|etc|高速|交警|车管|政务|政府|浏览器"
)
_KEYWORDS = frozenset(LOOKALIKE_KEYWORDS)
_SHORT_KEYWORDS = frozenset(k for k in LOOKALIKE_KEYWORDS if len(k) <= 3 or k.isdigit())
_EDGE_KEYWORDS = "|".join(k for k in LOOKALIKE_KEYWORDS if len(k) > 3 or k == "gov")
_EDGE = re.compile(rf"^(?:{_EDGE_KEYWORDS})|(?:{_EDGE_KEYWORDS})$")
# The real domains of those names: exempt from the look-alike rule (other rules still apply).
_BRAND_DOMAINS = _words(
    """
    gov.cn icbc.com.cn icbc.com icbc-ltd.com ccb.com ccb.cn boc.cn bankofchina.com abchina.com
    abchina.com.cn bankcomm.com cmbchina.com psbc.com unionpay.com 95516.com alipay.com
    taobao.com tmall.com jd.com weixin.qq.com qq.com wechat.com tenpay.com 12306.cn
    chinatax.gov.cn 10086.cn chinamobile.com 10010.com chinaunicom.com chinaunicom.com.cn
    189.cn chinatelecom.com.cn ct10000.com 12315.cn 12377.cn 12321.cn cmbc.com.cn spdb.com.cn
    cib.com.cn citicbank.com cebbank.com hxb.com.cn cgbchina.com.cn pingan.com
    """
)
# gov.<cc> second-level domains that only governments can register.
_GOV_CC = _words(
    """
    cn hk mo tw sg uk au nz my ph za br in jp kr
    """
)

_PRIVATE_IP = re.compile(r"^(?:10|127)\.|^192\.168\.|^172\.(?:1[6-9]|2[0-9]|3[01])\.")
_PARTS = re.compile(r"[a-z]+|[0-9]+")

# rule → (priority, severity, reason)
_RULES = {
    "link:deny": (0, "high", "黑名单域名"),
    "link:download": (1, "high", "可执行文件/安装包下载链接"),
    "link:lookalike": (2, "high", "疑似仿冒政府、银行或平台的域名"),
    "link:obfuscated": (3, "high", "拆写、变形以躲避检测的链接"),
    "link:ip": (4, "medium", "以IP地址代替域名的链接"),
    "link:short": (5, "medium", "短链接，真实地址被隐藏"),
    "link:suspicious_tld": (6, "medium", "可疑顶级域名"),
}
# Rules that make a link bad by themselves: one undone separator is enough to report it (a
# suspicious top-level domain needs a space before the dot: "abc . top", not "OK. Top").
_STRONG = frozenset(("link:deny", "link:download", "link:lookalike", "link:ip", "link:short"))


def _domains(items: Iterable[str]) -> frozenset[str]:
    return frozenset(d.strip().lower().strip(".") for d in items if d and d.strip(" ."))


def _suffix_match(host: str, domains: frozenset[str]) -> int:
    """Length of the longest entry of ``domains`` that is ``host`` or a parent of it, else 0."""
    if not domains:
        return 0
    i = 0
    while i >= 0:
        if host[i:] in domains:
            return len(host) - i
        i = host.find(".", i) + 1 or -1
    return 0


# Characters swapped for ones that look alike: 1cbc, a1ipay, taoba0, g0v, crnbchina, vveixin.
_DIGIT_SWAPS = (str.maketrans("01", "oi"), str.maketrans("01", "ol"))
_PAIR_SWAPS = (("rn", "m"), ("vv", "w"))


def _look_alikes(chunk: str) -> Iterable[str]:
    if chunk.isalpha() and "rn" not in chunk and "vv" not in chunk:
        return (chunk,)
    forms = {chunk}
    if not chunk.isdigit() and not chunk.isalpha():  # 10086 stays a number
        forms.update(chunk.translate(t) for t in _DIGIT_SWAPS)
    forms.update(f.replace(a, b) for f in list(forms) for a, b in _PAIR_SWAPS if a in f)
    return forms


def _lookalike(host: str, suspicious: bool, lured: Callable[[], bool]) -> str | None:
    """The brand or agency name ``host`` borrows, if any. ``suspicious``: the top-level domain
    is a suspicious one; ``lured()``: the message carries a lure word (asked only if needed)."""
    if _suffix_match(host, _BRAND_DOMAINS):
        return None
    labels = host.split(".")
    if labels[-1] == "gov" or (len(labels) >= 3 and labels[-2] == "gov" and labels[-1] in _GOV_CC):
        return None
    weak: list[tuple[str, bool]] = []  # (name, the label has another part)
    for label in labels[:-1]:
        parts = [p for chunk in label.split("-") for p in _PARTS.findall(chunk)]
        for chunk in label.split("-"):
            for form in _look_alikes(chunk):
                if form in _KEYWORDS:
                    return form
                if edge := _EDGE.search(form):
                    return edge.group()
        for part in parts:
            if part in _SHORT_KEYWORDS:
                return part  # ccb1, 12306-tp: a short name split off by digits
            if part in _PAIRED or _SERVICE_NUMBER.fullmatch(part):
                weak.append((part, len(parts) > 1))
            elif glued := _GLUED_RE.search(part):
                weak.append((glued.group(), True))
            elif part in _LURE_PARTS and len(parts) > 1:
                weak.append((part, False))
    for part, paired in weak:
        if paired:
            return part
    if weak and (suspicious or lured()):
        return weak[0][0]
    return None


def _fold(text: str) -> str:
    """Width and case folded, 1:1 (NFKC maps each full-width ASCII character to one)."""
    if text.isascii():
        return text.lower()
    norm = unicodedata.normalize("NFKC", text).replace("。", ".").lower()
    return norm if len(norm) == len(text) else text.translate(_NORM)


# -- reading a link written apart -------------------------------------------------------------

_NAME = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_STRUCT = frozenset(".:/-@?=&%#_~+")
_URLCH = _NAME | _STRUCT
_DOT_WORDS = frozenset(("点", "點", "dot", ".", "。", "．", "｡", *_MID))
_HINT_WORDS = frozenset(_HINTS.split("|")) | {"去", "删"}
# On folded text (full-width brackets are ASCII there): a bracketed dot or hint, characters
# strung on a separator, the word "dot" or a middle dot, a separator run, a Chinese run.
_PIECE = re.compile(
    rf"(?P<br>[{_OPEN}][^\S\n]*(?P<inner>[.。．｡]|点|點|dot|{_HINTS}|去|删)[^\S\n]*[{_CLOSE}])"
    r"|(?P<fang>h(?:xx|\*\*|××|\+\+)p(?=s?:))"  # a defanged scheme: hxxp://
    # single characters strung on one character: h-t-t-p-:-/-/, h·t·t·p
    rf"|(?P<alt>(?<![a-z0-9_~+=\-{_MID}])[a-z0-9:/.?](?P<by>[-_~+={_MID}])"
    r"(?:[a-z0-9:/.?=&%#@](?P=by)){2,}[a-z0-9:/.?=&%#@](?![a-z0-9]))"
    rf"|(?P<dot>(?<![a-z0-9])dot(?![a-z0-9])|[{_MID}])"
    rf"|(?P<sep>[{_SEP}]+)"  # before Chinese runs: 丨 and 丶 are Chinese characters too
    r"|(?P<cjk>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)"
)
_DEFANGED = re.compile(r"[hH](?:[xX]{2}|\*\*|××|\+\+)[pP][sS]?[:：]")
_AT = re.compile(r"(?:(?<![a-z])at|@|艾特|圈a)[^\S\n]*$")
# Evidence that a link was written apart, by edit: a word for the dot, or a removal hint or a
# Chinese run taken out, settles it (_SETTLED); a separator taken out counts half, a space after
# a full stop (ordinary prose: "Dr. Wang", "Tech. Co. Ltd") a quarter.
_WEIGHT = {"dot": 4, "hint": 4, "sep": 2, "after_stop": 1}
_SETTLED = 4


def _unveil(text: str, strip_cjk: bool) -> tuple[str, list[int], list[tuple[int, int]]]:
    """``text`` with the tricks undone: the view, for every view character the index of its
    source character, and the edits as (view position, weight)."""
    folded = text.translate(_NORM)
    # units: [kind, output, source start]; kind "ch" (one character), "sep", "dot", "hint",
    # "cjk", "drop" (taken out) or "keep" (a piece left as it was). A fourth element marks a
    # character the reading put in: the '.' for 点, the "http" for hxxp.
    units: list[list] = []
    pos = 0
    for m in _PIECE.finditer(folded):
        units.extend(["ch", folded[i], i] for i in range(pos, m.start()))
        pos = m.end()
        kind = m.lastgroup
        piece = m.group(0)
        if kind == "fang":
            units.extend(["ch", c, i] for i, c in enumerate("http", m.start()))
            units[-3].append("fang")  # an edit inside the link, like a word for the dot
            continue
        if kind == "alt":
            by = m.group("by")
            units.extend(["sep" if c == by else "ch", c, i] for i, c in enumerate(piece, m.start()))
            continue
        if kind == "br":
            kind = "dot" if m.group("inner") in _DOT_WORDS else "hint"
        elif kind == "cjk":
            if piece in _DOT_WORDS:
                kind = "dot"
            elif piece in _HINT_WORDS:
                kind = "hint"
        units.append([kind, piece, m.start()])
    units.extend(["ch", folded[i], i] for i in range(pos, len(folded)))

    def neighbour(i: int, step: int) -> list | None:
        i += step
        while 0 <= i < len(units) and units[i][0] in ("sep", "drop"):
            i += step
        return units[i] if 0 <= i < len(units) else None

    def is_url(u: list | None, chars: frozenset[str] = _URLCH) -> bool:
        return u is not None and u[0] == "ch" and u[1] in chars

    for i, u in enumerate(units):
        kind = u[0]
        if kind not in ("dot", "hint", "cjk"):
            continue
        left, right = neighbour(i, -1), neighbour(i, 1)
        if kind == "dot":
            if is_url(left, _NAME) and is_url(right, _NAME):
                u[:] = ["ch", ".", u[2], "dot"]  # a character of the address from now on
            else:
                u[0] = "keep"
        elif is_url(left) and is_url(right) and (kind == "hint" or (strip_cjk and len(u[1]) <= 4)):
            u[0] = "drop"
        else:
            u[0] = "keep"

    # Length of the run of name characters each "ch" unit belongs to (separators between
    # single characters go: "h t t p"; between words they stay: "Dr. Wang and Co").
    run = [0] * len(units)
    i = 0
    while i < len(units):
        if units[i][0] == "ch" and units[i][1] in _NAME:
            j = i
            while j < len(units) and units[j][0] == "ch" and units[j][1] in _NAME:
                j += 1
            for k in range(i, j):
                run[k] = j - i
            i = j
        else:
            i += 1

    view: list[str] = []
    index: list[int] = []
    edits: list[tuple[int, int]] = []
    for i, u in enumerate(units):
        kind = u[0]
        if kind == "ch":
            if len(u) > 3:
                edits.append((len(view), _WEIGHT["dot"]))
            view.append(u[1])
            index.append(u[2])
        elif kind == "keep":
            view.extend(u[1])
            index.extend(range(u[2], u[2] + len(u[1])))
        elif kind == "drop":
            edits.append((len(view), _WEIGHT["hint"]))
        else:  # a separator: taken out between two characters of an address
            li, ri = i - 1, i + 1
            while li >= 0 and units[li][0] == "drop":
                li -= 1
            while ri < len(units) and units[ri][0] == "drop":
                ri += 1
            left = units[li] if li >= 0 else None
            right = units[ri] if ri < len(units) else None
            weight = 0
            if left is not None and right is not None and is_url(left) and is_url(right):
                if right[1] in _STRUCT or (run[li] == 1 and run[ri] == 1):
                    weight = _WEIGHT["sep"]
                elif left[1] in _STRUCT:
                    weight = _WEIGHT["after_stop" if left[1] == "." else "sep"]
            if weight:
                edits.append((len(view), weight))
            else:
                view.extend(u[1])
                index.extend(range(u[2], u[2] + len(u[1])))
    return "".join(view), index, edits


_WHOLE = 200  # a message up to this long is read whole; a longer one around its signs
_MARGIN = 60


def _regions(text: str, strip_cjk: bool) -> list[tuple[int, int]]:
    """Stretches of ``text`` to read again: all of a short message; around every sign of a
    link written apart in a long one (the second reading costs some 20 µs per 100 characters)."""
    if len(text) <= _WHOLE:
        return [(0, len(text))]
    signs = [m.span() for m in _ODD.finditer(text)]
    signs += [m.span() for m in _DEFANGED.finditer(text)]
    if strip_cjk:
        signs += [m.span() for m in _PLAIN.finditer(text)]
    regions: list[tuple[int, int]] = []
    for s, e in sorted(signs):
        start, end = max(0, s - _MARGIN), min(len(text), e + _MARGIN)
        while start and (text[start - 1] in _URLISH or text[start - 1] == " "):
            start -= 1  # do not cut an address, or one spelt "h t t p", in two
        while end < len(text) and (text[end] in _URLISH or text[end] == " "):
            end += 1
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        else:
            regions.append((start, end))
    return regions


class LinkChecker:
    """Link rules of one policy; build once, call :meth:`check` on every message."""

    def __init__(
        self,
        *,
        allow_domains: Iterable[str],
        deny_domains: Iterable[str],
        suspicious_tlds: Iterable[str],
        short_link_domains: Iterable[str],
        block_extensions: Iterable[str],
    ) -> None:
        self.allow = _domains(allow_domains)
        self.deny = _domains(deny_domains)
        self.short = _domains(short_link_domains)
        self.suspicious_tlds = _domains(suspicious_tlds)
        self.block_extensions = _domains(block_extensions)
        configured = self.allow | self.deny | self.short
        self.bare_tlds = (
            _BARE_TLDS | self.suspicious_tlds | {d.rsplit(".", 1)[-1] for d in configured}
        )

    def check(self, text: str) -> list[Finding]:
        """Findings for the suspicious links in ``text``, by position."""
        if not text:
            return []
        hit = _QUICK.search(text)
        if hit is None:
            return []
        return self._scan(text, hit.start())

    def _scan(self, text: str, pos: int) -> list[Finding]:
        # apart from check(): a closure there would cost every message a cell for ``text``
        lure: list[bool] = []

        def lured() -> bool:
            if not lure:
                lure.append(_LURE.search(normalize(text)) is not None)
            return lure[0]

        findings: list[Finding] = []
        hit = _PLAIN.search(text, pos)
        while hit is not None:
            start = hit.start()
            while start and text[start - 1] in _URLISH:
                start -= 1
            run = _RUN.match(text, start)
            if run is None:  # cannot happen: the hit itself is made of run characters
                break
            raw = run.group(0)
            norm = _fold(raw)
            for m in _URL.finditer(norm):
                judged = self._judge(m, norm, lured)
                if judged is not None:
                    rule_set, keyword, end = judged
                    span = (m.start() + start, end + start)
                    findings.append(self._finding(rule_set, keyword, m.group("host"), span))
            hit = _PLAIN.search(text, run.end())
        strip_cjk = _STRIP_CJK.search(text) is not None
        if strip_cjk or _ODD.search(text) is not None or _DEFANGED.search(text) is not None:
            hidden = self._hidden(text, strip_cjk, lured)
            if hidden:
                findings = [
                    f
                    for f in findings
                    if not any(h.span[0] < f.span[1] and f.span[0] < h.span[1] for h in hidden)
                ]
                findings = sorted(findings + hidden, key=lambda f: f.span)
        return findings

    def _hidden(self, text: str, strip_cjk: bool, lured: Callable[[], bool]) -> list[Finding]:
        """Links that only show once the tricks are undone."""
        out: list[Finding] = []
        for start, end in _regions(text, strip_cjk):
            out.extend(self._hidden_in(text[start:end], start, strip_cjk, lured))
        return out

    def _hidden_in(
        self, text: str, offset: int, strip_cjk: bool, lured: Callable[[], bool]
    ) -> list[Finding]:
        view, index, edits = _unveil(text, strip_cjk)
        if not edits:
            return []
        out: list[Finding] = []
        # the URL pattern only on runs that can hold one: it would try every Chinese character
        for m in (u for r in _RUN.finditer(view) for u in _URL.finditer(view, *r.span())):
            start = m.start()
            if _AT.search(view, max(0, start - 8), start):
                continue  # "zhangwei88 at 163 dot com": a mail address (personal data), not a link
            judged = self._judge(m, view, lured, hidden=True)
            if judged is None:
                continue
            reasons, keyword, end = judged
            score = sum(w for p, w in edits if start < p < end)
            if score >= _SETTLED:
                reasons.append("link:obfuscated")
            elif not reasons or not (score >= 2 or (score and _STRONG.intersection(reasons))):
                continue  # nothing, or one stray space ("OK. Top"), was undone here
            span = (index[start] + offset, index[end - 1] + 1 + offset)
            out.append(self._finding(reasons, keyword, m.group("host"), span))
        return out

    def _judge(
        self, m: re.Match[str], norm: str, lured: Callable[[], bool], *, hidden: bool = False
    ) -> tuple[list[str], str | None, int] | None:
        """(reasons, look-alike keyword, end of the link in ``norm``), or None for a harmless
        or allowed link. ``hidden``: the link was written apart; report it without a reason."""
        host = m.group("host")
        ip = m.group("ip")
        path = m.group("path") or ""
        scheme = m.group("scheme")
        if ip is not None:
            if not (scheme or m.group("port") or path):
                return None  # a bare dotted quad may be a version or a section number
        elif not scheme and not host.startswith("www.") and m.group("tld") not in self.bare_tlds:
            return None
        reasons: list[str] = []
        keyword = None
        if ip is None:
            deny = _suffix_match(host, self.deny)
            allow = _suffix_match(host, self.allow)
            if allow > deny:
                return None
            if deny:
                reasons.append("link:deny")
        else:
            reasons.append("link:ip")

        end = m.end()
        if path:
            floor = m.start("path") + 1
            while end > floor and norm[end - 1] in _TRAILING:
                end -= 1
            path = norm[m.start("path") : end]
        # the file of the path, or one named in the query (/down?file=app.apk)
        if any(
            "." in piece and piece.rsplit(".", 1)[1] in self.block_extensions
            for piece in _PATH_PIECES.split(path)
        ):
            reasons.append("link:download")
        suspicious = ip is None and m.group("tld") in self.suspicious_tlds
        if m.group("userinfo") and "." in m.group("userinfo"):
            keyword = m.group("userinfo")[:-1][:30]  # https://www.gov.cn@evil.top/
            reasons.append("link:lookalike")
        elif ip is None:
            keyword = _lookalike(host, suspicious, lured)
            if keyword is not None:
                reasons.append("link:lookalike")
        if ip is None:
            if _suffix_match(host, self.short):
                reasons.append("link:short")
            if suspicious:
                reasons.append("link:suspicious_tld")
        if not reasons and not hidden:
            return None
        return reasons, keyword, end

    @staticmethod
    def _finding(
        reasons: list[str], keyword: str | None, host: str, span: tuple[int, int]
    ) -> Finding:
        reasons.sort(key=lambda r: _RULES[r][0])
        rule = reasons[0]
        severity = _RULES[rule][1]
        if rule == "link:ip" and _PRIVATE_IP.match(host):
            severity = "low"
        detail = "；".join(
            _RULES[r][2] + (f"（含“{keyword}”）" if r == "link:lookalike" else "") for r in reasons
        )
        return Finding(
            category="link",
            rule=rule,
            span=span,
            term=host[:60],
            severity=severity,
            detail=detail,
        )
