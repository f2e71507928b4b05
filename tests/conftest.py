"""Fixtures shared by every test: one parametrised database fixture over SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db.engine import create_engine, create_session_factory
from db.models import Base

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
# Rows of the problem library survive between tests: loading 280 problems per test is waste.
KEPT_TABLES = {"problems"}


def postgres_url() -> str:
    """Return the PostgreSQL URL the tests use."""
    return os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES_URL)


def alembic_config(database_url: str) -> Config:
    """Return an Alembic config pointed at the given database."""
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = database_url
    return config


async def _postgres_reachable(url: str) -> str | None:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    finally:
        await engine.dispose()
    return None


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated SQLite database file for this test run."""
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('db') / 'dars-test.db'}"
    command.upgrade(alembic_config(url), "head")
    return url


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The migrated PostgreSQL test database; skipped locally if absent, a failure under CI."""
    url = postgres_url()
    problem = asyncio.run(_postgres_reachable(url))
    if problem is not None:
        message = f"PostgreSQL at {url} is not reachable ({problem})"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    config = alembic_config(url)
    command.downgrade(config, "base")
    command.upgrade(config, "head")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """The URL of an empty, migrated database on each backend (library rows kept)."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    url: str = request.getfixturevalue(name)
    return url


async def clear_tables(engine: AsyncEngine, *, keep: set[str]) -> None:
    """Delete every row of every Dars table except the kept ones."""
    tables = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name not in keep]
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(
                text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
            )
        else:
            for table in tables:
                await connection.execute(text(f"DELETE FROM {table}"))
        # Problems made by tests/factories.py are not part of the library.
        await connection.execute(text("DELETE FROM problems WHERE key LIKE 'g_-test-%'"))


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on a database whose students, sessions and the rest are empty."""
    engine = create_engine(database_url)
    await clear_tables(engine, keep=KEPT_TABLES)
    yield engine
    await engine.dispose()


@pytest.fixture
def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """The session factory over the test engine."""
    return create_session_factory(engine)


@pytest.fixture(autouse=True)
def _no_real_network(monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing in the tests may reach Telegram or Anthropic; local fakes set their own URLs.
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9")
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
