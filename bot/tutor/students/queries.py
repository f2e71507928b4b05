"""The SQL that finds the student behind an action."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from bot.tutor.language import Language
from db.models import Student
from db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class StudentRecord:
    """A registered student, as the use cases see them."""

    student_id: int
    telegram_id: int
    name: str
    grade: int
    language: Language
    blocked: bool = False  # Telegram said the student blocked the bot (reminders stop)


async def student_by_telegram_id(
    uow: UnitOfWork, telegram_id: int, *, lock: bool = False
) -> StudentRecord | None:
    """Return the student with this Telegram id; `lock` serialises one student's actions."""
    query = select(
        Student.student_id,
        Student.telegram_id,
        Student.name,
        Student.grade,
        Student.language,
        Student.blocked_at.is_not(None),
    ).where(Student.telegram_id == telegram_id)
    if lock:
        # Two quick taps or two bot processes handle one student one at a time (PostgreSQL).
        query = query.with_for_update(of=Student)
    row = (await uow.session.execute(query)).first()
    if row is None:
        return None
    return StudentRecord(row[0], row[1], row[2], row[3], Language(row[4]), bool(row[5]))


async def clear_blocked(uow: UnitOfWork, student_id: int) -> None:
    """Forget that the student blocked the bot: they are writing to it again."""
    await uow.session.execute(
        update(Student).where(Student.student_id == student_id).values(blocked_at=None)
    )
