"""Assemble the library: the fixed problems and every family's proven instances."""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from pathlib import Path

from bot.tutor.content.family_modules import FAMILIES_PACKAGE, DeclaredFamily, declared_families
from bot.tutor.content.generation import FamilyInstances, InstanceFault, generate_family
from bot.tutor.content.schema import (
    CONTENT_ROOT,
    ContentError,
    LibraryProblem,
    load_fixed_problems,
)


@dataclass(frozen=True, slots=True)
class Library:
    """Every problem a student may meet, and the generated instances that are never shown."""

    problems: list[LibraryProblem]
    faults: list[InstanceFault]
    families: int  # generated families; each fixed problem is a family of its own as well

    def of_grade(self, grade: int) -> list[LibraryProblem]:
        """The problems of one grade."""
        return [problem for problem in self.problems if problem.grade == grade]


def load_library(
    root: Path = CONTENT_ROOT, package: str = FAMILIES_PACKAGE, *, workers: int = 1
) -> Library:
    """Validate the fixed problems, generate and prove every family; raise ContentError on a fault
    in a file (a faulty generated instance is only left out, and listed in `faults`).

    With workers > 1 the families are generated in that many forked processes: only for a caller
    that holds no threads (a fork copies locks, not the threads that would release them).
    """
    problems = load_fixed_problems(root)
    faults: list[InstanceFault] = []
    declared = declared_families(package)
    generated_families = _generate(declared, workers)
    topic_names = {(p.grade, p.topic): (p.topic_en, p.topic_bn, p.file) for p in problems}
    keys = {p.spec.key for p in problems}
    # A student must never meet one question twice: an instance that happens to ask what a fixed
    # problem or another family's instance asks is left out (the first one in file order stays).
    questions = {(p.grade, p.spec.question_en) for p in problems}
    for entry, generated in zip(declared, generated_families, strict=True):
        topic = entry.topic
        names = topic_names.setdefault((topic.grade, topic.key), (topic.en, topic.bn, entry.file))
        if names[:2] != (topic.en, topic.bn):
            raise ContentError(
                entry.file,
                entry.family.key,
                "TOPIC",
                f"topic {topic.key} of class {topic.grade} is named {names[0]!r} / {names[1]!r} "
                f"in {names[2]}; one topic has one name",
            )
        if entry.family.key in keys:
            raise ContentError(entry.file, entry.family.key, "key", "also a fixed problem's key")
        for problem in generated.problems:
            if (problem.grade, problem.spec.question_en) not in questions:
                questions.add((problem.grade, problem.spec.question_en))
                problems.append(problem)
        faults.extend(generated.faults)
    _check_family_links(problems, {(e.topic.grade, e.topic.key, e.family.key) for e in declared})
    return Library(problems=problems, faults=faults, families=len(declared))


_FORKED: list[DeclaredFamily] = []  # what a forked worker generates from, by index


def _generate_forked(index: int) -> FamilyInstances:
    entry = _FORKED[index]
    return generate_family(entry.topic, entry.family, entry.file)


def _generate(declared: list[DeclaredFamily], workers: int) -> list[FamilyInstances]:
    if workers <= 1 or len(declared) < 2:
        return [generate_family(e.topic, e.family, e.file) for e in declared]
    _FORKED[:] = declared
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return pool.map(_generate_forked, range(len(declared)), chunksize=8)
    finally:
        _FORKED.clear()


def _check_family_links(
    problems: list[LibraryProblem], families: set[tuple[int, str, str]]
) -> None:
    for problem in problems:
        spec = problem.spec
        if spec.family is not None and (problem.grade, problem.topic, spec.family) not in families:
            raise ContentError(
                problem.file,
                spec.key,
                "family",
                f"no family {spec.family} in topic {problem.topic} of class {problem.grade}",
            )
