"""Generate ``policies/classifier/train.csv`` for the content classifier (SPEC §7).

The rows are synthetic and authored by this project: hand-written message templates filled from
hand-written slot lists with a fixed seed, so the file is reproducible. Nothing is copied from the
evaluation sets (``tests/data/moderation*.csv``) or from the shared datasets; generated rows whose
folded text equals a row of the dev set are dropped, so that the dev set stays a fair tuning set.

Labels (``text,label``):

* ``work`` — everything that must pass: notices, deadlines, meetings, reports, questions, duty
  rosters, acknowledgements, greetings, study material and positive news, and on purpose many
  *hard negatives*: enforcement, training, warning and rebuttal notices that name forbidden things
  (打击赌博、扫黄打非、反邪教、谨防冒充领导诈骗、网传……系谣言), incident reports (信访人扬言……已稳控),
  and ordinary words with a risky character (博物馆、菠菜、推翻原方案、砍预算、六四分成、尼玛次仁).
* ``off_topic`` — chatter: votes for relatives, 砍一刀, stocks, shopping, red packets, games,
  sports, food, pets, gossip, selling one's own things, chicken-soup greetings; and commentary of
  the kind comment sections are full of (``DISCUSS``, ``DOMAINS``, ``COMMENT``): opinions on
  society, history, the world, health and food habits, reactions to news and celebrity gossip,
  love and looks, fights in sports, films and games, friends' recommendations, a citizen's
  complaints, strong words about things — none of it a rumour, an insult, a solicitation, a
  threat, an advert or an attack on the state.
* ``political``, ``porn``, ``gambling``, ``violence``, ``cult``, ``rumor``, ``insult``, ``ad`` —
  the forbidden categories of SPEC §7 (``pii``, ``secret`` and ``link`` stay rule-based). Forbidden
  rows get evasions at random: homophones, pinyin and initials (yp, du场, gcd, nmsl, vx), mixed
  Latin letters, traditional characters, separators, emoji, prefixes and suffixes.

The work and off-topic templates of ``tools/make_offtopic_train.py`` are reused (without its
chain-message and advert groups, which are rumours and adverts here) and extended.

Usage: ``python tools/make_moderation_train.py [--seed 20261122] [--out policies/classifier/train.csv]``
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import make_offtopic_train as ot  # noqa: E402

from bot.policy.normalize import normalize  # noqa: E402

DEFAULT_OUT = ROOT / "policies" / "classifier" / "train.csv"
# The seed is the date the data were written; the trainer records it as the training date.
DEFAULT_SEED = 20261122
DATA_DATE = f"{DEFAULT_SEED // 10000}-{DEFAULT_SEED // 100 % 100:02d}-{DEFAULT_SEED % 100:02d}"
DEV = ROOT / "tests" / "data" / "moderation_dev.csv"
MAX_LEN = 120
LABELS = (
    "work", "off_topic", "political", "porn", "gambling", "violence", "cult", "rumor", "insult",
    "ad",
)  # fmt: skip
FORBIDDEN = LABELS[2:]
# rows per label to aim at (templates are sampled evenly until the target is reached)
TARGET = {
    "political": 800, "porn": 800, "gambling": 800, "violence": 800, "cult": 750, "rumor": 800,
    "insult": 800, "ad": 900,
}  # fmt: skip
SCALE = 2  # rows per template relative to the first version; more rows, less sampling noise

# --- slot fillers -------------------------------------------------------------------------------
# Values may hold ``[a|b|c]`` alternatives and ``{slot}`` references themselves.


def _wxid(r: random.Random) -> str:
    letters = "abcdefghjkmnpqrstuvwxyz"
    head = "".join(r.choice(letters) for _ in range(r.randint(2, 6)))
    tail = "".join(r.choice("0123456789") for _ in range(r.randint(3, 7)))
    return r.choice([head + tail, head + "_" + tail, head.upper() + tail, tail + head])


def _qq(r: random.Random) -> str:
    return str(r.randint(10000000, 3999999999))


def _digits(lo: int, hi: int) -> Callable[[random.Random], str]:
    return lambda r: str(r.randint(lo, hi))


S: dict[str, list[str] | Callable[[random.Random], str]] = {
    # common
    "wxid": _wxid,
    "qq": _qq,
    "d2": _digits(2, 99),
    "d3": _digits(100, 999),
    "d4": _digits(1000, 9999),
    "ppl": [
        "兄弟们",
        "朋友们",
        "各位",
        "大家",
        "老铁们",
        "家人们",
        "姐妹们",
        "各位老板",
        "群友们",
        "亲们",
    ],
    "now": [
        "明天",
        "今晚",
        "今天下午",
        "周六上午",
        "本周五",
        "后天",
        "下周一",
        "明早八点",
        "今晚十二点",
        "这周末",
        "月底",
    ],
    "city": [
        "本市",
        "我市",
        "本地",
        "我县",
        "咱们县",
        "咱们区",
        "市区",
        "城东",
        "城南",
        "开发区",
        "县城",
        "咱们镇",
    ],
    "gov_place": [
        "市政府",
        "区政府",
        "县委",
        "区委",
        "信访局",
        "街道办",
        "镇政府",
        "市委大院",
        "省政府",
        "住建局",
        "县政府",
        "人民广场",
    ],
    "amt": [
        "88",
        "188",
        "200",
        "300",
        "500",
        "888",
        "1000",
        "3000",
        "5000",
        "一千",
        "两千",
        "三百",
        "五百",
        "八百",
    ],
    "contact": [
        "加微信{wxid}",
        "加V：{wxid}",
        "vx：{wxid}",
        "私聊",
        "私我",
        "扣扣{qq}",
        "加Q{qq}",
        "联系{wxid}",
        "+v {wxid}",
        "威信{wxid}",
        "详情私聊",
        "加群{qq}",
        "加我好友",
        "私信我",
        "看我头像",
        "戳我头像",
        "薇{wxid}",
        "qq群{qq}",
        "飞机号{wxid}",
        "tg：{wxid}",
    ],
    "emo": ["😍", "🔥", "💰", "👉", "❤️", "💋", "🎁", "✨", "💯", "🧧", "⚡", "👍"],
    # --- political
    "party": [
        "共产党",
        "中共",
        "共党",
        "土共",
        "共匪",
        "gcd",
        "ccp",
        "tg",
        "中共政权",
        "这个党",
        "党国",
        "红色政权",
        "共惨党",
        "共残党",
        "老共",
        "GCD",
        "中gong",
        "共chan党",
        "赵家",
    ],
    "regime": [
        "中共政权",
        "共产党政权",
        "这个政权",
        "独裁政权",
        "流氓政权",
        "暴政",
        "极权统治",
        "一党专政",
        "红色暴政",
        "专制制度",
        "共产党的统治",
        "这个体制",
        "中共暴政",
        "党天下",
    ],
    "overthrow": ["推翻", "打倒", "颠覆", "铲除", "消灭", "埋葬", "干掉", "推倒", "灭了", "结束"],
    "bad_adj": ["腐朽", "邪恶", "罪恶", "无耻", "反人类", "残暴", "流氓", "黑暗", "吃人的"],
    "leader": [
        "习包子",
        "庆丰帝",
        "包子帝",
        "维尼熊",
        "xjp",
        "刁近平",
        "总加速师",
        "习皇帝",
        "包子",
        "习独裁",
    ],
    "freedom": ["自由", "民主", "宪政", "人权", "普选", "三权分立", "多党制"],
    "sep_tw": [
        "台湾独立",
        "台独建国",
        "台湾建国",
        "台湾是一个独立的国家",
        "台湾不属于中国",
        "一边一国",
        "台湾共和国",
        "台湾人不是中国人",
    ],
    "sep_hk": [
        "光复香港，时代革命",
        "香港独立",
        "港独",
        "五大诉求，缺一不可",
        "香港建国",
        "揽炒香港",
    ],
    "sep_tb": ["西藏独立", "free tibet", "藏独", "西藏属于藏人", "雪山狮子旗飘扬", "西藏国"],
    "sep_xj": ["东突独立", "东突厥斯坦建国", "新疆独立", "疆独", "维吾尔人建国"],
    "june4": [
        "六四屠杀",
        "8964",
        "天安门屠杀",
        "六四真相",
        "坦克人",
        "平反六四",
        "五月三十五日",
        "六四事件真相",
        "64屠城",
    ],
    "media": [
        "大纪元",
        "新唐人",
        "自由亚洲电台",
        "希望之声",
        "看中国",
        "禁闻网",
        "阿波罗新闻网",
        "明镜新闻",
        "法轮功的网站",
    ],
    "protest": [
        "拉横幅",
        "静坐",
        "游行",
        "示威",
        "集会",
        "堵路",
        "讨说法",
        "围堵大门",
        "上街",
        "喊口号",
        "集体上访",
    ],
    # --- porn
    "girl": [
        "学生妹",
        "少妇",
        "美女",
        "模特",
        "嫩模",
        "小姐姐",
        "兼职妹",
        "外围女",
        "良家",
        "大学生",
        "熟女",
        "空姐",
    ],
    "porn_vid": [
        "黄片",
        "a片",
        "av",
        "无码视频",
        "成人影片",
        "成人视频",
        "小黄片",
        "福利视频",
        "国产自拍",
        "偷拍视频",
        "激情视频",
        "色情视频",
        "毛片",
        "三级片",
        "h片",
        "黄色视频",
        "成人电影",
        "porn资源",
    ],
    "escort": [
        "上门服务",
        "全套服务",
        "特殊服务",
        "大保健",
        "一条龙服务",
        "包夜",
        "快餐",
        "莞式服务",
        "spa男士专享",
        "陪睡服务",
        "鸳鸯浴",
        "全身推油",
        "楼凤",
        "援交",
        "包养",
        "约炮",
    ],
    "hookup": [
        "约炮",
        "约p",
        "yp",
        "约啪",
        "一夜情",
        "打炮",
        "炮友",
        "约泡",
        "开房",
        "同城约",
        "约一下",
        "pao友",
    ],
    "nude": [
        "裸聊",
        "果聊",
        "裸体视频",
        "脱衣直播",
        "激情直播",
        "luo聊",
        "裸舞",
        "黄播",
        "色情直播",
        "一对一视频聊天",
    ],
    "sexdrug": ["迷药", "催情水", "听话水", "迷奸水", "春药", "催情药", "失身水", "迷幻药"],
    # --- gambling
    "casino": [
        "澳门新葡京",
        "威尼斯人",
        "金沙娱乐",
        "线上娱乐城",
        "真人娱乐",
        "皇冠体育",
        "亚博体育",
        "开云体育",
        "太阳城",
        "永利娱乐",
        "银河娱乐",
        "澳门赌场",
        "网上赌场",
        "线上赌场",
        "ag真人",
        "bbin",
        "葡京国际",
        "百乐门",
        "菠菜平台",
        "博彩平台",
        "赌博网站",
        "堵场",
    ],
    "casino_game": [
        "百家乐",
        "bjl",
        "龙虎斗",
        "牛牛",
        "炸金花",
        "扎金花",
        "德州扑克",
        "老虎机",
        "轮盘",
        "骰宝",
        "押大小",
        "捕鱼",
        "推筒子",
        "斗牛",
        "21点",
        "牌九",
        "三公",
    ],
    "lottery": [
        "六合彩",
        "时时彩",
        "北京pk10",
        "北京赛车",
        "幸运飞艇",
        "加拿大28",
        "快三",
        "分分彩",
        "极速赛车",
        "幸运28",
        "pc蛋蛋",
        "重庆时时彩",
        "香港六合彩",
        "澳门六合彩",
        "私彩",
        "ssc",
    ],
    "bonus": [
        "首充送{d2}%",
        "注册送{d2}元",
        "注册就送{amt}彩金",
        "首存{amt}送{amt}",
        "返水{d2}%",
        "天天返水",
        "充值就送",
        "新人送彩金",
        "存款即送",
        "日返千分之{d2}",
        "首存翻倍",
    ],
    "payout": [
        "24小时出款",
        "提款秒到",
        "秒出款",
        "大额无忧",
        "提现秒到账",
        "出款快",
        "上下分秒到",
        "信誉第一",
        "千万担保",
    ],
    "win": [
        "稳赚不赔",
        "包赢",
        "必中",
        "稳赢",
        "日赚{amt}",
        "一把回本",
        "带你回血",
        "稳定上岸",
        "翻身",
        "准到爆",
        "一夜暴富",
    ],
    # --- violence
    "gun": [
        "仿真枪",
        "钢珠枪",
        "气枪",
        "猎枪",
        "手枪",
        "五四式",
        "双管猎",
        "弓弩",
        "麻醉枪",
        "电击枪",
        "火药枪",
        "气狗",
        "汽狗",
        "猎qiang",
        "军用手枪",
        "狙击枪",
        "左轮",
        "铅弹",
        "子弹",
        "枪支配件",
        "qiang支",
    ],
    "blade": ["管制刀具", "砍刀", "匕首", "军刺", "三棱刺", "弹簧刀", "开山刀", "蝴蝶刀"],
    "bomb": [
        "炸药",
        "黑火药",
        "雷管",
        "导火索",
        "土炸弹",
        "燃烧瓶",
        "硝铵炸药",
        "遥控炸弹",
        "爆炸物",
        "tnt",
    ],
    "kill": [
        "砍死",
        "捅死",
        "弄死",
        "杀了",
        "宰了",
        "废了",
        "打死",
        "干死",
        "剁了",
        "灭了",
        "整死",
    ],
    "target": [
        "你",
        "你全家",
        "那个主任",
        "他们领导",
        "那个狗官",
        "拆迁办的人",
        "你们局长",
        "那个女人",
        "王科长",
        "你们所有人",
    ],
    # --- cult
    "flg": [
        "法轮功",
        "法轮大法",
        "法L功",
        "fa轮功",
        "flg",
        "珐伦功",
        "法仑功",
        "法lun功",
        "发轮功",
        "法輪功",
        "FLG",
        "大法",
    ],
    "cultname": [
        "全能神",
        "东方闪电",
        "实际神",
        "门徒会",
        "三赎基督",
        "观音法门",
        "一贯道",
        "呼喊派",
        "主神教",
        "灵灵教",
        "华藏宗门",
        "被立王",
        "统一教",
        "中华大陆行政执事站",
        "全范围教会",
        "血水圣灵",
    ],
    "master": [
        "大师",
        "师父",
        "风水先生",
        "神婆",
        "道长",
        "半仙",
        "活佛",
        "法师",
        "仙姑",
        "算命先生",
    ],
    "magic": [
        "开光",
        "转运",
        "消灾",
        "改运",
        "驱鬼",
        "作法",
        "做法事",
        "画符",
        "跳大神",
        "请神",
        "招魂",
        "化解血光之灾",
        "斩桃花",
        "补财库",
        "破太岁",
    ],
    # --- rumor
    "quake": ["7.8级", "8级", "6.5级", "7级", "9级", "大", "强烈"],
    "scare_thing": [
        "封城",
        "全市停水三天",
        "全城停电",
        "全市停课两周",
        "超市断货",
        "银行要倒闭",
        "取消中考",
        "禁止电动车上路",
        "存款要冻结",
        "退休金停发",
        "微信要收费",
        "油价涨到十块",
        "房子要收房产税翻倍",
        "农村宅基地要收回",
        "身份证要全部换新收费",
        "高速公路全部免费",
    ],
    "source": [
        "内部消息",
        "可靠消息",
        "我表哥在卫健委上班说",
        "我朋友在公安局说",
        "听说",
        "据知情人士透露",
        "刚收到内部通知",
        "我亲戚在医院说",
        "网上都在传",
        "领导群里都传开了",
        "朋友圈都在传",
        "地震局内部人说",
    ],
    "fwd": [
        "转发给家人",
        "转给身边的人",
        "赶紧转发",
        "转发到{d2}个群",
        "看到的都转一下",
        "扩散出去",
        "告诉你的亲朋好友",
        "转给所有人",
        "速转",
        "转发让更多人知道",
        "不转不是中国人",
    ],
    "food_bad": [
        "小龙虾",
        "香蕉",
        "西瓜",
        "方便面",
        "猪肉",
        "鸡蛋",
        "大米",
        "奶茶",
        "螃蟹",
        "外卖",
    ],
    "disease": ["新病毒", "不明病毒", "癌症", "艾滋", "变异毒株", "怪病", "禽流感", "鼠疫", "肝癌"],
    # --- insult
    "ins_noun": [
        "傻逼",
        "sb",
        "傻B",
        "煞笔",
        "傻X",
        "傻叉",
        "贱人",
        "婊子",
        "人渣",
        "废物",
        "蠢货",
        "蠢猪",
        "脑残",
        "智障",
        "狗东西",
        "王八蛋",
        "杂种",
        "畜生",
        "饭桶",
        "草包",
        "窝囊废",
        "白痴",
        "神经病",
        "二百五",
        "垃圾",
        "败类",
        "马屁精",
        "狗腿子",
        "瘪三",
        "憨批",
        "沙比",
        "狗日的",
    ],
    "ins_swear": [
        "操你妈",
        "草泥马",
        "cnm",
        "nmsl",
        "你妈死了",
        "tmd",
        "他妈的",
        "妈的",
        "去你妈的",
        "滚你妈的",
        "日你先人",
        "你大爷的",
        "md",
        "尼玛的",
        "去死吧",
        "滚蛋",
        "给老子滚",
        "艹",
        "卧槽你妈",
    ],
    "ins_who": [
        "你",
        "你这个人",
        "这货",
        "那个科长",
        "{person}",
        "我们领导",
        "老{sur}",
        "这个主任",
        "你们",
        "楼上",
        "那个新来的",
    ],
    "sur": list(ot.SURNAMES[:40]),
    # --- ad
    "invoice": [
        "代开发票",
        "代开各类发票",
        "增值税发票",
        "普通发票",
        "专票",
        "住宿发票",
        "餐饮发票",
        "各行业发票",
        "真票",
    ],
    "job": [
        "兼职打字员",
        "刷单",
        "点赞员",
        "网络推广员",
        "手工活外发",
        "兼职客服",
        "抖音点赞",
        "淘宝刷单",
        "京东刷单",
        "录入员",
        "宝妈兼职",
        "手机兼职",
        "副业",
        "配音兼职",
        "做任务",
    ],
    "pay": [
        "日结{amt}",
        "一单一结",
        "日入{amt}+",
        "月入过万",
        "佣金{d2}元",
        "时薪{d2}",
        "当天结算",
        "躺赚",
        "轻松赚奶粉钱",
        "日赚{amt}",
    ],
    "loan": [
        "无抵押贷款",
        "信用贷",
        "不查征信",
        "黑户可贷",
        "当天放款",
        "秒批秒到",
        "低息借款",
        "凭身份证放款",
        "大额信用卡代办",
        "信用卡代还",
        "停息挂账",
        "网贷上岸",
        "私人借款",
        "空放",
    ],
    "cert": [
        "驾照",
        "学历证书",
        "资格证",
        "会计证",
        "教师证",
        "建造师证",
        "健康证",
        "四六级",
        "本科文凭",
        "职称证书",
    ],
    "gift": [
        "免费礼品",
        "福利",
        "红包",
        "保健品",
        "鸡蛋",
        "话费",
        "购物卡",
        "豪礼",
        "小家电",
        "体验装",
    ],
    "wx": ["微信", "vx", "v信", "薇信", "威信", "wx", "徽信", "VX", "卫星", "v"],
    # codes, numbers and links of ordinary work messages
    "d1": _digits(1, 9),
    "d6": _digits(100000, 999999),
    "d7": _digits(1000000, 9999999),
    "year": _digits(2019, 2026),
    "digits": lambda r: "".join(r.choice("0123456789") for _ in range(r.randint(12, 22))),
    "digit_groups": lambda r: " ".join(
        "".join(r.choice("0123456789") for _ in range(4)) for _ in range(r.randint(3, 5))
    ),
    "uscc": lambda r: (
        "91" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16))
    ),
    "plate": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)),
    "bigmoney": lambda r: f"{r.randint(1000, 9_999_999):,}.{r.randint(0, 99):02d}",
    "gov_host": [
        "zwgk.hangzhou",
        "www.nanjing",
        "rsj.wuhan",
        "czj.chengdu",
        "xxgk.suzhou",
        "wjw.jinan",
        "www.hefei",
        "sthjj.xian",
    ],
    "path": [
        "art/2026/11/3/art_1229.html",
        "col/col1229/index.html",
        "zwgk/tzgg/index.shtml",
        "xxgk/zcjd/202611.html",
    ],
    "incident_kind": ["打架斗殴", "持刀伤人案", "纵火案", "交通事故", "盗窃案", "电信诈骗案"],
}


# --- templates ----------------------------------------------------------------------------------
# label → group → templates. ``{slot}`` from S (or make_offtopic_train's fillers), ``[a|b]`` picks
# one alternative, ``[a|]`` makes a part optional.

# Spam is written as hook + offer + selling points + call to action, speech as addressee + claim +
# tail; the parts are slots (S_EXTRA below), so that few templates give many phrasings.
FORBIDDEN_T: dict[str, dict[str, list[str]]] = {
    "political": {
        "call": [
            "{pol_addr}{pol_call}",
            "{pol_call}{pol_tail}",
            "{pol_addr}{pol_call}，{pol_tail}",
            "{pol_claim}，{pol_call}",
            "{pol_claim}{pol_tail}",
            "{pol_addr}{pol_claim}",
            "说到底{pol_claim}，[早晚的事|没什么好说的]",
            "[我早就看透了|醒醒吧]，{pol_claim}",
            "{pol_claim}。{pol_call}",
        ],
        "leader": [
            "{leader}[滚下台|下课|快点下台][吧|！|]",
            "[又是|天天都是]{leader}的[新闻|讲话]，[搞个人崇拜|跟朝鲜有什么区别]，[恶心|吐了]",
            "{leader}[就是个|是个][独裁者|暴君|小丑]，[迟早被清算|{pol_tail}]",
            "[要是|如果]{leader}[下台|死了]，[中国就有救了|老百姓就解放了]",
            "[谁|哪个]还信{leader}那一套，[都是骗人的|{party}的把戏]",
        ],
        "separatism": [
            "{sep_any}[！|，]{pol_tail}",
            "[我|我们|{pol_addr}][坚决|永远|]支持{sep_any}",
            "[凭什么|为什么]说[台湾|西藏|新疆|香港]是中国的？{sep_any}",
            "{sep_any}[是大势所趋|天经地义|没有错]，[{party}管不着|中国没资格管]",
            "[等|总有一天]{sep_any}，[{party}就完蛋了|那天我请大家喝酒]",
            "[台湾|西藏|新疆|香港|内蒙]人[本来就|从来就]不是中国人，[应该自己建国|独立是迟早的事]",
            "[中国|这个国家][就该|最好]分裂成[好几块|几个国家]，[各自独立|省得{party}作恶]",
        ],
        "june4": [
            "[别忘了|记住]{june4}，[{party}手上有血|这笔账要算]",
            "{june4}[那年|那天]{party}[开枪|开坦克][杀学生|屠城]，[这就是真相|永远不原谅]",
            "[今天|又到了]{june4}[的日子|纪念日]，[点根蜡烛|默哀一分钟]，[为死难者|为学生们]",
            "[谁|有没有人]还记得{june4}？[课本里不会写|{party}不让提]",
            "[为|给]{june4}[平反|讨公道]，[这是我们的责任|{pol_tail}]",
            "[零八宪章|08宪章|民主墙]的[精神|理想]不死，[{pol_tail}|{freedom}必胜]",
        ],
        "media": [
            "[推荐大家|建议各位][翻墙|用vpn]看{media}，[才知道|就知道]{party}[有多黑|骗了我们多少年]",
            "{media}[今天|最新]的[文章|报道][写得太好了|说出了真相]，[大家看看|链接私我]",
            "[国内|官方媒体][都是|全是]谎言，只有{media}[敢说真话|说真话]",
            "[分享|转发][一篇|一个]{media}的[报道|视频]：{party}[高层内斗|要垮台了]",
            "[免费|]翻墙[软件|梯子][送给大家|私我要]，[去看看{media}|看看墙外的真相]",
        ],
        "gathering": [
            "{now}{pol_gather}",
            "{pol_addr}{now}{pol_gather}",
            "[通知大家|告诉大家]：{now}{pol_gather}，[谁不去谁是孬种|不去就是怕了|都要到]",
            "[光在网上骂没用|忍无可忍了]，{now}{pol_gather}",
            "[这次|这回]一定要把事情闹大，{now}{pol_gather}",
            "[全村|全小区|所有业主|所有拆迁户]{now}[都去|一起去]{gov_place}，[{protest}|拉横幅静坐]，[不给说法不走|法不责众]",
        ],
    },
    "porn": {
        "spam": [
            "{porn_hook}{porn_offer}，{porn_point}，{porn_cta}",
            "{porn_offer}，{porn_point}，{porn_cta}",
            "{porn_offer}{porn_point}，{porn_cta}",
            "{porn_hook}{porn_offer}，{porn_cta}",
            "{porn_offer}，{porn_cta}",
            "{porn_cta}，{porn_offer}，{porn_point}",
            "[需要|想要|有需求]{porn_offer}的[老板|兄弟|朋友]{porn_cta}",
            "{porn_offer}[，|]{porn_point}[，|]{porn_point}",
        ],
        "hookup": [
            "[有没有|谁]想{hookup}的，[今晚|周末]{porn_cta}",
            "[寂寞了|想男人了|老公出差了]，[找个人|谁来]陪[我|一晚]，{porn_cta}",
            "[{girl}|本人女]，[想找|求个]{hookup}[对象|伙伴]，[要求不高|有车有房优先]，{porn_cta}",
            "[{hookup}|开房]的[来|找我]，[{city}|附近]的优先，[不收费|AA]",
            "[在{city}|在附近]出差，[想找|求][个|位][妹子|{girl}][{hookup}|过夜]，[价格好说|{porn_cta}]",
        ],
        "chat": [
            "[有没有|谁有]{porn_vid}[的|]，[发我|分享一下|求资源]",
            "[昨晚|刚才]看的{porn_vid}[太刺激了|真带劲]，[要的私我|网址发你]",
            "[这个|那个]{girl}的[裸照|私房照|不雅视频][流出来了|有人要吗]，{porn_cta}",
            "[求|要]{porn_vid}[网站|网址|种子]，[老司机带带我|谁有]",
        ],
    },
    "gambling": {
        "spam": [
            "{gam_hook}{gam_offer}，{gam_point}，{gam_cta}",
            "{gam_offer}，{gam_point}，{gam_point}",
            "{gam_offer}，{gam_point}，{gam_cta}",
            "{gam_hook}{gam_offer}，{gam_cta}",
            "{gam_offer}{gam_point}",
            "{gam_cta}，{gam_offer}[，|]{gam_point}",
            "[想|要]{win}的[来|进群|找我]，{gam_offer}，{gam_cta}",
            "[玩|来玩]{gam_offer}，[{bonus}|{payout}]",
        ],
        "talk": [
            "[昨晚|上周]在{casino}[赢了|输了]{amt}[块|万]，[今天继续|准备回本]，[谁一起|带你们玩]",
            "{lottery}[这期|今晚][推荐|必出][{d2}|特码{d2}]，[跟我买|信我的]{win}",
            "[跟着|跟]{lottery}[老师|导师][下注|买]，[我已经|上周]{win}",
            "[{casino_game}|{lottery}]输了[好几万|不少]，[谁有门路|找谁]带[回血|回本]",
            "[今晚|周末]{team}[那场|的比赛][我押了|下了]{amt}，[大球|主队赢]，[一起押|要跟的私我]",
            "[有没有|谁有]靠谱的[{casino_game}|{lottery}|赌球][平台|网站]，[推荐一下|要能提现的]",
            "[老地方|{city}某茶楼]{now}[开局|开台]，[{casino_game}|牌九|扎金花]，[来的带现金|可以现场借钱]",
        ],
    },
    "violence": {
        "sale": [
            "{vio_offer}，{vio_point}，{vio_cta}",
            "{vio_hook}{vio_offer}，{vio_point}",
            "{vio_offer}[，|]{vio_point}[，|]{vio_cta}",
            "[需要|想买|要]{vio_offer}的{vio_cta}",
            "{vio_cta}，{vio_offer}，{vio_point}",
        ],
        "howto": [
            "[教你|手把手教你|教程：]{howto_thing}，{howto_tail}",
            "{howto_thing}[的|]{howto_what}[分享|出售|私发]，{howto_tail}",
            "[谁要|有人要]{howto_thing}的{howto_what}，[我这有|{vio_cta}]",
        ],
        "threat": [
            "{threat_if}{threat_act}",
            "{threat_if}{threat_act}，{threat_tail}",
            "{threat_act}，{threat_tail}",
            "[我说到做到|老子不怕坐牢]，{threat_act}",
            "{threat_who}[你|你们]给我[等着|记住]，{threat_act}",
            "[这口气我咽不下|我活不下去了]，{threat_act}",
            "{threat_who}[再|要是再][逼我|欺负我|不给钱]，{threat_act}",
            "[已经|早就][准备好了|想好了][刀|汽油|炸药|硫酸]，{threat_act}",
        ],
        "terror": [
            "[加入|投奔]{terror_org}，[为真主而战|参加圣战]，[杀死|消灭]异教徒",
            "{terror_org}[在招人|招募兄弟]，[去叙利亚|出国训练]，{vio_cta}",
            "[要在|准备在]{crowd_place}[制造|搞][一场|]爆炸，[让异教徒|让他们][付出代价|陪葬]",
            "[赞美|支持]{terror_org}，[{crowd_place}那次|那次袭击][干得漂亮|杀得好]",
            "[异教徒|卡菲勒]都该死，[圣战|吉哈德]到底",
        ],
    },
    "cult": {
        "flg": [
            "{flg_phrase}",
            "{flg_phrase}，{cult_tail}",
            "{cult_addr}{flg_phrase}",
            "{cult_addr}{flg_phrase}，{cult_tail}",
            "[我是|我妈是|我们一家都是]大法弟子，{flg_phrase}",
            "[修炼|学]{flg}以后[病全好了|身体好了|家庭和睦了]，{flg_phrase}",
        ],
        "church": [
            "{cult_addr}{cultname}{cult_claim}",
            "{cultname}{cult_claim}，{cult_tail}",
            "[末世|末日][已经|马上]到了，{cultname}{cult_claim}",
            "{cultname}[{now}|本周]{cult_meet}，[不要告诉外人|地点私聊|带上新人]",
            "[姊妹|弟兄]们，{cultname}{cult_meet}，[地点改了|换地方了]，[看私信|别带手机]",
            "[入|信]{cultname}[的人|]{cult_claim}，[不信的|不入教的][都会|要]灭亡",
        ],
        "superstition": [
            "{master}{magic}，{magic_gain}，[只要|收费]{amt}[元|]",
            "[家里|最近][不顺|倒霉|老生病]？{master}{magic}，{magic_gain}",
            "[想|要]{magic_gain}的[找|请]{master}{magic}，{cult_cta}",
            "{master}[给的|开过光的][符|手串|香灰|护身符]，{magic_gain}，[一份|一个]{amt}",
            "[生病|孩子发烧][不用|别]去医院，[找|请]{master}{magic}[就好了|比吃药灵]",
            "[我找|我妈找]{master}{magic}[之后|以后]，[真的|果然]{magic_gain}，[推荐给大家|要联系方式的私我]",
        ],
    },
    "rumor": {
        "claim": [
            "{rum_urg}{rum_src}{rum_claim}，{fwd}",
            "{rum_src}{rum_claim}，{fwd}",
            "{rum_urg}{rum_claim}[，|！]{rum_src2}",
            "{rum_src}{rum_claim}[，|。]{rum_cover}",
            "{rum_urg}{rum_claim}，{rum_cover}，{fwd}",
            "{rum_claim}，{rum_src2}，{fwd}",
            "[千真万确|绝对可靠]，{rum_claim}，{fwd}",
        ],
        "chain": [
            "{chain_do}，{chain_reward}",
            "{chain_do}，[不然|否则]{chain_curse}",
            "[看到|收到]这条[消息|信息]的人{chain_do}，{chain_reward}",
            "{chain_reward}，[只要|前提是]{chain_do}",
            "[灵验|很准]！{chain_do}，{chain_reward}，[不转的|断了的]{chain_curse}",
        ],
        "bait": [
            "[这个|这段][视频|录音|文章][很快|随时][就会|要]被删，[赶紧看|先保存|{fwd}]，[{rum_claim}|说的是高层的事]",
            "[内部流出|刚刚流出|被封杀]的[视频|文件]：{rum_claim}，[看完就删|马上删|{fwd}]",
            "[官方|电视台][不敢报|不让报|封锁]的[消息|真相]：{rum_claim}",
        ],
        "health": [
            "{rum_urg}[吃|喝|用]{food_bad}[会|能][致癌|得{disease}|中毒|死人]，{fwd}",
            "[每天|早上][喝|吃][醋|大蒜|白酒|盐水|板蓝根][能|可以][防|治好|杀死]{disease}，{rum_src2}，{fwd}",
            "[打了|接种]疫苗[会|就会][不孕|变傻|被植入芯片|得白血病]，[千万别打|{fwd}]",
            "[{city}|超市里][卖的|的]{food_bad}[是假的|打了药|用塑料做的]，[已经有人|我邻居][住院了|吃死了]，{fwd}",
            "[手机|WiFi|5G基站][晚上|夜里][有强辐射|会致癌]，[一定要关掉|千万别用]，{fwd}",
        ],
    },
    "insult": {
        "direct": [
            "{ins_open}{ins_core}",
            "{ins_open}{ins_core}，{ins_tail}",
            "{ins_core}，{ins_tail}",
            "{ins_swear}，{ins_core}",
            "{ins_swear}[，|！]{ins_tail}",
            "{ins_swear}",
            "{ins_core}",
            "[呵呵|笑死]，{ins_core}",
            "[你|你们][还好意思|还有脸][说话|在群里说|发言]？{ins_core}",
        ],
        "about": [
            "{ins_who}[就是|真是|纯粹是][个|一个|]{ins_noun}[，{ins_about}|]",
            "{ins_who}[这个|那个]{ins_noun}，{ins_about}",
            "[我们|咱们|这][单位|科室|局里]的[领导|头儿|一把手][都是|全是]{ins_noun}，{ins_about}",
            "[跟|和]{ins_who}[这种|这样的]{ins_noun}[共事|一个科室]，[真倒霉|恶心死了]",
            "{ins_noun}{ins_who_short}，{ins_about}",
        ],
    },
    "ad": {
        "spam": [
            "{ad_hook}{ad_offer}，{ad_point}，{ad_cta}",
            "{ad_offer}，{ad_point}，{ad_cta}",
            "{ad_offer}[，|]{ad_point}",
            "{ad_hook}{ad_offer}，{ad_cta}",
            "{ad_cta}，{ad_offer}，{ad_point}",
            "[有需要|需要]{ad_offer}的[朋友|老板|亲]{ad_cta}",
            "{ad_offer}，{ad_point}，{ad_point}",
        ],
        "fraud": [
            "[我是|我]{person}，{fraud_ask}",
            "{person}[让我|叫我]通知你：{fraud_ask}",
            "[你好|您好]，[我是|这边是]{fraud_org}，{fraud_claim}，[请|需要]{fraud_do}",
            "[尊敬的用户|亲爱的客户]，{fraud_claim}，请{fraud_do}",
            "[我是|这里是]{fraud_org}，{fraud_claim}，[加|联系]{wx}{wxid}[处理|办理]",
        ],
        "wechat": [
            "[加|+|添加]{wx}{wxid}[，|]{ad_gift}",
            "{ad_gift}，[加|+]{wx}{wxid}",
            "{wx}：{wxid}[，|]{ad_gift}",
            "[群里|各位][有需要|想要]{gift}的，[加我|+{wx}]{wxid}",
        ],
    },
}

S_EXTRA: dict[str, list[str]] = {
    # political
    "pol_addr": [
        "{ppl}，",
        "同胞们，",
        "中国人，",
        "年轻人，",
        "老百姓们，",
        "醒醒吧，",
        "各位群友，",
        "",
    ],
    "pol_call": [
        "{overthrow}{party}",
        "{overthrow}{regime}",
        "一起{overthrow}{party}",
        "起来反抗{regime}",
        "让{party}滚下台",
        "{party}必须下台",
        "把{party}赶下台",
        "跟{party}斗到底",
        "不要再给{party}卖命了",
        "别再被{party}洗脑了",
        "结束{regime}",
    ],
    "pol_claim": [
        "{party}[就是|是][一伙强盗|流氓|黑社会|邪教|最大的骗子]",
        "{regime}[已经|早就][烂透了|没救了]",
        "{party}[快完了|气数已尽|撑不了几年|迟早垮台]",
        "[这个|现在的]政府[全是|都是][贪官|骗子]",
        "{party}[天天|一直][骗人|撒谎|洗脑]",
        "[社会主义|这个制度][就是个笑话|害了中国几十年]",
        "中国[没有|根本没有]{freedom}",
        "{party}[欠|欠了][中国人|老百姓][几千万条人命|一个道歉]",
        "[毛|毛泽东][是|就是][杀人魔王|最大的罪人]",
        "{party}[把国家|把老百姓][当韭菜|害惨了]",
        "{party}[嘴里|报纸上]没一句真话",
        "{bad_adj}的{regime}[必须结束|不能再继续了]",
    ],
    "pol_tail": [
        "{freedom}中国万岁",
        "人人有责",
        "还我自由",
        "天下太平",
        "中国才有希望",
        "转发让更多人觉醒",
        "大家转起来",
        "时候到了",
        "{freedom}必胜",
        "老百姓才能过好日子",
        "",
    ],
    "sep_any": ["{sep_tw}", "{sep_hk}", "{sep_tb}", "{sep_xj}", "内蒙古独立", "南蒙古独立"],
    "pol_gather": [
        "[大家|所有人|都]到{gov_place}门口{protest}，[人越多越好|越多越好|互相转告]",
        "[一起|都]去{gov_place}{protest}，[把事情闹大|让上面知道|法不责众]",
        "[九点|八点][在|到]{gov_place}集合，[带上横幅|穿黑衣服]，{protest}",
        "[全体|所有][业主|村民|职工][去|到]{gov_place}{protest}，[不见不散|一个都不能少]",
        "[包围|冲进|堵住]{gov_place}，[不给说法不走|让当官的出来]",
    ],
    # porn
    "porn_hook": [
        "老板，",
        "寂寞吗？",
        "晚上好，",
        "【同城】",
        "【福利】",
        "🔞",
        "今晚无聊？",
        "男士们注意，",
        "想放松吗？",
        "",
    ],
    "porn_offer": [
        "{escort}",
        "{girl}{escort}",
        "同城{girl}上门",
        "{nude}",
        "{porn_vid}",
        "{hookup}",
        "{girl}[陪夜|陪睡|陪玩]",
        "[会所|spa馆|足浴店][{escort}|特色服务]",
        "{sexdrug}",
        "[一对一|私密]{nude}",
        "{porn_vid}[资源|合集|网站]",
        "[夜场|KTV]{girl}[出台|陪酒陪睡]",
        "[成人|情趣]用品[批发|网购]",
        "[原味|贴身]内衣[出售|转让]",
    ],
    "porn_point": [
        "[照片|视频]真实",
        "不满意不收钱",
        "安全保密",
        "价格美丽",
        "可上门可外出",
        "随叫随到",
        "年轻漂亮",
        "服务到位",
        "尺度大",
        "先服务后付款",
        "{amt}[一次|包夜|全套]",
        "新人到店",
        "[每天|每日]更新",
        "高清无码",
        "男人都懂",
        "无色无味",
        "老司机懂的",
    ],
    "porn_cta": [
        "{contact}",
        "私我",
        "私聊",
        "加我看照片",
        "扫码进群",
        "来酒店找我",
        "看我空间",
        "速来",
        "懂的来",
    ],
    # gambling
    "gam_hook": [
        "【官方】",
        "好消息！",
        "老板们，",
        "🎰",
        "【信誉平台】",
        "输了想翻身？",
        "想发财吗？",
        "新平台上线！",
        "",
    ],
    "gam_offer": [
        "{casino}",
        "{casino}{casino_game}",
        "[网上|线上|真人]{casino_game}",
        "{lottery}[计划|资料|跟单]",
        "{lottery}[内幕|特码]",
        "[赌球|足球外围|篮球外围]",
        "[红包扫雷|扫雷红包|牛牛红包]群",
        "真钱{casino_game}",
        "{casino_game}[平台|群|房间]",
        "[体育|电竞]投注",
        "[菠菜|博彩][担保|平台|导师]",
        "[棋牌|麻将|捕鱼]提现",
    ],
    "gam_point": [
        "{bonus}",
        "{payout}",
        "{win}",
        "[一分钟|三分钟]一期",
        "[招代理|代理佣金高]",
        "[大额|小额][无忧|随意]",
        "[支持|可以][微信|支付宝|USDT]充值",
        "[千万|百万]担保",
        "[一元|十元]起[押|投]",
        "[公平公正|绝无作弊]",
        "[导师|老师]带单",
    ],
    "gam_cta": [
        "{contact}",
        "进群私聊",
        "注册链接私聊",
        "加群带你飞",
        "速来",
        "名额有限",
        "私聊下注",
        "下载app就送",
    ],
    # violence
    "vio_hook": ["【出售】", "有货！", "老顾客都知道，", "", "🔫"],
    "vio_offer": [
        "{gun}",
        "{gun}和{gun}",
        "{blade}",
        "{bomb}",
        "{gun}配件",
        "[枪|qiang][和|跟]子弹",
        "{gun}[全套|图纸]",
        "[仿真|改装]{gun}",
    ],
    "vio_point": [
        "货到付款",
        "全国包邮",
        "无需证件",
        "不用手续",
        "保密发货",
        "可改装",
        "威力大",
        "[实拍|实物]图",
        "正品",
        "[现货|大量现货]",
        "价格面议",
    ],
    "vio_cta": ["{contact}", "私聊", "私我", "要的联系", "懂的来", "诚心要的私"],
    "howto_thing": [
        "自制{bomb}",
        "[做|造]{gun}",
        "[土法|家里]制作{bomb}",
        "[改装|制造]{gun}",
        "[配制|提炼]毒药",
    ],
    "howto_what": ["[教程|配方|图纸|视频]"],
    "howto_tail": [
        "材料[网上|超市|五金店]都能买到",
        "一看就会",
        "简单易学",
        "私发",
        "效果[很好|惊人]",
    ],
    "threat_if": [
        "[再|要是][不给我解决|拖着不办|不给钱|不赔偿]，",
        "[谁敢|要是谁敢][拆我房子|动我家人|欺负我]，",
        "[明天|过两天|{now}]",
        "[今天|这次]",
        "[下班|出门]别走，",
        "[我知道你家住哪|我认得你车]，",
    ],
    "threat_act": [
        "我就{kill}{target}",
        "我[带刀|拿刀][去|到][单位|{gov_place}|你家]{kill}{target}",
        "[把|让]{target}[血债血偿|见血|躺着出去]",
        "[我要|我就][炸了|烧了|放火烧了]{gov_place}",
        "[泼|浇][汽油|硫酸][在|到]{target}[身上|脸上]",
        "[跟|和]{target}同归于尽",
        "[血洗|灭了][你们|你家|那个村]",
        "[找人|带人|叫兄弟][弄死|废了|砍了]{target}",
        "[让|叫]{target}[全家|一家][陪葬|都别想活]",
        "[在|去][学校|商场|医院][见一个砍一个|报复社会]",
    ],
    "threat_tail": [
        "你等着",
        "说到做到",
        "不信试试",
        "别怪我心狠",
        "大不了一命换一命",
        "我不怕死",
        "走着瞧",
    ],
    "threat_who": [
        "{person}，",
        "[姓|老]{sur}的，",
        "[你们|那帮]当官的，",
        "拆迁办的，",
        "王八蛋，",
        "",
    ],
    "terror_org": ["伊斯兰国", "ISIS", "圣战组织", "东突组织", "基地组织", "圣战者"],
    "crowd_place": ["地铁站", "火车站", "广场", "商场", "学校", "医院", "体育场", "公交车上"],
    # cult
    "flg_phrase": [
        "{flg}好",
        "{flg}好，真善忍好",
        "真善忍[是宇宙的根本|好]",
        "[诚念|常念][九字真言|“{flg}好”]，[得福报|病会好|躲过大难]",
        "[师父|李洪志师父|李大师][会保护|在看着|救度]我们",
        "发正念，[清除|铲除]邪恶",
        "大法[洪传|弘扬]天下",
        "[了解|讲清]{flg}真相，[得救|保平安]",
        "[神韵|明慧网|正见网][的|]真相[资料|光盘][免费送|放在门口]",
        "[九评|解体党文化][一定要看|看完就明白了]",
        "[三退|退党退团退队][保平安|保命]",
        "{flg}[学员|弟子][遭受|被][迫害|关押]，[请声援|天理难容]",
    ],
    "cult_addr": ["[有缘人|善良的人|朋友]，", "[世人|众生]请注意，", "[请|希望]你明白：", ""],
    "cult_tail": [
        "[转给|送给]有缘人",
        "福报无量",
        "切记",
        "[信者得救|不信就晚了]",
        "[天要灭中共|大难将至]",
    ],
    "cult_claim": [
        "[才是|是][唯一的|]真神",
        "[能|可以]救你[躲过|逃过]末日",
        "[欢迎你|邀请你][加入|来聚会]",
        "[的师父|的神][能治百病|包治百病]",
        "信了[就|才能]得救",
        "[末日|大灾难][快|要]来了，[快|赶紧]入教",
        "[的弟兄姊妹|的信徒][在等你|欢迎你]",
    ],
    "cult_meet": ["[聚会|团契|开班|传福音|受洗]", "[在老地方|在家里][聚会|开会]"],
    "cult_cta": ["{contact}", "私聊", "[名额|机会]有限", "[很灵的|包灵验]"],
    "magic_gain": [
        "[转运|改运][招财|发财]",
        "[消灾|化解][血光之灾|厄运|小人]",
        "[保佑|保]全家平安",
        "[升官|升职]发财",
        "[治百病|病好得快]",
        "[生儿子|求子灵验]",
        "[考试|考公]必过",
        "[斩断|化解]烂桃花",
    ],
    # rumor
    "rum_urg": [
        "紧急！",
        "速看！",
        "重要消息：",
        "【紧急扩散】",
        "刚刚！",
        "家人们注意！",
        "大事不好！",
        "出大事了！",
        "",
    ],
    "rum_src": [
        "{source}，",
        "[我|我们]单位领导[说|透露]，",
        "[有个|我一个]在[政府|医院|公安局|疾控]上班的[朋友|亲戚]说，",
        "[群里|朋友圈][都在传|疯传]，",
        "[内部|上面][刚|已经]下了通知，",
        "",
    ],
    "rum_src2": [
        "消息[属实|可靠]",
        "[内部|绝对]可靠",
        "不是谣言",
        "[我|我们][亲眼看到|亲耳听到]的",
        "已经证实了",
    ],
    "rum_claim": [
        "{now}[会|要]有{quake}地震",
        "{now}[开始|起]{scare_thing}",
        "{city}[出现|发现]了{disease}，[死了好多人|已经死了{d2}个]",
        "[医院|{city}][已经|都]死了[好几十|上百]人，[政府|官方][在隐瞒|不让说]",
        "[上游|{city}的]水库[要|快]垮了",
        "[有人|人贩子][开着|用][面包车|黑车][抢|偷]小孩，[已经|都]丢了{d2}个",
        "[{city}|我们这]的[自来水|水源]被[投毒|污染]了",
        "[化工厂|加油站|矿上][爆炸|出事]死了[几十|上百]人，[官方封锁|不让报道]",
        "[明年|下个月]起{scare_thing}",
        "[银行|存款][要|马上][破产|冻结]，[赶紧取钱|快取出来]",
        "[学校|幼儿园][有|出现]传染病，[死了几个孩子|已经停课]",
    ],
    "rum_cover": [
        "[官方|政府][不敢公布|封锁消息|在隐瞒]",
        "[新闻|电视上][不会报|不让报]",
        "[很快|马上]就会被删",
        "[上面|领导][压着|不让说]",
    ],
    "chain_do": [
        "[转发|转]到{d2}个群",
        "[三天内|今天之内][转给|转发给]{d2}个[人|好友|群]",
        "[把这条|这条消息]转给[所有|身边的]人",
        "[马上|立刻]转发[出去|给家人]",
        "[看到的|收到的][都要|必须]转",
    ],
    "chain_reward": [
        "[好运|财运][连连|会来]",
        "[手机|话费][自动充值|到账]{amt}元",
        "[马云|腾讯|微信官方][会|就会][发红包|送{amt}元]",
        "[全家|一家人][平安|健康]",
        "[下个月|很快][涨工资|发大财]",
        "[菩萨|佛祖|观音][保佑你|会保佑]",
    ],
    "chain_curse": [
        "倒霉[七年|十年|三年]",
        "[家人|家里人]会生病",
        "[会|要]遭报应",
        "[财运|好运]全断",
        "[出门|开车]出事",
    ],
    # insult
    "ins_open": [
        "你这个",
        "你个",
        "你就是个",
        "你们这帮",
        "你这种",
        "看你这",
        "你们这群",
        "你真是个",
        "[我看|我觉得]你就是个",
    ],
    "ins_core": [
        "{ins_noun}",
        "{ins_noun}，[滚|滚远点|给我闭嘴]",
        "[脑子进水|脑子被门夹了|脑袋秀逗]了吧",
        "[废物|饭桶]一个[，啥也干不好|]",
        "[什么东西|什么玩意儿|算老几]",
        "[狗|猪][都不如|一样的东西]",
        "[不要脸|臭不要脸|给脸不要脸]",
        "[去死|赶紧去死|早点死]吧",
        "[猪脑子|榆木脑袋]，[教了多少遍还不会|这都不懂]",
    ],
    "ins_tail": [
        "滚",
        "呸",
        "恶心",
        "真丢人",
        "有多远滚多远",
        "别在群里丢人现眼",
        "给老子闭嘴",
        "🙄",
        "去死吧",
    ],
    "ins_about": [
        "[啥|什么]都[干不好|不会]",
        "[只会|就会][拍马屁|甩锅|推卸责任|欺负下属]",
        "[天天|整天][瞎指挥|摸鱼|打小报告]",
        "[狗屁不通|一窍不通]",
        "[早该|应该][滚蛋|开除]",
        "[大家|全单位][都烦他|都看不起他]",
    ],
    "ins_who_short": ["领导", "主任", "科长", "老{sur}", "那个女的", "新来的"],
    # ad
    "ad_hook": [
        "【广告】",
        "老板好，",
        "打扰了，",
        "【招聘】",
        "好消息！",
        "亲，",
        "各位宝妈，",
        "【急招】",
        "看过来！",
        "",
    ],
    "ad_offer": [
        "{invoice}",
        "{job}",
        "{loan}",
        "[代办|包过]{cert}",
        "[代考|替考]{cert}",
        "[出售|收购][银行卡|手机卡|微信号]",
        "[回收|高价收][购物卡|烟酒|茅台|金银首饰]",
        "[代写|代做][述职报告|论文|心得体会|讲话稿]",
        "[高仿|一比一][名表|名包|鞋子]",
        "[投资理财|数字货币|原始股]",
        "[刷好评|涨粉|刷票]服务",
        "[免费领|领取]{gift}",
        "[招代理|招商加盟]",
    ],
    "ad_point": [
        "{pay}",
        "[税点低|点低|可验真|可查验]",
        "[秒批|当天到账|不查征信]",
        "[包过|不过退款]",
        "[零投资|零门槛|无需经验]",
        "[价格|价钱][优惠|公道|好商量]",
        "[名额有限|先到先得]",
        "[安全|保密]可靠",
        "[手机|在家]就能做",
        "[年化|月收益][{d2}%|百分之{d2}]",
    ],
    "ad_cta": [
        "{contact}",
        "私聊",
        "详情私聊",
        "扫码咨询",
        "加我了解",
        "欢迎咨询",
        "有意者私",
        "进群领取",
    ],
    "ad_gift": [
        "领取{gift}",
        "[每天|天天]送{gift}",
        "免费送{gift}",
        "{gift}[免费领|送不停]",
        "有惊喜",
        "[了解|咨询]{job}",
    ],
    "fraud_ask": [
        "[我换号了|这是我新号]，[通过一下好友|存一下]，[找你有点事|有事跟你说]",
        "[现在开会|在外面][不方便|接不了电话]，[先|麻烦你先][帮我|替我]转{d4}[元|块][到|给][这个账户|这张卡]",
        "[领导|书记]让你[马上|今天][把|将][款|钱|报销款]转到[这个卡上|我朋友账户]",
        "[急需|有急事需要]{d4}[元|块]，[你先垫一下|先借我]，[回头还你|明天给你]",
    ],
    "fraud_org": [
        "[抖音|淘宝|京东|快手|支付宝]客服",
        "[快递|顺丰]理赔中心",
        "[医保局|社保中心]工作人员",
        "[银行|信用卡中心]风控部",
        "[学校|教育局]财务",
    ],
    "fraud_claim": [
        "[您的|你的][账户|医保卡|社保卡][异常|已被冻结|存在风险]",
        "[您开通的|你的][百万保障|会员][即将|下月开始][扣费|自动续费]",
        "[您的|你的]快递[丢失|损坏]了，[我们|平台][三倍|双倍]赔偿",
        "[您|你]有一笔[退款|补贴|理赔款][待领取|未领取]",
    ],
    "fraud_do": [
        "[加|添加]{wx}{wxid}[处理|办理]",
        "[提供|发一下][银行卡号|验证码]",
        "[下载|安装]会议软件[共享屏幕|配合操作]",
        "[转账|缴纳][保证金|手续费][{amt}元|后解冻]",
    ],
}

# Things the forbidden classes name, as enforcement, training and warning notices name them.
ENF_NOUN: dict[str, list[str]] = {
    "gambling": [
        "赌博",
        "网络赌博",
        "非法赌博",
        "跨境赌博",
        "六合彩",
        "私彩",
        "赌博机",
        "老虎机",
        "赌球",
        "网络赌博平台",
        "聚众赌博",
        "境外赌场招赌",
        "红包扫雷赌博",
        "网络博彩",
        "赌博违法犯罪",
        "百家乐等网络赌博",
        "地下六合彩",
        "黄赌毒",
        "赌博网站",
        "涉赌",
    ],
    "porn": [
        "卖淫嫖娼",
        "淫秽色情",
        "色情信息",
        "网络色情低俗信息",
        "涉黄",
        "黄赌毒",
        "裸聊敲诈",
        "组织卖淫",
        "色情直播",
        "淫秽物品",
        "招嫖小卡片",
        "有偿陪侍",
        "传播淫秽视频",
        "色情网站",
        "涉黄违法犯罪",
        "淫秽出版物",
    ],
    "violence": [
        "枪支弹药",
        "非法枪支",
        "管制刀具",
        "爆炸物品",
        "民用爆炸物品",
        "暴力恐怖",
        "恐怖袭击",
        "个人极端暴力",
        "涉枪涉爆",
        "仿真枪",
        "弓弩",
        "非法制爆",
        "持刀伤人",
        "危爆物品",
        "暴恐音视频",
        "宗教极端",
        "行凶报复",
        "恐怖活动",
    ],
    "cult": [
        "邪教",
        "法轮功",
        "全能神",
        "邪教组织",
        "封建迷信",
        "非法宗教活动",
        "门徒会",
        "呼喊派",
        "一贯道",
        "邪教渗透",
        "邪教宣传品",
        "法轮功邪教",
        "东方闪电",
        "迷信敛财",
        "算命看风水",
    ],
    "political": [
        "颠覆国家政权",
        "分裂国家",
        "台独",
        "港独",
        "藏独",
        "疆独",
        "境外敌对势力",
        "煽动颠覆",
        "民族分裂",
        "非法聚集",
        "意识形态渗透",
        "历史虚无主义",
        "错误思潮",
        "政治谣言",
        "台独分裂活动",
        "反动宣传品",
        "非法出版物",
        "翻墙",
        "境外反华势力",
        "煽动闹事",
    ],
    "rumor": [
        "谣言",
        "网络谣言",
        "地震谣言",
        "封城谣言",
        "疫情谣言",
        "虚假信息",
        "不实信息",
        "谣言信息",
        "涉灾谣言",
        "虚假通知",
        "诱导转发的不实信息",
    ],
    "insult": [
        "辱骂",
        "网络暴力",
        "侮辱诽谤",
        "人身攻击",
        "恶意攻击",
        "不文明用语",
        "谩骂他人",
        "造谣诽谤",
    ],
    "ad": [
        "电信网络诈骗",
        "刷单返利诈骗",
        "冒充领导诈骗",
        "冒充客服诈骗",
        "虚假贷款诈骗",
        "非法集资",
        "虚开发票",
        "买卖银行卡",
        "帮信犯罪",
        "兼职刷单",
        "网络贷款诈骗",
        "虚假广告",
        "假证",
        "养老诈骗",
        "冒充熟人诈骗",
        "代开发票",
        "出租出借银行卡",
        "网络兼职诈骗",
        "套路贷",
        "非法放贷",
        "冒充公检法诈骗",
        "虚假投资理财",
    ],
}

# Claims of the rumour class, for rebuttal notices.
RUMOR_CLAIM = [
    "{city}要封城",
    "{now}有地震",
    "{city}出现不明病毒",
    "{food_bad}感染病毒",
    "全市停水三天",
    "有人开车拐小孩",
    "退休金统一上调",
    "微信要收费",
    "高速公路免费一个月",
    "取消中考",
    "禁止电动车上路",
    "水库要垮坝",
    "化工厂爆炸死了很多人",
    "超市大米是塑料做的",
    "自来水被投毒",
    "全城停电三天",
    "宅基地要收回",
    "{city}发生{quake}地震",
    "银行要倒闭",
    "疫苗有芯片",
    "{food_bad}致癌",
    "学校出现传染病",
]

WORK_EXTRA: dict[str, list[str]] = {
    "enforcement": [
        "[市|县|区]委政法委印发《[{enf}|打击{enf}]专项整治工作方案》，[请各单位对照落实|请结合实际抓好落实]",
        "[全体党员干部|各位同事|机关全体人员]要带头抵制{enf}，[发现一起查处一起|决不姑息]",
        "[近期|最近]{enf}[案件|警情][多发|高发]，[请提醒家人朋友注意防范|请大家提高防范意识]",
        "[上半年|前三季度|今年以来][全县|全区|全市][破获|查处|打掉]{enf}[案件|团伙]{n}[起|个]，[涉案人员|嫌疑人]{n}人",
        "[各村|各社区|各网格][利用|通过][大喇叭|宣传栏|微信群][宣传|普及]{enf}[防范知识|的危害]",
        "[组织|安排]全体干部[观看|学习]{enf}[警示教育片|典型案例]，[写出心得体会|{date}前交学习笔记]",
        "[法治讲座|普法课堂|以案释法]：[如何认定|怎样防范|如何处置]{enf}，[主讲人|授课]：{person}",
        "[据|接][群众|网格员][举报|反映]，[{city}|某小区|某出租屋|某娱乐场所][疑似|可能]存在{enf}，请{unit}[核查|依法处置]",
        "{unit}会同公安、市场监管等部门[清理|排查]{enf}，[共|累计][清理|收缴][各类物品|宣传品]{n}件",
        "[依法|坚决|持续][打击|整治|遏制]{enf}，[维护|守护][社会稳定|群众利益|一方平安]",
        "[防范|远离|识别]{enf}[主题宣传|宣传月|宣讲]活动[进社区|进学校|进企业|进农村]，[请各单位配合|方案见群文件]",
        "请各[乡镇|街道|部门][全面排查|摸清]{enf}[风险隐患|问题线索]，[建立台账|{date}前报{unit}]",
        "[打击|整治]{enf}[工作推进会|联席会议|调度会]{time}在{room}召开，请[分管领导|联络员]参加",
        "[提醒|请提醒]群众：[不参与|不传播|不相信]{enf}，[发现线索|遇到可疑情况]请[拨打110|及时举报]",
        "[关于|]{n}名[公职人员|党员干部][涉嫌|参与]{enf}[被查处|受到处分]的通报，[请各支部组织学习|引以为戒]",
        "[侦破|破获]一起[特大|重大]{enf}案件，[抓获|打掉]嫌疑人{n}名，[涉案|冻结]资金{n}万元",
        "[学校|企业|社区]要[加强|做好]{enf}[防范教育|排查整治]，[建立长效机制|不留死角]",
        "[本期|本次]培训[专门|重点]讲{enf}的[识别|防范|处置]，[请参训人员做好笔记|课件已上传]",
        "[安全提示|温馨提示]：{enf}[手段|花样]不断翻新，[切勿轻信|谨慎核实]，[防止上当|保护好个人信息]",
        "[按照|根据][上级|市里]部署，{date}起[开展|启动]为期{n}天的{enf}[整治|打击]行动",
        "[禁毒办|反诈中心|扫黄打非办|反邪教协会|反恐办][提醒|提示]：{enf}[害人害己|危害极大]，请[坚决抵制|远离]",
        "[查获|收缴]{enf}[相关物品|涉案工具]{n}[件|台|部]，[已依法处理|已移交公安]",
        "[请|要求][各单位|各部门][{date}前|本周内]报送{enf}[整治情况|工作总结|排查台账]",
        "[这起|该起]{enf}案件[给我们敲响了警钟|教训深刻]，[请各单位举一反三|务必引以为戒]",
        "{enf}[举报电话|举报渠道]已[公布|更新]，请[张贴|转发]到[各村|各小区]公告栏",
    ],
    "rebuttal": [
        "[所谓|网上所谓]“{claim}”[纯属|是][谣言|捏造]，[请以官方发布为准|请不信谣不传谣]",
        "[经|经过][核实|调查|了解]，“{claim}”[的说法|一说][不属实|没有依据]，[请大家别转发|请做好解释]",
        "[关于|针对]{claim}的[传言|说法]，[官方|{unit}][已经|已][辟谣|澄清]，[请勿轻信|请群众放心]",
        "[网格员|社区]反映[居民群|业主群]里有人在传{claim}，[请{unit}核实后回复|请宣传部门研判]",
        "[辟谣提醒|澄清说明]：{claim}[为不实信息|系谣言]，[散布者|造谣者]已被依法处理",
        "[请大家|请各位]注意，{claim}[是假消息|不是真的]，[不要|请勿]在群里转发",
        "[对|针对]“{claim}”[的舆情|一事]，请[网信办|{unit}]{date}前[拿出回应口径|报处置情况]",
        "[有群众|不少群众]来电询问{claim}[是否属实|的事]，[统一答复|请答复]：[不实|是谣言]",
    ],
    "legit_forward": [
        "[按照|根据]{unit}要求，[此通知|本通知]请[转达|转发]到[每个村|每户|每个小区]，[不漏一户|收到回复]",
        "[气象部门|气象台]{date}发布[寒潮|大风|暴雨|高温][蓝色|黄色|橙色]预警，请[各单位|各乡镇]做好[应对|值守]",
        "[我县|我区]{date}凌晨发生[2.6|3.1|3.4]级地震，[未造成人员伤亡|暂无损失报告]，请[排查房屋|报告灾情]",
        "[防汛指挥部|教育局]通知：{date}[中小学|幼儿园][停课一天|推迟开学]，请[互相转告|通知到家长]",
        "[停水|停电|停气]通知：{date}[因管网检修|线路改造][暂停供水|停电]，请[转告居民|提前做好准备]",
        "[请|麻烦]各[网格员|村干部]把{doc}[转到|发到][居民群|村民群|业主群]，[做到家喻户晓|收到回复]",
        "[反诈|防溺水|防火|防震]小知识[请转发|请分享]给[家人|亲友|老人孩子]，[共同防范|提高安全意识]",
        "[紧急通知|紧急]：[河道水位|水库水位]上涨，请[下游|沿河][村组|群众][立即转移|做好转移准备]",
        "[流感|诺如|手足口病][进入高发期|高发]，[请学校|请各单位]做好[晨检|消毒|防护]",
        "[疫苗接种|免费体检|两癌筛查]通知：{date}在{unit}[开展|进行]，请通知[辖区群众|适龄人员]",
        "[退休人员|养老金领取人员][资格认证|待遇调整]通知已下发，请[通知到本人|协助老人办理]",
        "[请|麻烦]大家[帮忙|]转告[家里老人|身边的人]：[医保|社保]缴费截止{date}",
        "[应急演练|消防演练|防震演练]{time}开始，[听到警报|演练期间]请[按路线疏散|不要惊慌]",
    ],
    "incident": [
        "[信访人|上访户]{name}[扬言|声称]要[到{gov_place}|去省里|进京][拉横幅|上访|闹事]，请[属地|{unit}][包案稳控|做好劝导]",
        "[今天|刚才]有[群众|一名男子]在[窗口|大厅][扬言|声称]要[报复|同归于尽]，[已报警|民警已到场]，[请做好记录|注意安全]",
        "[约|有]{n}名[农民工|业主|退休职工]在{gov_place}[门口|信访接待室][反映|讨要][工资|诉求|拆迁补偿]，[已接待|已疏导]，[情绪稳定|正在协调]",
        "[明天|{date}][七点半|八点][在|到]{gov_place}[门口|东门][集合|上车]，[去|前往][现场|调研点]",
        "[重要时间节点|会议期间]要[严防|防止][聚集|越级上访|极端事件]，[各乡镇|各街道][落实包保责任|加强值守]",
        "[有|发现]{n}名[群众|上访人员]到{gov_place}[上访|反映问题]，请[属地|{unit}][派人接回|做好化解]",
        "[矛盾纠纷|信访积案][大排查|化解]工作[方案|台账]请{date}前报送，[防止|严防][民转刑|个人极端案事件]",
        "[{city}|某村]发现[张贴|散发]的[邪教|反动][传单|标语]，[已清除|已收缴]，[请加强巡查|已报公安]",
        "[窗口|热线]工作人员[被|遭]群众辱骂，[请|要]做好[解释|情绪安抚]，[必要时报警|注意文明用语]",
        "[网上|抖音上][有帖子|有人][辱骂|攻击]我单位工作人员，[请宣传部|请网信办][研判|处置]",
        "[昨晚|今天凌晨]{city}[发生|出现][一起|]{incident_kind}，[嫌疑人已控制|已妥善处置]，[请做好舆情应对|注意口径统一]",
        "[接|据][通报|上级通知]，[有人|不法分子][冒充|假冒][领导|{person}|客服|公检法]实施诈骗，[请提醒干部职工|请大家核实身份]",
        "[刚才|今天]有人[冒充|假装是]{person}[加我|加同事]微信[借钱|要转账]，[大家注意|已提醒]，[别上当|注意核实]",
    ],
    "risky_word": [
        # political words in ordinary work
        "[对台|涉台|对港澳]工作[座谈会|培训班|调研]{date}[召开|举办]",
        "[台资|港资|外资]企业[走访服务|座谈会|用工情况]请{unit}牵头",
        "[赴台|赴港澳]团组[审批|备案]材料请{date}前报外办",
        "[港澳台同胞|台湾同胞][返乡|来访][接待|服务]工作方案",
        "[援藏|援疆|对口支援]干部[轮换|体检|欢送会][安排|通知]",
        "[西藏|新疆]籍[大学生|学生][资助|帮扶]名单请核对",
        "[新疆|西藏][农产品|特产]进机关[展销|采购]活动{date}举行",
        "[香港|澳门]回归{d2}周年[征文|图片展|座谈会][通知|方案]",
        "[两岸|海峡两岸][经贸|文化]交流[会|活动]筹备工作",
        "[中共|中国共产党]{city}[委员会|纪委|组织部|宣传部|政法委]关于{task}的[通知|意见]",
        "[中共党员|共产党员|预备党员][发展|转正|培训]工作[会议|安排]",
        "[中国共产党|中共]党史[学习|知识竞赛][方案|题库]已发群里",
        "[原来的|前期的|上次的][方案|结论|数据]被[推翻|否定]了，[需要重新测算|重新论证]",
        "[不要|别]轻易推翻[前期|已有的][工作成果|调研结论]",
        "[颠覆性技术|新质生产力][专题讲座|学习会]{date}举办",
        "[历史|党史]课件：[推翻帝制|推翻三座大山|推翻清朝]",
        "[按|按照][六四|四六|三七]比例[分配|分成|承担]",
        "[共计|累计|共有][8964|6400|1989|64]人次[参加|参与]",
        "[六四|64]号[文件|楼|会议室]",
        "[民主|普选]：[民主生活会|民主测评|民主推荐]{date}[召开|进行]",
        "[民主|集会]：[集会游行示威法|治安管理处罚法]学习材料",
        "[分裂|独立]：[独立核算|独立董事|独立自主]相关[材料|制度]请审阅",
        "[暴政|政权]：[基层政权|政权建设]专题[调研|报告]",
        # porn words in ordinary work
        "[帮办代办|送证|医保]上门服务[覆盖|惠及]{n}个[村|社区]",
        "[申报材料|验收资料]要[全套|整套]，[缺一不可|请按目录装订]",
        "[职工食堂|快餐店|工作餐][食品安全|卫生]检查",
        "[盲人按摩|足疗按摩|按摩店][培训|消防检查|证照检查]",
        "[酒店|宾馆][开房|入住]登记[制度|情况]检查",
        "[社会福利院|儿童福利院|职工福利][慰问|发放|检查][工作|方案]",
        "[视频会议|一对一帮扶|视频连线][链接|安排|设备]已准备好",
        "[政务直播|直播带货|助农直播][培训|活动]{date}举行",
        "[裸露土地|裸土][覆盖|扬尘治理]工作[检查|推进]",
        "[成人高考|成人教育|成人体检][报名|安排]通知",
        "[黄色|橙色|蓝色]预警[发布|解除]，请{task}",
        "[黄|白|小黄|小白][书记|主任|科长|老师][明天|下午][来|去]{unit}",
        "[特色|红色|绿色|本色]：[特色产业|红色教育|绿色发展][情况报告|方案]",
        "[可行性|安全性|必要性][论证|分析]报告请{date}前提交",
        "[约谈|预约|约定][时间|事项]：{time}在{room}",
        "[资源|信息]共享平台[上线|培训]",
        # gambling words in ordinary work
        "[博物馆|博览会|博士后|微博]：{task}相关[安排|材料]",
        "[彩排|彩虹|精彩|体彩|福彩]：[文艺汇演彩排|体彩公益金|福彩中心][安排|报告]",
        "[堵点|添堵|封堵]：[解决群众办事堵点|封堵管理漏洞][专项行动|方案]",
        "[村庄|庄稼|农庄][规划|收成|整治]情况",
        "[押金|抵押|押运][退还|登记|安全]工作",
        "[盘点|盘活|盘子][资产|闲置资源|预算盘子]工作安排",
        "[篮球赛|足球赛|乒乓球赛][报名|赛程]：{name}负责",
        "[采购|配备][电脑|pc|打印机]{n}台",
        "[代理记账|诉讼代理|代理机构][招标|备案][材料|结果]",
        "[饭卡|一卡通|水卡]充值[时间|地点]调整",
        "[公积金|住房公积金][提取|提现][办理流程|政策解读]",
        "[考公|遴选][上岸|通过]的[同志|人员]体检安排",
        "[扑克|象棋|桥牌|掼蛋]比赛是工会[文体活动|趣味活动]，报名找{name}",
        "[庄家|下注|赌注]：[禁毒|反赌]宣传[展板|手册]校对稿",
        # violence words in ordinary work
        "[炸鸡|炸酱面|炸带鱼|炸串|油炸食品]",
        "[今天|晚上][食堂|楼下][有|卖][炸鸡|炸酱面|炸串]，[去不去|谁去]",
        "[杀毒软件|杀虫剂|杀菌消毒][统一|请][升级|采购|使用]",
        "[砍伐|砍价|砍掉]：[林木砍伐审批|预算砍掉一半|把流程砍掉几步]",
        "[管制刀具|枪支|弹药][管理|收缴|登记][规定|培训|台账]",
        "[射击|实弹射击|民兵训练][科目|训练][安排|通知]",
        "[累死|笑死|忙死|热死|冻死][了|人了]，[终于|总算][完成了|交上去了]",
        "[献血|无偿献血][活动|报名]{date}在{unit}[举行|开始]",
        "[防火|火灾隐患|火锅店消防][检查|排查][通知|情况]",
        "[加油站|危化品|烟花爆竹][安全检查|专项整治][方案|情况]",
        "[爆款|爆管|爆胎|爆满]：[水管爆管抢修|车辆爆胎处理|停车场爆满][情况|通知]",
        "[打死|说什么]也不能[放松|忽视]{task}",
        "这个[bug|漏洞|问题][一定要|必须][干掉|解决|修掉]",
        "[弄死|掐死|砸了][这个|这台][打印机|电脑|复印机]的心都有了，[又卡纸了|又死机了]",
        "[死角|死胡同|死机]：[卫生死角|消防死角|系统死机][清理|排查|处理]",
        # cult words in ordinary work
        "[方法论|法律法规|法官|法院][学习|讲座|进机关]",
        "[依法|按照规定]轮[流|班|岗][值班|值守]，不得脱岗",
        "[大法官|首席大法官|法治副校长][讲法|授课]活动",
        "[全能型|全科型][网格员|窗口人员][选拔|比武][通知|结果]",
        "[精神|神经|神速]：[会议精神传达|神经内科|神速推进]",
        "[带教师父|师父带徒弟|传帮带]结对[名单|方案]",
        "[风水林|古树名木][保护|挂牌][名录|工作]请{unit}核对",
        "[纪律|制度]是干部的[护身符|保护伞]，[要敬畏|要牢记]",
        "[事情的|案件的|事件]真相[调查|核实]清楚后再[回复|上报]",
        "[纪念|怀念]：[纪念馆|烈士纪念日][活动|方案]",
        "[退休|退役|退伍][人员|军人][慰问|登记|服务]",
        "[病人|垃圾|物资][转运|中转][车辆|站][安排|检修]",
        "[防灾减灾|消防减灾][宣传周|演练]方案",
        "[这种|这个]做法事倍功半，[建议|请]{task}",
        "[宗教事务|民族宗教|宗教场所][管理|安全检查][工作会议|培训]",
        "[开光|开工|开业][仪式|典礼]：[项目开工|园区开业][仪式|活动]方案",
        # rumour words in ordinary work
        "[地震局|应急管理局|地震台][发布|提醒]：[科学防震|不信谣不传谣]",
        "[计算机病毒|勒索病毒|病毒性感冒|流感病毒][防范|预警|防护]通知",
        "[紧急通知|紧急提醒]：{date}前完成{task}，[逾期|未完成][通报|追责]",
        "[听说|据说]明天[检查组|督导组|调研组][要来|上午到]，[大家准备一下|请把台账整理好]",
        "[赶紧|抓紧][把|将]{report}[报上来|交上来]，[领导在催|今天截止]",
        "[辐射|核辐射|电磁辐射][安全检查|监测]报告",
        "[打拐|反拐]宣传[进校园|进社区][活动方案|情况]",
        "[投毒|食品安全][防范|抽检][工作|情况]汇报",
        # insult words in ordinary work
        "你[这个|个][建议|思路|表格|提法|数据][很好|不错|很及时|很有用]",
        "[他|她|{name}][就是个|是个][热心肠|老好人|实在人|工作狂|细心人|急性子]",
        "[一群|一帮|一伙][志愿者|小学生|老党员|年轻干部|老同志][来参观|在帮忙|很积极]",
        "[垃圾|废物|废品][分类|回收|清运|处置][工作|台账|方案]",
        "这台[破|老][打印机|电脑|空调]又坏了，[请信息中心|请后勤][来看看|报修]",
        "[他妈妈|她妈妈|我妈|{name}的母亲][生病|住院|做手术]了，[请假|调班]{n}天",
        "[你个|你这个][小机灵鬼|急性子|大忙人]，[干得漂亮|辛苦了]",
        "[二百五|二百]号[文件|房间|座位]",
        "[狗|猫|畜牧|家畜|家禽][疫苗|防疫|养殖|统计][工作|报表]",
        "[智障|残障|精神障碍][儿童|人员][康复|帮扶|救助]工作",
        "[笨|土|老]办法[也管用|也是办法]，[先|]把[事情|问题]解决了再说",
        "[傻瓜|一键][相机|式操作|打印]",
        "[王八|甲鱼|鳖][养殖|产业]调研报告",
        "[尼玛|扎西|次仁|卓玛|格桑|顿珠|拉姆][同志|老师|书记][今天|明天][值班|报到|到岗]",
        "[SB|sb|Sb]-{n}型[水泵|设备|阀门][已送修|检修完毕]",
        # ad words in ordinary work
        "[税务局|政务大厅][代开发票|发票代开][窗口|业务][调整|搬到{room}]",
        "[创业担保贷款|助学贷款|惠农贷款][政策解读|申报][通知|材料]",
        "[兼职取酬|兼职清理|违规兼职][专项|自查][工作|报告]",
        "[请加一下|请扫码加入][会务组|工作专班|联络员][微信|微信群]，[方便对接|便于联系]",
        "[扫码|扫描二维码][签到|报名|填写问卷|入群]",
        "[领取|发放][慰问品|工作证|防暑用品|劳保用品][时间|地点]",
        "[免费体检|免费培训|免费法律咨询][活动|通知]",
        "[证照|不动产登记]窗口[周末|节假日][延时|预约]服务安排",
        "[事业单位|公益性岗位|社区工作者]公开招聘[公告|报名|笔试]通知",
        "[粮食收购|废旧物资回收|秸秆收购][价格|工作][通知|方案]",
        "[工资卡|社保卡|对公账户][信息|账号][核对|变更]请找财务",
        "[请|麻烦]联系财务[转账|报销]，[附上|带好][发票|审批单]",
        "[12345|12315|12369]热线[客服|话务员][培训|考核]",
        "[招商引资|投资项目][推介会|签约仪式]{date}[举行|召开]",
        "[推广|总结推广]{unit}的[经验|做法]",
        "[考试|考核|测试][安排|座位表|成绩]已发群文件",
        "[刷卡|刷脸|刷码][进门|考勤|就餐]系统{date}[启用|调试]",
        # codes and numbers
        "统一社会信用代码：{uscc}",
        "文号：{city}政办〔{year}〕{n}号",
        "[流水号|业务编号|受理编号]：{digits}",
        "[合同编号|项目编号|采购编号]：{code}",
        "[办公电话|值班电话|联系电话]：0{d3}-{d7}",
        "[会议室|房间][号|]：{d4}",
        "[合同金额|预算金额|中标金额]：{bigmoney}元",
        "[缴款码|缴费码|缴款识别码]：{digit_groups}",
        "[车牌号|公车车牌]：[浙|苏|粤|川|鄂][A|B|C]{plate}",
        "[版本号|系统版本]：v{d1}.{d1}.{d1}",
        "[工号|编号|登记号]：{d6}",
        "[快递单号|挂号信单号]：[SF|JD|YT|EMS]{digits}",
        "[会议号|腾讯会议号]：{d3} {d3} {d3}，[密码|入会密码]{d4}",
        "[邮编|邮政编码]：{d6}",
        # links
        "请登录 https://www.{gov_host}.gov.cn/{path} 查看[通知|政策原文|公示]",
        "[明天|今天]的[视频会|会议][用|请用]腾讯会议 https://meeting.tencent.com/dm/{code}",
        "[表格|台账]请在腾讯文档 https://docs.qq.com/[sheet|doc]/{code} [填写|更新]",
        "[公众号文章|推文]：https://mp.weixin.qq.com/s/{code}",
        "[推荐阅读|今日学习] https://www.xuexi.cn/lgpage/detail/index.html?id={digits}",
        "[政策解读|原文]见 http://www.{gov_host}.gov.cn/art/{year}/{d1}/{d2}/art_{d4}.html",
        "[附件|材料]：{doc}.[docx|pdf|xlsx|wps]",
    ],
    "study": [
        "[认真学习|深入学习|学习贯彻][习近平新时代中国特色社会主义思想|党的二十大精神|二十届三中全会精神]，[推动工作落实|做好本职工作]",
        "[学习强国|学习兴税|干部网络学院][学习情况|积分|学时][通报|排名]已发，请大家[坚持学习|及时完成]",
        "[请|请各位党员]于本月{d2}日前[交纳|交齐]党费",
        "[深入学习|认真贯彻]{study}，[推动各项工作落实|抓好贯彻落实]",
        "[主题教育|党纪学习教育|青年理论学习小组][读书班|集中学习]{date}开班，[请学员准时报到|请带好学习笔记]",
        "[党支部|机关党委]{date}召开[组织生活会|专题民主生活会]，请全体党员参加",
        "[热烈庆祝|庆祝]中国共产党成立{d3}周年[主题活动|文艺汇演]方案",
        "[弘扬|传承][伟大建党精神|红色传统]，[争做|做]新时代[合格党员|好干部]",
        "[坚持|坚决拥护]党的领导，[做到|确保][两个维护|政治过硬]",
        "[爱国主义|党史|国家安全|法治]教育[讲座|展览|主题活动]{date}举行，请[各支部|全体干部]参加",
        "[全民国家安全教育日|国家宪法日|国家安全日]宣传活动方案[已印发|请查收]",
        "[维护|坚决维护]祖国统一和民族团结，[反对一切分裂行为|共同建设美好家园]",
        "[铸牢|筑牢]中华民族共同体意识[宣讲|主题]活动{date}举行",
        "[讲好|传播好]中国故事，[弘扬|凝聚]正能量",
        "[为民服务|人民至上]，[我们|各位干部]要[把群众的事当自己的事|真心实意办实事]",
        "[学习|观看][《{doc}》|{study}]后，请每人写一篇[心得体会|学习体会]",
    ],
    "long": [
        "{a}。{b}",
        "{a}，{b}",
        "{a}\n{b}",
    ],
}

OFF_EXTRA: dict[str, list[str]] = {
    "chat": [
        "[周末|假期|下班|明天|五一|国庆][去哪里|去哪|干嘛|怎么|去哪儿][玩|过|嗨|放松|耍][呀|啊|呢|]",
        "[周末|假期|下班后][有什么|有啥][好玩的|好吃的|安排][推荐|吗|没]",
        "[周一好|早上好]，[祝|愿]各位[开开心心|好运连连|一路繁花][🌹|🌞|]",
        "[朋友们|亲们]，[周末|假期]愉快，[记得|要][多喝水|早点睡|多陪家人]",
        "[今天|昨天]{team}[赢了|输了|绝杀]，[太刺激了|气死我了]{eot}",
        "[我家|楼下]的[猫|狗|鹦鹉|仓鼠][今天|昨晚][又拆家了|学会握手了|生了一窝]",
        "[新开的|楼下那家][奶茶店|火锅店|烧烤店|面馆][真不错|有点贵|排队好长]",
        "[谁|有没有人][知道|推荐][哪里|哪家][修手机|理发|洗车|配眼镜][便宜|靠谱]",
        "[{star}|那个明星]的[八卦|新闻|恋情]你们看了吗{eot}",
        "[下班|晚上|周五][一起|去][撸串|钓鱼|打球|唱K|看电影]？",
        "[国庆|五一|周末][去|想去]{place}[玩|自驾]，[有一起的吗|求攻略]",
        "[家里|老家][种的|产的][橘子|苹果|土豆|红薯|核桃][吃不完|多了]，[便宜卖|同事价][，要的找我|]",
        "[闲置|九成新][婴儿车|电动车|跑步机|书桌][便宜转|送人]，[要的说一声|先到先得]",
        "[今天|这周][{stock}|我的基金|大盘][又跌了|涨了]{eot}",
        "[老家寄来的|自己做的][腊肉|香肠|咸鸭蛋|土鸡蛋|辣椒酱]，[要的私我|分大家尝尝]",
        "[有没有人|谁][知道|推荐][好的|靠谱的][月嫂|家教|驾校|健身房|装修队]",
        "[今晚|昨晚]的[月亮|晚霞|烟花][好美啊|太漂亮了]{eot}",
        "[我儿子|我闺女|孩子][这次考试|期中考试][考了第一|又没考好|进步了]{eot}",
        "[买了张彩票|刮了张刮刮乐|买了注双色球][又没中|中了五块]，[哈哈|手气太差]",
        "[这雨下得|今天热得|这天冷得][真受不了|不想出门]{eot}",
        "[谁有|求][电影票|演唱会门票|球票]，{star}的",
        "[听说|据说]{name}[要结婚了|生了个儿子|买新车了]，[什么时候请客|恭喜恭喜]",
        "[晚安|早安]，[各位亲|大家][做个好梦|一天好心情]{eot}",
        "[中午|晚上]吃[{food}|什么]啊，[纠结|有推荐吗]",
        "[刚刷到|刚看了]一个[搞笑|猫咪|萌娃]视频，[笑死我了|太可爱了]{eot}",
        "[{game}|斗地主|掼蛋][三缺一|差一个人]，[谁来|下班开黑]",
        "[我|我老婆][想|准备][买车|换房|装修]，[有经验的|懂的][给点建议|说说]",
        "[最近|这几天][失眠|腰疼|颈椎不舒服]，[有啥偏方|大家有什么好办法]",
        "[帮我|麻烦大家][看看|参谋一下]这件[衣服|裙子][好看吗|值不值]{slink}",
        "[拼团|团购][车厘子|榴莲|大闸蟹|橙子]，[还差{n}个人|接龙]",
        "[好消息|哈哈]，[我的基金|我买的{sector}][回本了|涨了]{eot}",
        "[谁|有没有人]一起[打羽毛球|跑步|游泳|爬山]，[下班后|周末]",
        "[我家|我们小区]的[樱花|桂花|荷花|月季]开了，[太美了|拍了好多照片]",
        "[明天|周末][回|去][老家|{place}]，[有顺路的吗|求拼车]",
        "{kid}[要参加|在参加]{contest}，[帮忙投个票|麻烦点个赞]，{no}号",
        "[帮我|麻烦]砍一刀，[就差|还差]{money}元了{slink}",
        "[推荐|安利][一部|个][剧|电影|综艺]：{show}，[超好看|强推]",
        "[红包来了|发个小红包|手气最佳的请客]{eot}",
        "[这个|那个][瓜|八卦][太大了|我吃撑了]{eot}",
        "[小区|隔壁][新开了|开了家][超市|水果店|面包店]，[开业打折|挺便宜的]",
        "[今天|早上][堵车|地铁挤][堵了|挤了][半小时|一个小时]，[迟到了|差点迟到]{eot}",
    ],
}


# --- more templates (second round, from the dev set's kinds of misses; own wording) -------------
MORE_FORBIDDEN: dict[str, dict[str, list[str]]] = {
    "political": {
        "more": [
            "[打倒|推翻|声讨]{leader_any}[，|！]{pol_tail}",
            "{leader_any}[是|就是][独裁者|暴君|罪人|卖国贼]，[必须下台|早晚被审判]",
            "[勿忘|铭记|不要忘了]{june4}，[血债血偿|{party}欠下的血债]",
            "{june4}[死了|死的][学生|平民][有几千|成千上万]，[{party}|政府][至今不认|不敢承认]",
            "[为什么|凭什么][不让|不许][提|说|纪念]{june4}？[心虚了吧|因为{party}心里有鬼]",
            "[零八宪章|民主墙|天安门母亲][的|]{pol_hero}[都是|是][英雄|勇士|良心]",
            "[我|我们][要|需要]{freedom}，[不要|不需要]{party}[的|]{regime}",
            "{party}[完蛋|垮台|倒台][的日子|那天][不远了|就快到了]，[到时候|那天][放鞭炮|一起庆祝]",
            "{regime}[不倒|不除]，[中国|老百姓][永无宁日|没有希望]",
            "[呼吁|号召][全国|各地]人民[起来|一起][反抗|推翻]{regime}",
            "[这个|现在的][政府|政权][不代表|代表不了][人民|中国人]，{pol_call}",
            "[让|叫]{party}[血债血偿|付出代价|下地狱]",
        ],
    },
    "porn": {
        "more": [
            "[约炮|约泡|交友|同城约会|附近约][软件|app|神器][推荐|下载]，[附近的人|同城{girl}][秒回|主动找你|都能约]",
            "[今晚|晚上|现在][来|去][酒店|宾馆|我家][ml|啪啪|爽一下|放松一下|约一下][啊|吧|不]",
            "[援交|兼职|出台]{girl}[私聊|可约|上门]，[价格|费用][好商量|好谈|美丽]",
            "[高端|精品]{girl}[外围|商务|伴游]，[{escort}|一条龙|可过夜]",
            "[{girl}|美女][裸照|写真|私房照][高清|无码][大图|合集]，{porn_cta}",
            "[推油|spa|足浴][加|含][特殊|私密|莞式]项目，[上门|到店]都行，{porn_cta}",
            "[约|约吗|约不约][？|，][{hookup}|开房]，{porn_cta}",
        ],
    },
    "gambling": {
        "more": [
            "[赌场|堵场|场子|棋牌室][开业|新开张|开了]，[欢迎|恭候][各位老板|老板们|老朋友]，[筹码|酒水|台费][优惠|免费|八折]",
            "{now}[在|去]{city}[赌钱|赌两把|开局|推牌九]，[包厢|场子][已经订好|安排好了]，[带够钱|谁来|来的说]",
            "[马会|白小姐|黄大仙|管家婆][资料|内幕|图库|心水]，[一码中特|平特一肖|必中|三中三]",
            "[今晚|本期]{lottery}[特码|平码|生肖][{d2}|已出]，[跟我|跟单][买|下][必中|包中]",
            "[下载|注册]{casino}[app|客户端]，[注册就送|新人送]{amt}[彩金|元]",
            "[押|压][大小|单双|庄闲]，[一把|一局][翻倍|定输赢]，[最低|起押]{amt}",
            "[网赌|菠菜|博彩][上岸|回血|翻本]，[导师|老师][带单|带你]，{gam_cta}",
        ],
    },
    "violence": {
        "more": [
            "{now}我[去|到][单位|你家|学校|工地][把|将]{target}[都|全][捅了|砍了|杀了|废了]",
            "[我|老子][要|想][弄死|干掉|整死|捅死]{target}，[刀|家伙][已经|早就][准备好了|买好了]",
            "[谁|哪个][再敢|敢][惹我|动我|欺负我家人]，[我|老子][就|要][宰了|捅了|砍了]谁",
            "[{target}|你们][不给我活路|逼死我]，[我就|那我就][杀|砍|炸][他们全家|你们全家|你们单位]",
            "[出售|转让][{gun}|{blade}|{bomb}]，[全新|九成新|现货]，[价格|可议]，{vio_cta}",
            "[弓弩|钢珠枪|气枪][打猎|防身]神器，[射程远|威力大]，{vio_cta}",
        ],
    },
    "cult": {
        "tuidang": [
            "[赶紧|快]{tuidang_do}，[天要灭中共|大难来了|保命要紧]",
            "[已经有|全世界有][几亿|四亿多]人{tuidang_do}了，[你还等什么|快加入]",
            "{tuidang_do}保平安，[天灭中共|中共要完]，{flg}好",
            "[看了|读了]九评[才知道|就明白]{party}的[真面目|本质]，[快|赶紧]{tuidang_do}",
            "{flg}[学员|弟子][讲真相|发传单]：{tuidang_do}[保命|保平安]",
            "[中共|{party}][迫害|镇压]{flg}，[天理不容|必遭天谴]，[快|赶紧]{tuidang_do}",
        ],
        "more": [
            "[{flg}学员|大法弟子|同修][在|到][海外|国外|使馆门口][集会|游行|讲真相]",
            "[李洪志|李老师|师父][说的|讲的][都是真的|是真理]，[信大法|修大法][得福报|得救]",
            "{flg}[學員|学员][被迫害|遭迫害][的|]真相",
            "[请|请你][记住|诚念]：[法轮大法好|真善忍好]，[危难时|关键时刻][能保命|能救你]",
        ],
    },
    "rumor": {
        "official": [
            "{rum_org}{rum_new}[通知|决定|发文]：{rum_policy}，[消息属实|千真万确|已经确定]，{fwd}",
            "[{rum_org}|上面]{rum_new}[定了|发话了]：{rum_policy}，[赶紧告诉家人|{fwd}]",
            "{rum_policy}，[是|这是]{rum_org}[内部|刚出的][文件|消息]，{fwd}",
        ],
        "local": [
            "[{city}|我们这]{now}{local_event}，{rum_src2}，{fwd}",
            "{rum_urg}[{city}|我们这]{now}{local_event}，[大家|各位][赶紧|提前][准备|囤货|储水]",
            "[听|据]{rum_src_short}[说|讲]，[{city}|我们这]{now}{local_event}",
        ],
        "crime": [
            "[最近|这几天]{city}[有|出现][一伙|一帮][人贩子|偷小孩的|抢劫的|拐卖儿童的]，[开着|坐着][白色|黑色][面包车|轿车][在学校门口|在小区附近][转悠|蹲点]，[看好孩子|晚上别出门]，{fwd}",
            "[有人|坏人][在|到][医院|学校|超市][拿针扎人|偷器官|下迷药]，[已经|都][有|出了]{d1}[个|起][受害者|事]，{fwd}",
            "[外地人|一伙人][专门|在][偷孩子|拐女人][挖器官|卖到外地]，[我们县|{city}][已经|都]抓到[一个|好几个]了，[大家|家长][注意|小心]",
        ],
        "more_health": [
            "[千万别|不要][吃|买|喝]{food_bad}，[里面|已经][有|检测出][寄生虫|致癌物|塑料|毒素]，{fwd}",
            "[晚上|夜里]{d2}点[以后|之后][不要|别][用手机|开WiFi|接电话]，[有|会有][辐射|外星信号|病毒]，{fwd}",
            "[某某|有个]专家说[喝|吃][{food_bad}|醋|大蒜][能治|可以防]{disease}，{fwd}",
        ],
        "more_bait": [
            "[这个|此][内容|消息][很敏感|犯忌讳]，[看过|读完][马上|立刻]删掉，[说的是|涉及][高层|大人物]的事",
            "[高层|中南海|上面][出大事了|内斗了|有人被抓了]，[视频|文件][随时被删|马上删]，[快看|速存]",
            "[这段|这条][视频|录像][已经|]被[删|封]了[三次|好几次]，[我|群里]还[存着|留着]一份，[要看的快|{fwd}]",
        ],
    },
    "insult": {
        "more": [
            "[死|臭][三八|八婆|肥猪|穷鬼]，[少多管闲事|一边凉快去|没人问你]",
            "{ins_dialect}，[脑壳|脑子][有包|进水|被驴踢了|有坑]",
            "[你这个|你个]{ins_dialect}[，|]{ins_tail}",
            "[臭|死|贱]{ins_noun}，装什么[清纯|清高|大尾巴狼|好人|领导]",
            "[他妈|特么|tm|TM|他娘]的，[这点事都办不好|又搞砸了|蠢到家了]",
            "[你|你们][就是|都是][一坨屎|一堆垃圾|社会的渣滓|人渣败类]",
            "[像他|像你][这种|这号]人[纯属|简直是][人渣|败类|祸害]，[早该滚了|谁见谁烦]",
        ],
    },
    "ad": {
        "more": [
            "[下载|注册][{app}|这个app|这款软件]，[新人|注册][送|领|就送]{d2}元，[提现秒到|可提现|邀请好友再得{d2}元]",
            "[高价|长期][回收|收购][茅台|五粮液|烟酒|购物卡|金条|旧手机|礼品卡]，[正品|价格高|上门回收]",
            "[点赞|关注|评论][抖音|快手|小红书][就能赚钱|一单{d1}元|日结]",
            "[证书|资格证|学历][加急|当天]出[证|本]，[免考|不用考|网上可查]，{ad_cta}",
            "[驾照|资格证|学历|健康证][包办|代办到手]，[免考|包过|三天拿证]，{ad_cta}",
            "[一天|每天][几百|{amt}][轻松到手|稳稳到账]，[跟着我|我带你][做项目|搞副业]",
            "[宝妈|学生|上班族]副业，[一部手机|一台电脑][搞定|足够]，[当天结算|天天结]",
        ],
    },
}

S_MORE: dict[str, list[str]] = {
    "leader_any": ["习近平", "{leader}", "独裁者", "这个独裁者", "总书记"],
    "pol_hero": ["签名者", "参与者", "那些人", "刘晓波", "王丹", "吾尔开希"],
    "tuidang_do": ["三退", "退党", "退党退团退队", "声明退出", "退出中共组织"],
    "rum_org": [
        "国务院",
        "人社部",
        "教育部",
        "国家医保局",
        "交通运输部",
        "国家电网",
        "公安部",
        "卫健委",
        "地震局",
        "央行",
    ],
    "rum_new": ["刚刚", "最新", "紧急", "内部", ""],
    "rum_policy": [
        "退休金[统一|一律]上调[30%|一倍]",
        "[明年|下月]起[高速公路|地铁|公交][免费|全部免费]",
        "[每人|每户][发放|补贴]{amt}元[消费券|补贴]",
        "[农村户口|宅基地][全部|一律]收回",
        "[身份证|驾驶证][要|必须]重新办理，[收费|逾期作废]",
        "[中考|高考][取消|改革]，[只看平时成绩|全部免试]",
        "[电动车|摩托车][全面禁止|禁止上路]",
        "[微信|支付宝][开始收费|转账收手续费]",
        "[存款|存折][超过|满]{d2}万[要冻结|要交税]",
        "[公务员|教师][工资|绩效][下调|停发]",
        "[油价|电价|水价][涨到|翻倍到]{d2}[块|元]",
        "[全国|全市][停课|放假]{d2}天",
    ],
    "local_event": [
        "要停水{d1}天",
        "全城停电",
        "要封城",
        "全部停课",
        "有台风直接登陆",
        "有大暴雨要被淹",
        "水库要放水",
        "化工厂毒气泄漏了",
        "出现狂犬病",
        "有抢劫团伙",
        "有人往水里投毒",
        "要发{quake}地震",
    ],
    "rum_src_short": ["内部人", "医院的朋友", "派出所的亲戚", "群里的人", "知情人", "领导"],
    "ins_dialect": [
        "瓜娃子",
        "哈批",
        "锤子",
        "龟儿子",
        "憨批",
        "二逼",
        "傻缺",
        "沙雕",
        "瘪犊子",
        "龟孙",
        "鳖孙",
        "王八羔子",
        "兔崽子",
        "小瘪三",
        "老东西",
        "撒比",
        "二货",
        "挫货",
        "贱货",
    ],
    "app": ["趣头条", "某某赚", "快赚app", "悬赏猫", "红包多多", "金币乐园", "步步赚钱"],
}

MORE_WORK: dict[str, list[str]] = {
    "risky_more": [
        "[国土空间规划|国土资源|国土调查|国土绿化|国土整治][编制|工作|数据][推进会|汇报|核对]",
        "中共{unit}[党组|党委|总支|支部][会议|理论学习中心组][{date}|明天][召开|学习]",
        "[反诈|防溺水|防火|防震|防骗|垃圾分类|医保|禁毒][知识|小常识|提示][转发给|分享给|转给][家人|亲友|家人朋友|身边的人]",
        "[请|麻烦]大家[把|将][这个|这份][宣传单|防骗提示|安全提示][转给|发给][家人|父母|身边的人]，[提高防范意识|共同防范]",
        "[真是个|这是个|又是个][好消息|好办法|好天气|好机会]，[大家|我们][抓紧|继续]{task}",
        "[他|她|老{sur}|{name}]是[我们单位的|科室的|局里的][老黄牛|顶梁柱|笔杆子|活字典|业务骨干]",
        "[就是|只是][个|一个][小问题|流程问题|格式问题]，[改一下就行|别太担心]",
        "[这个|那个][垃圾中转站|垃圾分类点|垃圾清运][的问题|的投诉][请|要][尽快|抓紧][处理|解决]",
        "[砍掉|压减|砍去][一半|三成|不必要]的[会议|文件|检查|开支]",
        "[{name}|小{sur}][把|将][那份|这个][方案|材料][推翻重写|重新弄]了，[辛苦了|效果好多了]",
        "[网格员|社区干部][每天|经常][转发|推送][通知|政策|天气预警]到[居民群|业主群]",
        "[为|给][坚守岗位|一线]的同志们点赞，[辛苦了|注意身体]",
        "[我们|科室][要|得][把|将]{task}[拿下|干好|搞定]",
        "[要|必须][严厉|坚决]杜绝[形式主义|官僚主义|数据造假]",
        "[约谈|诫勉谈话|提醒谈话][记录|情况]请[纪检组|{unit}][归档|备案]",
        "[请|麻烦][把|将][上门服务|入户走访][情况|台账]{date}前报送",
        "[片子|视频|宣传片][拍得|剪得][很好|不错]，[很感人|很有意义]，[准备|可以][报送|参评]",
        "[明天|周五][食堂|工会][聚餐|团建]，[要参加的|请]在群里[接龙|报名]",
        "[小心|注意][路滑|台阶|用电安全]，[别摔着|注意安全]",
        "[真|太]累[了|人了]，[这个月|这周][加了{n}天班|天天加班]，[总算|终于]忙完了",
        "[打|拨打]{d3}[转|分机]{d4}[找|联系]{name}",
        "[中奖|抽奖]：工会[趣味|年终][抽奖|活动][名单|结果]公布",
        "[彩票|体彩|福彩][公益金|销售网点][使用|检查]情况报告",
        "[下注|押注]：[反赌|禁赌][宣传|警示][材料|漫画][校对|印刷]",
        "[裸聊|网络交友]敲诈[案例|防范]宣传[视频|海报]已发群文件，请转发给[职工|群众]",
        "[收到|接到][群众|网友][举报|反映][有人|某微信群][传播|发布][黄色|赌博|谣言][信息|广告]，请[网信办|公安][核查|处理]",
    ],
}


MORE_WORK2: dict[str, list[str]] = {
    "gather_ok": [
        "[参加|去][培训|调研|观摩|植树|慰问|督导|检查]的同志{time}[在|到]{gov_place}[门口|东门|南门|大院][集合|上车][，|]{gather_tail}",
        "[请|麻烦][各位|参会人员|工作人员]{time}[准时|提前10分钟][到|在]{gov_place}[门口|一楼大厅][集合|签到]",
        "[明早|明天上午|周六早上][统一|集中][在|到]{gov_place}[门口|广场|停车场][乘车|坐大巴|出发]，[过时不候|请勿迟到]",
        "[大巴|中巴|公车]{time}[在|从]{gov_place}[门口|院内][发车|出发]，[去|前往]{unit}[调研|检查|观摩]",
        "[今天|明天][有|组织][群众|志愿者][到|在]{gov_place}[广场|门口][开展|参加][义诊|普法宣传|文艺演出|志愿服务]活动",
        "[请|安排][保安|值班人员][在|到]{gov_place}门口[引导|维持秩序]，[活动|会议]{time}开始",
    ],
    "org_names": [
        "中共{central_org}[党组|党委|机关党委|直属机关工委][关于|]{task}的[通知|意见|通报]",
        "[转发|印发]中共{central_org}[党组|党委]{doc}",
        "中共中央[办公厅|组织部|宣传部]、国务院办公厅印发{doc}",
        "[中共|中国共产党]{province}[省委|委员会][全会|常委会][精神|会议精神]传达提纲",
        "[{central_org}|上级]党组[巡视|巡察][反馈意见|整改方案]已下发",
        "[国土|乡土|本土|领土][共享|共建|共治|共同|共富][平台|示范村|项目|体系][建设|推进|验收]",
        "[国土空间|国土资源]共享[平台|数据库][账号|权限]请找{name}开通",
    ],
    "links_more": [
        "[通知|材料|政策原文|公示名单][见|在|请看] https://{gov_host}.gov.cn/{path}",
        "[报名|问卷|签到][链接|入口]：https://[www.wjx.cn/vm/|docs.qq.com/form/page/|jinshuju.net/f/]{code}",
        "[视频会|线上会议|培训直播][链接|地址|入口]：https://[meeting.tencent.com/dm/|live.{gov_host}.gov.cn/]{code}，[会议号|密码]{d6}",
        "[请|麻烦]在 https://docs.qq.com/[sheet|doc]/{code} [里|中][填报|更新]{report}",
        "[推荐阅读|今日学习|学习资料]：https://[www.xuexi.cn/lgpage/detail/index.html?id={digits}|mp.weixin.qq.com/s/{code}]",
        "[附件|文件]下载：https://[pan.baidu.com/s/|www.{gov_host}.gov.cn/attach/]{code}，[提取码|密码][{code}|{d4}]",
    ],
    "nice_you": [
        "你[个|这个|这][小机灵鬼|机灵鬼|大忙人|急性子|细心人|热心肠|老实人]",
        "[他|她|老{sur}|{name}|小{sur}][就是个|真是个|是个][老好人|热心肠|实在人|工作狂|细心人|急性子|大好人|暖男|能人]",
        "你[这个|个][点子|方案|思路|表格|总结|建议|主意][不错|很好|真棒|很实用|挺及时]",
        "[真是个|这是个|又是个][好消息|好主意|好办法|好天气|好兆头]",
        "[你们|大家][这帮|这群|一帮][年轻人|小伙子|老同志][干得|表现得][真不错|很棒|漂亮]",
        "[这次|这回][你|你们][干得|做得][漂亮|好|不赖]，[给你|给你们][点赞|记一功]",
    ],
    "enforce_more": [
        "[揭批|揭露|批驳|认清]{cult_enf}[的|]邪教本质，[筑牢思想防线|自觉抵制|守护家庭幸福|不受蒙蔽]",
        "[开展|组织]{cult_enf}[警示教育|反邪教宣传|揭批活动][进社区|进村|进校园]，[发放|张贴][宣传册|海报]{n}份",
        "[防范|抵御]{cult_enf}[渗透|侵害]，[各村|各社区]要[落实|压实]责任",
        "[依法|严厉]打击{cult_enf}[违法犯罪活动|非法聚集|宣传渗透]，[对涉及人员|对骨干分子][依法处理|开展教育转化]",
    ],
}

S_MORE2: dict[str, list[str]] = {
    "gather_tail": ["统一乘车", "坐大巴去", "前往现场", "一起出发", "过时不候", "请勿迟到", ""],
    "central_org": [
        "国家税务总局",
        "国家统计局",
        "国家档案局",
        "国家市场监督管理总局",
        "国家发展改革委",
        "国家卫生健康委",
        "教育部",
        "生态环境部",
        "财政部",
        "应急管理部",
        "水利部",
        "{province}省委",
        "{city}市委",
    ],
    "province": ["浙江", "江苏", "湖北", "四川", "广东", "山东", "河南", "安徽"],
    "cult_enf": ["法轮功", "全能神", "邪教组织", "门徒会", "呼喊派", "一贯道", "东方闪电", "邪教"],
}


# --- general discussion (comments on society, news, regions, gender, daily life) ----------------
# Ordinary opinions of the kind social-media comment threads are full of: not work, but nothing
# forbidden either. Without them the model has no idea what such text is and spreads it over the
# forbidden classes.
DISCUSS: dict[str, list[str]] = {
    "opinion": [
        "我觉得{dtopic}{dopin}",
        "说实话，{dtopic}{dopin}",
        "{dtopic}{dopin}，{dreason}",
        "[看了|刚看了|看完][这个|那个|这条][新闻|视频|帖子]，{dtopic}{dopin}",
        "[同意|赞同|支持][楼上|你说的|up主]，{dtopic}{dopin}",
        "[其实|说到底]{dtopic}{dopin}，{dreason}",
        "[个人觉得|我的看法是|我认为]{dtopic}{dopin}",
        "[关于|对于]{dtopic}，{dopin}，{dreason}",
        "{dtopic}[这件事|这个问题|这种现象]{dopin}",
        "[不能一概而论|别一竿子打翻一船人]，{dgroup}[里|中间][也有|有]{dvariety}",
        "{dgroup}[招谁惹谁了|怎么了]，[别|不要]地域黑[了|啊]",
        "[我身边的|我认识的]{dgroup}[都|大多][挺好的|很热情|很实在|挺靠谱]，[没网上说的那样|不要刻板印象]",
        "[为什么|凭什么][总有人|有些人][说|觉得]{dgroup}[不好|怎么样]？[我觉得|其实][都一样|每个地方都有好人坏人]",
        "[有没有|谁认识]{dgroup}[朋友|网友][说说|讲讲]{dlife}",
        "{dgroup}[的|]{dlife}[跟我们|和我们这边][不太一样|差不多]，[挺有意思的|各有特色]",
        "[看到|刷到][评论区|弹幕|这么多人][吵|在争]{dtopic}，[没必要吧|理性讨论就好|大家冷静点]",
        "[楼主|up主|作者][说得|讲得][有道理|挺客观|太片面了]，{dtopic}{dopin}",
        "[这|那][个|种]观点[我|本人][不太认同|部分同意|完全同意]，{dreason}",
        "[哈哈|笑死|确实]，{dtopic}{dopin}",
        "{dtopic}？[我觉得|说真的][{dopin}|见仁见智吧]",
        "[现在|如今|这几年]{dtopic}[变化很大|越来越受关注|讨论得很多]，{dopin}",
        "[网上|新闻上|微博上][说|讲|报道]{dtopic}，[我觉得|不过]{dopin}",
        "[换个角度想|站在对方立场想]，{dtopic}{dopin}",
        "[希望|但愿]{dtopic}[以后|将来][能|会][越来越好|改善|有个好结果]",
    ],
    "question": [
        "[为什么|怎么看待|如何看待]{dtopic}？",
        "[听说|据说]{dnews}，[是真的吗|有人知道吗|不知道真假]？",
        "{dtopic}[大家|你们][怎么看|什么意见|支持哪边]？",
        "[请问|想问一下][有没有人|大家][了解|知道]{dlife}？",
        "[在|到]{dplace}[生活|工作|读书][是什么体验|怎么样|压力大吗]？",
        "{dgroup}[真的|是不是][都|大多]{dstereo}吗？[感觉|我觉得][不一定|是刻板印象]",
    ],
    "news": [
        "[今天|刚才|最新][新闻|消息|报道][说|称]{dnews}",
        "{dnews}，[这下|看来][有变化了|大家要注意了|挺好的]",
        "[看到|刷到]{dnews}的[新闻|消息]，[挺意外的|不知道影响大不大|觉得挺好]",
        "[国际|国内|财经|体育|科技]新闻：{dnews}",
        "{dnews}，[评论区|网友][吵翻了|说什么的都有]",
    ],
    "life": [
        "[我|我们|我家|我老公|我老婆|我妈]{dlife_do}，[挺好的|还行|累死了|有点难]",
        "[今天|周末|昨天]{dlife_do}，{dfeel}",
        "[最近|这阵子|这段时间][在|一直在]{dlife_do}，{dfeel}",
        "[在|到]{dplace}[上学|打工|工作|生活]{d2}年了，{dfeel}",
        "[小时候|以前|年轻时][在|住]{dplace}，[那时候|当时]{dmemory}",
        "[现在的|如今的][年轻人|孩子|老人|女生|男生]{dstereo2}，[其实|我觉得]{dopin}",
    ],
}

S_DISCUSS: dict[str, list[str]] = {
    "dgroup": [
        "河南人",
        "东北人",
        "上海人",
        "广东人",
        "四川人",
        "山东人",
        "北京人",
        "湖南人",
        "新疆人",
        "农村人",
        "城里人",
        "北方人",
        "南方人",
        "外地人",
        "本地人",
        "黑人",
        "白人",
        "非洲人",
        "外国人",
        "日本人",
        "美国人",
        "韩国人",
        "欧洲人",
        "留学生",
        "女生",
        "男生",
        "女性",
        "男性",
        "90后",
        "00后",
        "老年人",
        "程序员",
        "医生",
        "老师",
        "外卖小哥",
        "农民工",
        "宝妈",
        "独生子女",
        "北漂",
        "打工人",
    ],
    "dtopic": [
        "{dgroup}",
        "地域歧视",
        "种族问题",
        "性别平等",
        "女权",
        "彩礼",
        "婚姻",
        "离婚率",
        "生育率",
        "家务分工",
        "职场女性",
        "男女平等",
        "房价",
        "高考",
        "考研",
        "就业",
        "养老",
        "医疗",
        "物价",
        "教育资源",
        "内卷",
        "996",
        "躺平",
        "网络暴力",
        "键盘侠",
        "留守儿童",
        "城乡差距",
        "外卖",
        "电动车",
        "新能源车",
        "人工智能",
        "芯片",
        "短视频",
        "直播",
        "网购",
        "国产电影",
        "春晚",
        "足球",
        "奥运会",
        "中美关系",
        "俄乌局势",
        "美国的种族问题",
        "欧洲的难民问题",
        "非洲的发展",
        "日本的老龄化",
        "国际形势",
        "经济形势",
        "传统文化",
        "方言",
        "南北差异",
        "饮食习惯",
        "相亲",
        "剩女",
        "丁克",
        "二胎",
        "学区房",
        "退休年龄",
        "延迟退休",
        "医保改革",
        "双减",
        "校园霸凌",
        "宠物",
        "流浪猫",
        "垃圾分类",
        "外国人在中国",
        "中国这些年的发展",
        "政府的新政策",
        "社会福利",
        "新闻报道",
        "明星离婚",
        "网红带货",
    ],
    "dopin": [
        "其实没那么严重",
        "挺正常的",
        "要理性看待",
        "不能搞歧视",
        "各有各的难处",
        "确实是个问题",
        "还是教育的问题",
        "我不太认同",
        "看个人选择",
        "社会在进步",
        "互相尊重就好",
        "媒体有点夸大了",
        "不能以偏概全",
        "需要时间慢慢改变",
        "说到底是经济问题",
        "值得好好讨论",
        "没有标准答案",
        "比以前好多了",
        "还有很长的路要走",
        "每个人情况不一样",
        "不要被带节奏",
        "是好事",
        "有利有弊",
        "我持保留意见",
        "挺复杂的",
        "要看具体情况",
        "我觉得挺好",
        "有点担心",
        "没必要上纲上线",
        "要多听听当事人的说法",
        "关键是落实",
        "希望越来越好",
    ],
    "dreason": [
        "毕竟每个人的成长环境不一样",
        "大家都不容易",
        "哪里都有好人坏人",
        "不要拿个别现象说事",
        "要看长远",
        "制度也在慢慢完善",
        "网上的声音不代表全部",
        "这也是发展中的问题",
        "多沟通就好了",
        "说到底还是钱的问题",
        "年轻人压力太大了",
        "老一辈的观念也要理解",
        "时代不一样了",
        "各地情况差别很大",
        "标签化要不得",
        "我身边就有不少例子",
    ],
    "dvariety": ["好人坏人", "各种各样的人", "很多优秀的人", "热心肠的人", "素质高的也有素质低的"],
    "dlife": [
        "那边的生活",
        "当地的美食",
        "找工作的情况",
        "房价怎么样",
        "彩礼的习俗",
        "过年的习俗",
        "方言",
        "上学的情况",
        "看病方不方便",
        "冬天冷不冷",
        "交通",
        "物价",
    ],
    "dlife_do": [
        "在带孩子",
        "在找工作",
        "在备考",
        "在装修",
        "在学做饭",
        "在减肥",
        "在学英语",
        "在考驾照",
        "去医院体检了",
        "去相亲了",
        "搬家了",
        "换了个工作",
        "去看了场电影",
        "回了趟老家",
        "加了一周班",
    ],
    "dfeel": [
        "挺开心的",
        "有点累",
        "感觉还不错",
        "压力挺大",
        "收获挺多",
        "一言难尽",
        "慢慢适应了",
        "挺充实的",
    ],
    "dplace": [
        "北京",
        "上海",
        "深圳",
        "广州",
        "成都",
        "武汉",
        "西安",
        "杭州",
        "国外",
        "日本",
        "美国",
        "农村",
        "老家",
        "小县城",
        "东北",
    ],
    "dmemory": [
        "日子苦但开心",
        "大家都很穷",
        "没有手机",
        "邻里关系很好",
        "天天在外面玩",
        "一家人挤在一间房",
    ],
    "dstereo": [
        "很能吃辣",
        "很有钱",
        "很豪爽",
        "不爱干净",
        "很会做生意",
        "说话很直",
        "很能吃苦",
        "重男轻女",
    ],
    "dstereo2": [
        "压力太大了",
        "都不爱结婚",
        "太依赖手机",
        "很有想法",
        "更独立",
        "不愿意生孩子",
        "消费观念变了",
    ],
    "dnews": [
        "[房贷利率|存款利率|油价]又[调整|下调|上调]了",
        "[某地|一个城市][出台|发布]了[生育补贴|购房补贴|人才政策]",
        "[美国|欧洲|日本][经济|大选|选举][有新变化|结果出来了]",
        "[某明星|一个网红][被曝|宣布][离婚|退圈|塌房]",
        "[国足|中国女排|某球队][输了|赢了|进决赛了]",
        "[新款手机|新能源车|AI大模型][发布了|降价了]",
        "[今年|明年][高考|考研][人数|报名][创新高|下降了]",
        "[延迟退休|个税|医保][新政策|新规定][要实施了|出来了]",
        "[南方|北方|某地][发大水|下暴雪|大降温]",
        "[一个|某][博主|网红][因为|由于][造谣|带货][被处罚|道歉了]",
    ],
}


# Topic → (subjects, remarks): neutral talk about a domain, with the domain's risky words used
# the ordinary way. Frames below combine them.
DOMAINS: dict[str, tuple[list[str], list[str]]] = {
    "history": (
        [
            "辛亥革命",
            "秦始皇",
            "三国",
            "明朝",
            "清朝",
            "太平天国",
            "张献忠",
            "李自成",
            "抗日战争",
            "南京大屠杀",
            "二战",
            "法国大革命",
            "美国独立战争",
            "印度独立",
            "罗马帝国",
            "拿破仑",
            "希特勒",
            "斯大林",
            "冷战",
            "苏联解体",
            "鸦片战争",
            "戊戌变法",
            "五四运动",
            "朱元璋",
            "成吉思汗",
            "农民起义",
            "十字军东征",
        ],
        [
            "推翻了旧王朝",
            "是一段很复杂的历史",
            "改变了世界格局",
            "值得反复读",
            "评价一直有争议",
            "农民起义推翻了腐朽的统治",
            "书上写得很详细",
            "纪录片拍得很好",
            "死了很多人，太惨了",
            "独裁统治最后失败了",
            "政权更替很频繁",
            "民族矛盾很尖锐",
            "是近代史的转折点",
            "教训很深刻",
            "很多细节现在还在考证",
            "军队战斗力很强",
            "最后还是灭亡了",
            "影响了后面几百年",
        ],
    ),
    "world": (
        [
            "美国大选",
            "美国总统",
            "英国首相",
            "欧洲议会",
            "日本首相",
            "俄乌冲突",
            "中东局势",
            "巴以冲突",
            "联合国",
            "法国的罢工",
            "韩国的选举",
            "美国的枪击案",
            "欧洲的难民",
            "非洲的疫情",
            "印度的人口",
            "巴西的经济",
            "美国的通胀",
            "国外的游行示威",
            "美国的抗议活动",
            "英国脱欧",
            "北约",
            "七国集团",
        ],
        [
            "又上热搜了",
            "局势挺紧张的",
            "结果出乎意料",
            "对经济影响很大",
            "各方都在观望",
            "新闻天天在报",
            "说明他们的制度也有问题",
            "跟我们关系不大",
            "持续好几个月了",
            "民调差距很小",
            "制裁还在继续",
            "示威的人越来越多",
            "枪支管控一直是老问题",
            "警察和抗议者发生了冲突",
            "总统的支持率下降了",
        ],
    ),
    "sports": (
        [
            "国足",
            "中超",
            "CBA",
            "NBA",
            "英超",
            "欧冠",
            "世界杯",
            "奥运会",
            "女排",
            "乒乓球",
            "F1",
            "网球",
            "马拉松",
            "新疆广汇",
            "辽宁队",
            "广东队",
        ],
        [
            "又输了",
            "绝杀太精彩了",
            "外援爆发力真强",
            "这个黑马杀进了决赛",
            "裁判有点偏",
            "教练该下课了",
            "门将扑出点球",
            "三分球投得准",
            "防守太松了",
            "主场气氛很好",
            "爆冷了",
            "转会费太贵了",
            "年轻球员表现不错",
            "赛程太密了",
            "伤病太多",
            "该好好反思了",
        ],
    ),
    "games": (
        [
            "王者荣耀",
            "和平精英",
            "原神",
            "英雄联盟",
            "CS",
            "绝地求生",
            "吃鸡",
            "我的世界",
            "塞尔达",
            "黑神话悟空",
            "使命召唤",
            "斗地主",
        ],
        [
            "这把被狙击枪一枪秒了",
            "开局就被打死了",
            "队友太坑了",
            "新英雄太强了",
            "枪法练了好久",
            "炸弹包刚好把对面炸没了",
            "复活以后又被杀了",
            "排位连跪了",
            "皮肤挺好看",
            "剧情做得很用心",
            "打BOSS死了十几次",
            "这个版本射手很强",
            "开黑上分了",
            "画面太震撼了",
        ],
    ),
    "film": (
        [
            "这部电影",
            "这部剧",
            "战狼",
            "流浪地球",
            "漫威",
            "哈利波特",
            "甄嬛传",
            "狂飙",
            "黑帮片",
            "鬼片",
            "谍战剧",
            "动画片",
            "纪录片",
            "综艺",
        ],
        [
            "枪战场面拍得很好",
            "反派演得太好了",
            "杀手那段很刺激",
            "结局有点烂尾",
            "演员演技在线",
            "特效很震撼",
            "剧情太拖沓",
            "配乐好听",
            "讲邪教题材的，挺吓人",
            "笑死我了",
            "看哭了",
            "豆瓣评分挺高",
            "值得二刷",
            "主角光环太强",
            "翻拍得不如原版",
        ],
    ),
    "tech": (
        [
            "人工智能",
            "ChatGPT",
            "大模型",
            "芯片",
            "华为",
            "苹果",
            "特斯拉",
            "新能源车",
            "5G",
            "手机",
            "电脑",
            "程序员",
            "CSDN",
            "stackoverflow",
            "GitHub",
        ],
        [
            "发展太快了",
            "电脑中了病毒，文件全没了",
            "黑客攻击了服务器",
            "有个安全漏洞要修",
            "电池续航不行",
            "降价了",
            "系统又更新了",
            "代码写得一团糟",
            "答案质量参差不齐",
            "被卡脖子了",
            "国产替代加油",
            "学起来不容易",
            "价格太贵",
            "用了三年还挺好",
        ],
    ),
    "food": (
        [
            "毛血旺",
            "火锅",
            "炸鸡",
            "烤串",
            "麻辣烫",
            "螺蛳粉",
            "胡辣汤",
            "饺子",
            "馒头",
            "烤鸭",
            "小龙虾",
            "奶茶",
            "臭豆腐",
            "杀猪菜",
        ],
        [
            "是我的最爱",
            "太辣了",
            "十块钱能吃饱",
            "南北做法不一样",
            "外地人吃不惯",
            "油炸的不健康",
            "老家的最正宗",
            "价格涨了不少",
            "排队排了一个小时",
            "配米饭绝了",
            "做法很简单",
            "太咸了",
        ],
    ),
    "money": (
        [
            "房贷",
            "车贷",
            "信用卡",
            "基金",
            "股票",
            "理财",
            "存款利率",
            "公积金",
            "养老金",
            "工资",
            "年终奖",
            "彩礼",
        ],
        [
            "压力好大",
            "利率又降了",
            "亏了不少",
            "还款日快到了",
            "每个月都不够花",
            "比去年少了",
            "要量力而行",
            "还是存银行踏实",
            "涨了一点点",
            "攒了好几年",
            "各地差别很大",
            "太高了不合理",
        ],
    ),
    "health": (
        [
            "流感",
            "新冠",
            "疫苗",
            "体检",
            "感冒",
            "高血压",
            "癌症",
            "近视",
            "失眠",
            "减肥",
            "牙疼",
            "颈椎病",
        ],
        [
            "病毒传染性挺强",
            "打完疫苗有点发烧",
            "医生说要多休息",
            "早发现早治疗",
            "查出来问题不大",
            "医院人太多了",
            "要少熬夜",
            "吃药好多了",
            "每年都要查一次",
            "跟遗传有关系",
            "要多运动",
        ],
    ),
    "belief": (
        [
            "佛教",
            "道教",
            "基督教",
            "寺庙",
            "烧香",
            "星座",
            "算命",
            "风水",
            "塔罗牌",
            "庙会",
            "清明祭祖",
            "上帝",
            "神话故事",
        ],
        [
            "是传统文化的一部分",
            "我不太信",
            "图个心理安慰",
            "挺有意思的",
            "老人比较讲究",
            "信不信由你",
            "年轻人也有喜欢的",
            "没什么科学依据",
            "是一种习俗",
            "各有各的说法",
        ],
    ),
    "dating": (
        [
            "相亲",
            "约会",
            "男朋友",
            "女朋友",
            "前任",
            "分手",
            "结婚",
            "离婚",
            "暗恋",
            "表白",
            "网恋",
            "闺蜜",
            "crush",
        ],
        [
            "好尴尬",
            "挺甜的",
            "要看缘分",
            "第一次见面很紧张",
            "三观要合",
            "吵架了",
            "谈了三年",
            "被家里催婚",
            "聊得很投机",
            "不合适就算了",
            "太难了",
            "要互相理解",
        ],
    ),
    "society": (
        [
            "河南人",
            "东北人",
            "上海人",
            "四川人",
            "黑人",
            "白人",
            "黄种人",
            "印度人",
            "非洲人",
            "外国留学生",
            "女司机",
            "男生",
            "女生",
            "农村人",
            "城里人",
        ],
        [
            "也有好有坏",
            "不能一概而论",
            "被贴了太多标签",
            "其实挺热情的",
            "网上的段子当不得真",
            "我身边的朋友都很好",
            "别搞地域黑",
            "也是普通人",
            "刻板印象要不得",
            "很能吃苦",
            "打招呼的方式不一样",
            "文化差异挺大",
            "被误解得太多了",
            "素质高低跟地域无关",
        ],
    ),
}

DOMAINS.update(
    {
        "nation": (
            [
                "新疆",
                "西藏",
                "台湾",
                "香港",
                "澳门",
                "内蒙古",
                "江浙沪",
                "东北三省",
                "少数民族",
                "各民族",
                "华人",
                "亚裔",
                "海外华侨",
                "中华文化",
            ],
            [
                "都是中国的一部分",
                "自古以来就是中国的领土",
                "人民生活越来越好",
                "风景太美了",
                "发展很快",
                "是一家人",
                "的美食很有特色",
                "值得去旅游",
                "文化很丰富",
                "是我们的骄傲",
                "同胞都盼着统一",
                "的年轻人很有活力",
                "经济这几年起来了",
                "跟内地交流越来越多",
                "民族团结一家亲",
            ],
        ),
        "race": (
            [
                "黑人",
                "白人",
                "黄种人",
                "亚裔",
                "拉丁裔",
                "印度人",
                "阿拉伯人",
                "非洲留学生",
                "黑人外援",
                "白人老师",
                "混血儿",
                "少数族裔",
            ],
            [
                "也是普通人",
                "在美国经常被歧视",
                "唱歌跳舞很有天赋",
                "运动天赋很强",
                "跟我们没什么区别",
                "的文化很有意思",
                "被刻板印象害惨了",
                "的权益应该得到保护",
                "在电影里出现得越来越多",
                "打招呼的方式很热情",
                "是平等的",
                "也有各种各样的人",
                "在国外的处境不容易",
            ],
        ),
        "gender": (
            [
                "女生",
                "男生",
                "女性",
                "男性",
                "女权",
                "男女平等",
                "彩礼",
                "家务",
                "带娃",
                "职场妈妈",
                "全职太太",
                "女司机",
                "剩女",
                "丁克",
            ],
            [
                "应该互相尊重",
                "各有各的难处",
                "不要互相攻击",
                "是个人选择",
                "跟性别没关系",
                "现在观念变了",
                "压力都很大",
                "要看具体的人",
                "吵来吵去没意义",
                "需要制度保障",
                "被网上带节奏了",
                "其实大多数人都很正常",
                "不能用性别贴标签",
            ],
        ),
        "acg": (
            [
                "这部番",
                "综漫",
                "二次元",
                "cosplay",
                "手办",
                "男主",
                "女主",
                "仙女",
                "小姐姐",
                "小哥哥",
                "老婆（纸片人）",
                "同人",
            ],
            [
                "太好看了",
                "画风好绝",
                "剧情有点崩",
                "求推荐",
                "是我的本命",
                "好可爱",
                "已经入坑了",
                "都没有男主",
                "官方发糖了",
                "配音太好听了",
                "求私信资源名字",
                "等更新等得好辛苦",
            ],
        ),
        "beauty": (
            [
                "化妆",
                "美女",
                "帅哥",
                "自拍",
                "照片",
                "穿搭",
                "减肥",
                "护肤",
                "口红",
                "发型",
                "颜值",
                "身材",
            ],
            [
                "太好看了吧",
                "照片拍得好有氛围",
                "长得真漂亮",
                "求同款",
                "批麻袋都好看",
                "气质很好",
                "健身以后身材变好了",
                "滤镜开太大了",
                "素颜也很美",
                "土味也有土味的可爱",
                "适合黄皮",
            ],
        ),
        "education": (
            [
                "高考",
                "考研",
                "考公",
                "留学",
                "双减",
                "985",
                "211",
                "一本",
                "二本",
                "专科",
                "博士",
                "生化环材",
                "学区房",
                "补习班",
            ],
            [
                "太卷了",
                "分数线又涨了",
                "读下来也不好找工作",
                "不同省份差别很大",
                "要早做打算",
                "其实学历不是一切",
                "压力太大了",
                "毕业月薪才几千",
                "选专业要慎重",
                "家长比孩子还焦虑",
            ],
        ),
        "workplace": (
            [
                "加班",
                "996",
                "裁员",
                "跳槽",
                "年终奖",
                "绩效",
                "老板",
                "同事",
                "面试",
                "实习",
                "五险一金",
                "公积金",
                "房租",
            ],
            [
                "太累了",
                "工资到手才几千",
                "要提前规划",
                "想换个环境",
                "公司效益不好",
                "面试被刷了",
                "同事人都挺好",
                "扣完五险一金没多少",
                "想知道怎么提取",
                "城市不同差别很大",
            ],
        ),
        "family": (
            [
                "我妈",
                "我爸",
                "婆婆",
                "老公",
                "老婆",
                "孩子",
                "爷爷奶奶",
                "亲戚",
                "邻居",
                "弟弟",
                "妹妹",
                "二胎",
            ],
            [
                "又催我结婚了",
                "身体还挺好",
                "天天吵架",
                "特别宠孩子",
                "过年要回老家",
                "住得离我很近",
                "上初中了",
                "带娃太辛苦",
                "关系处得不错",
                "打游戏停不下来",
            ],
        ),
        "travel": (
            [
                "云南",
                "三亚",
                "成都",
                "西安",
                "重庆",
                "日本",
                "泰国",
                "新疆自驾",
                "西藏旅游",
                "哈尔滨冰雪大世界",
                "草原",
                "古镇",
            ],
            [
                "风景太美了",
                "人太多了",
                "物价有点贵",
                "吃的很多",
                "值得一去",
                "自驾很方便",
                "高反挺严重的",
                "冬天特别冷",
                "拍照很出片",
                "建议淡季去",
            ],
        ),
        "medicine": (
            ["中医", "西医", "中药", "针灸", "偏方", "保健品", "养生", "体质", "老中医", "药材"],
            [
                "各有所长",
                "要看具体的病",
                "我不太信",
                "调理身体还行",
                "老人比较信",
                "有些确实管用",
                "不要乱吃",
                "要去正规医院",
                "有争议",
                "得坚持才有效果",
            ],
        ),
        "internet": (
            [
                "知乎",
                "微博",
                "B站",
                "抖音",
                "小红书",
                "贴吧",
                "弹幕",
                "评论区",
                "热搜",
                "网红",
                "营销号",
                "键盘侠",
            ],
            [
                "吵得不可开交",
                "全是段子",
                "别当真",
                "又在带节奏",
                "看看就好",
                "梗太多了",
                "有些说法太偏激",
                "信息茧房挺严重",
                "笑死我了",
                "一堆杠精",
            ],
        ),
    }
)


DOMAINS.update(
    {
        "civics": (
            [
                "民主",
                "法治",
                "自由",
                "平等",
                "人权",
                "选举",
                "宪法",
                "公民意识",
                "言论自由",
                "三权分立",
                "议会制度",
                "民主国家",
            ],
            [
                "各国理解不一样",
                "是社会主义核心价值观的内容",
                "要结合国情看",
                "课本上讲过",
                "不是一句口号",
                "印度号称是最大的民主国家",
                "西方的制度也有很多问题",
                "政治课老师讲得很好",
                "要靠法治来保障",
                "美国两党吵来吵去",
                "需要每个人参与",
                "说起来容易做起来难",
            ],
        ),
        "peoples": (
            [
                "中国人",
                "日本人",
                "韩国人",
                "印度人",
                "蒙古人",
                "俄罗斯人",
                "美国人",
                "欧洲人",
                "汉族",
                "朝鲜族",
                "回族",
                "藏族",
                "维吾尔族",
                "壮族",
            ],
            [
                "长得跟我们差不多",
                "性格比较内敛",
                "特别讲礼貌",
                "说话声音比较大",
                "饮食习惯不一样",
                "的论文质量参差不齐",
                "个子普遍比较高",
                "很会做生意",
                "的节日很热闹",
                "的服饰很漂亮",
                "在国外也很团结",
                "有自己的语言文字",
                "跟我们是邻居",
                "历史上交流很多",
            ],
        ),
        "ethnic": (
            [
                "民族区域自治",
                "少数民族自治区",
                "民族县",
                "民族政策",
                "民族团结",
                "双语教育",
                "民族大学",
                "民族节日",
                "民族服饰",
                "民族融合",
            ],
            [
                "历史上变化很多",
                "有具体的标准",
                "汉族也占不少",
                "是国家的基本政策",
                "促进了地方发展",
                "是多民族国家的特点",
                "学界一直在研究",
                "各地情况不一样",
                "挺有意思的话题",
            ],
        ),
    }
)


DISCUSS2: dict[str, list[str]] = {
    "domain": [
        "{dsub}{drem}",
        "{dsub}{drem}，{dtail}",
        "[我觉得|说实话|个人感觉]{dsub}{drem}",
        "[说起|提到|聊到]{dsub}，{drem}",
        "[看|听|读]了[一些|不少|很多]关于{dsub}的[资料|视频|书]，{drem}",
        "{dsub}？{drem}，{dtail}",
        "[你说的|楼上说的][对|没错|有道理]，{dsub}{drem}",
        "[哈哈|笑死|确实|真的]，{dsub}{drem}",
        "[我|我朋友|我同学][也|以前也][觉得|说过]{dsub}{drem}",
        "[其实|不过]{dsub}{drem}，[也不用|没必要][太在意|上纲上线]",
        "{dsub}[这个话题|的事][每次|总是][吵得很凶|有人争]，[其实|我觉得]{drem}",
        "[那个|这个]{dsub}[的视频|的新闻|的帖子]我也看了，{drem}",
    ],
    "reply": [
        "你[说的|这话|这个说法][不对|有道理|太绝对了|我不同意]，{dreason}",
        "你咋不说{dsub}{drem}",
        "你[是不是|怕不是][记错了|没看全|理解错了]，{dsub}{drem}",
        "你想多了，{dsub}{drem}",
        "[你|你们][这么说|这样讲][有点|太][片面|偏激]了，{dreason}",
        "你[让|叫]{dsub}[来|去][试试|看看]，[就知道了|才明白]",
        "[那只是|只是]你[们那|们省|家那边]的情况，[我们这|别的地方][不一样|也不是这样]",
        "[干嘛|何必]互相[埋汰|攻击|抬杠]呢，[大家|都][不容易|一样]",
        "你[是多|是有多][瞧不上|看不起|讨厌]{dsub}啊，[哈哈|笑死]",
        "[我|我也][不明白|想不通][为什么|怎么][有人|这么多人][喜欢|讨厌]{dsub}",
    ],
    "story": [
        "[当年|以前|小时候]{dstory}，[现在想想|回想起来][挺好笑|挺感慨]的",
        "[听我爸|听老人|听我奶奶][说|讲]，{dstory}",
        "[我记得|印象里]{dstory}，[不知道|也不知道][现在还是不是这样|真的假的]",
        "[有一次|有回]{dstory}，[差点|把我][笑死|吓死|气死]",
    ],
}

S_DISCUSS2: dict[str, list[str]] = {
    "dtail": [
        "这是我的看法",
        "大家怎么看",
        "仅供参考",
        "不喜勿喷",
        "纯属个人观点",
        "你们觉得呢",
        "哈哈",
        "一家之言",
        "",
    ],
    "dstory": [
        "我们村过年放鞭炮跟打仗一样",
        "学校门口卖的辣条五毛一包",
        "老家冬天冷得睡不着",
        "我爸骑自行车带我去赶集",
        "有个外国老师教我们英语",
        "我在火车上站了二十个小时",
        "我们班有个同学特别能吃",
        "邻居家的狗追了我两条街",
        "在外地吃了一碗面要三十块",
        "考试前熬夜复习睡过头了",
        "第一次坐飞机特别紧张",
        "下大雪学校停课了三天",
    ],
}


# --- commentary (third round): opinions and reactions of comment sections and chats -------------
# What people post under news, in family and friends' chats: habits and health opinions, reactions
# to social news and celebrity gossip, love and marriage, looks, fight sports, violent films and
# games, friends' recommendations, calm views on history, world affairs, the economy and public
# services, and strong words about things (not people). None of it states a fabricated fact, abuses
# a person, solicits, threatens or sells; without it the model takes such opinions for rumours,
# insults, political speech, porn, violence or adverts. Each group has its own slots (``c_``), so
# cross-validation holds a whole group's templates out.
COMMENT: dict[str, list[str]] = {
    # health and food habits, as personal opinion and experience
    "c_habit": [
        "我觉得{c_good}[好一点|比较好|靠谱点|总归有好处]{c_end}",
        "我觉得{c_good}[好一点|比较好|还是有好处的]，[毕竟|反正|说到底]{c_hreason}",
        "{c_bad}[真的|是真的|确实][伤身体|顶不住|不行]，我现在{c_newhabit}{c_end}",
        "[以前|之前|前两年][天天|老是|经常]{c_bad}，[后来|结果]{c_bodybad}，[就|总算][改了|少了|戒了]",
        "[最近|这段时间|这个月][开始|坚持]{c_good}，[感觉|明显]{c_bodygood}{c_end}",
        "[你们|大家][平时|一般][会|能]{c_good}吗？[我|我反正][做不到|坚持不下来|总是三天打鱼两天晒网]",
        "[年纪大了|过了三十|上了岁数]，[真的|是真的][不能|不敢]再{c_bad}了，[一{c_bad}就|不然就]{c_bodybad}",
        "{c_bad}[一时爽|是爽]，[第二天|过后][就|]{c_bodybad}{c_end}",
        "[我妈|我爸|我老婆|我老公|我对象][天天|总是][念叨|催我|逼我]{c_good}，[烦是烦|说得也对|其实也是为我好]",
        "[都说|老话说|人家都说]{c_bad}不好，[但是|可是][忍不住啊|戒不掉啊|工作没办法]{c_end}",
        "[少吃|少喝]{c_foodx}[总没错|肯定没坏处|也没啥坏处]吧，[凡事|什么东西都]适量就好",
        "[每个人|各人]体质不一样，[别人|网上]说{c_good}好，[我试了|不一定适合我]{c_end}",
        "[今天|今晚|刚才][又|还是]没忍住{c_bad}，[明天再说|罪过罪过|下不为例]{c_end}",
        "[说真的|讲真]，{c_bad}[这习惯|这个毛病][我|我也][改了好几次|一直想改]，[太难了|没成功]",
    ],
    # diets, fitness and health checks
    "c_diet": [
        "[体检|单位体检|年度体检]查出来{c_check}，[医生说|大夫说][问题不大|注意饮食就行|过半年复查|定期看看就行]",
        "[今年|这次]体检[指标|结果][都正常|还行|有几项偏高]，[松了口气|有点慌|得注意了]{c_end}",
        "{c_diet}[我|我也][试过|坚持过]{c_dur}，[效果|感觉]{c_effect}",
        "[减肥|减脂|瘦身][真的|还是][靠|得靠]{c_way}，{c_diet}[都是|就是|只是][噱头|辅助|看个人]",
        "[一个月|两个月|三周][瘦了|胖了]{c_kg}斤，[开心|崩溃|哈哈哈|谁懂啊]",
        "[健身|跑步|游泳|跳操|骑车|爬楼梯]{c_dur}了，{c_bodygood}{c_end}",
        "[有没有人|谁][试过|在搞]{c_diet}？[效果怎么样|难不难坚持|会不会反弹]",
        "[晚上|早上|中午]只吃{c_meal}，[饿得|饿得我][受不了|头晕眼花]，[减肥太难了|再坚持一周]{c_end}",
        "[医生|营养师|健身教练][建议|让]我{c_good}，[说是|说][对{c_organ}好|能改善{c_organ}]",
        "[我|我们家][一直|从来都]{c_homehabit}，[也没什么问题|身体也挺好|各家习惯不一样吧]",
        "[体检|查血|做胃镜][之前|前一天][紧张得|紧张到][睡不着|一晚没睡]，[结果|最后]啥事没有{c_end}",
    ],
    # Chinese and Western medicine, supplements: opinions, not claims
    "c_medicine": [
        "[中医|中药|针灸|推拿|拔罐]，[我觉得|个人觉得|我的看法是]{c_medop}",
        "中医西医[各有所长|各有道理|都有用]吧，{c_medcase}",
        "[我|我家|我妈]{c_medexp}，[所以|反正][我|我现在]{c_medstance}",
        "[网上|评论区][吵|争]中医西医[吵了好多年|没完没了]，[我觉得|其实]{c_medop}",
        "[保健品|养生茶|泡脚|艾灸|食疗][这种东西|这些][信则有不信则无|图个安心|老人喜欢就随他们吧|别花大钱就行]",
        "[长辈|我爸妈|家里老人][信|特别信]{c_healthitem}，[劝也劝不动|随他们去吧|只要不乱花钱就行]",
        "[有病|生病了|不舒服]还是[先|得]去[正规医院|医院看看]，{c_medop2}",
        "[我对|我个人对]{c_healthitem}[持保留态度|半信半疑|不太感冒]，[不过|但][也不反对别人用|确实有人说有效]",
        "{c_healthitem}[有没有用|管不管用][我说不好|见仁见智]，[反正|不过]{c_medop2}",
    ],
    # reactions to social news: verdicts, accidents, trending topics
    "c_socnews": [
        "{c_event}，{c_react}",
        "[看了|刷到|看到][那个|这个]{c_evshort}的[新闻|视频|通报]，{c_react}",
        "{c_react}，{c_react2}",
        "[这事|这件事|这个案子][太离谱了|真离谱|让人心寒|太让人气愤了]，{c_wish}",
        "[先别急着|别急着|大家别急着][站队|下结论|骂人|带节奏]，{c_wait}",
        "[真相|事情经过][还没出来|还不清楚]，{c_wait}[吧|]",
        "{c_wish}，[不要|别]让{c_victim}[寒心|白白受委屈]",
        "[判了|一审判了|终审判了]{c_sentence}，[我觉得|感觉][判轻了|判得合理|大快人心|还是法律公正]",
        "[又是|又一起]{c_accident}，[太惨了|心疼|看着难受]，[大家|出门|开车][还是要注意安全|小心点]",
        "[热搜|这条热搜]上的{c_evshort}[反转了|又有新进展|挂了好几天]，{c_react}",
        "[这种事|这类新闻][见多了|不是第一次了]，[关键是|希望]{c_wish2}",
        "[评论区|网友们][都在|一边倒地][骂|吵|心疼]，[我|我倒是][觉得|想说]{c_calm}",
        "{c_evshort}[这事|的事]{c_react}，[真心|只能说]{c_wish}",
    ],
    # celebrity and influencer gossip, in general terms
    "c_celeb": [
        "[又一个|又有][明星|网红|顶流|偶像|主播][塌房|翻车|人设崩了]，[真是|说实话][一点都不意外|见怪不怪了|粉丝太难了]",
        "{c_star}[出轨|偷税|离婚|官宣恋情|退圈|被封杀]的[事|瓜|新闻][你们看了吗|吃了吗|闹得挺大]？{c_starop}",
        "[娱乐圈|饭圈|网红圈][真乱|水太深了|就这样]，{c_starop}",
        "[我|我以前][挺喜欢|粉过]{c_star}的，[现在|这下][脱粉了|有点失望|只看作品了]",
        "[明星|艺人][也是人|也会犯错]，[但是|不过]{c_starop}",
        "{c_star}[演技|唱功|综艺感][是真的好|一般般|进步很大]，[跟私生活|私事][是两回事|分开看吧]",
        "[这瓜|这个瓜][太大了|保熟吗|吃不动了]，[坐等|等]{c_starwait}{c_end}",
        "[天天|一天到晚][都是|刷到]{c_star}的[热搜|八卦]，[有这功夫|说实话][不如多关心点正事|真没兴趣]",
    ],
    # relationships, dating, marriage
    "c_love": [
        "[我|我对象|我男朋友|我女朋友|我老公|我老婆]{c_partner}，{c_lovefeel}",
        "[谈恋爱|结婚|过日子][最重要的|还是][是|要]{c_lovekey}{c_end}",
        "[异地恋|姐弟恋|网恋|闪婚|相亲结婚]{c_loveop}",
        "[相亲|第一次约会|第一次见家长]{c_datestory}，[哈哈|好尴尬|还挺顺利]",
        "[彩礼|嫁妆|婚房|婚礼][这事|这个问题]{c_loveop2}",
        "[分手|离婚]了就别[纠缠|回头|互相伤害]了，{c_lovekey2}",
        "[闺蜜|兄弟|同事][问我|跟我说]{c_loveq}，[我都不知道怎么劝|大家怎么看]？",
        "[七夕|情人节|纪念日][他|她|对象][送了|给我买了]{c_giftl}，{c_lovefeel}",
        "[吵架|冷战][三天|一个星期|两天]了，{c_loveafter}",
        "[现在|如今][的|]年轻人[不想|不敢|不急着]结婚，{c_lovereason}",
        "[婚后|结婚以后|有了孩子以后]{c_marriage}，[有人|你们][也这样吗|有同感吗]",
        "[男生|女生|男人|女人][谈恋爱|结婚后]{c_genderlove}，[不能一概而论|看人吧|哈哈]",
    ],
    # looks, bodies, clothes, and body issues talked about plainly
    "c_body": [
        "[她|他|这个博主|我闺蜜|我同事]{c_bodypraise}，[羡慕|好羡慕|太自律了|我也想练]",
        "[健身|练了|坚持瑜伽|跳操]{c_dur}，[终于|总算]{c_bodygain}{c_end}",
        "[穿|买了]{c_cloth}[去上班|出门|去约会][会不会|是不是][太夸张|不太合适|显胖]啊？",
        "[女生|男生|每个人][穿什么|怎么穿][是|都是][自己的自由|个人的事]，[别人|旁人][管不着|少指指点点]",
        "[容貌焦虑|身材焦虑|外貌焦虑][真的|太][害人|普遍了]，{c_bodyop}",
        "[胖|瘦|矮|黑|腿粗|有小肚子][又怎么了|有什么关系]，{c_bodyop}",
        "[素颜|化了妆|自拍|这张照片][拍得|看起来]{c_look}{c_end}",
        "[这个|那个][博主|模特|演员]的[身材|腿|腹肌|马甲线][太绝了|好好看|是练出来的]，[不是P的|没修图]",
        "[性骚扰|偷拍|职场骚扰][这种事|的问题][一定要|得][重视|站出来说]，{c_bodyop2}",
        "[青春期|生理期|更年期][的时候|]{c_bodytalk}",
        "[男生|女生][也会|也有]{c_bodyworry}，[不丢人|很正常|别憋着]",
    ],
    # fight sports and martial arts
    "c_combat": [
        "[昨晚|今天|周末]{c_fighter}[那场|的比赛]{c_fightdesc}，{c_fightreact}",
        "[拳击|格斗|UFC|散打|泰拳|摔跤|柔术][比赛|]{c_fightdesc}，[看得|看着][热血沸腾|太刺激了|手心冒汗]",
        "第[一|二|三|五|十二]回合[直接|一拳]{c_ko}，{c_fightreact}{c_end}",
        "[我|我们][在练|学了]{c_martial}{c_dur}，[被|天天被][教练|师兄][打得|摔得][鼻青脸肿|满地找牙]，[但是|不过][挺过瘾|越练越喜欢]",
        "[格斗|拳击|摔跤][看着|看起来]暴力，[其实|但][规则很严|很讲究技术|有很多保护措施]",
        "{c_fighter}[这拳|这一脚|那记勾拳][太狠了|力量太大了|对手直接倒了]，[不愧是|真是][冠军|狠人]",
        "[实战|对练]的时候[被打|挨了一拳][鼻血都出来了|眼冒金星]，[哈哈|😂]，[下次戴好护具|还得练]",
        "[中国|我们的]选手在{c_sportevent}上[把对手打趴下了|KO了对手|赢了金腰带]，[牛|太燃了|为国争光]",
    ],
    # violence in films, series, novels and history books
    "c_screen": [
        "[这部|那部]{c_genre}[里|中]{c_scene}，[看得我|看着][头皮发麻|心惊胆战|不敢看|直呼过瘾]",
        "{c_film}[的|里的][打斗|枪战|爆炸|追车][戏|场面]{c_sceneop}",
        "[反派|杀手|大反派|凶手][演得|塑造得]{c_villain}，{c_filmtail}",
        "[昨晚|周末]看了{c_film}，{c_scene}，{c_filmtail}",
        "[战争片|历史剧|纪录片][里|中]{c_warscene}，[才知道|让人感慨][和平|今天的日子][来之不易|多珍贵]",
        "[这段|那场]{c_battle}[打得|写得|拍得]{c_battleop}",
        "[恐怖片|丧尸片|惊悚片|犯罪片]{c_horrorop}{c_end}",
        "[小说|武侠|网文][里|中]{c_novelscene}，[作者|写得][太狠了|真敢写|好虐]",
        "[血腥|暴力][镜头|场面][太多了|有点多]，[不适合|别带][小孩|孩子][看|一起看]",
    ],
    # games: kills and frags are the game's words
    "c_game": [
        "[昨晚|刚才|今天][打|玩]{c_gamename}[我|一个人][杀了|拿了][八|十二|十五|二十]个[人头|]，[杀疯了|太爽了|直接起飞]{c_end}",
        "{c_gamename}[这把|这局]{c_gamemoment}，{c_gamereact}",
        "[队友|对面|野队][太坑了|太菜了|全是挂|配合太好了]，{c_gamemoment2}",
        "[拿了|打出了][五杀|三杀|超神|十杀吃鸡|一波团灭]，[截图|录屏][留念|发朋友圈了]{c_end}",
        "[被|又被][老六|伏地魔|挂哥|对面打野][阴死了|偷了|秒了]，[气死|心态崩了|笑死]",
        "[这个|这版本的][BOSS|关卡|副本][打了|死了][二十|三十|五十|十几]次[才过|还没过]，[太难了|手残]",
        "[新赛季|这个版本|新英雄][太强了|平衡性太差|枪械改得不好]，[策划|官方][出来挨打|能不能改改]",
        "[谁|有没有人][今晚|下班][开黑|一起吃鸡|组队上分]？[我|我来]{c_role}",
        "[手机|电脑][打游戏|玩{c_gamename}][卡成PPT|掉帧太严重]，[一开团|一打架]就[卡死|掉线]",
    ],
    # friends recommending shops and things: no contact, no sales pitch
    "c_recommend": [
        "[这家|那家|楼下那家|公司附近那家]{c_shop}[不错|挺好吃|味道可以|性价比高]，[推荐|强烈推荐|值得一去]{c_end}",
        "[上次|前几天|周末][去了|吃了]{c_placefood}，{c_foodop}，[下次|有空][一起去|带你们去]",
        "[我|我家][一直用|用了{c_dur}]{c_brandthing}，[感觉|确实][挺好用|还行|没踩雷]，[不是广告|没收钱|纯分享]{c_end}",
        "[不是广告|真心推荐|自来水]，{c_thing}[真的|确实][好用|耐用|划算]",
        "[有人|好几个人][问我|想知道]{c_thing}[哪买的|什么牌子]，[淘宝|京东|超市][搜一下|就有]，[不贵|几十块钱]",
        "{c_thing}[我|我们]买了以后{c_thinguse}，[推荐给|分享给][有娃的|怕冷的|上班族|大家]",
        "[求推荐|有没有推荐][好用的|靠谱的]{c_thing}？[预算|价位][不高|两三百|一千左右]",
        "[这家|那个][店|牌子|餐厅]{c_shopbad}，[避雷|别去了|不推荐]",
        "[看了|刷到]{c_recsrc}[推荐|安利]的{c_thing}，[买回来|试了一下]{c_thingres}",
        "[去{c_foodcity}一定要吃|{c_foodcity}的]{c_dish}，[本地人常去的|正宗的][在老城区|在巷子里]，[好吃不贵|排队也值]",
    ],
    # history, discussed calmly
    "c_history": [
        "[我觉得|个人认为|说白了]{c_dyn}[灭亡|衰落|失败][主要是|还是因为]{c_cause}",
        "{c_figure}[这个人|这个人物|这位][功过|是非][都有|参半]，{c_histop}",
        "[读|看]了{c_histbook}[才|以后才][明白|发现]{c_histinsight}",
        "[历史|这段历史][不能|没法][用今天的眼光|简单地用好坏][去看|来评价]，{c_histop}",
        "[如果|要是]{c_histif}，[历史|后来][会不会不一样|可能完全不同]？[挺有意思的|想想就好]",
        "[课本上|教科书里][讲的|写的]{c_figure}[跟|和][野史|电视剧][差别很大|不一样]，[还是看正史|各有各的说法]",
        "[战争|打仗][最苦的|受罪的][还是|永远是][老百姓|普通人]，[看看|读读]{c_warh}[那段|的]历史就知道",
    ],
    # world affairs and the economy, calmly
    "c_world": [
        "[美联储|欧洲央行|日本央行]又[加息|降息]了，[感觉|估计]{c_econeffect}",
        "{c_econtopic}[这事|这个问题]，{c_econop}",
        "[最近|今年|这两年]{c_econtopic}[变化挺大|起起落落|大家都在聊]，[我觉得|说实话]{c_econop}",
        "[现在|今年][生意|工作|钱][不好做|不好找|不好赚]，{c_econop2}",
        "{c_country}[跟|和]{c_country}的关系{c_irop}，[普通人|我们老百姓][过好自己的日子就行|看看新闻就好]",
        "[打仗|冲突|制裁]{c_ircost}，[希望|但愿][早点|尽快][停火|和谈|结束]",
        "[看|听]了{c_commentator}的[分析|解读]，{c_econop}，[不过|当然][也只是一家之言|谁也说不准]",
        "[国际新闻|财经新闻][看多了|天天看]，[感觉|发现]{c_irobs}",
    ],
    # public services and policy, in a citizen's voice
    "c_citizen": [
        "[官僚主义|形式主义|一刀切|层层加码|文山会海|留痕主义][要不得|真的害人|该治治了]，{c_citop}",
        "[去|到]{c_office}办{c_biz}，{c_service}",
        "[希望|建议|但愿]{c_policywish}",
        "[新出的|最近的]{c_policy}[政策|规定]，[我觉得|总体来说]{c_policyop}",
        "[有些|个别][部门|窗口|单位]{c_badservice}，[希望|建议]改改，[老百姓|群众][办事|跑腿][太难了|也不容易]",
        "[12345|市民热线|政务热线]打了[以后|之后]{c_hotline}{c_end}",
        "[政策|规定][是好的|初衷是好的]，[关键|就怕]{c_policykey}",
        "[现在|如今]{c_progress}，[比以前|比前几年][方便|强][多了|太多了]",
        "[基层|社区|村里的][干部|工作人员][也不容易|挺辛苦的]，{c_citop2}",
    ],
    # strong words about things, not people
    "c_vent": [
        "这[破|鬼|该死的]{c_weather}，{c_venttail}",
        "[这|这个|什么][破|烂|垃圾]{c_object}，{c_objectbad}，{c_venttail}",
        "{c_app}太坑了，{c_objectbad2}",
        "[烂片|烂剧|什么烂片]，[浪费|白瞎了][我|]{c_timewaste}",
        "[服了|无语|醉了]，{c_object}[又|居然又]{c_objectbad}{c_end}",
        "[这鬼天气|这天气|这温度][热死|冷死|闷死][人|我]了，{c_venttail}",
        "[垃圾|破|烂][网速|WiFi|信号]，[一个视频|一个网页][加载|转圈][半天|十分钟]",
        "[什么鬼|搞什么]，{c_object}[才用了|刚买了][三天|一个星期|两个月|不到半年]就[坏了|不行了|裂了]，[质量太差|坑人]",
        "{c_object}的设计[太反人类了|蠢得要命|谁想出来的]，[用着|用起来][太别扭|真难受]",
        "[气死我了|要疯了|崩溃]，{c_mishap}{c_end}",
    ],
    # civil disagreement, in the second person
    "c_debate": [
        "[你|您][这个|这][逻辑|说法|观点][有问题|站不住脚|太绝对了|我不太同意]，{c_arg}",
        "[你|你们][先|可以先][看看|查查][数据|新闻|原文|资料][再说|再下结论]吧",
        "[我不是|不是]针对[你|谁]，[只是|就是][觉得|想说]{c_arg2}",
        "[你说的|你讲的][有一部分|也有]道理，[但是|不过]{c_arg2}",
        "[咱们|我们][就事论事|讨论问题]，[别|不要][扯到|上升到][地域|人身|性别]",
        "[你|你们][说得|讲得][好像|跟]{c_claimlike}[一样|似的]，[其实|实际上][不是这样|没那么简单]",
        "[别|不要][吵了|抬杠了|互相扣帽子]，[各退一步|求同存异][吧|嘛]{c_end}",
        "[看来|好吧]我们[观点|看法][不一样|不同]，[那就|]保留[各自意见|意见]吧",
        "[楼上|你][举的例子|说的情况][太个别了|代表不了全部|是特例]，{c_arg}",
    ],
    # sexuality and gender as social topics: education, attitudes, not solicitation
    "c_sexed": [
        "[性教育|生理卫生课][应该|得][从小|早点][开始|抓起]，{c_sexop}",
        "[同性恋|同性婚姻|性少数][这个话题|的问题]，{c_lgbtop}",
        "[婚前同居|试婚|婚前体检]现在[挺普遍的|很常见了]，{c_sexop2}",
        "[处女情结|贞操观念|那些守旧观念][真的|早就][过时了|要不得]，{c_sexop2}",
        "[怀孕|备孕|避孕|青春期][这些事|的知识][家长|学校][很少讲|都不好意思讲]，[其实|我觉得]{c_sexop}",
        "[男女|两性][之间|关系][的事|的话题][别太|没必要][避讳|敏感]，{c_sexop}",
        "[女生|女性]的[生理期|例假][不是什么|没什么][丢人的事|见不得人的]，[男生|男同事|领导]也该[理解|多体谅]",
        "[电视剧|小说|电影]里的[亲热戏|吻戏|感情戏][太多了|有点尴尬|跟爸妈一起看好尴尬]{c_end}",
        "[性别|男女][对立|之争]在网上吵得很凶，[现实里|生活中]{c_sexop3}",
        "[网上|短视频里][那些|的][擦边|低俗|黄色][内容|视频][太多了|越来越多]，[孩子|小孩][很容易|一不小心就][刷到|看到]，[家长|平台][得|要][管管|上心]",
        "[男人|女人|男生|女生][也有|都有][自己的|各自的][难处|需求|想法]，[两口子|夫妻][之间|][多沟通|好好说]就行",
    ],
    # hearsay about ordinary things, hedged, and doubts about what is said online
    "c_hearsay": [
        "[听我朋友说|听同学说|听亲戚说]{c_place2}[那边|那里]{c_mundane}，[不知道是不是真的|是真的吗|有没有在那边的说说]？",
        "[我看新闻说|看报道说|网上看到]{c_mundane2}，[感觉|我觉得][挺正常的|还不错|有点意外]",
        "[据我所知|我了解的是]{c_mundane2}，[不过|但][我也不太确定|可能有变化|各地不一样]",
        "[网上说|有人说]{c_mundane2}，[我觉得|我看][不太靠谱|夸张了|得看具体情况]，[别全信|等正式消息吧]",
        "[之前|以前][听说|有人说]{c_mundane2}，[后来|结果][发现|才知道][不是这样|是误会|是以讹传讹]",
        "[听说|据说]{c_mundane3}，[真的假的|有人知道吗]？[哈哈|好奇]",
        "[别人说什么|网上那些说法][都|也]信啊？[自己|还是][多查查|动动脑子想想][再说|吧]{c_end}",
        "[有数据说|统计说|我看过一个统计，]{c_mundane2}，[挺有意思的|不知道准不准|跟我感觉的差不多]",
        "[我记得|印象中][新闻报道过|以前看过]{c_mundane2}，[不过|但][是好几年前的事了|具体数字记不清了]",
    ],
    # speaking as a member of a group: region, background, job
    "c_identity": [
        "作为一个{c_ident}，[我觉得|说句实话|我想说]{c_identview}",
        "[我是|本人是]{c_ident}，{c_identexp}，[没网上说的那么夸张|其实大家都差不多|挺有意思的]",
        "[我们|咱们]{c_ident}[里|中间][也有|其实也有]{c_identself}，[别|不用][老盯着|总拿]刻板印象说事",
        "[在外地|在国外|在大城市][待久了|生活了几年]，[才发现|才知道]{c_identfind}",
        "[每次|一]说起{c_ident}，[评论区|网上][就|总是][有人|一堆人][开地图炮|贴标签]，{c_identview}",
    ],
    # crime and justice in the news, as opinion about the law
    "c_justice": [
        "[这种|这类][案子|案件][就该|应该][从严|依法严]判，{c_justop}",
        "[正当防卫|防卫过当|见义勇为]的[边界|认定][一直有争议|要讲清楚]，{c_justop2}",
        "[死刑|废除死刑|量刑][这个问题|的问题]，[我觉得|个人看法是]{c_deathop}",
        "[那个|这个]{c_crimeshort}[案|案子]的[嫌疑人|凶手][已经|终于][被抓了|归案了|判了]，[大快人心|希望依法严惩|法网恢恢]",
        "[看了|听了][那个|这个]{c_crimeshort}案的[细节|报道]，[太可怕了|后背发凉|心里很难受]，[大家|女孩子|晚上][注意安全|出门小心]",
        "[法律|法院][判案|量刑][要|得][看证据|讲事实]，[舆论|网上的情绪][不能|别]代替审判",
        "[被家暴|被打|被欺负][的|了的][女人|孩子|老人][太可怜了|真让人心疼]，[家暴|这种事][零容忍|必须严惩]，[不管男女|不能说是家务事]",
        "[美国|国外][又|又一次]发生[枪击案|校园枪击]，[死了|伤了][好几个人|十几个人]，[枪支管控|禁枪][真是个大问题|吵了这么多年]",
        "[人贩子|拐卖儿童的|杀人犯][应该|就该][一律|][判死刑|重判]，[这个|这一点][没什么好说的|我绝对支持]",
        "[性侵|猥亵|偷拍]的[案子|新闻][看着就来气|太多了]，[孩子|女孩子][要|得][学会保护自己|早点教]，[坏人|犯罪的][就该|必须][重判|严惩]",
    ],
    # exasperated and sarcastic reactions, about situations rather than people
    "c_sarcasm": [
        "[呵呵|哈哈|笑死]，[又是|又来]{c_again}{c_end}",
        "[服了|绝了|无语]，{c_absurd}",
        "[行吧行吧|好吧好吧|得嘞]，{c_resign}",
        "[醒醒吧|别做梦了|想多了]，{c_reality}",
        "[这评论区|评论区|弹幕][比正文还精彩|太欢乐了|吵成一锅粥了]{c_end}",
        "[真的|我真的][会谢|麻了|裂开]，{c_absurd}",
        "[有一说一|说句公道话|讲道理]，{c_fair}",
        "{c_absurd}，[也是|真是][服了|醉了|没谁了]{c_end}",
    ],
    # words the porn and violence classes use, in their everyday sense
    "c_words": [
        "[空姐|模特|护士|女大学生|女老师][这个职业|这行][其实|真的][挺辛苦的|不容易|门槛挺高]，{c_jobop}",
        "[那个|这个]小姐姐[唱歌|跳舞|做饭|画画][真好听|太好看了|好厉害]{c_end}",
        "[美女|帅哥][也有|也会有][烦恼|焦虑]，[别以为|不是][长得好看就什么都顺|光看脸就行]",
        "[老司机|开了二十年车的老师傅][开车|倒车][就是稳|一把就进]，[我这种|新手][学不来|佩服]{c_end}",
        "[一个人|异地|下班后][寂寞|孤单][的时候|了][就|可以][看看书|出去走走|养只猫]，[挺好的|别憋着]",
        "[按摩|足疗|推拿][做完|按完][腰|肩膀|颈椎][舒服多了|松快了]，[盲人按摩|正规店][手法好|挺专业]",
        "[大学生|研究生][找工作|考研][压力太大了|太卷了]，[当年|我们那时候][没这么难|也差不多]",
        "[累死了|热死了|吓死我了|笑死我了|气炸了]，{c_hyper}",
        "[恨不得|真想][把{c_object}砸了|一拳捶爆{c_object}]，[哈哈|开玩笑的|冷静冷静]{c_end}",
    ],
    # laughing at oneself, teasing friends and pets with harmless names
    "c_selfmock": [
        "[我|我这][脑子|记性][真是|太][不好使|差]了，{c_selfmiss}{c_end}",
        "[我真是个|我就是个|本人就是个][笨蛋|路痴|吃货|手残党|马大哈]，{c_selfmiss}",
        "[我太菜了|我好菜啊|菜是原罪]，{c_selffail}{c_end}",
        "[哈哈|笑死]，[我|我自己][都想|都忍不住]笑自己，{c_selfmiss}",
        "[当初|那时候][我|我也是][傻|天真|年轻不懂事]，[才会|居然]{c_selfregret}",
        "[我|我们]家[这个|的][猫|狗|娃][真是个|就是个][小笨蛋|憨憨|吃货|捣蛋鬼]，{c_petdo}{c_end}",
        "[你这个|你个][吃货|路痴|夜猫子|工作狂]，[又|又在][点外卖|迷路|熬夜|加班]了吧，[哈哈|😂|早点休息]",
    ],
    # complaints about uncivil behaviour, not about a person
    "c_behavior": [
        "{c_behav}[的行为|这种行为][真的|实在][让人火大|太没公德心了|要不得]",
        "[能不能|拜托][别|不要]{c_behav}了，[大家|别人][都|也][很困扰|要休息|看着呢]",
        "[最烦|最讨厌|受不了]{c_behav}[的|]，[说了|提醒了][也不听|还瞪我]",
        "[今天|昨天][碰到|遇到][有人|一个大哥|一个阿姨]{c_behav}，[我|我就][提醒了一句|没忍住说了两句]，[对方|他][还挺不好意思|装没听见]",
        "{c_behav}[这种事|这个问题][应该|得][罚|管管|有人管]，[光靠|只靠][自觉|劝说][没用|不够]",
        "{c_behav}的[人|那些人][就该|应该][罚款|被曝光|长点记性]，[不然|要不然][总有人学|管不住]",
        "[这种人|这种做法|这种事][真的|确实][挺让人恶心的|让人看不下去|太过分了]，{c_behavwhy}",
        "[说实话|讲真]，{c_behav}[这种|这样的]事[我见多了|天天都有]，[真希望|但愿][有人管管|能有个规矩]",
    ],
}

S_COMMENT: dict[str, list[str]] = {
    "c_end": ["", "", "", "", "哈哈", "哈哈哈", "😂", "🤣", "～", "！", "。", "啊", "吧", "👍", "😅", "…"],
    "c_dur": ["两个月", "半年", "一年多", "三周", "一个月", "好几年", "大半年"],
    # health and food
    "c_good": [
        "少吃外卖", "少喝奶茶", "早点睡", "多走路", "每天喝够水", "少玩手机", "戒烟", "少喝酒",
        "自己做饭", "按时吃早饭", "少吃宵夜", "多吃蔬菜", "少吃油炸的", "午睡二十分钟", "饭后散散步",
        "周末爬爬山", "每天跳绳", "晚饭吃七分饱", "少喝饮料", "控糖", "少吃点盐",
    ],  # fmt: skip
    "c_bad": [
        "熬夜", "喝奶茶", "点外卖", "吃宵夜", "久坐", "抽烟", "喝酒", "玩手机到半夜", "吃辣",
        "暴饮暴食", "不吃早饭", "喝冰的", "吃烧烤", "刷短视频到两点", "喝可乐",
    ],  # fmt: skip
    "c_newhabit": [
        "十点就睡", "每天走一万步", "中午自己带饭", "一周只喝一次", "基本不碰了", "改喝白开水",
        "晚上手机放客厅",
    ],  # fmt: skip
    "c_bodybad": [
        "胃不太舒服", "脸上老长痘", "黑眼圈很重", "体重涨了五斤", "腰酸背痛", "白天老犯困",
        "头发掉得厉害", "血压有点高", "嗓子疼", "拉肚子",
    ],  # fmt: skip
    "c_bodygood": [
        "精神好多了", "皮肤变好了", "睡得香多了", "整个人有劲了", "瘦了一圈", "胃舒服多了",
        "体检指标好看多了",
    ],  # fmt: skip
    "c_hreason": [
        "外面的油盐太重", "身体是自己的", "年纪上来了", "病了受罪的是自己", "钱也能省下来",
        "医生也这么说",
    ],  # fmt: skip
    "c_foodx": ["腌制的", "油炸的", "甜的", "奶茶", "烧烤", "方便面", "辣条", "冰饮料"],
    "c_check": [
        "甲状腺结节", "尿酸偏高", "轻度脂肪肝", "血脂高", "幽门螺杆菌阳性", "颈椎曲度变直",
        "有点贫血", "肺上有个小结节", "胆固醇偏高", "视力下降了",
    ],  # fmt: skip
    "c_diet": [
        "生酮饮食", "轻断食", "十六加八", "不吃碳水", "代餐", "低卡饮食", "少油少盐", "过午不食",
        "吃素", "戒糖",
    ],  # fmt: skip
    "c_effect": ["还可以", "一般般", "瘦了但是容易饿", "挺明显的", "没啥用", "反弹得厉害", "因人而异吧"],
    "c_way": ["管住嘴迈开腿", "控制热量", "坚持运动", "早睡早起", "少吃多动"],
    "c_kg": ["三", "五", "八", "十", "两", "六"],
    "c_meal": ["一个苹果", "一盘沙拉", "鸡蛋和黄瓜", "半碗米饭", "一碗燕麦", "一根玉米"],
    "c_organ": ["胃", "血糖", "颈椎", "睡眠", "肝", "血压"],
    "c_homehabit": ["吃隔夜菜", "喝热水", "晚饭吃得早", "吃得很清淡", "早上喝粥", "饭后吃水果"],
    "c_medop": [
        "调理慢性病还行", "急病还是得看西医", "有些方子确实管用", "要找靠谱的大夫",
        "不能全信也不能全盘否定", "是老祖宗的经验", "也需要科学验证", "适合调理不适合急救",
    ],  # fmt: skip
    "c_medcase": [
        "感冒发烧我去医院", "调理身体我喝中药", "骨折肯定找西医", "失眠我试过针灸还行",
        "看什么病吧",
    ],  # fmt: skip
    "c_medexp": [
        "腰疼做了几次推拿好多了", "吃中药调理了半年", "老寒腿贴膏药缓解了一些",
        "孩子咳嗽去医院开了药就好了", "针灸治面瘫效果不错", "吃了一年保健品没啥感觉",
    ],  # fmt: skip
    "c_medstance": ["两边都看", "有病先去医院", "不排斥中医", "更相信西医", "看情况选"],
    "c_healthitem": [
        "保健品", "偏方", "养生讲座", "泡脚", "刮痧", "拔罐", "艾灸", "酸碱体质", "排毒", "食疗",
    ],  # fmt: skip
    "c_medop2": ["别自己瞎吃药", "偏方别乱试", "拖着不好", "中西医结合也行", "别信得太死"],
    # social news
    "c_event": [
        "一辆大巴在山路上侧翻", "小区电梯困人好几个小时", "高速上连环追尾", "学校门口出了车祸",
        "有医院被曝乱收费", "外卖员被保安拦着不让进", "景区门票又涨价了", "女孩深夜打车被绕路",
        "老人摔倒没人敢扶", "学生在学校被欺负", "网红餐厅被查出用过期食材", "酒驾撞人的司机被抓了",
        "有人高空抛物砸坏了车",
    ],  # fmt: skip
    "c_evshort": [
        "电梯困人", "大巴侧翻", "校园霸凌", "酒驾撞人", "烂尾楼", "过期食材", "高空抛物", "虐猫",
        "天价彩礼", "医闹", "网暴", "高铁霸座", "景区宰客",
    ],  # fmt: skip
    "c_react": [
        "太让人心寒了", "看得我血压都上来了", "真的太离谱了", "心疼当事人", "这种事怎么还会发生",
        "希望相关部门好好管管", "无语了", "看完久久不能平静", "只能说人性复杂", "这世道怎么了",
        "细思极恐", "真是活久见", "气得我饭都吃不下",
    ],  # fmt: skip
    "c_react2": [
        "希望早日查清真相", "等官方通报吧", "别让好人寒心", "相信法律会给个说法",
        "该担的责任要担",
    ],  # fmt: skip
    "c_wish": [
        "希望早日查清真相", "希望依法严惩", "希望给当事人一个公道", "希望别再有下次",
        "希望相关部门尽快给个说法",
    ],  # fmt: skip
    "c_wait": [
        "等官方通报", "等调查结果出来再说", "让子弹飞一会儿", "看后续怎么处理",
        "相信警方会调查清楚",
    ],  # fmt: skip
    "c_victim": ["受害者", "家属", "老实人", "见义勇为的人"],
    "c_sentence": ["三年", "十年", "无期", "死刑", "缓刑", "五年"],
    "c_accident": ["燃气爆炸", "溺水事故", "交通事故", "电动车起火", "工地事故", "火灾"],
    "c_wish2": ["别再有下一次", "把责任落实到人", "从制度上补上漏洞", "以后能防患于未然"],
    "c_calm": [
        "还是等事实清楚再说", "双方都有责任", "不能只听一面之词", "不要人肉当事人", "理性看待",
    ],  # fmt: skip
    "c_star": [
        "某顶流", "那个男明星", "一个女歌手", "某网红", "那个主播", "一个老演员", "某流量小生",
        "这个偶像", "某综艺咖",
    ],  # fmt: skip
    "c_starop": [
        "作品还是好的", "违法的事就该依法处理", "当明星就要注意影响", "流量时代什么都有可能",
        "粉丝也别一味洗白", "吃瓜就好别太当真", "演员还是要靠作品说话", "该罚就罚",
    ],  # fmt: skip
    "c_starwait": ["工作室回应", "官方通报", "反转", "后续"],
    # love
    "c_partner": [
        "天天打游戏不理我", "记得我们的纪念日", "做饭特别好吃", "出差一个月了", "求婚了",
        "又忘了我生日", "给我妈买了礼物", "加班到半夜才回来", "把家务都包了", "跟我吵了一架",
    ],  # fmt: skip
    "c_lovefeel": [
        "好感动", "气死了", "想想还挺甜", "有点失落", "还算有心", "不知道该说什么好", "心里暖暖的",
    ],  # fmt: skip
    "c_lovekey": ["三观合", "互相尊重", "多沟通", "彼此信任", "能吃到一块去", "相处舒服"],
    "c_loveop": [
        "挺考验人的", "也有成功的例子", "要看两个人的感情", "我身边就有过得很好的", "我不太看好",
        "没什么不可以",
    ],  # fmt: skip
    "c_datestory": [
        "对方迟到了半小时", "聊了三个小时都没冷场", "我紧张得说不出话", "吃饭AA了",
        "对方一直看手机",
    ],  # fmt: skip
    "c_loveop2": [
        "两家商量着来就好", "各地风俗不一样", "不能当成买卖", "量力而行吧", "吵来吵去伤感情",
    ],  # fmt: skip
    "c_lovekey2": ["好聚好散", "放过自己", "日子还得往前过"],
    "c_loveq": [
        "要不要跟男朋友分手", "老公不顾家怎么办", "要不要接受相亲对象", "婆媳关系怎么处",
    ],  # fmt: skip
    "c_giftl": ["一束花", "一支口红", "一条项链", "手写的卡片", "一顿大餐"],
    "c_loveafter": ["谁也不理谁", "最后还是我先低头", "今天总算和好了", "感觉好累"],
    "c_lovereason": ["压力太大了", "房子太贵了", "一个人也挺好", "想先立业", "能理解"],
    "c_marriage": ["两个人的时间少多了", "吵架变多了", "感情反而更好了", "钱都花在孩子身上"],
    "c_genderlove": ["都是一开始热情", "更看重安全感", "也有很细心的", "表达方式不一样"],
    # body
    "c_bodypraise": [
        "身材真好", "皮肤好白", "腿又长又直", "腹肌练出来了", "瘦了二十斤", "气质太好了",
        "穿什么都好看",
    ],  # fmt: skip
    "c_bodygain": ["有马甲线了", "小肚子没了", "体脂降下来了", "裤子能穿小一码了"],
    "c_cloth": ["短裙", "吊带", "露腰的上衣", "紧身裤", "高跟鞋", "比基尼", "低领的衣服"],
    "c_bodyop": [
        "健康最重要", "自己舒服就好", "不用活在别人眼光里", "审美本来就多样", "别被滤镜骗了",
    ],  # fmt: skip
    "c_look": ["挺自然的", "好有氛围感", "滤镜有点重", "像换了个人", "比本人好看"],
    "c_bodyop2": [
        "保护好自己", "证据要留好", "公司也要有制度", "不能让受害者吃哑巴亏",
    ],  # fmt: skip
    "c_bodytalk": [
        "情绪波动大很正常", "家长要多关心", "注意休息别硬扛", "别不好意思去看医生",
    ],  # fmt: skip
    "c_bodyworry": ["身材焦虑", "脱发焦虑", "长痘的烦恼", "容貌焦虑"],
    # combat sports
    "c_fighter": [
        "张伟丽", "泰森", "阿里", "那个日本拳手", "卫冕冠军", "挑战者", "咱们的选手", "那个新人",
    ],  # fmt: skip
    "c_fightdesc": [
        "打了五个回合", "打得满脸是血", "开场就把对手打懵了", "被摁在地上锤", "一记重拳直接KO",
        "打得难解难分",
    ],  # fmt: skip
    "c_fightreact": [
        "太燃了", "这才叫比赛", "看得我都疼", "裁判该早点叫停", "对手也值得尊重", "真是硬汉",
    ],  # fmt: skip
    "c_ko": ["KO了对手", "把对方打倒", "打晕了对手", "终结了比赛"],
    "c_martial": ["散打", "拳击", "泰拳", "巴西柔术", "跆拳道", "自由搏击"],
    "c_sportevent": ["亚运会", "奥运会", "UFC", "世锦赛", "全运会"],
    # films and books
    "c_genre": ["战争片", "警匪片", "黑帮片", "武侠片", "动作片", "谍战剧", "犯罪剧"],
    "c_scene": [
        "主角一个人打一群", "最后那场爆炸", "狙击手一枪一个", "黑帮火并那段", "刺杀那场戏",
        "主角被追杀了一整集", "反派把整个村子都烧了", "战场上尸横遍野",
    ],  # fmt: skip
    "c_film": [
        "战狼", "长津湖", "无间道", "让子弹飞", "杀破狼", "疾速追杀", "老无所依", "教父", "琅琊榜",
        "狂飙", "漫长的季节", "沉默的羔羊", "拯救大兵瑞恩",
    ],  # fmt: skip
    "c_sceneop": ["拍得很真实", "太燃了", "有点假", "比好莱坞不差", "节奏很紧凑", "特效五毛"],
    "c_villain": ["太可恨了", "特别有层次", "入木三分", "让人不寒而栗"],
    "c_filmtail": [
        "值得一看", "豆瓣八分以上", "推荐大家去看", "就是结局有点仓促", "二刷了",
    ],  # fmt: skip
    "c_warscene": [
        "战士们冲锋的场面", "城被炸成废墟", "一整个连打到最后一个人", "平民逃难的镜头",
    ],  # fmt: skip
    "c_battle": [
        "赤壁之战", "淝水之战", "长平之战", "上甘岭", "诺曼底登陆", "斯大林格勒保卫战", "官渡之战",
        "巨鹿之战",
    ],  # fmt: skip
    "c_battleop": ["太惨烈了", "以少胜多", "是经典战例", "死伤几十万", "教科书级别"],
    "c_horrorop": [
        "我是一个人不敢看", "看完晚上睡不着", "吓得我一直捂眼睛", "其实挺无聊的", "全靠音效吓人",
    ],  # fmt: skip
    "c_novelscene": [
        "主角灭了对方满门", "大侠一剑封喉", "反派最后被五马分尸", "一场大战死了半个江湖",
    ],  # fmt: skip
    # games
    "c_gamename": [
        "吃鸡", "和平精英", "王者", "英雄联盟", "CS", "无畏契约", "永劫无间", "守望先锋", "APEX",
        "三角洲行动", "暗区突围",
    ],  # fmt: skip
    "c_gamemoment": [
        "决赛圈一打四", "一颗雷炸了一队", "开局落地就被打死", "狙击爆头三连", "开团被秒",
        "偷塔赢了",
    ],  # fmt: skip
    "c_gamereact": ["手都在抖", "太刺激了", "队友都看傻了", "心态炸了", "直接躺平", "又爱又恨"],
    "c_gamemoment2": ["一打五根本打不过", "最后还是翻盘了", "连跪七把", "今天不玩了"],
    "c_role": ["打野", "辅助", "狙击手", "突击位", "补位"],
    # recommendations
    "c_shop": [
        "火锅", "烧烤", "兰州拉面", "川菜馆", "面包店", "早餐店", "理发店", "烤肉店", "奶茶店",
        "酸菜鱼",
    ],  # fmt: skip
    "c_placefood": [
        "新开的那家湘菜馆", "学校门口的老面馆", "商场楼上的日料", "江边那家大排档",
    ],  # fmt: skip
    "c_foodop": ["分量很足", "味道挺正宗", "有点贵但是好吃", "服务员态度很好", "环境不错"],
    "c_brandthing": [
        "这个牌子的洗衣液", "国产的扫地机器人", "那款电动牙刷", "这个牌子的跑鞋", "这款护手霜",
    ],  # fmt: skip
    "c_thing": [
        "空气炸锅", "电热毯", "扫地机器人", "降噪耳机", "保温杯", "护眼台灯", "折叠自行车",
        "加湿器", "电动牙刷", "记账软件",
    ],  # fmt: skip
    "c_thinguse": ["省了不少事", "天天都在用", "孩子特别喜欢", "冬天暖和多了"],
    "c_shopbad": ["分量越来越少", "服务太差", "排队两小时味道一般", "宰客"],
    "c_recsrc": ["小红书上", "同事", "朋友", "B站up主", "我妈"],
    "c_thingres": ["还真不错", "一般般吧", "有点踩雷", "超出预期"],
    "c_foodcity": ["长沙", "重庆", "西安", "柳州", "潮汕", "顺德", "兰州"],
    "c_dish": ["臭豆腐", "小面", "肉夹馍", "螺蛳粉", "牛肉火锅", "双皮奶", "牛肉面"],
    # history
    "c_dyn": ["秦朝", "隋朝", "明朝", "清朝", "罗马帝国", "奥斯曼帝国", "北宋", "南宋", "元朝"],
    "c_cause": [
        "财政崩了", "土地兼并太严重", "天灾加人祸", "内部腐败", "外敌太强", "制度跟不上",
    ],  # fmt: skip
    "c_figure": [
        "秦始皇", "汉武帝", "曹操", "武则天", "朱元璋", "雍正", "拿破仑", "李鸿章", "袁世凯", "王安石",
    ],  # fmt: skip
    "c_histop": [
        "要辩证地看", "史学界一直有争议", "时代局限性很大", "不能神化也不能妖魔化",
    ],  # fmt: skip
    "c_histbook": ["万历十五年", "明朝那些事儿", "史记", "资治通鉴", "人类简史", "三国志"],
    "c_histinsight": [
        "很多事没那么简单", "古人也很不容易", "历史总是惊人地相似", "个人的力量很有限",
    ],  # fmt: skip
    "c_histif": [
        "诸葛亮多活十年", "崇祯没有上吊", "戊戌变法成功了", "拿破仑赢了滑铁卢", "项羽过了江东",
    ],  # fmt: skip
    "c_warh": ["抗战", "三国", "一战", "二战", "安史之乱", "五胡十六国"],
    # world and economy
    "c_econtopic": [
        "房价", "关税", "汇率", "出口", "消费降级", "年轻人就业", "新能源车价格战", "外贸", "通胀",
        "股市", "养老金", "内需", "人民币汇率",
    ],  # fmt: skip
    "c_econop": [
        "还是要看长期", "短期波动别太焦虑", "老百姓感受最直接", "说到底还是供需问题",
        "专家说法也不一样", "存点钱总没错", "我不太懂但感觉压力不小",
    ],  # fmt: skip
    "c_econeffect": ["房贷能少还点", "美股又要波动了", "出口要受影响", "对我们影响不大"],
    "c_econop2": ["大家都在熬", "先稳住再说", "能省就省吧", "多学点技能总没错"],
    "c_country": [
        "中国", "美国", "俄罗斯", "日本", "欧盟", "印度", "韩国", "英国", "法国", "德国", "以色列",
        "伊朗",
    ],  # fmt: skip
    "c_irop": ["一直挺复杂的", "时好时坏", "说到底是大国博弈", "还是看利益", "最近缓和了一点"],
    "c_ircost": ["最苦的还是平民", "对全球经济都有影响", "油价都跟着涨", "谁都不是赢家"],
    "c_commentator": ["财经博主", "电视上的专家", "一个教授", "经济学家"],
    "c_irobs": ["世界挺乱的", "和平真不容易", "每个国家都有难念的经", "还是国内安稳"],
    # citizen
    "c_office": [
        "政务大厅", "派出所", "社保局", "车管所", "医院", "银行", "街道办", "公积金中心",
    ],  # fmt: skip
    "c_biz": [
        "身份证", "社保转移", "驾照换证", "医保报销", "公积金提取", "营业执照", "户口迁移", "护照",
    ],  # fmt: skip
    "c_service": [
        "一次就办好了", "跑了三趟才办完", "窗口排了两个小时", "工作人员挺耐心的", "材料要了一堆",
        "手机上就能办",
    ],  # fmt: skip
    "c_policywish": [
        "少点形式主义，多干实事", "政策能多听听老百姓的声音", "办事流程能再简化一点",
        "基层减负能落到实处", "各地别搞一刀切", "别光开会不办事",
    ],  # fmt: skip
    "c_policy": [
        "延迟退休", "个税专项扣除", "医保", "电动车管理", "垃圾分类", "养老", "生育补贴", "公积金",
    ],  # fmt: skip
    "c_policyop": [
        "出发点是好的", "执行上还要看细则", "对我们家帮助挺大", "还有不少细节要完善", "有利有弊吧",
        "要给老百姓过渡时间",
    ],  # fmt: skip
    "c_badservice": [
        "办事效率太低", "电话老是没人接", "互相踢皮球", "门难进脸难看", "材料反复让补",
    ],  # fmt: skip
    "c_hotline": [
        "第二天就有人回电话", "问题很快就解决了", "一直没有下文", "转了好几个部门",
    ],  # fmt: skip
    "c_policykey": ["执行走样", "层层加码", "落实不到位", "只停留在纸面上"],
    "c_progress": [
        "网上就能办社保", "医保能异地结算", "高铁修到了县城", "村里通了自来水", "办证不用来回跑",
    ],  # fmt: skip
    "c_citop": [
        "基层干部累，老百姓也累", "干实事的人吃亏", "表格比活还多", "说到底要靠真抓实干",
    ],  # fmt: skip
    "c_citop2": ["多理解一点", "表格太多了", "一个人干好几个人的活", "希望能减减负"],
    # venting about things
    "c_weather": ["天气", "雨", "雾霾", "大风", "回南天", "桑拿天", "倒春寒"],
    "c_venttail": [
        "衣服一个礼拜都不干", "出门就一身汗", "哪也去不了", "烦死了", "什么时候是个头",
        "受不了了",
    ],  # fmt: skip
    "c_object": [
        "打印机", "手机", "电脑", "电梯", "洗衣机", "充电宝", "路由器", "共享单车", "外卖软件",
        "系统", "导航", "快递柜",
    ],  # fmt: skip
    "c_objectbad": [
        "又卡死了", "又罢工了", "动不动就死机", "充一晚上电才百分之二十", "一直转圈",
        "把路导到河边去了",
    ],  # fmt: skip
    "c_app": ["这游戏", "这抽卡", "这个活动", "这个软件", "这破app", "这关卡"],
    "c_objectbad2": [
        "充了几百块啥也没抽到", "广告比内容还多", "更新一次卡一次", "难度设计得一点都不合理",
    ],  # fmt: skip
    "c_timewaste": ["两个小时", "一个晚上", "电影票钱", "三十块钱"],
    "c_mishap": [
        "快递又被送错了", "地铁坐过站了", "刚洗的车又下雨了", "外卖洒了一半",
        "排了半天队说系统故障",
    ],  # fmt: skip
    # debate
    "c_arg": [
        "不能拿个别例子代表整体", "统计数据不是这么说的", "每个地方情况不一样", "逻辑上说不通",
        "因果关系不成立",
    ],  # fmt: skip
    "c_arg2": [
        "这个问题没那么简单", "两边都有道理", "还要看具体情况", "结论下得太早了", "标签贴得太快了",
    ],  # fmt: skip
    "c_claimlike": ["所有人都这样", "只有他们有问题", "这事很简单", "你亲眼看见了"],
    # sexuality as a social topic
    "c_sexop": [
        "孩子才知道保护自己", "遮遮掩掩反而不好", "科学知识要讲清楚", "这是很正常的事",
        "不懂才容易出事",
    ],  # fmt: skip
    "c_lgbtop": [
        "尊重个人选择就好", "每个国家态度不一样", "我身边也有这样的朋友", "不影响别人就行",
        "观念在慢慢变",
    ],  # fmt: skip
    "c_sexop2": ["各人观念不一样", "自己想清楚就行", "老一辈接受不了", "没必要道德绑架别人"],
    "c_sexop3": [
        "大部分人都相处得挺好", "哪有那么多矛盾", "还是互相尊重", "该怎么过还怎么过",
    ],  # fmt: skip
    # hearsay
    "c_place2": ["广东", "东北", "新疆", "日本", "美国", "澳洲", "老家", "南方", "海南"],
    "c_mundane": [
        "冬天不供暖", "人都很热情", "物价比这边高", "早上都吃肠粉", "工资挺高", "房子便宜",
        "打车很贵", "下班都很晚",
    ],  # fmt: skip
    "c_mundane2": [
        "今年的毕业生比去年多", "有的城市房价开始回升了", "年轻人越来越不爱存钱",
        "现在养猫的人比养狗的多", "很多人开始自己带饭上班", "中国人的平均身高又涨了",
        "北方人比南方人爱吃面", "现在男护士也多起来了", "现在离婚要冷静期",
        "日本的老龄化比我们严重多了", "这几年结婚的人越来越少", "现在的大学生考研的特别多",
        "美国的房价也涨了不少", "很多外国人来中国旅游都说好",
    ],  # fmt: skip
    "c_mundane3": [
        "楼下那家店要关门了", "隔壁小区要装电梯", "那个商场要拆了重建", "公司要搬到新楼",
        "那个乐队要出新专辑",
    ],  # fmt: skip
    # identity
    "c_ident": [
        "河南人", "东北人", "广东人", "上海人", "四川人", "新疆人", "农村出来的", "北方人", "南方人",
        "留学生", "女程序员", "男幼师", "90后", "独生子女", "全职妈妈", "少数民族",
    ],  # fmt: skip
    "c_identview": [
        "地域标签没意思", "每个地方都有好人坏人", "被调侃几句无所谓", "别把段子当真",
        "家乡这几年变化挺大",
    ],  # fmt: skip
    "c_identexp": [
        "从小吃辣长大", "在外地上大学被问了好多问题", "家里亲戚特别多", "口音一直改不掉",
        "过年回家总被催婚",
    ],  # fmt: skip
    "c_identself": ["各种各样的人", "特别爱干净的", "不会做生意的", "不能吃辣的"],
    "c_identfind": ["各地习惯差别真大", "还是家乡好", "其实大家都差不多", "被贴标签挺无奈的"],
    # justice
    "c_justop": ["不然没有威慑力", "受害人家属太不容易了", "法律不是摆设", "这样大家才安心"],
    "c_justop2": ["不能让好人流血又流泪", "要看具体情节", "法律专家也说法不一"],
    "c_deathop": ["我支持保留", "各国做法不一样", "要慎用但不能废", "这个争论挺复杂的"],
    # sarcasm and behaviour
    "c_again": ["这套说辞", "老一套", "熟悉的剧情", "换汤不换药", "标题党"],
    "c_absurd": [
        "这也能吵起来", "每次都这样", "剧情一次比一次离谱", "这种操作也是第一次见",
        "这价格也太离谱了", "明明是小事硬是闹这么大",
    ],  # fmt: skip
    "c_resign": ["你们开心就好", "反正我也管不了", "爱咋咋地吧", "当我没说"],
    "c_reality": [
        "房价不会跌回十年前了", "工资哪有那么好涨", "天上不会掉馅饼", "中彩票的概率比被雷劈还低",
        "现实哪有电视剧那么美好",
    ],  # fmt: skip
    "c_fair": [
        "这事双方都有问题", "他这次做得确实不对", "这个政策对年轻人还挺友好", "那家店服务确实一般",
        "不能光看一面之词",
    ],  # fmt: skip
    "c_behav": [
        "高铁上外放视频", "插队", "乱停车", "遛狗不牵绳", "开远光灯", "在电梯里抽烟", "高空扔垃圾",
        "占着充电桩不走", "半夜装修", "在公共场所大声打电话", "在小区里乱扔垃圾", "闯红灯",
    ],  # fmt: skip
    "c_crimeshort": [
        "持刀伤人", "入室抢劫", "拐卖儿童", "肇事逃逸", "电信诈骗", "纵火", "性侵", "猥亵儿童",
        "家暴致死", "偷拍",
    ],  # fmt: skip
    "c_selfmiss": [
        "又把钥匙锁家里了", "出门忘带手机", "坐地铁坐反了方向", "把盐当成糖放了",
        "密码输错三次被锁了", "走到楼下才发现穿着拖鞋",
    ],  # fmt: skip
    "c_selffail": ["打游戏一直被虐", "学了半年吉他还是不会", "做饭又糊了", "科目二挂了两次"],
    "c_selfregret": [
        "买了那么贵的课", "相信网上的减肥药", "冲动买了一堆用不上的东西", "熬夜追剧到三点",
    ],  # fmt: skip
    "c_petdo": ["天天拆家", "追着自己的尾巴转", "偷吃了一整袋零食", "把遥控器咬坏了"],
    "c_jobop": ["外人只看到光鲜的一面", "要尊重每个职业", "工资也没想象的高", "熬夜倒班是常事"],
    "c_hyper": [
        "今天跑了一整天", "这天气出门就是蒸桑拿", "刚才楼道里突然窜出一只猫", "这个段子太好笑了",
        "快递又丢了", "加班到十点才到家",
    ],  # fmt: skip
    "c_behavwhy": [
        "一点都不考虑别人", "受影响的是大家", "明明有规定", "小孩子都看着呢", "出了事谁负责",
    ],  # fmt: skip
}
COMMENT_TARGET = 80  # rows per group (× SCALE); a group of few templates may give fewer
# The commentary is drawn from a random stream of its own, so that adding to it leaves every
# other row of the data as it was.
COMMENT_SALT = "commentary"


S.update(S_EXTRA)
S.update(S_MORE)
S.update(S_MORE2)
S.update(S_DISCUSS)
S.update(S_DISCUSS2)
S.update(S_COMMENT)
for _label, _groups in MORE_FORBIDDEN.items():
    for _group, _templates in _groups.items():
        FORBIDDEN_T[_label].setdefault(_group, []).extend(_templates)
WORK_EXTRA.update(MORE_WORK)
WORK_EXTRA.update(MORE_WORK2)


# --- evasions -----------------------------------------------------------------------------------
# plain form → written forms seen in evasive messages; applied to a forbidden row at random
EVASION: dict[str, dict[str, list[str]]] = {
    "political": {
        "共产党": ["gcd", "共惨党", "共残党", "GCD", "共c党", "共产dang", "拱铲党"],
        "中共": ["中gong", "zg", "ZG", "中贡", "中工"],
        "推翻": ["推fan", "tui翻", "推番", "推反"],
        "独裁": ["du裁", "独才"],
        "独立": ["du立", "独li", "毒立"],
        "六四": ["6四", "陆肆", "64", "六 四"],
        "政权": ["zheng权", "政全"],
        "颠覆": ["颠fu", "癫覆"],
        "暴政": ["暴zheng", "爆政"],
    },
    "porn": {
        "约炮": ["约泡", "约p", "yp", "约pao", "约啪"],
        "裸聊": ["果聊", "luo聊", "裸l", "棵聊"],
        "色情": ["se情", "涩情", "色q", "瑟情"],
        "黄片": ["huang片", "黄p", "皇片"],
        "小姐": ["小jie", "小女且"],
        "上门": ["上m", "shang门"],
        "视频": ["shi频", "视pin"],
        "包夜": ["包ye", "bao夜"],
        "全套": ["全tao", "qt"],
        "援交": ["yuan交", "圆交"],
    },
    "gambling": {
        "赌博": ["堵博", "度博", "du博", "赌搏", "睹博", "赌bo", "堵搏"],
        "赌场": ["堵场", "du场", "度场", "赌厂"],
        "博彩": ["菠菜", "bo彩", "波彩"],
        "百家乐": ["bjl", "百佳乐", "百家l", "BJL"],
        "六合彩": ["6合彩", "陆合彩", "六he彩", "lhc"],
        "彩金": ["cai金", "菜金"],
        "下注": ["xia注", "下zhu"],
        "时时彩": ["ssc", "时时cai"],
        "赌球": ["du球", "堵球"],
        "赌钱": ["du钱", "堵钱"],
    },
    "violence": {
        "枪": ["qiang", "抢", "槍", "Q"],
        "炸药": ["zha药", "炸y", "诈药"],
        "砍死": ["kan死", "砍s"],
        "杀": ["sha", "傻"],
        "弄死": ["nong死", "弄s"],
        "子弹": ["zi弹", "子d"],
        "炸弹": ["zha弹", "炸d"],
    },
    "cult": {
        "法轮功": ["法L功", "fa轮功", "flg", "珐伦功", "法仑功", "法lun功", "发轮功", "FLG"],
        "法轮大法": ["法L大法", "fl大法", "珐輪大法", "法仑大法", "FL大法"],
        "全能神": ["全N神", "全能shen", "QNS", "全能申"],
        "李洪志": ["李宏志", "李h志", "lhz", "李老师"],
        "大法": ["da法", "dafa"],
        "开光": ["kai光", "开guang"],
    },
    "rumor": {
        "地震": ["di震", "地zhen"],
        "转发": ["zhuan发", "转fa", "转 发"],
        "病毒": ["bing毒", "病du"],
        "封城": ["feng城", "封c"],
    },
    "insult": {
        "傻逼": ["sb", "傻b", "煞笔", "沙比", "傻x", "傻叉", "傻吊", "shabi", "SB", "傻币"],
        "你妈": ["nm", "尼玛", "泥马", "你ma"],
        "他妈的": ["tmd", "他m的", "特么的", "他喵的", "TMD"],
        "操你妈": ["cnm", "草泥马", "艹你妈", "CNM", "曹尼玛"],
        "贱人": ["jian人", "剑人", "贱ren"],
        "婊子": ["biao子", "表子"],
        "去死": ["qs", "去s"],
        "废物": ["fei物", "废wu"],
        "畜生": ["畜牲", "chu生"],
    },
    "ad": {
        "微信": ["vx", "v信", "薇信", "威信", "wx", "徽信", "围信", "微x", "VX", "卫星"],
        "兼职": ["jian职", "兼z", "兼耺"],
        "发票": ["fa票", "发p", "发漂"],
        "贷款": ["dai款", "贷k", "袋款"],
        "刷单": ["shua单", "刷d", "唰单"],
        "日结": ["ri结", "日jie"],
        "代开": ["dai开", "代kai"],
    },
}

# Separators and decorations (the classifier folds most of them away, as the lexicon does).
GAPS = [" ", "  ", "*", "-", "_", ".", "、", "~", "❤", "🔥", "\u200b", "|", "/"]
PREFIX = {
    "any": [
        "@所有人 ",
        "大家好，",
        "各位，",
        "【福利】",
        "重要！",
        "‼️",
        "{ppl}，",
        "转：",
        "转发：",
    ],
    "political": ["{ppl}，", "同胞们，", "醒醒吧，", "说句实话，", "真相：", ""],
    "porn": ["老板，", "寂寞吗？", "晚上好，", "【同城】", "【福利】", "🔞"],
    "gambling": ["【官方】", "好消息！", "老板们，", "🎰", "【信誉平台】"],
    "violence": ["我告诉你，", "听好了，", "最后说一次，", "老子说到做到，", "【出售】"],
    "cult": ["善良的人，", "有缘人，", "朋友，", "请相信，", "【真相】"],
    "rumor": ["紧急！", "速看！", "重要通知：", "【紧急扩散】", "刚刚！", "家人们注意！"],
    "insult": ["我说", "喂，", "哼，", "呵呵，", ""],
    "ad": ["【广告】", "老板好，", "打扰了，", "【招聘】", "好消息！", "亲，"],
}
SUFFIX = {
    "any": ["！！", "！", "～", "。", "", "{emo}", "{emo}{emo}"],
    "political": ["！", "，转发", "，人人有责", "，大家转起来"],
    "porn": ["，{contact}", "，懂的来", "，速来", "💋", "，价格美丽"],
    "gambling": ["，{contact}", "，速来", "，名额有限", "，老板们冲"],
    "violence": ["，你等着", "！", "，说到做到", "，{contact}"],
    "cult": ["，转给有缘人", "，福报无量", "，切记"],
    "rumor": ["，{fwd}", "，速转", "，千万别不信", "！！"],
    "insult": ["！", "，呸", "，滚", "🙄", "，真恶心"],
    "ad": ["，{contact}", "，名额有限", "，先到先得", "，欢迎咨询"],
}


# --- expansion ----------------------------------------------------------------------------------

_ALT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


def _code(r: random.Random) -> str:
    return "".join(
        r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789")
        for _ in range(r.randint(6, 12))
    )


def _slot(name: str, r: random.Random) -> str:
    if name == "code":
        return _code(r)
    if name in S:
        value = S[name]
        return value(r) if callable(value) else r.choice(value)
    if name == "enf":
        raise KeyError(name)  # filled by the caller
    return ot.FILLERS[name](r)


def expand(template: str, r: random.Random, extra: dict[str, list[str]] | None = None) -> str:
    """Fill ``{slot}`` and pick ``[a|b]`` alternatives until none is left."""
    text = template
    for _ in range(8):
        before = text
        text = _ALT.sub(lambda m: r.choice(m.group(1).split("|")), text)
        text = _SLOT.sub(
            lambda m: (
                r.choice(extra[m.group(1)])
                if extra and m.group(1) in extra
                else _slot(m.group(1), r)
            ),
            text,
        )
        if text == before:
            break
    return text


def _gap_join(text: str, r: random.Random) -> str:
    gap = r.choice(GAPS)
    return (
        gap.join(text)
        if r.random() < 0.5
        else "".join(c + (gap if r.random() < 0.4 else "") for c in text)
    )


_S2T: Callable[[str], str] | None = None


def evade(text: str, label: str, r: random.Random) -> str:
    """Evasions of a forbidden row: homophones, pinyin, separators, traditional, decorations."""
    global _S2T
    subs = [(k, v) for k, v in EVASION.get(label, {}).items() if k in text]
    if subs and r.random() < 0.35:
        k, forms = r.choice(subs)
        text = text.replace(k, r.choice(forms), 1 if r.random() < 0.5 else -1)
    roll = r.random()
    if roll < 0.05:
        text = _gap_join(text, r)
    elif roll < 0.09:
        if _S2T is None:
            import opencc

            _S2T = opencc.OpenCC("s2t.json").convert
        text = _S2T(text)
    elif roll < 0.11:
        # doubled characters: 加加微微信信
        text = "".join(c * 2 if r.random() < 0.5 else c for c in text)
    if r.random() < 0.18:
        text = expand(r.choice(PREFIX[label] + PREFIX["any"]), r) + text
    if r.random() < 0.22:
        text = text.rstrip("。！!") + expand(r.choice(SUFFIX[label] + SUFFIX["any"]), r)
    return text


def _decorate_work(text: str, r: random.Random) -> str:
    if r.random() < 0.12:
        text = text.rstrip("。！!？?")
    if r.random() < 0.06:
        text = r.choice(["@所有人 ", "@全体成员 ", "各位：", "【通知】", "提醒："]) + text
    if r.random() < 0.04:
        text = text + r.choice(ot.EMOJI_ACK)
    return text


def _comment(template: str, group: list[str], r: random.Random) -> str:
    """A commentary row; some run on with a second or third remark of the same group (<= 80 chars)."""
    text = expand(template, r)
    for chance in (0.45, 0.3):
        if r.random() >= chance:
            break
        more = expand(r.choice(group), r)
        joined = text.rstrip("。") + r.choice(["，", "。", "！", " ", "……", "。而且", "，再说"]) + more
        if len(joined) > 80:
            break
        text = joined
    return text


def _decorate_chat(text: str, r: random.Random) -> str:
    """Chat decorations of a commentary row: a lead-in, a dropped full stop, a laugh or emoji."""
    if r.random() < 0.1:
        text = r.choice(["说真的，", "讲真，", "emmm，", "哈哈哈，", "唉，", "我跟你们说，", "害，"]) + text
    if r.random() < 0.15:
        text = text.rstrip("。！!")
    if r.random() < 0.08:
        text = text + r.choice(ot.EMOJI_OT)
    return text


# --- generation ---------------------------------------------------------------------------------


def _dev_forms() -> set[str]:
    """Folded texts of the dev set: generated rows equal to one are dropped."""
    if not DEV.exists():
        return set()
    with DEV.open(encoding="utf-8", newline="") as fh:
        return {normalize(row["text"]) for row in csv.DictReader(fh)}


def _sample(
    groups: dict[str, list[str]],
    label: str,
    target: int,
    r: random.Random,
    seen: set[str],
    make: Callable[[str, random.Random], str],
) -> list[tuple[str, str, str]]:
    templates = [(f"{label}:{g}:{i}", t) for g, ts in groups.items() for i, t in enumerate(ts)]
    per = max(1, math.ceil(target * SCALE / len(templates)))
    rows: list[tuple[str, str, str]] = []
    for tid, template in templates:
        got = 0
        for _ in range(per * 4):
            if got >= per:
                break
            text = make(template, r).strip()
            form = normalize(text)
            if not form or len(text) > MAX_LEN or form in seen:
                continue
            seen.add(form)
            rows.append((text, label, tid))
            got += 1
    return rows


def generate(seed: int) -> list[tuple[str, str, str]]:
    """Rows (text, label, template id): deduplicated by folded text, shuffled with ``seed``."""
    r = random.Random(seed)
    seen = set(_dev_forms())
    rows: list[tuple[str, str, str]] = []

    # forbidden classes
    for label in FORBIDDEN:
        rows += _sample(
            FORBIDDEN_T[label],
            label,
            TARGET[label],
            r,
            seen,
            lambda t, r, label=label: evade(expand(t, r), label, r),
        )

    # work: the off-topic generator's work groups, then enforcement and other hard negatives
    reused = _sample(ot.WORK, "work", 1100, r, seen, lambda t, r: _decorate_work(ot.fill(t, r), r))
    rows += [(t, lab, "ot:" + tid) for t, lab, tid in reused]
    enf_groups = {"enforcement": WORK_EXTRA["enforcement"]}
    for cat, nouns in ENF_NOUN.items():
        got = _sample(
            enf_groups,
            "work",
            220,
            r,
            seen,
            lambda t, r, nouns=nouns: _decorate_work(expand(t, r, {"enf": nouns}), r),
        )
        rows += [(t, lab, f"{tid}:{cat}") for t, lab, tid in got]
    rows += _sample(
        {"rebuttal": WORK_EXTRA["rebuttal"]},
        "work",
        220,
        r,
        seen,
        lambda t, r: _decorate_work(expand(t, r, {"claim": RUMOR_CLAIM}), r),
    )
    for group, target in (
        ("legit_forward", 160),
        ("incident", 260),
        ("risky_word", 560),
        ("risky_more", 300),
        ("gather_ok", 120),
        ("org_names", 140),
        ("links_more", 150),
        ("nice_you", 160),
        ("enforce_more", 100),
        ("study", 160),
    ):
        rows += _sample(
            {group: WORK_EXTRA[group]},
            "work",
            target,
            r,
            seen,
            lambda t, r: _decorate_work(expand(t, r), r),
        )
    # longer messages: two work sentences in one
    pool = [
        t for t, lab, _ in rows if lab == "work" and 6 <= len(t) <= 50 and not set(t) & set("[]{}")
    ]
    rows += _sample(
        {"long": WORK_EXTRA["long"]},
        "work",
        240,
        r,
        seen,
        lambda t, r: expand(t, r, {"a": pool, "b": pool}),
    )

    # off-topic: the off-topic generator's chatter without its chain messages and adverts
    off_groups = {g: ts for g, ts in ot.OFF.items() if g not in ("chain", "ad")}
    reused = _sample(off_groups, "off_topic", 800, r, seen, lambda t, r: ot.fill(t, r))
    rows += [(t, lab, "ot:" + tid) for t, lab, tid in reused]
    rows += _sample(OFF_EXTRA, "off_topic", 500, r, seen, lambda t, r: expand(t, r))
    rows += _sample(DISCUSS, "off_topic", 2400, r, seen, lambda t, r: expand(t, r))
    for subjects, remarks in DOMAINS.values():
        rows += _sample(
            DISCUSS2,
            "off_topic",
            250,
            r,
            seen,
            lambda t, r, s=subjects, m=remarks: expand(t, r, {"dsub": s, "drem": m}),
        )

    # commentary of the third round, one group at a time (so each group gets its share), from a
    # random stream of its own
    rc = random.Random(f"{seed}-{COMMENT_SALT}")
    for group, templates in COMMENT.items():
        rows += _sample(
            {group: templates},
            "off_topic",
            COMMENT_TARGET,
            rc,
            seen,
            lambda t, r, ts=templates: _decorate_chat(_comment(t, ts, r), r),
        )

    # longer chatter: two or three sentences of discussion in one message
    talk = [
        t
        for t, lab, tid in rows
        if lab == "off_topic" and tid.startswith("off_topic:") and not set(t) & set("[]{}")
    ]
    rows += _sample(
        {"long": ["{a}{b}", "{a}，{b}", "{a}。{b}", "{a}！{b}。{c}", "{a}，{b}，{c}"]},
        "off_topic",
        1500,
        r,
        seen,
        lambda t, r: expand(t, r, {"a": talk, "b": talk, "c": talk}),
    )
    r.shuffle(rows)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    rows = generate(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label"])
        for text, label, _ in rows:
            w.writerow([text, label])
    counts = Counter(label for _, label, _ in rows)
    print(f"wrote {len(rows)} rows to {args.out}")
    for label in LABELS:
        print(f"  {label:<10} {counts[label]:>5}")


if __name__ == "__main__":
    main()
