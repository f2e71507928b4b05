"""Benchmark the streak reminder job on a large school, and replies to students during a batch.

Run: .venv/bin/python bench/reminders.py [--students 100000] [--due 20000] [--window 30]

Seeds PostgreSQL with 100,000 students, 20,000 of them with a live streak and no practice today;
the local Bot API server runs in a process of its own (bench/telegram_server.py), as Telegram is
another machine. Prints, each beside its goal and the figure before this change:
- the time to find the due students (goal under 1 s);
- the pace of a batch alone at 25 messages/s (goal within 5%);
- replies to students (8 a second, at random) while a 20,000-reminder batch goes out: their
  delay without a batch, with the batch as it was (one AIORateLimiter for both, reminders at 80%
  of it) and as it is (SendLimiter: replies first); goal: added delay p99 under 1 s, and the
  batch running at the rate the replies leave;
- the whole job (claims, sends, bookkeeping) with the pace lifted (goal at least 1,000/s), and
  with paid broadcasts at 1,000/s; duplicates and what a rerun sends (goal 0 and 0).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
from sqlalchemy import text
from telegram import Bot
from telegram.ext import AIORateLimiter, BaseRateLimiter, ExtBot
from telegram.request import HTTPXRequest

from bench.seeding import create_database
from bot.telegram.broadcast_request import BroadcastTransport
from bot.telegram.limiter import SendLimiter
from bot.telegram.notifier import TelegramNotifier
from bot.tutor.language import Language
from bot.tutor.reminders import (
    MAX_CONCURRENT_SENDS,
    JobReport,
    Notification,
    Notifications,
    ReminderKind,
)
from bot.ui.render import Renderer
from db.engine import create_engine, create_session_factory
from db.uow import UnitOfWork
from tests.conftest import clear_tables

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/dars_reminders_bench"
DHAKA = ZoneInfo("Asia/Dhaka")
TODAY = date(2026, 11, 23)
AT_19_05 = datetime.combine(TODAY, clock(19, 5), tzinfo=DHAKA)
RATE, SHARE = 25.0, 0.8  # the defaults of TELEGRAM_RATE_LIMIT_PER_SECOND and ..._BROADCAST_SHARE
REPLIES_PER_SECOND = 8.0
# Measured before this change (README, 2026-11-23 and the soak run): the whole job with the pace
# lifted; reminders a second while 500 students practised.
BEFORE_LIFTED = "115/s"


async def seed(url: str, students: int, due: int) -> None:
    """Students 1..due practised yesterday; the rest lapsed a week ago."""
    engine = create_engine(url)
    await clear_tables(engine, keep={"problems"})
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO students (telegram_id, name, grade, language) "
                "SELECT g, 'Student ' || g, 6 + g % 3, CASE WHEN g % 3 = 0 THEN 'en' ELSE 'bn' END "
                "FROM generate_series(1, :n) AS g"
            ),
            {"n": students},
        )
        await connection.execute(
            text(
                "INSERT INTO streaks (student_id, current_streak, longest_streak, "
                "last_practice_date, milestones_achieved, freezes) "
                "SELECT student_id, 1 + student_id % 40, 1 + student_id % 40, "
                "CASE WHEN student_id <= :due THEN CAST(:yesterday AS date) "
                "ELSE CAST(:lapsed AS date) END, '[]'::jsonb, 0 FROM students"
            ),
            {
                "due": due,
                "yesterday": TODAY - timedelta(days=1),
                "lapsed": TODAY - timedelta(days=7),
            },
        )
        await connection.execute(text("ANALYZE"))
    await engine.dispose()


class TelegramProcess:
    """The fake Bot API server in a child process."""

    def __init__(self) -> None:
        self._child = subprocess.Popen(
            [sys.executable, "-m", "bench.telegram_server"],
            cwd=Path(__file__).resolve().parents[1],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._child.stdout is not None
        self.url = self._child.stdout.readline().strip()

    async def call(self, method: str) -> dict[str, int]:
        async with httpx.AsyncClient() as client:
            answer = await client.post(f"{self.url}/bot1:BENCH/{method}", json={})
            result: dict[str, int] = json.loads(answer.content)["result"]
            return result

    def stop(self) -> None:
        self._child.terminate()
        self._child.wait(10)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


async def send_replies(bot: Bot, seconds: float, seed: int) -> list[float]:
    """Send replies at random moments, REPLIES_PER_SECOND on average; return their delays."""
    chance = random.Random(seed)
    delays: list[float] = []
    pending: set[asyncio.Task[None]] = set()

    async def one(chat_id: int) -> None:
        began = time.perf_counter()
        await bot.send_message(chat_id, "✅ Correct! Problem 3/5: 3/4 + 1/8 = ?")
        delays.append(time.perf_counter() - began)

    ends = time.perf_counter() + seconds
    while time.perf_counter() < ends:
        await asyncio.sleep(chance.expovariate(REPLIES_PER_SECOND))
        task = asyncio.create_task(one(900_000 + chance.randrange(500)))
        pending.add(task)
        task.add_done_callback(pending.discard)
    await asyncio.gather(*pending)
    return delays


async def forget_reminders(url: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("DELETE FROM reminder_log"))
    await engine.dispose()


async def batch_with_replies(
    url: str,
    notifications: Notifications,
    renderer: Renderer,
    telegram: TelegramProcess,
    *,
    limiter: BaseRateLimiter[int],
    notifier_for: Callable[[ExtBot[int], Callable[[], bool]], TelegramNotifier] | None,
    window: float,
) -> tuple[list[float], JobReport | None]:
    """Run replies for `window` seconds, beside a reminder batch if `notifier_for` is given."""
    await forget_reminders(url)
    request = HTTPXRequest(connection_pool_size=MAX_CONCURRENT_SENDS)
    bot: ExtBot[int] = ExtBot(
        "1:BENCH", base_url=f"{telegram.url}/bot", request=request, rate_limiter=limiter
    )
    async with bot:
        job: Awaitable[JobReport] | None = None
        if notifier_for is not None:
            stop_at = time.perf_counter() + window
            notifier = notifier_for(bot, lambda: time.perf_counter() < stop_at)
            job = notifications.send_reminders(notifier, now=AT_19_05)
        job_task = asyncio.ensure_future(job) if job is not None else None
        delays = await send_replies(bot, window, seed=7)
        report = await job_task if job_task is not None else None
    return delays, report


def print_delays(label: str, delays: list[float]) -> None:
    print(
        f"  {label:44} p50 {statistics.median(delays) * 1000:6.0f} ms  "
        f"p99 {percentile(delays, 0.99) * 1000:6.0f} ms  ({len(delays)} replies)"
    )


async def whole_job(
    notifications: Notifications,
    renderer: Renderer,
    telegram: TelegramProcess,
    url: str,
    limiter: SendLimiter,
) -> tuple[JobReport, float]:
    await forget_reminders(url)
    await telegram.call("benchReset")
    transport = BroadcastTransport("1:BENCH", api_url=telegram.url)
    async with transport:
        notifier = TelegramNotifier(transport, renderer, limiter=limiter)
        started, cpu = time.perf_counter(), time.process_time()
        report = await notifications.send_reminders(notifier, now=AT_19_05)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"  (the job's own CPU: {cpu / max(report.sent, 1) * 1000:.2f} ms a message, so "
            f"{max(report.sent, 1) / cpu:,.0f} messages/s on a core of its own; the machine's "
            "two cores also ran Telegram's stand-in, PostgreSQL and whatever else ran)"
        )
        return report, elapsed


async def main() -> None:
    """Seed, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--students", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=20_000)
    parser.add_argument("--paced-messages", type=int, default=250)
    parser.add_argument("--window", type=float, default=30.0, help="seconds of replies per run")
    arguments = parser.parse_args()
    url = arguments.database_url
    await create_database(url)
    await seed(url, arguments.students, arguments.due)
    print(f"seeded {arguments.students:,} students, {arguments.due:,} with a live streak")

    engine = create_engine(url, pool_size=5)
    sessions = create_session_factory(engine)
    notifications = Notifications(
        unit_of_work=lambda: UnitOfWork(sessions),
        timezone=DHAKA,
        default_reminder_time=clock(19, 0),
    )
    renderer = Renderer(timezone=DHAKA, problems_per_session=5)
    telegram = TelegramProcess()
    try:
        started = time.perf_counter()
        dry = await notifications.send_reminders(None, now=AT_19_05, dry_run=True)  # type: ignore[arg-type]
        print(
            f"finding due students: {dry.due:,} due in {time.perf_counter() - started:.2f} s "
            "(goal < 1 s; before 0.45 s)"
        )

        async with BroadcastTransport("1:BENCH", api_url=telegram.url) as transport:
            paced = TelegramNotifier(transport, renderer, per_second=RATE)
            sample = Notification(
                1, Language.BN, ReminderKind.STREAK_REMINDER, streak=12, freezes=1
            )
            started = time.perf_counter()
            for _ in range(arguments.paced_messages):
                await paced.send(sample)
            rate = (arguments.paced_messages - 1) / (time.perf_counter() - started)
        print(
            f"a batch alone, paced at {RATE:.0f}/s: {rate:.1f} messages/s over "
            f"{arguments.paced_messages} (goal 23.75-26.25; before 25.1)"
        )

        window = arguments.window
        print(
            f"replies ({REPLIES_PER_SECOND:.0f}/s at random) for {window:.0f} s, limit "
            f"{RATE:.0f}/s, reminders' share {SHARE:.0%}:"
        )
        alone, _ = await batch_with_replies(
            url,
            notifications,
            renderer,
            telegram,
            limiter=SendLimiter(per_second=RATE, broadcast_share=SHARE),
            notifier_for=None,
            window=window,
        )
        print_delays("no batch", alone)

        # Before: one AIORateLimiter for replies and reminders; the notifier paced itself at
        # 80% of the limit and sent through the same limited bot.
        before, before_report = await batch_with_replies(
            url,
            notifications,
            renderer,
            telegram,
            limiter=AIORateLimiter(overall_max_rate=RATE, max_retries=3),
            notifier_for=lambda bot, keep: TelegramNotifier(
                bot, renderer, per_second=RATE * SHARE, keep_sending=keep
            ),
            window=window,
        )
        print_delays("batch, before (one AIORateLimiter)", before)

        # Now: the bot's wiring (bot/telegram/application.py): one SendLimiter, replies through
        # PTB's bot, reminders through a broadcast bot in the limiter's broadcast lane.
        shared = SendLimiter(per_second=RATE, broadcast_share=SHARE)
        async with BroadcastTransport("1:BENCH", api_url=telegram.url) as broadcasts:
            after, after_report = await batch_with_replies(
                url,
                notifications,
                renderer,
                telegram,
                limiter=shared,
                notifier_for=lambda _, keep: TelegramNotifier(
                    broadcasts, renderer, limiter=shared, keep_sending=keep
                ),
                window=window,
            )
        print_delays("batch, now (SendLimiter: replies first)", after)
        added_before = percentile(before, 0.99) - percentile(alone, 0.99)
        added_after = percentile(after, 0.99) - percentile(alone, 0.99)
        print(
            f"  replies' added delay p99: {added_after * 1000:.0f} ms "
            f"(goal < 1,000 ms; before {added_before * 1000:.0f} ms)"
        )
        left = min(RATE - len(after) / window, RATE * SHARE)
        for label, report in (("before", before_report), ("now", after_report)):
            assert report is not None
            print(
                f"  the batch, {label}: {report.sent / window:.1f} reminders/s "
                f"(what replies leave, up to the share: {left:.1f}/s)"
            )

        lifted, elapsed = await whole_job(
            notifications, renderer, telegram, url, SendLimiter(per_second=1e9)
        )
        stats = await telegram.call("benchStats")
        print(
            f"pace lifted: the whole job sent {lifted.sent:,} in {elapsed:.1f} s = "
            f"{lifted.sent / elapsed:,.0f} messages/s, claims and bookkeeping included "
            f"(goal >= 1,000/s; before {BEFORE_LIFTED})"
        )
        rerun_limiter = SendLimiter(per_second=1e9)
        async with BroadcastTransport("1:BENCH", api_url=telegram.url) as transport:
            rerun = await notifications.send_reminders(
                TelegramNotifier(transport, renderer, limiter=rerun_limiter),
                now=AT_19_05 + timedelta(minutes=1),
            )
        print(
            f"duplicates: {stats['duplicates']} among {stats['sent']:,} received; "
            f"a rerun sent {rerun.sent} (goal 0 and 0)"
        )

        paid, elapsed = await whole_job(
            notifications,
            renderer,
            telegram,
            url,
            SendLimiter(per_second=RATE, broadcast_share=SHARE, paid_per_second=1000),
        )
        print(
            f"paid broadcasts at 1,000/s (TELEGRAM_PAID_BROADCAST_PER_SECOND=1000): "
            f"{paid.sent:,} in {elapsed:.1f} s = {paid.sent / elapsed:,.0f} messages/s, the "
            "whole job (the sends keep the paid pace; finding and claiming 20,000 take ~1 s)"
        )
    finally:
        telegram.stop()
        await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
