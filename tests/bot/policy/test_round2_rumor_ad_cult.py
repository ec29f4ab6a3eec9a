"""Rumour, ad and cult rules of the shipped policy, second round: kinds of utterance rather than
single sentences (salary-cut and price-rise rumours, panic buying, cover-ups, hearsay with a
source, food scares; cheap goods with a contact, miracle cures, bought followers, diplomas
without exams, loans, crypto and franchise recruiting, pinyin halves of ad words; paid fortune
telling, doom with salvation by belief, 呼喊派 and 三退 spellings). Each is found by a lexicon
term or a pattern, not only by the content model; refutations, anti-fraud and anti-cult work,
government loans, poverty-relief sales, folk culture and procurement are left alone."""

from __future__ import annotations

import pytest

from tests.bot.policy.shipped import rule_categories

MINE = {"rumor", "ad", "cult"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # rumours: salary and pension cuts, hearsay with a source, sweeping outages
        ("听说明年开始公务员工资要降三成，财政没钱了", "rumor"),
        ("内bu消息，下月起gwy全员降薪30%", "rumor"),
        ("据可靠消息，全省中小学下周开始停课，教育局马上发通知", "rumor"),
        ("油价下周要涨到十块一升，赶紧去加满，朋友在中石化说的", "rumor"),
        ("下周一全国统一停电检修三天，手机电脑提前充好电", "rumor"),
        ("全市明天开始限购，每户只能买两袋大米，快去抢", "rumor"),
        ("核电站泄漏了，赶紧去超市多买几袋碘盐", "rumor"),
        ("听说又要封kong了，赶紧tun菜", "rumor"),
        # fake crimes, cover-ups, foreign plots, food scares
        ("有人在商场用带毒针头扎人，被扎的都感染艾滋了", "rumor"),
        ("城东有人砍死好几个人，警察都不敢管", "rumor"),
        ("河对面村子出了怪病，已经拉走隔离了，上面不让传", "rumor"),
        ("境wai势力在我国大量收购土地搞生化实验", "rumor"),
        ("某品牌矿泉水有致癌物，家里有的赶紧扔", "rumor"),
        ("XX牌牛奶喝死了一个孩子，厂家花钱压下来了", "rumor"),
        # fake policies and chain messages
        ("医保个人账户下个月取消，钱全部清零，赶快去买药", "rumor"),
        ("国家要对养两只以上宠物的家庭收税，每只每年800", "rumor"),
        ("聊天记录全部被监控，发政治话题直接封号拘留", "rumor"),
        ("我在银行的同学说，以后取现超过一万不说明用途直接冻结", "rumor"),
        ("转fa给所有的家人，明天开始喝自来水会中du", "rumor"),
        ("有人在学校门口用迷药拐孩子，转发就是功德", "rumor"),
        # ads: goods with a contact, miracle cures, bought followers
        ("低价出售苹果15promax，全新未拆封，只要3000，要的加微信", "ad"),
        ("茅台原箱特价1499一瓶，保真，需要的私我", "ad"),
        ("纯天然降压神药，三个疗程停药不复发", "ad"),
        ("快手抖音涨粉，一万粉丝只要99元", "ad"),
        # diplomas, agency, loans, social insurance
        ("正规渠道办理成人本科，不用考试，两年拿证", "ad"),
        ("本公司承接各类工程资质代办，安全生产许可证加急", "ad"),
        ("各类车辆、房产抵押贷款，利息低，手续简单，联系张经理", "ad"),
        ("出售各地社保、公积金代缴服务，买房落户都能用", "ad"),
        ("信yong卡提额、套xian，有需要的扣扣联系", "ad"),
        ("d款找我，不看zx，秒xia款", "ad"),
        # crypto, franchise, lead generation, ghostwriting
        ("投资b圈项目，usdt稳定收益，日化1%，带你上车", "ad"),
        ("奶茶店加盟，总部扶持，三个月回本", "ad"),
        ("想赚零花钱的宝妈私我，拉你进群", "ad"),
        ("收徒！教你在家做抖音带货，月入3w不是梦", "ad"),
        ("专业代做PPT、汇报材料，加急当天交，微信xx2023", "ad"),
        ("需要kai票的老板私我，各类票都能出，点位好谈", "ad"),
        ("帮你把网贷逾期协商成停息分期，不成功不收费", "ad"),
        # cult: paid fortune telling, doom and salvation, 呼喊派, 三退, 全能神
        ("专业算命，看八字、改运，加微信预约", "cult"),
        ("观音菩萨托梦说今年有大劫，念这段经文并转发给九个人才能躲过", "cult"),
        ("大家每天hu han主的名字，主就会救我们", "cult"),
        ("三tui已经超过4亿人，请上dongtaiwang看看", "cult"),
        ("真正的主已经第二次道成肉身", "cult"),
        ("只有虔诚信仰的人才能存活", "cult"),
        ("城南有个大师很灵，给人看事特别准，一次收两千", "cult"),
        ("在线测八字、算婚姻，准到吓人，V：suanming168", "cult"),
        ("東方閃dian的神已经来了，快来归向祂", "cult"),
        ("领导让找人选日子，还要杀鸡祭拜", "cult"),
    ],
)
def test_found_by_a_rule(text: str, category: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # refutations and reports of rumours
        "【辟谣】网传“下月全市停水三天”系谣言，请以自来水公司官方通知为准",
        "网上说退休年龄统一延迟到65岁是假的，人社部已经辟谣了",
        "社区反映居民群里有人在传全城停电三天，请宣传部门研判",
        "经了解，“银行要倒闭”一说没有依据，请做好解释",
        "医保提示转发给家人朋友",
        "对“有人开车拐小孩”一事，请政务服务中心9月5日前报处置情况",
        "听说全市统一开展安全生产大检查，有正式通知吗",
        "全市公积金贷款利率下调0.25个百分点，请窗口做好政策解释",
        "明天上午8点至下午6点城东片区停电检修，请各单位提前做好准备",
        "春节前请各超市做好保供稳价，严禁囤积居奇、哄抬物价",
        "市场监管局对辖区超市开展食品安全抽检，结果将在官网公布",
        # anti-fraud and anti-cult work
        "反诈提醒：凡是要求先交押金、保证金的兼职刷单都是诈骗",
        "学信网可查的假学历不存在，凡是声称代办学历的都是骗局",
        "收到法轮功宣传品的请不要传看，及时上交派出所或综治中心",
        "请各村排查是否有人利用算命、看风水等封建迷信活动敛财",
        # government loans, exams, poverty-relief sales, procurement
        "关于申报创业担保贷款贴息的通知，符合条件的个人最高可贷30万元",
        "农商行普惠金融进村，为农户提供免抵押小额信用贷款，请村委会协助登记",
        "2024年度中级职称考试报名即将截止，请抓紧在人事考试网上报名",
        "工会号召大家认购对口帮扶县的扶贫农产品，小米、木耳、蜂蜜都有",
        "工会团购的大米到了，特价每袋50元，需要的到一楼登记",
        "办公用品采购询价单已发，三家报价请在周五前汇总",
        "县农业农村局举办电商直播带货培训班，教你做直播，报名找我",
        "社区组织宝妈就业技能培训，有意向的私我报名",
        "政务抖音号本月涨粉2000，请宣传科总结经验",
        # folk culture and religious affairs
        "请文物局整理古村落风水格局的研究资料，配合大学课题组调研",
        "春节庙会安保方案请文旅局和公安局会商后报政府办",
        "民宗局：请各宗教活动场所做好开光法会期间的消防安全",
        "大学历史系教授来我县考察古建筑风水布局，请文化馆派人陪同",
        # ordinary work
        "我在人社局的同学说职称申报系统下周开放，大家准备一下材料",
        "请各单位在每个群都转发一下这个通知，确保人人知晓",
        "这是今年的值班表，有问题找我调换",
    ],
)
def test_work_and_warning_messages_are_left_alone(text: str) -> None:
    assert not rule_categories(text) & MINE
