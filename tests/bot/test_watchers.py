"""Message watchers: every duty sees every message once, in order, and one failing does not
stop the others."""

from __future__ import annotations

from typing import Any

import pytest

from bot import watchers


async def test_watchers_run_in_order_and_survive_a_failing_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(watchers, "_watchers", [])
    seen: list[str] = []

    @watchers.watch_messages(5)
    async def moderate(bot: Any, event: Any) -> None:
        seen.append(f"moderate {event}")

    @watchers.watch_messages(1)
    async def broken(bot: Any, event: Any) -> None:
        seen.append(f"broken {event}")
        raise RuntimeError("数据库连不上")

    @watchers.watch_messages(8)
    async def listen(bot: Any, event: Any) -> None:
        seen.append(f"listen {event}")

    assert [n.rsplit(".", 1)[-1] for n in watchers.watchers()] == ["broken", "moderate", "listen"]
    await watchers.run_watchers(None, "e1")  # type: ignore[arg-type]
    assert seen == ["broken e1", "moderate e1", "listen e1"]

    # registering the same function again (a reloaded module) replaces it
    watchers.watch_messages(9)(moderate)
    assert [n.rsplit(".", 1)[-1] for n in watchers.watchers()] == ["broken", "listen", "moderate"]


@pytest.mark.watchers("plugins.")
def test_the_duties_watch_messages_in_duty_order() -> None:
    """The shipped plugins: the group is seen before its message is checked."""
    import plugins.moderation
    import plugins.registry  # noqa: F401

    names = watchers.watchers()
    assert names.index("plugins.registry.see_group") < names.index(
        "plugins.moderation.check_message"
    )
