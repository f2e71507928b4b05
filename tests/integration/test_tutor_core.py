"""The tutoring core driven directly, with the clock passed in: streak days, milestones, freezes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.accounts import Welcome
from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.practice import (
    FreezeUsed,
    ProblemView,
    SessionSummary,
    StreakDetails,
)
from db.models import PracticeSession, Problem, Response, Streak, Student
from db.uow import UnitOfWork
from tests.library_loader import ensure_library

Factory = async_sessionmaker[AsyncSession]
DHAKA = ZoneInfo("Asia/Dhaka")


@pytest.fixture
async def tutor(session_factory: Factory) -> Tutor:
    await ensure_library(session_factory)
    return Tutor(unit_of_work=partial(UnitOfWork, session_factory), timezone=DHAKA)


def dhaka(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=DHAKA).astimezone(UTC)


async def register(tutor: Tutor, telegram_id: int, now: datetime) -> None:
    await tutor.start(telegram_id=telegram_id, now=now)
    await tutor.submit_text(telegram_id=telegram_id, text="Tania", now=now)
    await tutor.choose_grade(telegram_id=telegram_id, grade=8)
    reply = await tutor.choose_language(telegram_id=telegram_id, language=Language.EN, now=now)
    assert isinstance(reply.views[0], Welcome)


async def answer_current(
    tutor: Tutor, session_factory: Factory, telegram_id: int, now: datetime
) -> tuple[object, ...]:
    async with session_factory() as session:
        query = (
            select(Problem.answer)
            .join(Response, Response.problem_id == Problem.problem_id)
            .join(PracticeSession, PracticeSession.session_id == Response.session_id)
            .join(Student, Student.student_id == PracticeSession.student_id)
            .where(Student.telegram_id == telegram_id, Response.is_correct.is_(None))
        )
        answer = (await session.execute(query)).scalar_one()
    reply = await tutor.submit_text(telegram_id=telegram_id, text=answer or "", now=now)
    return reply.views


async def practise_a_whole_session(
    tutor: Tutor, session_factory: Factory, telegram_id: int, now: datetime
) -> SessionSummary:
    reply = await tutor.practice(telegram_id=telegram_id, now=now)
    assert isinstance(reply.views[-1], ProblemView)
    for step in range(5):
        views = await answer_current(
            tutor, session_factory, telegram_id, now + timedelta(minutes=step + 1)
        )
    summary = views[-1]
    assert isinstance(summary, SessionSummary)
    return summary


async def test_a_session_finished_at_23_55_in_dhaka_counts_for_that_day(
    tutor: Tutor, session_factory: Factory
) -> None:
    day = date(2026, 11, 23)
    await register(tutor, 700, dhaka(day, 23, 45))
    summary = await practise_a_whole_session(tutor, session_factory, 700, dhaka(day, 23, 49))
    assert summary.streak.current == 1
    async with session_factory() as session:
        streak = (await session.execute(select(Streak))).scalar_one()
        assert streak.last_practice_date == day
        practice = (await session.execute(select(PracticeSession))).scalar_one()
        assert practice.date == day
    # Ten minutes later it is the next day in Dhaka: a new session grows the streak.
    summary = await practise_a_whole_session(
        tutor, session_factory, 700, dhaka(day, 23, 59) + timedelta(minutes=10)
    )
    assert summary.streak.current == 2


async def test_seven_days_reach_a_milestone_once_and_earn_a_freeze(
    tutor: Tutor, session_factory: Factory
) -> None:
    first = date(2026, 11, 1)
    await register(tutor, 701, dhaka(first, 17))
    summaries = [
        await practise_a_whole_session(
            tutor, session_factory, 701, dhaka(first + timedelta(days=d), 17)
        )
        for d in range(7)
    ]
    assert [s.streak.current for s in summaries] == [1, 2, 3, 4, 5, 6, 7]
    assert [s.milestone for s in summaries] == [None] * 6 + [7]
    assert summaries[-1].streak.freezes == 1

    # Day 9 after missing day 8: the freeze keeps the streak and the student is told.
    reply = await tutor.practice(telegram_id=701, now=dhaka(first + timedelta(days=8), 17))
    assert isinstance(reply.views[0], FreezeUsed)
    assert (reply.views[0].days, reply.views[0].freezes_left) == (1, 0)
    streak = await tutor.streak(telegram_id=701, now=dhaka(first + timedelta(days=8), 17, 5))
    details = streak.views[-1]
    assert isinstance(details, StreakDetails)
    assert details.streak.current == 7


async def test_the_same_day_twice_does_not_grow_the_streak(
    tutor: Tutor, session_factory: Factory
) -> None:
    day = date(2026, 11, 20)
    await register(tutor, 702, dhaka(day, 8))
    await practise_a_whole_session(tutor, session_factory, 702, dhaka(day, 8))
    reply = await tutor.practice(telegram_id=702, now=dhaka(day, 20))
    assert type(reply.views[-1]).__name__ == "AlreadyPractisedToday"


async def test_problems_seen_in_the_last_14_days_are_not_repeated(
    tutor: Tutor, session_factory: Factory
) -> None:
    first = date(2026, 10, 1)
    await register(tutor, 703, dhaka(first, 9))
    for d in range(10):
        await practise_a_whole_session(
            tutor, session_factory, 703, dhaka(first + timedelta(days=d), 9)
        )
    async with session_factory() as session:
        ids = [
            p
            for s in (await session.execute(select(PracticeSession.problem_ids))).scalars()
            for p in s
        ]
    assert len(ids) == 50
    assert len(set(ids)) == 50
