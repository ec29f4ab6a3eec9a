"""Findings and verdicts: what the policy engine says about a message. Pure data."""

from __future__ import annotations

from dataclasses import dataclass, field

# Categories of SPEC §7, in report order. Chinese names are what people read.
CATEGORY_NAMES: dict[str, str] = {
    "political": "政治有害",
    "porn": "色情",
    "gambling": "赌博",
    "violence": "暴力恐怖",
    "cult": "邪教迷信",
    "rumor": "谣言",
    "insult": "侮辱诽谤",
    "ad": "商业广告",
    "link": "恶意链接",
    "secret": "涉密标识",
    "pii": "个人信息",
    "off_topic": "与工作无关",
}

# In the order they are carried out.
ACTIONS = ("log", "recall", "warn", "warn_private", "mute", "report", "kick")


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the policy objects to.

    ``span`` is a half-open [start, end) range of characters in the ORIGINAL text; ``term`` is
    what matched (the lexicon term, or for PII the masked value — never the raw value).
    """

    category: str
    rule: str  # stable rule id, e.g. "lexicon:gambling", "pii:id_card", "link:short"
    span: tuple[int, int]
    term: str
    severity: str = "medium"  # low | medium | high
    detail: str = ""  # short Chinese explanation for /检测 and the audit log

    @property
    def category_name(self) -> str:
        return CATEGORY_NAMES.get(self.category, self.category)


@dataclass(slots=True)
class Verdict:
    """Findings of one message and the actions its categories call for."""

    findings: list[Finding] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    policy_version: str = ""

    def __bool__(self) -> bool:
        return bool(self.findings)

    @property
    def categories(self) -> list[str]:
        return list(dict.fromkeys(f.category for f in self.findings))
