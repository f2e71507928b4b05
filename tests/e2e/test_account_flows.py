"""A new student in Telegram types where buttons are offered: a class, a yes, a new name."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import Student
from tests.e2e.conftest import RunningBot
from tests.e2e.fake_telegram import FakeTelegram, SentMessage

Factory = async_sessionmaker[AsyncSession]


async def _say(telegram: FakeTelegram, user: int, text: str) -> SentMessage:
    before = len(telegram.messages_to(user))
    telegram.send_text(user, text)
    return (await telegram.wait_for(user, before + 1))[-1]


async def _press(
    telegram: FakeTelegram, user: int, message: SentMessage, label: str
) -> SentMessage:
    before = len(telegram.messages_to(user))
    telegram.press(user, message.button(label))
    return (await telegram.wait_for(user, before + 1))[-1]


async def _register_typing_the_class(
    telegram: FakeTelegram, user: int, typed_class: str, language: str
) -> SentMessage:
    await _say(telegram, user, "/start")
    ask_grade = await _say(telegram, user, "তানভীর")
    unclear = await _say(telegram, user, "nine")
    assert "6, 7 or 8" in unclear.text
    assert unclear.button("Class 7")  # the buttons stay
    ask_language = await _say(telegram, user, typed_class)
    assert "Which language" in ask_language.text, ask_grade.text
    return await _press(telegram, user, ask_language, language)


async def _students(session_factory: Factory) -> int:
    async with session_factory() as session:
        return int(await session.scalar(select(func.count()).select_from(Student)) or 0)


async def test_a_bengali_student_types_the_class_then_deletes_by_typing_yes(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 1701
    await _register_typing_the_class(telegram, user, "৭", "বাংলা")
    async with session_factory() as session:
        assert await session.scalar(select(Student.grade)) == 7
    confirm = await _say(telegram, user, "/delete_me")
    assert confirm.button("হ্যাঁ")
    deleted = await _say(telegram, user, "হ্যাঁ")
    assert "মুছে ফেলা হয়েছে" in deleted.text
    assert await _students(session_factory) == 0


async def test_an_english_student_cancels_by_typing_something_else_then_renames(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 1702
    await _register_typing_the_class(telegram, user, "class 8", "English")
    await _say(telegram, user, "/delete_me")
    kept = await _say(telegram, user, "hmm")
    assert kept.text.startswith("Nothing was deleted")
    assert "You have no problem open" in (await _say(telegram, user, "yes")).text
    assert await _students(session_factory) == 1

    profile = await _say(telegram, user, "/profile")
    assert "Name: তানভীর" in profile.text
    assert "Class: 8" in profile.text
    ask = await _press(telegram, user, profile, "Change name")
    assert "new name" in ask.text
    renamed = await _say(telegram, user, "Tanvir Ahmed")
    assert "Tanvir Ahmed" in renamed.text
    profile = await _say(telegram, user, "/profile")
    changed = await _press(telegram, user, profile, "class 6")
    assert "next practice session" in changed.text
    async with session_factory() as session:
        row = (await session.execute(select(Student.name, Student.grade))).one()
    assert tuple(row) == ("Tanvir Ahmed", 6)
