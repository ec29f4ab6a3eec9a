"""/检测 /警告 /警告记录 /撤销警告 /误报."""

from __future__ import annotations

import contextlib
from datetime import timedelta
from typing import Any

from bot.args import clip, normalize
from bot.context import Ctx
from bot.identity import parse_identity
from bot.permissions import Role, role_of
from bot.platform import ActionFailed, Capability, Reply, Unsupported
from bot.policy.types import CATEGORY_NAMES
from bot.runtime import Runtime
from storage import moderation as store

from . import messages as msg
from .service import Outcome, _add_warning, _ladder_step, moderator

MAX_ID = 2**31 - 1


def check_text(rt: Runtime, group: str | None, text: str) -> str:
    """/检测: every finding with its rule, span, term and the action that would follow."""
    policy = rt.policies.for_group(group)
    state = moderator(rt).groups.get(group) if group else None
    verdict, suppressed = policy.explain(
        text,
        allow_terms=state.allow if state else (),
        topic=state.topic if state else None,
    )
    if not verdict.findings and not suppressed:
        return msg.CHECK_NONE.format(version=policy.version)
    lines = [msg.CHECK_HEAD.format(version=policy.version)]
    for f in verdict.findings:
        rule = policy.categories.get(f.category)
        actions = rule.actions if rule else ("log",)
        action = "+".join(msg.ACTION_NAMES.get(a, a) for a in actions)
        if f.category == "off_topic":
            action = msg.CHECK_OFFTOPIC_ACTION.format(streak=policy.offtopic_streak)
        lines.append(
            msg.CHECK_LINE.format(
                name=f.category_name,
                rule=f.rule,
                start=f.span[0] + 1,
                end=f.span[1],
                term=f.term or "—",
                action=action,
            )
        )
    for s in suppressed:
        f = s.finding
        lines.append(
            msg.CHECK_SUPPRESSED.format(
                name=f.category_name, rule=f.rule, term=f.term, reason=s.reason
            )
        )
    return "\n".join(lines)


def _self_identity(ctx: Ctx) -> str | None:
    """The bot's own identity, when the platform knows it (an @ of the bot is no target)."""
    self_id = getattr(getattr(ctx.platform, "bot", None), "self_id", None)
    return f"{ctx.kind}:{self_id}" if self_id else None


def _target(ctx: Ctx, words: list[str]) -> tuple[str | None, list[str]]:
    """The member a command is about: the first @ (not of the bot), else a ``qq:…`` word.

    Only a member of this platform: a ``wx:…`` identity in a QQ group is nobody here.
    """
    me = _self_identity(ctx)
    mentions = [m for m in ctx.mentions if m != me]
    if mentions:
        return mentions[0], [w for w in words if not w.startswith("@")]
    if words:
        try:
            ident = parse_identity(words[0], ctx.kind)
        except ValueError:
            return None, words
        if ident.platform != ctx.kind:
            return None, words
        return str(ident), words[1:]
    return None, words


async def warn(rt: Runtime, ctx: Ctx, text: str) -> str:
    assert ctx.group is not None
    user, rest = _target(ctx, normalize(text).split())
    if user is None:
        return msg.WARN_NEED_TARGET
    reason = clip(" ".join(rest).strip(), 100)
    if not reason:
        return msg.WARN_NEED_REASON
    target_ctx = Ctx(ctx.platform, ctx.kind, user, ctx.group, "member", None, [])
    if user == _self_identity(ctx) or await _is_admin(target_ctx):
        return msg.WARN_ADMIN
    policy = rt.policies.for_group(ctx.group)
    count, step = await _add_warning(rt, ctx.group, user, reason, "manual", None, ctx.user, policy)
    days = policy.ladder.window_days
    rt.audit.record(
        "member.warned",
        group=ctx.group,
        actor=ctx.user,
        subject=user,
        detail={"count": count, "source": "manual", "reason": reason},
    )
    with contextlib.suppress(ActionFailed, Unsupported):
        await ctx.platform.send_group(
            ctx.group,
            Reply()
            .at(user)
            .text(" " + msg.WARN_NOTICE.format(reason=reason, days=days, count=count)),
        )
    if step is not None:
        await _ladder_step(rt, ctx.platform, target_ctx, step, count, policy, Outcome())
    return msg.WARN_DONE.format(user=user, reason=reason, days=days, count=count)


def allow_terms_of(findings: list[dict[str, Any]]) -> list[str]:
    """What /误报 adds to the group's allow-list: each finding's term (the engine then also
    excuses shorter matches inside an allowed phrase). PII is never allowed, the allow-list does
    not apply to file names, and a term that had to be masked (it held personal data) would
    never match again."""
    terms: list[str] = []
    for f in findings:
        if f.get("category") == "pii" or str(f.get("rule", "")).startswith("file:"):
            continue
        term = f.get("term")
        if term and "*" not in str(term):
            terms.append(str(term))
    return list(dict.fromkeys(terms))


async def _is_admin(target: Ctx) -> bool:
    """Superuser, designated admin, or owner/admin on the platform (where it can list members)."""
    if await role_of(target) >= Role.GROUP_ADMIN:
        return True
    assert target.group is not None
    if not target.platform.can(Capability.MEMBERS):
        return False
    try:
        members = await target.platform.members(target.group)
    except (ActionFailed, Unsupported):
        return False
    return any(m.user == target.user and m.is_admin for m in members)


async def warnings(rt: Runtime, ctx: Ctx, text: str) -> str:
    assert ctx.group is not None
    user, _ = _target(ctx, normalize(text).split())
    if user is None:
        return "用法：/警告记录 @成员"
    policy = rt.policies.for_group(ctx.group)
    days = policy.ladder.window_days
    async with rt.sessions() as session:
        items = await store.active_warnings(
            session, ctx.group, user, rt.now() - timedelta(days=days)
        )
    if not items:
        return msg.WARNINGS_NONE.format(user=user, days=days)
    tz = rt.settings.tz
    lines = [msg.WARNINGS_HEAD.format(user=user, days=days, count=len(items))]
    for w in items:
        source = "自动" if w.source == "auto" else f"{w.by} 手动"
        flag = f"，记录 #{w.flag_id}" if w.flag_id else ""
        lines.append(f"#{w.id} {w.at.astimezone(tz):%m-%d %H:%M} {w.reason}（{source}{flag}）")
    return "\n".join(lines)


async def unwarn(rt: Runtime, ctx: Ctx, text: str) -> str:
    assert ctx.group is not None
    user, _ = _target(ctx, normalize(text).split())
    if user is None:
        return "用法：/" + msg.UNWARN_USAGE
    policy = rt.policies.for_group(ctx.group)
    async with rt.sessions() as session:
        items = await store.active_warnings(
            session, ctx.group, user, rt.now() - timedelta(days=policy.ladder.window_days)
        )
        if not items:
            return msg.UNWARN_NONE.format(user=user)
        last = items[-1]
        await store.withdraw(session, [last.id], ctx.user, rt.now())
    rt.audit.record(
        "member.warning_withdrawn",
        group=ctx.group,
        actor=ctx.user,
        subject=user,
        detail={"warning": last.id, "reason": last.reason},
    )
    return msg.UNWARN_DONE.format(user=user, id=last.id, reason=last.reason)


async def false_positive(rt: Runtime, ctx: Ctx, text: str) -> str:
    """/误报 N: withdraw the warning it caused, tell the member, allow the term in this group."""
    assert ctx.group is not None
    words = normalize(text).lstrip("#").split()
    if len(words) != 1 or not words[0].lstrip("#").isdigit():
        return msg.FP_BAD
    flag_id = int(words[0].lstrip("#"))
    if flag_id > MAX_ID:  # beyond the id column: no such entry (and no database error)
        return msg.FP_UNKNOWN.format(flag=flag_id)
    now = rt.now()
    async with rt.sessions() as session:
        flag = await store.get_flag(session, flag_id)
        if flag is None or flag.group != ctx.group:
            return msg.FP_UNKNOWN.format(flag=flag_id)
        if flag.false_positive:
            return msg.FP_ALREADY.format(flag=flag_id)
        member, categories, findings = flag.user, list(flag.categories), list(flag.findings)
        flag.false_positive, flag.reviewed_by, flag.reviewed_at = True, ctx.user, now
        await session.commit()
        linked = await store.warnings_of_flag(session, flag_id)
        await store.withdraw(session, [w.id for w in linked], ctx.user, now)
        terms = allow_terms_of(findings)
        for term in terms:
            await store.add_allow(session, ctx.group, term, ctx.user, now, flag_id)
    state = moderator(rt).groups.get(ctx.group)
    if state is not None:
        state.allow = list(dict.fromkeys(state.allow + terms))
    rt.audit.record(
        "message.false_positive",
        group=ctx.group,
        actor=ctx.user,
        subject=member,
        detail={
            "flag": flag_id,
            "categories": categories,
            "allowed": terms,
            "warnings_withdrawn": [w.id for w in linked],
        },
    )
    with contextlib.suppress(ActionFailed, Unsupported):
        await ctx.platform.send_group(
            ctx.group, Reply().at(member).text(" " + msg.FP_NOTICE.format(flag=flag_id))
        )
    if not terms:
        return msg.FP_DONE_NO_TERMS.format(flag=flag_id, warnings=len(linked))
    return msg.FP_DONE.format(flag=flag_id, warnings=len(linked), terms="、".join(terms))


__all__ = ["CATEGORY_NAMES", "check_text", "false_positive", "unwarn", "warn", "warnings"]
