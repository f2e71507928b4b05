"""Benchmark the streak reminder job on a large school.

Run: .venv/bin/python bench/reminders.py [--students 100000] [--due 20000]

Seeds PostgreSQL with 100,000 students, 20,000 of them with a live streak and no practice today,
then prints: the time to find the due students (goal under 1 s); the send rate through the local
Bot API server with the pace set to 25 messages/s (goal within 5% of 25/s) and lifted (goal at
least 1,000/s for the whole job, claims and bookkeeping included); and duplicates (goal zero).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alembic import command
from sqlalchemy import text
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.telegram.notifier import TelegramNotifier
from bot.tutor.language import Language
from bot.tutor.reminders import Notification, Notifications, ReminderKind
from bot.ui.render import Renderer
from db.engine import create_engine, create_session_factory
from db.uow import UnitOfWork
from tests.conftest import alembic_config, clear_tables
from tests.e2e.fake_telegram import FakeTelegram

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/dars_reminders_bench"
DHAKA = ZoneInfo("Asia/Dhaka")
TODAY = date(2026, 11, 23)


async def create_database(url: str) -> None:
    """Create the benchmark's own database if it is missing, and migrate it."""
    admin = create_engine("postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    async with admin.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        name = url.rsplit("/", 1)[1]
        if not await connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        ):
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")


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


async def main() -> None:
    """Seed, measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--students", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=20_000)
    parser.add_argument("--paced-messages", type=int, default=250)
    arguments = parser.parse_args()
    await create_database(arguments.database_url)
    await seed(arguments.database_url, arguments.students, arguments.due)
    print(f"seeded {arguments.students:,} students, {arguments.due:,} with a live streak")

    engine = create_engine(arguments.database_url, pool_size=5)
    sessions = create_session_factory(engine)
    notifications = Notifications(
        unit_of_work=lambda: UnitOfWork(sessions),
        timezone=DHAKA,
        default_reminder_time=clock(19, 0),
    )
    at_19_05 = datetime.combine(TODAY, clock(19, 5), tzinfo=DHAKA)
    telegram = FakeTelegram()
    await telegram.start()
    renderer = Renderer(timezone=DHAKA, problems_per_session=5)
    request = HTTPXRequest(connection_pool_size=32)
    async with Bot("1:BENCH", base_url=f"{telegram.url}/bot", request=request) as bot:

        async def unused(_: Notification) -> object:
            raise AssertionError("a dry run sends nothing")

        started = time.perf_counter()
        dry = await notifications.send_reminders(unused, now=at_19_05, dry_run=True)  # type: ignore[arg-type]
        print(
            f"finding due students: {dry.due:,} due in {time.perf_counter() - started:.2f} s (goal < 1 s)"
        )

        paced = TelegramNotifier(bot, renderer, per_second=25)
        sample = Notification(1, Language.BN, ReminderKind.STREAK_REMINDER, streak=12, freezes=1)
        started = time.perf_counter()
        for _ in range(arguments.paced_messages):
            await paced.send(sample)
        rate = arguments.paced_messages / (time.perf_counter() - started)
        print(
            f"paced at 25/s: {rate:.1f} messages/s over {arguments.paced_messages} (goal 23.75-26.25)"
        )

        telegram.sent.clear()
        lifted = TelegramNotifier(bot, renderer, per_second=1_000_000)
        started = time.perf_counter()
        report = await notifications.send_reminders(lifted, now=at_19_05)
        elapsed = time.perf_counter() - started
        print(
            f"pace lifted: the whole job sent {report.sent:,} in {elapsed:.1f} s = "
            f"{report.sent / elapsed:,.0f} messages/s, claims and bookkeeping included (goal >= 1,000/s)"
        )
        per_chat = Counter(m.chat_id for m in telegram.sent)
        duplicates = sum(count - 1 for count in per_chat.values() if count > 1)
        rerun = await notifications.send_reminders(lifted, now=at_19_05 + timedelta(minutes=1))
        print(f"duplicates: {duplicates}; a rerun sent {rerun.sent} (goal 0 and 0)")
    await telegram.stop()
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
