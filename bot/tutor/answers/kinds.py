"""Map every answer kind to its rules, in one table: how to judge, spot a leak, prove, describe."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.tutor.answers.choice import judge_choice, mentions_choice, prove_choice
from bot.tutor.answers.expression import judge_expression, mentions_expression, prove_expression
from bot.tutor.answers.key import CHOICE_LETTERS, AnswerKey, AnswerKind, Arithmetic
from bot.tutor.answers.number import (
    judge_number,
    mentions_fraction,
    mentions_number,
    prove_decimal,
    prove_fraction,
    prove_whole,
)
from bot.tutor.answers.ratio import judge_ratio, mentions_ratio, prove_ratio
from bot.tutor.answers.tokens import Token
from bot.tutor.answers.verdict import Verdict
from bot.tutor.language import Language


@dataclass(frozen=True, slots=True)
class KindRules:
    """How answers of one kind are judged, spotted in hints, proven in content and described."""

    # (normalised text, its tokens, key) -> verdict, for an answer past the unreadable checks.
    judge: Callable[[str, list[Token], AnswerKey], Verdict]
    # (normalised hint, its tokens, key) -> whether the hint gives the answer away.
    mentions: Callable[[str, list[Token], AnswerKey], bool]
    # (key, the content's check derivation, content's arithmetic) -> None, or ValueError if the
    # key's answer is malformed or the check does not work out to it.
    prove: Callable[[AnswerKey, str, Arithmetic], None]
    form: str  # what a right answer is, in English, for Claude's prompts
    takes_choices: bool = False  # the key lists options, and only this kind's keys do
    factorable: bool = False  # a key may ask for the answer as a product ("factorise ...")


KINDS: Mapping[AnswerKind, KindRules] = {
    AnswerKind.INTEGER: KindRules(
        judge=judge_number,
        mentions=mentions_number,
        prove=prove_whole,
        form="a whole number",
    ),
    AnswerKind.DECIMAL: KindRules(
        judge=judge_number,
        mentions=mentions_number,
        prove=prove_decimal,
        form="a decimal number",
    ),
    AnswerKind.FRACTION: KindRules(
        judge=judge_number,
        mentions=mentions_fraction,
        prove=prove_fraction,
        form="a fraction or whole number",
    ),
    AnswerKind.PERCENT: KindRules(
        judge=judge_number,
        mentions=mentions_number,
        prove=prove_decimal,
        form="a percentage",
    ),
    AnswerKind.MONEY: KindRules(
        judge=judge_number,
        mentions=mentions_number,
        prove=prove_decimal,
        form="an amount in taka",
    ),
    AnswerKind.RATIO: KindRules(
        judge=judge_ratio,
        mentions=mentions_ratio,
        prove=prove_ratio,
        form="a ratio",
    ),
    AnswerKind.EXPRESSION: KindRules(
        judge=judge_expression,
        mentions=mentions_expression,
        prove=prove_expression,
        form="an algebraic expression or equation",
        factorable=True,
    ),
    AnswerKind.CHOICE: KindRules(
        judge=judge_choice,
        mentions=mentions_choice,
        prove=prove_choice,
        form="one option of a multiple-choice question",
        takes_choices=True,
    ),
}


def require_every_kind(table: Mapping[AnswerKind, KindRules]) -> None:
    """Raise ImportError if some answer kind has no rules in table."""
    missing = [kind.value for kind in AnswerKind if kind not in table]
    if missing:
        raise ImportError(f"answer kinds without rules in KINDS: {', '.join(missing)}")


# A kind without rules would fail only when a student first answered one: fail at import.
require_every_kind(KINDS)

_KINDS_WITH_CHOICES = ", ".join(kind for kind, rules in KINDS.items() if rules.takes_choices)
_FACTORABLE_KINDS = ", ".join(kind for kind, rules in KINDS.items() if rules.factorable)


def check_key_fields(key: AnswerKey) -> None:
    """Raise ValueError if key has options or a factored flag that its kind does not take."""
    rules = KINDS[key.kind]
    if rules.takes_choices != bool(key.choices):
        raise ValueError(f"choices are required for kind {_KINDS_WITH_CHOICES} and only for it")
    if key.factored and not rules.factorable:
        raise ValueError(f"factored applies only to kind {_FACTORABLE_KINDS}")
    if rules.takes_choices and len(key.choices) < 2:
        raise ValueError("a choice problem needs at least two choices")


def prove_key(key: AnswerKey, check: str, arithmetic: Arithmetic) -> None:
    """Raise ValueError unless check, worked out by arithmetic, gives key's own answer."""
    KINDS[key.kind].prove(key, check, arithmetic)


def describe_form(key: AnswerKey, language: Language) -> str:
    """Say in English what form a right answer takes (for Claude's prompts)."""
    rules = KINDS[key.kind]
    form = rules.form
    if key.lowest_terms:
        form += ", in lowest terms"
    if key.tolerance is not None:
        form += f", within {key.tolerance} of the correct value"
    if rules.takes_choices:
        options = "; ".join(
            f"{letter}) {language.pick(choice.text_bn, choice.text_en)}"
            for letter, choice in zip(CHOICE_LETTERS, key.choices, strict=False)
        )
        form += f" (options: {options})"
    return form
