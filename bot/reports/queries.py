"""SQL for the teacher reports: the database aggregates every figure; Python only reads the totals.

Days are local days in the report's time zone. A session's day is `sessions.date` (already local);
a timestamp (`cost_records.recorded_at`, `responses.evaluated_at`, stored in UTC) is filtered by the
UTC instants that bound the local days, and bucketed into a local day in SQL: on PostgreSQL with
`AT TIME ZONE`, on SQLite by adding the zone's UTC offset, piecewise if the offset changes within
the window (Asia/Dhaka is UTC+6 all year, so there it is one offset).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Date,
    Float,
    Integer,
    Select,
    SQLColumnExpression,
    String,
    Subquery,
    and_,
    case,
    cast,
    distinct,
    extract,
    func,
    label,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.selectable import TableValuedAlias

from bot.tutor.ai import BUDGETED_PROVIDER
from db.enums import ApiProvider, SessionStatus
from db.models import CostRecord, PracticeSession, Problem, Response, Streak, Student

Unit = Literal["day", "week", "month"]
# The provider whose calls count against AI_MONTHLY_BUDGET_USD, as the tutor counts them.

# A student is active in a window if they have at least one session dated in it or at least one AI
# cost recorded in it. Every "active students" figure in the reports uses _activity() below.
ACTIVE_STUDENT_DEFINITION = (
    "a student with at least one practice session or at least one AI cost record in the period"
)


@dataclass(frozen=True, slots=True)
class ReportWindow:
    """A run of whole local days, first to last inclusive, in one time zone."""

    first_day: date
    last_day: date
    timezone: ZoneInfo

    @property
    def start_utc(self) -> datetime:
        """Return the UTC instant at which the first local day begins."""
        return datetime.combine(self.first_day, time(0), tzinfo=self.timezone).astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        """Return the UTC instant at which the day after the last local day begins."""
        next_day = self.last_day + timedelta(days=1)
        return datetime.combine(next_day, time(0), tzinfo=self.timezone).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class CostTotals:
    """What the AI cost in a window."""

    calls: int
    cost_usd: float
    input_tokens: int
    output_tokens: int


@dataclass(frozen=True, slots=True)
class OperationCost:
    """What one kind of AI call from one provider cost."""

    operation: str
    provider: str
    calls: int
    cost_usd: float
    input_tokens: int
    output_tokens: int


@dataclass(frozen=True, slots=True)
class StudentCost:
    """What one student's AI calls cost."""

    student_id: int
    telegram_id: int
    name: str
    grade: int
    calls: int
    cost_usd: float


@dataclass(frozen=True, slots=True)
class DailyCost:
    """What the AI cost on one local day."""

    day: date
    calls: int
    cost_usd: float


@dataclass(frozen=True, slots=True)
class ActiveStudents:
    """How many students were active in the day, week or month starting on a date."""

    starts_on: date
    students: int


@dataclass(frozen=True, slots=True)
class Activity:
    """Active students over a whole window, and per day, ISO week and month that has any."""

    students: int
    per_day: tuple[ActiveStudents, ...]
    per_week: tuple[ActiveStudents, ...]
    per_month: tuple[ActiveStudents, ...]


@dataclass(frozen=True, slots=True)
class SessionCounts:
    """Sessions started in a period, by how they stand now."""

    started: int
    completed: int
    abandoned: int
    in_progress: int


@dataclass(frozen=True, slots=True)
class DaySessions:
    """Sessions of one local day."""

    day: date
    counts: SessionCounts


@dataclass(frozen=True, slots=True)
class AnswerCounts:
    """Answered responses (right, wrong or skipped), and how they went."""

    answered: int
    correct: int
    first_try_correct: int
    hints_used: int


@dataclass(frozen=True, slots=True)
class GradeAnswers:
    """Answers of the students of one grade."""

    grade: int
    counts: AnswerCounts


@dataclass(frozen=True, slots=True)
class TopicAnswers:
    """Answers to the problems of one topic of one grade."""

    grade: int
    topic: str
    topic_en: str
    counts: AnswerCounts


@dataclass(frozen=True, slots=True)
class DifficultyAnswers:
    """Answers to the problems of one difficulty."""

    difficulty: int
    counts: AnswerCounts


@dataclass(frozen=True, slots=True)
class ProblemAnswers:
    """How one problem was answered."""

    problem_id: int
    key: str
    grade: int
    topic: str
    difficulty: int
    answered: int
    correct: int


@dataclass(frozen=True, slots=True)
class AnswerBreakdown:
    """Answered responses overall, by grade, topic and difficulty, and the least-right problems."""

    total: AnswerCounts
    by_grade: tuple[GradeAnswers, ...]
    by_topic: tuple[TopicAnswers, ...]
    by_difficulty: tuple[DifficultyAnswers, ...]
    lowest_accuracy: tuple[ProblemAnswers, ...]


@dataclass(frozen=True, slots=True)
class StreakBucketCount:
    """How many students have a current streak in one bucket (by its index)."""

    bucket: int
    students: int


@dataclass(frozen=True, slots=True)
class MilestoneCount:
    """How many students have reached one streak milestone."""

    milestone: int
    students: int


@dataclass(frozen=True, slots=True)
class StudentProfile:
    """Who a student is."""

    student_id: int
    telegram_id: int
    name: str
    grade: int
    language: str
    registered_at: datetime


@dataclass(frozen=True, slots=True)
class SessionLine:
    """One session of a student and how it went."""

    session_id: int
    day: date
    status: str
    problems_shown: int
    counts: AnswerCounts
    total_time_seconds: int


@dataclass(frozen=True, slots=True)
class StreakSnapshot:
    """A student's streak as stored."""

    current: int
    longest: int
    last_practice_date: date | None
    milestones: tuple[int, ...]
    freezes: int


def utc_offset_segments(window: ReportWindow) -> list[tuple[datetime, int]]:
    """Return (from this UTC instant, UTC offset in seconds) pieces that cover the window."""
    zone = window.timezone

    def offset_at(epoch_seconds: int) -> int:
        moment = datetime.fromtimestamp(epoch_seconds, UTC).astimezone(zone)
        offset = moment.utcoffset()
        return int(offset.total_seconds()) if offset is not None else 0

    start, end = int(window.start_utc.timestamp()), int(window.end_utc.timestamp())
    segments = [(start, offset_at(start))]
    # Zones change offset at most a few times a year, never twice within six hours.
    step = 6 * 3600
    for probe in range(start, end, step):
        after = min(probe + step, end - 1)
        if offset_at(after) == segments[-1][1]:
            continue
        low, high = probe, after  # the offset changes in (low, high]: find its first second
        while high - low > 1:
            middle = (low + high) // 2
            if offset_at(middle) == segments[-1][1]:
                low = middle
            else:
                high = middle
        segments.append((high, offset_at(high)))
    return [(datetime.fromtimestamp(moment, UTC), offset) for moment, offset in segments]


class _Calendar:
    """Local days, weeks, months and JSON arrays, written the way this database writes them."""

    def __init__(self, session: AsyncSession, window: ReportWindow | None = None) -> None:
        self._postgres = session.get_bind().dialect.name == "postgresql"
        self._window = window

    def local_day(self, moment: SQLColumnExpression[datetime]) -> ColumnElement[date]:
        """Return the local date of a UTC timestamp column."""
        if self._window is None:
            raise ValueError("a local day needs the report window's time zone")
        if self._postgres:
            return cast(func.timezone(self._window.timezone.key, moment), Date)
        segments = utc_offset_segments(self._window)
        days = [func.date(moment, f"{offset:+d} seconds", type_=Date) for _, offset in segments]
        if len(days) == 1:
            return days[0]
        # Before the first change, the first offset; and so on.
        whens = [
            (moment < starts, day) for (starts, _), day in zip(segments[1:], days, strict=False)
        ]
        return case(*whens, else_=days[-1])

    def starts_on(self, day: ColumnElement[date], unit: Unit) -> ColumnElement[date]:
        """Return the first day of the day, ISO week (Monday) or month that a date falls in."""
        if unit == "day":
            return day
        if self._postgres:
            part = "isodow" if unit == "week" else "day"
            # date - integer is a date; plain arithmetic avoids date_trunc's detour via timestamptz.
            return day - cast(extract(part, day), Integer) + 1
        modifiers = ("weekday 0", "-6 days") if unit == "week" else ("start of month",)
        return func.date(day, *modifiers, type_=Date)

    def integer_elements(self, array: SQLColumnExpression[Any]) -> TableValuedAlias:
        """Return a table of the elements of a JSON array of integers, one row each."""
        if self._postgres:
            return func.jsonb_array_elements_text(array).table_valued(
                "value", joins_implicitly=True
            )
        return func.json_each(array).table_valued("value", joins_implicitly=True)


def _students_of_grade(grade: int) -> Select[int]:
    return select(Student.student_id).where(Student.grade == grade)


def _costs_in(
    window: ReportWindow | None,
    grade: int | None,
    student_id: int | None = None,
    provider: ApiProvider | None = None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if provider is not None:
        conditions.append(CostRecord.api_provider == provider)
    if window is not None:
        conditions += [
            CostRecord.recorded_at >= window.start_utc,
            CostRecord.recorded_at < window.end_utc,
        ]
    if grade is not None:
        conditions.append(CostRecord.student_id.in_(_students_of_grade(grade)))
    if student_id is not None:
        conditions.append(CostRecord.student_id == student_id)
    return conditions


def _sessions_in(
    window: ReportWindow | None, grade: int | None, student_id: int | None = None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if window is not None:
        conditions.append(PracticeSession.date.between(window.first_day, window.last_day))
    if grade is not None:
        conditions.append(PracticeSession.student_id.in_(_students_of_grade(grade)))
    if student_id is not None:
        conditions.append(PracticeSession.student_id == student_id)
    return conditions


def _answered_in(window: ReportWindow | None, student_id: int | None) -> list[ColumnElement[bool]]:
    # A response counts in the period in which it was answered (or skipped).
    conditions: list[ColumnElement[bool]] = [Response.is_correct.is_not(None)]
    if window is not None:
        conditions += [
            Response.evaluated_at >= window.start_utc,
            Response.evaluated_at < window.end_utc,
        ]
    if student_id is not None:
        conditions.append(PracticeSession.student_id == student_id)
    return conditions


def _answer_columns() -> tuple[ColumnElement[Any], ...]:
    right = Response.is_correct.is_(True)
    return (
        func.count().label("answered"),
        func.coalesce(func.sum(case((right, 1), else_=0)), 0).label("correct"),
        func.coalesce(func.sum(case((and_(right, Response.attempts == 0), 1), else_=0)), 0).label(
            "first_try_correct"
        ),
        func.coalesce(func.sum(Response.hints_used), 0).label("hints_used"),
    )


def _answer_counts(row: Any) -> AnswerCounts:
    # A SUM over no rows is NULL.
    return AnswerCounts(
        answered=int(row.answered or 0),
        correct=int(row.correct or 0),
        first_try_correct=int(row.first_try_correct or 0),
        hints_used=int(row.hints_used or 0),
    )


def _session_columns() -> tuple[ColumnElement[Any], ...]:
    def having(status: SessionStatus) -> ColumnElement[Any]:
        return func.coalesce(func.sum(case((PracticeSession.status == status, 1), else_=0)), 0)

    return (
        func.count().label("started"),
        having(SessionStatus.COMPLETED).label("completed"),
        having(SessionStatus.ABANDONED).label("abandoned"),
        having(SessionStatus.IN_PROGRESS).label("in_progress"),
    )


def _session_counts(row: Any) -> SessionCounts:
    return SessionCounts(
        started=int(row.started),
        completed=int(row.completed),
        abandoned=int(row.abandoned),
        in_progress=int(row.in_progress),
    )


# --- AI cost ---------------------------------------------------------------------------------


async def cost_totals(
    session: AsyncSession,
    *,
    window: ReportWindow | None,
    grade: int | None = None,
    student_id: int | None = None,
    provider: ApiProvider | None = None,
) -> CostTotals:
    """Return the calls, dollars and tokens of AI cost records in a window (None: all time)."""
    query = select(
        func.count(),
        func.sum(CostRecord.cost_usd),
        func.sum(CostRecord.input_tokens),
        func.sum(CostRecord.output_tokens),
    ).where(*_costs_in(window, grade, student_id, provider))
    calls, cost, input_tokens, output_tokens = (await session.execute(query)).one()
    return CostTotals(
        calls=int(calls),
        cost_usd=float(cost or 0),
        input_tokens=int(input_tokens or 0),
        output_tokens=int(output_tokens or 0),
    )


async def cost_by_operation(
    session: AsyncSession,
    *,
    window: ReportWindow | None,
    grade: int | None = None,
    student_id: int | None = None,
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
        .where(*_costs_in(window, grade, student_id))
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
            await session.execute(query)
        )
    ]


def _cost_per_student(
    window: ReportWindow, grade: int | None, provider: ApiProvider | None = None
) -> Subquery:
    return (
        select(
            CostRecord.student_id,
            func.count().label("calls"),
            func.sum(CostRecord.cost_usd).label("cost_usd"),
        )
        .where(*_costs_in(window, grade, provider=provider))
        .group_by(CostRecord.student_id)
        .subquery("cost_per_student")
    )


async def _students_by_cost(session: AsyncSession, query: Select[Any]) -> list[StudentCost]:
    return [
        StudentCost(
            student_id=row.student_id,
            telegram_id=int(row.telegram_id),
            name=row.name,
            grade=row.grade,
            calls=int(row.calls),
            cost_usd=float(row.cost_usd),
        )
        for row in await session.execute(query)
    ]


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


async def costliest_students(
    session: AsyncSession, *, window: ReportWindow, grade: int | None, limit: int = 10
) -> list[StudentCost]:
    """Return the students whose AI calls cost most in the window, costliest first."""
    query = _student_cost_query(_cost_per_student(window, grade)).limit(limit)
    return await _students_by_cost(session, query)


async def students_at_budget(
    session: AsyncSession, *, window: ReportWindow, grade: int | None, budget_usd: float
) -> list[StudentCost]:
    """Return the students the monthly budget stopped: the tutor's own rule, costliest first.

    The tutor (bot/tutor/ai_help.py) stops a student once their month-to-date cost of Claude
    calls is >= AI_MONTHLY_BUDGET_USD; calls and dollars here are those Claude calls.
    """
    per_student = _cost_per_student(window, grade, BUDGETED_PROVIDER)
    query = _student_cost_query(per_student).where(per_student.c.cost_usd >= budget_usd)
    return await _students_by_cost(session, query)


async def daily_costs(
    session: AsyncSession, *, window: ReportWindow, grade: int | None
) -> list[DailyCost]:
    """Return the AI cost per local day, for the days that have any."""
    calendar = _Calendar(session, window)
    by_day = (
        select(calendar.local_day(CostRecord.recorded_at).label("day"), CostRecord.cost_usd)
        .where(*_costs_in(window, grade))
        .subquery("cost_by_day")
    )
    query = (
        select(by_day.c.day, func.count(), func.sum(by_day.c.cost_usd))
        .group_by(by_day.c.day)
        .order_by(by_day.c.day)
    )
    return [
        DailyCost(day=day, calls=int(calls), cost_usd=float(cost or 0))
        for day, calls, cost in await session.execute(query)
    ]


# --- Activity and sessions -------------------------------------------------------------------


def _activity(calendar: _Calendar, window: ReportWindow, grade: int | None) -> CompoundSelect[Any]:
    """Select (student_id, local day) for each session and AI cost of the window: what makes a
    student active (ACTIVE_STUDENT_DEFINITION). A pair may repeat: count DISTINCT over it."""
    practised = select(PracticeSession.student_id, PracticeSession.date.label("day")).where(
        *_sessions_in(window, grade)
    )
    # A deleted student's costs stay in the ledger, unlinked: they make nobody active.
    charged = select(
        CostRecord.student_id, calendar.local_day(CostRecord.recorded_at).label("day")
    ).where(*_costs_in(window, grade), CostRecord.student_id.is_not(None))
    # UNION ALL: every count de-duplicates what it counts; a UNION would do it once more.
    return union_all(practised, charged)


async def count_active_students(
    session: AsyncSession, *, window: ReportWindow, grade: int | None
) -> int:
    """Count the students active in the window (ACTIVE_STUDENT_DEFINITION)."""
    activity = _activity(_Calendar(session, window), window, grade).subquery("activity")
    query = select(func.count(distinct(activity.c.student_id)))
    return int(await session.scalar(query) or 0)


async def activity(session: AsyncSession, *, window: ReportWindow, grade: int | None) -> Activity:
    """Count the active students of the window and of each day, ISO week and month in it.

    Weeks and months are cut at the window's edges: only days inside it count.
    """
    calendar = _Calendar(session, window)
    # One statement over one CTE: the union of sessions and costs is built once, not four times.
    active_days = _activity(calendar, window, grade).cte("activity")

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
    rows: Sequence[Any] = (await session.execute(statement)).all()

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
    session: AsyncSession,
    *,
    window: ReportWindow | None,
    grade: int | None = None,
    student_id: int | None = None,
) -> SessionCounts:
    """Count the sessions dated in the window by status (None: all time)."""
    query = select(*_session_columns()).where(*_sessions_in(window, grade, student_id))
    return _session_counts((await session.execute(query)).one())


async def daily_sessions(
    session: AsyncSession, *, window: ReportWindow, grade: int | None
) -> list[DaySessions]:
    """Return the session counts of each local day that has any."""
    query = (
        select(PracticeSession.date, *_session_columns())
        .where(*_sessions_in(window, grade))
        .group_by(PracticeSession.date)
        .order_by(PracticeSession.date)
    )
    return [
        DaySessions(day=row.date, counts=_session_counts(row))
        for row in await session.execute(query)
    ]


# --- Answers ---------------------------------------------------------------------------------


async def answer_breakdown(
    session: AsyncSession,
    *,
    window: ReportWindow | None,
    grade: int | None = None,
    student_id: int | None = None,
    min_answered: int = 20,
    lowest: int = 10,
) -> AnswerBreakdown:
    """Count answered responses overall, by grade, topic and difficulty, and find the `lowest`
    problems by accuracy among those answered at least `min_answered` times.

    Grade is the grade of the student who answered; a topic belongs to a grade's syllabus.
    """
    # One pass over the responses, grouped by (student's grade, problem); every figure is a
    # roll-up of that small table, in one statement.
    per_problem = (
        select(Student.grade.label("student_grade"), Response.problem_id, *_answer_columns())
        .select_from(Response)
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .join(Student, Student.student_id == PracticeSession.student_id)
        .where(*_answered_in(window, student_id))
        .group_by(Student.grade, Response.problem_id)
    )
    if grade is not None:
        per_problem = per_problem.where(Student.grade == grade)
    counted = per_problem.cte("per_problem")
    answered = func.sum(counted.c.answered)
    sums = (
        answered.label("answered"),
        func.sum(counted.c.correct).label("correct"),
        func.sum(counted.c.first_try_correct).label("first_try_correct"),
        func.sum(counted.c.hints_used).label("hints_used"),
    )

    def rolled_up(kind: str, **keys: SQLColumnExpression[Any]) -> Select[Any]:
        # Every branch has the same columns in the same order; what a branch lacks is NULL.
        columns: dict[str, SQLColumnExpression[Any]] = {
            "grade": cast(null(), Integer),
            "topic": cast(null(), String),
            "topic_en": cast(null(), String),
            "difficulty": cast(null(), Integer),
            "problem_id": cast(null(), Integer),
            "key": cast(null(), String),
        }
        columns.update(keys)
        named = (label(name, column) for name, column in columns.items())
        return select(literal_column(f"'{kind}'", String).label("kind"), *named, *sums)

    with_problem = counted.join(Problem, Problem.problem_id == counted.c.problem_id)
    branches = [
        rolled_up("total").select_from(counted),
        rolled_up("grade", grade=counted.c.student_grade)
        .select_from(counted)
        .group_by(counted.c.student_grade),
        rolled_up("topic", grade=Problem.grade, topic=Problem.topic, topic_en=Problem.topic_en)
        .select_from(with_problem)
        .group_by(Problem.grade, Problem.topic, Problem.topic_en),
        rolled_up("difficulty", difficulty=Problem.difficulty)
        .select_from(with_problem)
        .group_by(Problem.difficulty),
    ]
    if lowest > 0:
        accuracy = cast(func.sum(counted.c.correct), Float) / answered
        problem = {
            "problem_id": Problem.problem_id,
            "key": Problem.key,
            "grade": Problem.grade,
            "topic": Problem.topic,
            "difficulty": Problem.difficulty,
        }
        least_right = (
            rolled_up("problem", **problem)
            .select_from(with_problem)
            .group_by(*problem.values())
            .having(answered >= min_answered)
            .order_by(accuracy, answered.desc(), Problem.problem_id)
            .limit(lowest)
            .subquery("least_right")
        )
        branches.append(select(least_right))
    by_kind: dict[str, list[Any]] = {}
    for row in await session.execute(union_all(*branches)):
        by_kind.setdefault(row.kind, []).append(row)
    problems = [
        ProblemAnswers(
            problem_id=row.problem_id,
            key=row.key,
            grade=row.grade,
            topic=row.topic,
            difficulty=row.difficulty,
            answered=int(row.answered),
            correct=int(row.correct),
        )
        for row in by_kind.get("problem", [])
    ]
    return AnswerBreakdown(
        total=_answer_counts(by_kind["total"][0]),
        by_grade=tuple(
            sorted(
                (GradeAnswers(r.grade, _answer_counts(r)) for r in by_kind.get("grade", [])),
                key=lambda g: g.grade,
            )
        ),
        by_topic=tuple(
            sorted(
                (
                    TopicAnswers(r.grade, r.topic, r.topic_en, _answer_counts(r))
                    for r in by_kind.get("topic", [])
                ),
                key=lambda t: (t.grade, t.topic),
            )
        ),
        by_difficulty=tuple(
            sorted(
                (
                    DifficultyAnswers(r.difficulty, _answer_counts(r))
                    for r in by_kind.get("difficulty", [])
                ),
                key=lambda d: d.difficulty,
            )
        ),
        # The statement's ORDER BY is inside a subquery of a UNION: order again, the same way.
        lowest_accuracy=tuple(
            sorted(problems, key=lambda p: (p.correct / p.answered, -p.answered, p.problem_id))
        ),
    )


# --- Streaks ---------------------------------------------------------------------------------


async def streak_distribution(
    session: AsyncSession,
    *,
    upper_bounds: Sequence[int],
    oldest_live_practice: Sequence[date],
    grade: int | None,
) -> list[StreakBucketCount]:
    """Count registered students per bucket of live streak (no streak row counts as 0).

    Bucket i holds streaks up to upper_bounds[i]; the bucket after the last bound is open-ended.
    A stored streak is live if its last practice is no older than oldest_live_practice[freezes]
    (the last entry serves any larger number of freezes); otherwise it has lapsed and counts as 0.
    """
    *by_freezes, beyond = oldest_live_practice
    oldest = case(
        *((Streak.freezes == freezes, day) for freezes, day in enumerate(by_freezes)),
        else_=beyond,
    )
    streak = case(
        (Streak.last_practice_date >= oldest, Streak.current_streak),
        else_=0,
    )
    bucket = case(
        *((streak <= bound, index) for index, bound in enumerate(upper_bounds)),
        else_=len(upper_bounds),
    )
    students = select(bucket.label("bucket")).select_from(Student).outerjoin(Streak)
    if grade is not None:
        students = students.where(Student.grade == grade)
    bucketed = students.subquery("bucketed")
    query = (
        select(bucketed.c.bucket, func.count())
        .group_by(bucketed.c.bucket)
        .order_by(bucketed.c.bucket)
    )
    return [
        StreakBucketCount(bucket=int(index), students=int(count))
        for index, count in await session.execute(query)
    ]


async def milestone_counts(session: AsyncSession, *, grade: int | None) -> list[MilestoneCount]:
    """Count the students who have reached each streak milestone."""
    elements = _Calendar(session).integer_elements(Streak.milestones_achieved)
    reached = select(Streak.student_id, cast(elements.c.value, Integer).label("milestone"))
    reached = reached.select_from(Streak, elements)
    if grade is not None:
        reached = reached.where(Streak.student_id.in_(_students_of_grade(grade)))
    per_student = reached.subquery("reached")
    query = (
        select(per_student.c.milestone, func.count(distinct(per_student.c.student_id)))
        .group_by(per_student.c.milestone)
        .order_by(per_student.c.milestone)
    )
    return [
        MilestoneCount(milestone=int(milestone), students=int(students))
        for milestone, students in await session.execute(query)
    ]


# --- One student -----------------------------------------------------------------------------


async def student_profile(session: AsyncSession, telegram_id: int) -> StudentProfile | None:
    """Return the student with this Telegram id, if registered."""
    query = select(
        Student.student_id,
        Student.telegram_id,
        Student.name,
        Student.grade,
        Student.language,
        Student.created_at,
    ).where(Student.telegram_id == telegram_id)
    row = (await session.execute(query)).one_or_none()
    if row is None:
        return None
    return StudentProfile(
        student_id=row.student_id,
        telegram_id=int(row.telegram_id),
        name=row.name,
        grade=row.grade,
        language=row.language,
        registered_at=row.created_at,
    )


async def student_sessions(session: AsyncSession, student_id: int) -> list[SessionLine]:
    """Return every session of a student with its answer counts, newest first."""
    right = Response.is_correct.is_(True)
    answered = Response.is_correct.is_not(None)

    def total(condition: ColumnElement[bool]) -> ColumnElement[Any]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = (
        select(
            PracticeSession.session_id,
            PracticeSession.date,
            PracticeSession.status,
            PracticeSession.total_time_seconds,
            func.count(Response.response_id).label("shown"),
            total(answered).label("answered"),
            total(right).label("correct"),
            total(and_(right, Response.attempts == 0)).label("first_try_correct"),
            func.coalesce(func.sum(Response.hints_used), 0).label("hints_used"),
        )
        .outerjoin(Response, Response.session_id == PracticeSession.session_id)
        .where(PracticeSession.student_id == student_id)
        .group_by(
            PracticeSession.session_id,
            PracticeSession.date,
            PracticeSession.status,
            PracticeSession.total_time_seconds,
        )
        .order_by(PracticeSession.date.desc(), PracticeSession.session_id.desc())
    )
    return [
        SessionLine(
            session_id=row.session_id,
            day=row.date,
            status=str(row.status),
            problems_shown=int(row.shown),
            counts=_answer_counts(row),
            total_time_seconds=row.total_time_seconds,
        )
        for row in await session.execute(query)
    ]


async def student_streak(session: AsyncSession, student_id: int) -> StreakSnapshot | None:
    """Return a student's streak, if they have a streak row."""
    query = select(
        Streak.current_streak,
        Streak.longest_streak,
        Streak.last_practice_date,
        Streak.milestones_achieved,
        Streak.freezes,
    ).where(Streak.student_id == student_id)
    row = (await session.execute(query)).one_or_none()
    if row is None:
        return None
    return StreakSnapshot(
        current=row.current_streak,
        longest=row.longest_streak,
        last_practice_date=row.last_practice_date,
        milestones=tuple(sorted(int(m) for m in row.milestones_achieved)),
        freezes=row.freezes,
    )
