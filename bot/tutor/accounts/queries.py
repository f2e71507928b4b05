"""The SQL of accounts: registrations part-way done, students, deletion and group chats told."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update

from bot.tutor.language import Language
from db.models import GroupChat, PendingRegistration, Student
from db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class PendingRecord:
    """What a person registering has told us so far."""

    name: str | None
    grade: int | None


async def pending_registration(uow: UnitOfWork, telegram_id: int) -> PendingRecord | None:
    """Return the half-finished registration of this Telegram user, locked, if any."""
    query = (
        select(PendingRegistration.name, PendingRegistration.grade)
        .where(PendingRegistration.telegram_id == telegram_id)
        .with_for_update()
    )
    row = (await uow.session.execute(query)).first()
    return None if row is None else PendingRecord(row[0], row[1])


async def begin_registration(uow: UnitOfWork, telegram_id: int, *, restart: bool) -> None:
    """Start a registration, or start an existing one again from the name."""
    if restart:
        await uow.session.execute(
            update(PendingRegistration)
            .where(PendingRegistration.telegram_id == telegram_id)
            .values(name=None, grade=None)
        )
    else:
        uow.session.add(PendingRegistration(telegram_id=telegram_id))
        await uow.session.flush()


async def save_registration_step(
    uow: UnitOfWork, telegram_id: int, *, name: str | None = None, grade: int | None = None
) -> None:
    """Record the name or the grade a person registering has just given."""
    values = {"name": name} if name is not None else {"grade": grade}
    await uow.session.execute(
        update(PendingRegistration)
        .where(PendingRegistration.telegram_id == telegram_id)
        .values(**values)
    )


async def register_student(
    uow: UnitOfWork, *, telegram_id: int, name: str, grade: int, language: Language
) -> int | None:
    """Create the student and end their registration; None if they were registered already."""
    # A second process may have registered the same user a moment ago: theirs stands.
    created = (
        uow.insert(Student)
        .values(telegram_id=telegram_id, name=name, grade=grade, language=language.value)
        .on_conflict_do_nothing(index_elements=["telegram_id"])
        .returning(Student.student_id)
    )
    student_id = (await uow.session.execute(created)).scalar_one_or_none()
    await uow.session.execute(
        delete(PendingRegistration).where(PendingRegistration.telegram_id == telegram_id)
    )
    return student_id


async def set_language(uow: UnitOfWork, student_id: int, language: Language) -> None:
    """Switch the language a student practises in."""
    await uow.session.execute(
        update(Student).where(Student.student_id == student_id).values(language=language.value)
    )


async def delete_student(uow: UnitOfWork, telegram_id: int) -> None:
    """Delete the student and, by cascade, every row that belongs to them."""
    await uow.session.execute(delete(Student).where(Student.telegram_id == telegram_id))
    await uow.session.execute(
        delete(PendingRegistration).where(PendingRegistration.telegram_id == telegram_id)
    )


async def claim_group_notice(uow: UnitOfWork, chat_id: int, now: datetime) -> bool:
    """Record that a group is being told the bot is private-only; False if it was told before."""
    # An insert that does nothing on conflict: two processes seeing the group at once tell it once.
    claim = (
        uow.insert(GroupChat)
        .values(chat_id=chat_id, told_at=now)
        .on_conflict_do_nothing(index_elements=["chat_id"])
        .returning(GroupChat.chat_id)
    )
    return (await uow.session.execute(claim)).first() is not None


async def set_grade(uow: UnitOfWork, student_id: int, grade: int) -> None:
    """Change the class a student's problems are chosen from."""
    await uow.session.execute(
        update(Student).where(Student.student_id == student_id).values(grade=grade)
    )


async def set_name(uow: UnitOfWork, student_id: int, name: str) -> None:
    """Change the name the tutor calls a student by."""
    await uow.session.execute(
        update(Student).where(Student.student_id == student_id).values(name=name)
    )
