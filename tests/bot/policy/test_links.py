import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.policy.links import LinkChecker

ALLOW = ["gov.cn", "people.com.cn", "xinhuanet.com", "qq.com"]
DENY = ["evil-lottery.com", "bad.example.net"]
SUSPICIOUS = ["top", "xyz", "icu", "click", "loan", "vip", ".work"]
SHORT = ["t.cn", "dwz.cn", "url.cn", "suo.im", "bit.ly", "tinyurl.com", "is.gd"]
BLOCK = ["apk", "exe", ".bat", "msi", "ipa"]


@pytest.fixture(scope="module")
def lc() -> LinkChecker:
    return LinkChecker(
        allow_domains=ALLOW,
        deny_domains=DENY,
        suspicious_tlds=SUSPICIOUS,
        short_link_domains=SHORT,
        block_extensions=BLOCK,
    )


def one(lc: LinkChecker, text: str):
    found = lc.check(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "rule", "covered", "term"),
    [
        ("点击gov-cn.top领取补贴", "link:lookalike", "gov-cn.top", "gov-cn.top"),
        (
            "登录www.icbc-login.xyz/verify?id=1，核验账户",
            "link:lookalike",
            "www.icbc-login.xyz/verify?id=1",
            "www.icbc-login.xyz",
        ),
        (
            "https://alipay-refund.com/a 退款",
            "link:lookalike",
            "https://alipay-refund.com/a",
            "alipay-refund.com",
        ),
        ("通知见hubei-gov.net", "link:lookalike", "hubei-gov.net", "hubei-gov.net"),
        (
            "https://www.gov.cn@evil.top/login",
            "link:lookalike",
            "https://www.gov.cn@evil.top/login",
            "evil.top",
        ),
        ("详见https://t.cn/A6xYz9Q）", "link:short", "https://t.cn/A6xYz9Q", "t.cn"),
        ("打开 bit.ly/3abcDEF 看看", "link:short", "bit.ly/3abcDEF", "bit.ly"),
        ("http://dwz.cn/abc。", "link:short", "http://dwz.cn/abc", "dwz.cn"),
        (
            "下载 http://example.com/files/app-release.apk",
            "link:download",
            "http://example.com/files/app-release.apk",
            "example.com",
        ),
        (
            "example.com/setup.EXE?from=qq",
            "link:download",
            "example.com/setup.EXE?from=qq",
            "example.com",
        ),
        ("http://121.40.8.9:8080/index", "link:ip", "http://121.40.8.9:8080/index", "121.40.8.9"),
        ("见 10.1.2.3/oa/login", "link:ip", "10.1.2.3/oa/login", "10.1.2.3"),
        ("领取 lucky-draw.click", "link:suspicious_tld", "lucky-draw.click", "lucky-draw.click"),
        ("WWW.FREE-GIFT.VIP", "link:suspicious_tld", "WWW.FREE-GIFT.VIP", "www.free-gift.vip"),
        ("http://evil-lottery.com", "link:deny", "http://evil-lottery.com", "evil-lottery.com"),
        ("x.bad.example.net/p", "link:deny", "x.bad.example.net/p", "x.bad.example.net"),
        ("ｇｏｖ－ｃｎ．ｔｏｐ", "link:lookalike", "ｇｏｖ－ｃｎ．ｔｏｐ", "gov-cn.top"),
        ("访问gov-cn。top／abc", "link:lookalike", "gov-cn。top／abc", "gov-cn.top"),
        (
            "ｈｔｔｐｓ：／／ｔ．ｃｎ／ａｂｃ",
            "link:short",
            "ｈｔｔｐｓ：／／ｔ．ｃｎ／ａｂｃ",
            "t.cn",
        ),
        ("请注意。gov-cn.top是假网站", "link:lookalike", "gov-cn.top", "gov-cn.top"),
        ("(http://1.2.3.4/x.apk)", "link:download", "http://1.2.3.4/x.apk", "1.2.3.4"),
    ],
)
def test_bad_links(lc: LinkChecker, text: str, rule: str, covered: str, term: str) -> None:
    f = one(lc, text)
    assert f.category == "link"
    assert f.rule == rule
    assert text[f.span[0] : f.span[1]] == covered
    assert f.term == term
    assert f.detail


def test_worst_rule_wins_and_detail_lists_every_reason(lc: LinkChecker) -> None:
    f = one(lc, "gov-cn.top/app.apk")
    assert f.rule == "link:download"
    assert f.severity == "high"
    assert "仿冒" in f.detail
    assert "可疑顶级域名" in f.detail
    assert "gov" in f.detail


def test_private_ip_is_low(lc: LinkChecker) -> None:
    assert one(lc, "http://192.168.1.10/oa").severity == "low"
    assert one(lc, "http://8.8.8.8/").severity == "medium"


def test_several_links(lc: LinkChecker) -> None:
    text = "官网 www.gov.cn，别点 t.cn/abc 和 gov-cn.top，也别点 http://1.1.1.1/"
    assert [f.rule for f in lc.check(text)] == ["link:short", "link:lookalike", "link:ip"]


@pytest.mark.parametrize(
    "text",
    [
        "请访问http://www.hubei.gov.cn/zwgk/index.html查看通知。",
        "详见 https://www.gov.cn/zhengce/content/2026-11/22/content_123.htm",
        "湖北省人民政府门户网站www.hubei.gov.cn",
        "政策解读 gov.cn/zhengce。",
        "人民网 http://politics.people.com.cn/n1/2026/1122/c1001-123.html",
        "新华网 www.xinhuanet.com/politics/",
        "腾讯文档 https://docs.qq.com/sheet/DUkVabc，请填写",
        "公众号文章 https://mp.weixin.qq.com/s/AbCdEf",
        "官方下载 https://www.gov.cn/app/gwy.apk",
        "工行官网 https://www.icbc.com.cn/",
        "12306.cn 购票",
        "英国政府 https://www.gov.uk/",
        "普通网站 https://www.example.com/a/b",
        "邮箱 bgs@gov-cn.top 或 zhang.san@icbc-login.xyz",
    ],
)
def test_allowed_or_harmless_links(lc: LinkChecker, text: str) -> None:
    assert lc.check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "系统版本v1.2，下一版v2.3.1将于下周发布。",
        "下达资金3.5万元，增长12.5%。",
        "见图1.jpg和附件报告.docx、工作要点.pdf、report.docx、data.xlsx。",
        "请各单位于11.22前报送，联系电话0714-6351234。",
        "根据鄂政办发〔2026〕12号文件精神。会议在3楼302室。",
        "第3.1.2条规定如下：……",
        "Dr.Wang和Mr.Li参会。OK。收到PPT。Thanks.",
        "请大家注意安全。明天见。",
        "IP地址192.168.1.1需要备案",
        "脚本 main.py 和 readme.md 已更新",
        "",
    ],
)
def test_work_messages_have_no_links(lc: LinkChecker, text: str) -> None:
    assert lc.check(text) == []


def test_allow_wins_unless_deny_is_more_specific() -> None:
    lc = LinkChecker(
        allow_domains=["qq.com"],
        deny_domains=["spam.qq.com"],
        suspicious_tlds=[],
        short_link_domains=[],
        block_extensions=[],
    )
    assert lc.check("https://docs.qq.com/x") == []
    assert one(lc, "https://a.spam.qq.com/x").rule == "link:deny"


def test_bare_domain_with_configured_tld_is_a_link() -> None:
    lc = LinkChecker(
        allow_domains=[],
        deny_domains=["scam.zip"],
        suspicious_tlds=["mov"],
        short_link_domains=[],
        block_extensions=[],
    )
    assert one(lc, "看 scam.zip").rule == "link:deny"
    assert one(lc, "看 movie.mov").rule == "link:suspicious_tld"
    assert lc.check("附件 data.zip") == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_text_never_raises(text: str) -> None:
    lc = LinkChecker(
        allow_domains=ALLOW,
        deny_domains=DENY,
        suspicious_tlds=SUSPICIOUS,
        short_link_domains=SHORT,
        block_extensions=BLOCK,
    )
    for f in lc.check(text):
        assert 0 <= f.span[0] < f.span[1] <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="请点击链接领取补贴，。：！ 的了", max_size=10),
    st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8})?", fullmatch=True),
    st.sampled_from(["top", "xyz", "icu", "vip"]),
    st.sampled_from(["", "/", "/a1", "/x?y=1"]),
    st.text(alphabet="请点击链接领取补贴，。：！ 的了", max_size=10),
)
def test_generated_suspicious_links_are_found(before, label, tld, path, after) -> None:
    lc = LinkChecker(
        allow_domains=ALLOW,
        deny_domains=DENY,
        suspicious_tlds=SUSPICIOUS,
        short_link_domains=SHORT,
        block_extensions=BLOCK,
    )
    url = f"{label}.{tld}{path}"
    text = before + url + after
    f = one(lc, text)
    assert f.span == (len(before), len(before) + len(url))
    assert f.term == f"{label}.{tld}"
