"""登记备案: every work group registered with the information center, with designated admins."""

from nonebot import get_driver, get_plugin_config, on_command, on_notice, require
from nonebot.adapters import Bot, Event, Message
from nonebot.matcher import Matcher
from nonebot.params import ArgPlainText, CommandArg, Depends
from nonebot.plugin import PluginMetadata
from nonebot.typing import T_State

require("nonebot_plugin_apscheduler")

from nonebot_plugin_apscheduler import scheduler  # noqa: E402

from bot import priorities  # noqa: E402
from bot.commands import CommandDoc  # noqa: E402
from bot.deps import (  # noqa: E402
    CtxDep,
    RuntimeDep,
    require_group,
    require_group_admin,
    require_superuser,
)
from bot.permissions import Role  # noqa: E402
from bot.watchers import watch_messages  # noqa: E402

from . import handlers  # noqa: E402
from . import messages as msg  # noqa: E402
from .config import Config  # noqa: E402

__plugin_meta__ = PluginMetadata(
    name="登记备案",
    description="工作群登记备案、指定管理员、注销，以及未登记群的提醒与上报",
    usage="\n".join(
        [
            "/" + msg.REGISTER_USAGE,
            "/" + msg.CONFIRM_USAGE,
            "/群信息",
            "/" + msg.ADMIN_USAGE,
            "/" + msg.LIST_USAGE,
            "/注销",
        ]
    ),
    type="application",
    config=Config,
    supported_adapters={"~onebot.v11"},
    extra={
        "commands": [
            CommandDoc(
                "登记", "register", Role.GROUP_ADMIN, msg.REGISTER_USAGE, "本群登记备案申请"
            ),
            CommandDoc("备案", "confirm", Role.SUPERUSER, msg.CONFIRM_USAGE, "确认或退回登记"),
            CommandDoc("群信息", "groupinfo", Role.MEMBER, "群信息", "本群登记、管理员与合规情况"),
            CommandDoc(
                "群管理员", "groupadmin", Role.GROUP_ADMIN, msg.ADMIN_USAGE, "指定专人管理员"
            ),
            CommandDoc("群列表", "groups", Role.SUPERUSER, msg.LIST_USAGE, "各状态的工作群"),
            CommandDoc("注销", "deregister", Role.GROUP_ADMIN, "注销 [<群>]", "注销本群登记"),
        ]
    },
)

config = get_plugin_config(Config)

GROUP_ADMIN = [Depends(require_group), Depends(require_group_admin)]

register_cmd = on_command("登记", aliases={"register"}, priority=priorities.COMMAND, block=True)
confirm_cmd = on_command("备案", aliases={"confirm"}, priority=priorities.COMMAND, block=True)
info_cmd = on_command("群信息", aliases={"groupinfo"}, priority=priorities.COMMAND, block=True)
admin_cmd = on_command("群管理员", aliases={"groupadmin"}, priority=priorities.COMMAND, block=True)
list_cmd = on_command("群列表", aliases={"groups"}, priority=priorities.COMMAND, block=True)
deregister_cmd = on_command("注销", aliases={"deregister"}, priority=priorities.COMMAND, block=True)
group_notice_handler = on_notice(priority=priorities.WATCH, block=False)


@register_cmd.handle(parameterless=GROUP_ADMIN)
async def _(matcher: Matcher, state: T_State, args: Message = CommandArg()) -> None:
    await handlers.register_start(matcher, state, args)


@register_cmd.got("info")
async def _(
    matcher: Matcher, state: T_State, ctx: CtxDep, rt: RuntimeDep, info: str = ArgPlainText()
) -> None:
    await handlers.register_finish(matcher, state, ctx, rt, info)


@confirm_cmd.handle(parameterless=[Depends(require_superuser)])
async def _(matcher: Matcher, ctx: CtxDep, rt: RuntimeDep, args: Message = CommandArg()) -> None:
    await handlers.confirm(matcher, ctx, rt, args.extract_plain_text())


@info_cmd.handle(parameterless=[Depends(require_group)])
async def _(matcher: Matcher, ctx: CtxDep, rt: RuntimeDep) -> None:
    await handlers.info(matcher, ctx, rt)


@admin_cmd.handle(parameterless=[Depends(require_group)])
async def _(matcher: Matcher, ctx: CtxDep, rt: RuntimeDep, args: Message = CommandArg()) -> None:
    await handlers.admins(matcher, ctx, rt, args.extract_plain_text())


@list_cmd.handle(parameterless=[Depends(require_superuser)])
async def _(matcher: Matcher, rt: RuntimeDep, args: Message = CommandArg()) -> None:
    await handlers.list_groups(matcher, rt, args.extract_plain_text())


@deregister_cmd.handle()
async def _(matcher: Matcher, state: T_State, ctx: CtxDep, args: Message = CommandArg()) -> None:
    await handlers.deregister_start(matcher, state, ctx, args.extract_plain_text())


@deregister_cmd.got("confirm")
async def _(
    matcher: Matcher,
    state: T_State,
    ctx: CtxDep,
    rt: RuntimeDep,
    answer: str = ArgPlainText("confirm"),
) -> None:
    await handlers.deregister_finish(matcher, state, ctx, rt, answer)


@watch_messages(priorities.WATCH)
async def see_group(bot: Bot, event: Event) -> None:
    """Every message, first: a group not known yet is registered as seen."""
    await handlers.watch_message(bot, event)


@group_notice_handler.handle()
async def _(bot: Bot, event: Event) -> None:
    await handlers.watch_notice(bot, event)


@get_driver().on_bot_connect
async def _(bot: Bot) -> None:
    await handlers.bot_connected(bot)


scheduler.add_job(
    handlers.scheduled_sweep,
    "interval",
    minutes=config.registry.sweep_minutes,
    id="registry.sweep",
    replace_existing=True,
    coalesce=True,
    max_instances=1,
)
