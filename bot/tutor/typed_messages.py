"""A typed message goes to what it answers: a registration step, a question the bot asked, a problem."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from bot.tutor.accounts import Account, Registration
from bot.tutor.practice import Answering
from bot.tutor.replies import Notice, NoticeView, Reply
from bot.tutor.students import Pending, StudentRecord, Students
from bot.tutor.typed_text import storable
from db.uow import UnitOfWork

MAX_MESSAGE_LENGTH = 500


class TypedMessages:
    """Route typed text: the features each take what is theirs, in one transaction."""

    def __init__(
        self,
        *,
        students: Students,
        registration: Registration,
        account: Account,
        answering: Answering,
    ) -> None:
        self._students = students
        self._registration = registration
        self._account = account
        self._answering = answering

    async def take(self, *, telegram_id: int, text: str, now: datetime) -> Reply:
        """Take a typed message: a registration step, what the bot asked, or an answer."""
        too_long = len(text) > MAX_MESSAGE_LENGTH
        text = storable(text)

        async def typed(uow: UnitOfWork, student: StudentRecord) -> Reply | Pending[Any]:
            asked = await self._account.take_awaited(uow, student, text=text, now=now)
            if asked is not None:
                return asked
            if too_long:
                return Reply(student.language, (NoticeView(Notice.TOO_LONG),))
            return await self._answering.answer(uow, student, text=text, now=now)

        # Someone registering is told about their name or class, whatever the length.
        return await self._students.act(
            telegram_id, typed, unregistered=partial(self._registration.take_name, text=text)
        )
