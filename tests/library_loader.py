"""Generate the real library once per test run, and load it into a test database once per backend."""

from __future__ import annotations

from functools import cache

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.content import Library, load_library
from bot.tutor.content.library import sync_library
from db.models import Problem
from db.uow import UnitOfWork


@cache
def whole_library() -> Library:
    """The library with every family generated: once per test process, it takes seconds."""
    return load_library()


async def ensure_library(session_factory: async_sessionmaker[AsyncSession]) -> None:
    """Upsert the library unless every problem is already there."""
    async with session_factory() as session:
        count = await session.scalar(
            select(func.count()).select_from(Problem).where(~Problem.key.like("g_-test-%"))
        )
        if count == len(whole_library().problems):
            return
    async with UnitOfWork(session_factory) as uow:
        await sync_library(uow, whole_library().problems)
        await uow.commit()
