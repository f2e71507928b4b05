"""A student's first week (issue 17): what the Telegram adapter shows for one action at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import Settings
from db.models import Problem, Student
from tests.e2e.direct_bot import DirectBot, Sent, start_direct_bot
from tests.e2e.fake_telegram import FakeTelegram, SentMessage
from tests.factories import make_problem, make_response, make_session, make_student
from tests.library_loader import ensure_library

Factory = async_sessionmaker[AsyncSession]
CHOICES = [{"en": "acute", "bn": "সূক্ষ্মকোণী"}, {"en": "right", "bn": "সমকোণী"}]


@pytest.fixture
async def bot(
    database_url: str, telegram: FakeTelegram, session_factory: Factory
) -> AsyncIterator[DirectBot]:
    """The real Application with handlers called directly, over each backend."""
    await ensure_library(session_factory)
    settings = Settings(
        TELEGRAM_BOT_TOKEN="123456:WEEK-TOKEN",  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=database_url,
    )
    running = await start_direct_bot(settings, telegram)
    yield running
    await running.stop()


async def student_on_a_choice_problem(
    session_factory: Factory, *, language: str, telegram_id: int
) -> tuple[Student, Problem]:
    """A registered student whose open practice has one multiple-choice problem, then another."""
    async with session_factory() as session:
        student = await make_student(session, telegram_id=telegram_id, language=language)
        choice = await make_problem(
            session,
            question_en="A triangle has a 90° angle. What kind of triangle is it?",
            question_bn="একটি ত্রিভুজের একটি কোণ ৯০°। এটি কোন ধরনের ত্রিভুজ?",
            answer="B",
            answer_kind="choice",
            answer_spec={"choices": CHOICES},
        )
        after = await make_problem(session)
        now = datetime.now(UTC)
        practice = await make_session(
            session,
            student,
            [choice, after],
            date=now.date(),
            expires_at=now + timedelta(minutes=30),
        )
        await make_response(
            session, practice, choice, student_answer=None, is_correct=None, started_at=now
        )
        await session.commit()
    return student, choice


def one_message(sent: Sent, user: int) -> SentMessage:
    """The one message an action sent, and no edit."""
    messages = sent.to(user)
    assert len(messages) == 1, [m.text for m in messages]
    assert not [c for c in sent.calls if c.startswith("edit")]
    return messages[0]


def labels(message: SentMessage) -> list[str]:
    """Every button label of a message, row after row."""
    return [button["text"] for row in message.buttons for button in row]


async def test_a_choice_problem_shows_its_options_and_a_tap_answers_it(
    bot: DirectBot, session_factory: Factory
) -> None:
    user = 9101
    await student_on_a_choice_problem(session_factory, language="en", telegram_id=user)
    problem = one_message(await bot.feed(bot.text(user, "/practice")), user)
    assert "A) acute\nB) right" in problem.text
    assert labels(problem)[:2] == ["A) acute", "B) right"]

    wrong = one_message(await bot.feed(bot.press(user, problem.button("A)"))), user)
    assert wrong.text.startswith("❌ Not quite.")
    assert wrong.button("Hint").startswith("hint:")  # "press Hint" has a Hint to press
    right = one_message(await bot.feed(bot.press(user, wrong.button("B)"))), user)
    assert right.text.startswith("✅ Correct!")
    assert "Problem 2/2" in right.text
    # A spent option of the student's own practice is answered silently, like a double tap.
    assert (await bot.feed(bot.press(user, wrong.button("B)")))).to(user) == []
    assert bot.errors == []


async def test_options_are_lettered_as_a_bengali_textbook_letters_them(
    bot: DirectBot, session_factory: Factory
) -> None:
    user = 9102
    await student_on_a_choice_problem(session_factory, language="bn", telegram_id=user)
    problem = one_message(await bot.feed(bot.text(user, "/practice")), user)
    assert "ক) সূক্ষ্মকোণী\nখ) সমকোণী" in problem.text
    right = one_message(await bot.feed(bot.text(user, "খ")), user)
    assert right.text.startswith("✅ সঠিক")


async def test_switching_language_mid_session_shows_the_open_problem_again_at_once(
    bot: DirectBot, session_factory: Factory
) -> None:
    user = 9103
    await student_on_a_choice_problem(session_factory, language="en", telegram_id=user)
    one_message(await bot.feed(bot.text(user, "/practice")), user)
    asked = one_message(await bot.feed(bot.text(user, "/language")), user)
    switched = one_message(await bot.feed(bot.press(user, asked.button("বাংলা"))), user)
    assert "ধরনের ত্রিভুজ" in switched.text  # the same problem, now in Bengali
    assert switched.button("খ)").startswith("option:")
    assert switched.button("সংকেত").startswith("hint:")


async def test_starting_again_mid_session_says_which_problem_waits(
    bot: DirectBot, session_factory: Factory
) -> None:
    user = 9104
    await student_on_a_choice_problem(session_factory, language="en", telegram_id=user)
    welcome = one_message(await bot.feed(bot.text(user, "/start")), user)
    assert "Welcome back" in welcome.text
    assert "Problem 1/2 of today's practice is waiting for you." in welcome.text
    resumed = one_message(await bot.feed(bot.press(user, welcome.button("Continue"))), user)
    assert resumed.text.startswith("Problem 1/2")


@pytest.mark.parametrize(
    ("app_language", "english", "bengali"),
    [("en", True, False), ("bn", False, True), ("en-GB", True, False), (None, True, True)],
)
async def test_before_a_language_is_chosen_the_bot_speaks_the_apps_language_or_both(
    bot: DirectBot, app_language: str | None, english: bool, bengali: bool
) -> None:
    user = 9105
    if app_language is not None:
        bot.app_languages[user] = app_language
    asked = one_message(await bot.feed(bot.text(user, "/start")), user)
    assert ("What is your name?" in asked.text) is english
    assert ("তোমার নাম কী?" in asked.text) is bengali
    grade = one_message(await bot.feed(bot.text(user, "Tanvir")), user)
    assert ("Class 7" in labels(grade)[1]) is english
    assert ("সপ্তম শ্রেণি" in labels(grade)[1]) is bengali
    chosen = one_message(await bot.feed(bot.press(user, "grade:7")), user)
    welcome = one_message(await bot.feed(bot.press(user, chosen.button("বাংলা"))), user)
    assert "Tanvir" in welcome.text  # the chosen language only, from now on
    assert "You" not in welcome.text
