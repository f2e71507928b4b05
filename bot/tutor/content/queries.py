"""SQL for the library sync: read the stored problems, insert new ones, update changed ones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update

from db.models import Problem
from db.uow import UnitOfWork


async def stored_problems(uow: UnitOfWork) -> dict[str, dict[str, Any]]:
    """Return every stored problem's columns (named as the model's attributes), by key."""
    rows = (await uow.session.execute(select(Problem.__table__))).mappings()
    return {row["key"]: dict(row) for row in rows}


async def insert_problems(
    uow: UnitOfWork, *, problems: Sequence[Mapping[str, Any]], now: datetime
) -> None:
    """Insert new problems, each created and updated now."""
    if problems:
        rows = [{**columns, "created_at": now, "updated_at": now} for columns in problems]
        await uow.session.execute(insert(Problem), rows)


async def update_problem(
    uow: UnitOfWork, *, key: str, columns: Mapping[str, Any], now: datetime
) -> None:
    """Overwrite a stored problem's columns in place, keeping its problem_id."""
    await uow.session.execute(
        update(Problem).where(Problem.key == key).values(**columns, updated_at=now)
    )
