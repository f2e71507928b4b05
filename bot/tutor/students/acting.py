"""Run one student action in one unit of work, with the student's row locked."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from bot.tutor.replies import Notice, NoticeView, Reply, View
from bot.tutor.students import queries
from bot.tutor.students.queries import StudentRecord
from db.enums import Awaiting
from db.uow import UnitOfWork

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Pending(Generic[T]):
    """The rest of an action after a slow call (Claude), made with no transaction open.

    `finish` runs in a new unit of work with the student locked again; it must check that the
    student is still where they were, since they may have moved on while the call ran.
    """

    call: Callable[[], Awaitable[T]]
    finish: Callable[[UnitOfWork, StudentRecord, T], Awaitable[Reply]]


StudentAction = Callable[[UnitOfWork, StudentRecord], Awaitable["Reply | Pending[Any]"]]
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

        An action that needs a slow call returns Pending: what it did so far is committed, the
        call runs with no lock or connection held, and its `finish` runs in a second unit of work.
        Anyone else is told to /start, unless `unregistered` says what to do for them.
        """
        async with self.unit_of_work() as uow:
            student = await self.find(uow, telegram_id, lock=lock)
            if student is not None:
                outcome = await action(uow, student)
            elif unregistered is not None:
                outcome = await unregistered(uow, telegram_id)
            else:
                return Reply(None, (NoticeView(Notice.NOT_REGISTERED),))
            await uow.commit()
        if isinstance(outcome, Reply):
            return outcome
        result = await outcome.call()
        async with self.unit_of_work() as uow:
            student = await queries.student_by_telegram_id(uow, telegram_id, lock=True)
            if student is None:  # deleted while the call ran: nothing to finish for anyone
                return Reply(None, (), quiet=True)
            reply = await outcome.finish(uow, student, result)
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
