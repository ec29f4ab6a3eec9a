"""``qunguan`` command line: run, db, groups, audit.

Errors are one line on stderr and a non-zero exit; files are written whole or not at all.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from bot.settings import ConfigError, Settings, load_settings

T = TypeVar("T")


class CliError(click.ClickException):
    """A user error: printed as one line."""


# Characters that str.splitlines() and many editors treat as line ends but JSON leaves raw.
_JSON_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(value: Any) -> str:
    """One JSON document that stays on one line whatever tool splits the output."""
    return json.dumps(value, ensure_ascii=False).translate(_JSON_LINE_BREAKS)


def fail(message: str) -> NoReturn:
    raise CliError(message)


def _settings(ctx: click.Context) -> Settings:
    return ctx.find_object(Settings) or ctx.ensure_object(Settings)


def _run_db(settings: Settings, work: Callable[[Any], Awaitable[T]]) -> T:
    """Open the database, check it is migrated, run ``work(session)``."""
    from sqlalchemy.exc import OperationalError, ProgrammingError, SQLAlchemyError

    from storage.db import create_engine, session_factory

    async def _go() -> T:
        engine = create_engine(settings.database_url)
        try:
            sessions = session_factory(engine)
            async with sessions() as session:
                return await work(session)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(_go())
    except (OperationalError, ProgrammingError) as exc:
        text = str(exc.orig) if exc.orig else str(exc)
        if "no such table" in text or "does not exist" in text:
            fail("数据库尚未初始化：请先运行 qunguan db upgrade")
        fail(f"数据库错误：{text.splitlines()[0]}")
    except SQLAlchemyError as exc:
        fail(f"数据库错误：{str(exc).splitlines()[0]}")
    except OSError as exc:
        fail(f"无法连接数据库：{exc}")


def _parse_moment(value: str | None, tz: Any, *, end: bool = False) -> datetime | None:
    """``2026-11-01`` (start of day; with ``end`` the next day) or an ISO date-time."""
    if not value:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            moment = datetime.combine(day + timedelta(days=1) if end else day, time(), tz)
        else:
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=tz)
    except ValueError:
        fail(f"时间格式不正确：{value}（应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）")
    return moment.astimezone(UTC)


def _atomic_write(
    path: Path, write: Callable[[Any], None], *, binary: bool = False, encoding: str = "utf-8-sig"
) -> None:
    """Write to a temporary file beside ``path`` and move it into place."""
    path = path.resolve()
    if not path.parent.is_dir():
        fail(f"目录不存在：{path.parent}")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        opened = (
            os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline="")
        )
        with opened as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- root ------------------------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="配置文件（默认 $QUNGUAN_CONFIG，否则 ./bot.toml）",
)
@click.pass_context
def cli(ctx: click.Context, config_file: str | None) -> None:
    """群管 qunguan：政务工作群管理机器人。"""
    ctx.obj = {"config": config_file}


def _load(ctx: click.Context) -> Settings:
    root = ctx.find_root()
    cached = root.meta.get("settings")
    if cached is None:
        try:
            cached = load_settings(root.obj["config"])
        except ConfigError as exc:
            for line in exc.lines[:-1]:
                click.echo(line, err=True)
            fail(exc.lines[-1])
        root.meta["settings"] = cached
    return cached


def config_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--config`` is accepted after the subcommand too (``qunguan audit --config x``)."""

    def _store(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
        if value:
            ctx.find_root().obj["config"] = value

    return click.option(
        "--config",
        type=click.Path(dir_okay=False),
        expose_value=False,
        callback=_store,
        is_eager=True,
        help="配置文件",
    )(f)


# -- run / db --------------------------------------------------------------------------------------


@cli.command()
@config_option
@click.pass_context
def run(ctx: click.Context) -> None:
    """启动机器人（先升级数据库）。"""
    settings = _load(ctx)
    from bot.app import run as run_app

    run_app(settings)


@cli.group()
def db() -> None:
    """数据库。"""


@db.command("upgrade")
@config_option
@click.pass_context
def db_upgrade(ctx: click.Context) -> None:
    """应用数据库迁移。"""
    settings = _load(ctx)
    from storage.migrate import current, upgrade

    try:
        upgrade(settings.database_url)
        click.echo(f"数据库已是最新版本：{current(settings.database_url)}")
    except OSError as exc:
        fail(f"无法连接数据库：{exc}")
    except Exception as exc:  # alembic / driver errors: one line for the operator
        fail(f"数据库迁移失败：{str(exc).splitlines()[0]}")


# -- groups ----------------------------------------------------------------------------------------

_GROUP_STATUSES = [
    "unregistered",
    "pending",
    "returned",
    "registered",
    "completed",
    "dissolved",
    "deregistered",
    "overdue",
]


@cli.group(invoke_without_command=True)
@config_option
@click.option("--status", type=click.Choice(_GROUP_STATUSES), help="只列出该状态的群")
@click.option("--json", "as_json", is_flag=True, help="每行一个 JSON 对象")
@click.pass_context
def groups(ctx: click.Context, status: str | None, as_json: bool) -> None:
    """工作群登记情况；子命令 policy。"""
    if ctx.invoked_subcommand is not None:
        return
    settings = _load(ctx)
    from bot.calendar import WorkCalendar
    from storage import registry

    cal = WorkCalendar(
        settings.calendar.extra_holidays, settings.calendar.extra_workdays, settings.bot.timezone
    )
    now = datetime.now(UTC)
    days = settings.registry.register_within_workdays

    async def work(session: Any) -> list[dict[str, Any]]:
        rows = []
        for g in await registry.list_groups(
            session, None if status in (None, "overdue") else [status]
        ):
            deadline = None
            if g.status in ("unregistered", "returned"):
                deadline = cal.deadline_after(g.seen_at, days)
            elif g.status == "completed":
                deadline = g.dissolve_deadline
            overdue = deadline is not None and now >= deadline
            if status == "overdue" and not overdue:
                continue
            rows.append(
                {
                    "group": g.identity,
                    "name": g.name,
                    "status": g.status,
                    "overdue": overdue,
                    "deadline": deadline.astimezone(settings.tz).isoformat() if deadline else None,
                    "unit": g.unit,
                    "matter": g.matter,
                    "kind": g.kind,
                    "planned_end": g.planned_end.isoformat() if g.planned_end else None,
                    "leader": g.leader,
                    "admins": [a.user for a in g.admins],
                    "seen_at": g.seen_at.astimezone(settings.tz).isoformat(),
                    "registered_at": g.registered_at.astimezone(settings.tz).isoformat()
                    if g.registered_at
                    else None,
                }
            )
        return rows

    rows = _run_db(settings, work)
    if as_json:
        for row in rows:
            click.echo(json_line(row))
        return
    if not rows:
        click.echo("没有符合条件的群。")
        return
    for r in rows:
        flag = " 超期" if r["overdue"] else ""
        what = f"{r['unit']}／{r['matter']}" if r["unit"] else "—"
        click.echo(f"{r['group']}\t{r['name'] or '—'}\t{r['status']}{flag}\t{what}")


@groups.command("policy")
@config_option
@click.argument("group")
@click.argument("file", required=False)
@click.option("--default", "use_default", is_flag=True, help="改回默认策略")
@click.pass_context
def groups_policy(ctx: click.Context, group: str, file: str | None, use_default: bool) -> None:
    """查看或设置一个群使用的策略文件（相对路径以配置文件所在目录为准）。"""
    from bot.identity import parse_identity
    from bot.policy.loader import PolicyError, load_policy
    from storage import registry

    settings = _load(ctx)
    try:
        identity = str(parse_identity(group))
    except ValueError as exc:
        fail(str(exc))
    if file and use_default:
        fail("FILE 和 --default 只能二选一")
    version = None
    if file:
        try:
            version = load_policy(settings.resolve_path(file)).version
        except PolicyError as exc:
            fail(f"策略文件不可用：{exc}")

    async def work(session: Any) -> tuple[bool, str | None]:
        row = await registry.get_group(session, identity)
        if row is None:
            return False, None
        if file or use_default:
            row.policy_file = file or None
            await session.commit()
        return True, row.policy_file

    found, current = _run_db(settings, work)
    if not found:
        fail(f"未找到群 {identity}（机器人需先在群内）")
    if not (file or use_default):
        click.echo(f"{identity} 使用策略：{current or '默认（' + settings.policy.file + '）'}")
        return
    _record(
        settings,
        "policy.changed",
        group=identity,
        detail={"file": file, "version": version, "by": "cli"},
    )
    click.echo(f"{identity} 改用策略：{file or '默认'}（运行中的机器人一分钟内生效）")


def _record(settings: Settings, kind: str, **fields: Any) -> None:
    """Write one audit entry from the CLI, through the same writer as the bot (spool included)."""
    from bot.audit import AuditWriter
    from storage.db import create_engine, session_factory

    async def go() -> None:
        engine = create_engine(settings.database_url)
        writer = AuditWriter(session_factory(engine), settings.spool_path)
        await writer.start()
        try:
            writer.record(kind, actor=f"cli:{os.environ.get('USER', 'unknown')}", **fields)
        finally:
            await writer.stop()
            await engine.dispose()

    asyncio.run(go())


# -- audit -----------------------------------------------------------------------------------------


def _audit_filters(f: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed(
        [
            click.option("--group", help="群标识，如 qq:123456"),
            click.option("--kind", help="类型，如 group.registered；以 . 结尾匹配前缀"),
            click.option("--since", help="起始日期或时间（含）"),
            click.option("--until", help="截止日期或时间（日期含当天）"),
        ]
    ):
        f = opt(f)
    return f


def _fetch(
    settings: Settings, group: str | None, kind: str | None, since: str | None, until: str | None
) -> list[dict[str, Any]]:
    from storage import audit as audit_store

    tz = settings.tz
    lo, hi = _parse_moment(since, tz), _parse_moment(until, tz, end=True)

    async def work(session: Any) -> list[dict[str, Any]]:
        entries = await audit_store.query(session, group=group, kind=kind, since=lo, until=hi)
        return [audit_store.entry_dict(e, tz) for e in entries]

    return _run_db(settings, work)


@cli.group(invoke_without_command=True)
@config_option
@_audit_filters
@click.option("--json", "as_json", is_flag=True, help="每行一个 JSON 对象")
@click.pass_context
def audit(
    ctx: click.Context,
    group: str | None,
    kind: str | None,
    since: str | None,
    until: str | None,
    as_json: bool,
) -> None:
    """审计记录；子命令 export、verify。"""
    if ctx.invoked_subcommand is not None:
        ctx.meta["filters"] = (group, kind, since, until)
        return
    settings = _load(ctx)
    from bot.audit_kinds import kind_name

    for e in _fetch(settings, group, kind, since, until):
        if as_json:
            click.echo(json_line(e))
        else:
            detail = json.dumps(e["detail"], ensure_ascii=False) if e["detail"] else ""
            click.echo(
                f"#{e['id']}\t{e['at']}\t{e['group'] or '—'}\t{e['kind']}（{kind_name(e['kind'])}）"
                f"\t{e['actor'] or '—'}\t{e['subject'] or '—'}\t{detail}"
            )


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas (CSV/formula injection): prefix with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


_COLUMNS = ["id", "at", "group", "actor", "subject", "kind", "detail", "prev_hash", "hash"]


def _row(e: dict[str, Any]) -> list[Any]:
    return [
        safe_cell(json.dumps(e[c], ensure_ascii=False, sort_keys=True) if c == "detail" else e[c])
        for c in _COLUMNS
    ]


def write_csv(entries: Iterable[dict[str, Any]], fh: io.TextIOBase) -> None:
    writer = csv.writer(fh)
    writer.writerow(_COLUMNS)
    for e in entries:
        writer.writerow(_row(e))


def write_xlsx(entries: Iterable[dict[str, Any]], fh: Any) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("审计记录")
    ws.append(_COLUMNS)
    for e in entries:
        ws.append(_row(e))
    wb.save(fh)


def write_jsonl(entries: Iterable[dict[str, Any]], fh: io.TextIOBase) -> None:
    for e in entries:
        fh.write(json_line(e) + "\n")


@audit.command("export")
@config_option
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "jsonl"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="输出文件")
@click.pass_context
def audit_export(ctx: click.Context, fmt: str, output: str) -> None:
    """导出审计记录（可配合 audit 的筛选项）。"""
    settings = _load(ctx)
    group, kind, since, until = (
        ctx.parent.meta.get("filters", (None,) * 4) if ctx.parent else (None,) * 4
    )
    entries = _fetch(settings, group, kind, since, until)
    target = Path(output)
    if fmt == "csv":
        _atomic_write(target, lambda fh: write_csv(entries, fh))
    elif fmt == "xlsx":
        _atomic_write(target, lambda fh: write_xlsx(entries, fh), binary=True)
    else:
        # JSON lines: plain UTF-8 without BOM
        _atomic_write(target, lambda fh: write_jsonl(entries, fh), encoding="utf-8")
    click.echo(f"已导出 {len(entries)} 条审计记录到 {target}")


@audit.command("verify")
@config_option
@click.pass_context
def audit_verify(ctx: click.Context) -> None:
    """校验审计哈希链。"""
    settings = _load(ctx)
    from storage import audit as audit_store

    result = _run_db(settings, audit_store.verify)
    if not result.ok:
        fail(
            f"审计链在第 {result.broken_id} 条处断开：{result.reason}（此前 {result.checked} 条完好）"
        )
    click.echo(f"审计链完整：共 {result.checked} 条。")


# -- check / eval ----------------------------------------------------------------------------------


def _policy(settings: Settings, group: str | None) -> tuple[Any, list[str], Any]:
    """The policy for ``group`` (its own file from the registry, if any), its allow-list and
    its topic profile (the seed words of its matter; what the bot learns from the group's
    messages stays in the bot)."""
    from bot.policy.loader import PolicyError, load_policy
    from bot.policy.topic import TopicProfile

    file: str | None = None
    allow: list[str] = []
    topic = None
    if group:
        from storage import moderation, registry

        async def work(session: Any) -> tuple[tuple[str | None, ...] | None, list[str]]:
            row = await registry.get_group(session, group)
            if row is None:
                return None, []
            found = (row.policy_file, row.matter, row.name)
            return found, await moderation.allow_terms(session, group)

        found, allow = _run_db(settings, work)
        if found is None:
            # A mistyped group would silently be checked with the default policy.
            fail(f"未找到群 {group}（qunguan groups 查看机器人所在的群）")
        file, matter, name = found
        topic = TopicProfile.from_registration(matter, name)
    try:
        policy = load_policy(settings.resolve_path(file) if file else settings.policy_path)
    except PolicyError as exc:
        fail(str(exc))
    return policy, allow, topic


def _message_lines(path: Path) -> list[str]:
    """One message a line. Only a newline ends a line: U+2028 and friends stay inside the
    message, as they would in a chat."""
    try:
        data = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(f"{path}: 不是 UTF-8 文本（第 {exc.start + 1} 个字节）")
    except OSError as exc:
        fail(f"{path}: 无法读取：{exc.strerror}")
    lines = [line.removesuffix("\r") for line in data.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _result(policy: Any, text: str, allow: list[str], topic: Any = None) -> dict[str, Any]:
    verdict = policy.check(text, allow_terms=allow, topic=topic)
    findings = []
    for f in verdict.findings:
        rule = policy.categories.get(f.category)
        findings.append(
            {
                "category": f.category,
                "rule": f.rule,
                "span": list(f.span),
                "term": f.term,
                "action": "+".join(rule.actions) if rule and f.category != "off_topic" else "log",
            }
        )
    return {"text": text, "findings": findings}


@cli.command()
@config_option
@click.argument("text", required=False)
@click.option("--file", "file", type=click.Path(dir_okay=False, exists=True), help="每行一条消息")
@click.option("--group", help="按该群的策略和白名单检测")
@click.option("--json", "as_json", is_flag=True, help="JSON 输出（--file 时每行一个）")
@click.pass_context
def check(
    ctx: click.Context, text: str | None, file: str | None, group: str | None, as_json: bool
) -> None:
    """检测文本会被策略如何处理。"""
    if (text is None) == (file is None):
        fail("请给出要检测的文本，或用 --file 指定文件（二选一）")
    settings = _load(ctx)
    policy, allow, topic = _policy(settings, group)
    lines = [text] if text is not None else _message_lines(Path(file))  # type: ignore[arg-type]
    for line in lines:
        result = _result(policy, line, allow, topic)
        if as_json:
            click.echo(json_line(result))
            continue
        if not result["findings"]:
            click.echo(f"未发现问题（策略 {policy.version}）：{line[:60]}")
        for f in result["findings"]:
            click.echo(
                f"{f['category']}\t{f['rule']}\t{f['span'][0]}-{f['span'][1]}\t{f['term']}\t→ {f['action']}"
            )


@cli.command("eval")
@config_option
@click.argument("file", type=click.Path(dir_okay=False, exists=True))
@click.option("--show-errors", is_flag=True, help="列出漏检和误报的消息")
@click.pass_context
def eval_cmd(ctx: click.Context, file: str, show_errors: bool) -> None:
    """在标注数据（text,label 两列的 CSV）上评估策略。"""
    from bot.policy.evaluate import evaluate, read_rows

    settings = _load(ctx)
    policy, _, _ = _policy(settings, None)
    try:
        rows = read_rows(file)
    except UnicodeDecodeError as exc:
        fail(f"{file}: 不是 UTF-8 文本（第 {exc.start + 1} 个字节）")
    except csv.Error as exc:
        fail(f"{file}: 不是有效的 CSV：{exc}")
    except ValueError as exc:
        fail(str(exc))
    report = evaluate(policy, rows)
    click.echo(f"策略 {policy.version}，{report.rows} 条")
    click.echo(report.table())
    click.echo(report.goals_line())
    if show_errors:
        for text, label, cats in report.misses:
            click.echo(f"漏检 [{label}] {text}  ← {cats}")
        for text, cats in report.false_positives:
            click.echo(f"误报 {cats} {text}")


_PATH_PROBLEMS = (
    # click.Path's messages (``{name} {filename!r} …``): the English tail → Chinese
    (" does not exist.", "不存在"),
    (" is a directory.", "是目录，这里要文件"),
    (" is a file.", "是文件，这里要目录"),
    (" is not readable.", "没有读权限"),
    (" is not writable.", "没有写权限"),
)


def _param_name(param: click.Parameter | None, fallback: str = "") -> str:
    if param is None:
        return fallback
    if isinstance(param, click.Option) and param.opts:
        return max(param.opts, key=len)
    return (param.human_readable_name or fallback).upper()


def usage_message(exc: click.UsageError) -> str:
    """click's usage errors in Chinese (click has no Chinese messages); anything not known
    here keeps click's own text."""
    if isinstance(exc, click.NoSuchOption):
        maybe = f"（是不是 {'、'.join(sorted(exc.possibilities))}？）" if exc.possibilities else ""
        return f"没有选项 {exc.option_name}{maybe}"
    if isinstance(exc, click.MissingParameter):
        kind = "选项" if isinstance(exc.param, click.Option) else "参数"
        return f"缺少{kind} {_param_name(exc.param)}"
    if isinstance(exc, click.BadParameter):
        name = _param_name(exc.param, exc.param_hint if isinstance(exc.param_hint, str) else "")
        param_type = getattr(exc.param, "type", None)
        if isinstance(param_type, click.Choice):
            return f"{name} 只能是 {'、'.join(map(str, param_type.choices))}"
        if isinstance(param_type, click.Path):
            for english, chinese in _PATH_PROBLEMS:
                if exc.message.endswith(english):
                    where = exc.message[: -len(english)].split(" ", 1)[-1].strip("'\"")
                    return f"{name}：{where} {chinese}"
        return f"{name} 的值不对：{exc.message}"
    if isinstance(exc, click.BadOptionUsage) and "requires an argument" in exc.message:
        return f"选项 {exc.option_name} 后面要跟一个值"
    command_name = getattr(exc, "command_name", None)  # click.NoSuchCommand (click ≥ 8.4)
    if isinstance(command_name, str):
        return f"没有命令 {command_name}"
    if exc.message.startswith("Got unexpected extra argument"):
        extra = exc.message.split("(", 1)[-1].rstrip(")")
        return f"多余的参数：{extra}"
    return exc.format_message()


def main(argv: list[str] | None = None) -> None:
    """Entry point: Chinese one-line errors, exit 1 (usage errors exit 2)."""
    try:
        cli.main(args=argv, prog_name="qunguan", standalone_mode=False)
    except click.UsageError as exc:
        hint = f"（{exc.ctx.command_path} --help 查看用法）" if exc.ctx else ""
        click.echo(f"qunguan: {usage_message(exc)}{hint}".replace("\n", " "), err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"qunguan: {exc.format_message()}".replace("\n", " "), err=True)
        sys.exit(1)
    except click.Abort:
        click.echo("qunguan: 已中止", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
