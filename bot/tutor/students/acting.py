"""Run one student action in one unit of work, with the student's row locked."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.tutor.replies import Notice, NoticeView, Reply, View
from bot.tutor.students import queries
from bot.tutor.students.queries import StudentRecord
from db.enums import Awaiting
from db.uow import UnitOfWork

StudentAction = Callable[[UnitOfWork, StudentRecord], Awaitable[Reply]]
StrangerAction = Callable[[UnitOfWork, int], Awaitable[Reply]]  # takes the Telegram id


class Students:
    """Open the transactions of student actions; the one place that says "register first"."""

    def __init__(self, unit_of_work: Callable[[], UnitOfWork]) -> None:
        self.unit_of_work = unit_of_work

    async def act(
        self,
        telegram_id: int,
        action: StudentAction,
        *,
        lock: bool = True,
        unregistered: StrangerAction | None = None,
    ) -> Reply:
        """Run `action` for a registered student and commit.

        Anyone else is told to /start, unless `unregistered` says what to do for them.
        """
        async with self.unit_of_work() as uow:
            student = await self.find(uow, telegram_id, lock=lock)
            if student is not None:
                reply = await action(uow, student)
            elif unregistered is not None:
                reply = await unregistered(uow, telegram_id)
            else:
                return Reply(None, (NoticeView(Notice.NOT_REGISTERED),))
            await uow.commit()
        return reply

    async def find(
        self, uow: UnitOfWork, telegram_id: int, *, lock: bool = True
    ) -> StudentRecord | None:
        """Return the student (locked by default), clearing a block: they are writing again.

        Any action also ends a wait for typed text (a deletion's yes or no, a new name): the
        record returned still says what was awaited, for the one action that takes it.
        """
        student = await queries.student_by_telegram_id(uow, telegram_id, lock=lock)
        if student is not None and lock and student.blocked:
            await queries.clear_blocked(uow, student.student_id)
        if student is not None and student.awaiting is not None:
            await queries.set_awaiting(uow, student.student_id, None, None)
        return student

    async def wait_for(
        self, uow: UnitOfWork, student: StudentRecord, awaiting: Awaiting, now: datetime
    ) -> None:
        """Remember that the student's next typed message answers a question just asked."""
        await queries.set_awaiting(uow, student.student_id, awaiting, now)

    async def tell(self, telegram_id: int, view: View, *, registered_only: bool = False) -> Reply:
        """Reply with one view in the student's language (a notice, a question)."""
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow, telegram_id)
            if student is not None and student.awaiting is not None:
                await queries.set_awaiting(uow, student.student_id, None, None)
                await uow.commit()
        if student is not None:
            return Reply(student.language, (view,))
        if registered_only:
            return Reply(None, (NoticeView(Notice.NOT_REGISTERED),))
        return Reply(None, (view,))
