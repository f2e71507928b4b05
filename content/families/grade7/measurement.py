"""Class 7, measurement: metric units of length, mass, volume, area and money; areas of rectangles, squares and triangles (NCTB chapter 3)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import gcd

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=7, key="measurement", en="Measurement", bn="পরিমাপ")

Number = int | Fraction


_VOWEL_SIGNS = "ািীুূৃেৈোৌ"


def _of(name: Bi) -> Bi:
    """A name with the possessive ending: Rima's, রিমার; Rahim's, রহিমের."""
    ending = "র" if name.bn[-1] in _VOWEL_SIGNS else "ের"
    return Bi(f"{name.en}'s", name.bn + ending)


def _hide(draw: Draw, answer: Number, *shown: Number) -> None:
    """Reject a draw whose hints would show a number equal to the answer."""
    draw.require(all(Fraction(answer) != Fraction(s) for s in shown))


def _num(value: Number) -> int | Decimal:
    """A number as the templates write it: whole, or a finite decimal."""
    value = Fraction(value)
    return value.numerator if value.denominator == 1 else decimal(value)


def _tenths(draw: Draw, low: int, high: int) -> Fraction:
    """A length such as 12 or 12.5: a whole number or a half, between low and high."""
    return Fraction(draw.whole(2 * low, 2 * high), 2)


# ---------------------------------------------------------------- conversions


@dataclass(frozen=True, slots=True)
class _Conversion:
    source: Bi  # the unit converted from, as the question writes it
    target: Bi  # the unit asked for
    factor: Fraction  # target per source
    unit: Unit
    rule: Bi  # 1 km = 1000 m
    low: int  # range of the given value, in its smallest written step
    high: int
    places: int  # decimal places of the given value


_LENGTHS = (
    _Conversion(
        Bi("km", "কিলোমিটার"),
        Bi("metres", "মিটার"),
        Fraction(1000),
        Unit.M,
        Bi("1 km = 1000 m", "১ কিলোমিটার = ১০০০ মিটার"),
        101,
        2999,
        2,
    ),
    _Conversion(
        Bi("m", "মিটার"),
        Bi("centimetres", "সেন্টিমিটার"),
        Fraction(100),
        Unit.CM,
        Bi("1 m = 100 cm", "১ মিটার = ১০০ সেন্টিমিটার"),
        11,
        999,
        2,
    ),
    _Conversion(
        Bi("cm", "সেন্টিমিটার"),
        Bi("millimetres", "মিলিমিটার"),
        Fraction(10),
        Unit.MM,
        Bi("1 cm = 10 mm", "১ সেন্টিমিটার = ১০ মিলিমিটার"),
        11,
        999,
        1,
    ),
    _Conversion(
        Bi("m", "মিটার"),
        Bi("kilometres", "কিলোমিটার"),
        Fraction(1, 1000),
        Unit.KM,
        Bi("1000 m = 1 km", "১০০০ মিটার = ১ কিলোমিটার"),
        150,
        9999,
        0,
    ),
    _Conversion(
        Bi("cm", "সেন্টিমিটার"),
        Bi("metres", "মিটার"),
        Fraction(1, 100),
        Unit.M,
        Bi("100 cm = 1 m", "১০০ সেন্টিমিটার = ১ মিটার"),
        50,
        2500,
        0,
    ),
    _Conversion(
        Bi("mm", "মিলিমিটার"),
        Bi("centimetres", "সেন্টিমিটার"),
        Fraction(1, 10),
        Unit.CM,
        Bi("10 mm = 1 cm", "১০ মিলিমিটার = ১ সেন্টিমিটার"),
        15,
        999,
        0,
    ),
)

_MASSES = (
    _Conversion(
        Bi("kg", "কিলোগ্রাম"),
        Bi("grams", "গ্রাম"),
        Fraction(1000),
        Unit.G,
        Bi("1 kg = 1000 g", "১ কিলোগ্রাম = ১০০০ গ্রাম"),
        11,
        9999,
        2,
    ),
    _Conversion(
        Bi("g", "গ্রাম"),
        Bi("kilograms", "কিলোগ্রাম"),
        Fraction(1, 1000),
        Unit.KG,
        Bi("1000 g = 1 kg", "১০০০ গ্রাম = ১ কিলোগ্রাম"),
        120,
        9999,
        0,
    ),
    _Conversion(
        Bi("quintals", "কুইন্টাল"),
        Bi("kilograms", "কিলোগ্রাম"),
        Fraction(100),
        Unit.KG,
        Bi("1 quintal = 100 kg", "১ কুইন্টাল = ১০০ কিলোগ্রাম"),
        11,
        999,
        1,
    ),
    _Conversion(
        Bi("kg", "কিলোগ্রাম"),
        Bi("quintals", "কুইন্টাল"),
        Fraction(1, 100),
        Unit.QUINTAL,
        Bi("100 kg = 1 quintal", "১০০ কিলোগ্রাম = ১ কুইন্টাল"),
        120,
        9999,
        0,
    ),
    _Conversion(
        Bi("metric tons", "মেট্রিক টন"),
        Bi("kilograms", "কিলোগ্রাম"),
        Fraction(1000),
        Unit.KG,
        Bi("1 metric ton = 1000 kg", "১ মেট্রিক টন = ১০০০ কিলোগ্রাম"),
        11,
        999,
        1,
    ),
)

_VOLUMES = (
    _Conversion(
        Bi("litres", "লিটার"),
        Bi("millilitres", "মিলিলিটার"),
        Fraction(1000),
        Unit.ML,
        Bi("1 litre = 1000 millilitres", "১ লিটার = ১০০০ মিলিলিটার"),
        11,
        999,
        2,
    ),
    _Conversion(
        Bi("millilitres", "মিলিলিটার"),
        Bi("litres", "লিটার"),
        Fraction(1, 1000),
        Unit.LITRE,
        Bi("1000 millilitres = 1 litre", "১০০০ মিলিলিটার = ১ লিটার"),
        150,
        9999,
        0,
    ),
    _Conversion(
        Bi("cubic centimetres", "ঘন সেন্টিমিটার"),
        Bi("litres", "লিটার"),
        Fraction(1, 1000),
        Unit.LITRE,
        Bi("1000 cubic centimetres = 1 litre", "১০০০ ঘন সেন্টিমিটার = ১ লিটার"),
        150,
        9999,
        0,
    ),
    _Conversion(
        Bi("cubic metres", "ঘনমিটার"),
        Bi("litres", "লিটার"),
        Fraction(1000),
        Unit.LITRE,
        Bi("1 cubic metre = 1000 litres", "১ ঘনমিটার = ১০০০ লিটার"),
        11,
        999,
        2,
    ),
)


def _convert(draw: Draw, table: tuple[_Conversion, ...]) -> Made:
    conversion = draw.choice(table)
    steps = draw.whole(conversion.low, conversion.high)
    given = Fraction(steps, 10**conversion.places)
    draw.require(given.denominator != 1 or conversion.places == 0)
    answer = given * conversion.factor
    bigger = conversion.factor > 1
    scale = conversion.factor if bigger else 1 / conversion.factor
    _hide(draw, answer, given, scale, 1)
    question = draw.choice(
        (
            Bi("Express {v} {src} in {dst}.", "{v} {src}কে {dst}ে প্রকাশ করো।"),
            Bi("How many {dst} are there in {v} {src}?", "{v} {src}ে কত {dst}?"),
        )
    )
    return Made(
        values={
            "v": _num(given),
            "src": conversion.source,
            "dst": conversion.target,
            "rule": conversion.rule,
            "k": int(scale),
        },
        question=question,
        hints=(
            Bi(
                "Remember: {rule}.",
                "মনে রাখো: {rule}।",
            ),
            Bi(
                "You go to a smaller unit, so the number gets bigger: multiply {v} by {k}."
                if bigger
                else "You go to a bigger unit, so the number gets smaller: divide {v} by {k}.",
                "ছোট এককে গেলে সংখ্যা বড় হয়: {v} কে {k} দিয়ে গুণ করো।"
                if bigger
                else "বড় এককে গেলে সংখ্যা ছোট হয়: {v} কে {k} দিয়ে ভাগ করো।",
            ),
            Bi(
                "Multiplying by {k} moves the decimal point to the right, one place for each zero."
                if bigger
                else "Dividing by {k} moves the decimal point to the left, one place for each zero.",
                "{k} দিয়ে গুণ করলে প্রতিটি শূন্যের জন্য দশমিক বিন্দু এক ঘর ডানে সরে।"
                if bigger
                else "{k} দিয়ে ভাগ করলে প্রতিটি শূন্যের জন্য দশমিক বিন্দু এক ঘর বামে সরে।",
            ),
        ),
        answer=answer,
        derived=Fraction(steps * conversion.factor.numerator)
        / (10**conversion.places * conversion.factor.denominator),
        unit=conversion.unit,
    )


def _length_conversion(draw: Draw) -> Made:
    return _convert(draw, _LENGTHS)


def _mass_conversion(draw: Draw) -> Made:
    return _convert(draw, _MASSES)


def _volume_conversion(draw: Draw) -> Made:
    return _convert(draw, _VOLUMES)


# ---------------------------------------------------------------- difficulty 1


def _taka_to_paisa(draw: Draw) -> Made:
    taka, paisa = draw.whole(2, 500), draw.whole(1, 19) * 5
    person = draw.person()
    answer = taka * 100 + paisa
    _hide(draw, answer, taka, paisa, 100, taka * 100)
    return Made(
        values={
            "t": taka,
            "p": paisa,
            "name": person.name,
            "name_of": _of(person.name),
            "tp": taka * 100,
        },
        question=draw.choice(
            (
                Bi(
                    "How many paisa are there in {t} taka {p} paisa?",
                    "{t} টাকা {p} পয়সায় কত পয়সা?",
                ),
                Bi(
                    "{name} has {t} taka {p} paisa in a piggy bank. How many paisa is this in all?",
                    "{name_of} মাটির ব্যাংকে {t} টাকা {p} পয়সা আছে। এটি মোট কত পয়সা?",
                ),
            )
        ),
        hints=(
            Bi("1 taka = 100 paisa.", "১ টাকা = ১০০ পয়সা।"),
            Bi("{t} taka = {t} × 100 = {tp} paisa.", "{t} টাকা = {t} × ১০০ = {tp} পয়সা।"),
            Bi("Add the {p} paisa to {tp} paisa.", "{tp} পয়সার সাথে {p} পয়সা যোগ করো।"),
        ),
        answer=answer,
        derived=int(f"{taka}{paisa:02d}"),
        unit=Unit.PAISA,
    )


_RECTANGLES = (
    (
        Bi(
            "The floor of a rectangular classroom is {l} m long and {b} m wide. What is the area of the floor in square metres?",
            "একটি আয়তাকার শ্রেণিকক্ষের মেঝের দৈর্ঘ্য {l} মিটার ও প্রস্থ {b} মিটার। মেঝের ক্ষেত্রফল কত বর্গমিটার?",
        ),
        Unit.M2,
        (4, 20),
    ),
    (
        Bi(
            "A rectangular pond is {l} m long and {b} m wide. What is the area of the pond in square metres?",
            "একটি আয়তাকার পুকুরের দৈর্ঘ্য {l} মিটার ও প্রস্থ {b} মিটার। পুকুরটির ক্ষেত্রফল কত বর্গমিটার?",
        ),
        Unit.M2,
        (10, 60),
    ),
    (
        Bi(
            "The cover of a book is a rectangle {l} cm long and {b} cm wide. What is its area in square centimetres?",
            "একটি বইয়ের মলাট আয়তাকার, এর দৈর্ঘ্য {l} সেমি ও প্রস্থ {b} সেমি। মলাটটির ক্ষেত্রফল কত বর্গসেন্টিমিটার?",
        ),
        Unit.CM2,
        (12, 30),
    ),
)


def _rectangle_area(draw: Draw) -> Made:
    template, unit, (low, high) = draw.choice(_RECTANGLES)
    length, width = _tenths(draw, low, high), _tenths(draw, low, high)
    draw.require(length > width and width >= 2)
    answer = length * width
    _hide(draw, answer, length, width)
    return Made(
        values={"l": _num(length), "b": _num(width)},
        question=template,
        hints=(
            Bi("Area of a rectangle = length × width.", "আয়তক্ষেত্রের ক্ষেত্রফল = দৈর্ঘ্য × প্রস্থ।"),
            Bi(
                "Here the length is {l} and the width is {b}.",
                "এখানে দৈর্ঘ্য {l} এবং প্রস্থ {b}।",
            ),
            Bi("Multiply {l} by {b}.", "{l} কে {b} দিয়ে গুণ করো।"),
        ),
        answer=answer,
        derived=Fraction(int(2 * length) * int(2 * width), 4),
        unit=unit,
    )


def _triangle_area(draw: Draw) -> Made:
    base, height = draw.whole(3, 60), draw.whole(3, 60)
    draw.require(base != height)
    in_cm = draw.coin()
    answer = Fraction(base * height, 2)
    _hide(draw, answer, base, height, base * height, 2)
    question = (
        Bi(
            "A triangular flag has a base of {b} cm and a height of {h} cm. What is the area of the flag in square centimetres?",
            "একটি ত্রিভুজাকার পতাকার ভূমি {b} সেমি এবং উচ্চতা {h} সেমি। পতাকাটির ক্ষেত্রফল কত বর্গসেন্টিমিটার?",
        )
        if in_cm
        else Bi(
            "A triangular piece of land has a base of {b} m and a height of {h} m. What is its area in square metres?",
            "একটি ত্রিভুজাকার জমির ভূমি {b} মিটার এবং উচ্চতা {h} মিটার। জমিটির ক্ষেত্রফল কত বর্গমিটার?",
        )
    )
    return Made(
        values={"b": base, "h": height, "bh": base * height},
        question=question,
        hints=(
            Bi(
                "Area of a triangle = 1/2 × base × height.",
                "ত্রিভুজের ক্ষেত্রফল = ১/২ × ভূমি × উচ্চতা।",
            ),
            Bi("Base × height = {b} × {h} = {bh}.", "ভূমি × উচ্চতা = {b} × {h} = {bh}।"),
            Bi("Now take half of {bh}.", "এখন {bh} এর অর্ধেক নাও।"),
        ),
        answer=answer,
        derived=Fraction(base, 2) * height,
        unit=Unit.CM2 if in_cm else Unit.M2,
    )


def _square_from_perimeter(draw: Draw) -> Made:
    side = draw.whole(3, 80)
    perimeter = 4 * side
    in_cm = draw.coin()
    answer = side * side
    _hide(draw, answer, perimeter, 4, side)
    return Made(
        values={"p": perimeter, "u": Bi("cm", "সেমি") if in_cm else Bi("m", "মিটার")},
        question=Bi(
            "The perimeter of a square is {p} {u}. What is its area in square "
            + ("centimetres?" if in_cm else "metres?"),
            "একটি বর্গক্ষেত্রের পরিসীমা {p} {u}। এর ক্ষেত্রফল কত "
            + ("বর্গসেন্টিমিটার?" if in_cm else "বর্গমিটার?"),
        ),
        hints=(
            Bi(
                "A square has four equal sides, so its perimeter = 4 × side.",
                "বর্গক্ষেত্রের চারটি বাহু সমান, তাই পরিসীমা = ৪ × বাহু।",
            ),
            Bi("Side = {p} ÷ 4.", "বাহু = {p} ÷ ৪।"),
            Bi("Area of a square = side × side.", "বর্গক্ষেত্রের ক্ষেত্রফল = বাহু × বাহু।"),
        ),
        answer=answer,
        derived=Fraction(perimeter * perimeter, 16),
        unit=Unit.CM2 if in_cm else Unit.M2,
    )


# ---------------------------------------------------------------- difficulty 2


def _carpet_cost(draw: Draw) -> Made:
    length, width = _tenths(draw, 3, 12), _tenths(draw, 2, 10)
    rate = draw.whole(10, 120) * 10
    draw.require(length > width)
    area = length * width
    cost = area * rate
    draw.require(cost.denominator == 1)
    _hide(draw, cost, length, width, area, rate)
    what = draw.choice(
        (
            (Bi("carpet", "কার্পেট"), Bi("to carpet", "কার্পেট দিয়ে ঢাকতে")),
            (Bi("tiles", "টাইলস"), Bi("to tile", "টাইলস বসাতে")),
            (Bi("mosaic", "মোজাইক"), Bi("to lay mosaic on", "মোজাইক করতে")),
        )
    )
    return Made(
        values={
            "l": _num(length),
            "b": _num(width),
            "r": rate,
            "a": _num(area),
            "w": what[0],
            "do": what[1],
        },
        question=Bi(
            "The floor of a room is {l} m long and {b} m wide. The cost of {w} is {r} taka per square metre. How many taka will it cost {do} the whole floor?",
            "একটি ঘরের মেঝের দৈর্ঘ্য {l} মিটার ও প্রস্থ {b} মিটার। প্রতি বর্গমিটারে {w} বাবদ খরচ {r} টাকা। পুরো মেঝে {do} কত টাকা খরচ হবে?",
        ),
        hints=(
            Bi("First find the area of the floor.", "প্রথমে মেঝের ক্ষেত্রফল বের করো।"),
            Bi(
                "Area = {l} × {b} = {a} square metres.",
                "ক্ষেত্রফল = {l} × {b} = {a} বর্গমিটার।",
            ),
            Bi(
                "Each square metre costs {r} taka, so multiply {a} by {r}.",
                "প্রতি বর্গমিটারে {r} টাকা, তাই {a} কে {r} দিয়ে গুণ করো।",
            ),
        ),
        answer=cost,
        derived=Fraction(int(2 * length) * int(2 * width) * rate, 4),
    )


def _box_litres(draw: Draw) -> Made:
    length, width, height = (draw.whole(2, 20) * 5 for _ in range(3))
    volume = length * width * height
    answer = Fraction(volume, 1000)
    _hide(draw, answer, length, width, height, volume, 1000, 1)
    thing = draw.choice(
        (
            Bi("A box", "একটি বাক্সের"),
            Bi("A fish tank", "একটি মাছের অ্যাকুয়ারিয়ামের"),
            Bi("A water container", "একটি পানির পাত্রের"),
        )
    )
    return Made(
        values={"l": length, "b": width, "h": height, "v": volume, "thing": thing},
        question=Bi(
            "{thing} is {l} cm long, {b} cm wide and {h} cm high. How many litres of water can it hold? (1 litre = 1000 cubic cm)",
            "{thing} দৈর্ঘ্য {l} সেমি, প্রস্থ {b} সেমি এবং উচ্চতা {h} সেমি। এতে কত লিটার পানি ধরবে? (১ লিটার = ১০০০ ঘন সেমি)",
        ),
        hints=(
            Bi(
                "Volume of a box = length × width × height.",
                "আয়তাকার ঘনবস্তুর আয়তন = দৈর্ঘ্য × প্রস্থ × উচ্চতা।",
            ),
            Bi(
                "The volume is {l} × {b} × {h} = {v} cubic cm.",
                "আয়তন = {l} × {b} × {h} = {v} ঘন সেমি।",
            ),
            Bi(
                "Every 1000 cubic cm make one litre, so divide {v} by 1000.",
                "প্রতি ১০০০ ঘন সেমিতে এক লিটার, তাই {v} কে ১০০০ দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(length, 10) * Fraction(width, 10) * Fraction(height, 10),
        unit=Unit.LITRE,
    )


def _area_from_perimeter(draw: Draw) -> Made:
    length, width = draw.whole(5, 80), draw.whole(3, 60)
    draw.require(length > width)
    perimeter = 2 * (length + width)
    half = length + width
    answer = length * width
    _hide(draw, answer, perimeter, length, half, 2, width)
    return Made(
        values={"p": perimeter, "l": length, "s": half},
        question=draw.choice(
            (
                Bi(
                    "The perimeter of a rectangular garden is {p} m and its length is {l} m. What is its area in square metres?",
                    "একটি আয়তাকার বাগানের পরিসীমা {p} মিটার এবং দৈর্ঘ্য {l} মিটার। বাগানটির ক্ষেত্রফল কত বর্গমিটার?",
                ),
                Bi(
                    "A farmer put a fence {p} m long all around a rectangular field. The field is {l} m long. What is the area of the field in square metres?",
                    "একজন কৃষক একটি আয়তাকার জমির চারদিকে {p} মিটার লম্বা বেড়া দিলেন। জমিটির দৈর্ঘ্য {l} মিটার। জমিটির ক্ষেত্রফল কত বর্গমিটার?",
                ),
            )
        ),
        hints=(
            Bi(
                "Perimeter = 2 × (length + width); use it to find the width.",
                "পরিসীমা = ২ × (দৈর্ঘ্য + প্রস্থ); এটি ব্যবহার করে প্রস্থ বের করো।",
            ),
            Bi(
                "Length + width = {p} ÷ 2 = {s} m, so width = {s} - {l}.",
                "দৈর্ঘ্য + প্রস্থ = {p} ÷ ২ = {s} মিটার, তাই প্রস্থ = {s} - {l}।",
            ),
            Bi("Area = length × width.", "ক্ষেত্রফল = দৈর্ঘ্য × প্রস্থ।"),
        ),
        answer=answer,
        derived=length * (Fraction(perimeter, 2) - length),
        unit=Unit.M2,
    )


def _rounds_in_km(draw: Draw) -> Made:
    length, width = draw.whole(4, 30) * 5, draw.whole(4, 20) * 5
    draw.require(length > width)
    rounds = draw.whole(2, 8)
    perimeter = 2 * (length + width)
    metres = rounds * perimeter
    answer = Fraction(metres, 1000)
    _hide(draw, answer, length, width, perimeter, rounds, metres, 2, 1000, 1)
    person = draw.person()
    return Made(
        values={
            "l": length,
            "b": width,
            "n": rounds,
            "p": perimeter,
            "m": metres,
            "name": person.name,
        },
        question=Bi(
            "A school field is a rectangle {l} m long and {b} m wide. {name} runs around the field {n} times. How many kilometres does {name} run?",
            "একটি স্কুলের মাঠ আয়তাকার, এর দৈর্ঘ্য {l} মিটার ও প্রস্থ {b} মিটার। {name} মাঠটির চারদিকে {n} বার দৌড়াল। সে কত কিলোমিটার দৌড়াল?",
        ),
        hints=(
            Bi(
                "One round of the field is its perimeter: 2 × ({l} + {b}) = {p} m.",
                "মাঠের চারদিকে একবার ঘুরলে পরিসীমার সমান দূরত্ব হয়: ২ × ({l} + {b}) = {p} মিটার।",
            ),
            Bi(
                "In {n} rounds the distance is {n} × {p} = {m} m.",
                "{n} বারে দূরত্ব {n} × {p} = {m} মিটার।",
            ),
            Bi(
                "Change metres into kilometres: 1 km = 1000 m.",
                "মিটারকে কিলোমিটারে রূপান্তর করো: ১ কিলোমিটার = ১০০০ মিটার।",
            ),
        ),
        answer=answer,
        derived=Fraction(rounds * 2 * length + rounds * 2 * width, 1000),
        unit=Unit.KM,
    )


def _triangle_height(draw: Draw) -> Made:
    base, height = draw.whole(4, 50), draw.whole(3, 50)
    area = Fraction(base * height, 2)
    in_cm = draw.coin()
    _hide(draw, height, area, base, 2 * area, 2)
    return Made(
        values={
            "a": _num(area),
            "b": base,
            "a2": 2 * area,
            "u": Bi("cm", "সেমি") if in_cm else Bi("m", "মিটার"),
        },
        question=Bi(
            "The area of a triangle is {a} square "
            + ("centimetres" if in_cm else "metres")
            + " and its base is {b} {u}. What is its height in "
            + ("centimetres?" if in_cm else "metres?"),
            "একটি ত্রিভুজের ক্ষেত্রফল {a} "
            + ("বর্গসেন্টিমিটার" if in_cm else "বর্গমিটার")
            + " এবং ভূমি {b} {u}। ত্রিভুজটির উচ্চতা কত "
            + ("সেন্টিমিটার?" if in_cm else "মিটার?"),
        ),
        hints=(
            Bi(
                "Area = 1/2 × base × height, so base × height = 2 × area.",
                "ক্ষেত্রফল = ১/২ × ভূমি × উচ্চতা, তাই ভূমি × উচ্চতা = ২ × ক্ষেত্রফল।",
            ),
            Bi("2 × {a} = {a2}.", "২ × {a} = {a2}।"),
            Bi("Height = {a2} ÷ {b}.", "উচ্চতা = {a2} ÷ {b}।"),
        ),
        answer=2 * area / base,
        derived=height,
        unit=Unit.CM if in_cm else Unit.M,
    )


def _glasses(draw: Draw) -> Made:
    glass = draw.choice((100, 125, 150, 200, 250, 300, 500))
    count = draw.whole(4, 40)
    ml = glass * count
    draw.require(ml % 10 == 0)
    litres = Fraction(ml, 1000)
    _hide(draw, count, litres, glass, ml, 1000, 1)
    person = draw.person()
    drink = draw.choice(
        (
            (Bi("milk", "দুধ"), Bi("glasses", "গ্লাস")),
            (Bi("juice", "শরবত"), Bi("glasses", "গ্লাস")),
            (Bi("water", "পানি"), Bi("bottles", "বোতল")),
        )
    )
    return Made(
        values={
            "name": person.name,
            "name_of": _of(person.name),
            "v": _num(litres),
            "g": glass,
            "ml": ml,
            "drink": drink[0],
            "cup": drink[1],
        },
        question=Bi(
            "{name} has {v} litres of {drink}. {name} pours it into {cup} that hold {g} millilitres each. How many {cup} can be filled?",
            "{name_of} কাছে {v} লিটার {drink} আছে। সে এটি এমন {cup}ে ঢালবে যার প্রতিটিতে {g} মিলিলিটার ধরে। কয়টি {cup} পূর্ণ করা যাবে?",
        ),
        hints=(
            Bi("First change litres into millilitres.", "প্রথমে লিটারকে মিলিলিটারে রূপান্তর করো।"),
            Bi(
                "1 litre = 1000 millilitres, so {v} litres = {ml} millilitres.",
                "১ লিটার = ১০০০ মিলিলিটার, তাই {v} লিটার = {ml} মিলিলিটার।",
            ),
            Bi("Divide {ml} by {g}.", "{ml} কে {g} দিয়ে ভাগ করো।"),
        ),
        answer=Fraction(litres * 1000, glass),
        derived=count,
    )


def _compound_units(draw: Draw) -> Made:
    mass = draw.coin()
    big, small = (
        (Bi("kg", "কেজি"), Bi("g", "গ্রাম")) if mass else (Bi("km", "কিমি"), Bi("m", "মিটার"))
    )
    a1, a2 = draw.whole(1, 20), draw.whole(1, 20)
    b1, b2 = draw.whole(5, 995, step=5), draw.whole(5, 995, step=5)
    add = draw.coin()
    first, second = a1 * 1000 + b1, a2 * 1000 + b2
    draw.require(add or first > second)
    answer = first + second if add else first - second
    _hide(draw, answer, a1, a2, b1, b2, first, second, 1000, 1)
    if mass:
        question = (
            Bi(
                "A shopkeeper weighs out {a1} kg {b1} g of rice and {a2} kg {b2} g of lentils. What is the total weight in grams?",
                "একজন দোকানদার {a1} কেজি {b1} গ্রাম চাল এবং {a2} কেজি {b2} গ্রাম ডাল মেপে দিলেন। মোট ওজন কত গ্রাম?",
            )
            if add
            else Bi(
                "A sack holds {a1} kg {b1} g of rice. {a2} kg {b2} g of it is sold. How many grams of rice are left?",
                "একটি বস্তায় {a1} কেজি {b1} গ্রাম চাল আছে। এর থেকে {a2} কেজি {b2} গ্রাম বিক্রি হলো। আর কত গ্রাম চাল রইল?",
            )
        )
    else:
        question = (
            Bi(
                "A bus travels {a1} km {b1} m before lunch and {a2} km {b2} m after lunch. How many metres does it travel in all?",
                "একটি বাস দুপুরের খাবারের আগে {a1} কিমি {b1} মিটার এবং পরে {a2} কিমি {b2} মিটার চলল। বাসটি মোট কত মিটার চলল?",
            )
            if add
            else Bi(
                "A road is {a1} km {b1} m long. {a2} km {b2} m of it has been paved. How many metres are still left to pave?",
                "একটি রাস্তার দৈর্ঘ্য {a1} কিমি {b1} মিটার। এর {a2} কিমি {b2} মিটার পাকা করা হয়েছে। আর কত মিটার পাকা করা বাকি?",
            )
        )
    return Made(
        values={
            "a1": a1,
            "a2": a2,
            "b1": b1,
            "b2": b2,
            "big": big,
            "small": small,
            "f": first,
            "s": second,
        },
        question=question,
        hints=(
            Bi(
                "Write both amounts in the smaller unit: 1 {big} = 1000 {small}.",
                "দুটি পরিমাণকেই ছোট এককে লেখো: ১ {big} = ১০০০ {small}।",
            ),
            Bi(
                "{a1} {big} {b1} {small} = {f} {small} and {a2} {big} {b2} {small} = {s} {small}.",
                "{a1} {big} {b1} {small} = {f} {small} এবং {a2} {big} {b2} {small} = {s} {small}।",
            ),
            Bi(
                "Now add {f} and {s}." if add else "Now subtract {s} from {f}.",
                "এখন {f} ও {s} যোগ করো।" if add else "এখন {f} থেকে {s} বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=(a1 + a2) * 1000 + b1 + b2 if add else (a1 - a2) * 1000 + b1 - b2,
        unit=Unit.G if mass else Unit.M,
    )


def _hectares(draw: Draw) -> Made:
    hectare = draw.coin()
    given = Fraction(draw.whole(11, 999), 100)
    draw.require(given.denominator != 1)
    factor = 10000 if hectare else 100
    answer = given * factor
    _hide(draw, answer, given, factor, 1)
    person = draw.person()
    word = Bi("hectares", "হেক্টর") if hectare else Bi("ares", "এয়র")
    one = Bi("hectare", "হেক্টর") if hectare else Bi("are", "এয়র")
    return Made(
        values={
            "v": decimal(given),
            "w": word,
            "one": one,
            "k": factor,
            "name": person.name,
            "name_of": _of(person.name),
        },
        question=Bi(
            "{name}'s family owns a piece of land of {v} {w}. What is the area of the land in square metres?",
            "{name_of} পরিবারের {v} {w} জমি আছে। জমিটির ক্ষেত্রফল কত বর্গমিটার?",
        ),
        hints=(
            Bi("1 {one} = {k} square metres.", "১ {one} = {k} বর্গমিটার।"),
            Bi("Multiply {v} by {k}.", "{v} কে {k} দিয়ে গুণ করো।"),
            Bi(
                "Multiplying by {k} moves the decimal point to the right, one place for each zero.",
                "{k} দিয়ে গুণ করলে প্রতিটি শূন্যের জন্য দশমিক বিন্দু এক ঘর ডানে সরে।",
            ),
        ),
        answer=answer,
        derived=Fraction(int(given * 100) * factor, 100),
        unit=Unit.M2,
    )


def _ratio_of_lengths(draw: Draw) -> Made:
    mass = draw.coin()
    if mass:
        small, big, factor = Bi("g", "গ্রাম"), Bi("kg", "কেজি"), 1000
    else:
        small, big, factor = Bi("cm", "সেমি"), Bi("m", "মিটার"), 100
    p, q = draw.whole(1, 12), draw.whole(1, 12)
    draw.require(p != q and gcd(p, q) == 1)
    g = draw.whole(2, 60) * 5
    first, second_small = g * p, g * q
    second = Fraction(second_small, factor)
    draw.require(second.denominator != 1)
    return Made(
        values={
            "a": first,
            "b": decimal(second),
            "small": small,
            "big": big,
            "k": factor,
            "bs": second_small,
        },
        question=Bi(
            "Express the ratio {a} {small} : {b} {big} in its simplest form.",
            "{a} {small} : {b} {big} অনুপাতটিকে সরলতম আকারে প্রকাশ করো।",
        ),
        hints=(
            Bi(
                "Both quantities must be in the same unit before you compare them.",
                "তুলনা করার আগে দুটি রাশিকে একই এককে আনতে হবে।",
            ),
            Bi(
                "1 {big} = {k} {small}, so {b} {big} = {bs} {small}.",
                "১ {big} = {k} {small}, তাই {b} {big} = {bs} {small}।",
            ),
            Bi(
                "Write {a} : {bs} and divide both terms by their HCF.",
                "{a} : {bs} লিখে উভয় রাশিকে তাদের গসাগু দিয়ে ভাগ করো।",
            ),
        ),
        answer=(first // gcd(first, second_small), second_small // gcd(first, second_small)),
        derived=(p, q),
    )


# ---------------------------------------------------------------- difficulty 3


def _path_area(draw: Draw) -> Made:
    length, width = draw.whole(10, 80), draw.whole(8, 60)
    path = Fraction(draw.choice((2, 3, 4, 5, 6, 8)), 2)
    draw.require(length > width and width > 4 * path)
    outside = draw.coin()
    if outside:
        big_l, big_w = length + 2 * path, width + 2 * path
        answer = big_l * big_w - length * width
        derived = 2 * path * (length + width) + 4 * path * path
    else:
        big_l, big_w = length - 2 * path, width - 2 * path
        answer = length * width - big_l * big_w
        derived = 2 * path * (length + width) - 4 * path * path
    _hide(draw, answer, length, width, path, big_l, big_w, 2, length * width)
    where = Bi("outside", "বাইরে") if outside else Bi("inside", "ভেতরে")
    return Made(
        values={
            "l": length,
            "b": width,
            "w": _num(path),
            "L": _num(big_l),
            "B": _num(big_w),
            "where": where,
            "pm": Bi("+", "+") if outside else Bi("-", "-"),
        },
        question=Bi(
            "A rectangular field is {l} m long and {b} m wide. A path {w} m wide runs all around the field on the {where}. What is the area of the path in square metres?",
            "একটি আয়তাকার মাঠের দৈর্ঘ্য {l} মিটার ও প্রস্থ {b} মিটার। মাঠের {where} চারদিকে {w} মিটার চওড়া একটি রাস্তা আছে। রাস্তাটির ক্ষেত্রফল কত বর্গমিটার?",
        ),
        hints=(
            Bi(
                "Area of the path = area of the bigger rectangle - area of the smaller rectangle.",
                "রাস্তার ক্ষেত্রফল = বড় আয়তক্ষেত্রের ক্ষেত্রফল - ছোট আয়তক্ষেত্রের ক্ষেত্রফল।",
            ),
            Bi(
                "The path adds or removes {w} m on each side: the other rectangle is {l} {pm} 2 × {w} = {L} m by {b} {pm} 2 × {w} = {B} m.",
                "রাস্তার জন্য প্রতি পাশে {w} মিটার যোগ বা বাদ হয়: অন্য আয়তক্ষেত্রটি {l} {pm} ২ × {w} = {L} মিটার এবং {b} {pm} ২ × {w} = {B} মিটার।",
            ),
            Bi(
                "Work out both areas and subtract the smaller from the bigger.",
                "দুটি ক্ষেত্রফল বের করে বড়টি থেকে ছোটটি বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=derived,
        unit=Unit.M2,
    )


def _cross_paths(draw: Draw) -> Made:
    length, width = draw.whole(20, 120), draw.whole(15, 90)
    path = draw.whole(1, 5)
    draw.require(length > width)
    answer = path * length + path * width - path * path
    _hide(draw, answer, length, width, path, path * length, path * width, path * path)
    return Made(
        values={
            "l": length,
            "b": width,
            "w": path,
            "pl": path * length,
            "pb": path * width,
            "ww": path * path,
        },
        question=Bi(
            "A rectangular park is {l} m long and {b} m wide. Two paths, each {w} m wide, cross through the middle of the park, one parallel to the length and the other parallel to the width. What is the total area of the paths in square metres?",
            "একটি আয়তাকার পার্কের দৈর্ঘ্য {l} মিটার ও প্রস্থ {b} মিটার। পার্কের মাঝ দিয়ে {w} মিটার চওড়া দুটি রাস্তা আছে, একটি দৈর্ঘ্যের সমান্তরাল এবং অপরটি প্রস্থের সমান্তরাল। রাস্তা দুটির মোট ক্ষেত্রফল কত বর্গমিটার?",
        ),
        hints=(
            Bi(
                "The path along the length has area {l} × {w} = {pl} square metres.",
                "দৈর্ঘ্য বরাবর রাস্তার ক্ষেত্রফল {l} × {w} = {pl} বর্গমিটার।",
            ),
            Bi(
                "The path along the width has area {b} × {w} = {pb} square metres.",
                "প্রস্থ বরাবর রাস্তার ক্ষেত্রফল {b} × {w} = {pb} বর্গমিটার।",
            ),
            Bi(
                "The square where they cross ({w} × {w} = {ww} square metres) is counted twice; subtract it once.",
                "যেখানে রাস্তা দুটি মিলেছে সেই বর্গক্ষেত্রটি ({w} × {w} = {ww} বর্গমিটার) দুবার গোনা হয়েছে; একবার বাদ দাও।",
            ),
        ),
        answer=answer,
        derived=length * width - (length - path) * (width - path),
        unit=Unit.M2,
    )


def _tank_to_fill(draw: Draw) -> Made:
    length, width, height = (Fraction(draw.whole(5, 30), 10) for _ in range(3))
    full = draw.choice((Fraction(1, 2), Fraction(1, 4), Fraction(3, 4), Fraction(1, 5)))
    volume = length * width * height
    litres = volume * 1000
    answer = litres * (1 - full)
    draw.require(litres.denominator == 1 and answer.denominator == 1)
    _hide(draw, answer, length, width, height, volume, litres, full, 1000, 1)
    return Made(
        values={
            "l": _num(length),
            "b": _num(width),
            "h": _num(height),
            "f": full,
            "v": _num(volume),
            "lt": litres,
        },
        question=Bi(
            "A water tank on a roof is {l} m long, {b} m wide and {h} m high. {f} of the tank is full of water. How many more litres of water are needed to fill it? (1 cubic metre = 1000 litres)",
            "ছাদের উপর রাখা একটি পানির ট্যাংকের দৈর্ঘ্য {l} মিটার, প্রস্থ {b} মিটার এবং উচ্চতা {h} মিটার। ট্যাংকটির {f} অংশ পানিতে ভরা আছে। এটি পুরো ভরতে আর কত লিটার পানি লাগবে? (১ ঘনমিটার = ১০০০ লিটার)",
        ),
        hints=(
            Bi(
                "Volume of the tank = length × width × height = {v} cubic metres.",
                "ট্যাংকের আয়তন = দৈর্ঘ্য × প্রস্থ × উচ্চতা = {v} ঘনমিটার।",
            ),
            Bi("That is {lt} litres when full.", "অর্থাৎ পূর্ণ ট্যাংকে {lt} লিটার পানি ধরে।"),
            Bi(
                "{f} is already full, so the empty part is (1 - {f}) of {lt} litres.",
                "{f} অংশ আগেই ভরা, তাই খালি অংশ হলো {lt} লিটারের (১ - {f}) অংশ।",
            ),
        ),
        answer=answer,
        derived=litres - litres * full,
        unit=Unit.LITRE,
    )


def _square_fencing(draw: Draw) -> Made:
    side = draw.whole(12, 99)
    area = side * side
    rate = draw.whole(5, 60)
    answer = 4 * side * rate
    _hide(draw, answer, area, rate, 4)
    return Made(
        values={"a": area, "r": rate},
        question=Bi(
            "A square field has an area of {a} square metres. Fencing costs {r} taka per metre. How many taka will it cost to fence the field all around?",
            "একটি বর্গাকার মাঠের ক্ষেত্রফল {a} বর্গমিটার। প্রতি মিটার বেড়া দিতে {r} টাকা খরচ হয়। মাঠটির চারদিকে বেড়া দিতে কত টাকা খরচ হবে?",
        ),
        hints=(
            Bi(
                "The side of a square is the square root of its area.",
                "বর্গক্ষেত্রের বাহুর দৈর্ঘ্য = ক্ষেত্রফলের বর্গমূল।",
            ),
            Bi(
                "Find the square root of {a} by prime factorisation; the perimeter is 4 × side.",
                "মৌলিক উৎপাদকে বিশ্লেষণ করে {a} এর বর্গমূল বের করো; পরিসীমা = ৪ × বাহু।",
            ),
            Bi("Multiply the perimeter by {r}.", "পরিসীমাকে {r} দিয়ে গুণ করো।"),
        ),
        answer=answer,
        derived=4 * next(s for s in range(1, area + 1) if s * s == area) * rate,
        unit=Unit.TAKA,
    )


_BRICKS: tuple[tuple[int, Fraction, int], ...] = (
    (25, Fraction(25, 2), 10),
    (20, Fraction(10), 5),
    (24, Fraction(12), 8),
    (25, Fraction(10), 8),
    (20, Fraction(10), 10),
)


def _bricks(draw: Draw) -> Made:
    bl, bw, bh = draw.choice(_BRICKS)
    brick = bl * bw * bh
    length, height = draw.whole(3, 20), draw.whole(1, 4)
    thick = draw.choice((10, 15, 20, 25, 30, 40))
    wall = length * 100 * height * 100 * thick
    count = Fraction(wall) / brick
    draw.require(count.denominator == 1)
    answer = int(count)
    _hide(
        draw,
        answer,
        length,
        height,
        thick,
        bl,
        bw,
        bh,
        wall,
        brick,
        100,
        length * 100,
        height * 100,
    )
    return Made(
        values={
            "l": length,
            "h": height,
            "t": thick,
            "bl": bl,
            "bw": _num(bw),
            "bh": bh,
            "L": length * 100,
            "H": height * 100,
            "bv": _num(brick),
            "wv": wall,
        },
        question=Bi(
            "A wall is {l} m long, {h} m high and {t} cm thick. Each brick is {bl} cm long, {bw} cm wide and {bh} cm high. How many bricks are needed to build the wall? (Ignore the mortar.)",
            "একটি দেয়ালের দৈর্ঘ্য {l} মিটার, উচ্চতা {h} মিটার এবং পুরুত্ব {t} সেমি। প্রতিটি ইটের দৈর্ঘ্য {bl} সেমি, প্রস্থ {bw} সেমি এবং উচ্চতা {bh} সেমি। দেয়ালটি গাঁথতে কতটি ইট লাগবে? (গাঁথুনির মসলার জায়গা বাদ দাও।)",
        ),
        hints=(
            Bi(
                "Write all lengths in centimetres, then compare the volume of the wall with the volume of one brick.",
                "সব দৈর্ঘ্য সেন্টিমিটারে প্রকাশ করো, তারপর দেয়ালের আয়তনকে একটি ইটের আয়তনের সাথে তুলনা করো।",
            ),
            Bi(
                "The wall is {L} cm × {H} cm × {t} cm = {wv} cubic cm.",
                "দেয়ালের আয়তন = {L} সেমি × {H} সেমি × {t} সেমি = {wv} ঘন সেমি।",
            ),
            Bi(
                "One brick is {bl} × {bw} × {bh} = {bv} cubic cm; divide the volume of the wall by it.",
                "একটি ইটের আয়তন = {bl} × {bw} × {bh} = {bv} ঘন সেমি; দেয়ালের আয়তনকে এটি দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(length * 100, bl) * Fraction(height * 100, bh) * Fraction(thick, 1) / bw,
    )


def _tiles(draw: Draw) -> Made:
    tile = draw.choice((20, 25, 30, 40, 50, 60))
    length, width = _tenths(draw, 3, 12), _tenths(draw, 2, 10)
    draw.require(length > width)
    along, across = length * 100 / tile, width * 100 / tile
    draw.require(along.denominator == 1 and across.denominator == 1)
    answer = int(along * across)
    area_cm = length * 100 * width * 100
    _hide(
        draw,
        answer,
        length,
        width,
        tile,
        along,
        across,
        100,
        tile * tile,
        area_cm,
        length * 100,
        width * 100,
    )
    return Made(
        values={
            "l": _num(length),
            "b": _num(width),
            "s": tile,
            "L": _num(length * 100),
            "B": _num(width * 100),
        },
        question=Bi(
            "The floor of a room is {l} m long and {b} m wide. How many square tiles of side {s} cm are needed to cover the floor?",
            "একটি ঘরের মেঝের দৈর্ঘ্য {l} মিটার ও প্রস্থ {b} মিটার। মেঝেটি ঢাকতে {s} সেমি বাহুবিশিষ্ট কতটি বর্গাকার টাইলস লাগবে?",
        ),
        hints=(
            Bi(
                "Change the floor's length and width into centimetres: {L} cm and {B} cm.",
                "মেঝের দৈর্ঘ্য ও প্রস্থকে সেন্টিমিটারে নাও: {L} সেমি ও {B} সেমি।",
            ),
            Bi(
                "Find how many tiles fit along the length ({L} ÷ {s}) and along the width ({B} ÷ {s}).",
                "দৈর্ঘ্য বরাবর কয়টি ({L} ÷ {s}) এবং প্রস্থ বরাবর কয়টি ({B} ÷ {s}) টাইলস বসে বের করো।",
            ),
            Bi(
                "Multiply those two numbers (or divide the floor's area by one tile's area).",
                "সংখ্যা দুটি গুণ করো (অথবা মেঝের ক্ষেত্রফলকে একটি টাইলসের ক্ষেত্রফল দিয়ে ভাগ করো)।",
            ),
        ),
        answer=answer,
        derived=area_cm / (tile * tile),
    )


def _paint_walls(draw: Draw) -> Made:
    length, width = draw.whole(3, 10), draw.whole(3, 8)
    height = _tenths(draw, 3, 5)
    rate = draw.whole(3, 25) * 5
    draw.require(length >= width)
    perimeter = 2 * (length + width)
    walls = perimeter * height
    cost = walls * rate
    draw.require(cost.denominator == 1)
    _hide(draw, cost, length, width, height, perimeter, walls, rate, 2)
    return Made(
        values={
            "l": length,
            "b": width,
            "h": _num(height),
            "r": rate,
            "p": perimeter,
            "a": _num(walls),
        },
        question=Bi(
            "A room is {l} m long, {b} m wide and {h} m high. How many taka will it cost to paint its four walls at {r} taka per square metre? (Do not subtract anything for doors and windows.)",
            "একটি ঘরের দৈর্ঘ্য {l} মিটার, প্রস্থ {b} মিটার এবং উচ্চতা {h} মিটার। প্রতি বর্গমিটার {r} টাকা হিসেবে ঘরটির চার দেয়াল রং করতে কত টাকা খরচ হবে? (দরজা-জানালার জন্য কিছু বাদ দিতে হবে না।)",
        ),
        hints=(
            Bi(
                "The four walls together are like one long rectangle: its length is the perimeter of the floor and its width is the height of the room.",
                "চার দেয়াল মিলে যেন একটি লম্বা আয়তক্ষেত্র: এর দৈর্ঘ্য মেঝের পরিসীমা এবং প্রস্থ ঘরের উচ্চতা।",
            ),
            Bi(
                "Perimeter of the floor = 2 × ({l} + {b}) = {p} m, so the walls' area is {p} × {h} = {a} square metres.",
                "মেঝের পরিসীমা = ২ × ({l} + {b}) = {p} মিটার, তাই দেয়ালগুলোর ক্ষেত্রফল = {p} × {h} = {a} বর্গমিটার।",
            ),
            Bi("Multiply {a} by {r}.", "{a} কে {r} দিয়ে গুণ করো।"),
        ),
        answer=cost,
        derived=2 * length * height * rate + 2 * width * height * rate,
    )


def _width_from_cost(draw: Draw) -> Made:
    length = draw.whole(6, 40)
    width = _tenths(draw, 3, 30)
    rate = draw.whole(2, 40) * 5
    draw.require(length > width)
    area = length * width
    cost = area * rate
    draw.require(cost.denominator == 1)
    _hide(draw, width, length, rate, cost, area)
    return Made(
        values={"l": length, "r": rate, "c": cost, "a": _num(area)},
        question=Bi(
            "It cost {c} taka to put grass on a rectangular lawn at {r} taka per square metre. The lawn is {l} m long. What is its width in metres?",
            "প্রতি বর্গমিটার {r} টাকা হিসেবে একটি আয়তাকার মাঠে ঘাস লাগাতে {c} টাকা খরচ হলো। মাঠটির দৈর্ঘ্য {l} মিটার। এর প্রস্থ কত মিটার?",
        ),
        hints=(
            Bi(
                "The cost divided by the rate gives the area: {c} ÷ {r}.",
                "মোট খরচকে হার দিয়ে ভাগ করলে ক্ষেত্রফল পাওয়া যায়: {c} ÷ {r}।",
            ),
            Bi("So the area is {a} square metres.", "তাহলে ক্ষেত্রফল {a} বর্গমিটার।"),
            Bi("Width = area ÷ length = {a} ÷ {l}.", "প্রস্থ = ক্ষেত্রফল ÷ দৈর্ঘ্য = {a} ÷ {l}।"),
        ),
        answer=Fraction(cost, rate) / length,
        derived=width,
        unit=Unit.M,
    )


FAMILIES = (
    Family(
        "g7-length-unit-conversion",
        "units of length",
        1,
        AnswerKind.DECIMAL,
        _length_conversion,
        unit=Unit.M,
        minutes=1,
    ),
    Family(
        "g7-mass-unit-conversion",
        "units of mass",
        1,
        AnswerKind.DECIMAL,
        _mass_conversion,
        unit=Unit.KG,
        minutes=1,
    ),
    Family(
        "g7-volume-unit-conversion",
        "units of volume",
        1,
        AnswerKind.DECIMAL,
        _volume_conversion,
        unit=Unit.LITRE,
        minutes=1,
    ),
    Family(
        "g7-taka-to-paisa",
        "money units",
        1,
        AnswerKind.INTEGER,
        _taka_to_paisa,
        unit=Unit.PAISA,
        minutes=1,
    ),
    Family(
        "g7-rectangle-area",
        "area of a rectangle",
        1,
        AnswerKind.DECIMAL,
        _rectangle_area,
        unit=Unit.M2,
        minutes=2,
    ),
    Family(
        "g7-triangle-area",
        "area of a triangle",
        1,
        AnswerKind.DECIMAL,
        _triangle_area,
        unit=Unit.M2,
        minutes=2,
    ),
    Family(
        "g7-square-area-from-perimeter",
        "area of a square",
        1,
        AnswerKind.INTEGER,
        _square_from_perimeter,
        unit=Unit.M2,
        minutes=2,
    ),
    Family(
        "g7-floor-covering-cost",
        "area and cost",
        2,
        AnswerKind.MONEY,
        _carpet_cost,
        unit=Unit.TAKA,
        minutes=3,
    ),
    Family(
        "g7-box-capacity-litres",
        "volume in litres",
        2,
        AnswerKind.DECIMAL,
        _box_litres,
        unit=Unit.LITRE,
        minutes=3,
    ),
    Family(
        "g7-rectangle-area-from-perimeter",
        "perimeter and area",
        2,
        AnswerKind.INTEGER,
        _area_from_perimeter,
        unit=Unit.M2,
        minutes=3,
    ),
    Family(
        "g7-field-rounds-km",
        "perimeter and units",
        2,
        AnswerKind.DECIMAL,
        _rounds_in_km,
        unit=Unit.KM,
        minutes=3,
    ),
    Family(
        "g7-triangle-height-from-area",
        "height of a triangle from its area",
        2,
        AnswerKind.INTEGER,
        _triangle_height,
        unit=Unit.M,
        minutes=3,
    ),
    Family(
        "g7-glasses-from-litres",
        "litres and millilitres",
        2,
        AnswerKind.INTEGER,
        _glasses,
        minutes=2,
    ),
    Family(
        "g7-compound-units-sum",
        "adding and subtracting measures",
        2,
        AnswerKind.INTEGER,
        _compound_units,
        unit=Unit.M,
        minutes=3,
    ),
    Family(
        "g7-land-area-hectares",
        "hectares and ares",
        2,
        AnswerKind.INTEGER,
        _hectares,
        unit=Unit.M2,
        minutes=2,
    ),
    Family(
        "g7-ratio-of-measures",
        "ratio of measures in different units",
        2,
        AnswerKind.RATIO,
        _ratio_of_lengths,
        lowest_terms=True,
        minutes=3,
    ),
    Family(
        "g7-path-around-field",
        "area of a path",
        3,
        AnswerKind.DECIMAL,
        _path_area,
        unit=Unit.M2,
        minutes=5,
    ),
    Family(
        "g7-crossing-paths-area",
        "area of crossing paths",
        3,
        AnswerKind.INTEGER,
        _cross_paths,
        unit=Unit.M2,
        minutes=5,
    ),
    Family(
        "g7-tank-litres-to-fill",
        "volume of a tank",
        3,
        AnswerKind.INTEGER,
        _tank_to_fill,
        unit=Unit.LITRE,
        minutes=5,
    ),
    Family(
        "g7-square-field-fencing",
        "square root and perimeter",
        3,
        AnswerKind.MONEY,
        _square_fencing,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g7-bricks-for-wall",
        "volume and bricks",
        3,
        AnswerKind.INTEGER,
        _bricks,
        minutes=6,
    ),
    Family(
        "g7-tiles-for-floor",
        "area and tiles",
        3,
        AnswerKind.INTEGER,
        _tiles,
        minutes=5,
    ),
    Family(
        "g7-painting-four-walls",
        "area of four walls",
        3,
        AnswerKind.MONEY,
        _paint_walls,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g7-width-from-cost",
        "width from the cost of an area",
        3,
        AnswerKind.DECIMAL,
        _width_from_cost,
        unit=Unit.M,
        minutes=5,
    ),
)
