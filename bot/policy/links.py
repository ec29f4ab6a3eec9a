"""恶意链接识别：黑名单、短链接、下载链接、可疑顶级域名、仿冒域名、IP 地址链接、拆写变形的链接。纯函数。

URLs are found with a scheme (``https://…``), with ``www.`` and bare (``gov-cn.top/abc``).
Full-width letters, dots, colons and slashes (and the ideographic full stop ``。``) are
normalised first, character for character, so spans point into the original text. A bare domain
only counts when its top-level domain is a known one: ``v1.2``, ``3.5万元``, ``图1.jpg`` and
``report.docx`` are not links.

Links written to slip past filters are read a second time, undone: a space or symbol between
every character (``h t t p : / / t . c n``), ``点``/``dot``/``[.]`` for the dot
(``icbc-cn点vip``), a removal hint inside the address (``t(去掉).cn``, ``ybj删除-hb.com``) and,
when the message asks to "remove the Chinese" (去掉中文), short Chinese runs inside it. Only
messages with such a sign pay for that second reading.

A scheme or ``www`` broken by spaces (``ht tps://``, ``w ww.``) marks the whole address after it
as written apart. Addresses with a name in another script (punycode ``xn--``, or Chinese
characters after a scheme) count as look-alikes, as do names built from the bait itself
(``tuishui``, ``butie``, ``secure-login``), and names that fake an official .cn address with a
generic top-level domain after it (``wlaq-study.cn.com``, ``zwfw.gov.com``). An unlisted shortener is recognised by its shape
(``wz9.cc/Hx7Ka``). An address of no particular look is bait (``link:lure``) when the message
around it is: an account frozen or expiring, money to claim, an identity to verify, software
to install, credentials for a system's "new address", "is this you?"; for unfamiliar names only,
and not in warnings about such messages. A bare name that a training or warning text gives as an
example of a phishing address ("把gov.cn写成gov-cn.top") is no link. Installers named
in a message without a link (``考勤.apk``, ``明细.xls.exe``) are reported too. An intranet
address (10.x, 192.168.x …) is ordinary IT work and reported only for another reason.

A link on an allowed domain (the domain itself or any subdomain) gives no finding; every other
link gives at most one finding, with the most serious rule and every reason in ``detail``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from bot.policy.normalize import normalize
from bot.policy.types import Finding

__all__ = ["LOOKALIKE_KEYWORDS", "LinkChecker"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Full-width ASCII → ASCII, ASCII upper → lower, ideographic full stops → '.', all 1:1.
_NORM: dict[int, str] = {c: chr(c - 0xFEE0).lower() for c in range(0xFF01, 0xFF5F)}
_NORM.update({c: chr(c).lower() for c in range(ord("A"), ord("Z") + 1)})
_NORM.update({0x3002: ".", 0xFF61: ".", 0x3000: " "})

# Separators an address may be padded with to defeat link detection: spaces, zero-width
# characters, stray punctuation and symbols (emoji). Not line breaks: those end a sentence.
_SEP_BMP = (
    r"\t\r\x0b\x0c \xa0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2060\u3000\ufeff"
    r"*|、，,'\"“”‘’`\^丨\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff"
)
_SEP = _SEP_BMP + r"\U0001f000-\U0001faff"
_AN = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
_LETTER = "A-Za-zＡ-Ｚａ-ｚ"
_OPEN = r"(\[【〔〖<{（［｛＜"
_CLOSE = r")\]】〕〗>}）］｝＞"
_DOTS = ".．。｡"
_HINTS = "去掉|去除|删掉|删除|删去"
_MID = "·•∙⋅丶˙"  # middle dots (and the dot above ˙): a dot between two names ("icbc-cn·vip"), else a separator
_ITEM = rf"{_AN}{_DOTS}:：/／?？"  # characters of an address strung on a separator

# Prefilter for a link written plainly: a name character, a dot and a letter (``gov-cn.top``,
# ``https://t.cn``) or a dotted quad (``http://1.2.3.4``); "3.5万元" and "v2.3" do not pass.
_PLAIN_SRC = rf"[{_DOTS}](?:[{_LETTER}]|[0-9０-９]{{1,3}}[{_DOTS}][0-9０-９])"
# Signs of a link written apart: a word or a bracket for the dot, a removal hint, a separator
# next to a dot, colon or slash, or four characters each standing alone ("h t t p", "h-t-t-p").
# Grouped by their first character, with possessive repeats, so a failing message is dropped
# after a character or two.
_DOT_WORD = rf"(?:[点點{_MID}]|(?i:dot)\b)[{_SEP}]*+[{_CLOSE}]?+[{_SEP}]*+[{_LETTER}]"
_ODD_SRC = (
    rf"{_DOT_WORD}"
    rf"|[{_SEP}]++(?:{_DOT_WORD}|[{_OPEN}][{_SEP}]*+(?:{_DOT_WORD}|[{_DOTS}]|{_HINTS})"
    rf"|[{_DOTS}:：/／]|{_HINTS}|[{_AN}][{_SEP}]++[{_AN}][{_SEP}]++[{_AN}](?![{_AN}]))"
    rf"|[{_OPEN}][{_SEP}]*+(?:{_DOT_WORD}|[{_DOTS}]|{_HINTS})"
    rf"|{_HINTS}"
    rf"|[{_DOTS}:：/／][{_SEP}]++[{_AN}]"
    rf"|([-_~+={_MID}])[{_ITEM}]\1[{_ITEM}]\1[{_ITEM}](?![{_AN}])"
)
# Both start with a character class, so the regex engine skips other characters quickly, and
# the character after must be able to begin either (a digit or a Chinese character after "11"
# fails at once): an ordinary message costs one quick search. (Astral characters, emoji used
# as separators, are one range in that class: a branch there would cost every digit.)
_NEXT = rf"(?=[{_DOTS}{_SEP_BMP}{_OPEN}{_MID}点點dD去删\-_~+=:：/／\U00010000-\U0010ffff])"
_QUICK = re.compile(rf"[{_AN}\-－]{_NEXT}(?:{_PLAIN_SRC}|{_ODD_SRC})")
_PLAIN = re.compile(rf"[{_AN}\-－]{_PLAIN_SRC}")
_ODD = re.compile(rf"[{_AN}\-－]{_NEXT}(?:{_ODD_SRC})")
# "去掉中文后复制到浏览器打开": Chinese characters were stuffed into the address.
_STRIP_CJK = re.compile(
    rf"(?:{_HINTS}|去)(?:所有|全部|其中的?|里面的?|中间的?|网址中的?)?(?:中文|汉字)"
)

# Characters a URL may be written with before normalisation. Only the run of them around each
# prefilter hit is normalised and scanned; the characters around a run match none of the URL
# pattern's look-arounds, so scanning the run alone finds what scanning the whole text would.
_URLISH = frozenset(map(chr, range(0x21, 0x7F))) | frozenset(chr(c) for c in _NORM if c != 0x3000)
_RUN = re.compile("[!-~\uff01-\uff5e\u3002\uff61]+")

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_URL = re.compile(
    r"(?<![a-z0-9@_%+\-])(?<![a-z0-9@_%+\-]\.)"  # not inside a name, an address or a domain
    r"(?:(?P<scheme>https?|ftp)://)?"
    # a user part before the host: after a scheme, or a www. address (www.gov.cn@evil.top;
    # "zhang.san@163.com" without either is a mail address)
    r"(?P<userinfo>(?(scheme)[a-z0-9._~%!$&'()*+,;=:\-]+@|www\.[a-z0-9.\-]+@))?"
    r"(?P<host>"
    rf"(?P<ip>{_OCTET}(?:\.{_OCTET}){{3}})(?!\.?[0-9])"
    r"|(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+"
    r"(?P<tld>[a-z]{2,10}|xn--[a-z0-9\-]{1,59})(?![a-z0-9\-@])"
    r")"
    r"(?P<port>:[0-9]{1,5}(?![0-9]))?"
    r"(?P<path>[/?#][a-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?"
)
_TRAILING = ".,;:!?)]}'\"*"
_PATH_PIECES = re.compile("[/?#&=]")

# Top-level domains that make a bare ``name.tld`` a link. Deliberately without TLDs that are
# also common file extensions or words (md, py, sh, pl, rs, zip, mov, in, is, to, …).
_BARE_TLDS = _words(
    """
    cn com net org gov edu info biz top xyz icu click loan vip site online shop store club live
    fun work ltd link win bid cc tv me co io app dev xin wang ren asia mobi pro tk ml ga cf gq
    ru hk tw mo jp kr us uk de fr ws ink cloud tech space website press buzz rest cyou mom lol
    today life world news red kim men party date trade review racing stream gdn cam bond sbs
    cfd beauty hair skin quest monster fit lat best ly gd su ua kz sg my vn th ph id au ca eu
    autos boats homes yachts makeup uno host email group team zone center plus love
    pics photo photos video fans tube wiki bar cool vin games help cx
    """
)

# Names that phishing domains borrow. Keywords of 3 characters or fewer (except "gov") and
# numbers must be a whole part of a label (``ccb-login.top``, ``ccb1.top``: parts are split at
# hyphens and between letters and digits); longer ones may start or end a part (``icbcbank``).
LOOKALIKE_KEYWORDS: tuple[str, ...] = (
    "gov",
    "icbc",
    "ccb",
    "boc",
    "bankofchina",
    "abchina",
    "bankcomm",
    "cmbchina",
    "psbc",
    "unionpay",
    "95516",
    "alipay",
    "taobao",
    "tmall",
    "jd",
    "weixin",
    "wechat",
    "tenpay",
    "qq",
    "12306",
    "chinatax",
    "gongan",
    # carriers and public services (pinyin)
    "chinamobile",
    "chinaunicom",
    "chinatelecom",
    "shebao",
    "yibao",
    "gongjijin",
    "zhengwu",
    "zhengfu",
    "jiaojing",
    "jiaoguan",
    "caizheng",
    "guoshui",
    "dishui",
    "minzheng",
    # utilities, post and parcels, mail and office platforms a work group logs in to
    "sgcc",
    "chinapost",
    "cainiao",
    "exmail",
    "dingtalk",
    "icloud",
    "appleid",
    "microsoft",
    "office365",
    "outlook",
    # banks by their pinyin short names (农行, 工行, 建行, 招行, 邮储)
    "nonghang",
    "gonghang",
    "jianhang",
    "zhaohang",
    "youchu",
)
# Abbreviations, service numbers and pinyin that also start ordinary words (renshe-ng 人生,
# shuiwu 水务, etax-i) do not name a brand on their own. They count as a whole part of a label
# that has another part (``ybj-hb``, ``boc95566``, ``10000-jf``), or under a suspicious
# top-level domain, or in a message with a lure word. Pinyin initials of agencies: ybj 医保局,
# sbj 社保局, rsj 人社局, rst 人社厅, gjj 公积金, swj 税务局, sbk 社保卡, ylbx 养老保险;
# hrss/mohrss 人社部门, nhsa 国家医保局.
_PAIRED = _words(
    """
    ybj sbj rsj rst gjj swj sbk ylbx zwfw ggfw hrss mohrss nhsa ccdi renshe shuiwu etax tax abc
    cmb bocom spdb cib citic cmbc ceb hxb cgb pingan unicom telecom cmcc ct etc 10000 10010 10086
    """
)
# Agency initials are no syllable of their own, so they also count glued to a region code
# (hbybj 湖北医保局, sbjgd, hbzwfw 湖北政务服务); agency pinyin that starts ordinary words may
# still end a part (hubeirenshe, but not rensheng).
_GLUED = "ybj|sbj|rsj|gjj|swj|sbk|ylbx|zwfw|ggfw"
_GLUED_RE = re.compile(rf"^(?:{_GLUED})|(?:{_GLUED}|renshe|shuiwu)$")
# Bank (955xx) and government hotline (123xx) numbers are paired names too.
_SERVICE_NUMBER = re.compile(r"955[0-9]{2}|123[0-9]{2}")
_ABBRS = "|".join(
    sorted((w for w in _PAIRED if len(w) >= 3 and w.isalpha()), key=len, reverse=True)
)
_ABBR_EDGE = re.compile(f"^(?:{_ABBRS})|(?:{_ABBRS})$")
# Parts that only look like bait next to a lure word: pinyin initials of the lure (jf 积分,
# dh 兑换, lq 领取, bt 补贴, ts 退税, tk 退款, dj 冻结, jc 解除, rz 认证, tq 提取, sl 申领,
# yb 医保, sb 社保, gs 个税) and a "-cn" part that mimics a .cn address.
_LURE_PARTS = _words(
    """
    jf dh lq bt ts tk tf dj jc rz tq sl sq yb sb gs cn kefu refund verify jifen duihuan lingqu
    butie tuishui tuikuan
    """
)
# Words of the bait (points about to expire, frozen accounts, subsidies and refunds to claim),
# the names the sender pretends to be (a real agency or bank links to its own domain) and
# "复制到浏览器打开", the way round a chat app's own link check.
_LURE = re.compile(
    "积分|兑换|过期|到期|逾期|清零|冻结|解冻|解除|领取|申领|补贴|补助|津贴|退税|退款|退费|理赔|"
    "赔付|认证|核验|验证|年审|升级|失效|停用|停机|异常|注销|激活|提取|到账|中奖|红包|返还|提额|额度|"
    "医保|社保|人社|养老|公积金|税务|个税|银行|工行|建行|农行|中行|招行|交行|邮储|信用卡|移动|联通|"
    "电信|话费|etc|高速|交警|车管|政务|政府|浏览器"
)
_KEYWORDS = frozenset(LOOKALIKE_KEYWORDS)
_SHORT_KEYWORDS = frozenset(k for k in LOOKALIKE_KEYWORDS if len(k) <= 3 or k.isdigit())
_EDGE_KEYWORDS = "|".join(k for k in LOOKALIKE_KEYWORDS if len(k) > 3 or k == "gov")
_EDGE = re.compile(rf"^(?:{_EDGE_KEYWORDS})|(?:{_EDGE_KEYWORDS})$")
# The real domains of those names: exempt from the look-alike rule (other rules still apply).
_BRAND_DOMAINS = _words(
    """
    gov.cn icbc.com.cn icbc.com icbc-ltd.com ccb.com ccb.cn boc.cn bankofchina.com abchina.com
    abchina.com.cn bankcomm.com cmbchina.com psbc.com unionpay.com 95516.com alipay.com
    taobao.com tmall.com jd.com weixin.qq.com qq.com wechat.com tenpay.com 12306.cn
    chinatax.gov.cn 10086.cn chinamobile.com 10010.com chinaunicom.com chinaunicom.com.cn
    189.cn chinatelecom.com.cn ct10000.com 12315.cn 12377.cn 12321.cn cmbc.com.cn spdb.com.cn
    cib.com.cn citicbank.com cebbank.com hxb.com.cn cgbchina.com.cn pingan.com
    sgcc.com.cn 95598.cn chinapost.com.cn ems.com.cn cainiao.com sf-express.com exmail.qq.com
    dingtalk.com icloud.com apple.com apple.com.cn microsoft.com office365.com office.com
    outlook.com live.com wps.cn wps.com kdocs.cn 12371.cn
    """
)
# gov.<cc> second-level domains that only governments can register.
_GOV_CC = _words(
    """
    cn hk mo tw sg uk au nz my ph za br in jp kr
    """
)

# An intranet address (the OA system, a printer, a file server) is part of ordinary IT work: it
# is only reported for another reason (an installer, an address written apart).
_PRIVATE_IP = re.compile(r"^(?:10|127)\.|^192\.168\.|^172\.(?:1[6-9]|2[0-9]|3[01])\.")
_PARTS = re.compile(r"[a-z]+|[0-9]+")

# The bait spelt out in the address (pinyin): 补贴 补助 津贴 退税 退款 退费 领取 申领 认证 解冻
# 冻结 年审 激活 积分 兑换 清零 理赔 赔付 中奖 红包 福利 提取 转出 注销 解绑 消费券. No agency
# or bank names an address after these; a real one is on an allowed (gov) domain. A whole part
# of a label (butie-88), or, for the longer ones, the end of a part (hbbutie) or its start
# (tuishuigd).
_BAIT = _words(
    """
    butie buzhu jintie tuishui tuikuan tuifei lingqu shenling renzheng jiedong dongjie nianshen
    jihuo jifen duihuan qingling lipei peifu zhongjiang hongbao tiqu zhuanchu zhuxiao jiebang
    xiaofeiquan yanglao tuixiu fakuan weizhang jiaofei shenbao
    """
)
_BAIT_EDGE = re.compile(
    f"^(?:{'|'.join(sorted(w for w in _BAIT if len(w) >= 6))})"
    f"|(?:{'|'.join(sorted(w for w in _BAIT if len(w) >= 5))})$"
)
# The same in English, which ordinary sites use too (login.example.com, update server): only as
# a part of a label that has another part (secure-login, refund2024) or under a suspicious
# top-level domain.
_BAIT_EN = _words(
    """
    refund verify verification login signin secure security unlock unfreeze reward bonus claim
    subsidy auth certify validate account bank
    """
)
# Domains of well-known link shorteners are configured; others look the same: a short name
# right under the top-level domain (or one letter below it) and a one-piece random path
# (wz9.cc/Hx7Ka, x.co/a8Kq2, s.ff5.cn/Rk9).
_SHORT_PATH = re.compile(r"/[a-z0-9]{3,12}/?")
# Country domains that link shorteners favour (bit.ly, is.gd, 0rz.tw, dwz.mn …).
_SHORT_TLDS = _words("ly gd im tw la mn lc vu gl do nu so ee sh to ws cc co me at tk gg")

# A link of no particular look becomes bait through the message around it: the account is
# frozen or expiring, money waits to be claimed, an identity must be verified, software must be
# installed. Agencies and banks link to their own (allowed or well-known) domains, so it counts
# for an unfamiliar address only: a name with a hyphen or with letters and digits mixed, or a
# top-level domain other than .com/.cn/.net/.org. Not in warnings about such messages.
_STRONG_LURE = re.compile(
    "冻结|解冻|停用|停机|失效|过期|到期|逾期|异常|注销|封号|降额|清零|作废|欠费|欠缴|违章|罚款|"
    "领取|申领|返还|退还|退款|退税|理赔|赔付|赔偿|补贴|补助|津贴|到账|提现|转入|红包|中奖|"
    "资助|慰问金|减免|涉案|自证|补录|重新登记|"
    "认证|核验|验证|激活|人脸识别|刷脸|实名|更新[^。！？!?\n]{0,4}?(?:信息|资料|档案)|重新登录|绑定|解绑|"
    "下载地址|下载链接|点击下载|下载安装|"
    # credentials asked for on a "new address" of a system, and the curiosity bait ("是不是你")
    "账号密码|账户密码|用户名和密码|用户名密码|原密码|输入密码|登录密码|网银|u盾|"
    "新地址|新网址|新入口|地址变更|网址变更|迁移到|迁移至|真实姓名|"
    # pay slips and pay rises to look at, logging in with an ID number or through WeChat
    "工资条|工资单|调资|查看明细|查询明细|身份证号登录|输入身份证|微信授权|授权登录|"
    "是不是你|是你吗|这是你吗|你的照片|你的视频|有你的|被拍到|被曝光|偷拍"
)
# The way round a chat app's own link check ("复制到浏览器打开") and a QR code read out to an
# address: a real agency's page opens in the app, so these make any unfamiliar-or-not address
# (other than an allowed, brand or well-known one) bait.
_EVASION_LURE = re.compile("浏览器|二维码|扫[这此个一下]{0,3}码|扫出来|识别出来")
_INSTALL_LURE = re.compile(
    "软件|安装包|插件|补丁|客户端|apk|下载app|app下载|安装app|" + _EVASION_LURE.pattern
)
# A program named in a message that asks to install or run it (for named files only: "系统试运行"
# beside a link is no bait)
_RUN_LURE = re.compile(_INSTALL_LURE.pattern + "|要装|装一下|运行|双击")
_LURE_WARNING = re.compile(
    "诈骗|骗子|骗局|谨防|警惕|提防|假冒|冒充|钓鱼|不要点|别点|勿点|不要轻信|陌生链接|举报|反诈|上当"
)
_COMMON_TLDS = frozenset(("com", "cn", "net", "org"))
# Official or well-known sites a work message links to for these reasons too.
_FAMILIAR = _words(
    """
    edu.cn edu mil.cn 12371.cn xuexi.cn tencent.com qq.com weixin.qq.com wps.cn wps.com kdocs.cn
    dingtalk.com feishu.cn huawei.com xiaomi.com microsoft.com apple.com wjx.cn wjx.top
    jinshuju.net chaoxing.com
    """
)


def _unfamiliar(host: str) -> bool:
    labels = host.split(".")
    if labels[0] == "www":
        labels = labels[1:]
    tld = labels[-1]
    names = labels[:-1]
    if len(names) > 1 and names[-1] in ("com", "net", "org", "edu", "gov") and tld == "cn":
        names = names[:-1]
    if tld not in _COMMON_TLDS:
        return True
    return any(
        "-" in n or (any(c.isdigit() for c in n) and any(c.isalpha() for c in n)) for n in names
    )


# rule → (priority, severity, reason)
# Installers and scripts: a link to one is reported whatever the policy's own list says.
_INSTALLERS = _words(
    """
    apk xapk apks ipa exe msi scr bat cmd vbs vbe ps1 hta jar pif wsf
    """
)
# A file of that kind named in a message without any link ("群文件里的 考勤.apk 装一下"):
# phone installers and scripts always, a Windows program only behind a document extension
# (通知.pdf.exe). Not in warnings ("不要安装来历不明的 .apk"), nor the bare kind (".apk 文件").
_EXE_DOT = re.compile(
    r"(?:[.．](?P<doc>pdf|docx?|xlsx?|pptx?|wps|jpe?g|png|txt|zip|rar))?"
    r"[.．](?P<ext>apk|xapk|ipa|scr|hta|vbs|exe|bat|cmd|msi)(?![0-9A-Za-z])",
    re.IGNORECASE,
)
# The extension alone, to pass over an ordinary message at once.
_EXE_QUICK = re.compile(
    r"[.．](?:apk|xapk|ipa|scr|hta|vbs|exe|bat|cmd|msi)(?![0-9A-Za-z])", re.IGNORECASE
)
_EXE_ALWAYS = frozenset(("apk", "xapk", "ipa", "scr", "hta", "vbs"))
# the Chinese characters right before the extension: a program named like a document
_CJK_NAME = re.compile(r"[\u4e00-\u9fff][0-9A-Za-z_\-\u4e00-\u9fff]{0,29}$")
_IN_ADDRESS = frozenset("/\\=?&:@.／")
_TITLE_OPEN = {"》": "《", "」": "「", "』": "『", "〉": "〈"}
_TITLE_CLOSE = frozenset(_TITLE_OPEN)
_FILE_NAME_CHAR = re.compile(r"[0-9A-Za-z_\-\u4e00-\u9fff]")
_WARNING = re.compile(
    # ("下载防诈骗APP：fzzx.apk" is the bait itself, not a warning)
    "不要|别|勿|谨防|警惕|提防|(?<![防反])诈骗|骗子|病毒|木马|陌生|不明|来历|可疑|风险|举报|拦截|切勿|严禁|禁止"
)

# An address with Chinese characters in its name after a scheme (http://公积金中心.com/tq): an
# internationalised name, which agencies and banks do not use for their sites; .政务 and .公益
# are reserved for government and public bodies.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
# (From the colon, a character class the regex engine skips to quickly; the scheme before it
# is checked by _idn.)
_IDN_URL = re.compile(
    rf"[:：][/／]{{2}}(?=[0-9A-Za-z\-.．]*[{_CJK}])"
    rf"(?P<host>(?:[0-9A-Za-z\-{_CJK}]+[.．])+"
    rf"(?:[A-Za-z]{{2,10}}(?![0-9A-Za-z])|中国|中國|公司|网络|网址|在线|集团|商城|我爱你|手机|政务|公益))"
    r"(?P<path>[/／?？#][0-9A-Za-z\-._~:/?#\[\]@!$&'()*+,;=%]*)?",
    re.IGNORECASE,
)
_IDN_OFFICIAL = ("政务", "公益")
_IDN_SCHEME = re.compile(r"(?:https?|ftp)$", re.IGNORECASE)
_CJK_CHAR = re.compile(f"[{_CJK}]")

_RULES = {
    "link:deny": (0, "high", "黑名单域名"),
    "link:download": (1, "high", "可执行文件/安装包下载链接"),
    "link:lookalike": (2, "high", "疑似仿冒政府、银行或平台的域名"),
    "link:obfuscated": (3, "high", "拆写、变形以躲避检测的链接"),
    "link:ip": (4, "medium", "以IP地址代替域名的链接"),
    "link:short": (5, "medium", "短链接，真实地址被隐藏"),
    "link:suspicious_tld": (6, "medium", "可疑顶级域名"),
    "link:lure": (7, "medium", "以冻结、认证、领取、安装软件为由诱导打开的非官方网址"),
}
# Rules that make a link bad by themselves: one undone separator is enough to report it (a
# suspicious top-level domain needs a space before the dot: "abc . top", not "OK. Top").
_STRONG = frozenset(("link:deny", "link:download", "link:lookalike", "link:ip", "link:short"))


def _drop_examples(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` without the bare names a warning or training text gives as examples."""
    folded = normalize(text)
    if _TEACHING.search(folded) is None or _EXAMPLE.search(folded) is None:
        return found
    kept = [
        f
        for f in found
        if f.rule == "link:download"
        or _fold(text[f.span[0] : f.span[1]]).replace("．", ".") != f.term
        or f.term.startswith("www.")
    ]
    return kept if len(kept) < len(found) else found


def _domains(items: Iterable[str]) -> frozenset[str]:
    return frozenset(d.strip().lower().strip(".") for d in items if d and d.strip(" ."))


def _suffix_match(host: str, domains: frozenset[str]) -> int:
    """Length of the longest entry of ``domains`` that is ``host`` or a parent of it, else 0."""
    if not domains:
        return 0
    i = 0
    while i >= 0:
        if host[i:] in domains:
            return len(host) - i
        i = host.find(".", i) + 1 or -1
    return 0


# The second-level names of China and of governments (com.cn, gov.cn) put before a generic
# top-level domain: wlaq-study.cn.com, zwfw.gov.com, rsj.com.cn.net pass for an official .cn
# address; real ones end in a two-letter country code (gov.cn, com.hk).
_FAKE_SLD = frozenset(("cn", "gov", "govcn", "com", "net", "org", "edu"))

# A warning or a training text that spells out what a phishing address looks like ("常见钓鱼
# 网址的特征：把gov.cn写成gov-cn.top"): a bare name given as an example there is no link to
# follow. Addresses with a scheme, a www or a path, or written apart, are still reported.
_TEACHING = re.compile(
    # the example may stand between the two ("冒充社保局发送 shebao-gov.cn.rzk8.com 之类的链接")
    "(钓鱼|仿冒|假冒|山寨|诈骗|虚假|冒充|来历不明|陌生)[^。！？!?\n]{0,40}(网址|网站|链接|域名)"
    "|(网址|网站|链接|域名)[^。！？!?\n]{0,8}(来历不明|陌生)"
)
_EXAMPLE = re.compile(
    "特征|例如|比如|写成|伪装成|冒充成|改成|换成|识别|辨别|区分|课件|培训|手法|套路|这种|这类|此类|之类|"
    "开头的|常用|常见"
)


# Characters swapped for ones that look alike: 1cbc, a1ipay, taoba0, g0v, crnbchina, vveixin;
# one letter for another (lcbc, aiipay) and a letter O, l or i in a number (123O6, l2306).
_DIGIT_SWAPS = (str.maketrans("01", "oi"), str.maketrans("01", "ol"))
_PAIR_SWAPS = (("rn", "m"), ("vv", "w"))
_LETTER_SWAPS = (("l", "i"), ("i", "l"))
_NUMBER_WITH_O = re.compile("[0-9]+o[0-9o]*|o[0-9][0-9o]*")
_NUMBER_WITH_L = re.compile("[0-9]+[li][0-9li]*|[li][0-9][0-9li]*")


def _look_alikes(chunk: str) -> Iterable[str]:
    forms = {chunk}
    if _NUMBER_WITH_O.fullmatch(chunk):
        forms.add(chunk.replace("o", "0"))
    if _NUMBER_WITH_L.fullmatch(chunk):  # l2306: a letter l or i for the digit 1
        forms.add(chunk.replace("l", "1").replace("i", "1"))
    if not chunk.isdigit() and not chunk.isalpha():  # 10086 stays a number
        forms.update(chunk.translate(t) for t in _DIGIT_SWAPS)
    forms.update(f.replace(a, b) for f in list(forms) for a, b in _PAIR_SWAPS if a in f)
    if len(chunk) <= 16:  # one letter swapped at a time
        forms.update(
            f[:i] + b + f[i + 1 :]
            for f in list(forms)
            for a, b in _LETTER_SWAPS
            for i in range(len(f))
            if f[i] == a
        )
    return forms


def _lookalike(host: str, suspicious: bool, lured: Callable[[], bool]) -> str | None:
    """The brand or agency name ``host`` borrows, if any. ``suspicious``: the top-level domain
    is a suspicious one; ``lured()``: the message carries a lure word (asked only if needed)."""
    if _suffix_match(host, _BRAND_DOMAINS):
        return None
    labels = host.split(".")
    if labels[-1] == "gov" or (len(labels) >= 3 and labels[-2] == "gov" and labels[-1] in _GOV_CC):
        return None
    for label in labels:
        if label.startswith("xn--"):
            return label  # a name in another script spelt as ASCII: 中国 as xn--fiqs8s
    if (
        len(labels) >= 3
        and labels[-2] in _FAKE_SLD
        and len(labels[-1]) >= 3
        and labels[:-2] != ["www"]
    ):
        return f"{labels[-2]}.{labels[-1]}"  # wlaq-study.cn.com: a .cn or gov address faked
    weak: list[tuple[str, bool]] = []  # (name, the label has another part)
    for label in labels[:-1]:
        parts = [p for chunk in label.split("-") for p in _PARTS.findall(chunk)]
        for chunk in label.split("-"):
            for form in _look_alikes(chunk):
                if form in _KEYWORDS:
                    return form
                if edge := _EDGE.search(form):
                    return edge.group()
        for part in parts:
            if part in _SHORT_KEYWORDS:
                return part  # ccb1, 12306-tp: a short name split off by digits
            if part in _PAIRED or _SERVICE_NUMBER.fullmatch(part):
                weak.append((part, len(parts) > 1))
            elif glued := _GLUED_RE.search(part):
                weak.append((glued.group(), True))
            elif part in _LURE_PARTS and len(parts) > 1:
                weak.append((part, False))
            elif len(part) in (4, 6) and all(
                part[i : i + 2] in _LURE_PARTS for i in range(0, len(part), 2)
            ):
                weak.append((part, False))  # btlq (补贴领取), jfdh: initials glued together
    for part, paired in weak:
        if paired:
            return part
    if bait := _bait(labels[:-1], suspicious):
        return bait
    if weak and (suspicious or lured()):
        return weak[0][0]
    if lured():  # etcrz, cmbvip: an abbreviation glued to the start or end of a part
        for label in labels[:-1]:
            for part in _PARTS.findall(label):
                if len(part) > 3 and (glued := _ABBR_EDGE.search(part)):
                    return glued.group()
    return None


def _looks_short(host: str, path: str, m: re.Match[str], raw: str | None) -> bool:
    """A link of an unlisted shortener: ``name.tld/token``, the name at most five characters and
    not www, the token one piece of 4–12 letters and digits with a digit or both cases."""
    labels = host.split(".")
    if len(labels) == 3 and len(labels[0]) == 1:
        labels = labels[1:]  # s.ff5.cn
    if len(labels) != 2 or len(labels[0]) > 5 or labels[0] == "www" or m.group("port"):
        return False
    if not _SHORT_PATH.fullmatch(path):
        return False
    token = path.strip("/")
    if any(c.isdigit() for c in token) and not token.isdigit():
        return True
    if (any(c.isdigit() for c in labels[0]) or labels[1] in _SHORT_TLDS) and len(token) >= 4:
        return True  # 0rz.tw/abcde, dwz.mn/abcd
    if raw is None:
        return False
    original = raw[m.start("path") + 1 : m.start("path") + 1 + len(token)]
    return original != original.lower() and original != original.upper()


def _bait(labels: list[str], suspicious: bool) -> str | None:
    """The bait word an address is named after (butie-88.com, hbtuishui.com, secure-login.top)."""
    for label in labels:
        parts = [p for chunk in label.split("-") for p in _PARTS.findall(chunk)]
        for part in parts:
            if part in _BAIT:
                return part
            if bait := _BAIT_EDGE.search(part):
                return bait.group()
            if part in _BAIT_EN and (len(parts) > 1 or suspicious):
                return part
    return None


def _disguised_letter(text: str, start: int) -> str:
    """The ASCII letter that the character before ``text[start]`` imitates, when it is not
    ASCII, not full-width and folds to one (ⅰ → i), else ''. Not digits: ①www.gov.cn is a list."""
    if not start:
        return ""
    ch = text[start - 1]
    if ch.isascii() or "\uff01" <= ch <= "\uff5e":
        return ""
    folded = unicodedata.normalize("NFKC", ch).lower()
    return folded if len(folded) == 1 and folded.isascii() and folded.isalpha() else ""


def _fold(text: str) -> str:
    """Width and case folded, 1:1 (NFKC maps each full-width ASCII character to one)."""
    if text.isascii():
        return text.lower()
    norm = unicodedata.normalize("NFKC", text).replace("。", ".").lower()
    return norm if len(norm) == len(text) else text.translate(_NORM)


# -- reading a link written apart -------------------------------------------------------------

_NAME = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_STRUCT = frozenset(".:/-@?=&%#_~+")
_URLCH = _NAME | _STRUCT
_DOT_WORDS = frozenset(("点", "點", "dot", ".", "。", "．", "｡", *_MID))
_HINT_WORDS = frozenset(_HINTS.split("|")) | {"去", "删"}
# On folded text (full-width brackets are ASCII there): a bracketed dot or hint, characters
# strung on a separator, the word "dot" or a middle dot, a separator run, a Chinese run.
_PIECE = re.compile(
    rf"(?P<br>[{_OPEN}][^\S\n]*(?P<inner>[.。．｡]|点|點|dot|{_HINTS}|去|删)[^\S\n]*[{_CLOSE}])"
    r"|(?P<fang>h(?:xx|\*\*|××|\+\+)p(?=s?:))"  # a defanged scheme: hxxp://
    # single characters strung on one character: h-t-t-p-:-/-/, h·t·t·p
    rf"|(?P<alt>(?<![a-z0-9_~+=\-{_MID}])[a-z0-9:/.?](?P<by>[-_~+={_MID}])"
    r"(?:[a-z0-9:/.?=&%#@](?P=by)){2,}[a-z0-9:/.?=&%#@](?![a-z0-9]))"
    rf"|(?P<dot>(?<![a-z0-9])dot(?![a-z0-9])|[{_MID}])"
    rf"|(?P<sep>[{_SEP}]+)"  # before Chinese runs: 丨 and 丶 are Chinese characters too
    r"|(?P<cjk>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)"
)
_DEFANGED = re.compile(r"[hH](?:[xX]{2}|\*\*|××|\+\+)[pP][sS]?[:：]")
# A scheme or "www" broken by spaces at any point ("ht tps://", "htt p://", "w ww."): no prose
# does that, so the address after it is read with every space inside it taken out ("gt bt .cn").
# On the original text (case and width as typed) to find the sign, on folded text to read it.
_W = "[\\s\u3000]*"
# (A character class first, so that the regex engine skips to candidates quickly; the
# character before and the spaces inside are checked by _is_split.)
# Spaces next to a character of a scheme or of www: the cheap sign to look for _SPLIT_START.
_SPLIT_HINT = re.compile(
    "[hHｈＨtTｔＴpPｐＰsSｓＳ:：/／wWｗＷ][\\s\u3000]+[tTｔＴpPｐＰsSｓＳ:：/／wWｗＷ.．。]"
)
_SPLIT_START = re.compile(
    rf"(?:[hHｈＨ]{_W}[tTｔＴ]{_W}[tTｔＴ]{_W}[pPｐＰ]{_W}[sSｓＳ]?{_W}[:：]{_W}"
    rf"[/／]{_W}[/／]|[wWｗＷ]{_W}[wWｗＷ]{_W}[wWｗＷ]{_W}[.．。])"
)
_SPLIT_RUN = re.compile(r"[0-9a-z.:/\-_~?=&%#@+ \t]*")
_AT = re.compile(r"(?:(?<![a-z])at|@|艾特|圈a)[^\S\n]*$")
# Evidence that a link was written apart, by edit: a word for the dot, or a removal hint or a
# Chinese run taken out, settles it (_SETTLED); a separator taken out counts half, a space after
# a full stop (ordinary prose: "Dr. Wang", "Tech. Co. Ltd") a quarter.
_WEIGHT = {"dot": 4, "hint": 4, "sep": 2, "after_stop": 1}
_SETTLED = 4


def _is_split(m: re.Match[str]) -> bool:
    """A match of _SPLIT_START with a space inside (not "https://" or "www." as written), not
    the end of a longer name ("show w w w")."""
    start = m.start()
    if start and m.string[start - 1].isascii() and m.string[start - 1].isalnum():
        return False
    return any(c.isspace() for c in m.group(0))


def _split_spans(folded: str) -> list[tuple[int, int]]:
    """Stretches of ``folded`` from a scheme or www broken by spaces to the end of its address."""
    spans = []
    for m in _SPLIT_START.finditer(folded):
        if _is_split(m):
            run = _SPLIT_RUN.match(folded, m.end())
            spans.append((m.start(), run.end() if run else m.end()))
    return spans


def _unveil(text: str, strip_cjk: bool) -> tuple[str, list[int], list[tuple[int, int]]]:
    """``text`` with the tricks undone: the view, for every view character the index of its
    source character, and the edits as (view position, weight)."""
    folded = text.translate(_NORM)
    split = _split_spans(folded)
    # units: [kind, output, source start]; kind "ch" (one character), "sep", "dot", "hint",
    # "cjk", "drop" (taken out) or "keep" (a piece left as it was). A fourth element marks a
    # character the reading put in: the '.' for 点, the "http" for hxxp.
    units: list[list] = []
    pos = 0
    for m in _PIECE.finditer(folded):
        units.extend(["ch", folded[i], i] for i in range(pos, m.start()))
        pos = m.end()
        kind = m.lastgroup
        piece = m.group(0)
        if kind == "fang":
            units.extend(["ch", c, i] for i, c in enumerate("http", m.start()))
            units[-3].append("fang")  # an edit inside the link, like a word for the dot
            continue
        if kind == "alt":
            by = m.group("by")
            units.extend(["sep" if c == by else "ch", c, i] for i, c in enumerate(piece, m.start()))
            continue
        if kind == "br":
            kind = "dot" if m.group("inner") in _DOT_WORDS else "hint"
        elif kind == "cjk":
            if piece in _DOT_WORDS:
                kind = "dot"
            elif piece in _HINT_WORDS:
                kind = "hint"
        units.append([kind, piece, m.start()])
    units.extend(["ch", folded[i], i] for i in range(pos, len(folded)))

    def neighbour(i: int, step: int) -> list | None:
        i += step
        while 0 <= i < len(units) and units[i][0] in ("sep", "drop"):
            i += step
        return units[i] if 0 <= i < len(units) else None

    def is_url(u: list | None, chars: frozenset[str] = _URLCH) -> bool:
        return u is not None and u[0] == "ch" and u[1] in chars

    for i, u in enumerate(units):
        kind = u[0]
        if kind not in ("dot", "hint", "cjk"):
            continue
        left, right = neighbour(i, -1), neighbour(i, 1)
        if kind == "dot":
            if is_url(left, _NAME) and is_url(right, _NAME):
                u[:] = ["ch", ".", u[2], "dot"]  # a character of the address from now on
            else:
                u[0] = "keep"
        elif is_url(left) and is_url(right) and (kind == "hint" or (strip_cjk and len(u[1]) <= 4)):
            u[0] = "drop"
        else:
            u[0] = "keep"

    # Length of the run of name characters each "ch" unit belongs to (separators between
    # single characters go: "h t t p"; between words they stay: "Dr. Wang and Co").
    run = [0] * len(units)
    i = 0
    while i < len(units):
        if units[i][0] == "ch" and units[i][1] in _NAME:
            j = i
            while j < len(units) and units[j][0] == "ch" and units[j][1] in _NAME:
                j += 1
            for k in range(i, j):
                run[k] = j - i
            i = j
        else:
            i += 1

    view: list[str] = []
    index: list[int] = []
    edits: list[tuple[int, int]] = []
    for i, u in enumerate(units):
        kind = u[0]
        if kind == "ch":
            if len(u) > 3:
                edits.append((len(view), _WEIGHT["dot"]))
            view.append(u[1])
            index.append(u[2])
        elif kind == "keep":
            view.extend(u[1])
            index.extend(range(u[2], u[2] + len(u[1])))
        elif kind == "drop":
            edits.append((len(view), _WEIGHT["hint"]))
        else:  # a separator: taken out between two characters of an address
            li, ri = i - 1, i + 1
            while li >= 0 and units[li][0] == "drop":
                li -= 1
            while ri < len(units) and units[ri][0] == "drop":
                ri += 1
            left = units[li] if li >= 0 else None
            right = units[ri] if ri < len(units) else None
            weight = 0
            if left is not None and right is not None and is_url(left) and is_url(right):
                if split and any(a <= u[2] < b for a, b in split):
                    weight = _WEIGHT["dot"]  # inside an address whose scheme was broken up
                elif right[1] in _STRUCT or (run[li] == 1 and run[ri] == 1):
                    weight = _WEIGHT["sep"]
                elif left[1] in _STRUCT:
                    weight = _WEIGHT["after_stop" if left[1] == "." else "sep"]
            if weight:
                edits.append((len(view), weight))
            else:
                view.extend(u[1])
                index.extend(range(u[2], u[2] + len(u[1])))
    return "".join(view), index, edits


_WHOLE = 200  # a message up to this long is read whole; a longer one around its signs
_MARGIN = 60


def _regions(text: str, strip_cjk: bool) -> list[tuple[int, int]]:
    """Stretches of ``text`` to read again: all of a short message; around every sign of a
    link written apart in a long one (the second reading costs some 20 µs per 100 characters)."""
    if len(text) <= _WHOLE:
        return [(0, len(text))]
    signs = [m.span() for m in _ODD.finditer(text)]
    signs += [m.span() for m in _DEFANGED.finditer(text)]
    if _SPLIT_HINT.search(text) is not None:
        signs += [m.span() for m in _SPLIT_START.finditer(text) if _is_split(m)]
    if strip_cjk:
        signs += [m.span() for m in _PLAIN.finditer(text)]
    regions: list[tuple[int, int]] = []
    for s, e in sorted(signs):
        start, end = max(0, s - _MARGIN), min(len(text), e + _MARGIN)
        while start and (text[start - 1] in _URLISH or text[start - 1] == " "):
            start -= 1  # do not cut an address, or one spelt "h t t p", in two
        while end < len(text) and (text[end] in _URLISH or text[end] == " "):
            end += 1
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        else:
            regions.append((start, end))
    return regions


class LinkChecker:
    """Link rules of one policy; build once, call :meth:`check` on every message."""

    def __init__(
        self,
        *,
        allow_domains: Iterable[str],
        deny_domains: Iterable[str],
        suspicious_tlds: Iterable[str],
        short_link_domains: Iterable[str],
        block_extensions: Iterable[str],
    ) -> None:
        self.allow = _domains(allow_domains)
        self.deny = _domains(deny_domains)
        self.short = _domains(short_link_domains)
        self.suspicious_tlds = _domains(suspicious_tlds)
        self.block_extensions = _domains(block_extensions) | _INSTALLERS
        configured = self.allow | self.deny | self.short
        self.bare_tlds = (
            _BARE_TLDS | self.suspicious_tlds | {d.rsplit(".", 1)[-1] for d in configured}
        )

    def check(self, text: str) -> list[Finding]:
        """Findings for the suspicious links in ``text``, by position."""
        if not text:
            return []
        hit = _QUICK.search(text)
        found = [] if hit is None else self._scan(text, hit.start())
        if "//" in text:
            found = self._idn(text, found)
        if ("." in text or "．" in text) and _EXE_QUICK.search(text) is not None:
            found = self._named_files(text, found)
        if found:
            found = _drop_examples(text, found)
        return found

    def _idn(self, text: str, found: list[Finding]) -> list[Finding]:
        """``found`` plus the addresses with a Chinese name (see _IDN_URL)."""
        out = list(found)
        for m in _IDN_URL.finditer(text):
            scheme = _IDN_SCHEME.search(text, max(0, m.start() - 5), m.start())
            if scheme is None:
                continue
            span = (scheme.start(), m.end())
            host = _fold(m.group("host")).replace("．", ".")
            labels = host.split(".")
            if not any(_CJK_CHAR.search(label) for label in labels) or labels[-1] in _IDN_OFFICIAL:
                continue
            if _suffix_match(host, self.allow) > _suffix_match(host, self.deny):
                continue
            if any(f.span[0] < span[1] and span[0] < f.span[1] for f in found):
                continue
            keyword = next(label for label in labels if _CJK_CHAR.search(label))
            out.append(self._finding(["link:lookalike"], keyword, host, span))
        return sorted(out, key=lambda f: f.span) if len(out) > len(found) else found

    @staticmethod
    def _named_files(text: str, found: list[Finding]) -> list[Finding]:
        """``found`` plus the installers named in ``text`` outside any link found there."""
        if _WARNING.search(text) is not None:
            return found
        out = list(found)
        for m in _EXE_DOT.finditer(text):
            start = m.start()
            # a title in book marks before the extension: 《2024年工资调整方案》.exe
            titled = start > 0 and text[start - 1] in _TITLE_CLOSE
            if titled:
                opening = text.rfind(_TITLE_OPEN[text[start - 1]], max(0, start - 40), start)
                titled = opening >= 0
                start = opening if titled else start
            if (
                m.group("ext").lower() not in _EXE_ALWAYS
                and m.group("doc") is None
                and not titled
                # a Windows program or script is bait when the message asks to install it
                # ("有补丁要装：win_safe_update.bat")
                and _RUN_LURE.search(text) is None
                # or when it bears a document's Chinese name (2024年度绩效考核结果.exe)
                and _CJK_NAME.search(text[max(0, start - 30) : start]) is None
            ):
                continue
            while (
                not titled
                and start
                and m.start() - start < 30
                and _FILE_NAME_CHAR.match(text[start - 1])
            ):
                start -= 1
            if start == m.start() or (start and text[start - 1] in _IN_ADDRESS):
                continue  # ".apk 文件" (a kind), or the file of an address (judged as a link)
            if any(f.span[0] < m.end() and start < f.span[1] for f in found):
                continue
            out.append(
                Finding(
                    category="link",
                    rule="link:download",
                    span=(start, m.end()),
                    term=text[start : m.end()][-60:],
                    severity="high",
                    detail="消息中的可执行文件或安装包"
                    + ("（伪装成文档）" if m.group("doc") else ""),
                )
            )
        return sorted(out, key=lambda f: f.span) if len(out) > len(found) else found

    def _scan(self, text: str, pos: int) -> list[Finding]:
        # apart from check(): a closure there would cost every message a cell for ``text``
        lure: list[bool] = []
        bait: list[tuple[bool, bool]] = []

        def lured() -> bool:
            if not lure:
                lure.append(_LURE.search(normalize(text)) is not None)
            return lure[0]

        def baited() -> tuple[bool, bool]:
            if not bait:
                folded = normalize(text)
                if _LURE_WARNING.search(folded) is not None:
                    bait.append((False, False))
                else:
                    bait.append(
                        (
                            _STRONG_LURE.search(folded) is not None,
                            _INSTALL_LURE.search(folded) is not None,
                        )
                    )
            return bait[0]

        findings: list[Finding] = []
        hit = _PLAIN.search(text, pos)
        while hit is not None:
            start = hit.start()
            while start and text[start - 1] in _URLISH:
                start -= 1
            run = _RUN.match(text, start)
            if run is None:  # cannot happen: the hit itself is made of run characters
                break
            raw = run.group(0)
            norm = _fold(raw)
            # a letter that only looks like one right before the address: ⅰcbc.com.cn (roman
            # numeral one), 𝐠ov.cn; the run of address characters starts after it
            disguise = _disguised_letter(text, start)
            for m in _URL.finditer(norm):
                judged = self._judge(m, norm, lured, raw=raw, lure=baited)
                if disguise and m.start() == 0:
                    rule_set, _, end = judged or ([], None, m.end())
                    host = disguise + m.group("host")
                    rule_set = [r for r in rule_set if r != "link:lookalike"] + ["link:lookalike"]
                    span = (start - 1, end + start)
                    findings.append(self._finding(rule_set, text[start - 1], host, span))
                elif judged is not None:
                    rule_set, keyword, end = judged
                    span = (m.start() + start, end + start)
                    findings.append(self._finding(rule_set, keyword, m.group("host"), span))
            hit = _PLAIN.search(text, run.end())
        strip_cjk = _STRIP_CJK.search(text) is not None
        if (
            strip_cjk
            or _ODD.search(text) is not None
            or _DEFANGED.search(text) is not None
            or (
                _SPLIT_HINT.search(text) is not None
                and any(_is_split(m) for m in _SPLIT_START.finditer(text))
            )
        ):
            hidden = self._hidden(text, strip_cjk, lured)
            if hidden:
                findings = [
                    f
                    for f in findings
                    if not any(h.span[0] < f.span[1] and f.span[0] < h.span[1] for h in hidden)
                ]
                findings = sorted(findings + hidden, key=lambda f: f.span)
        return findings

    def _hidden(self, text: str, strip_cjk: bool, lured: Callable[[], bool]) -> list[Finding]:
        """Links that only show once the tricks are undone."""
        out: list[Finding] = []
        for start, end in _regions(text, strip_cjk):
            out.extend(self._hidden_in(text[start:end], start, strip_cjk, lured))
        return out

    def _hidden_in(
        self, text: str, offset: int, strip_cjk: bool, lured: Callable[[], bool]
    ) -> list[Finding]:
        view, index, edits = _unveil(text, strip_cjk)
        if not edits:
            return []
        out: list[Finding] = []
        # the URL pattern only on runs that can hold one: it would try every Chinese character
        for m in (u for r in _RUN.finditer(view) for u in _URL.finditer(view, *r.span())):
            start = m.start()
            if _AT.search(view, max(0, start - 8), start):
                continue  # "zhangwei88 at 163 dot com": a mail address (personal data), not a link
            judged = self._judge(m, view, lured, hidden=True)
            if judged is None:
                continue
            reasons, keyword, end = judged
            score = sum(w for p, w in edits if start < p < end)
            if score >= _SETTLED:
                reasons.append("link:obfuscated")
            elif not reasons or not (score >= 2 or (score and _STRONG.intersection(reasons))):
                continue  # nothing, or one stray space ("OK. Top"), was undone here
            span = (index[start] + offset, index[end - 1] + 1 + offset)
            out.append(self._finding(reasons, keyword, m.group("host"), span))
        return out

    def _judge(
        self,
        m: re.Match[str],
        norm: str,
        lured: Callable[[], bool],
        *,
        hidden: bool = False,
        raw: str | None = None,
        lure: Callable[[], tuple[bool, bool]] | None = None,
    ) -> tuple[list[str], str | None, int] | None:
        """(reasons, look-alike keyword, end of the link in ``norm``), or None for a harmless
        or allowed link. ``hidden``: the link was written apart; report it without a reason.
        ``raw``: ``norm`` before case folding (a short link's random path has both cases).
        ``lure()``: whether the message baits with an account, money or identity, and with
        software to install (see _STRONG_LURE)."""
        host = m.group("host")
        ip = m.group("ip")
        path = m.group("path") or ""
        scheme = m.group("scheme")
        if ip is not None:
            if not (scheme or m.group("port") or path):
                return None  # a bare dotted quad may be a version or a section number
        elif (
            not scheme
            and not host.startswith("www.")
            and m.group("tld") not in self.bare_tlds
            and not m.group("tld").startswith("xn--")
            and not (m.group("tld") in _SHORT_TLDS and _looks_short(host, path, m, raw))
        ):
            return None
        reasons: list[str] = []
        keyword = None
        if ip is None:
            deny = _suffix_match(host, self.deny)
            allow = _suffix_match(host, self.allow)
            if allow > deny:
                return None
            if deny:
                reasons.append("link:deny")
        elif not _PRIVATE_IP.match(host):
            reasons.append("link:ip")

        end = m.end()
        if path:
            floor = m.start("path") + 1
            while end > floor and norm[end - 1] in _TRAILING:
                end -= 1
            path = norm[m.start("path") : end]
        # the file of the path, or one named in the query (/down?file=app.apk)
        if any(
            "." in piece and piece.rsplit(".", 1)[1] in self.block_extensions
            for piece in _PATH_PIECES.split(path)
        ):
            reasons.append("link:download")
        suspicious = ip is None and m.group("tld") in self.suspicious_tlds
        if m.group("userinfo") and "." in m.group("userinfo"):
            keyword = m.group("userinfo")[:-1][:30]  # https://www.gov.cn@evil.top/
            reasons.append("link:lookalike")
        elif ip is None:
            keyword = _lookalike(host, suspicious, lured)
            if keyword is not None:
                reasons.append("link:lookalike")
        if ip is None:
            if _suffix_match(host, self.short) or (
                _looks_short(host, path, m, raw)
                and not _suffix_match(host, _BRAND_DOMAINS)
                and not _suffix_match(host, _FAMILIAR)
            ):
                reasons.append("link:short")
            if suspicious:
                reasons.append("link:suspicious_tld")
        if not reasons and lure is not None and not (ip is not None and _PRIVATE_IP.match(host)):
            strong, install = lure()
            if (
                ((strong and (ip is not None or _unfamiliar(host))) or install)
                and not _suffix_match(host, _BRAND_DOMAINS)
                and not _suffix_match(host, _FAMILIAR)
            ):
                reasons.append("link:lure")
        if not reasons and not hidden:
            return None
        return reasons, keyword, end

    @staticmethod
    def _finding(
        reasons: list[str], keyword: str | None, host: str, span: tuple[int, int]
    ) -> Finding:
        reasons.sort(key=lambda r: _RULES[r][0])
        rule = reasons[0]
        severity = _RULES[rule][1]
        detail = "；".join(
            _RULES[r][2] + (f"（含“{keyword}”）" if r == "link:lookalike" else "") for r in reasons
        )
        return Finding(
            category="link",
            rule=rule,
            span=span,
            term=host[:60],
            severity=severity,
            detail=detail,
        )
