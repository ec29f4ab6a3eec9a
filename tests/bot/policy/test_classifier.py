"""The content classifier (policies/classifier/model.json) and its place in the policy engine."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path

import pytest

from bot.policy.classifier import (
    DEFAULT_MODEL_PATH,
    FEATURE_SCHEME,
    FORMAT,
    WORD_SCHEME,
    ContentModel,
    features,
    reference_scores,
    word_features,
    word_grams,
)
from bot.policy.loader import PolicyError, load_policy
from bot.policy.normalize import normalize

ROOT = Path(__file__).resolve().parents[3]
DEFAULT = ROOT / "policies" / "default.toml"
FORBIDDEN = ("political", "porn", "gambling", "violence", "cult", "rumor", "insult", "ad")


@pytest.fixture(scope="module")
def model() -> ContentModel:
    return ContentModel.load(DEFAULT_MODEL_PATH)


@pytest.fixture(scope="module")
def policy():
    return load_policy(DEFAULT)


# -- the shipped model ----------------------------------------------------------------------------


def test_shipped_model_loads_with_its_metadata(model: ContentModel) -> None:
    assert model.classes[:2] == ("work", "off_topic")
    assert set(FORBIDDEN) <= set(model.classes)
    assert set(model.thresholds) == {*FORBIDDEN, "off_topic"}
    assert all(0.0 < t < 1.0 for t in model.thresholds.values())
    meta = model.meta
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["trained_at"])  # the data's date
    assert model.version.startswith(meta["trained_at"].replace("-", ""))
    assert {"cv", "dev", "training"} <= set(meta)
    assert meta["training"]["data_sha256"]
    # the word view ships with it, and its metadata without the weights
    assert model.verifier is not None
    assert meta["verifier"]["features"] == WORD_SCHEME
    assert "weights" not in meta["verifier"]


# Messages written for this test (not from any training or evaluation set), one per class.
CLEAR = {
    "political": ["大家一起起来推翻共产党的独裁统治，建立民主新中国", "支持西藏独立，中国滚出去"],
    "porn": ["同城寂寞少妇上门服务，包夜800，加微信看照片", "高清无码成人视频资源打包，私聊发网址"],
    "gambling": [
        "澳门线上真人赌场，首充送50%，百家乐提款秒到账",
        "六合彩特码内幕，跟着老师下注稳赚不赔",
    ],
    "violence": [
        "出售仿真手枪和子弹，货到付款全国包邮",
        "再不给我赔偿，明天我就带刀去把你们主任砍死",
    ],
    "cult": ["法轮大法好，诚念九字真言能保平安", "全能神才是唯一的真神，末日来临赶紧入教"],
    "rumor": [
        "紧急扩散！内部消息说今晚有8级地震，赶紧转发给家人",
        "听说下周开始全市封城，超市都要关门了，赶紧去囤菜",
    ],
    "insult": ["你这个傻逼，脑子进水了吧", "什么狗屁领导，一群废物饭桶"],
    "ad": ["兼职刷单日结，一单一结佣金20元，宝妈学生优先", "无抵押贷款不查征信，当天放款，加V详聊"],
    "off_topic": ["帮我家闺女投一票吧，28号，谢谢大家了", "周末有人一起去钓鱼吗，我开车"],
}


@pytest.mark.parametrize(
    ("label", "text"), [(label, t) for label, texts in CLEAR.items() for t in texts]
)
def test_clear_examples_of_each_class(model: ContentModel, label: str, text: str) -> None:
    scores = model.scores(text)
    assert max(scores, key=scores.get) == label, scores
    assert label in dict(model.classify(text))


# Enforcement, training, warning and rebuttal notices name forbidden things: they are work.
NOTICES = [
    "关于开展打击网络赌博专项行动的通知，请各派出所认真组织落实",
    "公安机关依法查处一起组织卖淫案件，抓获嫌疑人5名",
    "请各村做好反邪教宣传，揭露法轮功的欺骗本质",
    "网传本市明天封城系谣言，请大家不信谣不传谣",
    "严禁党员干部参与六合彩等赌博活动，违者严肃处理",
    "收缴非法枪支3支、管制刀具20把，已依法销毁",
    "提醒：近期冒充领导加微信要求转账的诈骗多发，请核实身份",
    "普法培训：煽动分裂国家罪的认定和法律责任",
    "请各位明早八点在区政府门口集合，统一乘车去现场",
    "收到，马上落实",
]


@pytest.mark.parametrize("text", NOTICES)
def test_enforcement_and_work_messages_are_not_flagged(model: ContentModel, text: str) -> None:
    found = [c for c, _ in model.classify(text) if c != "off_topic"]
    assert found == [], model.scores(text)


def test_dev_set_hard_negatives_stay_within_the_budget(policy) -> None:
    """The thresholds were chosen on the dev set for what the model adds to the rules: each class
    on its own may give at most 0.15 % of its benign messages (work messages with the enforcement
    notices and risky words among them, and chatter) a forbidden finding in the engine
    (``tools/train_moderation.py --dev-fp``)."""
    import csv
    from collections import Counter

    with (ROOT / "tests" / "data" / "moderation_dev.csv").open(encoding="utf-8") as fh:
        benign = [row["text"] for row in csv.DictReader(fh) if row["label"] in ("ok", "off_topic")]
    per_class: Counter[str] = Counter()
    flagged = []
    for t in benign:
        found = {
            f.category
            for f in policy.check(t, offtopic=False).findings
            if f.rule.startswith("model:")
        }
        per_class.update(found)
        if found:
            flagged.append(t)
    assert len(benign) > 1000
    assert max(per_class.values(), default=0) <= int(0.0015 * len(benign)), per_class
    assert len(flagged) <= 0.0075 * len(benign), flagged


def test_scores_are_deterministic_probabilities(model: ContentModel) -> None:
    text = "澳门线上真人赌场，首充送50%"
    first = model.scores(text)
    assert model.scores(text) == first
    assert ContentModel.load(DEFAULT_MODEL_PATH).scores(text) == first
    assert math.isclose(sum(first.values()), 1.0, abs_tol=1e-9)
    assert all(0.0 <= p <= 1.0 for p in first.values())
    # the folded view the engine passes gives the same answer
    assert model.scores(text, folded=normalize(text)) == first
    assert model.classify(text, folded=normalize(text)) == model.classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "赌 博 网 站，注 册 送 彩 金",  # separators are folded away
        "賭博網站註冊送彩金",  # traditional characters
        "ＱＱ群12345678，澳门赌场",  # full width
        "a",
        "1234567890" * 3,
        "😀😀",
        "x" * 700,
        "今天下午三点开会",
    ],
)
def test_fast_path_equals_the_reference_features(model: ContentModel, text: str) -> None:
    data = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    ref = reference_scores(model, text, data["vocab"], data["weights"], data["intercepts"])
    fast = model.scores(text)
    # the fast path sums float32 rows: rounding grows with the number of n-grams ("x" * 700)
    assert max(abs(fast[c] - ref[c]) for c in model.classes) < 1e-4 * max(1.0, len(text) / 100)


@pytest.mark.parametrize("text", ["澳门线上真人赌场，首充送50%", "今天下午三点开会", "", "x" * 700])
def test_word_view_equals_its_reference_features(model: ContentModel, text: str) -> None:
    view = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))["verifier"]
    assert view["features"] == WORD_SCHEME
    index = {g: i for i, g in enumerate(view["vocab"])}
    z = list(view["intercepts"])
    for g, v in word_features(text).items():
        if (i := index.get(g)) is not None:
            z = [a + v * w for a, w in zip(z, view["weights"][i], strict=True)]
    e = [math.exp(a - max(z)) for a in z]
    ref = {c: v / sum(e) for c, v in zip(model.classes, e, strict=True)}
    fast = model.word_scores(text)
    assert fast is not None
    assert max(abs(fast[c] - ref[c]) for c in model.classes) < 1e-4


def test_evasions_fold_like_the_lexicon() -> None:
    assert features("赌 博") == features("賭*博") == features("赌博")
    assert features("ＤＵ场") == features("du场")
    assert features("加我 12345") == features("加我 67890")  # every digit reads 0


def test_empty_and_neutral_texts_are_not_classified(model: ContentModel) -> None:
    assert model.classify("") == []
    assert model.classify("。，！") == []
    assert model.classify("👍👍") == []


# -- a broken file ----------------------------------------------------------------------------------


def _valid() -> dict:
    return {
        "format": FORMAT,
        "features": FEATURE_SCHEME,
        "ngram_range": [1, 2],
        "classes": ["work", "off_topic", "gambling"],
        "thresholds": {"off_topic": 0.9, "gambling": 0.5},
        "vocab": ["赌", "赌博", "\x01emoji"],
        "weights": [[0, 0, 1.0], [0, 0, 2.0], [0, 0.5, 0]],
        "intercepts": [1.0, 0.0, -1.0],
    }


def _write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    return path


def test_a_minimal_model_file(tmp_path: Path) -> None:
    m = ContentModel.load(_write(tmp_path, json.dumps(_valid())))
    assert dict(m.classify("赌博赌博赌博")) == {
        "gambling": pytest.approx(m.scores("赌博赌博赌博")["gambling"])
    }
    assert m.classify("开会") == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", f"not a {FORMAT} file"),
        (json.dumps({**_valid(), "format": "qunguan-offtopic"}), f"not a {FORMAT} file"),
        (json.dumps({**_valid(), "features": "words"}), "feature scheme"),
        (json.dumps({**_valid(), "classes": ["spam", "ham"]}), "'classes'"),
        (json.dumps({**_valid(), "vocab": []}), "'vocab'"),
        (json.dumps({**_valid(), "vocab": ["赌", "赌", "x"]}), "duplicates"),
        (json.dumps({**_valid(), "vocab": ["赌博网", "赌博", "x"]}), "not a 1- or 2-gram"),
        (json.dumps({**_valid(), "weights": [[0, 0, 1.0]]}), "'weights' must be 3 rows of 3"),
        (json.dumps({**_valid(), "weights": [[0, 0, "x"]] * 3}), "'weights'"),
        (json.dumps({**_valid(), "intercepts": [1.0]}), "'intercepts'"),
        (json.dumps({**_valid(), "thresholds": {"gambling": 1.5}}), "'thresholds'"),
        (json.dumps({**_valid(), "thresholds": {"work": 0.5}}), "'thresholds'"),
        (json.dumps({**_valid(), "ngram_range": [1, 3]}), "'ngram_range'"),
    ],
)
def test_broken_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        ContentModel.load(_write(tmp_path, content))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        ContentModel.load(tmp_path / "absent.json")


# -- the word view (verifier) -----------------------------------------------------------------------


def _with_words(weights: list[list[float]]) -> dict:
    """The minimal model plus a word view over 赌博 and the bigram 赌博 赌博."""
    return {
        **_valid(),
        "verifier": {
            "features": WORD_SCHEME,
            "vocab": ["赌博", "赌博 赌博"],
            "weights": weights,
            "intercepts": [1.0, 0.0, -1.0],
        },
    }


def test_word_grams_are_jieba_words_and_framed_bigrams() -> None:
    assert word_grams(normalize("明天 9点开会")) == [
        "明天", "0", "点", "开会", "\x02 明天", "明天 0", "0 点", "点 开会", "开会 \x03",
    ]  # fmt: skip
    assert word_grams("") == ["\x02 \x03"]
    f = word_features("赌博赌博")
    assert f == pytest.approx({"赌博": 2 / math.sqrt(5), "\x02 赌博": 1 / math.sqrt(5),
                               "赌博 赌博": 1 / math.sqrt(5), "赌博 \x03": 1 / math.sqrt(5)})  # fmt: skip


def test_a_class_needs_both_views_and_reports_the_smaller_probability(tmp_path: Path) -> None:
    text = "赌博赌博赌博"
    agree = ContentModel.load(_write(tmp_path, json.dumps(_with_words([[0, 0, 3.0], [0, 0, 3.0]]))))
    by_chars, by_words = agree.scores(text)["gambling"], agree.word_scores(text)["gambling"]
    assert by_chars >= 0.5
    assert by_words >= 0.5
    assert dict(agree.classify(text)) == {"gambling": pytest.approx(min(by_chars, by_words))}
    # the same character view with a word view that disagrees: nothing is reported
    veto = ContentModel.load(_write(tmp_path, json.dumps(_with_words([[3.0, 0, 0], [3.0, 0, 0]]))))
    assert veto.scores(text) == agree.scores(text)
    assert veto.word_scores(text)["gambling"] < 0.5
    assert veto.classify(text) == []
    # a file without a word view (2026.11-10 and before) is read by characters alone
    plain = ContentModel.load(_write(tmp_path, json.dumps(_valid())))
    assert plain.verifier is None
    assert plain.word_scores(text) is None
    assert dict(plain.classify(text)) == {"gambling": pytest.approx(by_chars)}


@pytest.mark.parametrize(
    ("verifier", "message"),
    [
        ([], "'verifier' must be an object"),
        ({"features": "chars"}, "feature scheme 'chars'"),
        ({"features": WORD_SCHEME, "vocab": [], "weights": [], "intercepts": []}, "'vocab'"),
        (
            {
                "features": WORD_SCHEME,
                "vocab": ["赌博"],
                "weights": [[1, 2]],
                "intercepts": [0] * 3,
            },
            "'weights' must be 1 rows of 3",
        ),
        (
            {"features": WORD_SCHEME, "vocab": ["赌博"], "weights": [[1, 2, 3]], "intercepts": [0]},
            "'intercepts'",
        ),
    ],
)
def test_a_broken_word_view_is_a_clear_error(tmp_path: Path, verifier, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)) as err:
        ContentModel.load(_write(tmp_path, json.dumps({**_valid(), "verifier": verifier})))
    assert "'verifier'" in str(err.value)


# -- in the policy engine ---------------------------------------------------------------------------

# Spam in words that no lexicon term or pattern covers (checked below): only the model sees it.
NOVEL = [
    ("ad", "宝妈在家动动手指就能赚零花钱，一天轻松两三百，想了解的扫码"),
    ("gambling", "新平台刚上线，充一百送一百，赢了随时能提走"),
    ("gambling", "手气好的来玩两把，一块钱起押，输赢当场结"),
    ("porn", "寂寞的夜晚需要人陪吗，本地姐妹随叫随到"),
    ("porn", "私人会所新来了几个小妹，懂的老板来"),
]


@pytest.mark.parametrize(("category", "text"), NOVEL)
def test_the_model_finds_what_no_lexicon_covers(policy, category: str, text: str) -> None:
    scanned, _, triggered = policy.lexicon.scan(text)
    assert scanned == []
    assert policy._pattern_findings(text, sorted(triggered.union(policy._always))) == []
    verdict = policy.check(text)
    [f] = [f for f in verdict.findings if f.category == category]
    assert f.rule == f"model:{category}"
    assert f.span == (0, len(text))
    assert f.term == ""
    assert f.severity == policy.categories[category].severity
    assert 0.0 < float(f.detail) <= 1.0
    assert set(policy.categories[category].actions) <= set(verdict.actions)


def test_the_model_does_not_repeat_a_lexicon_finding(policy) -> None:
    text = "推荐一个赌博网站，充一百送一百，赢了随时能提走"
    assert policy.classifier.scores(text)["gambling"] > 0.9
    verdict = policy.check(text)
    assert [f.rule for f in verdict.findings] == ["lexicon:gambling"]


def test_a_group_allow_list_excuse_is_not_undone_by_the_model(policy) -> None:
    text = "推荐一个赌博网站，充一百送一百，赢了随时能提走"
    assert policy.check(text, allow_terms=["赌博网站"], offtopic=False).findings == []


def test_a_context_excuse_is_not_undone_by_the_model(policy) -> None:
    """A warning that names gambling to warn against it: the context cue excuses the term, and
    the model, which reads the same words, may not flag the category anyway."""
    text = "网赌千万别碰，十赌九输"
    assert policy.classifier.scores(text)["gambling"] > 0.5
    verdict, suppressed = policy.explain(text, offtopic=False)
    assert verdict.findings == []
    assert {s.finding.category for s in suppressed} == {"gambling"}


def test_an_acknowledgement_is_never_forbidden_by_the_model_alone(
    policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the 2026.11-5 model gave "明白明白" cult 0.5+; any model may be sure of a few characters
    class SureOfCult:
        def classify(self, text: str, *, folded: str | None = None) -> list[tuple[str, float]]:
            return [("cult", 0.99)]

    monkeypatch.setattr(policy, "classifier", SureOfCult())
    for text in ("明白明白", "收到收到！", "好的👍", "谢谢领导"):
        assert policy.check(text).findings == [], text
    assert [f.rule for f in policy.check("这个事你们都明白吧").findings] == ["model:cult"]
    # a lexicon finding in a short message still counts
    assert [f.category for f in policy.check("傻逼").findings] == ["insult"]


def test_enforcement_notices_pass_the_engine(policy) -> None:
    for text in NOTICES:
        assert policy.check(text).findings == [], text


def test_off_topic_comes_from_the_model_and_neutral_messages_never_count(policy) -> None:
    [f] = policy.check("帮我家闺女投一票吧，28号，谢谢大家了").findings
    assert (f.category, f.rule, f.severity) == ("off_topic", "model:off_topic", "low")
    assert policy.offtopic is None  # the old model is not loaded when the classifier judges
    for text in ("收到", "好的👍", "谢谢领导", "早上好"):
        assert policy.check(text).findings == [], text


def _copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(ROOT / "policies", tmp_path / "policies"))


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CLASSIFIER_TABLE = re.compile(r"\n\[classifier\].*", re.S)


def test_without_the_classifier_table_the_old_off_topic_model_judges(tmp_path: Path) -> None:
    policies = _copy(tmp_path)
    toml = policies / "default.toml"
    toml.write_text(CLASSIFIER_TABLE.sub("\n", toml.read_text(encoding="utf-8")), encoding="utf-8")
    policy = load_policy(toml)
    assert policy.classifier is None
    assert policy.offtopic is not None
    [f] = policy.check("帮我家孩子投个票，谢谢大家").findings
    assert f.rule == "offtopic:model"
    text, category = NOVEL[0][1], NOVEL[0][0]
    assert category not in policy.check(text).categories


def test_classifier_without_off_topic_keeps_the_old_model(tmp_path: Path) -> None:
    toml = _copy(tmp_path) / "default.toml"
    _replace(toml, '"ad", "off_topic",\n]', '"ad",\n]')
    policy = load_policy(toml)
    assert policy.classifier is not None
    assert policy.offtopic is not None
    [f] = policy.check("帮我家孩子投个票，谢谢大家").findings
    assert f.rule == "offtopic:model"
    assert "ad" in policy.check(NOVEL[0][1]).categories


def test_the_model_file_is_a_policy_source(policy) -> None:
    assert DEFAULT_MODEL_PATH.resolve() in policy.sources


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ('model = "classifier/model.json"', 'model = "classifier/absent.json"'),
            "内容分类模型无法加载",
        ),
        (('"ad", "off_topic",\n]', '"ad", "off_topic", "pii",\n]'), "没有类别 'pii'"),
        (('"ad", "off_topic",\n]', '"ad", "off_topic", "spam",\n]'), "未知类别 'spam'"),
        (
            ('model = "classifier/model.json"', 'model = "classifier/model.json"\nmodle = 1'),
            "未知的配置项",
        ),
    ],
)
def test_classifier_table_errors_are_clear(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    toml = _copy(tmp_path) / "default.toml"
    _replace(toml, *edit)
    with pytest.raises(PolicyError, match=re.escape(message)):
        load_policy(toml)


def test_a_category_the_policy_lacks_is_an_error(tmp_path: Path) -> None:
    toml = _copy(tmp_path) / "default.toml"
    text = toml.read_text(encoding="utf-8")
    start = text.index("[categories.insult]")
    end = text.index("[categories.ad]")
    toml.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(PolicyError, match="未在 categories 中配置"):
        load_policy(toml)


def test_a_broken_model_file_is_a_policy_error(tmp_path: Path) -> None:
    policies = _copy(tmp_path)
    (policies / "classifier" / "model.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid JSON"):
        load_policy(policies / "default.toml")


def test_the_model_is_read_again_only_when_its_file_changes(tmp_path: Path) -> None:
    """Editing a lexicon reloads the policy; the model file (10 MB) is not read again for that."""
    import os

    toml = _copy(tmp_path) / "default.toml"
    model_file = toml.parent / "classifier" / "model.json"
    first = load_policy(toml).classifier
    assert first is not None
    assert load_policy(toml).classifier is first
    # the model file changes (a retrained model copied in): the policy reads the new one
    data = json.loads(model_file.read_text(encoding="utf-8"))
    data["thresholds"]["gambling"] = 0.99
    model_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    st = model_file.stat()
    os.utime(model_file, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    second = load_policy(toml).classifier
    assert second is not first
    assert second is not None
    assert second.thresholds["gambling"] == 0.99
    # a broken file is still an error every time, not a cached model
    model_file.write_text("{broken", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid JSON"):
        load_policy(toml)
