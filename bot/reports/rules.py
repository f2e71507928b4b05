"""Assemble the teacher reports from SQL aggregates, and the rules they follow (rates, budget, Wilson)."""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.reports import queries
from bot.reports.queries import (
    ActiveStudents,
    AnswerCounts,
    CostTotals,
    DailyCost,
    DifficultyAnswers,
    GradeAnswers,
    MilestoneCount,
    OperationCost,
    ReportWindow,
    SessionCounts,
    SessionLine,
    StreakSnapshot,
    StudentCost,
    StudentProfile,
    TopicAnswers,
)
from bot.tutor.ai import BUDGETED_PROVIDER, reached_budget
from bot.tutor.practice import (
    MAX_FREEZES,
    MILESTONES,
    StreakState,
    live_streak,
    oldest_live_practice_date,
)

# Lower bound of each streak bucket; a bucket runs up to the next one's bound minus one.
STREAK_BUCKET_STARTS = (0, 1, 3, 7, 14, 30)
# Below this many answers, one unlucky student can make a fine problem look broken.
MIN_ANSWERS_FOR_PROBLEM_ACCURACY = 20
HARDEST_PROBLEMS_SHOWN = 10
COSTLIEST_STUDENTS_SHOWN = 10
# Closer than a billionth of a dollar to the target counts as on it: float sums drift that much.
DOLLAR_TOLERANCE = 1e-9
# The 97.5th percentile of the standard normal distribution: a two-sided 95% interval.
Z_95 = 1.959963984540054

FIRST_YEAR, LAST_YEAR = 1970, 9998
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

BudgetStatus = Literal["under", "at", "over", "no_active_students"]


# --- Periods ---------------------------------------------------------------------------------


def parse_month(text: str) -> tuple[int, int]:
    """Return (year, month) of a YYYY-MM text, or raise ValueError saying what is wrong."""
    # [0-9], not \d: \d matches Bengali digits too, and int() would quietly read them.
    if not _MONTH.fullmatch(text):
        raise ValueError(f"a month is written YYYY-MM, such as 2026-12, not {text!r}")
    year, month = int(text[:4]), int(text[5:])
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a month")
    _check_year(year, text)
    return year, month


def parse_day(text: str) -> date:
    """Return the date of a YYYY-MM-DD text, or raise ValueError saying what is wrong."""
    if not _DAY.fullmatch(text):
        raise ValueError(f"a date is written YYYY-MM-DD, such as 2026-12-01, not {text!r}")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date") from None
    _check_year(day.year, text)
    return day


def _check_year(year: int, text: str) -> None:
    # Far years overflow Python's datetime once turned into UTC instants at the window's edges.
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"{text!r} is not between {FIRST_YEAR} and {LAST_YEAR}")


def month_window(year: int, month: int, timezone: ZoneInfo) -> ReportWindow:
    """Return the window of every local day of a month."""
    last = calendar.monthrange(year, month)[1]
    return ReportWindow(date(year, month, 1), date(year, month, last), timezone)


def current_month_window(now: datetime, timezone: ZoneInfo) -> ReportWindow:
    """Return the window of the month that `now` falls in, locally."""
    today = now.astimezone(timezone).date()
    return month_window(today.year, today.month, timezone)


def days_window(first_day: date, last_day: date, timezone: ZoneInfo) -> ReportWindow:
    """Return the window from one local day to another, both included."""
    if first_day > last_day:
        raise ValueError(f"the first day {first_day} is after the last day {last_day}")
    return ReportWindow(first_day, last_day, timezone)


def describe_window(window: ReportWindow) -> str:
    """Return a window in words: a whole month by name, otherwise its first and last day."""
    first, last = window.first_day, window.last_day
    if first.day == 1 and last == month_window(first.year, first.month, window.timezone).last_day:
        return f"{calendar.month_name[first.month]} {first.year}"
    return f"{first.isoformat()} to {last.isoformat()}"


def days_of(window: ReportWindow) -> list[date]:
    """Return every local day of the window in order."""
    count = (window.last_day - window.first_day).days + 1
    return [window.first_day + timedelta(days=offset) for offset in range(count)]


def week_starts_of(window: ReportWindow) -> list[date]:
    """Return the Monday of every ISO week that overlaps the window."""
    monday = window.first_day - timedelta(days=window.first_day.weekday())
    count = (window.last_day - monday).days // 7 + 1
    return [monday + timedelta(weeks=offset) for offset in range(count)]


def month_starts_of(window: ReportWindow) -> list[date]:
    """Return the first day of every month that overlaps the window."""
    starts = []
    year, month = window.first_day.year, window.first_day.month
    while date(year, month, 1) <= window.last_day:
        starts.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return starts


# --- Rates -----------------------------------------------------------------------------------


def ratio(part: float, whole: float) -> float | None:
    """Return part / whole, or None when there is nothing to divide by."""
    return part / whole if whole else None


def accuracy(counts: AnswerCounts) -> float | None:
    """Return the share of answered responses that were right (skips count as wrong)."""
    return ratio(counts.correct, counts.answered)


def first_try_accuracy(counts: AnswerCounts) -> float | None:
    """Return the share of answered responses that were right with no wrong try before."""
    return ratio(counts.first_try_correct, counts.answered)


def hints_per_problem(counts: AnswerCounts) -> float | None:
    """Return the mean hints used per answered response."""
    return ratio(counts.hints_used, counts.answered)


def completion_rate(counts: SessionCounts) -> float | None:
    """Return the share of started sessions that were completed (in progress counts as not yet)."""
    return ratio(counts.completed, counts.started)


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float]:
    """Return the Wilson score interval of a proportion (95% by default)."""
    if trials <= 0:
        return 0.0, 1.0
    if not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes out of {trials} trials")
    share = successes / trials
    z_squared = z * z
    denominator = 1 + z_squared / trials
    centre = (share + z_squared / (2 * trials)) / denominator
    spread = z * math.sqrt(share * (1 - share) / trials + z_squared / (4 * trials * trials))
    spread /= denominator
    return max(0.0, centre - spread), min(1.0, centre + spread)


def streak_bucket_label(index: int) -> str:
    """Return the label of a streak bucket: "0", "1-2", ..., "30+"."""
    low = STREAK_BUCKET_STARTS[index]
    if index + 1 == len(STREAK_BUCKET_STARTS):
        return f"{low}+"
    high = STREAK_BUCKET_STARTS[index + 1] - 1
    return str(low) if low == high else f"{low}-{high}"


def streak_bucket_bounds(index: int) -> tuple[int, int | None]:
    """Return the smallest and largest streak of a bucket (None: no largest)."""
    low = STREAK_BUCKET_STARTS[index]
    if index + 1 == len(STREAK_BUCKET_STARTS):
        return low, None
    return low, STREAK_BUCKET_STARTS[index + 1] - 1


@dataclass(frozen=True, slots=True)
class BudgetVerdict:
    """How the average cost per active student compares with the target, in one plain line."""

    status: BudgetStatus
    line: str


def compare_with_target(average_usd: float | None, target_usd: float) -> BudgetVerdict:
    """Say whether the average AI cost per active student is over or under the target."""
    target = f"${target_usd:.2f}"
    if average_usd is None:
        return BudgetVerdict(
            "no_active_students",
            f"No active students, so no average cost to compare with the {target} target.",
        )
    average = f"${average_usd:.4f}"
    difference = abs(average_usd - target_usd)
    if difference < DOLLAR_TOLERANCE:
        return BudgetVerdict(
            "at", f"Average {average} per active student: on the {target} target."
        )
    share = f" ({average_usd / target_usd:.0%} of target)" if target_usd > 0 else ""
    status: BudgetStatus = "over" if average_usd > target_usd else "under"
    return BudgetVerdict(
        status,
        f"Average {average} per active student: {status.upper()} the {target} target "
        f"by ${difference:.4f}{share}.",
    )


# --- Cost report -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CostReport:
    """What the AI cost in a period, and for whom."""

    window: ReportWindow
    grade: int | None
    budget_usd: float
    totals: CostTotals
    active_students: int
    by_operation: tuple[OperationCost, ...]
    costliest_students: tuple[StudentCost, ...]
    students_at_budget: tuple[StudentCost, ...]
    daily: tuple[DailyCost, ...]

    @property
    def average_per_active_student(self) -> float | None:
        """Return the period's AI cost divided by its active students."""
        return ratio(self.totals.cost_usd, self.active_students)

    @property
    def verdict(self) -> BudgetVerdict:
        """Return how the average compares with AI_MONTHLY_BUDGET_USD."""
        return compare_with_target(self.average_per_active_student, self.budget_usd)

    @property
    def empty_reason(self) -> str | None:
        """Return why the report is empty, or None if it is not."""
        if self.totals.calls or self.active_students:
            return None
        return f"No AI cost and no practice sessions in {_scope(self.window, self.grade)}."


async def build_cost_report(
    session: AsyncSession, *, window: ReportWindow, grade: int | None, budget_usd: float
) -> CostReport:
    """Gather the cost report of a period (a month, for the budget to mean anything)."""
    found = {d.day: d for d in await queries.daily_costs(session, window=window, grade=grade)}
    return CostReport(
        window=window,
        grade=grade,
        budget_usd=budget_usd,
        totals=await queries.cost_totals(session, window=window, grade=grade),
        active_students=await queries.count_active_students(session, window=window, grade=grade),
        by_operation=tuple(await queries.cost_by_operation(session, window=window, grade=grade)),
        costliest_students=tuple(
            await queries.costliest_students(
                session, window=window, grade=grade, limit=COSTLIEST_STUDENTS_SHOWN
            )
        ),
        students_at_budget=tuple(
            await queries.students_at_budget(
                session, window=window, grade=grade, budget_usd=budget_usd
            )
        ),
        # Days without cost are shown as zero, so a chart's gaps are real.
        daily=tuple(found.get(day, DailyCost(day, 0, 0.0)) for day in days_of(window)),
    )


# --- Usage report ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DailyUsage:
    """One local day: active students and sessions."""

    day: date
    active_students: int
    sessions: SessionCounts


@dataclass(frozen=True, slots=True)
class StreakBucket:
    """Students whose current streak lies in a range."""

    label: str
    min_streak: int
    max_streak: int | None
    students: int


@dataclass(frozen=True, slots=True)
class ProblemAccuracy:
    """A problem answered rarely right, with the 95% Wilson interval of its accuracy."""

    answers: queries.ProblemAnswers
    accuracy: float
    wilson_low: float
    wilson_high: float


@dataclass(frozen=True, slots=True)
class UsageReport:
    """How the tutor was used in a period."""

    window: ReportWindow
    grade: int | None
    active_students: int
    daily: tuple[DailyUsage, ...]
    weekly: tuple[ActiveStudents, ...]
    monthly: tuple[ActiveStudents, ...]
    sessions: SessionCounts
    answers: AnswerCounts
    by_grade: tuple[GradeAnswers, ...]
    by_topic: tuple[TopicAnswers, ...]
    by_difficulty: tuple[DifficultyAnswers, ...]
    streaks: tuple[StreakBucket, ...]
    milestones: tuple[MilestoneCount, ...]
    lowest_accuracy_problems: tuple[ProblemAccuracy, ...]

    @property
    def empty_reason(self) -> str | None:
        """Return why the report is empty, or None if it is not."""
        if self.active_students or self.sessions.started or self.answers.answered:
            return None
        return f"No practice and no AI use in {_scope(self.window, self.grade)}."


def _filled(found: tuple[ActiveStudents, ...], starts: list[date]) -> tuple[ActiveStudents, ...]:
    counts = {a.starts_on: a.students for a in found}
    return tuple(ActiveStudents(start, counts.get(start, 0)) for start in starts)


async def build_usage_report(
    session: AsyncSession, *, window: ReportWindow, grade: int | None, today: date
) -> UsageReport:
    """Gather the usage report of a period; streaks are as they stand on `today`."""
    active = await queries.activity(session, window=window, grade=grade)
    sessions_by_day = {
        d.day: d.counts for d in await queries.daily_sessions(session, window=window, grade=grade)
    }
    active_by_day = {a.starts_on: a.students for a in active.per_day}
    no_sessions = SessionCounts(0, 0, 0, 0)
    answers = await queries.answer_breakdown(
        session,
        window=window,
        grade=grade,
        min_answered=MIN_ANSWERS_FOR_PROBLEM_ACCURACY,
        lowest=HARDEST_PROBLEMS_SHOWN,
    )
    buckets = {
        b.bucket: b.students
        for b in await queries.streak_distribution(
            session,
            upper_bounds=[start - 1 for start in STREAK_BUCKET_STARTS[1:]],
            oldest_live_practice=[
                oldest_live_practice_date(today, freezes) for freezes in range(MAX_FREEZES + 1)
            ],
            grade=grade,
        )
    }
    reached = {
        m.milestone: m.students for m in await queries.milestone_counts(session, grade=grade)
    }
    milestones = [MilestoneCount(m, reached.get(m, 0)) for m in MILESTONES]
    # A milestone dropped from the list later is still reported for the students who reached it.
    milestones += [MilestoneCount(m, n) for m, n in sorted(reached.items()) if m not in MILESTONES]
    return UsageReport(
        window=window,
        grade=grade,
        active_students=active.students,
        daily=tuple(
            DailyUsage(day, active_by_day.get(day, 0), sessions_by_day.get(day, no_sessions))
            for day in days_of(window)
        ),
        weekly=_filled(active.per_week, week_starts_of(window)),
        monthly=_filled(active.per_month, month_starts_of(window)),
        sessions=await queries.session_counts(session, window=window, grade=grade),
        answers=answers.total,
        by_grade=answers.by_grade,
        by_topic=answers.by_topic,
        by_difficulty=answers.by_difficulty,
        streaks=tuple(
            StreakBucket(streak_bucket_label(i), *streak_bucket_bounds(i), buckets.get(i, 0))
            for i in range(len(STREAK_BUCKET_STARTS))
        ),
        milestones=tuple(milestones),
        lowest_accuracy_problems=tuple(
            ProblemAccuracy(p, p.correct / p.answered, *wilson_interval(p.correct, p.answered))
            for p in answers.lowest_accuracy
        ),
    )


# --- Student report --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StudentReport:
    """One student: sessions, accuracy by topic, streak and AI cost."""

    profile: StudentProfile
    month: ReportWindow
    budget_usd: float
    session_counts: SessionCounts
    sessions: tuple[SessionLine, ...]
    answers: AnswerCounts
    by_topic: tuple[TopicAnswers, ...]
    streak: StreakSnapshot
    cost_all_time: CostTotals
    cost_this_month: CostTotals
    budgeted_cost_this_month: CostTotals
    cost_by_operation: tuple[OperationCost, ...]

    @property
    def stopped_by_budget(self) -> bool:
        """Say whether this month's budgeted (Claude) cost stops the student's AI help."""
        return reached_budget(self.budgeted_cost_this_month.cost_usd, self.budget_usd)


def _live(stored: StreakSnapshot | None, today: date) -> StreakSnapshot:
    """Return the streak as it stands today: a lapsed one shows 0, as the student would see it."""
    if stored is None:
        return StreakSnapshot(0, 0, None, (), 0)
    state = StreakState(
        current=stored.current,
        last_practice_date=stored.last_practice_date,
        freezes=stored.freezes,
    )
    return replace(stored, current=live_streak(state, today))


async def build_student_report(
    session: AsyncSession,
    *,
    telegram_id: int,
    month: ReportWindow,
    budget_usd: float,
    today: date,
) -> StudentReport | None:
    """Gather one student's report, or None if no student has this Telegram id."""
    profile = await queries.student_profile(session, telegram_id)
    if profile is None:
        return None
    student_id = profile.student_id
    answers = await queries.answer_breakdown(session, window=None, student_id=student_id, lowest=0)
    return StudentReport(
        profile=profile,
        month=month,
        budget_usd=budget_usd,
        session_counts=await queries.session_counts(session, window=None, student_id=student_id),
        sessions=tuple(await queries.student_sessions(session, student_id)),
        answers=answers.total,
        by_topic=answers.by_topic,
        streak=_live(await queries.student_streak(session, student_id), today),
        cost_all_time=await queries.cost_totals(session, window=None, student_id=student_id),
        cost_this_month=await queries.cost_totals(session, window=month, student_id=student_id),
        budgeted_cost_this_month=await queries.cost_totals(
            session, window=month, student_id=student_id, provider=BUDGETED_PROVIDER
        ),
        cost_by_operation=tuple(
            await queries.cost_by_operation(session, window=None, student_id=student_id)
        ),
    )


def _scope(window: ReportWindow, grade: int | None) -> str:
    where = describe_window(window)
    return f"{where} for grade {grade}" if grade is not None else where
