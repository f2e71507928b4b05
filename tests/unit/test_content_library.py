"""Every problem in the library is well formed, bilingual, and its answer key is proven by its check."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bot.tutor.answers import CHOICE_LETTERS, AnswerKind
from bot.tutor.content.schema import (
    ContentError,
    LibraryProblem,
    load_fixed_problems,
    numbers_in,
)
from bot.tutor.numerals import to_latin_digits

LIBRARY = load_fixed_problems()
BY_KEY = {problem.spec.key: problem for problem in LIBRARY}


def _ids(problem: LibraryProblem) -> str:
    return problem.spec.key


def _answer_tokens(problem: LibraryProblem) -> set[str]:
    """The spellings of the final answer that a hint must never contain as a whole token."""
    spec = problem.spec
    if spec.kind is AnswerKind.CHOICE:
        choice = spec.choices[CHOICE_LETTERS.index(spec.answer.upper())]
        return {choice.en.lower(), to_latin_digits(choice.bn)}
    compact = spec.answer.replace(" ", "").removesuffix("%").lower()
    return {compact}


def _hint_tokens(text: str) -> set[str]:
    latin = to_latin_digits(text).lower().replace(",", "")
    tokens = set(re.findall(r"-?\d+(?:\.\d+)?(?:[/:]\d+(?:\.\d+)?)*", latin))
    tokens |= set(re.findall(r"[0-9a-z^+\-*/().:]+", latin.replace(" ", "")))
    return tokens


def test_library_has_280_problems() -> None:
    assert len(LIBRARY) == 280


@pytest.mark.parametrize("grade", [6, 7, 8])
def test_every_grade_has_six_topics_each_with_every_difficulty(grade: int) -> None:
    difficulties: dict[str, set[int]] = {}
    for problem in LIBRARY:
        if problem.grade == grade:
            difficulties.setdefault(problem.topic, set()).add(problem.spec.difficulty)
    assert len(difficulties) >= 6
    assert all(levels == {1, 2, 3} for levels in difficulties.values()), difficulties


@pytest.mark.parametrize("grade", [6, 7, 8])
def test_grades_are_balanced(grade: int) -> None:
    counts = Counter(problem.grade for problem in LIBRARY)
    assert 85 <= counts[grade] <= 100


@pytest.mark.parametrize("problem", LIBRARY, ids=_ids)
def test_numbers_in_bengali_question_match_english(problem: LibraryProblem) -> None:
    assert sorted(numbers_in(problem.spec.question_bn)) == sorted(
        numbers_in(problem.spec.question_en)
    )


@pytest.mark.parametrize("problem", LIBRARY, ids=_ids)
def test_no_hint_states_the_answer(problem: LibraryProblem) -> None:
    answer_tokens = _answer_tokens(problem)
    for number, hint in enumerate(problem.spec.hints, start=1):
        for text in (hint.en, hint.bn):
            if problem.spec.kind is AnswerKind.CHOICE:
                assert not any(token in to_latin_digits(text).lower() for token in answer_tokens)
            else:
                leaked = answer_tokens & _hint_tokens(text)
                assert not leaked, f"hint {number} contains the answer {leaked}: {text}"


def test_a_broken_file_is_rejected_with_file_key_and_field(tmp_path: Path) -> None:
    source = next(iter(LIBRARY)).file.read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(source.replace('check: "', 'check: "1 + ', 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_fixed_problems(tmp_path)
    assert caught.value.file == str(broken)
    assert caught.value.key is not None
    assert caught.value.field == "check"
