"""With a key, a stuck student gets a personal hint and an unusual answer is judged, in Telegram."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import Settings
from bot.tutor.ai.prompts import PROMPT_VERSION
from bot.tutor.answers import Outcome, check_answer, states_answer
from bot.tutor.content.queries import problem_card
from db.models import CostRecord, HintRating
from db.uow import UnitOfWork
from tests.e2e.conftest import TEST_TOKEN, RunningBot, start_bot
from tests.e2e.fake_anthropic import TEST_API_KEY, FakeAnthropic, FakeReply, Fault
from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.test_conversation import current_problem, register
from tests.library_loader import ensure_library

Factory = async_sessionmaker[AsyncSession]


@pytest.fixture
async def ai_bot(
    database_url: str,
    telegram: FakeTelegram,
    claude: FakeAnthropic,
    session_factory: Factory,
) -> AsyncIterator[RunningBot]:
    await ensure_library(session_factory)
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=database_url,
        ANTHROPIC_API_KEY=TEST_API_KEY,  # type: ignore[arg-type]
    )
    running = await start_bot(settings)
    yield running
    await running.stop()


async def test_after_the_static_hints_more_help_comes_from_claude_and_is_costed(
    ai_bot: RunningBot, telegram: FakeTelegram, claude: FakeAnthropic, session_factory: Factory
) -> None:
    user = 601
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    message = (await telegram.wait_for(user, 5))[-1]
    for count in (6, 7, 8):
        telegram.press(user, message.button("Hint"))
        message = (await telegram.wait_for(user, count))[-1]
    assert message.button("More help")
    claude.queue(
        FakeReply(
            text="Which quantity does the question ask for first?",
            input_tokens=300,
            output_tokens=20,
        )
    )
    telegram.press(user, message.button("More help"))
    ai_hint = (await telegram.wait_for(user, 9))[-1]
    assert (
        ai_hint.text == "💡 A hint just for you: Which quantity does the question ask for first?"
    )
    async with session_factory() as session:
        cost = (await session.execute(select(CostRecord))).scalar_one()
        assert (cost.operation.value, cost.input_tokens, cost.output_tokens) == (
            "hint_generation",
            300,
            20,
        )
        assert cost.cost_usd == pytest.approx((300 * 0.10 + 20 * 0.50) / 1_000_000)
    _, response = await current_problem(session_factory, user)
    assert response.hints_used == 4  # every hint counts, Claude's too
    assert response.hints_viewed[-1]["is_ai_generated"] is True
    # 👍 / 👎 under Claude's hint: one rating per hint, and a second press changes it.
    telegram.press(user, ai_hint.button("👍 Helpful"))
    thanks = (await telegram.wait_for(user, 10))[-1]
    assert thanks.text.startswith("👍 Thanks!")
    telegram.press(user, ai_hint.button("👎 Not helpful"))
    await telegram.wait_for(user, 11)
    async with session_factory() as session:
        rating = (await session.execute(select(HintRating))).scalar_one()
        assert (rating.response_id, rating.hint_number, rating.helpful) == (
            response.response_id,
            4,
            False,
        )
        assert (rating.model, rating.prompt_version) == ("claude-haiku-5-5", PROMPT_VERSION)


async def _unsettled(session_factory: Factory, problem_id: int, answer: str) -> str:
    """Return a spelling of answer that the rules can neither settle nor confirm as read."""
    async with UnitOfWork(session_factory) as uow:
        card = await problem_card(uow, problem_id)
    assert card is not None
    for text in (f"{answer}!", f"{answer}1 {answer}!", f"{answer}1!"):
        unsettled = check_answer(text, card.key).outcome is Outcome.NEEDS_JUDGEMENT
        if unsettled and not states_answer(text, card.key):
            return text
    raise AssertionError(f"every spelling of {answer!r} was settled by the rules")


async def test_an_answer_the_rules_cannot_settle_is_judged_by_claude(
    ai_bot: RunningBot, telegram: FakeTelegram, claude: FakeAnthropic, session_factory: Factory
) -> None:
    user = 602
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    await telegram.wait_for(user, 5)
    problem, _ = await current_problem(session_factory, user)
    unsettled = await _unsettled(session_factory, problem.problem_id, problem.answer)
    # A "correct" the rules cannot confirm from what the student wrote is "not sure": no try.
    claude.queue(FakeReply(text=f'{{"correct": true, "read_as": "{problem.answer}"}}'))
    telegram.send_text(user, unsettled)
    unsure = (await telegram.wait_for(user, 6))[-1]
    assert unsure.text.startswith("🤔 I couldn't be sure")
    assert "Not quite" not in unsure.text
    assert unsure.button("Hint (3 left)")
    _, response = await current_problem(session_factory, user)
    assert response.attempts == 0
    # A clean "incorrect" stands and uses a try.
    claude.queue(FakeReply(text='{"correct": false, "read_as": "999999"}'))
    telegram.send_text(user, unsettled + " ")
    wrong = (await telegram.wait_for(user, 7))[-1]
    assert wrong.text.startswith("❌ Not quite. I read your answer as 999999.")
    _, response = await current_problem(session_factory, user)
    assert response.attempts == 1
    telegram.send_text(user, problem.answer)
    right = (await telegram.wait_for(user, 8))[-1]
    assert right.text.startswith("✅ Correct!")
    async with session_factory() as session:
        operations = (await session.execute(select(CostRecord.operation))).scalars().all()
        assert [o.value for o in operations] == ["answer_evaluation", "answer_evaluation"]


async def test_the_student_sees_typing_while_claude_writes_and_the_press_is_answered_at_once(
    ai_bot: RunningBot, telegram: FakeTelegram, claude: FakeAnthropic, session_factory: Factory
) -> None:
    user = 603
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    message = (await telegram.wait_for(user, 5))[-1]
    problem, _ = await current_problem(session_factory, user)
    telegram.send_text(user, "999999")  # a wrong try: the next hint is Claude's
    message = (await telegram.wait_for(user, 6))[-1]
    claude.hang_seconds = 1.6
    claude.queue(Fault.HANG)
    calls_before = len(telegram.calls)
    telegram.press(user, message.button("Hint"))
    await telegram.wait_for(user, 7)
    calls = telegram.calls[calls_before:]
    # The press is answered before Claude is asked, and "typing..." shows while it writes.
    assert calls.index("answerCallbackQuery") < calls.index("sendChatAction")
    assert calls.count("sendMessage") == 1
    _, response = await current_problem(session_factory, user)
    assert response.problem_id == problem.problem_id  # a hint leaves the problem open
