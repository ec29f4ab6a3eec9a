"""Which policy applies to a group: the default file of ``[policy]``, or the group's own file
from its registry entry. Files are reloaded on change; a broken file keeps the last good one."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from bot.policy.engine import Policy
from bot.policy.loader import PolicyError, PolicyStore

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger("qunguan.policy")


class PolicyRegistry:
    def __init__(self, rt: Runtime) -> None:
        self._rt = rt
        self._stores: dict[Path, PolicyStore] = {}
        self._group_files: dict[str, str | None] = {}
        self.default_path = rt.settings.policy_path

    def _store(self, path: Path) -> PolicyStore:
        store = self._stores.get(path)
        if store is None:
            store = PolicyStore(path, on_change=self._changed)
            self._stores[path] = store
        return store

    def _changed(self, old: Policy | None, new: Policy) -> None:
        self._rt.audit.record(
            "policy.changed",
            detail={
                "file": str(new.path),
                "version": new.version,
                "previous_version": old.version if old else None,
            },
        )

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
