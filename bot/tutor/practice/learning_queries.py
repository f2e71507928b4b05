"""The SQL of what a student has learnt: topic levels, the review queue, problems seen.

Problem choice reads it and learning writes it. Nothing here commits; no ORM row leaves this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, bindparam, case, cast, func, insert, select, update

from db.models import PracticeSession, Problem, Response, ReviewItem, TopicLevel
from db.uow import UnitOfWork


async def problem_candidates(uow: UnitOfWork, grade: int) -> list[tuple[int, str, int, str]]:
    """Return (problem_id, topic, difficulty, family) of every problem of a grade in the library."""
    query = select(Problem.problem_id, Problem.topic, Problem.difficulty, Problem.family).where(
        Problem.grade == grade, Problem.retired_at.is_(None)
    )
    return [(row[0], row[1], row[2], row[3]) for row in await uow.session.execute(query)]


async def problems_seen_since(uow: UnitOfWork, student_id: int, since: datetime) -> set[int]:
    """Return the ids of problems the student was shown since a moment."""
    query = (
        select(Response.problem_id)
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .where(PracticeSession.student_id == student_id, Response.started_at >= since)
    )
    return set((await uow.session.execute(query)).scalars())


async def due_reviews(uow: UnitOfWork, student_id: int, now: datetime, limit: int) -> list[int]:
    """Return the problem ids of the student's due reviews, the longest overdue first."""
    query = (
        select(ReviewItem.problem_id)
        .where(ReviewItem.student_id == student_id, ReviewItem.due_at <= now)
        .order_by(ReviewItem.due_at)
        .limit(limit)
    )
    return list((await uow.session.execute(query)).scalars())


async def recent_problem_ids(uow: UnitOfWork, student_id: int, limit: int) -> list[list[int]]:
    """Return the problem ids of the student's latest practice sessions, newest first."""
    query = (
        select(PracticeSession.problem_ids)
        .where(PracticeSession.student_id == student_id)
        .order_by(PracticeSession.created_at.desc(), PracticeSession.session_id.desc())
        .limit(limit)
    )
    return [list(ids) for ids in (await uow.session.execute(query)).scalars()]


async def review_queue_size(uow: UnitOfWork, student_id: int) -> int:
    """Return how many problems wait in the student's review queue."""
    query = select(func.count()).where(ReviewItem.student_id == student_id)
    return int(await uow.session.scalar(query) or 0)


@dataclass(frozen=True, slots=True)
class ClosedResponse:
    """One answered or skipped problem of a practice session, as learning needs it."""

    student_id: int
    problem_id: int
    topic: str
    family: str
    reviewable: bool  # the family has other instances to review it with
    correct: bool
    wrong_tries: int
    hints_shown: int


@dataclass(frozen=True, slots=True)
class TopicLevelRecord:
    """A student's level and record in one topic."""

    topic: str
    level: int = 1
    run: int = 0
    answered: int = 0
    correct: int = 0


@dataclass(frozen=True, slots=True)
class ReviewCard:
    """A family in a student's review queue: its FSRS card, next due time and latest instance.

    The queue holds one card per family: its row points at the instance the student met last,
    and a review shows a sibling of it.
    """

    family: str
    problem_id: int
    fsrs_card: dict[str, Any]
    due_at: datetime
    reviews: int
    stored_problem_id: int | None = None  # the row's problem_id, None while it is not stored


async def closed_responses(uow: UnitOfWork, practice_ids: list[int]) -> list[ClosedResponse]:
    """Return every answered or skipped problem of some practice sessions, in order."""
    query = (
        select(
            PracticeSession.student_id,
            Response.problem_id,
            Problem.topic,
            Problem.family,
            Problem.family != Problem.key,
            Response.is_correct,
            Response.attempts,
            Response.hints_used,
        )
        .join(Response, Response.session_id == PracticeSession.session_id)
        .join(Problem, Problem.problem_id == Response.problem_id)
        .where(PracticeSession.session_id.in_(practice_ids), Response.is_correct.is_not(None))
        .order_by(Response.response_id)
    )
    return [
        ClosedResponse(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), row[6], row[7])
        for row in await uow.session.execute(query)
    ]


async def topic_levels(uow: UnitOfWork, student_id: int) -> dict[str, TopicLevelRecord]:
    """Return the student's level in each topic they have met, keyed by topic."""
    query = select(
        TopicLevel.topic, TopicLevel.level, TopicLevel.run, TopicLevel.answered, TopicLevel.correct
    ).where(TopicLevel.student_id == student_id)
    return {row[0]: TopicLevelRecord(*row) for row in await uow.session.execute(query)}


async def review_cards(
    uow: UnitOfWork, student_id: int, families: list[str]
) -> dict[str, ReviewCard]:
    """Return the student's review cards for some families, keyed by family."""
    query = (
        select(
            Problem.family,
            ReviewItem.problem_id,
            ReviewItem.fsrs_card,
            ReviewItem.due_at,
            ReviewItem.reviews,
        )
        .join(Problem, Problem.problem_id == ReviewItem.problem_id)
        .where(ReviewItem.student_id == student_id, Problem.family.in_(families))
    )
    return {
        row[0]: ReviewCard(row[0], row[1], dict(row[2]), row[3], row[4], stored_problem_id=row[1])
        for row in await uow.session.execute(query)
    }


async def save_topic_levels(
    uow: UnitOfWork, student_id: int, levels: list[TopicLevelRecord], now: datetime
) -> None:
    """Write changed topic levels, new and known alike, in one statement."""
    if not levels:
        return
    upsert = uow.insert(TopicLevel).values(
        [
            {
                "student_id": student_id,
                "topic": level.topic,
                "level": level.level,
                "run": level.run,
                "answered": level.answered,
                "correct": level.correct,
                "updated_at": now,
            }
            for level in levels
        ]
    )
    changed = {name: upsert.excluded[name] for name in ("level", "run", "answered", "correct")}
    await uow.session.execute(
        upsert.on_conflict_do_update(
            index_elements=["student_id", "topic"], set_={**changed, "updated_at": now}
        )
    )


async def save_review_cards(uow: UnitOfWork, student_id: int, cards: list[ReviewCard]) -> None:
    """Write changed review cards: new ones in one statement, known ones in another.

    A known card may move to another instance of its family (its key changes), so it is an
    UPDATE by the stored key rather than an upsert.
    """
    new = [
        {
            "student_id": student_id,
            "problem_id": card.problem_id,
            "fsrs_card": card.fsrs_card,
            "due_at": card.due_at,
            "reviews": card.reviews,
        }
        for card in cards
        if card.stored_problem_id is None
    ]
    if new:
        await uow.session.execute(insert(ReviewItem), new)
    known = [
        {
            "stored_id": card.stored_problem_id,
            "instance_id": card.problem_id,
            "card": card.fsrs_card,
            "due": card.due_at,
            "count": card.reviews,
        }
        for card in cards
        if card.stored_problem_id is not None
    ]
    if known:
        items = ReviewItem.metadata.tables[ReviewItem.__tablename__]
        by_stored_key = (
            update(items)
            .where(items.c.student_id == student_id, items.c.problem_id == bindparam("stored_id"))
            .values(
                problem_id=bindparam("instance_id"),
                fsrs_card=bindparam("card"),
                due_at=bindparam("due"),
                reviews=bindparam("count"),
            )
        )
        await uow.session.execute(by_stored_key, known)


@dataclass(frozen=True, slots=True)
class TopicAnswers:
    """How many of a topic's problems a student closed, and how many of them right."""

    topic: str
    topic_en: str
    topic_bn: str
    answered: int
    correct: int


async def topic_answers(uow: UnitOfWork, student_id: int) -> list[TopicAnswers]:
    """Return the student's answered and right counts per topic they have answered."""
    correct = func.sum(case((Response.is_correct.is_(True), 1), else_=0))
    query = (
        select(
            Problem.topic,
            Problem.topic_en,
            Problem.topic_bn,
            func.count(Response.response_id),
            cast(correct, Integer),
        )
        .join(Response, Response.problem_id == Problem.problem_id)
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .where(PracticeSession.student_id == student_id, Response.is_correct.is_not(None))
        .group_by(Problem.topic, Problem.topic_en, Problem.topic_bn)
        .order_by(Problem.topic)
    )
    return [
        TopicAnswers(r[0], r[1], r[2], r[3], r[4] or 0) for r in await uow.session.execute(query)
    ]
