"""Students talk to the real PTB Application through a local Bot API server, on both backends."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import Settings
from bot.tutor.numerals import to_bengali_digits
from db.enums import SessionStatus
from db.models import PracticeSession, Problem, Response, Streak, Student
from tests.e2e.conftest import RunningBot, start_bot
from tests.e2e.fake_telegram import FakeTelegram, SentMessage

Factory = async_sessionmaker[AsyncSession]
BENGALI_LETTERS = re.compile(r"[\u0980-\u09FF]")


async def register(
    telegram: FakeTelegram, user: int, *, language: str, name: str = "Rahim"
) -> SentMessage:
    """Go through /start: name, grade 7, language; return the welcome message."""
    telegram.send_text(user, "/start")
    ask_name = (await telegram.wait_for(user, 1))[-1]
    assert "What is your name?" in ask_name.text
    telegram.send_text(user, name)
    ask_grade = (await telegram.wait_for(user, 2))[-1]
    telegram.press(user, ask_grade.button("Class 7"))
    ask_language = (await telegram.wait_for(user, 3))[-1]
    telegram.press(user, ask_language.button("English" if language == "en" else "বাংলা"))
    return (await telegram.wait_for(user, 4))[-1]


async def current_problem(session_factory: Factory, user: int) -> tuple[Problem, Response]:
    """Return the student's open problem and response, read from the database."""
    async with session_factory() as session:
        query = (
            select(Problem, Response)
            .join(Response, Response.problem_id == Problem.problem_id)
            .join(PracticeSession, PracticeSession.session_id == Response.session_id)
            .join(Student, Student.student_id == PracticeSession.student_id)
            .where(Student.telegram_id == user, Response.is_correct.is_(None))
        )
        problem, response = (await session.execute(query)).one()
        return problem, response


def wrong_answer(problem: Problem) -> str:
    """Return an answer that is surely wrong for this problem."""
    return "B" if problem.answer_kind == "choice" and problem.answer != "B" else "999999"


async def test_a_student_registers_and_completes_a_session_in_english(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 501
    welcome = await register(telegram, user, language="en")
    assert "You're all set, Rahim!" in welcome.text
    assert not BENGALI_LETTERS.search(welcome.text)  # the chosen language only, from now on
    telegram.press(user, welcome.button("Practice"))
    first = (await telegram.wait_for(user, 5))[-1]
    assert first.text.startswith("Problem 1/5")
    assert first.button("Hint (3 left)")  # beside the options, if it is a choice problem

    telegram.press(user, first.button("Hint"))
    hint = (await telegram.wait_for(user, 6))[-1]
    assert hint.text.startswith("💡 Hint 1:")
    problem, _ = await current_problem(session_factory, user)
    telegram.send_text(user, problem.answer or "")
    second = (await telegram.wait_for(user, 7))[-1]  # praise and the next problem: one message
    assert second.text.startswith("✅ Correct!")
    assert "Problem 2/5" in second.text

    problem, _ = await current_problem(session_factory, user)
    telegram.send_text(user, wrong_answer(problem))
    try_again = (await telegram.wait_for(user, 8))[-1]
    assert "Not quite" in try_again.text
    assert try_again.button("Hint").startswith("hint:")  # "press Hint" has a Hint to press
    assert try_again.button("Skip").startswith("skip:")
    telegram.send_text(user, wrong_answer(problem))
    third = (await telegram.wait_for(user, 9))[-1]
    assert "The answer is" in third.text
    assert "Problem 3/5" in third.text

    telegram.press(user, third.button("Skip"))
    fourth = (await telegram.wait_for(user, 10))[-1]
    assert fourth.text.startswith("Skipped.")
    assert "Problem 4/5" in fourth.text
    telegram.press(user, third.button("Skip"))  # a second tap on a spent button says nothing
    for count in (11, 12):
        problem, _ = await current_problem(session_factory, user)
        telegram.send_text(user, problem.answer or "")
        await telegram.wait_for(user, count)
    summary = telegram.messages_to(user)[-1]
    assert "Session complete! Score: 3/5" in summary.text
    assert "Streak: 1 day 🔥" in summary.text

    async with session_factory() as session:
        practice = (await session.execute(select(PracticeSession))).scalar_one()
        assert practice.status is SessionStatus.COMPLETED
        assert practice.problems_correct == 3
        responses = (await session.execute(select(Response))).scalars().all()
        assert len(responses) == 5
        by_problem = {r.problem_id: r for r in responses}
        first_response = by_problem[practice.problem_ids[0]]
        assert (first_response.hints_used, first_response.confidence_level.value) == (1, "medium")
        assert by_problem[practice.problem_ids[1]].confidence_level.value == "low"
        assert by_problem[practice.problem_ids[2]].student_answer is None
        assert by_problem[practice.problem_ids[3]].confidence_level.value == "high"
        streak = (await session.execute(select(Streak))).scalar_one()
        assert (streak.current_streak, streak.longest_streak) == (1, 1)

    telegram.send_text(user, "/practice")
    done = (await telegram.wait_for(user, 13))[-1]
    assert "You've finished today's practice" in done.text
    # 14 actions (3 registration steps, /start, Practice, Hint, 5 answers, Skip, a spent Skip,
    # /practice): one message each at most, never an edit, and nothing for the spent button.
    await asyncio.sleep(0.2)
    assert len(telegram.messages_to(user)) == 13
    sends = [c for c in telegram.calls if c.startswith(("send", "edit")) and c != "sendChatAction"]
    assert len(sends) == 13


async def test_a_bengali_student_sees_bengali_and_may_answer_in_bengali_digits(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 502
    welcome = await register(telegram, user, language="bn", name="  ফাতেমা  ")
    assert "ফাতেমা" in welcome.text
    telegram.press(user, welcome.button("অনুশীলন"))
    first = (await telegram.wait_for(user, 5))[-1]
    assert first.text.startswith("সমস্যা ১/৫")
    assert BENGALI_LETTERS.search(first.text.split("\n\n", 1)[1])
    problem, _ = await current_problem(session_factory, user)
    telegram.send_text(user, to_bengali_digits(problem.answer or ""))
    correct = (await telegram.wait_for(user, 6))[-1]
    assert correct.text.startswith("✅ সঠিক")
    telegram.send_text(user, "/streak")
    streak = (await telegram.wait_for(user, 7))[-1]
    assert "চলতি ধারা: ০ দিন" in streak.text
    assert set(telegram.commands) == {"", "bn", "en"}


async def test_a_restarted_bot_continues_the_session_where_it_was(
    bot: RunningBot,
    bot_settings: Settings,
    telegram: FakeTelegram,
    session_factory: Factory,
) -> None:
    user = 503
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    first = (await telegram.wait_for(user, 5))[-1]
    telegram.press(user, first.button("Hint"))
    await telegram.wait_for(user, 6)
    await bot.stop()

    restarted = await start_bot(bot_settings)
    try:
        telegram.send_text(user, "/practice")
        resumed = (await telegram.wait_for(user, 7))[-1]
        assert resumed.text.startswith("Problem 1/5")
        assert resumed.button("Hint (2 left)")
        problem, _ = await current_problem(session_factory, user)
        telegram.send_text(user, problem.answer or "")
        assert "Problem 2/5" in (await telegram.wait_for(user, 8))[-1].text
    finally:
        await restarted.stop()


async def test_bad_input_gets_one_clear_reply_and_writes_nothing(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    stranger, student = 504, 505
    telegram.press(stranger, "hint:1:1:0")
    assert "/start" in (await telegram.wait_for(stranger, 1))[-1].text
    telegram.send_text(stranger, "42")
    assert "/start" in (await telegram.wait_for(stranger, 2))[-1].text

    welcome = await register(telegram, student, language="en")
    telegram.send_sticker(student)
    assert "only read typed answers" in (await telegram.wait_for(student, 5))[-1].text
    telegram.send_text(student, "/fly")
    assert "don't know that command" in (await telegram.wait_for(student, 6))[-1].text
    telegram.send_text(student, "x" * 501)
    assert "too long" in (await telegram.wait_for(student, 7))[-1].text
    telegram.press(student, "hint:99999:1:0")
    assert "no longer active" in (await telegram.wait_for(student, 8))[-1].text
    telegram.press(student, "hint:abc")
    assert "no longer active" in (await telegram.wait_for(student, 9))[-1].text
    telegram.send_text(student, "/start", chat_type="group")
    assert "private chat" in (await telegram.wait_for(-student, 1))[-1].text

    telegram.press(student, welcome.button("Practice"))
    problem_message = (await telegram.wait_for(student, 10))[-1]
    telegram.send_text(student, "idk 😀")
    assert "couldn't find an answer" in (await telegram.wait_for(student, 11))[-1].text
    # Another student's session id in callback data is refused like any stale button.
    telegram.press(stranger, problem_message.button("Hint"))
    assert "/start" in (await telegram.wait_for(stranger, 3))[-1].text
    async with session_factory() as session:
        _, response = await current_problem(session_factory, student)
        assert (response.attempts, response.hints_used) == (0, 0)
        assert await session.scalar(select(func.count()).select_from(Student)) == 1


async def test_two_quick_hint_presses_record_one_hint(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 506
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    first = (await telegram.wait_for(user, 5))[-1]
    telegram.press(user, first.button("Hint"))
    telegram.press(user, first.button("Hint"))
    await telegram.wait_for(user, 6)
    await asyncio.sleep(0.5)
    _, response = await current_problem(session_factory, user)
    assert response.hints_used == 1
    assert len(telegram.messages_to(user)) == 6


async def test_delete_me_removes_every_row_of_the_student(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 507
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    await telegram.wait_for(user, 5)
    telegram.send_text(user, "/delete_me")
    confirm = (await telegram.wait_for(user, 6))[-1]
    telegram.press(user, confirm.button("Yes"))
    assert "deleted" in (await telegram.wait_for(user, 7))[-1].text
    async with session_factory() as session:
        for model in (Student, PracticeSession, Response, Streak):
            assert await session.scalar(select(func.count()).select_from(model)) == 0


async def test_an_answer_after_the_time_limit_ends_the_session(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 508
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    await telegram.wait_for(user, 5)
    async with session_factory() as session:
        practice = (await session.execute(select(PracticeSession))).scalar_one()
        practice.expires_at = practice.created_at - timedelta(minutes=1)
        await session.commit()
    telegram.send_text(user, "12")
    expired = (await telegram.wait_for(user, 6))[-1]
    assert "ended" in expired.text
    telegram.press(user, expired.button("Practice"))
    assert (await telegram.wait_for(user, 7))[-1].text.startswith("Problem 1/5")
    async with session_factory() as session:
        statuses = (await session.execute(select(PracticeSession.status))).scalars().all()
        assert sorted(statuses) == [SessionStatus.ABANDONED, SessionStatus.IN_PROGRESS]
