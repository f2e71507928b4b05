"""SQL of activity and sessions: who was active per day, week and month, and how sessions went."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Date,
    Select,
    String,
    cast,
    distinct,
    func,
    literal_column,
    null,
    select,
    union_all,
)

from bot.reports.periods import ReportWindow
from bot.reports.queries.aggregates import read_session_counts, session_columns
from bot.reports.queries.filters import costs_in, sessions_in, students_of_grade
from bot.reports.queries.local_time import SqlCalendar, Unit
from bot.reports.queries.rollups import Coverage, in_runs
from bot.reports.records import ActiveStudents, Activity, DaySessions, SessionCounts
from db.models import CostRecord, PracticeSession, StudentDayRollup
from db.uow import UnitOfWork


def _activity(calendar: SqlCalendar, coverage: Coverage, grade: int | None) -> CompoundSelect[Any]:
    """Select (student_id, local day) of each session and AI cost: what makes a student active."""
    # ACTIVE_STUDENT_DEFINITION in SQL. A pair may repeat: count DISTINCT over it.
    parts: list[Any] = []
    if coverage.rolled:
        # A student-day roll-up row exists only for a day with a session or an AI call.
        rolled = select(StudentDayRollup.student_id, StudentDayRollup.day.label("day")).where(
            in_runs(StudentDayRollup.day, coverage.rolled)
        )
        if grade is not None:
            rolled = rolled.where(StudentDayRollup.student_id.in_(students_of_grade(grade)))
        parts.append(rolled)
    for run in coverage.raw:
        window = coverage.raw_window(run)
        parts.append(
            select(PracticeSession.student_id, PracticeSession.date.label("day")).where(
                *sessions_in(window, grade)
            )
        )
        # A deleted student's costs stay in the ledger, unlinked: they make nobody active.
        parts.append(
            select(
                CostRecord.student_id, calendar.local_day(CostRecord.recorded_at).label("day")
            ).where(*costs_in(window, grade), CostRecord.student_id.is_not(None))
        )
    # UNION ALL: every count de-duplicates what it counts; a UNION would do it once more.
    return union_all(*parts)


async def count_active_students(uow: UnitOfWork, *, coverage: Coverage, grade: int | None) -> int:
    """Count the students active in the window (ACTIVE_STUDENT_DEFINITION)."""
    calendar = SqlCalendar(uow, coverage.window)
    activity = _activity(calendar, coverage, grade).subquery("activity")
    query = select(func.count(distinct(activity.c.student_id)))
    return int(await uow.session.scalar(query) or 0)


async def activity(uow: UnitOfWork, *, coverage: Coverage, grade: int | None) -> Activity:
    """Count the active students of the window and of each day, ISO week and month in it."""
    # Weeks and months are cut at the window's edges: only days inside it count.
    calendar = SqlCalendar(uow, coverage.window)
    # One statement over one CTE: the union of sessions and costs is built once, not four times.
    active_days = _activity(calendar, coverage, grade).cte("activity")

    # count(*) over DISTINCT rows rather than count(DISTINCT ...): PostgreSQL can hash the
    # former, while it always sorts for the latter.
    def per(unit: Unit) -> Select[Any]:
        bucketed = (
            select(
                active_days.c.student_id,
                calendar.starts_on(active_days.c.day, unit).label("starts_on"),
            )
            .distinct()
            .subquery(f"per_{unit}")
        )
        return select(
            literal_column(f"'{unit}'", String).label("unit"),
            bucketed.c.starts_on,
            func.count().label("students"),
        ).group_by(bucketed.c.starts_on)

    students = select(active_days.c.student_id).distinct().subquery("students")
    everyone = select(
        literal_column("'window'", String).label("unit"),
        cast(null(), Date).label("starts_on"),
        func.count().label("students"),
    ).select_from(students)
    statement: CompoundSelect[Any] = union_all(everyone, per("day"), per("week"), per("month"))
    rows: Sequence[Any] = (await uow.session.execute(statement)).all()

    def of(unit: Unit) -> tuple[ActiveStudents, ...]:
        found = (ActiveStudents(r.starts_on, int(r.students)) for r in rows if r.unit == unit)
        return tuple(sorted(found, key=lambda a: a.starts_on))

    return Activity(
        students=next(int(r.students) for r in rows if r.unit == "window"),
        per_day=of("day"),
        per_week=of("week"),
        per_month=of("month"),
    )


async def session_counts(
    uow: UnitOfWork,
    *,
    window: ReportWindow | None,
    grade: int | None = None,
    student_id: int | None = None,
) -> SessionCounts:
    """Count one student's sessions dated in the window by status (None: all time)."""
    query = select(*session_columns()).where(*sessions_in(window, grade, student_id))
    return read_session_counts((await uow.session.execute(query)).one())


async def daily_sessions(
    uow: UnitOfWork, *, coverage: Coverage, grade: int | None
) -> list[DaySessions]:
    """Return the session counts of each local day that has any."""
    found: list[DaySessions] = []
    if coverage.rolled:
        started = func.sum(StudentDayRollup.sessions_started)
        rolled = (
            select(
                StudentDayRollup.day,
                started,
                func.sum(StudentDayRollup.sessions_completed),
                func.sum(StudentDayRollup.sessions_abandoned),
            )
            .where(in_runs(StudentDayRollup.day, coverage.rolled))
            .group_by(StudentDayRollup.day)
            .having(started > 0)
        )
        if grade is not None:
            rolled = rolled.where(StudentDayRollup.student_id.in_(students_of_grade(grade)))
        # A rolled day is settled: none of its sessions is still in progress.
        found += [
            DaySessions(day, SessionCounts(int(n), int(done), int(left), 0))
            for day, n, done, left in await uow.session.execute(rolled)
        ]
    if coverage.raw:
        raw = (
            select(PracticeSession.date, *session_columns())
            .where(*sessions_in(None, grade), in_runs(PracticeSession.date, coverage.raw))
            .group_by(PracticeSession.date)
        )
        found += [
            DaySessions(day=row.date, counts=read_session_counts(row))
            for row in await uow.session.execute(raw)
        ]
    return sorted(found, key=lambda d: d.day)
