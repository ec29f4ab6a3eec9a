"""Event plumbing of the moderation duty."""

from __future__ import annotations

import asyncio
import gc
import logging

from nonebot.adapters import Bot, Event

from bot.args import normalize
from bot.context import Ctx, event_context
from bot.permissions import Role
from bot.platform import platform_name, platform_of
from bot.policy import topic
from bot.policy.loader import PolicyError
from bot.runtime import Runtime, get_runtime

from . import commands
from .service import ROLE_UNKNOWN, moderate, moderator

log = logging.getLogger("qunguan.moderation")

MAX_CHECK_CHARS = 20_000  # a 1 MB message is checked by its head; the rest is not read
# NapCat reports a group file both as a message with a ``file`` segment and as a
# ``group_upload`` notice. The notice waits this long for the message, which can be recalled,
# so that one upload is one finding and one warning, not two.
UPLOAD_GRACE_SECONDS = 3.0


def _file_names(event: Event) -> list[str]:
    message = getattr(event, "original_message", None) or []
    names = []
    for seg in message:
        if seg.type == "file":
            name = seg.data.get("name") or seg.data.get("file") or ""
            if name:
                names.append(str(name))
    return names


# /检测 and its alias: the command names, shared with the matcher in __init__
CHECK_NAMES = ("检测", "check")


def _is_check_command(rt: Runtime, text: str) -> bool:
    """``text`` is /检测 … with one of bot.toml's command prefixes."""
    head = text.lstrip()
    return any(
        head.startswith(prefix + name)
        and head[len(prefix + name) : len(prefix + name) + 1].strip() == ""
        for prefix in rt.settings.bot.command_start
        for name in CHECK_NAMES
    )


async def check_message(bot: Bot, event: Event) -> None:
    if getattr(event, "group_id", None) is None or getattr(event, "post_type", "") != "message":
        return
    rt = get_runtime()
    try:
        ctx = event_context(bot, event)
        text = event.get_plaintext()[:MAX_CHECK_CHARS]
        if _is_check_command(rt, text) and await moderator(rt).exempt(ctx):
            return  # an admin asking /检测 about a text is not posting it: a check changes nothing
        names = _file_names(event)
        if names and ctx.group is not None:
            moderator(rt).files_seen(ctx.group, ctx.user, names)
        await moderate(rt, ctx.platform, ctx, text, file_names=names)
    except PolicyError as exc:
        log.error("策略不可用，消息未检查：%s", exc)
    except Exception:  # one bad message must never stop moderation of the next
        log.exception("检查消息时出错")


async def check_upload(bot: Bot, event: Event) -> None:
    """QQ ``group_upload`` notices: the file name is all we have; there is no message to recall."""
    data = event.model_dump() if hasattr(event, "model_dump") else {}
    if data.get("notice_type") != "group_upload" or not isinstance(data.get("file"), dict):
        return
    rt = get_runtime()
    kind = platform_name(bot)
    ctx = Ctx(
        platform_of(bot),
        kind,
        f"{kind}:{data.get('user_id')}",
        f"{kind}:{data.get('group_id')}",
        ROLE_UNKNOWN,  # the notice does not say; looked up only when the file is flagged
        None,
        [],
    )
    name = str(data["file"].get("name") or "")
    if not name:
        return
    if UPLOAD_GRACE_SECONDS > 0:
        await asyncio.sleep(UPLOAD_GRACE_SECONDS)
    assert ctx.group is not None
    if moderator(rt).files_seen(ctx.group, ctx.user, [name]):
        return  # already checked (and recalled) as a message with a file segment
    try:
        await moderate(rt, ctx.platform, ctx, "", file_names=[name])
    except PolicyError as exc:
        log.error("策略不可用，文件未检查：%s", exc)
    except Exception:
        log.exception("检查上传文件时出错")


async def check(ctx: Ctx, role: Role, rt: Runtime, text: str) -> str:
    if ctx.group is not None and role < Role.GROUP_ADMIN:
        return "权限不足：群内仅限群主、群管理员或登记的专人使用；也可私聊机器人发送 /检测。"
    text = text.strip()[:MAX_CHECK_CHARS]
    if not normalize(text):
        return "用法：/检测 文本"
    if ctx.group is not None:
        await moderator(rt).state(ctx.group)  # the group's allow-list and policy file
    return commands.check_text(rt, ctx.group, text)


async def warm_up() -> None:
    """Load the default policy at start, so the first message is not the slow one."""
    try:
        rt = get_runtime()
    except RuntimeError:  # no runtime (tests start the driver without one)
        return
    try:
        rt.policies.default()
    except PolicyError as exc:
        log.error("默认策略无法加载：%s", exc)
    # jieba for the groups' topic profiles: in a thread, before the first message needs it
    await asyncio.to_thread(topic.warm_up)
    # The lexicon automata, the content model and jieba's dictionary are a few hundred thousand
    # objects that live as long as the process. Left to the cyclic collector, every full
    # collection walks them all (60 ms and more on a 2-core machine) while messages wait.
    gc.freeze()


__all__ = ["check", "check_message", "check_upload", "commands", "warm_up"]
