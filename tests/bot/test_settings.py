"""bot.toml loading: defaults, one line per error, environment overrides, relative paths."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from bot.settings import ConfigError, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No QUNGUAN_* variable from the outside, and a working folder without bot.toml."""
    for name in list(os.environ):
        if name.upper().startswith("QUNGUAN_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def _write(folder: Path, text: str, name: str = "bot.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings()
    assert settings.server.port == 8080
    assert settings.bot.timezone == "Asia/Shanghai"
    assert settings.bot.superusers == []
    assert settings.adapters.onebot.enabled is True
    assert settings.adapters.onebot.access_token == ""
    assert settings.registry.register_within_workdays == 2
    # No file: relative paths are taken from the working folder.
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path / 'data' / 'qunguan.db'}"
    assert settings.spool_path == tmp_path / "data" / "audit-spool.jsonl"


def test_the_shipped_bot_toml_is_valid() -> None:
    shipped = Path(__file__).resolve().parents[2] / "bot.toml"
    settings = load_settings(shipped)
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.spool_path == shipped.parent / "data" / "audit-spool.jsonl"


def test_every_error_on_its_own_line(tmp_path: Path) -> None:
    cfg = _write(
        tmp_path,
        """
[bot]
superusers = ["x:1"]
colour = "blue"

[server]
port = "abc"

[database]
url = "mysql://root@localhost/qunguan"

[calendar]
extra_holidays = ["2026-13-01"]

[realname]
card_pattern = "(?P<unit>["
""",
    )
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    lines = info.value.lines
    assert len(lines) == 6, lines
    assert str(info.value) == "\n".join(lines)
    for line in lines:
        assert line.startswith(f"{cfg}: ["), line
        assert "\n" not in line

    def line_for(section: str, key: str) -> str:
        found = [ln for ln in lines if f": [{section}] {key}" in ln]
        assert len(found) == 1, (section, key, lines)
        return found[0]

    assert "未知的配置项" in line_for("bot", "colour")
    assert "x" in line_for("bot", "superusers")
    assert "应为整数" in line_for("server", "port")
    assert "postgresql+asyncpg" in line_for("database", "url")
    assert "YYYY-MM-DD" in line_for("calendar", "extra_holidays")
    assert "正则表达式" in line_for("realname", "card_pattern")


def test_nested_adapter_section_is_named(tmp_path: Path) -> None:
    cfg = _write(tmp_path, '[adapters.onebot]\nenabled = "maybe"\ntokn = "x"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    assert sorted(info.value.lines) == sorted(
        [
            f"{cfg}: [adapters.onebot] enabled: 应为 true 或 false",
            f"{cfg}: [adapters.onebot] tokn: 未知的配置项",
        ]
    )


def test_card_pattern_needs_named_groups(tmp_path: Path) -> None:
    cfg = _write(tmp_path, '[realname]\ncard_pattern = "^(.+)-(.+)$"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    (line,) = info.value.lines
    assert line.startswith(f"{cfg}: [realname] card_pattern: ")
    assert "unit" in line
    assert "name" in line


def test_toml_syntax_error_is_one_line(tmp_path: Path) -> None:
    cfg = _write(tmp_path, '[server]\nport = \n[bot\nnickname = "x"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    (line,) = info.value.lines
    assert line.startswith(f"{cfg}: TOML 语法错误")
    assert "\n" not in line


def test_named_missing_file_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "bot.toml"
    with pytest.raises(ConfigError) as info:
        load_settings(missing)
    assert info.value.lines == [f"{missing}: 配置文件不存在"]


def test_missing_file_named_by_environment_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUNGUAN_CONFIG", str(tmp_path / "gone.toml"))
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert info.value.lines == [f"{tmp_path / 'gone.toml'}: 配置文件不存在"]


def test_config_file_named_by_environment_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = _write(tmp_path, "[server]\nport = 8123\n", name="other.toml")
    monkeypatch.setenv("QUNGUAN_CONFIG", str(cfg))
    assert load_settings().server.port == 8123


def test_environment_wins_over_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = _write(
        tmp_path,
        """
[server]
host = "0.0.0.0"
port = 8080

[adapters.onebot]
access_token = "from-file"
""",
    )
    monkeypatch.setenv("QUNGUAN_SERVER__PORT", "9001")
    monkeypatch.setenv("QUNGUAN_ADAPTERS__ONEBOT__ACCESS_TOKEN", "s3cret")
    settings = load_settings(cfg)
    assert settings.server.port == 9001
    assert settings.adapters.onebot.access_token == "s3cret"
    # Keys not overridden still come from the file.
    assert settings.server.host == "0.0.0.0"


def test_environment_list_values_are_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUNGUAN_CALENDAR__EXTRA_HOLIDAYS", '["2027-01-04"]')
    monkeypatch.setenv("QUNGUAN_BOT__SUPERUSERS", '["qq:10001", "wx:wxid_abc"]')
    settings = load_settings()
    assert settings.calendar.extra_holidays == [date(2027, 1, 4)]
    assert settings.bot.superusers == ["qq:10001", "wx:wxid_abc"]


def test_bad_environment_value_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = _write(tmp_path, "[server]\nport = 8080\n")
    monkeypatch.setenv("QUNGUAN_SERVER__PORT", "nine")
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    (line,) = info.value.lines
    # The operator is pointed at the variable, not at the (correct) file.
    assert line == "环境变量 QUNGUAN_SERVER__PORT: [server] port: 应为整数"


def test_environment_value_that_is_not_json_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QUNGUAN_CALENDAR__EXTRA_HOLIDAYS", "2027-01-04")
    with pytest.raises(ConfigError) as info:
        load_settings()
    (line,) = info.value.lines
    assert line.startswith("环境变量 QUNGUAN_CALENDAR__EXTRA_HOLIDAYS: ")
    assert "JSON" in line


def test_relative_paths_resolve_against_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "etc" / "qunguan"
    folder.mkdir(parents=True)
    cfg = _write(
        folder,
        """
[database]
url = "sqlite+aiosqlite:///data/x.db"

[audit]
spool_file = "spool/audit.jsonl"
""",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    settings = load_settings(cfg)
    assert settings.database_url == f"sqlite+aiosqlite:///{folder / 'data' / 'x.db'}"
    assert settings.spool_path == folder / "spool" / "audit.jsonl"
    # Also with a relative --config.
    monkeypatch.chdir(tmp_path)
    settings = load_settings(Path("etc/qunguan/bot.toml"))
    assert settings.database_url == f"sqlite+aiosqlite:///{folder / 'data' / 'x.db'}"
    assert settings.spool_path == folder / "spool" / "audit.jsonl"


def test_absolute_and_memory_urls_are_kept(tmp_path: Path) -> None:
    cfg = _write(tmp_path, '[database]\nurl = "sqlite+aiosqlite:////var/lib/qunguan/q.db"\n')
    assert load_settings(cfg).database_url == "sqlite+aiosqlite:////var/lib/qunguan/q.db"
    cfg.write_text('[database]\nurl = "sqlite+aiosqlite:///:memory:"\n', encoding="utf-8")
    assert load_settings(cfg).database_url == "sqlite+aiosqlite:///:memory:"
    pg = "postgresql+asyncpg://qunguan@db.example/qunguan"
    cfg.write_text(f'[database]\nurl = "{pg}"\n', encoding="utf-8")
    assert load_settings(cfg).database_url == pg
