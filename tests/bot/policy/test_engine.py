"""The policy engine: findings → verdict, files, allow terms, patterns, policy version."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from bot.policy.engine import CategoryRule, Pattern, Policy
from bot.policy.lexicon import Lexicon, Term, pattern_triggers
from bot.policy.loader import load_policy
from bot.policy.types import ACTIONS

ROOT = Path(__file__).resolve().parents[3]
DEFAULT = ROOT / "policies" / "default.toml"
POLICY = load_policy(DEFAULT)
VERSION = tomllib.loads(DEFAULT.read_text(encoding="utf-8"))["version"]


def cats(verdict) -> list[tuple[str, tuple[int, int]]]:
    return [(f.category, f.span) for f in verdict.findings]


# -- a hand-built policy --------------------------------------------------------------------------


def hand_policy(*, with_pii: bool = True) -> Policy:
    categories = {
        "gambling": CategoryRule("gambling", "high", ("warn", "recall"), context=True),
        "political": CategoryRule("political", "high", ("report", "warn", "recall")),
        "insult": CategoryRule("insult", "medium", ("kick", "log")),
        "rumor": CategoryRule("rumor", "medium", ("mute", "log")),
    }
    if with_pii:
        categories["pii"] = CategoryRule("pii", "high", ("warn_private",))
    patterns = [
        Pattern("rumor", re.compile("转发?(给|到)[0-9]+个?群"), "r.txt:1"),
        Pattern("rumor", re.compile("[0-9]+个群都在转"), "r.txt:2"),  # no literal beginning
    ]
    for p in patterns:
        p.triggers = pattern_triggers(p.regex.pattern)
    assert patterns[0].triggers == ["转"]
    assert patterns[1].triggers is None
    lexicon = Lexicon(
        [
            Term("赌博网站", "gambling"),
            Term("推翻独裁", "political"),
            Term("傻叉", "insult"),
            Term("色情网站", "porn"),  # a category this policy does not have
        ],
        cues=["打击"],
        context_categories=["gambling"],
        severity={"gambling": "high"},
        triggers=[(t, i) for i, p in enumerate(patterns) for t in p.triggers or ()],
    )
    return Policy(
        version="t-7",
        name="测试",
        path=Path("t.toml"),
        categories=categories,
        lexicon=lexicon,
        patterns=patterns,
    )


HAND = hand_policy()


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("赌博网站", ["recall", "warn"]),
        ("推翻独裁", ["recall", "warn", "report"]),
        ("傻叉", ["log", "kick"]),
        ("赌博网站，傻叉", ["log", "recall", "warn", "kick"]),
        ("推翻独裁 赌博网站 傻叉", ["log", "recall", "warn", "report", "kick"]),
        ("转发给10个群", ["log", "mute"]),
        ("电话 13812345678", ["warn_private"]),
        ("傻叉 13812345678", ["log", "warn_private", "kick"]),
        ("今天下午开会", []),
    ],
)
def test_actions_are_the_union_in_actions_order(text: str, actions: list[str]) -> None:
    verdict = HAND.check(text)
    assert verdict.actions == actions
    assert verdict.actions == [a for a in ACTIONS if a in verdict.actions]
    assert bool(verdict) == bool(actions)
    assert verdict.policy_version == "t-7"


def test_findings_of_categories_the_policy_lacks_are_dropped() -> None:
    assert HAND.lexicon.scan("色情网站")[0]  # the lexicon sees it ...
    assert HAND.check("色情网站").findings == []  # ... the policy has no such category
    assert cats(hand_policy(with_pii=False).check("电话 13812345678")) == []
    assert cats(HAND.check("电话 13812345678")) == [("pii", (3, 14))]


def test_patterns_with_and_without_triggers_run() -> None:
    [f] = HAND.check("请转发给10个群").findings
    assert (f.category, f.rule, f.span, f.term, f.detail) == (
        "rumor",
        "pattern:rumor",
        (1, 8),
        "转发给10个群",
        "r.txt:1",
    )
    [f] = HAND.check("听说 100个群都在转").findings
    assert (f.span, f.detail) == ((3, 11), "r.txt:2")


def test_patterns_see_through_repeated_characters() -> None:
    # policies/README.md: rules match the text with runs of a character collapsed
    [f] = HAND.check("转转发发给给10个群群").findings
    assert (f.category, f.span, f.term) == ("rumor", (0, 11), "转发给10个群")


def test_verdict_without_findings_records_the_version_too() -> None:
    verdict = HAND.check("今天下午开会", offtopic=False)
    assert (verdict.findings, verdict.actions, verdict.policy_version) == ([], [], "t-7")


# -- the shipped policy ---------------------------------------------------------------------------


def test_shipped_policy_version_is_recorded() -> None:
    assert VERSION
    assert POLICY.version == VERSION
    verdict = POLICY.check("推荐一个赌博网站")
    assert cats(verdict) == [("gambling", (4, 8))]
    assert verdict.policy_version == VERSION
    assert POLICY.check_file("setup.apk").policy_version == VERSION


@pytest.mark.parametrize(
    ("text", "found", "actions"),
    [
        ("推荐一个赌博网站", [("gambling", (4, 8))], ["recall", "warn"]),
        ("推翻共产党", [("political", (0, 5))], ["recall", "warn", "report"]),
        (
            "推翻共产党，赌博网站",
            [("political", (0, 5)), ("gambling", (6, 10))],
            ["recall", "warn", "report"],
        ),
        (
            "推荐一个赌博网站，联系13812345678",
            [("gambling", (4, 8)), ("pii", (11, 22))],
            ["recall", "warn", "warn_private"],
        ),
        ("请看 http://bit.ly/abc", [("link", (3, 20))], ["recall", "warn"]),
    ],
)
def test_shipped_policy_actions(
    text: str, found: list[tuple[str, tuple[int, int]]], actions: list[str]
) -> None:
    verdict = POLICY.check(text)
    assert cats(verdict) == found
    assert verdict.actions == actions


def test_off_topic_only_when_nothing_else_is_found() -> None:
    chatter = "帮我家孩子投个票，谢谢大家"
    verdict = POLICY.check(chatter)
    [f] = verdict.findings
    # the shipped policy judges chatter with the content classifier ([classifier] in the policy)
    assert (f.category, f.rule, f.span, f.severity) == (
        "off_topic",
        "model:off_topic",
        (0, 13),
        "low",
    )
    # off-topic chatter is acted on by the streak counter, not by the verdict's actions
    assert verdict.actions == []
    assert verdict.policy_version == VERSION
    mixed = POLICY.check(chatter + " 赌博网站")
    assert cats(mixed) == [("gambling", (14, 18))]
    assert mixed.actions == ["recall", "warn"]
    assert POLICY.check(chatter, offtopic=False).findings == []
    assert POLICY.check("请各单位于周五前报送材料").findings == []


def test_context_excuses_lexicon_hits_but_not_patterns() -> None:
    verdict, suppressed = POLICY.explain("关于开展打击非法赌博专项行动的通知")
    assert verdict.findings == []
    assert [(s.finding.term, s.reason) for s in suppressed] == [("赌博", "执法、培训或警示语境")]
    # rules are not subject to context: 严禁外传 is a secret mark
    assert cats(POLICY.check("严禁外传")) == [("secret", (0, 4))]


def test_a_lexicon_term_and_a_pattern_on_one_span_make_one_finding() -> None:
    verdict = POLICY.check("机密★")
    assert cats(verdict) == [("secret", (0, 3))]
    verdict = POLICY.check("秘密★3年")
    assert [(f.rule, f.span) for f in verdict.findings] == [("pattern:secret", (0, 5))]


@pytest.mark.parametrize(
    ("name", "category", "term"),
    [
        ("机密★关于印发实施方案的通知.docx", "secret", "机密★"),
        ("【内部资料】2026年名单.pdf", "secret", "内部资料"),
        ("setup.apk", "link", ".apk"),
        ("报告.pdf.exe", "link", ".exe"),
    ],
)
def test_check_file_flags(name: str, category: str, term: str) -> None:
    verdict = POLICY.check_file(name)
    [f] = verdict.findings
    assert (f.category, f.term) == (category, term)
    assert 0 <= f.span[0] < f.span[1] <= len(name)
    expected = POLICY.categories[category].actions
    assert verdict.actions == [a for a in ACTIONS if a in expected]
    assert verdict.policy_version == VERSION


def test_check_file_passes_ordinary_files() -> None:
    for name in ["关于印发实施方案的通知.docx", "2026年预算表.xlsx", "会议纪要.pdf"]:
        verdict = POLICY.check_file(name)
        assert (verdict.findings, verdict.actions) == ([], [])


def test_group_allow_terms_excuse_a_lexicon_hit() -> None:
    text = "推荐一个赌博网站"
    assert cats(POLICY.check(text, offtopic=False)) == [("gambling", (4, 8))]
    verdict, suppressed = POLICY.explain(text, allow_terms=["赌博网站"], offtopic=False)
    assert verdict.findings == []
    assert ("赌博网站", "白名单") in [(s.finding.term, s.reason) for s in suppressed]
    # folded like the text, and a part of the matched term excuses it too
    assert POLICY.check(text, allow_terms=["賭 博"], offtopic=False).findings == []
    # only the allowed hit
    assert cats(POLICY.check("赌博网站和六合彩", allow_terms=["赌博网站"], offtopic=False)) == [
        ("gambling", (5, 8))
    ]
    # per call: the next check is not affected
    assert cats(POLICY.check(text, offtopic=False)) == [("gambling", (4, 8))]


def test_group_allow_terms_never_excuse_personal_data() -> None:
    verdict = POLICY.check("电话13812345678", allow_terms=["13812345678", "电话"])
    assert cats(verdict) == [("pii", (2, 13))]
