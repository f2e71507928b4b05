"""A student's account: language, deleting everything, and groups told the tutor is private."""

from __future__ import annotations

from datetime import datetime

from bot.tutor.accounts import queries
from bot.tutor.accounts.views import AskLanguage, ConfirmDelete, DeleteCancelled, Deleted
from bot.tutor.replies import Notice, NoticeView, Reply
from bot.tutor.students import StudentRecord, Students
from db.uow import UnitOfWork


class Account:
    """Language switches, deletion on request, and the one notice a group ever gets."""

    def __init__(self, students: Students) -> None:
        self._students = students

    async def ask_language(self, *, telegram_id: int) -> Reply:
        """Offer the language switch."""
        return await self._students.tell(
            telegram_id, AskLanguage(registering=False), registered_only=True
        )

    async def ask_delete(self, *, telegram_id: int) -> Reply:
        """Ask the student to confirm deleting everything."""
        return await self._students.tell(telegram_id, ConfirmDelete(), registered_only=True)

    async def confirm_delete(self, *, telegram_id: int, confirmed: bool) -> Reply:
        """Delete every row of the student, or keep them."""

        async def delete_or_keep(uow: UnitOfWork, student: StudentRecord) -> Reply:
            if not confirmed:
                return Reply(student.language, (DeleteCancelled(),))
            await queries.delete_student(uow, telegram_id)
            return Reply(student.language, (Deleted(),))

        return await self._students.act(telegram_id, delete_or_keep)

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
