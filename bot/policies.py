"""Which policy applies to a group: the default file of ``[policy]``, or the group's own file
from its registry entry. Files are reloaded on change; a broken file keeps the last good one."""

from __future__ import annotations

import asyncio
import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from bot.policy.engine import Policy
from bot.policy.loader import PolicyError, PolicyStore

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger("qunguan.policy")


class PolicyRegistry:
    def __init__(self, rt: Runtime, *, check_every: float = 2.0) -> None:
        self._rt = rt
        self._check_every = check_every
        self._stores: dict[Path, PolicyStore] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._group_files: dict[str, str | None] = {}
        self.default_path = rt.settings.policy_path

    def _store(self, path: Path) -> PolicyStore:
        store = self._stores.get(path)
        if store is None:
            try:
                self._loop = asyncio.get_running_loop()
            except RuntimeError:  # no event loop (a CLI command): reload in place
                self._loop = None
            # In the bot a changed file is read in a thread: messages keep being checked by
            # the previous policy meanwhile instead of waiting a second or two for the rebuild.
            store = PolicyStore(
                path,
                check_every=self._check_every,
                on_change=self._changed,
                on_error=functools.partial(self._rejected, path),
                background=self._loop is not None,
            )
            self._stores[path] = store
        return store

    def _changed(self, old: Policy | None, new: Policy) -> None:
        detail = {
            "file": str(new.path),
            "version": new.version,
            "previous_version": old.version if old else None,
        }
        self._record("policy.changed", detail, new.version)

    def _rejected(self, path: Path, error: str) -> None:
        """A changed file that does not load: the information center sees it in the audit log,
        not only in the bot's log (the previous policy stays in force)."""
        self._record("policy.rejected", {"file": str(path), "error": error[:1000]}, error)

    def _record(self, kind: str, detail: dict, what: str) -> None:
        record = functools.partial(self._rt.audit.record, kind, detail=detail)
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if self._loop is None or running is self._loop:
            record()
            return
        # a background reload: the audit writer belongs to the event loop's thread
        try:
            self._loop.call_soon_threadsafe(record)
        except RuntimeError:  # the loop closed meanwhile (shutdown)
            log.warning("机器人正在停止，未写审计 %s：%s", kind, what)

    def wait_reloaded(self, timeout: float | None = None) -> None:
        """Wait for the background reloads under way (tests)."""
        for store in tuple(self._stores.values()):
            store.wait_reloaded(timeout)

    def default(self) -> Policy:
        return self._store(self.default_path).policy

    def set_group_file(self, group: str, file: str | None) -> None:
        self._group_files[group] = file

    def for_group(self, group: str | None) -> Policy:
        """The group's policy; falls back to the default when its own file cannot be loaded."""
        file = self._group_files.get(group) if group else None
        if not file:
            return self.default()
        path = self._rt.settings.resolve_path(file)
        try:
            return self._store(path).policy
        except PolicyError as exc:
            log.error("群 %s 的策略文件无法加载，改用默认策略：%s", group, exc)
            self._group_files[group] = None  # type: ignore[index]
            return self.default()
