"""The bot's log: NoneBot's per-event lines filtered out by default, long lines clipped."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import nonebot.message
from nonebot.log import logger

from bot.app import LOG_LINE_LIMIT, _keep_record, _patch_record


def record(message: str, *, level: str = "INFO", file: str = __file__, name: str = "x") -> Any:
    return {
        "message": message,
        "level": SimpleNamespace(no=logger.level(level).no, name=level),
        "file": SimpleNamespace(path=file),
        "name": name,
        "extra": {},
    }


def test_per_event_lines_dropped_unless_asked_for() -> None:
    event_line = record("Event will be handled by Matcher(…)", file=nonebot.message.__file__)
    assert not _keep_record(event_line, log_events=False)
    assert _keep_record(event_line, log_events=True)
    # a failure in the dispatcher is still logged
    assert _keep_record(record("boom", level="ERROR", file=nonebot.message.__file__), False)
    # other INFO lines stay
    assert _keep_record(record("群 qq:1 已登记"), log_events=False)
    # below NoneBot's configured level (INFO by default) nothing is kept
    assert not _keep_record(record("detail", level="DEBUG"), log_events=True)


def test_long_line_clipped_and_named_after_its_plugin() -> None:
    long = record("字" * (LOG_LINE_LIMIT + 500), name="plugins.moderation.handlers")
    _patch_record(long)
    assert long["message"].startswith("字" * LOG_LINE_LIMIT + "…")
    assert f"共 {LOG_LINE_LIMIT + 500} 字，已截断" in long["message"]
    assert long["name"] == "moderation"

    short = record("撤回失败", name="nonebot.adapters.onebot.v11.adapter")
    _patch_record(short)
    assert short["message"] == "撤回失败"
    assert short["name"] == "nonebot"
