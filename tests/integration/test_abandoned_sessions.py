"""A session that runs out of time keeps what was answered: /stats, the reports and the row agree."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.reports.queries.students import student_sessions
from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.practice import ProblemView, SessionExpired, SessionSummary, StatsView
from bot.tutor.reminders import Delivery, Notification, Notifications
from db.enums import SessionStatus
from db.models import PracticeSession, Problem, Response, Student
from db.uow import UnitOfWork
from tests.library_loader import ensure_library

Factory = async_sessionmaker[AsyncSession]
DHAKA = ZoneInfo("Asia/Dhaka")
DAY = date(2026, 12, 4)
MORNING = datetime.combine(DAY, time(9, 0), tzinfo=DHAKA).astimezone(UTC)
TELEGRAM_ID = 4242


class Quiet:
    """A sender that delivers everything at once."""

    per_second = 1000.0

    async def wait_for_turn(self) -> bool:
        return True

    async def deliver(self, notification: Notification) -> Delivery:
        return Delivery.DELIVERED


@pytest.fixture
async def tutor(session_factory: Factory) -> Tutor:
    await ensure_library(session_factory)
    return Tutor(unit_of_work=partial(UnitOfWork, session_factory), timezone=DHAKA)


async def _open_answer(session_factory: Factory) -> str:
    async with session_factory() as session:
        query = (
            select(Problem.answer)
            .join(Response, Response.problem_id == Problem.problem_id)
            .join(PracticeSession, PracticeSession.session_id == Response.session_id)
            .join(Student, Student.student_id == PracticeSession.student_id)
            .where(Student.telegram_id == TELEGRAM_ID, Response.is_correct.is_(None))
        )
        return (await session.execute(query)).scalar_one() or ""


async def _two_right_then_leave(tutor: Tutor, session_factory: Factory) -> None:
    """Register, start practice, answer two problems right (a minute each), then go away."""
    await tutor.start(telegram_id=TELEGRAM_ID, now=MORNING)
    await tutor.submit_text(telegram_id=TELEGRAM_ID, text="Tania", now=MORNING)
    await tutor.choose_grade(telegram_id=TELEGRAM_ID, grade=7)
    await tutor.choose_language(telegram_id=TELEGRAM_ID, language=Language.EN, now=MORNING)
    reply = await tutor.practice(telegram_id=TELEGRAM_ID, now=MORNING)
    assert isinstance(reply.views[-1], ProblemView)
    for minute in (1, 2):
        answer = await _open_answer(session_factory)
        now = MORNING + timedelta(minutes=minute)
        await tutor.submit_text(telegram_id=TELEGRAM_ID, text=answer, now=now)


async def _every_view_says_two_right(tutor: Tutor, session_factory: Factory) -> None:
    stats = (await tutor.stats(telegram_id=TELEGRAM_ID)).views[-1]
    assert isinstance(stats, StatsView)
    abandoned = [s for s in stats.recent if s.status == SessionStatus.ABANDONED]
    assert [(s.correct, s.total) for s in abandoned] == [(2, 5)]
    async with session_factory() as session:
        row = (
            await session.execute(
                select(
                    PracticeSession.session_id,
                    PracticeSession.student_id,
                    PracticeSession.problems_correct,
                    PracticeSession.total_time_seconds,
                ).where(PracticeSession.status == SessionStatus.ABANDONED)
            )
        ).one()
    assert row.problems_correct == 2
    assert row.total_time_seconds == 120  # a minute on each answered problem
    async with UnitOfWork(session_factory) as uow:
        lines = await student_sessions(uow, row.student_id)
    line = next(line for line in lines if line.session_id == row.session_id)
    assert (line.counts.correct, line.counts.answered) == (2, 2)
    assert line.total_time_seconds == 120


async def test_coming_back_after_the_time_limit_keeps_the_score(
    tutor: Tutor, session_factory: Factory
) -> None:
    await _two_right_then_leave(tutor, session_factory)
    back = await tutor.practice(telegram_id=TELEGRAM_ID, now=MORNING + timedelta(minutes=45))
    assert any(isinstance(view, SessionExpired) for view in back.views)
    await _every_view_says_two_right(tutor, session_factory)


async def test_the_expiry_job_keeps_the_score(tutor: Tutor, session_factory: Factory) -> None:
    await _two_right_then_leave(tutor, session_factory)
    notifications = Notifications(
        unit_of_work=partial(UnitOfWork, session_factory),
        timezone=DHAKA,
        default_reminder_time=time(19, 0),
    )
    report = await notifications.expire_sessions(Quiet(), now=MORNING + timedelta(minutes=45))
    assert report.due == 1
    await _every_view_says_two_right(tutor, session_factory)


async def test_a_completed_session_counts_the_same_in_its_summary_stats_and_reports(
    tutor: Tutor, session_factory: Factory
) -> None:
    await tutor.start(telegram_id=TELEGRAM_ID, now=MORNING)
    await tutor.submit_text(telegram_id=TELEGRAM_ID, text="Tania", now=MORNING)
    await tutor.choose_grade(telegram_id=TELEGRAM_ID, grade=7)
    await tutor.choose_language(telegram_id=TELEGRAM_ID, language=Language.BN, now=MORNING)
    views = (await tutor.practice(telegram_id=TELEGRAM_ID, now=MORNING)).views
    for minute in range(1, 6):
        now = MORNING + timedelta(minutes=minute)
        problem = views[-1]
        assert isinstance(problem, ProblemView)
        if minute == 3:  # one problem skipped: four right of five
            views = (
                await tutor.skip(
                    telegram_id=TELEGRAM_ID,
                    practice_id=problem.practice_id,
                    position=problem.position,
                    now=now,
                )
            ).views
            continue
        answer = await _open_answer(session_factory)
        views = (await tutor.submit_text(telegram_id=TELEGRAM_ID, text=answer, now=now)).views
    summary = views[-1]
    assert isinstance(summary, SessionSummary)
    stats = (await tutor.stats(telegram_id=TELEGRAM_ID)).views[-1]
    assert isinstance(stats, StatsView)
    async with session_factory() as session:
        student_id = await session.scalar(select(Student.student_id))
    assert student_id is not None
    async with UnitOfWork(session_factory) as uow:
        (line,) = await student_sessions(uow, student_id)
    assert summary.correct == stats.recent[0].correct == line.counts.correct == 4
    assert summary.time_seconds == line.total_time_seconds
