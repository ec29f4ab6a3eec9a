"""A group's own topic: what counts as work in *this* group. Pure: no NoneBot, no database.

The off-topic model knows work-group talk in general; a group registered for 职工运动会 or
文明城市网络投票 works on things the model takes for chatter (比赛, 投票). A :class:`TopicProfile`
holds the words of the group's registered matter and name (seeds) and the keywords of its own
recent work messages (learned); an off-topic verdict on a message that uses them is withdrawn.

jieba segments only when a profile is built (on registration changes and every so many work
messages), never per message: per message it is one pass of a double-array automaton.
"""

from __future__ import annotations

import logging
import re
import threading
import warnings
from collections import Counter, deque
from collections.abc import Iterable
from functools import lru_cache
from types import ModuleType

import daachorse

from bot.policy.normalize import normalize

# Words every work group uses, or that say nothing about a matter: a profile made of them would
# excuse any chatter.
_GENERIC_WORDS = (
    "工作 工作群 群 专班 专项 小组 领导小组 办公室 临时 常设 事项 相关 有关 管理 服务 推进 落实 开展 "
    "部门 单位 科室 全市 全县 全区 全省 全镇 市级 县级 区级 年度 季度 月度 本周 今天 明天 昨天 "
    "通知 会议 材料 情况 报送 大家 各位 我们 你们 他们 一下 一个 这个 那个 什么 怎么 可以 已经 "
    "没有 还是 就是 时候 现在 问题 信息 网络 平台 系统 活动 群众 人员 同志 中心 政府 机关 "
    "建设 创建 发展 提升 加强 做好 组织 负责 联系 请假 收到 好的 谢谢 辛苦"
)
GENERIC = frozenset(_GENERIC_WORDS.split())
_WORDY = re.compile(r"[\u4e00-\u9fff]{2,}|[a-z][a-z0-9]{2,}")
# jieba's lazy initialisation is not thread-safe; the content model's word view shares it
jieba_lock = threading.Lock()


@lru_cache(maxsize=1)
def jieba_module() -> ModuleType:
    """jieba with its IDF table loaded, quiet. Nothing in qunguan adds words to its default
    dictionary: the content model's word view was trained on these segments."""
    import jieba

    # jieba.analyse reads its IDF table with an unclosed open(): not ours to warn about.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        import jieba.analyse  # extract_tags

    jieba.setLogLevel(logging.WARNING)
    return jieba


def warm_up() -> None:
    """Load jieba's dictionary and IDF table now (about a second), not on the first profile."""
    jieba = jieba_module()  # importing jieba.analyse reads the IDF table
    with jieba_lock:
        jieba.initialize()


def topic_words(texts: Iterable[str]) -> list[str]:
    """Words of ``texts`` that can name a topic: jieba's search-mode segments (拔河比赛 gives 拔河,
    比赛 and 拔河比赛) of two or more characters, folded, without the generic ones."""
    jieba = jieba_module()
    out: dict[str, None] = {}
    with jieba_lock:  # jieba's lazy initialisation is not thread-safe
        for text in texts:
            for word in jieba.cut_for_search(text or ""):
                form = normalize(word)
                if _WORDY.fullmatch(form) and form not in GENERIC:
                    out[form] = None
    return list(out)


class TopicProfile:
    """Seed words (matter, group name) and learned keywords; :meth:`covers` looks for them."""

    def __init__(self, seeds: Iterable[str] = (), learned: Iterable[str] = ()) -> None:
        self.seeds = tuple(dict.fromkeys(s for s in seeds if s))
        self.learned = tuple(w for w in dict.fromkeys(learned) if w and w not in self.seeds)
        self._forms = [*self.seeds, *self.learned]
        # leftmost-longest: the reason names 运动会, not the 运动 inside it
        self._ac = (
            daachorse.CharwiseDoubleArrayAhoCorasick(
                self._forms, match_kind=daachorse.MATCH_KIND_LEFTMOST_LONGEST
            )
            if self._forms
            else None
        )

    @classmethod
    def from_registration(cls, *texts: str | None, learned: Iterable[str] = ()) -> TopicProfile:
        """A profile seeded with the words of a group's matter, name, unit…"""
        return cls(topic_words(t for t in texts if t), learned)

    def __bool__(self) -> bool:
        return bool(self._forms)

    def covers(self, text: str, *, folded: str | None = None) -> str | None:
        """The first profile word ``text`` uses, or None."""
        if self._ac is None:
            return None
        view = normalize(text) if folded is None else folded
        for _start, _end, pid in self._ac.find(view):
            return self._forms[pid]
        return None


class TopicLearner:
    """The recent work messages of one group, and the keywords they share.

    :meth:`add` is O(1) (no segmentation). :meth:`keywords` runs jieba's TF-IDF over the kept
    messages and keeps keywords used by at least ``min_messages`` of them: jargon of the group's
    work (水位, 巡堤, 报名表), not words of one message.
    """

    def __init__(self, keep: int = 300, min_messages: int = 3, top: int = 40) -> None:
        self.messages: deque[str] = deque(maxlen=keep)
        self.min_messages = min_messages
        self.top = top
        self.added = 0

    def add(self, text: str) -> None:
        self.messages.append(text)
        self.added += 1

    def keywords(self) -> list[str]:
        if len(self.messages) < self.min_messages:
            return []
        jieba = jieba_module()
        with jieba_lock:
            tags = jieba.analyse.extract_tags("\n".join(self.messages), topK=self.top * 3)
        folded = [normalize(m) for m in self.messages]
        used: Counter[str] = Counter()
        for tag in tags:
            form = normalize(tag)
            if _WORDY.fullmatch(form) and form not in GENERIC:
                used[form] = sum(1 for m in folded if form in m)
        return [w for w, n in used.most_common() if n >= self.min_messages][: self.top]
