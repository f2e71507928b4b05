"""Every answer kind has one complete row of rules, and a kind without one fails at import."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest

from bot.tutor.answers import (
    KINDS,
    AnswerKey,
    AnswerKind,
    Choice,
    KindRules,
    Outcome,
    check_answer,
    check_key_fields,
    describe_form,
    prove_key,
)
from bot.tutor.answers.kinds import require_every_kind
from bot.tutor.language import Language

TWO_OPTIONS = (Choice("cube", "ঘনক"), Choice("cone", "কোণক"))


def test_every_kind_has_a_row() -> None:
    assert set(KINDS) == set(AnswerKind)


@pytest.mark.parametrize("kind", list(AnswerKind))
def test_every_row_is_complete(kind: AnswerKind) -> None:
    rules = KINDS[kind]
    assert isinstance(rules, KindRules)
    assert callable(rules.judge)
    assert callable(rules.mentions)
    assert callable(rules.prove)
    assert rules.form.strip()


def test_a_table_missing_a_kind_is_refused() -> None:
    table = {kind: rules for kind, rules in KINDS.items() if kind is not AnswerKind.RATIO}
    with pytest.raises(ImportError, match="ratio"):
        require_every_kind(table)


def test_rules_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        KINDS[AnswerKind.INTEGER].form = "anything"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("key", "language", "form"),
    [
        (AnswerKey(AnswerKind.INTEGER, "5"), "en", "a whole number"),
        (AnswerKey(AnswerKind.MONEY, "1380"), "bn", "an amount in taka"),
        (
            AnswerKey(AnswerKind.FRACTION, "3/4", lowest_terms=True),
            "en",
            "a fraction or whole number, in lowest terms",
        ),
        (
            AnswerKey(AnswerKind.DECIMAL, "2.5", tolerance=0.01),
            "en",
            "a decimal number, within 0.01 of the correct value",
        ),
        (
            AnswerKey(AnswerKind.CHOICE, "B", choices=TWO_OPTIONS),
            "bn",
            "one option of a multiple-choice question (options: A) ঘনক; B) কোণক)",
        ),
        (
            AnswerKey(AnswerKind.CHOICE, "B", choices=TWO_OPTIONS),
            "en",
            "one option of a multiple-choice question (options: A) cube; B) cone)",
        ),
    ],
)
def test_describe_form_says_what_a_right_answer_is(
    key: AnswerKey, language: str, form: str
) -> None:
    assert describe_form(key, Language(language)) == form


@pytest.mark.parametrize(
    ("key", "check"),
    [
        (AnswerKey(AnswerKind.INTEGER, "12"), "12"),
        (AnswerKey(AnswerKind.FRACTION, "-2 1/2"), "-5/2"),
        (AnswerKey(AnswerKind.PERCENT, "12.5%"), "12.5"),
        (AnswerKey(AnswerKind.DECIMAL, "2.5", tolerance=0.1), "2.45"),
        (AnswerKey(AnswerKind.RATIO, "2:3"), "4:6"),
        (AnswerKey(AnswerKind.EXPRESSION, "3(x + 2)", factored=True), "3x + 6"),
        (AnswerKey(AnswerKind.CHOICE, "B", choices=TWO_OPTIONS), "2"),
    ],
)
def test_a_check_that_works_out_to_the_answer_proves_the_key(key: AnswerKey, check: str) -> None:
    prove_key(key, check, Fraction)


@pytest.mark.parametrize(
    ("key", "check", "message"),
    [
        (AnswerKey(AnswerKind.INTEGER, "12"), "13", "check evaluates to 13 but answer is 12"),
        (AnswerKey(AnswerKind.INTEGER, "2.5"), "2.5", "invalid literal"),
        (AnswerKey(AnswerKind.RATIO, "2:3"), "6:4", "not the ratio 2:3"),
        (AnswerKey(AnswerKind.EXPRESSION, "3x + 6"), "3x + 2", "not equivalent"),
        (AnswerKey(AnswerKind.CHOICE, "B", choices=TWO_OPTIONS), "1", "check says option 1"),
        (AnswerKey(AnswerKind.CHOICE, "C", choices=TWO_OPTIONS), "3", "a letter A-B"),
    ],
)
def test_a_check_that_disagrees_is_refused(key: AnswerKey, check: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        prove_key(key, check, Fraction)


@pytest.mark.parametrize(
    ("key", "message"),
    [
        (AnswerKey(AnswerKind.CHOICE, "A"), "choices are required for kind choice and only"),
        (AnswerKey(AnswerKind.INTEGER, "1", choices=TWO_OPTIONS), "choices are required"),
        (AnswerKey(AnswerKind.FRACTION, "1/2", factored=True), "only to kind expression"),
        (
            AnswerKey(AnswerKind.CHOICE, "A", choices=TWO_OPTIONS[:1]),
            "at least two choices",
        ),
    ],
)
def test_key_fields_must_fit_the_kind(key: AnswerKey, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_key_fields(key)


def test_a_ratio_beside_another_number_is_not_one_answer() -> None:
    key = AnswerKey(kind=AnswerKind.RATIO, answer="3:4")
    assert check_answer("3:4 or maybe 12", key).outcome is Outcome.NOT_ONE_ANSWER
    assert check_answer("3:4 12", key).outcome is Outcome.NEEDS_JUDGEMENT
    assert check_answer("the ratio is 3 : 4", key).outcome is Outcome.CORRECT
    assert check_answer("1/2 : 2/3", key).outcome is Outcome.CORRECT
