"""Moderation latency over the real OneBot v11 WebSocket.

    python benchmarks/bench_ws_latency.py [--rate 200] [--seconds 60] [--database-url URL]

Starts the real ``qunguan run`` (SQLite in a temporary folder unless --database-url is given),
connects as NapCat would, sends group messages at ``--rate`` per second for ``--seconds`` — 5 %
of them ads that must be recalled — and measures, for every ad, the time from sending the event
to receiving the bot's ``delete_msg``. Prints p50/p95/p99 (goal: p99 < 50 ms) and checks that
every ad has its flagged, recalled and warned audit entries and the chain verifies.

Baseline in the same run: the WebSocket round trip (ping/pong) of the same connection, i.e. the
floor any reply can reach.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from websockets.asyncio.client import connect  # noqa: E402

from tests.e2e.botproc import TOKEN, free_port, start_bot, wait_ready, write_config  # noqa: E402

GROUP = 123456
BOT = 99999
WORK = [
    "请各单位于本周五下午五点前报送安全生产检查情况",
    "明天上午九点在三楼会议室召开防汛工作部署会议",
    "收到，马上安排人员落实",
    "会议纪要已上传群文件，请各位领导审阅",
    "请于11月25日前将年度考核表交到人事科",
]
AD = "加我vx：abc{n:05d} 领取补贴名额，名额有限"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def run(rate: int, seconds: int, cfg: Path, port: int) -> dict[str, Any]:
    sent_at: dict[int, float] = {}
    recalled_at: dict[int, float] = {}
    calls: dict[str, int] = {}
    all_handled = asyncio.Event()
    expected_ads = 0

    def done_with(calls: dict[str, int]) -> bool:
        # every ad recalled and its member warned: only then may the connection close (closing
        # earlier would cut the bot off mid-way and count as lost work)
        return bool(expected_ads) and min(len(recalled_at), calls.get("send_group_msg", 0)) >= (
            expected_ads
        )

    url = f"ws://127.0.0.1:{port}/onebot/v11/ws"
    headers = {
        "X-Self-ID": str(BOT),
        "X-Client-Role": "Universal",
        "Authorization": f"Bearer {TOKEN}",
    }
    async with connect(url, additional_headers=headers, max_size=None) as ws:

        async def reader() -> None:
            async for raw in ws:
                frame = json.loads(raw)
                action = frame.get("action")
                if not action:
                    continue
                now = time.perf_counter()
                calls[action] = calls.get(action, 0) + 1
                params = frame.get("params") or {}
                data: Any = None
                if action == "delete_msg":
                    recalled_at.setdefault(int(params["message_id"]), now)
                elif action in ("send_group_msg", "send_private_msg", "send_msg"):
                    data = {"message_id": 1}
                if done_with(calls):
                    all_handled.set()
                elif action == "get_group_list":
                    data = [{"group_id": GROUP, "group_name": "压测工作群", "member_count": 500}]
                elif action == "get_group_member_list":
                    data = [{"user_id": 20001, "nickname": "群主", "card": "", "role": "owner"}]
                await ws.send(
                    json.dumps(
                        {"status": "ok", "retcode": 0, "data": data, "echo": frame.get("echo")}
                    )
                )

        task = asyncio.create_task(reader())
        await ws.send(
            json.dumps(
                {
                    "time": int(time.time()),
                    "self_id": BOT,
                    "post_type": "meta_event",
                    "meta_event_type": "lifecycle",
                    "sub_type": "connect",
                }
            )
        )
        await asyncio.sleep(2)  # the bot scans groups and warms its policy

        rtts = []
        total = rate * seconds
        interval = 1 / rate
        start = time.perf_counter()
        ads = 0
        for n in range(total):
            target = start + n * interval
            delay = target - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            mid = 100_000 + n
            is_ad = n % 20 == 0
            text = AD.format(n=n) if is_ad else WORK[n % len(WORK)]
            user = 30_000 + (n // 20) % 2000  # many members: the ladder stays at warnings
            event = {
                "time": int(time.time()),
                "self_id": BOT,
                "post_type": "message",
                "message_type": "group",
                "sub_type": "normal",
                "message_id": mid,
                "group_id": GROUP,
                "user_id": user,
                "font": 0,
                "raw_message": text,
                "message": [{"type": "text", "data": {"text": text}}],
                "sender": {
                    "user_id": user,
                    "nickname": f"成员{user}",
                    "card": "",
                    "role": "member",
                },
            }
            if is_ad:
                ads += 1
                sent_at[mid] = time.perf_counter()
            await ws.send(json.dumps(event, ensure_ascii=False))
            if n % rate == 0:
                t0 = time.perf_counter()
                pong = await ws.ping()
                await pong
                rtts.append((time.perf_counter() - t0) * 1000)
        elapsed = time.perf_counter() - start
        expected_ads = ads
        if done_with(calls):
            all_handled.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(all_handled.wait(), 30)
        task.cancel()
    latencies = [(recalled_at[m] - t) * 1000 for m, t in sent_at.items() if m in recalled_at]
    return {
        "sent": total,
        "achieved_rate": total / elapsed,
        "ads": ads,
        "recalled": len(latencies),
        "latencies": latencies,
        "rtts": rtts,
        "calls": calls,
    }


def cli(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(cfg), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--keep", type=Path, default=None, help="keep the bot's folder (log) here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        port = free_port()
        url = args.database_url or f"sqlite+aiosqlite:///{folder / 'data' / 'qunguan.db'}"
        cfg = write_config(folder, port=port, database_url=url)
        bot = start_bot(cfg, port)
        try:
            asyncio.run(wait_ready(bot))
            result = asyncio.run(run(args.rate, args.seconds, cfg, port))
        finally:
            bot.stop()
        lat, rtt = result["latencies"], result["rtts"]
        print(
            f"发送：{result['sent']} 条，实际速率 {result['achieved_rate']:.0f} 条/秒，其中广告 {result['ads']} 条"
        )
        print(f"撤回：{result['recalled']}/{result['ads']}；API 调用：{result['calls']}")
        if lat:
            print(
                f"事件 → delete_msg：p50 {statistics.median(lat):.1f} ms，p95 {pct(lat, 95):.1f} ms，"
                f"p99 {pct(lat, 99):.1f} ms，最大 {max(lat):.1f} ms（目标 p99 < 50 ms）"
            )
        if rtt:
            print(
                f"基线：同一连接的 WebSocket 往返（ping/pong）p50 {statistics.median(rtt):.1f} ms，p99 {pct(rtt, 99):.1f} ms"
            )
        counts = {}
        for kind in ("message.flagged", "message.recalled", "member.warned"):
            listed = cli(cfg, "audit", "--kind", kind, "--json")
            counts[kind] = sum(1 for line in listed.stdout.splitlines() if line.strip())
        verify = cli(cfg, "audit", "verify")
        print(
            "审计："
            + "，".join(f"{k} {n} 条" for k, n in counts.items())
            + f"（各应为 {result['ads']}）；校验：{(verify.stdout or verify.stderr).strip()}"
        )


if __name__ == "__main__":
    main()
