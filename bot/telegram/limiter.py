"""Share Telegram's send rate between two lanes: replies to students first, broadcasts after.

A reply takes the next free slot at once (it is never queued behind scheduled messages); a
reminder or nudge takes a slot only when it is free now and no reply has reserved it, and never
more than BROADCAST_SHARE of the slots. Replies that arrive while a batch goes out therefore wait
at most one slot (1/rate, 40 ms at 25/s) longer than they would without it, and the batch runs
at whatever rate the replies leave, up to its share.

With paid broadcasts on (Telegram's `allow_paid_broadcast`), broadcasts leave the free rate to
replies and keep a pace of their own, up to Telegram's 1,000 paid messages a second.

One limiter serves one process. Telegram counts per token, so the rate of several processes
sharing a token adds up: give each its part (README, Capacity).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)
# A reply that meets a 429 waits it out and tries again this often (as AIORateLimiter's
# max_retries); every lane holds back for the 429's retry_after.
REPLY_RETRIES_AFTER_429 = 3
# Replies may go this many at once after a quiet spell (a burst), as Telegram tolerates; a
# broadcast never uses this credit, so it stays with the replies.
REPLY_BURST = 5
# Telegram's ceiling for paid broadcasts.
MAX_PAID_PER_SECOND = 1000.0
# The broadcasts' share is kept on average over this long: a broadcast that lost its slot to a
# reply may take the next free one, so the batch gets all that replies leave, up to its share.
SHARE_WINDOW_SECONDS = 0.5
# A paid pace of a message a millisecond outruns asyncio's timers, and a database commit or a
# garbage collection can hold a batch up: slots missed so are caught up within this long (the
# pace stays Telegram's on average over a second).
PAID_CATCH_UP_SECONDS = 0.2

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class SendLimiter(BaseRateLimiter[int]):
    """Pace every message to a chat: replies first, broadcasts with what replies leave."""

    def __init__(
        self,
        *,
        per_second: float,
        broadcast_share: float = 1.0,
        paid_per_second: float = 0.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if per_second <= 0 or not 0 < broadcast_share <= 1:
            raise ValueError("the rate must be positive and the share in (0, 1]")
        self._interval = 1.0 / per_second
        self._broadcast_interval = self._interval / broadcast_share
        paid = min(paid_per_second, MAX_PAID_PER_SECOND)
        self._paid_interval = 1.0 / paid if paid > 0 else 0.0
        self._clock, self._sleep = clock, sleep
        # The moment the next free-rate slot opens; it may lag `now` by up to REPLY_BURST slots.
        self._next_free = 0.0
        self._next_broadcast = 0.0
        self._next_paid = 0.0
        self._held_until = 0.0  # after a 429 nothing goes before this
        self._broadcast_lock = asyncio.Lock()

    @property
    def paid_broadcasts(self) -> bool:
        """Say whether broadcasts go as Telegram's paid broadcasts, at a pace of their own."""
        return self._paid_interval > 0

    @property
    def broadcast_per_second(self) -> float:
        """Return the most broadcasts a second this limiter lets out."""
        return 1.0 / (self._paid_interval or self._broadcast_interval)

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    def hold(self, seconds: float) -> None:
        """Send nothing, in any lane, for this long: Telegram answered 429."""
        self._held_until = max(self._held_until, self._clock() + seconds)

    def _reserve_reply_slot(self) -> float:
        """Take the next free slot for a reply; return how long to wait for it."""
        now = self._clock()
        slot = max(self._next_free, now - REPLY_BURST * self._interval, self._held_until)
        self._next_free = slot + self._interval
        return max(0.0, slot - now)

    async def broadcast_turn(self) -> None:
        """Return when one broadcast may go: a free slot no reply wants, within the share."""
        async with self._broadcast_lock:
            while True:
                now = self._clock()
                if self._paid_interval:
                    ready = max(self._next_paid, self._held_until)
                    if ready <= now:
                        if not self._next_paid:
                            self._next_paid = now  # no credit from before the first
                        self._next_paid = _next_slot(
                            self._next_paid, now, self._paid_interval, PAID_CATCH_UP_SECONDS
                        )
                        return
                else:
                    ready = max(self._next_free, self._next_broadcast, self._held_until)
                    if ready <= now:
                        # No burst credit is left behind: it belongs to replies.
                        self._next_free = _next_slot(
                            self._next_free, now, self._interval, self._interval / 2
                        )
                        if not self._next_broadcast:
                            self._next_broadcast = now  # no credit from before the first
                        self._next_broadcast = _next_slot(
                            self._next_broadcast,
                            now,
                            self._broadcast_interval,
                            SHARE_WINDOW_SECONDS,
                        )
                        return
                # Re-checked after the sleep: a reply may have reserved the slot meanwhile.
                await self._sleep(ready - now)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send a request to a chat in the reply lane; other calls (getUpdates...) go at once."""
        if data.get("chat_id") is None:
            return await callback(*args, **kwargs)
        retries = REPLY_RETRIES_AFTER_429 if rate_limit_args is None else rate_limit_args
        for attempt in range(retries + 1):
            wait = self._reserve_reply_slot()
            if wait > 0:
                await self._sleep(wait)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                seconds = retry_after_seconds(error)
                self.hold(seconds + 0.1)
                if attempt == retries:
                    raise
                log.info("Telegram asked to wait %.0f s; %s waits", seconds, endpoint)
        raise AssertionError("unreachable: the last attempt returns or raises")


def _next_slot(due: float, now: float, interval: float, catch_up: float) -> float:
    """Return the slot after one taken now, which was due at `due`.

    A sleep ends a little late, and a broadcast may lose its slot to a reply; counting from when
    the slot was due (up to `catch_up` back) keeps the pace exact.
    """
    return max(due, now - catch_up) + interval


def retry_after_seconds(error: RetryAfter) -> float:
    """Return a 429's retry_after in seconds."""
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
