"""Lexicon matching on a character-wise double-array Aho-Corasick automaton (daachorse).

Terms and messages go through the same normalisation, so evasions by spacing, width, case,
traditional characters and repetition are matched by one automaton pass. Terms marked ``~`` are
also matched by sound (pinyin) in a second pass that runs only when the message contains a
character that could start one of them. Allow-list phrases and context cues (打击, 谨防, 不得 …)
are looked up only for messages that hit something.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import daachorse

from bot.policy.normalize import (
    BOUNDARIES,
    by_sound,
    collapse,
    has_repeats,
    normalize,
    normalize_with_map,
    pinyin_table,
)
from bot.policy.types import Finding


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    category: str
    homophone: bool = False
    source: str = ""  # file:line, for /检测 and error messages


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon match in normalised coordinates, before context rules."""

    start: int
    end: int
    term: Term
    by_sound: bool
    collapsed: bool = False  # found in the text with repeats collapsed


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A match that context or the allow-list excused (shown by /检测, never acted on)."""

    finding: Finding
    reason: str


def _automaton(patterns: list[str]) -> daachorse.CharwiseDoubleArrayAhoCorasick | None:
    if not patterns:
        return None
    return daachorse.CharwiseDoubleArrayAhoCorasick(
        patterns, match_kind=daachorse.MATCH_KIND_STANDARD
    )


class Lexicon:
    """All lexicon terms of a policy, compiled."""

    def __init__(
        self,
        terms: Iterable[Term],
        *,
        allow: Iterable[str] = (),
        cues: Iterable[str] = (),
        context_categories: Iterable[str] = (),
        window: int = 12,
        severity: dict[str, str] | None = None,
    ) -> None:
        self.window = window
        self.context_categories = frozenset(context_categories)
        self.severity = severity or {}
        by_form: dict[str, list[Term]] = defaultdict(list)
        sound_form: dict[str, list[Term]] = defaultdict(list)
        for term in terms:
            form = normalize(term.text)
            if len(form) < 2:
                raise ValueError(
                    f"{term.source}: 词条“{term.text}”规范化后不足两个字，会误伤正常消息"
                )
            if term not in by_form[form]:
                by_form[form].append(term)
            if term.homophone:
                sound_form[by_sound(form)].append(term)
        self._forms = list(by_form)
        self._terms = [by_form[f] for f in self._forms]
        self._ac = _automaton(self._forms)
        self._sound_forms = list(sound_form)
        self._sound_terms = [sound_form[f] for f in self._sound_forms]
        self._sound_ac = _automaton(self._sound_forms)
        self._sound_gate = self._gate(self._sound_forms) if self._sound_forms else None
        # Allow phrases and cues share one automaton; ids below ``_n_allow`` are allow phrases.
        allow_forms = [f for f in dict.fromkeys(normalize(a) for a in allow) if f]
        cue_forms = [f for f in dict.fromkeys(normalize(c) for c in cues) if f]
        self._n_allow = len(allow_forms)
        self._aux = _automaton(allow_forms + cue_forms)
        self.size = sum(len(t) for t in self._terms)

    @staticmethod
    def _gate(sound_forms: list[str]) -> re.Pattern[str]:
        """Characters that can start a sound match: every character sharing the first syllable."""
        table = pinyin_table()
        starts = {f[0] for f in sound_forms}
        chars = {chr(cp) for cp, rep in table.items() if rep in starts} | starts
        return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")

    def _near(self, norm: str, hit: Hit, s: int, e: int) -> bool:
        """A cue [s, e) within the window of ``hit`` and in the same sentence."""
        return _near_impl(norm, hit, s, e, self.window)

    def _view_hits(self, view: str, collapsed: bool) -> list[Hit]:
        out: list[Hit] = []
        if self._ac is not None:
            for start, end, pid in self._ac.find_overlapping(view):
                out.extend(Hit(start, end, t, False, collapsed) for t in self._terms[pid])
        if self._sound_ac is not None and self._sound_gate.search(view):  # type: ignore[union-attr]
            for start, end, pid in self._sound_ac.find_overlapping(by_sound(view)):
                out.extend(Hit(start, end, t, True, collapsed) for t in self._sound_terms[pid])
        return out

    def hits(self, norm: str) -> list[Hit]:
        """Matches in an already normalised text (fast path); a second look with repeats
        collapsed when the text has any."""
        out = self._view_hits(norm, False)
        if has_repeats(norm):
            seen = {(h.term, h.by_sound) for h in out}
            out.extend(
                h for h in self._view_hits(collapse(norm), True) if (h.term, h.by_sound) not in seen
            )
        return out

    def scan(
        self, text: str, *, norm: str | None = None, extra_allow: Iterable[str] = ()
    ) -> tuple[list[Finding], list[Suppressed]]:
        """Findings in ``text`` (spans in the original), and the matches that were excused."""
        norm = normalize(text) if norm is None else norm
        hits = self.hits(norm)
        if not hits:
            return [], []
        extra = [f for f in dict.fromkeys(normalize(p) for p in extra_allow) if f]
        views = {False: self._view(text, False, extra)}
        if any(h.collapsed for h in hits):
            views[True] = self._view(text, True, extra)
        findings: list[Finding] = []
        suppressed: list[Suppressed] = []
        seen: set[tuple[str, int, int]] = set()
        for hit in sorted(hits, key=lambda h: (h.collapsed, h.by_sound, h.start, h.start - h.end)):
            view, index, allow_spans, cue_spans = views[hit.collapsed]
            span = (index[hit.start], index[hit.end - 1] + 1)
            key = (hit.term.category, *span)
            if key in seen:
                continue
            seen.add(key)
            finding = Finding(
                category=hit.term.category,
                rule=f"lexicon:{hit.term.category}" + (":sound" if hit.by_sound else ""),
                span=span,
                term=hit.term.text,
                severity=self.severity.get(hit.term.category, "medium"),
                detail="谐音匹配" if hit.by_sound else "",
            )
            if any(s <= hit.start and hit.end <= e for s, e in allow_spans):
                suppressed.append(Suppressed(finding, "白名单"))
            elif hit.term.category in self.context_categories and any(
                self._near(view, hit, s, e) for s, e in cue_spans
            ):
                suppressed.append(Suppressed(finding, "执法、培训或警示语境"))
            else:
                findings.append(finding)
        return _drop_nested(findings), suppressed

    def _view(
        self, text: str, collapsed: bool, extra_allow: list[str]
    ) -> tuple[str, list[int], list[tuple[int, int]], list[tuple[int, int]]]:
        """A normalised view with its index map and the allow/cue spans found in it."""
        view, index = normalize_with_map(text, collapsed=collapsed)
        allow_spans: list[tuple[int, int]] = []
        cue_spans: list[tuple[int, int]] = []
        if self._aux is not None:
            for start, end, pid in self._aux.find_overlapping(view):
                (allow_spans if pid < self._n_allow else cue_spans).append((start, end))
        for form in extra_allow:
            pos = view.find(form)
            while pos >= 0:
                allow_spans.append((pos, pos + len(form)))
                pos = view.find(form, pos + 1)
        return view, index, allow_spans, cue_spans


def _near_impl(norm: str, hit: Hit, s: int, e: int, window: int) -> bool:
    if s - window > hit.end or hit.start > e + window:
        return False
    # within the window, and in the same sentence
    lo, hi = (e, hit.start) if e <= hit.start else (hit.end, s)
    return lo >= hi or not any(ch in BOUNDARIES for ch in norm[lo:hi])


def _drop_nested(findings: list[Finding]) -> list[Finding]:
    """Of findings of one category, keep those not inside a longer one (赌博网站 ⊃ 赌博)."""
    kept: list[Finding] = []
    for f in findings:
        if any(
            o is not f
            and o.category == f.category
            and o.span[0] <= f.span[0]
            and f.span[1] <= o.span[1]
            and (o.span[1] - o.span[0]) > (f.span[1] - f.span[0])
            for o in findings
        ):
            continue
        kept.append(f)
    return kept


def read_terms(path: str, category: str, lines: Iterable[str]) -> list[Term]:
    """Parse a lexicon file: one term a line, ``#`` comments, ``~term`` for sound matching."""
    terms: list[Term] = []
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        homophone = line.startswith("~")
        text = line.lstrip("~").strip()
        if text:
            terms.append(Term(text, category, homophone, f"{path}:{n}"))
    return terms
