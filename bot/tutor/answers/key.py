"""What a problem's right answer is, in the form the answer checker compares against."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

# Option letters as problems and answers use them; Bengali labels live with the choice reader.
CHOICE_LETTERS = "ABCDEF"


class AnswerKind(StrEnum):
    """How an answer is written and compared."""

    INTEGER = "integer"  # "-12"; also "x = -12" for an equation's solution
    DECIMAL = "decimal"  # "2.5", compared within `tolerance`
    FRACTION = "fraction"  # "3/4" in lowest terms; "-7/2"; whole numbers as "5"
    PERCENT = "percent"  # "12.5%"
    MONEY = "money"  # "1380" taka; "12.50" with paisa
    RATIO = "ratio"  # "2:3"
    EXPRESSION = "expression"  # "3x + 6", "x^2 - 9", in one or more letter variables
    CHOICE = "choice"  # "B": the letter of the right option in `choices`


class Unit(StrEnum):
    """The unit an answer is measured in; the checker converts within a dimension."""

    MM = "mm"
    CM = "cm"
    M = "m"
    KM = "km"
    MM2 = "mm2"
    CM2 = "cm2"
    M2 = "m2"
    KM2 = "km2"
    CM3 = "cm3"
    M3 = "m3"
    G = "g"
    KG = "kg"
    QUINTAL = "quintal"
    ML = "ml"
    LITRE = "l"
    TAKA = "taka"
    PAISA = "paisa"
    DEGREE = "degree"
    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    KMPH = "km/h"
    PERCENT = "percent"


class Direction(StrEnum):
    """Which way a question's answer points, where its wording implies one."""

    PROFIT = "profit"
    LOSS = "loss"
    INCREASE = "increase"
    DECREASE = "decrease"


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a multiple-choice problem, in both languages."""

    text_en: str
    text_bn: str


@dataclass(frozen=True, slots=True)
class AnswerKey:
    """A problem's canonical answer and how to judge an attempt against it."""

    kind: AnswerKind
    answer: str
    tolerance: float | None = None
    lowest_terms: bool = False  # fractions and ratios must be fully reduced to count
    factored: bool = False  # an expression must be written as a product ("factorise ...")
    choices: tuple[Choice, ...] = ()
    unit: Unit | None = None  # what the answer is measured in, where it is a measure
    direction: Direction | None = None  # profit or loss, increase or decrease, where asked


# Content's exact arithmetic, which reads a problem's `check` derivation; answers only receives it.
Arithmetic = Callable[[str], Fraction]
