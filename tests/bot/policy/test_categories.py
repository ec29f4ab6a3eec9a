"""Rules of the shipped policy for insults without swear words, attacks on the system and the flag,
buying guns, porn apps and betting on matches: each kind is found by a lexicon term or a pattern
(not only by the content model), and the ordinary work phrases next to it are left alone."""

from __future__ import annotations

import pytest

from tests.bot.policy.shipped import RULES, rule_categories

MINE = {"insult", "political", "violence", "porn", "gambling"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # insults without classic swear words
        ("你是不是神经病啊，半夜发这个", "insult"),
        ("王科长就是个神经病，天天变卦", "insult"),
        ("这人有病吧，天天在群里发语音", "insult"),
        ("李主任是不是有病，一个表让改八遍", "insult"),
        ("蠢得跟猪一样，这点事都办不好", "insult"),
        ("又是猪一样的队友", "insult"),
        ("别在这瞎BB了", "insult"),
        ("少在这逼逼，你懂个屁", "insult"),
        ("废物一个，啥也干不成", "insult"),
        ("他妈的，又让我们加班", "insult"),
        ("这帮领导他妈的就知道开会", "insult"),
        ("听说小刘跟王局有一腿，所以提拔那么快", "insult"),
        ("她那个位置是陪领导睡上去的", "insult"),
        # attacks on the system and the flag
        ("这个体制烂透了", "political"),
        ("体制内都是帮凶，没一个好东西", "political"),
        ("烧国旗怎么了，五星红旗算什么东西", "political"),
        ("明天去广场把国旗烧了", "political"),
        # buying guns
        ("暗网能买到枪，有人要的话我有渠道", "violence"),
        ("谁能搞到枪，出高价", "violence"),
        ("想搞一把枪，比特币付款", "violence"),
        # porn apps
        ("看片神器，永久免费，各种类型都有", "porn"),
        ("午夜福利，进群免费看", "porn"),
        # betting on matches
        ("欧洲杯下注，靠谱渠道，私聊", "gambling"),
        ("世界杯买球找我，有靠谱渠道", "gambling"),
        ("想买球的找我，英超盘口都有", "gambling"),
    ],
)
def test_found_by_a_rule(text: str, category: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "有病假的同事请提前报备",
        "该信访人有神经病史，请社区关注",
        "神经内科和神经病学教研室联合义诊",
        "周围神经病变诊疗指南学习",
        "孩子是不是有病了，发烧两天了",
        "打印机是不是有毛病啊，一直卡纸",
        "废物回收站周五清运",
        "危险废物一律交由有资质的单位处置",
        "这种废物属于一般工业固体废物吗",
        "他妈妈住院了，请假一周",
        "他妈的身体好些了吗",
        "替他照顾他妈的生活起居",
        "他跟我说有一腿肿了，请假去医院",
        "BB霜采购清单",
        "比比皆是的问题要整改",
        "周一国旗下讲话由三班准备",
        "严禁焚烧国旗，违者依法处理",
        "深化行政管理体制改革",
        "这条路烂透了，什么时候修",
        "这个方案从根上就有问题，需要重写",
        "公务员都是人民的勤务员",
        "枪支管理条例培训下周举行",
        "警方破获一起暗网买卖枪支案，请做好舆情引导",
        "比特币诈骗案件通报",
        "影像科看片软件升级通知",
        "以下注意事项请大家认真阅读",
        "下注意事项已发群里",
        "体彩投注站年检材料周五前交",
        "买球鞋的发票可以报销吗",
        "世界杯期间加强夜间值班",
        "工会组织世界杯有奖竞猜，请在平台上提交答案",
        "今晚比赛让球一球，在哪个app能看直播",
        "腐败干部就是蛀虫，必须坚决清除",
        "影像科看片软件有问题的私聊我",
        "工会福利平台每日更新商品，各种类型都有",
        "矿上要买点炸药，需要走民爆审批渠道",
        "颈椎病是睡出来的",
    ],
)
def test_work_phrase_is_left_alone(text: str) -> None:
    assert rule_categories(text) & MINE == set()


@pytest.mark.parametrize(
    "text",
    [
        "网赌千万别碰，十赌九输",
        "法治讲座：如何认定百家乐等网络赌博",
        "请各街道摸清老虎机风险隐患，建立台账",
        "请各单位本周内报送色情直播工作总结",
    ],
)
def test_warning_and_work_context_excuse_lexicon_terms(text: str) -> None:
    verdict, suppressed = RULES.explain(text, offtopic=False)
    assert {f.category for f in verdict.findings} & MINE == set()
    assert suppressed  # the term was seen and excused, not missed
