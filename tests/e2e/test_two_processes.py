"""Two bot processes on one PostgreSQL database answer the same student without double records."""

from __future__ import annotations

import asyncio
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update

from bot.settings import Settings
from db.models import PracticeSession, Response
from tests.e2e.conftest import RunningBot, start_bot
from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.test_conversation import current_problem, register

Factory = async_sessionmaker[AsyncSession]


def press_update(update_id: int, user: int, data: str) -> dict[str, object]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id),
            "from": {"id": user, "is_bot": False, "first_name": "Twin"},
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": user, "type": "private"},
                "text": "...",
            },
        },
    }


def text_update(update_id: int, user: int, text: str) -> dict[str, object]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": user, "type": "private"},
            "from": {"id": user, "is_bot": False, "first_name": "Twin"},
            "text": text,
        },
    }


# Several bot processes share PostgreSQL; the SQLite default is for one process.
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_two_processes_record_one_hint_and_one_answer(
    bot: RunningBot,
    bot_settings: Settings,
    telegram: FakeTelegram,
    session_factory: Factory,
) -> None:
    user = 650
    welcome = await register(telegram, user, language="en")
    telegram.press(user, welcome.button("Practice"))
    first = (await telegram.wait_for(user, 5))[-1]
    second_process = await start_bot(bot_settings.model_copy(), schedule=False)
    try:
        # The same press reaches both processes at once, as with webhooks behind a balancer.
        processes = (bot.application, second_process.application)
        await asyncio.gather(
            *(
                app.process_update(
                    Update.de_json(press_update(9000 + i, user, first.button("Hint")), app.bot)
                )
                for i, app in enumerate(processes)
            )
        )
        _, response = await current_problem(session_factory, user)
        assert response.hints_used == 1
        assert len(response.hints_viewed) == 1

        problem, _ = await current_problem(session_factory, user)
        await asyncio.gather(
            *(
                app.process_update(
                    Update.de_json(text_update(9100 + i, user, problem.answer or ""), app.bot)
                )
                for i, app in enumerate(processes)
            )
        )
        async with session_factory() as session:
            answered = await session.scalar(
                select(func.count()).select_from(Response).where(Response.is_correct.is_not(None))
            )
            opened = await session.scalar(select(func.count()).select_from(Response))
            sessions = await session.scalar(select(func.count()).select_from(PracticeSession))
        # One answer closed problem 1; the twin, handled after it, was taken as an answer to
        # problem 2: never two rows for one problem, never a lost row.
        assert sessions == 1
        assert opened == answered + 1
        assert answered in (1, 2)
    finally:
        await second_process.stop()
