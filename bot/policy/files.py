"""文件名检查：可执行文件/安装包、伪装的双扩展名、文件名中的密级标识。纯函数。"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.policy.types import Finding

__all__ = [
    "DEFAULT_BLOCK_EXTENSIONS",
    "DEFAULT_SECRET_MARKERS",
    "DEFAULT_SECRET_PATTERNS",
    "check_file_name",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A marker written in brackets ("【秘密】") matches between any pair of brackets: （秘密）, [秘密].
DEFAULT_SECRET_MARKERS: tuple[str, ...] = (
    "绝密",
    "机密",
    "秘密★",
    "秘密级",
    "【秘密】",
    "★",
    "内部资料",
    "内部文件",
    "内部使用",
    "注意保密",
    "注意保存",
    "注意保管",
    # graded marks with a hollow star, marks in brackets, internal and restricted documents
    "秘密☆",
    "【涉密】",
    "【内部】",
    "【密】",
    "【内参】",
    "秘密件",
    "内部明电",
    "内部参考",
    "内部传阅",
    "内部掌握",
    "仅限内部",
    "仅供内部",
    "此件不公开",
    "不得外传",
    "请勿外传",
    "严禁外传",
)

DEFAULT_BLOCK_EXTENSIONS: frozenset[str] = _words(
    """
    exe com scr pif bat cmd msi msp vbs vbe js jse wsf wsh ps1 hta cpl lnk reg jar apk apks
    xapk ipa dmg pkg app deb rpm run bin dll sys
    """
)

# Extensions of ordinary documents: one of these before a blocked extension is a disguise.
_DOC_EXTENSIONS = _words(
    """
    pdf doc docx wps xls xlsx et ppt pptx dps txt jpg jpeg png gif bmp mp4 mp3 zip rar 7z ofd
    """
)

# Full-width ASCII → ASCII, upper → lower (1:1).
_NORM: dict[int, str] = {c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)}
_NORM.update({c: chr(c).lower() for c in range(ord("A"), ord("Z") + 1)})
_NORM[0x3000] = " "

# Bidirectional controls make "报告\u202eexe.pdf" display as "报告fdp.exe".
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Characters tolerated between the characters of a marker: "机 密", "内部_资料", "秘密（★1年）".
_GAP = r"[\s_\-·•.\u200b-\u200d\ufeff()（）\[\]【】〔〕]*"
_GAP_ONLY = re.compile(_GAP)
# Not 《》「」: 《秘密》 is a book title.
_OPEN = "([{（［｛【〔〖〘〚<＜"
_CLOSE = ")]}）］｝】〕〗〙〛>＞"
_BRACKETS = f"[{re.escape(_OPEN)}]", f"[{re.escape(_CLOSE)}]"
# Ordinary words around a marker: 杜绝密码, 数据机密性, 秘密级以上国家秘密 (rules and forms).
_ORDINARY = re.compile(
    "|".join(
        _GAP.join(w)
        for w in (
            "杜绝密",
            "机密性",
            "绝密性",
            "秘密级以上",
            "秘密级以下",
            "机密级以上",
            "机密级以下",
        )
    )
)


# Marks a literal marker cannot express, for a file name as saved from a phone or a scanner:
# 秘密 with a term and the star left out or typed as an asterisk ("秘密 1年", "秘密*10年"), the
# pinyin initials of 绝密/机密 (jm-人事安排.xlsx), and 涉密 or 内参 in a name that is neither a rule
# nor a register of the 保密 office (涉密人员名单, 涉密载体台账, 涉密文件管理办法).
_NUM = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
DEFAULT_SECRET_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?:绝密|机密|秘密){_GAP}[*＊★☆]?{_GAP}(?:{_NUM}{_GAP}(?:年|个月)|长期|永久)"),
    re.compile(r"(?<![0-9A-Za-z])(?:jm|JM|Jm|juemi|jimi|JUEMI|JIMI)(?![0-9A-Za-z])"),
    re.compile(
        "^(?!.*(?:管理|办法|规定|制度|培训|教育|宣传|知识|手册|指南|守则|须知|条例|细则|自查|检查|"
        "保密|登记|台账模板|承诺书))"
        r".*?(?<!非)(?P<m>涉密(?!人员|载体|计算机|设备|岗位|单位|部门|网络|信息系统|场所|事项|"
        r"U盘|u盘|移动|存储|介质|专用|等级|程度|范围)|内参(?!数))",
        re.S,
    ),
)


_INITIALS = re.compile("(?i)jm|juemi|jimi")


def _spaced(text: str) -> str:
    return _GAP.join(re.escape(c) for c in text)


@lru_cache(maxsize=16)
def _marker_pattern(markers: tuple[str, ...]) -> re.Pattern[str] | None:
    clean = sorted({m.strip() for m in markers if m and m.strip()}, key=len, reverse=True)
    alternatives = []
    for m in clean:
        if len(m) > 2 and m[0] in _OPEN and m[-1] in _CLOSE:
            alternatives.append(_BRACKETS[0] + _GAP + _spaced(m[1:-1]) + _GAP + _BRACKETS[1])
        else:
            alternatives.append(_spaced(m))
    return re.compile("|".join(alternatives)) if alternatives else None


def check_file_name(
    name: str,
    *,
    block_extensions: Iterable[str],
    secret_markers: Iterable[str] = DEFAULT_SECRET_MARKERS,
    secret_patterns: Iterable[re.Pattern[str]] = DEFAULT_SECRET_PATTERNS,
) -> list[Finding]:
    """Findings for the name of a file sent to a group.

    * blocked (executable, installer) extension, also behind a document extension
      (``报告.pdf.exe``) or trailing dots/spaces → category ``link``, rule ``file:blocked_type``,
      span over the whole name;
    * a secret marker (``机密★``, ``【内部资料】``, ``（秘密）``, ``秘密级``; not 杜绝密码, 机密性)
      or a match of ``secret_patterns`` (``秘密 1年``, ``jm-名单``, ``涉密-台账``; a group
      named ``m`` marks the marker within the match) → category ``secret``, rule
      ``file:secret_marker``, span over the marker (markers next to each other are one finding).
    """
    if not name:
        return []
    findings: list[Finding] = []
    blocked = {e.strip().lower().lstrip(".") for e in block_extensions if e and e.strip(" .")}

    norm = name.translate(_NORM)
    base = re.split(r"[/\\]", norm.rstrip(" .\t\r\n"))[-1]
    parts = [p.strip() for p in base.split(".")]
    ext = parts[-1] if len(parts) > 1 else ""
    if ext and ext in blocked:
        if len(parts) > 2 and parts[-2] in _DOC_EXTENSIONS:
            detail = f"伪装成文档的可执行文件（.{parts[-2]}.{ext}）"
        else:
            detail = f"可执行文件或安装包（.{ext}）"
        if _BIDI.search(name) is not None:
            detail += "，文件名含文字方向控制字符"
        findings.append(
            Finding(
                category="link",
                rule="file:blocked_type",
                span=(0, len(name)),
                term=f".{ext}",
                severity="high",
                detail=detail,
            )
        )
    elif _BIDI.search(name) is not None:
        findings.append(
            Finding(
                category="link",
                rule="file:blocked_type",
                span=(0, len(name)),
                term=ext and f".{ext}",
                severity="high",
                detail="文件名含文字方向控制字符，可能伪装扩展名",
            )
        )

    pattern = _marker_pattern(tuple(secret_markers))
    hits: list[tuple[int, int]] = []
    ordinary = [o.span() for o in _ORDINARY.finditer(name)]
    if pattern is not None:
        hits.extend(m.span() for m in pattern.finditer(name))
    for extra in secret_patterns:
        for m in extra.finditer(name):
            hits.append(m.span("m") if "m" in extra.groupindex else m.span())
    if hits:
        spans: list[list[int]] = []
        for start, end in sorted(hits):
            if start == end or any(s <= start and end <= e for s, e in ordinary):
                continue
            # overlapping, touching or only a gap apart: one marker
            if spans and (start <= spans[-1][1] or _GAP_ONLY.fullmatch(name, spans[-1][1], start)):
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        for start, end in spans:
            term = name[start:end]
            findings.append(
                Finding(
                    category="secret",
                    rule="file:secret_marker",
                    span=(start, end),
                    term=term,
                    severity="high" if "密" in term or _INITIALS.match(term) else "medium",
                    detail=f"文件名含密级或内部标识“{term}”，涉密或内部文件不得在工作群传播",
                )
            )
    return findings
