"""Write a family's numbers and templates in English and in textbook Bengali."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from bot.tutor.language import Language
from bot.tutor.numerals import to_bengali_digits


@dataclass(frozen=True, slots=True)
class Bi:
    """A text in both languages: a template, a name, a place, a unit word."""

    en: str
    bn: str

    def pick(self, language: Language) -> str:
        """The text in a language."""
        return language.pick(self.bn, self.en)


# What a template's placeholders may hold: numbers are written per language, Bi picks a language,
# and plain text (an expression such as "3x + 5") is kept, its digits Bengali in Bengali.
Value = int | Fraction | Decimal | str | Bi


def decimal(value: Fraction | int) -> Decimal:
    """Return value as an exact decimal for display (2.5 kg); raise ValueError if it never ends."""
    fraction = Fraction(value)
    rest = fraction.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest != 1:
        raise ValueError(f"{value} has no finite decimal form")
    places = 0
    while fraction.denominator != 1:
        fraction *= 10
        places += 1
    return Decimal(fraction.numerator).scaleb(-places)


def decimal_places(value: Fraction | int) -> int:
    """How many decimal places value needs (ValueError if it never ends)."""
    exponent = decimal(value).as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _group_en(digits: str) -> str:
    return f"{int(digits):,}" if len(digits) > 4 else digits


def _group_bn(digits: str) -> str:
    # Bangladeshi textbooks group by lakh and crore: ১২,৩৪,৫৬৭; four-digit numbers stay whole.
    if len(digits) <= 4:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail])


def number_text(value: int | Fraction | Decimal, language: Language) -> str:
    """Write a number as the student's textbook does: 12,345 or ১২,৩৪৫; 3/4; 2.5."""
    if isinstance(value, Fraction) and value.denominator == 1:
        value = value.numerator
    if isinstance(value, Fraction):
        return (
            number_text(value.numerator, language)
            + "/"
            + number_text(value.denominator, language).removeprefix("-")
        )
    sign = "-" if value < 0 else ""
    whole, _, places = (
        format(abs(value), "f") if isinstance(value, Decimal) else str(abs(value))
    ).partition(".")
    grouped = _group_bn(whole) if language is Language.BN else _group_en(whole)
    text = sign + grouped + (f".{places}" if places else "")
    return to_bengali_digits(text) if language is Language.BN else text


def value_text(value: Value, language: Language) -> str:
    """Write one placeholder's value in a language."""
    if isinstance(value, Bi):
        return value.pick(language)
    if isinstance(value, str):
        return to_bengali_digits(value) if language is Language.BN else value
    return number_text(value, language)


def written_values(values: Mapping[str, Value], language: Language) -> dict[str, str]:
    """Write every placeholder's value in a language, once for all of an instance's templates."""
    return {name: value_text(value, language) for name, value in values.items()}


def fill(template: Bi, written: Mapping[str, str], language: Language) -> str:
    """Fill a bilingual template's placeholders, already written in the language.

    The Bengali text is written wholly in Bengali digits, so a template may say `÷ 100` in
    either script.
    """
    text = template.pick(language).format_map(written)
    return to_bengali_digits(text) if language is Language.BN else text


def recorded(value: Value) -> int | str:
    """Return a placeholder's value as responses can record it (JSON): numbers exactly."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, Bi):
        return value.en
    return str(value)
