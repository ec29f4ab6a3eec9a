"""bot.toml → validated settings.

Precedence (highest first): ``QUNGUAN_<SECTION>__<KEY>`` environment variables, then the
TOML file, then the defaults below. Relative paths in the file are resolved against the
file's own folder so that ``qunguan --config /etc/qunguan/bot.toml`` works from anywhere.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from bot.identity import parse_identity

DEFAULT_CONFIG = "bot.toml"
PROJECT_ROOT = Path(__file__).resolve().parents[1]
ENV_CONFIG = "QUNGUAN_CONFIG"


class ConfigError(Exception):
    """bot.toml (or an environment override) is invalid; ``lines`` holds one message per error."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BotSection(_Section):
    nickname: list[str] = Field(default_factory=lambda: ["群管助手"])
    """Names the bot answers to."""
    command_start: list[str] = Field(default_factory=lambda: ["/", "／"])
    """Command prefixes; half- and full-width slash by default."""
    superusers: list[str] = Field(default_factory=list)
    """Information-center staff as ``platform:id`` identities."""
    report_group: str = ""
    """Group that receives escalations and digests; empty = private messages to superusers."""
    timezone: str = "Asia/Shanghai"
    """Time zone for dates shown to people and for working-day arithmetic."""
    log_events: bool = False
    """Log every incoming event and matcher run (NoneBot's INFO lines, with the message text in
    clear, ID numbers included); off for busy groups and outside debugging."""

    @field_validator("superusers")
    @classmethod
    def _check_superusers(cls, value: list[str]) -> list[str]:
        for item in value:
            parse_identity(item)
        return value

    @field_validator("report_group")
    @classmethod
    def _check_report_group(cls, value: str) -> str:
        if value:
            parse_identity(value)
        return value

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"未知时区 {value!r}") from None
        return value

    @field_validator("command_start")
    @classmethod
    def _check_command_start(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("至少需要一个命令前缀")
        return value


class ServerSection(_Section):
    host: str = "127.0.0.1"
    """Address of the FastAPI driver (OneBot reverse WebSocket, dashboard, API)."""
    port: int = Field(8080, ge=1, le=65535)
    """Port of the FastAPI driver."""


class DatabaseSection(_Section):
    url: str = "sqlite+aiosqlite:///data/qunguan.db"
    """SQLAlchemy async URL: sqlite+aiosqlite:///… or postgresql+asyncpg://…"""

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        if not re.match(r"^(sqlite\+aiosqlite|postgresql\+asyncpg)://", value):
            raise ValueError("只支持 sqlite+aiosqlite:// 或 postgresql+asyncpg:// 开头的地址")
        return value


class OneBotSection(_Section):
    enabled: bool = True
    """Accept OneBot v11 reverse WebSocket connections (NapCat, Lagrange, LLOneBot)."""
    access_token: str = ""
    """Token the OneBot implementation must send; empty = none."""


class WechatySection(_Section):
    enabled: bool = False
    """Connect to a Wechaty puppet service."""
    endpoint: str = "127.0.0.1:8788"
    """host:port of the puppet service."""
    token: str = ""
    """Puppet service token."""


class ConsoleSection(_Section):
    enabled: bool = False
    """Local trial in the terminal."""


class AdaptersSection(_Section):
    onebot: OneBotSection = Field(default_factory=OneBotSection)
    wechaty: WechatySection = Field(default_factory=WechatySection)
    console: ConsoleSection = Field(default_factory=ConsoleSection)


class CalendarSection(_Section):
    extra_holidays: list[date] = Field(default_factory=list)
    """Days off in addition to the official calendar."""
    extra_workdays: list[date] = Field(default_factory=list)
    """Working days in addition to the official calendar."""


class RegistrySection(_Section):
    register_within_workdays: int = Field(2, ge=0, le=30)
    """Working days a new group has to be registered."""
    dissolve_within_workdays: int = Field(2, ge=0, le=30)
    """Working days to dissolve a temporary group after its work is done."""
    require_confirmation: bool = True
    """Registrations wait for the information center's /备案 通过."""
    sweep_minutes: int = Field(10, ge=1, le=1440)
    """How often the reminder sweep runs."""


class RealnameSection(_Section):
    card_pattern: str = r"^(?P<unit>[^-—－]+)[-—－](?P<name>.+)$"
    """Regular expression a real-name group card must match (groups unit and name)."""
    grace_hours: int = Field(24, ge=0)
    """Hours a new member has to set a real-name card."""
    kick_after_grace: bool = False
    """Remove members still without a valid card after the grace period."""

    @field_validator("card_pattern")
    @classmethod
    def _check_pattern(cls, value: str) -> str:
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"正则表达式无效：{exc}") from None
        if not {"unit", "name"} <= set(compiled.groupindex):
            raise ValueError("正则表达式需要命名分组 unit 和 name")
        return value


class SuggestionsSection(_Section):
    reply_within_workdays: int = Field(5, ge=0, le=60)
    """Working days to answer a suggestion."""


class PolicySection(_Section):
    file: str = "policies/default.toml"
    """Default policy file."""


class DashboardSection(_Section):
    enabled: bool = True
    """Serve /dashboard and /api."""


class AuditSection(_Section):
    spool_file: str = "data/audit-spool.jsonl"
    """Entries waiting for the database are kept here, so that none is lost."""


_SECTIONS = (
    "bot",
    "server",
    "database",
    "adapters",
    "calendar",
    "registry",
    "realname",
    "suggestions",
    "policy",
    "dashboard",
    "audit",
)


class Settings(BaseSettings):
    """All of bot.toml."""

    model_config = SettingsConfigDict(
        env_prefix="QUNGUAN_",
        env_nested_delimiter="__",
        case_sensitive=False,
        extra="forbid",
    )

    bot: BotSection = Field(default_factory=BotSection)
    server: ServerSection = Field(default_factory=ServerSection)
    database: DatabaseSection = Field(default_factory=DatabaseSection)
    adapters: AdaptersSection = Field(default_factory=AdaptersSection)
    calendar: CalendarSection = Field(default_factory=CalendarSection)
    registry: RegistrySection = Field(default_factory=RegistrySection)
    realname: RealnameSection = Field(default_factory=RealnameSection)
    suggestions: SuggestionsSection = Field(default_factory=SuggestionsSection)
    policy: PolicySection = Field(default_factory=PolicySection)
    dashboard: DashboardSection = Field(default_factory=DashboardSection)
    audit: AuditSection = Field(default_factory=AuditSection)

    # Not part of bot.toml: where the file was read from, for resolving relative paths.
    config_path: Path | None = Field(default=None, exclude=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment wins over the file (passed as init kwargs); no .env, no secrets dir.
        return (env_settings, init_settings)

    @property
    def base_dir(self) -> Path:
        return self.config_path.parent if self.config_path else Path.cwd()

    def resolve_path(self, value: str) -> Path:
        path = Path(value)
        return path if path.is_absolute() else (self.base_dir / path)

    @property
    def policy_path(self) -> Path:
        """The default policy file; a relative path missing beside the config falls back to
        the project's own ``policies/`` (so a bot.toml kept elsewhere still finds it)."""
        path = self.resolve_path(self.policy.file)
        if not path.exists() and not Path(self.policy.file).is_absolute():
            shipped = PROJECT_ROOT / self.policy.file
            if shipped.exists():
                return shipped
        return path

    @property
    def database_url(self) -> str:
        """The database URL with a relative SQLite path made absolute."""
        url = self.database.url
        prefix = "sqlite+aiosqlite:///"
        if url.startswith(prefix):
            raw = url[len(prefix) :]
            if raw and raw != ":memory:" and not raw.startswith("/"):
                return prefix + str(self.resolve_path(raw))
        return url

    @property
    def spool_path(self) -> Path:
        return self.resolve_path(self.audit.spool_file)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.bot.timezone)


# pydantic's messages are English; operators read Chinese.
_MESSAGES = {
    "extra_forbidden": "未知的配置项",
    "missing": "缺少必填项",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "bool_parsing": "应为 true 或 false",
    "bool_type": "应为 true 或 false",
    "string_type": "应为字符串",
    "list_type": "应为列表",
    "date_from_datetime_parsing": "日期格式应为 YYYY-MM-DD",
    "date_parsing": "日期格式应为 YYYY-MM-DD",
    "date_type": "日期格式应为 YYYY-MM-DD",
    "greater_than_equal": "不能小于 {ge}",
    "less_than_equal": "不能大于 {le}",
    "model_type": "应为一节（表）",
    "dict_type": "应为一节（表）",
}


def _env_names() -> dict[str, str]:
    """``QUNGUAN_*`` environment variables, upper-cased name → name as set."""
    return {
        k.upper(): k
        for k in os.environ
        if k.upper().startswith("QUNGUAN_") and k.upper() != ENV_CONFIG
    }


def _env_source(loc: list[str]) -> str | None:
    """The environment variable that supplied ``loc`` (or a section containing it), if any."""
    names = _env_names()
    for i in range(len(loc), 0, -1):
        name = names.get("QUNGUAN_" + "__".join(loc[:i]).upper())
        if name:
            return name
    return None


def _format_errors(source: str, exc: ValidationError) -> list[str]:
    lines = []
    for err in exc.errors():
        loc = [str(part) for part in err["loc"]]
        env = _env_source(loc)
        if loc and loc[0] in _SECTIONS:
            head = f"[{loc[0]}]"
            if loc[0] == "adapters" and len(loc) > 1:
                head = f"[adapters.{loc[1]}]"
                loc = loc[1:]
            key = ".".join(loc[1:]) or "(整节)"
        else:
            head, key = "", ".".join(loc)
        template = _MESSAGES.get(err["type"])
        if template:
            msg = template.format(**(err.get("ctx") or {}))
        else:
            msg = err["msg"].removeprefix("Value error, ")
        where = f"{head} {key}".strip()
        lines.append(f"{f'环境变量 {env}' if env else source}: {where}: {msg}")
    return lines


def config_path_from(arg: str | os.PathLike[str] | None) -> Path:
    """--config argument, else $QUNGUAN_CONFIG, else ./bot.toml."""
    return Path(arg or os.environ.get(ENV_CONFIG) or DEFAULT_CONFIG)


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read and validate bot.toml; raise ConfigError with one line per problem.

    A missing file is only an error when it was named explicitly; otherwise defaults apply.
    """
    explicit = path is not None or ENV_CONFIG in os.environ
    cfg = config_path_from(path)
    name = str(cfg)
    data: dict[str, Any] = {}
    if cfg.exists():
        try:
            data = tomllib.loads(cfg.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError([f"{name}: TOML 语法错误：{exc}"]) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError([f"{name}: 无法读取：{exc}"]) from None
    elif explicit:
        raise ConfigError([f"{name}: 配置文件不存在"])
    try:
        settings = Settings(**data)
    except ValidationError as exc:
        raise ConfigError(_format_errors(name, exc)) from None
    except SettingsError as exc:  # an environment value that is not valid JSON for a list/table
        field = re.search(r'field "(\w+)"', str(exc))
        section = field.group(1) if field else ""
        names = [n for k, n in _env_names().items() if k.startswith(f"QUNGUAN_{section.upper()}")]
        where = "、".join(sorted(names)) or f"QUNGUAN_{section.upper()}"
        raise ConfigError(
            [f'环境变量 {where}: 无法解析（列表和表须写成 JSON，如 ["2027-01-01"]）']
        ) from None
    settings.config_path = cfg.resolve()
    return settings
