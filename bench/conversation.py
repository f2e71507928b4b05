"""Benchmark the conversation: many students answering at once through a local Bot API server.

Run: .venv/bin/python bench/conversation.py [--students 200] [--database-url URL]

Seeds PostgreSQL with 10,000 registered students and 500,000 past responses, then drives
simulated students through full sessions concurrently, via the real PTB Application polling a local
fake Bot API server. Prints updates handled per second, the tutor's own handling time per answer
(p50, p99) and the database statements per answer.
"""

from __future__ import annotations

import argparse
import asyncio
import contextvars
import gc
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bench.seeding import FIRST_TELEGRAM_ID, answer_key, create_database, open_problem, seed_school
from bot.settings import Settings
from db.engine import create_engine, create_session_factory
from tests.e2e.conftest import TEST_TOKEN, start_bot
from tests.e2e.fake_telegram import FakeTelegram

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/dars_bench"
_in_answer: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar(
    "in_answer", default=None
)


async def drive_student(
    telegram: FakeTelegram,
    sessions: async_sessionmaker[AsyncSession],
    user: int,
    answers: dict[int, str],
    start_after: float,
) -> int:
    """Take one student through /practice and five answers; return the updates sent."""
    await asyncio.sleep(start_after)
    sent = len(telegram.messages_to(user))
    telegram.send_text(user, "/practice")
    sent += 1
    await telegram.wait_for(user, sent, within=60)
    updates = 1
    for _ in range(5):
        # The benchmark reads which problem is open through its own connection.
        current = await open_problem(sessions, user)
        if current is None:
            raise LookupError(f"student {user} has no open problem")
        telegram.send_text(user, answers[current.problem_id])
        updates += 1
        sent += 1  # feedback and the next problem (or the summary), in one message
        await telegram.wait_for(user, sent, within=60)
    return updates


async def main() -> None:
    """Seed, run and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--seed-students", type=int, default=10_000)
    parser.add_argument("--seed-responses", type=int, default=500_000)
    parser.add_argument(
        "--ramp-seconds",
        type=float,
        default=10.0,
        help="students start at random moments over this many seconds (0: all at once)",
    )
    arguments = parser.parse_args()

    await create_database(arguments.database_url)
    started = time.perf_counter()
    await seed_school(arguments.database_url, arguments.seed_students, arguments.seed_responses)
    print(
        f"seeded {arguments.seed_students:,} students and {arguments.seed_responses:,} responses "
        f"in {time.perf_counter() - started:.1f} s"
    )
    # The generated library the seeding built stays in this process; a bot never holds it.
    # Freezing it keeps the collector's full passes over it out of the timings.
    gc.collect()
    gc.freeze()

    bench_engine = create_engine(arguments.database_url)
    bench_sessions = create_session_factory(bench_engine)
    answers = await answer_key(bench_sessions)

    telegram = FakeTelegram()
    await telegram.start()
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=arguments.database_url,
        TELEGRAM_RATE_LIMIT_PER_SECOND=30,
        DATABASE_POOL_SIZE=10,
    )
    bot = await start_bot(settings)
    tutor = bot.runtime.tutor
    timings: list[float] = []
    statement_counts: list[int] = []

    @event.listens_for(bot.runtime.engine.sync_engine, "before_cursor_execute")
    def count_statement(*_: object) -> None:
        counter = _in_answer.get()
        if counter is not None:
            counter[0] += 1

    original = tutor.submit_text

    async def timed_submit_text(**kwargs: Any) -> Any:
        counter = [0]
        token = _in_answer.set(counter)
        begun = time.perf_counter()
        try:
            return await original(**kwargs)
        finally:
            timings.append(time.perf_counter() - begun)
            statement_counts.append(counter[0])
            _in_answer.reset(token)

    tutor.submit_text = timed_submit_text  # type: ignore[method-assign]
    lags: list[float] = []
    ramp = random.Random(1)

    async def watch_loop_lag() -> None:
        # How late a 10 ms sleep wakes up: the event loop's own queueing, shared by every task.
        while True:
            begun = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append((time.perf_counter() - begun - 0.01) * 1000)

    watcher = asyncio.create_task(watch_loop_lag())
    started = time.perf_counter()
    results = await asyncio.gather(
        *(
            drive_student(
                telegram,
                bench_sessions,
                FIRST_TELEGRAM_ID + i,
                answers,
                ramp.uniform(0, arguments.ramp_seconds),
            )
            for i in range(arguments.students)
        ),
        return_exceptions=True,
    )
    elapsed = time.perf_counter() - started
    watcher.cancel()
    updates = sum(r for r in results if isinstance(r, int))
    errors = sum(1 for r in results if isinstance(r, BaseException))
    await bot.stop()
    await telegram.stop()
    await bench_engine.dispose()

    # The rate limiter caps sends at 30/s; the tutor's own time is what the goals are about.
    timings_ms = sorted(t * 1000 for t in timings)

    def percentile(share: float) -> float:
        return timings_ms[min(len(timings_ms) - 1, int(len(timings_ms) * share))]

    print(
        f"students: {arguments.students} starting over {arguments.ramp_seconds:g} s, "
        f"updates: {updates}, errors: {errors}"
    )
    print(f"updates handled per second (bounded by the 30/s send limit): {updates / elapsed:.1f}")
    print(
        f"tutor handling time per answer: p50 {percentile(0.5):.1f} ms, "
        f"p90 {percentile(0.9):.1f} ms, p99 {percentile(0.99):.1f} ms, "
        f"max {timings_ms[-1]:.1f} ms (goal p99 < 30 ms)"
    )
    lags.sort()
    print(
        f"event loop lag (bot, fake Telegram server and simulated students share one process): "
        f"p50 {statistics.median(lags):.1f} ms, p99 {lags[int(len(lags) * 0.99)]:.1f} ms"
    )
    print(
        f"database statements per answer: max {max(statement_counts)}, "
        f"mean {statistics.mean(statement_counts):.1f} (goal <= 6)"
    )


if __name__ == "__main__":
    asyncio.run(main())
