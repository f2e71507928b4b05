"""Units in an answer: how students write them, which dimension each measures, and conversion.

A unit the student wrote is checked against the key's unit: the same quantity in another unit of
the same dimension is right (120 mm for 12 cm), a unit of another dimension is wrong (48 m for an
area of 48 m²). "2 ঘণ্টা ৩০ মিনিট" is one quantity written in two units of one dimension.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache

from bot.tutor.answers.key import Unit
from bot.tutor.answers.tokens import Token, TokenKind, normalise, tokenise


class Dimension(StrEnum):
    """What a unit measures; units of one dimension convert into each other."""

    LENGTH = "length"
    AREA = "area"
    VOLUME = "volume"
    MASS = "mass"
    MONEY = "money"
    ANGLE = "angle"
    TIME = "time"
    CALENDAR = "calendar"  # months and years: a month is not a fixed number of days
    SPEED = "speed"
    PERCENT = "percent"


@dataclass(frozen=True, slots=True)
class UnitRules:
    """A unit's dimension, its size in the dimension's smallest unit, and its spellings."""

    dimension: Dimension
    size: Fraction
    # English and Bengali words, abbreviations and signs; a dot inside an abbreviation is optional.
    spellings: tuple[str, ...]


def _rules(dimension: Dimension, size: int | Fraction, *spellings: str) -> UnitRules:
    return UnitRules(dimension, Fraction(size), spellings)


_L, _A, _V, _W = Dimension.LENGTH, Dimension.AREA, Dimension.VOLUME, Dimension.MASS
_T = Dimension.TIME

UNITS: Mapping[Unit, UnitRules] = {
    Unit.MM: _rules(_L, 1, "mm", "millimetre", "millimetres", "millimeter", "millimeters",
                    "মিমি", "মি.মি.", "মিলিমিটার"),
    Unit.CM: _rules(_L, 10, "cm", "cms", "centimetre", "centimetres", "centimeter",
                    "centimeters", "সেমি", "সে.মি.", "সেন্টিমিটার"),
    Unit.M: _rules(_L, 1000, "m", "metre", "metres", "meter", "meters", "mtr", "মি", "মি.",
                   "মিটার"),
    Unit.KM: _rules(_L, 1_000_000, "km", "kilometre", "kilometres", "kilometer", "kilometers",
                    "কিমি", "কি.মি.", "কিলোমিটার"),
    Unit.MM2: _rules(_A, 1, "mm^2", "mm2", "sq mm", "square mm", "square millimetres",
                     "বর্গমিমি", "বর্গ মিমি", "বর্গমিলিমিটার", "বর্গ মিলিমিটার"),
    Unit.CM2: _rules(_A, 100, "cm^2", "cm2", "sq cm", "sqcm", "square cm", "square centimetre",
                     "square centimetres", "square centimeter", "square centimeters", "বর্গসেমি",
                     "বর্গ সেমি", "বর্গ সে.মি.", "বর্গসেন্টিমিটার", "বর্গ সেন্টিমিটার"),
    Unit.M2: _rules(_A, 1_000_000, "m^2", "m2", "sq m", "sqm", "square m", "square metre",
                    "square metres", "square meter", "square meters", "বর্গমিটার", "বর্গ মিটার",
                    "বর্গমি", "বর্গ মি."),
    Unit.KM2: _rules(_A, 10**12, "km^2", "km2", "sq km", "square km", "square kilometres",
                     "square kilometers", "বর্গকিমি", "বর্গ কিমি", "বর্গকিলোমিটার",
                     "বর্গ কিলোমিটার"),
    Unit.CM3: _rules(_V, 1, "cm^3", "cm3", "cc", "cubic cm", "cubic centimetres",
                     "cubic centimeters", "ঘনসেমি", "ঘন সেমি", "ঘন সে.মি.", "ঘনসেন্টিমিটার",
                     "ঘন সেন্টিমিটার"),
    Unit.M3: _rules(_V, 1_000_000, "m^3", "m3", "cubic m", "cubic metre", "cubic metres",
                    "cubic meter", "cubic meters", "ঘনমিটার", "ঘন মিটার"),
    Unit.ML: _rules(_V, 1, "ml", "millilitre", "millilitres", "milliliter", "milliliters",
                    "মিলি", "মিলিলিটার", "মি.লি."),
    Unit.LITRE: _rules(_V, 1000, "l", "litre", "litres", "liter", "liters", "ltr", "লিটার",
                       "লি."),
    Unit.G: _rules(_W, 1, "g", "gm", "gms", "gram", "grams", "gramme", "grammes", "গ্রাম",
                   "গ্রা."),
    Unit.KG: _rules(_W, 1000, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms",
                    "kilogramme", "কেজি", "কি.গ্রা.", "কিলোগ্রাম", "কিলো"),
    Unit.QUINTAL: _rules(_W, 100_000, "quintal", "quintals", "কুইন্টাল"),
    Unit.TAKA: _rules(Dimension.MONEY, 100, "taka", "tk", "tk.", "৳", "bdt", "টাকা"),
    Unit.PAISA: _rules(Dimension.MONEY, 1, "paisa", "poisa", "পয়সা"),
    Unit.DEGREE: _rules(Dimension.ANGLE, 1, "°", "degree", "degrees", "deg", "ডিগ্রি",
                        "ডিগ্রী"),
    Unit.SECOND: _rules(_T, 1, "s", "sec", "secs", "second", "seconds", "সেকেন্ড"),
    Unit.MINUTE: _rules(_T, 60, "min", "mins", "minute", "minutes", "মিনিট"),
    Unit.HOUR: _rules(_T, 3600, "h", "hr", "hrs", "hour", "hours", "ঘণ্টা", "ঘন্টা"),
    Unit.DAY: _rules(_T, 86400, "day", "days", "দিন"),
    Unit.MONTH: _rules(Dimension.CALENDAR, 1, "month", "months", "মাস"),
    Unit.YEAR: _rules(Dimension.CALENDAR, 12, "year", "years", "yr", "yrs", "বছর", "বৎসর"),
    Unit.KMPH: _rules(Dimension.SPEED, 1, "km/h", "km/hr", "kmph", "kph", "km per hour",
                      "kilometres per hour", "kilometers per hour", "কিমি/ঘণ্টা",
                      "কিমি/ঘন্টা", "কিলোমিটার/ঘণ্টা", "কিলোমিটার প্রতি ঘণ্টা",
                      "ঘণ্টায় কিমি", "ঘণ্টায় কিলোমিটার"),
    Unit.PERCENT: _rules(Dimension.PERCENT, 1, "%", "percent", "per cent", "শতাংশ",
                         "শতকরা"),
}  # fmt: skip


def _require_every_unit() -> None:
    missing = [unit.value for unit in Unit if unit not in UNITS]
    if missing:
        raise ImportError(f"units without rules in UNITS: {', '.join(missing)}")


# A unit without rules would only fail when a student first wrote it: fail at import.
_require_every_unit()


def convert(value: Fraction, written: Unit, wanted: Unit) -> Fraction | None:
    """Return value, measured in written, measured in wanted; None across dimensions."""
    have, want = UNITS[written], UNITS[wanted]
    if have.dimension is not want.dimension:
        return None
    return value * have.size / want.size


def _skippable(token: Token) -> bool:
    """A dot inside an abbreviation ("সে.মি.", "kg.") is not part of what a unit is."""
    return token.kind is TokenKind.OTHER and token.text == "."


@lru_cache(maxsize=1)
def _spelling_table() -> dict[tuple[str, ...], Unit]:
    table: dict[tuple[str, ...], Unit] = {}
    for unit, rules in UNITS.items():
        for spelling in rules.spellings:
            texts = tuple(t.text for t in tokenise(normalise(spelling)) if not _skippable(t))
            if texts in table and table[texts] is not unit:
                raise ImportError(f"unit spelling {spelling!r} names two units")
            table[texts] = unit
    return table


@lru_cache(maxsize=1)
def _longest_spelling() -> int:
    return max(len(texts) for texts in _spelling_table())


@dataclass(frozen=True, slots=True)
class UnitMention:
    """A unit written in an answer: which, where (token positions) and as the student spelled it."""

    unit: Unit
    start: int
    end: int  # one past the last token
    spelled: str


def find_units(tokens: Sequence[Token]) -> list[UnitMention]:
    """Return every unit written in tokens, longest spelling first, left to right."""
    table = _spelling_table()
    found: list[UnitMention] = []
    index = 0
    while index < len(tokens):
        mention = _unit_at(tokens, index, table)
        if mention is None:
            index += 1
            continue
        found.append(mention)
        index = mention.end
    return found


def _unit_at(
    tokens: Sequence[Token], start: int, table: dict[tuple[str, ...], Unit]
) -> UnitMention | None:
    if tokens[start].kind in (TokenKind.NUMBER, TokenKind.OPERATOR) or _skippable(tokens[start]):
        return None
    if start and tokens[start - 1].kind is TokenKind.LETTERS and not tokens[start].spaced:
        return None  # the middle of a word
    best: UnitMention | None = None
    texts: list[str] = []
    index = start
    while index < len(tokens) and len(texts) < _longest_spelling():
        token = tokens[index]
        index += 1
        if _skippable(token):
            continue
        # "m2" and "cm^2": an exponent is part of the unit only when written right against it.
        if texts and token.kind is TokenKind.NUMBER and token.spaced:
            break
        texts.append(token.text)
        unit = table.get(tuple(texts))
        if unit is not None and not _glued_to_word(tokens, index):
            end = index
            while end < len(tokens) and _skippable(tokens[end]) and _abbreviated(tokens, start):
                end += 1
            best = UnitMention(unit, start, end, _spelled(tokens[start:end]))
    return best


def _glued_to_word(tokens: Sequence[Token], end: int) -> bool:
    """Whether the letters go on past a unit's spelling: "min" in "mint", "m" in "mx"."""
    return (
        end < len(tokens)
        and tokens[end].kind in (TokenKind.LETTERS, TokenKind.BENGALI)
        and not tokens[end].spaced
        and tokens[end - 1].kind is tokens[end].kind
    )


def _abbreviated(tokens: Sequence[Token], start: int) -> bool:
    return tokens[start].kind is TokenKind.BENGALI or len(tokens[start].text) <= 3


def _spelled(tokens: Sequence[Token]) -> str:
    return "".join((" " if t.spaced and i else "") + t.text for i, t in enumerate(tokens))
