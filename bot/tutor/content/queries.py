"""The SQL of content: problem cards for the tutor, and the library sync's reads and writes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import func, insert, select, update

from bot.tutor.answers import AnswerKey, AnswerKind, Choice, Direction, Unit
from bot.tutor.content.cards import Hint, ProblemCard
from db.models import LibraryLoad, Problem
from db.uow import UnitOfWork


async def problem_card(uow: UnitOfWork, problem_id: int) -> ProblemCard | None:
    """Return one problem's card, or None if it is not in the database."""
    cards = await problem_cards(uow, [problem_id])
    return cards.get(problem_id)


async def problem_cards(uow: UnitOfWork, problem_ids: Iterable[int]) -> dict[int, ProblemCard]:
    """Return the cards of these problems by id, in one statement; missing ones are left out."""
    query = select(Problem).where(Problem.problem_id.in_(set(problem_ids)))
    return {problem.problem_id: _card(problem) for problem in (await uow.session.scalars(query))}


def _card(problem: Problem) -> ProblemCard:
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
        family=problem.family,
        reviewable=problem.family != problem.key,
        key=AnswerKey(
            kind=AnswerKind(problem.answer_kind),
            answer=problem.answer or "",
            tolerance=spec.get("tolerance"),
            lowest_terms=bool(spec.get("lowest_terms", False)),
            factored=bool(spec.get("factored", False)),
            choices=tuple(
                Choice(text_en=c["en"], text_bn=c["bn"]) for c in spec.get("choices", [])
            ),
            unit=Unit(spec["unit"]) if "unit" in spec else None,
            direction=Direction(spec["direction"]) if "direction" in spec else None,
        ),
    )


async def library_version(uow: UnitOfWork) -> tuple[object, ...]:
    """Return what changes whenever the loader adds or edits a problem: count and latest edit."""
    row = (await uow.session.execute(select(func.count(), func.max(Problem.updated_at)))).one()
    return tuple(row)


async def stored_problems(uow: UnitOfWork) -> dict[str, dict[str, Any]]:
    """Return every stored problem's columns (named as the model's attributes), by key."""
    rows = (await uow.session.execute(select(Problem.__table__))).mappings()
    return {row["key"]: dict(row) for row in rows}


async def insert_problems(
    uow: UnitOfWork, *, problems: Sequence[Mapping[str, Any]], now: datetime
) -> None:
    """Insert new problems, each created and updated now."""
    if problems:
        rows = [{**columns, "created_at": now, "updated_at": now} for columns in problems]
        await uow.session.execute(insert(Problem), rows)


async def update_problem(
    uow: UnitOfWork, *, key: str, columns: Mapping[str, Any], now: datetime
) -> None:
    """Overwrite a stored problem's columns in place, keeping its problem_id."""
    await uow.session.execute(
        update(Problem).where(Problem.key == key).values(**columns, updated_at=now)
    )


async def retire_problems(uow: UnitOfWork, *, keys: Sequence[str], now: datetime) -> None:
    """Mark problems that left the library as retired, so they are never chosen again."""
    for start in range(0, len(keys), 500):  # keep each IN list well inside SQLite's limits
        await uow.session.execute(
            update(Problem)
            .where(Problem.key.in_(keys[start : start + 500]))
            .values(retired_at=now, updated_at=now)
        )


async def last_fingerprint(uow: UnitOfWork) -> str | None:
    """Return the fingerprint of the latest library load, or None before the first."""
    query = select(LibraryLoad.fingerprint).order_by(LibraryLoad.load_id.desc()).limit(1)
    return (await uow.session.execute(query)).scalar_one_or_none()


async def record_load(uow: UnitOfWork, *, fingerprint: str, problems: int, now: datetime) -> None:
    """Remember a library load and what it was made from."""
    await uow.session.execute(
        insert(LibraryLoad).values(fingerprint=fingerprint, problems=problems, loaded_at=now)
    )
