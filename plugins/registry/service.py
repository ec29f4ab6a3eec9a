"""Group registry duty: registration, confirmation, designated admins, deregistration, reminders.

Functions take the runtime and plain values, so they are testable without an event.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.exc import IntegrityError

from bot.args import ArgError, clip, normalize, parse_date
from bot.notify import once, recover_stale_claims, remind_group, to_report
from bot.platform import ActionFailed, NoBotOnline, Unsupported, platform_for
from bot.runtime import Runtime
from storage import registry
from storage.models import Group, GroupAdmin, GroupKind, GroupStatus

from . import messages as msg

log = logging.getLogger("qunguan.registry")

KIND_NAMES = {
    GroupKind.STANDING: "常设",
    GroupKind.TEMPORARY: "临时",
    GroupKind.SPECIAL: "专项",
}
_KIND_WORDS = {
    "常设": GroupKind.STANDING,
    "常设群": GroupKind.STANDING,
    "长期": GroupKind.STANDING,
    "standing": GroupKind.STANDING,
    "临时": GroupKind.TEMPORARY,
    "临时群": GroupKind.TEMPORARY,
    "temporary": GroupKind.TEMPORARY,
    "专项": GroupKind.SPECIAL,
    "专项群": GroupKind.SPECIAL,
    "special": GroupKind.SPECIAL,
}
STATUS_NAMES = {
    GroupStatus.UNREGISTERED: "未登记",
    GroupStatus.PENDING: "待确认",
    GroupStatus.RETURNED: "已退回",
    GroupStatus.REGISTERED: "已登记",
    GroupStatus.COMPLETED: "已完成待解散",
    GroupStatus.DISSOLVED: "已解散",
    GroupStatus.DEREGISTERED: "已注销",
}
# What /群列表 accepts → statuses (None = every group; "overdue" is derived).
LIST_FILTERS: dict[str, tuple[str, list[str] | None]] = {
    "全部": ("全部", None),
    "all": ("全部", None),
    "已登记": ("已登记", [GroupStatus.REGISTERED, GroupStatus.COMPLETED]),
    "registered": ("已登记", [GroupStatus.REGISTERED, GroupStatus.COMPLETED]),
    "待确认": ("待确认", [GroupStatus.PENDING]),
    "待备案": ("待确认", [GroupStatus.PENDING]),
    "pending": ("待确认", [GroupStatus.PENDING]),
    "未登记": ("未登记", [GroupStatus.UNREGISTERED, GroupStatus.RETURNED]),
    "unregistered": ("未登记", [GroupStatus.UNREGISTERED, GroupStatus.RETURNED]),
    "超期": ("超期", None),
    "overdue": ("超期", None),
    "已完成": ("已完成待解散", [GroupStatus.COMPLETED]),
    "completed": ("已完成待解散", [GroupStatus.COMPLETED]),
    "已注销": ("已注销", [GroupStatus.DEREGISTERED, GroupStatus.DISSOLVED]),
    "deregistered": ("已注销", [GroupStatus.DEREGISTERED, GroupStatus.DISSOLVED]),
}

REG_KEYS = {
    "单位": "unit",
    "unit": "unit",
    "事项": "matter",
    "matter": "matter",
    "类型": "kind",
    "type": "kind",
    "kind": "kind",
    "截止": "end",
    "截止日期": "end",
    "截至": "end",
    "end": "end",
    "deadline": "end",
    "分管领导": "leader",
    "领导": "leader",
    "leader": "leader",
}
REQUIRED = {"unit": "单位", "matter": "事项", "kind": "类型"}
LIMITS = {"unit": ("单位", 50), "matter": ("事项", 100), "leader": ("分管领导", 30)}


@dataclass(slots=True)
class RegistrationInfo:
    unit: str
    matter: str
    kind: GroupKind
    planned_end: date | None = None
    leader: str | None = None

    def summary(self) -> str:
        lines = [f"单位：{self.unit}", f"事项：{self.matter}", f"类型：{KIND_NAMES[self.kind]}"]
        if self.planned_end:
            lines.append(f"截止：{self.planned_end.isoformat()}")
        if self.leader:
            lines.append(f"分管领导：{self.leader}")
        return "\n".join(lines)


def dedupe_key(text: str) -> str:
    """Unit and matter compare without width, case or spacing differences."""
    return "".join(normalize(text).split()).casefold()


def missing_fields(values: dict[str, str]) -> list[str]:
    return [label for key, label in REQUIRED.items() if not values.get(key)]


def parse_registration(values: dict[str, str], today: date) -> RegistrationInfo:
    """Validate collected pairs; raises ArgError with a message for the user."""
    for key, (label, limit) in LIMITS.items():
        value = values.get(key)
        if value is not None and not value.strip() and key in REQUIRED:
            raise ArgError(msg.EMPTY_VALUE.format(what=label))
        if value and len(value) > limit:
            raise ArgError(msg.TOO_LONG.format(what=label, limit=limit))
    kind = _KIND_WORDS.get(values.get("kind", "").strip().lower())
    if kind is None:
        raise ArgError(msg.BAD_KIND)
    planned_end = None
    if values.get("end"):
        planned_end = parse_date(values["end"], "截止日期")
        if planned_end < today:
            raise ArgError(msg.END_IN_PAST)
    elif kind is not GroupKind.STANDING:
        raise ArgError(msg.END_NEEDED)
    return RegistrationInfo(
        unit=values["unit"].strip(),
        matter=values["matter"].strip(),
        kind=kind,
        planned_end=planned_end,
        leader=(values.get("leader") or "").strip() or None,
    )


def info_of(group: Group) -> RegistrationInfo | None:
    if not (group.unit and group.matter and group.kind):
        return None
    return RegistrationInfo(
        group.unit, group.matter, GroupKind(group.kind), group.planned_end, group.leader
    )


def label(group: Group) -> str:
    return f"{group.identity}（{clip(group.name, 30)}）" if group.name else group.identity


# -- time ---------------------------------------------------------------------------------------


def register_deadline(rt: Runtime, group: Group) -> datetime:
    return rt.calendar.deadline_after(group.seen_at, rt.settings.registry.register_within_workdays)


def show_deadline(rt: Runtime, deadline: datetime) -> str:
    """A deadline is the first instant after the last allowed day: show that day."""
    last_day = (deadline.astimezone(rt.settings.tz) - timedelta(microseconds=1)).date()
    return f"{last_day.isoformat()}（含当日）"


def show_time(rt: Runtime, moment: datetime | None) -> str:
    return moment.astimezone(rt.settings.tz).strftime("%Y-%m-%d %H:%M") if moment else "—"


def is_overdue(rt: Runtime, group: Group, now: datetime) -> bool:
    if group.status in (GroupStatus.UNREGISTERED, GroupStatus.RETURNED):
        return now >= register_deadline(rt, group)
    if group.status == GroupStatus.COMPLETED and group.dissolve_deadline:
        return now >= group.dissolve_deadline
    return False


def today(rt: Runtime) -> date:
    return rt.now().astimezone(rt.settings.tz).date()


# -- group lifecycle ----------------------------------------------------------------------------


async def see_group(
    rt: Runtime, identity: str, platform: str, name: str = ""
) -> tuple[Group, bool]:
    """Record that the bot is in ``identity``; the first time writes ``group.seen``."""
    async with rt.sessions() as session:
        group, created = await registry.ensure_group(
            session, identity, platform, clip(name, 200), rt.now()
        )
    if created:
        rt.audit.record("group.seen", group=identity, detail={"name": group.name})
    return group, created


async def request_registration(
    rt: Runtime, identity: str, platform: str, actor: str, info: RegistrationInfo
) -> str:
    """Handle /登记; returns the reply."""
    now = rt.now()
    await see_group(rt, identity, platform)
    async with rt.sessions() as session:
        group = await registry.get_group(session, identity)
        assert group is not None
        if group.status in (GroupStatus.REGISTERED, GroupStatus.COMPLETED):
            return msg.ALREADY_REGISTERED.format(unit=group.unit, matter=group.matter)
        unit_key, matter_key = dedupe_key(info.unit), dedupe_key(info.matter)
        existing = await registry.find_active_duplicate(session, unit_key, matter_key, identity)
        if existing is not None:
            return msg.DUPLICATE.format(
                unit=info.unit,
                matter=info.matter,
                existing=label(existing),
                status=STATUS_NAMES[GroupStatus(existing.status)],
            )
        was_pending = group.status == GroupStatus.PENDING
        auto = not rt.settings.registry.require_confirmation
        group.unit, group.matter, group.kind = info.unit, info.matter, info.kind
        group.unit_key, group.matter_key = unit_key, matter_key
        group.planned_end, group.leader = info.planned_end, info.leader
        group.requested_at, group.requested_by = now, actor
        group.returned_reason = None
        group.status = GroupStatus.REGISTERED if auto else GroupStatus.PENDING
        if auto:
            group.registered_at, group.confirmed_by = now, None
        group.updated_at = now
        try:
            await session.commit()
        except IntegrityError:
            # Another group of the same unit and matter won a race with this one.
            await session.rollback()
            existing = await registry.find_active_duplicate(session, unit_key, matter_key, identity)
            return msg.DUPLICATE.format(
                unit=info.unit,
                matter=info.matter,
                existing=label(existing) if existing else "（另一群）",
                status=STATUS_NAMES[GroupStatus(existing.status)] if existing else "",
            )
    detail = {
        "unit": info.unit,
        "matter": info.matter,
        "kind": info.kind.value,
        "planned_end": info.planned_end.isoformat() if info.planned_end else None,
        "leader": info.leader,
    }
    rt.audit.record("group.registration_requested", group=identity, actor=actor, detail=detail)
    if auto:
        rt.audit.record("group.registered", group=identity, actor=actor, detail={"auto": True})
        return msg.REGISTER_DONE.format(summary=info.summary())
    try:
        await to_report(
            rt,
            msg.NEW_REQUEST_REPORT.format(group=identity, summary=info.summary(), actor=actor),
            about=identity,
            kind="group.registration_requested",
        )
    except Exception:  # the request stands even if the information center is not reachable now
        log.exception("登记申请上报失败")
    template = msg.REGISTER_UPDATED_PENDING if was_pending else msg.REGISTER_PENDING
    return template.format(summary=info.summary())


async def decide(
    rt: Runtime, identity: str, actor: str, approve: bool, reason: str = ""
) -> tuple[str, str | None]:
    """/备案 通过|退回. Returns (reply to the superuser, notice for the group or None)."""
    now = rt.now()
    async with rt.sessions() as session:
        group = await registry.get_group(session, identity)
        if group is None:
            return msg.UNKNOWN_GROUP.format(group=identity), None
        if group.status != GroupStatus.PENDING:
            status = STATUS_NAMES[GroupStatus(group.status)]
            return msg.NOT_PENDING.format(group=identity, status=status), None
        info = info_of(group)
        if approve:
            group.status = GroupStatus.REGISTERED
            group.registered_at, group.confirmed_by = now, actor
        else:
            group.status = GroupStatus.RETURNED
            group.returned_reason = reason
        group.updated_at = now
        await session.commit()
    summary = info.summary() if info else ""
    if approve:
        rt.audit.record("group.registered", group=identity, actor=actor, detail={})
        return (
            msg.CONFIRMED_ADMIN.format(group=identity),
            msg.CONFIRMED_GROUP.format(summary=summary),
        )
    rt.audit.record("group.returned", group=identity, actor=actor, detail={"reason": reason})
    return msg.RETURNED_ADMIN.format(group=identity), msg.RETURNED_GROUP.format(reason=reason)


async def deregister(rt: Runtime, identity: str, actor: str) -> str:
    now = rt.now()
    async with rt.sessions() as session:
        group = await registry.get_group(session, identity)
        if group is None or group.status in (GroupStatus.UNREGISTERED,):
            return msg.DEREGISTER_NOT_REGISTERED.format(group=identity)
        if group.status == GroupStatus.DEREGISTERED:
            return msg.DEREGISTER_ALREADY.format(group=identity)
        previous = group.status
        group.status = GroupStatus.DEREGISTERED
        group.deregistered_at = now
        group.updated_at = now
        await session.commit()
    rt.audit.record(
        "group.deregistered", group=identity, actor=actor, detail={"previous_status": previous}
    )
    return msg.DEREGISTER_DONE.format(group=identity)


async def change_admins(
    rt: Runtime, identity: str, platform: str, actor: str, add: bool, users: list[str]
) -> str:
    now = rt.now()
    await see_group(rt, identity, platform)
    changed: list[str] = []
    async with rt.sessions() as session:
        group = await registry.get_group(session, identity)
        assert group is not None
        current = {a.user: a for a in group.admins}
        for user in users:
            if add and user not in current:
                group.admins.append(GroupAdmin(user=user, added_by=actor, added_at=now))
                changed.append(user)
            elif not add and user in current:
                group.admins.remove(current[user])
                changed.append(user)
        if changed:
            group.updated_at = now
            await session.commit()
    if not changed:
        why = "已是指定管理员" if add else "不是指定管理员"
        return msg.ADMIN_NOTHING.format(users="、".join(users), why=why)
    for user in changed:
        rt.audit.record(
            "group.admin_changed",
            group=identity,
            actor=actor,
            subject=user,
            detail={"action": "add" if add else "remove"},
        )
    template = msg.ADMIN_ADDED if add else msg.ADMIN_REMOVED
    return template.format(users="、".join(changed))


async def list_admins(rt: Runtime, identity: str) -> str:
    async with rt.sessions() as session:
        admins = await registry.designated_admins(session, identity)
    return msg.ADMIN_LIST.format(admins="、".join(admins)) if admins else msg.ADMIN_NONE


async def describe(rt: Runtime, identity: str, platform: str, name: str = "") -> str:
    """/群信息."""
    group, _ = await see_group(rt, identity, platform, name)
    now = rt.now()
    async with rt.sessions() as session:
        admins = await registry.designated_admins(session, identity)
    status = GroupStatus(group.status)
    if status == GroupStatus.UNREGISTERED:
        deadline = register_deadline(rt, group)
        overdue = "已超期" if now >= deadline else "未超期"
        return msg.INFO_UNREGISTERED.format(
            group=label(group),
            seen=show_time(rt, group.seen_at),
            deadline=show_deadline(rt, deadline),
            overdue=overdue,
        )
    info = info_of(group)
    dates = [f"发现时间：{show_time(rt, group.seen_at)}"]
    if group.requested_at:
        dates.append(f"申请时间：{show_time(rt, group.requested_at)}")
    if group.registered_at:
        dates.append(f"备案时间：{show_time(rt, group.registered_at)}")
    if group.deregistered_at:
        dates.append(f"注销时间：{show_time(rt, group.deregistered_at)}")
    if status == GroupStatus.RETURNED:
        compliance = f"登记被退回（{group.returned_reason or '未说明原因'}），请修改后重新 /登记"
        if is_overdue(rt, group, now):
            compliance += f"；已超过登记期限 {show_deadline(rt, register_deadline(rt, group))}"
    elif status == GroupStatus.PENDING:
        compliance = "已提交登记，等待信息中心备案"
    elif status == GroupStatus.REGISTERED:
        compliance = "已登记备案" + (
            "" if admins else "；尚未指定专人管理员（/群管理员 添加 @成员）"
        )
    elif status == GroupStatus.COMPLETED and group.dissolve_deadline:
        compliance = f"工作已完成，应于 {show_deadline(rt, group.dissolve_deadline)} 前解散并注销"
    else:
        compliance = STATUS_NAMES[status]
    return msg.INFO_TEMPLATE.format(
        group=label(group),
        status=STATUS_NAMES[status],
        summary=info.summary() if info else "（无登记信息）",
        admins="、".join(admins) if admins else "无",
        dates="\n".join(dates),
        compliance=compliance,
    )


async def list_groups_text(rt: Runtime, wanted: str, limit: int = 30) -> str:
    """/群列表 [状态]."""
    key = normalize(wanted).lower() or "全部"
    if key not in LIST_FILTERS:
        return msg.LIST_BAD_STATUS.format(status=clip(wanted, 20))
    name, statuses = LIST_FILTERS[key]
    now = rt.now()
    async with rt.sessions() as session:
        groups = await registry.list_groups(session, statuses)
    if name == "超期":
        groups = [g for g in groups if is_overdue(rt, g, now)]
    if not groups:
        return msg.LIST_EMPTY.format(label=name)
    lines = [msg.LIST_HEAD.format(label=name, count=len(groups))]
    for g in groups[:limit]:
        status = STATUS_NAMES[GroupStatus(g.status)]
        if is_overdue(rt, g, now):
            status += "·超期"
        what = f"{g.unit}／{g.matter}" if g.unit else "—"
        lines.append(f"{label(g)}  {what}  {status}")
    if len(groups) > limit:
        lines.append(msg.LIST_MORE.format(more=len(groups) - limit))
    return "\n".join(lines)


# -- reminders ----------------------------------------------------------------------------------


async def sweep(rt: Runtime, now: datetime | None = None) -> int:
    """Send what is due for unregistered groups; returns how many items were sent.

    Everything is derived from the database and claimed by key, so a restart or a second
    process never sends an item twice.
    """
    now = now or rt.now()
    days = rt.settings.registry.register_within_workdays
    await recover_stale_claims(rt)
    async with rt.sessions() as session:
        groups = await registry.list_groups(
            session, [GroupStatus.UNREGISTERED, GroupStatus.RETURNED]
        )
    sent = 0
    for group in groups:
        try:
            platform_for(group.identity)
        except NoBotOnline:
            continue
        deadline = register_deadline(rt, group)
        cycle = int(group.seen_at.timestamp())
        shown = show_deadline(rt, deadline)

        async def first(g: Group = group, shown: str = shown) -> None:
            await remind_group(
                rt, g.identity, msg.REMIND_REGISTER.format(days=days, deadline=shown)
            )
            rt.audit.record("group.register_reminded", group=g.identity, detail={"deadline": shown})

        async def overdue(g: Group = group, shown: str = shown) -> None:
            group_ok = True
            try:
                await remind_group(
                    rt, g.identity, msg.REMIND_REGISTER_OVERDUE.format(deadline=shown)
                )
            except (ActionFailed, Unsupported, NoBotOnline) as exc:
                log.warning("超期提醒未能发到 %s：%s", g.identity, exc)
                group_ok = False
            reached = await to_report(
                rt,
                msg.REPORT_REGISTER_OVERDUE.format(
                    group=label(g), seen=show_time(rt, g.seen_at), days=days, deadline=shown
                ),
                about=g.identity,
                kind="group.register_overdue",
            )
            if not group_ok and not reached:
                raise ActionFailed("提醒和上报都未送达")
            rt.audit.record(
                "group.register_overdue",
                group=g.identity,
                detail={"deadline": shown, "reported_to": reached, "group_reminded": group_ok},
            )

        try:
            if await once(rt, f"register.remind:{group.identity}:{cycle}", first):
                sent += 1
            if now >= deadline and await once(
                rt, f"register.overdue:{group.identity}:{cycle}", overdue
            ):
                sent += 1
        except (ActionFailed, Unsupported, NoBotOnline) as exc:
            log.warning("登记提醒 %s 未送达，下次重试：%s", group.identity, exc)
    return sent


async def bot_removed(rt: Runtime, identity: str, actor: str | None, dismissed: bool) -> None:
    """The group was dismissed or the bot was removed: mark it dissolved."""
    now = rt.now()
    async with rt.sessions() as session:
        group = await registry.get_group(session, identity)
        if group is None or group.status in (GroupStatus.DISSOLVED, GroupStatus.DEREGISTERED):
            return
        previous = group.status
        group.status = GroupStatus.DISSOLVED
        group.dissolved_at = now
        group.updated_at = now
        await session.commit()
    rt.audit.record(
        "group.dissolved",
        group=identity,
        actor=actor,
        detail={"previous_status": previous, "reason": "dismissed" if dismissed else "bot_removed"},
    )
