"""Simulated students with a fixed skill per topic practise for 30 days through the core."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.practice import ProblemView, StatsView
from db.models import PracticeSession, Problem, Response, ReviewItem, Student, TopicLevel
from db.uow import UnitOfWork
from tests.library_loader import ensure_library

Factory = async_sessionmaker[AsyncSession]
DHAKA = ZoneInfo("Asia/Dhaka")
FIRST_DAY = date(2026, 9, 1)
DAYS = 30
STRONG, WEAK = "pythagoras", "profit_interest"
SKILL = {STRONG: 1.0, WEAK: 0.0}  # other topics: a coin toss


def moment(day: int, minute: int = 0) -> datetime:
    local = datetime.combine(FIRST_DAY + timedelta(days=day), time(17, 0), tzinfo=DHAKA)
    return (local + timedelta(minutes=minute)).astimezone(UTC)


async def open_problem(session_factory: Factory, telegram_id: int) -> Problem:
    async with session_factory() as session:
        query = (
            select(Problem)
            .join(Response, Response.problem_id == Problem.problem_id)
            .join(PracticeSession, PracticeSession.session_id == Response.session_id)
            .join(Student, Student.student_id == PracticeSession.student_id)
            .where(Student.telegram_id == telegram_id, Response.is_correct.is_(None))
        )
        return (await session.execute(query)).scalar_one()


async def due_problem_ids(session_factory: Factory, now: datetime) -> set[int]:
    async with session_factory() as session:
        query = select(ReviewItem.problem_id).where(ReviewItem.due_at <= now)
        return set((await session.execute(query)).scalars())


Simulation = list[tuple[datetime, list[int], set[int]]]


async def simulate(session_factory: Factory) -> Simulation:
    """Run the simulation; return each session's (start, problem ids, reviews due at start)."""
    await ensure_library(session_factory)
    tutor = Tutor(
        unit_of_work=partial(UnitOfWork, session_factory),
        timezone=DHAKA,
        rng=lambda: random.Random(7),
    )
    telegram_id = 880
    await tutor.start(telegram_id=telegram_id, now=moment(0))
    await tutor.submit_text(telegram_id=telegram_id, text="Sumon", now=moment(0))
    await tutor.choose_grade(telegram_id=telegram_id, grade=8)
    await tutor.choose_language(telegram_id=telegram_id, language=Language.EN, now=moment(0))
    async with session_factory() as session:
        student = (await session.execute(select(Student))).scalar_one()
        # Placed at the top level in the weak topic: the tutor must bring it down.
        session.add(TopicLevel(student_id=student.student_id, topic=WEAK, level=3, run=0))
        await session.commit()

    luck = random.Random(11)
    sessions = []
    for day in range(DAYS):
        start = moment(day)
        due = await due_problem_ids(session_factory, start)
        reply = await tutor.practice(telegram_id=telegram_id, now=start)
        assert isinstance(reply.views[-1], ProblemView)
        problem_ids: list[int] = []
        for step in range(5):
            problem = await open_problem(session_factory, telegram_id)
            problem_ids.append(problem.problem_id)
            now = moment(day, step + 1)
            if luck.random() < SKILL.get(problem.topic, 0.5):
                await tutor.submit_text(
                    telegram_id=telegram_id, text=problem.answer or "", now=now
                )
            else:
                view = (await tutor.practice(telegram_id=telegram_id, now=now)).views[-1]
                assert isinstance(view, ProblemView)
                await tutor.skip(
                    telegram_id=telegram_id,
                    practice_id=view.practice_id,
                    position=view.position,
                    now=now,
                )
        sessions.append((start, problem_ids, due))
    return sessions


async def check_levels_follow_the_student(
    simulation: Simulation, session_factory: Factory
) -> None:
    async with session_factory() as session:
        levels = {
            row.topic: row.level for row in (await session.execute(select(TopicLevel))).scalars()
        }
    assert levels[STRONG] == 3
    assert levels[WEAK] == 1


async def check_missed_skills_come_back_as_siblings_when_due(
    simulation: Simulation, session_factory: Factory
) -> None:
    async with session_factory() as session:
        rows = await session.execute(select(Problem.problem_id, Problem.topic, Problem.family))
        topic_of, family_of = {}, {}
        for problem_id, topic, family in rows:
            topic_of[problem_id], family_of[problem_id] = topic, family
    shown: set[int] = set()
    returns_of_weak = 0
    for _, problem_ids, due in simulation:
        due_families = {family_of[p] for p in due}
        for problem_id in problem_ids:
            assert problem_id not in shown, "a problem was shown twice in a month"
            shown.add(problem_id)
            if family_of[problem_id] in due_families and problem_id not in due:
                returns_of_weak += topic_of[problem_id] == WEAK
    # The profit sums the student keeps missing come back, each time with new numbers.
    assert returns_of_weak >= 2


async def check_every_topic_comes_up_within_seven_sessions(
    simulation: Simulation, session_factory: Factory
) -> None:
    async with session_factory() as session:
        topic_of = dict(
            (
                await session.execute(
                    select(Problem.problem_id, Problem.topic).where(Problem.grade == 8)
                )
            ).all()
        )
    all_topics = set(topic_of.values())
    for first in range(len(simulation) - 6):
        window = simulation[first : first + 7]
        seen = {topic_of[p] for _, ids, _ in window for p in ids}
        assert seen == all_topics, f"sessions {first}-{first + 6} missed {all_topics - seen}"


async def check_stats_show_the_review_queue_and_levels(
    simulation: Simulation, session_factory: Factory
) -> None:
    tutor = Tutor(unit_of_work=partial(UnitOfWork, session_factory), timezone=DHAKA)
    view = (await tutor.stats(telegram_id=880)).views[0]
    assert isinstance(view, StatsView)
    assert view.review_queue > 0
    assert {t.level for t in view.topics} <= {1, 2, 3}
    assert any(t.level == 3 for t in view.topics)


async def check_the_review_queue_holds_one_card_per_skill(session_factory: Factory) -> None:
    async with session_factory() as session:
        query = select(Problem.family, ReviewItem.reviews).join(
            Problem, Problem.problem_id == ReviewItem.problem_id
        )
        cards = (await session.execute(query)).all()
    families = [family for family, _ in cards]
    assert len(families) == len(set(families))
    assert any(reviews >= 2 for _, reviews in cards)  # a sibling's result moved the same card


async def test_thirty_days_of_practice_follow_the_student(session_factory: Factory) -> None:
    simulation = await simulate(session_factory)
    await check_levels_follow_the_student(simulation, session_factory)
    await check_missed_skills_come_back_as_siblings_when_due(simulation, session_factory)
    await check_every_topic_comes_up_within_seven_sessions(simulation, session_factory)
    await check_stats_show_the_review_queue_and_levels(simulation, session_factory)
    await check_the_review_queue_holds_one_card_per_skill(session_factory)
