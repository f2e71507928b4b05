"""The send limiter: replies before broadcasts, broadcasts within their share, 429s hold all."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.telegram.limiter import SendLimiter


class FakeTime:
    """A clock that moves only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 100.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)
        await asyncio.sleep(0)


def limiter(time: FakeTime, **options: Any) -> SendLimiter:
    return SendLimiter(clock=time.clock, sleep=time.sleep, **options)


async def reply(limiter: SendLimiter, time: FakeTime) -> float:
    """Send one reply through the limiter; return when it left."""
    sent_at: list[float] = []

    async def send() -> bool:
        sent_at.append(time.now)
        return True

    await limiter.process_request(send, (), {}, "sendMessage", {"chat_id": 7}, None)
    return sent_at[0]


@pytest.mark.parametrize(
    ("per_second", "share", "expected_per_second"),
    [(25, 0.8, 20), (25, 1.0, 25), (10, 0.5, 5), (30, 0.25, 7.5)],
)
async def test_broadcasts_alone_keep_to_their_share(
    per_second: float, share: float, expected_per_second: float
) -> None:
    time = FakeTime()
    pace = limiter(time, per_second=per_second, broadcast_share=share)
    started = time.now
    for _ in range(200):
        await pace.broadcast_turn()
    assert 199 / (time.now - started) == pytest.approx(expected_per_second, rel=0.01)
    assert pace.broadcast_per_second == pytest.approx(expected_per_second)


async def test_a_reply_during_a_batch_waits_at_most_one_slot() -> None:
    time = FakeTime()
    pace = limiter(time, per_second=25, broadcast_share=0.8)
    for _ in range(50):
        await pace.broadcast_turn()
    arrived = time.now
    left = await reply(pace, time)
    assert left - arrived <= 1 / 25 + 1e-9


async def test_replies_take_the_slots_before_broadcasts() -> None:
    time = FakeTime()
    pace = limiter(time, per_second=10, broadcast_share=1.0)
    await pace.broadcast_turn()
    # Ten replies arrive at once: they reserve the next ten slots (five of them a burst)...
    for _ in range(10):
        await pace.process_request(
            lambda: asyncio.sleep(0, True), (), {}, "sendMessage", {"chat_id": 1}, 0
        )
    replies_done = time.now
    # ...so the next broadcast comes after every one of them.
    await pace.broadcast_turn()
    assert time.now >= replies_done


async def test_broadcasts_use_what_replies_leave() -> None:
    time = FakeTime()
    pace = limiter(time, per_second=20, broadcast_share=1.0)
    started = time.now
    next_reply, replies, broadcasts = started, 0, 0
    # One reply every 0.2 s (5/s) beside a batch: the batch gets the other 15/s.
    while time.now - started < 20:
        if time.now >= next_reply:
            await reply(pace, time)
            replies += 1
            next_reply += 0.2
        await pace.broadcast_turn()
        broadcasts += 1
    assert replies == pytest.approx(100, abs=2)
    assert broadcasts / 20 == pytest.approx(15, rel=0.05)


async def test_a_429_holds_every_lane() -> None:
    time = FakeTime()
    pace = limiter(time, per_second=25, broadcast_share=0.8)
    calls = 0

    async def throttled_once() -> bool:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RetryAfter(3)
        return True

    began = time.now
    await pace.process_request(throttled_once, (), {}, "sendMessage", {"chat_id": 1}, None)
    assert calls == 2
    assert time.now - began >= 3
    held_from = time.now
    pace.hold(2)
    await pace.broadcast_turn()
    assert time.now - held_from >= 2


async def test_paid_broadcasts_leave_the_free_rate_to_replies() -> None:
    time = FakeTime()
    pace = limiter(time, per_second=25, broadcast_share=0.8, paid_per_second=1000)
    assert pace.paid_broadcasts
    started = time.now
    for _ in range(1001):
        await pace.broadcast_turn()
    assert time.now - started == pytest.approx(1.0, rel=0.01)
    arrived = time.now
    assert await reply(pace, time) == arrived  # the free rate was not touched


async def test_calls_to_no_chat_are_not_paced() -> None:
    time = FakeTime()
    pace = limiter(time, per_second=1)
    for _ in range(5):
        await pace.process_request(lambda: asyncio.sleep(0, True), (), {}, "getUpdates", {}, None)
    assert time.now == 100.0


@pytest.mark.parametrize(("per_second", "share"), [(0, 0.5), (-1, 0.5), (25, 0), (25, 1.5)])
def test_a_bad_rate_or_share_is_refused(per_second: float, share: float) -> None:
    with pytest.raises(ValueError, match="rate"):
        SendLimiter(per_second=per_second, broadcast_share=share)
