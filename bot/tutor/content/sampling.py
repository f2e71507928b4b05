"""Count the library and draw samples of it, for the loader's stats and teachers' worksheets."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from bot.tutor.content.loading import Library
from bot.tutor.content.schema import LibraryProblem


@dataclass(frozen=True, slots=True)
class TopicCount:
    """How much practice one topic of a grade holds."""

    grade: int
    topic: str
    topic_en: str
    families: int  # generated families
    instances: int  # their proven, distinct instances
    fixed: int  # fixed problems
    difficulties: tuple[int, int, int]  # problems at difficulty 1, 2, 3


def topic_counts(library: Library) -> list[TopicCount]:
    """Count families, instances and fixed problems per grade and topic."""
    grouped: dict[tuple[int, str], list[LibraryProblem]] = defaultdict(list)
    for problem in library.problems:
        grouped[(problem.grade, problem.topic)].append(problem)
    counts = []
    for (grade, topic), problems in sorted(grouped.items()):
        generated = [p for p in problems if p.seed is not None]
        counts.append(
            TopicCount(
                grade=grade,
                topic=topic,
                topic_en=problems[0].topic_en,
                families=len({p.family for p in generated}),
                instances=len(generated),
                fixed=len(problems) - len(generated),
                difficulties=(
                    sum(p.spec.difficulty == 1 for p in problems),
                    sum(p.spec.difficulty == 2 for p in problems),
                    sum(p.spec.difficulty == 3 for p in problems),
                ),
            )
        )
    return counts


def sample_problems(
    library: Library, *, grade: int, topic: str | None, count: int, seed: int
) -> list[LibraryProblem]:
    """Draw up to count generated instances of a grade (and topic), at most one per family first."""
    pool = [
        p
        for p in library.of_grade(grade)
        if p.seed is not None and (topic is None or p.topic == topic)
    ]
    rng = random.Random(seed)
    rng.shuffle(pool)
    seen_families: set[str] = set()
    first: list[LibraryProblem] = []
    rest: list[LibraryProblem] = []
    for problem in pool:
        (rest if problem.family in seen_families else first).append(problem)
        seen_families.add(problem.family)
    chosen = (first + rest)[:count]
    return sorted(chosen, key=lambda p: (p.topic, p.family, p.seed or 0))


def problem_record(problem: LibraryProblem) -> dict[str, Any]:
    """One problem as the sample command prints it in JSON."""
    spec = problem.spec
    return {
        "key": spec.key,
        "family": problem.family,
        "seed": problem.seed,
        "grade": problem.grade,
        "topic": problem.topic,
        "difficulty": spec.difficulty,
        "question_en": spec.question_en,
        "question_bn": spec.question_bn,
        "answer": spec.answer,
        "kind": spec.kind.value,
        "unit": spec.unit.value if spec.unit else None,
        "direction": spec.direction.value if spec.direction else None,
        "choices": [{"en": c.en, "bn": c.bn} for c in spec.choices],
        "hints": [{"en": h.en, "bn": h.bn} for h in spec.hints],
        "params": dict(problem.params or {}),
    }


def problem_text(problem: LibraryProblem) -> str:
    """One problem as the sample command prints it for a teacher to read."""
    spec = problem.spec
    extras = ", ".join(
        part
        for part in (
            spec.kind.value,
            spec.unit and f"unit {spec.unit.value}",
            spec.direction and f"direction {spec.direction.value}",
            f"difficulty {spec.difficulty}",
        )
        if part
    )
    lines = [
        f"{spec.key}  [{problem.topic}]",
        f"  EN: {spec.question_en}",
        f"  BN: {spec.question_bn}",
    ]
    for letter, choice in zip("ABCDEF", spec.choices, strict=False):
        lines.append(f"      {letter}) {choice.en} / {choice.bn}")
    lines.append(f"  Answer: {spec.answer}  ({extras})")
    for number, hint in enumerate(spec.hints, start=1):
        lines += [f"  Hint {number}: {hint.en}", f"          {hint.bn}"]
    return "\n".join(lines)
