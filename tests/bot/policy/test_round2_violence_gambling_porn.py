"""Violence, gambling and porn rules written as kinds of utterance rather than single sentences:
selling weapons (verb + weapon + trade words, slang and pinyin nouns), threats (harm verb + person,
means + destination), praise of attackers; casino jargon (出款, 上分, 回血, 串关, 开户) and
recruitment; hook-ups, escort and porn-resource offers. Each positive is found by a lexicon term
or pattern alone (no content model), and the work messages that share the risky words are not."""

from __future__ import annotations

import pytest

from tests.bot.policy.shipped import rule_categories

MINE = {"violence", "gambling", "porn"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # selling weapons: trade verb + weapon, weapon + trade words, slang and pinyin nouns
        ("收购雷管炸药，量大价优，懂的来", "violence"),
        ("出一把仿64，带20发子弹，价格私聊", "violence"),
        ("卖 枪 和 子 弹，价 格 好 谈", "violence"),
        ("猎qiang一支，九成新，支持验货", "violence"),
        ("有zha药和lei管，工地用的，随时出", "violence"),
        ("有没有兄弟需要家伙的，正宗的，不是玩具，密我", "violence"),
        ("我哥们有把五连发，想出手，有意的私聊", "violence"),
        ("蝴蝶刀甩刀跳刀都有货，男人必备，私", "violence"),
        # making explosives
        ("网上有教做土雷的视频，我收藏了", "violence"),
        ("硝酸铵加柴油就能搞出大动静，懂的都懂", "violence"),
        ("自己在家做了个小炸弹，威力还行", "violence"),
        # threats: harm verb + person, means + destination, pinyin verbs
        ("我要sha了那个科长", "violence"),
        ("nong死你信不信", "violence"),
        ("这个月绩效又扣我，真想一刀劈了那个姓李的科长", "violence"),
        ("局长你给我等着，我拿汽油去你家", "violence"),
        ("我就抱着煤气罐去信访局", "violence"),
        ("再拖欠我工钱，我就一把火把你们工地点了", "violence"),
        ("再克扣工资，我就把厂长的车给炸了", "violence"),
        ("谁再举报我，我让他全家出门被车撞死", "violence"),
        ("我在单位楼下埋了东西，下午三点准时响", "violence"),
        ("哪天过不下去就去人多的地方干一票大的", "violence"),
        # praise of attackers
        ("那个砍人的大哥是条汉子，就该多砍几个当官的", "violence"),
        ("新疆那些袭击者是为信仰而战，值得尊敬", "violence"),
        # gambling jargon and recruitment
        ("老哥们，这个平台我已经出款三次了，稳", "gambling"),
        ("玩🎲的来，大小单双，秒上分秒下分", "gambling"),
        ("东南亚bc公司招人，薪资高，有意私", "gambling"),
        ("带你回xue，输多少回多少", "gambling"),
        ("足球内部消息，今晚三串一必红，跟单加我", "gambling"),
        ("新开的娱乐平台，充一百送一百，流水三倍就能提", "gambling"),
        ("今晚马会开什么生肖？我买了三期都没中", "gambling"),
        ("斗牛群，五十一把，微信红包结算，来的私聊", "gambling"),
        ("我最近在一个app上押注世界杯，赢了好几千", "gambling"),
        ("昨天梭哈输了八千，今晚必须赢回来，谁有好平台", "gambling"),
        ("有 bo 彩 经 验 的 来，薪 资 面 议", "gambling"),
        # porn: hook-ups, escorts, resources
        ("约吗，今晚有空，200一次", "porn"),
        ("同城yp，vx联系", "porn"),
        ("出se情视频资源，三元一部", "porn"),
        ("免费看黄的网站，私信给你", "porn"),
        ("今晚一个人在家，有没有哥哥来陪我，可以视频", "porn"),
        ("宾馆上门，有大学生兼职，照片真实", "porn"),
        ("私人影院新到一批日本片，无码，懂的来", "porn"),
        ("会所新来几个技师，服务到位，可以加钟", "porn"),
        ("夜總會公主陪酒，還有出台服務", "porn"),
        ("酒店里的小卡片打电话就有人上门", "porn"),
        ("兼职模特，高端私人订制服务，外地可飞", "porn"),
    ],
)
def test_found_by_a_rule(text: str, category: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # weapons and explosives in police and safety work
        "请各派出所回收剩余炸药并登记",
        "禁止非法买卖、转让枪支弹药",
        "转让枪支需经公安机关审批",
        "请带好刀具去学校开展管制刀具宣传",
        "硝酸铵化肥威力大，注意储存安全",
        "反恐演练中袭击者被当场制服，民警好样的",
        "民警与砍人的歹徒搏斗，真英雄",
        "在会议室点火仪式彩排",
        # idioms and office talk with harm verbs
        "系统卡住了，把这个进程杀掉重启就好",
        "我真想掐死这个打印机",
        "一刀砍了这个项目的预算",
        "请不要打断他发言",
        "找人修理他的电脑",
        "这个文件打死也不能在群里发，注意保密",
        "带着家伙什去工地干活",
        "大家都豁出去了，一起走完最后一公里",
        "信不信我明天去你家拜年",
        # finance, exams, sports, lottery work
        "大额出款需审批",
        "企业亏了几百万，希望政策帮助回血",
        "考研导师带你上岸",
        "本学期期中考试安排",
        "大小单双号限行方案",
        "这场球输了，下场一定赢回来",
        "开奖前内部审核，请公证人员到场",
        "网上赌博危害大，请大家远离",
        "体彩中心招聘工作人员，月入五千",
        # community services, interviews, hospitals, culture
        "社区养老上门服务项目招标公告已发布",
        "约一下王主任，明天上午去酒店会议室布置会场",
        "纪委明天约谈三位科长，请办公室安排会议室",
        "一对一帮扶，助力脱贫攻坚",
        "影像科看片子的医生请到会议室",
        "申报材料照片真实，上门核查",
        "老年人有偿陪伴服务试点方案",
        "临床伴随诊断试剂审批",
        "市政府出台服务企业十条措施",
        "城管清理酒店小卡片，有人上门举报",
        "需要特殊服务的老人请登记",
        "日本动作片影展开幕",
        "同城交友联谊活动，费用AA",
    ],
)
def test_work_message_not_flagged(text: str) -> None:
    assert not rule_categories(text) & MINE
