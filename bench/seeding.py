"""The conversation benchmarks' database: create and migrate it, seed a school, find a student.

Shared by bench/conversation.py and bench/soak.py. Seeding empties every table but the problems:
point these scripts only at a database of their own.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from alembic import command
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ui.buttons import HintButton, SkipButton
from db.engine import create_engine, create_session_factory
from db.models import Problem
from tests.conftest import alembic_config, clear_tables
from tests.library_loader import ensure_library

ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
FIRST_TELEGRAM_ID = 1_000_001  # the seeded students are 1,000,001, 1,000,002...


async def create_database(url: str) -> None:
    """Create the benchmark's PostgreSQL database if it is missing, and migrate it to head."""
    admin = create_engine(ADMIN_URL)
    async with admin.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        name = url.rsplit("/", 1)[1]
        exists = await connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        )
        if not exists:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")


async def seed_school(database_url: str, students: int, responses: int) -> None:
    """Empty the database, load the library, and add registered students with past sessions.

    The history is 15 to 314 days old, so none of it counts as recently seen.
    """
    engine = create_engine(database_url)
    await clear_tables(engine, keep={"problems"})
    await ensure_library(create_session_factory(engine))
    sessions = responses // 5
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO students (telegram_id, name, grade, language) "
                "SELECT :first - 1 + g, 'Student ' || g, 6 + g % 3, CASE WHEN g % 2 = 0 "
                "THEN 'bn' ELSE 'en' END FROM generate_series(1, :n) AS g"
            ),
            {"n": students, "first": FIRST_TELEGRAM_ID},
        )
        await connection.execute(
            text(
                "INSERT INTO sessions (student_id, date, status, problem_ids, expires_at, "
                "created_at, completed_at, problems_correct) "
                "SELECT 1 + g % :students, CURRENT_DATE - 15 - g % 300, 'completed', "
                "'[]'::jsonb, now() - interval '15 days', now() - interval '15 days', "
                "now() - interval '15 days', 3 FROM generate_series(1, :sessions) AS g"
            ),
            {"students": students, "sessions": sessions},
        )
        await connection.execute(
            text(
                # Five different problems a session, spread over the library by arithmetic: a
                # join on a number, not a sort of the whole library for every session.
                "WITH numbered AS (SELECT problem_id, row_number() OVER (ORDER BY problem_id) - 1 "
                "AS n FROM problems) "
                "INSERT INTO responses (session_id, problem_id, student_answer, is_correct, "
                "started_at, evaluated_at, confidence_level) "
                "SELECT s.session_id, p.problem_id, '1', p.problem_id % 2 = 0, s.created_at, "
                "s.created_at, 'medium' FROM sessions s CROSS JOIN generate_series(0, 4) AS k "
                "JOIN numbered p ON p.n = (s.session_id * 7919 + k * 997) % "
                "(SELECT count(*) FROM problems)"
            )
        )
        await connection.execute(text("ANALYZE"))
    await engine.dispose()


async def answer_key(session_factory: async_sessionmaker[AsyncSession]) -> dict[int, str]:
    """Return each problem's canonical answer, which the checker always accepts."""
    async with session_factory() as session:
        return {p.problem_id: p.answer or "" for p in await session.scalars(select(Problem))}


@dataclass(frozen=True, slots=True)
class OpenProblem:
    """Where a student stands in their open session, as the database says."""

    practice_id: int
    position: int  # 1-based, as the problem's buttons carry it
    problem_id: int
    hints_shown: int
    wrong_tries: int

    def hint_data(self, hints_shown: int | None = None) -> str:
        """The callback data of this problem's Hint button (with so many hints on screen)."""
        shown = self.hints_shown if hints_shown is None else hints_shown
        return HintButton(self.practice_id, self.position, shown).data()

    def skip_data(self, position: int | None = None) -> str:
        """The callback data of this problem's Skip button (or an earlier problem's)."""
        return SkipButton(self.practice_id, position or self.position).data()


async def open_problem(
    session_factory: async_sessionmaker[AsyncSession], telegram_id: int
) -> OpenProblem | None:
    """Return the problem a student has open in their latest session, or None if there is none."""
    query = text(
        "SELECT s.session_id, "
        "(SELECT count(*) FROM responses n WHERE n.session_id = s.session_id), "
        "r.problem_id, jsonb_array_length(r.hints_viewed), r.attempts "
        "FROM students st JOIN sessions s ON s.student_id = st.student_id "
        "JOIN responses r ON r.session_id = s.session_id AND r.is_correct IS NULL "
        "WHERE st.telegram_id = :telegram_id AND s.status = 'in_progress' "
        "ORDER BY s.session_id DESC LIMIT 1"
    )
    async with session_factory() as session:
        row = (await session.execute(query, {"telegram_id": telegram_id})).one_or_none()
    if row is None:
        return None
    return OpenProblem(int(row[0]), int(row[1]), int(row[2]), int(row[3]), int(row[4]))
