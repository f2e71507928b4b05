"""Learn from a finished practice session: update each topic's level and the review queue."""

from __future__ import annotations

from datetime import datetime

from bot.tutor.practice import queries
from bot.tutor.practice.queries import ClosedAttempt, ReviewCard, TopicLevelRecord
from bot.tutor.practice.review import ProblemResult, TopicProgress, next_progress, schedule_review
from db.uow import UnitOfWork


async def learn_from_sessions(uow: UnitOfWork, practice_ids: list[int], now: datetime) -> None:
    """Apply every closed attempt of the practice sessions, however they ended."""
    if not practice_ids:
        return
    by_student: dict[int, list[ClosedAttempt]] = {}
    for attempt in await queries.closed_attempts(uow, practice_ids):
        by_student.setdefault(attempt.student_id, []).append(attempt)
    for student_id, attempts in by_student.items():
        await _learn(uow, student_id, attempts, now)


async def _learn(
    uow: UnitOfWork, student_id: int, attempts: list[ClosedAttempt], now: datetime
) -> None:
    levels = await queries.topic_levels(uow, student_id)
    cards = await queries.review_cards(uow, student_id, [a.problem_id for a in attempts])
    changed_levels: dict[str, TopicLevelRecord] = {}
    changed_cards: dict[int, ReviewCard] = {}
    for attempt in attempts:
        result = ProblemResult(
            correct=attempt.correct, attempts=attempt.attempts, hints_used=attempt.hints_used
        )
        level = levels.get(attempt.topic, TopicLevelRecord(attempt.topic))
        progress = next_progress(TopicProgress(level.level, level.run), result)
        levels[attempt.topic] = changed_levels[attempt.topic] = TopicLevelRecord(
            topic=attempt.topic,
            level=progress.level,
            run=progress.run,
            answered=level.answered + 1,
            correct=level.correct + int(result.correct),
            stored=level.stored,
        )
        card = cards.get(attempt.problem_id)
        if card is None and not result.needs_review:
            continue  # a clean right answer on a new problem needs no review
        schedule = schedule_review(card.fsrs_card if card else None, result, now)
        cards[attempt.problem_id] = changed_cards[attempt.problem_id] = ReviewCard(
            problem_id=attempt.problem_id,
            fsrs_card=schedule.card,
            due_at=schedule.due_at,
            reviews=(card.reviews if card else 0) + 1,
            stored=card.stored if card else False,
        )
    await queries.save_topic_levels(uow, student_id, list(changed_levels.values()))
    await queries.save_review_cards(uow, student_id, list(changed_cards.values()))
