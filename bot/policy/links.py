"""恶意链接识别：黑名单、短链接、下载链接、可疑顶级域名、仿冒域名、IP 地址链接。纯函数。

URLs are found with a scheme (``https://…``), with ``www.`` and bare (``gov-cn.top/abc``).
Full-width letters, dots, colons and slashes (and the ideographic full stop ``。``) are
normalised first, character for character, so spans point into the original text. A bare domain
only counts when its top-level domain is a known one: ``v1.2``, ``3.5万元``, ``图1.jpg`` and
``report.docx`` are not links.

A link on an allowed domain (the domain itself or any subdomain) gives no finding; every other
link gives at most one finding, with the most serious rule and every reason in ``detail``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.policy.types import Finding

__all__ = ["LOOKALIKE_KEYWORDS", "LinkChecker"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Full-width ASCII → ASCII, ASCII upper → lower, ideographic full stops → '.', all 1:1.
_NORM: dict[int, str] = {c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)}
_NORM.update({c: chr(c).lower() for c in range(ord("A"), ord("Z") + 1)})
_NORM.update({0x3002: ".", 0xFF61: ".", 0x3000: " "})

# Prefilter on the original text: a name character, a dot and a letter (``gov-cn.top``,
# ``https://t.cn``) or a dotted quad (``http://1.2.3.4``); "3.5万元" and "v2.3" do not pass. It
# starts with a character class, so the regex engine skips other characters quickly.
_QUICK = re.compile(
    r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ\-－][.．。｡](?:[A-Za-zＡ-Ｚａ-ｚ]|[0-9０-９]{1,3}[.．。｡][0-9０-９])"
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
_QUERY = re.compile("[?#]")

# Top-level domains that make a bare ``name.tld`` a link. Deliberately without TLDs that are
# also common file extensions or words (md, py, sh, pl, rs, zip, mov, in, is, to, …).
_BARE_TLDS = _words(
    """
    cn com net org gov edu info biz top xyz icu click loan vip site online shop store club live
    fun work ltd link win bid cc tv me co io app dev xin wang ren asia mobi pro tk ml ga cf gq
    ru hk tw mo jp kr us uk de fr ws ink cloud tech space website press buzz rest cyou mom lol
    today life world news red kim men party date trade review racing stream gdn cam bond sbs
    cfd beauty hair skin quest monster fit lat best ly gd su ua kz sg my vn th ph id au ca eu
    """
)

# Names that phishing domains borrow. Keywords of 3 characters or fewer (except "gov") must be a
# whole label part (``ccb-login.top``); longer ones may start or end a part (``icbcbank.xyz``).
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
)
# The real domains of those names: exempt from the look-alike rule (other rules still apply).
_BRAND_DOMAINS = _words(
    """
    gov.cn icbc.com.cn icbc.com ccb.com ccb.cn boc.cn bankofchina.com abchina.com
    abchina.com.cn bankcomm.com cmbchina.com psbc.com unionpay.com 95516.com alipay.com
    taobao.com tmall.com jd.com weixin.qq.com qq.com wechat.com tenpay.com 12306.cn
    chinatax.gov.cn
    """
)
# gov.<cc> second-level domains that only governments can register.
_GOV_CC = _words(
    """
    cn hk mo tw sg uk au nz my ph za br in jp kr
    """
)

_PRIVATE_IP = re.compile(r"^(?:10|127)\.|^192\.168\.|^172\.(?:1[6-9]|2[0-9]|3[01])\.")

# rule → (priority, severity, reason)
_RULES = {
    "link:deny": (0, "high", "黑名单域名"),
    "link:download": (1, "high", "可执行文件/安装包下载链接"),
    "link:lookalike": (2, "high", "疑似仿冒政府、银行或平台的域名"),
    "link:ip": (3, "medium", "以IP地址代替域名的链接"),
    "link:short": (4, "medium", "短链接，真实地址被隐藏"),
    "link:suspicious_tld": (5, "medium", "可疑顶级域名"),
}


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


def _lookalike(host: str) -> str | None:
    if _suffix_match(host, _BRAND_DOMAINS):
        return None
    labels = host.split(".")
    if labels[-1] == "gov" or (len(labels) >= 3 and labels[-2] == "gov" and labels[-1] in _GOV_CC):
        return None
    for part in re.split(r"[.\-]", ".".join(labels[:-1])):
        for kw in LOOKALIKE_KEYWORDS:
            if part == kw or (
                (len(kw) > 3 or kw == "gov") and (part.startswith(kw) or part.endswith(kw))
            ):
                return kw
    return None


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
        findings: list[Finding] = []
        while hit is not None:
            start = hit.start()
            while start and text[start - 1] in _URLISH:
                start -= 1
            run = _RUN.match(text, start)
            if run is None:  # cannot happen: the hit itself is made of run characters
                break
            raw = run.group(0)
            if raw.isascii():
                norm = raw.lower()
            else:  # NFKC maps each full-width ASCII character to one ASCII character
                norm = unicodedata.normalize("NFKC", raw).replace("。", ".").lower()
                if len(norm) != len(raw):  # cannot happen for run characters; stay 1:1 anyway
                    norm = raw.translate(_NORM)
            for m in _URL.finditer(norm):
                finding = self._judge(m, norm, start)
                if finding is not None:
                    findings.append(finding)
            hit = _QUICK.search(text, run.end())
        return findings

    def _judge(self, m: re.Match[str], norm: str, offset: int) -> Finding | None:
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
        file_part = _QUERY.split(path, maxsplit=1)[0].rstrip("/").rsplit("/", 1)[-1]
        if "." in file_part and file_part.rsplit(".", 1)[1] in self.block_extensions:
            reasons.append("link:download")
        if m.group("userinfo") and "." in m.group("userinfo"):
            keyword = m.group("userinfo")[:-1][:30]  # https://www.gov.cn@evil.top/
            reasons.append("link:lookalike")
        elif ip is None:
            keyword = _lookalike(host)
            if keyword is not None:
                reasons.append("link:lookalike")
        if ip is None:
            if _suffix_match(host, self.short):
                reasons.append("link:short")
            if m.group("tld") in self.suspicious_tlds:
                reasons.append("link:suspicious_tld")
        if not reasons:
            return None
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
            span=(m.start() + offset, end + offset),
            term=host[:60],
            severity=severity,
            detail=detail,
        )
