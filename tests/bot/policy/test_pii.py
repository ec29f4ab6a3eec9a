import hashlib
import itertools
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.policy.pii import find_pii, luhn_ok, mask, sha256_of

# --- generators with the real algorithms -------------------------------------------------------

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(region: str = "420100", born: date = date(1985, 6, 15), seq: str = "123") -> str:
    first17 = f"{region}{born:%Y%m%d}{seq}"
    check = "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]
    return first17 + check


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


ID_X = next(make_id(seq=f"{n:03d}") for n in range(1000) if make_id(seq=f"{n:03d}").endswith("X"))
ID = make_id()
CARD19 = luhn_complete("622202123456789012")
CARD16 = luhn_complete("436742123456789")
FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN = str.maketrans("0123456789", "〇一二三四五六七八九")
CIRCLED = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")
# how digits are read aloud on the phone: 洞 0, 幺 1, 两 2, 拐 7, 勾 9
SPOKEN = str.maketrans("0123456789", "洞幺两三四五六拐八勾")
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]


def group4(number: str, sep: str = " ") -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def rules(text: str) -> list[str]:
    return [f.rule for f in find_pii(text)]


def covered(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in find_pii(text)]


# --- identity cards -----------------------------------------------------------------------------


def test_id_card_found_with_span_and_mask() -> None:
    text = f"张三，身份证号{ID}，请核对。"
    [f] = find_pii(text)
    assert f.category == "pii"
    assert f.rule == "pii:id_card"
    assert text[f.span[0] : f.span[1]] == ID
    assert f.term == ID[:4] + "*" * 10 + ID[-4:]
    assert f.severity == "high"
    assert f.detail


@pytest.mark.parametrize("x", ["X", "x", "Ｘ"])
def test_id_card_with_x_check_digit(x: str) -> None:
    value = ID_X[:-1] + x
    text = f"身份证：{value}。"
    [f] = find_pii(text)
    assert f.rule == "pii:id_card"
    assert covered(text) == [value]
    assert f.term.endswith("X")


def test_id_card_wrong_check_digit_or_date_is_not_an_id() -> None:
    bad_check = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    assert "pii:id_card" not in rules(f"编号{bad_check}")
    # 2月30日 does not exist; compute the check digit so only the date is wrong
    first17 = "42010019850230123"
    check = "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]
    assert rules(f"编号{first17}{check}") == []
    # born in the future
    assert rules(f"编号{make_id(born=date(2099, 1, 1))}") == []
    # no such province code
    assert rules(f"编号{make_id(region='991234')}") == []


def test_id_card_grouped_fullwidth_and_chinese_numerals() -> None:
    grouped = f"{ID[:6]} {ID[6:14]} {ID[14:]}"
    assert covered(f"证件号 {grouped} 已登记") == [grouped]
    fw = ID.translate(FW)
    assert covered(f"证件号{fw}已登记") == [fw]
    cn = ID.translate(CN)
    text = f"身份证{cn}"
    assert rules(text) == ["pii:id_card"]
    assert covered(text) == [cn]


def test_old_15_digit_id() -> None:
    text = "老证号420100850615123，已换发"
    [f] = find_pii(text)
    assert f.rule == "pii:id_card15"
    assert covered(text) == ["420100850615123"]
    assert find_pii("订单号420100851335123") == []  # month 13


# --- bank cards ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [CARD19, group4(CARD19), group4(CARD19, "-"), CARD16, group4(CARD16), CARD19.translate(FW)],
)
def test_bank_card_found(written: str) -> None:
    text = f"请把补贴打到卡号{written}，谢谢"
    [f] = find_pii(text)
    assert f.rule == "pii:bank_card"
    assert covered(text) == [written]
    digits = re.sub(
        r"\D", "", written.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    )
    assert f.term == digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


def test_bank_card_needs_luhn_and_known_prefix() -> None:
    bad_luhn = CARD19[:-1] + str((int(CARD19[-1]) + 1) % 10)
    assert rules(f"卡号{bad_luhn}") == []
    unknown_prefix = luhn_complete("123456789012345")  # 16 digits, Luhn fine, no such issuer
    assert rules(f"流水号{unknown_prefix}") == []
    assert rules(f"卡号{group4(CARD16)} 1234") == []  # a fifth group: part of a longer number
    assert rules(f"流水号{CARD19}1") == []  # 20 digits


# --- mobiles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "13812345678",
        "138-1234-5678",
        "138 1234 5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "86-13812345678",
        "１３８１２３４５６７８",
        "①③⑧①②③④⑤⑥⑦⑧",
        "一三八一二三四五六七八",
        "幺三八幺二三四五六七八",
        "一三八-一二三四-五六七八",
        "199 8765 4321",
    ],
)
def test_mobile_found(written: str) -> None:
    text = f"有事请联系王科长{written}。"
    [f] = find_pii(text)
    assert f.rule == "pii:mobile"
    assert covered(text) == [written]
    assert re.fullmatch(r"1[3-9]\d\*{4}\d{4}", f.term)


def test_several_mobiles_separated_by_spaces_or_commas() -> None:
    text = "联系人：13812345678 13987654321，15011112222、17722223333"
    assert rules(text) == ["pii:mobile"] * 4
    assert covered(text) == ["13812345678", "13987654321", "15011112222", "17722223333"]


def test_chinese_numeral_in_a_name_does_not_hide_the_mobile() -> None:
    assert covered("联系人张一13812345678") == ["13812345678"]
    assert covered("王二：13812345678") == ["13812345678"]


def test_mixed_digit_styles() -> None:
    assert covered("电话一三八1234五六七八") == ["一三八1234五六七八"]
    assert covered("电话１３８１２３４５６７８") == ["１３８１２３４５６７８"]
    assert covered("电话138—1234—5678") == ["138—1234—5678"]  # em dashes
    card = CARD19.translate(CN)
    assert rules(f"卡号{card}") == ["pii:bank_card"]


def test_card_then_mobile_after_a_space() -> None:
    text = f"卡号{CARD19} 13812345678"
    assert rules(text) == ["pii:bank_card", "pii:mobile"]
    assert covered(text) == [CARD19, "13812345678"]


@pytest.mark.parametrize(
    "text",
    [
        "138123456789",  # 12 digits
        "213812345678",  # digit before
        "12812345678",  # 12x is not a mobile prefix
        "1381234567",  # 10 digits
        "订单20261122138000",
    ],
)
def test_not_a_mobile(text: str) -> None:
    assert rules(text) == []


# --- e-mail -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address", "masked"),
    [
        ("材料发送至zhang.san@example.com，谢谢", "zhang.san@example.com", "z***@example.com"),
        ("邮箱：12345678@qq.com", "12345678@qq.com", "1***@qq.com"),
        (
            "ｌｉｕｙａｎｇ＠１６３．ｃｏｍ",
            "ｌｉｕｙａｎｇ＠１６３．ｃｏｍ",
            "l***@163.com",
        ),
        (
            "Mail: Li_Si+tag@sub.mail.example.org.",
            "Li_Si+tag@sub.mail.example.org",
            "L***@sub.mail.example.org",
        ),
    ],
)
def test_email(text: str, address: str, masked: str) -> None:
    [f] = find_pii(text)
    assert f.rule == "pii:email"
    assert covered(text) == [address]
    assert f.term == masked


def test_email_with_phone_number_local_part_is_one_finding() -> None:
    assert rules("发到13812345678@163.com") == ["pii:email"]


def test_not_email() -> None:
    assert find_pii("@全体成员 请于周五前报送") == []
    assert find_pii("张三@李四 收到") == []
    assert find_pii("user@localhost") == []


# --- spoken digits (幺 两 拐 洞 勾) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "masked"),
    [
        ("幺三五 四四幺四 拐八三两", "135****7832"),
        ("幺三五四四幺四拐八三两", "135****7832"),
        ("一三八 洞两拐幺 四五六九", "138****4569"),  # mixed with ordinary numerals
        ("幺八洞 拐两勾三 五洞六幺", "180****5061"),
        ("幺钩八-么两三四-五六拐八", "198****5678"),  # 钩 and 么 as typed for 勾 and 幺
        ("幺三八  洞两拐幺   四五六九", "138****4569"),
        ("+86 幺三八 幺两三四 五六拐八", "138****5678"),
        ("1三8 幺2三4 5六78", "138****5678"),
    ],
)
def test_spoken_digit_mobiles(written: str, masked: str) -> None:
    text = f"有事打王科长电话{written}，白天晚上都行"
    [f] = find_pii(text)
    assert f.rule == "pii:mobile"
    assert covered(text) == [written]
    assert f.term == masked


def test_spoken_digit_id_and_card() -> None:
    spoken_id = ID.translate(SPOKEN)
    [f] = find_pii(f"身份证号{spoken_id}，请登记")
    assert (f.rule, f.term) == ("pii:id_card", f"{ID[:4]}**********{ID[-4:]}")
    spoken_card = group4(CARD19.translate(SPOKEN))
    assert covered(f"卡号 {spoken_card} 户名王强") == [spoken_card]
    assert mask(spoken_id, "pii:id_card") == f"{ID[:4]}**********{ID[-4:]}"


@pytest.mark.parametrize(
    "text",
    [
        "两个人一组，洞口附近两两巡查，拐弯处设警示牌，勾选三项后提交。",
        "三三两两、七上八下，一五一十地讲清楚",
        "洞洞拐，洞洞拐，我是洞洞八，收到请回答",
        "两会精神学习会，三楼两间会议室，洞庭厅和拐角小会议室",
        "幺两三四五六拐八勾洞幺",  # 12345678901: no such mobile prefix
        "幺三八 洞两拐幺 四五六",  # ten digits
        "一三五七九两洞幺勾拐",
        "第一、三、五、七、九、十一项，两周内完成",
    ],
)
def test_spoken_digit_words_in_ordinary_text(text: str) -> None:
    assert find_pii(text) == []


def test_spoken_digit_in_a_name_does_not_glue_onto_the_number() -> None:
    assert covered("联系人王两13812345678") == ["13812345678"]
    assert covered("小幺 138 1234 5678") == ["138 1234 5678"]
    assert covered("幺三五 四四幺四 拐八三两 两个人轮流值班") == ["幺三五 四四幺四 拐八三两"]


# --- any separator between digit groups -----------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "138.1234.5678",
        "138🌸1234🌸5678",
        "138 🌸 1234 🌸 5678",
        "138❤️1234❤️5678",
        "138/1234/5678",
        "138   1234    5678",
        "138 - 1234 - 5678",
        "138·1234·5678",
        "138＊1234＊5678",
        "1 3 8 1 2 3 4 5 6 7 8",
        "1.3.8.1.2.3.4.5.6.7.8",
        "1🌸3🌸8🌸1🌸2🌸3🌸4🌸5🌸6🌸7🌸8",
        "138 12345678",
        "+86 138.1234.5678",
        *(f"138 {zw.join('1234')} {zw.join('5678')}" for zw in ZERO_WIDTH),
        *(zw.join("13812345678") for zw in ZERO_WIDTH),
        "\u200b".join("138 1234 5678"),
    ],
)
def test_mobile_with_any_separator(written: str) -> None:
    text = f"联系人王科长{written}，有事找他"
    [f] = find_pii(text)
    assert f.rule == "pii:mobile"
    assert covered(text) == [written]
    assert f.term == "138****5678"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("手机136.6414.0701", "136****0701"),
        ("加我189🌸4559🌸4725", "189****4725"),
        ("电话 幺三五 四四幺四 拐八三两", "135****7832"),
    ],
)
def test_separator_examples_from_real_chats(text: str, masked: str) -> None:
    assert [(f.rule, f.term) for f in find_pii(text)] == [("pii:mobile", masked)]


@pytest.mark.parametrize("zw", ZERO_WIDTH)
def test_id_with_zero_width_between_every_digit(zw: str) -> None:
    written = zw.join(ID)
    text = f"身份证号{written}请登记"
    [f] = find_pii(text)
    assert f.rule == "pii:id_card"
    assert covered(text) == [written]
    assert f.term == f"{ID[:4]}**********{ID[-4:]}"
    assert ID[6:14] not in f.term
    with_x = zw.join(ID_X)  # a zero-width character before the X too
    assert covered(f"证件{with_x}。") == [with_x]


@pytest.mark.parametrize(
    "written",
    [
        f"{ID[:6]}.{ID[6:14]}.{ID[14:]}",
        f"{ID[:6]}/{ID[6:14]}/{ID[14:]}",
        f"{ID[:6]}  {ID[6:14]}  {ID[14:]}",
        f"{ID[:6]}🔹{ID[6:14]}🔹{ID[14:]}",
        f"{ID[:6]}-{ID[6:10]}-{ID[10:12]}-{ID[12:14]}-{ID[14:]}",
        group4(ID),
        " ".join(ID),
        f"{ID_X[:6]}.{ID_X[6:14]}.{ID_X[14:]}",
    ],
)
def test_id_with_any_separator(written: str) -> None:
    text = f"证件号 {written} 已登记"
    [f] = find_pii(text)
    assert f.rule == "pii:id_card"
    assert covered(text) == [written]


@pytest.mark.parametrize(
    "written",
    [
        group4(CARD19, "🌸"),
        group4(CARD19, "."),
        group4(CARD19, " - "),
        group4(CARD16, "  "),
        "\u200b".join(CARD19),
        "\u2060".join(CARD16),
        " ".join(CARD16),
    ],
)
def test_bank_card_with_any_separator(written: str) -> None:
    text = f"工资卡号{written}，开户行工商银行"
    [f] = find_pii(text)
    assert f.rule == "pii:bank_card"
    assert covered(text) == [written]


def _luhn_room_list(sep: str) -> str:
    """Four consecutive room numbers that, written together, pass Luhn with a card prefix."""
    for floor in range(4100, 9999, 100):
        rooms = [str(floor + i) for i in range(1, 5)]
        if luhn_ok("".join(rooms)) and rooms[0][0] in "456":
            return sep.join(rooms)
    raise AssertionError


@pytest.mark.parametrize(
    "text",
    [
        "项目总投资 13,800,000,000 元，分三年下达",
        "合同金额 ¥1,380,000,000.00 元",
        "活动时间：2024.11.13—2024.12.15，地点另行通知",
        "2024/11/13 13:30 至 2024/12/15 17:30",
        "请于2026.11.22 13:00前报送",
        "座机 0714-6351234 / 0714-6351235 均可",
        "办公室电话（0714）6351234，传真 0714 6351235",
        "(0714)1550580 2021年8月起启用",
        "请拨打 12345 或 0714-12345 反映问题",
        "流水号 2024 1105 0001 2345 6789 请核对",
        "缴款码 3301 0000 1234 5678 901",
        "服务器地址 192.168.138.102，端口 8080",
        "内网 10.13.81.23 / 10.13.81.24",
        "经纬度 114.3052, 30.5931",
        "版本 v13.8.1234.5678 已发布",
        "完成率 13.8%、12.3%、45.6%、78.9%",
        "鄂政办发〔2026〕138号、鄂政办函〔2026〕1234号",
        "房号 1301、1302、1303、1304，1305 空置",
        f"房号 {_luhn_room_list('/')} 已分配",
        f"房号 {_luhn_room_list(' ')} 已分配",
        f"房号 {_luhn_room_list('、')} 已分配",
        "会议室 138，1234 人次，5678 元",
        "统一社会信用代码：91420200MA49XY1234，登记号 4202 0000 1234",
    ],
)
def test_work_numbers_with_separators_are_not_pii(text: str) -> None:
    assert find_pii(text) == []


# --- e-mail written around -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address", "masked"),
    [
        ("材料发我 zhangwei88 at 163 dot com 谢谢", "zhangwei88 at 163 dot com", "z***@163.com"),
        ("邮箱 liuyang AT qq DOT com", "liuyang AT qq DOT com", "l***@qq.com"),
        ("发到 liuyang1990[at]qq.com 就行", "liuyang1990[at]qq.com", "l***@qq.com"),
        ("个人邮箱 chen_jing(at)126.com", "chen_jing(at)126.com", "c***@126.com"),
        ("邮箱：huangli（at）yeah.net", "huangli（at）yeah.net", "h***@yeah.net"),
        ("邮箱 wang【at】sina【dot】com", "wang【at】sina【dot】com", "w***@sina.com"),
        ("wangfang2020＃126.com（＃换成@）", "wangfang2020＃126.com", "w***@126.com"),
        ("邮箱 lixiaoming#qq.com，别发错了", "lixiaoming#qq.com", "l***@qq.com"),
        ("材料发 zhaolei＠sina.com", "zhaolei＠sina.com", "z***@sina.com"),
        ("请发到 sunhao 艾特 163.com", "sunhao 艾特 163.com", "s***@163.com"),
        ("zhoujie @ gmail . com 这是我的邮箱", "zhoujie @ gmail . com", "z***@gmail.com"),
        ("发 zhoujie@163 . com", "zhoujie@163 . com", "z***@163.com"),
        ("邮箱 li.ming at 126 点 com", "li.ming at 126 点 com", "l***@126.com"),
        ("发 13812345678 at qq dot com", "13812345678 at qq dot com", "1***@qq.com"),
    ],
)
def test_email_written_around(text: str, address: str, masked: str) -> None:
    [f] = find_pii(text)
    assert f.rule == "pii:email"
    assert covered(text) == [address]
    assert f.term == masked
    assert mask(address, "pii:email") == masked


@pytest.mark.parametrize(
    "text",
    [
        "C#.NET开发培训通知",
        "#防汛值班# 今晚 20:00 至次日 8:00 由张三值守",
        "请 look at 附件第3页",
        "会议 at 3 pm，地点 302",
        "@全体成员 请于周五前报送",
        "张三 艾特 一下李四",
        "3#楼2单元，5#楼已完工",
        "参见 data.gov.cn 开放平台",
    ],
)
def test_not_an_email_written_around(text: str) -> None:
    assert find_pii(text) == []


# --- gov.cn unit mailboxes are public, not personal data ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "政务公开邮箱 zwgk@huangshi.gov.cn，欢迎来信",
        "意见建议请发送至 bgs@hubei.gov.cn",
        "信访投诉邮箱：xfj@wuhan.gov.cn，工作日受理",
        "材料电子版发 zhengwu@hsdz.huangshi.gov.cn",
        "ＺＷＧＫ＠ＨＵＡＮＧＳＨＩ．ＧＯＶ．ＣＮ",
        "部门邮箱 webmaster@gov.cn",
        "发到 zwgk at huangshi dot gov dot cn",
        "zwgk @ huangshi.gov.cn 或 bgs＠hubei．gov．cn",
    ],
)
def test_gov_cn_mailboxes_are_not_pii(text: str) -> None:
    assert find_pii(text) == []


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("zwgk@huangshi.gov.cn.evil.top", "z***@huangshi.gov.cn.evil.top"),  # not a gov.cn domain
        ("zwgk@huangshigov.cn", "z***@huangshigov.cn"),
        ("zwgk@gov-cn.top", "z***@gov-cn.top"),
        ("小王的邮箱 wang@qq.com", "w***@qq.com"),
        ("个人邮箱 li@163.com", "l***@163.com"),
    ],
)
def test_other_domains_stay_pii(text: str, masked: str) -> None:
    [f] = find_pii(text)
    assert (f.rule, f.term) == ("pii:email", masked)


def test_gov_mailbox_next_to_a_personal_one() -> None:
    text = "单位邮箱 bgs@hubei.gov.cn，我个人的是 zhang.san@163.com"
    assert covered(text) == ["zhang.san@163.com"]


# --- ordinary work messages give nothing --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "请各单位于2026年11月22日前报送材料，联系电话0714-6351234。",
        "有问题请拨打政务服务热线12345或027-87654321转8001。",
        "根据鄂政办发〔2026〕12号文件精神，做好相关工作。",
        "会议定于20261122下午3点在302会议室召开，参会人员约150人。",
        "本次下达资金3.5万元，其中专项资金12000元，配套资金23500元。",
        "统一社会信用代码91420100MA4K2X3Y5Z，发票号码04400200011112345678。",
        "系统版本v2.3.1已上线，工单编号GD202611220001，房间号1203。",
        "一二三四五六七八九十，第一、第二、第三项任务完成。",
        "二〇二六年十一月二十二日，一二九运动纪念活动。",
        "身份证复印件两份，银行卡复印件一份，请于周五前交到三楼。",
        "传真：0714-6351235，邮编：435000，QQ群：123456789。",
        "12345678901234567890123",
        "",
    ],
)
def test_work_messages_have_no_pii(text: str) -> None:
    assert find_pii(text) == []


def test_findings_in_text_order_and_not_overlapping() -> None:
    text = f"李四 {ID} 13812345678 卡{CARD19} 邮箱 ls@example.com"
    found = find_pii(text)
    assert [f.rule for f in found] == ["pii:id_card", "pii:mobile", "pii:bank_card", "pii:email"]
    ends = [f.span for f in found]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


# --- masking ------------------------------------------------------------------------------------


def test_mask_never_leaks_the_middle() -> None:
    assert mask(ID, "pii:id_card") == f"{ID[:4]}**********{ID[-4:]}"
    assert mask(ID.translate(CN), "pii:id_card") == f"{ID[:4]}**********{ID[-4:]}"
    assert mask("+86 138-1234-5678", "pii:mobile") == "138****5678"
    assert mask(group4(CARD19), "pii:bank_card") == f"{CARD19[:4]}{'*' * 11}{CARD19[-4:]}"
    assert mask("zhangsan@example.com", "pii:email") == "z***@example.com"
    assert mask("1234", "pii:bank_card") == "****"
    assert mask("no-at-sign", "pii:email") == "***"


def test_terms_do_not_contain_the_raw_value() -> None:
    text = f"{ID} {CARD19} 13812345678 wang.wu@example.com"
    for f in find_pii(text):
        raw = re.sub(r"[\s-]", "", text[f.span[0] : f.span[1]])
        assert raw not in f.term
        if f.rule == "pii:id_card":
            assert ID[6:14] not in f.term  # date of birth
        if f.rule == "pii:mobile":
            assert "1234" not in f.term
        if f.rule == "pii:email":
            assert "wang.wu" not in f.term


def test_sha256_of() -> None:
    assert sha256_of(ID) == hashlib.sha256(ID.encode()).hexdigest()
    assert len(sha256_of("")) == 64


# --- properties ---------------------------------------------------------------------------------

FILLER = st.text(
    alphabet="请联系同志办公室电话号码身份证银行卡的是在和，。：；、！ 年月日我你他abcXYZ",
    max_size=15,
)
SEPARATED_FILLER = st.builds(
    lambda s, sep: s + sep, FILLER, st.sampled_from(["", " ", "，", "：", "（", "\n"])
)
REGIONS = ["110101", "310104", "420100", "420502", "440305", "510107", "650102", "820000"]
STYLES = st.sampled_from([None, FW, CN, CIRCLED, SPOKEN])


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=date(1920, 1, 1), max_value=date(2024, 12, 31)))
    seq = f"{draw(st.integers(0, 999)):03d}"
    return make_id(draw(st.sampled_from(REGIONS)), born, seq)


@st.composite
def valid_cards(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["62", "6222", "4", "51", "55", "2221", "35", "36"]))
    length = draw(st.sampled_from([16, 19] if prefix in ("62", "6222", "4", "35", "36") else [16]))
    body = prefix + "".join(
        draw(
            st.lists(
                st.sampled_from("0123456789"),
                min_size=length - len(prefix) - 1,
                max_size=length - len(prefix) - 1,
            )
        )
    )
    return luhn_complete(body)


@st.composite
def valid_mobiles(draw: st.DrawFn) -> str:
    return (
        "1"
        + draw(st.sampled_from("3456789"))
        + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=9, max_size=9)))
    )


def _embed_and_find(before: str, written: str, after: str) -> list:
    text = before + written + after
    span = (len(before), len(before) + len(written))
    return [f for f in find_pii(text) if f.span == span]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_text_never_raises(text: str) -> None:
    for f in find_pii(text):
        assert 0 <= f.span[0] < f.span[1] <= len(text)
        assert f.category == "pii"


@settings(max_examples=150, deadline=None)
@given(SEPARATED_FILLER, valid_ids(), STYLES, st.sampled_from(["", " "]), SEPARATED_FILLER)
def test_generated_ids_are_found(before, number, style, sep, after) -> None:
    written = f"{number[:6]}{sep}{number[6:14]}{sep}{number[14:]}"
    if style is not None:
        written = written.translate(style)
    [f] = _embed_and_find(before, written, after)
    assert f.rule == "pii:id_card"
    assert f.term == number[:4] + "*" * 10 + number[-4:]


@settings(max_examples=150, deadline=None)
@given(SEPARATED_FILLER, valid_cards(), st.sampled_from(["", " ", "-"]), SEPARATED_FILLER)
def test_generated_cards_are_found(before, number, sep, after) -> None:
    written = group4(number, sep) if sep else number
    [f] = _embed_and_find(before, written, after)
    assert f.rule == "pii:bank_card"
    assert number[4:-4] not in f.term


@settings(max_examples=150, deadline=None)
@given(SEPARATED_FILLER, valid_mobiles(), STYLES, st.sampled_from(["", " ", "-"]), SEPARATED_FILLER)
def test_generated_mobiles_are_found(before, number, style, sep, after) -> None:
    written = f"{number[:3]}{sep}{number[3:7]}{sep}{number[7:]}"
    if style is not None:
        written = written.translate(style)
    [f] = _embed_and_find(before, written, after)
    assert f.rule == "pii:mobile"
    assert f.term == f"{number[:3]}****{number[7:]}"


SEPARATORS = st.sampled_from([".", "🌸", "  ", " - ", "·", "❤️", " . ", "\u3000"])


@settings(max_examples=150, deadline=None)
@given(SEPARATED_FILLER, valid_ids(), STYLES, SEPARATORS | st.just("/"), SEPARATED_FILLER)
def test_generated_ids_with_any_separator_are_found(before, number, style, sep, after) -> None:
    written = f"{number[:6]}{sep}{number[6:14]}{sep}{number[14:]}"
    if style is not None:
        written = written.translate(style)
    [f] = _embed_and_find(before, written, after)
    assert f.rule == "pii:id_card"


@settings(max_examples=150, deadline=None)
@given(SEPARATED_FILLER, valid_mobiles(), STYLES, SEPARATORS | st.just("/"), SEPARATED_FILLER)
def test_generated_mobiles_with_any_separator_are_found(before, number, style, sep, after) -> None:
    written = f"{number[:3]}{sep}{number[3:7]}{sep}{number[7:]}"
    if style is not None:
        written = written.translate(style)
    [f] = _embed_and_find(before, written, after)
    assert f.term == f"{number[:3]}****{number[7:]}"


@settings(max_examples=150, deadline=None)
@given(SEPARATED_FILLER, valid_cards(), SEPARATORS, SEPARATED_FILLER)
def test_generated_cards_with_any_separator_are_found(before, number, sep, after) -> None:
    [f] = _embed_and_find(before, group4(number, sep), after)
    assert f.rule == "pii:bank_card"


@settings(max_examples=150, deadline=None)
@given(
    SEPARATED_FILLER,
    st.one_of(valid_ids(), valid_cards(), valid_mobiles()),
    st.sampled_from(ZERO_WIDTH),
    SEPARATED_FILLER,
)
def test_generated_numbers_with_zero_width_between_digits_are_found(
    before, number, zw, after
) -> None:
    [f] = _embed_and_find(before, zw.join(number), after)
    # masked: the middle is starred (a mobile's kept ends may repeat its middle, as 130****0000)
    assert number not in f.term
    assert "****" in f.term
