"""A local Messages API server on 127.0.0.1 that speaks enough of Anthropic's API for the real SDK."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from aiohttp import web

TEST_API_KEY = "sk-ant-test-KEY-never-in-logs-0123456789"
# Models that, like the real Haiku 5.5, reject sampling parameters and assistant prefill.
NO_SAMPLING_MODELS = ("claude-haiku-5-5",)


@dataclass
class FakeReply:
    """One message the fake returns, with the usage it reports."""

    text: str = "What does the question ask you to find: the profit, or the profit percent?"
    input_tokens: int = 250
    output_tokens: int = 30
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0
    stop_reason: str = "end_turn"
    thinking: str | None = None  # sent as a thinking block before the text
    model: str | None = None  # None echoes the requested model


class Fault(StrEnum):
    """A failure to answer one HTTP request with."""

    OVERLOADED = "overloaded"  # 529 overloaded_error
    SERVER_ERROR = "server_error"  # 500 api_error
    MALFORMED = "malformed"  # 200 with a body that is not JSON
    HANG = "hang"  # answer only after hang_seconds (or when the fake stops)


def refusal() -> FakeReply:
    """A reply stopped by the safety classifier: no text, but billed."""
    return FakeReply(text="", output_tokens=0, stop_reason="refusal")


def leaking(answer: str) -> FakeReply:
    """A hint that gives the answer away."""
    return FakeReply(text=f"Almost there: the answer is {answer}, can you see why?")


@dataclass
class RecordedRequest:
    """A request as the fake received it."""

    headers: dict[str, str]
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def system_text(self) -> str:
        """The system prompt as one string, whether sent as a string or as blocks."""
        system = self.body.get("system", "")
        if isinstance(system, str):
            return system
        return "".join(block.get("text", "") for block in system)

    @property
    def prompt_text(self) -> str:
        """The text of the user turns."""
        parts: list[str] = []
        for message in self.body.get("messages", []):
            content = message.get("content", "")
            if isinstance(content, str):
                parts.append(content)
            else:
                parts.extend(block.get("text", "") for block in content)
        return "\n".join(parts)


Responder = Callable[[RecordedRequest], FakeReply]


class FakeAnthropic:
    """Answer POST /v1/messages from a script of replies and faults, then from a default."""

    def __init__(self, *, api_key: str = TEST_API_KEY, hang_seconds: float = 30.0) -> None:
        self.api_key = api_key
        self.hang_seconds = hang_seconds
        self.default: FakeReply | Responder = FakeReply()
        self.script: deque[FakeReply | Fault] = deque()
        self.requests: list[RecordedRequest] = []
        self._ids = itertools.count(1)
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> str:
        """Serve on a free port on 127.0.0.1 and return the base URL."""
        app = web.Application()
        app.router.add_post("/v1/messages", self._messages)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        """Release hanging requests and stop serving."""
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()

    def queue(self, *items: FakeReply | Fault) -> None:
        """Answer the next requests with these, in order, before falling back to the default."""
        self.script.extend(items)

    # The Messages API --------------------------------------------------------------------------

    async def _messages(self, request: web.Request) -> web.Response:
        headers = dict(request.headers)
        if not self._authorised(headers):
            return _error(401, "authentication_error", "invalid x-api-key")
        try:
            body = await request.json()
        except ValueError:
            return _error(400, "invalid_request_error", "request body is not JSON")
        recorded = RecordedRequest(headers, body)
        self.requests.append(recorded)
        problem = _invalid(body)
        if problem is not None:
            return _error(400, "invalid_request_error", problem)
        item = self.script.popleft() if self.script else self.default
        if item is Fault.OVERLOADED:
            return _error(529, "overloaded_error", "Overloaded")
        if item is Fault.SERVER_ERROR:
            return _error(500, "api_error", "Internal server error")
        if item is Fault.MALFORMED:
            return web.Response(
                status=200, text='{"id": "msg_01", "type": "mess', content_type="application/json"
            )
        if item is Fault.HANG:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.hang_seconds)
            item = FakeReply()
        reply = item if isinstance(item, FakeReply) else item(recorded)
        return web.json_response(self._message(reply, body), headers={"request-id": "req_fake"})

    def _authorised(self, headers: dict[str, str]) -> bool:
        bearer = headers.get("Authorization", "")
        return bearer == f"Bearer {self.api_key}" or headers.get("x-api-key") == self.api_key

    def _message(self, reply: FakeReply, body: dict[str, Any]) -> dict[str, Any]:
        content: list[dict[str, Any]] = []
        if reply.thinking is not None:
            content.append({"type": "thinking", "thinking": reply.thinking, "signature": "sig"})
        if reply.text:
            content.append({"type": "text", "text": reply.text})
        return {
            "id": f"msg_fake_{next(self._ids):06d}",
            "type": "message",
            "role": "assistant",
            "model": reply.model or body["model"],
            "content": content,
            "stop_reason": reply.stop_reason,
            "stop_sequence": None,
            "usage": {
                "input_tokens": reply.input_tokens,
                "output_tokens": reply.output_tokens,
                "cache_creation_input_tokens": reply.cache_creation_input_tokens,
                "cache_read_input_tokens": reply.cache_read_input_tokens,
                "service_tier": "standard",
            },
        }


def _invalid(body: dict[str, Any]) -> str | None:
    """Return why the real API would reject this request with a 400, or None."""
    for name in ("model", "max_tokens", "messages"):
        if name not in body:
            return f"{name}: Field required"
    messages = body["messages"]
    if not messages:
        return "messages: at least one message is required"
    if body["model"] in NO_SAMPLING_MODELS:
        for name in ("temperature", "top_p", "top_k"):
            if name in body:
                return f"{name} is not supported for this model"
        if messages[-1].get("role") == "assistant":
            return "assistant message prefill is not supported for this model"
        if body.get("thinking", {}).get("type") == "enabled":
            return '"thinking.type.enabled" is not supported for this model'
    return None


def _error(status: int, kind: str, message: str) -> web.Response:
    return web.json_response(
        {"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_fake"},
        status=status,
    )
