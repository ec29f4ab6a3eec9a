"""内容监督 through NoneBot, on every database backend.

Every group message passes ``message_checker`` (priority 5, ``block=False``); tests isolate it
with ``app.test_matcher()`` and check the exact API calls: the recall first, then
the warning (@ the member, category named, the content never echoed), the ladder (mute at the 3rd
warning, report at the 5th), the audit entries in order and the database rows. Personal data and
secret-marked content are kept only as a SHA-256, never as a second copy.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import timedelta
from typing import Any

import pytest
from nonebot.adapters.onebot.v11 import Adapter, Bot, Message, MessageSegment
from nonebot.adapters.onebot.v11.exception import ActionFailed as OneBotActionFailed
from nonebug import App
from sqlalchemy import select, text

from bot.context import Ctx
from bot.platform import Capability, Platform, Reply
from bot.platform.base import as_reply
from storage import audit as audit_store
from storage.models import AllowEntry, AuditEntry, Flag, MemberWarning
from tests.events import GROUP, Contains, group_message, private_message, text_of

pytestmark = pytest.mark.usefixtures("rt")

OWNER, ADMIN, MEMBER, OTHER_MEMBER = 20001, 20002, 20003, 20004
SUPERUSER = 10001
REPORT_GROUP = 900000
OTHER_GROUP = 654321
G = f"qq:{GROUP}"
M = f"qq:{MEMBER}"

AD = "加我vx：abc12345 领取补贴名额"
# Fragments of the ad that must never be echoed back to the group.
AD_ECHO = ("abc12345", "vx", "补贴", "领取")
ID_NUMBER = "110101199003074514"  # valid check digit and date
ID_TEXT = f"我的身份证号是{ID_NUMBER}，请帮我登记"
# the moderation watcher runs on every message of these tests (tests/conftest.py)
WATCHERS = ("plugins.moderation.",)

MEMBERS = [
    {"user_id": OWNER, "nickname": "张三", "card": "信息中心-张三", "role": "owner"},
    {"user_id": ADMIN, "nickname": "李四", "card": "信息中心-李四", "role": "admin"},
    {"user_id": MEMBER, "nickname": "王五", "card": "办公室-王五", "role": "member"},
]
CHATTER = [
    "今晚一起去吃火锅吧",
    "周末去哪里玩",
    "帮我家孩子投个票吧",
    "昨天的球赛太精彩了",
    "你们看了那个电视剧没有",
    "双十一买了什么好东西",
    "这家奶茶店新品好喝吗",
    "谁有好看的综艺推荐一下",
    "抢红包啦手慢无",
]
NEUTRAL = ["收到", "好的", "👍", "早上好", "大家好", "[强]", "收到👍", "谢谢"]
WORK = "请各科室周五前报送本月安全生产检查台账"


def _bot(ctx) -> Bot:
    import nonebot

    return ctx.create_bot(base=Bot, adapter=nonebot.get_adapter(Adapter), self_id="99999")


def ad_finding(rt) -> Any:
    """What the loaded policy finds in ``AD`` (lexicons change; the plugin must follow them)."""
    [finding] = rt.policies.default().check(AD).findings
    assert finding.category == "ad"
    return finding


def sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class To:
    """A group message that @-mentions ``user`` first, has every fragment of ``parts`` in its
    text and none of ``absent``. Keeps the last text it matched (``seen``)."""

    def __init__(self, user: int, *parts: str, absent: tuple[str, ...] = ()) -> None:
        self.user, self.parts, self.absent = user, parts, absent
        self.seen = ""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message) or not other:
            return False
        ats = [seg.data.get("qq") for seg in other if seg.type == "at"]
        body = text_of(other)
        ok = (
            other[0].type == "at"
            and ats == [str(self.user)]
            and all(p in body for p in self.parts)
            and not any(a in body for a in self.absent)
        )
        if ok:
            self.seen = body
        return ok

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __repr__(self) -> str:
        return f"<@{self.user} {self.parts!r} without {self.absent!r}>"


class Plain(To):
    """A message without any mention (text only)."""

    def __init__(self, *parts: str, absent: tuple[str, ...] = ()) -> None:
        super().__init__(0, *parts, absent=absent)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return False
        body = text_of(other)
        ok = (
            all(seg.type == "text" for seg in other)
            and all(p in body for p in self.parts)
            and not any(a in body for a in self.absent)
        )
        if ok:
            self.seen = body
        return ok

    def __repr__(self) -> str:
        return f"<text {self.parts!r} without {self.absent!r}>"


def at_message(command: str, user: int, rest: str = "") -> Message:
    parts = [MessageSegment.text(command + " "), MessageSegment.at(user)]
    if rest:
        parts.append(MessageSegment.text(" " + rest))
    return Message(parts)


def file_message(name: str) -> Message:
    return Message(
        [MessageSegment("file", {"file": name, "file_id": "/8f2c-e2e", "file_size": "20480"})]
    )


# -- expectations ----------------------------------------------------------------------------------


def expect_recall(ctx, event) -> None:
    ctx.should_call_api("delete_msg", {"message_id": event.message_id}, result=None)


def expect_group(ctx, message: Any, group: int = GROUP) -> None:
    ctx.should_call_api(
        "send_group_msg", {"group_id": group, "message": message}, result={"message_id": 1}
    )


def expect_report(ctx, *parts: str, absent: tuple[str, ...] = ()) -> None:
    expect_group(ctx, Plain(*parts, absent=absent), REPORT_GROUP)


def expect_members(ctx, group: int = GROUP) -> None:
    ctx.should_call_api("get_group_member_list", {"group_id": group}, result=MEMBERS)


# -- database and audit ----------------------------------------------------------------------------


async def _audit(rt, group: str | None = None) -> list[AuditEntry]:
    """Entries in order, without ``policy.changed`` (written when the policy is first loaded)."""
    await rt.audit.flush(5)
    async with rt.sessions() as s:
        entries = await audit_store.query(s, group=group)
    return [e for e in entries if e.kind != "policy.changed"]


async def _kinds(rt, group: str | None = None) -> list[str]:
    return [e.kind for e in await _audit(rt, group)]


async def _rows(rt, model: Any) -> list[Any]:
    async with rt.sessions() as s:
        return list((await s.execute(select(model).order_by(model.id))).scalars())


async def _flag_ad(app: App, rt) -> Any:
    """A member posts the ad: recalled and warned; returns its flag row."""

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(AD, user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        expect_group(ctx, To(MEMBER, "商业广告"))
    [flag] = await _rows(rt, Flag)
    return flag


async def _raw_dump(rt, table: str) -> str:
    """Every column of every row of ``table``, as text (what a DBA would see)."""
    async with rt.sessions() as s:
        rows = (await s.execute(text(f"SELECT * FROM {table}"))).all()
    return json.dumps([list(r) for r in rows], ensure_ascii=False, default=str)


# -- ads, the warning ladder, exemptions -----------------------------------------------------------


async def test_ad_is_recalled_then_member_warned_without_echo(app: App, rt) -> None:

    warning = To(MEMBER, "商业广告", "已撤回", "近 30 天第 1 次提醒", "记录 #", absent=AD_ECHO)
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(AD, user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        expect_group(ctx, warning)

    [flag] = await _rows(rt, Flag)
    assert f"记录 #{flag.id}" in warning.seen
    assert (flag.group, flag.user, flag.message_id) == (G, M, str(event.message_id))
    assert flag.categories == ["ad"]
    assert flag.findings[0]["rule"] == ad_finding(rt).rule
    assert flag.sha256 == sha256(AD)
    assert flag.excerpt is not None  # an ad is kept as a (masked) excerpt
    assert "abc12345" in flag.excerpt
    assert flag.actions == ["recall", "warn"]
    assert flag.policy_version == rt.policies.default().version
    assert not flag.false_positive

    [warned] = await _rows(rt, MemberWarning)
    assert (warned.group, warned.user, warned.source, warned.flag_id) == (G, M, "auto", flag.id)
    assert warned.reason == "商业广告"
    assert warned.withdrawn_at is None

    entries = await _audit(rt)
    assert [e.kind for e in entries] == ["message.flagged", "message.recalled", "member.warned"]
    assert all((e.group, e.subject) == (G, M) for e in entries)
    flagged, recalled, warned_entry = (e.detail for e in entries)
    assert flagged["flag"] == flag.id
    assert flagged["categories"] == ["ad"]
    assert flagged["sha256"] == sha256(AD)
    assert flagged["exempt"] is False
    assert flagged["file"] is False
    assert flagged["policy_version"] == flag.policy_version
    assert recalled == {"flag": flag.id, "message_id": str(event.message_id)}
    assert warned_entry["count"] == 1
    assert warned_entry["source"] == "auto"


async def test_third_warning_mutes_and_fifth_reports(app: App, rt) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for n in range(1, 6):
            event = group_message(AD, user=MEMBER)
            ctx.receive_event(bot, event)
            expect_recall(ctx, event)
            expect_group(ctx, To(MEMBER, "商业广告", f"第 {n} 次提醒", absent=AD_ECHO))
            if n == 3:
                ctx.should_call_api(
                    "set_group_ban",
                    {"group_id": GROUP, "user_id": MEMBER, "duration": 600},
                    result=None,
                )
                expect_group(ctx, To(MEMBER, "你已被禁言 10 分钟", "第 3 次提醒"))
            if n == 5:
                expect_report(ctx, "【警告升级】", G, M, "已被提醒 5 次", absent=AD_ECHO)

    one = ["message.flagged", "message.recalled", "member.warned"]
    assert await _kinds(rt) == [
        *one,
        *one,
        *one,
        "member.muted",
        *one,
        *one,
        "report.sent",
    ]
    muted = next(e for e in await _audit(rt) if e.kind == "member.muted")
    assert muted.detail == {"minutes": 10, "reason": "ladder", "count": 3}
    assert [w.source for w in await _rows(rt, MemberWarning)] == ["auto"] * 5
    assert len(await _rows(rt, Flag)) == 5


async def test_warnings_decay_after_the_policy_window(app: App, rt, clock) -> None:

    for _ in range(2):
        async with app.test_matcher() as ctx:
            bot = _bot(ctx)
            event = group_message(AD, user=MEMBER)
            ctx.receive_event(bot, event)
            expect_recall(ctx, event)
            expect_group(ctx, To(MEMBER, "商业广告"))

    clock.value += timedelta(days=31)
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(AD, user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        # the 3rd warning overall, the 1st in the window: no mute
        expect_group(ctx, To(MEMBER, "近 30 天第 1 次提醒"))
    assert "member.muted" not in await _kinds(rt)


async def test_ladder_counts_per_member_and_group(app: App, rt) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for user, group in [(MEMBER, GROUP), (MEMBER, OTHER_GROUP), (OTHER_MEMBER, GROUP)]:
            event = group_message(AD, user=user, group=group)
            ctx.receive_event(bot, event)
            expect_recall(ctx, event)
            expect_group(ctx, To(user, "第 1 次提醒"), group)


@pytest.mark.parametrize(
    ("user", "role"),
    [(OWNER, "owner"), (ADMIN, "admin"), (SUPERUSER, "member")],
    ids=["owner", "admin", "superuser"],
)
async def test_admins_and_superusers_are_only_logged(app: App, rt, user: int, role: str) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        # no recall, no warning, no mute: any API call would fail the test
        ctx.receive_event(bot, group_message(AD, user=user, role=role))

    entries = await _audit(rt)
    assert [e.kind for e in entries] == ["message.flagged"]
    assert entries[0].detail["exempt"] is True
    assert entries[0].subject == f"qq:{user}"
    [flag] = await _rows(rt, Flag)
    assert flag.actions == []
    assert await _rows(rt, MemberWarning) == []


async def test_designated_admin_is_only_logged(app: App, rt) -> None:

    from plugins.registry import service as registry_service

    await registry_service.change_admins(rt, G, "qq", f"qq:{OWNER}", True, [M])
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        ctx.receive_event(bot, group_message(ID_TEXT, user=MEMBER, role="member"))

    kinds = await _kinds(rt)
    assert kinds[-1] == "message.flagged"
    assert "message.recalled" not in kinds
    assert "member.warned" not in kinds
    assert await _rows(rt, MemberWarning) == []


async def test_recall_refused_is_said_and_reported(app: App, rt) -> None:
    """The bot is not a group admin: QQ refuses the recall; the warning says so, the
    information center is told."""

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(AD, user=MEMBER)
        ctx.receive_event(bot, event)
        ctx.should_call_api(
            "delete_msg",
            {"message_id": event.message_id},
            exception=OneBotActionFailed(retcode=200, msg="NO_PERMISSION", wording="无权限"),
        )
        expect_group(ctx, To(MEMBER, "商业广告", "已记录", "撤回失败", absent=AD_ECHO))
        expect_report(ctx, "【内容监督】", G, M, "商业广告", "已记录", absent=AD_ECHO)
    assert await _kinds(rt) == ["message.flagged", "member.warned", "report.sent"]


# -- WeChat: no recall, no mute ----------------------------------------------------------------


class FakeWeChat(Platform):
    """A WeChat room: can send (and remove), cannot recall or mute."""

    platform = "wx"
    label = "微信"
    capabilities = Capability.SEND | Capability.KICK

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send_group(self, group: str, message: str | Reply) -> str | None:
        self.sent.append((group, as_reply(message).plain()))
        return None

    async def send_private(self, user: str, message: str | Reply) -> str | None:
        self.sent.append((user, as_reply(message).plain()))
        return None


async def test_group_state_reread_once_and_in_the_background(rt, monkeypatch) -> None:
    """A minute-old state is re-read once, behind the messages' backs; a change the audit log
    reports makes the next message wait for a fresh read."""
    from plugins.moderation import service

    mod = service.moderator(rt)
    group = "qq:123456"
    state = await mod.state(group)
    assert state.read_at > float("-inf")

    started, release = [], asyncio.Event()
    real = mod._reread

    async def slow_reread(g: str, st: service.GroupState) -> None:
        started.append(g)
        await release.wait()
        await real(g, st)

    monkeypatch.setattr(mod, "_reread", slow_reread)
    state.read_at -= service.CACHE_SECONDS + 1
    stale_since = state.read_at
    for _ in range(50):  # none of them waits for the database, and one re-read serves all
        assert await asyncio.wait_for(mod.state(group), 1) is state
    assert started == [group]
    release.set()
    assert state.rereading is not None
    await state.rereading
    assert state.read_at > stale_since

    # /群管理员 in another plugin: audited, so the next message reads the new admins first
    release.clear()
    rt.audit.record("group.admin_added", group=group, subject="qq:20003", detail={})
    waiting = asyncio.create_task(mod.state(group))
    await asyncio.sleep(0.05)
    assert not waiting.done()
    assert started == [group, group]
    release.set()
    assert await asyncio.wait_for(waiting, 5) is state
    assert state.read_at > float("-inf")


class StuckRecall(FakeWeChat):
    """A QQ account whose recall request went out and never returns (NapCat went away)."""

    platform = "qq"
    label = "QQ"
    capabilities = Capability.SEND | Capability.RECALL

    def __init__(self) -> None:
        super().__init__()
        self.recall_sent = asyncio.Event()

    async def recall(self, group: str, message_id: str) -> None:
        self.recall_sent.set()
        await asyncio.Event().wait()


async def test_finding_recorded_while_the_recall_is_still_out(rt) -> None:
    """The record does not wait for the platform's answer: a bot stopped while a recall hangs
    still leaves the flag and its audit entry (but no "recalled", which nobody confirmed)."""
    from plugins.moderation import service

    qq = StuckRecall()
    group, member = "qq:123456", "qq:20003"
    task = asyncio.create_task(
        service.moderate(rt, qq, Ctx(qq, "qq", member, group, "member", "77", []), AD)
    )
    await asyncio.wait_for(qq.recall_sent.wait(), 5)
    for _ in range(200):
        if "message.flagged" in await _kinds(rt, group):
            break
        await asyncio.sleep(0.02)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    entries = await _audit(rt, group)
    assert [e.kind for e in entries] == ["message.flagged"]
    assert entries[0].detail["message_id"] == "77"
    assert entries[0].detail["categories"] == ["ad"]
    async with rt.sessions() as s:
        flags = (await s.execute(select(Flag))).scalars().all()
    assert [(f.group, f.message_id) for f in flags] == [(group, "77")]


async def test_wechat_falls_back_to_warning_and_report_and_says_so(app: App, rt) -> None:
    from plugins.moderation import service

    wx = FakeWeChat()
    room, member = "wx:R:1234@chatroom", "wx:wxid_member01"
    outcomes = []
    async with app.test_api() as ctx:
        _bot(ctx)  # the QQ account that reaches the report group
        for n in (1, 2, 3):
            if n == 3:
                # the 3rd warning would mute: impossible, so a report instead
                expect_report(ctx, "【警告升级】", room, member, "已被提醒 3 次")
            expect_report(ctx, "【内容监督】", room, member, "商业广告", "已记录", absent=AD_ECHO)
            ctx_ = Ctx(wx, "wx", member, room, "member", f"wxmsg-{n}", [])
            outcomes.append(await service.moderate(rt, wx, ctx_, AD))

    assert [o.recalled for o in outcomes] == [False, False, False]
    assert [o.warned for o in outcomes] == [1, 2, 3]
    assert all(o.reported for o in outcomes)
    assert outcomes[2].muted_minutes == 0

    texts = [t for to, t in wx.sent]
    assert all(to == room for to, _ in wx.sent)
    assert len(texts) == 4
    for n, warning in zip((1, 2, 3), (texts[0], texts[1], texts[2]), strict=True):
        assert warning.startswith(f"@{member} ")
        assert "商业广告" in warning
        assert "已记录" in warning
        assert f"第 {n} 次提醒" in warning
        assert "微信无法撤回消息" in warning
        assert not any(a in warning for a in AD_ECHO)
    assert "微信无法禁言" in texts[3]
    assert "上报信息中心" in texts[3]

    kinds = await _kinds(rt, room)
    assert "message.recalled" not in kinds
    assert "member.muted" not in kinds
    assert kinds.count("message.flagged") == 3
    assert kinds.count("member.warned") == 3
    assert kinds.count("report.sent") == 4


async def test_wechat_pii_warned_privately_says_it_was_not_recalled(app: App, rt) -> None:
    from plugins.moderation import service

    wx = FakeWeChat()
    room, member = "wx:R:1234@chatroom", "wx:wxid_member01"
    async with app.test_api() as ctx:
        _bot(ctx)
        expect_report(ctx, "【内容监督】", "个人信息", absent=(ID_NUMBER,))
        await service.moderate(rt, wx, Ctx(wx, "wx", member, room, "member", "wx-9", []), ID_TEXT)
    [(to, said)] = wx.sent
    assert to == member
    assert "个人信息" in said
    assert "微信无法撤回消息" in said
    assert ID_NUMBER not in said


# -- personal data ---------------------------------------------------------------------------------


async def test_id_number_is_recalled_warned_privately_and_never_copied(app: App, rt) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(ID_TEXT, user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        ctx.should_call_api(
            "send_private_msg",
            {
                "user_id": MEMBER,
                "message": Plain("个人信息", "已撤回", "身份证号", absent=(ID_NUMBER, "110101")),
            },
            result={"message_id": 2},
        )

    entries = await _audit(rt)
    assert [e.kind for e in entries] == ["message.flagged", "message.recalled", "member.warned"]
    flagged = entries[0].detail
    assert flagged["excerpt"] is None
    assert flagged["sha256"] == sha256(ID_TEXT)
    assert flagged["categories"] == ["pii"]
    assert flagged["findings"][0]["term"] == "1101**********4514"
    for e in entries:
        assert ID_NUMBER not in json.dumps(e.detail, ensure_ascii=False)

    [flag] = await _rows(rt, Flag)
    assert flag.excerpt is None
    assert flag.sha256 == sha256(ID_TEXT)
    assert flag.actions == ["recall", "warn_private"]
    [warned] = await _rows(rt, MemberWarning)
    assert warned.reason == "个人信息"
    # not in any column of any table, nor in the audit spool
    for table in ("moderation_flag", "moderation_warning", "audit_entry"):
        assert ID_NUMBER not in await _raw_dump(rt, table), table
    spool = rt.settings.spool_path
    assert not spool.exists() or ID_NUMBER not in spool.read_text("utf-8")


async def test_id_number_warning_falls_back_to_group_without_the_number(app: App, rt) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(ID_TEXT, user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        ctx.should_call_api(
            "send_private_msg",
            {"user_id": MEMBER, "message": Plain("个人信息")},
            exception=OneBotActionFailed(retcode=100, msg="not friend", wording="非好友"),
        )
        expect_group(ctx, To(MEMBER, "个人信息", "已撤回", absent=(ID_NUMBER, "110101")))
    assert ID_NUMBER not in await _raw_dump(rt, "audit_entry")


def test_stored_terms_never_hold_personal_data() -> None:
    """An ad's matched text may hold a phone number: the flag row keeps it masked, like the
    audit log does."""
    from bot.policy.types import Finding
    from plugins.moderation.service import finding_dicts

    ad = Finding("ad", "pattern:ad", (0, 22), "加vxzhang13812345678")
    [stored] = finding_dicts([ad])
    assert "13812345678" not in json.dumps(stored, ensure_ascii=False)
    assert stored["term"] == "加vxzhang138****5678"


async def test_audit_keeps_every_sha256_intact(app: App, rt) -> None:

    ad = "加我vx：abc12378 领取补贴名额"  # its digest holds a run of 12 decimal digits
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(ad, user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        expect_group(ctx, To(MEMBER, "商业广告"))
    [flag] = await _rows(rt, Flag)
    flagged = (await _audit(rt))[0]
    assert flag.sha256 == sha256(ad)
    assert flagged.detail["sha256"] == flag.sha256


# -- files -----------------------------------------------------------------------------------------


SECRET_FILE = "机密★关于2026年度干部考核工作的通知.docx"


async def test_secret_marked_file_is_recalled_warned_and_reported(app: App, rt) -> None:

    secret = ("干部考核", "2026年度")
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(file_message(SECRET_FILE), user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        expect_group(ctx, To(MEMBER, "你上传的文件", "涉密标识", "已撤回", absent=secret))
        expect_report(ctx, "【内容监督】", G, M, "涉密标识", "已撤回", absent=secret)

    entries = await _audit(rt)
    assert [e.kind for e in entries] == [
        "message.flagged",
        "message.recalled",
        "member.warned",
        "report.sent",
    ]
    flagged = entries[0].detail
    assert flagged["file"] is True
    assert flagged["excerpt"] is None
    assert flagged["sha256"] == sha256(SECRET_FILE)
    assert flagged["categories"] == ["secret"]
    [flag] = await _rows(rt, Flag)
    assert flag.excerpt is None
    for table in ("moderation_flag", "audit_entry"):
        assert "干部考核" not in await _raw_dump(rt, table)


async def test_apk_is_recalled_warned_and_reported(app: App, rt) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(file_message("政务服务平台最新版.apk"), user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        expect_group(ctx, To(MEMBER, "你上传的文件", "已撤回"))
        expect_report(ctx, "【内容监督】", G, M, "file:blocked_type")
    [flag] = await _rows(rt, Flag)
    assert flag.findings[0]["rule"] == "file:blocked_type"
    assert flag.excerpt == "政务服务平台最新版.apk"
    assert await _kinds(rt) == [
        "message.flagged",
        "message.recalled",
        "member.warned",
        "report.sent",
    ]


def _upload(name: str, user: int = MEMBER):
    from nonebot.adapters.onebot.v11 import GroupUploadNoticeEvent
    from nonebot.adapters.onebot.v11.event import File

    return GroupUploadNoticeEvent(
        time=1,
        self_id=99999,
        post_type="notice",
        notice_type="group_upload",
        group_id=GROUP,
        user_id=user,
        file=File(id="/f-1", name=name, size=20480, busid=102),
    )


async def test_uploaded_file_notice_is_warned_and_reported(app: App, rt, monkeypatch) -> None:
    from plugins.moderation import file_upload_checker, handlers

    monkeypatch.setattr(handlers, "UPLOAD_GRACE_SECONDS", 0)
    async with app.test_matcher(file_upload_checker) as ctx:
        bot = _bot(ctx)
        ctx.receive_event(bot, _upload("安装包.apk"))
        # the notice does not tell the uploader's role: the member list does
        expect_members(ctx)
        # an upload notice has no message to recall
        expect_group(ctx, To(MEMBER, "你上传的文件", "已记录"))
        expect_report(ctx, "【内容监督】", G, M)
        ctx.receive_event(bot, _upload("2026年工作总结.docx"))  # fine: nothing
    assert await _kinds(rt) == ["message.flagged", "member.warned", "report.sent"]


async def test_file_uploaded_by_the_owner_is_only_logged(app: App, rt, monkeypatch) -> None:
    from plugins.moderation import file_upload_checker, handlers

    monkeypatch.setattr(handlers, "UPLOAD_GRACE_SECONDS", 0)
    async with app.test_matcher(file_upload_checker) as ctx:
        bot = _bot(ctx)
        ctx.receive_event(bot, _upload(SECRET_FILE, user=OWNER))
        expect_members(ctx)
    entries = await _audit(rt)
    assert [e.kind for e in entries] == ["message.flagged"]
    assert entries[0].detail["exempt"] is True


async def test_one_upload_seen_as_message_and_notice_is_one_finding(
    app: App, rt, monkeypatch
) -> None:
    from plugins.moderation import file_upload_checker, handlers

    monkeypatch.setattr(handlers, "UPLOAD_GRACE_SECONDS", 0)
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(file_message(SECRET_FILE), user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        expect_group(ctx, To(MEMBER, "涉密标识"))
        expect_report(ctx, "【内容监督】")
    async with app.test_matcher(file_upload_checker) as ctx:
        bot = _bot(ctx)
        ctx.receive_event(bot, _upload(SECRET_FILE))  # the same upload: nothing more
    assert len(await _rows(rt, Flag)) == 1
    assert len(await _rows(rt, MemberWarning)) == 1


# -- off-topic -------------------------------------------------------------------------------------

REMINDER = "本群为工作群，请勿讨论与工作无关的话题"


async def test_five_chatty_messages_get_one_polite_reminder(app: App, rt) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for i, chat in enumerate(CHATTER[:5]):
            ctx.receive_event(bot, group_message(chat, user=MEMBER + i % 2))
        expect_group(ctx, Plain(REMINDER))
        # the chatter goes on: rate-limited, no second reminder
        for chat in CHATTER[4:]:
            ctx.receive_event(bot, group_message(chat, user=MEMBER))

    entries = await _audit(rt)
    assert [e.kind for e in entries] == ["topic.stopped"]
    assert entries[0].group == G
    assert await _rows(rt, Flag) == []  # chatter is not a flagged message
    assert await _rows(rt, MemberWarning) == []


async def test_greetings_and_acknowledgements_neither_count_nor_break(app: App, rt) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for chat in CHATTER[:4]:
            ctx.receive_event(bot, group_message(chat))
        for ack in NEUTRAL:
            ctx.receive_event(bot, group_message(ack))
        ctx.receive_event(bot, group_message(CHATTER[4]))
        expect_group(ctx, Plain(REMINDER))
    assert await _kinds(rt) == ["topic.stopped"]


async def test_greetings_acknowledgements_and_work_talk_are_never_reminded(app: App, rt) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for ack in NEUTRAL * 2:
            ctx.receive_event(bot, group_message(ack))
        # work talk ends a run of chatter
        for chat in CHATTER[:4]:
            ctx.receive_event(bot, group_message(chat))
        ctx.receive_event(bot, group_message(WORK))
        for chat in CHATTER[4:8]:
            ctx.receive_event(bot, group_message(chat))
        for _ in range(6):
            ctx.receive_event(bot, group_message(WORK))
    assert await _kinds(rt) == []
    assert await _rows(rt, Flag) == []


SPORTS_CHAT = [
    "运动会那天我一定去给咱们队加油，太期待了",
    "你们看了昨天运动会的直播没，太好笑了",
    "运动会穿什么颜色的衣服好看呀",
    "运动会的拔河比赛咱们队肯定赢哈哈",
    "运动会那天的啦啦队服装我在网上挑了好几套，好看死了",
]


async def _register_matter(rt, group: str, matter: str, name: str) -> None:
    from storage import registry

    async with rt.sessions() as session:
        row, _ = await registry.ensure_group(session, group, "qq", name, rt.now())
        row.matter, row.unit, row.status = matter, "市总工会", "registered"
        await session.commit()


async def test_talk_about_the_registered_matter_is_not_chatter(app: App, rt) -> None:

    await _register_matter(rt, G, "职工运动会", "职工运动会筹备群")
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for chat in SPORTS_CHAT:
            ctx.receive_event(bot, group_message(chat, user=MEMBER))
    assert await _kinds(rt) == []
    # the same talk in a group registered for something else is chatter
    await _register_matter(rt, f"qq:{OTHER_GROUP}", "防汛值班", "防汛值班群")
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for chat in SPORTS_CHAT:
            ctx.receive_event(bot, group_message(chat, user=MEMBER, group=OTHER_GROUP))
        expect_group(ctx, Plain(REMINDER), group=OTHER_GROUP)
    assert await _kinds(rt) == ["topic.stopped"]


async def test_a_registration_counts_from_the_next_message_not_after_the_cache(
    app: App, rt
) -> None:
    """The group's state is cached from an earlier message; the registry's audit entry renews it."""

    async with app.test_matcher() as ctx:
        ctx.receive_event(_bot(ctx), group_message(WORK, user=MEMBER))
    await _register_matter(rt, G, "职工运动会", "职工运动会筹备群")
    rt.audit.record("group.registration_requested", group=G, detail={"matter": "职工运动会"})
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for chat in SPORTS_CHAT:
            ctx.receive_event(bot, group_message(chat, user=MEMBER))
    assert await _kinds(rt) == ["group.registration_requested"]  # no topic.stopped


async def test_the_group_learns_the_jargon_of_its_work_messages(
    app: App, rt, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from plugins.moderation import service

    monkeypatch.setattr(service, "RELEARN_EVERY", 6)
    work = [
        "请各位注意运动会场地布置进度",
        "运动会开幕式彩排改到周四下午",
        "运动会报名表周五前交到工会",
        "运动会志愿者名单已经发群文件",
        "运动会当天各队领队八点前到体育馆签到",
        "运动会奖品清单请财务科审核",
    ]
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for text in work:
            ctx.receive_event(bot, group_message(text, user=MEMBER))
    await asyncio.gather(*service.moderator(rt)._tasks)
    topic = service.moderator(rt).groups[G].topic
    assert topic is not None
    assert "运动会" in topic.learned
    # relearning is rate-limited: six more work messages do not start another round at once
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for text in work:
            ctx.receive_event(bot, group_message(text, user=MEMBER))
    assert not service.moderator(rt)._tasks
    assert service.moderator(rt).groups[G].topic is topic
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for chat in SPORTS_CHAT:
            ctx.receive_event(bot, group_message(chat, user=MEMBER))
    assert await _kinds(rt) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "开展打击非法赌博专项行动",
        "谨防冒充领导诈骗",
        "涉密文件一律不得在群内传输",
    ],
)
async def test_enforcement_training_and_warnings_are_not_flagged(
    app: App, rt, sentence: str
) -> None:

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        ctx.receive_event(bot, group_message(sentence, user=MEMBER))
    assert await _rows(rt, Flag) == []
    assert await _kinds(rt) == []


# -- /检测 -----------------------------------------------------------------------------------------


async def test_check_shows_every_finding_to_group_admins(app: App, rt) -> None:
    from plugins.moderation import check_cmd

    version = rt.policies.default().version  # policies/default.toml, as the bot loads it
    ad = ad_finding(rt)
    async with app.test_matcher(check_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(f"/检测 {AD}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event,
            "\n".join(
                [
                    f"检测结果（策略 {version}）：",
                    f"· 商业广告（{ad.rule}）第 {ad.span[0] + 1}–{ad.span[1]} 字："
                    f"{ad.term} → 撤回+群内提醒",
                ]
            ),
            result=None,
        )
        ctx.should_finished(check_cmd)
        event = group_message(f"/check {ID_TEXT}", role="owner", user=OWNER)
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event,
            _Exact(
                "个人信息（pii:id_card）第 8–25 字：1101**********4514 → 撤回+私聊提醒",
                absent=ID_NUMBER,
            ),
            result=None,
        )
        event = group_message("/检测 开展打击非法赌博专项行动", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("未处理：赌博", "赌博"), result=None)
        event = group_message(f"/检测 {WORK}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, f"未发现问题（策略 {version}）。", result=None)
        event = group_message(f"/检测 {CHATTER[0]}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("与工作无关", "连续 5 条时提醒"), result=None)
    assert await _kinds(rt) == []  # a check changes nothing


class _Exact(str):
    """Contains ``self`` and not ``absent``."""

    def __new__(cls, part: str, *, absent: str) -> _Exact:
        obj = super().__new__(cls, part)
        obj.absent = absent
        return obj

    def __eq__(self, other: object) -> bool:
        body = str(other)
        return str.__str__(self) in body and self.absent not in body

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = str.__hash__


async def test_check_permissions_and_usage(app: App, rt) -> None:
    from plugins.moderation import check_cmd

    async with app.test_matcher(check_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(f"/检测 {AD}", role="member", user=MEMBER)
        ctx.receive_event(bot, event)
        # a member who "checks" an ad in the group has posted it there: moderated like any post
        expect_recall(ctx, event)
        expect_group(ctx, To(MEMBER, "商业广告"))
        ctx.should_call_send(event, Contains("权限不足", "私聊机器人发送 /检测"), result=None)
        # in a private chat anyone may ask
        event = private_message(f"/检测 {AD}", user=MEMBER)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains(f"商业广告（{ad_finding(rt).rule}）"), result=None)
        event = private_message("/检测", user=MEMBER)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "用法：/检测 文本", result=None)
        event = private_message("/检测 \u200b ", user=MEMBER)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "用法：/检测 文本", result=None)


# -- /警告 /警告记录 /撤销警告 ---------------------------------------------------------------------


async def test_manual_warnings_climb_the_ladder_and_can_be_listed_and_withdrawn(
    app: App, rt
) -> None:
    from plugins.moderation import unwarn_cmd, warn_cmd, warnings_cmd

    reason = "发布与工作无关的链接"
    async with app.test_matcher(warn_cmd) as ctx:
        bot = _bot(ctx)
        for n in (1, 2, 3):
            event = group_message(at_message("/警告", MEMBER, reason), role="admin", user=ADMIN)
            ctx.receive_event(bot, event)
            expect_members(ctx)
            expect_group(ctx, To(MEMBER, reason, f"近 30 天第 {n} 次提醒"))
            if n == 3:
                ctx.should_call_api(
                    "set_group_ban",
                    {"group_id": GROUP, "user_id": MEMBER, "duration": 600},
                    result=None,
                )
                expect_group(ctx, To(MEMBER, "你已被禁言 10 分钟"))
            ctx.should_call_send(event, f"已警告 {M}：{reason}（近 30 天第 {n} 次）。", result=None)
            ctx.should_finished(warn_cmd)

    warnings = await _rows(rt, MemberWarning)
    assert [(w.source, w.by, w.reason, w.flag_id) for w in warnings] == [
        ("manual", f"qq:{ADMIN}", reason, None)
    ] * 3
    kinds = await _kinds(rt)
    assert kinds == ["member.warned", "member.warned", "member.warned", "member.muted"]
    assert all(e.actor == f"qq:{ADMIN}" for e in (await _audit(rt))[:3])

    async with app.test_matcher(warnings_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(at_message("/警告记录", MEMBER), role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event,
            Contains(
                f"{M} 近 30 天的警告（3 次）：",
                f"#{warnings[0].id} 11-23 10:00 {reason}（qq:{ADMIN} 手动）",
            ),
            result=None,
        )

    async with app.test_matcher(unwarn_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(f"/撤销警告 {M}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event, f"已撤销 {M} 最近一次警告（#{warnings[2].id}：{reason}）。", result=None
        )

    async with app.test_matcher(warnings_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(f"/warnings {MEMBER}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("（2 次）"), result=None)
        event = group_message(f"/警告记录 qq:{OTHER_MEMBER}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, f"qq:{OTHER_MEMBER} 近 30 天没有警告记录。", result=None)

    [withdrawn] = [w for w in await _rows(rt, MemberWarning) if w.withdrawn_at is not None]
    assert (withdrawn.id, withdrawn.withdrawn_by) == (warnings[2].id, f"qq:{ADMIN}")
    assert (await _kinds(rt))[-1] == "member.warning_withdrawn"


async def test_auto_warning_is_listed_with_its_flag(app: App, rt) -> None:
    from plugins.moderation import warnings_cmd

    flag = await _flag_ad(app, rt)
    async with app.test_matcher(warnings_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(at_message("/警告记录", MEMBER), role="owner", user=OWNER)
        ctx.receive_event(bot, event)
        ctx.should_call_send(
            event, Contains("（1 次）", f"商业广告（自动，记录 #{flag.id}）"), result=None
        )


async def test_warning_commands_refuse_politely(app: App, rt) -> None:
    from plugins.moderation import unwarn_cmd, warn_cmd, warnings_cmd

    async with app.test_matcher(warn_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(at_message("/警告", OTHER_MEMBER, "刷屏"), user=MEMBER)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)
        event = private_message(f"/警告 {M} 刷屏", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("请在需要办理的工作群内发送"), result=None)
        event = group_message("/警告", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("用法：/警告 @成员 原因"), result=None)
        event = group_message("/警告 发广告的那个人", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("用法：/警告 @成员 原因"), result=None)
        event = group_message("/警告 wx:wxid_abc 发广告", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("用法：/警告 @成员 原因"), result=None)
        event = group_message(at_message("/警告", MEMBER), role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("请写明警告原因"), result=None)
        # a QQ admin, a superuser, the bot itself
        event = group_message(at_message("/警告", ADMIN, "刷屏"), role="owner", user=OWNER)
        ctx.receive_event(bot, event)
        expect_members(ctx)
        ctx.should_call_send(event, "不能警告群管理员或信息中心人员。", result=None)
        event = group_message(at_message("/警告", SUPERUSER, "刷屏"), role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "不能警告群管理员或信息中心人员。", result=None)
        event = group_message(at_message("/警告", 99999, "刷屏"), role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("用法：/警告 @成员 原因"), result=None)

    async with app.test_matcher(warnings_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message("/警告记录", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "用法：/警告记录 @成员", result=None)
        event = group_message(at_message("/警告记录", MEMBER), user=OTHER_MEMBER)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)

    async with app.test_matcher(unwarn_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message("/撤销警告", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, "用法：/撤销警告 @成员", result=None)
        event = group_message(at_message("/撤销警告", MEMBER), role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, f"{M} 没有可撤销的警告。", result=None)
        event = group_message(at_message("/撤销警告", MEMBER), user=OTHER_MEMBER)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)

    assert await _rows(rt, MemberWarning) == []
    assert await _kinds(rt) == []


async def test_mention_of_the_bot_is_not_the_target(app: App, rt) -> None:
    """ "@群管助手 /警告 @王五 原因": the bot's own @ is not whom the warning is for."""
    from nonebot.adapters.onebot.v11.bot import _check_at_me

    from plugins.moderation import warn_cmd

    message = Message(
        [
            MessageSegment.at(99999),
            MessageSegment.text(" /警告 "),
            MessageSegment.at(MEMBER),
            MessageSegment.text(" 刷屏"),
        ]
    )
    async with app.test_matcher(warn_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(message, role="admin", user=ADMIN)
        _check_at_me(bot, event)  # what the adapter does before matching: strips the @ of the bot
        assert event.to_me
        assert event.original_message[0].type == "at"
        ctx.receive_event(bot, event)
        expect_members(ctx)
        expect_group(ctx, To(MEMBER, "刷屏"))
        ctx.should_call_send(event, Contains(f"已警告 {M}：刷屏"), result=None)


# -- /误报 -----------------------------------------------------------------------------------------


async def test_false_positive_withdraws_tells_and_allows_in_this_group_only(app: App, rt) -> None:
    from plugins.moderation import false_positive_cmd, service

    flag = await _flag_ad(app, rt)
    term = ad_finding(rt).term

    async with app.test_matcher(false_positive_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(f"/误报 {flag.id}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        expect_group(ctx, To(MEMBER, f"记录 #{flag.id}", "误报", "已撤销"))
        ctx.should_call_send(
            event,
            Contains(
                f"已将记录 #{flag.id} 标记为误报：撤销相关警告 1 次，本群今后不再因“{term}",
                "”提醒。",
            ),
            result=None,
        )
        ctx.should_finished(false_positive_cmd)

    [flag] = await _rows(rt, Flag)
    assert flag.false_positive
    assert flag.reviewed_by == f"qq:{ADMIN}"
    [warning] = await _rows(rt, MemberWarning)
    assert warning.withdrawn_at is not None
    assert warning.withdrawn_by == f"qq:{ADMIN}"
    allowed = await _rows(rt, AllowEntry)
    assert allowed[0].term == term  # the finding's term first, then shorter matches inside it
    assert {(a.group, a.flag_id) for a in allowed} == {(G, flag.id)}
    fp = (await _audit(rt))[-1]
    assert fp.kind == "message.false_positive"
    assert fp.detail["warnings_withdrawn"] == [warning.id]

    # The same message: not flagged in this group (also after a restart: from the database) ...
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        ctx.receive_event(bot, group_message(AD, user=MEMBER))
    service._moderators.clear()
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        ctx.receive_event(bot, group_message(AD, user=OTHER_MEMBER))
    assert len(await _rows(rt, Flag)) == 1

    # ... still flagged in another group.
    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(AD, user=MEMBER, group=OTHER_GROUP)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        expect_group(ctx, To(MEMBER, "商业广告", "第 1 次提醒"), OTHER_GROUP)

    # The withdrawn warning no longer counts on the ladder.
    async with rt.sessions() as s:
        from storage import moderation as store

        assert await store.count_active(s, G, M, flag.at - timedelta(days=1)) == 0


async def test_false_positive_of_personal_data_allows_nothing(app: App, rt) -> None:
    from plugins.moderation import false_positive_cmd

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        event = group_message(ID_TEXT, user=MEMBER)
        ctx.receive_event(bot, event)
        expect_recall(ctx, event)
        ctx.should_call_api(
            "send_private_msg", {"user_id": MEMBER, "message": Plain("个人信息")}, result=None
        )
    [flag] = await _rows(rt, Flag)
    async with app.test_matcher(false_positive_cmd) as ctx:
        bot = _bot(ctx)
        event = group_message(f"/false-positive #{flag.id}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        expect_group(ctx, To(MEMBER, "误报"))
        ctx.should_call_send(
            event, f"已将记录 #{flag.id} 标记为误报：撤销相关警告 1 次。", result=None
        )
    assert await _rows(rt, AllowEntry) == []


async def test_false_positive_bad_input(app: App, rt) -> None:
    from plugins.moderation import false_positive_cmd

    flag = await _flag_ad(app, rt)
    usage = "用法：/误报 N，N 为警告消息中的记录号。"

    async with app.test_matcher(false_positive_cmd) as ctx:
        bot = _bot(ctx)
        for arg, answer in [
            ("", usage),
            ("abc", usage),
            ("1 2", usage),
            ("-3", usage),
            (f"{flag.id + 1000}", f"本群没有记录 #{flag.id + 1000}。"),
            ("99999999999999", "本群没有记录 #99999999999999。"),
        ]:
            event = group_message(f"/误报 {arg}".strip(), role="admin", user=ADMIN)
            ctx.receive_event(bot, event)
            ctx.should_call_send(event, answer, result=None)
        # a member may not; another group's admin cannot reach this group's entry
        event = group_message(f"/误报 {flag.id}", user=OTHER_MEMBER)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, Contains("权限不足"), result=None)
        event = group_message(f"/误报 {flag.id}", role="admin", user=ADMIN, group=OTHER_GROUP)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, f"本群没有记录 #{flag.id}。", result=None)
        # twice
        event = group_message(f"/误报 {flag.id}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        expect_group(ctx, To(MEMBER, "误报"))
        ctx.should_call_send(event, Contains("标记为误报"), result=None)
        event = group_message(f"/误报 {flag.id}", role="admin", user=ADMIN)
        ctx.receive_event(bot, event)
        ctx.should_call_send(event, f"记录 #{flag.id} 已标记为误报。", result=None)


async def test_false_positive_of_a_term_already_allowed(app: App, rt) -> None:
    """Two flags for the same term: the second /误报 finds the term already allowed."""
    from plugins.moderation import false_positive_cmd

    async with app.test_matcher() as ctx:
        bot = _bot(ctx)
        for n in (1, 2):
            event = group_message(AD, user=MEMBER)
            ctx.receive_event(bot, event)
            expect_recall(ctx, event)
            expect_group(ctx, To(MEMBER, f"第 {n} 次提醒"))
    first, second = await _rows(rt, Flag)
    async with app.test_matcher(false_positive_cmd) as ctx:
        bot = _bot(ctx)
        for flag in (first, second):
            event = group_message(f"/误报 {flag.id}", role="admin", user=ADMIN)
            ctx.receive_event(bot, event)
            expect_group(ctx, To(MEMBER, f"记录 #{flag.id}"))
            ctx.should_call_send(
                event, Contains(f"已将记录 #{flag.id} 标记为误报", "撤销相关警告 1 次"), result=None
            )
    assert [f.false_positive for f in await _rows(rt, Flag)] == [True, True]
    assert {a.flag_id for a in await _rows(rt, AllowEntry)} == {first.id}
    assert all(w.withdrawn_at is not None for w in await _rows(rt, MemberWarning))


async def test_topic_reminder_once_across_two_processes(rt, database_url: str, tmp_path) -> None:
    """Two bot accounts (two processes, one database) in one group: one reminder, not two."""
    from bot.runtime import build_runtime
    from plugins.moderation import service
    from tests.conftest import test_settings

    other = build_runtime(
        test_settings(
            database={"url": database_url}, audit={"spool_file": str(tmp_path / "b.jsonl")}
        )
    )
    other.now = rt.now  # type: ignore[method-assign]
    await other.start()
    try:
        room = "wx:R:5678@chatroom"
        a, b = FakeWeChat(), FakeWeChat()
        for n, chat in enumerate(CHATTER[:5]):
            member = f"wx:wxid_{n}"
            await service.moderate(rt, a, Ctx(a, "wx", member, room, "member", f"a{n}", []), chat)
            await service.moderate(
                other, b, Ctx(b, "wx", member, room, "member", f"b{n}", []), chat
            )
    finally:
        await other.stop()
    reminders = [t for _, t in a.sent + b.sent if "请勿讨论与工作无关的话题" in t]
    assert len(reminders) == 1
    assert (await _kinds(rt)).count("topic.stopped") == 1
