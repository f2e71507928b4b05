"""Benchmark session building for a student with a long review queue.

Run: .venv/bin/python bench/review.py [--database-url URL] [--items 1000] [--rounds 50]

Gives one grade 8 student 1,000 review items (all due), then times /practice
creating a new session (reviews, levels, recent topics, selection, inserts) many times.
Goal: under 20 ms per session built.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alembic import command
from sqlalchemy import func, select, text, update

from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from db.engine import create_engine, create_session_factory
from db.enums import SessionStatus
from db.models import PracticeSession, Problem, ReviewItem, Student
from db.uow import UnitOfWork
from tests.conftest import alembic_config, clear_tables
from tests.library_loader import ensure_library

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/dars_review_bench"


async def main() -> None:
    """Seed one student's queue and time session building."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=50)
    arguments = parser.parse_args()
    if arguments.database_url.startswith("postgresql"):
        admin = create_engine("postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
        async with admin.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            name = arguments.database_url.rsplit("/", 1)[1]
            if not await connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            ):
                await connection.execute(text(f'CREATE DATABASE "{name}"'))
        await admin.dispose()
    await asyncio.to_thread(command.upgrade, alembic_config(arguments.database_url), "head")

    engine = create_engine(arguments.database_url)
    await clear_tables(engine, keep={"problems"})
    session_factory = create_session_factory(engine)
    await ensure_library(session_factory)
    now = datetime(2026, 11, 23, 11, tzinfo=UTC)
    async with session_factory() as session:
        student = Student(telegram_id=42, name="Rafiq", grade=8, language=Language.BN)
        session.add(student)
        await session.flush()
        library = list((await session.scalars(select(Problem).where(Problem.grade == 8))).all())
        # The library has 94 grade 8 problems; copies under bench keys make 1,000 distinct ones.
        existing = await session.scalar(
            select(func.count()).select_from(Problem).where(Problem.key.like("g8-bench-%"))
        )
        for number in range(existing or 0, arguments.items):
            source = library[number % len(library)]
            session.add(
                Problem(
                    key=f"g8-bench-{number:05d}",
                    family=f"g8-bench-{number:05d}",
                    grade=8,
                    topic=source.topic,
                    topic_en=source.topic_en,
                    topic_bn=source.topic_bn,
                    question_en=source.question_en,
                    question_bn=source.question_bn,
                    answer=source.answer,
                    answer_kind=source.answer_kind,
                    answer_spec=source.answer_spec,
                    hints=source.hints,
                    difficulty=source.difficulty,
                )
            )
        await session.flush()
        bench_problems = (
            await session.scalars(select(Problem.problem_id).where(Problem.key.like("g8-bench-%")))
        ).all()
        for index, problem_id in enumerate(bench_problems[: arguments.items]):
            session.add(
                ReviewItem(
                    student_id=student.student_id,
                    problem_id=problem_id,
                    due_at=now - timedelta(days=index % 30 + 1),
                    fsrs_card={"state": 2},
                    reviews=1,
                )
            )
        await session.commit()
        student_telegram_id = student.telegram_id

    # The generated library the seeding built stays in this process; a bot never holds it.
    # Freezing it keeps the collector's full passes over it out of the timings.
    gc.collect()
    gc.freeze()
    tutor = Tutor(
        unit_of_work=partial(UnitOfWork, session_factory), timezone=ZoneInfo("Asia/Dhaka")
    )
    timings = []
    for round_number in range(arguments.rounds + 5):
        started = time.perf_counter()
        await tutor.practice(
            telegram_id=student_telegram_id, now=now + timedelta(seconds=round_number)
        )
        elapsed = time.perf_counter() - started
        if round_number >= 5:  # the first rounds warm the connection pool and caches
            timings.append(elapsed * 1000)
        async with session_factory() as session:
            await session.execute(update(PracticeSession).values(status=SessionStatus.ABANDONED))
            await session.commit()
    await engine.dispose()
    timings.sort()
    print(f"backend: {arguments.database_url.split(':', 1)[0]}, review items: {arguments.items}")
    print(
        f"session building (/practice, new session): p50 {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(len(timings) * 0.95)]:.1f} ms, max {timings[-1]:.1f} ms (goal < 20 ms)"
    )


if __name__ == "__main__":
    asyncio.run(main())
