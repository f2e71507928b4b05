"""A student's account: language, deleting everything, and groups told the tutor is private."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.tutor.accounts import queries
from bot.tutor.accounts.reading import GRADES, read_name, read_yes_no
from bot.tutor.accounts.views import (
    AskLanguage,
    AskNewName,
    ConfirmDelete,
    DeleteCancelled,
    Deleted,
    GradeChanged,
    NameChanged,
    NameProblem,
    ProfileView,
)
from bot.tutor.replies import Notice, NoticeView, Reply
from bot.tutor.students import StudentRecord, Students
from db.enums import Awaiting
from db.uow import UnitOfWork


class Account:
    """Language switches, deletion on request, and the one notice a group ever gets."""

    def __init__(
        self,
        students: Students,
        *,
        before_delete: Callable[[UnitOfWork, int], Awaitable[None]] | None = None,
    ) -> None:
        self._students = students
        # What other features must undo in the deletion's own transaction (a teacher's classes
        # close); it takes the Telegram id. Accounts knows nothing of them.
        self._before_delete = before_delete

    async def ask_language(self, *, telegram_id: int) -> Reply:
        """Offer the language switch."""
        return await self._students.tell(
            telegram_id, AskLanguage(registering=False), registered_only=True
        )

    async def ask_delete(self, *, telegram_id: int, now: datetime) -> Reply:
        """Ask the student to confirm deleting everything, by button or by typing yes or no."""

        async def ask(uow: UnitOfWork, student: StudentRecord) -> Reply:
            await self._students.wait_for(uow, student, Awaiting.DELETE_CONFIRMATION, now)
            return Reply(student.language, (ConfirmDelete(),))

        return await self._students.act(telegram_id, ask)

    async def confirm_delete(self, *, telegram_id: int, confirmed: bool, now: datetime) -> Reply:
        """Delete every row of the student, or keep them."""

        async def delete_or_keep(uow: UnitOfWork, student: StudentRecord) -> Reply:
            if confirmed and student.awaiting_at(now) is not Awaiting.DELETE_CONFIRMATION:
                # The question was answered (typed no) or has lapsed: an old Yes deletes nothing.
                return Reply(student.language, (NoticeView(Notice.STALE_BUTTON),))
            return await self._delete_or_keep(uow, student, confirmed=confirmed)

        return await self._students.act(telegram_id, delete_or_keep)

    async def _delete_or_keep(
        self, uow: UnitOfWork, student: StudentRecord, *, confirmed: bool
    ) -> Reply:
        if not confirmed:
            return Reply(student.language, (DeleteCancelled(),))
        if self._before_delete is not None:
            await self._before_delete(uow, student.telegram_id)
        await queries.delete_student(uow, student.telegram_id)
        return Reply(student.language, (Deleted(),))

    async def take_awaited(
        self, uow: UnitOfWork, student: StudentRecord, *, text: str, now: datetime
    ) -> Reply | None:
        """Take a typed message the bot asked for (a deletion's yes or no, a new name).

        None when nothing was asked, or the question is too old: the message is something else.
        """
        match student.awaiting_at(now):
            case Awaiting.DELETE_CONFIRMATION:
                confirmed = read_yes_no(text)
                if confirmed is None:
                    # Deleting is for good: anything but a clear yes keeps everything.
                    return Reply(student.language, (DeleteCancelled(unclear=True),))
                return await self._delete_or_keep(uow, student, confirmed=confirmed)
            case Awaiting.NEW_NAME:
                name = read_name(text)
                if isinstance(name, NameProblem):
                    await self._students.wait_for(uow, student, Awaiting.NEW_NAME, now)
                    return Reply(student.language, (AskNewName(name),))
                await queries.set_name(uow, student.student_id, name)
                return Reply(student.language, (NameChanged(name),))
            case None:
                return None

    # --- /profile -------------------------------------------------------------------------

    async def profile(self, *, telegram_id: int) -> Reply:
        """Show the student's name, class and language, with buttons to change class or name."""

        async def show(uow: UnitOfWork, student: StudentRecord) -> Reply:
            others = tuple(grade for grade in GRADES if grade != student.grade)
            return Reply(student.language, (ProfileView(student.name, student.grade, others),))

        return await self._students.act(telegram_id, show)

    async def change_grade(self, *, telegram_id: int, grade: int) -> Reply:
        """Change the student's class; problems of the new class start with the next session."""
        if grade not in GRADES:
            return await self._students.tell(telegram_id, NoticeView(Notice.STALE_BUTTON))

        async def change(uow: UnitOfWork, student: StudentRecord) -> Reply:
            # The session in progress keeps its problems: they were chosen for the old class.
            await queries.set_grade(uow, student.student_id, grade)
            return Reply(student.language, (GradeChanged(grade),))

        return await self._students.act(telegram_id, change)

    async def ask_new_name(self, *, telegram_id: int, now: datetime) -> Reply:
        """Ask for a new name: the student's next typed message is it."""

        async def ask(uow: UnitOfWork, student: StudentRecord) -> Reply:
            await self._students.wait_for(uow, student, Awaiting.NEW_NAME, now)
            return Reply(student.language, (AskNewName(),))

        return await self._students.act(telegram_id, ask)

    async def tell_group(self, *, chat_id: int, telegram_id: int | None, now: datetime) -> Reply:
        """Say once per group, never again, that the tutor works only in private chats."""
        async with self._students.unit_of_work() as uow:
            first_time = await queries.claim_group_notice(uow, chat_id, now)
            student = (
                None
                if telegram_id is None
                else await self._students.find(uow, telegram_id, lock=False)
            )
            await uow.commit()
        language = None if student is None else student.language
        if not first_time:
            return Reply(language, (), quiet=True)
        return Reply(language, (NoticeView(Notice.PRIVATE_ONLY),))
