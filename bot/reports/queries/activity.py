"""SQL of activity and sessions: who was active per day, week and month, and how sessions went."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Date,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    union,
    union_all,
)

from bot.reports.periods import ReportWindow
from bot.reports.queries.aggregates import read_session_counts, session_columns
from bot.reports.queries.filters import (
    costs_in,
    sessions_in,
    students_of_class,
    students_of_grade,
)
from bot.reports.queries.local_time import SqlCalendar, Unit
from bot.reports.queries.rollups import Coverage, in_runs
from bot.reports.records import ActiveStudents, Activity, DaySessions, SessionCounts
from db.models import CostRecord, PracticeSession, StudentDayRollup
from db.uow import UnitOfWork

Rollup = StudentDayRollup


def _raw_activity(
    calendar: SqlCalendar, window: ReportWindow, grade: int | None, class_id: int | None
) -> CompoundSelect[Any]:
    """Select (student_id, local day) of each session and AI cost: what makes a student active."""
    # ACTIVE_STUDENT_DEFINITION in SQL. A pair may repeat: count DISTINCT over it.
    practised = select(PracticeSession.student_id, PracticeSession.date.label("day")).where(
        *sessions_in(window, grade, class_id=class_id)
    )
    # A deleted student's costs stay in the ledger, unlinked: they make nobody active.
    charged = select(
        CostRecord.student_id, calendar.local_day(CostRecord.recorded_at).label("day")
    ).where(*costs_in(window, grade, class_id=class_id), CostRecord.student_id.is_not(None))
    # UNION ALL: every count de-duplicates what it counts; a UNION would do it once more.
    return union_all(practised, charged)


def _rolled_first(coverage: Coverage) -> bool:
    """Say whether the roll-ups cover the window's start, with only later days read raw."""
    if not coverage.rolled:
        return False
    rolled_from = coverage.rolled[0][0]
    return rolled_from == coverage.window.first_day and all(
        first > rolled_from for first, _ in coverage.raw
    )


def _of_students(
    column: Any, grade: int | None, class_id: int | None
) -> list[ColumnElement[bool]]:
    """Return the conditions on a student id column of a grade and a class (None: any)."""
    conditions: list[ColumnElement[bool]] = []
    if grade is not None:
        conditions.append(column.in_(students_of_grade(grade)))
    if class_id is not None:
        # Today's members, as the raw rows' filter (students_of_class) reads them.
        conditions.append(column.in_(students_of_class(class_id)))
    return conditions


def _is_active(row: Any) -> ColumnElement[bool]:
    # ACTIVE_STUDENT_DEFINITION: a day of answers alone (a session begun the day before) is not.
    return or_(row.sessions_started > 0, row.ai_calls > 0)


def _active_days(
    calendar: SqlCalendar, coverage: Coverage, grade: int | None, class_id: int | None
) -> list[Any]:
    """Select each active student-day of the window: student, day, previous active day, and
    whether that previous day falls before the day's week and month.

    The rolled days come with theirs; the raw days after them (today) find their previous day
    among themselves or, for the first, as the student's last rolled up active day. The two
    parts are counted apart (their days differ): alone, the rolled part is a plain scan that
    PostgreSQL splits between workers.
    """
    rolled = select(
        Rollup.student_id, Rollup.day, Rollup.previous_day, Rollup.new_week, Rollup.new_month
    ).where(
        in_runs(Rollup.day, coverage.rolled),
        _is_active(Rollup),
        *_of_students(Rollup.student_id, grade, class_id),
    )
    parts: list[Any] = [rolled]
    if coverage.raw:
        pairs = union(
            *(
                part
                for run in coverage.raw
                for part in _raw_activity(
                    calendar, coverage.raw_window(run), grade, class_id
                ).selects
            )
        ).subquery("raw_pairs")
        last_rolled = (
            select(func.max(Rollup.day))
            .where(Rollup.student_id == pairs.c.student_id, _is_active(Rollup))
            .scalar_subquery()
        )
        before = func.lag(pairs.c.day).over(partition_by=pairs.c.student_id, order_by=pairs.c.day)
        with_previous = select(
            pairs.c.student_id,
            pairs.c.day,
            func.coalesce(before, last_rolled).label("previous_day"),
        ).subquery("raw_days")

        def first_since(unit: Unit) -> ColumnElement[bool]:
            start = calendar.starts_on(with_previous.c.day, unit)
            return or_(
                with_previous.c.previous_day.is_(None), with_previous.c.previous_day < start
            )

        parts.append(
            select(
                with_previous.c.student_id,
                with_previous.c.day,
                with_previous.c.previous_day,
                first_since("week").label("new_week"),
                first_since("month").label("new_month"),
            )
        )
    return [part.subquery("active_days") for part in parts]


async def count_active_students(
    uow: UnitOfWork, *, coverage: Coverage, grade: int | None, class_id: int | None = None
) -> int:
    """Count the students active in the window (ACTIVE_STUDENT_DEFINITION)."""
    calendar = SqlCalendar(uow, coverage.window)
    if _rolled_first(coverage):
        total = 0
        for days in _active_days(calendar, coverage, grade, class_id):
            query = select(func.count()).where(_first_since(days, coverage.window.first_day))
            total += int(await uow.session.scalar(query) or 0)
        return total
    activity = _raw_activity(calendar, coverage.window, grade, class_id).subquery("activity")
    students = select(activity.c.student_id).distinct().subquery("students")
    return int(await uow.session.scalar(select(func.count()).select_from(students)) or 0)


def _first_since(days: Any, start: Any) -> ColumnElement[bool]:
    """A student's first active day on or after `start`: nothing before it since `start`."""
    return or_(days.c.previous_day.is_(None), days.c.previous_day < start)


async def activity(
    uow: UnitOfWork, *, coverage: Coverage, grade: int | None, class_id: int | None = None
) -> Activity:
    """Count the active students of the window and of each day, ISO week and month in it."""
    # Weeks and months are cut at the window's edges: only days inside it count.
    calendar = SqlCalendar(uow, coverage.window)
    if _rolled_first(coverage):
        return await _activity_from_rollups(uow, calendar, coverage, grade, class_id)
    # One statement over one CTE: the union of sessions and costs is built once, not four times.
    active_days = _raw_activity(calendar, coverage.window, grade, class_id).cte("activity")

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


async def _activity_from_rollups(
    uow: UnitOfWork,
    calendar: SqlCalendar,
    coverage: Coverage,
    grade: int | None,
    class_id: int | None,
) -> Activity:
    """Count active students per day, week, month and window in one pass, without DISTINCT.

    Each active student-day knows the student's previous active day, so it is their first of
    its week (or month, or the window) when that day falls before the week's start (cut at the
    window's start): counting those rows counts each student once.
    """
    window = coverage.window
    per_day: dict[date, int] = {}
    per_week: Counter[date] = Counter()
    per_month: Counter[date] = Counter()
    students = 0
    for days in _active_days(calendar, coverage, grade, class_id):
        # The first week and month may be cut by the window: there a row is also the
        # student's first when their previous active day is before the window.
        before_window = _first_since(days, window.first_day)

        def firsts(flag: ColumnElement[bool]) -> ColumnElement[Any]:
            return func.sum(case((flag, 1), else_=0))

        query = select(
            days.c.day,
            func.count(),
            firsts(or_(days.c.new_week, before_window)),
            firsts(or_(days.c.new_month, before_window)),
            firsts(before_window),
        ).group_by(days.c.day)
        for day, active, new_in_week, new_in_month, new_in_window in await uow.session.execute(
            query
        ):
            day = day if isinstance(day, date) else date.fromisoformat(str(day))
            per_day[day] = int(active)
            # A week or month cut by the window is still named by its own first day.
            per_week[day - timedelta(days=day.weekday())] += int(new_in_week)
            per_month[day.replace(day=1)] += int(new_in_month)
            students += int(new_in_window)

    def listed(counts: dict[date, int]) -> tuple[ActiveStudents, ...]:
        return tuple(ActiveStudents(start, n) for start, n in sorted(counts.items()) if n)

    return Activity(
        students=students,
        per_day=listed(per_day),
        per_week=listed(per_week),
        per_month=listed(per_month),
    )


async def session_counts(
    uow: UnitOfWork,
    *,
    window: ReportWindow | None,
    grade: int | None = None,
    student_id: int | None = None,
    class_id: int | None = None,
) -> SessionCounts:
    """Count the sessions dated in the window by status (None: all time)."""
    query = select(*session_columns()).where(*sessions_in(window, grade, student_id, class_id))
    return read_session_counts((await uow.session.execute(query)).one())


async def daily_sessions(
    uow: UnitOfWork, *, coverage: Coverage, grade: int | None, class_id: int | None = None
) -> list[DaySessions]:
    """Return the session counts of each local day that has any."""
    found: dict[date, SessionCounts] = {}

    def add(day: Any, counts: SessionCounts) -> None:
        day = day if isinstance(day, date) else date.fromisoformat(str(day))
        had = found.get(day, SessionCounts(0, 0, 0, 0))
        found[day] = SessionCounts(
            had.started + counts.started,
            had.completed + counts.completed,
            had.abandoned + counts.abandoned,
            had.in_progress + counts.in_progress,
        )

    of_students = _of_students(Rollup.student_id, grade, class_id)
    if coverage.rolled:
        settled = (
            select(
                Rollup.day,
                func.sum(Rollup.sessions_started),
                func.sum(Rollup.sessions_completed),
                func.sum(Rollup.sessions_abandoned),
            )
            .where(
                in_runs(Rollup.day, coverage.rolled),
                Rollup.sessions_started > 0,
                Rollup.sessions_in_progress == 0,
            )
            .group_by(Rollup.day)
        )
        # Student-days rolled up with a session in progress: their sessions may have ended
        # since, so they are read raw.
        unsettled = (
            select(PracticeSession.date, *session_columns())
            .join(
                Rollup,
                and_(
                    Rollup.student_id == PracticeSession.student_id,
                    Rollup.day == PracticeSession.date,
                ),
            )
            .where(in_runs(Rollup.day, coverage.rolled), Rollup.sessions_in_progress > 0)
            .group_by(PracticeSession.date)
        )
        settled = settled.where(*of_students)
        unsettled = unsettled.where(*of_students)
        for day, started, completed, abandoned in await uow.session.execute(settled):
            add(day, SessionCounts(int(started), int(completed), int(abandoned), 0))
        for row in await uow.session.execute(unsettled):
            add(row.date, read_session_counts(row))
    if coverage.raw:
        raw = (
            select(PracticeSession.date, *session_columns())
            .where(
                *sessions_in(None, grade, class_id=class_id),
                in_runs(PracticeSession.date, coverage.raw),
            )
            .group_by(PracticeSession.date)
        )
        for row in await uow.session.execute(raw):
            add(row.date, read_session_counts(row))
    return [DaySessions(day, counts) for day, counts in sorted(found.items())]
