"""Judge numeric answers: integer, decimal, fraction, percent and money keys share one reading."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from functools import lru_cache

from bot.tutor.answers.key import AnswerKey, Arithmetic
from bot.tutor.answers.reading import (
    Form,
    Impossible,
    NumberRead,
    NumberReading,
    Unclear,
    numbers_in,
    read_numeric_answer,
)
from bot.tutor.answers.tokens import Token, normalise, tokenise
from bot.tutor.answers.verdict import UNREADABLE, Outcome, Verdict, right_or_wrong, verdict


@lru_cache(maxsize=1024)
def _numeric_key(answer: str) -> Fraction:
    reading = read_numeric_answer(tokenise(normalise(answer)))
    if not isinstance(reading, NumberRead):
        raise ValueError(f"answer key {answer!r} is not a number")
    return reading.value


def number_verdict(
    reading: NumberReading, key: AnswerKey, expected: Fraction, *, unit: str = ""
) -> Verdict:
    """Judge a number read from an answer against an expected value; unit follows it in read_as."""
    if reading is None:
        return UNREADABLE
    if isinstance(reading, Unclear):
        return verdict(Outcome.NEEDS_JUDGEMENT, reading.shown)
    shown = reading.shown + unit
    if isinstance(reading, Impossible):
        return verdict(Outcome.INCORRECT, shown)
    return right_or_wrong(_number_matches(reading, key, expected), shown)


def _number_matches(number: NumberRead, key: AnswerKey, expected: Fraction) -> bool:
    if key.tolerance is not None:
        close = abs(number.value - expected) <= Fraction(str(key.tolerance))
    else:
        close = number.value == expected
    return close and (number.reduced or not key.lowest_terms)


def judge_number(normalised: str, tokens: list[Token], key: AnswerKey) -> Verdict:
    """Judge an answer to an integer, decimal, fraction or money key."""
    return number_verdict(read_numeric_answer(tokens), key, _numeric_key(key.answer))


def judge_percent(normalised: str, tokens: list[Token], key: AnswerKey) -> Verdict:
    """Judge an answer to a percent key by the number before the sign."""
    # Students are asked for a percentage, so 0.125 is not accepted for 12.5%.
    return number_verdict(read_numeric_answer(tokens), key, _numeric_key(key.answer), unit="%")


def mentions_number(normalised: str, tokens: list[Token], key: AnswerKey) -> bool:
    """Return whether a hint writes a numeric key's value as a whole number or a decimal."""
    # "36 ÷ 4" in a hint for 9 still leaves a step to do; only a fraction answer is given
    # away by a fraction.
    value = _numeric_key(key.answer)
    return any(
        _number_matches(number, key, value)
        for number in numbers_in(tokens)
        if number.form in (Form.WHOLE, Form.DECIMAL)
    )


def mentions_fraction(normalised: str, tokens: list[Token], key: AnswerKey) -> bool:
    """Return whether a hint writes a fraction key's value in any spelling, fractions included."""
    value = _numeric_key(key.answer)
    return any(_number_matches(number, key, value) for number in numbers_in(tokens))


def _as_written(answer: str) -> str:
    return answer.strip().removesuffix("%").strip()


def whole_value(answer: str) -> Fraction:
    """Return the value of a key's answer written as a whole number: "-12"."""
    return Fraction(int(_as_written(answer)))


def fraction_value(answer: str) -> Fraction:
    """Return the value of a key's answer written as a fraction or mixed number: "-2 1/2"."""
    text = _as_written(answer)
    if " " in text:
        whole, part = text.split()
        sign = -1 if whole.startswith("-") else 1
        return Fraction(int(whole)) + sign * Fraction(part)
    return Fraction(text)


def decimal_value(answer: str) -> Fraction:
    """Return the value of a key's answer written as a decimal, amount or percentage: "12.5%"."""
    return Fraction(_as_written(answer))


def _prove_value(
    key: AnswerKey, check: str, arithmetic: Arithmetic, value_of: Callable[[str], Fraction]
) -> None:
    value = arithmetic(check)
    expected = value_of(key.answer)
    tolerance = Fraction(str(key.tolerance)) if key.tolerance else Fraction(0)
    if abs(value - expected) > tolerance:
        raise ValueError(f"check evaluates to {float(value):g} but answer is {key.answer}")


def prove_whole(key: AnswerKey, check: str, arithmetic: Arithmetic) -> None:
    """Raise ValueError unless check works out to an integer key's answer."""
    _prove_value(key, check, arithmetic, whole_value)


def prove_fraction(key: AnswerKey, check: str, arithmetic: Arithmetic) -> None:
    """Raise ValueError unless check works out to a fraction key's answer."""
    _prove_value(key, check, arithmetic, fraction_value)


def prove_decimal(key: AnswerKey, check: str, arithmetic: Arithmetic) -> None:
    """Raise ValueError unless check works out to a decimal, percent or money key's answer."""
    _prove_value(key, check, arithmetic, decimal_value)
