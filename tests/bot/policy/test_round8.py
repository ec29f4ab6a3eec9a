"""Round 8: political, violence, rumor and insult rules written as kinds of utterance (chain-message
guilt and mass-forward demands, self-certified or fake official notices, promoting banned outlets and
dissident material, petitions to oust officials, regime-change euphemisms, arson and veiled threats,
unregistered guns, insinuations about promotion, mocking competence). Each positive is found by a
lexicon term or pattern alone (no content model); the hard negatives share the risky words."""

from __future__ import annotations

import pytest

from tests.bot.policy.shipped import rule_categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # rumor: chain-message guilt, mass forwarding, rewards
        ("为了孩子的平安请转发，不转的不是好人", "rumor"),
        ("看完请扩散，不分享的人不配做中国人", "rumor"),
        ("不转发的就不是我的朋友", "rumor"),
        ("看到这条消息的朋友请转发到5个群", "rumor"),
        ("收到的请每个群里都发一下，越多越好", "rumor"),
        ("转发这条信息到八个好友，好运马上来", "rumor"),
        ("转发到朋友圈三天后就能收到500元红包", "rumor"),
        # rumor: self-certified, fake official notices
        ("已经证实了是真的，大家赶紧转告家里人", "rumor"),
        ("确实是真的，好几个群都在传了", "rumor"),
        ("人社厅紧急通知：全体事业编明年一律改为聘用，请相互转告", "rumor"),
        ("刚才教育局下的文件，全市学校一律取消寒假", "rumor"),
        ("据内部确认，下月起菜市场全部关停，请大家转告", "rumor"),
        ("马上全城居民撤离，不要留在家里", "rumor"),
        ("疾控怕造成恐慌，一直不公布感染人数", "rumor"),
        ("地震局不敢发预警，怕引起社会恐慌", "rumor"),
        # political
        ("新唐人那个节目说得太好了，大家都去看看", "political"),
        ("阿波罗网上这篇写得真透，强烈推荐", "political"),
        ("六四的纪录片我有全文资料，需要的私聊", "political"),
        ("大家签名联名，让区长滚下台", "political"),
        ("要求局长下台的，在群里接龙", "political"),
        ("这天早就该换了", "political"),
        ("我们是时候变个天了", "political"),
        ("这个体制下有本事的早就润出国了", "political"),
        ("这个政权迟早要完", "political"),
        ("官媒的新闻谁还信啊", "political"),
        ("海外的民运先驱才是真英雄", "political"),
        # violence
        ("提一壶汽油到镇政府讨说法", "violence"),
        ("我买了两桶汽油，大不了一起完蛋", "violence"),
        ("再拖工资我把公司一把火烧光", "violence"),
        ("真想把那个老板的仓库给点了", "violence"),
        ("你再多嘴，小心走夜路出点什么事，别怪我没提醒", "violence"),
        ("有没有没登记的猎枪，价格好说", "violence"),
        ("长家伙哪里能买到，私我", "violence"),
        ("那个砍人的视频谁还有，真解气", "violence"),
        ("要是不给赔偿，我就去市政府门口整点大动静", "violence"),
        # insult
        ("他是靠什么爬上去的，谁心里没数", "insult"),
        ("鬼知道她是怎么混上去的", "insult"),
        ("一看就是关系户，啥也不会", "insult"),
        ("这种人我见一个骂一个", "insult"),
        ("局长讲的那些话，也就三岁小孩的水平", "insult"),
        ("干别的不行，甩锅倒是一流", "insult"),
        ("干活的时候找不到人，发钱的时候跑得最快", "insult"),
    ],
)
def test_kind_is_found_by_a_rule(text: str, category: str) -> None:
    assert category in rule_categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # rumor: rebuttals, anti-fraud warnings, real notices citing a source
        ("“不转不是中国人”这类话是诈骗套路，大家别理", "rumor"),
        ("网传“转发给十个好友就能收到1000元话费”不实，请勿相信", "rumor"),
        ("请把防溺水提示转发到各村工作群", "rumor"),
        ("经核实，网传消息不属实，请大家转告", "rumor"),
        ("根据市政府办公厅通知，所有机关单位周六正常上班补国庆假，请互相转告", "rumor"),
        ("明天全市停水，请互相转告", "rumor"),
        ("刚刚市政府发文了，请各单位认真学习贯彻", "rumor"),
        ("本表格需经内部确认后再报送", "rumor"),
        ("今晚沿河低洼地带全体居民立即转移到安置点", "rumor"),
        ("为避免引起恐慌，请勿传播未经核实的信息", "rumor"),
        ("公安局通报：近期有人冒充客服，请转告家人", "rumor"),
        # political: enforcement, legal petitions, weather, ordinary words
        ("收缴大纪元宣传品32份，已移交国保", "political"),
        ("揭批大纪元造谣抹黑的反动宣传", "political"),
        ("三名人大代表联名提出关于罢免某某的议案，依法进入程序", "political"),
        ("人大代表联名提出议案，建议加强老旧小区改造", "political"),
        ("明天要变天了，大家注意添衣", "political"),
        ("这天早该换季了", "political"),
        ("今年是换届之年，做好换届选举工作", "political"),
        ("加强制度建设，堵塞管理漏洞", "political"),
        ("新疆的葡萄干润肺，带几包回去", "political"),
        ("这套考勤制度撑不了几年了，得改", "political"),
        ("网上的谣言谁还信啊", "political"),
        ("湖南农民运动领袖的生平展", "political"),
        # violence: fire reports, fuel, tools, ceremonies, enforcement
        ("昨晚仓库失火，一把火烧了个精光，消防正在调查原因", "violence"),
        ("火炬点火仪式在体育场举行", "violence"),
        ("汽油价格下周上调，请司机提前加满", "violence"),
        ("带两桶柴油到工地给发电机加上", "violence"),
        ("把那个长家伙递给我，撬一下井盖", "violence"),
        ("不用登记的电动车哪里能买到", "violence"),
        ("开车冲撞人群的视频请勿传播，发现后举报", "violence"),
        ("出门注意交通安全，遵守信号灯", "violence"),
        ("再不给答复，群众就要去上访，请尽快处理", "violence"),
        # insult: ordinary talk about promotion, levels, schedules
        ("他是怎么当上劳模的，大家都来学习", "insult"),
        ("严查关系户，公开招聘结果", "insult"),
        ("这套题目也就小学生水平，适合入门", "insult"),
        ("他一个人见一次客户签一单", "insult"),
        ("干活的时候注意安全，吃饭的时候按时到食堂", "insult"),
    ],
)
def test_hard_negative_is_not_flagged(text: str, category: str) -> None:
    assert category not in rule_categories(text)


@pytest.mark.parametrize("text", ["明天去单位🔪了主任", "迟早刀了他", "仿真🔫 私聊"])
def test_weapon_emoji_threats_and_adverts(text: str) -> None:
    assert "violence" in rule_categories(text)


@pytest.mark.parametrize("text", ["这事不能一刀了之", "切蛋糕🔪准备好了", "菜刀了解一下价格"])
def test_knife_words_that_are_no_threat(text: str) -> None:
    assert "violence" not in rule_categories(text)
