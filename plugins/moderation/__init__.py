"""内容监督: every group message and file is checked against the group's policy."""

from nonebot import get_driver, on_command, on_notice
from nonebot.adapters import Bot, Event, Message
from nonebot.matcher import Matcher
from nonebot.params import CommandArg, Depends
from nonebot.plugin import PluginMetadata

from bot import priorities
from bot.commands import CommandDoc
from bot.deps import CtxDep, RoleDep, RuntimeDep, require_group, require_group_admin
from bot.permissions import Role
from bot.watchers import watch_messages

from . import handlers
from . import messages as msg

__plugin_meta__ = PluginMetadata(
    name="内容监督",
    description="检查每条群消息和文件：敏感、涉密、个人信息、链接与无关话题；警告阶梯",
    usage="\n".join(
        [
            "/" + msg.CHECK_USAGE,
            "/" + msg.WARN_USAGE,
            "/警告记录 @成员",
            "/" + msg.UNWARN_USAGE,
            "/" + msg.FP_USAGE,
        ]
    ),
    type="application",
    supported_adapters={"~onebot.v11"},
    extra={
        "commands": [
            CommandDoc(
                "检测",
                "check",
                Role.GROUP_ADMIN,
                msg.CHECK_USAGE,
                "策略会如何处理这段文字（私聊也可用）",
            ),
            CommandDoc("警告", "warn", Role.GROUP_ADMIN, msg.WARN_USAGE, "手动警告成员"),
            CommandDoc(
                "警告记录", "warnings", Role.GROUP_ADMIN, "警告记录 @成员", "成员的警告记录"
            ),
            CommandDoc(
                "撤销警告", "unwarn", Role.GROUP_ADMIN, msg.UNWARN_USAGE, "撤销最近一次警告"
            ),
            CommandDoc(
                "误报", "false-positive", Role.GROUP_ADMIN, msg.FP_USAGE, "标记误报并加入本群白名单"
            ),
        ]
    },
)

GROUP_ADMIN = [Depends(require_group), Depends(require_group_admin)]

file_upload_checker = on_notice(priority=priorities.MODERATE, block=False)
check_cmd = on_command(
    handlers.CHECK_NAMES[0],
    aliases=set(handlers.CHECK_NAMES[1:]),
    priority=priorities.COMMAND,
    block=True,
)
warn_cmd = on_command("警告", aliases={"warn"}, priority=priorities.COMMAND, block=True)
warnings_cmd = on_command("警告记录", aliases={"warnings"}, priority=priorities.COMMAND, block=True)
unwarn_cmd = on_command("撤销警告", aliases={"unwarn"}, priority=priorities.COMMAND, block=True)
false_positive_cmd = on_command(
    "误报", aliases={"false-positive", "误判"}, priority=priorities.COMMAND, block=True
)


@watch_messages(priorities.MODERATE)
async def check_message(bot: Bot, event: Event) -> None:
    """Every message, once, before any command (``bot.watchers``)."""
    await handlers.check_message(bot, event)


@file_upload_checker.handle()
async def _(bot: Bot, event: Event) -> None:
    await handlers.check_upload(bot, event)


@check_cmd.handle()
async def _(
    matcher: Matcher, ctx: CtxDep, role: RoleDep, rt: RuntimeDep, args: Message = CommandArg()
) -> None:
    await matcher.finish(await handlers.check(ctx, role, rt, args.extract_plain_text()))


@warn_cmd.handle(parameterless=GROUP_ADMIN)
async def _(matcher: Matcher, ctx: CtxDep, rt: RuntimeDep, args: Message = CommandArg()) -> None:
    await matcher.finish(await handlers.commands.warn(rt, ctx, args.extract_plain_text()))


@warnings_cmd.handle(parameterless=GROUP_ADMIN)
async def _(matcher: Matcher, ctx: CtxDep, rt: RuntimeDep, args: Message = CommandArg()) -> None:
    await matcher.finish(await handlers.commands.warnings(rt, ctx, args.extract_plain_text()))


@unwarn_cmd.handle(parameterless=GROUP_ADMIN)
async def _(matcher: Matcher, ctx: CtxDep, rt: RuntimeDep, args: Message = CommandArg()) -> None:
    await matcher.finish(await handlers.commands.unwarn(rt, ctx, args.extract_plain_text()))


@false_positive_cmd.handle(parameterless=GROUP_ADMIN)
async def _(matcher: Matcher, ctx: CtxDep, rt: RuntimeDep, args: Message = CommandArg()) -> None:
    await matcher.finish(await handlers.commands.false_positive(rt, ctx, args.extract_plain_text()))


@get_driver().on_startup
async def _() -> None:
    await handlers.warm_up()
