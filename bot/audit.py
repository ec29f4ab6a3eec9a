"""The one way anything is written to the audit log.

``record()`` never blocks and never loses an entry: the entry is appended to a local spool file
and an in-memory queue at once; a background task chains queued entries into the database in
order and removes them from the spool only after the commit. When the database is away, entries
wait (in memory and in the spool, which survives a restart) and are written when it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.masking import mask_detail
from storage import audit as audit_store
from storage.audit import PendingEntry

log = logging.getLogger("qunguan.audit")

BATCH = 200


def utcnow() -> datetime:
    return datetime.now(UTC)


class AuditWriter:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        spool_path: Path,
        *,
        clock: Callable[[], datetime] = utcnow,
        retry_min: float = 0.2,
        retry_max: float = 5.0,
    ) -> None:
        self._sessions = sessions
        self._spool_path = spool_path
        self._clock = clock
        self._queue: deque[PendingEntry] = deque()
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None
        self._spool: Any = None
        self._retry_min, self._retry_max = retry_min, retry_max
        self._failing = False
        self.written = 0
        self._listeners: list[Callable[[PendingEntry], None]] = []

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Load entries a previous run left in the spool, then start flushing."""
        self._spool_path.parent.mkdir(parents=True, exist_ok=True)
        raw = self._spool_path.read_bytes() if self._spool_path.exists() else b""
        if raw:
            # errors="replace": a line torn inside a multi-byte character must not stop start().
            # Split on "\n" only: JSON leaves U+2028, U+2029 and U+0085 unescaped, and
            # str.splitlines() would cut an entry holding one of them in pieces.
            for n, line in enumerate(raw.decode("utf-8", errors="replace").split("\n"), 1):
                if not line.strip():
                    continue
                try:
                    self._queue.append(PendingEntry.from_json(json.loads(line)))
                except (ValueError, KeyError, TypeError):
                    # A torn last line from a crash mid-write; keep the file for inspection.
                    log.error("审计暂存文件第 %d 行无法读取，已跳过：%s", n, line[:200])
            if self._queue:
                log.warning("发现 %d 条暂存的审计记录，正在核对并补写", len(self._queue))
        self._spool = self._spool_path.open("a", encoding="utf-8")
        if raw and not raw.endswith(b"\n"):
            # End a torn last line, or the next entry would be glued onto it and lost.
            self._spool.write("\n")
            self._spool.flush()
        self._task = asyncio.create_task(self._run(), name="audit-writer")
        if self._queue:
            self._idle.clear()
            self._wake.set()

    async def stop(self, within: float = 5.0) -> None:
        """Try to write what is queued; what cannot be written stays in the spool."""
        with contextlib.suppress(TimeoutError):
            await self.flush(within)
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._spool:
            self._spool.close()
            self._spool = None

    # -- writing -----------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[PendingEntry], None]) -> Callable[[], None]:
        """Call ``listener`` with every entry recorded from now on; returns the unsubscriber.

        Every state change is audited (SPEC §8), so the entries are also this process's change
        feed: a plugin's cache learns of another plugin's change at once without importing it.
        Listeners run inside ``record()`` and must be quick; an exception is logged, not raised.
        """
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def record(
        self,
        kind: str,
        *,
        group: str | None = None,
        actor: str | None = None,
        subject: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> PendingEntry:
        """Accept an entry; personal data in ``detail`` is masked here."""
        entry = PendingEntry(
            uid=uuid.uuid4().hex,
            at=self._clock(),
            kind=kind,
            group=group,
            actor=actor,
            subject=subject,
            detail=mask_detail(detail or {}),
        )
        if self._spool is None:
            raise RuntimeError("AuditWriter.start() has not been called")
        self._spool.write(json.dumps(entry.to_json(), ensure_ascii=False) + "\n")
        self._spool.flush()
        self._queue.append(entry)
        self._idle.clear()
        self._wake.set()
        for listener in tuple(self._listeners):
            try:
                listener(entry)
            except Exception:  # the entry is safe in the spool; a listener must not undo record()
                log.exception("审计记录监听器出错：%s", entry.kind)
        return entry

    @property
    def pending(self) -> int:
        return len(self._queue)

    async def flush(self, within: float | None = None) -> None:
        """Wait until everything recorded so far is in the database."""
        await asyncio.wait_for(self._idle.wait(), within)

    async def _run(self) -> None:
        delay = self._retry_min
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._queue:
                batch = [self._queue[i] for i in range(min(BATCH, len(self._queue)))]
                try:
                    async with self._sessions() as session:
                        await audit_store.append(session, batch)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # any database fault: keep the entries and retry
                    if not self._failing:
                        log.warning(
                            "审计记录暂时无法写入数据库，已暂存 %d 条：%s", len(self._queue), exc
                        )
                        self._failing = True
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, self._retry_max)
                    continue
                if self._failing:
                    log.warning("数据库已恢复，补写审计记录")
                    self._failing = False
                delay = self._retry_min
                for _ in batch:
                    self._queue.popleft()
                self.written += len(batch)
                if not self._queue:
                    self._truncate_spool()
            self._idle.set()

    def _truncate_spool(self) -> None:
        """Everything recorded is in the database: empty the spool.

        Only ever truncated when the queue is drained, so no fsync'd rewrite sits on the event
        loop; entries that were committed but are still in the spool after a crash are written
        once more on start and skipped by their uid.
        """
        if self._spool is None:
            return
        self._spool.seek(0)
        self._spool.truncate()
        self._spool.flush()
