"""A compiled policy: normalise → match → findings → verdict. Pure: no NoneBot, no database."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.policy.classifier import OFF_TOPIC, ContentModel
from bot.policy.files import check_file_name
from bot.policy.lexicon import Lexicon, Suppressed, _drop_nested
from bot.policy.links import LinkChecker
from bot.policy.normalize import collapse_with_map, has_repeats, normalize, normalize_with_map
from bot.policy.offtopic import OffTopicModel, is_neutral
from bot.policy.pii import find_pii
from bot.policy.topic import TopicProfile
from bot.policy.types import ACTIONS, Finding, Verdict

# The content model alone flags no message shorter than this (folded characters): on a few words
# ("项目经费", "计划名单") its probabilities are confident and meaningless.
MODEL_MIN_CHARS = 6
# Quoted words in a report are excused except for these: personal data and links are as
# harmful inside quotes as outside, and a quoted 密级 mark ("封面印着“秘密”两个字，我拍照发一下")
# describes the document being posted; the secret rules exclude reports and rules themselves.
_NEVER_REPORTED = frozenset(("pii", "link", "secret"))
_QUOTE_OPEN = re.compile('[“「『"]')
_QUOTED = re.compile('“[^“”]{1,40}”|「[^「」]{1,40}」|『[^『』]{1,40}』|"[^"]{1,40}"')


@dataclass(frozen=True, slots=True)
class CategoryRule:
    category: str
    severity: str
    actions: tuple[str, ...]
    context: bool = False


@dataclass(frozen=True, slots=True)
class LadderStep:
    count: int
    action: str
    minutes: int = 0


@dataclass(frozen=True, slots=True)
class Ladder:
    """Warnings of a member in a group, counted over ``window_days``."""

    window_days: int
    steps: tuple[LadderStep, ...]

    def step_for(self, count: int) -> LadderStep | None:
        """The step reached exactly at the ``count``-th warning, if any."""
        for step in self.steps:
            if step.count == count:
                return step
        return None


@dataclass(slots=True)
class Pattern:
    category: str
    regex: re.Pattern[str]
    source: str
    #: literal beginnings (None: can start anywhere)
    triggers: list[str] | None = None


@dataclass
class Policy:
    version: str
    name: str
    path: Path
    categories: dict[str, CategoryRule]
    lexicon: Lexicon
    patterns: list[Pattern] = field(default_factory=list)
    links: LinkChecker | None = None
    file_block_extensions: tuple[str, ...] = ()
    offtopic: OffTopicModel | None = None
    #: the supervised content classifier and the classes it may report (``[classifier]``); with
    #: ``off_topic`` among them it replaces ``offtopic`` for off-topic chatter
    classifier: ContentModel | None = None
    classifier_categories: frozenset[str] = frozenset()
    offtopic_streak: int = 5
    offtopic_remind_every: int = 1800
    ladder: Ladder = field(default_factory=lambda: Ladder(30, ()))
    #: files this policy was built from, for reload on change
    sources: tuple[Path, ...] = ()

    def __post_init__(self) -> None:
        # Patterns without a literal beginning run on every message; the others only when the
        # lexicon automaton saw one of their triggers.
        self._always = [i for i, p in enumerate(self.patterns) if p.triggers is None]

    # -- checks ---------------------------------------------------------------------------------

    def check(
        self,
        text: str,
        *,
        allow_terms: Iterable[str] = (),
        offtopic: bool = True,
        topic: TopicProfile | None = None,
    ) -> Verdict:
        """What the policy objects to in one message."""
        verdict, _ = self.explain(text, allow_terms=allow_terms, offtopic=offtopic, topic=topic)
        return verdict

    def explain(
        self,
        text: str,
        *,
        allow_terms: Iterable[str] = (),
        offtopic: bool = True,
        topic: TopicProfile | None = None,
    ) -> tuple[Verdict, list[Suppressed]]:
        """Findings plus the matches that context or an allow-list excused (for /检测).

        ``topic``: the group's own topic; an off-topic verdict on a message that talks about it
        is withdrawn (a sports-day group talks about 比赛)."""
        # one folded view for the lexicon's fast path and the classifier
        folded = text.translate(self.lexicon.fold)
        findings, suppressed, triggered = self.lexicon.scan(
            text, extra_allow=allow_terms, folded=folded
        )
        if triggered or self._always:
            findings.extend(self._pattern_findings(text, sorted(triggered.union(self._always))))
        if "pii" in self.categories:
            findings.extend(find_pii(text))
        if self.links is not None:
            findings.extend(self.links.check(text))
        # categories an allow-list or an enforcement/training context excused here: the model
        # does not bring them back ("网赌千万别碰，十赌九输" names gambling to warn against it)
        excused = {s.finding.category for s in suppressed} if suppressed else set()
        if findings:
            allowed = [f for f in (normalize(a) for a in allow_terms) if f]
            spans = _allowed_spans(text, allowed) if allowed else []
            quoted = self._reported_quotes(text)
            kept = []
            for f in findings:
                if f.category not in self.categories:
                    continue
                if _allowed(f, allowed, spans):
                    excused.add(f.category)
                elif (
                    quoted
                    and f.category not in _NEVER_REPORTED
                    and any(s < f.span[1] and f.span[0] < e for s, e in quoted)
                ):
                    excused.add(f.category)
                    suppressed.append(Suppressed(f, "转述语境（通报、记录中引号内的原话）"))
                else:
                    kept.append(f)
            findings = _dedupe(kept)
        model_off = 0.0
        if self.classifier is not None and self.classifier_categories:
            found = {f.category for f in findings}
            for category, prob in self.classifier.classify(text, folded=folded):
                if category == OFF_TOPIC:
                    model_off = prob
                elif (
                    category in self.classifier_categories
                    and category in self.categories
                    and category not in found
                    and category not in excused
                    # an acknowledgement or greeting ("明白明白") or a few words ("项目经费")
                    # are never forbidden by the model alone: too little evidence
                    and len(folded) >= MODEL_MIN_CHARS
                    and not is_neutral(text)
                ):
                    rule = self.categories[category]
                    findings.append(
                        Finding(
                            category,
                            f"model:{category}",
                            (0, len(text)),
                            "",
                            rule.severity,
                            f"{prob:.2f}",
                        )
                    )
        if not findings and not offtopic:
            return Verdict(policy_version=self.version), suppressed
        if offtopic and not findings and "off_topic" in self.categories:
            severity = self.categories["off_topic"].severity
            off: Finding | None = None
            if OFF_TOPIC in self.classifier_categories:
                if model_off and not is_neutral(text):
                    off = Finding(
                        "off_topic",
                        "model:off_topic",
                        (0, len(text)),
                        "",
                        severity,
                        f"{model_off:.2f}",
                    )
            elif self.offtopic is not None:
                score = self.offtopic.score(text)
                if score >= self.offtopic.threshold:
                    off = Finding(
                        "off_topic", "offtopic:model", (0, len(text)), "", "low", f"{score:.2f}"
                    )
            if off is not None:
                word = topic.covers(text, folded=folded) if topic else None
                if word is None:
                    findings.append(off)
                else:
                    suppressed.append(Suppressed(off, f"本群工作内容（{word}）"))
        return self._verdict(findings), suppressed

    def check_file(self, name: str) -> Verdict:
        """An uploaded file's name."""
        findings = [
            f
            for f in check_file_name(name, block_extensions=self.file_block_extensions)
            if f.category in self.categories
        ]
        return self._verdict(findings)

    def _verdict(self, findings: list[Finding]) -> Verdict:
        wanted: set[str] = set()
        for f in findings:
            if f.category != "off_topic":
                wanted.update(self.categories[f.category].actions)
        actions = [a for a in ACTIONS if a in wanted]
        return Verdict(findings=findings, actions=actions, policy_version=self.version)

    def _reported_quotes(self, text: str) -> list[tuple[int, int]]:
        """Quoted words of a message that reports them: spans of “…” when a context cue
        (通报, 辱骂, 扬言, 普法 …) stands outside the quotes ("来访人员辱骂值班干部“狗官”，已
        记录在案"). A message that only quotes ("快转“……”") gets nothing excused."""
        if not _QUOTE_OPEN.search(text):
            return []
        spans = [m.span() for m in _QUOTED.finditer(text)]
        if not spans:
            return []
        outside, last = [], 0
        for s, e in spans:
            outside.append(text[last:s])
            last = e
        outside.append(text[last:])
        return spans if self.lexicon.has_cue("。".join(outside)) else []

    def _pattern_findings(self, text: str, which: list[int]) -> list[Finding]:
        folded, index = normalize_with_map(text)
        # Patterns see the text with runs of a repeated character collapsed too (policies/README:
        # 加加微微信信 is 加微信), as the lexicon does; the trigger may have come from that view.
        views = [(folded, index, index)]
        if has_repeats(folded):
            views.append(collapse_with_map(folded, index))
        out = []
        for i in which:
            pattern = self.patterns[i]
            rule = self.categories.get(pattern.category)
            for folded, first, last in views:
                for m in pattern.regex.finditer(folded):
                    if m.end() <= m.start():
                        continue
                    out.append(
                        Finding(
                            category=pattern.category,
                            rule=f"pattern:{pattern.category}",
                            span=(first[m.start()], last[m.end() - 1] + 1),
                            term=m.group(0)[:40],
                            severity=rule.severity if rule else "medium",
                            detail=pattern.source,
                        )
                    )
        return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per category and span (a term and a pattern may both see 机密★)."""
    seen: set[tuple[str, tuple[int, int]]] = set()
    out = []
    for f in sorted(findings, key=lambda f: (f.span, f.category)):
        if (f.category, f.span) not in seen:
            seen.add((f.category, f.span))
            out.append(f)
    return _drop_nested(out)


def _allowed_spans(text: str, allowed_forms: list[str]) -> list[tuple[int, int]]:
    """Where the group's allowed phrases occur in ``text`` (original coordinates)."""
    folded, index = normalize_with_map(text)
    spans = []
    for form in allowed_forms:
        pos = folded.find(form)
        while pos >= 0:
            spans.append((index[pos], index[pos + len(form) - 1] + 1))
            pos = folded.find(form, pos + 1)
    return spans


def _allowed(finding: Finding, allowed_forms: list[str], spans: list[tuple[int, int]]) -> bool:
    """A group's allow-list excuses a finding that lies inside an allowed phrase of the message,
    or whose matched term (a domain, a term) contains an allowed phrase. Never personal data."""
    if not allowed_forms or finding.category == "pii":
        return False
    start, end = finding.span
    if any(s <= start and end <= e for s, e in spans):
        return True
    term = normalize(finding.term)
    return bool(term) and any(a in term for a in allowed_forms)
