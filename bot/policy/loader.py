"""Policy files → compiled policies, with reload on change.

A broken file is rejected with a clear message (file, line, what is wrong) and the last good
policy stays active.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import tomllib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.policy.classifier import OFF_TOPIC, WORK, ContentModel
from bot.policy.engine import CategoryRule, Ladder, LadderStep, Pattern, Policy
from bot.policy.lexicon import Lexicon, Term, pattern_triggers, read_terms, required_literals
from bot.policy.links import LinkChecker
from bot.policy.normalize import normalize
from bot.policy.offtopic import OffTopicModel
from bot.policy.types import ACTIONS, CATEGORY_NAMES

log = logging.getLogger("qunguan.policy")


class PolicyError(Exception):
    """The policy cannot be used; the message says where and why (Chinese)."""

    #: the files read or looked for before the error (a store retries when one of them changes,
    #: e.g. when a lexicon file the policy names but that did not exist yet is created)
    sources: tuple[Path, ...] = ()


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Step(_Strict):
    count: int = Field(ge=1)
    action: str
    minutes: int = Field(0, ge=0, le=43200)

    @field_validator("action")
    @classmethod
    def _action(cls, v: str) -> str:
        if v not in ACTIONS:
            raise ValueError(f"未知动作 {v!r}（可用：{'、'.join(ACTIONS)}）")
        return v


class _Ladder(_Strict):
    window_days: int = Field(30, ge=1, le=366)
    steps: list[_Step] = Field(default_factory=list)


class _Allow(_Strict):
    terms: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)


class _Context(_Strict):
    window: int = Field(12, ge=0, le=100)
    cues: str | None = None


class _Category(_Strict):
    severity: str = "medium"
    actions: list[str] = Field(default_factory=lambda: ["log"])
    lexicons: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    context: bool = False
    # link
    deny_domains: str | None = None
    suspicious_tlds: list[str] = Field(default_factory=list)
    short_link_domains: list[str] = Field(default_factory=list)
    block_extensions: list[str] = Field(default_factory=list)
    # off_topic
    model: str | None = None
    streak: int = Field(5, ge=1, le=100)
    remind_every_minutes: int = Field(30, ge=0, le=1440)

    @field_validator("severity")
    @classmethod
    def _severity(cls, v: str) -> str:
        if v not in ("low", "medium", "high"):
            raise ValueError("severity 应为 low、medium 或 high")
        return v

    @field_validator("actions")
    @classmethod
    def _actions(cls, v: list[str]) -> list[str]:
        bad = [a for a in v if a not in ACTIONS]
        if bad:
            raise ValueError(f"未知动作 {bad[0]!r}（可用：{'、'.join(ACTIONS)}）")
        return v


class _Files(_Strict):
    block_extensions: list[str] = Field(default_factory=list)


class _Classifier(_Strict):
    model: str = "classifier/model.json"
    #: the classes that may produce findings (``off_topic`` too: it then replaces the old model)
    categories: list[str] = Field(default_factory=list)

    @field_validator("categories")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if c not in CATEGORY_NAMES]
        if bad:
            raise ValueError(f"未知类别 {bad[0]!r}（可用：{'、'.join(CATEGORY_NAMES)}）")
        return v


class _PolicyFile(_Strict):
    version: str
    name: str = ""
    ladder: _Ladder = Field(default_factory=_Ladder)
    allow: _Allow = Field(default_factory=_Allow)
    context: _Context = Field(default_factory=_Context)
    categories: dict[str, _Category]
    files: _Files = Field(default_factory=_Files)
    classifier: _Classifier | None = None

    @field_validator("categories")
    @classmethod
    def _known(cls, v: dict[str, _Category]) -> dict[str, _Category]:
        bad = [c for c in v if c not in CATEGORY_NAMES]
        if bad:
            raise ValueError(f"未知类别 {bad[0]!r}（可用：{'、'.join(CATEGORY_NAMES)}）")
        return v


DEFAULT_MODEL = "offtopic/model.json"
# Ordinary work messages (the off-topic model's own training rows labelled work): patterns are
# triggered by the required literal that these hit least, so that 明天/大家 do not wake a
# rumour rule on every notice.
ORDINARY_SAMPLE = "offtopic/train.csv"


@lru_cache(maxsize=2)
def _content_model(path: Path, mtime_ns: int, size: int) -> ContentModel:
    """The content model, read again only when its file changes: editing a lexicon reloads the
    policy, and the model (about 10 MB of JSON, two seconds to read) is the same object as before.
    The model is read-only once built, so policies may share it."""
    return ContentModel.load(path)


@lru_cache(maxsize=4)
def _ordinary_messages(path: Path) -> tuple[str, ...]:
    import csv

    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return tuple(
                normalize(row["text"]) for row in csv.DictReader(fh) if row.get("label") == "work"
            )
    except (OSError, KeyError, UnicodeDecodeError, csv.Error):
        return ()


class _TriggerChooser:
    """Picks, for each pattern, the required literal set rarest in ordinary messages."""

    def __init__(self, ordinary: tuple[str, ...]) -> None:
        self._ordinary = ordinary
        self._pending: list[tuple[int, list[list[str]]]] = []

    def add(self, index: int, regex: str) -> None:
        self._pending.append((index, required_literals(regex)))

    def choose(self, patterns: list[Pattern]) -> None:
        strings = sorted({t for _, options in self._pending for o in options for t in o})
        seen: dict[str, set[int]] = {t: set() for t in strings}
        if strings and self._ordinary:
            import daachorse

            ac = daachorse.CharwiseDoubleArrayAhoCorasick(
                strings, match_kind=daachorse.MATCH_KIND_STANDARD
            )
            for n, msg in enumerate(self._ordinary):
                for _, _, pid in ac.find_overlapping(msg):
                    seen[strings[pid]].add(n)

        def cost(option: list[str]) -> tuple[int, int]:
            hits: set[int] = set()
            for t in option:
                hits |= seen[t]
            return len(hits), -min(len(t) for t in option)

        for index, options in self._pending:
            pattern = patterns[index]
            pattern.triggers = (
                min(options, key=cost) if options else pattern_triggers(pattern.regex.pattern)
            )


def _read_lines(path: Path, what: str) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise PolicyError(f"{path}: {what}文件不存在") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: 无法读取{what}文件：{exc}") from None


def _entries(lines: list[str]) -> list[tuple[int, str]]:
    out = []
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append((n, line))
    return out


# pydantic's own (English) messages for the errors a hand-edited file most often has
_VALIDATION_MESSAGES = {
    "extra_forbidden": "未知的配置项（请检查拼写和所在的节）",
    "missing": "缺少必填项",
}


def load_policy(path: str | Path, *, classifier: bool = True) -> Policy:
    """Read and compile a policy file; raise PolicyError with one clear message.

    ``classifier=False``: the rules alone, without the ``[classifier]`` model (the trainer asks
    so while the model it trains does not exist yet)."""
    path = Path(path).resolve()
    sources = [path]
    try:
        return _load(path, sources, with_model=classifier)
    except PolicyError as exc:
        exc.sources = tuple(dict.fromkeys(sources))
        raise


def _load(path: Path, sources: list[Path], *, with_model: bool = True) -> Policy:
    base = path.parent
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PolicyError(f"{path}: 策略文件不存在") from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{path}: TOML 语法错误：{exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path}: 无法读取：{exc}") from None
    try:
        spec = _PolicyFile.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        if err["type"] == "value_error":
            message = err["msg"].removeprefix("Value error, ")
        else:
            message = _VALIDATION_MESSAGES.get(err["type"], f"取值无效（{err['msg']}）")
        raise PolicyError(f"{path}: {where}: {message}") from None

    def resolve(rel: str) -> Path:
        p = (base / rel).resolve()
        sources.append(p)
        return p

    terms: list[Term] = []
    patterns: list[Pattern] = []
    chooser = _TriggerChooser(_ordinary_messages(base / ORDINARY_SAMPLE))
    categories: dict[str, CategoryRule] = {}
    links: LinkChecker | None = None
    offtopic: OffTopicModel | None = None
    off = spec.categories.get("off_topic")
    for name, cat in spec.categories.items():
        categories[name] = CategoryRule(name, cat.severity, tuple(cat.actions), cat.context)
        for rel in cat.lexicons:
            file = resolve(rel)
            terms.extend(
                read_terms(
                    str(file.relative_to(base)) if file.is_relative_to(base) else str(file),
                    name,
                    _read_lines(file, "词库"),
                )
            )
        for rel in cat.patterns:
            file = resolve(rel)
            for n, line in _entries(_read_lines(file, "规则")):
                try:
                    regex = re.compile(line)
                except re.error as exc:
                    raise PolicyError(f"{file}:{n}: 正则表达式无效：{exc}") from None
                chooser.add(len(patterns), line)
                patterns.append(Pattern(name, regex, f"{file.name}:{n}"))
    chooser.choose(patterns)
    link = spec.categories.get("link")
    if link is not None:
        deny: list[str] = []
        if link.deny_domains:
            file = resolve(link.deny_domains)
            deny = [line.lower() for _, line in _entries(_read_lines(file, "域名"))]
        links = LinkChecker(
            allow_domains=[d.lower() for d in spec.allow.domains],
            deny_domains=deny,
            suspicious_tlds=link.suspicious_tlds,
            short_link_domains=link.short_link_domains,
            block_extensions=link.block_extensions or spec.files.block_extensions,
        )
    classifier: ContentModel | None = None
    classifier_categories: frozenset[str] = frozenset()
    if spec.classifier is not None and with_model:
        model_path = resolve(spec.classifier.model)
        try:
            stat = model_path.stat()
            classifier = _content_model(model_path, stat.st_mtime_ns, stat.st_size)
        except (OSError, ValueError) as exc:
            raise PolicyError(f"{model_path}: 内容分类模型无法加载：{exc}") from None
        for c in spec.classifier.categories:
            if c not in categories:
                raise PolicyError(
                    f"{path}: classifier.categories: 类别 {c!r} 未在 categories 中配置"
                )
            if c not in classifier.classes or c == WORK:
                raise PolicyError(
                    f"{path}: classifier.categories: 模型 {model_path.name} 没有类别 {c!r}"
                    f"（模型的类别：{'、'.join(x for x in classifier.classes if x != WORK)}）"
                )
        classifier_categories = frozenset(spec.classifier.categories)
    if with_model and off is not None and OFF_TOPIC not in classifier_categories:
        model_path = resolve(off.model or DEFAULT_MODEL)
        try:
            offtopic = OffTopicModel.load(model_path)
        except (OSError, ValueError) as exc:
            raise PolicyError(f"{model_path}: 无关话题模型无法加载：{exc}") from None
    cues: list[str] = []
    if spec.context.cues:
        file = resolve(spec.context.cues)
        cues = [line for _, line in _entries(_read_lines(file, "语境词"))]
    try:
        lexicon = Lexicon(
            terms,
            allow=spec.allow.terms,
            cues=cues,
            context_categories=[c for c, r in categories.items() if r.context],
            window=spec.context.window,
            severity={c: r.severity for c, r in categories.items()},
            triggers=[(t, i) for i, p in enumerate(patterns) for t in p.triggers or ()],
        )
    except ValueError as exc:
        raise PolicyError(str(exc)) from None
    return Policy(
        version=spec.version,
        name=spec.name,
        path=path,
        categories=categories,
        lexicon=lexicon,
        patterns=patterns,
        links=links,
        file_block_extensions=tuple(e.lower().lstrip(".") for e in spec.files.block_extensions),
        offtopic=offtopic,
        classifier=classifier,
        classifier_categories=classifier_categories,
        offtopic_streak=off.streak if off else 5,
        offtopic_remind_every=(off.remind_every_minutes * 60) if off else 1800,
        ladder=Ladder(
            spec.ladder.window_days,
            tuple(LadderStep(s.count, s.action, s.minutes) for s in spec.ladder.steps),
        ),
        sources=tuple(dict.fromkeys(sources)),
    )


class PolicyStore:
    """The active policy of one file, reloaded when any of its files changes.

    Checks modification times at most every ``check_every`` seconds; a file that fails to load
    is reported through ``on_error`` and the previous policy stays active.

    ``background``: reload in a thread while the previous policy keeps answering (the bot: a
    lexicon rebuild takes a second or two, which every message of every group would wait for on
    the event loop). ``on_change`` and ``on_error`` are then called from that thread.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        check_every: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
        on_change: Callable[[Policy | None, Policy], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        background: bool = False,
    ) -> None:
        self.path = Path(path)
        self._background = background
        self._reloading: threading.Thread | None = None
        self._check_every = check_every
        self._clock = clock
        self._on_change = on_change
        self._on_error = on_error
        self._policy: Policy | None = None
        self._stamps: dict[Path, int] = {}
        self._next_check = 0.0
        self.last_error: str | None = None
        self.reload()
        if self._policy is None:
            raise PolicyError(self.last_error or f"{self.path}: 无法加载")

    def _stamp(self, files: tuple[Path, ...]) -> dict[Path, int]:
        stamps: dict[Path, int] = {}
        for f in files:
            try:
                stamps[f] = f.stat().st_mtime_ns
            except OSError:
                stamps[f] = -1
        return stamps

    def reload(self) -> bool:
        """Load now; True if a new policy became active."""
        previous = self._policy
        # stamped before reading: a file saved again while it is read is read again next time
        before = self._stamp(tuple(self._stamps))
        try:
            policy = load_policy(self.path)
        except PolicyError as exc:
            message = str(exc)
            if message != self.last_error:
                log.error("策略文件有误，继续使用上一版策略：%s", message)
                if self._on_error:
                    self._on_error(message)
            self.last_error = message
            # Do not retry the same broken files until they change again.
            if previous is not None:
                self._stamps = self._stamp(tuple(dict.fromkeys(previous.sources + exc.sources)))
            return False
        self.last_error = None
        self._policy = policy
        self._stamps = {f: before.get(f, t) for f, t in self._stamp(policy.sources).items()}
        if previous is not None or self._on_change:
            log.info("策略已加载：%s 版本 %s", self.path, policy.version)
        if self._on_change:
            self._on_change(previous, policy)
        return True

    @property
    def policy(self) -> Policy:
        """The active policy, reloading first if a file changed."""
        now = self._clock()
        if now >= self._next_check and not self.reloading:
            self._next_check = now + self._check_every
            if self._stamp(tuple(self._stamps)) != self._stamps:
                if self._background:
                    self._reloading = threading.Thread(
                        target=self.reload, name=f"policy-reload {self.path.name}", daemon=True
                    )
                    self._reloading.start()
                else:
                    self.reload()
        assert self._policy is not None
        return self._policy

    @property
    def reloading(self) -> bool:
        """Whether a background reload is under way."""
        return self._reloading is not None and self._reloading.is_alive()

    def wait_reloaded(self, timeout: float | None = None) -> None:
        """Wait for a background reload to end (tests, shutdown)."""
        if self._reloading is not None:
            self._reloading.join(timeout)
