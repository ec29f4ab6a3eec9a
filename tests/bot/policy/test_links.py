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
        ("见 47.96.1.3/oa/login", "link:ip", "47.96.1.3/oa/login", "47.96.1.3"),
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


def test_intranet_addresses_are_ordinary_it_work(lc: LinkChecker) -> None:
    # the OA system, a printer, a file server: reported only for another reason
    assert lc.check("OA系统内网地址 http://10.1.2.3:8080 请在单位电脑上访问") == []
    assert lc.check("打印机 http://192.168.1.200/ 连不上的重新添加") == []
    assert lc.check("本机调试 http://127.0.0.1:8000/api") == []
    assert lc.check("见 172.16.5.10/share/通知") == []
    f = one(lc, "考勤插件 http://192.168.3.8:8080/kaoqin.exe 装完重启")
    assert (f.rule, f.severity) == ("link:download", "high")
    assert one(lc, "http://8.8.8.8/").severity == "medium"
    assert one(lc, "http://172.32.0.1/login").rule == "link:ip"  # not a private range


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


# -- links written apart, look-alike names of agencies, banks and carriers -------------------------


@pytest.mark.parametrize(
    ("text", "rule", "covered", "term"),
    [
        # a space or symbol between every character
        (
            "积分兑换请访问 h t t p : / / t . c n / A 6 K p 2",
            "link:obfuscated",
            "h t t p : / / t . c n / A 6 K p 2",
            "t.cn",
        ),
        (
            "登录 1 0 0 8 6 - j f . c n 兑换积分",
            "link:lookalike",
            "1 0 0 8 6 - j f . c n",
            "10086-jf.cn",
        ),
        (
            "w w w . i c b c - c n . v i p",
            "link:lookalike",
            "w w w . i c b c - c n . v i p",
            "www.icbc-cn.vip",
        ),
        (
            "h-t-t-p-:-/-/-t-.-c-n-/-a-b-c",
            "link:obfuscated",
            "h-t-t-p-:-/-/-t-.-c-n-/-a-b-c",
            "t.cn",
        ),
        (
            "h·t·t·p·:·/·/·t·.·c·n·/·a·b 领取",
            "link:obfuscated",
            "h·t·t·p·:·/·/·t·.·c·n·/·a·b",
            "t.cn",
        ),
        (
            "ｈ ｔ ｔ ｐ ： ／ ／ ｂｉｔ．ｌｙ／３Ｑｘ９ 领取补助",
            "link:obfuscated",
            "ｈ ｔ ｔ ｐ ： ／ ／ ｂｉｔ．ｌｙ／３Ｑｘ９",
            "bit.ly",
        ),
        (
            "h🔥t🔥t🔥p🔥:🔥/🔥/🔥8🔥.🔥8🔥.🔥4🔥.🔥4🔥/🔥a",
            "link:obfuscated",
            "h🔥t🔥t🔥p🔥:🔥/🔥/🔥8🔥.🔥8🔥.🔥4🔥.🔥4🔥/🔥a",
            "8.8.4.4",
        ),
        (
            "下载 h t t p : / / x z . e x a m p l e . c o m / a p p . a p k",
            "link:download",
            "h t t p : / / x z . e x a m p l e . c o m / a p p . a p k",
            "xz.example.com",
        ),
        ("s u o . i m / 6 p K x 查看名单", "link:obfuscated", "s u o . i m / 6 p K x", "suo.im"),
        # 点 / dot / [.] / middle dot for the dot
        ("解冻请登录 icbc-cn点vip", "link:lookalike", "icbc-cn点vip", "icbc-cn.vip"),
        ("登录 ccb-e 点 top 核验身份", "link:lookalike", "ccb-e 点 top", "ccb-e.top"),
        ("网址：sbk-bt dot com 领取补贴", "link:lookalike", "sbk-bt dot com", "sbk-bt.com"),
        ("领取补贴：dwz(点)cn/8Kq2Xz", "link:obfuscated", "dwz(点)cn/8Kq2Xz", "dwz.cn"),
        ("工行网银升级：icbc-cn[.]vip", "link:lookalike", "icbc-cn[.]vip", "icbc-cn.vip"),
        ("icbc-cn·vip 登录", "link:lookalike", "icbc-cn·vip", "icbc-cn.vip"),
        ("icbc-cn˙vip 登录", "link:lookalike", "icbc-cn˙vip", "icbc-cn.vip"),
        ("www点example点com", "link:obfuscated", "www点example点com", "www.example.com"),
        # removal hints inside the address; Chinese stuffed in when told to remove it
        (
            "积分兑换 t(去掉).cn/A7mQ3 复制到浏览器打开",
            "link:obfuscated",
            "t(去掉).cn/A7mQ3",
            "t.cn",
        ),
        ("补贴名单 t（去掉）.cn/R9xPq", "link:obfuscated", "t（去掉）.cn/R9xPq", "t.cn"),
        (
            "领取医保补贴：www.ybj删除-hb.com（删除中文后复制到浏览器打开）",
            "link:lookalike",
            "www.ybj删除-hb.com",
            "www.ybj-hb.com",
        ),
        ("个税退税入口 etax-去掉gd.com", "link:lookalike", "etax-去掉gd.com", "etax-gd.com"),
        (
            "网址 www.icbc中国-cn.vip 去掉中文后打开",
            "link:lookalike",
            "www.icbc中国-cn.vip",
            "www.icbc-cn.vip",
        ),
    ],
)
def test_links_written_apart(
    lc: LinkChecker, text: str, rule: str, covered: str, term: str
) -> None:
    f = one(lc, text)
    assert (f.category, f.rule) == ("link", rule)
    assert text[f.span[0] : f.span[1]] == covered
    assert f.term == term
    assert f.severity == "high"
    assert "拆写" in f.detail or rule == "link:lookalike"


def test_detail_says_the_link_was_written_apart(lc: LinkChecker) -> None:
    f = one(lc, "请访问 h t t p : / / t . c n / A 6 K p 2")
    assert f.detail == "拆写、变形以躲避检测的链接；短链接，真实地址被隐藏"
    g = one(lc, "登录 icbc-cn点vip")
    assert g.detail.split("；") == [
        "疑似仿冒政府、银行或平台的域名（含“icbc”）",
        "拆写、变形以躲避检测的链接",
        "可疑顶级域名",
    ]


def test_one_stray_space_is_enough_only_with_a_strong_reason(lc: LinkChecker) -> None:
    assert one(lc, "登录 icbc-cn .vip 核验").rule == "link:lookalike"
    assert one(lc, "t . cn/abc 领取").rule == "link:short"
    # a space after a full stop is prose, not a trick: no reason of its own
    assert lc.check("OK. Top priority is safety.") == []


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        # service numbers, agency initials and bank abbreviations joined to another part
        ("电信积分兑换现金即将过期 10000-jf.cn", "10000"),
        ("医保卡年审请登录 ybj-hb.com", "ybj"),
        ("请登录 ybj-hb.com", "ybj"),
        ("人社局就业补贴申领 rsj-sx.com", "rsj"),
        ("公积金提取 gjj-tq.com", "gjj"),
        ("请登录 icbc95588.com 兑换", "icbc"),
        ("额度提升 cmb-vip.cn", "cmb"),
        ("农业银行 abc-kb.cn 更新", "abc"),
        ("退税入口 etax-gd.com", "etax"),
        ("联通话费 10010-jf.com", "10010"),
        ("移动积分 www.10086-jf.com", "10086"),
        ("养老金 12333-bt.com", "12333"),
        ("ETC停用 etc-rz.cn", "etc"),
        ("电子社保卡 shebao-rz.com", "shebao"),
        ("中国银行 boc95566.com 解除冻结", "boc"),
        ("建行 ccb1.cn", "ccb"),
        ("湖北医保局通知：请登录 hbybj.com 办理", "ybj"),
        ("中国移动 chinamobile-jf.net", "chinamobile"),
    ],
)
def test_lookalike_names_of_agencies_banks_and_carriers(
    lc: LinkChecker, text: str, keyword: str
) -> None:
    f = one(lc, text)
    assert f.rule == "link:lookalike"
    assert f"（含“{keyword}”）" in f.detail


def test_a_name_on_its_own_needs_a_lure_or_a_suspicious_tld(lc: LinkChecker) -> None:
    # ybj.com alone might be anything; with the agency named or a lure word it is bait
    assert lc.check("详见 ybj.com 说明") == []
    assert one(lc, "医保局通知：请登录 ybj.com 办理").rule == "link:lookalike"
    assert one(lc, "个人账户即将清零，请登录 ybj.com").rule == "link:lookalike"
    assert "（含“ybj”）" in one(lc, "详见 ybj.top").detail
    # initials of the lure itself (jf 积分, dh 兑换) only next to the lure
    assert lc.check("请登录 jf-dh.com 查看") == []
    assert one(lc, "积分即将清零，请登录 jf-dh.com 兑换").rule == "link:lookalike"
    assert one(lc, "您的积分即将过期 jfdh-cn.com").rule == "link:lookalike"


@pytest.mark.parametrize(
    "text",
    [
        "请登录 www.chinatax.gov.cn 办理个税退税",
        "中国移动官网 www.10086.cn 可以查询积分兑换",
        "工商银行官网 www.icbc.com.cn，账户冻结请到柜台办理解除",
        "购票请登录 12306.cn 或使用铁路12306 App",
        "个税退税请以 etax.chinatax.gov.cn 为准",
        "国家医保服务平台 fuwu.nhsa.gov.cn 可查询个人账户",
        "全国12315平台 www.12315.cn 可以在线投诉",
        "联通官网 www.10010.com 可以办理，积分即将清零",
        "湖北人社 rst.hubei.gov.cn 补贴申领入口",
        "医保局网址 ybj.hubei.gov.cn 领取补贴",
        "中国电信 189.cn 查询话费积分",
        "网址 www . hubei . gov . cn 查看通知",
        "登录 h t t p s : / / w w w . g o v . c n 查看",
        "www 点 gov 点 cn",
        "顺丰官网 sf-express.com 查询快递理赔",
    ],
)
def test_real_domains_of_agencies_and_brands_are_fine(lc: LinkChecker, text: str) -> None:
    assert lc.check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "下午3点半开会，PPT点开第5页看一下",
        "系统版本 v 1 . 2 . 3 已发布，请更新",
        "版本 1 . 2 . 3 . 4",
        "Dr. Wang 下午到，请接待",
        "XX Tech. Co. Ltd. 来访",
        "Huawei Technologies Co., Ltd. 的工程师明天到",
        "I am at home. See you at 3 p.m.",
        "会议号 123 456 789，密码 6 6 8 8",
        "A点B点都要设置检查点，C点领取物资",
        "请删除群内的陌生链接，不要复制到浏览器打开",
        "请各单位于 11 . 25 前报送，逾期清零",
        "请使用 WPS 点 文件 菜单另存为",
        "扫码登录 OA 系统点击审批，网址见群公告",
        "系统 v2.0 点击下载",
        "第 1 、 2 、 3 、 4 条",
        "张三·李四、阿卜杜·热西提同志",
        "第1·2·3条",
        "请把 a.docx 和 b.xlsx 发我，去掉中文文件名",
        "会议纪要（去掉）后再发",
        "材料发我邮箱 zhangwei88 at 163 dot com",
        "问卷链接 https://www.wjx.cn/vm/abc12.aspx 复制到浏览器打开填写",
    ],
)
def test_ordinary_text_is_not_a_link_written_apart(lc: LinkChecker, text: str) -> None:
    assert lc.check(text) == []


def test_plain_and_written_apart_links_in_one_message(lc: LinkChecker) -> None:
    text = "官网 www.gov.cn，别点 t . c n / abc，也别点 i c b c - c n 点 vip 和 bit.ly/x"
    found = lc.check(text)
    assert [f.term for f in found] == ["t.cn", "icbc-cn.vip", "bit.ly"]
    assert [text[s:e] for s, e in (f.span for f in found)] == [
        "t . c n / abc",
        "i c b c - c n 点 vip",
        "bit.ly/x",
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="请点击链接领取补贴，。！ 的了", max_size=10),
    st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8})?", fullmatch=True),
    st.sampled_from(["top", "xyz", "icu", "vip"]),
    st.sampled_from(["", "/", "/a1", "/x?y=1"]),
    st.sampled_from([" ", "  ", "\u200b", "🔥", "*"]),
    st.text(alphabet="请点击链接领取补贴，。！ 的了", max_size=10),
)
def test_generated_links_written_apart_are_found(before, label, tld, path, gap, after) -> None:
    lc = LinkChecker(
        allow_domains=ALLOW,
        deny_domains=DENY,
        suspicious_tlds=SUSPICIOUS,
        short_link_domains=SHORT,
        block_extensions=BLOCK,
    )
    url = gap.join(f"{label}.{tld}{path}")
    text = before + url + after
    f = one(lc, text)
    assert f.span == (len(before), len(before) + len(url))
    assert f.term == f"{label}.{tld}"
    assert "拆写" in f.detail  # the worst rule may be a look-alike name ("a-dh.top")
    dotted = before + f"{label}点{tld}{path}" + after
    assert one(lc, dotted).term == f"{label}.{tld}"


@pytest.mark.parametrize(
    ("text", "rule", "term"),
    [
        # look-alike characters
        ("登录 1cbc-verify.com 核验", "link:lookalike", "1cbc-verify.com"),
        ("a1ipay-refund.com 退款", "link:lookalike", "a1ipay-refund.com"),
        ("taoba0.com 理赔", "link:lookalike", "taoba0.com"),
        ("g0v-cn.com 通知", "link:lookalike", "g0v-cn.com"),
        ("crnbchina.com 额度", "link:lookalike", "crnbchina.com"),
        # agency names glued to a region
        ("补贴申领 hubeirenshe.com", "link:lookalike", "hubeirenshe.com"),
        ("认证入口 hbzwfw.com", "link:lookalike", "hbzwfw.com"),
        # a defanged scheme
        ("hxxp://abc-service.com/login", "link:lookalike", "abc-service.com"),
        ("h**p://example.com/x", "link:obfuscated", "example.com"),
        ("hxxps://t[.]cn/abc", "link:obfuscated", "t.cn"),
        # an installer named in the query
        ("下载 http://x.example.com/down?file=zw.apk", "link:download", "x.example.com"),
        # spaces around the dot under a suspicious top-level domain
        ("网址 lucky-draw . top 领取", "link:suspicious_tld", "lucky-draw.top"),
        # "copy it into a browser" makes a borrowed initial bait
        ("jf-dh.com 复制到浏览器打开", "link:lookalike", "jf-dh.com"),
    ],
)
def test_more_disguises(lc: LinkChecker, text: str, rule: str, term: str) -> None:
    f = one(lc, text)
    assert (f.rule, f.term) == (rule, term)


@pytest.mark.parametrize(
    "text",
    [
        "rensheng-blog.com 的文章",
        "1688.com 采购",
        "51job.com 招聘信息",
        "OK. Top priority is safety.",
    ],
)
def test_look_alike_characters_in_ordinary_names(lc: LinkChecker, text: str) -> None:
    assert lc.check(text) == []


# -- round 6: names in other scripts, unlisted shorteners, bait in the address or the message ------


@pytest.mark.parametrize(
    ("text", "rule", "term"),
    [
        # punycode and Chinese characters in the name
        (
            "财政补贴申领 http://xn--fiqs8s.xn--fiq64b/ 速办",
            "link:lookalike",
            "xn--fiqs8s.xn--fiq64b",
        ),
        (
            "http://qrcode.xn--6qq79v.xn--fiqs8s/ 看看",
            "link:lookalike",
            "qrcode.xn--6qq79v.xn--fiqs8s",
        ),
        ("公积金提取入口 http://公积金中心.com/tq", "link:lookalike", "公积金中心.com"),
        ("https://社保认证.中国/login 认证", "link:lookalike", "社保认证.中国"),
        # a user part before the host of a www. address
        ("补贴入口 www.gov.cn@butie.com/x", "link:lookalike", "butie.com"),
        # shorteners nobody listed
        ("政务内部通讯录 http://wz9.cc/Hx7 点开就能看", "link:short", "wz9.cc"),
        ("工资补发名单 https://kurl.ru/Qm7Tz", "link:short", "kurl.ru"),
        ("领导让填的表 https://s.ff5.cn/Rk9", "link:short", "s.ff5.cn"),
        # the bait spelt out in the address
        ("请访问 jiaotong-fakuan.com 缴纳违章罚款", "link:lookalike", "jiaotong-fakuan.com"),
        ("办理退休的点这个 tuixiu-banli.com", "link:lookalike", "tuixiu-banli.com"),
        ("补贴 hbbutie.com", "link:lookalike", "hbbutie.com"),
        ("立即访问 http://bank-unfreeze.info 解冻", "link:lookalike", "bank-unfreeze.info"),
        # the bait in the message, an address of no particular look
        ("您的养老资格认证即将到期，请登录 www.ylrz-hb.com 完成", "link:lure", "www.ylrz-hb.com"),
        ("包裹破损要理赔，发来链接 http://kdlp-cs.com/claim", "link:lure", "kdlp-cs.com"),
        ("请点此链接更新档案：https://jkda.info/u/8823", "link:lure", "jkda.info"),
        ("网盘地址 https://www.lanzoux.com/iAbc123 是考勤软件", "link:lure", "www.lanzoux.com"),
        ("微信打不开的复制到浏览器：http://xinxi-hb.com", "link:lure", "xinxi-hb.com"),
        # installers the policy did not list; a scheme or www broken by spaces
        ("安全补丁 https://example.com/patch.hta", "link:download", "example.com"),
        ("领取高温补贴 → ht tps://gt bt .cn/x", "link:obfuscated", "gtbt.cn"),
        ("链接: w ww.dwz.lc/Ab3x (复制到浏览器)", "link:obfuscated", "www.dwz.lc"),
    ],
)
def test_round6_bad_links(lc: LinkChecker, text: str, rule: str, term: str) -> None:
    f = one(lc, text)
    assert (f.rule, f.term) == (rule, term)
    assert 0 <= f.span[0] < f.span[1] <= len(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("群文件里的 考勤打卡.apk 大家装一下", "考勤打卡.apk"),
        ("附件：2025年工资调整明细.xls.exe 大家下载看看", "2025年工资调整明细.xls.exe"),
        ("屏保 pingbao.scr 装上", "pingbao.scr"),
    ],
)
def test_installers_named_without_a_link(lc: LinkChecker, text: str, term: str) -> None:
    f = one(lc, text)
    assert (f.rule, f.term, f.severity) == ("link:download", term, "high")
    assert text[f.span[0] : f.span[1]] == term


@pytest.mark.parametrize(
    "text",
    [
        # warnings, the bare kind of file, a program an IT colleague names, an allowed download
        "不要安装来历不明的 .apk 文件",
        "谨防诈骗：群里有人发 butie.apk，千万别装",
        "打印机驱动 setup.exe 在共享文件夹，装不上的找信息科",
        "官方下载 https://www.gov.cn/app/gwy.apk",
        # well-known and official sites, a lure word beside them
        "补贴申报表 https://www.wjx.cn/vm/tUm4R8x.aspx 请今天填完",
        "请登录 https://www.12371.cn 完成党员信息认证",
        "电子税务局 https://etax.chinatax.gov.cn 可以退税",
        "腾讯会议客户端下载 https://meeting.tencent.com/download",
        "会议资料 https://pan.baidu.com/s/1AbCdEf 提取码 8n2k",
        "请登录 https://www.jinshuju.net/f/AbC123 填写报名信息",
        "访问 http://中国政府网.政务 查看",
        "http://湖北.gov.cn/x",
        # warnings that quote the bait
        "今天收到诈骗短信，说ETC要认证，让登录 xinxi-hb.com，大家别上当",
        # share links of a platform, not an unknown shortener
        "京东活动 https://u.jd.com/AbC12xY",
        "https://www.example.com/Ab12",
        # a split scheme on an allowed site; ordinary prose with "www"
        "ht tps://www.gov.cn 查看",
        "we will win.",
    ],
)
def test_round6_ordinary_links_stay_clean(lc: LinkChecker, text: str) -> None:
    assert lc.check(text) == [], text


def test_installers_are_blocked_whatever_the_configured_list() -> None:
    lc = LinkChecker(
        allow_domains=[],
        deny_domains=[],
        suspicious_tlds=[],
        short_link_domains=[],
        block_extensions=[],
    )
    assert one(lc, "下载 http://example.com/app.apk").rule == "link:download"
    assert one(lc, "http://example.com/tool.ps1").rule == "link:download"


@pytest.mark.parametrize(
    ("text", "rule", "keyword"),
    [
        # "copy it into a browser" and a QR code read out make any unlisted address bait
        ("复制链接到浏览器打开：http://www.xinxi.com", "link:lure", None),
        ("二维码识别出来是 http://abcde.com", "link:lure", None),
        # one letter for another, a letter O in a number
        ("登录 www.lcbc.com.cn 核验", "link:lookalike", "icbc"),
        ("123O6.cn 退票", "link:lookalike", "12306"),
        # a bank or carrier abbreviation glued to a word, next to a lure
        ("ETC认证 etcrz.com", "link:lookalike", "etc"),
        # shorteners on a country domain, with a letters-only path
        ("短链 dwz.mn/abcd", "link:short", None),
        ("0rz.tw/abcde 看看", "link:short", None),
    ],
)
def test_round6_lures_swaps_and_shorteners(
    lc: LinkChecker, text: str, rule: str, keyword: str | None
) -> None:
    f = one(lc, text)
    assert f.rule == rule
    if keyword is not None:
        assert f"（含“{keyword}”）" in f.detail


@pytest.mark.parametrize(
    "text",
    [
        "alipay.com 账户",
        "详见 www.linux.org 手册",
        "python.org/downloads 下载安装",
        "tmall.com 购物",
        "rensheng-blog.com 的文章",
        "请登录 jf-dh.com 查看",
        "官网 https://www.abc.com/news",
    ],
)
def test_round6_swaps_and_lures_leave_ordinary_sites_alone(lc: LinkChecker, text: str) -> None:
    assert lc.check(text) == [], text


def test_qr_code_bait_without_an_address_is_a_link_pattern() -> None:
    from pathlib import Path

    from bot.policy.loader import load_policy

    policy = load_policy(Path(__file__).resolve().parents[3] / "policies" / "default.toml")

    def link(text: str) -> bool:
        return any(f.category == "link" for f in policy.check(text, offtopic=False).findings)

    assert link("扫码领取高温补贴")
    assert link("长按识别二维码，办理个税退税")
    assert not link("扫码报名")
    assert not link("请扫码签到")
    assert not link("谨防扫码领取补贴诈骗")
    assert not link("扫描下方二维码激活医保电子凭证")


# -- fresh3 round: faked .cn names, banks in pinyin, "new address" and curiosity bait ----------


@pytest.mark.parametrize(
    ("text", "rule", "term"),
    [
        ("平台地址 wlaq-study.cn.com/login，用真实姓名注册", "link:lookalike", "wlaq-study.cn.com"),
        ("统一身份认证平台地址 zwfw.gov.com/login", "link:lookalike", "zwfw.gov.com"),
        ("人社系统登录入口 rsj-hb.com.cn.net", "link:lookalike", "rsj-hb.com.cn.net"),
        (
            "ｗｗｗ．ｎｏｎｇｈａｎｇ-ｅｂａｎｋ．ｃｏｍ 农行网银升级",
            "link:lookalike",
            "www.nonghang-ebank.com",
        ),
        ("建行网银升级：jianhang-ebank.net", "link:lookalike", "jianhang-ebank.net"),
        ("防汛值班系统升级了，新地址 fxzb-sys.net，账号密码不变", "link:lure", "fxzb-sys.net"),
        ("打卡系统迁移到 daka-sys.net，请用原密码登录", "link:lure", "daka-sys.net"),
        ("点开看看这是不是你😱 yzm.pics/k9", "link:lure", "yzm.pics"),
        ("这个群里有你的照片 xk9.pics/p", "link:lure", "xk9.pics"),
        ("请点此链接更新健康档案：https://jkda.info/u/8823", "link:lure", "jkda.info"),
    ],
)
def test_fresh3_bad_links(lc: LinkChecker, text: str, rule: str, term: str) -> None:
    f = one(lc, text)
    assert f.category == "link"
    assert f.rule == rule
    assert f.term == term


@pytest.mark.parametrize(
    "text",
    [
        "单位官网 www.hbjt.com.cn 已更新",
        "news.sina.com.cn 新闻",
        "cn.bing.com 搜一下",
        "湖北日报 www.hubeidaily.net 报道了我县",
        "系统升级通知：OA新地址 oa.hubei.gov.cn，账号密码不变",
        "你的照片已上传到 www.hubei.gov.cn 政务公开栏",
        "政府信息公开目录请见 www.hubei.gov.cn/zfxxgk",
    ],
)
def test_fresh3_ordinary_links_stay_clean(lc: LinkChecker, text: str) -> None:
    assert lc.check(text) == [], text


def test_phishing_names_given_as_examples_in_training_are_no_links() -> None:
    from pathlib import Path

    from bot.policy.loader import load_policy

    policy = load_policy(Path(__file__).resolve().parents[3] / "policies" / "default.toml")

    def link(text: str) -> bool:
        return any(f.category == "link" for f in policy.check(text, offtopic=False).findings)

    assert not link(
        "培训课件第二页列了常见钓鱼网址的特征：把gov.cn写成gov-cn.top、用短链接隐藏真实地址、"
        "让你下载apk或exe安装包，大家对照看看，收到这类链接直接删除并报信息中心"
    )
    assert not link("反诈宣传：骗子常用 gov-cn.top 这种假冒网址，看到就举报")
    # the same name offered to open, or with a scheme or a path, is still reported
    assert link("请登录 gov-cn.top 领取补贴")
    assert link("常见钓鱼网址的特征见 http://gov-cn.top/a")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a title in book marks, a script the message asks to install, an installer offered
        # as an anti-fraud app
        ("《2024年工资调整方案》.exe 大家下载看看", "《2024年工资调整方案》.exe"),
        ("附件《通知》.exe 大家下载看看", "《通知》.exe"),
        ("有补丁要装：win_safe_update.bat，群文件自取", "win_safe_update.bat"),
        ("请各位下载防诈骗APP：fzzx.apk（群文件），安装后输入身份证和银行卡", "fzzx.apk"),
    ],
)
def test_round12_installers_named_without_a_link(lc: LinkChecker, text: str, term: str) -> None:
    f = one(lc, text)
    assert (f.rule, f.term) == ("link:download", term)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # lures of money, aid and identity on unfamiliar names; a shortener read by its shape
        ("全国党员管理信息系统升级，请到 dangyuan-gl.cn 重新登记", "link:lure"),
        ("人口普查补录入口：rkpc-bl.com", "link:lure"),
        ("国家助学贷款提前还款减免：zxdk-jm.com", "link:lure"),
        ("公安局通知：你的身份证涉案，请登录 gaj-ajcx.com 自证清白", "link:lure"),
        ("[图片]扫这个码注册领慰问金，网页版 wwj-lq.net", "link:lure"),
        ("xh.cx/8Lp2 防汛补贴", "link:short"),
        ("https://www.l2306.cn 买票更快，不用排队", "link:lookalike"),
    ],
)
def test_round12_lures_and_shorteners(lc: LinkChecker, text: str, rule: str) -> None:
    assert one(lc, text).rule == rule


@pytest.mark.parametrize(
    "text",
    [
        "请安装打印机驱动，setup.exe 在群文件里",
        "提醒大家，t.cn 开头的短链接来历不明的不要随便点，先问清楚",
        "反诈提醒：近期有人冒充社保局发送 shebao-gov.cn.rzk8.com 之类的链接，千万不要点！",
        "《通知》.pdf 请查收",
        # "运行" makes a named program bait, not a link beside it
        "系统试运行，请访问 xxyy-zx.com 查看",
    ],
)
def test_round12_warnings_and_ordinary_files_stay_clean(lc: LinkChecker, text: str) -> None:
    assert lc.check(text) == [], text
