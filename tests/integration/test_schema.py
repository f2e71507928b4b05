"""The schema enforces the design's rules on both backends, and the migrations match the models."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from datetime import UTC
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db.models import Base, CostRecord, PracticeSession, Problem, Response, Streak, Student
from db.revision import schema_problem
from tests.conftest import alembic_config
from tests.factories import make_problem, make_response, make_session, make_student

Factory = async_sessionmaker[AsyncSession]


async def _rejected(
    session_factory: Factory, build: Callable[[AsyncSession], Awaitable[object]]
) -> None:
    async def build_and_flush(session: AsyncSession) -> None:
        await build(session)
        await session.flush()

    async with session_factory() as session:
        with pytest.raises(IntegrityError):
            await build_and_flush(session)


async def test_grade_outside_6_to_8_is_rejected(session_factory: Factory) -> None:
    await _rejected(session_factory, lambda s: make_student(s, grade=5))


async def test_unknown_language_is_rejected(session_factory: Factory) -> None:
    await _rejected(session_factory, lambda s: make_student(s, language="fr"))


async def test_unknown_awaited_answer_is_rejected(session_factory: Factory) -> None:
    await _rejected(session_factory, lambda s: make_student(s, awaiting="password"))


async def test_duplicate_telegram_id_is_rejected(session_factory: Factory) -> None:
    async with session_factory() as session:
        await make_student(session, telegram_id=42)
        with pytest.raises(IntegrityError):
            await make_student(session, telegram_id=42)


async def test_more_hints_than_three_static_and_two_from_claude_are_rejected(
    session_factory: Factory,
) -> None:
    async def build(session: AsyncSession) -> None:
        student = await make_student(session)
        problem = await make_problem(session)
        practice = await make_session(session, student, [problem])
        await make_response(session, practice, problem, hints_used=6)

    await _rejected(session_factory, build)


async def test_second_response_to_the_same_problem_is_rejected(session_factory: Factory) -> None:
    async with session_factory() as session:
        student = await make_student(session)
        problem = await make_problem(session)
        practice = await make_session(session, student, [problem])
        await make_response(session, practice, problem)
        with pytest.raises(IntegrityError):
            await make_response(session, practice, problem)


async def test_longest_streak_below_current_is_rejected(session_factory: Factory) -> None:
    async def build(session: AsyncSession) -> None:
        student = await make_student(session)
        session.add(Streak(student_id=student.student_id, current_streak=5, longest_streak=3))

    await _rejected(session_factory, build)


async def test_negative_cost_is_rejected(session_factory: Factory) -> None:
    async def build(session: AsyncSession) -> None:
        student = await make_student(session)
        session.add(
            CostRecord(
                student_id=student.student_id,
                operation="hint_generation",
                api_provider="claude",
                cost_usd=-0.01,
            )
        )

    await _rejected(session_factory, build)


async def test_unknown_session_status_is_rejected(session_factory: Factory) -> None:
    async def build(session: AsyncSession) -> None:
        student = await make_student(session)
        problem = await make_problem(session)
        await make_session(session, student, [problem], status="paused")

    await _rejected(session_factory, build)


async def test_deleting_a_student_deletes_everything_of_theirs_and_unlinks_their_costs(
    session_factory: Factory,
) -> None:
    async with session_factory() as session:
        student = await make_student(session)
        problem = await make_problem(session)
        practice = await make_session(session, student, [problem])
        await make_response(session, practice, problem)
        session.add(Streak(student_id=student.student_id, current_streak=1, longest_streak=1))
        session.add(
            CostRecord(
                student_id=student.student_id,
                session_id=practice.session_id,
                operation="answer_evaluation",
                api_provider="claude",
                cost_usd=0.0001,
            )
        )
        await session.commit()
        await session.delete(student)
        await session.commit()
        for model in (PracticeSession, Response, Streak):
            count = await session.scalar(select(func.count()).select_from(model))
            assert count == 0, model.__tablename__
        # The spend ledger keeps the call's cost, pointing at no one.
        costs = await session.execute(select(CostRecord.student_id, CostRecord.session_id))
        assert [tuple(row) for row in costs] == [(None, None)]


async def test_timestamps_read_back_aware_utc(session_factory: Factory) -> None:
    async with session_factory() as session:
        student = await make_student(session)
        await session.commit()
        student_id = student.student_id
    async with session_factory() as session:
        fresh = await session.get(Student, student_id)
        assert fresh is not None
        assert fresh.created_at.tzinfo is not None
        assert fresh.created_at.utcoffset() == UTC.utcoffset(None)


async def test_json_round_trips_bengali_text(session_factory: Factory) -> None:
    hints = [
        {
            "hint_number": 1,
            "text_en": "Add",
            "text_bn": "যোগ করো: ১২ + ৩৪",
            "is_ai_generated": False,
        }
    ]
    async with session_factory() as session:
        problem = await make_problem(session, hints=hints)
        await session.commit()
        problem_id = problem.problem_id
    async with session_factory() as session:
        stored = await session.get(Problem, problem_id)
        assert stored is not None
        assert stored.hints == hints


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def test_migrations_match_the_models(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        differences = await connection.run_sync(_differences)
    assert differences == []


def test_0009_downgrades_to_0008_and_back_keeping_students(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'awaiting.db'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    with sqlite3.connect(tmp_path / "awaiting.db") as database:
        database.execute(
            "INSERT INTO students (telegram_id, name, grade, language, awaiting) "
            "VALUES (7, 'Tania', 7, 'en', 'new_name')"
        )
    command.downgrade(config, "0008")
    command.upgrade(config, "head")
    with sqlite3.connect(tmp_path / "awaiting.db") as database:
        rows = database.execute("SELECT name, awaiting FROM students").fetchall()
    assert rows == [("Tania", None)]


def test_every_migration_downgrades_and_upgrades_again_on_sqlite(tmp_path: Path) -> None:
    # PostgreSQL gets the same round trip from the pg_url fixture at the start of every run.
    url = f"sqlite+aiosqlite:///{tmp_path / 'round-trip.db'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    with sqlite3.connect(tmp_path / "round-trip.db") as database:
        tables = {
            row[0]
            for row in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    assert tables <= {"alembic_version"}
    command.upgrade(config, "head")
    with sqlite3.connect(tmp_path / "round-trip.db") as database:
        tables = {
            row[0]
            for row in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    assert set(Base.metadata.tables) <= tables


async def test_a_migrated_database_passes_the_start_up_schema_check(database_url: str) -> None:
    assert await schema_problem(database_url) is None


def test_0008_downgrade_takes_claudes_hints_back_out_of_the_count(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'hints.db'}"
    config = alembic_config(url)
    command.upgrade(config, "0008")
    with sqlite3.connect(tmp_path / "hints.db") as database:
        database.executescript(
            "INSERT INTO students (student_id, telegram_id, name, grade, language) "
            "VALUES (1, 7, 'Tania', 7, 'en');"
            "INSERT INTO problems (problem_id, key, grade, topic, topic_en, topic_bn, hints, "
            "difficulty, answer_kind, answer_spec) VALUES (1, 'g7-test-x', 7, 't', 'T', 'ট', "
            "'[]', 1, 'integer', '{}');"
            "INSERT INTO sessions (session_id, student_id, date, status, problem_ids, expires_at) "
            "VALUES (1, 1, '2026-12-04', 'in_progress', '[1]', '2026-12-04 10:00:00');"
            "INSERT INTO responses (session_id, problem_id, hints_used, hints_viewed) "
            "VALUES (1, 1, 5, '[]');"
        )
    command.downgrade(config, "0007")
    with sqlite3.connect(tmp_path / "hints.db") as database:
        assert database.execute("SELECT hints_used FROM responses").fetchall() == [(3,)]
    command.upgrade(config, "head")
