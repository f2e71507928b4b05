"""The aggregate columns of answers and sessions, each defined once, and how to read them back."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import ColumnElement, Label, and_, case, func

from bot.reports.records import AnswerCounts, SessionCounts
from db.enums import SessionStatus
from db.models import PracticeSession, Response

# The answer aggregates' names: the columns of answer_columns(), the fields of AnswerCounts.
ANSWER_FIELDS = tuple(field.name for field in fields(AnswerCounts))


def _count_where(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def answer_columns() -> tuple[Label[Any], ...]:
    """Return the answer aggregates over responses, named as the fields of AnswerCounts."""
    # A response not yet answered (is_correct NULL) counts nowhere but in hints_used: a
    # student's session lines join every response shown; the other reports keep answered ones.
    right = Response.is_correct.is_(True)
    columns = {
        "answered": func.count(Response.is_correct),
        "correct": _count_where(right),
        "first_try_correct": _count_where(and_(right, Response.attempts == 0)),
        "hints_used": func.coalesce(func.sum(Response.hints_used), 0),
    }
    return tuple(columns[name].label(name) for name in ANSWER_FIELDS)


def answer_sums(columns: Any) -> tuple[Label[Any], ...]:
    """Return the sums of the answer aggregates of a subquery's or CTE's columns."""
    return tuple(func.sum(columns[name]).label(name) for name in ANSWER_FIELDS)


def read_answer_counts(row: Any) -> AnswerCounts:
    """Read the answer aggregates of a row (a SUM over no rows is NULL, read as 0)."""
    return AnswerCounts(**{name: int(getattr(row, name) or 0) for name in ANSWER_FIELDS})


def session_columns() -> tuple[Label[Any], ...]:
    """Return the session counts by status over sessions."""
    return (
        func.count().label("started"),
        _count_where(PracticeSession.status == SessionStatus.COMPLETED).label("completed"),
        _count_where(PracticeSession.status == SessionStatus.ABANDONED).label("abandoned"),
        _count_where(PracticeSession.status == SessionStatus.IN_PROGRESS).label("in_progress"),
    )


def read_session_counts(row: Any) -> SessionCounts:
    """Read the session counts of a row."""
    return SessionCounts(
        started=int(row.started),
        completed=int(row.completed),
        abandoned=int(row.abandoned),
        in_progress=int(row.in_progress),
    )
