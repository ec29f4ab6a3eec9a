"""Political and insult rules written as kinds of utterance, not as single sentences: a slur for the
Party or the state plus a hostile verdict, the regime's doom, the country as a prison, euphemisms
for 1989, incitement to take to the streets, separatist claims; for insults a person plus an abuse
noun, an abuse adjective plus a person, telling someone to get lost, contempt (也配, 智商欠费),
sarcasm (离了你地球都不转), defamation and dialect or pinyin swearing. Each is found by a lexicon
term or a pattern alone (not by the content model), and the work phrases that share their words
(criticism of a work product or of a phenomenon, study of Party history, stability work) are left
alone."""

from __future__ import annotations

import csv

import pytest

from tests.bot.policy.shipped import ROOT, rule_categories
from tests.bot.policy.test_categories import KNOWN_WORK_HITS

MINE = {"political", "insult"}


@pytest.mark.parametrize(
    "text",
    [
        # slur or pinyin for the Party/state + hostile verdict
        "tg 就是全世界最大的黑社会",
        "土共整天吹牛造假，谁信谁傻",
        "这届政府就是一帮强盗",
        "天朝的屁民们还在感恩戴德",
        # the regime's doom, the country as a prison
        "这个国家迟早要完蛋，能走的赶紧走",
        "中国就是个大号的监狱",
        "这个政权全靠撒谎维持统治",
        # contempt for the system, its slogans and its flag
        "什么为人民服务，全是骗人的鬼话",
        "这破政府连个屁都不如",
        "党旗上沾满了老百姓的血",
        "在中国说句真话就得坐牢",
        # euphemisms for 1989
        "89年那个夏天广场上的枪声谁还记得",
        "六四那晚长安街上全是血",
        # incitement to gather
        "号召全市出租车司机周一集体罢工，走上街头",
        "业主们明早都到区政府门口讨要说法，带上横幅",
        "大家一起去市委门口静坐，不解决不走",
        # separatism
        "西藏人本来就不是中国人",
        "支持新疆独立，摆脱中共的统治",
        # evasive spellings
        "共c党的末日快到了",
        "兲朝的官员没一个好东西",
    ],
)
def test_political_kinds(text: str) -> None:
    assert "political" in rule_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # person + (copula) + abuse noun
        "老周真是个白眼狼，提拔他的人都被他卖了",
        "那个副所长就是个地痞，仗着有人撑腰",
        "小吴真是搅屎棍，哪里有事哪里就有她",
        "你个老六，又把我的名字从名单上删了",
        # abuse adjective + person
        "那个缺德的科长又把活推给我们",
        "垃圾领导，只会甩锅",
        # get lost / drop dead
        "你给我滚出去，别在群里碍眼",
        "怎么不去死啊你",
        # contempt
        "就凭你也配指挥我们？",
        "你智商欠费了吧，这都看不懂",
        "你们到底有没有脑子",
        "你算哪根葱，轮得到你说话",
        "就你还想评优秀，做梦",
        # sarcasm
        "哟，离了您地球都不转了是吧",
        "好大的官威啊，回个消息都要秘书转",
        "某些人除了拍马屁啥也不会",
        "就会打小报告，真够可以的",
        # defamation
        "她那个副科是靠陪领导睡觉换来的",
        "王局睡了好几个女下属，全单位都知道",
        # dialect, pinyin, homophones
        "顶你个肺，又要改",
        "你个憨货，填个表都能错",
        "你就是个 laji",
        "操尼玛的，谁又动我电脑",
        "受够了这群饭桶",
        "你这人怎么这么卑鄙",
        "弱智吧你，说了三遍还不懂",
        "滚！别在群里烦我",
        "王局长贪了好几百万，大家心里都清楚",
    ],
)
def test_insult_kinds(text: str) -> None:
    assert "insult" in rule_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # criticism of work products and of phenomena, without abusing a person
        "这个方案太烂了，得重做",
        "这个打印机真是个废物，一天卡纸八回",
        "系统真是垃圾，又卡死了，请信息中心看看",
        "这份材料写得很垃圾，逻辑不通，重写",
        "这次考核排名倒数，真的太丢人了，大家加把劲",
        "会上对张强同志提出了批评意见，他已表态立即整改",
        "坚决纠正形式主义、官僚主义，防止作风漂浮",
        # study, Party history, the flag, official wording
        "本周五开展党史学习教育专题研讨",
        "组织观看《觉醒年代》，重温建党历史",
        "五星红旗是革命烈士的鲜血染成的，升旗仪式请准时参加",
        "学习习近平新时代中国特色社会主义思想，撰写心得",
        "辛亥革命推翻了清王朝，结束了两千多年的封建帝制",
        "坚决打破体制机制障碍，推动改革落地",
        "所谓新疆种族灭绝是彻头彻尾的谎言",
        "坚决反对台独分裂势力，维护祖国统一",
        # stability work, gatherings for work
        "信访局通知：近期可能有群众到市政府集中上访，请做好稳控",
        "明天早上八点在市政府门口集合，统一乘车去调研",
        "本周六在人民广场开展反诈宣传，志愿者一起上街发放传单",
        "全体干部职工团结起来，奋力完成全年目标",
        # words that look risky
        "请带好2B铅笔和身份证参加考试",
        "沙雕艺术节下周开幕，请文旅局做好安保",
        "今日你马上把材料报过来",
        "食堂的猪肉价格涨了，下月起午餐标准调整",
        "我脑子短路了，把日期填错了",
        "累得跟条狗一样，终于把台账弄完了",
        "固体废物领导小组会议明天召开",
        "关于一起干部侮辱诽谤他人案件的情况通报",
        "原局长王某贪污受贿1200万元，被开除党籍",
        "你妈的身体好点没，需要请假就说",
        "今天滚动播放防汛通知，请各村大喇叭同步",
    ],
)
def test_work_phrases_stay_clean(text: str) -> None:
    assert not rule_categories(text) & MINE


def test_work_rows_of_the_training_sets_get_no_political_or_insult_rule() -> None:
    hits = []
    for name in ("policies/offtopic/train.csv", "policies/classifier/train.csv"):
        with (ROOT / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row["label"] == "work" and rule_categories(row["text"]) & MINE:
                    hits.append(row["text"])
    assert [h for h in hits if h not in KNOWN_WORK_HITS] == []


@pytest.mark.parametrize(
    "text",
    [
        "法国明天全体罢工，交通瘫痪",
        "工资再不发就罢工吧哈哈，开玩笑的",
        "有人在群里煽动出租车司机明天罢运，已依法处置",
    ],
)
def test_strike_news_jokes_and_handling_are_not_political(text: str) -> None:
    assert "political" not in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "沙比领导又改需求了",
        "这脑瘫操作我是服了，系统数据全删了",
        "别理他，nt一个，越理越来劲",
        "纯nc，文件名都不会改",
        "新疆人十个有九个是小偷，看好自己的东西",
        "安徽人就是要饭的命",
        "马勒戈壁，谁在系统里乱改我的数据",
        "shut up bitch，别在群里嚷嚷",
        "群众？一帮贪得无厌的穷鬼罢了",
    ],
)
def test_round12_insults(text: str) -> None:
    assert "insult" in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "混凝土的含沙比例要按规范控制",
        "脑瘫患儿康复救助申请表请各社区今天报齐",
        "智障儿童送教上门的名单已更新",
        "数控车间的 nc 程序已经上传",
        "东北人都很热情，去年去哈尔滨玩得很开心",
        "河南人口将近一亿，是劳务输出大省",
        "报名链接：https://jinshuju.net/f/Ku4aybp0my",
    ],
)
def test_round12_ordinary_words_are_no_insults(text: str) -> None:
    assert "insult" not in rule_categories(text), text
