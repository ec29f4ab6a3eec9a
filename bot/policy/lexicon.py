"""Lexicon matching on a character-wise double-array Aho-Corasick automaton (daachorse).

One automaton holds every term in its folded form (width, case, traditional characters,
separators removed — see ``normalize``), the literal triggers of the regex patterns (a pattern
runs only on messages that contain one of its possible beginnings) and, for the terms marked
``~``, every two-character opening that *sounds* like theirs, and every doubled character of
the forms. A message costs one ``str.translate`` and one automaton pass; only when an opening
occurs is the window behind it mapped to pinyin classes and searched for the ``~`` terms by sound
(堵搏 for 赌博).

Allow-list phrases and context cues (打击, 谨防, 不得 …) are looked up only for messages that
hit something. A second look with runs of a repeated character collapsed (六六合合彩彩) is taken
only when a run sits inside a trigram of some form — not for the 谢谢 of ordinary messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import daachorse

from bot.policy.normalize import (
    BOUNDARIES,
    SourceMap,
    collapse,
    collapse_with_map,
    fold_table,
    has_repeats,
    normalize,
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
class Suppressed:
    """A match that context or the allow-list excused (shown by /检测, never acted on)."""

    finding: Finding
    reason: str


@dataclass(frozen=True, slots=True)
class _Entry:
    term: Term | None = None  # a lexicon term
    pattern: int = -1  # or the index of the pattern this trigger belongs to
    gate: bool = False  # or a sound opening of a ``~`` term
    repeat: bool = False  # or a doubled character of some form (``赌赌``): a run to look at


_GATE = _Entry(gate=True)
_REPEAT_RUN = _Entry(repeat=True)
_FORM, _GATED, _RUN = 1, 2, 4
_CHUNK = 4096  # characters per automaton call on a long text


def to_sound(folded: str) -> str:
    return folded.translate(pinyin_table())


def _common(ch: str) -> bool:
    """GB 2312 level-1 characters: the 3,755 in everyday use."""
    try:
        code = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


@lru_cache(maxsize=1)
def _sound_classes() -> dict[str, list[str]]:
    """Pinyin representative → the everyday characters that read so (the gate for sound
    matching; rarer look-alikes are still matched once the gate opens)."""
    classes: dict[str, list[str]] = {}
    table = pinyin_table()
    for cp in range(0x4E00, 0xA000):
        ch = chr(cp)
        if _common(ch):
            classes.setdefault(chr(table[cp]), []).append(ch)
    return classes


def _automaton(patterns: list[str]) -> daachorse.CharwiseDoubleArrayAhoCorasick | None:
    if not patterns:
        return None
    return daachorse.CharwiseDoubleArrayAhoCorasick(
        patterns, match_kind=daachorse.MATCH_KIND_STANDARD
    )


class Lexicon:
    """All lexicon terms (and pattern triggers) of a policy, compiled."""

    def __init__(
        self,
        terms: Iterable[Term],
        *,
        allow: Iterable[str] = (),
        cues: Iterable[str] = (),
        context_categories: Iterable[str] = (),
        window: int = 12,
        severity: dict[str, str] | None = None,
        triggers: Iterable[tuple[str, int]] = (),
    ) -> None:
        allow, cues, triggers = tuple(allow), tuple(cues), tuple(triggers)
        self._settings = (allow, cues, tuple(context_categories), window, severity, triggers)
        self.window = window
        self.context_categories = frozenset(context_categories)
        self.severity = severity or {}
        self.terms: list[Term] = []
        exact: dict[str, list[_Entry]] = {}
        sound: dict[str, list[Term]] = {}
        for term in terms:
            form = normalize(term.text)
            if len(form) < 2:
                raise ValueError(
                    f"{term.source}: 词条“{term.text}”规范化后不足两个字，会误伤正常消息"
                )
            self.terms.append(term)
            # one entry per form and category: a term that several files list (a group's
            # override repeating a default term) would only be found again and dropped as the
            # same finding; the first file's stays, as the scan kept the first before
            entries = exact.setdefault(form, [])
            if not any(e.term is not None and e.term.category == term.category for e in entries):
                entries.append(_Entry(term))
            if term.homophone:
                by_sound = sound.setdefault(to_sound(form), [])
                if not any(t.category == term.category for t in by_sound):
                    by_sound.append(term)
        for text, pattern in triggers:
            form = normalize(text)
            if form:
                exact.setdefault(form, []).append(_Entry(pattern=pattern))
        classes = _sound_classes()
        for opening in {f[:2] for f in sound}:
            for a in {opening[0], *classes.get(opening[0], ())}:
                for b in {opening[1], *classes.get(opening[1], ())}:
                    exact.setdefault(a + b, []).append(_GATE)
        # A run of a repeated character hides a term only when it sits inside one (赌赌博博
        # holds 赌博 as it is; 六合合彩 needs the collapse): the fast path finds doubled
        # characters with the same automaton pass and collapses only when the run and its
        # neighbours make a trigram of some form — not for the 谢谢 or 11月 of every other message.
        self._trigrams = frozenset(f[i : i + 3] for f in exact for i in range(len(f) - 2))
        for ch in {ch for f in exact for ch in f}:
            exact.setdefault(ch + ch, []).append(_REPEAT_RUN)
        self._forms = list(exact)
        self._entries = [exact[f] for f in self._forms]
        # per form, bit flags: _FORM a term or trigger; _GATED a sound gate — ordinary words
        # open those (见值 of 见值班表 reads jian zhi like 兼职), so the fast path asks the
        # sound automaton first; _RUN a doubled character
        self._kind = [
            (_FORM if any(not (e.gate or e.repeat) for e in es) else 0)
            | (_GATED if any(e.gate for e in es) else 0)
            | (_RUN if any(e.repeat for e in es) else 0)
            for es in self._entries
        ]
        self._ac = _automaton(self._forms)
        self._longest = max(map(len, self._forms), default=0)
        self._sound_forms = list(sound)
        self._sound_terms = [sound[f] for f in self._sound_forms]
        self._sound_ac = _automaton(self._sound_forms)
        self._sound_span = max(map(len, self._sound_forms), default=0)
        # the first three sounds of every ``~`` form (the whole form if it has two)
        self._sound_prefixes = frozenset(f[:3] for f in self._sound_forms)
        #: ``normalize``'s translate table: ``text.translate(lexicon.fold)`` is ``normalize(text)``
        #: without the function calls, for the per-message path
        self.fold = fold_table()
        # Allow phrases and cues share one automaton (folded); ids below ``_n_allow`` allow.
        allow_forms = [f for f in dict.fromkeys(normalize(a) for a in allow) if f]
        cue_forms = [f for f in dict.fromkeys(normalize(c) for c in cues) if f]
        self._n_allow = len(allow_forms)
        self._aux = _automaton(allow_forms + cue_forms)

    @property
    def size(self) -> int:
        return len(self.terms)

    def with_terms(self, extra: Iterable[Term]) -> Lexicon:
        """This lexicon plus ``extra`` terms: same allow-list, cues, context and triggers."""
        allow, cues, categories, window, severity, triggers = self._settings
        return Lexicon(
            [*self.terms, *extra],
            allow=allow,
            cues=cues,
            context_categories=categories,
            window=window,
            severity=severity,
            triggers=triggers,
        )

    # -- fast path ------------------------------------------------------------------------------

    def candidates(self, text: str, *, folded: str | None = None) -> bool:
        """Whether ``text`` may contain a term or a pattern trigger (no false negatives).
        ``folded`` is ``normalize(text)`` when the caller has it already."""
        view = text.translate(self.fold) if folded is None else folded
        return any(self._probe(view))

    def _probe(
        self, view: str, hits: Iterable[tuple[int, int, int]] | None = None
    ) -> tuple[bool, bool]:
        """Whether the folded ``view`` may hold a form as it is, and whether its collapsed
        view (runs of a character to one) may hold one that ``view`` does not. ``hits``: the
        automaton's matches in ``view``, when the caller has them."""
        if self._ac is None:
            return False, False
        if hits is None:
            hits = self._hits(view)
        if not hits:
            return False, False
        kind = self._kind
        gates: list[int] = []
        plain = runs = False
        run_end = 0  # each run is looked at once, at its first doubled pair (长长长… is linear)
        for start, _, pid in hits:
            k = kind[pid]
            if k & _FORM:
                plain = True
            elif k & _GATED:
                gates.append(start)
            if k & _RUN and not runs and start >= run_end:
                runs, run_end = self._inner_run(view, start)
        # a sound term starts where its gate opens: read the sound of that window only
        if gates and not plain:
            plain = self._opens_sound_term(view, gates)
        # a sound term may hide a run anywhere behind its gate: collapse on any run then
        if not (runs or (gates and has_repeats(view))):
            return plain, False
        if plain:
            return True, True
        view = collapse(view)
        gated = False
        for _, _, pid in self._hits(view):
            if kind[pid] & _FORM:
                return False, True
            gated = gated or bool(kind[pid] & _GATED)
        return False, gated and self._sounds(view)

    def _hits(self, view: str) -> Iterable[tuple[int, int, int]]:
        """The automaton's overlapping matches in ``view``; a long text is searched in chunks
        (overlapping by the longest form), so that a megabyte of one character does not build
        a list of a million matches at once."""
        assert self._ac is not None
        if len(view) <= _CHUNK:
            return self._ac.find_overlapping(view)
        return self._chunked_hits(view)

    def _chunked_hits(self, view: str) -> Iterator[tuple[int, int, int]]:
        assert self._ac is not None
        for offset in range(0, len(view), _CHUNK):
            for start, end, pid in self._ac.find_overlapping(
                view[offset : offset + _CHUNK + self._longest]
            ):
                if start < _CHUNK:
                    yield offset + start, offset + end, pid

    def _opens_sound_term(self, view: str, gates: list[int]) -> bool:
        """Whether a ``~`` term sounds in ``view`` from one of the ``gates``. The three
        characters from the gate are read first: a two-character gate opens on everyday words
        (见值 of 值班 reads like 兼职), the third character rarely goes on like a term."""
        span = self._sound_span
        return any(
            self._may_sound_from(view, g) and self._sounds(view[g : g + span]) for g in gates
        )

    def _may_sound_from(self, view: str, gate: int) -> bool:
        """Whether the first three sounds from ``gate`` begin some ``~`` form (all of a
        two-character one)."""
        head = to_sound(view[gate : gate + 3])
        return head in self._sound_prefixes or head[:2] in self._sound_prefixes

    def _sounds(self, view: str) -> bool:
        return self._sound_ac is not None and bool(self._sound_ac.find_overlapping(to_sound(view)))

    def _inner_run(self, view: str, start: int) -> tuple[bool, int]:
        """Whether the run of ``view[start]`` lies between two characters that make a trigram
        of some form with it: only then can collapsing it reveal a form not already in ``view``
        (a form found only in the collapsed view has a collapsed run strictly inside it)."""
        ch = view[start]
        i, j = start, start + 2
        while i > 0 and view[i - 1] == ch:
            i -= 1
        while j < len(view) and view[j] == ch:
            j += 1
        return i > 0 and j < len(view) and view[i - 1] + ch + view[j] in self._trigrams, j

    # -- slow path ------------------------------------------------------------------------------

    def _confirmed(
        self, folded: str, hits: Iterable[tuple[int, int, int]]
    ) -> list[tuple[int, int, _Entry, bool]]:
        """(start, end, entry, by_sound) in a folded view, from the automaton's ``hits``."""
        out: list[tuple[int, int, _Entry, bool]] = []
        gates: list[int] = []
        for start, end, pid in hits:
            for entry in self._entries[pid]:
                if entry.gate:
                    gates.append(start)
                elif not entry.repeat:
                    out.append((start, end, entry, False))
        if gates and self._sound_ac is not None:
            # a sound term starts where its gate opens (as on the fast path): the window behind
            # each opening is read by sound, not the whole message
            span = self._sound_span
            for g in dict.fromkeys(gates):
                if not self._may_sound_from(folded, g):
                    continue
                for start, end, pid in self._sound_ac.find_overlapping(
                    to_sound(folded[g : g + span])
                ):
                    if start == 0:
                        out.extend((g, g + end, _Entry(t), True) for t in self._sound_terms[pid])
        return out

    def scan(
        self, text: str, *, extra_allow: Iterable[str] = (), folded: str | None = None
    ) -> tuple[list[Finding], list[Suppressed], set[int]]:
        """Findings in ``text`` (spans in the original), the matches that were excused, and the
        patterns whose trigger occurs. ``folded``: ``normalize(text)``, when already computed."""
        if folded is None:
            folded = text.translate(self.fold)
        if self._ac is None:
            return [], [], set()
        hits = self._hits(folded)
        if not hits:
            return [], [], set()
        if not isinstance(hits, list):  # a long text's chunks: searched once, looked at twice
            hits = list(hits)
        plain, collapsed = self._probe(folded, hits)
        if not (plain or collapsed):
            return [], [], set()
        extra = [f for f in dict.fromkeys(map(normalize, extra_allow)) if f] if extra_allow else []
        findings: list[Finding] = []
        suppressed: list[Suppressed] = []
        patterns: set[int] = set()
        seen: set[tuple[str, int, int]] = set()
        # folded → source positions: from the few deleted characters; a list of every
        # position only for the (rare) collapsed view
        source = SourceMap(text, folded)
        views: list[tuple[str, Sequence[int], Sequence[int], Iterable[tuple[int, int, int]]]] = []
        if plain:
            views.append((folded, source, source, hits))
        if collapsed:
            short, starts, ends = collapse_with_map(folded, source.positions())
            views.append((short, starts, ends, self._hits(short)))
        for view, first, last, view_hits in views:
            confirmed = self._confirmed(view, view_hits)
            if not confirmed:
                continue
            allow_spans, cue_spans = self._aux_spans(view, extra)
            for start, end, entry, by_sound in sorted(
                confirmed, key=lambda h: (h[3], h[0], h[0] - h[1])
            ):
                if entry.term is None:
                    patterns.add(entry.pattern)
                    continue
                term = entry.term
                span = _run_span(view, start, end, first, last)
                key = (term.category, *span)
                if key in seen:
                    continue
                seen.add(key)
                finding = Finding(
                    category=term.category,
                    rule=f"lexicon:{term.category}" + (":sound" if by_sound else ""),
                    span=span,
                    term=term.text,
                    severity=self.severity.get(term.category, "medium"),
                    detail="谐音匹配" if by_sound else "",
                )
                if any(s <= start and end <= e for s, e in allow_spans):
                    suppressed.append(Suppressed(finding, "白名单"))
                elif term.category in self.context_categories and any(
                    _near(view, start, end, s, e, self.window) for s, e in cue_spans
                ):
                    suppressed.append(Suppressed(finding, "执法、培训或警示语境"))
                else:
                    findings.append(finding)
        return _drop_nested(findings), suppressed, patterns

    def has_cue(self, text: str) -> bool:
        """Whether ``text`` holds a context cue (打击, 通报, 辱骂 …) anywhere."""
        if self._aux is None:
            return False
        n = self._n_allow
        return any(pid >= n for _, _, pid in self._aux.find_overlapping(normalize(text)))

    def _aux_spans(
        self, folded: str, extra_allow: list[str]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        allow_spans: list[tuple[int, int]] = []
        cue_spans: list[tuple[int, int]] = []
        if self._aux is not None:
            for start, end, pid in self._aux.find_overlapping(folded):
                (allow_spans if pid < self._n_allow else cue_spans).append((start, end))
        for form in extra_allow:
            pos = folded.find(form)
            while pos >= 0:
                allow_spans.append((pos, pos + len(form)))
                pos = folded.find(form, pos + 1)
        return allow_spans, cue_spans


def _run_span(
    folded: str, start: int, end: int, index: Sequence[int], last: Sequence[int]
) -> tuple[int, int]:
    """The span in the original of folded [start, end), widened over runs of its first and
    last character (赌赌赌博博 is recalled as a whole, not its 赌博 core)."""
    while start > 0 and folded[start - 1] == folded[start]:
        start -= 1
    while end < len(folded) and folded[end] == folded[end - 1]:
        end += 1
    return index[start], last[end - 1] + 1


def _near(folded: str, start: int, end: int, s: int, e: int, window: int) -> bool:
    """A cue [s, e) within ``window`` characters of a hit [start, end), in the same sentence."""
    if s - window > end or start > e + window:
        return False
    lo, hi = (e, start) if e <= start else (end, s)
    return lo >= hi or not any(ch in BOUNDARIES for ch in folded[lo:hi])


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


# -- pattern triggers -----------------------------------------------------------------------------

_MAX_TRIGGERS = 400


def pattern_triggers(regex: str) -> list[str] | None:
    """Literal strings one of which every match of ``regex`` starts with, or None if the
    pattern can start anywhere (then it always runs).

    Works on the parsed pattern: leading literals, groups, alternations and small character
    classes are expanded; zero-width assertions are skipped.
    """
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    try:
        parsed = sre_parse.parse(regex)
    except re.error:
        return None
    prefixes, _ = _prefixes(list(parsed))
    if prefixes is None or "" in prefixes or not prefixes:
        return None
    return sorted(prefixes)


def required_literals(regex: str) -> list[list[str]]:
    """Every set of literal strings of which each match of ``regex`` must contain one, taken at
    each required position of the pattern (not only its beginning): ``(今天|明天)…地震`` gives
    both ``[今天, 明天]`` and ``[地震]``, and the caller keeps the rarer."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    try:
        items = list(sre_parse.parse(regex))
    except re.error:
        return []
    options = []
    for i in range(len(items)):
        found, _ = _prefixes(items[i:])
        if found and "" not in found:
            options.append(sorted(found))
    return options


def _prefixes(items: list) -> tuple[set[str] | None, bool]:
    """(prefixes, complete): every match starts with one of ``prefixes``; ``complete`` if the
    whole sequence is exactly one of them."""
    from re import _constants as c  # type: ignore[attr-defined]

    out = {""}
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            out = {p + chr(av) for p in out}
            continue
        alternatives: set[str] | None = None
        complete = False
        if op is c.SUBPATTERN:
            alternatives, complete = _prefixes(list(av[3]))
        elif op is c.BRANCH:
            alternatives, complete = set(), True
            for branch in av[1]:
                sub, done = _prefixes(list(branch))
                if sub is None:
                    alternatives = None
                    break
                alternatives |= sub
                complete = complete and done
        elif op is c.IN and all(o is c.LITERAL for o, _ in av) and len(av) <= 16:
            alternatives, complete = {chr(a) for _, a in av}, True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            alternatives, _ = _prefixes(list(av[2]))
            complete = False
        if alternatives is None or "" in alternatives:
            return (out if out != {""} else None), False
        out = {p + a for p in out for a in alternatives}
        if len(out) > _MAX_TRIGGERS:
            return None, False
        if not complete:
            return out, False
    return out, True
