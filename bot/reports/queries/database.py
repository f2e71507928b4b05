"""Open the report's database: check it is there and answers, read one snapshot, name failures."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.reports.errors import ReportFailed
from bot.settings import Settings
from db.engine import create_engine, create_session_factory
from db.revision import MIGRATE, revision_problem
from db.uow import UnitOfWork

CONNECT_SECONDS = 10
log = logging.getLogger(__name__)
T = TypeVar("T")


async def read_snapshot(
    settings: Settings,
    read: Callable[[UnitOfWork], Awaitable[T]],
    *,
    prepare: Callable[[UnitOfWork], Awaitable[None]] | None = None,
) -> T:
    """Run `read` on one snapshot of DATABASE_URL, or raise ReportFailed with one line.

    `prepare` runs first, in a transaction of its own that it commits (the roll-ups' refresh).
    """
    _check_sqlite_file(settings)
    engine = create_engine(
        settings.DATABASE_URL,
        echo=settings.DATABASE_ECHO,
        pool_size=settings.DATABASE_POOL_SIZE,
        max_overflow=settings.DATABASE_MAX_OVERFLOW,
    )
    try:
        await _check_reachable(engine, settings)
        sessions = create_session_factory(engine)
        if prepare is not None:
            try:
                async with UnitOfWork(sessions) as uow:
                    await prepare(uow)
            except SQLAlchemyError as error:
                # Roll-ups only save time: a database this report may only read (or one busy
                # writing) still gets its report, from the raw rows where roll-ups are missing.
                log.warning("roll-ups not refreshed (%s); reading raw rows", _reason(error))
        async with UnitOfWork(sessions) as uow:
            if not settings.is_sqlite:
                # One snapshot for every query, so the figures of one report agree with each other.
                await uow.session.connection(
                    execution_options={"isolation_level": "REPEATABLE READ"}
                )
                # PostgreSQL's JIT spends ~100 ms compiling each of these mid-sized aggregates,
                # more than it saves them (measured with bench/reports.py).
                await uow.session.execute(text("SET LOCAL jit = off"))
                # A year's aggregates hash a few hundred thousand groups; at the default 4 MB
                # they spill to disk. One report's connection may use more.
                await uow.session.execute(text("SET LOCAL work_mem = '64MB'"))
            return await read(uow)
    except SQLAlchemyError as error:
        raise ReportFailed(
            f"the database at {_database_named(settings)} could not answer "
            f"(is it migrated? `make migrate`): {_reason(error)}"
        ) from None
    finally:
        await engine.dispose()


def _reason(error: BaseException) -> str:
    """Return the driver's own error as one line: its class and the first line of its message."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
        # SQLAlchemy's asyncpg adapter wraps the driver's exception; the wrapped one is clearer.
        error = error.__cause__ or error
    if isinstance(error, TimeoutError):
        return f"no answer within {CONNECT_SECONDS} s"
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def _database_named(settings: Settings) -> str:
    shown = make_url(settings.DATABASE_URL).render_as_string(hide_password=True)
    return f"DATABASE_URL={shown}"


def _check_sqlite_file(settings: Settings) -> None:
    url = make_url(settings.DATABASE_URL)
    database = url.database or ""
    # Connecting would quietly create an empty file; say there is none instead.
    missing = database not in ("", ":memory:") and not Path(database).is_file()
    if url.get_backend_name() == "sqlite" and missing:
        raise ReportFailed(f"no database file at {_database_named(settings)}; {MIGRATE}")


async def _check_reachable(engine: AsyncEngine, settings: Settings) -> None:
    try:
        async with asyncio.timeout(CONNECT_SECONDS), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            problem = await revision_problem(connection)
    except Exception as error:  # any failure to connect gets the same one line
        raise ReportFailed(
            f"cannot reach the database at {_database_named(settings)} ({_reason(error)})"
        ) from None
    if problem is not None:  # checked at start-up, like every entry point
        raise ReportFailed(problem)
