"""Check at start-up that the database exists and is migrated to the code's schema revision."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection

from db.engine import create_engine

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
MIGRATE = "run `make migrate` (alembic upgrade head)"


def head_revision() -> str:
    """Return the newest revision of migrations/versions: the schema this code needs."""
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    if head is None:  # pragma: no cover - the repository always has migrations
        raise LookupError(f"no migrations found in {MIGRATIONS}")
    return head


async def schema_problem(database_url: str) -> str | None:
    """Say in one line why the database is not at the code's schema revision, or return None.

    A missing SQLite file is reported, never created: connecting would leave an empty file
    behind, which the next run would take for a database.
    """
    missing = await missing_database(database_url)
    if missing is not None:
        return missing
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return await revision_problem(connection)
    except Exception:  # any failure to connect gets the same one line
        # Never print the URL itself: it may hold the database password.
        return (
            "cannot reach the database named by DATABASE_URL; check the setting and that the "
            "server is running"
        )
    finally:
        await engine.dispose()


async def missing_database(database_url: str) -> str | None:
    """Say that the SQLite file named does not exist (connecting would create it), or None."""
    url = make_url(database_url)
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return None
    if await asyncio.to_thread(Path(database).is_file):
        return None
    return f"the SQLite database {database} does not exist; {MIGRATE} to create it"


async def revision_problem(connection: AsyncConnection) -> str | None:
    """Compare the database's alembic_version with the migrations' head; None when they agree."""
    has_table = await connection.run_sync(
        lambda sync: sync.dialect.has_table(sync, "alembic_version")
    )
    current = (
        await connection.scalar(text("SELECT version_num FROM alembic_version"))
        if has_table
        else None
    )
    head = head_revision()
    if current is None:
        return f"the database has no tables yet; {MIGRATE}"
    if current != head:
        return f"the database is at schema revision {current}, this code needs {head}; {MIGRATE}"
    return None
