"""Learn from a finished session: update each topic's level and the review queue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.tutor.practice import queries
from bot.tutor.practice.review import Outcome, TopicProgress, next_progress, schedule_review
from db.models import ReviewItem, TopicLevel


async def learn_from_sessions(
    session: AsyncSession, session_ids: list[int], now: datetime
) -> None:
    """Apply every closed response of the sessions, however they ended (completed or abandoned)."""
    if not session_ids:
        return
    rows = await queries.closed_responses(session, session_ids)
    by_student: dict[int, list[tuple[int, Outcome, str]]] = {}
    for student_id, response, topic in rows:
        outcome = Outcome(
            correct=bool(response.is_correct),
            attempts=response.attempts,
            hints_used=response.hints_used,
        )
        by_student.setdefault(student_id, []).append((response.problem_id, outcome, topic))
    for student_id, outcomes in by_student.items():
        await _learn(session, student_id, outcomes, now)


async def _learn(
    session: AsyncSession, student_id: int, outcomes: list[tuple[int, Outcome, str]], now: datetime
) -> None:
    levels = await queries.topic_levels(session, student_id)
    items = await queries.review_items(session, student_id, [pid for pid, _, _ in outcomes])
    for problem_id, outcome, topic in outcomes:
        row = levels.get(topic)
        if row is None:
            row = levels[topic] = TopicLevel(
                student_id=student_id, topic=topic, level=1, run=0, answered=0, correct=0
            )
            session.add(row)
        progress = next_progress(TopicProgress(row.level, row.run), outcome)
        row.level, row.run = progress.level, progress.run
        row.answered += 1
        row.correct += int(outcome.correct)

        item = items.get(problem_id)
        if item is None and not outcome.needs_review:
            continue  # a clean right answer on a new problem needs no review
        schedule = schedule_review(item.fsrs_card if item else None, outcome, now)
        if item is None:
            item = items[problem_id] = ReviewItem(
                student_id=student_id, problem_id=problem_id, reviews=0
            )
            session.add(item)
        item.fsrs_card, item.due_at = schedule.card, schedule.due_at
        item.reviews += 1
