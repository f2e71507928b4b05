"""Read the report a request asks for, from one database snapshot, as a document and a chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from bot.reports.documents import build_cost_report, build_student_report, build_usage_report
from bot.reports.errors import ReportFailed
from bot.reports.formats.chart import ChartSeries, cost_chart, usage_chart
from bot.reports.formats.fields import (
    ReportDocument,
    cost_document,
    student_document,
    usage_document,
)
from bot.reports.formats.writing import Format
from bot.reports.periods import ReportWindow, current_month_window, days_window, month_window
from bot.reports.queries.database import read_snapshot
from bot.settings import Settings
from db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the command line asked for."""

    kind: Literal["cost", "usage", "student"]
    output_format: Format = "table"
    month: tuple[int, int] | None = None
    first_day: date | None = None
    last_day: date | None = None
    grade: int | None = None
    chart: Path | None = None
    telegram_id: int | None = None


def _window(request: ReportRequest, settings: Settings, now: datetime) -> ReportWindow:
    if request.first_day is not None and request.last_day is not None:
        return days_window(request.first_day, request.last_day, settings.timezone)
    if request.month is not None:
        return month_window(*request.month, settings.timezone)
    return current_month_window(now, settings.timezone)


async def _gather(
    uow: UnitOfWork, request: ReportRequest, settings: Settings, now: datetime
) -> tuple[ReportDocument, ChartSeries | None]:
    budget = settings.AI_MONTHLY_BUDGET_USD
    today = now.astimezone(settings.timezone).date()
    if request.kind == "student":
        assert request.telegram_id is not None
        found = await build_student_report(
            uow,
            telegram_id=request.telegram_id,
            month=current_month_window(now, settings.timezone),
            budget_usd=budget,
            today=today,
        )
        if found is None:
            raise ReportFailed(f"no student has Telegram id {request.telegram_id}")
        return student_document(found), None
    window = _window(request, settings, now)
    if request.kind == "cost":
        cost = await build_cost_report(uow, window=window, grade=request.grade, budget_usd=budget)
        return cost_document(cost), cost_chart(cost)
    usage = await build_usage_report(uow, window=window, grade=request.grade, today=today)
    return usage_document(usage), usage_chart(usage)


async def read_report(
    request: ReportRequest, settings: Settings, *, now: datetime
) -> tuple[ReportDocument, ChartSeries | None]:
    """Read the report from the configured database, or raise ReportFailed with one line."""
    return await read_snapshot(settings, lambda uow: _gather(uow, request, settings, now))
