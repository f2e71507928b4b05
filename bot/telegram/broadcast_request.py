"""Post Bot API requests with aiohttp: the transport of reminder batches, five times httpx's pace.

python-telegram-bot's default transport (httpx) costs about 2.5 ms of CPU per request here, so a
process could not send more than about 400 messages a second; aiohttp costs about 0.4 ms. Replies
keep PTB's default transport; only broadcasts, which may go at Telegram's paid 1,000 a second,
need this one. Requests go as JSON bodies (the Bot API accepts them), so no file can be sent.
"""

from __future__ import annotations

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_TIMEOUT_SECONDS = 5.0
# A refused connection or a connect timeout: the request never reached Telegram.
NEVER_SENT = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
# The request went out whole and the answer was lost: Telegram may well have acted on it.
ANSWER_LOST = (
    aiohttp.ServerDisconnectedError,
    aiohttp.SocketTimeoutError,
    aiohttp.ClientPayloadError,
    aiohttp.ClientOSError,
)


class AiohttpRequest(BaseRequest):
    """A PTB transport on one aiohttp session with up to `connections` open at once."""

    def __init__(
        self, *, connections: int = 64, timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    ) -> None:
        self._connections = connections
        self._timeout = timeout_seconds
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float:
        """Return how long an answer may take."""
        return self._timeout

    async def initialize(self) -> None:
        """Open the session (inside the running event loop)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                timeout=aiohttp.ClientTimeout(
                    total=None, connect=self._timeout, sock_read=self._timeout
                ),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Post the request as JSON; return Telegram's status and body."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        if request_data is not None and request_data.contains_files:
            raise ValueError("the broadcast transport sends no files")
        body = request_data.json_payload if request_data is not None else b"{}"
        try:
            async with self._session.request(
                method, url, data=body, headers={"Content-Type": "application/json"}
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's timeouts are TimeoutErrors
            raise TimedOut(f"aiohttp.{type(error).__name__}") from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
