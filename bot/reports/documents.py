"""Assemble the teacher reports (cost, usage, one student) from the report queries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from bot.reports.periods import (
    ReportWindow,
    days_of,
    describe_scope,
    month_starts_of,
    week_starts_of,
)
from bot.reports.queries.activity import (
    activity,
    count_active_students,
    daily_sessions,
    session_counts,
)
from bot.reports.queries.answers import answer_breakdown
from bot.reports.queries.classes import student_listing
from bot.reports.queries.costs import (
    cost_by_operation,
    cost_totals,
    costliest_students,
    daily_costs,
    students_at_budget,
)
from bot.reports.queries.hint_feedback import HintFeedback, hint_feedback
from bot.reports.queries.rollups import Coverage, rollup_coverage
from bot.reports.queries.streaks import milestone_counts, streak_distribution
from bot.reports.queries.students import student_profile, student_sessions, student_streak
from bot.reports.records import (
    ActiveStudents,
    AnswerCounts,
    ClassRef,
    CostTotals,
    DailyCost,
    DaySessions,
    DifficultyAnswers,
    GradeAnswers,
    MilestoneCount,
    OperationCost,
    ProblemAnswers,
    SessionCounts,
    SessionLine,
    StreakSnapshot,
    StudentCost,
    StudentListing,
    StudentProfile,
    TopicAnswers,
)
from bot.reports.rules import (
    COSTLIEST_STUDENTS_SHOWN,
    HARDEST_PROBLEMS_SHOWN,
    MIN_ANSWERS_FOR_PROBLEM_ACCURACY,
    STREAK_BUCKET_STARTS,
    BudgetVerdict,
    compare_with_target,
    oldest_live_practice_dates,
    ratio,
    streak_bucket_bounds,
    streak_bucket_label,
    streak_bucket_upper_bounds,
    wilson_interval,
)
from bot.tutor.ai import BUDGETED_PROVIDER, reached_budget
from bot.tutor.practice import MILESTONES, StreakState, live_streak
from db.uow import UnitOfWork


def _scope(window: ReportWindow, grade: int | None, class_ref: ClassRef | None) -> str:
    scope = describe_scope(window, grade)
    return scope if class_ref is None else f"{scope} for class {class_ref.code}"


def _days_until(window: ReportWindow, today: date | None) -> list[date]:
    """Return the window's days, up to today: a table of this month stops at today."""
    return [day for day in days_of(window) if today is None or day <= today]


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
    class_ref: ClassRef | None = None  # a teacher's class the report is limited to

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
        scope = _scope(self.window, self.grade, self.class_ref)
        return f"No AI cost and no practice sessions in {scope}."


async def _coverage(uow: UnitOfWork, window: ReportWindow, rollups: bool) -> Coverage:
    """Return what roll-ups answer for in the window (nothing if told to read raw rows only)."""
    return await rollup_coverage(uow, window) if rollups else Coverage.none(window)


async def build_cost_report(
    uow: UnitOfWork,
    *,
    window: ReportWindow,
    grade: int | None,
    budget_usd: float,
    class_ref: ClassRef | None = None,
    today: date | None = None,
    rollups: bool = True,
) -> CostReport:
    """Gather the cost report of a period (a month, for the budget to mean anything)."""
    class_id = None if class_ref is None else class_ref.class_id
    coverage = await _coverage(uow, window, rollups)
    found = {
        d.day: d for d in await daily_costs(uow, window=window, grade=grade, class_id=class_id)
    }
    return CostReport(
        window=window,
        grade=grade,
        budget_usd=budget_usd,
        totals=await cost_totals(uow, window=window, grade=grade, class_id=class_id),
        active_students=await count_active_students(
            uow, coverage=coverage, grade=grade, class_id=class_id
        ),
        by_operation=tuple(
            await cost_by_operation(uow, window=window, grade=grade, class_id=class_id)
        ),
        costliest_students=tuple(
            await costliest_students(
                uow,
                window=window,
                grade=grade,
                limit=COSTLIEST_STUDENTS_SHOWN,
                class_id=class_id,
            )
        ),
        students_at_budget=tuple(
            await students_at_budget(
                uow, window=window, grade=grade, budget_usd=budget_usd, class_id=class_id
            )
        ),
        # Days without cost are shown as zero, so a chart's gaps are real; days to come are not.
        daily=tuple(found.get(day, DailyCost(day, 0, 0.0)) for day in _days_until(window, today)),
        class_ref=class_ref,
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

    answers: ProblemAnswers
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
    class_ref: ClassRef | None = None  # a teacher's class the report is limited to
    hint_feedback: tuple[HintFeedback, ...] = ()  # 👍 / 👎 on AI hints, per model and prompt

    @property
    def empty_reason(self) -> str | None:
        """Return why the report is empty, or None if it is not."""
        if self.active_students or self.sessions.started or self.answers.answered:
            return None
        return f"No practice and no AI use in {_scope(self.window, self.grade, self.class_ref)}."


def _total_sessions(days: list[DaySessions]) -> SessionCounts:
    return SessionCounts(
        started=sum(d.counts.started for d in days),
        completed=sum(d.counts.completed for d in days),
        abandoned=sum(d.counts.abandoned for d in days),
        in_progress=sum(d.counts.in_progress for d in days),
    )


def _filled(found: tuple[ActiveStudents, ...], starts: list[date]) -> tuple[ActiveStudents, ...]:
    counts = {a.starts_on: a.students for a in found}
    return tuple(ActiveStudents(start, counts.get(start, 0)) for start in starts)


async def build_usage_report(
    uow: UnitOfWork,
    *,
    window: ReportWindow,
    grade: int | None,
    today: date,
    class_ref: ClassRef | None = None,
    rollups: bool = True,
) -> UsageReport:
    """Gather the usage report of a period; streaks are as they stand on `today`."""
    class_id = None if class_ref is None else class_ref.class_id
    coverage = await _coverage(uow, window, rollups)
    active = await activity(uow, coverage=coverage, grade=grade, class_id=class_id)
    by_day = await daily_sessions(uow, coverage=coverage, grade=grade, class_id=class_id)
    sessions_by_day = {d.day: d.counts for d in by_day}
    active_by_day = {a.starts_on: a.students for a in active.per_day}
    no_sessions = SessionCounts(0, 0, 0, 0)
    answers = await answer_breakdown(
        uow,
        window=window,
        grade=grade,
        min_answered=MIN_ANSWERS_FOR_PROBLEM_ACCURACY,
        lowest=HARDEST_PROBLEMS_SHOWN,
        class_id=class_id,
        coverage=coverage,
    )
    buckets = {
        b.bucket: b.students
        for b in await streak_distribution(
            uow,
            upper_bounds=streak_bucket_upper_bounds(),
            oldest_live_practice=oldest_live_practice_dates(today),
            grade=grade,
            class_id=class_id,
        )
    }
    reached = {
        m.milestone: m.students
        for m in await milestone_counts(uow, grade=grade, class_id=class_id)
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
            for day in _days_until(window, today)
        ),
        weekly=_filled(active.per_week, [w for w in week_starts_of(window) if w <= today]),
        monthly=_filled(active.per_month, [m for m in month_starts_of(window) if m <= today]),
        sessions=_total_sessions(by_day),
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
        class_ref=class_ref,
        hint_feedback=tuple(
            await hint_feedback(uow, window=window, grade=grade, class_id=class_id)
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
    def empty_reason(self) -> str | None:
        """Return why the report is empty, or None if it is not."""
        if self.sessions or self.cost_all_time.calls:
            return None
        return "No sessions and no AI cost yet."

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
    uow: UnitOfWork,
    *,
    telegram_id: int,
    month: ReportWindow,
    budget_usd: float,
    today: date,
) -> StudentReport | None:
    """Gather one student's report, or None if no student has this Telegram id."""
    profile = await student_profile(uow, telegram_id)
    if profile is None:
        return None
    student_id = profile.student_id
    answers = await answer_breakdown(uow, window=None, student_id=student_id, lowest=0)
    return StudentReport(
        profile=profile,
        month=month,
        budget_usd=budget_usd,
        session_counts=await session_counts(uow, window=None, student_id=student_id),
        sessions=tuple(await student_sessions(uow, student_id)),
        answers=answers.total,
        by_topic=answers.by_topic,
        streak=_live(await student_streak(uow, student_id), today),
        cost_all_time=await cost_totals(uow, window=None, student_id=student_id),
        cost_this_month=await cost_totals(uow, window=month, student_id=student_id),
        budgeted_cost_this_month=await cost_totals(
            uow, window=month, student_id=student_id, provider=BUDGETED_PROVIDER
        ),
        cost_by_operation=tuple(await cost_by_operation(uow, window=None, student_id=student_id)),
    )


# --- Students report -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StudentsReport:
    """The students (of a grade, of a class): who, which class, last practice, streak today."""

    grade: int | None
    class_ref: ClassRef | None
    today: date
    timezone: str
    students: tuple[StudentListing, ...]

    @property
    def empty_reason(self) -> str | None:
        """Return why the list is empty, or None if it is not."""
        if self.students:
            return None
        where = [f"grade {self.grade}"] if self.grade is not None else []
        where += [f"class {self.class_ref.code}"] if self.class_ref is not None else []
        return "No students" + (f" in {' and '.join(where)}." if where else " yet.")


async def build_students_report(
    uow: UnitOfWork,
    *,
    grade: int | None,
    class_ref: ClassRef | None,
    today: date,
    timezone: str,
) -> StudentsReport:
    """Gather the list of students; streaks are as they stand on `today`."""
    class_id = None if class_ref is None else class_ref.class_id
    listing = await student_listing(uow, grade=grade, class_id=class_id)
    return StudentsReport(
        grade=grade,
        class_ref=class_ref,
        today=today,
        timezone=timezone,
        students=tuple(
            replace(s, streak=_live(s.streak, today) if s.streak is not None else None)
            for s in listing
        ),
    )
