"""End to end: an edited lexicon takes effect in the running bot, a broken policy file does not.

The real ``qunguan run`` process checks a copy of ``policies/``. The test plays NapCat: a phrase
passes; the phrase is added to the ad lexicon; without a restart the next post of it is recalled
and its sender warned, and the reload is in the audit log (``policy.changed``). A broken
``default.toml`` is then rejected with a clear error in the log while the last good policy keeps
recalling the phrase, and the rejection is audited (``policy.rejected``); repaired, it is loaded
again.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from .botproc import TOKEN, BotProcess, audit_until, run_cli, toml_str, write_config
from .fake_qq import FakeQQ
from .test_moderation_ws import GROUP, MEMBER, _recall_of, _warning_to, world

ROOT = Path(__file__).resolve().parents[2]
PHRASE = "紫晶独角兽饼干"  # not in any lexicon, and plain enough for the content model


@pytest.fixture
def e2e_database() -> str:
    # the reload does not touch the database: the SQLite run is enough
    return "sqlite+aiosqlite:///data/qunguan.db"


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    return Path(shutil.copytree(ROOT / "policies", tmp_path / "policies"))


@pytest.fixture
def bot_config(tmp_path: Path, e2e_database: str, bot_port: int, policies: Path) -> Path:
    cfg = write_config(tmp_path, port=bot_port, database_url=e2e_database)
    with cfg.open("a", encoding="utf-8") as fh:
        fh.write(f"\n[policy]\nfile = {toml_str(str(policies / 'default.toml'))}\n")
    return cfg


async def _policy_loads(cfg: Path, qq: FakeQQ, count: int) -> list[dict]:
    """``policy.changed`` entries once there are ``count``; a plain message now and then makes
    the bot look at the files again (it checks their times at most every two seconds)."""
    return await audit_until(
        cfg,
        lambda entries: len(entries) >= count,
        "--kind",
        "policy.changed",
        within=30,
        nudge=lambda: qq.group_message("收到", group_id=GROUP, user_id=MEMBER),
    )


async def _passes(qq: FakeQQ, text: str) -> None:
    """``text`` is posted and not recalled: the bot answers a command sent after it first."""
    event = qq.group_message_event(text, group_id=GROUP, user_id=MEMBER)
    await qq.send_event(event)
    await qq.group_message("/群信息", group_id=GROUP, user_id=MEMBER)
    await qq.expect_group_message(GROUP, "状态：")
    assert not [
        c
        for c in qq.calls
        if c.action == "delete_msg" and _recall_of(event["message_id"])(c.params)
    ]


async def _recalled(qq: FakeQQ, text: str) -> None:
    event = qq.group_message_event(text, group_id=GROUP, user_id=MEMBER)
    await qq.send_event(event)
    await qq.expect_call("delete_msg", where=_recall_of(event["message_id"]), what=text)
    await qq.expect_call("send_group_msg", where=_warning_to(MEMBER, "商业广告"), what=text)


async def test_edited_lexicon_applies_without_restart_and_a_broken_file_is_rejected(
    qunguan: BotProcess, bot_config: Path, policies: Path
) -> None:
    qq = FakeQQ(qunguan.ws_url, world(), token=TOKEN)
    try:
        await qq.connect()
        await qq.lifecycle_connect()
        await qq.expect_group_message(GROUP, "尚未在信息中心登记备案")
        loaded = await _policy_loads(bot_config, qq, 1)  # the start-up load

        # 1. Not a term yet.
        await _passes(qq, f"{PHRASE}到货了，要的私聊")

        # 2. Added to the ad lexicon: in force without a restart, and audited.
        ads = policies / "lexicons" / "ad.txt"
        ads.write_text(ads.read_text("utf-8") + f"\n{PHRASE}\n", encoding="utf-8")
        reloads = await _policy_loads(bot_config, qq, len(loaded) + 1)
        assert reloads[-1]["detail"]["file"] == str(policies / "default.toml")
        assert reloads[-1]["detail"]["previous_version"] == reloads[-1]["detail"]["version"]
        await _recalled(qq, f"{PHRASE}又到货了，要的私聊")

        # 3. A broken default.toml: rejected with the reason in the log; the last good policy
        # (with the new term) stays in force.
        main = policies / "default.toml"
        good = main.read_text("utf-8")
        main.write_text(good + "\n[[[这一行不是 TOML\n", encoding="utf-8")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while not [line for line in qunguan.error_lines() if "策略文件有误" in line]:
            assert loop.time() < deadline, qunguan.log_tail()
            await qq.group_message("收到", group_id=GROUP, user_id=MEMBER)
            await asyncio.sleep(1)
        errors = qunguan.error_lines()
        assert all("策略文件有误" in line for line in errors), errors
        assert "default.toml" in errors[0]
        await _recalled(qq, f"特价{PHRASE}，加我")
        changed = await run_cli(bot_config, "audit", "--kind", "policy.changed", "--json")
        assert len(changed.json_lines()) == len(reloads)  # nothing loaded
        rejected = await run_cli(bot_config, "audit", "--kind", "policy.rejected", "--json")
        assert [e["detail"]["file"] for e in rejected.json_lines()] == [str(main)]

        # 4. Repaired: loaded again.
        main.write_text(good, encoding="utf-8")
        await _policy_loads(bot_config, qq, len(reloads) + 1)
        await _recalled(qq, f"{PHRASE}最后一批")
        assert qq.is_open, qq.close_reason
        assert qunguan.proc.poll() is None
    finally:
        await qq.close()
