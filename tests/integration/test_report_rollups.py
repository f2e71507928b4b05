"""Every report gives the same figures from the roll-ups as from the raw rows, on both backends."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.reports.documents import build_cost_report, build_usage_report
from bot.reports.periods import days_window, month_window
from bot.reports.queries.rollups import refresh_rollups, rollup_coverage
from bot.reports.records import ClassRef
from bot.tutor.accounts.queries import delete_student, set_grade
from db.enums import SessionStatus
from db.models import (
    ClassMember,
    CostRecord,
    PracticeSession,
    Problem,
    RollupDay,
    SchoolClass,
    Student,
    Teacher,
)
from db.uow import UnitOfWork
from tests.factories import make_problem, make_response, make_session, make_student

Factory = async_sessionmaker[AsyncSession]
DHAKA = ZoneInfo("Asia/Dhaka")
FIRST_DAY = date(2026, 9, 20)
TODAY = date(2026, 12, 3)
NOW = datetime.combine(TODAY, time(12, 0), tzinfo=DHAKA).astimezone(UTC)
STUCK_DAY = date(2026, 10, 7)  # a session the expiry job had not settled at the roll-up
WINDOWS = [
    ("October", month_window(2026, 10, DHAKA)),
    ("November", month_window(2026, 11, DHAKA)),
    ("December so far", month_window(2026, 12, DHAKA)),
    ("mid-October to mid-November", days_window(date(2026, 10, 15), date(2026, 11, 20), DHAKA)),
    ("everything", days_window(FIRST_DAY, TODAY, DHAKA)),
]


def moment(day: date, minutes: int) -> datetime:
    """Return a UTC moment `minutes` after local midnight of a day (beyond 1440: the next day)."""
    return (datetime.combine(day, time(0), tzinfo=DHAKA) + timedelta(minutes=minutes)).astimezone(
        UTC
    )


async def seed(session_factory: Factory) -> dict[str, int]:
    """Twelve students over three grades, ten weeks of sessions, answers and AI costs.

    Two teachers' classes: "7A" holds students 0-5 (every grade), "8B" students 6-8; the
    last three are in no class.
    """
    chance = random.Random(18)
    async with session_factory() as session:
        problems: list[Problem] = []
        for grade in (6, 7, 8):
            for topic in ("fractions", "ratios"):
                for difficulty in (1, 2):
                    problems.append(
                        await make_problem(
                            session,
                            grade=grade,
                            topic=f"t_{topic}",
                            topic_en=topic.title(),
                            difficulty=difficulty,
                        )
                    )
        students = [
            await make_student(session, telegram_id=9100 + n, name=f"S{n}", grade=6 + n % 3)
            for n in range(12)
        ]
        day = FIRST_DAY
        while day <= TODAY:
            for student in students:
                if chance.random() < 0.35:
                    status = chance.choice(
                        [SessionStatus.COMPLETED] * 3 + [SessionStatus.ABANDONED]
                    )
                    if day == TODAY:
                        status = SessionStatus.IN_PROGRESS
                    own = [p for p in problems if p.grade == student.grade]
                    shown = chance.sample(own, 3)
                    practice = await make_session(session, student, shown, date=day, status=status)
                    # Late in the evening some answers land after midnight, on the next day.
                    start = chance.choice([600, 1200, 1430])
                    for n, problem in enumerate(shown):
                        answered = not (status is not SessionStatus.COMPLETED and n == 2)
                        right = chance.random() < 0.6
                        await make_response(
                            session,
                            practice,
                            problem,
                            is_correct=(right if answered else None),
                            attempts=(0 if right else chance.choice([1, 2])),
                            hints_used=chance.randrange(4),
                            evaluated_at=moment(day, start + 8 * n),
                        )
                if chance.random() < 0.2:
                    session.add(
                        CostRecord(
                            student_id=student.student_id,
                            operation=chance.choice(["hint_generation", "answer_evaluation"]),
                            api_provider="claude",
                            input_tokens=900,
                            output_tokens=120,
                            cost_usd=0.0002 * chance.randrange(1, 9),
                            recorded_at=moment(day, chance.randrange(0, 1440)),
                        )
                    )
            day += timedelta(days=1)
        teacher = Teacher(telegram_id=9001, name="Rahima", language="en")
        session.add(teacher)
        await session.flush()
        classes = [
            SchoolClass(teacher_id=teacher.teacher_id, name=name, code=code)
            for name, code in (("Class 7 A", "7A"), ("Class 8 B", "8B"))
        ]
        session.add_all(classes)
        await session.flush()
        for n, student in enumerate(students[:9]):
            class_id = classes[0 if n < 6 else 1].class_id
            session.add(ClassMember(student_id=student.student_id, class_id=class_id))
        # A session of an old day still in progress when it is rolled up, settled later.
        stuck = await make_session(
            session,
            students[0],
            [p for p in problems if p.grade == students[0].grade][:1],
            date=STUCK_DAY,
            status=SessionStatus.IN_PROGRESS,
        )
        await session.commit()
        return {
            "stuck": stuck.session_id,
            "moving": students[4].telegram_id,
            "leaving": students[5].telegram_id,  # in class 7A
            "changing_class": students[2].student_id,  # from 7A to 8B
            "7A": classes[0].class_id,
            "8B": classes[1].class_id,
        }


def class_refs(ids: dict[str, int]) -> list[ClassRef]:
    return [ClassRef(ids[code], code, f"Class {code}") for code in ("7A", "8B")]


async def assert_rollups_agree_with_raw(session_factory: Factory, classes: list[ClassRef]) -> None:
    """Compare every report over every window, grade and class, read both ways, in one snapshot.

    Every grade without a class, every class without a grade, and one class with a grade.
    """
    today = TODAY
    scopes: list[tuple[int | None, ClassRef | None]] = [
        *((grade, None) for grade in (None, 6, 7, 8)),
        *((None, class_ref) for class_ref in classes),
        (7, classes[0]),
    ]
    async with UnitOfWork(session_factory) as uow:
        for label, window in WINDOWS:
            everyone = None
            for grade, class_ref in scopes:
                scope = f"{label}, grade {grade}, class {class_ref and class_ref.code}"
                rolled = await build_usage_report(
                    uow, window=window, grade=grade, today=today, class_ref=class_ref
                )
                raw = await build_usage_report(
                    uow,
                    window=window,
                    grade=grade,
                    today=today,
                    class_ref=class_ref,
                    rollups=False,
                )
                assert rolled == raw, f"usage, {scope}"
                cost = await build_cost_report(
                    uow, window=window, grade=grade, budget_usd=0.1, class_ref=class_ref
                )
                raw_cost = await build_cost_report(
                    uow,
                    window=window,
                    grade=grade,
                    budget_usd=0.1,
                    class_ref=class_ref,
                    rollups=False,
                )
                assert cost == raw_cost, f"cost, {scope}"
                if grade is None and class_ref is None:
                    everyone = rolled
                elif grade is None and everyone is not None:
                    # The class filter bites: some of the school, not none and not all.
                    assert 0 < rolled.active_students < everyone.active_students, scope
                    assert 0 < rolled.answers.answered < everyone.answers.answered, scope


async def refresh(session_factory: Factory, now: datetime = NOW) -> None:
    async with UnitOfWork(session_factory) as uow:
        await refresh_rollups(uow, timezone=DHAKA, now=now)
        await uow.commit()


async def test_reports_read_from_rollups_equal_the_raw_rows(session_factory: Factory) -> None:
    ids = await seed(session_factory)
    classes = class_refs(ids)
    await refresh(session_factory)
    async with UnitOfWork(session_factory) as uow:
        coverage = await rollup_coverage(uow, days_window(FIRST_DAY, TODAY, DHAKA))
        # Closed days come from roll-ups, today from the raw rows; September starts on the
        # 20th, so two months' answers come from month roll-ups.
        assert coverage.rolled == ((FIRST_DAY, TODAY - timedelta(days=1)),)
        assert coverage.raw == ((TODAY, TODAY),)
        assert coverage.months == (date(2026, 10, 1), date(2026, 11, 1))
        rolled_days = await uow.session.scalar(select(func.count()).select_from(RollupDay))
        assert rolled_days == (TODAY - FIRST_DAY).days
    await assert_rollups_agree_with_raw(session_factory, classes)

    # What changes after a roll-up, each in turn: a student moves to another grade (and the
    # stuck session is settled), then one changes teacher's class, then a student deletes
    # themselves. Reports stay exact before the next refresh, and the next day's refresh rolls
    # the stale months again.
    whole = days_window(FIRST_DAY, TODAY, DHAKA)
    async with UnitOfWork(session_factory) as uow:
        moving = await uow.session.scalar(
            select(Student.student_id).where(Student.telegram_id == ids["moving"])
        )
        assert moving is not None
        await set_grade(uow, moving, 8 if (ids["moving"] - 9100) % 3 != 2 else 6)
        await uow.session.execute(
            update(PracticeSession)
            .where(PracticeSession.session_id == ids["stuck"])
            .values(status=SessionStatus.ABANDONED)
        )
        await uow.commit()
    async with UnitOfWork(session_factory) as uow:
        assert (await rollup_coverage(uow, whole)).months == ()  # both hold their answers
    await assert_rollups_agree_with_raw(session_factory, classes)
    await refresh(session_factory, NOW + timedelta(days=1))
    async with UnitOfWork(session_factory) as uow:
        again = await rollup_coverage(uow, whole)
        assert again.rolled == ((FIRST_DAY, TODAY),)
        assert again.months == (date(2026, 10, 1), date(2026, 11, 1))
    await assert_rollups_agree_with_raw(session_factory, classes)

    # A class's reports count its students of today, their past days included, as the raw
    # rows' filter does; the month roll-ups (no student in them) stay clean.
    async with UnitOfWork(session_factory) as uow:
        await uow.session.execute(
            update(ClassMember)
            .where(ClassMember.student_id == ids["changing_class"])
            .values(class_id=ids["8B"])
        )
        await uow.commit()
    async with UnitOfWork(session_factory) as uow:
        assert (await rollup_coverage(uow, whole)).months == (
            date(2026, 10, 1),
            date(2026, 11, 1),
        )
    await assert_rollups_agree_with_raw(session_factory, classes)

    async with UnitOfWork(session_factory) as uow:
        await delete_student(uow, ids["leaving"])
        await uow.commit()
    async with UnitOfWork(session_factory) as uow:
        assert (await rollup_coverage(uow, whole)).months == ()
    await assert_rollups_agree_with_raw(session_factory, classes)
    await refresh(session_factory, NOW + timedelta(days=2))
    async with UnitOfWork(session_factory) as uow:
        assert (await rollup_coverage(uow, whole)).months == (
            date(2026, 10, 1),
            date(2026, 11, 1),
        )
    await assert_rollups_agree_with_raw(session_factory, classes)


async def test_rollups_cut_in_another_time_zone_are_not_used(session_factory: Factory) -> None:
    await seed(session_factory)
    async with UnitOfWork(session_factory) as uow:
        await refresh_rollups(uow, timezone=ZoneInfo("America/New_York"), now=NOW)
        await uow.commit()
    async with UnitOfWork(session_factory) as uow:
        coverage = await rollup_coverage(uow, month_window(2026, 10, DHAKA))
        assert coverage.rolled == ()
        assert coverage.months == ()
    await refresh(session_factory)  # Dhaka's refresh replaces them
    async with UnitOfWork(session_factory) as uow:
        zones = set(await uow.session.scalars(select(RollupDay.timezone)))
        assert zones == {"Asia/Dhaka"}


@pytest.mark.parametrize(
    ("now", "rolled"),
    [
        (moment(TODAY, 30), date(2026, 12, 1)),  # 00:30: yesterday is not closed yet
        (moment(TODAY, 61), date(2026, 12, 2)),  # 01:01: it is
    ],
)
async def test_a_day_is_closed_an_hour_after_it_ends(
    session_factory: Factory, now: datetime, rolled: date
) -> None:
    async with session_factory() as session:
        student = await make_student(session)
        problem = await make_problem(session)
        await make_session(
            session, student, [problem], date=FIRST_DAY, status=SessionStatus.COMPLETED
        )
        await session.commit()
    async with UnitOfWork(session_factory) as uow:
        await refresh_rollups(uow, timezone=DHAKA, now=now)
        await uow.commit()
        assert await uow.session.scalar(select(func.max(RollupDay.day))) == rolled
