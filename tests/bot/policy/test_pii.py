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
            "ｂｇｓ＠ｈｕｂｅｉ．ｇｏｖ．ｃｎ",
            "ｂｇｓ＠ｈｕｂｅｉ．ｇｏｖ．ｃｎ",
            "b***@hubei.gov.cn",
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
STYLES = st.sampled_from([None, FW, CN, CIRCLED])


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
