"""SQL of the report roll-ups: fill them for closed days from the raw rows, say what they cover.

A local day is closed an hour after it ends (an answer or an AI verdict written across midnight
has landed by then) and once none of its sessions is still in progress (the expiry job settles
them; completed and abandoned are final). Its roll-up is then what the raw rows say, for good,
with two exceptions: a deleted student's rows leave the raw tables, and a student may change
grade. Rows keyed by student (student_day_rollups) follow both by themselves: a CASCADE removes
them, and the grade is joined at report time. The answers per problem and grade of a month
(problem_month_rollups) can't, so a report uses a month's only if the month's student rows still
add up to its answers and none of their grades changed; otherwise it reads that month's raw rows
until the next refresh rolls it again.

Reports refresh before they read (bot/reports/reading.py): a refresh rolls up every closed day
and month not rolled yet, so the first report after a long pause pays for it, once.
"""

from __future__ import annotations

import calendar as months
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Date,
    Subquery,
    and_,
    case,
    delete,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    type_coerce,
    union_all,
    update,
)

from bot.reports.periods import ReportWindow, days_window
from bot.reports.queries.aggregates import answer_columns
from bot.reports.queries.local_time import SqlCalendar
from db.enums import SessionStatus
from db.models import (
    CostRecord,
    PracticeSession,
    ProblemMonthRollup,
    Response,
    RollupDay,
    RollupMonth,
    Student,
    StudentDayRollup,
)
from db.uow import UnitOfWork

SETTLE = timedelta(hours=1)
# Serialises refreshes across processes on PostgreSQL (SQLite serialises writers itself).
REFRESH_LOCK_KEY = 0x0DA125_0012
Run = tuple[date, date]


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which days of a report window roll-ups answer for, and which the raw rows must."""

    window: ReportWindow
    rolled: tuple[Run, ...] = ()  # runs of days read from student_day_rollups
    raw: tuple[Run, ...] = ()  # runs of days read from the raw rows
    months: tuple[date, ...] = ()  # months whose answers come from problem_month_rollups
    raw_answers: tuple[Run, ...] = ()  # runs of days whose answers come from raw rows

    @classmethod
    def none(cls, window: ReportWindow) -> Coverage:
        """Read every day raw."""
        whole = ((window.first_day, window.last_day),)
        return cls(window, raw=whole, raw_answers=whole)

    def raw_window(self, run: Run) -> ReportWindow:
        """Return a run of raw days as a window of its own (same zone)."""
        return days_window(run[0], run[1], self.window.timezone)


def _runs(days: Iterable[date]) -> tuple[Run, ...]:
    """Return sorted days as runs of consecutive days."""
    runs: list[Run] = []
    for day in sorted(days):
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return tuple(runs)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _month_end(month: date) -> date:
    return month.replace(day=months.monthrange(month.year, month.month)[1])


def _next_month(month: date) -> date:
    return _month_end(month) + timedelta(days=1)


def in_runs(column: Any, runs: Sequence[Run]) -> ColumnElement[bool]:
    """Return `column` within any of the runs of days."""
    if not runs:
        return false()
    return or_(*(column.between(first, last) for first, last in runs))


def in_utc_runs(moment: Any, coverage: Coverage, runs: Sequence[Run]) -> ColumnElement[bool]:
    """Return a UTC timestamp column within the local days of any of the runs."""
    if not runs:
        return false()
    windows = [coverage.raw_window(run) for run in runs]
    return or_(*(and_(moment >= w.start_utc, moment < w.end_utc) for w in windows))


async def rollup_coverage(uow: UnitOfWork, window: ReportWindow) -> Coverage:
    """Find which days of the window roll-ups cover, and which months' answers are still exact."""
    zone = window.timezone.key
    covered = set(
        await uow.session.scalars(
            select(RollupDay.day).where(
                RollupDay.timezone == zone,
                RollupDay.day.between(window.first_day, window.last_day),
            )
        )
    )
    every_day = _days(window.first_day, window.last_day)
    rolled_months = await _clean_months(uow, window.timezone, window.first_day, window.last_day)
    in_clean_month = {day for month in rolled_months for day in _days(month, _month_end(month))}
    return Coverage(
        window,
        rolled=_runs(covered),
        raw=_runs(d for d in every_day if d not in covered),
        months=tuple(sorted(rolled_months)),
        raw_answers=_runs(d for d in every_day if d not in in_clean_month),
    )


async def _clean_months(uow: UnitOfWork, timezone: ZoneInfo, first: date, last: date) -> set[date]:
    """Return the rolled months within [first, last] whose answer roll-ups are still exact."""
    rolled = {
        month: answered
        for month, answered in await uow.session.execute(
            select(RollupMonth.month, RollupMonth.answered).where(
                RollupMonth.timezone == timezone.key,
                RollupMonth.month >= first,
                RollupMonth.month <= last,
            )
        )
        if _month_end(month) <= last
    }
    if not rolled:
        return set()
    # One pass over the months' student rows: their answers must still add up, at the grades
    # they were counted under.
    month_of = SqlCalendar(uow).starts_on(StudentDayRollup.day, "month")
    moved = case((StudentDayRollup.grade != Student.grade, 1), else_=0)
    query = (
        select(
            month_of.label("month"),
            func.coalesce(func.sum(StudentDayRollup.answered), 0),
            func.coalesce(func.sum(moved), 0),
        )
        .join(Student, Student.student_id == StudentDayRollup.student_id)
        .where(
            StudentDayRollup.answered > 0,
            in_runs(StudentDayRollup.day, [(m, _month_end(m)) for m in sorted(rolled)]),
        )
        .group_by(month_of)
    )
    found = {
        _as_date(month): (int(answered), int(moved_students))
        for month, answered, moved_students in await uow.session.execute(query)
    }
    return {
        month
        for month, answered in rolled.items()
        if found.get(month, (0, 0)) == (int(answered), 0)
    }


def _as_date(value: Any) -> date:
    # SQLite's date() returns text.
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# --- Refreshing ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RefreshReport:
    """What a refresh rolled up."""

    days: int
    months: int


async def refresh_rollups(uow: UnitOfWork, *, timezone: ZoneInfo, now: datetime) -> RefreshReport:
    """Roll up every closed day and month not rolled yet (or gone stale); the caller commits."""
    session = uow.session
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text(f"SELECT pg_advisory_xact_lock({REFRESH_LOCK_KEY})"))
    zone = timezone.key
    # Cut in another zone (BOT_TIMEZONE changed): their days are other days.
    await session.execute(delete(RollupMonth).where(RollupMonth.timezone != zone))
    await session.execute(delete(RollupDay).where(RollupDay.timezone != zone))
    last_closed = (now - SETTLE).astimezone(timezone).date() - timedelta(days=1)
    first = await _first_day_with_data(uow, timezone)
    if first is None or first > last_closed:
        return RefreshReport(0, 0)
    rolled = set(await session.scalars(select(RollupDay.day).where(RollupDay.day >= first)))
    unsettled = set(
        await session.scalars(
            select(PracticeSession.date)
            .where(PracticeSession.status == SessionStatus.IN_PROGRESS)
            .distinct()
        )
    )
    to_roll = [d for d in _days(first, last_closed) if d not in rolled and d not in unsettled]
    for run in _runs(to_roll):
        await _roll_days(uow, days_window(run[0], run[1], timezone))
    rolled.update(to_roll)

    # Months: closed, every day rolled, and not rolled yet or stale.
    month = first.replace(day=1)
    candidates = []
    while _month_end(month) <= last_closed:
        if all(d in rolled for d in _days(month, _month_end(month))):
            candidates.append(month)
        month = _next_month(month)
    if not candidates:
        return RefreshReport(len(to_roll), 0)
    clean = await _clean_months(uow, timezone, candidates[0], _month_end(candidates[-1]))
    stale = [m for m in candidates if m not in clean]
    for month in stale:
        await _roll_month(uow, days_window(month, _month_end(month), timezone))
    return RefreshReport(len(to_roll), len(stale))


async def _first_day_with_data(uow: UnitOfWork, timezone: ZoneInfo) -> date | None:
    session = uow.session
    first_session = await session.scalar(select(func.min(PracticeSession.date)))
    first_moments = [
        await session.scalar(select(func.min(CostRecord.recorded_at))),
        await session.scalar(select(func.min(Response.evaluated_at))),
    ]
    days = [m.astimezone(timezone).date() for m in first_moments if m is not None]
    if first_session is not None:
        days.append(first_session)
    return min(days) if days else None


def _activity_rows(calendar: SqlCalendar, window: ReportWindow) -> Subquery:
    """Select one row per session, AI call and answer of the window, as student-day counts."""
    zero = literal(0)
    status = PracticeSession.status
    sessions = select(
        PracticeSession.student_id.label("student_id"),
        PracticeSession.date.label("day"),
        literal(1).label("started"),
        case((status == SessionStatus.COMPLETED, 1), else_=0).label("completed"),
        case((status == SessionStatus.ABANDONED, 1), else_=0).label("abandoned"),
        zero.label("ai_calls"),
        zero.label("answered"),
        zero.label("correct"),
        zero.label("first_try_correct"),
        zero.label("hints_used"),
    ).where(PracticeSession.date.between(window.first_day, window.last_day))
    costs = select(
        CostRecord.student_id,
        calendar.local_day(CostRecord.recorded_at),
        zero,
        zero,
        zero,
        literal(1),
        zero,
        zero,
        zero,
        zero,
    ).where(
        CostRecord.student_id.is_not(None),
        CostRecord.recorded_at >= window.start_utc,
        CostRecord.recorded_at < window.end_utc,
    )
    right = Response.is_correct.is_(True)
    answers = (
        select(
            PracticeSession.student_id,
            calendar.local_day(Response.evaluated_at),
            zero,
            zero,
            zero,
            zero,
            literal(1),
            case((right, 1), else_=0),
            case((and_(right, Response.attempts == 0), 1), else_=0),
            Response.hints_used,
        )
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .where(
            Response.is_correct.is_not(None),
            Response.evaluated_at >= window.start_utc,
            Response.evaluated_at < window.end_utc,
        )
    )
    return union_all(sessions, costs, answers).subquery("events")


async def _roll_days(uow: UnitOfWork, window: ReportWindow) -> None:
    """Roll up a run of closed days: mark them covered, then one row per active student-day."""
    session = uow.session
    await session.execute(
        insert(RollupDay),
        [
            {"day": day, "timezone": window.timezone.key}
            for day in _days(window.first_day, window.last_day)
        ],
    )
    events = _activity_rows(SqlCalendar(uow, window), window)
    counted = [
        "started",
        "completed",
        "abandoned",
        "ai_calls",
        "answered",
        "correct",
        "first_try_correct",
        "hints_used",
    ]
    rows = (
        select(
            # Not CAST: SQLite would make a number of the text date.
            type_coerce(events.c.day, Date),
            events.c.student_id,
            Student.grade,
            *(func.sum(events.c[name]) for name in counted),
        )
        .join(Student, Student.student_id == events.c.student_id)
        .group_by(events.c.day, events.c.student_id, Student.grade)
    )
    await session.execute(
        insert(StudentDayRollup).from_select(
            [
                "day",
                "student_id",
                "grade",
                "sessions_started",
                "sessions_completed",
                "sessions_abandoned",
                "ai_calls",
                "answered",
                "correct",
                "first_try_correct",
                "hints_used",
            ],
            rows,
        )
    )


async def _roll_month(uow: UnitOfWork, window: ReportWindow) -> None:
    """Roll up a closed month's answers per problem and grade, at today's grades."""
    session = uow.session
    month = window.first_day
    await session.execute(delete(RollupMonth).where(RollupMonth.month == month))
    # The month's student rows take today's grades, the grades its answers are counted under.
    await session.execute(
        update(StudentDayRollup)
        .where(
            StudentDayRollup.day.between(window.first_day, window.last_day),
            StudentDayRollup.student_id == Student.student_id,
            StudentDayRollup.grade != Student.grade,
        )
        .values(grade=Student.grade)
        .execution_options(synchronize_session=False)
    )
    answered = await session.scalar(
        select(func.coalesce(func.sum(StudentDayRollup.answered), 0)).where(
            StudentDayRollup.day.between(window.first_day, window.last_day)
        )
    )
    await session.execute(
        insert(RollupMonth).values(
            month=month, timezone=window.timezone.key, answered=int(answered or 0)
        )
    )
    per_problem = (
        select(literal(month, Date), Student.grade, Response.problem_id, *answer_columns())
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .join(Student, Student.student_id == PracticeSession.student_id)
        .where(
            Response.is_correct.is_not(None),
            Response.evaluated_at >= window.start_utc,
            Response.evaluated_at < window.end_utc,
        )
        .group_by(Student.grade, Response.problem_id)
    )
    await session.execute(
        insert(ProblemMonthRollup).from_select(
            [
                "month",
                "grade",
                "problem_id",
                "answered",
                "correct",
                "first_try_correct",
                "hints_used",
            ],
            per_problem,
        )
    )
