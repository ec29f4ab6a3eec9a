"""The real ``qunguan`` process: config file, start, readiness, stop, CLI runs."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TOKEN = "e2e-token"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_config(folder: Path, *, port: int, database_url: str) -> Path:
    cfg = folder / "bot.toml"
    cfg.write_text(
        "\n".join(
            [
                "[bot]",
                'superusers = ["qq:10001"]',
                'report_group = "qq:900000"',
                "",
                "[server]",
                'host = "127.0.0.1"',
                f"port = {port}",
                "",
                "[database]",
                f"url = {toml_str(database_url)}",
                "",
                "[adapters.onebot]",
                f"access_token = {toml_str(TOKEN)}",
                "",
            ]
        ),
        encoding="utf-8",
    )
    return cfg


def clean_env() -> dict[str, str]:
    """The environment without QUNGUAN_* overrides (they would beat the test's bot.toml)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUNGUAN_")}
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def command(cfg: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "bot", "--config", str(cfg), *args]


@dataclass
class BotProcess:
    proc: subprocess.Popen[bytes]
    port: int
    log_path: Path

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/onebot/v11/ws"

    def log_tail(self, lines: int = 80) -> str:
        try:
            text = self.log_path.read_text("utf-8", errors="replace")
        except OSError as exc:
            return f"(no log: {exc})"
        return "\n".join(
            line if len(line) <= 500 else f"{line[:500]}… ({len(line)} chars)"
            for line in text.splitlines()[-lines:]
        )

    def error_lines(self) -> list[str]:
        """Log lines at ERROR level or from a traceback (shortened)."""
        text = self.log_path.read_text("utf-8", errors="replace")
        return [
            line[:300]
            for line in text.splitlines()
            if "[ERROR]" in line or "[CRITICAL]" in line or line.startswith("Traceback")
        ]

    def stop(self) -> int | None:
        """SIGINT (graceful NoneBot/uvicorn shutdown), then kill."""
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        return self.proc.returncode


def start_bot(cfg: Path, port: int) -> BotProcess:
    log_path = cfg.parent / "qunguan-run.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            command(cfg, "run"),
            cwd=cfg.parent,
            env=clean_env(),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return BotProcess(proc, port, log_path)


async def wait_ready(bot: BotProcess, within: float = 20) -> None:
    """Poll the TCP port until the server accepts connections."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        if bot.proc.poll() is not None:
            raise AssertionError(
                f"qunguan run exited early with {bot.proc.returncode}:\n{bot.log_tail()}"
            )
        try:
            _, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", bot.port), timeout=1
            )
        except (OSError, TimeoutError):
            if loop.time() > deadline:
                raise AssertionError(
                    f"qunguan run did not listen on {bot.port} within {within}s:\n{bot.log_tail()}"
                ) from None
            await asyncio.sleep(0.2)
            continue
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        return


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str

    def json_lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


async def run_cli(cfg: Path, *args: str, within: float = 30) -> CliResult:
    proc = await asyncio.create_subprocess_exec(
        *command(cfg, *args),
        cwd=cfg.parent,
        env=clean_env(),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), within)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise
    assert proc.returncode is not None
    return CliResult(proc.returncode, out.decode("utf-8"), err.decode("utf-8"))


async def audit_until(
    cfg: Path,
    enough: Callable[[list[dict[str, Any]]], bool],
    *args: str,
    within: float = 15,
    nudge: Callable[[], Awaitable[object]] | None = None,
) -> list[dict[str, Any]]:
    """The entries of ``qunguan audit --json *args`` once ``enough`` of them; ``nudge`` is
    awaited between looks (a message that makes the bot do the awaited thing)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        result = await run_cli(cfg, "audit", "--json", *args)
        assert result.returncode == 0, result.stderr
        entries = result.json_lines()
        if enough(entries):
            return entries
        if loop.time() > deadline:
            raise AssertionError(f"audit {' '.join(args)} never had enough: {entries}")
        if nudge is not None:
            await nudge()
        await asyncio.sleep(0.5)
