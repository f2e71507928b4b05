"""The SQL of content: problem cards for the tutor."""

from __future__ import annotations

from typing import cast

from sqlalchemy import select

from bot.tutor.answers import AnswerKey, AnswerKind, Choice
from bot.tutor.content.cards import Hint, ProblemCard
from db.models import Problem
from db.uow import UnitOfWork


async def problem_card(uow: UnitOfWork, problem_id: int) -> ProblemCard | None:
    """Return one problem's card, or None if it is not in the database."""
    problem = (
        await uow.session.execute(select(Problem).where(Problem.problem_id == problem_id))
    ).scalar_one_or_none()
    if problem is None:
        return None
    spec = problem.answer_spec
    return ProblemCard(
        problem_id=problem.problem_id,
        topic=problem.topic,
        topic_en=problem.topic_en,
        topic_bn=problem.topic_bn,
        difficulty=problem.difficulty,
        question_en=problem.question_en or "",
        question_bn=problem.question_bn or "",
        hints=tuple(cast(list[Hint], problem.hints)),
        key=AnswerKey(
            kind=AnswerKind(problem.answer_kind),
            answer=problem.answer or "",
            tolerance=spec.get("tolerance"),
            lowest_terms=bool(spec.get("lowest_terms", False)),
            factored=bool(spec.get("factored", False)),
            choices=tuple(
                Choice(text_en=c["en"], text_bn=c["bn"]) for c in spec.get("choices", [])
            ),
        ),
    )
