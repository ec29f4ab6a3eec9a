"""Duties that look at every message (group seen, moderation), run once per message.

NoneBot checks every matcher of every priority level for every event, each in a task of its own
with its dependencies solved. At a few hundred group messages a second that bookkeeping cost
more than the duties themselves: with the duties as matchers the bot's event loop was busy 69%
of the time at 200 messages a second, with them here 40% (benchmarks/bench_ws_latency.py).
So a plugin registers the function that must see every message here, and one event preprocessor
(``bot.app``) runs them in order, then ends the processing of messages that are not commands:
no matcher wants those. A plain-text trigger of a future duty ("建议：…") registers here too.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from nonebot.adapters import Bot, Event

log = logging.getLogger("qunguan.watchers")

MessageWatcher = Callable[[Bot, Event], Awaitable[None]]
W = TypeVar("W", bound=MessageWatcher)

_watchers: list[tuple[int, str, MessageWatcher]] = []


def watch_messages(order: int) -> Callable[[W], W]:
    """Register a coroutine function ``(bot, event)`` that sees every message; lower ``order``
    runs first (``bot.priorities``)."""

    def register(fn: W) -> W:
        name = f"{fn.__module__}.{fn.__qualname__}"
        _watchers[:] = sorted(
            [w for w in _watchers if w[1] != name] + [(order, name, fn)], key=lambda w: w[0]
        )
        return fn

    return register


def watchers() -> list[str]:
    """The registered watchers, in the order they run (for tests and /帮助-like listings)."""
    return [name for _, name, _ in _watchers]


async def run_watchers(bot: Bot, event: Event) -> None:
    """Every watcher, in order; one that fails is logged and the next still runs."""
    for _, name, fn in tuple(_watchers):
        try:
            await fn(bot, event)
        except Exception:
            log.exception("处理消息时出错：%s", name)
