"""SQL of streaks: live streaks per bucket, and the students who reached each milestone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Integer, case, cast, distinct, func, select

from bot.reports.queries.filters import students_of_class, students_of_grade
from bot.reports.queries.local_time import SqlCalendar
from bot.reports.records import MilestoneCount, StreakBucketCount
from db.models import Streak, Student
from db.uow import UnitOfWork


async def streak_distribution(
    uow: UnitOfWork,
    *,
    upper_bounds: Sequence[int],
    oldest_live_practice: Sequence[date],
    grade: int | None,
    class_id: int | None = None,
) -> list[StreakBucketCount]:
    """Count registered students per bucket of live streak (no streak row counts as 0)."""
    # Bucket i holds streaks up to upper_bounds[i]; the bucket after the last bound is open-ended.
    # A stored streak is live if its last practice is no older than oldest_live_practice[freezes]
    # (the last entry serves any larger number of freezes); otherwise it has lapsed and counts 0.
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
    if class_id is not None:
        students = students.where(Student.student_id.in_(students_of_class(class_id)))
    bucketed = students.subquery("bucketed")
    query = (
        select(bucketed.c.bucket, func.count())
        .group_by(bucketed.c.bucket)
        .order_by(bucketed.c.bucket)
    )
    return [
        StreakBucketCount(bucket=int(index), students=int(count))
        for index, count in await uow.session.execute(query)
    ]


async def milestone_counts(
    uow: UnitOfWork, *, grade: int | None, class_id: int | None = None
) -> list[MilestoneCount]:
    """Count the students who have reached each streak milestone."""
    elements = SqlCalendar(uow).integer_elements(Streak.milestones_achieved)
    reached = select(Streak.student_id, cast(elements.c.value, Integer).label("milestone"))
    reached = reached.select_from(Streak, elements)
    if grade is not None:
        reached = reached.where(Streak.student_id.in_(students_of_grade(grade)))
    if class_id is not None:
        reached = reached.where(Streak.student_id.in_(students_of_class(class_id)))
    per_student = reached.subquery("reached")
    query = (
        select(per_student.c.milestone, func.count(distinct(per_student.c.student_id)))
        .group_by(per_student.c.milestone)
        .order_by(per_student.c.milestone)
    )
    return [
        MilestoneCount(milestone=int(milestone), students=int(students))
        for milestone, students in await uow.session.execute(query)
    ]
