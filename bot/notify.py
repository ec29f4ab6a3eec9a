"""Sending on behalf of jobs: to a group's admins, to the report group, once per due item."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from bot.platform import ActionFailed, Capability, NoBotOnline, Reply, Unsupported, platform_for
from bot.runtime import Runtime
from storage import registry, reminders

log = logging.getLogger("qunguan.notify")

MAX_MENTIONS = 5


async def admins_of(rt: Runtime, group: str) -> list[str]:
    """Platform owner/admins plus designated admins, owner first."""
    found: list[str] = []
    try:
        platform = platform_for(group)
        if platform.can(Capability.MEMBERS):
            members = await platform.members(group)
            found = [m.user for m in sorted(members, key=lambda m: m.role != "owner") if m.is_admin]
    except (NoBotOnline, ActionFailed, Unsupported) as exc:
        log.info("无法读取 %s 的管理员：%s", group, exc)
    async with rt.sessions() as session:
        for user in await registry.designated_admins(session, group):
            if user not in found:
                found.append(user)
    return found


async def remind_group(rt: Runtime, group: str, text: str) -> None:
    """Post ``text`` in the group, mentioning its admins where the platform allows."""
    platform = platform_for(group)
    message = Reply()
    for user in (await admins_of(rt, group))[:MAX_MENTIONS]:
        if user.startswith(platform.platform + ":"):
            message.at(user).text(" ")
    message.text(text)
    await platform.send_group(group, message)


async def to_report(
    rt: Runtime, text: str, *, about: str | None = None, kind: str = ""
) -> list[str]:
    """Escalate to the report group, or privately to every superuser when there is none.

    Returns the recipients reached; writes ``report.sent``.
    """
    report_group = rt.settings.bot.report_group
    targets = [report_group] if report_group else list(rt.settings.bot.superusers)
    reached: list[str] = []
    for target in targets:
        try:
            platform = platform_for(target)
            if target == report_group:
                await platform.send_group(target, text)
            else:
                await platform.send_private(target, text)
            reached.append(target)
        except (NoBotOnline, ActionFailed, Unsupported) as exc:
            log.warning("上报到 %s 失败：%s", target, exc)
    if reached:
        rt.audit.record("report.sent", group=about, detail={"to": reached, "about": kind})
    return reached


STALE_CLAIM = timedelta(minutes=15)


async def recover_stale_claims(rt: Runtime) -> None:
    """A process that died between claiming and sending must not swallow the item forever."""
    async with rt.sessions() as session:
        freed = await reminders.release_stale(session, rt.now() - STALE_CLAIM)
    if freed:
        log.warning("收回 %d 个未发送完成的提醒，将重新发送", freed)


async def once(rt: Runtime, key: str, send: Callable[[], Awaitable[None]]) -> bool:
    """Run ``send`` for ``key`` at most once across processes; a failed send is retried later."""
    async with rt.sessions() as session:
        if not await reminders.claim(session, key, rt.owner, rt.now()):
            return False
    try:
        await send()
    except BaseException:
        async with rt.sessions() as session:
            await reminders.release(session, key)
        raise
    async with rt.sessions() as session:
        await reminders.mark_sent(session, key, rt.now())
    return True
