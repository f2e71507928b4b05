"""Upsert the validated problem library into the database by its stable keys."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import bot.tutor.content.queries as sql
from bot.tutor.content.schema import LibraryProblem
from db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a load changed."""

    added: int
    updated: int
    unchanged: int
    missing_keys: tuple[str, ...]  # in the database but no longer in the library: retired
    retired: int  # of the missing, how many were retired by this load (the rest were already)


def problem_columns(problem: LibraryProblem) -> dict[str, Any]:
    """Return the problems-table columns of a library problem."""
    spec = problem.spec
    answer_spec: dict[str, Any] = {}
    if spec.tolerance is not None:
        answer_spec["tolerance"] = spec.tolerance
    if spec.lowest_terms:
        answer_spec["lowest_terms"] = True
    if spec.factored:
        answer_spec["factored"] = True
    if spec.choices:
        answer_spec["choices"] = [{"en": c.en, "bn": c.bn} for c in spec.choices]
    if spec.unit is not None:
        answer_spec["unit"] = spec.unit.value
    if spec.direction is not None:
        answer_spec["direction"] = spec.direction.value
    return {
        "key": spec.key,
        "grade": problem.grade,
        "topic": problem.topic,
        "topic_en": problem.topic_en,
        "topic_bn": problem.topic_bn,
        "subtopic": spec.subtopic,
        "question_en": spec.question_en,
        "question_bn": spec.question_bn,
        "answer": spec.answer,
        "answer_kind": spec.kind.value,
        "answer_spec": answer_spec,
        "hints": [
            {"hint_number": n, "text_en": h.en, "text_bn": h.bn, "is_ai_generated": False}
            for n, h in enumerate(spec.hints, start=1)
        ],
        "difficulty": spec.difficulty,
        "estimated_time_minutes": spec.estimated_time_minutes,
        "family": problem.family,
        "seed": problem.seed,
        "params": dict(problem.params) if problem.params is not None else None,
        "retired_at": None,
    }


async def library_is_loaded(uow: UnitOfWork, fingerprint: str) -> bool:
    """Say whether the latest load was made from exactly these files."""
    return await sql.last_fingerprint(uow) == fingerprint


async def sync_library(
    uow: UnitOfWork, problems: list[LibraryProblem], fingerprint: str | None = None
) -> SyncReport:
    """Insert new problems, update changed ones in place (keeping each problem_id), retire the rest."""
    existing = await sql.stored_problems(uow)
    counts: Counter[str] = Counter()
    now = datetime.now(UTC)
    added: list[dict[str, Any]] = []
    for problem in problems:
        columns = problem_columns(problem)
        stored = existing.pop(problem.spec.key, None)
        if stored is None:
            added.append(columns)
            counts["added"] += 1
        elif any(stored[name] != value for name, value in columns.items()):
            await sql.update_problem(uow, key=problem.spec.key, columns=columns, now=now)
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    await sql.insert_problems(uow, problems=added, now=now)
    # Answers point at a problem that left the library, so it stays, but is never chosen again.
    to_retire = sorted(key for key, stored in existing.items() if stored["retired_at"] is None)
    await sql.retire_problems(uow, keys=to_retire, now=now)
    if fingerprint is not None:
        await sql.record_load(uow, fingerprint=fingerprint, problems=len(problems), now=now)
    return SyncReport(
        added=counts["added"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        missing_keys=tuple(sorted(existing)),
        retired=len(to_retire),
    )
