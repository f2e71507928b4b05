"""SQL of answers: how responses went overall, by grade, topic and difficulty, and per problem."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    Select,
    SQLColumnExpression,
    String,
    cast,
    func,
    label,
    literal_column,
    null,
    select,
    union_all,
)

from bot.reports.periods import ReportWindow
from bot.reports.queries.aggregates import (
    ANSWER_FIELDS,
    answer_columns,
    answer_sums,
    read_answer_counts,
)
from bot.reports.queries.filters import answered_in, students_of_class
from bot.reports.queries.rollups import Coverage, in_utc_runs
from bot.reports.records import (
    AnswerBreakdown,
    DifficultyAnswers,
    GradeAnswers,
    ProblemAnswers,
    TopicAnswers,
)
from db.models import PracticeSession, Problem, ProblemMonthRollup, Response, Student
from db.uow import UnitOfWork


async def answer_breakdown(
    uow: UnitOfWork,
    *,
    window: ReportWindow | None,
    grade: int | None = None,
    student_id: int | None = None,
    min_answered: int = 20,
    lowest: int = 10,
    class_id: int | None = None,
    coverage: Coverage | None = None,
) -> AnswerBreakdown:
    """Count answers overall, by grade, topic and difficulty, and find the least-right families."""
    # The `lowest` problems by accuracy among those answered at least `min_answered` times.
    # Grade is the grade of the student who answered; a topic belongs to a grade's syllabus.
    # One pass over the responses, grouped by (student's grade, problem); every figure is a
    # roll-up of that small table, in one statement.
    raw = (
        select(Student.grade.label("student_grade"), Response.problem_id, *answer_columns())
        .select_from(Response)
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .join(Student, Student.student_id == PracticeSession.student_id)
        .group_by(Student.grade, Response.problem_id)
    )
    if grade is not None:
        raw = raw.where(Student.grade == grade)
    if class_id is not None:
        raw = raw.where(Student.student_id.in_(students_of_class(class_id)))
        # The month roll-ups have no student dimension, so a class's answers are all read raw
        # (a class is small: that is fast).
        coverage = None
    if coverage is None:
        counted = raw.where(*answered_in(window, student_id)).cte("per_problem")
    else:
        # Whole months from their roll-ups, the other days from the raw rows; a (grade,
        # problem) may come from both, so the parts are summed once more.
        parts: list[Any] = [
            raw.where(
                *answered_in(None, None),
                in_utc_runs(Response.evaluated_at, coverage, coverage.raw_answers),
            )
        ]
        if coverage.months:
            rolled = select(
                ProblemMonthRollup.grade.label("student_grade"),
                ProblemMonthRollup.problem_id,
                *(ProblemMonthRollup.__table__.c[name] for name in ANSWER_FIELDS),
            ).where(ProblemMonthRollup.month.in_(coverage.months))
            if grade is not None:
                rolled = rolled.where(ProblemMonthRollup.grade == grade)
            parts.append(rolled)
        both = union_all(*parts).subquery("answer_parts")
        counted = (
            select(both.c.student_grade, both.c.problem_id, *answer_sums(both.c))
            .group_by(both.c.student_grade, both.c.problem_id)
            .cte("per_problem")
        )
    answered = func.sum(counted.c.answered)
    sums = answer_sums(counted.c)

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
        # Items are calibrated per family: its instances share a skill and a difficulty, and
        # each one alone is answered too rarely to say anything. A fixed problem outside any
        # family is a family of its own. The family's first problem stands for it.
        accuracy = cast(func.sum(counted.c.correct), Float) / answered
        family = {
            "key": Problem.family,
            "grade": Problem.grade,
            "topic": Problem.topic,
            "topic_en": Problem.topic_en,
            "difficulty": Problem.difficulty,
        }
        first_problem = func.min(Problem.problem_id)
        least_right = (
            rolled_up("problem", problem_id=first_problem, **family)
            .select_from(with_problem)
            .group_by(*family.values())
            .having(answered >= min_answered)
            .order_by(accuracy, answered.desc(), first_problem)
            .limit(lowest)
            .subquery("least_right")
        )
        branches.append(select(least_right))
    by_kind: dict[str, list[Any]] = {}
    for row in await uow.session.execute(union_all(*branches)):
        by_kind.setdefault(row.kind, []).append(row)
    problems = [
        ProblemAnswers(
            problem_id=row.problem_id,
            key=row.key,
            grade=row.grade,
            topic=row.topic,
            topic_en=row.topic_en,
            difficulty=row.difficulty,
            answered=int(row.answered),
            correct=int(row.correct),
        )
        for row in by_kind.get("problem", [])
    ]
    return AnswerBreakdown(
        total=read_answer_counts(by_kind["total"][0]),
        by_grade=tuple(
            sorted(
                (GradeAnswers(r.grade, read_answer_counts(r)) for r in by_kind.get("grade", [])),
                key=lambda g: g.grade,
            )
        ),
        by_topic=tuple(
            sorted(
                (
                    TopicAnswers(r.grade, r.topic, r.topic_en, read_answer_counts(r))
                    for r in by_kind.get("topic", [])
                ),
                key=lambda t: (t.grade, t.topic),
            )
        ),
        by_difficulty=tuple(
            sorted(
                (
                    DifficultyAnswers(r.difficulty, read_answer_counts(r))
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
