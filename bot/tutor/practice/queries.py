"""The SQL the tutoring core needs, in one place. Nothing here commits; the unit of work does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, case, cast, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from db.enums import SessionStatus
from db.models import (
    GroupChat,
    PendingRegistration,
    PracticeSession,
    Problem,
    Response,
    ReviewItem,
    Streak,
    Student,
    TopicLevel,
)
from db.uow import UnitOfWork


async def student_by_telegram_id(
    session: AsyncSession, telegram_id: int, *, lock: bool = False
) -> Student | None:
    """Return the student with this Telegram id; `lock` serialises one student's actions."""
    query = select(Student).where(Student.telegram_id == telegram_id)
    if lock:
        # Two quick taps or two bot processes handle one student one at a time (PostgreSQL).
        query = query.with_for_update()
    return (await session.execute(query)).scalar_one_or_none()


async def pending_registration(
    session: AsyncSession, telegram_id: int
) -> PendingRegistration | None:
    """Return the half-finished registration of this Telegram user, if any."""
    return await session.get(PendingRegistration, telegram_id, with_for_update=True)


async def streak_of(session: AsyncSession, student_id: int) -> Streak:
    """Return the student's streak row, creating it on first use."""
    streak = await session.get(Streak, student_id)
    if streak is None:
        streak = Streak(
            student_id=student_id, current_streak=0, longest_streak=0, milestones_achieved=[]
        )
        session.add(streak)
        await session.flush()
    return streak


async def open_session(session: AsyncSession, student_id: int) -> PracticeSession | None:
    """Return the student's in-progress session, newest first."""
    query = (
        select(PracticeSession)
        .where(
            PracticeSession.student_id == student_id,
            PracticeSession.status == SessionStatus.IN_PROGRESS,
        )
        .order_by(PracticeSession.created_at.desc(), PracticeSession.session_id.desc())
        .limit(1)
    )
    return (await session.execute(query)).scalar_one_or_none()


async def completed_session_on(session: AsyncSession, student_id: int, day: date) -> bool:
    """Return whether the student completed a session on this local day."""
    query = select(PracticeSession.session_id).where(
        PracticeSession.student_id == student_id,
        PracticeSession.date == day,
        PracticeSession.status == SessionStatus.COMPLETED,
    )
    return (await session.execute(query.limit(1))).first() is not None


async def responses_of(session: AsyncSession, session_id: int) -> list[Response]:
    """Return a session's responses in the order they were opened."""
    query = (
        select(Response).where(Response.session_id == session_id).order_by(Response.response_id)
    )
    return list((await session.execute(query)).scalars())


async def problems_by_id(session: AsyncSession, problem_ids: list[int]) -> dict[int, Problem]:
    """Return the given problems keyed by id."""
    query = select(Problem).where(Problem.problem_id.in_(problem_ids))
    return {p.problem_id: p for p in (await session.execute(query)).scalars()}


async def problem_candidates(session: AsyncSession, grade: int) -> list[tuple[int, str, int]]:
    """Return (problem_id, topic, difficulty) of every problem of a grade."""
    query = select(Problem.problem_id, Problem.topic, Problem.difficulty).where(
        Problem.grade == grade
    )
    return [(row[0], row[1], row[2]) for row in await session.execute(query)]


async def problems_seen_since(session: AsyncSession, student_id: int, since: datetime) -> set[int]:
    """Return the ids of problems the student was shown since a moment."""
    query = (
        select(Response.problem_id)
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .where(PracticeSession.student_id == student_id, Response.started_at >= since)
    )
    return set((await session.execute(query)).scalars())


async def topic_accuracy(
    session: AsyncSession, student_id: int
) -> list[tuple[str, str, str, int, int]]:
    """Return (topic, topic_en, topic_bn, answered, correct) per topic the student has answered."""
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
    return [(r[0], r[1], r[2], r[3], r[4] or 0) for r in await session.execute(query)]


async def recent_sessions(
    session: AsyncSession, student_id: int, limit: int = 5
) -> list[PracticeSession]:
    """Return the student's latest sessions, newest first."""
    query = (
        select(PracticeSession)
        .where(PracticeSession.student_id == student_id)
        .order_by(PracticeSession.created_at.desc(), PracticeSession.session_id.desc())
        .limit(limit)
    )
    return list((await session.execute(query)).scalars())


async def delete_student(session: AsyncSession, telegram_id: int) -> None:
    """Delete the student and, by cascade, every row that belongs to them."""
    await session.execute(delete(Student).where(Student.telegram_id == telegram_id))
    await session.execute(
        delete(PendingRegistration).where(PendingRegistration.telegram_id == telegram_id)
    )


async def due_reviews(
    session: AsyncSession, student_id: int, now: datetime, limit: int
) -> list[int]:
    """Return the problem ids of the student's due reviews, the longest overdue first."""
    query = (
        select(ReviewItem.problem_id)
        .where(ReviewItem.student_id == student_id, ReviewItem.due_at <= now)
        .order_by(ReviewItem.due_at)
        .limit(limit)
    )
    return list((await session.execute(query)).scalars())


async def review_queue_size(session: AsyncSession, student_id: int) -> int:
    """Return how many problems wait in the student's review queue."""
    query = select(func.count()).where(ReviewItem.student_id == student_id)
    return int(await session.scalar(query) or 0)


async def recent_problem_ids(
    session: AsyncSession, student_id: int, limit: int
) -> list[list[int]]:
    """Return the problem ids of the student's latest sessions, newest first."""
    query = (
        select(PracticeSession.problem_ids)
        .where(PracticeSession.student_id == student_id)
        .order_by(PracticeSession.created_at.desc(), PracticeSession.session_id.desc())
        .limit(limit)
    )
    return [list(ids) for ids in (await session.execute(query)).scalars()]


async def claim_group_notice(session: AsyncSession, chat_id: int, now: datetime) -> bool:
    """Record that a group is being told the bot is private-only; False if it was told before."""
    # An insert that does nothing on conflict: two processes seeing the group at once tell it once.
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    claim = (
        dialect.insert(GroupChat)
        .values(chat_id=chat_id, told_at=now)
        .on_conflict_do_nothing(index_elements=["chat_id"])
        .returning(GroupChat.chat_id)
    )
    return (await session.execute(claim)).first() is not None


@dataclass(frozen=True, slots=True)
class ClosedAttempt:
    """One answered or skipped problem of a practice session, as learning needs it."""

    student_id: int
    problem_id: int
    topic: str
    correct: bool
    attempts: int
    hints_used: int


@dataclass(frozen=True, slots=True)
class TopicLevelRecord:
    """A student's level and record in one topic; `stored` says whether its row exists yet."""

    topic: str
    level: int = 1
    run: int = 0
    answered: int = 0
    correct: int = 0
    stored: bool = False


@dataclass(frozen=True, slots=True)
class ReviewCard:
    """A problem in a student's review queue: its FSRS card and next due time."""

    problem_id: int
    fsrs_card: dict[str, Any]
    due_at: datetime
    reviews: int
    stored: bool = True


async def closed_attempts(uow: UnitOfWork, practice_ids: list[int]) -> list[ClosedAttempt]:
    """Return every answered or skipped problem of some practice sessions, in order."""
    query = (
        select(
            PracticeSession.student_id,
            Response.problem_id,
            Problem.topic,
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
        ClosedAttempt(row[0], row[1], row[2], bool(row[3]), row[4], row[5])
        for row in await uow.session.execute(query)
    ]


async def topic_levels(uow: UnitOfWork, student_id: int) -> dict[str, TopicLevelRecord]:
    """Return the student's level in each topic they have met, keyed by topic."""
    query = select(
        TopicLevel.topic, TopicLevel.level, TopicLevel.run, TopicLevel.answered, TopicLevel.correct
    ).where(TopicLevel.student_id == student_id)
    return {
        row[0]: TopicLevelRecord(row[0], row[1], row[2], row[3], row[4], stored=True)
        for row in await uow.session.execute(query)
    }


async def review_cards(
    uow: UnitOfWork, student_id: int, problem_ids: list[int]
) -> dict[int, ReviewCard]:
    """Return the student's review cards for some problems, keyed by problem id."""
    query = select(
        ReviewItem.problem_id, ReviewItem.fsrs_card, ReviewItem.due_at, ReviewItem.reviews
    ).where(ReviewItem.student_id == student_id, ReviewItem.problem_id.in_(problem_ids))
    return {
        row[0]: ReviewCard(row[0], dict(row[1]), row[2], row[3])
        for row in await uow.session.execute(query)
    }


async def save_topic_levels(
    uow: UnitOfWork, student_id: int, levels: list[TopicLevelRecord]
) -> None:
    """Write changed topic levels: new topics inserted, known ones updated."""
    values = [
        {
            "student_id": student_id,
            "topic": level.topic,
            "level": level.level,
            "run": level.run,
            "answered": level.answered,
            "correct": level.correct,
        }
        for level in levels
    ]
    new = [v for v, level in zip(values, levels, strict=True) if not level.stored]
    if new:
        await uow.session.execute(insert(TopicLevel), new)
    for v, level in zip(values, levels, strict=True):
        if level.stored:
            await uow.session.execute(
                update(TopicLevel)
                .where(TopicLevel.student_id == student_id, TopicLevel.topic == level.topic)
                .values(
                    level=v["level"], run=v["run"], answered=v["answered"], correct=v["correct"]
                )
            )


async def save_review_cards(uow: UnitOfWork, student_id: int, cards: list[ReviewCard]) -> None:
    """Write changed review cards: new ones inserted, known ones updated."""
    new = [
        {
            "student_id": student_id,
            "problem_id": card.problem_id,
            "fsrs_card": card.fsrs_card,
            "due_at": card.due_at,
            "reviews": card.reviews,
        }
        for card in cards
        if not card.stored
    ]
    if new:
        await uow.session.execute(insert(ReviewItem), new)
    for card in cards:
        if card.stored:
            await uow.session.execute(
                update(ReviewItem)
                .where(
                    ReviewItem.student_id == student_id, ReviewItem.problem_id == card.problem_id
                )
                .values(fsrs_card=card.fsrs_card, due_at=card.due_at, reviews=card.reviews)
            )
