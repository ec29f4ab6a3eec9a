"""A group's own topic: seed words of its matter, learned keywords, and the off-topic verdict."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.policy.loader import load_policy
from bot.policy.topic import GENERIC, TopicLearner, TopicProfile, topic_words

ROOT = Path(__file__).resolve().parents[3]
SPORTS_CHAT = [
    "运动会那天我一定去给咱们队加油，太期待了",
    "你们看了昨天运动会的直播没，太好笑了",
    "运动会穿什么颜色的衣服好看呀",
]


@pytest.fixture(scope="module")
def policy():
    return load_policy(ROOT / "policies" / "default.toml")


def test_seed_words_leave_out_generic_ones() -> None:
    words = topic_words(["2026年职工运动会筹备工作群"])
    assert "运动会" in words
    assert "职工" in words
    assert not set(words) & GENERIC
    assert all(len(w) >= 2 for w in words)


def test_empty_profile_covers_nothing() -> None:
    profile = TopicProfile.from_registration(None, "", "工作群")
    assert not profile
    assert profile.covers("运动会那天我一定去") is None


def test_profile_sees_through_width_and_traditional() -> None:
    profile = TopicProfile.from_registration("职工运动会")
    assert profile.covers("運動會的拔河比賽") == "运动会"
    assert profile.covers("周末去哪里玩") is None


def test_matter_withdraws_the_off_topic_verdict(policy) -> None:
    sports = TopicProfile.from_registration("职工运动会", "职工运动会筹备群")
    other = TopicProfile.from_registration("防汛值班", "防汛值班群")
    for text in SPORTS_CHAT:
        assert policy.check(text).categories == ["off_topic"], text
        assert policy.check(text, topic=other).categories == ["off_topic"], text
        verdict, suppressed = policy.explain(text, topic=sports)
        assert verdict.findings == [], text
        assert [s.reason for s in suppressed] == ["本群工作内容（运动会）"]
    # chatter about something else is still chatter in the sports-day group
    assert policy.check("明星离婚了你们知道吗", topic=sports).categories == ["off_topic"]


def test_topic_never_excuses_forbidden_content(policy) -> None:
    profile = TopicProfile.from_registration("网络刷单诈骗案件侦办", "刷单")
    assert profile.covers("刷单日结，加我微信") is not None
    assert "ad" in policy.check("刷单日结，日赚三百，加我微信 abc12345", topic=profile).categories


def test_learner_keeps_jargon_shared_by_several_messages() -> None:
    learner = TopicLearner(min_messages=3)
    for text in [
        "今天下午巡堤人员注意水位变化",
        "各巡堤点每两小时报一次水位",
        "水位超警戒的站点请立即上报",
        "请巡堤人员带好救生衣",
        "沙袋已送到三号仓库",
    ]:
        learner.add(text)
    keywords = learner.keywords()
    assert "巡堤" in keywords
    assert "水位" in keywords
    assert "沙袋" not in keywords  # one message is not the group's jargon
    assert not set(keywords) & GENERIC


def test_learner_needs_enough_messages() -> None:
    learner = TopicLearner(min_messages=3)
    learner.add("巡堤")
    learner.add("巡堤人员")
    assert learner.keywords() == []


def test_learner_forgets_old_messages() -> None:
    learner = TopicLearner(keep=3, min_messages=3)
    for _ in range(3):
        learner.add("请巡堤人员注意安全")
    for _ in range(3):
        learner.add("明天检查消防通道")
    assert "巡堤" not in learner.keywords()
    assert learner.added == 6
