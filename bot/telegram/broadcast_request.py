"""Send reminder batches to the Bot API over aiohttp, without python-telegram-bot's object layer.

A reminder needs one call, sendMessage, and nothing of its answer but whether it went. Through
PTB's Bot and its default transport (httpx) a call cost about 2.5 ms of CPU here, so a process
could not send 400 a second; PTB's Bot over aiohttp about 0.65 ms (most of it building and then
parsing Message objects); this, posting the JSON body itself, about 0.4 ms. Replies keep PTB.
Telegram's answers become PTB's own exceptions (RetryAfter, Forbidden, BadRequest...), mapped as
PTB maps them, so the notifier treats both transports alike.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from types import TracebackType
from typing import Any, Self

import aiohttp
from telegram import InlineKeyboardMarkup
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

DEFAULT_TIMEOUT_SECONDS = 5.0
# The request went out whole and the answer was lost: Telegram may well have acted on it.
# (A refused connection or a connect timeout, aiohttp.ClientConnectorError and
# ConnectionTimeoutError, mean it never reached Telegram.)
ANSWER_LOST = (
    aiohttp.ServerDisconnectedError,
    aiohttp.SocketTimeoutError,
    aiohttp.ClientPayloadError,
    aiohttp.ClientConnectionResetError,
)


class BroadcastTransport:
    """Post sendMessage calls on one aiohttp session with up to `connections` open at once."""

    def __init__(
        self,
        token: str,
        *,
        api_url: str,
        connections: int = 64,
        timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
    ) -> None:
        self._url = f"{api_url}/bot{token}/sendMessage"
        self._connections = connections
        self._timeout = timeout_seconds
        self._session: aiohttp.ClientSession | None = None

    async def initialize(self) -> None:
        """Open the session (inside the running event loop)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                timeout=aiohttp.ClientTimeout(
                    total=None, connect=self._timeout, sock_read=self._timeout
                ),
                headers={"Content-Type": "application/json"},
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None:
            await self._session.close()

    async def __aenter__(self) -> Self:
        await self.initialize()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.shutdown()

    async def send_message(
        self,
        chat_id: int,
        text: str,
        *,
        reply_markup: InlineKeyboardMarkup | None = None,
        allow_paid_broadcast: bool | None = None,
    ) -> None:
        """Send one text message; raise PTB's exception for whatever Telegram refused."""
        if self._session is None or self._session.closed:
            raise RuntimeError("BroadcastTransport is not initialized")
        payload: dict[str, Any] = {"chat_id": chat_id, "text": text}
        if reply_markup is not None:
            payload["reply_markup"] = reply_markup.to_dict()
        if allow_paid_broadcast:
            payload["allow_paid_broadcast"] = True
        try:
            async with self._session.post(self._url, data=json.dumps(payload)) as response:
                status, body = response.status, await response.read()
        except TimeoutError as error:  # aiohttp's timeouts are TimeoutErrors
            raise TimedOut(f"aiohttp.{type(error).__name__}") from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
        if not HTTPStatus.OK <= status <= 299:
            raise telegram_error(status, body)


def telegram_error(status: int, body: bytes) -> TelegramError:
    """Return the exception python-telegram-bot raises for this answer (its _request_wrapper)."""
    try:
        message = f"{HTTPStatus(status).phrase} ({status})"
    except ValueError:
        message = f"Unknown HTTPError ({status})"
    try:
        answer = json.loads(body)
    except ValueError:
        answer = {}
    if isinstance(answer, dict):
        message = answer.get("description") or message
        parameters = answer.get("parameters") or {}
        if parameters.get("migrate_to_chat_id"):
            return ChatMigrated(parameters["migrate_to_chat_id"])
        if parameters.get("retry_after"):
            return RetryAfter(parameters["retry_after"])
    if status == HTTPStatus.FORBIDDEN:
        return Forbidden(message)
    if status in (HTTPStatus.NOT_FOUND, HTTPStatus.UNAUTHORIZED):
        return InvalidToken(message)
    if status == HTTPStatus.BAD_REQUEST:
        return BadRequest(message)
    return NetworkError(message)
