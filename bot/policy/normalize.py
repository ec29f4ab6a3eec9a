"""Text normalisation that sees through common evasions.

One ``str.translate`` folds width, case and traditional characters and deletes invisible and
separator characters (spaces, punctuation, emoji) so that ``賭 博``, ``赌*博`` and ``ＤＵ`` read as
``赌博`` and ``du``. Sentence ends
(。！？ and line breaks) are kept so that two sentences do not fuse into one term.

Runs of a repeated character are looked at a second time collapsed (``赌赌博博`` → ``赌博``).
The fast path returns only the normalised text; positions in the original are recovered by
``normalize_with_map`` only for messages that matched something.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import overload

# Kept as boundaries: a term never spans them.
BOUNDARIES = frozenset("。！？!?\n；;")
# Symbols that carry meaning for detectors (密级 marks such as 秘密★1年).
KEEP = BOUNDARIES | frozenset("★☆")


def _reads_as_text(cp: int) -> bool:
    """Circled letters and ideographs are written for the letter (ⓥⓧ is vx, ㊙ is 秘), unlike
    emoji such as 🈲 that sit between the characters of a term as decoration."""
    return 0x24B6 <= cp <= 0x24E9 or 0x3280 <= cp <= 0x32B0


_REPEAT = re.compile(r"(.)\1+", re.S)


def _skippable(ch: str) -> bool:
    if ch in KEEP:
        return False
    cat = unicodedata.category(ch)
    # separators, punctuation, symbols (emoji), format characters (zero-width), marks
    return cat[0] in "ZPS" or cat in ("Cf", "Mn", "Me", "Cc")


def _t2s_map() -> dict[int, str]:
    """Traditional → simplified, character by character (OpenCC's tables)."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - declared dependency
        return {}
    converter = opencc.OpenCC("t2s.json")
    cps = list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000)) + list(range(0xF900, 0xFB00))
    chars = [chr(cp) for cp in cps]
    # One call, one character per line: no phrase conversion across neighbours.
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - defensive
        return {}
    return {ord(a): b for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1}


# Translate tables are lists indexed by code point: str.translate looks a list up faster than a
# dict (no hashing) and never misses inside it. Code points beyond the list stay as they are.
TABLE_SIZE = 0x20000


@lru_cache(maxsize=1)
def fold_table() -> list[int | None]:
    """The translate table for lexicon matching: a code point to fold to, or None to delete."""
    table: list[int | None] = list(range(TABLE_SIZE))
    # Every code point of the table, not only the usual punctuation and emoji blocks: a zero-width
    # no-break space (U+FEFF), a combining accent (U+0300–U+036F) or a symbol such as ㊙ hides a
    # term as well as U+200B does, and NFKC folds look-alikes such as 𝐝𝐮 (mathematical letters).
    for cp in range(TABLE_SIZE):
        ch = chr(cp)
        if _skippable(ch) and not _reads_as_text(cp):
            table[cp] = None
            continue
        folded = unicodedata.normalize("NFKC", ch).casefold()
        if folded != ch and len(folded) == 1:
            table[cp] = None if _skippable(folded) else ord(folded)
        # a Latin letter with an accent reads as the letter: pinyin with tone marks (mì mì,
        # bǎo mì) spells the same word as plain pinyin
        parts = unicodedata.normalize("NFKD", ch)
        base, marks = parts[0], parts[1:]
        if marks and base.isascii() and base.isalpha() and all(map(unicodedata.combining, marks)):
            table[cp] = ord(base.lower())
    for cp, simplified in _t2s_map().items():
        table[cp] = ord(simplified)
    for emoji, word in EMOJI_WORDS.items():
        table[ord(emoji)] = ord(word)
    for star, mark in STARS.items():
        table[ord(star)] = ord(mark)
    return table


# Emoji that stand for a word in weapon adverts and threats ("火🔫出售", "明天去单位🔪了他"): read
# as that word instead of dropped with the other emoji. One character each, so that the folded
# text keeps one position per source character.
EMOJI_WORDS = {"🔫": "枪", "🔪": "刀", "🗡": "刀"}
# Dingbat stars written for the ★ of a 密级 mark (秘密✩一年). The emoji ⭐ stays a separator: it
# decorates ordinary messages and sits between the characters of evaded terms.
STARS = {"✩": "☆", "✰": "☆", "✪": "★", "✫": "★", "✬": "★", "✭": "★", "✮": "★", "✯": "★"}


_DELETED = re.compile("\x00+")


@lru_cache(maxsize=1)
def deletion_mask() -> list[int]:
    """Translate table: NUL for a character ``fold_table`` deletes, "1" for one it keeps."""
    return [0 if cp is None else 0x31 for cp in fold_table()]


def _lookup(table: list[int | None], ch: str) -> str | None:
    cp = ord(ch)
    if cp >= len(table):
        return ch
    mapped = table[cp]
    return None if mapped is None else chr(mapped)


def normalize(text: str) -> str:
    """Fast path: the folded text with separators removed."""
    return text.translate(fold_table())


def has_repeats(norm: str) -> bool:
    return _REPEAT.search(norm) is not None


def collapse(norm: str) -> str:
    """Runs of one character to one (``赌赌博博`` → ``赌博``). Applied to messages only, as a
    second look: collapsing terms too would turn 时时彩 into 时彩 and hit 同时彩排."""
    return _REPEAT.sub(r"\1", norm)


def normalize_with_map(
    text: str, *, collapsed: bool = False, folded: str | None = None
) -> tuple[str, list[int]]:
    """Like ``normalize`` (then ``collapse``), plus for every output character the index of
    its source character in ``text``. ``folded``: ``normalize(text)``, when already computed."""
    if folded is None:
        folded = text.translate(fold_table())
    # The table maps one character to one or deletes it: the index is 0..n-1 without the
    # (few) deleted positions, found by a C-level scan of a deletion mask.
    index: list[int] = []
    prev = 0
    for m in _DELETED.finditer(text.translate(deletion_mask())):
        index.extend(range(prev, m.start()))
        prev = m.end()
    index.extend(range(prev, len(text)))
    if collapsed:
        folded, index, _ = collapse_with_map(folded, index)
    return folded, index


class SourceMap(Sequence[int]):
    """For every character of ``normalize(text)``, the index of its source character in
    ``text``, worked out on demand from the positions of the deleted characters (a few commas
    and emoji in a message) instead of a list of every position: the lexicon maps only the
    ends of its matches."""

    __slots__ = ("_deleted", "_len")

    def __init__(self, text: str, folded: str) -> None:
        self._len = len(folded)
        deleted: list[int] = []
        if len(text) != len(folded):
            mask = text.translate(deletion_mask())
            pos = mask.find("\x00")
            while pos >= 0:
                deleted.append(pos)
                pos = mask.find("\x00", pos + 1)
        self._deleted = deleted

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> list[int]: ...
    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        source = i
        for d in self._deleted:  # sorted: each deletion at or before the candidate shifts it
            if d > source:
                break
            source += 1
        return source

    def positions(self) -> list[int]:
        """Every position (``normalize_with_map``'s list)."""
        return [self[j] for j in range(self._len)]


def collapse_with_map(folded: str, index: list[int]) -> tuple[str, list[int], list[int]]:
    """``collapse`` of a ``normalize_with_map`` result, with for every output character the
    source index of the first and of the last character of its run (so that a span found in
    ``赌赌博博`` covers the last 博 too)."""
    if not folded:
        return folded, [], []
    keep = [0] + [j for j in range(1, len(folded)) if folded[j] != folded[j - 1]]
    last = [index[k - 1] for k in keep[1:]] + [index[-1]]
    return "".join(folded[j] for j in keep), [index[j] for j in keep], last


def fold_only(text: str) -> str:
    """Width, case and traditional folding without deletions: same length as ``text``."""
    table = fold_table()
    return "".join(ch if (f := _lookup(table, ch)) is None else f for ch in text)


@lru_cache(maxsize=1)
def pinyin_reps() -> dict[int, str]:
    """Character → a representative character of its (first, toneless) pinyin reading.

    Two strings read alike iff they map to the same string.
    """
    from pypinyin.pinyin_dict import pinyin_dict

    rep_of_syllable: dict[str, str] = {}
    reps: dict[int, str] = {}
    for cp in sorted(pinyin_dict):
        first = pinyin_dict[cp].split(",")[0]
        syllable = "".join(
            c for c in unicodedata.normalize("NFD", first) if not unicodedata.combining(c)
        )
        rep = rep_of_syllable.setdefault(syllable, chr(cp))
        if rep != chr(cp):
            reps[cp] = rep
    return reps


@lru_cache(maxsize=1)
def pinyin_table() -> list[int]:
    table = list(range(TABLE_SIZE))
    for cp, rep in pinyin_reps().items():
        if cp < TABLE_SIZE:
            table[cp] = ord(rep)
    return table


def by_sound(normalized: str) -> str:
    """Map a normalised text to its sound form (see ``pinyin_reps``)."""
    return normalized.translate(pinyin_table())
