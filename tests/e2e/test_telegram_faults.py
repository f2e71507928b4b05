"""Telegram throttles, errs, drops connections and hangs: no update is lost or handled twice.

The fake Bot API server injects each fault into the real PTB client's requests. PostgreSQL only:
what is proved here is the Telegram side; the database only counts what was recorded.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.telegram.notifier import TelegramNotifier, run_job
from db.enums import ReminderStatus
from db.models import Problem, ReminderLog, Response
from tests.e2e.conftest import RunningBot
from tests.e2e.fake_telegram import FakeTelegram, Fault, SentMessage
from tests.e2e.test_conversation import current_problem, register, wrong_answer
from tests.integration.test_notifications import AT_19_05, TODAY, student_with_streak

Factory = async_sessionmaker[AsyncSession]
pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


async def first_problem(telegram: FakeTelegram, session_factory: Factory, user: int) -> Problem:
    """Register a student, open today's session and return its first problem (5 messages)."""
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    assert (await telegram.wait_for(user, 5))[-1].text.startswith("Problem 1/5")
    problem, _ = await current_problem(session_factory, user)
    return problem


async def responses(session_factory: Factory) -> list[Response]:
    """Return every response row (each test has one student) in the order they were made."""
    async with session_factory() as session:
        rows = await session.scalars(select(Response).order_by(Response.response_id))
        return list(rows)


async def until(condition: Callable[[], bool], within: float = 10.0) -> None:
    """Poll a condition until it holds, failing after the deadline."""
    deadline = time.monotonic() + within
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


def starts(messages: list[SentMessage], beginnings: list[str]) -> list[str]:
    """Return each message cut to the length of the beginning it is expected to have."""
    return [m.text[: len(b)] for m, b in zip(messages, beginnings, strict=False)][: len(messages)]


# One getUpdates meets the fault; the cost is PTB's pause: 1 s after an error, 1.5 s after a 429
# (retry_after + 0.5), none after a timeout, which itself takes read timeout 5 s + long poll 1 s.
@pytest.mark.parametrize(
    "fault",
    [Fault.TOO_MANY_REQUESTS, Fault.SERVER_ERROR, Fault.DROP, Fault.RESPONSE_LOST, Fault.HANG],
)
async def test_polling_survives_a_fault_and_handles_each_update_once(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory, fault: Fault
) -> None:
    user = 601
    problem = await first_problem(telegram, session_factory, user)
    telegram.fail("getUpdates", fault)
    answer = telegram.send_text(user, problem.answer or "")
    await telegram.wait_for(user, 6, within=15)
    assert telegram.faults_left("getUpdates") == 0
    second, _ = await current_problem(session_factory, user)
    probe = telegram.send_text(user, wrong_answer(second))
    await telegram.wait_for(user, 7)
    await bot.stop()  # finishes the handlers in flight and confirms the last offset

    expected = ["✅ Correct!", "❌ Not quite."]
    assert starts(telegram.messages_to(user)[5:], expected) == expected
    first_response, second_response = await responses(session_factory)
    assert (first_response.is_correct, first_response.attempts) == (True, 0)
    assert (second_response.is_correct, second_response.attempts) == (None, 1)
    # An answer whose delivery was lost on the way comes again; anything else comes once.
    assert telegram.deliveries[answer] == (2 if fault is Fault.RESPONSE_LOST else 1)
    assert telegram.deliveries[probe] == 1
    assert telegram.updates == []


@pytest.mark.parametrize(
    ("fault", "copies"),
    [
        (Fault.TOO_MANY_REQUESTS, 1),  # the rate limiter waits retry_after and sends again
        (Fault.SERVER_ERROR, 1),  # send_reply tries again
        (Fault.DROP, 1),  # send_reply tries again: Telegram had not taken it
        (Fault.RESPONSE_LOST, 2),  # Telegram took it but the bot can't know: sent twice
    ],
)
async def test_a_reply_that_meets_a_fault_still_reaches_the_student(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory, fault: Fault, copies: int
) -> None:
    user = 602
    problem = await first_problem(telegram, session_factory, user)
    telegram.fail("sendMessage", fault)
    telegram.send_text(user, problem.answer or "")
    await telegram.wait_for(user, 5 + copies)
    await bot.stop()

    expected = ["✅ Correct!"] * copies
    replies = telegram.messages_to(user)[5:]
    assert starts(replies, expected) == expected
    assert all("Problem 2/5" in reply.text for reply in replies)
    first_response, second_response = await responses(session_factory)
    assert (first_response.is_correct, first_response.attempts) == (True, 0)
    assert (second_response.is_correct, second_response.attempts) == (None, 0)


async def test_when_telegram_keeps_failing_the_answer_stays_recorded_and_the_next_message_works(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 603
    problem = await first_problem(telegram, session_factory, user)
    # Three tries of the reply, then three of the apology from the error handler.
    telegram.fail("sendMessage", *[Fault.SERVER_ERROR] * 6)
    telegram.send_text(user, problem.answer or "")
    await until(lambda: telegram.faults_left("sendMessage") == 0)
    telegram.send_text(user, "/practice")
    resumed = (await telegram.wait_for(user, 6))[-1]
    await bot.stop()

    assert telegram.calls.count("sendMessage") == 5 + 6 + 1
    assert resumed.text.startswith("Problem 2/5")
    first_response, second_response = await responses(session_factory)
    assert (first_response.is_correct, first_response.attempts) == (True, 0)
    assert (second_response.is_correct, second_response.attempts) == (None, 0)


async def test_an_update_whose_handler_failed_is_not_delivered_again_and_the_student_is_told(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    user = 604
    await first_problem(telegram, session_factory, user)
    telegram.fail("sendMessage", Fault.BAD_REQUEST)  # the handler raises BadRequest
    failed = telegram.send_text(user, "/streak")
    apology = (await telegram.wait_for(user, 6))[-1]
    telegram.send_text(user, "/streak")
    streak = (await telegram.wait_for(user, 7))[-1]
    await bot.stop()

    assert apology.text.startswith("Sorry, something went wrong on my side.")
    assert apology.button("Practice") == "practice"  # shows the problem they are really on
    assert streak.text.startswith("🔥")
    assert telegram.deliveries[failed] == 1  # confirmed by offset: Telegram won't send it again
    assert len(await responses(session_factory)) == 1


async def test_reminders_are_retried_only_when_telegram_surely_did_not_take_them(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    users = [611, 612, 613, 614]
    for user in users:
        await student_with_streak(session_factory, user, last=TODAY - timedelta(days=1))
    # The notifier the running bot builds: in its rate limiter's broadcast lane.
    notifier: TelegramNotifier = bot.application.bot_data["notifier"]
    telegram.fail(
        "sendMessage",
        Fault.TOO_MANY_REQUESTS,
        Fault.SERVER_ERROR,
        Fault.DROP,
        Fault.RESPONSE_LOST,
    )
    first = await run_job("reminders", bot.runtime.notifications, notifier, now=AT_19_05)
    second = await run_job("reminders", bot.runtime.notifications, notifier, now=AT_19_05)

    # The 429 is waited out and the 500 retried by the next run. A dropped connection can't be
    # told from a lost answer, so both count as sent, at most once: the drop costs a reminder.
    assert (first.claimed, first.sent, first.retry_later) == (4, 3, 1)
    assert (second.claimed, second.sent, second.retry_later) == (0, 1, 0)
    per_student = Counter(m.chat_id for m in telegram.sent)
    assert sorted(per_student[user] for user in users) == [0, 1, 1, 1]
    async with session_factory() as session:
        statuses = (await session.scalars(select(ReminderLog.status))).all()
        assert statuses == [ReminderStatus.SENT] * 4
