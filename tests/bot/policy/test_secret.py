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
