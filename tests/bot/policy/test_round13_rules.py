"""Political rules added from the dev set's misses after round 12: defaming heroes and martyrs
(英雄烈士保护法), insulting the flag and anthem, spreading 《九评》, wishing for a colour
revolution, separatism in pinyin, urging members to quit the party, wrecking an election; and
the rebuttals, lessons and routine messages that use the same words."""

from __future__ import annotations

import pytest

from tests.bot.policy.shipped import rule_categories


@pytest.mark.parametrize(
    "text",
    [
        "狼牙山五壮士是编出来的，早就有人考证过了",
        "邱少云趴在火里一动不动？违反生理常识，编的",
        "南京大屠杀的人数是夸大的，宣传需要而已",
        "雷锋日记都是后人伪造的，宣传出来骗傻子的",
        "国旗拿来擦桌子正好，红布还挺吸水哈哈",
        "国歌那调子听着就想吐，升旗的时候我都捂耳朵",
        "五星红旗烧了也没人管吧，今晚试试🔥",
        "你们去看看那个《九评》，写的全是事实",
        "中国需要一场颜色革命，民运人士说得一点没错",
        "咱们这儿啥时候也能像乌克兰那样来一次广场运动就好了",
        "要我说文革就该再来一次，把这些当官的全斗倒",
        "tw du li 不是罪，是人家的选择",
        "疆独的朋友让我帮转个视频，大家都转转",
        "这个群里的党员赶紧退了吧，跟着一条破船沉有啥意思",
        "拉个小群专门商量怎么把换届选举搅黄，这个群别说",
        "dang不倒，民不安，下周末各地同时上街",
    ],
)
def test_round13_political_rules_find(text: str) -> None:
    assert "political" in rule_categories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "网上有人说狼牙山五壮士是编的，纯属造谣，检察院已提起公益诉讼",
        "驳斥“南京大屠杀人数被夸大”的谬论，今天下午专题学习",
        "学雷锋志愿服务明天开始，雷锋精神编入校本教材",
        "看到有人侮辱国旗，真恶心，已经报警了",
        "破损国旗烧掉处理是否合规？请办公室答复",
        "国旗护卫队明天早上七点升旗，请准时到",
        "党史学习：中苏论战的“九评”是哪一年发表的",
        "收缴《九评》等反动宣传品12册，已上交",
        "九评估小组明天到，请准备材料",
        "警惕境外势力企图发动颜色革命，筑牢意识形态防线",
        "防止文革重演，要吸取历史教训",
        "预备党员转正的材料下周交",
        "党员退休后组织关系转到社区",
        "依法打击破坏选举的行为，确保换届风清气正",
        "明天各社区同时上街开展文明劝导",
    ],
)
def test_round13_rebuttals_lessons_and_routine_stay_clean(text: str) -> None:
    assert "political" not in rule_categories(text), text
