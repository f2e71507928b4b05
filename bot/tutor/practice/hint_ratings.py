"""A student's 👍 or 👎 on one of Claude's hints: never required, one per hint, changeable."""

from __future__ import annotations

from datetime import datetime

from bot.tutor.practice import queries
from bot.tutor.replies import Notice, NoticeView, Reply
from bot.tutor.students import StudentRecord, Students
from db.uow import UnitOfWork

# Hints written before ratings were kept carry no model or prompt version.
UNKNOWN_MODEL = "unknown"
FIRST_PROMPT_VERSION = 1


class HintRatings:
    """Ratings of AI hints, kept with the model and prompt that wrote each."""

    def __init__(self, students: Students) -> None:
        self._students = students

    async def rate(
        self, *, telegram_id: int, response_id: int, hint_number: int, helpful: bool, now: datetime
    ) -> Reply:
        """Keep the student's rating of one of Claude's hints to them, and thank them."""

        async def rate_hint(uow: UnitOfWork, student: StudentRecord) -> Reply:
            hint = await queries.ai_hint_shown(
                uow,
                response_id=response_id,
                student_id=student.student_id,
                hint_number=hint_number,
            )
            if hint is None:  # not their hint, not Claude's, or a tampered button
                return Reply(student.language, (NoticeView(Notice.STALE_BUTTON),))
            await queries.save_hint_rating(
                uow,
                response_id=response_id,
                hint_number=hint_number,
                helpful=helpful,
                model=hint.get("model", UNKNOWN_MODEL),
                prompt_version=hint.get("prompt_version", FIRST_PROMPT_VERSION),
                now=now,
            )
            thanks = Notice.HINT_HELPFUL if helpful else Notice.HINT_NOT_HELPFUL
            return Reply(student.language, (NoticeView(thanks),))

        # A rating touches nothing of the open problem: no need to wait on the student's lock.
        return await self._students.act(telegram_id, rate_hint, lock=False)
