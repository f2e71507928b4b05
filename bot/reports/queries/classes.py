"""SQL of classes in reports: a class by its code, and the list of students."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.reports.records import ClassRef, StreakSnapshot, StudentListing
from db.models import ClassMember, PracticeSession, SchoolClass, Streak, Student
from db.uow import UnitOfWork


async def class_by_code(uow: UnitOfWork, code: str) -> ClassRef | None:
    """Return the class with this join code."""
    query = select(SchoolClass.class_id, SchoolClass.code, SchoolClass.name).where(
        SchoolClass.code == code
    )
    row = (await uow.session.execute(query)).first()
    return None if row is None else ClassRef(row[0], row[1], row[2])


async def student_listing(
    uow: UnitOfWork, *, grade: int | None, class_id: int | None
) -> list[StudentListing]:
    """Return the students (of a grade, of a class), by class and name."""
    last_practice = (
        select(PracticeSession.student_id, func.max(PracticeSession.date).label("day"))
        .group_by(PracticeSession.student_id)
        .subquery("last_practice")
    )
    query = (
        select(
            Student.telegram_id,
            Student.name,
            Student.grade,
            SchoolClass.code,
            SchoolClass.name.label("class_name"),
            last_practice.c.day,
            Streak.current_streak,
            Streak.longest_streak,
            Streak.last_practice_date,
            Streak.freezes,
        )
        .outerjoin(ClassMember, ClassMember.student_id == Student.student_id)
        .outerjoin(SchoolClass, SchoolClass.class_id == ClassMember.class_id)
        .outerjoin(last_practice, last_practice.c.student_id == Student.student_id)
        .outerjoin(Streak, Streak.student_id == Student.student_id)
        .order_by(SchoolClass.code.is_(None), SchoolClass.code, Student.name, Student.telegram_id)
    )
    if grade is not None:
        query = query.where(Student.grade == grade)
    if class_id is not None:
        query = query.where(ClassMember.class_id == class_id)
    return [
        StudentListing(
            telegram_id=int(row.telegram_id),
            name=row.name,
            grade=row.grade,
            class_code=row.code,
            class_name=row.class_name,
            last_practice=row.day,
            streak=None
            if row.current_streak is None
            else StreakSnapshot(
                current=row.current_streak,
                longest=row.longest_streak,
                last_practice_date=row.last_practice_date,
                milestones=(),
                freezes=row.freezes,
            ),
        )
        for row in await uow.session.execute(query)
    ]
