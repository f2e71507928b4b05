"""SQL of one student: who they are, their sessions and their streak."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.reports.queries.aggregates import answer_columns, read_answer_counts
from bot.reports.records import SessionLine, StreakSnapshot, StudentProfile
from db.models import PracticeSession, Response, Streak, Student
from db.uow import UnitOfWork


async def student_profile(uow: UnitOfWork, telegram_id: int) -> StudentProfile | None:
    """Return the student with this Telegram id, if registered."""
    query = select(
        Student.student_id,
        Student.telegram_id,
        Student.name,
        Student.grade,
        Student.language,
        Student.created_at,
    ).where(Student.telegram_id == telegram_id)
    row = (await uow.session.execute(query)).one_or_none()
    if row is None:
        return None
    return StudentProfile(
        student_id=row.student_id,
        telegram_id=int(row.telegram_id),
        name=row.name,
        grade=row.grade,
        language=row.language,
        registered_at=row.created_at,
    )


async def student_sessions(uow: UnitOfWork, student_id: int) -> list[SessionLine]:
    """Return every session of a student with its answer counts, newest first."""
    query = (
        select(
            PracticeSession.session_id,
            PracticeSession.date,
            PracticeSession.status,
            PracticeSession.total_time_seconds,
            func.count(Response.response_id).label("shown"),
            *answer_columns(),
        )
        .outerjoin(Response, Response.session_id == PracticeSession.session_id)
        .where(PracticeSession.student_id == student_id)
        .group_by(
            PracticeSession.session_id,
            PracticeSession.date,
            PracticeSession.status,
            PracticeSession.total_time_seconds,
        )
        .order_by(PracticeSession.date.desc(), PracticeSession.session_id.desc())
    )
    return [
        SessionLine(
            session_id=row.session_id,
            day=row.date,
            status=str(row.status),
            problems_shown=int(row.shown),
            counts=read_answer_counts(row),
            total_time_seconds=row.total_time_seconds,
        )
        for row in await uow.session.execute(query)
    ]


async def student_streak(uow: UnitOfWork, student_id: int) -> StreakSnapshot | None:
    """Return a student's streak, if they have a streak row."""
    query = select(
        Streak.current_streak,
        Streak.longest_streak,
        Streak.last_practice_date,
        Streak.milestones_achieved,
        Streak.freezes,
    ).where(Streak.student_id == student_id)
    row = (await uow.session.execute(query)).one_or_none()
    if row is None:
        return None
    return StreakSnapshot(
        current=row.current_streak,
        longest=row.longest_streak,
        last_practice_date=row.last_practice_date,
        milestones=tuple(sorted(int(m) for m in row.milestones_achieved)),
        freezes=row.freezes,
    )
