"""NoneBot application assembly: settings → nonebot.init → adapters → plugins."""

from __future__ import annotations

import importlib.util
import logging
import os
import pkgutil
import sys
from typing import Any

import nonebot
import nonebot.internal.matcher.matcher
import nonebot.message
from nonebot.adapters import Bot, Event
from nonebot.consts import CMD_KEY, PREFIX_KEY
from nonebot.exception import IgnoredException
from nonebot.log import LoguruHandler, logger
from nonebot.matcher import matchers
from nonebot.message import event_preprocessor
from nonebot.plugin import get_plugin_by_module_name
from nonebot.rule import TrieRule
from nonebot.typing import T_State

from bot.runtime import Runtime, build_runtime, get_runtime, set_runtime
from bot.settings import Settings
from bot.watchers import run_watchers

PLUGIN_PACKAGE = "plugins"
_WARNING = logger.level("WARNING").no


def nonebot_config(settings: Settings) -> dict[str, Any]:
    """bot.toml → NoneBot's global config. Sections are passed whole so that plugins read
    their own part with ``get_plugin_config``."""
    sections = settings.model_dump(mode="python", exclude={"config_path"})
    onebot = settings.adapters.onebot
    return {
        "driver": "~fastapi",
        "host": settings.server.host,
        "port": settings.server.port,
        "nickname": set(settings.bot.nickname),
        "command_start": set(settings.bot.command_start),
        "command_sep": {"."},
        # NoneBot's own SUPERUSER wants "onebot:<id>"; our permissions use qunguan identities.
        "superusers": set(),
        "onebot_access_token": onebot.access_token or None,
        "apscheduler_autostart": True,
        "apscheduler_config": {"apscheduler.timezone": settings.bot.timezone},
        "log_level": "INFO",
        **sections,
    }


LOG_LINE_LIMIT = 2000

# Per-event lines from NoneBot's dispatcher: the event itself with its whole text ("… Message 123
# from 456@[群:789] '身份证号…'") and "Event will be handled by …" / "running complete" per
# matcher. At a few hundred messages a second they cost more than the moderation they report on,
# and they would keep a second, unmasked copy of what the audit log masks. Matched by source file:
# NoneBot's own patcher renames every record to "nonebot" before any filter sees it.
_PER_EVENT_SOURCES = frozenset(
    path
    for m in (nonebot.message, nonebot.internal.matcher.matcher)
    for path in (m.__file__ or "", os.path.realpath(m.__file__ or ""))
)


def _patch_record(record: Any) -> None:
    """Clip long lines and name the record after its plugin, as NoneBot's own patcher does;
    ``nonebot.init`` installs that patcher, so this one replaces it afterwards."""
    message = record["message"]
    if len(message) > LOG_LINE_LIMIT:
        # a 1 MB message would otherwise be a 1 MB log line
        record["message"] = f"{message[:LOG_LINE_LIMIT]}…（共 {len(message)} 字，已截断）"
    module = record["name"]
    if module and not module.startswith("nonebot."):  # NoneBot's own lines: most of them
        plugin = get_plugin_by_module_name(module)
        record["name"] = plugin.id_ if plugin else module.split(".", 1)[0]
    elif module:
        record["name"] = "nonebot"


def _keep_record(record: Any, log_events: bool) -> bool:
    from nonebot import log as nonebot_log

    if (
        not log_events
        and record["level"].no < _WARNING
        and record["file"].path in _PER_EVENT_SOURCES
    ):
        return False
    return bool(nonebot_log.default_filter(record))


def _install_logging(log_events: bool, level: str) -> None:
    """Our filter on NoneBot's stdout handler and our patcher; call after ``nonebot.init``."""
    from nonebot import log as nonebot_log

    logger.remove(nonebot_log.logger_id)
    nonebot_log.logger_id = logger.add(
        sys.stdout,
        # NoneBot adds its handler at level 0 and filters by level later, so loguru builds a
        # whole record (time, frame, thread) for each of the dispatcher's debug and trace lines
        # of every event only to drop it; at the handler's level it returns at once.
        level=level,
        diagnose=False,
        filter=lambda record: _keep_record(record, log_events),
        format=nonebot_log.default_format,
    )
    logger.configure(patcher=_patch_record)


def _route_stdlib_logging() -> None:
    handler = LoguruHandler()
    for name in ("qunguan", "alembic"):
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False


def plugin_modules() -> list[str]:
    """Every package under ``plugins/``: one plugin per admin duty."""
    spec = importlib.util.find_spec(PLUGIN_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return []
    return sorted(
        f"{PLUGIN_PACKAGE}.{m.name}"
        for m in pkgutil.iter_modules(spec.submodule_search_locations)
        if m.ispkg and not m.name.startswith("_")
    )


def register_adapters(settings: Settings) -> None:
    driver = nonebot.get_driver()
    if settings.adapters.onebot.enabled:
        from bot.platform.onebot import OneBotAdapter

        driver.register_adapter(OneBotAdapter)


def attach_runtime(runtime: Runtime) -> None:
    """Start the runtime with the driver and stop it on shutdown."""
    set_runtime(runtime)
    driver = nonebot.get_driver()

    @driver.on_startup
    async def _start() -> None:
        await get_runtime().start()

    @driver.on_shutdown
    async def _stop() -> None:
        await get_runtime().stop()


async def _watch_then_gate(bot: Bot, event: Event, state: T_State) -> None:
    """Every message passes the duties' watchers (``bot.watchers``) once; one that is not a
    command then goes no further: no matcher wants it, and checking each would cost more than
    the watchers' work."""
    if event.get_type() != "message":
        return
    await run_watchers(bot, event)
    try:
        TrieRule.get_value(bot, event, state)  # NoneBot does this after the preprocessors
    except Exception:  # let NoneBot's own parsing report it; the matchers decide
        return
    if state[PREFIX_KEY][CMD_KEY] is None and not _dialogue_pending():
        raise IgnoredException("不是命令")


def _dialogue_pending() -> bool:
    """A command waiting for an answer (/登记 asking for the missing keys) has left a temporary
    matcher behind: while there is one, plain messages go on to the matchers."""
    return any(m.temp for level in matchers.values() for m in level)


def install_dispatch() -> None:
    event_preprocessor(_watch_then_gate)


def load_plugins() -> None:
    nonebot.load_plugin("nonebot_plugin_apscheduler")
    for module in plugin_modules():
        nonebot.load_plugin(module)
    install_dispatch()


def init(settings: Settings, **overrides: Any) -> Runtime:
    """Initialise NoneBot and load every plugin; returns the (not yet started) runtime."""
    _route_stdlib_logging()
    config = {**nonebot_config(settings), **overrides}
    nonebot.init(**config)
    _install_logging(settings.bot.log_events, config["log_level"])
    register_adapters(settings)
    runtime = build_runtime(settings)
    attach_runtime(runtime)
    load_plugins()
    return runtime


def run(settings: Settings) -> None:
    """``qunguan run``: migrate, then serve until stopped."""
    from storage.migrate import upgrade

    upgrade(settings.database_url)
    init(settings)
    nonebot.run()
