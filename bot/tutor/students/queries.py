"""The SQL that finds the student behind an action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from bot.tutor.language import Language
from db.enums import Awaiting
from db.models import Student
from db.uow import UnitOfWork

# A question left unanswered this long is forgotten: a "yes" typed the next day deletes nothing.
AWAITING_LIFETIME = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class StudentRecord:
    """A registered student, as the use cases see them."""

    student_id: int
    telegram_id: int
    name: str
    grade: int
    language: Language
    blocked: bool = False  # Telegram said the student blocked the bot (reminders stop)
    awaiting: Awaiting | None = None  # what the bot asked and waits for them to type
    awaiting_since: datetime | None = None

    def awaiting_at(self, now: datetime) -> Awaiting | None:
        """Return what the bot still waits for the student to type at this moment, if anything."""
        if self.awaiting is None or self.awaiting_since is None:
            return None
        return self.awaiting if now - self.awaiting_since < AWAITING_LIFETIME else None


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
        Student.awaiting,
        Student.awaiting_since,
    ).where(Student.telegram_id == telegram_id)
    if lock:
        # Two quick taps or two bot processes handle one student one at a time (PostgreSQL).
        query = query.with_for_update(of=Student)
    row = (await uow.session.execute(query)).first()
    if row is None:
        return None
    awaiting = None if row[6] is None else Awaiting(row[6])
    return StudentRecord(
        row[0], row[1], row[2], row[3], Language(row[4]), bool(row[5]), awaiting, row[7]
    )


async def clear_blocked(uow: UnitOfWork, student_id: int) -> None:
    """Forget that the student blocked the bot: they are writing to it again."""
    await uow.session.execute(
        update(Student).where(Student.student_id == student_id).values(blocked_at=None)
    )


async def set_awaiting(
    uow: UnitOfWork, student_id: int, awaiting: Awaiting | None, now: datetime | None
) -> None:
    """Remember what the bot waits for the student to type, or forget it (None)."""
    await uow.session.execute(
        update(Student)
        .where(Student.student_id == student_id)
        .values(awaiting=None if awaiting is None else awaiting.value, awaiting_since=now)
    )
