"""Print how the tutor is used and what its AI costs: `python -m scripts.report cost|usage|student`.

Tables are for a terminal; `--format csv` and `--format json` are for spreadsheets and other tools
and keep the same field names. Exit codes: 0 a report was printed (an empty one included), 1 the
database could not be reached or answer, or no student has the Telegram id, 2 bad arguments or
settings.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.bootstrap import create_runtime
from bot.reports import rules as reports
from bot.reports.queries import (
    ACTIVE_STUDENT_DEFINITION,
    AnswerCounts,
    ReportWindow,
    SessionCounts,
    StudentCost,
    TopicAnswers,
)
from bot.reports.rules import CostReport, StudentReport, UsageReport
from bot.settings import Settings, load_settings
from db.uow import UnitOfWork

Format = Literal["table", "csv", "json"]
Scalar = str | int | float | bool | None
Row = dict[str, Scalar]
CSV_COLUMNS = ("section", "row", "field", "value")
# Dollars of a single AI call run to the sixth decimal; eight keep sums honest without float noise.
DECIMALS = 8
CONNECT_SECONDS = 10


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


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """A report as named fields: one header, one summary and tables of rows (the JSON shape)."""

    header: Row
    summary: Row
    sections: dict[str, list[Row]]
    notes: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        """Return the JSON object: header fields, then "summary" and "sections"."""
        return {**self.header, "summary": self.summary, "sections": self.sections}


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """What a chart plots: one value per day, and optionally a rate on a second axis."""

    title: str
    days: tuple[date, ...]
    values: tuple[float, ...]
    value_label: str
    rates: tuple[float | None, ...] | None = None
    rate_label: str = ""


# --- Arguments -------------------------------------------------------------------------------


def _month(text: str) -> tuple[int, int]:
    try:
        return reports.parse_month(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _day(text: str) -> date:
    try:
        return reports.parse_day(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _telegram_id(text: str) -> int:
    # isascii(): isdigit() alone accepts Bengali digits.
    if not text.isascii() or not text.isdigit() or not 0 < int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"a Telegram id is a positive whole number, not {text!r}")
    return int(text)


def _png(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(f"the chart is a PNG file: name it *.png, not {text!r}")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"no folder {str(path.parent)!r} to write the chart in")
    return path


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        dest="output_format",
        choices=["table", "csv", "json"],
        default="table",
        help="table for a terminal (default); csv or json for other tools",
    )


def _add_grade_and_chart(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--grade", type=int, choices=[6, 7, 8], help="only students of this grade (class)"
    )
    parser.add_argument("--chart", type=_png, metavar="FILE.png", help="also draw a PNG chart")


def parse_arguments(argv: Sequence[str] | None = None) -> ReportRequest:
    """Return the request, or print the usage and exit 2 on a bad argument."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.report",
        description="Reports for teachers and for the people paying for the AI.",
        epilog="Days are local days in BOT_TIMEZONE. The database is DATABASE_URL.",
    )
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="{cost,usage,student}")
    cost = kinds.add_parser("cost", help="AI cost of a month, against AI_MONTHLY_BUDGET_USD")
    cost.add_argument("--month", type=_month, metavar="YYYY-MM", help="default: this month")
    _add_grade_and_chart(cost)
    _add_format(cost)
    usage = kinds.add_parser("usage", help="activity, sessions, accuracy and streaks")
    usage.add_argument("--month", type=_month, metavar="YYYY-MM", help="default: this month")
    usage.add_argument("--from", dest="first_day", type=_day, metavar="YYYY-MM-DD")
    usage.add_argument("--to", dest="last_day", type=_day, metavar="YYYY-MM-DD")
    _add_grade_and_chart(usage)
    _add_format(usage)
    student = kinds.add_parser("student", help="one student's sessions, accuracy, streak, cost")
    student.add_argument("telegram_id", type=_telegram_id, metavar="TELEGRAM_ID")
    _add_format(student)
    arguments = parser.parse_args(argv)
    if arguments.kind == "usage":
        ranged = arguments.first_day is not None or arguments.last_day is not None
        if ranged and arguments.month is not None:
            usage.error("give either --month or --from and --to, not both")
        if ranged and (arguments.first_day is None or arguments.last_day is None):
            usage.error("--from and --to go together")
        if ranged and arguments.first_day > arguments.last_day:
            usage.error(f"--from {arguments.first_day} is after --to {arguments.last_day}")
    return ReportRequest(
        kind=arguments.kind,
        output_format=arguments.output_format,
        month=getattr(arguments, "month", None),
        first_day=getattr(arguments, "first_day", None),
        last_day=getattr(arguments, "last_day", None),
        grade=getattr(arguments, "grade", None),
        chart=getattr(arguments, "chart", None),
        telegram_id=getattr(arguments, "telegram_id", None),
    )


def _window(request: ReportRequest, settings: Settings, now: datetime) -> ReportWindow:
    if request.first_day is not None and request.last_day is not None:
        return reports.days_window(request.first_day, request.last_day, settings.timezone)
    if request.month is not None:
        return reports.month_window(*request.month, settings.timezone)
    return reports.current_month_window(now, settings.timezone)


# --- Documents: the one place where field names are chosen ----------------------------------


def _plain(value: object) -> Scalar:
    if isinstance(value, float):
        return round(value, DECIMALS)
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | bool):
        return value
    return str(value)


def _row(**fields: object) -> Row:
    return {name: _plain(value) for name, value in fields.items()}


def _answer_fields(counts: AnswerCounts) -> Row:
    return _row(
        answered=counts.answered,
        correct=counts.correct,
        accuracy=reports.accuracy(counts),
        first_try_correct=counts.first_try_correct,
        first_try_accuracy=reports.first_try_accuracy(counts),
        hints_used=counts.hints_used,
        hints_per_problem=reports.hints_per_problem(counts),
    )


def _session_fields(counts: SessionCounts) -> Row:
    return _row(
        sessions_started=counts.started,
        sessions_completed=counts.completed,
        sessions_abandoned=counts.abandoned,
        sessions_in_progress=counts.in_progress,
        completion_rate=reports.completion_rate(counts),
    )


def _period_header(kind: str, window: ReportWindow, grade: int | None) -> Row:
    return _row(
        report=kind,
        timezone=window.timezone.key,
        period=reports.describe_window(window),
        **{"from": window.first_day, "to": window.last_day},
        grade=grade,
    )


def cost_document(report: CostReport) -> ReportDocument:
    """Return the cost report as named fields."""
    verdict = report.verdict
    total = report.totals.cost_usd
    return ReportDocument(
        header=_period_header("cost", report.window, report.grade)
        | _row(budget_usd=report.budget_usd, empty_reason=report.empty_reason),
        summary=_row(
            total_cost_usd=total,
            calls=report.totals.calls,
            input_tokens=report.totals.input_tokens,
            output_tokens=report.totals.output_tokens,
            active_students=report.active_students,
            average_cost_per_active_student_usd=report.average_per_active_student,
            target_cost_per_student_usd=report.budget_usd,
            budget_verdict=verdict.status,
            budget_line=verdict.line,
            students_at_budget=len(report.students_at_budget),
        ),
        sections={
            "cost_by_operation": [
                _row(
                    operation=o.operation,
                    provider=o.provider,
                    calls=o.calls,
                    cost_usd=o.cost_usd,
                    share_of_cost=reports.ratio(o.cost_usd, total),
                    input_tokens=o.input_tokens,
                    output_tokens=o.output_tokens,
                )
                for o in report.by_operation
            ],
            "costliest_students": [
                _row(rank=rank, **_student_cost(s))
                for rank, s in enumerate(report.costliest_students, start=1)
            ],
            "students_at_budget": [_row(**_student_cost(s)) for s in report.students_at_budget],
            "daily_cost": [
                _row(day=d.day, calls=d.calls, cost_usd=d.cost_usd) for d in report.daily
            ],
        },
        notes=tuple(
            line
            for line in (
                report.empty_reason,
                verdict.line,
                f"Active: {ACTIVE_STUDENT_DEFINITION}.",
            )
            if line
        ),
    )


def _student_cost(cost: StudentCost) -> dict[str, object]:
    return {
        "telegram_id": cost.telegram_id,
        "name": cost.name,
        "grade": cost.grade,
        "calls": cost.calls,
        "cost_usd": cost.cost_usd,
    }


def usage_document(report: UsageReport) -> ReportDocument:
    """Return the usage report as named fields."""
    return ReportDocument(
        header=_period_header("usage", report.window, report.grade)
        | _row(empty_reason=report.empty_reason),
        summary=_row(active_students=report.active_students)
        | _session_fields(report.sessions)
        | _answer_fields(report.answers),
        sections={
            "daily": [
                _row(day=d.day, active_students=d.active_students) | _session_fields(d.sessions)
                for d in report.daily
            ],
            "weekly": [
                _row(week_start=w.starts_on, active_students=w.students) for w in report.weekly
            ],
            "monthly": [
                _row(month=m.starts_on.strftime("%Y-%m"), active_students=m.students)
                for m in report.monthly
            ],
            "accuracy_by_grade": [
                _row(grade=g.grade) | _answer_fields(g.counts) for g in report.by_grade
            ],
            "accuracy_by_topic": _topic_rows(report.by_topic),
            "accuracy_by_difficulty": [
                _row(difficulty=d.difficulty) | _answer_fields(d.counts)
                for d in report.by_difficulty
            ],
            "streaks": [
                _row(
                    bucket=b.label,
                    min_streak=b.min_streak,
                    max_streak=b.max_streak,
                    students=b.students,
                )
                for b in report.streaks
            ],
            "milestones": [
                _row(milestone=m.milestone, students=m.students) for m in report.milestones
            ],
            "lowest_accuracy_problems": [
                _row(
                    problem_id=p.answers.problem_id,
                    key=p.answers.key,
                    grade=p.answers.grade,
                    topic=p.answers.topic,
                    difficulty=p.answers.difficulty,
                    answered=p.answers.answered,
                    correct=p.answers.correct,
                    accuracy=p.accuracy,
                    wilson_low=p.wilson_low,
                    wilson_high=p.wilson_high,
                )
                for p in report.lowest_accuracy_problems
            ],
        },
        notes=tuple(
            line for line in (report.empty_reason, f"Active: {ACTIVE_STUDENT_DEFINITION}.") if line
        ),
    )


def _topic_rows(topics: Sequence[TopicAnswers]) -> list[Row]:
    return [
        _row(grade=t.grade, topic=t.topic, topic_en=t.topic_en) | _answer_fields(t.counts)
        for t in topics
    ]


def student_document(report: StudentReport) -> ReportDocument:
    """Return the student report as named fields."""
    profile, streak, month = report.profile, report.streak, report.month
    empty = (
        None
        if report.sessions or report.cost_all_time.calls
        else "No sessions and no AI cost yet."
    )
    return ReportDocument(
        header=_row(
            report="student",
            timezone=month.timezone.key,
            telegram_id=profile.telegram_id,
            month_from=month.first_day,
            month_to=month.last_day,
            budget_usd=report.budget_usd,
            empty_reason=empty,
        ),
        summary=_row(
            name=profile.name,
            grade=profile.grade,
            language=profile.language,
            registered_on=profile.registered_at.astimezone(month.timezone).date(),
        )
        | _session_fields(report.session_counts)
        | _answer_fields(report.answers)
        | _row(
            current_streak=streak.current,
            longest_streak=streak.longest,
            last_practice_date=streak.last_practice_date,
            freezes=streak.freezes,
            ai_calls=report.cost_all_time.calls,
            ai_cost_usd=report.cost_all_time.cost_usd,
            ai_cost_this_month_usd=report.cost_this_month.cost_usd,
            budget_spent_this_month_usd=report.budgeted_cost_this_month.cost_usd,
            stopped_by_budget=report.stopped_by_budget,
        ),
        sections={
            "sessions": [
                _row(
                    session_id=s.session_id,
                    date=s.day,
                    status=s.status,
                    problems_shown=s.problems_shown,
                    answered=s.counts.answered,
                    correct=s.counts.correct,
                    first_try_correct=s.counts.first_try_correct,
                    hints_used=s.counts.hints_used,
                    total_time_seconds=s.total_time_seconds,
                )
                for s in report.sessions
            ],
            "accuracy_by_topic": _topic_rows(report.by_topic),
            "milestones": [_row(milestone=m) for m in streak.milestones],
            "cost_by_operation": [
                _row(
                    operation=o.operation,
                    provider=o.provider,
                    calls=o.calls,
                    cost_usd=o.cost_usd,
                    input_tokens=o.input_tokens,
                    output_tokens=o.output_tokens,
                )
                for o in report.cost_by_operation
            ],
        },
        notes=(empty,) if empty else (),
    )


# --- Output ----------------------------------------------------------------------------------


def write_json(document: ReportDocument, output: TextIO) -> None:
    """Write the report as one JSON object."""
    json.dump(document.as_json(), output, ensure_ascii=False, indent=2)
    output.write("\n")


def write_csv(document: ReportDocument, output: TextIO) -> None:
    """Write the report in long form: one line per field of every row of every section."""
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    tables = {"report": [document.header], "summary": [document.summary], **document.sections}
    for section, rows in tables.items():
        for index, row in enumerate(rows):
            for name, value in row.items():
                writer.writerow((section, index, name, _csv_value(value)))


def _csv_value(value: Scalar) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _shown(name: str, value: Scalar) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if name.endswith("_usd"):
            return f"${value:,.4f}"
        if name.endswith(("rate", "accuracy", "share_of_cost", "wilson_low", "wilson_high")):
            return f"{value:.1%}"
        return f"{value:,.2f}"
    if isinstance(value, int) and not name.endswith(("_id", "grade", "rank")):
        return f"{value:,}"
    return str(value)


# Tables in an 80-column terminal need short headers; CSV and JSON keep the full field names.
_SHORT_HEADERS = {
    "active_students": "active",
    "sessions_started": "started",
    "sessions_completed": "completed",
    "sessions_abandoned": "abandoned",
    "sessions_in_progress": "open",
    "completion_rate": "completed %",
    "first_try_correct": "first try",
    "first_try_accuracy": "first try %",
    "hints_used": "hints",
    "hints_per_problem": "hints per problem",
    "input_tokens": "tokens in",
    "output_tokens": "tokens out",
    "share_of_cost": "share",
    "total_time_seconds": "seconds",
    "problems_shown": "shown",
    "session_id": "session",
    "answered": "answers",
    "correct": "right",
    "accuracy": "right %",
}


# The topic's key names it well enough on screen; CSV and JSON carry its English name too.
_NOT_IN_TABLES = {"topic_en"}


def _title(name: str) -> str:
    return name.replace("_", " ")


def _has_figures(row: Row) -> bool:
    return any(_is_number(value) and value != 0 for value in row.values())


def write_table(document: ReportDocument, console: Console) -> None:
    """Print the report as aligned tables."""
    header = document.header
    if header["report"] == "student":
        title = f"Student {header['telegram_id']}, {document.summary['name']}"
    else:
        title = f"{str(header['report']).title()} report: {header['period']}"
        title += f", grade {header['grade']}" if header.get("grade") is not None else ""
    # Text(), not markup: names come from students, and "[" in one would be read as a style.
    console.print(Text(f"{title} ({header['timezone']})", style="bold"))
    for note in document.notes:
        console.print(Text(note))
    summary = Table(title="summary", show_header=False, title_justify="left", box=box.SIMPLE)
    summary.add_column("field")
    summary.add_column("value", justify="right")
    for name, value in document.summary.items():
        if name != "budget_line":  # printed above as a sentence
            summary.add_row(_title(name), Text(_shown(name, value)))
    console.print(summary)
    empty = document.header.get("empty_reason") is not None
    for section, rows in document.sections.items():
        if empty and not any(_has_figures(row) for row in rows):
            continue  # an empty report's days and weeks are all zero: the reason says so
        if not rows:
            console.print(Text(f"{_title(section)}: none", style="italic"))
            continue
        table = Table(
            title=_title(section),
            title_justify="left",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            collapse_padding=True,
        )
        names = [name for name in rows[0] if name not in _NOT_IN_TABLES]
        cells = [[_shown(name, row[name]) for name in names] for row in rows]
        for index, name in enumerate(names):
            heading = _SHORT_HEADERS.get(name, _title(name))
            # Cells keep their width in a narrow terminal; headings wrap between words instead.
            widest = max(len(line[index]) for line in cells)
            table.add_column(
                heading,
                justify="right" if any(_is_number(row[name]) for row in rows) else "left",
                min_width=min(max(widest, *map(len, heading.split())), 30),
            )
        for line in cells:
            table.add_row(*(Text(cell) for cell in line))
        console.print(table)


def _is_number(value: Scalar) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def draw_chart(series: ChartSeries, path: Path) -> None:
    """Draw a daily chart to a PNG file, without a display (Agg)."""
    # Imported here: matplotlib adds half a second to every report, chart or not.
    import numpy
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator, PercentFormatter, StrMethodFormatter

    figure = Figure(figsize=(10, 4.5), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    days = numpy.array(series.days, dtype="datetime64[D]")
    axes.bar(days, series.values, color="#4c72b0", label=series.value_label)
    axes.set_ylabel(series.value_label)
    axes.set_title(series.title)
    axes.set_xlim(days[0] - numpy.timedelta64(1, "D"), days[-1] + numpy.timedelta64(1, "D"))
    axes.set_ylim(bottom=0)
    if series.value_label.endswith("(USD)"):
        axes.yaxis.set_major_formatter(StrMethodFormatter("${x:,.2f}"))
    else:
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    figure.autofmt_xdate()
    if series.rates is not None:
        rate_axes = axes.twinx()
        rates = [float("nan") if r is None else r for r in series.rates]
        rate_axes.plot(days, rates, color="#dd8452", marker="o", label=series.rate_label)
        rate_axes.set_ylim(0, 1.05)
        rate_axes.yaxis.set_major_formatter(PercentFormatter(1.0))
        rate_axes.set_ylabel(series.rate_label)
        figure.legend(loc="outside lower center", ncols=2)
    if not any(series.values):
        axes.text(0.5, 0.5, "no data", transform=axes.transAxes, ha="center", color="gray")
    figure.savefig(path, format="png")


def cost_chart(report: CostReport) -> ChartSeries:
    """Return the daily AI cost of a cost report."""
    return ChartSeries(
        title=f"AI cost per day, {reports.describe_window(report.window)} "
        f"({report.window.timezone.key})",
        days=tuple(d.day for d in report.daily),
        values=tuple(d.cost_usd for d in report.daily),
        value_label="cost (USD)",
    )


def usage_chart(report: UsageReport) -> ChartSeries:
    """Return the daily active students and completion rate of a usage report."""
    return ChartSeries(
        title=f"Active students and session completion, {reports.describe_window(report.window)} "
        f"({report.window.timezone.key})",
        days=tuple(d.day for d in report.daily),
        values=tuple(float(d.active_students) for d in report.daily),
        value_label="active students",
        rates=tuple(reports.completion_rate(d.sessions) for d in report.daily),
        rate_label="completion rate",
    )


# --- Running ---------------------------------------------------------------------------------


class ReportFailed(Exception):
    """The report could not be made; the message is the one line to print."""


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
        raise ReportFailed(f"no database file at {_database_named(settings)}")


async def _check_reachable(engine: AsyncEngine, settings: Settings) -> None:
    try:
        async with asyncio.timeout(CONNECT_SECONDS), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:  # any failure to connect gets the same one line
        raise ReportFailed(
            f"cannot reach the database at {_database_named(settings)} ({_reason(error)})"
        ) from None


async def _gather(
    session: AsyncSession, request: ReportRequest, settings: Settings, now: datetime
) -> tuple[ReportDocument, ChartSeries | None]:
    budget = settings.AI_MONTHLY_BUDGET_USD
    today = now.astimezone(settings.timezone).date()
    if request.kind == "student":
        assert request.telegram_id is not None
        month = reports.current_month_window(now, settings.timezone)
        found = await reports.build_student_report(
            session,
            telegram_id=request.telegram_id,
            month=month,
            budget_usd=budget,
            today=today,
        )
        if found is None:
            raise ReportFailed(f"no student has Telegram id {request.telegram_id}")
        return student_document(found), None
    window = _window(request, settings, now)
    if request.kind == "cost":
        cost = await reports.build_cost_report(
            session, window=window, grade=request.grade, budget_usd=budget
        )
        return cost_document(cost), cost_chart(cost)
    usage = await reports.build_usage_report(
        session, window=window, grade=request.grade, today=today
    )
    return usage_document(usage), usage_chart(usage)


async def build_document(
    request: ReportRequest, settings: Settings, *, now: datetime
) -> tuple[ReportDocument, ChartSeries | None]:
    """Read the report from the configured database, or raise ReportFailed with one line."""
    _check_sqlite_file(settings)
    runtime = create_runtime(settings)
    try:
        await _check_reachable(runtime.engine, settings)
        async with UnitOfWork(runtime.session_factory) as uow:
            if not settings.is_sqlite:
                # One snapshot for every query, so the figures of one report agree with each other.
                await uow.session.connection(
                    execution_options={"isolation_level": "REPEATABLE READ"}
                )
                # PostgreSQL's JIT spends ~100 ms compiling each of these mid-sized aggregates,
                # more than it saves them (measured with bench/reports.py).
                await uow.session.execute(text("SET LOCAL jit = off"))
            return await _gather(uow.session, request, settings, now)
    except SQLAlchemyError as error:
        raise ReportFailed(
            f"the database at {_database_named(settings)} could not answer "
            f"(is it migrated? `make migrate`): {_reason(error)}"
        ) from None
    finally:
        await runtime.close()


async def run(
    request: ReportRequest,
    *,
    now: datetime,
    settings: Settings | None = None,
    output: TextIO | None = None,
) -> int:
    """Make the report and print it; return the exit code."""
    settings = settings or load_settings()
    output = output or sys.stdout
    try:
        document, chart = await build_document(request, settings, now=now)
    except ReportFailed as failure:
        print(f"report: {failure}", file=sys.stderr)
        return 1
    if request.output_format == "json":
        write_json(document, output)
    elif request.output_format == "csv":
        write_csv(document, output)
    else:
        write_table(document, Console(file=output) if output is not sys.stdout else Console())
    if request.chart is not None and chart is not None:
        draw_chart(chart, request.chart)
        print(f"report: chart written to {request.chart}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments (exit 2 on a bad one), make the report, print it."""
    request = parse_arguments(argv)
    return asyncio.run(run(request, now=datetime.now(UTC)))


if __name__ == "__main__":
    sys.exit(main())
