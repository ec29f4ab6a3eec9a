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


# -- reports, warnings, case notices and rebuttals that name forbidden content --------------------

CONTENT = {"political", "porn", "gambling", "violence", "cult", "rumor", "insult", "ad"}


def _train_rows(label: str):
    import csv

    from tests.bot.policy.shipped import ROOT

    for path in sorted((ROOT / "tools" / "train_rows").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("label") == label:
                    yield path.name, row["text"]


# Work rows the rules knowingly flag. Insults have no context rule (policies/default.toml): a
# course that lists insult abbreviations without quoting them reads like the insult itself.
KNOWN_WORK_HITS = {
    "媒体素养课件：常见网络侮辱性缩写如sb、nmsl等，请老师们了解，发现学生使用时及时教育"
}


def test_work_rows_of_the_training_files_get_no_content_rule() -> None:
    hits = [
        (name, text, sorted(cats))
        for name, text in _train_rows("work")
        if (cats := rule_categories(text) & CONTENT)
    ]
    assert [h for h in hits if h[1] not in KNOWN_WORK_HITS] == []
    # the exceptions are still flagged; once they are not, the list must shrink
    assert {h[1] for h in hits} == KNOWN_WORK_HITS


@pytest.mark.parametrize(
    "text",
    [
        # clearing, seizing, handing over (清缴、查封、移交、移送、封禁)
        "关于开展老虎机清缴行动的通知，各所按辖区分片负责",
        "城南一麻将馆涉嫌聚众赌博，已移交治安大队",
        "发现赌博网站链接后已封禁账号并移送网安",
        # re-education and probation (教育转化、帮教、社区矫正、与……决裂)
        "对辖区3名法轮功人员逐一落实教育转化措施",
        "社区矫正对象王某曾因组织卖淫获刑，请司法所落实帮教",
        # courts, statutes and crime names (宣判、获刑、刑法、开设赌场罪)
        "区法院昨日宣判一起组织卖淫案，五名被告人均获刑",
        "组织卖淫案二审维持原判，裁定书今天送达。",  # round 16: instances and court papers
        # reported to the cyber police, the call quoted (round 17)
        "网上有人发帖号召“周末广场集合讨说法”，已报网警，请各单位摸排本系统有无人员参与。",
        "学习《刑法》第三百零三条开设赌场罪的构成要件",
        # police statistics and patrols (警情、同比、巡查、嫌疑)
        "一季度全区涉赌警情环比下降15%，请各所做好研判",
        "夜间巡查发现一处茶楼有赌博嫌疑，已通知派出所",
        # lessons and warnings (引以为戒、之害、本质、预警)
        "某干部因沉迷网络赌博被开除公职，全体党员要引以为戒",
        "预警：近期有人以高薪招聘为名诱骗青年出境从事网络赌博",
        # naming the spammer's words as jargon or scripts (话术、暗语、术语、套路)
        "涉黄广告常用暗语“学生妹”“可上门”，巡查时请留意",
        "反诈宣讲：骗子常用“带你回血”“跟单稳赚”等话术",
        "邪教常用话术“末日将至，入教得救”，请网格员识别上报",
        "“百家乐稳赢”“彩票内幕”都是诈骗套路，切勿上当",
        # quoted in a case, a rebuttal or a warning (立案、揭穿、谣言、舆情)
        "有村民请“大师”作法驱邪被骗三万元，已立案侦查",
        "关于“网传某区封路”舆情的研判，请宣传部牵头回应",
        "社保卡里的钱不会清零，请各窗口统一答复",
        "“转发此图保平安”属迷信谣言，请各群及时清理",
        "揭穿“天灭中共”谣言，请各村做好反邪教宣传",
        # reported threats (接警、扬言、调解)
        "接警后民警到场，张某扬言“砍死他”，已依法出具告诫书",
        "调解记录：双方因宅基地纠纷争吵，一方扬言“让他躺着出去”",
        "有群众反映某五金店售卖开刃砍刀，请执法队核查",
        # reported abuse (方言转写、投诉、接待规范)
        "群众来电称被窗口人员骂“猪脑子”，已转调查处理",
        "窗口接待规范：不得对群众说“你有病吧”“脑子进水”这类话",
        "录音里的方言“龟儿子”是当地口头禅，转写时加注",
    ],
)
def test_report_warning_and_case_context_is_left_alone(text: str) -> None:
    assert rule_categories(text) & CONTENT == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the same words used for real: no report vocabulary, so the rules still fire
        ("老虎机上下分秒到，私聊我", "gambling"),
        ("跟单计划群，稳赚上岸，拉你进群", "gambling"),
        ("网上赌一把，今晚翻本", "gambling"),
        ("输了别怕，百家乐技巧包你回血", "gambling"),
        ("末日就要来了，赶紧入教才能得救", "cult"),
        ("信神得救，病就好了，不用去医院", "cult"),
        ("大师开光转运，化解血光之灾，八百一次", "cult"),
        ("转运符包邮，戴上就发财", "cult"),
        ("转发这条消息保平安，不转倒大霉", "rumor"),
        ("听说下周要封城了，赶紧囤菜", "rumor"),
        ("社保明年全部清零，赶紧取出来", "rumor"),
        ("天灭中共，三退保平安", "political"),
        ("楼凤上门，价格私聊", "porn"),
        ("学生妹可上门，全套服务", "porn"),
        ("同城约会，可上门，价格美丽", "porn"),
        ("再逼我，我就弄死你", "violence"),
        ("出售开刃狗腿刀，包邮", "violence"),
        ("你个猪脑子，这点事都办不好", "insult"),
        ("那个老不死的又来窗口闹", "insult"),
        ("你有病吧，天天在群里刷屏", "insult"),
        ("瓜娃子，你晓得个锤子", "insult"),
        ("跟你说了多少遍了，你是不是脑子进水了", "insult"),
        ("蠢得像头猪，表都填不对", "insult"),
        ("考公保过，不过退款，加微信", "ad"),
        ("看视频赚钱，一单5元，日结", "ad"),
        ("理财年化翻倍，保本，私聊", "ad"),
        # a cue in another sentence does not excuse a term (“清查”“警情” are about something else)
        ("本周警情平稳。赌博网站注册就送88，私我", "gambling"),
    ],
)
def test_same_words_without_report_context_are_still_found(text: str, category: str) -> None:
    assert category in rule_categories(text)


def test_self_deprecation_is_not_an_insult() -> None:
    assert "insult" not in rule_categories("又把会议时间记错了，我真是个笨蛋")
    assert "insult" in rule_categories("你真是个笨蛋，会议时间又记错了")


# -- words quoted in a report ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "来访人员在接待室辱骂值班干部“狗官”，经劝导后情绪平复，已记录在案",
        "根据录音，来电人多次使用“sb”“nmsl”等辱骂词汇，话务员按规程提醒后结束通话",
        "派出所通报：网上发帖称「要去学校砍人」的男子已被抓获",
        "培训课件：谣言常见特征包括“内部消息”“速转”“不转后果自负”等",
    ],
)
def test_words_quoted_in_a_report_are_excused(text: str) -> None:
    verdict, suppressed = RULES.explain(text, offtopic=False)
    assert not (set(verdict.categories) & CONTENT), verdict.findings
    assert any("转述" in s.reason for s in suppressed)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # quotes without a reporting word around them
        ("快转“打倒共产党”", "political"),
        ("你就是个“狗官”", "insult"),
        # the abuse itself is outside the quotes
        ("狗官，你们通报的“整改”就是走过场", "insult"),
        # links stay links inside quotes
        ("通报：诈骗链接“http://gov-bt.top/a”请勿点击，已拦截", "link"),
    ],
)
def test_quotes_alone_excuse_nothing(text: str, category: str) -> None:
    assert category in RULES.check(text, offtopic=False).categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 2026.11-13: ways of fresh writers (tests/data/moderation_round18.csv)
        ("代 开 发 票 ，1 个 点 起", "ad"),
        ("免费领保健茶，只需付邮费，扫码进群", "ad"),
        ("出售驾照分，12分800块，不用到场", "ad"),
        ("想收拾谁找我，打断腿5000，包办", "violence"),
        ("找几个打手，帮我收拾一个人", "violence"),
        ("转给你关心的人：这两种水果一起吃会致癌", "rumor"),
        ("今晚城西仓库开场子，带够现金", "gambling"),
        ("🍑🍆看片神器，下载即送VIP", "porn"),
    ],
)
def test_round18_ways_are_found_by_a_rule(text: str, category: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "代开发票明天9点起在二号窗口办理",
        "驾照分数扣完了要去车管所学习",
        "这次事故要吸取教训，打断了施工进度",
        "打手机的同志请到走廊去",
        "影像科看片神器升级了，下载即送使用培训",
    ],
)
def test_round18_rules_leave_work_alone(text: str) -> None:
    assert rule_categories(text) & {"ad", "violence", "rumor", "gambling", "porn"} == set()


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("表格里SB那一栏是社保缴费基数的意思，别填错了", False),
        ("SB基数按上年度月平均工资填", False),
        ("SB局那边的系统今天升级", False),
        ("你个SB，听不懂人话", True),
        ("sb领导又改方案了", True),
        ("SB局长又来了", True),
        ("这人真是sb", True),
    ],
)
def test_sb_as_the_short_for_social_security_is_not_an_insult(text: str, insult: bool) -> None:
    assert ("insult" in rule_categories(text)) is insult
