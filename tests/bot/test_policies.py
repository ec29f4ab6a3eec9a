"""The bot's policy registry: reloads in the background, audited on the event loop."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from bot.policies import PolicyRegistry
from storage import audit as audit_store

ROOT = Path(__file__).resolve().parents[2]
NEW_TERM = "蓝色文件夹标签"


async def test_changed_file_reloaded_beside_the_loop_and_audited(rt, tmp_path: Path) -> None:
    policies = Path(shutil.copytree(ROOT / "policies", tmp_path / "policies"))
    registry = PolicyRegistry(rt, check_every=0)
    registry.default_path = policies / "default.toml"
    first = registry.default()

    lexicon = policies / "lexicons" / "gambling.txt"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + f"{NEW_TERM}\n", encoding="utf-8")
    # the messages of the next second or two are still checked, by the previous policy
    assert registry.default() is first
    assert registry.default().check(NEW_TERM).findings == []
    await asyncio.to_thread(registry.wait_reloaded, 60)
    await asyncio.sleep(0)  # the audit entry was handed to the loop
    second = registry.default()
    assert second is not first
    assert [f.term for f in second.check(NEW_TERM).findings] == [NEW_TERM]

    await rt.audit.flush(5)
    async with rt.sessions() as s:
        changed = await audit_store.query(s, kind="policy.changed")
    assert [e.detail["file"] for e in changed] == [str(registry.default_path)] * 2
    assert changed[-1].detail["previous_version"] == first.version


async def test_broken_file_rejected_audited_once_and_the_last_good_policy_kept(
    rt, tmp_path: Path
) -> None:
    policies = Path(shutil.copytree(ROOT / "policies", tmp_path / "policies"))
    registry = PolicyRegistry(rt, check_every=0)
    registry.default_path = policies / "default.toml"
    good = registry.default()

    main = policies / "default.toml"
    main.write_text(main.read_text(encoding="utf-8") + "\n[[[坏了\n", encoding="utf-8")
    for _ in range(3):  # looked at again and again: one entry, the file has not changed since
        registry.default()
        await asyncio.to_thread(registry.wait_reloaded, 60)
        await asyncio.sleep(0)
    assert registry.default() is good

    await rt.audit.flush(5)
    async with rt.sessions() as s:
        rejected = await audit_store.query(s, kind="policy.rejected")
        changed = await audit_store.query(s, kind="policy.changed")
    assert len(rejected) == 1
    assert rejected[0].detail["file"] == str(main)
    assert "default.toml" in rejected[0].detail["error"]
    assert len(changed) == 1  # the first load only
