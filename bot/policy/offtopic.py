"""Off-topic chatter: a cheap classifier and the per-group thread tracker (SPEC §6, §7).

Pure standard library: the model is a logistic regression over counts of character bigrams
(optionally also unigrams, ``ngram_range`` in the model file) of a normalised text plus a few hand
features, exported by ``tools/train_offtopic.py`` to ``policies/offtopic/model.json``. Scoring a
message is one dict lookup per bigram (~55k 50-character messages/s on one core).

Normalisation (shared by training and runtime, see :func:`normalize`): NFKC (full-width →
half-width), lower case, every digit → ``0``, control characters → space, QQ ``[CQ:type,…]`` codes →
``[type]``; the text is framed by ``\\x02`` … ``\\x03`` so that bigrams see the start and the end.

Neutral messages — acknowledgements (收到/好的/已阅/谢谢…), greetings (早上好/大家好/节日快乐…),
emoji or sticker-only messages and messages with at most two meaningful characters — are never
off-topic (:func:`is_neutral`; score 0.0) and, in :class:`TopicTracker`, neither extend nor break a
streak of chatter: "收到" is no work talk that ends the chatter, and no chatter either.
"""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable
from operator import add
from pathlib import Path
from typing import TypeGuard

import daachorse

from bot.policy.modelfile import read_model_file

FORMAT = "qunguan-offtopic"
FEATURE_SCHEME = "char-ngram-count-v1"
DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[2] / "policies" / "offtopic" / "model.json"
REMINDER_TEXT = "本群为工作群，请勿讨论与工作无关的话题"

BOS, EOS = "\x02", "\x03"
HAND = "\x01"  # prefix of hand-feature names; never part of a normalised text

_CQ = re.compile(r"\[CQ:(\w+)[^\]]*\]")
_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # could fake BOS/EOS/HAND
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
_BRACKET = re.compile(r"\[[^\[\]]{1,8}\]")  # sticker codes: [强] [抱拳] [OK] [表情] [face]
_MENTION = re.compile(r"@\S*")
_NON_WORD = re.compile(r"[\W_]+")  # punctuation, spaces, emoji
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]")
_URL = re.compile(r"http|www\.|\.com|\.cn/")

NEUTRAL_MAX_LEN = 40  # longer messages are never taken for a mere acknowledgement
_ACK_WORDS = (
    # acknowledgements
    "收到", "好的", "好滴", "好嘞", "好", "嗯", "哦", "是的", "是", "对的", "对", "行", "可以",
    "明白了", "明白", "了解", "知道了", "已阅", "已读", "ok", "okay", "okk", "嗯呐", "妥",
    "没问题", "同意", "照办", "遵照执行", "按要求落实", "立即落实", "马上落实", "马上办",
    "马上处理", "抓紧落实", "按时完成", "请放心", "已安排", "已落实", "已完成", "已报送",
    "已提交", "已上报", "已转发", "已处理", "已发", "已发送", "已修改", "已补交", "已整改",
    "谢谢提醒", "谢谢", "感谢", "多谢", "谢了", "辛苦了", "辛苦", "辛苦大家了", "大家辛苦了",
    # taking a task on, coming over (round 16: "我去吧", "我过来", "我也行")
    "我去吧", "我去", "我来吧", "我来", "我过来", "我马上过来", "马上到", "马上来", "这就来",
    "我也行", "我也可以", "稍等", "等一下", "哈哈", "好吧", "行吧",
    # greetings
    "早上好", "上午好", "中午好", "下午好", "晚上好", "早安", "晚安", "早", "你好", "您好",
    "大家好", "各位好", "各位早", "大家早", "新年好", "新年快乐", "节日快乐", "春节快乐",
    "元旦快乐", "中秋快乐", "中秋节快乐", "国庆快乐", "国庆节快乐", "端午安康", "周末愉快",
    "假期愉快", "欢迎", "欢迎欢迎", "欢迎新同事", "工作顺利",
    # whom it is addressed to
    "领导", "各位领导", "各位同事", "同事们", "各位", "大家", "老师", "主任", "科长", "局长",
    "书记", "处长", "部长", "同志们",
)  # fmt: skip
# possessive "++": no backtracking blow-up on 大家好大家好…
_ACK = re.compile(
    "(?:{})++".format("|".join(re.escape(w) for w in sorted(_ACK_WORDS, key=len, reverse=True)))
)
# "财务科收到", "城关镇已阅": a short sender name before the acknowledgement
_ACK_AFTER_NAME = re.compile(r"\w{1,6}?(?:收到|已阅|已报送|已完成|已提交|已落实)")


def _half_width(m: re.Match[str]) -> str:
    c = m.group()
    return " " if c == "\u3000" else chr(ord(c) - 0xFEE0)


def normalize(text: str) -> str:
    """The framed, normalised text the n-grams are taken from.

    Equal to NFKC, lower case, digits 1–9 → 0, control characters → space, zero-width characters
    removed. For speed, full-width forms are mapped directly (NFKC maps them to ASCII) and the
    slow full NFKC runs only when something else is left unnormalised.
    """
    if "[CQ:" in text:
        text = _CQ.sub(r"[\1]", text)
    if not text.isascii():
        text = (
            text.replace("，", ",")
            .replace("：", ":")
            .replace("！", "!")
            .replace("？", "?")
            .replace("；", ";")
            .replace("（", "(")
            .replace("）", ")")
        )
        if _FULLWIDTH.search(text):
            text = _FULLWIDTH.sub(_half_width, text)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    text = (
        text.lower()
        .replace("1", "0")
        .replace("2", "0")
        .replace("3", "0")
        .replace("4", "0")
        .replace("5", "0")
        .replace("6", "0")
        .replace("7", "0")
        .replace("8", "0")
        .replace("9", "0")
    )
    if not text.isprintable():
        text = _ZERO_WIDTH.sub("", _CONTROL.sub(" ", text))
    return BOS + text + EOS


def is_neutral(text: str) -> bool:
    """An acknowledgement, greeting, emoji/sticker-only or near-empty message."""
    if len(text) > NEUTRAL_MAX_LEN:
        return False
    t = unicodedata.normalize("NFKC", text)
    if "[" in t:
        t = _BRACKET.sub("", _CQ.sub("", t))
    if "@" in t:
        t = _MENTION.sub("", t)
    core = _NON_WORD.sub("", t).lower()
    return (
        len(core) <= 2
        or _ACK.fullmatch(core) is not None
        or _ACK_AFTER_NAME.fullmatch(core) is not None
    )


def _len_bucket(n: int) -> int:
    return 0 if n <= 4 else 1 if n <= 10 else 2 if n <= 20 else 3 if n <= 40 else 4


NGRAM_RANGES = ((1, 2), (2, 2))
HAND_FEATURES = (
    *(f"{HAND}len{i}" for i in range(5)),
    f"{HAND}digit",
    f"{HAND}url",
    f"{HAND}emoji",
    *(f"{HAND}work{i}" for i in range(4)),
)


def features(
    text: str, work_vocab: Iterable[str] = (), ngram_range: tuple[int, int] = (1, 2)
) -> dict[str, float]:
    """Reference feature vector, what the trainer fits and :meth:`OffTopicModel.score` sums.

    Counts of every character (``ngram_range`` (1, 2) only) and character bigram of
    :func:`normalize` (bigrams include the start/end marks), and hand features with value 1:
    length bucket, contains a digit, a URL, an emoji, and the number of distinct
    work-vocabulary bigrams (0, 1, 2, 3+).
    """
    if tuple(ngram_range) not in NGRAM_RANGES:
        raise ValueError(f"ngram_range must be one of {NGRAM_RANGES}")
    t = normalize(text)
    bigrams = list(map(add, t, t[1:]))
    out: dict[str, float] = {}
    unigrams = t[1:-1] if ngram_range[0] == 1 else ""
    for g in (*unigrams, *bigrams):
        out[g] = out.get(g, 0.0) + 1.0
    hand = [f"{HAND}len{_len_bucket(len(t) - 2)}"]
    if "0" in t:
        hand.append(f"{HAND}digit")
    if _URL.search(t):
        hand.append(f"{HAND}url")
    if _EMOJI.search(t):
        hand.append(f"{HAND}emoji")
    hand.append(f"{HAND}work{min(len(frozenset(work_vocab).intersection(bigrams)), 3)}")
    out.update(dict.fromkeys(hand, 1.0))
    return out


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _number(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class OffTopicModel:
    """Logistic regression on character n-grams; see the module docstring."""

    __slots__ = (
        "_ac",
        "_ac_weights",
        "_ac_work",
        "_digit_w",
        "_emoji_w",
        "_get",
        "_len_w",
        "_unigrams",
        "_url_w",
        "_vocab",
        "_work_w",
        "intercept",
        "meta",
        "threshold",
        "weights",
    )

    def __init__(
        self,
        weights: dict[str, float],
        intercept: float,
        threshold: float = 0.5,
        work_vocab: Iterable[str] = (),
        meta: dict | None = None,
        ngram_range: tuple[int, int] = (1, 2),
    ) -> None:
        if tuple(ngram_range) not in NGRAM_RANGES:
            raise ValueError(f"ngram_range must be one of {NGRAM_RANGES}")
        self._unigrams = ngram_range[0] == 1
        self.weights = weights
        self.intercept = float(intercept)
        self.threshold = float(threshold)
        self._vocab = frozenset(work_vocab)
        self.meta = meta or {}
        get = self._get = weights.get
        self._len_w = tuple(get(f"{HAND}len{i}", 0.0) for i in range(5))
        self._work_w = tuple(get(f"{HAND}work{i}", 0.0) for i in range(4))
        # Bigrams are summed by one Aho-Corasick pass over the text instead of building ~50
        # two-character strings and looking each up (3x faster for 50-character messages).
        bigrams = sorted(
            {k for k in weights if len(k) == 2 and not k.startswith(HAND)}
            | {w for w in self._vocab if len(w) == 2}
        )
        self._ac = (
            daachorse.CharwiseDoubleArrayAhoCorasick(
                bigrams, match_kind=daachorse.MATCH_KIND_STANDARD
            )
            if bigrams
            else None
        )
        self._ac_weights = [weights.get(b, 0.0) for b in bigrams]
        self._ac_work = [b in self._vocab for b in bigrams]
        self._digit_w = get(f"{HAND}digit", 0.0)
        self._url_w = get(f"{HAND}url", 0.0)
        self._emoji_w = get(f"{HAND}emoji", 0.0)

    @classmethod
    def load(cls, path: str | Path = DEFAULT_MODEL_PATH) -> OffTopicModel:
        """Read a model file; a missing, unreadable or malformed file raises ``ValueError``."""
        where = f"off-topic model {path}"
        data = read_model_file(path, "off-topic model", FORMAT, FEATURE_SCHEME)
        weights, intercept = data.get("weights"), data.get("intercept")
        threshold, vocab = data.get("threshold"), data.get("work_vocab", [])
        if not _number(intercept):
            raise ValueError(f"{where}: 'intercept' must be a finite number")
        if not _number(threshold) or not 0.0 < threshold < 1.0:
            raise ValueError(f"{where}: 'threshold' must be a number between 0 and 1")
        if not isinstance(weights, dict) or not weights:
            raise ValueError(f"{where}: 'weights' must be a non-empty object")
        bad = next((k for k, v in weights.items() if not _number(v)), None)
        if bad is not None:
            raise ValueError(f"{where}: weight of {bad!r} is not a finite number")
        if not isinstance(vocab, list) or not all(isinstance(w, str) for w in vocab):
            raise ValueError(f"{where}: 'work_vocab' must be a list of strings")
        ngram_range = data.get("ngram_range")
        if not isinstance(ngram_range, list) or tuple(ngram_range) not in NGRAM_RANGES:
            raise ValueError(f"{where}: 'ngram_range' must be one of {NGRAM_RANGES}")
        meta = {k: v for k, v in data.items() if k not in ("weights", "work_vocab")}
        weights = {k: float(v) for k, v in weights.items()}
        return cls(weights, intercept, threshold, vocab, meta, (ngram_range[0], ngram_range[1]))

    @property
    def version(self) -> str:
        return str(self.meta.get("version", ""))

    def score(self, text: str) -> float:
        """Probability that ``text`` is off-topic chatter; 0.0 for neutral messages."""
        if is_neutral(text):
            return 0.0
        t = normalize(text)
        z = self.intercept
        work = 0
        if self._ac is not None:
            ids = [pid for _, _, pid in self._ac.find_overlapping(t)]
            weights = self._ac_weights
            z += sum([weights[i] for i in ids])
            flags = self._ac_work
            work = len({i for i in ids if flags[i]})
        if self._unigrams:
            z += sum(filter(None, map(self._get, t[1:-1])))
        n = len(t) - 2
        z += (
            self._len_w[0 if n <= 4 else 1 if n <= 10 else 2 if n <= 20 else 3 if n <= 40 else 4]
            + self._work_w[min(work, 3)]
        )
        if "0" in t:
            z += self._digit_w
        if _URL.search(t):
            z += self._url_w
        if _EMOJI.search(t):
            z += self._emoji_w
        return _sigmoid(z)

    def is_off_topic(self, text: str) -> bool:
        return self.score(text) >= self.threshold


class _Group:
    __slots__ = ("last_remind", "last_seen", "streak")

    def __init__(self) -> None:
        self.streak = 0
        self.last_seen = 0.0
        self.last_remind: float | None = None


class TopicTracker:
    """Detects a run of off-topic messages in a group and decides when to remind it.

    Per group: an off-topic message extends the streak, a work message ends it, a neutral message
    (:func:`is_neutral`: 收到, 早上好, 👍 …) is ignored. A streak also ends after ``gap`` seconds
    without any off-topic message (a new conversation). When the streak reaches ``streak``
    messages :meth:`observe` returns True — unless the group was reminded less than
    ``remind_every`` seconds ago, in which case the streak keeps growing and the reminder comes
    with the first off-topic message after the pause. After a reminder the streak starts at 0.

    Memory is bounded: only groups in a streak or within ``remind_every`` of a reminder are kept,
    at most ``max_groups`` of them (the group with the oldest chatter is dropped first, losing its
    rate limit). State is in-process: one tracker per bot process.
    """

    def __init__(
        self,
        streak: int = 5,
        remind_every: float = 1800.0,
        gap: float = 900.0,
        max_groups: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if streak < 1 or remind_every < 0 or gap <= 0 or max_groups < 1:
            raise ValueError("TopicTracker: streak ≥ 1, remind_every ≥ 0, gap > 0, max_groups ≥ 1")
        self.streak = streak
        self.remind_every = remind_every
        self.gap = gap
        self.max_groups = max_groups
        self._clock = clock
        self._groups: OrderedDict[str, _Group] = OrderedDict()

    def __len__(self) -> int:
        return len(self._groups)

    def streak_of(self, group: str) -> int:
        st = self._groups.get(group)
        return st.streak if st else 0

    def reset(self, group: str) -> None:
        self._groups.pop(group, None)

    def observe(self, group: str, text: str, is_off_topic: bool, now: float | None = None) -> bool:
        """Record one message; True exactly when the group should get the reminder now."""
        if is_neutral(text):
            return False
        if now is None:
            now = self._clock()
        groups = self._groups
        st = groups.get(group)
        if not is_off_topic:
            if st is not None:
                if st.last_remind is None or now - st.last_remind >= self.remind_every:
                    del groups[group]  # nothing left worth remembering
                else:
                    st.streak = 0
            return False
        if st is None:
            st = groups[group] = _Group()
            if len(groups) > self.max_groups:
                groups.popitem(last=False)
        else:
            groups.move_to_end(group)
            if now - st.last_seen > self.gap:
                st.streak = 0
        st.streak += 1
        st.last_seen = now
        if st.streak >= self.streak and (
            st.last_remind is None or now - st.last_remind >= self.remind_every
        ):
            st.last_remind = now
            st.streak = 0
            return True
        return False
