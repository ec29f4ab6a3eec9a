"""The shipped default policy, loaded once for the category tests, and its rules alone."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bot.policy.loader import load_policy

ROOT = Path(__file__).resolve().parents[3]
POLICY = load_policy(ROOT / "policies" / "default.toml")
# lexicons and patterns only: a rule, not the content model, must find what these tests name
RULES = dataclasses.replace(POLICY, classifier=None, offtopic=None)


def rule_categories(text: str) -> set[str]:
    """Categories the rules alone (no model, no off-topic) find in ``text``."""
    return {f.category for f in RULES.check(text, offtopic=False).findings}
