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


# -- rumours, ads and superstition: kinds of content found by rules (policy 2026.11-4 rules) ------


def rule_categories(text: str) -> set[str]:
    """Categories a lexicon term or a pattern (not the content model) finds in ``text``."""
    return {
        f.category
        for f in POLICY.check(text, offtopic=False).findings
        if not f.rule.startswith("model:")
    }


@pytest.mark.parametrize(
    ("category", "text"),
    [
        # fake official notices: an authority plus a sweeping claim or an urgency cue
        ("rumor", "国务院刚刚下发通知，明年起机关事业单位工资统一下调15%，即日执行"),
        ("rumor", "人社部内部文件：退休年龄延迟到68岁，大家早做准备"),
        ("rumor", "市政府紧急通知：从下月起取消住房公积金，赶紧去提取"),
        ("rumor", "公安部通知：旧版身份证全部作废，必须重新办理，每人收费200元"),
        ("rumor", "市委组织部消息，今年科级干部全部重新竞聘上岗，不合格的一律降级"),
        ("rumor", "我有个亲戚在医院，说住院部已经有十几个人确诊了，医院不让说"),
        # health and disaster scares
        ("rumor", "震惊！我市发现超级细菌，已有多人死亡，医院都不敢说"),
        ("rumor", "千万别再吃小龙虾了，吃了会感染寄生虫"),
        ("rumor", "上游大坝决口了，县城马上要被淹，大家快跑！"),
        ("rumor", "据地震专家预测，下周我市将发生大地震，请大家提前搬出楼房"),
        # chain messages
        ("rumor", "收到后请转发到十个微信群，三天内必有好消息"),
        ("rumor", "请转发给至少5个好友，否则一年不顺"),
        # ads: exam answers, post deletion, score boosting, travel, renovation, invoices
        ("ad", "出售今年公务员考试真题答案，考前发货，保过"),
        ("ad", "专业删帖，负面信息处理，舆情公关，24小时内搞定"),
        ("ad", "学习强国代刷积分，每天保证满分，包月50元"),
        ("ad", "团购机票酒店，比官网便宜三成，需要的加我"),
        ("ad", "装修全包套餐6.8万起，扫码领优惠"),
        ("ad", "代kai发piao，点数低"),
        ("ad", "dai开fa票，各行业都有"),
        ("ad", "各类发票，点数优惠，量大从优"),
        ("ad", "代开发票 13812345678"),
        # superstition in the office
        ("cult", "我们单位风水不好，建议请个大仙来看看"),
        ("cult", "最近办公室老出事，找个风水先生来摆个貔貅镇宅"),
        ("cult", "局里今年不顺，领导说请道士来作法驱邪"),
        ("cult", "科室今年升迁不顺，请大师来办公室转运，每人出两百"),
        ("cult", "在办公室摆个八卦镜挡煞，保平安"),
    ],
)
def test_rules_find_rumours_ads_and_superstition(category: str, text: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # genuine notices name the same authorities and subjects
        "人社部关于2026年调整退休人员基本养老金的通知已转发，请查阅",
        "根据国务院部署，渐进式延迟法定退休年龄改革已经实施，请做好政策解读",
        "关于取消住房公积金异地转移纸质证明的通知",
        "第一代身份证已停止使用，请尚未换领的群众尽快办理",
        "防汛演练方案：模拟大坝决口，组织下游群众转移",
        "目前科学上还无法准确预报地震，请大家不信谣",
        "狂犬病发病后死亡率很高，被咬伤后请及时接种疫苗",
        "请把这份防汛通知转发到各村民群",
        "请转发给所有人员，确保知晓",
        # rebuttals and opinion-handling quote the rumour
        "网传“机关事业单位工资下调20%”系谣言，人社局已辟谣",
        "针对“疫苗有芯片”的舆情，请网信办拿出回应口径",
        "经调查，“微信要收费”一说不属实，请大家别转发",
        "社区反映业主群里有人在传超市大米是塑料做的，请宣传部门研判",
        # enforcement, warnings and ordinary work
        "严禁代开发票、虚开发票，一经查实严肃处理",
        "严禁有偿删帖，发现一起查处一起",
        "严禁出售考试答案，违者追究责任",
        "谨防网络贷款诈骗，不看征信的贷款都是骗局",
        "税务局代开发票业务窗口电话13812345678",
        "单位协议酒店比官网便宜，出差直接报单位名称",
        "工会团购的大米比超市便宜，需要的找小李登记",
        "学习强国每天积分不少于30分，请大家坚持学习",
        "请各单位清点数量后报资产科",
        "严禁党员干部请大仙、看风水等封建迷信活动",
        "某局长在办公室摆放貔貅、请风水先生看风水，受到党内警告处分",
        "推广新时代枫桥经验群众工作法",
        "请各村做好农村宅基地确权登记工作",
        "寺庙佛像开光仪式需报民宗局备案",
        "取消业务培训，改为线上学习",
    ],
)
def test_rules_leave_work_messages_alone(text: str) -> None:
    assert rule_categories(text) & {"rumor", "ad", "cult"} == set()


def test_rumour_ad_and_cult_patterns_have_literal_triggers() -> None:
    # patterns without a literal beginning would run on every message (policies/README.md)
    always = [
        p.source
        for p in POLICY.patterns
        if p.category in {"rumor", "ad", "cult"} and p.triggers is None
    ]
    assert always == []
    # and no trigger is a single character, except ones rare in work messages (囤 囤粮, 淹 要被淹)
    short = [
        (p.source, t)
        for p in POLICY.patterns
        if p.category in {"rumor", "ad", "cult"}
        for t in p.triggers or ()
        if len(t) == 1 and t not in {"囤", "淹"}
    ]
    assert short == []
