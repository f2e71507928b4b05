"""👍 / 👎 on Claude's hints: kept once per hint, changeable, only by the student it was for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.reports.documents import build_usage_report
from bot.reports.formats.fields import usage_document
from bot.reports.periods import month_window
from bot.tutor.facade import Tutor
from bot.tutor.replies import Notice, NoticeView, Reply
from db.models import HintRating
from db.uow import UnitOfWork
from tests.factories import make_problem, make_response, make_session, make_student

Factory = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
AI_HINT = {
    "hint_number": 4,
    "text_en": "Which price is the percent taken on?",
    "text_bn": "",
    "is_ai_generated": True,
    "model": "claude-haiku-5-5",
    "prompt_version": 2,
}
OLD_AI_HINT = {"hint_number": 5, "text_en": "Try again.", "text_bn": "", "is_ai_generated": True}
STATIC_HINT = {"hint_number": 1, "text_en": "Start with the cost.", "text_bn": "শুরু করো।"}


@dataclass
class World:
    """A student with hints on one response, another student, and the tutor."""

    tutor: Tutor
    session_factory: Factory
    student: int
    other: int
    response_id: int

    async def rate(self, hint_number: int, *, helpful: bool, telegram_id: int = 0) -> Reply:
        """Press 👍 or 👎 under a hint."""
        return await self.tutor.rate_hint(
            telegram_id=telegram_id or self.student,
            response_id=self.response_id,
            hint_number=hint_number,
            helpful=helpful,
            now=NOW,
        )

    async def ratings(self) -> list[tuple[int, bool, str, int]]:
        """Every rating kept: hint number, helpful, model, prompt version."""
        async with self.session_factory() as session:
            rows = await session.scalars(select(HintRating).order_by(HintRating.hint_number))
            return [(r.hint_number, r.helpful, r.model, r.prompt_version) for r in rows]


@pytest.fixture
async def world(session_factory: Factory) -> World:
    """Insert two students and one response with a static and two AI hints."""
    async with session_factory() as session:
        student = await make_student(session)
        other = await make_student(session)
        problem = await make_problem(session)
        practice = await make_session(session, student, [problem])
        hints = [STATIC_HINT, AI_HINT, OLD_AI_HINT]
        response = await make_response(session, practice, problem, hints_viewed=hints)
        await session.commit()
        ids = (student.telegram_id, other.telegram_id, response.response_id)
    tutor = Tutor(unit_of_work=partial(UnitOfWork, session_factory), timezone=ZoneInfo("UTC"))
    return World(tutor, session_factory, *ids)


async def test_a_rating_is_kept_with_the_model_and_prompt_and_can_change(world: World) -> None:
    thanks = await world.rate(4, helpful=True)
    assert thanks.views == (NoticeView(Notice.HINT_HELPFUL),)
    assert await world.ratings() == [(4, True, "claude-haiku-5-5", 2)]

    changed = await world.rate(4, helpful=False)
    assert changed.views == (NoticeView(Notice.HINT_NOT_HELPFUL),)
    assert await world.ratings() == [(4, False, "claude-haiku-5-5", 2)]


async def test_a_hint_from_before_ratings_is_kept_as_unknown(world: World) -> None:
    await world.rate(5, helpful=True)

    assert await world.ratings() == [(5, True, "unknown", 1)]


@pytest.mark.parametrize(
    ("hint_number", "foreign"),
    [
        pytest.param(1, False, id="a library hint"),
        pytest.param(3, False, id="a hint never shown"),
        pytest.param(4, True, id="another student's hint"),
    ],
)
async def test_a_press_on_no_ai_hint_of_ones_own_keeps_nothing(
    world: World, hint_number: int, *, foreign: bool
) -> None:
    reply = await world.rate(hint_number, helpful=True, telegram_id=world.other if foreign else 0)

    assert reply.views == (NoticeView(Notice.STALE_BUTTON),)
    assert await world.ratings() == []


async def test_the_usage_report_shows_the_share_of_helpful_hints_per_model_and_prompt(
    world: World,
) -> None:
    await world.rate(4, helpful=True)
    await world.rate(5, helpful=False)

    window = month_window(2026, 11, ZoneInfo("Asia/Dhaka"))
    async with UnitOfWork(world.session_factory) as uow:
        report = await build_usage_report(uow, window=window, grade=None, today=NOW.date())
        other_grade = await build_usage_report(uow, window=window, grade=8, today=NOW.date())
    rows = usage_document(report).sections["ai_hint_feedback"]

    assert [(r["model"], r["prompt_version"], r["rated"], r["helpful"]) for r in rows] == [
        ("unknown", 1, 1, 0),
        ("claude-haiku-5-5", 2, 1, 1),
    ]
    assert rows[1]["helpful_share"] == 1.0
    assert other_grade.hint_feedback == ()  # the student is in class 7
