"""Read the report a request asks for, from one database snapshot, as a document and a chart."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from bot.reports.documents import (
    build_cost_report,
    build_student_report,
    build_students_report,
    build_usage_report,
)
from bot.reports.errors import ReportFailed
from bot.reports.formats.chart import ChartSeries, cost_chart, usage_chart
from bot.reports.formats.fields import (
    ReportDocument,
    cost_document,
    student_document,
    students_document,
    usage_document,
)
from bot.reports.formats.writing import Format
from bot.reports.periods import ReportWindow, current_month_window, days_window, month_window
from bot.reports.queries.classes import class_by_code
from bot.reports.queries.database import read_snapshot
from bot.reports.queries.rollups import refresh_rollups
from bot.reports.records import ClassRef
from bot.settings import Settings
from db.uow import UnitOfWork

ReportKind = Literal["cost", "usage", "student", "students"]


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the command line asked for."""

    kind: ReportKind
    output_format: Format = "table"
    month: tuple[int, int] | None = None
    first_day: date | None = None
    last_day: date | None = None
    grade: int | None = None
    chart: Path | None = None
    telegram_id: int | None = None
    class_code: str | None = None  # a teacher's class: only its students count
    # False reads every figure from the raw rows (benchmarks and tests compare the two).
    rollups: bool = True


def _window(request: ReportRequest, settings: Settings, now: datetime) -> ReportWindow:
    if request.first_day is not None and request.last_day is not None:
        return days_window(request.first_day, request.last_day, settings.timezone)
    if request.month is not None:
        return month_window(*request.month, settings.timezone)
    return current_month_window(now, settings.timezone)


ReportOutput = tuple[ReportDocument, ChartSeries | None]
Reader = Callable[[UnitOfWork, ReportRequest, Settings, datetime], Awaitable[ReportOutput]]


async def _class(uow: UnitOfWork, request: ReportRequest) -> ClassRef | None:
    if request.class_code is None:
        return None
    found = await class_by_code(uow, request.class_code)
    if found is None:
        raise ReportFailed(f"no class has the code {request.class_code}")
    return found


async def _cost(
    uow: UnitOfWork, request: ReportRequest, settings: Settings, now: datetime
) -> ReportOutput:
    cost = await build_cost_report(
        uow,
        window=_window(request, settings, now),
        grade=request.grade,
        budget_usd=settings.AI_MONTHLY_BUDGET_USD,
        class_ref=await _class(uow, request),
        today=now.astimezone(settings.timezone).date(),
        rollups=request.rollups,
    )
    return cost_document(cost), cost_chart(cost)


async def _usage(
    uow: UnitOfWork, request: ReportRequest, settings: Settings, now: datetime
) -> ReportOutput:
    usage = await build_usage_report(
        uow,
        window=_window(request, settings, now),
        grade=request.grade,
        today=now.astimezone(settings.timezone).date(),
        class_ref=await _class(uow, request),
        rollups=request.rollups,
    )
    return usage_document(usage), usage_chart(usage)


async def _student(
    uow: UnitOfWork, request: ReportRequest, settings: Settings, now: datetime
) -> ReportOutput:
    assert request.telegram_id is not None
    found = await build_student_report(
        uow,
        telegram_id=request.telegram_id,
        month=current_month_window(now, settings.timezone),
        budget_usd=settings.AI_MONTHLY_BUDGET_USD,
        today=now.astimezone(settings.timezone).date(),
    )
    if found is None:
        raise ReportFailed(f"no student has Telegram id {request.telegram_id}")
    return student_document(found), None


async def _students(
    uow: UnitOfWork, request: ReportRequest, settings: Settings, now: datetime
) -> ReportOutput:
    listing = await build_students_report(
        uow,
        grade=request.grade,
        class_ref=await _class(uow, request),
        today=now.astimezone(settings.timezone).date(),
        timezone=settings.timezone.key,
    )
    return students_document(listing), None


# Every kind of report and how it is read, in one table.
_READERS: dict[ReportKind, Reader] = {
    "cost": _cost,
    "usage": _usage,
    "student": _student,
    "students": _students,
}


async def read_report(
    request: ReportRequest, settings: Settings, *, now: datetime
) -> ReportOutput:
    """Read the report from the configured database, or raise ReportFailed with one line."""
    read = _READERS[request.kind]

    async def refresh(uow: UnitOfWork) -> None:
        # Closed days not rolled up yet are rolled up now, once; the report then reads them.
        await refresh_rollups(uow, timezone=settings.timezone, now=now)
        await uow.commit()

    # Only the cost and usage reports read roll-ups; one student and the listing read raw rows.
    prepare = refresh if request.rollups and request.kind in ("cost", "usage") else None
    return await read_snapshot(
        settings, lambda uow: read(uow, request, settings, now), prepare=prepare
    )
