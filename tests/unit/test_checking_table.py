"""The answer checker judges real spellings as a teacher would, and catches hints that give answers away."""

from __future__ import annotations

import builtins
import re
from pathlib import Path
from typing import Any

import pytest

from bot.tutor.answers import (
    AnswerKey,
    AnswerKind,
    Choice,
    Outcome,
    Verdict,
    check_answer,
    mentions_answer,
)
from tests.unit.checking_cases import (
    CASES,
    DIFFERENCE_OF_SQUARES,
    FIVE,
    LINE,
    LINEAR,
    PERCENT,
    PRICE,
    PRICES,
    RATIO,
    RATIO_REDUCED,
    SHAPES,
    THREE_QUARTERS,
    THREE_QUARTERS_REDUCED,
    TWO_AND_HALF,
    Case,
)


def _case_id(case: Case) -> str:
    text = case.text if len(case.text) <= 30 else case.text[:29] + "…"
    return f"{case.key.kind}:{case.key.answer}:{text!r}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_each_spelling_gets_its_verdict(case: Case) -> None:
    assert check_answer(case.text, case.key) == Verdict(case.outcome, case.read_as)


def test_the_table_covers_every_kind_and_outcome_without_repeats() -> None:
    assert len(CASES) >= 250
    assert {case.key.kind for case in CASES} == set(AnswerKind)
    assert {case.outcome for case in CASES} == set(Outcome)
    assert len({(case.text, case.key) for case in CASES}) == len(CASES)


def test_the_table_has_bengali_spellings_of_every_kind() -> None:
    bengali = re.compile("[\u0980-\u09ff]")
    kinds = {case.key.kind for case in CASES if bengali.search(case.text)}
    assert kinds == set(AnswerKind)


MENTIONS: list[tuple[str, AnswerKey, bool]] = [
    ("There are 15 mangoes.", FIVE, False),
    ("Take 5 away from 20.", FIVE, True),
    ("Half of 10 is ৫.", FIVE, True),
    ("x = 5", FIVE, True),
    ("10/2", FIVE, False),  # a division left to do is a hint, not the answer
    ("x = 36 ÷ 4", AnswerKey(AnswerKind.INTEGER, "9"), False),
    ("3 ÷ 4", THREE_QUARTERS, True),
    ("55 students", FIVE, False),
    ("1/5 of the class", FIVE, False),
    ("0.5 kg", FIVE, False),
    ("2.5 + 2.5", FIVE, False),
    ("The new price is 1,380 taka.", PRICE, True),
    ("নতুন দাম ১৩৮০ টাকা।", PRICE, True),
    ("Tk 1380.00", PRICE, True),
    ("13800", PRICE, False),
    ("Multiply: 1200 × 1.15", PRICE, False),
    ("2.50", TWO_AND_HALF, True),
    ("25", TWO_AND_HALF, False),
    ("It is 3/4.", THREE_QUARTERS, True),
    ("০.৭৫", THREE_QUARTERS, True),
    ("6/8", THREE_QUARTERS, True),
    ("13/4", THREE_QUARTERS, False),
    ("3/45", THREE_QUARTERS, False),
    # The question's own unreduced fraction is not the answer when lowest terms are asked for.
    ("Simplify 6/8 by dividing by 2.", THREE_QUARTERS_REDUCED, False),
    ("It is ৩/৪", THREE_QUARTERS_REDUCED, True),
    ("12.5%", PERCENT, True),
    ("১২.৫ শতাংশ", PERCENT, True),
    ("12.55", PERCENT, False),
    ("2:3", RATIO, True),
    ("২ : ৩", RATIO, True),
    ("4:6", RATIO, True),
    ("4:6", RATIO_REDUCED, False),
    ("3:2", RATIO, False),
    ("12:3", RATIO, False),
    ("3x + 6", LINEAR, True),
    ("so it is 6+3x.", LINEAR, True),
    ("Expand 3(x + 2).", LINEAR, False),
    ("13x + 6", LINEAR, False),
    ("(x-3)(x+3)", DIFFERENCE_OF_SQUARES, True),
    ("Factorise x^2 - 9.", DIFFERENCE_OF_SQUARES, False),
    ("y = 2x + 1", LINE, True),
    ("2x + 1 = y", LINE, True),
    ("2x+1", LINE, True),
    ("y = 2x", LINE, False),
    ("The answer is option B", PRICES, True),
    ("(b)", PRICES, True),
    ("b) is right", PRICES, True),
    ("বিকল্প খ", PRICES, True),
    ("(খ)", PRICES, True),
    ("১৩৮০ টাকা", PRICES, True),
    ("Add 1200 and 180.", PRICES, False),
    ("Work out (a + b) first.", PRICES, False),
    ("A triangle has three sides.", SHAPES, True),
    ("Triangles have three sides.", SHAPES, True),
    ("ত্রিভুজের তিনটি বাহু", SHAPES, True),
    ("Count the sides of each shape.", SHAPES, False),
]


@pytest.mark.parametrize(("text", "key", "expected"), MENTIONS, ids=[m[0] for m in MENTIONS])
def test_mentions_answer_finds_the_answer_as_a_whole_token(
    text: str, key: AnswerKey, *, expected: bool
) -> None:
    assert mentions_answer(text, key) is expected


@pytest.mark.parametrize(
    "key",
    [
        AnswerKey(AnswerKind.INTEGER, "five"),
        AnswerKey(AnswerKind.FRACTION, "3/4 or 4/3"),
        AnswerKey(AnswerKind.RATIO, "2"),
        AnswerKey(AnswerKind.EXPRESSION, "3x +"),
        AnswerKey(AnswerKind.EXPRESSION, "1/0"),
        AnswerKey(AnswerKind.CHOICE, "E", choices=(Choice("1", "১"), Choice("2", "২"))),
    ],
    ids=lambda key: f"{key.kind}:{key.answer}",
)
def test_a_key_that_is_not_a_valid_answer_is_a_content_error(key: AnswerKey) -> None:
    with pytest.raises(ValueError, match="answer key"):
        check_answer("1", key)


def test_the_whole_table_runs_with_eval_and_exec_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("student text reached eval or exec")

    monkeypatch.setattr(builtins, "eval", refuse)
    monkeypatch.setattr(builtins, "exec", refuse)
    verdicts = [check_answer(case.text, case.key).outcome for case in CASES]
    assert verdicts == [case.outcome for case in CASES]


ANSWERS_SOURCES = sorted((Path(__file__).parents[2] / "bot" / "tutor" / "answers").glob("*.py"))


@pytest.mark.parametrize("path", ANSWERS_SOURCES, ids=lambda path: path.name)
def test_the_checker_source_has_no_evaluating_parser(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    forbidden = re.compile(
        r"(?<![\w.])(?:eval|exec|compile|sympify|parse_expr)\(|^\s*(?:import|from)\s+(?:ast|sympy)\b",
        re.MULTILINE,
    )
    assert forbidden.search(source) is None


FACTORISE = AnswerKey(kind=AnswerKind.EXPRESSION, answer="(x + 3)(x - 3)", factored=True)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("(x+3)(x-3)", Outcome.CORRECT),
        ("(x - 3)(x + 3)", Outcome.CORRECT),
        ("x^2 - 9", Outcome.INCORRECT),  # the question typed back: equal, but not factorised
        ("x² − 9", Outcome.INCORRECT),
        ("(x+3)(x+3)", Outcome.INCORRECT),
    ],
)
def test_a_factorise_key_wants_a_product(text: str, outcome: Outcome) -> None:
    assert check_answer(text, FACTORISE).outcome is outcome
