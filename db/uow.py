"""A unit of work: one transaction per user action, rolled back unless the use case commits."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker


class UnitOfWork:
    """Open a session and transaction; commit() makes it stick, anything else rolls it back."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory
        self._session: AsyncSession | None = None

    @property
    def session(self) -> AsyncSession:
        """The session of this unit of work."""
        if self._session is None:
            raise RuntimeError("unit of work used outside 'async with'")
        return self._session

    def insert(self, entity: Any) -> postgresql.Insert | sqlite.Insert:
        """An INSERT in this database's own dialect, which can say ON CONFLICT on both backends."""
        if self.session.get_bind().dialect.name == "postgresql":
            return postgresql.insert(entity)
        return sqlite.insert(entity)

    async def __aenter__(self) -> Self:
        self._session = self._session_factory()
        await self._session.begin()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if session.in_transaction():
                await session.rollback()
        finally:
            await session.close()
            self._session = None

    async def commit(self) -> None:
        """Make the use case's changes permanent."""
        await self.session.commit()
