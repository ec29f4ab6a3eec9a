"""The QQ side of a OneBot v11 reverse WebSocket, as NapCat / Lagrange would play it.

``FakeQQ`` connects to the bot, pushes events, and answers every API call the bot makes from a
background reader task, recording the calls so that a test can wait for them with
:meth:`FakeQQ.expect_call`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

Responder = Callable[[dict[str, Any]], Any]


@dataclass
class ApiCall:
    """One API call made by the bot (a frame with ``action``)."""

    seq: int
    action: str
    params: dict[str, Any]
    echo: Any
    consumed: bool = False

    @property
    def text(self) -> str:
        return text_of(self.params.get("message"))

    @property
    def segments(self) -> list[dict[str, Any]]:
        return segments_of(self.params.get("message"))

    def short(self) -> str:
        params = {k: v for k, v in self.params.items() if k != "message"}
        text = self.text
        if text or "message" in self.params:
            shown = text if len(text) <= 60 else text[:57] + "…"
            params["message"] = shown
        return f"#{self.seq} {self.action} {json.dumps(params, ensure_ascii=False)}"


def segments_of(message: Any) -> list[dict[str, Any]]:
    """Message segments of an API ``message`` param (array form; a string is one text)."""
    if message is None:
        return []
    if isinstance(message, str):
        return [{"type": "text", "data": {"text": message}}]
    if isinstance(message, dict):
        return [message]
    return [seg for seg in message if isinstance(seg, dict)]


def text_of(message: Any) -> str:
    """Concatenated text of the text segments."""
    return "".join(
        str(seg.get("data", {}).get("text", ""))
        for seg in segments_of(message)
        if seg.get("type") == "text"
    )


def member_row(group_id: int, user_id: int, role: str, card: str = "") -> dict[str, Any]:
    """One row of ``get_group_member_list`` as NapCat answers it."""
    return {
        "group_id": group_id,
        "user_id": user_id,
        "nickname": f"用户{user_id}",
        "card": card,
        "role": role,
        "join_time": 1_700_000_000,
        "last_sent_time": 1_700_000_000,
        "level": "1",
        "unfriendly": False,
        "title": "",
        "card_changeable": True,
    }


def at_targets(message: Any) -> list[str]:
    """``qq`` of every at-segment, as strings."""
    return [
        str(seg.get("data", {}).get("qq"))
        for seg in segments_of(message)
        if seg.get("type") == "at"
    ]


@dataclass
class QQWorld:
    """What the fake account knows: groups and their members."""

    self_id: int = 99999
    groups: list[dict[str, Any]] = field(default_factory=list)
    members: dict[int, list[dict[str, Any]]] = field(default_factory=dict)


class FakeQQ:
    """A OneBot v11 implementation connected over the reverse WebSocket."""

    def __init__(self, url: str, world: QQWorld, *, token: str | None) -> None:
        self.url = url
        self.world = world
        self.token = token
        self.ws: ClientConnection | None = None
        self.calls: list[ApiCall] = []
        self.responders: dict[str, Responder] = {}
        self.closed = asyncio.Event()
        self.close_reason: str = ""
        self._new_call = asyncio.Event()
        self._reader: asyncio.Task[None] | None = None
        self._reader_error: BaseException | None = None
        self._seq = itertools.count(1)
        self._message_ids = itertools.count(5001)
        self._event_ids = itertools.count(7001)

    # -- connection ------------------------------------------------------------------------------

    def headers(self) -> dict[str, str]:
        headers = {"X-Self-ID": str(self.world.self_id), "X-Client-Role": "Universal"}
        if self.token is not None:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    async def connect(self) -> None:
        self.ws = await connect(
            self.url,
            additional_headers=self.headers(),
            max_size=None,
            open_timeout=10,
            user_agent_header="NapCat.Onebot/e2e",
        )
        self._reader = asyncio.create_task(self._read(), name="fake-qq-reader")

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 5)
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader

    @property
    def is_open(self) -> bool:
        return self.ws is not None and not self.closed.is_set()

    async def _read(self) -> None:
        assert self.ws is not None
        try:
            async for frame in self.ws:
                data = json.loads(frame)
                if isinstance(data, dict) and "action" in data:
                    await self._answer(data)
        except ConnectionClosed as exc:
            self.close_reason = f"{exc.rcvd.code if exc.rcvd else '-'} {exc}"
        except BaseException as exc:  # surfaced by expect_call
            self._reader_error = exc
            raise
        finally:
            self.closed.set()
            self._new_call.set()

    async def _answer(self, frame: dict[str, Any]) -> None:
        call = ApiCall(
            seq=next(self._seq),
            action=str(frame["action"]),
            params=dict(frame.get("params") or {}),
            echo=frame.get("echo"),
        )
        self.calls.append(call)
        self._new_call.set()
        data = self.respond(call)
        assert self.ws is not None
        await self.ws.send(
            json.dumps(
                {"status": "ok", "retcode": 0, "data": data, "echo": call.echo},
                ensure_ascii=False,
            )
        )

    def respond(self, call: ApiCall) -> Any:
        """Default answers, overridable per action through ``responders``."""
        if call.action in self.responders:
            return self.responders[call.action](call.params)
        if call.action in ("send_msg", "send_group_msg", "send_private_msg"):
            return {"message_id": next(self._message_ids)}
        if call.action == "get_group_list":
            return self.world.groups
        if call.action == "get_group_member_list":
            return self.world.members.get(int(call.params.get("group_id", 0)), [])
        if call.action == "get_login_info":
            return {"user_id": self.world.self_id, "nickname": "群管助手"}
        if call.action == "get_group_info":
            gid = int(call.params.get("group_id", 0))
            for g in self.world.groups:
                if g["group_id"] == gid:
                    return g
            return {"group_id": gid, "group_name": "", "member_count": 0, "max_member_count": 0}
        if call.action.endswith("_list"):
            return []
        return None

    # -- waiting for calls -----------------------------------------------------------------------

    async def expect_call(
        self,
        action: str | tuple[str, ...],
        *,
        where: Callable[[dict[str, Any]], bool] | None = None,
        timeout: float = 10,  # noqa: ASYNC109 - the helper's documented API
        what: str = "",
    ) -> ApiCall:
        """The first not yet matched call of ``action`` (one of them) satisfying ``where``."""
        actions = (action,) if isinstance(action, str) else action
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for call in self.calls:
                if call.consumed or call.action not in actions:
                    continue
                if where is None or where(call.params):
                    call.consumed = True
                    return call
            if self._reader_error is not None:
                raise AssertionError(f"fake QQ reader failed: {self._reader_error!r}")
            remaining = deadline - loop.time()
            if remaining <= 0 or self.closed.is_set():
                state = f"connection closed ({self.close_reason})" if self.closed.is_set() else ""
                raise AssertionError(
                    f"no {'/'.join(actions)} call {what} within {timeout}s {state}\n"
                    "calls so far:\n" + self.describe_calls()
                )
            self._new_call.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_call.wait(), remaining)

    async def expect_group_message(
        self,
        group_id: int,
        contains: str,
        *,
        timeout: float = 10,  # noqa: ASYNC109
    ) -> ApiCall:
        """A message to the group, by ``send_group_msg`` or a reply through ``send_msg``."""

        def match(params: dict[str, Any]) -> bool:
            if int(params.get("group_id") or 0) != group_id:
                return False
            if "message_type" in params and params["message_type"] != "group":
                return False
            return contains in text_of(params.get("message"))

        return await self.expect_call(
            ("send_group_msg", "send_msg"),
            where=match,
            timeout=timeout,
            what=f"to group {group_id} containing {contains!r}",
        )

    async def expect_private_message(
        self,
        user_id: int,
        contains: str,
        *,
        timeout: float = 10,  # noqa: ASYNC109
    ) -> ApiCall:
        def match(params: dict[str, Any]) -> bool:
            if params.get("message_type", "private") != "private":
                return False
            if int(params.get("user_id") or 0) != user_id:
                return False
            return contains in text_of(params.get("message"))

        return await self.expect_call(
            ("send_private_msg", "send_msg"),
            where=match,
            timeout=timeout,
            what=f"to user {user_id} containing {contains!r}",
        )

    def describe_calls(self, calls: list[ApiCall] | None = None) -> str:
        return "\n".join(f"  {c.short()}" for c in (self.calls if calls is None else calls))

    # -- pushing events --------------------------------------------------------------------------

    async def send_raw(self, frame: str | bytes) -> None:
        assert self.ws is not None
        await self.ws.send(frame)

    async def send_event(self, event: dict[str, Any]) -> None:
        await self.send_raw(json.dumps(event, ensure_ascii=False))

    def _base(self, post_type: str) -> dict[str, Any]:
        return {"time": int(time.time()), "self_id": self.world.self_id, "post_type": post_type}

    async def lifecycle_connect(self) -> None:
        await self.send_event(
            {**self._base("meta_event"), "meta_event_type": "lifecycle", "sub_type": "connect"}
        )

    def group_message_event(
        self,
        text: str,
        *,
        group_id: int,
        user_id: int,
        role: str = "member",
        nickname: str = "",
        card: str = "",
    ) -> dict[str, Any]:
        return {
            **self._base("message"),
            "message_type": "group",
            "sub_type": "normal",
            "message_id": next(self._event_ids),
            "group_id": group_id,
            "user_id": user_id,
            "anonymous": None,
            "message": [{"type": "text", "data": {"text": text}}],
            "raw_message": text,
            "font": 0,
            "sender": {
                "user_id": user_id,
                "nickname": nickname or f"用户{user_id}",
                "card": card,
                "role": role,
            },
        }

    def private_message_event(self, text: str, *, user_id: int) -> dict[str, Any]:
        return {
            **self._base("message"),
            "message_type": "private",
            "sub_type": "friend",
            "message_id": next(self._event_ids),
            "user_id": user_id,
            "message": [{"type": "text", "data": {"text": text}}],
            "raw_message": text,
            "font": 0,
            "sender": {"user_id": user_id, "nickname": f"用户{user_id}"},
        }

    async def group_message(self, text: str, **kwargs: Any) -> None:
        await self.send_event(self.group_message_event(text, **kwargs))

    async def private_message(self, text: str, *, user_id: int) -> None:
        await self.send_event(self.private_message_event(text, user_id=user_id))
