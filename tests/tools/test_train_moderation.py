"""The content model's training data and threshold choice (tools/, run by hand to retrain)."""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import make_moderation_train as gen  # noqa: E402
import train_moderation as train  # noqa: E402

CLASSES = train.CLASSES


def test_the_shipped_data_are_the_generators_output_and_the_model_was_trained_on_them() -> None:
    path = ROOT / "policies" / "classifier" / "train.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        shipped = [(row["text"], row["label"]) for row in csv.DictReader(fh)]
    generated = gen.generate(gen.DEFAULT_SEED)
    assert shipped == [(text, label) for text, label, _ in generated]
    model = json.loads((ROOT / "policies" / "classifier" / "model.json").read_text("utf-8"))
    assert model["training"]["data_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_hand_written_row_is_in_the_training_data() -> None:
    natural = gen.natural_rows()
    assert len(natural) > 5000
    rows = {(text, label) for text, label, _ in gen.generate(gen.DEFAULT_SEED)}
    dev = gen._dev_forms()
    missing = [
        (text, label)
        for text, label, _ in natural
        if (text, label) not in rows and gen.normalize(text) not in dev
    ]
    # only duplicates of another row (or of a dev row) are left out
    assert len(missing) < 0.01 * len(natural), missing[:10]


def _probs(rows: list[dict[str, float]]) -> np.ndarray:
    """Probability rows with the given forbidden scores, the rest on work."""
    out = np.zeros((len(rows), len(CLASSES)))
    for i, row in enumerate(rows):
        for c, p in row.items():
            out[i, CLASSES.index(c)] = p
        out[i, 0] = 1.0 - out[i].sum()
    return out


GRID = [round(0.05 + 0.01 * i, 2) for i in range(95)]


def _choose(dev, dev_y, oof=None, talk=None, floor=0.5, dev_fp=0.005, talk_fp=0.01):
    oof = _probs([{}] * 1000) if oof is None else oof
    talk = _probs([]) if talk is None else talk
    return train.choose_thresholds(dev, dev_y, oof, talk, GRID, floor, 0.01, talk_fp, dev_fp)


def test_thresholds_keep_every_budget() -> None:
    # dev: ten insult rows scored 0.6-0.95, and 200 benign rows of which two look like insults
    dev = [{"insult": 0.6 + 0.035 * i} for i in range(10)] + [{"insult": 0.9}, {"insult": 0.7}]
    dev += [{}] * 198
    dev_y = np.array(["insult"] * 10 + ["work"] * 200)
    # one benign row may be flagged (0.5 % of 210 rounds down to 1): the threshold goes down past
    # the one at 0.9 to just above the one at 0.7, which would be the second
    assert _choose(_probs(dev), dev_y)["insult"] == 0.71
    # a budget for hard talk that the same threshold would exceed raises it again
    talk = _probs([{"insult": 0.8}] * 5 + [{"insult": 0.55}] * 95)
    strict = _choose(_probs(dev), dev_y, talk=talk)
    assert strict["insult"] == 0.81  # at most one of the hundred talk rows: none of the five
    assert sum(talk[:, CLASSES.index("insult")] >= strict["insult"]) <= 1


def test_a_class_threshold_does_not_depend_on_the_others() -> None:
    # political rows and benign rows that look political; then porn-like benign rows are added
    dev = [{"political": 0.97}] * 10 + [{"political": 0.93}] * 2 + [{}] * 400
    dev_y = np.array(["political"] * 10 + ["work"] * 402)
    before = _choose(_probs(dev), dev_y, dev_fp=0.003)  # one benign row per class
    more = _probs(dev + [{"porn": 0.9}] * 3 + [{}] * 100)
    after = _choose(more, np.array(list(dev_y) + ["off_topic"] * 103), dev_fp=0.003)
    assert before["political"] == after["political"] == 0.94
    assert after["porn"] > 0.9  # the porn-like chatter is porn's own budget


@pytest.mark.parametrize("floor", [0.5, 0.75])
def test_no_threshold_below_the_floor(floor: float) -> None:
    dev = _probs([{"porn": 0.55}] * 20 + [{}] * 200)
    dev_y = np.array(["porn"] * 20 + ["work"] * 200)
    chosen = _choose(dev, dev_y, _probs([{}] * 100), floor=floor)
    assert chosen["porn"] >= floor
    assert min(chosen.values()) >= floor
