"""Quality figures of a policy on a labelled set (``text,label`` rows). Pure."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.policy.engine import Policy
from bot.policy.types import CATEGORY_NAMES

OK = "ok"
# The quality goals of the moderation issue: recall per forbidden category (stricter for personal
# data and secret marks), false positives on ordinary work messages, off-topic F1.
RECALL_GOALS = {"pii": 0.99, "secret": 0.99}
RECALL_GOAL = 0.95
FP_GOAL = 0.01
OFF_TOPIC_F1_GOAL = 0.85


@dataclass
class Report:
    rows: int = 0
    per_label: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)  # label rows flagged with that label
    flagged_any: Counter[str] = field(default_factory=Counter)  # label rows flagged with anything
    ok_flagged: int = 0  # ordinary work messages flagged as forbidden (false positives)
    off_tp: int = 0
    off_fp: int = 0
    off_fn: int = 0
    misses: list[tuple[str, str, list[str]]] = field(default_factory=list)
    false_positives: list[tuple[str, list[str]]] = field(default_factory=list)

    def recall(self, label: str) -> float:
        n = self.per_label[label]
        return self.caught[label] / n if n else 0.0

    @property
    def fp_rate(self) -> float:
        n = self.per_label[OK]
        return self.ok_flagged / n if n else 0.0

    @property
    def off_topic_f1(self) -> float:
        p = self.off_tp / (self.off_tp + self.off_fp) if self.off_tp + self.off_fp else 0.0
        r = self.off_tp / (self.off_tp + self.off_fn) if self.off_tp + self.off_fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def missed_goals(self) -> list[str]:
        """The quality goals this set does not reach, one phrase each (empty: all reached)."""
        missed = [
            f"{label} 召回 {self.recall(label):.3f} < {RECALL_GOALS.get(label, RECALL_GOAL)}"
            for label in sorted(self.per_label)
            if label not in (OK, "off_topic")
            and self.recall(label) < RECALL_GOALS.get(label, RECALL_GOAL)
        ]
        if self.fp_rate > FP_GOAL:
            missed.append(f"误报率 {self.fp_rate:.4f} > {FP_GOAL}")
        if self.per_label["off_topic"] and self.off_topic_f1 < OFF_TOPIC_F1_GOAL:
            missed.append(f"off_topic F1 {self.off_topic_f1:.3f} < {OFF_TOPIC_F1_GOAL}")
        return missed

    def goals_line(self) -> str:
        missed = self.missed_goals()
        return "目标全部达到" if not missed else "未达目标：" + "；".join(missed)

    def table(self) -> str:
        lines = [f"{'类别':<10}{'条数':>6}{'召回':>8}{'任一命中':>10}"]
        for label in CATEGORY_NAMES:
            if label in ("off_topic",) or not self.per_label[label]:
                continue
            n = self.per_label[label]
            lines.append(
                f"{label:<10}{n:>6}{self.recall(label):>8.3f}{self.flagged_any[label] / n:>10.3f}"
            )
        p = self.off_tp / (self.off_tp + self.off_fp) if self.off_tp + self.off_fp else 0.0
        r = self.off_tp / (self.off_tp + self.off_fn) if self.off_tp + self.off_fn else 0.0
        lines.append(
            f"off_topic   精确率 {p:.3f}  召回 {r:.3f}  F1 {self.off_topic_f1:.3f}"
            f"（{self.per_label['off_topic']} 条）"
        )
        lines.append(
            f"ok          误报率 {self.fp_rate:.4f}（{self.ok_flagged}/{self.per_label[OK]}）"
        )
        return "\n".join(lines)


def read_rows(path: str | Path) -> list[tuple[str, str]]:
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
            raise ValueError(f"{path}: 需要 text 和 label 两列")
        return [(row["text"], row["label"].strip()) for row in reader]


def evaluate(policy: Policy, rows: Iterable[tuple[str, str]]) -> Report:
    report = Report()
    for text, label in rows:
        report.rows += 1
        report.per_label[label] += 1
        verdict = policy.check(text)
        cats = verdict.categories
        forbidden = [c for c in cats if c != "off_topic"]
        is_off = "off_topic" in cats
        if label == OK:
            if forbidden:
                report.ok_flagged += 1
                report.false_positives.append((text, forbidden))
            if is_off:
                report.off_fp += 1
        elif label == "off_topic":
            if is_off:
                report.off_tp += 1
            else:
                report.off_fn += 1
        else:
            if label in cats:
                report.caught[label] += 1
            else:
                report.misses.append((text, label, cats))
            if forbidden:
                report.flagged_any[label] += 1
    return report
