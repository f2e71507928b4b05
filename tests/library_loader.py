"""Load the real problem library into a test database once per run and backend."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.content import load_library
from bot.tutor.content.library import sync_library
from db.models import Problem
from db.uow import UnitOfWork

_LIBRARY = load_library().problems


async def ensure_library(session_factory: async_sessionmaker[AsyncSession]) -> None:
    """Upsert the library unless every problem is already there."""
    async with session_factory() as session:
        count = await session.scalar(
            select(func.count()).select_from(Problem).where(~Problem.key.like("g_-test-%"))
        )
        if count == len(_LIBRARY):
            return
    async with UnitOfWork(session_factory) as uow:
        await sync_library(uow, _LIBRARY)
        await uow.commit()
