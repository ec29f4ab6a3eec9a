"""审计: recent audit entries of a group, in chat."""

from nonebot import on_command
from nonebot.adapters import Message
from nonebot.matcher import Matcher
from nonebot.params import CommandArg
from nonebot.plugin import PluginMetadata

from bot import priorities
from bot.commands import CommandDoc
from bot.deps import CtxDep, RoleDep, RuntimeDep
from bot.permissions import Role

from .service import audit_text

__plugin_meta__ = PluginMetadata(
    name="审计",
    description="查看本群最近的审计记录",
    usage="/审计 [条数]",
    type="application",
    supported_adapters=None,
    extra={
        "commands": [
            CommandDoc("审计", "audit", Role.GROUP_ADMIN, "审计 [条数]", "本群最近的审计记录"),
        ]
    },
)

audit_cmd = on_command("审计", aliases={"audit"}, priority=priorities.COMMAND, block=True)


@audit_cmd.handle()
async def _(
    matcher: Matcher, ctx: CtxDep, role: RoleDep, rt: RuntimeDep, args: Message = CommandArg()
) -> None:
    await matcher.finish(await audit_text(rt, ctx, role, args.extract_plain_text()))
