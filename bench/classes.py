"""Benchmark a teacher's class: /class, its CSV and chart, and the weekly digest of many classes.

Run: .venv/bin/python bench/classes.py [--database-url URL] [--classes 100] [--students 40]
     [--rounds 30]

Seeds CLASSES classes of STUDENTS students (a teacher each), every student with a session on
most of the last 14 days (5 answers each), then times the teacher's /class (the week's figures,
topics, most-missed problems, at-risk and inactive students), rendering its CSV and its chart,
and one digest run over every class with a sender that sends nothing. Goals: /class under 100 ms
for a class of 40; the digest of 100 classes in well under a minute.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alembic import command
from sqlalchemy import insert, select, text

from bot.tutor.classes import ClassDigests, ClassWeek
from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.reminders import Delivery
from bot.tutor.replies import View
from bot.ui.render import Renderer
from db.engine import create_engine, create_session_factory
from db.models import (
    ClassMember,
    PracticeSession,
    Problem,
    Response,
    SchoolClass,
    Streak,
    Student,
    Teacher,
)
from db.uow import UnitOfWork
from tests.conftest import alembic_config, clear_tables

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/dars_classes_bench"
DHAKA = ZoneInfo("Asia/Dhaka")
# A Thursday evening: the digest is due, and /class shows Friday to Thursday.
NOW = datetime(2026, 12, 10, 18, 5, tzinfo=DHAKA).astimezone(UTC)
TOPICS = ["Fractions", "Ratio", "Integers", "Algebra", "Geometry", "Percent"]


class SilentSender:
    """Takes every digest and sends nothing: the job's own cost, not Telegram's."""

    def __init__(self) -> None:
        self.count = 0

    async def wait_for_turn(self) -> bool:
        return True

    async def deliver_view(self, telegram_id: int, language: Language, view: View) -> Delivery:
        self.count += 1
        return Delivery.DELIVERED


async def seed(url: str, classes: int, per_class: int) -> None:
    """Fill the database with classes, students, sessions and answers."""
    engine = create_engine(url)
    await clear_tables(engine, keep=set())
    rng = random.Random(1)
    today = NOW.astimezone(DHAKA).date()
    async with engine.begin() as connection:
        problems = [
            {
                "key": f"g7-bench-{n:04d}",
                "family": f"g7-bench-{n:04d}",
                "grade": 7,
                "topic": TOPICS[n % len(TOPICS)].lower(),
                "topic_en": TOPICS[n % len(TOPICS)],
                "topic_bn": "বিষয়",
                "question_en": f"Question {n}",
                "question_bn": f"প্রশ্ন {n}",
                "answer": "5",
                "answer_kind": "integer",
                "answer_spec": {},
                "hints": [],
                "difficulty": 1 + n % 3,
            }
            for n in range(60)
        ]
        await connection.execute(insert(Problem), problems)
        problem_ids = list((await connection.execute(select(Problem.problem_id))).scalars())
        teachers = [
            {"telegram_id": 5_000_000 + c, "name": f"Teacher {c}", "language": "en"}
            for c in range(classes)
        ]
        await connection.execute(insert(Teacher), teachers)
        teacher_ids = list((await connection.execute(select(Teacher.teacher_id))).scalars())
        await connection.execute(
            insert(SchoolClass),
            [
                {"teacher_id": t, "name": f"Class {i}", "code": f"{i:06d}"}
                for i, t in enumerate(teacher_ids)
            ],
        )
        class_ids = list((await connection.execute(select(SchoolClass.class_id))).scalars())
        students = [
            {"telegram_id": 6_000_000 + n, "name": f"Student {n}", "grade": 7, "language": "bn"}
            for n in range(classes * per_class)
        ]
        await connection.execute(insert(Student), students)
        student_ids = list((await connection.execute(select(Student.student_id))).scalars())
        await connection.execute(
            insert(ClassMember),
            [
                {"student_id": s, "class_id": class_ids[i // per_class]}
                for i, s in enumerate(student_ids)
            ],
        )
        sessions, streaks = [], []
        for student_id in student_ids:
            days = [d for d in range(14) if rng.random() < 0.7]
            for d in days:
                sessions.append(
                    {
                        "student_id": student_id,
                        "date": today - timedelta(days=d),
                        "status": "completed",
                        "problem_ids": rng.sample(problem_ids, 5),
                        "expires_at": NOW,
                        "problems_correct": 0,
                    }
                )
            last = today - timedelta(days=min(days)) if days else None
            streaks.append(
                {
                    "student_id": student_id,
                    "current_streak": 1 if days else 0,
                    "longest_streak": 1 if days else 0,
                    "last_practice_date": last,
                }
            )
        await connection.execute(insert(Streak), streaks)
        for start in range(0, len(sessions), 5000):
            await connection.execute(insert(PracticeSession), sessions[start : start + 5000])
        rows = (
            await connection.execute(
                select(PracticeSession.session_id, PracticeSession.problem_ids)
            )
        ).all()
        responses = [
            {
                "session_id": session_id,
                "problem_id": problem_id,
                "student_answer": "5",
                "is_correct": rng.random() < 0.7,
                "evaluated_at": NOW,
            }
            for session_id, ids in rows
            for problem_id in ids
        ]
        for start in range(0, len(responses), 10000):
            await connection.execute(insert(Response), responses[start : start + 10000])
        if connection.dialect.name == "postgresql":
            await connection.execute(text("ANALYZE"))
    print(
        f"seeded {classes} classes, {len(student_ids)} students, {len(sessions)} sessions, "
        f"{len(responses)} answers"
    )
    await engine.dispose()


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"p50 {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


async def main() -> None:
    """Seed, then time /class, the CSV, the chart and the digest."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--classes", type=int, default=100)
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=30)
    arguments = parser.parse_args()
    url = arguments.database_url
    if url.startswith("postgresql"):
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
    started = time.perf_counter()
    await seed(url, arguments.classes, arguments.students)
    print(f"seeding took {time.perf_counter() - started:.1f} s")

    engine = create_engine(url)
    unit_of_work = partial(UnitOfWork, create_session_factory(engine))
    tutor = Tutor(unit_of_work=unit_of_work, timezone=DHAKA)
    renderer = Renderer(timezone=DHAKA, problems_per_session=5)
    teacher = 5_000_000  # the first class's teacher
    views, csvs, charts = [], [], []
    week: ClassWeek | None = None
    for _ in range(arguments.rounds):
        began = time.perf_counter()
        reply = await tutor.class_view(telegram_id=teacher, now=NOW)
        views.append(time.perf_counter() - began)
        found = reply.views[0]
        assert isinstance(found, ClassWeek)
        week = found
    assert week is not None
    print(f"/class for a class of {len(week.students)}: {_ms(views)}")
    from bot.ui.class_files import class_chart, class_csv

    for _ in range(arguments.rounds):
        began = time.perf_counter()
        class_csv(week, Language.BN)
        csvs.append(time.perf_counter() - began)
        began = time.perf_counter()
        chart = class_chart(week, Language.BN)
        charts.append(time.perf_counter() - began)
    print(f"its CSV: {_ms(csvs)}; its chart: {_ms(charts)} ({len(chart):,} bytes)")
    text_time = []
    for _ in range(arguments.rounds):
        began = time.perf_counter()
        renderer.message(week, Language.BN)
        text_time.append(time.perf_counter() - began)
    print(f"its text: {_ms(text_time)}")

    digests = ClassDigests(unit_of_work=unit_of_work, timezone=DHAKA)
    sender = SilentSender()
    began = time.perf_counter()
    report = await digests.send_digests(sender, now=NOW)
    elapsed = time.perf_counter() - began
    print(
        f"digest of {report.claimed} classes: {elapsed:.2f} s "
        f"({elapsed / max(report.sent, 1) * 1000:.1f} ms each), {sender.count} handed over"
    )
    again = await digests.send_digests(sender, now=NOW + timedelta(minutes=1))
    print(f"rerun: {again.claimed} claimed, {again.sent} sent")
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
