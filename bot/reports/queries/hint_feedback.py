"""What students said of Claude's hints: 👍 and 👎 by model and prompt version."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from bot.reports.periods import ReportWindow
from bot.reports.queries.filters import students_of_class, students_of_grade
from db.models import HintRating, PracticeSession, Response
from db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class HintFeedback:
    """Ratings of the AI hints one model wrote from one prompt version."""

    model: str
    prompt_version: int
    rated: int
    helpful: int


async def hint_feedback(
    uow: UnitOfWork, *, window: ReportWindow, grade: int | None, class_id: int | None = None
) -> list[HintFeedback]:
    """Count the ratings given in the window, per model and prompt version."""
    query = (
        select(
            HintRating.model,
            HintRating.prompt_version,
            func.count().label("rated"),
            func.coalesce(func.sum(case((HintRating.helpful, 1), else_=0)), 0).label("helpful"),
        )
        .join(Response, Response.response_id == HintRating.response_id)
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .where(HintRating.rated_at >= window.start_utc, HintRating.rated_at < window.end_utc)
        .group_by(HintRating.model, HintRating.prompt_version)
        .order_by(HintRating.prompt_version, HintRating.model)
    )
    if grade is not None:
        query = query.where(PracticeSession.student_id.in_(students_of_grade(grade)))
    if class_id is not None:
        query = query.where(PracticeSession.student_id.in_(students_of_class(class_id)))
    return [
        HintFeedback(row.model, row.prompt_version, row.rated, int(row.helpful))
        for row in await uow.session.execute(query)
    ]
