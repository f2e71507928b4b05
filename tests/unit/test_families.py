"""Problem families: every one proves over hundreds of seeds, and the library covers a school year."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from bot.tutor.answers import AnswerKind, Outcome, Unit, check_answer
from bot.tutor.content.family import Bi, Draw, Family, Made, Topic
from bot.tutor.content.family_modules import DeclaredFamily, declared_families
from bot.tutor.content.generation import generate_family, instance_key
from bot.tutor.content.schema import LibraryProblem
from bot.tutor.numerals import to_bengali_digits
from tests.library_loader import whole_library

LIBRARY = whole_library()
DECLARED = declared_families()
SEEDS = 150  # instances drawn per family here, beyond the 40 the loader keeps
GENERATED = [p for p in LIBRARY.problems if p.seed is not None]
NEW_CHAPTERS = {
    6: {"natural_numbers"},
    7: {"algebraic_fractions", "congruence", "algebraic_expressions"},
    8: {"algebraic_formulae", "quadrilaterals", "circle"},
}


def _by_grade(problems: list[LibraryProblem]) -> dict[int, list[LibraryProblem]]:
    grouped: dict[int, list[LibraryProblem]] = defaultdict(list)
    for problem in problems:
        grouped[problem.grade].append(problem)
    return grouped


@pytest.mark.parametrize("grade", [6, 7, 8])
def test_a_grade_holds_a_school_year_of_proven_practice(grade: int) -> None:
    generated = _by_grade(GENERATED)[grade]
    families = {p.family for p in generated}
    topics = {p.topic for p in _by_grade(LIBRARY.problems)[grade]}
    assert len(families) >= 150
    assert len(generated) >= 5000
    assert len(topics) >= 10
    assert NEW_CHAPTERS[grade] <= {p.topic for p in generated}
    assert LIBRARY.faults == []


@pytest.mark.parametrize("grade", [6, 7, 8])
def test_every_topic_has_families_at_every_difficulty(grade: int) -> None:
    levels: dict[str, set[int]] = defaultdict(set)
    for problem in _by_grade(GENERATED)[grade]:
        levels[problem.topic].add(problem.spec.difficulty)
    assert levels
    assert all(found == {1, 2, 3} for found in levels.values()), levels


@pytest.mark.parametrize("grade", [6, 7, 8])
def test_no_two_problems_of_a_grade_ask_the_same_question(grade: int) -> None:
    questions = Counter(p.spec.question_en for p in _by_grade(LIBRARY.problems)[grade])
    assert [q for q, n in questions.items() if n > 1] == []


@pytest.mark.parametrize("entry", DECLARED, ids=lambda entry: entry.family.key)
def test_a_family_proves_every_instance_over_hundreds_of_seeds(entry: DeclaredFamily) -> None:
    wide = generate_family(entry.topic, replace(entry.family, pool=SEEDS), entry.file)
    assert [str(fault) for fault in wide.faults] == []
    assert len(wide.problems) >= min(20, entry.family.pool)  # a family varies, not a fixed item
    for problem in wide.problems[::15]:
        key = problem.spec.answer_key()
        # The key's own answer, typed in either script, is right: the checker reads what we store.
        for typed in (key.answer, to_bengali_digits(key.answer)):
            assert check_answer(typed, key).outcome is Outcome.CORRECT, (problem.spec.key, typed)


@pytest.mark.parametrize("entry", DECLARED, ids=lambda entry: entry.family.key)
def test_a_family_names_the_unit_its_kind_implies(entry: DeclaredFamily) -> None:
    family = entry.family
    if family.kind is AnswerKind.MONEY:
        assert family.unit is Unit.TAKA
    if family.kind is AnswerKind.PERCENT:
        assert family.unit is Unit.PERCENT


def test_an_instance_is_rebuilt_exactly_from_its_family_and_seed() -> None:
    for problem in GENERATED[::997]:
        entry = next(e for e in DECLARED if e.family.key == problem.family)
        again = generate_family(entry.topic, entry.family, entry.file).problems
        rebuilt = next(p for p in again if p.seed == problem.seed)
        assert rebuilt.spec == problem.spec
        assert rebuilt.params == problem.params
        assert problem.spec.key == instance_key(problem.family, problem.seed or 0)


# The machinery, on small made-up families.

TOPIC = Topic(grade=6, key="test_topic", en="Test topic", bn="পরীক্ষা")
HINTS = (
    Bi("Add the two numbers.", "সংখ্যা দুইটি যোগ করো।"),
    Bi("Start from {a}.", "{a} থেকে শুরু করো।"),
    Bi("Count on {b} more.", "আরও {b} গণনা করো।"),
)


def _sum_family(make_made: object, **fields: object) -> Family:
    def make(draw: Draw) -> Made:
        a, b = draw.whole(2, 40), draw.whole(2, 40)
        draw.require(a != b and a + b not in (a, b))
        return make_made(a, b)  # type: ignore[operator, no-any-return]

    return replace(Family("g6-test-sum", "sums", 1, AnswerKind.INTEGER, make, pool=20), **fields)


def _generate(family: Family) -> tuple[int, list[str]]:
    result = generate_family(TOPIC, family, Path("test.py"))
    return len(result.problems), [fault.reason for fault in result.faults]


def _made(a: int, b: int, **fields: object) -> Made:
    return replace(
        Made(
            values={"a": a, "b": b},
            question=Bi("What is {a} + {b}?", "{a} + {b} = কত?"),
            hints=HINTS,
            answer=a + b,
            derived=sum([a, b]),
        ),
        **fields,
    )


def test_a_sound_family_fills_its_pool_without_faults() -> None:
    assert _generate(_sum_family(_made)) == (20, [])


def test_derivations_that_disagree_are_never_shown() -> None:
    kept, faults = _generate(_sum_family(lambda a, b: _made(a, b, derived=a + b + 1)))
    assert kept == 0
    assert faults
    assert all("check" in reason for reason in faults)


def test_a_hint_that_states_the_answer_is_never_shown() -> None:
    leaky = (*HINTS[:2], Bi("It makes {s}.", "যোগফল {s}।"))
    kept, faults = _generate(
        _sum_family(lambda a, b: _made(a, b, values={"a": a, "b": b, "s": a + b}, hints=leaky))
    )
    assert kept == 0
    assert faults
    assert all("states the answer" in reason for reason in faults)


def test_bengali_and_english_with_different_numbers_are_never_shown() -> None:
    kept, faults = _generate(
        _sum_family(lambda a, b: _made(a, b, question=Bi("What is {a} + {b}?", "{a} + ১ = কত?")))
    )
    assert kept == 0
    assert faults
    assert all("numbers differ" in reason for reason in faults)


def test_a_negative_answer_needs_a_signed_family() -> None:
    negative = _sum_family(lambda a, b: _made(a, b, answer=-a - b, derived=-(a + b)))
    kept, faults = _generate(negative)
    assert kept == 0
    assert faults
    assert all("positive" in reason for reason in faults)
    assert _generate(replace(negative, signed=True)) == (20, [])


def test_a_decimal_answer_that_never_ends_is_never_shown() -> None:
    thirds = replace(
        _sum_family(
            lambda a, b: _made(a, b, answer=a + Fraction(1, 3), derived=a + Fraction(1, 3))
        ),
        kind=AnswerKind.DECIMAL,
    )
    kept, faults = _generate(thirds)
    assert kept == 0
    assert faults


def test_a_family_with_few_distinct_instances_keeps_each_once() -> None:
    def make(draw: Draw) -> Made:
        a = draw.whole(2, 4)
        return _made(a, 10)

    assert _generate(Family("g6-test-few", "few", 1, AnswerKind.INTEGER, make)) == (3, [])
