import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.policy.files import DEFAULT_BLOCK_EXTENSIONS, DEFAULT_SECRET_MARKERS, check_file_name

BLOCK = ["exe", "apk", ".bat", "MSI", "scr", "lnk"]


def check(name: str):
    return check_file_name(name, block_extensions=BLOCK)


@pytest.mark.parametrize(
    ("name", "term"),
    [
        ("安装包.apk", ".apk"),
        ("setup.EXE", ".exe"),
        ("补贴申领工具.msi", ".msi"),
        ("报告.pdf.exe", ".exe"),
        ("2026年工作要点.docx.scr", ".scr"),
        ("通知.bat", ".bat"),
        ("快捷方式.lnk", ".lnk"),
        ("报告.exe.", ".exe"),
        ("报告.exe  ", ".exe"),
        ("名单.pdf   .exe", ".exe"),
        ("ｔｏｏｌ．ＥＸＥ", ".exe"),
        ("C:\\Users\\a\\Desktop\\报告.exe", ".exe"),
    ],
)
def test_blocked_types(name: str, term: str) -> None:
    [f] = check(name)
    assert f.category == "link"
    assert f.rule == "file:blocked_type"
    assert f.span == (0, len(name))
    assert f.term == term
    assert f.severity == "high"


def test_double_extension_is_called_a_disguise() -> None:
    [f] = check("报告.pdf.exe")
    assert "伪装" in f.detail
    assert ".pdf.exe" in f.detail


def test_direction_override_is_blocked() -> None:
    [f] = check("报告\u202efdp.exe")  # really .exe
    assert f.rule == "file:blocked_type"
    [g] = check("发票\u202eexe.pdf")  # shown as 发票fdp.exe
    assert g.rule == "file:blocked_type"
    assert "方向" in g.detail


@pytest.mark.parametrize(
    ("name", "marker"),
    [
        ("机密★关于印发某某方案的通知.docx", "机密★"),
        ("绝密★长期 某某材料.pdf", "绝密★长期"),  # the term is part of the mark
        ("秘密★1年 会议纪要.doc", "秘密★1年"),
        ("【内部资料】2026年工作要点.pdf", "内部资料"),
        ("内部文件-请勿外传.docx", "内部文件-请勿外传"),
        ("（注意保密）人员名单.xlsx", "注意保密"),
        ("人员名单（注意保管）.xlsx", "注意保管"),
        ("绝 密 ★ 材料.pdf", "绝 密 ★"),
        ("★重要★通知.docx", "★"),
    ],
)
def test_secret_markers(name: str, marker: str) -> None:
    found = [f for f in check(name) if f.category == "secret"]
    assert found
    f = found[0]
    assert f.rule == "file:secret_marker"
    assert name[f.span[0] : f.span[1]] == marker
    assert f.term == marker
    assert f.detail


def test_secret_severity() -> None:
    [f] = check("机密★通知.docx")
    assert f.severity == "high"
    [g] = check("【内部资料】要点.pdf")
    assert g.severity == "medium"


def test_secret_marker_and_blocked_type_together() -> None:
    found = check("机密★名单.pdf.exe")
    assert sorted(f.rule for f in found) == ["file:blocked_type", "file:secret_marker"]


@pytest.mark.parametrize(
    "name",
    [
        "关于做好2026年度工作的通知.docx",
        "鄂政办发〔2026〕12号.pdf",
        "关于保守国家秘密的规定解读.pdf",
        "会议照片.jpg",
        "汇总表v1.2.xlsx",
        "exe使用说明.docx",
        "apk",
        "报告.",
        "",
        ".",
        "....",
        "压缩包.zip",
    ],
)
def test_ordinary_files(name: str) -> None:
    assert check(name) == []


def test_custom_markers_and_defaults() -> None:
    assert check_file_name(
        "仅供领导参阅.docx", block_extensions=[], secret_markers=["仅供领导参阅"]
    )
    assert check_file_name("机密★.docx", block_extensions=[], secret_markers=[]) == []
    assert "apk" in DEFAULT_BLOCK_EXTENSIONS
    assert "秘密★" in DEFAULT_SECRET_MARKERS
    [f] = check_file_name("a.apk", block_extensions=DEFAULT_BLOCK_EXTENSIONS)
    assert f.rule == "file:blocked_type"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.lists(st.text(max_size=5), max_size=5))
def test_arbitrary_names_never_raise(name: str, markers: list[str]) -> None:
    for f in check_file_name(name, block_extensions=BLOCK, secret_markers=markers):
        assert 0 <= f.span[0] < f.span[1] <= len(name)
    for f in check(name):
        assert 0 <= f.span[0] < f.span[1] <= len(name)


@pytest.mark.parametrize(
    ("name", "marker"),
    [
        ("（秘密）会议纪要.docx", "（秘密）"),
        ("[秘密]名单.xlsx", "[秘密]"),
        ("〔 秘 密 〕关于维稳工作的通知.pdf", "〔 秘 密 〕"),
        ("【秘密】2026年考核结果.xlsx", "【秘密】"),
        ("秘密级会议纪要.pdf", "秘密级"),
        ("秘密（★1年）纪要.doc", "秘密（★1年"),
        ("【机密】拟任职人选名单.docx", "机密"),
    ],
)
def test_bracketed_and_graded_secret_markers(name: str, marker: str) -> None:
    [f] = check(name)
    assert (f.rule, f.term, f.severity) == ("file:secret_marker", marker, "high")
    assert name[f.span[0] : f.span[1]] == marker


@pytest.mark.parametrize(
    "name",
    [
        "《秘密》读后感.docx",  # a book title, not a classification
        "成功没有秘密.pptx",
        "杜绝密码泄露宣传.pdf",
        "数据机密性评估报告.docx",
        "处理秘密级以上国家秘密的计算机管理办法.pdf",
        "机密级以上载体清单.xlsx",
        "关于保守国家秘密的规定解读.pdf",
    ],
)
def test_words_around_secret_markers_are_not_markers(name: str) -> None:
    assert check(name) == []


def test_a_custom_marker_in_brackets_matches_any_brackets() -> None:
    markers = ["【内部】"]
    [f] = check_file_name("(内部)名单.docx", block_extensions=[], secret_markers=markers)
    assert f.term == "(内部)"
    [g] = check_file_name("［内 部］名单.docx", block_extensions=[], secret_markers=markers)
    assert g.term == "［内 部］"
    assert check_file_name("内部名单.docx", block_extensions=[], secret_markers=markers) == []


@pytest.mark.parametrize(
    ("name", "marker", "severity"),
    [
        # a term with the star left out or typed as an asterisk; a hollow star
        ("秘密 1年 会议纪要.doc", "秘密 1年", "high"),
        ("秘密*10年 名单.pdf", "秘密*10年", "high"),
        ("机密★长期.pdf", "机密★长期", "high"),
        ("秘密☆3年.doc", "秘密☆3年", "high"),
        # pinyin initials; 涉密 and 内参 in a document's own name; marks in brackets
        ("JM-人事安排.xlsx", "JM", "high"),
        ("涉密-专项整治工作台账.xlsx", "涉密", "high"),
        ("涉密会议纪要.jpg", "涉密", "high"),
        ("省委内参第12期.pdf", "内参", "medium"),
        ("【密】干部任免建议名单.xls", "【密】", "high"),
        ("（涉密）会议纪要.jpg", "（涉密）", "high"),
        ("[内部]通讯录.xlsx", "[内部]", "medium"),
        # restricted reading
        ("此件不公开 通知.pdf", "此件不公开", "medium"),
        ("内部明电第3号.pdf", "内部明电", "medium"),
    ],
)
def test_round6_secret_markers_in_file_names(name: str, marker: str, severity: str) -> None:
    [f] = check(name)
    assert (f.rule, f.term, f.severity) == ("file:secret_marker", marker, severity)
    assert name[f.span[0] : f.span[1]] == marker


@pytest.mark.parametrize(
    "name",
    [
        # registers and rules of the 保密 office, training, ordinary words
        "涉密人员名单.xlsx",
        "涉密载体管理台账.xlsx",
        "涉密文件管理办法.pdf",
        "非涉密计算机清单.xlsx",
        "关于开展涉密人员保密教育的通知.docx",
        "保密工作培训.pptx",
        "相机内参数标定.docx",
        "jpm.xlsx",
        "钢管30mm规格.xlsx",
        "2025年秘密花园读书会.docx",
        "局内部通讯录.xlsx",
    ],
)
def test_round6_ordinary_file_names(name: str) -> None:
    assert check(name) == []


def test_patterns_can_be_switched_off() -> None:
    assert check_file_name("JM-名单.xlsx", block_extensions=[], secret_patterns=()) == []
    assert check_file_name("JM-名单.xlsx", block_extensions=[])
