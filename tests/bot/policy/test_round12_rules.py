"""Rules added from the round-12 batch once it joined the dev set: old food rumours, ads of
accounts and jobs, leaks carried out of a print shop or a leader's office, insults of a
colleague's post or a province, explicit talk, threats against a family, poison for sale, bank
cards lent for turnover and cult sayings; and the reports and warnings that quote them."""

from __future__ import annotations

import pytest

from tests.bot.policy.shipped import rule_categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("紫菜是黑塑料袋做的，嚼不烂，视频为证", "rumor"),
        ("现在鸡蛋都是人zao的，蛋黄能拍成球，别买了", "rumor"),
        ("吃转基因会绝育，这就是西方的阴谋", "rumor"),
        ("马上发行新货币，旧钱作廢，趕緊換成金子", "rumor"),
        ("核电站泄漏了，碘盐都抢光了，大家快去买", "rumor"),
        ("疾控内部通报：新病毒空气传播，致死率50%，不要外传", "rumor"),
        ("💰加Q 3618822741领新人礼包", "ad"),
        ("微信老号出售，实名认证，可过人脸", "ad"),
        ("招点赞员，每天30分钟，时薪50", "ad"),
        ("代开 租赁 餐饮 住宿 fa piao 📄", "ad"),
        ("代理记账，小规模一个月200", "ad"),
        ("家里有老人的看过来，免费体检送鸡蛋，每天上午9点", "ad"),
        ("中考数学卷子，今早从印刷厂带出来的，有需要的家长私我", "secret"),
        ("人事调整方案，从领导桌上拍的，嘘🤫", "secret"),
        ("公考面试题目泄露了，结构化三道题，有人要吗", "secret"),
        ("区里拆迁评估价内部版，比公示的高不少，自己看", "secret"),
        ("涉 密 资 料 分 享，仅限本群", "secret"),
        ("干部任前公示名单，下周才公示，我先发出来", "secret"),
        ("政府采购项目的评分细则和其他公司报价我都有", "secret"),
        ("新区土地出让底价每亩120万，内部消息别传", "secret"),
        ("绩效考核评分结果还没公示，我这有完整表，谁要", "secret"),
        ("智障文员又把名单弄错了，第三次了", "insult"),
        ("读个破中专也能进编，走后门的垃圾", "insult"),
        ("四川人就会偷井盖，哈哈", "insult"),
        ("少数民族都是加分上来的，没什么真本事", "insult"),
        ("有没有约的，男，32，体力好，持久一小时", "porn"),
        ("下面湿了，谁来帮帮我😳", "porn"),
        ("91最新入口，复制到浏览器打开", "porn"),
        ("校长你再压我工资，小心你女儿上学的路上", "violence"),
        ("刀 子 捅 进 去 的 感 觉 你 想 试 试 吗", "violence"),
        ("氰化物纯度99%，可代发，不问用途", "violence"),
        ("卡借我过一下流水，一天给你200，不会有事的", "gambling"),
        ("收银行卡过流水，每张卡每月给1500，一类卡优先", "gambling"),
        ("天国近了，信主的人要被提，不信的都要遭灾", "cult"),
        ("zhen shan ren hao，看了吗", "cult"),
        ("9评gcd 看完再说话", "cult"),
    ],
)
def test_round12_rules_find(text: str, category: str) -> None:
    assert category in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "网传“紫菜是塑料做的”是谣言，市场监管局已抽检",
        "社区反映业主群里有人在传超市大米是塑料做的，请宣传部门研判",
        "吃转基因会绝育吗？有没有科学依据",
        "严厉打击买卖微信老号、出租出借账户的违法行为",
        "“利息低至0.3%”的贷款广告多为诈骗，请谨防上当",
        "谨防“免费体检送鸡蛋”骗局，提醒家里老人不要参加",
        "代理记账机构备案工作请于月底前完成",
        "涉密文件拍照发群属于严重违规行为",
        "试卷已由印刷厂封装送达保密室，请监考老师按时领取",
        "名单下周才公示，请大家耐心等待，不要打听",
        "题库泄露案已立案侦查，相关人员被处分",
        "垃圾分类督导员名单请各社区今天报来",
        "警方提醒：“有没有约的”这类交友信息多为诈骗",
        "放学路上注意交通安全，小心你孩子过马路",
        "严禁出租出借银行卡，收卡过流水涉嫌帮信罪",
        "揭批邪教“不信的都要遭灾”的谎言，今晚开宣讲会",
        "党史学习：中苏论战的“九评”是哪一年发表的",
    ],
)
def test_round12_reports_warnings_and_routine_stay_clean(text: str) -> None:
    cats = rule_categories(text) & {
        "rumor",
        "ad",
        "secret",
        "insult",
        "porn",
        "violence",
        "gambling",
        "cult",
    }
    assert cats == set(), (text, cats)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # laughing at oneself, a pet, a trip to Macau, a badminton date, foreign news
        ("我真是个大聪明，出门忘带钥匙又忘带手机", "insult"),
        ("我就是个废物，一个表格做了一天还没做完[捂脸]", "insult"),
        ("我真是个猪脑子，工牌又落家里了", "insult"),
        ("我家二哈智商堪忧，连门都不会开", "insult"),
        ("去澳门不赌钱也很好玩，历史城区是世界文化遗产", "gambling"),
        ("同城约球吗？羽毛球，周六上午", "porn"),
        ("看新闻说韩国医生集体罢工，医院都快瘫了", "political"),
    ],
)
def test_round12_everyday_talk_is_not_forbidden(text: str, category: str) -> None:
    assert category not in rule_categories(text), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("你真是个大聪明，系统都能搞崩", "insult"),
        ("你智商堪忧啊", "insult"),
        ("同城约，懂的来", "porn"),
    ],
)
def test_round12_the_same_words_aimed_at_others_still_count(text: str, category: str) -> None:
    assert category in rule_categories(text), text
