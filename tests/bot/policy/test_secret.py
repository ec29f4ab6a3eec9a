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
