"""Judge numeric answers: integer, decimal, fraction, percent and money keys share one reading."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from bot.tutor.answers.key import AnswerKey, AnswerKind, Arithmetic, Unit
from bot.tutor.answers.reading import (
    Form,
    Impossible,
    NumberRead,
    NumberReading,
    SeveralValues,
    Unclear,
    numbers_ending,
    numbers_in,
    read_numeric_answer,
)
from bot.tutor.answers.tokens import Token, TokenKind, normalise, tokenise
from bot.tutor.answers.units import UNITS, UnitMention, convert, find_units
from bot.tutor.answers.verdict import UNREADABLE, Outcome, Verdict, verdict
from bot.tutor.answers.words import text_of


@lru_cache(maxsize=1024)
def _numeric_key(answer: str) -> Fraction:
    reading = read_numeric_answer(tokenise(normalise(answer)))
    if not isinstance(reading, NumberRead):
        raise ValueError(f"answer key {answer!r} is not a number")
    return reading.value


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number read from an answer and the unit the student wrote with it, if any."""

    reading: NumberReading
    unit: UnitMention | None = None
    compound: bool = False  # "2 ঘণ্টা ৩০ মিনিট": shown already carries its units


def read_quantity(tokens: list[Token]) -> Quantity:
    """Read the one number in an answer with its unit, adding up "5 m 20 cm" into one."""
    mentions = find_units(tokens)
    if not mentions:
        return Quantity(read_numeric_answer(tokens))
    rest = [t for i, t in enumerate(tokens) if not any(m.start <= i < m.end for m in mentions)]
    if len({mention.unit for mention in mentions}) == 1:
        return Quantity(read_numeric_answer(rest), mentions[0])
    return _compound(tokens, mentions)


def _compound(tokens: list[Token], mentions: list[UnitMention]) -> Quantity:
    """Add up a quantity written in several units of one dimension, each after its number."""
    shown = text_of(tokens)
    if len({UNITS[m.unit].dimension for m in mentions}) > 1 or any(
        t.kind is TokenKind.NUMBER for t in tokens[mentions[-1].end :]
    ):
        return Quantity(Unclear(shown))
    smallest = min(mentions, key=lambda m: UNITS[m.unit].size)
    total, start = Fraction(0), 0
    for mention in mentions:
        part = read_numeric_answer(tokens[start : mention.start])
        if not isinstance(part, NumberRead):
            return Quantity(Unclear(shown))
        total += part.value * UNITS[mention.unit].size / UNITS[smallest.unit].size
        start = mention.end
    return Quantity(NumberRead(total, shown, Form.DECIMAL, True), smallest, compound=True)


def key_unit(key: AnswerKey) -> Unit | None:
    """Return the unit a key's answer is measured in; money is in taka unless it says paisa."""
    if key.unit is not None:
        return key.unit
    return {AnswerKind.MONEY: Unit.TAKA, AnswerKind.PERCENT: Unit.PERCENT}.get(key.kind)


# Signs written against the number; words keep a space: "৳180", "20%", "60°", "180 টাকা".
_SIGNS = frozenset({"৳", "%", "°"})
_EXPONENTS = str.maketrans({"2": "²", "3": "³"})


def _with_unit(shown: str, quantity: Quantity, unit_first: bool) -> str:
    unit = quantity.unit
    if unit is None or quantity.compound:
        return shown
    spelled = unit.spelled.replace("^", "")
    if spelled[-1] in "23":  # "m^2" and "m2" are shown as "m²"
        spelled = spelled[:-1] + spelled[-1].translate(_EXPONENTS)
    space = "" if spelled in _SIGNS else " "
    return f"{spelled}{space}{shown}" if unit_first else f"{shown}{space}{spelled}"


def quantity_verdict(
    quantity: Quantity, tokens: list[Token], key: AnswerKey, expected: Fraction
) -> Verdict:
    """Judge a number and its unit against an expected value in the key's unit."""
    reading = quantity.reading
    if reading is None:
        return UNREADABLE
    if isinstance(reading, Unclear):
        return verdict(Outcome.NEEDS_JUDGEMENT, reading.shown)
    if isinstance(reading, SeveralValues):
        return verdict(Outcome.NOT_ONE_ANSWER, reading.shown)
    written = quantity.unit
    shown = _with_unit(reading.shown, quantity, _unit_comes_first(tokens, written))
    if isinstance(reading, Impossible):
        return verdict(Outcome.INCORRECT, shown)
    wanted = key_unit(key)
    value = reading.value
    if written is not None and wanted is not None and written.unit is not wanted:
        converted = convert(value, written.unit, wanted)
        if converted is None:  # "48 m" for an area: no number makes it right
            return verdict(Outcome.INCORRECT, shown, wrong_unit_for=wanted)
        value = converted
    if not _value_matches(value, key, expected):
        # "12 m" for 12 cm: name the unit; "2 m 5 cm" was in the right units, just not right.
        other_unit = written is not None and written.unit is not wanted and not quantity.compound
        wrong_unit = wanted if other_unit else None
        return verdict(Outcome.INCORRECT, shown, wrong_unit_for=wrong_unit)
    if key.lowest_terms and not reading.reduced:
        return verdict(Outcome.NOT_LOWEST_TERMS, shown)
    return verdict(Outcome.CORRECT, shown)


def _unit_comes_first(tokens: list[Token], unit: UnitMention | None) -> bool:
    if unit is None:
        return False
    return not any(t.kind is TokenKind.NUMBER for t in tokens[: unit.start])


def _value_matches(value: Fraction, key: AnswerKey, expected: Fraction) -> bool:
    if key.tolerance is not None:
        return abs(value - expected) <= Fraction(str(key.tolerance))
    return value == expected


def _number_matches(number: NumberRead, key: AnswerKey, expected: Fraction) -> bool:
    return _value_matches(number.value, key, expected) and (number.reduced or not key.lowest_terms)


def judge_number(normalised: str, tokens: list[Token], key: AnswerKey) -> Verdict:
    """Judge an answer to an integer, decimal, fraction, percent or money key, with its unit."""
    # Students are asked for a percentage, so 0.125 is not accepted for 12.5%.
    return quantity_verdict(read_quantity(tokens), tokens, key, _numeric_key(key.answer))


def mentions_number(normalised: str, tokens: list[Token], key: AnswerKey) -> bool:
    """Return whether a hint writes a numeric key's value: as it is, or in an equal form.

    0.75, 3/4, 75/100 and 75% all give 0.75 away; "36 ÷ 4" in a hint for 9 still leaves a
    step to do, so a whole-number answer is given away only by a whole number or a decimal.
    """
    value = _numeric_key(key.answer)
    percent_key = key_unit(key) is Unit.PERCENT
    for number, end in numbers_ending(tokens):
        as_percent = end < len(tokens) and tokens[end].kind is TokenKind.PERCENT
        equal_form = number.form in (Form.WHOLE, Form.DECIMAL) or (
            number.form in (Form.FRACTION, Form.MIXED) and value.denominator != 1
        )
        if equal_form and _number_matches(number, key, value):
            return True
        if as_percent and not percent_key and number.value == value * 100:
            return True
        # 0.136 gives 13.6% away; a fraction (17/125) still has to be turned into a percentage.
        if percent_key and number.form is Form.DECIMAL and number.value * 100 == value:
            return True
    return False


def mentions_fraction(normalised: str, tokens: list[Token], key: AnswerKey) -> bool:
    """Return whether a hint writes a fraction key's value in any spelling, fractions included."""
    value = _numeric_key(key.answer)
    return any(_number_matches(number, key, value) for number in numbers_in(tokens))


NUMERIC_KINDS = frozenset(
    {AnswerKind.INTEGER, AnswerKind.DECIMAL, AnswerKind.FRACTION, AnswerKind.PERCENT,
     AnswerKind.MONEY}
)  # fmt: skip


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
