"""Supervised content classifier that complements the lexicons (SPEC §7). Pure: no NoneBot.

A multinomial logistic regression over the classes ``work``, ``off_topic`` and the forbidden
categories the lexicons cover (political, porn, gambling, violence, cult, rumor, insult, ad;
``pii``, ``secret`` and ``link`` stay rule-based). It is trained by ``tools/train_moderation.py``
on ``policies/classifier/train.csv`` and exported to ``policies/classifier/model.json``.

Features (:func:`features` is the reference the trainer fits): the text folded exactly as the
lexicon folds it (:func:`bot.policy.normalize.normalize`: width, case, traditional characters,
separators and emoji removed), every digit read as ``0``, framed by ``\\x02`` … ``\\x03``; counts of
its characters (``ngram_range`` (1, 2)) and character bigrams (the bigrams include the marks),
divided by the square root of the number of n-grams (so that a long message does not pile up
weak evidence into a confident verdict); plus one hand feature: whether the original text has an emoji
(the fold removes them).

Scoring (:meth:`ContentModel.scores`) is one daachorse pass over the framed folded text whose
patterns are the vocabulary n-grams (an n-gram with a ``0`` is entered once per digit, so the
digits need no second pass; the longest match ending at each position is taken and a bigram's row
includes the weights of its second character), a sum of the matched rows of the weight matrix
(numpy), one scale factor for the length and a softmax. The engine passes the folded view it
already has (``folded=``). About 10–20 µs for a 50-character message.

A second view (:class:`WordView`, the file's ``verifier``; 2026.11-11) reads the same folded text
as jieba words and word bigrams, a logistic regression trained on the same rows. A forbidden class
is reported only when **both** views give it at least its threshold, and its probability is the
smaller of the two. The character view alone puts heavy weight on single characters (国, 那, 们);
a verdict that must also hold over words is wrong less often on general comments, so at the same
share of COLD's safe comments flagged it finds 1–2 points more of fresh writers' messages
(policies/classifier/README.md). jieba runs only on the messages the
character view already flags (a few in a hundred), so the hot path stays one automaton pass.

A forbidden class is reported when its probability reaches its threshold, off-topic when the
odds of chatter against work reach its threshold (:meth:`ContentModel.classify`; the character
view alone judges off-topic); the thresholds were chosen on the dev set
(``tests/data/moderation_dev.csv``) and are part of the model file.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise, product
from operator import add, itemgetter
from pathlib import Path

import daachorse
import numpy as np

from bot.policy.modelfile import read_model_file
from bot.policy.normalize import KEEP, normalize
from bot.policy.topic import jieba_lock, jieba_module

FORMAT = "qunguan-classifier"
FEATURE_SCHEME = "folded-char-ngram-sqrt-v1"
WORD_SCHEME = "folded-jieba-word-sqrt-v1"
WORD_JOIN = " "  # joins the two words of a word bigram; the fold removes spaces from any text
DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[2] / "policies" / "classifier" / "model.json"

BOS, EOS = "\x02", "\x03"  # control characters: the fold table deletes them from any text
HAND = "\x01"  # prefix of hand-feature names
WORK, OFF_TOPIC = "work", "off_topic"
NGRAM_RANGES = ((1, 2), (2, 2))
# A length bucket was tried and dropped: on template data it learns the templates' lengths
# (short insults, long rumours) rather than anything true of real messages.
HAND_FEATURES = (f"{HAND}emoji",)

_DIGITS = str.maketrans("123456789", "000000000")
_PATTERN_ID = itemgetter(2)  # of a daachorse match (start, end, pattern id)
_MARKS = "".join(sorted(KEEP))
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]")


def frame(folded: str) -> str:
    """The framed, digit-folded text the n-grams are taken from."""
    return BOS + folded.translate(_DIGITS) + EOS


def n_grams(length: int, ngram_range: tuple[int, int] = (1, 2)) -> int:
    """How many n-grams a folded text of ``length`` characters has (bigrams include the marks)."""
    return 2 * length + 1 if ngram_range[0] == 1 else length + 1


def features(
    text: str, *, folded: str | None = None, ngram_range: tuple[int, int] = (1, 2)
) -> dict[str, float]:
    """Reference feature vector: n-gram counts of :func:`frame` over the square root of
    :func:`n_grams`, plus hand features (value 1)."""
    if tuple(ngram_range) not in NGRAM_RANGES:
        raise ValueError(f"ngram_range must be one of {NGRAM_RANGES}")
    if folded is None:
        folded = normalize(text)
    t = frame(folded)
    out: dict[str, float] = {}
    grams = list(map(add, t, t[1:]))
    if ngram_range[0] == 1:
        grams += t[1:-1]
    for g in grams:
        out[g] = out.get(g, 0.0) + 1.0
    scale = 1.0 / math.sqrt(n_grams(len(folded), ngram_range))
    for g in out:
        out[g] *= scale
    if _EMOJI.search(text):
        out[f"{HAND}emoji"] = 1.0
    return out


def segment(digit_folded: str) -> list[str]:
    """jieba's words of a folded, digit-folded text: the default dictionary, no HMM (new words
    would depend on jieba's statistics of the text, not on the dictionary alone)."""
    jieba = jieba_module()
    if not jieba.dt.initialized:
        with jieba_lock:  # jieba's lazy initialisation is not thread-safe; cutting is read-only
            jieba.initialize()
    return jieba.lcut(digit_folded, HMM=False)


def word_grams(folded: str) -> list[str]:
    """The jieba words of the folded, digit-folded text and its word bigrams (the first and the
    last with the frame marks): ``2 * words + 1`` grams."""
    words = segment(folded.translate(_DIGITS))
    return [*words, *map(WORD_JOIN.join, pairwise([BOS, *words, EOS]))]


def word_features(text: str, *, folded: str | None = None) -> dict[str, float]:
    """Reference features of the word view: counts of :func:`word_grams` over the square root
    of their number."""
    if folded is None:
        folded = normalize(text)
    out: dict[str, float] = {}
    grams = word_grams(folded)
    for g in grams:
        out[g] = out.get(g, 0.0) + 1.0
    scale = 1.0 / math.sqrt(len(grams))
    for g in out:
        out[g] *= scale
    return out


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_vocab(where: str, vocab: object) -> list[str]:
    if not isinstance(vocab, list) or not vocab or not all(isinstance(g, str) for g in vocab):
        raise ValueError(f"{where}: 'vocab' must be a non-empty list of strings")
    if len(set(vocab)) != len(vocab):
        raise ValueError(f"{where}: 'vocab' has duplicates")
    return vocab


def _check_weights(where: str, weights: object, intercepts: object, n: int, k: int) -> None:
    if (
        not isinstance(weights, list)
        or len(weights) != n
        or not all(
            isinstance(row, list) and len(row) == k and all(map(_finite, row)) for row in weights
        )
    ):
        raise ValueError(
            f"{where}: 'weights' must be {n} rows of {k} finite numbers"
            " (one row per vocabulary entry, one column per class)"
        )
    if (
        not isinstance(intercepts, list)
        or len(intercepts) != k
        or not all(map(_finite, intercepts))
    ):
        raise ValueError(f"{where}: 'intercepts' must be {k} finite numbers")


def _digit_variants(gram: str) -> list[str]:
    """``0`` stands for any digit: every spelling of an n-gram the folded text may have."""
    if "0" not in gram:
        return [gram]
    slots = [("0123456789" if c == "0" else c) for c in gram]
    return ["".join(p) for p in product(*slots)]


class WordView:
    """The second view: a logistic regression over :func:`word_features` (the ``verifier`` of the
    model file). Its vocabulary is looked up in a dict; it is asked only about the messages the
    character view flags."""

    __slots__ = ("_W", "_b", "_index", "vocab")

    def __init__(self, vocab: list[str], weights: np.ndarray, intercepts: np.ndarray) -> None:
        self.vocab = tuple(vocab)
        self._index = {g: i for i, g in enumerate(self.vocab)}
        self._W = np.asarray(weights, dtype=np.float32).reshape(len(self.vocab), -1)
        self._b = [float(v) for v in intercepts]
        # jieba reads its dictionary now (about a second, once per process), not on the first
        # message the character view flags
        segment("")

    def logits(self, folded: str) -> list[float]:
        grams = word_grams(folded)
        get = self._index.get
        ids = [i for g in grams if (i := get(g)) is not None]
        if not ids:
            return list(self._b)
        scale = 1.0 / math.sqrt(len(grams))
        sums = self._W.take(np.fromiter(ids, np.intp, len(ids)), 0).sum(0).tolist()
        return [a * scale + b for a, b in zip(sums, self._b, strict=True)]


class ContentModel:
    """The exported classifier; see the module docstring."""

    __slots__ = (
        "_W",
        "_ac",
        "_base",
        "_off",
        "_reported",
        "_scale",
        "classes",
        "meta",
        "ngram_range",
        "thresholds",
        "verifier",
        "vocab",
    )

    def __init__(
        self,
        classes: list[str],
        vocab: list[str],
        weights: np.ndarray,
        intercepts: np.ndarray,
        thresholds: dict[str, float],
        *,
        ngram_range: tuple[int, int] = (1, 2),
        meta: dict | None = None,
        verifier: WordView | None = None,
    ) -> None:
        if tuple(ngram_range) not in NGRAM_RANGES:
            raise ValueError(f"ngram_range must be one of {NGRAM_RANGES}")
        self.verifier = verifier
        self.classes = tuple(classes)
        self.vocab = tuple(vocab)
        self.thresholds = dict(thresholds)
        self.ngram_range = (ngram_range[0], ngram_range[1])
        self.meta = meta or {}
        index = {g: i for i, g in enumerate(self.vocab)}
        weights = np.asarray(weights, dtype=np.float64)
        intercepts = np.asarray(intercepts, dtype=np.float64)
        zero = np.zeros(len(self.classes))

        def row(name: str) -> np.ndarray:
            i = index.get(name)
            return weights[i] if i is not None else zero

        # The hand feature is 0/1: its weights are folded into the intercepts (index: has emoji).
        self._base = [intercepts.tolist(), (intercepts + row(HAND_FEATURES[0])).tolist()]
        # The automaton's patterns: every n-gram of the vocabulary, those with a 0 once per digit.
        # It is searched for the longest pattern ending at each position (no suffixes): a bigram
        # hides the unigram of its second character, so a bigram's row carries that unigram's
        # weights too and the sum is the same with half the matches.
        unigram = (
            {g: weights[i] for i, g in enumerate(self.vocab) if len(g) == 1}
            if self.ngram_range[0] == 1
            else {}
        )
        patterns: list[str] = []
        rows: list[np.ndarray] = []
        for i, g in enumerate(self.vocab):
            if g.startswith(HAND) or (len(g) == 1 and not unigram):
                continue
            vec = weights[i] + unigram[g[1]] if len(g) == 2 and g[1] in unigram else weights[i]
            for spelling in _digit_variants(g):
                patterns.append(spelling)
                rows.append(vec)
        self._ac = (
            daachorse.CharwiseDoubleArrayAhoCorasick(
                patterns, match_kind=daachorse.MATCH_KIND_STANDARD
            )
            if patterns
            else None
        )
        # float32: half the memory to gather from, and the sums are far more precise than needed
        self._W = np.array(rows, dtype=np.float32).reshape(len(rows), len(self.classes))
        # 1/sqrt(number of n-grams) by folded length, for the usual lengths
        self._scale = [1.0 / math.sqrt(n_grams(n, self.ngram_range)) for n in range(512)]
        # (class index, class, threshold, log threshold) of the forbidden classes classify()
        # may report; off-topic is judged against work alone: (off_topic index, work index,
        # logit of the threshold)
        self._reported = [
            (i, c, float(self.thresholds[c]), math.log(self.thresholds[c]))
            for i, c in enumerate(self.classes)
            if c not in (WORK, OFF_TOPIC) and c in self.thresholds
        ]
        t_off = self.thresholds.get(OFF_TOPIC)
        self._off = (
            (
                self.classes.index(OFF_TOPIC),
                self.classes.index(WORK),
                math.log(t_off / (1.0 - t_off)),
            )
            if t_off is not None
            else None
        )

    # -- loading ---------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path = DEFAULT_MODEL_PATH) -> ContentModel:
        """Read a model file; a missing, unreadable or malformed file raises ``ValueError``."""
        where = f"content model {path}"
        data = read_model_file(path, "content model", FORMAT, FEATURE_SCHEME)
        classes, vocab = data.get("classes"), data.get("vocab")
        weights, intercepts = data.get("weights"), data.get("intercepts")
        thresholds, ngram_range = data.get("thresholds"), data.get("ngram_range")
        if (
            not isinstance(classes, list)
            or len(classes) < 2
            or not all(isinstance(c, str) and c for c in classes)
            or len(set(classes)) != len(classes)
            or WORK not in classes
        ):
            raise ValueError(f"{where}: 'classes' must be distinct names including {WORK!r}")
        k = len(classes)
        vocab = _check_vocab(where, vocab)
        bad_gram = next((g for g in vocab if not g.startswith(HAND) and not 1 <= len(g) <= 2), None)
        if bad_gram is not None:
            raise ValueError(f"{where}: vocabulary entry {bad_gram!r} is not a 1- or 2-gram")
        if not isinstance(ngram_range, list) or tuple(ngram_range) not in NGRAM_RANGES:
            raise ValueError(f"{where}: 'ngram_range' must be one of {NGRAM_RANGES}")
        _check_weights(where, weights, intercepts, len(vocab), k)
        if not isinstance(thresholds, dict) or not all(
            c in classes and c != WORK and _finite(t) and 0.0 < t < 1.0
            for c, t in thresholds.items()
        ):
            raise ValueError(
                f"{where}: 'thresholds' must map classes other than {WORK!r} to numbers in (0, 1)"
            )
        verifier = cls._load_verifier(where, data.get("verifier"), k)
        meta = {k: v for k, v in data.items() if k not in ("vocab", "weights", "verifier")}
        if verifier is not None:
            meta["verifier"] = {
                k: v for k, v in data["verifier"].items() if k not in ("vocab", "weights")
            }
        return cls(
            classes,
            vocab,
            np.array(weights, dtype=np.float64),
            np.array(intercepts, dtype=np.float64),
            {c: float(t) for c, t in thresholds.items()},
            ngram_range=(ngram_range[0], ngram_range[1]),
            meta=meta,
            verifier=verifier,
        )

    @staticmethod
    def _load_verifier(where: str, section: object, k: int) -> WordView | None:
        """The optional word view; files without one (2026.11-10 and before) score by characters."""
        if section is None:
            return None
        where = f"{where}: 'verifier'"
        if not isinstance(section, dict):
            raise ValueError(f"{where} must be an object")
        if section.get("features") != WORD_SCHEME:
            raise ValueError(
                f"{where}: feature scheme {section.get('features')!r} is not {WORD_SCHEME!r}"
            )
        vocab, weights, intercepts = (section.get(n) for n in ("vocab", "weights", "intercepts"))
        vocab = _check_vocab(where, vocab)
        _check_weights(where, weights, intercepts, len(vocab), k)
        return WordView(vocab, np.array(weights, dtype=np.float64), np.array(intercepts))

    @property
    def version(self) -> str:
        return str(self.meta.get("version", ""))

    # -- scoring ---------------------------------------------------------------------------------

    def _logits(self, text: str, folded: str) -> list[float]:
        base = self._base[_EMOJI.search(text) is not None]
        if self._ac is None:
            return list(base)
        matches = self._ac.find_overlapping_no_suffix(BOS + folded + EOS)
        if not matches:
            return list(base)
        n = len(folded)
        scale = self._scale[n] if n < 512 else 1.0 / math.sqrt(n_grams(n, self.ngram_range))
        ids = np.fromiter(map(_PATTERN_ID, matches), np.intp, len(matches))
        return [
            a * scale + b for a, b in zip(self._W.take(ids, 0).sum(0).tolist(), base, strict=True)
        ]

    @staticmethod
    def _softmax(z: list[float]) -> list[float]:
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]

    def scores(self, text: str, *, folded: str | None = None) -> dict[str, float]:
        """Probability of every class (they sum to 1)."""
        if folded is None:
            folded = normalize(text)
        return dict(zip(self.classes, self._softmax(self._logits(text, folded)), strict=True))

    def word_scores(self, text: str, *, folded: str | None = None) -> dict[str, float] | None:
        """Probability of every class by the word view (``None`` without one)."""
        if self.verifier is None:
            return None
        if folded is None:
            folded = normalize(text)
        return dict(zip(self.classes, self._softmax(self.verifier.logits(folded)), strict=True))

    def classify(self, text: str, *, folded: str | None = None) -> list[tuple[str, float]]:
        """Classes other than ``work`` that reach their threshold, most probable first.

        A forbidden class is reported when the character view and the word view (when the file has
        one) both reach its threshold, with the smaller probability. Off-topic is judged by the
        character view the way the engine asks about it — only when nothing forbidden was found —
        as the odds of chatter against work alone: ``p(off_topic) / (p(off_topic) + p(work))``.
        ``folded`` is ``normalize(text)`` when the caller has it already.
        """
        if folded is None:
            folded = normalize(text)
        if not folded.strip(_MARKS):  # nothing but sentence marks (the fold keeps those)
            return []
        z = self._logits(text, folded)
        top = max(z)
        found: list[tuple[str, float]] = []
        p: list[float] | None = None
        for i, c, t, log_t in self._reported:
            # p = exp(z - logsumexp(z)) <= exp(z - max z): most messages skip the softmax
            if z[i] - top >= log_t:
                if p is None:
                    p = self._softmax(z)
                if p[i] >= t:
                    found.append((c, p[i]))
        if found and self.verifier is not None:
            # only now the word view: most messages never get here, so jieba stays off the hot path
            pw = self._softmax(self.verifier.logits(folded))
            index = self.classes.index
            found = [
                (c, min(pc, pw[i])) for c, pc in found if pw[i := index(c)] >= self.thresholds[c]
            ]
        if self._off is not None:
            off, work, logit_t = self._off
            d = z[off] - z[work]
            if d >= logit_t:
                found.append((OFF_TOPIC, 1.0 / (1.0 + math.exp(-d))))
        if len(found) > 1:
            found.sort(key=lambda cp: -cp[1])
        return found


def reference_scores(
    model: ContentModel, text: str, vocab: list[str], weights: list[list[float]], b: list[float]
) -> dict[str, float]:
    """Scores from :func:`features` and plain lists (slow; to check the fast path in tests)."""
    index = {g: i for i, g in enumerate(vocab)}
    z = list(b)
    for g, v in features(text, ngram_range=model.ngram_range).items():
        i = index.get(g)
        if i is not None:
            z = [a + v * w for a, w in zip(z, weights[i], strict=True)]
    top = max(z)
    e = [math.exp(a - top) for a in z]
    return {c: v / sum(e) for c, v in zip(model.classes, e, strict=True)}
