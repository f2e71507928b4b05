"""A student who runs out of time sees in /stats the answers they got right (issue 17, item 3)."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import PracticeSession
from tests.e2e.conftest import RunningBot
from tests.e2e.fake_telegram import FakeTelegram, SentMessage
from tests.e2e.test_conversation import current_problem, register

Factory = async_sessionmaker[AsyncSession]


async def _message_with(telegram: FakeTelegram, user: int, fragment: str) -> SentMessage:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for message in reversed(telegram.messages_to(user)):
            if fragment in message.text:
                return message
        await asyncio.sleep(0.05)
    raise AssertionError(f"no message with {fragment!r}: {telegram.messages_to(user)[-3:]}")


async def _answer_right(telegram: FakeTelegram, session_factory: Factory, user: int) -> None:
    problem, response = await current_problem(session_factory, user)
    telegram.send_text(user, problem.answer or "")
    deadline = time.monotonic() + 10
    while (await current_problem(session_factory, user))[1].response_id == response.response_id:
        assert time.monotonic() < deadline, "the answer was not taken"
        await asyncio.sleep(0.05)


async def test_an_expired_session_shows_its_right_answers_in_stats(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 1703
    welcome = await register(telegram, user, language="bn")
    telegram.press(user, welcome.button("অনুশীলন"))
    await _message_with(telegram, user, "সমস্যা ১/৫")
    await _answer_right(telegram, session_factory, user)
    await _answer_right(telegram, session_factory, user)
    async with session_factory() as session:
        past = datetime.now(UTC) - timedelta(minutes=1)
        await session.execute(update(PracticeSession).values(expires_at=past))
        await session.commit()
    telegram.send_text(user, "/practice")  # back after the time limit: the session is abandoned
    await _message_with(telegram, user, "মিনিট পেরিয়ে যাওয়ায়")
    telegram.send_text(user, "/stats")
    stats = await _message_with(telegram, user, "অসমাপ্ত")
    assert "২/৫ (অসমাপ্ত)" in stats.text
