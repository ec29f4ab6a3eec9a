"""帮助: the commands available to the asker."""

from nonebot import on_command
from nonebot.adapters import Message
from nonebot.matcher import Matcher
from nonebot.params import CommandArg
from nonebot.plugin import PluginMetadata

from bot import priorities
from bot.commands import CommandDoc
from bot.deps import RoleDep
from bot.permissions import Role

from .service import help_text

__plugin_meta__ = PluginMetadata(
    name="帮助",
    description="列出提问者可用的命令",
    usage="/帮助 [命令]",
    type="application",
    supported_adapters=None,
    extra={"commands": [CommandDoc("帮助", "help", Role.MEMBER, "帮助 [命令]", "可用命令")]},
)

help_cmd = on_command("帮助", aliases={"help", "菜单"}, priority=priorities.COMMAND, block=True)


@help_cmd.handle()
async def _(matcher: Matcher, role: RoleDep, args: Message = CommandArg()) -> None:
    await matcher.finish(help_text(role, args.extract_plain_text()))
