"""Secret markers in messages with the shipped policy: marks in brackets or as a file title,
graded marks, and a marked document photographed or forwarded to the group — but not the
保密 reminders and training notices that mention them, nor 秘密 in ordinary speech."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.policy.loader import load_policy

ROOT = Path(__file__).resolve().parents[3]
POLICY = load_policy(ROOT / "policies" / "default.toml")


def secret(text: str) -> list:
    return [f for f in POLICY.check(text, offtopic=False).findings if f.category == "secret"]


@pytest.mark.parametrize(
    "text",
    [
        # a mark in brackets, as the title of a document (brackets are gone after normalising)
        "【机密】2026年拟提拔干部名单.docx",
        "[绝密]关于调整领导班子的请示",
        "（秘密）会议纪要，大家先看看",
        "请查收：【机密】人事调整方案.pdf",
        "〔秘密〕关于2026年维稳工作的通知",
        "附件是（机密）干部考察材料",
        "【绝 密】名单.xlsx",
        "〖機密〗會議紀要",
        "[机密]2026年度考核结果.xlsx",
        "（绝密）张三同志考察报告.docx",
        "各位好，【秘密】2026年第三季度维稳形势分析.doc 请查收",
        "【机密】请各位领导审阅",
        # graded marks
        "机密级，请各位领导审阅",
        "绝密级文件，仅限局领导阅",
        "秘 密 级",
        "密级为秘密，请妥善保管",
        "秘密★1年",
        "秘密（★5年）",
        "绝密★启用前 2026年考试试卷",
        # a marked document photographed or forwarded to the group
        "文件右上角标的是“秘密”，我拍了发群里大家看看",
        "这份涉密文件我拍照发一下，大家抓紧学习",
        "上面写着绝密，我扫描了一下发给大家",
        "这是密级文件，我先拍照发群里",
        "盖着机密章的那份通知我截图发大家了",
        "这份密件我拍了照发群里",
        "这份文件是机密的，我拍照发群里了",
        "涉密材料我放群文件了",
        "标了秘密的会议纪要我拍照上传了",
        "这份涉密文件我不小心拍照发群里了",
        # a document pointed at and called classified; a mark closing a title
        "这份材料是机密，大家看完就删",
        "此件为秘密",
        "以下内容涉密，请勿转发",
        "这份名单属于机密，仅供参考",
        "关于调整班子的请示（机密）",
        "干部名单【绝密】",
    ],
)
def test_secret_marks_are_found(text: str) -> None:
    found = secret(text)
    assert found, text
    for f in found:
        assert 0 <= f.span[0] < f.span[1] <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        # reminders, rules and training
        "涉密文件一律不得在群内传输",
        "请勿在群内发送机密文件",
        "保密工作培训下周三举行，请派员参加",
        "严禁将涉密文件拍照发到工作群",
        "涉密文件不得拍照、截图、转发",
        "标有密级的文件不得拍照发群",
        "保密员提醒：标注“机密”的文件严禁拍照上传",
        "涉密文件拍照发群属于严重违规行为",
        "发现有人将机密文件拍照发群的，要严肃处理",
        "提醒：机密文件不要拍照发群里",
        "严禁在群内发布机密名单",
        "各位注意，涉密材料不得放到群文件",
        "涉密人员不得将机密级文件带回家",
        "机密级文件不得在群内传输",
        "秘密级以上文件须在涉密计算机上处理",
        "处理秘密级以上国家秘密的计算机要专机专用",
        "接触机密级国家秘密的人员要签订保密承诺书",
        "国家秘密的密级分为绝密、机密、秘密三级",
        "定密工作培训：绝密级、机密级、秘密级的确定",
        "保密培训明天下午开展，主题是国家秘密的范围",
        "关于开展保密宣传月活动的通知.docx",
        "国家秘密定密管理暂行规定.pdf",
        "商业秘密保护工作报告.docx",
        "数据机密性、完整性评估报告.docx",
        "保障数据的机密性、完整性和可用性",
        "涉密人员名单报保密办",
        "请用内网传输涉密文件",
        "按规定及时销毁过期的涉密载体",
        # ordinary speech and ordinary work
        "成功没有秘密，只有坚持",
        "这个秘密我们先不告诉孩子们",
        "保守工作秘密，人人有责",
        "秘密武器就是多练习",
        "他的秘密通知了大家吗",
        "机密性要求要落实到位",
        "杜绝密码泄露，定期修改密码",
        "请把会议纪要拍照发群里",
        "注意保存好签到表原件",
        "内部审计工作方案已印发",
        "请大家把通知发群里",
        "涉密文件属于国家秘密",
        "该涉密载体已销毁",
        "本单位涉密人员要参加培训",
        "保密工作要求：涉密信息不得转发",
        "以下内容涉及国家秘密的，严禁上网",
    ],
)
def test_reminders_and_ordinary_words_are_not_secret_marks(text: str) -> None:
    assert secret(text) == [], text


# -- round 6: marks written in other ways, documents described, reading restricted ---------------


@pytest.mark.parametrize(
    "text",
    [
        # the star spelt out, left out before a term, or typed as another symbol
        "这个是机密五角星的件，领导说先发给大家熟悉下",
        "绝密星号的那份通知在我这",
        "五角星机密 关于人事调整的说明",
        "机密 长期 的表格我用微信传给你了",
        "绝密永久，各位注意",
        "秘密*10年 先在群里传一下方便大家学习",
        # pinyin and initials, whole or mixed with characters; Chinese homophones
        "这个是mm文件，大家看完就删了吧",
        "nb资料，群里看看就行",
        "这个件是jm★的，我就不念了",
        "mi mi 文件，别截图出去",
        "机mi文件发群里了",
        "JM 人事安排表.xlsx",
        "机蜜文件，大家抓紧看",
        "鸡密★的材料",
        "内布资料，看看就行",
        # a photograph or scan of a marked document, described
        "发个红头文件照片，抬头是市委办公室，右上角盖着机密章",
        "拍了一张文件首页，上面印着秘密二字和编号，大家看下",
        "刚收到的传真，标题上写着“绝密”，我发下照片",
        "这是上午会上发的纸质材料，右上角有个“机密”，我拍下来了",
        "看下这个截图，文件编号下面写着秘密，别转",
        "会上发的材料标了内部，我拍照放群里了",
        "红头文件（机密）扫描版在群文件，自己下",
        # a document pointed at and called classified
        "这份考察材料是绝密的哈，领导让先在群里看一眼",
        "这份东西你们自己看看，是涉密的，不要往别处转",
        "这个是保密文件，看完就行，不要存",
        "这个是密件，大家注意",
        # restricted reading, internal documents and their abbreviations
        "此件不公开，仅供领导参阅",
        "此件不得上网，大家学习",
        "限阅：关于县委班子调整的意见",
        "注意：本文件仅限本群成员阅看",
        "这个是内参，你们看看就好",
        "纪委内部通报，只在这个群里发",
        "这是内部讲话稿，大家自己学习",
        "以下为内部传达件",
        "秘密件，请各位阅后退回原件",
        "领导参阅件，请勿转发",
        # labels, terms and file names
        "保密级别：机密",
        "密级：内部",
        "保密期限：长期 的那个会议纪要我传群文件了",
        "涉密-专项整治工作台账.xlsx 已上传群文件，请各位下载填写",
        "涉密会议纪要.jpg",
        "【密】干部任免建议名单.xls",
        "请看附件：机要文件扫描件（密）",
        # asked to keep it in: do not spread, screenshot, keep or pass on
        "nb资料，群里看看就行，不要扩散",
        "大家看完就删，别外泄",
        "纪委的通报，只在这里发，不要截图",
        "看后即删",
        "这份会议材料请注意保密",
    ],
)
def test_more_ways_of_marking_are_found(text: str) -> None:
    assert secret(text), text


@pytest.mark.parametrize(
    "text",
    [
        # questions and rules about marking
        "请问密级标识怎么标？秘密级的文件是标在左上角还是右上角？",
        "机密级、秘密级文件的保密期限分别是多少年？",
        "请问这个文件要不要标密级？",
        "密级标注在首页左上角，保密期限在密级之后",
        "保密期限从标明的制发日起计算",
        "保密期限届满的文件要及时解密",
        "文件要标注密级和保密期限",
        "标有秘密字样的文件严禁拍照",
        "凡是印有秘密字样的材料，都要交保密室",
        "这份文件是否涉密？",
        "该项目属于涉密项目，请按规定管理",
        "这个人是涉密人员，出国要报备",
        "这份通知不涉密，可以转发给村里",
        "这个文件打死也不能在群里发，注意保密",
        "保密培训时强调要注意保密",
        # refusing rumours and protecting personal data, not documents
        "这条消息不实，请不要扩散",
        "网传的视频是谣言，大家别截图转发",
        "注意保护个人信息，不要外泄",
        # ordinary words next to the marks
        "工会读书活动推荐《秘密花园》这本书",
        "这款相机的精度达到0.5mm级",
        "秘密星球主题展下周开幕",
        "内部审计报告已完成，请财务科对照整改",
        "内部通报批评一次",
        "部门内部分工调整如下：张三负责综合",
        "密云区调研报告.docx 已发邮箱",
        "密码重置说明.docx 请查收",
        "这是无限阅读会员卡",
        "请把涉密载体登记表交到保密办",
        "涉密计算机管理台账.xlsx 请各科室核对",
        "新入职人员保密教育培训课件.pptx 已上传",
        "大家看完文件记得签字，原件交回机要室",
        "扫描下方二维码激活医保电子凭证",
    ],
)
def test_questions_rules_and_ordinary_words_stay_clean(text: str) -> None:
    assert secret(text) == [], text


# -- leaks without a formal mark (fresh3 round) -------------------------------------------------


def categories(text: str) -> set[str]:
    return {f.category for f in POLICY.check(text, offtopic=False).findings}


@pytest.mark.parametrize(
    "text",
    [
        # 密件 / 密电 named as what is being passed on
        "这个别截图出去，是部里发下来的密件",
        "省厅转来的密件，我放群文件了",
        "这是市委办转来的密电，先发群里大家传阅",
        # 涉及国家秘密, then photographed, copied or posted
        "此件涉及国家秘密，我翻拍了几页，大家对照着写材料",
        "属于国家秘密的那份方案，我扫描了发群里",
        "里面有国家秘密的内容，我复印了一份放你桌上了",
        # telegrams from the 机要 office forwarded
        "这是机要室刚收的电报，我先转给大家看看",
        "机要局转来的明传电报，我拍了发群里",
        # （内部）after or before a title; 内部资料 (moved from the lexicon, homophones too)
        "刚拿到的党组会纪要（内部），先发群里大家学习",
        "常委会纪要（内部）已上传群文件",
        "【内部】干部调整方案，请查收",
        "（内部）关于2026年人员调整的通知",
        "那份内部资料我放群文件了",
        "內布資料，看完刪",
        # documents marked with a star
        "把那份带星号的文件发群里吧，反正群里都是自己人",
        "带五角星的那几份材料我都拍了",
        "档案室借出来的那本，封面有红章和星，我拍了目录页，大家看看需要哪份",
        # classified computers and the intranet copied out
        "你们要的那个预案我发你们邮箱了（外网的），原件在涉密机上，我对着屏幕拍的",
        "我对着屏幕拍的，原件在涉密机上",
        "涉密电脑里的材料我用手机拍下来了，发你们",
        "材料从内网拷出来了，用的私人U盘，文件名我改过，看不出来是什么，放心用",
        "用自己的U盘从涉密机上拷了一份，晚上在家改",
        # personnel and decisions not yet announced, passed on privately
        "收到。提前透个底，下周要宣布的任免名单我看到了，小王上了，先别声张",
        "这是上面刚下的人事调整名单，还没公布，大家心里有数就行",
        "刚开完会，书记讲的那几个人的处理意见我记下来了，还没上会定，先发你们几个看看",
        "拟提拔人选还没公示，我先透露一下，老李在里面",
        "巡察组的进驻安排我先拿到了，发你们看下，别说是我给的",
        # inspection, exam and tender material obtained in advance
        "明天检查组要查的点位和路线我提前拿到了，这是暗访方案原件，大家照着准备，千万别说是我发的",
        "暗访的时间和路线我打听到了，下周二来咱们镇，大家提前准备",
        "这次考试的题目我提前拿到了，需要的私聊",
        # documents of the 保密室 copied on the quiet
        "保密室调阅的那份文件我偷偷复印了一份，需要的说",
        "我在保密室拍了那份通报，发你们参考",
        "档案室借出来的文件我复印了几份，谁要找我",
    ],
)
def test_leaks_without_a_formal_mark_are_secret(text: str) -> None:
    assert "secret" in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        # rules reminders about 内部资料 ("不能" is no context cue) and other rules
        "按规定，内部资料不能往群里发，有需要请走OA流转",
        "内部文件不能往群里发，需要的找办公室登记",
        "按保密规定，内部材料不要在微信群里传",
        "内部资料费报销请附清单",
        "涉密文件一律不得在群内传输",
        "涉及国家秘密的文件严禁翻拍、复印",
        "涉及国家秘密的部分我已经删除了，发群里大家看",
        "这批材料不涉及国家秘密，可以公开",
        "严禁将涉密计算机中的文件拷贝到私人U盘",
        "内网文件拷出需要履行审批手续",
        "保密工作培训下周三举行，请派员参加",
        # 机要 routine
        "机要交通员明天上午来取件，请各科室备好需交换的文件",
        "电报请到机要室阅签，不得复印、拍照",
        "今天有两份密件，请相关领导到机要室阅签",
        "密件传递必须通过机要渠道，不得通过微信发送",
        "机要室已复印了十份，请各科室来领",
        "精密件加工车间今天停电检修",
        # 内部 as an ordinary word
        "内部审计报告已完成，请财务科对照整改",
        "会议纪要内部讨论后再印发",
        "方案内部我再看看",
        "内部人事制度改革方案征求意见",
        # stars that are no mark, IT trouble, the public side of personnel work
        "带星号的为必填项，请如实填写",
        "带★的为重点任务，请各单位优先推进",
        "加星标的邮件我转给你们了",
        "内网登录不了，我截图发群里大家帮看看",
        "涉密机坏了，我拍了报错截图发群里",
        "用私人U盘拷了几首歌，路上听",
        "关于2026年干部任前公示的公告：拟任职人员名单如下，公示期五个工作日",
        "人事调整名单还没公布，请大家耐心等待，不要打听",
        "考核结果还没公布，公布了我发你们",
        "名单还没公布，不便透露",
        "省里将开展明察暗访，请各单位做好日常工作",
        "暗访发现的问题清单已印发，请对照整改",
        "检查方案原件已归档",
        "我去档案室复印了户籍证明，给你们发过去",
        "档案室借阅的文件不得复印",
    ],
)
def test_rules_routine_and_public_personnel_work_are_not_secret(text: str) -> None:
    assert "secret" not in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        # exam papers and tender base prices before the exam or the opening
        "下周一的笔试题我这有一份，别问我哪来的",
        "面试的结构化题本我搞到了，发群里大家帮我想想",
        "医院这次竞聘的面试题目是主任出的，我偷偷拍了",
        "标底价我打听到了，报价往下压两个点",
        "底jia出来了，具体数字私聊",
        "统考的面试真题，考试还没结束呢，有人已经发出来了",
        # unreleased documents and lists, screenshotted into the group
        "红头文件还没正式下发，我先截个图给大家",
        "人选还没公示，名单我发你们看",
        "还没发文的人事调整，组织部截图在这",
        "拟提拔干部考察对象名单（未公示）.xlsx 大家看看",
        # marks written around a filter
        "秘☆密 会议纪要贴下面",
        "秘密✩ 全镇物资底数",
        "jue mi 的那份安保方案，我传群文件了",
        "蜜蜜级材料，别截图别转发",
        "m.m.级，关于检查发现问题的反馈",
        "涉mi材料一份：重点人员住址清单",
        "绝 密 资料，别问来源",
        "那份绝密的维稳方案大家看了没，没看的我再发一遍",
        "机密的星号我改成☆发的，怕被拦",
        # a mark in quotes is still a mark when the message posts the document
        "附件是会上发的材料原件，封面印着“秘密”两个字，我拍照发一下，做好稳控",
    ],
)
def test_round10_leaks_are_secret(text: str) -> None:
    assert "secret" in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "转发市保密局通报：某单位工作人员将内部文件截图外传至微信群，已被给予党内警告处分",
        "工作群里只发公开信息，内部资料走OA，这是今年的纪律要求",
        "内部讨论稿先不发群里了，定稿后统一下发",
        "请各位不要把工作群内容截图外传",
        "这个文件是机密级的，纸质版在机要室，需要的去登记查阅，群里不发",
        "涉密文件拍照发群属于严重违规行为",
        "提醒：机密文件不要拍照发群里",
        "“机密”两个字不是随便标的，定密要按程序来",
        "网传高考试题泄露系谣言，请以官方发布为准",
        "试题泄露案已查处，相关人员被处分",
        "值班名单还没发，谁有截图给我一下",
        "文件还没印发，先发给大家征求意见",
        "拍卖底价出来了吗",
    ],
)
def test_round10_reports_rules_and_routine_are_not_secret(text: str) -> None:
    assert "secret" not in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the mark of a public document, a computer, a quiz answer on time limits, group rules
        "文件右上角标注“此件公开发布”，可以转发",
        "涉密电脑报废要交保密局统一销毁，不能当废品卖",
        "答：绝密级一般不超过30年，机密级不超过20年，秘密级不超过10年",
        "群规第三条：涉密内容、内部资料一律不在本群讨论，请大家遵守",
        "绝对不能在群里发密件，这是底线",
    ],
)
def test_round12_rules_and_public_marks_are_not_secret(text: str) -> None:
    assert "secret" not in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "此件不公开，大家看看就行",
        "是部里发下来的密电，我放群文件了",
        "绝密级的，看完就删",
    ],
)
def test_round12_guards_leave_real_marks_alone(text: str) -> None:
    assert "secret" in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "还没公布的中标结果：第二标段是恒泰建设，群里就先说一声",
        "谁把昨天那份绝密的传一下，我电脑上找不到了",
        "急！谁手上有市委巡察反馈的原件？标着秘密的那个，发我一下，明天要用",
        "麻烦把明天的考试卷子先发群里，我们监考组好准备",
        "标底价我问到了，2150万上下浮动不超3%，你们报价往这靠",
        "明天环保突击检查的企业名单提前发一下：宏达化工、利民塑料，别提前通知企业啊",
        "常委会已经定了，拆迁补偿标准每平方比原来少200，先不要对外讲",
        "党委会记录：关于老李处分问题，原则同意给予记过处分（未公开，勿传）",
        "举报人的姓名和电话我贴一下，你们私下找他做做工作",
        "我把文件的密级那行删了，内容直接复制过来：关于重点工程应急保障的部署",
        "学校期末试卷_考前版_七年级数学.docx",
        "待印发红头文件_关于机构编制调整.pdf",
        "内部★ 领导班子民主生活会对照检查材料汇总.docx",
        "N B★ 文件：派出所警力部署调整",
        "绝/密 的那个方案我放共享盘了，自己去拿",
        "绝//密 的会议材料我放群文件了，解压密码是我生日",
    ],
)
def test_round12_leaks_are_secret(text: str) -> None:
    assert "secret" in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "请各位不要把工作群内容截图外传，尤其是还没公开的人事信息",
        "提醒：把“秘密”写成拼音或者加空格发到群里，同样属于违规",
        "考核结果还没公布，公布了我第一时间转给大家",
        "谁需要机密级的那份方案，请到机要室登记查阅，群里不发",
        "工作方案（讨论稿）.docx 请各科室提修改意见",
        "网传高考试题泄露系谣言，请以官方发布为准",
        "市里将抽查部分单位的安全生产台账，请各单位先做准备",
        "党委会精神传达：请各支部认真学习，会议纪要已印发",
        "要保护举报人信息，严禁泄露举报人姓名和电话",
    ],
)
def test_round12_rules_and_routine_stay_clean(text: str) -> None:
    assert "secret" not in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        # round 16 (ordinary messages by new writers): routine 机要 work, destruction rules, and
        # talk about the marking itself
        "上级来的机密件今天到，局长办公室安排个时间到机要室阅文。",
        "涉密载体销毁统一送销毁中心，绝密件不要自行用碎纸机处理。",
        "关于“内部资料”标识的使用，市局要求按保密办新规执行，不确定密级的先问保密员。",
        "考察谈话推荐结果属于机密，材料用完统一收回。",  # round 17: handling of the papers
    ],
)
def test_round16_routine_and_rules_are_not_secret(text: str) -> None:
    assert "secret" not in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        # 机密件 and 绝密件 left the word list for the 密件 rule: leaks of one are still found
        "这份机密件我拍了几页，发群里大家先看",
        "绝密件我扫描了，放群文件了",
        "内部资料，注意保密，大家看看就行",
        "这是内部资料，先别外传",
    ],
)
def test_round16_guards_leave_real_marks_alone(text: str) -> None:
    assert "secret" in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        # round 18: rules about the marks, and the 机要 routine of marked papers
        "凡标注“秘密★1年”的文件一律走机要渠道，不准拍照发群，违者追责",
        "标有“机密★”字样的文件严禁拍照上传",
        "“秘密”级文件清退工作下周开始，请各科室清点持有文件数量，只报数量不报内容",
        "机密级文件年底前统一销毁，销毁前先登记",
    ],
)
def test_round18_rules_about_marks_are_not_secret(text: str) -> None:
    assert "secret" not in categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the same marks applied to what is being shared
        "秘密★1年 关于调整班子的通知，不得外传",
        "文件标注秘密★1年，大家先看看",
        "这份是机密★5年的方案，我拍照发群里了",
        "机密级，请各位领导审阅",
        "秘密级文件清单我发群里了",
    ],
)
def test_round18_guards_leave_applied_marks_alone(text: str) -> None:
    assert "secret" in categories(text), text
