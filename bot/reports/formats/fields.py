"""Reports as named fields: the one place where the columns of every format are chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from bot.reports.documents import (
    CostReport,
    ProblemAccuracy,
    StudentReport,
    StudentsReport,
    UsageReport,
)
from bot.reports.periods import ReportWindow, describe_window
from bot.reports.records import (
    ACTIVE_STUDENT_DEFINITION,
    AnswerCounts,
    ClassRef,
    OperationCost,
    SessionCounts,
    SessionLine,
    StudentCost,
    TopicAnswers,
)
from bot.reports.rules import (
    accuracy,
    completion_rate,
    difficulty_name,
    first_try_accuracy,
    hints_per_problem,
    ratio,
)

Scalar = str | int | float | bool | None
Row = dict[str, Scalar]
# Dollars of a single AI call run to the sixth decimal; eight keep sums honest without float noise.
DECIMALS = 8

Item = TypeVar("Item")
# A table of columns: each field's name and how to read it from one item.
Columns = tuple[tuple[str, Callable[[Item], object]], ...]


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


def _read(columns: Columns[Item], item: Item) -> Row:
    return {name: _plain(read(item)) for name, read in columns}


def _rows(columns: Columns[Item], items: Iterable[Item]) -> list[Row]:
    return [_read(columns, item) for item in items]


ANSWER_COLUMNS: Columns[AnswerCounts] = (
    ("answered", lambda c: c.answered),
    ("correct", lambda c: c.correct),
    ("accuracy", accuracy),
    ("first_try_correct", lambda c: c.first_try_correct),
    ("first_try_accuracy", first_try_accuracy),
    ("hints_used", lambda c: c.hints_used),
    ("hints_per_problem", hints_per_problem),
)
SESSION_COLUMNS: Columns[SessionCounts] = (
    ("sessions_started", lambda c: c.started),
    ("sessions_completed", lambda c: c.completed),
    ("sessions_abandoned", lambda c: c.abandoned),
    ("sessions_in_progress", lambda c: c.in_progress),
    ("completion_rate", completion_rate),
)
STUDENT_COST_COLUMNS: Columns[StudentCost] = (
    ("telegram_id", lambda s: s.telegram_id),
    ("name", lambda s: s.name),
    ("grade", lambda s: s.grade),
    ("calls", lambda s: s.calls),
    ("cost_usd", lambda s: s.cost_usd),
)
SESSION_LINE_COLUMNS: Columns[SessionLine] = (
    ("session_id", lambda s: s.session_id),
    ("date", lambda s: s.day),
    ("status", lambda s: s.status),
    ("problems_shown", lambda s: s.problems_shown),
    ("answered", lambda s: s.counts.answered),
    ("correct", lambda s: s.counts.correct),
    ("first_try_correct", lambda s: s.counts.first_try_correct),
    ("hints_used", lambda s: s.counts.hints_used),
    ("total_time_seconds", lambda s: s.total_time_seconds),
)
PROBLEM_COLUMNS: Columns[ProblemAccuracy] = (
    ("problem_id", lambda p: p.answers.problem_id),
    ("key", lambda p: p.answers.key),
    ("grade", lambda p: p.answers.grade),
    ("topic", lambda p: p.answers.topic),
    ("topic_en", lambda p: p.answers.topic_en),
    ("difficulty", lambda p: p.answers.difficulty),
    ("difficulty_name", lambda p: difficulty_name(p.answers.difficulty)),
    ("answered", lambda p: p.answers.answered),
    ("correct", lambda p: p.answers.correct),
    ("accuracy", lambda p: p.accuracy),
    ("wilson_low", lambda p: p.wilson_low),
    ("wilson_high", lambda p: p.wilson_high),
)


def _operation_rows(operations: Sequence[OperationCost], total_usd: float | None) -> list[Row]:
    """Return the cost_by_operation rows; with a total, each also has its share of it."""
    share: Columns[OperationCost] = (
        (("share_of_cost", lambda o: ratio(o.cost_usd, total_usd)),)
        if total_usd is not None
        else ()
    )
    columns: Columns[OperationCost] = (
        ("operation", lambda o: o.operation),
        ("provider", lambda o: o.provider),
        ("calls", lambda o: o.calls),
        ("cost_usd", lambda o: o.cost_usd),
        *share,
        ("input_tokens", lambda o: o.input_tokens),
        ("output_tokens", lambda o: o.output_tokens),
    )
    return _rows(columns, operations)


def _topic_rows(topics: Sequence[TopicAnswers]) -> list[Row]:
    return [
        _row(grade=t.grade, topic=t.topic, topic_en=t.topic_en) | _read(ANSWER_COLUMNS, t.counts)
        for t in topics
    ]


def _period_header(
    kind: str, window: ReportWindow, grade: int | None, class_ref: ClassRef | None = None
) -> Row:
    return _row(
        report=kind,
        timezone=window.timezone.key,
        period=describe_window(window),
        **{"from": window.first_day, "to": window.last_day},
        grade=grade,
        **{"class": None if class_ref is None else class_ref.code},
    )


def cost_document(report: CostReport) -> ReportDocument:
    """Return the cost report as named fields."""
    verdict = report.verdict
    total = report.totals.cost_usd
    return ReportDocument(
        header=_period_header("cost", report.window, report.grade, report.class_ref)
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
            "cost_by_operation": _operation_rows(report.by_operation, total),
            "costliest_students": [
                _row(rank=rank) | _read(STUDENT_COST_COLUMNS, s)
                for rank, s in enumerate(report.costliest_students, start=1)
            ],
            "students_at_budget": _rows(STUDENT_COST_COLUMNS, report.students_at_budget),
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


def usage_document(report: UsageReport) -> ReportDocument:
    """Return the usage report as named fields."""
    return ReportDocument(
        header=_period_header("usage", report.window, report.grade, report.class_ref)
        | _row(empty_reason=report.empty_reason),
        summary=_row(active_students=report.active_students)
        | _read(SESSION_COLUMNS, report.sessions)
        | _read(ANSWER_COLUMNS, report.answers),
        sections={
            "daily": [
                _row(day=d.day, active_students=d.active_students)
                | _read(SESSION_COLUMNS, d.sessions)
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
                _row(grade=g.grade) | _read(ANSWER_COLUMNS, g.counts) for g in report.by_grade
            ],
            "accuracy_by_topic": _topic_rows(report.by_topic),
            "accuracy_by_difficulty": [
                _row(difficulty=d.difficulty, difficulty_name=difficulty_name(d.difficulty))
                | _read(ANSWER_COLUMNS, d.counts)
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
            "lowest_accuracy_problems": _rows(PROBLEM_COLUMNS, report.lowest_accuracy_problems),
            "ai_hint_feedback": [
                _row(
                    model=f.model,
                    prompt_version=f.prompt_version,
                    rated=f.rated,
                    helpful=f.helpful,
                    helpful_share=f.helpful / f.rated,
                )
                for f in report.hint_feedback
            ],
        },
        notes=tuple(
            line for line in (report.empty_reason, f"Active: {ACTIVE_STUDENT_DEFINITION}.") if line
        ),
    )


def student_document(report: StudentReport) -> ReportDocument:
    """Return the student report as named fields."""
    profile, streak, month = report.profile, report.streak, report.month
    empty = report.empty_reason
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
        | _read(SESSION_COLUMNS, report.session_counts)
        | _read(ANSWER_COLUMNS, report.answers)
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
            "sessions": _rows(SESSION_LINE_COLUMNS, report.sessions),
            "accuracy_by_topic": _topic_rows(report.by_topic),
            "milestones": [_row(milestone=m) for m in streak.milestones],
            "cost_by_operation": _operation_rows(report.cost_by_operation, None),
        },
        notes=(empty,) if empty else (),
    )


def students_document(report: StudentsReport) -> ReportDocument:
    """Return the list of students as named fields."""
    empty = report.empty_reason
    return ReportDocument(
        header=_row(
            report="students",
            timezone=report.timezone,
            grade=report.grade,
            **{"class": None if report.class_ref is None else report.class_ref.code},
            today=report.today,
            empty_reason=empty,
        ),
        summary=_row(students=len(report.students)),
        sections={
            "students": [
                _row(
                    telegram_id=s.telegram_id,
                    name=s.name,
                    grade=s.grade,
                    **{"class": s.class_code},
                    class_name=s.class_name,
                    last_practice=s.last_practice,
                    current_streak=0 if s.streak is None else s.streak.current,
                )
                for s in report.students
            ]
        },
        notes=(empty,) if empty else (),
    )
