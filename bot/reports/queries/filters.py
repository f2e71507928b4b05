"""The WHERE conditions every report shares: which costs, sessions and answers a period holds."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, select

from bot.reports.periods import ReportWindow
from db.enums import ApiProvider
from db.models import ClassMember, CostRecord, PracticeSession, Response, Student


def students_of_grade(grade: int) -> Select[int]:
    """Select the ids of the students of one grade."""
    return select(Student.student_id).where(Student.grade == grade)


def students_of_class(class_id: int) -> Select[int]:
    """Select the ids of the students of one teacher's class."""
    return select(ClassMember.student_id).where(ClassMember.class_id == class_id)


def costs_in(
    window: ReportWindow | None,
    grade: int | None,
    student_id: int | None = None,
    provider: ApiProvider | None = None,
    class_id: int | None = None,
) -> list[ColumnElement[bool]]:
    """Return the conditions on cost records recorded in a window (None: all time)."""
    conditions: list[ColumnElement[bool]] = []
    if provider is not None:
        conditions.append(CostRecord.api_provider == provider)
    if window is not None:
        conditions += [
            CostRecord.recorded_at >= window.start_utc,
            CostRecord.recorded_at < window.end_utc,
        ]
    if grade is not None:
        conditions.append(CostRecord.student_id.in_(students_of_grade(grade)))
    if student_id is not None:
        conditions.append(CostRecord.student_id == student_id)
    if class_id is not None:
        conditions.append(CostRecord.student_id.in_(students_of_class(class_id)))
    return conditions


def sessions_in(
    window: ReportWindow | None,
    grade: int | None,
    student_id: int | None = None,
    class_id: int | None = None,
) -> list[ColumnElement[bool]]:
    """Return the conditions on sessions dated in a window (None: all time)."""
    conditions: list[ColumnElement[bool]] = []
    if window is not None:
        conditions.append(PracticeSession.date.between(window.first_day, window.last_day))
    if grade is not None:
        conditions.append(PracticeSession.student_id.in_(students_of_grade(grade)))
    if student_id is not None:
        conditions.append(PracticeSession.student_id == student_id)
    if class_id is not None:
        conditions.append(PracticeSession.student_id.in_(students_of_class(class_id)))
    return conditions


def answered_in(window: ReportWindow | None, student_id: int | None) -> list[ColumnElement[bool]]:
    """Return the conditions on responses answered (or skipped) in a window (None: all time)."""
    conditions: list[ColumnElement[bool]] = [Response.is_correct.is_not(None)]
    if window is not None:
        conditions += [
            Response.evaluated_at >= window.start_utc,
            Response.evaluated_at < window.end_utc,
        ]
    if student_id is not None:
        conditions.append(PracticeSession.student_id == student_id)
    return conditions
