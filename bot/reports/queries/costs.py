"""SQL of AI cost: totals, per operation, per student, per local day."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, Subquery, func, select

from bot.reports.periods import ReportWindow
from bot.reports.queries.filters import costs_in
from bot.reports.queries.local_time import SqlCalendar
from bot.reports.records import CostTotals, DailyCost, OperationCost, StudentCost
from bot.tutor.ai import BUDGETED_PROVIDER
from db.enums import ApiProvider
from db.models import CostRecord, Student
from db.uow import UnitOfWork


async def cost_totals(
    uow: UnitOfWork,
    *,
    window: ReportWindow | None,
    grade: int | None = None,
    student_id: int | None = None,
    provider: ApiProvider | None = None,
    class_id: int | None = None,
) -> CostTotals:
    """Return the calls, dollars and tokens of AI cost records in a window (None: all time)."""
    query = select(
        func.count(),
        func.sum(CostRecord.cost_usd),
        func.sum(CostRecord.input_tokens),
        func.sum(CostRecord.output_tokens),
    ).where(*costs_in(window, grade, student_id, provider, class_id))
    calls, cost, input_tokens, output_tokens = (await uow.session.execute(query)).one()
    return CostTotals(
        calls=int(calls),
        cost_usd=float(cost or 0),
        input_tokens=int(input_tokens or 0),
        output_tokens=int(output_tokens or 0),
    )


async def cost_by_operation(
    uow: UnitOfWork,
    *,
    window: ReportWindow | None,
    grade: int | None = None,
    student_id: int | None = None,
    class_id: int | None = None,
) -> list[OperationCost]:
    """Return the cost per operation and provider, costliest first."""
    cost = func.sum(CostRecord.cost_usd)
    query = (
        select(
            CostRecord.operation,
            CostRecord.api_provider,
            func.count(),
            cost,
            func.sum(CostRecord.input_tokens),
            func.sum(CostRecord.output_tokens),
        )
        .where(*costs_in(window, grade, student_id, class_id=class_id))
        .group_by(CostRecord.operation, CostRecord.api_provider)
        .order_by(cost.desc(), CostRecord.operation, CostRecord.api_provider)
    )
    return [
        OperationCost(
            operation=str(operation),
            provider=str(provider),
            calls=int(calls),
            cost_usd=float(total or 0),
            input_tokens=int(input_tokens or 0),
            output_tokens=int(output_tokens or 0),
        )
        for operation, provider, calls, total, input_tokens, output_tokens in (
            await uow.session.execute(query)
        )
    ]


def _cost_per_student(
    window: ReportWindow,
    grade: int | None,
    provider: ApiProvider | None = None,
    class_id: int | None = None,
) -> Subquery:
    return (
        select(
            CostRecord.student_id,
            func.count().label("calls"),
            func.sum(CostRecord.cost_usd).label("cost_usd"),
        )
        .where(*costs_in(window, grade, provider=provider, class_id=class_id))
        .group_by(CostRecord.student_id)
        .subquery("cost_per_student")
    )


def _student_cost_query(per_student: Subquery) -> Select[Any]:
    return (
        select(
            Student.student_id,
            Student.telegram_id,
            Student.name,
            Student.grade,
            per_student.c.calls,
            per_student.c.cost_usd,
        )
        .join(per_student, per_student.c.student_id == Student.student_id)
        .order_by(per_student.c.cost_usd.desc(), Student.student_id)
    )


async def _students_by_cost(uow: UnitOfWork, query: Select[Any]) -> list[StudentCost]:
    return [
        StudentCost(
            student_id=row.student_id,
            telegram_id=int(row.telegram_id),
            name=row.name,
            grade=row.grade,
            calls=int(row.calls),
            cost_usd=float(row.cost_usd),
        )
        for row in await uow.session.execute(query)
    ]


async def costliest_students(
    uow: UnitOfWork,
    *,
    window: ReportWindow,
    grade: int | None,
    limit: int = 10,
    class_id: int | None = None,
) -> list[StudentCost]:
    """Return the students whose AI calls cost most in the window, costliest first."""
    per_student = _cost_per_student(window, grade, class_id=class_id)
    query = _student_cost_query(per_student).limit(limit)
    return await _students_by_cost(uow, query)


async def students_at_budget(
    uow: UnitOfWork,
    *,
    window: ReportWindow,
    grade: int | None,
    budget_usd: float,
    class_id: int | None = None,
) -> list[StudentCost]:
    """Return the students the monthly budget stopped, costliest first (Claude calls only)."""
    # The tutor's own rule, bot.tutor.ai.reached_budget (cost >= budget), on month-to-date cost
    # of BUDGETED_PROVIDER calls; calls and dollars here are those calls.
    per_student = _cost_per_student(window, grade, BUDGETED_PROVIDER, class_id)
    query = _student_cost_query(per_student).where(per_student.c.cost_usd >= budget_usd)
    return await _students_by_cost(uow, query)


async def daily_costs(
    uow: UnitOfWork, *, window: ReportWindow, grade: int | None, class_id: int | None = None
) -> list[DailyCost]:
    """Return the AI cost per local day, for the days that have any."""
    calendar = SqlCalendar(uow, window)
    by_day = (
        select(calendar.local_day(CostRecord.recorded_at).label("day"), CostRecord.cost_usd)
        .where(*costs_in(window, grade, class_id=class_id))
        .subquery("cost_by_day")
    )
    query = (
        select(by_day.c.day, func.count(), func.sum(by_day.c.cost_usd))
        .group_by(by_day.c.day)
        .order_by(by_day.c.day)
    )
    return [
        DailyCost(day=day, calls=int(calls), cost_usd=float(cost or 0))
        for day, calls, cost in await uow.session.execute(query)
    ]
