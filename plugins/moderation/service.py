"""Moderation duty: check every group message and file, act on findings, keep the ladder.

Order matters for members: the recall goes out first (the message should vanish within a
moment), then the records and the warning. Admins and superusers are never acted on; their
findings are logged.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta

from bot.args import clip
from bot.context import Ctx
from bot.masking import mask_text
from bot.notify import once, to_report
from bot.platform import ActionFailed, Capability, Platform, Reply, Unsupported
from bot.policy.engine import LadderStep, Policy
from bot.policy.offtopic import TopicTracker, is_neutral
from bot.policy.topic import TopicLearner, TopicProfile
from bot.policy.types import CATEGORY_NAMES, Finding, Verdict
from bot.runtime import Runtime
from storage import moderation as store
from storage import registry
from storage.audit import PendingEntry

from . import messages as msg

log = logging.getLogger("qunguan.moderation")

# Evidence of these categories is never stored as text, only as a hash and a location.
NO_COPY = frozenset({"pii", "secret"})


# A group's registration, designated admins and policy file are re-read at least this often
# (other processes may change them; this process's own changes are heard at once, see _on_audit).
CACHE_SECONDS = 60.0
# Ctx.sender_role of events that do not carry the sender's role (QQ upload notices).
ROLE_UNKNOWN = "unknown"
# A category whose actions include ``mute`` (none in the default policy) mutes this long.
CATEGORY_MUTE_MINUTES = 10
# A file seen as a message and again as an upload notice within this time is one upload.
FILE_MEMORY_SECONDS = 120.0
# The group's topic profile learns the keywords of its work messages after every so many, and
# not more often than this: jieba's TF-IDF holds the interpreter for tens of milliseconds, which
# every message of every group would wait for.
RELEARN_EVERY = 100
RELEARN_MIN_SECONDS = 300.0
# Audit kinds after which a group's cached registration, admins and policy file are re-read.
STALE_KINDS = ("group.", "policy.changed")


@dataclass
class GroupState:
    """Per-group caches: the allow-list, the policy file, the designated admins and the topic.

    The recent work messages behind the topic profile stay in memory only: the bot keeps no
    copy of ordinary messages in its database.
    """

    allow: list[str] = field(default_factory=list)
    policy_file: str | None = None
    admins: frozenset[str] = frozenset()
    #: monotonic time of the last re-read; -inf: re-read on the next message
    read_at: float = float("-inf")
    #: (matter, name) the seed words were taken from
    registration: tuple[str | None, str | None] = (None, None)
    topic: TopicProfile | None = None
    learner: TopicLearner = field(default_factory=TopicLearner)
    #: when the last relearning round started (at most one a RELEARN_MIN_SECONDS)
    learned_at: float = float("-inf")
    #: bumped by every audited change of the group; a re-read started before it is not fresh
    generation: int = 0
    #: the re-read under way (one at a time, whatever the number of messages waiting)
    rereading: asyncio.Task[None] | None = field(default=None, repr=False)
    rereading_generation: int = -1


class Moderator:
    """One per runtime; holds caches that are cheap to rebuild."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.groups: dict[str, GroupState] = {}
        self.topics: TopicTracker | None = None
        self._files: dict[tuple[str, str, str], float] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        # Registration, designated admins and the policy file change in other plugins, each
        # change audited: re-read a group's cached state on its next message, not a minute later.
        rt.audit.subscribe(self._on_audit)

    def _on_audit(self, entry: PendingEntry) -> None:
        if entry.group is None or not entry.kind.startswith(STALE_KINDS):
            return
        state = self.groups.get(entry.group)
        if state is not None:
            state.read_at = float("-inf")
            state.generation += 1

    def files_seen(self, group: str, user: str, names: list[str]) -> bool:
        """Remember files a member sent; True when one of them was already seen lately."""
        now = time.monotonic()
        if len(self._files) > 1000:
            self._files = {k: t for k, t in self._files.items() if now - t < FILE_MEMORY_SECONDS}
        seen = False
        for name in names:
            key = (group, user, name)
            at = self._files.get(key)
            if at is not None and now - at < FILE_MEMORY_SECONDS:
                seen = True
            self._files[key] = now
        return seen

    async def state(self, group: str) -> GroupState:
        """The group's cached state. A state a minute old is re-read in the background while
        this message goes on with it; one that a change made stale (or never read) is re-read
        first. Either way one re-read serves every message that arrives meanwhile: at a few
        hundred messages a second, a re-read per message would queue them all behind the
        database."""
        state = self.groups.get(group)
        if state is None:
            async with self.rt.sessions() as session:
                allow = await store.allow_terms(session, group)
            state = self.groups.setdefault(group, GroupState(allow=allow))
        if time.monotonic() - state.read_at > CACHE_SECONDS:
            task = state.rereading
            if task is None or task.done() or state.rereading_generation != state.generation:
                task = state.rereading = asyncio.get_running_loop().create_task(
                    self._reread(group, state)
                )
                state.rereading_generation = state.generation
                self._tasks.add(task)
                task.add_done_callback(self._reread_done)
            if state.read_at == float("-inf"):
                await asyncio.shield(task)
        return state

    def _reread_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            # a waiting message got the error too; a background re-read is tried again later
            log.warning("本群登记信息重新读取失败：%s", task.exception())

    async def _reread(self, group: str, state: GroupState) -> None:
        # Designated admins, the policy file and the registration change elsewhere
        # (/群管理员, qunguan groups policy, /登记).
        generation = state.generation
        async with self.rt.sessions() as session:
            admins = frozenset(await registry.designated_admins(session, group))
            row = await registry.get_group(session, group)
        state.admins = admins
        state.policy_file = row.policy_file if row else None
        self.rt.policies.set_group_file(group, state.policy_file)
        registration = (row.matter, row.name) if row else (None, None)
        if registration != state.registration:
            state.registration = registration
            # jieba loads its dictionary on first use (half a second): not on the loop.
            state.topic = await asyncio.to_thread(
                TopicProfile.from_registration,
                *registration,
                learned=state.topic.learned if state.topic else (),
            )
        if generation == state.generation:  # else a change came meanwhile: read again
            state.read_at = time.monotonic()

    def learn(self, state: GroupState, text: str) -> None:
        """Keep a work message for the group's profile; relearn its keywords now and then."""
        state.learner.add(text)
        if (
            state.learner.added % RELEARN_EVERY == 0
            and time.monotonic() - state.learned_at >= RELEARN_MIN_SECONDS
        ):
            state.learned_at = time.monotonic()
            task = asyncio.get_running_loop().create_task(self._relearn(state))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _relearn(self, state: GroupState) -> None:
        try:
            learned = await asyncio.to_thread(state.learner.keywords)
            state.topic = TopicProfile(state.topic.seeds if state.topic else (), learned)
        except Exception:  # a profile is a refinement: never let it take moderation down
            log.exception("本群话题关键词更新失败")

    async def exempt(self, ctx: Ctx) -> bool:
        """Admins and superusers are never acted on automatically (no database round trip).

        Where the event did not say the sender's role (``ROLE_UNKNOWN``: an upload notice),
        the platform's member list tells, when it can be read.
        """
        if self.rt.is_superuser(ctx.user) or ctx.sender_role in ("owner", "admin"):
            return True
        if ctx.group is None:
            return False
        if ctx.user in (await self.state(ctx.group)).admins:
            return True
        if ctx.sender_role == ROLE_UNKNOWN and ctx.platform.can(Capability.MEMBERS):
            try:
                members = await ctx.platform.members(ctx.group)
            except (ActionFailed, Unsupported) as exc:
                log.info("无法读取 %s 的成员角色：%s", ctx.group, exc)
                return False
            return any(m.user == ctx.user and m.is_admin for m in members)
        return False

    def tracker(self, policy: Policy) -> TopicTracker:
        if self.topics is None:
            self.topics = TopicTracker(
                streak=policy.offtopic_streak, remind_every=policy.offtopic_remind_every
            )
        return self.topics


_moderators: dict[int, Moderator] = {}


def moderator(rt: Runtime) -> Moderator:
    found = _moderators.get(id(rt))
    if found is None or found.rt is not rt:
        found = _moderators[id(rt)] = Moderator(rt)
    return found


def names(categories: list[str]) -> str:
    return "、".join(CATEGORY_NAMES.get(c, c) for c in categories)


def evidence(
    findings: list[Finding], text: str, file_names: list[str] | None = None
) -> tuple[str | None, str]:
    """A masked excerpt (none for pii/secret) and the SHA-256 of what was flagged.

    For a message carrying files the hashed evidence is the text followed by the file names,
    one a line; a finding about a file name (rule ``file:…``) is excerpted from that name.
    """
    names = [n for n in file_names or () if n]
    source = "\n".join(part for part in (text, *names) if part)
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    if any(f.category in NO_COPY for f in findings):
        return None, digest
    first = findings[0]
    if first.rule.startswith("file:") and names:
        subject = next((n for n in names if first.term and first.term in n.lower()), names[0])
        return mask_text(clip(subject, 60)), digest
    lo, hi = max(0, first.span[0] - 10), min(len(text), first.span[1] + 10)
    return mask_text(clip(text[lo:hi], 60)), digest


def finding_dicts(findings: list[Finding]) -> list[dict[str, object]]:
    """Findings as stored with the flag and in the audit log.

    Terms are masked (an ad's matched text may hold a phone number; pii terms come masked, a
    secret marker is a marker, not content).
    """
    return [
        {"category": f.category, "rule": f.rule, "span": list(f.span), "term": mask_text(f.term)}
        for f in findings
    ]


@dataclass
class Outcome:
    """What happened to one message (for tests and the audit log)."""

    flag_id: int | None = None
    recalled: bool = False
    warned: int = 0
    muted_minutes: int = 0
    reported: bool = False
    topic_reminder: bool = False
    notes: list[str] = field(default_factory=list)
    mute_tried: bool = False


async def moderate(
    rt: Runtime, platform: Platform, ctx: Ctx, text: str, *, file_names: list[str] | None = None
) -> Outcome:
    """Check one group message (text and attached file names) and act on what is found."""
    assert ctx.group is not None
    mod = moderator(rt)
    state = await mod.state(ctx.group)
    policy = rt.policies.for_group(ctx.group)
    verdict = (
        policy.check(text, allow_terms=state.allow, topic=state.topic)
        if text
        else Verdict(policy_version=policy.version)
    )
    for name in file_names or ():
        extra = policy.check_file(name)
        verdict.findings.extend(extra.findings)
        verdict.actions = list(dict.fromkeys(verdict.actions + extra.actions))
    outcome = Outcome()
    forbidden = [f for f in verdict.findings if f.category != "off_topic"]
    if not forbidden:
        off = any(f.category == "off_topic" for f in verdict.findings)
        if not off and text and not file_names and not is_neutral(text):
            mod.learn(state, text)
        if mod.tracker(policy).observe(ctx.group, text, off, time.monotonic()):
            outcome.topic_reminder = await _topic_reminder(rt, platform, ctx, policy)
        return outcome
    return await _act(
        rt, platform, ctx, text, forbidden, verdict, policy, outcome, file_names or []
    )


async def _topic_reminder(rt: Runtime, platform: Platform, ctx: Ctx, policy: Policy) -> bool:
    """One reminder per group and rate-limit period, even when two bot accounts (two processes)
    sit in the same group: the period's key is claimed in the database first."""
    assert ctx.group is not None
    group = ctx.group
    period = max(policy.offtopic_remind_every, 60)
    key = f"topic.stopped:{group}:{int(rt.now().timestamp()) // period}"

    async def send() -> None:
        await platform.send_group(group, msg.TOPIC_REMINDER)
        rt.audit.record("topic.stopped", group=group, subject=ctx.user, detail={})

    try:
        return await once(rt, key, send)
    except (ActionFailed, Unsupported) as exc:
        log.warning("无关话题提醒未发出：%s", exc)
        return False


async def _act(
    rt: Runtime,
    platform: Platform,
    ctx: Ctx,
    text: str,
    findings: list[Finding],
    verdict: Verdict,
    policy: Policy,
    outcome: Outcome,
    file_names: list[str],
) -> Outcome:
    assert ctx.group is not None
    group, user = ctx.group, ctx.user
    exempt = await moderator(rt).exempt(ctx)
    actions = verdict.actions
    categories = list(dict.fromkeys(f.category for f in findings))
    # SPEC §6: a flagged file is recalled, warned about and reported, whatever its category.
    is_file = any(f.rule.startswith("file:") for f in findings)

    # 1. Recall first: the request goes out before anything else, and the finding is recorded
    # while the platform answers. A recall that never returns (the connection dropped, the bot
    # is stopping) must not take the record with it.
    recall: asyncio.Task[str | None] | None = None
    if not exempt and "recall" in actions:
        if not platform.can(Capability.RECALL):
            outcome.notes.append(msg.RECALL_UNSUPPORTED.format(platform=platform.label))
        elif ctx.message_id:
            recall = asyncio.create_task(_recall(platform, group, ctx.message_id))

    # 2. Record.
    excerpt, digest = evidence(findings, text, file_names)
    stored = finding_dicts(findings)
    done = [a for a in actions if not exempt]
    async with rt.sessions() as session:
        flag = await store.add_flag(
            session,
            at=rt.now(),
            group=group,
            user=user,
            message_id=ctx.message_id,
            categories=categories,
            findings=stored,
            excerpt=excerpt,
            sha256=digest,
            policy_version=verdict.policy_version,
            actions=done,
        )
    outcome.flag_id = flag.id
    rt.audit.record(
        "message.flagged",
        group=group,
        actor=None,
        subject=user,
        detail={
            "flag": flag.id,
            "message_id": ctx.message_id,
            "categories": categories,
            "findings": stored,
            "policy_version": verdict.policy_version,
            "excerpt": excerpt,
            "sha256": digest,
            "exempt": exempt,
            "file": is_file,
        },
    )
    if recall is not None:
        note = await recall
        if note is None:
            outcome.recalled = True
        else:
            outcome.notes.append(note)
    if outcome.recalled:
        rt.audit.record(
            "message.recalled",
            group=group,
            subject=user,
            detail={"flag": flag.id, "message_id": ctx.message_id},
        )
    if exempt:
        return outcome

    # 3. Warn, and climb the ladder.
    did = msg.DONE_RECALLED if outcome.recalled else msg.DONE_NOT_RECALLED
    if "warn" in actions or "warn_private" in actions:
        count, step = await _add_warning(
            rt, group, user, names(categories), "auto", flag.id, None, policy
        )
        outcome.warned = count
        days = policy.ladder.window_days
        notes = "".join(outcome.notes)
        if "warn_private" in actions and "warn" not in actions:
            await _warn_private(rt, platform, ctx, categories, did, flag.id, notes)
        elif is_file:
            await _warn_group(
                platform,
                group,
                user,
                msg.FILE_FLAGGED.format(categories=names(categories), done=did, flag=flag.id)
                + notes,
            )
        else:
            await _warn_group(
                platform,
                group,
                user,
                msg.WARN_GROUP.format(
                    categories=names(categories), done=did, days=days, count=count, flag=flag.id
                )
                + notes,
            )
        rt.audit.record(
            "member.warned",
            group=group,
            subject=user,
            detail={"flag": flag.id, "count": count, "source": "auto", "categories": categories},
        )
        if step is not None:
            await _ladder_step(rt, platform, ctx, step, count, policy, outcome)
    if "mute" in actions and not outcome.mute_tried:
        await _mute(rt, platform, ctx, CATEGORY_MUTE_MINUTES, outcome, reason="category")
    # 4. Report what the category, a file or the platform's limits call for.
    if "report" in actions or is_file or (outcome.notes and not outcome.recalled):
        reached = await to_report(
            rt,
            msg.REPORT_FLAG.format(
                group=group,
                user=user,
                categories=names(categories),
                done=did,
                flag=flag.id,
                rules="、".join(dict.fromkeys(f.rule for f in findings)),
                version=verdict.policy_version,
            ),
            about=group,
            kind="message.flagged",
        )
        outcome.reported = outcome.reported or bool(reached)
    return outcome


async def _recall(platform: Platform, group: str, message_id: str) -> str | None:
    """Recall one message; ``None`` when done, else the note for the warning and the report."""
    try:
        await platform.recall(group, message_id)
    except Unsupported:
        return msg.RECALL_UNSUPPORTED.format(platform=platform.label)
    except ActionFailed as exc:
        log.warning("撤回失败：%s", exc)
        return msg.RECALL_FAILED
    return None


async def _warn_group(platform: Platform, group: str, user: str, text: str) -> None:
    try:
        await platform.send_group(group, Reply().at(user).text(" " + text))
    except (ActionFailed, Unsupported) as exc:
        log.warning("警告未发出：%s", exc)


async def _warn_private(
    rt: Runtime,
    platform: Platform,
    ctx: Ctx,
    categories: list[str],
    did: str,
    flag_id: int,
    notes: str = "",
) -> None:
    """Tell the member privately; where that fails (not a friend), a neutral note in the group."""
    assert ctx.group is not None
    try:
        await platform.send_private(
            ctx.user,
            msg.WARN_PRIVATE.format(
                group=ctx.group, categories=names(categories), done=did, flag=flag_id
            )
            + notes,
        )
    except (ActionFailed, Unsupported):
        await _warn_group(
            platform,
            ctx.group,
            ctx.user,
            msg.WARN_PRIVATE_FALLBACK.format(categories=names(categories), done=did, flag=flag_id)
            + notes,
        )


async def _add_warning(
    rt: Runtime,
    group: str,
    user: str,
    reason: str,
    source: str,
    flag_id: int | None,
    by: str | None,
    policy: Policy,
) -> tuple[int, LadderStep | None]:
    """Add a warning; returns the active count in the window and the ladder step it reached."""
    now = rt.now()
    since = now - timedelta(days=policy.ladder.window_days)
    async with rt.sessions() as session:
        await store.add_warning(
            session,
            at=now,
            group=group,
            user=user,
            reason=clip(reason, 200),
            source=source,
            flag_id=flag_id,
            by=by,
        )
        count = await store.count_active(session, group, user, since)
    return count, policy.ladder.step_for(count)


async def _ladder_step(
    rt: Runtime,
    platform: Platform,
    ctx: Ctx,
    step: LadderStep,
    count: int,
    policy: Policy,
    outcome: Outcome,
) -> None:
    assert ctx.group is not None
    if step.action == "mute":
        await _mute(
            rt,
            platform,
            ctx,
            step.minutes or 10,
            outcome,
            reason="ladder",
            count=count,
            policy=policy,
        )
    elif step.action == "report":
        reached = await to_report(
            rt,
            msg.REPORT_LADDER.format(
                group=ctx.group, user=ctx.user, days=policy.ladder.window_days, count=count
            ),
            about=ctx.group,
            kind="member.warned",
        )
        outcome.reported = outcome.reported or bool(reached)
    elif step.action == "kick":
        try:
            await platform.kick(ctx.group, ctx.user)
            rt.audit.record(
                "member.removed",
                group=ctx.group,
                subject=ctx.user,
                detail={"reason": "ladder", "count": count},
            )
        except (ActionFailed, Unsupported) as exc:
            log.warning("移出失败：%s", exc)


async def _mute(
    rt: Runtime,
    platform: Platform,
    ctx: Ctx,
    minutes: int,
    outcome: Outcome,
    *,
    reason: str,
    count: int = 0,
    policy: Policy | None = None,
) -> None:
    assert ctx.group is not None
    days = policy.ladder.window_days if policy else 30
    outcome.mute_tried = True
    try:
        if not platform.can(Capability.MUTE):
            raise Unsupported(platform.label, Capability.MUTE)
        await platform.mute(ctx.group, ctx.user, minutes * 60)
    except Unsupported:
        # WeChat cannot mute: fall back to the next rung, a report, and say so.
        await _warn_group(
            platform, ctx.group, ctx.user, msg.MUTE_UNSUPPORTED.format(platform=platform.label)
        )
        reached = await to_report(
            rt,
            msg.REPORT_LADDER.format(group=ctx.group, user=ctx.user, days=days, count=count),
            about=ctx.group,
            kind="member.warned",
        )
        outcome.reported = outcome.reported or bool(reached)
        return
    except ActionFailed as exc:
        log.warning("禁言失败：%s", exc)
        return
    outcome.muted_minutes = minutes
    await _warn_group(
        platform, ctx.group, ctx.user, msg.MUTED.format(minutes=minutes, days=days, count=count)
    )
    rt.audit.record(
        "member.muted",
        group=ctx.group,
        subject=ctx.user,
        detail={"minutes": minutes, "reason": reason, "count": count},
    )
