"""The SQL of AI help: its cache of Claude answers and the Claude spend that budgets are held to."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from db.enums import ApiProvider
from db.models import AiCacheEntry, CostRecord

# The provider whose spend the budgets hold; the reports count the same one.
BUDGETED_PROVIDER = ApiProvider.CLAUDE


def reached_budget(cost_usd: float, budget_usd: float) -> bool:
    """Say whether month-to-date cost stops a student's AI help: the one rule, reports use it too."""
    return cost_usd >= budget_usd


async def cached_result(session: AsyncSession, cache_key: str) -> dict[str, Any] | None:
    """Return the stored result of an identical earlier request, if any."""
    entry = await session.get(AiCacheEntry, cache_key)
    return entry.result if entry is not None else None


async def store_result(session: AsyncSession, values: dict[str, Any]) -> None:
    """Keep a result for identical requests; a row already there for the key is left alone."""
    # Two students asking the same at once both miss and both insert: the second is a no-op
    # rather than an IntegrityError that would roll back the caller's whole unit of work.
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    await session.execute(dialect.insert(AiCacheEntry).values(values).on_conflict_do_nothing())


async def claude_spend(
    session: AsyncSession, start: datetime, end: datetime, student_id: int | None = None
) -> float:
    """Return the dollars of Claude calls recorded in [start, end), of one student or of all."""
    query = select(func.coalesce(func.sum(CostRecord.cost_usd), 0.0)).where(
        CostRecord.api_provider == BUDGETED_PROVIDER,
        CostRecord.recorded_at >= start,
        CostRecord.recorded_at < end,
    )
    if student_id is not None:
        query = query.where(CostRecord.student_id == student_id)
    return float(await session.scalar(query) or 0.0)
