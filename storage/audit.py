"""The hash-chained audit table: append, query, verify.

``hash = sha256(prev_hash + canonical JSON of {id, at, group, actor, subject, kind, detail})``.
Appends serialise on the single ``audit_head`` row, so several processes can share one chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry, AuditHead

GENESIS = "0" * 64


@dataclass(slots=True)
class PendingEntry:
    """An entry accepted by the writer but not yet in the chain."""

    uid: str
    at: datetime
    kind: str
    group: str | None = None
    actor: str | None = None
    subject: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "at": self.at.astimezone(UTC).isoformat(),
            "kind": self.kind,
            "group": self.group,
            "actor": self.actor,
            "subject": self.subject,
            "detail": self.detail,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PendingEntry:
        return cls(
            uid=data["uid"],
            at=datetime.fromisoformat(data["at"]),
            kind=data["kind"],
            group=data.get("group"),
            actor=data.get("actor"),
            subject=data.get("subject"),
            detail=data.get("detail") or {},
        )


def canonical(
    *,
    id: int,
    at: datetime,
    group: str | None,
    actor: str | None,
    subject: str | None,
    kind: str,
    detail: dict[str, Any],
) -> str:
    body = {
        "id": id,
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "group": group,
        "actor": actor,
        "subject": subject,
        "kind": kind,
        "detail": detail,
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(prev_hash: str, **fields: Any) -> str:
    return hashlib.sha256((prev_hash + canonical(**fields)).encode("utf-8")).hexdigest()


async def append(session: AsyncSession, entries: Sequence[PendingEntry]) -> int:
    """Chain ``entries`` in order; skip those already written (same uid). Commits.

    Returns how many were newly written.
    """
    if not entries:
        return 0
    # Write first: takes the row lock on PostgreSQL and the write lock on SQLite before the
    # tip is read, so two writers can never chain onto the same tip.
    await session.execute(
        update(AuditHead).where(AuditHead.id == 1).values(last_id=AuditHead.last_id)
    )
    head = (await session.execute(select(AuditHead).where(AuditHead.id == 1))).scalar_one()
    uids = [e.uid for e in entries]
    done = set(
        (await session.execute(select(AuditEntry.uid).where(AuditEntry.uid.in_(uids)))).scalars()
    )
    last_id, last_hash = head.last_id, head.last_hash
    rows: list[dict[str, Any]] = []
    for e in entries:
        if e.uid in done:
            continue
        done.add(e.uid)
        last_id += 1
        at = e.at.astimezone(UTC)
        digest = entry_hash(
            last_hash,
            id=last_id,
            at=at,
            group=e.group,
            actor=e.actor,
            subject=e.subject,
            kind=e.kind,
            detail=e.detail,
        )
        rows.append(
            {
                "id": last_id,
                "at": at,
                "group": e.group,
                "actor": e.actor,
                "subject": e.subject,
                "kind": e.kind,
                "detail": e.detail,
                "uid": e.uid,
                "prev_hash": last_hash,
                "hash": digest,
            }
        )
        last_hash = digest
    if rows:
        # One executemany: the ORM's per-object bookkeeping would sit on the event loop.
        await session.execute(insert(AuditEntry), rows)
    written = len(rows)
    head.last_id, head.last_hash = last_id, last_hash
    await session.commit()
    return written


def entry_dict(e: AuditEntry, tz: Any = UTC) -> dict[str, Any]:
    """The public form of an entry (SPEC §8), time in ``tz``."""
    return {
        "id": e.id,
        "at": e.at.astimezone(tz).isoformat(),
        "group": e.group,
        "actor": e.actor,
        "subject": e.subject,
        "kind": e.kind,
        "detail": e.detail,
        "prev_hash": e.prev_hash,
        "hash": e.hash,
    }


async def query(
    session: AsyncSession,
    *,
    group: str | None = None,
    kind: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[AuditEntry]:
    """Entries matching the filters; ``kind`` ending in ``.`` or ``*`` matches a prefix."""
    stmt = select(AuditEntry)
    if group:
        stmt = stmt.where(AuditEntry.group == group)
    if kind:
        if kind.endswith(("*", ".")):
            stmt = stmt.where(AuditEntry.kind.startswith(kind.rstrip("*"), autoescape=True))
        else:
            stmt = stmt.where(AuditEntry.kind == kind)
    if since:
        stmt = stmt.where(AuditEntry.at >= since)
    if until:
        stmt = stmt.where(AuditEntry.at < until)
    stmt = stmt.order_by(AuditEntry.id.desc() if newest_first else AuditEntry.id)
    if limit:
        stmt = stmt.limit(limit)
    return list((await session.execute(stmt)).scalars())


async def count(session: AsyncSession) -> int:
    return (await session.execute(select(func.count()).select_from(AuditEntry))).scalar_one()


async def iter_chain(session: AsyncSession, batch: int = 2000) -> AsyncIterator[AuditEntry]:
    last = 0
    while True:
        rows = list(
            (
                await session.execute(
                    select(AuditEntry)
                    .where(AuditEntry.id > last)
                    .order_by(AuditEntry.id)
                    .limit(batch)
                )
            ).scalars()
        )
        if not rows:
            return
        for row in rows:
            yield row
        last = rows[-1].id
        session.expunge_all()


@dataclass(slots=True)
class VerifyResult:
    ok: bool
    checked: int
    broken_id: int | None = None
    reason: str = ""


async def verify(session: AsyncSession) -> VerifyResult:
    """Walk the chain from the genesis; name the first entry that does not fit."""
    prev_hash, expected_id, checked = GENESIS, 1, 0
    async for e in iter_chain(session):
        if e.id != expected_id:
            return VerifyResult(
                False, checked, expected_id, f"第 {expected_id} 条缺失（下一条为 {e.id}）"
            )
        if e.prev_hash != prev_hash:
            return VerifyResult(False, checked, e.id, "prev_hash 与上一条的 hash 不符")
        digest = entry_hash(
            prev_hash,
            id=e.id,
            at=e.at,
            group=e.group,
            actor=e.actor,
            subject=e.subject,
            kind=e.kind,
            detail=e.detail,
        )
        if digest != e.hash:
            return VerifyResult(False, checked, e.id, "内容被改动：hash 不符")
        prev_hash, expected_id, checked = e.hash, e.id + 1, checked + 1
    head = (await session.execute(select(AuditHead).where(AuditHead.id == 1))).scalar_one()
    if head.last_id != checked or head.last_hash != prev_hash:
        return VerifyResult(
            False, checked, checked + 1, f"链尾被截断：应有 {head.last_id} 条，实有 {checked} 条"
        )
    return VerifyResult(True, checked)
