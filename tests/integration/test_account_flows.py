"""Typed answers to the bot's own questions: a class while registering, yes or no after
/delete_me, a new name from /profile; and /profile's class change, on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.accounts import (
    AskGrade,
    AskLanguage,
    AskName,
    AskNewName,
    DeleteCancelled,
    Deleted,
    GradeChanged,
    NameChanged,
    NameProblem,
    ProfileView,
)
from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.practice import ProblemView
from bot.tutor.replies import Notice, NoticeView
from db.models import PracticeSession, Problem, Student
from db.uow import UnitOfWork
from tests.library_loader import ensure_library

Factory = async_sessionmaker[AsyncSession]
DHAKA = ZoneInfo("Asia/Dhaka")
NOW = datetime.combine(date(2026, 12, 4), time(10, 0), tzinfo=DHAKA).astimezone(UTC)
USER = 777


@pytest.fixture
async def tutor(session_factory: Factory) -> Tutor:
    await ensure_library(session_factory)
    return Tutor(unit_of_work=partial(UnitOfWork, session_factory), timezone=DHAKA)


async def _registered(tutor: Tutor, language: Language = Language.EN) -> None:
    await tutor.start(telegram_id=USER, now=NOW)
    await tutor.submit_text(telegram_id=USER, text="Tania", now=NOW)
    await tutor.choose_grade(telegram_id=USER, grade=7)
    await tutor.choose_language(telegram_id=USER, language=language, now=NOW)


async def _students(session_factory: Factory) -> int:
    async with session_factory() as session:
        return int(await session.scalar(select(func.count()).select_from(Student)) or 0)


async def _type(tutor: Tutor, text: str, *, minutes: int = 1) -> object:
    reply = await tutor.submit_text(
        telegram_id=USER, text=text, now=NOW + timedelta(minutes=minutes)
    )
    return reply.views[-1]


# --- Item 6: the class, typed -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["7", "৭", "class 7", "Class 7", "৭ম শ্রেণি", "seven"])
async def test_a_typed_class_counts_like_the_button(
    tutor: Tutor, session_factory: Factory, typed: str
) -> None:
    await tutor.start(telegram_id=USER, now=NOW)
    await tutor.submit_text(telegram_id=USER, text="Tania", now=NOW)
    assert await _type(tutor, typed) == AskLanguage(registering=True)
    await tutor.choose_language(telegram_id=USER, language=Language.BN, now=NOW)
    async with session_factory() as session:
        assert await session.scalar(select(Student.grade)) == 7


@pytest.mark.parametrize("typed", ["9", "class 5", "hello", "7 or 8"])
async def test_anything_else_is_told_the_choices(
    tutor: Tutor, session_factory: Factory, typed: str
) -> None:
    await tutor.start(telegram_id=USER, now=NOW)
    await tutor.submit_text(telegram_id=USER, text="Tania", now=NOW)
    assert await _type(tutor, typed) == AskGrade("Tania", unclear=True)
    # The buttons still work afterwards.
    reply = await tutor.choose_grade(telegram_id=USER, grade=8)
    assert reply.views == (AskLanguage(registering=True),)


# --- Item 7 (part): a long message while registering is about the name ---------------------


async def test_a_5000_character_name_is_told_about_the_name(tutor: Tutor) -> None:
    await tutor.start(telegram_id=USER, now=NOW)
    assert await _type(tutor, "ক" * 5000) == AskName(NameProblem.TOO_LONG)
    assert await _type(tutor, "Tania") == AskGrade("Tania")


async def test_a_long_message_from_a_student_is_still_too_long(tutor: Tutor) -> None:
    await _registered(tutor)
    assert await _type(tutor, "1" * 5000) == NoticeView(Notice.TOO_LONG)


# --- Item 5: /delete_me, then typing --------------------------------------------------------


@pytest.mark.parametrize("typed", ["yes", "হ্যাঁ", "ha", "y", "Yes!"])
async def test_a_typed_yes_deletes_like_the_button(
    tutor: Tutor, session_factory: Factory, typed: str
) -> None:
    await _registered(tutor)
    await tutor.ask_delete(telegram_id=USER, now=NOW)
    assert await _type(tutor, typed) == Deleted()
    assert await _students(session_factory) == 0


@pytest.mark.parametrize("typed", ["no", "না"])
async def test_a_typed_no_keeps_everything(
    tutor: Tutor, session_factory: Factory, typed: str
) -> None:
    await _registered(tutor)
    await tutor.ask_delete(telegram_id=USER, now=NOW)
    assert await _type(tutor, typed) == DeleteCancelled()
    assert await _students(session_factory) == 1


async def test_anything_else_cancels_in_one_line_and_a_later_yes_deletes_nothing(
    tutor: Tutor, session_factory: Factory
) -> None:
    await _registered(tutor)
    await tutor.ask_delete(telegram_id=USER, now=NOW)
    assert await _type(tutor, "maybe later") == DeleteCancelled(unclear=True)
    assert await _type(tutor, "yes", minutes=2) == NoticeView(Notice.NO_ACTIVE_SESSION)
    assert await _students(session_factory) == 1


async def test_any_other_action_ends_the_question(tutor: Tutor, session_factory: Factory) -> None:
    await _registered(tutor)
    await tutor.ask_delete(telegram_id=USER, now=NOW)
    await tutor.stats(telegram_id=USER)
    assert await _type(tutor, "yes") == NoticeView(Notice.NO_ACTIVE_SESSION)
    assert await _students(session_factory) == 1


async def test_a_yes_typed_long_after_the_question_deletes_nothing(
    tutor: Tutor, session_factory: Factory
) -> None:
    await _registered(tutor)
    await tutor.ask_delete(telegram_id=USER, now=NOW)
    assert await _type(tutor, "yes", minutes=60) == NoticeView(Notice.NO_ACTIVE_SESSION)
    assert await _students(session_factory) == 1


async def test_the_buttons_keep_working_after_the_question(
    tutor: Tutor, session_factory: Factory
) -> None:
    await _registered(tutor)
    await tutor.ask_delete(telegram_id=USER, now=NOW)
    reply = await tutor.confirm_delete(telegram_id=USER, confirmed=True, now=NOW)
    assert reply.views == (Deleted(),)
    assert await _students(session_factory) == 0


async def test_an_old_yes_button_deletes_nothing_once_the_question_is_answered(
    tutor: Tutor, session_factory: Factory
) -> None:
    await _registered(tutor)
    await tutor.ask_delete(telegram_id=USER, now=NOW)
    assert await _type(tutor, "no") == DeleteCancelled()
    reply = await tutor.confirm_delete(telegram_id=USER, confirmed=True, now=NOW)
    assert reply.views == (NoticeView(Notice.STALE_BUTTON),)
    assert await _students(session_factory) == 1


# --- Item 11: /profile ----------------------------------------------------------------------


async def test_profile_shows_name_and_class_and_offers_the_other_classes(tutor: Tutor) -> None:
    await _registered(tutor, Language.BN)
    reply = await tutor.profile(telegram_id=USER)
    assert reply.language is Language.BN
    assert reply.views == (ProfileView("Tania", 7, (6, 8)),)


async def test_a_class_change_applies_from_the_next_session(
    tutor: Tutor, session_factory: Factory
) -> None:
    await _registered(tutor)
    first = await tutor.practice(telegram_id=USER, now=NOW)
    assert isinstance(first.views[-1], ProblemView)
    reply = await tutor.change_grade(telegram_id=USER, grade=8)
    assert reply.views == (GradeChanged(8),)
    async with session_factory() as session:
        grades = await _session_grades(session)
    assert grades == [{7}]  # the session already started keeps its problems
    # The next session, the next day, draws from class 8.
    await tutor.practice(telegram_id=USER, now=NOW + timedelta(days=1))
    async with session_factory() as session:
        assert (await _session_grades(session))[-1] == {8}


async def _session_grades(session: AsyncSession) -> list[set[int]]:
    sessions = (
        await session.execute(
            select(PracticeSession.problem_ids).order_by(PracticeSession.session_id)
        )
    ).scalars()
    grades = []
    for ids in sessions:
        rows = await session.execute(select(Problem.grade).where(Problem.problem_id.in_(ids)))
        grades.append(set(rows.scalars()))
    return grades


async def test_a_new_name_is_the_next_typed_message_and_is_validated(
    tutor: Tutor, session_factory: Factory
) -> None:
    await _registered(tutor)
    assert (await tutor.ask_new_name(telegram_id=USER, now=NOW)).views == (AskNewName(),)
    assert await _type(tutor, "123") == AskNewName(NameProblem.EMPTY)
    assert await _type(tutor, "x" * 101, minutes=2) == AskNewName(NameProblem.TOO_LONG)
    assert await _type(tutor, "  তানিয়া  রহমান ", minutes=3) == NameChanged("তানিয়া রহমান")
    assert (await tutor.profile(telegram_id=USER)).views[0] == ProfileView("তানিয়া রহমান", 7, (6, 8))
    # Asked once, taken once: the next message is an answer again.
    assert await _type(tutor, "Rafi", minutes=4) == NoticeView(Notice.NO_ACTIVE_SESSION)


async def test_a_stale_class_button_changes_nothing(tutor: Tutor) -> None:
    await _registered(tutor)
    reply = await tutor.change_grade(telegram_id=USER, grade=9)
    assert reply.views == (NoticeView(Notice.STALE_BUTTON),)
