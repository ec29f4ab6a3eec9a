"""Loading policy files: clear Chinese errors, and reload on change keeping the last good one."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from bot.policy.loader import PolicyError, PolicyStore, load_policy

ROOT = Path(__file__).resolve().parents[3]
CJK = re.compile("[\u4e00-\u9fff]")
VERSION_LINE = re.compile(r"^version\s*=.*$", re.M)


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    """A private copy of the whole policies/ folder."""
    return Path(shutil.copytree(ROOT / "policies", tmp_path / "policies"))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    write(path, text.replace(old, new, 1))


_tick = [0]


def write(path: Path, text: str) -> None:
    """Write and move the mtime on, so a change is seen even on a coarse-grained file system."""
    path.write_text(text, encoding="utf-8")
    _tick[0] += 1
    stamp = 2_000_000_000_000_000_000 + _tick[0] * 1_000_000_000
    os.utime(path, ns=(stamp, stamp))


def error_of(path: Path) -> str:
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = str(info.value)
    assert CJK.search(message), message
    return message


def test_the_copy_loads(policies: Path) -> None:
    policy = load_policy(policies / "default.toml")
    assert policy.path == (policies / "default.toml").resolve()
    assert (policies / "lexicons" / "gambling.txt").resolve() in policy.sources
    assert (policies / "lexicons" / "context_cues.txt").resolve() in policy.sources
    assert [f.term for f in policy.check("推荐一个赌博网站").findings] == ["赌博网站"]


def test_broken_toml(policies: Path) -> None:
    toml = policies / "default.toml"
    edit(toml, "window_days = 30", "window_days = ")
    message = error_of(toml)
    assert str(toml.resolve()) in message
    assert "TOML 语法错误" in message
    assert "line 16" in message


def test_missing_policy_file(tmp_path: Path) -> None:
    message = error_of(tmp_path / "nope.toml")
    assert str(tmp_path / "nope.toml") in message
    assert "策略文件不存在" in message


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("window_days = 30", 'window_days = 30\ncolour = "red"', "ladder.colour"),
        ('name = "默认政务工作群策略"', 'name = "x"\nverison = "1"', "verison"),
        ("context = false", "context = false\ncontxt = true", "categories.insult.contxt"),
    ],
)
def test_unknown_key(policies: Path, old: str, new: str, where: str) -> None:
    toml = policies / "default.toml"
    edit(toml, old, new)
    message = error_of(toml)
    assert message.startswith(f"{toml.resolve()}: {where}: ")
    assert "未知的配置项" in message


def test_missing_version(policies: Path) -> None:
    toml = policies / "default.toml"
    write(toml, VERSION_LINE.sub("", toml.read_text(encoding="utf-8")))
    message = error_of(toml)
    assert message.startswith(f"{toml.resolve()}: version: ")
    assert "缺少必填项" in message


def test_wrong_type(policies: Path) -> None:
    toml = policies / "default.toml"
    edit(toml, "window_days = 30", 'window_days = "三十"')
    message = error_of(toml)
    assert message.startswith(f"{toml.resolve()}: ladder.window_days: 取值无效")


def test_unknown_category(policies: Path) -> None:
    toml = policies / "default.toml"
    edit(toml, "[categories.insult]", "[categories.insults]")
    message = error_of(toml)
    assert str(toml.resolve()) in message
    assert "未知类别 'insults'" in message


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        (
            'actions = ["recall", "warn"]\nlexicons = ["lexicons/insult.txt"]',
            'actions = ["recall", "shout"]\nlexicons = ["lexicons/insult.txt"]',
            "categories.insult.actions",
        ),
        ('action = "mute"', 'action = "ban"', "ladder.steps.1.action"),
    ],
)
def test_bad_action(policies: Path, old: str, new: str, where: str) -> None:
    toml = policies / "default.toml"
    edit(toml, old, new)
    message = error_of(toml)
    assert message.startswith(f"{toml.resolve()}: {where}: 未知动作")


def test_bad_severity(policies: Path) -> None:
    toml = policies / "default.toml"
    edit(toml, 'severity = "low"', 'severity = "tiny"')
    message = error_of(toml)
    assert message.startswith(f"{toml.resolve()}: categories.off_topic.severity: ")
    assert "severity 应为 low、medium 或 high" in message


def test_missing_lexicon_file(policies: Path) -> None:
    toml = policies / "default.toml"
    edit(toml, '"lexicons/insult.txt"', '"lexicons/insults.txt"')
    message = error_of(toml)
    assert message == f"{(policies / 'lexicons' / 'insults.txt').resolve()}: 词库文件不存在"


def test_missing_cue_file(policies: Path) -> None:
    (policies / "lexicons" / "context_cues.txt").unlink()
    message = error_of(policies / "default.toml")
    assert "context_cues.txt: 语境词文件不存在" in message


def test_bad_regex_names_file_and_line(policies: Path) -> None:
    rules = policies / "lexicons" / "rumor_patterns.txt"
    lines = rules.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "转发(给|到")  # line 6
    write(rules, "\n".join(lines) + "\n")
    message = error_of(policies / "default.toml")
    assert message.startswith(f"{rules.resolve()}:6: 正则表达式无效")


def test_one_character_term_names_file_and_line(policies: Path) -> None:
    lexicon = policies / "lexicons" / "gambling.txt"
    write(lexicon, lexicon.read_text(encoding="utf-8") + "赌\n")
    line = len(lexicon.read_text(encoding="utf-8").splitlines())
    message = error_of(policies / "default.toml")
    assert f"lexicons/gambling.txt:{line}" in message
    assert "词条“赌”规范化后不足两个字" in message


def test_one_character_after_folding_is_rejected_too(policies: Path) -> None:
    lexicon = policies / "lexicons" / "porn.txt"
    write(lexicon, "~黄 *\n" + lexicon.read_text(encoding="utf-8"))
    message = error_of(policies / "default.toml")
    assert "lexicons/porn.txt:1" in message
    assert "不足两个字" in message


# -- PolicyStore ----------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


NEW_TERM = "蓝色文件夹标签"


def test_store_reloads_after_check_every(policies: Path) -> None:
    clock = Clock()
    changes: list[tuple] = []
    errors: list[str] = []
    store = PolicyStore(
        policies / "default.toml",
        check_every=10,
        clock=clock,
        on_change=lambda old, new: changes.append((old, new)),
        on_error=errors.append,
    )
    first = store.policy
    assert changes == [(None, first)]
    assert first.check(NEW_TERM, offtopic=False).findings == []

    lexicon = policies / "lexicons" / "gambling.txt"
    write(lexicon, lexicon.read_text(encoding="utf-8") + f"{NEW_TERM}\n")
    clock.now += 9.9  # not yet time to look
    assert store.policy is first
    clock.now += 0.1
    second = store.policy
    assert second is not first
    assert changes[1] == (first, second)
    [f] = second.check(f"快来{NEW_TERM}", offtopic=False).findings
    assert (f.category, f.term, f.span) == ("gambling", NEW_TERM, (2, 9))
    assert first.check(NEW_TERM, offtopic=False).findings == []  # the old one is untouched
    # nothing changed: no reload
    clock.now += 100
    assert store.policy is second
    assert len(changes) == 2
    assert errors == []

    # break the TOML: error once, the last good policy stays and still matches
    toml = policies / "default.toml"
    good = toml.read_text(encoding="utf-8")
    write(toml, good.replace("window_days = 30", "window_days = "))
    for _ in range(3):
        clock.now += 10
        assert store.policy is second
    assert len(errors) == 1
    assert str(toml.resolve()) in errors[0]
    assert "TOML 语法错误" in errors[0]
    assert store.last_error == errors[0]
    # another file changes while the TOML is still broken: tried again, the same error is not
    # reported twice
    write(lexicon, lexicon.read_text(encoding="utf-8"))
    clock.now += 10
    assert store.policy is second
    assert len(errors) == 1
    assert len(changes) == 2
    assert [f.term for f in store.policy.check(NEW_TERM, offtopic=False).findings] == [NEW_TERM]

    # fix it (and bump the version): reloaded again
    write(toml, VERSION_LINE.sub('version = "test-2"', good))
    clock.now += 10
    third = store.policy
    assert third is not second
    assert changes[2] == (second, third)
    assert third.version == "test-2"
    assert third.check(NEW_TERM).policy_version == "test-2"
    assert store.last_error is None
    assert len(errors) == 1

    # broken again the same way: reported again
    write(toml, good.replace("window_days = 30", "window_days = "))
    clock.now += 10
    assert store.policy is third
    assert len(errors) == 2


def test_store_reloads_in_the_background(policies: Path) -> None:
    """The bot's store: a changed file is read in a thread while the previous policy answers."""
    import threading

    clock = Clock()
    changes: list[tuple[str, str]] = []
    store = PolicyStore(
        policies / "default.toml",
        check_every=1,
        clock=clock,
        background=True,
        on_change=lambda old, new: changes.append((threading.current_thread().name, new.version)),
    )
    first = store.policy
    assert changes == [(threading.current_thread().name, first.version)]
    lexicon = policies / "lexicons" / "gambling.txt"
    write(lexicon, lexicon.read_text(encoding="utf-8") + f"{NEW_TERM}\n")
    clock.now += 1
    assert store.policy is first  # at once, without waiting for the rebuild
    assert store.reloading
    clock.now += 1
    assert store.policy is first  # one reload at a time
    store.wait_reloaded(60)
    assert not store.reloading
    second = store.policy
    assert second is not first
    assert [f.term for f in second.check(NEW_TERM).findings] == [NEW_TERM]
    assert len(changes) == 2
    assert changes[1][0] == "policy-reload default.toml"


def test_store_reports_a_broken_lexicon_and_keeps_the_old_policy(policies: Path) -> None:
    clock = Clock()
    errors: list[str] = []
    store = PolicyStore(
        policies / "default.toml", check_every=1, clock=clock, on_error=errors.append
    )
    first = store.policy
    lexicon = policies / "lexicons" / "insult.txt"
    good = lexicon.read_text(encoding="utf-8")
    write(lexicon, good + "x\n")
    clock.now += 1
    assert store.policy is first
    [error] = errors
    assert "lexicons/insult.txt:" in error
    assert "不足两个字" in error
    assert [f.category for f in store.policy.check("傻叉").findings] == ["insult"]
    assert first.check(NEW_TERM, offtopic=False).findings == []
    write(lexicon, good + f"{NEW_TERM}\n")
    clock.now += 1
    assert store.policy is not first
    [f] = store.policy.check(NEW_TERM).findings
    assert (f.category, f.term) == ("insult", NEW_TERM)


def test_store_picks_up_a_lexicon_file_created_after_the_error(policies: Path) -> None:
    """The policy names a new lexicon file before it exists: once it is created, the store
    loads it (without another edit of the TOML)."""
    clock = Clock()
    errors: list[str] = []
    store = PolicyStore(
        policies / "default.toml", check_every=1, clock=clock, on_error=errors.append
    )
    first = store.policy
    edit(
        policies / "default.toml",
        'lexicons = ["lexicons/gambling.txt"]',
        'lexicons = ["lexicons/gambling.txt", "lexicons/gambling_extra.txt"]',
    )
    clock.now += 1
    assert store.policy is first
    assert len(errors) == 1
    assert "gambling_extra.txt: 词库文件不存在" in errors[0]
    write(policies / "lexicons" / "gambling_extra.txt", f"{NEW_TERM}\n")
    clock.now += 1
    assert store.policy is not first
    assert [f.term for f in store.policy.check(NEW_TERM).findings] == [NEW_TERM]
    assert len(errors) == 1


def test_store_refuses_to_start_on_a_broken_policy(policies: Path) -> None:
    toml = policies / "default.toml"
    edit(toml, "[categories.insult]", "[categories.insults]")
    errors: list[str] = []
    with pytest.raises(PolicyError, match="未知类别"):
        PolicyStore(toml, on_error=errors.append)
    assert len(errors) == 1
