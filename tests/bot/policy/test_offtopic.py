import json
import math
import unicodedata
from pathlib import Path

import pytest

from bot.policy.offtopic import (
    BOS,
    DEFAULT_MODEL_PATH,
    EOS,
    OffTopicModel,
    TopicTracker,
    features,
    is_neutral,
    normalize,
)


@pytest.fixture(scope="module")
def model() -> OffTopicModel:
    return OffTopicModel.load(DEFAULT_MODEL_PATH)


# --- the shipped model ---------------------------------------------------------------------------

OFF_TOPIC = [
    "麻烦各位帮我儿子投一票，38号，谢谢大家了！",
    "拼多多帮我砍一刀，就差一点点了",
    "今天宁德时代涨停了，明天还能追吗",
    "淘宝复制这段话打开：￥AbCdEf￥ 抽纸只要9.9元",
    "谁发个红包热闹一下",
    "昨晚的《繁花》大结局看了吗？太好看了",
    "紧急扩散！喝隔夜水会致癌，转给家人",
    "团购阳光玫瑰，68元一箱，要的接龙",
]

WORK = [
    "请各科室于本周五前报送安全生产月报，联系人王科长",
    "明天上午9点在三楼会议室召开党组会，请准时参加",
    "请问统计报表的模板在哪里下载？",
    "气象台发布暴雨黄色预警，请各单位做好防汛值守",
    "分享一份保密知识学习材料，请大家抽空学习",  # study material is allowed
    "热烈祝贺我局李明同志获评优秀公务员！",  # positive work content
    "纪律提醒：节日期间严禁收受红包礼金",  # mentions 红包, still work
    "请大家参加年度民主测评投票，周三前完成",  # a work vote
]

NEUTRAL = [
    "收到", "收到！", "好的", "好的。", "OK", "谢谢", "谢谢领导", "辛苦了", "已阅", "明白",
    "收到，马上办", "好的，收到", "财务科收到", "@王科长 收到", "👍", "🙏🙏", "👌👍💪", "[强]",
    "[抱拳][抱拳]", "[CQ:face,id=76]", "早上好", "大家好", "各位领导好", "新年快乐🎉",
    "中秋节快乐！", "1", "+1", "", "   ",
    # taking a task on (round 16)
    "我去吧", "我过来", "我也行", "哈哈好的", "好的，我马上过来", "稍等",
]  # fmt: skip


def test_shipped_model_metadata(model: OffTopicModel) -> None:
    assert model.version
    assert 0.0 < model.threshold < 1.0
    assert model.meta["ngram_range"] in ([1, 2], [2, 2])
    assert model.meta["cv"]["folds"] == 5
    assert 0.0 <= model.meta["cv"]["f1"] <= 1.0
    assert model.meta["trained_at"]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_clear_chatter_is_off_topic(model: OffTopicModel, text: str) -> None:
    assert model.is_off_topic(text), model.score(text)


@pytest.mark.parametrize("text", WORK)
def test_clear_work_is_not_off_topic(model: OffTopicModel, text: str) -> None:
    assert not model.is_off_topic(text), model.score(text)


@pytest.mark.parametrize("text", NEUTRAL)
def test_acknowledgements_greetings_emoji_are_never_off_topic(
    model: OffTopicModel, text: str
) -> None:
    assert is_neutral(text)
    assert model.score(text) == 0.0
    assert not model.is_off_topic(text)


def test_long_or_chatty_messages_are_not_neutral() -> None:
    assert not is_neutral("收到红包啦，谢谢老板")
    assert not is_neutral("帮我砍一刀")
    assert not is_neutral("收到。" * 20)  # longer than any acknowledgement


def test_score_is_deterministic_and_a_probability(model: OffTopicModel) -> None:
    texts = [
        *OFF_TOPIC,
        *WORK,
        "x",
        "哈哈哈哈哈哈哈哈哈哈",
        "投" * 5000,
        "\x00\x01\x02\x03控制字符",
        "ｆｕｌｌ－ｗｉｄｔｈ　ＴＥＸＴ　１２３",
        "零\u200b宽\u200d字符",
        "http://example.com/?a=1&b=2",
        "𠀀𠀁 astral ☃ 😀",
    ]
    again = OffTopicModel.load(DEFAULT_MODEL_PATH)
    for text in texts:
        s = model.score(text)
        assert 0.0 <= s <= 1.0
        assert s == model.score(text) == again.score(text)


def test_fast_score_equals_the_reference_features(model: OffTopicModel) -> None:
    vocab = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))["work_vocab"]
    ngram_range = tuple(model.meta["ngram_range"])
    for text in [*OFF_TOPIC, *WORK, "周末去三亚玩 https://t.cn/abc 😀", "ＡＢＣ①②③"]:
        feats = features(text, vocab, ngram_range)
        z = model.intercept + sum(model.weights.get(k, 0.0) * v for k, v in feats.items())
        assert model.score(text) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-9)


def test_normalize_is_nfkc_lower_with_digits_folded() -> None:
    def reference(text: str) -> str:
        t = unicodedata.normalize("NFKC", text).lower()
        for d in "123456789":
            t = t.replace(d, "0")
        t = "".join(" " if ord(c) < 32 or 0x7F <= ord(c) <= 0x9F else c for c in t)
        t = "".join(c for c in t if c not in "\u200b\u200c\u200d\ufeff")
        return BOS + t + EOS

    for text in [
        "请于３月１５日前报送，联系人：张三（电话８１２３４５６７）！",
        "ＡＢＣ　ａｂｃ",
        "①②③ ㈠ ㍿ ﬁ",
        "Café Ｃａｆé",
        "tab\there\nnewline\x7f",
        "零\u200b宽\ufeff",
        "普通的中文文本。",
    ]:
        assert normalize(text) == reference(text), text


# --- loading ------------------------------------------------------------------------------------


def _write(tmp_path: Path, content: str) -> Path:
    p = tmp_path / "model.json"
    p.write_text(content, encoding="utf-8")
    return p


def _valid() -> dict:
    return {
        "format": "qunguan-offtopic",
        "features": "char-ngram-count-v1",
        "ngram_range": [2, 2],
        "threshold": 0.5,
        "intercept": -0.1,
        "work_vocab": ["通知"],
        "weights": {"砍一": 2.0, "通知": -2.0},
    }


def test_load_minimal_model(tmp_path: Path) -> None:
    m = OffTopicModel.load(_write(tmp_path, json.dumps(_valid())))
    assert m.score("帮我砍一刀吧") > 0.5 > m.score("请看通知吧")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a qunguan-offtopic file"),
        (json.dumps({**_valid(), "format": "other"}), "not a qunguan-offtopic file"),
        (json.dumps({**_valid(), "features": "words-v9"}), "feature scheme"),
        (json.dumps({**_valid(), "intercept": "1"}), "intercept"),
        (json.dumps({**_valid(), "threshold": 1.5}), "threshold"),
        (json.dumps({**_valid(), "weights": {}}), "weights"),
        (json.dumps({**_valid(), "weights": {"砍一": "x"}}), "weight of '砍一'"),
        (json.dumps({**_valid(), "weights": {"砍一": float("nan")}}), "weight of '砍一'"),
        (json.dumps({**_valid(), "work_vocab": "通知"}), "work_vocab"),
        (json.dumps({**_valid(), "ngram_range": [1, 3]}), "ngram_range"),
    ],
)
def test_broken_model_file_raises_value_error(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        OffTopicModel.load(_write(tmp_path, content))


def test_missing_model_file_raises_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        OffTopicModel.load(tmp_path / "absent.json")


# --- TopicTracker ---------------------------------------------------------------------------------

CHAT = "帮我砍一刀"
WORK_MSG = "请各科室周五前报送月报"


def _run(tracker: TopicTracker, group: str, pattern: str, start: float = 0.0) -> list[bool]:
    """Feed ``pattern`` (o = off-topic, w = work, n = neutral) one second apart."""
    out = []
    for i, kind in enumerate(pattern):
        text = {"o": CHAT, "w": WORK_MSG, "n": "收到"}[kind]
        out.append(tracker.observe(group, text, kind == "o", now=start + i))
    return out


def test_reminder_exactly_on_the_fifth_off_topic_message() -> None:
    t = TopicTracker()
    assert _run(t, "g", "ooooo") == [False, False, False, False, True]
    assert t.streak_of("g") == 0  # starts again after a reminder


def test_work_message_resets_the_streak() -> None:
    t = TopicTracker()
    assert not any(_run(t, "g", "oooowoooo"))
    assert t.streak_of("g") == 4
    assert t.observe("g", CHAT, True, now=10)


def test_neutral_messages_neither_count_nor_reset() -> None:
    t = TopicTracker()
    assert _run(t, "g", "ooonnoo") == [False] * 6 + [True]
    # a neutral message is ignored even if the caller calls it off-topic
    t2 = TopicTracker(streak=2)
    assert not t2.observe("g", "👍", True, now=0)
    assert not t2.observe("g", "收到", True, now=1)
    assert t2.streak_of("g") == 0


def test_reminders_are_rate_limited_per_group() -> None:
    t = TopicTracker(streak=5, remind_every=1800, gap=3600)
    assert _run(t, "g", "ooooo", start=0)[-1]
    assert not any(_run(t, "g", "oooooooooo", start=100))  # within 30 min: silent
    assert t.streak_of("g") == 10
    assert t.observe("g", CHAT, True, now=1803) is False  # reminded at t=4
    assert t.observe("g", CHAT, True, now=1804) is True  # first chatter after the pause
    # another group is not affected by g's rate limit
    assert _run(t, "h", "ooooo", start=200)[-1]


def test_rate_limit_survives_a_work_message() -> None:
    t = TopicTracker(streak=2, remind_every=1800)
    assert _run(t, "g", "oo")[-1]
    assert not any(_run(t, "g", "woo", start=10))


def test_long_pause_starts_a_new_streak() -> None:
    t = TopicTracker(streak=5, gap=900)
    assert not any(_run(t, "g", "oooo", start=0))
    assert not t.observe("g", CHAT, True, now=1000)  # 996 s later: a new conversation
    assert t.streak_of("g") == 1


def test_injected_clock_is_used_without_now() -> None:
    clock = [0.0]
    t = TopicTracker(streak=2, remind_every=60, clock=lambda: clock[0])
    assert not t.observe("g", CHAT, True)
    assert t.observe("g", CHAT, True)
    clock[0] = 30
    assert not t.observe("g", CHAT, True)
    assert not t.observe("g", CHAT, True)
    clock[0] = 61
    assert t.observe("g", CHAT, True)


def test_memory_is_bounded() -> None:
    t = TopicTracker(streak=5, max_groups=3)
    for i in range(100):
        t.observe(f"g{i}", CHAT, True, now=i)
    assert len(t) == 3
    assert t.streak_of("g99") == 1
    assert t.streak_of("g0") == 0
    # work talk forgets a group that has no rate limit to remember
    t.observe("g99", WORK_MSG, False, now=200)
    assert len(t) == 2
    # work messages of unknown groups store nothing
    for i in range(50):
        t.observe(f"w{i}", WORK_MSG, False, now=300)
    assert len(t) == 2


@pytest.mark.parametrize(
    "kwargs",
    [{"streak": 0}, {"remind_every": -1}, {"gap": 0}, {"max_groups": 0}],
)
def test_tracker_rejects_bad_settings(kwargs: dict) -> None:
    with pytest.raises(ValueError, match="TopicTracker"):
        TopicTracker(**kwargs)
