"""The real PTB Application polling a local fake Bot API server, over each database backend."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.bootstrap import TutorRuntime, create_runtime
from bot.settings import Settings
from bot.telegram.application import TutorApplication, build_application
from tests.e2e.fake_anthropic import FakeAnthropic
from tests.e2e.fake_telegram import FakeTelegram
from tests.library_loader import ensure_library

TEST_TOKEN = "123456:TEST-TOKEN-not-a-secret"


@dataclass
class RunningBot:
    """One bot process (an Application) and its runtime."""

    application: TutorApplication
    runtime: TutorRuntime

    async def stop(self) -> None:
        """Stop polling and shut down as run_polling would."""
        application = self.application
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


async def start_bot(settings: Settings, *, schedule: bool = False) -> RunningBot:
    """Start an Application polling the fake server, the way `python -m bot` does.

    Scheduled jobs are off unless asked for: their tests drive them with a fixed clock.
    """
    runtime = create_runtime(settings)
    application = build_application(settings, runtime, schedule=schedule)
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    return RunningBot(application, runtime)


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    """The local Bot API server."""
    fake = FakeTelegram()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def bot_settings(database_url: str, telegram: FakeTelegram) -> Settings:
    """Settings pointing the bot at the fake server and the test database."""
    return Settings(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=database_url,
        TELEGRAM_RATE_LIMIT_PER_SECOND=30,
    )


@pytest.fixture
async def bot(
    bot_settings: Settings, session_factory: async_sessionmaker[AsyncSession]
) -> AsyncIterator[RunningBot]:
    """A running bot over a database holding the library and no students."""
    await ensure_library(session_factory)
    running = await start_bot(bot_settings)
    yield running
    await running.stop()


@pytest.fixture
async def claude(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeAnthropic]:
    """The local Messages API, with the SDK pointed at it."""
    fake = FakeAnthropic()
    await fake.start()
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fake.url)
    yield fake
    await fake.stop()
