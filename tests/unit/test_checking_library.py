"""Every problem in the library accepts its own answer, typed in Latin or Bengali digits."""

from __future__ import annotations

import pytest

from bot.tutor.answers import AnswerKind, Outcome, check_answer, mentions_answer
from bot.tutor.content.schema import LibraryProblem, load_fixed_problems
from bot.tutor.numerals import to_bengali_digits

LIBRARY = load_fixed_problems()


def _ids(problem: LibraryProblem) -> str:
    return problem.spec.key


@pytest.mark.parametrize("problem", LIBRARY, ids=_ids)
def test_the_answer_itself_is_correct_in_both_scripts(problem: LibraryProblem) -> None:
    key = problem.spec.answer_key()
    for typed in (key.answer, to_bengali_digits(key.answer)):
        assert check_answer(typed, key).outcome is Outcome.CORRECT, typed


@pytest.mark.parametrize(
    "problem", [p for p in LIBRARY if p.spec.kind is not AnswerKind.CHOICE], ids=_ids
)
def test_the_answer_itself_counts_as_mentioning_it(problem: LibraryProblem) -> None:
    key = problem.spec.answer_key()
    assert mentions_answer(key.answer, key)
    assert mentions_answer(f"So the answer is {to_bengali_digits(key.answer)}.", key)
