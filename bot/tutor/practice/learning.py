"""Learn from a finished practice session: update each topic's level and the review queue."""

from __future__ import annotations

from datetime import datetime

from bot.tutor.practice import learning_queries as queries
from bot.tutor.practice.learning_queries import ClosedResponse, ReviewCard, TopicLevelRecord
from bot.tutor.practice.review import ProblemResult, TopicProgress, next_progress, schedule_review
from db.uow import UnitOfWork


async def learn_from_sessions(uow: UnitOfWork, practice_ids: list[int], now: datetime) -> None:
    """Apply every closed response of the practice sessions, however they ended."""
    if not practice_ids:
        return
    by_student: dict[int, list[ClosedResponse]] = {}
    for response in await queries.closed_responses(uow, practice_ids):
        by_student.setdefault(response.student_id, []).append(response)
    for student_id, responses in by_student.items():
        await learn(uow, student_id, responses, now)


async def learn(
    uow: UnitOfWork, student_id: int, responses: list[ClosedResponse], now: datetime
) -> None:
    """Apply one student's closed responses to their topic levels and review queue."""
    levels = await queries.topic_levels(uow, student_id)
    cards = await queries.review_cards(uow, student_id, [r.family for r in responses])
    changed_levels: dict[str, TopicLevelRecord] = {}
    changed_cards: dict[str, ReviewCard] = {}
    for response in responses:
        result = ProblemResult(
            correct=response.correct,
            wrong_tries=response.wrong_tries,
            hints_shown=response.hints_shown,
        )
        level = levels.get(response.topic, TopicLevelRecord(response.topic))
        progress = next_progress(TopicProgress(level.level, level.run), result)
        levels[response.topic] = changed_levels[response.topic] = TopicLevelRecord(
            topic=response.topic,
            level=progress.level,
            run=progress.run,
            answered=level.answered + 1,
            correct=level.correct + int(result.correct),
        )
        # One card per family: a sibling's result reviews the skill the card stands for.
        card = cards.get(response.family)
        if card is None and not (result.needs_review and response.reviewable):
            # A clean right answer needs no review; a one-off problem (a fixed problem in no
            # family) is not asked twice: its topic's level already follows the miss.
            continue
        schedule = schedule_review(card.fsrs_card if card else None, result, now)
        cards[response.family] = changed_cards[response.family] = ReviewCard(
            family=response.family,
            problem_id=response.problem_id,
            fsrs_card=schedule.card,
            due_at=schedule.due_at,
            reviews=(card.reviews if card else 0) + 1,
            stored_problem_id=card.stored_problem_id if card else None,
        )
    await queries.save_topic_levels(uow, student_id, list(changed_levels.values()), now)
    await queries.save_review_cards(uow, student_id, list(changed_cards.values()))
