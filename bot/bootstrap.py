"""The composition root: every entrypoint (Telegram, terminal, cron, scripts) builds the tutor here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.settings import Settings
from bot.tutor.ai import AiHelp, create_ai_help
from bot.tutor.classes import ClassDigests
from bot.tutor.facade import Tutor
from bot.tutor.reminders import Notifications
from bot.ui.render import Renderer
from db.engine import create_engine, create_session_factory
from db.uow import UnitOfWork


@dataclass
class TutorRuntime:
    """The long-lived services of one process, closed together."""

    settings: Settings
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    unit_of_work: Callable[[], UnitOfWork]
    tutor: Tutor
    renderer: Renderer
    notifications: Notifications
    digests: ClassDigests

    ai_help: AiHelp | None = None

    async def close(self) -> None:
        """Release database connections and the AI client."""
        if self.ai_help is not None:
            await self.ai_help.close()
        await self.engine.dispose()


def create_runtime(settings: Settings) -> TutorRuntime:
    """Build engine, unit of work, Claude client, tutor, renderer and jobs from settings."""
    engine = create_engine(
        settings.DATABASE_URL,
        echo=settings.DATABASE_ECHO,
        pool_size=settings.DATABASE_POOL_SIZE,
        max_overflow=settings.DATABASE_MAX_OVERFLOW,
    )
    session_factory = create_session_factory(engine)
    ai_help = create_ai_help(settings)  # None without ANTHROPIC_API_KEY: static help only
    unit_of_work = partial(UnitOfWork, session_factory)
    tutor = Tutor(
        unit_of_work=unit_of_work,
        timezone=settings.timezone,
        session_minutes=settings.SESSION_MINUTES,
        problems_per_session=settings.PROBLEMS_PER_SESSION,
        ai_help=ai_help,
    )
    notifications = Notifications(
        unit_of_work=unit_of_work,
        timezone=settings.timezone,
        default_reminder_time=settings.REMINDER_TIME,
    )
    renderer = Renderer(
        timezone=settings.timezone, problems_per_session=settings.PROBLEMS_PER_SESSION
    )
    digests = ClassDigests(unit_of_work=unit_of_work, timezone=settings.timezone)
    return TutorRuntime(
        settings,
        engine,
        session_factory,
        unit_of_work,
        tutor,
        renderer,
        notifications,
        digests,
        ai_help,
    )
