"""Political rules added from the dev set's misses after round 12: defaming heroes and martyrs
(英雄烈士保护法), insulting the flag and anthem, spreading 《九评》, wishing for a colour
revolution, separatism in pinyin, urging members to quit the party, wrecking an election; and
the rebuttals, lessons and routine messages that use the same words."""

from __future__ import annotations

import pytest

from tests.bot.policy.shipped import RULES, rule_categories


@pytest.mark.parametrize(
    "text",
    [
        "狼牙山五壮士是编出来的，早就有人考证过了",
        "邱少云趴在火里一动不动？违反生理常识，编的",
        "南京大屠杀的人数是夸大的，宣传需要而已",
        "雷锋日记都是后人伪造的，宣传出来骗傻子的",
        "国旗拿来擦桌子正好，红布还挺吸水哈哈",
        "国歌那调子听着就想吐，升旗的时候我都捂耳朵",
        "五星红旗烧了也没人管吧，今晚试试🔥",
        "你们去看看那个《九评》，写的全是事实",
        "中国需要一场颜色革命，民运人士说得一点没错",
        "咱们这儿啥时候也能像乌克兰那样来一次广场运动就好了",
        "要我说文革就该再来一次，把这些当官的全斗倒",
        "tw du li 不是罪，是人家的选择",
        "疆独的朋友让我帮转个视频，大家都转转",
        "这个群里的党员赶紧退了吧，跟着一条破船沉有啥意思",
        "拉个小群专门商量怎么把换届选举搅黄，这个群别说",
        "dang不倒，民不安，下周末各地同时上街",
    ],
)
def test_round13_political_rules_find(text: str) -> None:
    assert "political" in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "网上有人说狼牙山五壮士是编的，纯属造谣，检察院已提起公益诉讼",
        "驳斥“南京大屠杀人数被夸大”的谬论，今天下午专题学习",
        "学雷锋志愿服务明天开始，雷锋精神编入校本教材",
        "看到有人侮辱国旗，真恶心，已经报警了",
        "破损国旗烧掉处理是否合规？请办公室答复",
        "国旗护卫队明天早上七点升旗，请准时到",
        "党史学习：中苏论战的“九评”是哪一年发表的",
        "收缴《九评》等反动宣传品12册，已上交",
        "九评估小组明天到，请准备材料",
        "警惕境外势力企图发动颜色革命，筑牢意识形态防线",
        "防止文革重演，要吸取历史教训",
        "预备党员转正的材料下周交",
        "党员退休后组织关系转到社区",
        "依法打击破坏选举的行为，确保换届风清气正",
        "明天各社区同时上街开展文明劝导",
    ],
)
def test_round13_rebuttals_lessons_and_routine_stay_clean(text: str) -> None:
    assert "political" not in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "秘。密★ 请各位领导阅",
        "【秘密】对信访重点人员实施管控的工作方案，请各包案领导熟悉",
        "㊙ 文件，懂的都懂，附件已传",
        "这份是 mì mì 的，你们自己看看",
        "zhu yi bao mi，附件是今年公招的面试题",
        "秘秘-干部考察谈话记录.pdf",
        "干部调整名单（讨论稿）_0915.xlsx",
        "这次考核的内部评分表我偷偷拍下来了，大家对号入座",
        "刚开完的涉密会议我录音了，要听的私我",
        "昨天闭门会谁记了笔记？拍照发一下，我在外地没参加",
        "国企这次采购的最高限价是内部定的，我先发群里：服务器那个包限价215万",
        "招投标那边透个底，这次监理服务的控制价是78万",
        "悄悄说，这次提拔的就是他们三个，组织部刚定的",
        "武装部的通讯录和民兵编组表，有需要的拿去",
        "公安内部布控名单截图，看看有没有你认识的",
        "审计报告初稿（内部）问题清单，先给你们打个预防针",
    ],
)
def test_round13_secret_rules_find(text: str) -> None:
    assert "secret" in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "告诉大家一个秘密，明天食堂有红烧肉",
        "严禁在群内传输秘密文件，违者追究责任",
        "这个方案内部我再看看，明天给你",
        "招标控制价已在公共资源交易平台公布，请自行下载参考",
        "重点人员管控名单请各派出所今天更新报送",
        "党委会的会议记录由办公室统一存档",
        "拍卖底价出来了吗？等公告",
        "悄悄说，明天食堂有红烧肉",
        "bao mi 培训下周二下午，请准时参加",
        "干部调整要严格按程序，讨论稿不外发",
    ],
)
def test_round13_secret_lookalikes_stay_clean(text: str) -> None:
    assert "secret" not in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "你妈没教你怎么说话吗？",
        "你是聋了还是瞎了，通知发了三遍了",
        "东北人一身匪气，素质低",
        "上海人都是小气鬼，一分钱掰成两半花",
        "穆斯林都是恐怖分子",
        "外地佬滚出我们市",
        "那个残疾人看着就晦气，别让他来前台",
        "满嘴跑火车，人品跟垃圾一样",
        "她能升职还不是陪领导睡出来的",
        "小王那张脸跟车祸现场似的，还好意思发自拍",
        "智障吧，说了多少遍附件要PDF",
        "滚，少在这装好人",
    ],
)
def test_round13_insult_rules_find(text: str) -> None:
    assert "insult" in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "有人说河南人都是骗子，这是典型的地域歧视",
        "东北人都很豪爽，喝酒实在",
        "颈椎病是睡出来的，枕头太高",
        "这个软件的界面跟车祸现场一样乱，建议改版",
        "滚动播放的通知请核对",
        "残疾人服务中心明天上午开放",
        "我是不是聋了，刚才没听见你说啥",
    ],
)
def test_round13_insult_lookalikes_stay_clean(text: str) -> None:
    assert "insult" not in rule_categories(text), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("不转发这条消息的人，家里会有人生病", "rumor"),
        ("这条消息转到第8个群，屏幕会弹出红包，我刚领了88", "rumor"),
        ("最新消息：明天起所有私家车单双号限行一年", "rumor"),
        ("关于取消全部周末双休的通知（国办发〔2025〕12号）下月执行", "rumor"),
        ("海 啸 预 警 ！ 沿 海 居 民 立 即 撤 离 ， 非 演 习", "rumor"),
        ("这个号码打来的千万别接，一接通手机就被盗刷", "rumor"),
        ("公安部通知：头像用自己照片的会被盗用去办贷款", "rumor"),
        ("喝碱性水能治癌症，医院都不告诉你", "rumor"),
        ("zf要收回农村宅基地，每户只留一间，赶紧找关系", "rumor"),
        ("网购刷好评，返本金加佣金，日结", "ad"),
        ("关注公众号领取现金红包", "ad"),
        ("安全员证、电工证、焊工证快速办理，全国通用", "ad"),
        ("手机靓号出售，尾号8888、6666，价格美丽", "ad"),
        ("城南学区房急售，低于市场价20万，有意者致电", "ad"),
        ("养生馆开业大酬宾，艾灸推拿充值送一倍", "ad"),
        ("快递驿站招加盟，投资3万，回本快", "ad"),
        ("麻烦帮忙推荐一下，每成功报名一个孩子给推荐老师三百块提成", "ad"),
        ("暑期少儿编程班开始招生啦，前20名报名送平板！", "ad"),
        ("本人承接各类“材料”，总结、心得、讲话稿都行", "ad"),
        ("ＤＫ私聊，三分钟审核", "ad"),
    ],
)
def test_round13_rumor_and_ad_rules_find(text: str, category: str) -> None:
    assert category in rule_categories(text), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("网传“明天起单双号限行一年”是谣言，交警支队已辟谣", "rumor"),
        ("明天上午十点开展海啸预警撤离演练，请沿海社区配合", "rumor"),
        ("“一接通就被盗刷”的说法不实，别信", "rumor"),
        ("国庆节放假安排：10月1日至8日放假调休，共8天", "rumor"),
        ("严禁教师推荐学生参加校外培训收取提成", "ad"),
        ("党校培训班报名中，请于周五前报送名单", "ad"),
        ("各单位电工证、焊工证到期的请于月底前复审", "ad"),
    ],
)
def test_round13_rumor_and_ad_lookalikes_stay_clean(text: str, category: str) -> None:
    assert category not in rule_categories(text), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("发个黄图给大家提提神[图片]，别说我没分享", "porn"),
        ("我发几篇小黄文给你们解解闷", "porn"),
        ("某局长和女下属的床上录像，完整版要的私我", "porn"),
        ("这个APP能看不可描述的东西，VIP破解版，要的扣个眼", "porn"),
        ("全套半套都有，老城区洗浴中心二楼", "porn"),
        ("雇人打人，断手一万，断腿两万，保证不出事", "violence"),
        ("下毒不被查出来的办法有人知道吗，急", "violence"),
        ("扣1的兄弟明晚跟我去把那家网吧砸了", "violence"),
        ("有“大炮仗”要吗，矿上流出来的，响得很", "violence"),
        ("跑得快两块钱一张，下班后会议室来一局？", "gambling"),
        ("拿这个月工资博一博，单车变摩托，跟不跟？", "gambling"),
        ("我这个“红包群”可好玩了，发包抢包都能赚", "gambling"),
        ("⑨评全文，打包发你，别在单位电脑上打开", "cult"),
        ("FLDF好，大家都要记住这五个字母", "cult"),
        ("还没三退的赶紧，名单每天都在更新", "cult"),
        ("tui dang bao ping an，亲们别犹豫", "cult"),
    ],
)
def test_round13_other_rules_find(text: str, category: str) -> None:
    assert category in rule_categories(text), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("扫黄专项行动查处小黄文传播群3个", "porn"),
        ("警方通报：雇人打人的嫌疑人已被抓获", "violence"),
        ("矿上炸药雷管要严格登记，安全第一", "violence"),
        ("工作要三进三退，反复推敲", "cult"),
        ("打车五十起步太贵了", "gambling"),
    ],
)
def test_round13_other_lookalikes_stay_clean(text: str, category: str) -> None:
    assert category not in rule_categories(text), text


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ｗｗｗ．ｂｔｌｑ．ｃｏｍ 补贴领取", "link:lookalike"),
        ("工资条已发放，查看明细 gzt-chaxun.com/u?uid=0415", "link:lure"),
        ("工资条查询：http://hr-gongzi.work/query 输入身份证号登录", "link:lure"),
        ("2025年公务员调资文件：tiaozi-wj.ltd/doc（需登录微信授权）", "link:lure"),
        ("打开看看是不是你 👉 dwz.gg/k3Lp", "link:short"),
        ("[文件] 2024年度绩效考核结果.exe 请下载查看", "link:download"),
    ],
)
def test_round13_link_rules_find(text: str, rule: str) -> None:
    assert rule in {f.rule for f in RULES.check(text, offtopic=False).findings}, text


@pytest.mark.parametrize(
    "text",
    [
        "工资条已发放，请登录 OA 查看明细",
        "调资文件见 www.gov.cn 国务院文件库",
        "安装 WeChatSetup.exe 即可",
        "不要打开 绩效考核结果.exe，是病毒",
        "jfdh.com 是我们的项目演示站",
    ],
)
def test_round13_link_lookalikes_stay_clean(text: str) -> None:
    assert "link" not in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "今天有个村民被“刷单返利”骗了八千，已经报案，各村大喇叭再广播一下",
        "学校安全教育：告诫学生不要参与网络赌博和'刷单返利'",
        "遇到有人发“法轮功”传单的，不要接，不要转，及时向派出所报告",
        "有人在业主群发'全能神'传单图片，已截图上报，请大家不要转发",
    ],
)
def test_round13_reports_of_fraud_and_cult_leaflets_are_enforcement(text: str) -> None:
    forbidden = {"political", "cult", "ad", "gambling", "rumor"}
    assert rule_categories(text) & forbidden == set(), text


@pytest.mark.parametrize(
    "text",
    [
        '发一下那份标着"机密"的项目预算，各位帮我核下数字',
        "这是秘密级的，大家保存一下到手机里，随时查阅",
        "@办公室 内部★那份考核办法能不能群发一下电子版",
        "这份东西密级挺高，但大家都是自己人，就不走机要了，直接发这儿",
        "有个东西，红头的，右上角带星星的，我先发群里你们看一眼就撤回",
        "这是今年拟提拔干部的考察名单，还没公示，大家先看看，保密啊",
        "红头文件还没发，我先拍了照，大家提前了解一下",
        "市里分配给咱们区的土地指标还没公开，数字是1260亩，大家心里有数就行",
        "有没有人把巡察反馈的底稿发一下，我们好提前整改",
        "内网上的人事调整方案截图，大家先睹为快",
        "哪个要明天面试的题？我这有，私聊，别在群里说",
        "求一份还没公示的拟提拔人选名单，听说已经出来了",
        "有谁拿到标底了？发出来大家参考一下",
    ],
)
def test_round13_secret_rules_second_batch_find(text: str) -> None:
    assert "secret" in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "拟表彰名单还没公示，先发给各支部核对一下姓名",
        "方案还没定稿，先发给大家提提意见",
        "公示后再发给大家，现在还没公布",
        "发错了，我马上撤回",
        "涉及国家秘密的部分我已经删除了，发群里大家看",
        "秘密级的文件只能在涉密计算机上处理",
        "巡察反馈意见整改台账请各单位周五前报送",
    ],
)
def test_round13_secret_second_batch_lookalikes_stay_clean(text: str) -> None:
    assert "secret" not in rule_categories(text), text


@pytest.mark.parametrize("text", ["www.ⅰcbc.com.cn 网银登录", "请登录 ⅰcbc.com.cn", "𝐠ov.cn 登录"])
def test_a_letter_that_only_looks_ascii_disguises_the_address(text: str) -> None:
    assert "link:lookalike" in {f.rule for f in RULES.check(text, offtopic=False).findings}


@pytest.mark.parametrize(
    "text",
    ["网址是 www.icbc.com.cn", "第Ⅱ部分见 www.gov.cn", "①www.gov.cn 政务服务", "ⅰ www.gov.cn"],
)
def test_real_addresses_beside_list_marks_stay_clean(text: str) -> None:
    assert "link" not in rule_categories(text), text
