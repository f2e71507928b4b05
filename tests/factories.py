"""Small factories that insert valid rows, so each test states only what it cares about."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import PracticeSession, Problem, Response, Student

_telegram_ids = itertools.count(10_000_000_000)
_keys = itertools.count(1)
NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


async def make_student(session: AsyncSession, **fields: Any) -> Student:
    """Insert a registered student."""
    values: dict[str, Any] = {
        "telegram_id": next(_telegram_ids),
        "name": "Nusrat",
        "grade": 7,
        "language": "bn",
    }
    student = Student(**(values | fields))
    session.add(student)
    await session.flush()
    return student


async def make_problem(session: AsyncSession, **fields: Any) -> Problem:
    """Insert a problem that is not part of the library."""
    values: dict[str, Any] = {
        "key": f"g7-test-{next(_keys):05d}",
        "grade": 7,
        "topic": "test_topic",
        "topic_en": "Test topic",
        "topic_bn": "পরীক্ষা",
        "question_en": "What is 2 + 3?",
        "question_bn": "২ + ৩ = কত?",
        "answer": "5",
        "answer_kind": "integer",
        "answer_spec": {},
        "hints": [
            {"hint_number": n, "text_en": "e", "text_bn": "ব", "is_ai_generated": False}
            for n in (1, 2, 3)
        ],
        "difficulty": 1,
    }
    values |= fields
    values.setdefault("family", values["key"])  # a family of its own, as a fixed problem is
    problem = Problem(**values)
    session.add(problem)
    await session.flush()
    return problem


async def make_session(
    session: AsyncSession, student: Student, problems: list[Problem], **fields: Any
) -> PracticeSession:
    """Insert an in-progress practice session over the given problems."""
    values: dict[str, Any] = {
        "student_id": student.student_id,
        "date": date(2026, 11, 23),
        "problem_ids": [p.problem_id for p in problems],
        "expires_at": NOW + timedelta(minutes=30),
    }
    practice = PracticeSession(**(values | fields))
    session.add(practice)
    await session.flush()
    return practice


async def make_response(
    session: AsyncSession, practice: PracticeSession, problem: Problem, **fields: Any
) -> Response:
    """Insert a response to one problem of a session."""
    values: dict[str, Any] = {
        "session_id": practice.session_id,
        "problem_id": problem.problem_id,
        "student_answer": "5",
        "is_correct": True,
    }
    response = Response(**(values | fields))
    session.add(response)
    await session.flush()
    return response
