"""SQL of the report roll-ups: fill them for closed days from the raw rows, say what they cover.

A local day is closed an hour after it ends (an answer or an AI verdict written across midnight
has landed by then); closed days are rolled up in order, so the roll-ups cover one run of days
and each row can name the student's previous active day. What a closed day's raw rows say no
longer changes, with three exceptions, each kept exact:
- a session still in progress when its day was rolled up may finish later: the roll-up counts
  it, and a report reads those student-days' sessions raw;
- a deleted student's rows leave the raw tables: their student rows leave with them (CASCADE);
- a student may change grade: student rows are joined to today's grade at report time.
The answers per problem and grade of a month (problem_month_rollups) can't follow the last two,
so a report uses a month's only while nobody registered then was deleted and nobody who
answered in it changed grade since; otherwise it reads that month's answers raw until the next
refresh rolls the month again.

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
    null,
    or_,
    select,
    text,
    type_coerce,
    union_all,
    update,
)

from bot.reports.periods import ReportWindow, days_window
from bot.reports.queries.aggregates import ANSWER_FIELDS, answer_columns
from bot.reports.queries.local_time import SqlCalendar, Unit
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


async def rolled_run(uow: UnitOfWork, timezone: ZoneInfo) -> Run | None:
    """Return the first and last day rolled up in this zone, if any."""
    first, last = (
        await uow.session.execute(
            select(func.min(RollupDay.day), func.max(RollupDay.day)).where(
                RollupDay.timezone == timezone.key
            )
        )
    ).one()
    return None if first is None else (first, last)


async def rollup_coverage(uow: UnitOfWork, window: ReportWindow) -> Coverage:
    """Find which days of the window roll-ups cover, and which months' answers are still exact."""
    rolled = await rolled_run(uow, window.timezone)
    if rolled is None:
        return Coverage.none(window)
    first = max(rolled[0], window.first_day)
    last = min(rolled[1], window.last_day)
    if first > last:
        return Coverage.none(window)
    every_day = _days(window.first_day, window.last_day)
    candidates = []
    month = first.replace(day=1)
    while month <= last:
        if month >= window.first_day and _month_end(month) <= last:
            candidates.append(month)
        month = _next_month(month)
    months = await _clean_months(uow, window.timezone, candidates)
    in_clean_month = {day for month in months for day in _days(month, _month_end(month))}
    return Coverage(
        window,
        rolled=((first, last),),
        raw=_runs(d for d in every_day if not first <= d <= last),
        months=tuple(months),
        raw_answers=_runs(d for d in every_day if d not in in_clean_month),
    )


async def _clean_months(uow: UnitOfWork, timezone: ZoneInfo, months: list[date]) -> list[date]:
    """Return the months, of these, whose answer roll-ups are still exact."""
    if not months:
        return []
    session = uow.session
    rolled = {
        row.month: row
        for row in await session.execute(
            select(
                RollupMonth.month,
                RollupMonth.max_student_id,
                RollupMonth.students,
                RollupMonth.rolled_at,
            ).where(RollupMonth.timezone == timezone.key, RollupMonth.month.in_(months))
        )
    }
    clean = []
    registered: dict[int, tuple[int, datetime | None]] = {}
    for month, row in sorted(rolled.items()):
        if row.max_student_id not in registered:
            found = (
                await session.execute(
                    select(func.count(), func.max(Student.created_at)).where(
                        Student.student_id <= row.max_student_id
                    )
                )
            ).one()
            registered[row.max_student_id] = (int(found[0]), found[1])
        count, newest = registered[row.max_student_id]
        # Nobody deleted since: as many as then, and none of them newer (SQLite may give a
        # deleted student's id to the next one to register).
        if count == row.students and (newest is None or newest <= row.rolled_at):
            clean.append(month)
    if not clean:
        return []
    # Only a student updated since the month was rolled can have changed grade; their rows
    # of the month say which grade their answers were counted under.
    since = min(rolled[month].rolled_at for month in clean)
    month_of = SqlCalendar(uow).starts_on(StudentDayRollup.day, "month")
    moved = (
        select(month_of.label("month"))
        .join(Student, Student.student_id == StudentDayRollup.student_id)
        .where(
            Student.updated_at >= since,
            StudentDayRollup.answered > 0,
            StudentDayRollup.grade != Student.grade,
            in_runs(StudentDayRollup.day, [(m, _month_end(m)) for m in clean]),
        )
        .distinct()
    )
    stale = {_as_date(month) for month in await session.scalars(moved)}
    return [month for month in clean if month not in stale]


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
    """Roll up every closed day not rolled yet, then months new or gone stale; caller commits."""
    session = uow.session
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(text(f"SELECT pg_advisory_xact_lock({REFRESH_LOCK_KEY})"))
    zone = timezone.key
    # Cut in another zone (BOT_TIMEZONE changed): their days are other days.
    await session.execute(delete(RollupMonth).where(RollupMonth.timezone != zone))
    await session.execute(delete(RollupDay).where(RollupDay.timezone != zone))
    last_closed = (now - SETTLE).astimezone(timezone).date() - timedelta(days=1)
    rolled = await rolled_run(uow, timezone)
    if rolled is not None:
        first = rolled[1] + timedelta(days=1)
    else:
        found = await _first_day_with_data(uow, timezone)
        if found is None:
            return RefreshReport(0, 0)
        first = found
    if first > last_closed:
        return RefreshReport(0, 0)  # nothing closed since the last refresh: months wait too
    await _roll_days(uow, days_window(first, last_closed, timezone))
    first_rolled = rolled[0] if rolled is not None else first

    # Months wholly rolled up: new ones, and any gone stale, are rolled (again).
    months = []
    month = first_rolled.replace(day=1)
    while _month_end(month) <= last_closed:
        months.append(month)
        month = _next_month(month)
    clean = set(await _clean_months(uow, timezone, months))
    stale = [month for month in months if month not in clean]
    for month in stale:
        await _roll_month(uow, days_window(month, _month_end(month), timezone))
    return RefreshReport((last_closed - first).days + 1, len(stale))


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
        case((status == SessionStatus.IN_PROGRESS, 1), else_=0).label("in_progress"),
        zero.label("ai_calls"),
        zero.label("answered"),
        zero.label("correct"),
        zero.label("first_try_correct"),
        zero.label("hints_used"),
    ).where(PracticeSession.date.between(window.first_day, window.last_day))
    costs = select(
        CostRecord.student_id,
        calendar.local_day(CostRecord.recorded_at),
        *([zero] * 4),
        literal(1),
        *([zero] * 4),
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
            *([zero] * 5),
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


COUNTED = {
    "started": "sessions_started",
    "completed": "sessions_completed",
    "abandoned": "sessions_abandoned",
    "in_progress": "sessions_in_progress",
    "ai_calls": "ai_calls",
    "answered": "answered",
    "correct": "correct",
    "first_try_correct": "first_try_correct",
    "hints_used": "hints_used",
}


async def _roll_days(uow: UnitOfWork, window: ReportWindow) -> None:
    """Roll up a run of closed days right after those rolled: one row per student-day."""
    session = uow.session
    await session.execute(
        insert(RollupDay),
        [
            {"day": day, "timezone": window.timezone.key}
            for day in _days(window.first_day, window.last_day)
        ],
    )
    events = _activity_rows(SqlCalendar(uow, window), window)
    grouped = (
        select(
            # Not CAST: SQLite would make a number of the text date.
            type_coerce(events.c.day, Date).label("day"),
            events.c.student_id,
            Student.grade,
            *(func.sum(events.c[name]).label(name) for name in COUNTED),
        )
        .join(Student, Student.student_id == events.c.student_id)
        .group_by(events.c.day, events.c.student_id, Student.grade)
        .subquery("grouped")
    )
    # Active: a session or an AI call (ACTIVE_STUDENT_DEFINITION); a day of answers alone
    # (a session begun before midnight) is not. The previous active day is in this run, or
    # else the student's last rolled up, as every earlier day is rolled up.
    active = or_(grouped.c.started > 0, grouped.c.ai_calls > 0)
    earlier = (
        select(func.max(StudentDayRollup.day))
        .where(
            StudentDayRollup.student_id == grouped.c.student_id,
            or_(StudentDayRollup.sessions_started > 0, StudentDayRollup.ai_calls > 0),
        )
        .scalar_subquery()
    )
    in_run = func.lag(grouped.c.day).over(
        partition_by=(grouped.c.student_id, active), order_by=grouped.c.day
    )
    previous = (
        select(
            grouped,
            case((active, func.coalesce(in_run, earlier)), else_=null()).label("previous_day"),
        )
    ).subquery("with_previous")
    calendar = SqlCalendar(uow, window)

    def first_since(unit: Unit) -> ColumnElement[bool]:
        start = calendar.starts_on(previous.c.day, unit)
        return or_(previous.c.previous_day.is_(None), previous.c.previous_day < start)

    rows = select(
        previous.c.day,
        previous.c.student_id,
        previous.c.grade,
        previous.c.previous_day,
        first_since("week"),
        first_since("month"),
        *(previous.c[name] for name in COUNTED),
    )
    await session.execute(
        insert(StudentDayRollup).from_select(
            [
                "day",
                "student_id",
                "grade",
                "previous_day",
                "new_week",
                "new_month",
                *COUNTED.values(),
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
    max_id, registered = (
        await session.execute(select(func.coalesce(func.max(Student.student_id), 0), func.count()))
    ).one()
    await session.execute(
        insert(RollupMonth).values(
            month=month,
            timezone=window.timezone.key,
            max_student_id=int(max_id),
            students=int(registered),
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
            ["month", "grade", "problem_id", *ANSWER_FIELDS], per_problem
        )
    )
