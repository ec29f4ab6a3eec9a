"""Quality of the default policy, in one run, against a raw public lexicon as the baseline.

    python benchmarks/eval_quality.py [--policy policies/default.toml] [--show-errors]

Prints:
(a) ``evaluate()`` on the held-out test set (tests/data/moderation.csv), the blind set and the
    newest fresh batches (moderation_blind.csv, moderation_round13.csv … moderation_round15.csv:
    report only; moderation_round16_ok.csv: ordinary messages, rules tuned on its false positives;
    moderation_round17_ok.csv: ordinary messages, held out; moderation_round18.csv: rules tuned on
    its misses; moderation_round18_holdout.csv: held out) and on the tuning set
    (tests/data/moderation_dev.csv): per-category recall, off-topic F1, false-positive rate on
    ``ok``;
(b) on COLDataset's dev split (../shared/datasets/cold/dev.csv): the share of safe comments
    (label 0) the policy flags as forbidden, and the recall of ``insult`` on offensive ones (label 1);
(c) the baseline: the RAW houbb lexicon (../shared/datasets/lexicons/houbb/sensitive_word_tags.txt)
    loaded as plain terms into a ``Lexicon`` (no context rules, no allow-list, 1-character terms
    dropped), and the share of COLD safe comments and of the test set's ``ok`` rows it flags.

The shared datasets are used for measuring only; when they are absent (b) and (c) are skipped
with a note. The test set is for reporting: tune the policy on the dev set, not on its misses.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.policy.engine import Policy  # noqa: E402
from bot.policy.evaluate import OK, evaluate, read_rows  # noqa: E402
from bot.policy.lexicon import Lexicon, Term  # noqa: E402
from bot.policy.loader import load_policy  # noqa: E402
from bot.policy.normalize import normalize  # noqa: E402

TEST = ROOT / "tests" / "data" / "moderation.csv"
DEV = ROOT / "tests" / "data" / "moderation_dev.csv"
# Written by an author who saw neither the policy nor the other sets: how rules generalise.
BLIND = ROOT / "tests" / "data" / "moderation_blind.csv"
# the newest fresh batch, kept out of the dev set: the next round measures its "before" on it
ROUND13 = ROOT / "tests" / "data" / "moderation_round13.csv"
ROUND14 = ROOT / "tests" / "data" / "moderation_round14.csv"
ROUND15 = ROOT / "tests" / "data" / "moderation_round15.csv"
# ordinary messages only, by three new writers; their false positives were looked at and fixed
ROUND16 = ROOT / "tests" / "data" / "moderation_round16_ok.csv"
# ordinary messages only, by a fifth new writer: held out
ROUND17 = ROOT / "tests" / "data" / "moderation_round17_ok.csv"
# every category but political, by five new writers: three files' misses were looked at
# (2026.11-13), two were held out
ROUND18 = ROOT / "tests" / "data" / "moderation_round18.csv"
ROUND18_HOLDOUT = ROOT / "tests" / "data" / "moderation_round18_holdout.csv"
DATASETS = ROOT.parent / "shared" / "datasets"
COLD = DATASETS / "cold" / "dev.csv"
HOUBB = DATASETS / "lexicons" / "houbb" / "sensitive_word_tags.txt"
HOUBB_CODES = {"0": "political", "1": "violence", "2": "porn", "3": "gambling", "4": "violence"}


def read_cold(path: Path) -> list[tuple[str, int]]:
    """(text, label) of COLDataset: label 1 offensive, 0 safe."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [(row["TEXT"], int(row["label"])) for row in csv.DictReader(fh)]


def forbidden(policy: Policy, text: str) -> list[str]:
    """Forbidden categories the policy finds in ``text`` (off-topic is not forbidden)."""
    verdict = policy.check(text, offtopic=False)
    return [c for c in verdict.categories if c != "off_topic"]


def houbb_lexicon(path: Path) -> tuple[Lexicon, int, int]:
    """The raw houbb lexicon as plain terms; (lexicon, terms kept, 1-character terms dropped)."""
    terms: list[Term] = []
    seen: set[str] = set()
    dropped = 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        word = parts[0]
        form = normalize(word)
        if len(form) < 2:
            dropped += 1
            continue
        if form in seen:
            continue
        seen.add(form)
        code = parts[1] if len(parts) > 1 else "0"
        terms.append(Term(word, HOUBB_CODES.get(code, "political"), False, f"houbb:{n}"))
    return Lexicon(terms), len(terms), dropped


def rate(hits: int, n: int) -> str:
    return f"{hits / n:.4f}（{hits}/{n}）" if n else "–（0 条）"


def section(title: str) -> None:
    print(f"\n== {title} ==")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", default=str(ROOT / "policies" / "default.toml"))
    parser.add_argument("--show-errors", action="store_true", help="列出测试集上的漏检和误报")
    args = parser.parse_args(argv)

    policy = load_policy(args.policy)
    print(
        f"策略 {policy.version}（{policy.path}），词条 {policy.lexicon.size}，规则 {len(policy.patterns)}"
    )

    # (a) test and dev sets ---------------------------------------------------------------------
    test_rows = read_rows(TEST)
    for name, path in (
        ("测试集（留出）", TEST),
        ("盲测集（作者未见过策略和其他数据）", BLIND),
        ("第 13 轮（新作者，留出，只用于报告）", ROUND13),
        ("第 14 轮（新作者，留出，只用于报告，无政治类）", ROUND14),
        ("第 15 轮（新作者，留出，只用于报告，无政治类）", ROUND15),
        ("第 16–17 轮正常消息（四名新作者，只有 ok 行；照其误报改过规则）", ROUND16),
        ("第 17 轮正常消息（新作者，只有 ok 行，留出）", ROUND17),
        ("第 18 轮（三名新作者，无政治类；照其漏检补过规则）", ROUND18),
        ("第 18 轮留出（两名新作者，无政治类，只用于报告）", ROUND18_HOLDOUT),
        ("开发集（调词库用）", DEV),
    ):
        section(f"{name} {path.relative_to(ROOT)}")
        if not path.exists():
            print("缺少该文件，跳过")
            continue
        rows = test_rows if path == TEST else read_rows(path)
        started = time.perf_counter()
        report = evaluate(policy, rows)
        print(f"{report.rows} 条，用时 {time.perf_counter() - started:.2f} s")
        print(report.table())
        print(report.goals_line())
        if args.show_errors and path == TEST:
            for text, label, cats in report.misses:
                print(f"漏检 [{label}] {text}  ← {cats}")
            for text, cats in report.false_positives:
                print(f"误报 {cats} {text}")

    # (b) COLD ------------------------------------------------------------------------------------
    section("COLDataset dev（公开中文评论）")
    cold: list[tuple[str, int]] = []
    if not COLD.exists():
        print(f"未找到 {COLD}，跳过 COLD 评测（共享数据集不在本机）")
    else:
        cold = read_cold(COLD)
        safe = [t for t, label in cold if label == 0]
        offensive = [t for t, label in cold if label == 1]
        fp = sum(1 for t in safe if forbidden(policy, t))
        insult = sum(1 for t in offensive if "insult" in forbidden(policy, t))
        print(f"安全评论（label 0）被判违规：{rate(fp, len(safe))}   目标 ≤ 0.02")
        print(f"冒犯评论（label 1）判为 insult 的召回：{rate(insult, len(offensive))}")
        print("（COLD 的冒犯评论多为地域、种族、性别歧视的议论而非辱骂词，侮辱词库本不以此为目标）")

    # (c) baseline: the raw houbb lexicon ---------------------------------------------------------
    section("对照：原始 houbb 词库（无语境规则、无白名单、去掉单字词）")
    if not HOUBB.exists():
        print(f"未找到 {HOUBB}，跳过对照（共享数据集不在本机）")
    else:
        started = time.perf_counter()
        raw, kept, dropped = houbb_lexicon(HOUBB)
        print(f"词条 {kept}（去掉单字 {dropped}），构建 {time.perf_counter() - started:.2f} s")
        ok_texts = [t for t, label in test_rows if label == OK]
        ok_hits = sum(1 for t in ok_texts if raw.scan(t)[0])
        ours_ok = sum(1 for t in ok_texts if forbidden(policy, t))
        print(
            f"测试集 ok 行被判违规：原始词库 {rate(ok_hits, len(ok_texts))}；"
            f"默认策略 {rate(ours_ok, len(ok_texts))}"
        )
        if cold:
            safe = [t for t, label in cold if label == 0]
            cold_hits = sum(1 for t in safe if raw.scan(t)[0])
            ours = sum(1 for t in safe if forbidden(policy, t))
            print(
                f"COLD 安全评论被判违规：原始词库 {rate(cold_hits, len(safe))}；"
                f"默认策略 {rate(ours, len(safe))}"
            )
        bad = [t for t, label in test_rows if label not in (OK, "off_topic")]
        raw_any = sum(1 for t in bad if raw.scan(t)[0])
        ours_any = sum(1 for t in bad if forbidden(policy, t))
        print(
            f"测试集违规行有任一命中：原始词库 {rate(raw_any, len(bad))}；"
            f"默认策略 {rate(ours_any, len(bad))}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
