"""The fold that sees through evasions, and the map back to the original text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.policy.normalize import (
    BOUNDARIES,
    SourceMap,
    by_sound,
    collapse,
    collapse_with_map,
    fold_only,
    has_repeats,
    normalize,
    normalize_with_map,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("赌博", "赌博"),
        ("賭 博", "赌博"),  # traditional + space
        ("賭博", "赌博"),
        ("赌*博", "赌博"),
        ("赌_博", "赌博"),
        ("赌-博", "赌博"),
        ("赌·博", "赌博"),
        ("赌，博", "赌博"),  # a comma is not a sentence end
        ("赌\u3000博", "赌博"),  # ideographic space
        ("赌\xa0博", "赌博"),  # no-break space
        ("赌\t博", "赌博"),  # control character
        ("赌😀博", "赌博"),
        ("赌❤️博", "赌博"),  # emoji + variation selector
        ("赌👨\u200d👩\u200d👧博", "赌博"),  # emoji ZWJ sequence
        ("赌🇨🇳博", "赌博"),  # flag: regional indicators
        ("赌\u200b博", "赌博"),  # zero-width space
        ("赌\u200c\u200d博", "赌博"),  # zero-width (non-)joiner
        ("赌\u2060博", "赌博"),  # word joiner
        ("赌\ufeff博", "赌博"),  # zero-width no-break space (BOM)
        ("赌\u180e博", "赌博"),  # Mongolian vowel separator
        ("赌\u202e博", "赌博"),  # right-to-left override
        ("赌\xad博", "赌博"),  # soft hyphen
        ("赌\u0301博", "赌博"),  # combining accent
        ("ＤＵ", "du"),  # full-width + case
        ("DU", "du"),
        ("Ｄｕ　ｂｏ", "dubo"),
        ("𝐝𝐮", "du"),  # mathematical bold letters
        ("１２３", "123"),
        ("法ＬＵＮ功", "法lun功"),
        ("內部資料", "内部资料"),
        ("mì mì", "mimi"),  # pinyin with tone marks
        ("BǍO Mì", "baomi"),
        ("lǜ", "lu"),
    ],
)
def test_evasions_fold(text: str, folded: str) -> None:
    assert normalize(text) == folded


def test_repeated_characters_collapse() -> None:
    assert normalize("赌赌博博") == "赌赌博博"  # the fast path does not collapse
    assert has_repeats(normalize("赌赌博博"))
    assert collapse(normalize("赌赌博博")) == "赌博"
    assert collapse(normalize("赌 赌 博 博")) == "赌博"
    assert collapse(normalize("六六六合合彩彩彩")) == "六合彩"
    assert normalize_with_map("赌赌博博", collapsed=True) == ("赌博", [0, 2])
    assert not has_repeats(normalize("赌博网站"))
    # documented limitation (policies/README.md): a term's own repeat collapses too
    assert collapse("时时彩") == "时彩"


@pytest.mark.parametrize("mark", sorted(BOUNDARIES))
def test_sentence_ends_are_kept(mark: str) -> None:
    # full-width ！？； fold to their ASCII forms, which are boundaries too
    folded = normalize(mark)
    assert folded in BOUNDARIES
    assert normalize(f"赌{mark}博") == f"赌{folded}博"
    assert normalize(f"赌 {mark} 博") == f"赌{folded}博"
    assert collapse(normalize(f"赌{mark}{mark}博")) == f"赌{folded}博"


def test_secret_stars_are_kept() -> None:
    assert normalize("秘密 ★ 3 年") == "秘密★3年"
    assert normalize("机密☆") == "机密☆"
    assert normalize("绝密*") == "绝密"


def test_weapon_emoji_read_as_words_and_other_emoji_drop() -> None:
    assert normalize("火🔫出售") == "火枪出售"
    assert normalize("去单位🔪了他") == "去单位刀了他"
    assert normalize("好的👍🎉") == "好的"


def test_fold_only_keeps_length_and_separators() -> None:
    text = "賭 博*ＤＵ\u200b。"
    assert fold_only(text) == "赌 博*du\u200b。"
    assert len(fold_only(text)) == len(text)


def test_by_sound_reads_homophones_alike() -> None:
    assert by_sound(normalize("堵搏")) == by_sound(normalize("赌博"))
    assert by_sound(normalize("度博")) == by_sound(normalize("赌博"))
    assert by_sound(normalize("赌场")) != by_sound(normalize("赌博"))


def test_empty_and_all_deleted() -> None:
    assert normalize("") == ""
    assert normalize_with_map("") == ("", [])
    assert normalize_with_map("", collapsed=True) == ("", [])
    assert normalize_with_map(" *😀\u200b ") == ("", [])
    assert normalize_with_map(" *😀\u200b ", collapsed=True) == ("", [])
    assert normalize_with_map("请看 賭 博 网站") == ("请看赌博网站", [0, 1, 3, 5, 7, 8])


# Text that is likely to contain foldable, deletable and repeated characters.
INTERESTING = [
    *"賭赌博博 *_-·。！？!?\n；;★☆ＤｕDu1１a",
    "😀",
    "\u200b",
    "\ufeff",
    "\u0301",
    "\u3000",
    "\U0001f1e8",
    "\U00020000",  # CJK extension B (beyond the table)
    "\U000e0020",  # tag space (beyond the table)
]
texts = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(INTERESTING), max_size=40),
    st.text(alphabet=st.one_of(st.sampled_from(INTERESTING), st.characters()), max_size=40),
)


def _check_map(text: str, folded: str, index: list[int]) -> None:
    assert len(index) == len(folded)
    for k, i in enumerate(index):
        assert 0 <= i < len(text)
        assert normalize(text[i]) == folded[k]
    assert all(a < b for a, b in itertools.pairwise(index))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_map_points_at_source_characters(text: str) -> None:
    folded, index = normalize_with_map(text)
    assert folded == normalize(text)
    _check_map(text, folded, index)
    # every character not in the map is one the fold deletes
    mapped = set(index)
    assert all(normalize(ch) == "" for i, ch in enumerate(text) if i not in mapped)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_source_map_agrees_with_the_list_of_positions(text: str) -> None:
    folded, index = normalize_with_map(text)
    source = SourceMap(text, folded)
    assert len(source) == len(index)
    assert [source[k] for k in range(len(folded))] == index == source.positions()
    assert source[:] == index
    if index:
        assert source[-1] == index[-1]
    with pytest.raises(IndexError):
        source[len(folded)]


def test_source_map_skips_deleted_characters() -> None:
    text = "请看 賭，博😀网站"
    source = SourceMap(text, normalize(text))
    assert normalize(text) == "请看赌博网站"
    assert source.positions() == [0, 1, 3, 5, 7, 8]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_collapsed_map_points_at_source_characters(text: str) -> None:
    folded, index = normalize_with_map(text, collapsed=True)
    assert folded == collapse(normalize(text))
    assert not has_repeats(folded)
    _check_map(text, folded, index)
    # the run of each collapsed character ends before the next one starts
    full, full_index = normalize_with_map(text)
    same, first, last = collapse_with_map(full, full_index)
    assert (same, first) == (folded, index)
    for k in range(len(same)):
        assert first[k] <= last[k]
        assert normalize(text[last[k]]) == same[k]
        if k + 1 < len(same):
            assert last[k] < first[k + 1]
            assert normalize(text[last[k] + 1 : first[k + 1]]) == ""
    if same:
        assert normalize(text[last[-1] + 1 :]) == ""


@settings(max_examples=200, deadline=None)
@given(texts)
def test_fast_path_equals_the_mapped_path(text: str) -> None:
    assert normalize(text) == normalize_with_map(text)[0]
    assert len(fold_only(text)) == len(text)


def test_circled_letters_and_ideographs_read_as_text_emoji_do_not() -> None:
    assert normalize("加ⓥⓧ") == "加vx"
    assert normalize("㊙密文件") == "秘密文件"
    assert normalize("推🈲翻") == "推翻"  # a squared emoji between characters is decoration
