"""Build the async engine and session factory from settings, for SQLite or PostgreSQL."""

from __future__ import annotations

import asyncio
import errno
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

# What a failing database raises, for adapters that say so in one line.
DatabaseError = SQLAlchemyError


def create_engine(
    database_url: str, *, echo: bool = False, pool_size: int = 5, max_overflow: int = 10
) -> AsyncEngine:
    """Return an engine: SQLite with foreign keys and WAL, PostgreSQL with a checked pool."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _configure_sqlite)
        event.listen(engine.sync_engine, "begin", _begin_immediately)
        return engine
    return create_async_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_recycle=1800,
    )


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # SQLite ignores foreign keys unless told per connection; WAL lets readers run beside a writer.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
    # Let SQLAlchemy, not the driver, open transactions, so that _begin_immediately decides how.
    dbapi_connection.isolation_level = None


def _begin_immediately(connection: Connection) -> None:
    # Take the write lock at BEGIN: two processes (the bot and a cron job) or two quick taps can't
    # both read a row and then both write it. SQLite has one writer at a time anyway.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Return the one session factory; objects stay readable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


async def check_connection(engine: AsyncEngine) -> bool:
    """Return whether the database answers a trivial query."""
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception:
        return False
    return True


# A write check needs this much room: SQLite's WAL alone grows to about 4 MB between checkpoints.
FREE_BYTES_NEEDED = 1 << 20
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT}


async def sqlite_write_problem(database_url: str) -> str | None:
    """Say why this process can't write the SQLite database, or return None if it can.

    Reading is not enough: a read-only file answers SELECT 1, and a full disk fails only the
    first write. So write and remove a scratch file beside the database, then write inside a
    transaction that is rolled back; neither changes the database's contents.
    """
    database = make_url(database_url).database or ""
    if database in ("", ":memory:"):
        return None
    try:
        await asyncio.to_thread(_write_scratch_file, Path(database))
    except OSError as error:
        return _describe_os_error(error)
    try:
        engine = create_engine(database_url)
    except OSError as error:
        return _describe_os_error(error)
    try:
        async with engine.connect() as connection:
            await connection.begin()  # BEGIN IMMEDIATE: the write lock
            # In WAL mode the lock is taken even on a read-only file; only a write finds out.
            # Write the header's user_version back unchanged, then roll back.
            version = int(await connection.scalar(text("PRAGMA user_version")) or 0)
            await connection.exec_driver_sql(f"PRAGMA user_version = {version}")
            await connection.rollback()
    except DBAPIError as error:
        reason = str(error.orig)
        if "readonly" in reason or "unable to open" in reason:
            return f"the file or its directory is read-only for this user ({reason})"
        return reason
    finally:
        await engine.dispose()
    return None


def _write_scratch_file(database: Path) -> None:
    directory = database.resolve().parent
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=directory, prefix=".dars-write-check-") as scratch:
        scratch.write(b"\xff" * FREE_BYTES_NEEDED)  # not zeros: some file systems store no zeros
        scratch.flush()
        os.fsync(scratch.fileno())


def _describe_os_error(error: OSError) -> str:
    if error.errno in _READ_ONLY:
        return f"the disk is read-only or the directory is not writable by this user ({error})"
    if error.errno in _NO_ROOM:
        return f"the disk is full: there is no room for 1 MiB beside it ({error})"
    if error.errno == errno.EFBIG:
        return f"this process's file size limit leaves no room to write 1 MiB ({error})"
    return str(error)


async def database_problem(database_url: str) -> str | None:
    """Say in one line what stops Dars from using the database, or return None."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        problem = await sqlite_write_problem(database_url)
        if problem is None:
            return None
        # A SQLite URL holds no secret, only the file's path.
        return f"cannot write the SQLite database {url.database} named by DATABASE_URL: {problem}"
    engine = create_engine(database_url)
    try:
        if await check_connection(engine):
            return None
    finally:
        await engine.dispose()
    # Never print the URL itself: it may hold the database password.
    return (
        "cannot reach the database named by DATABASE_URL; check the setting and that the "
        "server is running"
    )


def database_password(database_url: str) -> str | None:
    """Return the password inside a database URL, so that logs can hide it."""
    return make_url(database_url).password
