"""Generate the number-bearing rows of ``moderation.csv`` deterministically.

The personal data is synthetic: resident ID numbers follow GB 11643-1999 (real area code,
a real birth date, sequence number, valid check digit), bank card numbers carry real issuer
prefixes at their real length and pass Luhn, mobiles are mainland ``1[3-9]x`` numbers.
A few ``ok`` rows carry long numbers that must *not* be taken for personal data.

    python tests/data/make_moderation_pii.py > rows.csv   # CSV rows, no header

The seed is fixed, so the same rows come out on every run.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from datetime import date, timedelta

SEED = 20260420

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

# Area codes of real counties/districts (Huangshi first, the rest of Hubei, a few elsewhere).
AREAS = (
    "420202", "420203", "420204", "420205", "420222", "420281",
    "420102", "420106", "421102", "420502", "421281", "110105", "440305",
)  # fmt: skip

# (issuer prefix, length): ICBC, CCB, ABC, BOC, BoCom, PSBC debit cards are 19 digits,
# CMB debit and credit cards 16.
CARD_BINS = {
    "icbc": ("622202", 19),
    "ccb": ("621700", 19),
    "abc": ("622848", 19),
    "boc": ("621661", 19),
    "bocom": ("622262", 19),
    "psbc": ("621799", 19),
    "cmb": ("622588", 16),
    "cmb_debit": ("621483", 16),
}

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182",
    "185", "186", "187", "188", "189", "199",
)  # fmt: skip

CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
CHINESE = "零一二三四五六七八九"
SPOKEN = "洞幺两三四五六拐八勾"  # radio/phone read-out digits
FULLWIDTH = "０１２３４５６７８９"


def id_check_digit(body17: str) -> str:
    """Check character of an 18-digit resident ID number (GB 11643)."""
    total = sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11]


def is_valid_id(number: str) -> bool:
    """True for an 18-character ID number with a real date and a matching check digit."""
    if not re.fullmatch(r"\d{17}[\dXx]", number):
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if not date(1900, 1, 1) <= born <= date(2026, 12, 31):
        return False
    return id_check_digit(number[:17]) == number[17].upper()


def luhn_ok(number: str) -> bool:
    """True when the digit string passes the Luhn check."""
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


class Gen:
    """Seeded generator of synthetic numbers."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)

    def id_number(self, *, want_x: bool = False) -> str:
        while True:
            born = date(1962, 1, 1) + timedelta(days=self.rng.randrange(40 * 365))
            body = (
                self.rng.choice(AREAS) + born.strftime("%Y%m%d") + f"{self.rng.randrange(1000):03d}"
            )
            check = id_check_digit(body)
            if (check == "X") == want_x:
                return body + check

    def card(self, bank: str) -> str:
        prefix, length = CARD_BINS[bank]
        body = prefix + "".join(str(self.rng.randrange(10)) for _ in range(length - 7))
        return body + _luhn_digit(body)

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def serial_18(self, day: str) -> str:
        """An 18-digit date-led serial number, as case and payment systems issue them."""
        while True:
            n = day + "".join(str(self.rng.randrange(10)) for _ in range(18 - len(day)))
            if not is_valid_id(n):
                return n

    def not_luhn(self, prefix: str, length: int) -> str:
        while True:
            n = prefix + "".join(str(self.rng.randrange(10)) for _ in range(length - len(prefix)))
            if not luhn_ok(n) and not is_valid_id(n):
                return n


def digits_in(text: str, style: str) -> str:
    return "".join(style[int(c)] if c.isdigit() else c for c in text)


def grouped(n: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, i = [], 0
    for s in sizes:
        parts.append(n[i : i + s])
        i += s
    if i < len(n):
        parts.append(n[i:])
    return sep.join(parts)


def rows(seed: int = SEED) -> list[tuple[str, str, str]]:
    """All generated rows as (text, label, note)."""
    g = Gen(seed)
    out: list[tuple[str, str, str]] = []

    def pii(text: str, note: str) -> None:
        out.append((text, "pii", note))

    # Resident ID numbers
    pii(f"麻烦帮忙录一下：刘洋，身份证号{g.id_number()}，信息中心借调人员。", "id-number")
    pii(f"张老师的身份证号{g.id_number()}，报名表上写错了一位，这个是对的。", "id-number")
    pii(f"补缴社保名单：王强 {g.id_number()}，请人社所核对。", "id-number")
    pii(f"{g.id_number()} 这是我身份证号，帮我在系统里查一下培训学时", "id-number")
    pii(f"订票用：陈静 {g.id_number()}，22号上午去省厅", "id-number")
    pii(f"户主罗大海，身份证号码{g.id_number()}，申请临时救助，请民政办审核。", "id-number")
    pii(f"志愿者登记 姓名：孙悦 证件号：{g.id_number()}", "id-number")
    pii(
        f"身份证：{grouped(g.id_number(), (6, 8), ' ')}（邓丽）帮忙开一下门禁权限",
        "id-number:spaced",
    )
    pii(f"发错群了撤不回来😅 何平 {g.id_number(want_x=True).lower()}", "id-number:lowercase-x")
    pii(f"驻村工作队新队员：程亮，{g.id_number(want_x=True)}，请乡镇办理住宿登记", "id-number")
    pii(f"请核对一下这个号对不对 {g.id_number()} 系统提示已被注册", "id-number")

    # Bank cards
    pii(f"劳务费请打到这张卡：{g.card('icbc')} 工商银行 户名周敏", "bank-card")
    pii(
        f"我的工资卡 {grouped(g.card('ccb'), (4, 4, 4, 4), ' ')}，建行黄石分行营业部",
        "bank-card:spaced",
    )
    pii(f"报销款转我农行卡就行 {g.card('abc')}", "bank-card")
    pii(f"上次垫付的材料费，卡号{g.card('cmb')}，招行，户名李娟。", "bank-card")
    pii(f"帮我代缴一下党费，从这张卡扣：{g.card('psbc')}（邮储）", "bank-card")
    pii(
        f"卡号 {grouped(g.card('cmb_debit'), (4, 4, 4, 4), ' ')} 开户行 招商银行黄石分行 户名 吴磊",
        "bank-card:spaced",
    )
    pii(f"学费补助发到中国银行{g.card('boc')}，持卡人：杨帆", "bank-card")
    pii(f"交通银行 {g.card('bocom')} 徐丽华，慰问金打这个卡", "bank-card")

    # Mobile numbers
    pii(f"有急事直接打我手机{g.mobile()}，座机这两天没人接。", "mobile")
    pii(f"防汛值班联系人：赵军 {grouped(g.mobile(), (3, 4), '-')}", "mobile:dashed")
    pii(f"新来的小吴手机号{grouped(g.mobile(), (3, 4), ' ')}，大家存一下。", "mobile:spaced")
    pii(f"我换号了，新号{g.mobile()}，旧号下周停机", "mobile")
    pii(f"驾驶员老黄电话 {g.mobile()}，明早7点在大院门口等", "mobile")
    pii(f"联系人：罗科长 +86 {g.mobile()}", "mobile:intl")
    pii(f"电话打不通的话加我微信，就是手机号{g.mobile()}", "mobile")
    pii(f"各村联络员：东岳村 徐兵 {g.mobile()}；长乐村 汪红 {g.mobile()}", "mobile")
    pii(f"王会计手机{grouped(g.mobile(), (3, 4), ' ')}，报销的事直接找她", "mobile:spaced")

    # E-mail addresses
    pii("材料发我私人邮箱吧，zhangwei1988@163.com，单位邮箱满了", "email")
    pii("黄敏让把简历发她邮箱 huangmin_0823@qq.com", "email")
    pii("请把照片原图发到 liuyang.hs@126.com，刘洋收。", "email")
    pii("我的邮箱 chenjing0712@sina.com，有问题随时联系", "email")
    pii("大冶联络员王磊，邮箱wanglei_dy@163.com，电话晚上可能不通", "email")

    # Several kinds in one message
    pii(
        f"姓名：何静 身份证：{g.id_number()} 手机：{g.mobile()} 工资卡：{g.card('icbc')}",
        "mixed",
    )
    pii(f"申请人信息——邹明，{g.id_number()}，{grouped(g.mobile(), (3, 4), '-')}", "mixed")

    # Evasion: the same data written so that a plain \d pattern misses it
    pii(f"有事打我电话 {digits_in(g.mobile(), CIRCLED)}", "evasion:digits-circled")
    pii(f"加我微信，号码是{digits_in(g.mobile(), CHINESE)}", "evasion:digits-chinese")
    pii(
        f"电话{digits_in(grouped(g.mobile(), (3, 4), ' '), SPOKEN)}，报我名字就行",
        "evasion:digits-spoken",
    )
    pii(f"身份证号：{digits_in(g.id_number(), FULLWIDTH)}", "evasion:digits-fullwidth")
    pii(f"卡号：{digits_in(g.card('icbc'), FULLWIDTH)}，工行", "evasion:digits-fullwidth")
    pii(f"手机 {digits_in(g.mobile(), FULLWIDTH)} 下午都在", "evasion:digits-fullwidth")
    pii(f"身份证{grouped(g.id_number(), (6, 8), '-')}，麻烦登记", "evasion:separators")
    pii(f"手机号 {grouped(g.mobile(), (3, 4), '🌸')}", "evasion:emoji")
    pii(f"号码：{grouped(g.mobile(), (3, 4), '.')}", "evasion:punct")
    pii(f"身份证 {chr(0x200B).join(g.id_number())}", "evasion:zero-width")
    pii(f"卡号{digits_in(g.card('ccb'), CHINESE)}，建行", "evasion:digits-chinese")
    pii("邮箱 zhangxiaoli2001 at 163 dot com，发这个就行", "evasion:email-words")
    pii("邮箱：wangfang_hs＃126.com（＃换成@）", "evasion:email-hash")

    # Long numbers that are not personal data
    def ok(text: str) -> None:
        out.append((text, "ok", "hard-negative:number-not-pii"))

    ok(f"非税收入缴款码：{g.not_luhn('20260', 18)}，请在4月30日前到银行柜台缴纳。")
    ok(f"快递单号 SF{g.not_luhn('1', 13)}，文件已寄出，明天应该能到")
    ok(f"电子证照申请流水号{g.serial_18('20260415')}，系统显示已受理。")
    ok(f"合同编号{g.not_luhn('2026', 16)}，请财务核对后付款。")
    ok(f"项目编号 {g.not_luhn('20260', 19)} 已在政府采购网公示")
    ok("统一社会信用代码：91420200MA49B7XK3Q，企业名称请按营业执照填写。")
    ok("发票代码042002100111，发票号码08813562，请在报销单上注明。")
    ok("12345热线转办工单号 10020260415 已办结，请回访")
    ok("门户网站备案号：鄂ICP备05012345号-1，页脚请统一更新")
    return out


def main() -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerows(rows())


if __name__ == "__main__":
    main()
