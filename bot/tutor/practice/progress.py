"""A student's progress: accuracy and level per topic, recent practice sessions, reviews waiting."""

from __future__ import annotations

from bot.tutor.practice import learning_queries, queries
from bot.tutor.practice.views import RecentSession, StatsView, TopicAccuracy
from bot.tutor.replies import Reply
from bot.tutor.students import StudentRecord, Students
from db.uow import UnitOfWork


class Progress:
    """The /stats use case."""

    def __init__(self, students: Students) -> None:
        self._students = students

    async def stats(self, *, telegram_id: int) -> Reply:
        """Show accuracy per topic and the latest practice sessions."""

        async def show(uow: UnitOfWork, student: StudentRecord) -> Reply:
            levels = await learning_queries.topic_levels(uow, student.student_id)
            topics = tuple(
                TopicAccuracy(
                    student.language.pick(topic.topic_bn, topic.topic_en),
                    topic.answered,
                    topic.correct,
                    levels[topic.topic].level if topic.topic in levels else None,
                )
                for topic in await learning_queries.topic_answers(uow, student.student_id)
            )
            recent = tuple(
                RecentSession(r.day, r.status, r.problems_correct, r.problems)
                for r in await queries.recent_results(uow, student.student_id)
            )
            queue = await learning_queries.review_queue_size(uow, student.student_id)
            return Reply(student.language, (StatsView(topics, recent, queue),))

        # Reading only: no lock, so /stats never waits behind the student's own answer.
        return await self._students.act(telegram_id, show, lock=False)
