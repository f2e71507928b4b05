"""The SQL of AI help: its cache of Claude answers, its cost records, and the budgets they meet."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from db.enums import ApiProvider, Operation
from db.models import AiCacheEntry, CostRecord
from db.uow import UnitOfWork

# The provider whose spend the budgets hold; the reports count the same one.
BUDGETED_PROVIDER = ApiProvider.CLAUDE


def reached_budget(cost_usd: float, budget_usd: float) -> bool:
    """Say whether month-to-date cost stops a student's AI help: the one rule, reports use it too."""
    return cost_usd >= budget_usd


async def cached_result(uow: UnitOfWork, cache_key: str) -> dict[str, Any] | None:
    """Return the stored result of an identical earlier request, if any."""
    entry = await uow.session.get(AiCacheEntry, cache_key)
    return entry.result if entry is not None else None


async def store_result(
    uow: UnitOfWork,
    *,
    cache_key: str,
    operation: Operation,
    problem_id: int,
    language: str,
    student_id: int,
    result: dict[str, Any],
    now: datetime,
) -> None:
    """Keep a result for identical requests; a row already there for the key is left alone."""
    values = {
        "cache_key": cache_key,
        "operation": operation,
        "problem_id": problem_id,
        "language": language,
        "student_id": student_id,
        "result": result,
        "created_at": now,
    }
    session = uow.session
    # Two students asking the same at once both miss and both insert: the second is a no-op
    # rather than an IntegrityError that would roll back the caller's whole unit of work.
    await session.execute(uow.insert(AiCacheEntry).values(values).on_conflict_do_nothing())


async def record_cost(
    uow: UnitOfWork,
    *,
    student_id: int,
    practice_id: int | None,
    operation: Operation,
    input_tokens: int | None,
    output_tokens: int | None,
    cost_usd: float,
    now: datetime,
) -> None:
    """Record what one billed Claude call cost; unknown token counts stay None, not zero."""
    uow.session.add(
        CostRecord(
            student_id=student_id,
            session_id=practice_id,
            operation=operation,
            api_provider=BUDGETED_PROVIDER,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost_usd=cost_usd,
            recorded_at=now,
        )
    )
    await uow.session.flush()


async def claude_spend_today(uow: UnitOfWork, *, now: datetime, timezone: ZoneInfo) -> float:
    """Return everyone's Claude dollars of the local day that holds now."""
    local = now.astimezone(timezone)
    day_start = datetime.combine(local.date(), time(0), tzinfo=timezone)
    next_day = datetime.combine(local.date() + timedelta(days=1), time(0), timezone)
    return await _claude_spend(uow, day_start, next_day)


async def claude_spend_this_month(
    uow: UnitOfWork, *, student_id: int, now: datetime, timezone: ZoneInfo
) -> float:
    """Return one student's Claude dollars of the local calendar month that holds now."""
    local = now.astimezone(timezone)
    month_start = datetime(local.year, local.month, 1, tzinfo=timezone)
    next_month = datetime(local.year + local.month // 12, local.month % 12 + 1, 1, tzinfo=timezone)
    return await _claude_spend(uow, month_start, next_month, student_id)


async def _claude_spend(
    uow: UnitOfWork, start: datetime, end: datetime, student_id: int | None = None
) -> float:
    """Return the dollars of Claude calls recorded in [start, end), of one student or of all."""
    query = select(func.coalesce(func.sum(CostRecord.cost_usd), 0.0)).where(
        CostRecord.api_provider == BUDGETED_PROVIDER,
        CostRecord.recorded_at >= start,
        CostRecord.recorded_at < end,
    )
    if student_id is not None:
        query = query.where(CostRecord.student_id == student_id)
    return float(await uow.session.scalar(query) or 0.0)
