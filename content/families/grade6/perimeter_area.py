"""Class 6, perimeter and area: rectangles, squares and triangles, paths, tiles and the cost of
fencing or covering (NCTB mensuration chapter)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=6, key="perimeter_area", en="Perimeter and area", bn="পরিসীমা ও ক্ষেত্রফল")

# ---------------------------------------------------------------------------------------------
# Private helpers

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")


def _hint_numbers(hints: tuple[Bi, Bi, Bi], values: Mapping[str, Any]) -> set[Fraction]:
    plain = {
        key: value.en if isinstance(value, Bi) else str(value) for key, value in values.items()
    }
    found: set[Fraction] = set()
    for hint in hints:
        text = hint.en.format(**plain)
        found.update(Fraction(n) for n in _NUMBER.findall(text))
        found.update(Fraction(int(a), int(b)) for a, b in _FRACTION.findall(text) if int(b))
    return found


def _made(
    draw: Draw,
    values: Mapping[str, Any],
    question: Bi,
    hints: tuple[Bi, Bi, Bi],
    answer: int | Fraction,
    derived: int | Fraction | str,
    unit: Unit | None,
) -> Made:
    """Made, after rejecting a draw whose hints would show the answer."""
    draw.require(abs(Fraction(answer)) not in _hint_numbers(hints, values))
    return Made(values, question, hints, answer, derived, unit=unit)


@dataclass(frozen=True, slots=True)
class _Scale:
    """A length unit with its area unit, in both languages, and the checker's units."""

    length: Bi
    words: Bi
    area: Bi
    unit: Unit
    area_unit: Unit


_METRE = _Scale(
    Bi("m", "মিটার"), Bi("metres", "মিটার"), Bi("square metres", "বর্গমিটার"), Unit.M, Unit.M2
)
_CENTIMETRE = _Scale(
    Bi("cm", "সেন্টিমিটার"),
    Bi("centimetres", "সেন্টিমিটার"),
    Bi("square centimetres", "বর্গসেন্টিমিটার"),
    Unit.CM,
    Unit.CM2,
)

# Rectangles and squares: (the thing, in Bengali already possessive; its scale; its size range)
_RECTANGLES = (
    (Bi("A rectangular classroom", "একটি আয়তাকার শ্রেণিকক্ষের"), _METRE, 5, 15),
    (Bi("A rectangular rice field", "একটি আয়তাকার ধানখেতের"), _METRE, 20, 90),
    (Bi("A rectangular pond", "একটি আয়তাকার পুকুরের"), _METRE, 10, 60),
    (Bi("A rectangular playground", "একটি আয়তাকার খেলার মাঠের"), _METRE, 30, 120),
    (Bi("A rectangular garden", "একটি আয়তাকার বাগানের"), _METRE, 8, 40),
    (Bi("A rectangular book cover", "একটি আয়তাকার বইয়ের মলাটের"), _CENTIMETRE, 12, 30),
    (Bi("A rectangular photo frame", "একটি আয়তাকার ছবির ফ্রেমের"), _CENTIMETRE, 10, 40),
    (Bi("A rectangular table top", "একটি আয়তাকার টেবিলের উপরিতলের"), _CENTIMETRE, 50, 150),
    (Bi("A rectangular sheet of paper", "একটি আয়তাকার কাগজের"), _CENTIMETRE, 15, 40),
)
_SQUARES = (
    (Bi("A square pond", "একটি বর্গাকার পুকুরের"), _METRE, 8, 60),
    (Bi("A square garden", "একটি বর্গাকার বাগানের"), _METRE, 6, 40),
    (Bi("A square field", "একটি বর্গাকার মাঠের"), _METRE, 20, 90),
    (Bi("A square room", "একটি বর্গাকার ঘরের"), _METRE, 3, 12),
    (Bi("A square handkerchief", "একটি বর্গাকার রুমালের"), _CENTIMETRE, 20, 45),
    (Bi("A square tile", "একটি বর্গাকার টাইলসের"), _CENTIMETRE, 15, 60),
    (Bi("A square chessboard", "একটি বর্গাকার দাবা বোর্ডের"), _CENTIMETRE, 25, 50),
)
_FIELDS = (
    Bi("A rectangular field", "একটি আয়তাকার মাঠের"),
    Bi("A rectangular garden", "একটি আয়তাকার বাগানের"),
    Bi("A rectangular pond", "একটি আয়তাকার পুকুরের"),
    Bi("A rectangular playground", "একটি আয়তাকার খেলার মাঠের"),
)


def _lower(text: Bi) -> Bi:
    return Bi(text.en[0].lower() + text.en[1:], text.bn)


# ---------------------------------------------------------------------------------------------
# Difficulty 1


def _rectangle_perimeter(draw: Draw) -> Made:
    place, scale, low, high = draw.choice(_RECTANGLES)
    width = draw.whole(low, high)
    length = draw.whole(width + 1, high + low)
    values = {
        "place": place,
        "l": length,
        "w": width,
        "u": scale.length,
        "uw": scale.words,
        "s": length + width,
    }
    return _made(
        draw,
        values,
        Bi(
            "{place} is {l} {u} long and {w} {u} wide. What is its perimeter in {uw}?",
            "{place} দৈর্ঘ্য {l} {u} এবং প্রস্থ {w} {u}। এর পরিসীমা কত {u}?",
        ),
        (
            Bi(
                "The perimeter is the total length all the way round.", "চারপাশের মোট দৈর্ঘ্যই পরিসীমা।"
            ),
            Bi(
                "Perimeter of a rectangle = 2 × (length + width).",
                "আয়তক্ষেত্রের পরিসীমা = ২ × (দৈর্ঘ্য + প্রস্থ)।",
            ),
            Bi(
                "Length + width = {l} + {w} = {s}. Now double it.",
                "দৈর্ঘ্য + প্রস্থ = {l} + {w} = {s}। এখন একে দ্বিগুণ করো।",
            ),
        ),
        2 * (length + width),
        length + width + length + width,
        scale.unit,
    )


def _square_area(draw: Draw) -> Made:
    place, scale, low, high = draw.choice(_SQUARES)
    side = draw.whole(low, high)
    tens, units = side // 10 * 10, side % 10
    draw.require(tens > 0 and units > 0)
    values = {
        "place": place,
        "a": side,
        "u": scale.length,
        "uw": scale.words,
        "au": scale.area,
        "t": tens,
        "o": units,
    }
    return _made(
        draw,
        values,
        Bi(
            "{place} has sides of {a} {u}. What is its area in {au}?",
            "{place} প্রতিটি বাহুর দৈর্ঘ্য {a} {u}। এর ক্ষেত্রফল কত {au}?",
        ),
        (
            Bi("Area of a square = side × side.", "বর্গক্ষেত্রের ক্ষেত্রফল = বাহু × বাহু।"),
            Bi("Multiply {a} by {a}.", "{a} কে {a} দিয়ে গুণ করো।"),
            Bi(
                "Break it up: {a} × {a} = {a} × {t} + {a} × {o}.",
                "ভেঙে গুণ করো: {a} × {a} = {a} × {t} + {a} × {o}।",
            ),
        ),
        side * side,
        side * tens + side * units,
        scale.area_unit,
    )


def _rectangle_area(draw: Draw) -> Made:
    place, scale, low, high = draw.choice(_RECTANGLES)
    width = draw.whole(low, high)
    length = draw.whole(width + 1, high + low)
    lt, lo = length // 10 * 10, length % 10
    values = {
        "place": place,
        "l": length,
        "w": width,
        "u": scale.length,
        "au": scale.area,
        "lt": lt,
        "lo": lo,
        "tens": length // 10,
    }
    return _made(
        draw,
        values,
        Bi(
            "{place} is {l} {u} long and {w} {u} wide. What is its area in {au}?",
            "{place} দৈর্ঘ্য {l} {u} এবং প্রস্থ {w} {u}। এর ক্ষেত্রফল কত {au}?",
        ),
        (
            Bi("Area of a rectangle = length × width.", "আয়তক্ষেত্রের ক্ষেত্রফল = দৈর্ঘ্য × প্রস্থ।"),
            Bi("Multiply {l} by {w}.", "{l} কে {w} দিয়ে গুণ করো।"),
            Bi(
                "Break it up: {l} × {w} = {lt} × {w} + {lo} × {w}.",
                "ভেঙে গুণ করো: {l} × {w} = {lt} × {w} + {lo} × {w}।",
            )
            if lo
            else Bi(
                "Multiply {tens} by {w}, then multiply the result by 10.",
                "{tens} কে {w} দিয়ে গুণ করো, তারপর গুণফলকে ১০ দিয়ে গুণ করো।",
            ),
        ),
        length * width,
        sum(length for _ in range(width)),
        scale.area_unit,
    )


def _triangle_area(draw: Draw) -> Made:
    scale = draw.choice((_METRE, _CENTIMETRE))
    base, height = draw.whole(4, 40), draw.whole(3, 30)
    values = {
        "b": base,
        "h": height,
        "u": scale.length,
        "uw": scale.words,
        "au": scale.area,
        "p": base * height,
    }
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi(
                    "A triangle has a base of {b} {u} and a height of {h} {u}. What is its area in {au}?",
                    "একটি ত্রিভুজের ভূমি {b} {u} এবং উচ্চতা {h} {u}। ত্রিভুজটির ক্ষেত্রফল কত {au}?",
                ),
                Bi(
                    "A triangular piece of land has a base of {b} {u}, and its height on that base is {h} {u}. Find its area in {au}.",
                    "একটি ত্রিভুজাকার জমির ভূমি {b} {u} এবং ভূমির উপর উচ্চতা {h} {u}। জমিটির ক্ষেত্রফল কত {au} নির্ণয় করো।",
                ),
            )
        ),
        (
            Bi(
                "Area of a triangle = half of (base × height).",
                "ত্রিভুজের ক্ষেত্রফল = (ভূমি × উচ্চতা) এর অর্ধেক।",
            ),
            Bi("Base × height = {b} × {h}.", "ভূমি × উচ্চতা = {b} × {h}।"),
            Bi("{b} × {h} = {p}. Now take half of it.", "{b} × {h} = {p}। এখন এর অর্ধেক নাও।"),
        ),
        Fraction(base * height, 2),
        f"{base} / 2 * {height}",
        scale.area_unit,
    )


def _square_perimeter(draw: Draw) -> Made:
    place, scale, low, high = draw.choice(_SQUARES)
    side = draw.whole(low, high)
    ask_side = draw.coin()
    values = {"place": place, "a": side, "u": scale.length, "uw": scale.words, "p": 4 * side}
    if ask_side:
        question = Bi(
            "The perimeter of {lplace} is {p} {u}. What is the length of one side in {uw}?",
            "{place} পরিসীমা {p} {u}। এর একটি বাহুর দৈর্ঘ্য কত {u}?",
        )
        hints = (
            Bi("A square has 4 equal sides.", "বর্গক্ষেত্রের ৪টি বাহুই সমান।"),
            Bi("Perimeter = 4 × side.", "পরিসীমা = ৪ × বাহু।"),
            Bi("So side = {p} ÷ 4.", "তাই বাহু = {p} ÷ ৪।"),
        )
        answer, derived = (4 * side) // 4, side
    else:
        question = Bi(
            "{place} has sides of {a} {u}. What is its perimeter in {uw}?",
            "{place} প্রতিটি বাহুর দৈর্ঘ্য {a} {u}। এর পরিসীমা কত {u}?",
        )
        hints = (
            Bi(
                "The perimeter is the total length of all the sides.",
                "সবগুলো বাহুর মোট দৈর্ঘ্যই পরিসীমা।",
            ),
            Bi("A square has 4 equal sides.", "বর্গক্ষেত্রের ৪টি বাহুই সমান।"),
            Bi("Perimeter = 4 × {a}.", "পরিসীমা = ৪ × {a}।"),
        )
        answer, derived = 4 * side, side + side + side + side
    values["lplace"] = _lower(place)
    return _made(draw, values, question, hints, answer, derived, scale.unit)


def _triangle_perimeter(draw: Draw) -> Made:
    scale = draw.choice((_METRE, _CENTIMETRE))
    sides = sorted(draw.sample(range(4, 60), 3))
    draw.require(sides[2] < sides[0] + sides[1])
    a, b, c = draw.shuffle(sides)
    values = {"a": a, "b": b, "c": c, "u": scale.length, "uw": scale.words, "ab": a + b}
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi(
                    "The sides of a triangle are {a} {u}, {b} {u} and {c} {u}. What is its perimeter in {uw}?",
                    "একটি ত্রিভুজের তিনটি বাহু {a} {u}, {b} {u} ও {c} {u}। ত্রিভুজটির পরিসীমা কত {u}?",
                ),
                Bi(
                    "A triangular plot of land has sides {a} {u}, {b} {u} and {c} {u}. How many {uw} of fence go once around it?",
                    "একটি ত্রিভুজাকার জমির বাহু তিনটি {a} {u}, {b} {u} ও {c} {u}। জমিটির চারদিকে একবার বেড়া দিতে কত {u} বেড়া লাগবে?",
                ),
            )
        ),
        (
            Bi("The perimeter is the sum of all the sides.", "সবগুলো বাহুর সমষ্টিই পরিসীমা।"),
            Bi("Add the three sides: {a} + {b} + {c}.", "তিনটি বাহু যোগ করো: {a} + {b} + {c}।"),
            Bi("{a} + {b} = {ab}. Now add {c}.", "{a} + {b} = {ab}। এখন {c} যোগ করো।"),
        ),
        a + b + c,
        sum(sides),
        scale.unit,
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 2


def _tiling_cost(draw: Draw) -> Made:
    length = Fraction(draw.whole(8, 24), 2)
    width = Fraction(draw.whole(6, 16), 2)
    draw.require(width < length and (length * width).denominator <= 4)
    rate = draw.whole(150, 900, step=50)
    area = length * width
    draw.require((area * rate).denominator == 1)
    job = draw.choice(
        (
            (Bi("Tiling the floor", "মেঝেতে টাইলস বসাতে"), Bi("tile", "টাইলস বসাতে")),
            (
                Bi("Laying a carpet on the floor", "মেঝেতে কার্পেট বিছাতে"),
                Bi("carpet", "কার্পেট বিছাতে"),
            ),
            (Bi("Painting the floor", "মেঝে রং করতে"), Bi("paint", "রং করতে")),
        )
    )
    values = {
        "l": decimal(length),
        "w": decimal(width),
        "r": rate,
        "job": job[0],
        "area": decimal(area),
    }
    return _made(
        draw,
        values,
        Bi(
            "The floor of a room is {l} m long and {w} m wide. {job} costs {r} taka per square metre. What is the total cost in taka?",
            "একটি ঘরের মেঝের দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। প্রতি বর্গমিটার {job} {r} টাকা খরচ হয়। মোট খরচ কত টাকা?",
        ),
        (
            Bi("First find the area of the floor.", "প্রথমে মেঝের ক্ষেত্রফল বের করো।"),
            Bi("Area = {l} × {w} square metres.", "ক্ষেত্রফল = {l} × {w} বর্গমিটার।"),
            Bi(
                "The area is {area} square metres. Multiply it by {r}.",
                "ক্ষেত্রফল {area} বর্গমিটার। একে {r} দিয়ে গুণ করো।",
            ),
        ),
        area * rate,
        f"{decimal(length)} * {decimal(width)} * {rate}",
        Unit.TAKA,
    )


def _square_area_from_perimeter(draw: Draw) -> Made:
    place, scale, low, high = draw.choice(_SQUARES)
    side = draw.whole(low, high)
    values = {
        "place": place,
        "lplace": _lower(place),
        "p": 4 * side,
        "u": scale.length,
        "uw": scale.words,
        "au": scale.area,
        "a": side,
    }
    return _made(
        draw,
        values,
        Bi(
            "The perimeter of {lplace} is {p} {u}. What is its area in {au}?",
            "{place} পরিসীমা {p} {u}। এর ক্ষেত্রফল কত {au}?",
        ),
        (
            Bi("A square has 4 equal sides.", "বর্গক্ষেত্রের ৪টি বাহুই সমান।"),
            Bi("Side = perimeter ÷ 4 = {p} ÷ 4.", "বাহু = পরিসীমা ÷ ৪ = {p} ÷ ৪।"),
            Bi(
                "The side is {a} {u}. Area = side × side.", "বাহুর দৈর্ঘ্য {a} {u}। ক্ষেত্রফল = বাহু × বাহু।"
            ),
        ),
        Fraction(4 * side, 4) ** 2,
        side * side,
        scale.area_unit,
    )


def _perimeter_from_area(draw: Draw) -> Made:
    place, scale, low, high = draw.choice(_RECTANGLES)
    width = draw.whole(max(3, low // 2), high)
    length = draw.whole(width + 1, high + low)
    area = length * width
    values = {
        "place": place,
        "lplace": _lower(place),
        "area": area,
        "l": length,
        "w": width,
        "u": scale.length,
        "uw": scale.words,
        "au": scale.area,
    }
    return _made(
        draw,
        values,
        Bi(
            "The area of {lplace} is {area} {au} and its length is {l} {u}. What is its perimeter in {uw}?",
            "{place} ক্ষেত্রফল {area} {au} এবং দৈর্ঘ্য {l} {u}। এর পরিসীমা কত {u}?",
        ),
        (
            Bi("Width = area ÷ length.", "প্রস্থ = ক্ষেত্রফল ÷ দৈর্ঘ্য।"),
            Bi("Work out {area} ÷ {l} to get the width.", "প্রস্থ পেতে {area} ÷ {l} বের করো।"),
            Bi(
                "The width is {w} {u}. Perimeter = 2 × ({l} + {w}).",
                "প্রস্থ {w} {u}। পরিসীমা = ২ × ({l} + {w})।",
            ),
        ),
        2 * (length + Fraction(area, length)),
        2 * length + 2 * width,
        scale.unit,
    )


def _fence_rounds(draw: Draw) -> Made:
    person = draw.person()
    place = draw.choice(_FIELDS)
    width = draw.whole(10, 60)
    length = draw.whole(width + 1, 100)
    rounds = draw.whole(2, 5)
    one = 2 * (length + width)
    values = {
        "place": place,
        "l": length,
        "w": width,
        "n": rounds,
        "name": person.name,
        "one": one,
    }
    return _made(
        draw,
        values,
        Bi(
            "{place} is {l} m long and {w} m wide. {name} puts a wire fence around it, taking the wire round {n} times. How many metres of wire are needed?",
            "{place} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। {name} এটির চারদিকে {n} পাক তারের বেড়া দেবে। মোট কত মিটার তার লাগবে?",
        ),
        (
            Bi("One round of wire is as long as the perimeter.", "এক পাক তার পরিসীমার সমান লম্বা।"),
            Bi("Perimeter = 2 × ({l} + {w}) m.", "পরিসীমা = ২ × ({l} + {w}) মিটার।"),
            Bi(
                "One round needs {one} m of wire, and there are {n} rounds.",
                "এক পাকে লাগে {one} মিটার তার, আর পাক দেওয়া হবে {n}টি।",
            ),
        ),
        2 * (length + width) * rounds,
        sum(one for _ in range(rounds)),
        Unit.M,
    )


def _width_from_perimeter(draw: Draw) -> Made:
    place, scale, low, high = draw.choice(_RECTANGLES)
    width = draw.whole(low, high)
    length = draw.whole(width + 1, high + low)
    perimeter = 2 * (length + width)
    values = {
        "place": place,
        "lplace": _lower(place),
        "p": perimeter,
        "l": length,
        "u": scale.length,
        "uw": scale.words,
        "half": perimeter // 2,
    }
    return _made(
        draw,
        values,
        Bi(
            "The perimeter of {lplace} is {p} {u} and its length is {l} {u}. What is its width in {uw}?",
            "{place} পরিসীমা {p} {u} এবং দৈর্ঘ্য {l} {u}। এর প্রস্থ কত {u}?",
        ),
        (
            Bi("Perimeter = 2 × (length + width).", "পরিসীমা = ২ × (দৈর্ঘ্য + প্রস্থ)।"),
            Bi("So length + width = {p} ÷ 2 = {half}.", "তাই দৈর্ঘ্য + প্রস্থ = {p} ÷ ২ = {half}।"),
            Bi("Take the length {l} away from {half}.", "{half} থেকে দৈর্ঘ্য {l} বিয়োগ করো।"),
        ),
        Fraction(perimeter, 2) - length,
        width,
        scale.unit,
    )


def _triangle_height(draw: Draw) -> Made:
    scale = draw.choice((_METRE, _CENTIMETRE))
    base, height = draw.whole(4, 40), draw.whole(3, 30)
    draw.require(base * height % 2 == 0)
    area = base * height // 2
    values = {
        "b": base,
        "a": area,
        "u": scale.length,
        "uw": scale.words,
        "au": scale.area,
        "twice": 2 * area,
    }
    return _made(
        draw,
        values,
        Bi(
            "The area of a triangle is {a} {au} and its base is {b} {u}. What is its height in {uw}?",
            "একটি ত্রিভুজের ক্ষেত্রফল {a} {au} এবং ভূমি {b} {u}। ত্রিভুজটির উচ্চতা কত {u}?",
        ),
        (
            Bi("Area of a triangle = ½ × base × height.", "ত্রিভুজের ক্ষেত্রফল = ½ × ভূমি × উচ্চতা।"),
            Bi(
                "So base × height = 2 × area = {twice}.",
                "তাই ভূমি × উচ্চতা = ২ × ক্ষেত্রফল = {twice}।",
            ),
            Bi("Divide {twice} by the base {b}.", "{twice} কে ভূমি {b} দিয়ে ভাগ করো।"),
        ),
        Fraction(2 * area, base),
        height,
        scale.unit,
    )


def _fencing_cost(draw: Draw) -> Made:
    place = draw.choice(_FIELDS)
    width = draw.whole(10, 60)
    length = draw.whole(width + 1, 100)
    rate = draw.whole(15, 120, step=5)
    perimeter = 2 * (length + width)
    values = {"place": place, "l": length, "w": width, "r": rate, "p": perimeter}
    return _made(
        draw,
        values,
        Bi(
            "{place} is {l} m long and {w} m wide. Fencing costs {r} taka per metre. How many taka will it cost to fence it all around?",
            "{place} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। প্রতি মিটার বেড়া দিতে {r} টাকা খরচ হয়। এর চারদিকে বেড়া দিতে মোট কত টাকা খরচ হবে?",
        ),
        (
            Bi(
                "The fence goes all around, so first find the perimeter.",
                "বেড়া চারদিক ঘিরে দিতে হবে, তাই প্রথমে পরিসীমা বের করো।",
            ),
            Bi("Perimeter = 2 × ({l} + {w}) m.", "পরিসীমা = ২ × ({l} + {w}) মিটার।"),
            Bi(
                "The perimeter is {p} m. Multiply it by {r}.",
                "পরিসীমা {p} মিটার। একে {r} দিয়ে গুণ করো।",
            ),
        ),
        2 * (length + width) * rate,
        (length * rate + width * rate) * 2,
        Unit.TAKA,
    )


def _area_mixed_units(draw: Draw) -> Made:
    metres = draw.whole(1, 4)
    extra = draw.whole(0, 9) * 10
    width = draw.whole(15, 95)
    length = 100 * metres + extra
    thing = draw.choice(
        (
            Bi("A rectangular table top", "একটি আয়তাকার টেবিলের উপরিতলের"),
            Bi("A rectangular blackboard", "একটি আয়তাকার ব্ল্যাকবোর্ডের"),
            Bi("A rectangular window", "একটি আয়তাকার জানালার"),
            Bi("A rectangular mat", "একটি আয়তাকার মাদুরের"),
        )
    )
    shown = (
        Bi(f"{metres} m {extra} cm", f"{metres} মিটার {extra} সেন্টিমিটার")
        if extra
        else Bi(f"{metres} m", f"{metres} মিটার")
    )
    values = {"thing": thing, "L": shown, "w": width, "m": metres, "len": length}
    return _made(
        draw,
        values,
        Bi(
            "{thing} is {L} long and {w} cm wide. What is its area in square centimetres?",
            "{thing} দৈর্ঘ্য {L} এবং প্রস্থ {w} সেন্টিমিটার। এর ক্ষেত্রফল কত বর্গসেন্টিমিটার?",
        ),
        (
            Bi(
                "Both sides must be in the same unit: change the length into centimetres.",
                "দুটি বাহু একই এককে থাকতে হবে: দৈর্ঘ্যকে সেন্টিমিটারে রূপান্তর করো।",
            ),
            Bi(
                "1 m = 100 cm, so the length is {len} cm.",
                "১ মিটার = ১০০ সেন্টিমিটার, তাই দৈর্ঘ্য {len} সেন্টিমিটার।",
            ),
            Bi("Area = {len} × {w} square centimetres.", "ক্ষেত্রফল = {len} × {w} বর্গসেন্টিমিটার।"),
        ),
        length * width,
        f"({metres} * 100 + {extra}) * {width}",
        Unit.CM2,
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 3


def _path_outside(draw: Draw) -> Made:
    place = draw.choice(_FIELDS)
    width = draw.whole(10, 60)
    length = draw.whole(width + 2, 100)
    path = draw.whole(1, 4)
    outer_l, outer_w = length + 2 * path, width + 2 * path
    values = {
        "place": place,
        "l": length,
        "w": width,
        "d": path,
        "L": outer_l,
        "W": outer_w,
    }
    return _made(
        draw,
        values,
        Bi(
            "{place} is {l} m long and {w} m wide. A path {d} m wide runs all around the outside of it. What is the area of the path in square metres?",
            "{place} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। এর বাইরে চারদিক ঘিরে {d} মিটার চওড়া একটি রাস্তা আছে। রাস্তাটির ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi(
                "Area of the path = area together with the path − area without it.",
                "রাস্তার ক্ষেত্রফল = রাস্তাসহ ক্ষেত্রফল − রাস্তা ছাড়া ক্ষেত্রফল।",
            ),
            Bi(
                "The path adds {d} m on each side, so the outer length is {l} + {d} + {d} m and the outer width is {w} + {d} + {d} m.",
                "রাস্তা প্রতি পাশে {d} মিটার বাড়ায়, তাই বাইরের দৈর্ঘ্য {l} + {d} + {d} মিটার এবং বাইরের প্রস্থ {w} + {d} + {d} মিটার।",
            ),
            Bi(
                "The outer rectangle is {L} m by {W} m. Subtract {l} × {w} from {L} × {W}.",
                "বাইরের আয়তক্ষেত্রটি {L} মিটার দীর্ঘ ও {W} মিটার প্রশস্ত। {L} × {W} থেকে {l} × {w} বিয়োগ করো।",
            ),
        ),
        outer_l * outer_w - length * width,
        # The path as two long strips and two short ones.
        2 * path * outer_l + 2 * path * width,
        Unit.M2,
    )


def _path_inside(draw: Draw) -> Made:
    place = draw.choice(_FIELDS)
    width = draw.whole(12, 60)
    length = draw.whole(width + 2, 100)
    path = draw.whole(1, 4)
    inner_l, inner_w = length - 2 * path, width - 2 * path
    values = {"place": place, "l": length, "w": width, "d": path, "L": inner_l, "W": inner_w}
    return _made(
        draw,
        values,
        Bi(
            "{place} is {l} m long and {w} m wide. A path {d} m wide runs all around the inside of its border. What is the area of the path in square metres?",
            "{place} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। এর ভিতরে চারদিক ঘিরে {d} মিটার চওড়া একটি রাস্তা আছে। রাস্তাটির ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi(
                "Area of the path = whole area − area left inside the path.",
                "রাস্তার ক্ষেত্রফল = সম্পূর্ণ ক্ষেত্রফল − রাস্তা বাদে ভিতরের ক্ষেত্রফল।",
            ),
            Bi(
                "The path takes {d} m from each side, so the inner length is {l} − {d} − {d} m and the inner width is {w} − {d} − {d} m.",
                "রাস্তা প্রতি পাশ থেকে {d} মিটার নেয়, তাই ভিতরের দৈর্ঘ্য {l} − {d} − {d} মিটার এবং ভিতরের প্রস্থ {w} − {d} − {d} মিটার।",
            ),
            Bi(
                "The inner rectangle is {L} m by {W} m. Subtract {L} × {W} from {l} × {w}.",
                "ভিতরের আয়তক্ষেত্রটি {L} মিটার দীর্ঘ ও {W} মিটার প্রশস্ত। {l} × {w} থেকে {L} × {W} বিয়োগ করো।",
            ),
        ),
        length * width - inner_l * inner_w,
        2 * path * length + 2 * path * inner_w,
        Unit.M2,
    )


def _tiles_needed(draw: Draw) -> Made:
    tile = draw.choice((20, 25, 30, 40, 50, 60))
    length = draw.whole(3, 24)
    width = draw.whole(2, length - 1)
    length_cm, width_cm = 100 * length, 100 * width
    draw.require(length_cm % tile == 0 and width_cm % tile == 0)
    along_l, along_w = length_cm // tile, width_cm // tile
    hall = draw.choice(
        (
            Bi("The floor of a school hall", "একটি বিদ্যালয়ের হলরুমের মেঝের"),
            Bi("The floor of a room", "একটি ঘরের মেঝের"),
            Bi("A verandah", "একটি বারান্দার"),
            Bi("The courtyard of a house", "একটি বাড়ির উঠানের"),
        )
    )
    values = {
        "hall": hall,
        "l": length,
        "w": width,
        "t": tile,
        "lc": length_cm,
        "wc": width_cm,
        "nl": along_l,
        "nw": along_w,
    }
    return _made(
        draw,
        values,
        Bi(
            "{hall} is {l} m long and {w} m wide. It will be covered with square tiles of side {t} cm. How many tiles are needed?",
            "{hall} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। এটি {t} সেন্টিমিটার বাহুবিশিষ্ট বর্গাকার টাইলস দিয়ে ঢাকা হবে। কয়টি টাইলস লাগবে?",
        ),
        (
            Bi("Change the metres into centimetres first.", "প্রথমে মিটারকে সেন্টিমিটারে রূপান্তর করো।"),
            Bi(
                "{l} m = {lc} cm and {w} m = {wc} cm. Find how many tiles fit along each side.",
                "{l} মিটার = {lc} সেন্টিমিটার এবং {w} মিটার = {wc} সেন্টিমিটার। প্রতিটি বাহু বরাবর কয়টি টাইলস বসে তা বের করো।",
            ),
            Bi(
                "{nl} tiles fit along the length and {nw} along the width. Multiply these two numbers.",
                "দৈর্ঘ্য বরাবর {nl}টি এবং প্রস্থ বরাবর {nw}টি টাইলস বসে। এ দুটি সংখ্যা গুণ করো।",
            ),
        ),
        along_l * along_w,
        Fraction(length_cm * width_cm, tile * tile),
        None,
    )


def _square_fence_from_area(draw: Draw) -> Made:
    side = draw.whole(8, 90)
    rate = draw.whole(10, 80, step=5)
    place = draw.choice(
        (
            Bi("a square field", "একটি বর্গাকার মাঠের"),
            Bi("a square garden", "একটি বর্গাকার বাগানের"),
            Bi("a square pond", "একটি বর্গাকার পুকুরের"),
        )
    )
    values = {
        "place": place,
        "Place": Bi(place.en.capitalize(), place.bn),
        "area": side * side,
        "r": rate,
        "s": side,
    }
    return _made(
        draw,
        values,
        Bi(
            "The area of {place} is {area} square metres. Fencing costs {r} taka per metre. How many taka will it cost to fence it all around?",
            "{Place} ক্ষেত্রফল {area} বর্গমিটার। প্রতি মিটার বেড়া দিতে {r} টাকা খরচ হয়। এর চারদিকে বেড়া দিতে মোট কত টাকা খরচ হবে?",
        ),
        (
            Bi(
                "First find the side of the square from its area.",
                "প্রথমে ক্ষেত্রফল থেকে বর্গক্ষেত্রের বাহুর দৈর্ঘ্য বের করো।",
            ),
            Bi(
                "Side × side = {area}, so look for the number which, multiplied by itself, gives {area}.",
                "বাহু × বাহু = {area}, তাই এমন সংখ্যা খোঁজো যাকে সেই সংখ্যা দিয়েই গুণ করলে {area} হয়।",
            ),
            Bi(
                "The side is {s} m. Find the perimeter, then multiply it by {r}.",
                "বাহু {s} মিটার। পরিসীমা বের করো, তারপর তাকে {r} দিয়ে গুণ করো।",
            ),
        ),
        4 * side * rate,
        f"4 * sqrt({side * side}) * {rate}",
        Unit.TAKA,
    )


def _cross_paths(draw: Draw) -> Made:
    place = draw.choice(_FIELDS)
    width = draw.whole(20, 60)
    length = draw.whole(width + 2, 100)
    path = draw.whole(1, 4)
    values = {
        "place": place,
        "l": length,
        "w": width,
        "d": path,
        "a1": length * path,
        "a2": width * path,
        "sq": path * path,
    }
    return _made(
        draw,
        values,
        Bi(
            "{place} is {l} m long and {w} m wide. Two paths, each {d} m wide, cross it through the middle: one along its length and one along its width. What is the total area of the two paths in square metres?",
            "{place} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। এর মাঝখান দিয়ে দৈর্ঘ্য ও প্রস্থ বরাবর {d} মিটার চওড়া দুটি রাস্তা পরস্পরকে আড়াআড়িভাবে ছেদ করেছে। রাস্তা দুটির মোট ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi(
                "The path along the length is {l} m by {d} m; the path along the width is {w} m by {d} m.",
                "দৈর্ঘ্য বরাবর রাস্তাটি {l} মিটার × {d} মিটার; প্রস্থ বরাবর রাস্তাটি {w} মিটার × {d} মিটার।",
            ),
            Bi(
                "Their areas are {a1} and {a2} square metres, but the square where they cross is counted twice.",
                "এদের ক্ষেত্রফল {a1} ও {a2} বর্গমিটার, কিন্তু যেখানে রাস্তা দুটি ছেদ করেছে সেই বর্গাকার অংশ দুইবার গোনা হয়েছে।",
            ),
            Bi(
                "Add the two areas and subtract the crossing square, {d} × {d} = {sq} square metres, once.",
                "দুটি ক্ষেত্রফল যোগ করো এবং ছেদ অংশের ক্ষেত্রফল {d} × {d} = {sq} বর্গমিটার একবার বিয়োগ করো।",
            ),
        ),
        length * path + width * path - path * path,
        path * (length + width - path),
        Unit.M2,
    )


def _area_from_ratio_perimeter(draw: Draw) -> Made:
    p, q = draw.sample(range(1, 8), 2)
    draw.require(p > q and __import__("math").gcd(p, q) == 1)
    part = draw.whole(2, 15)
    length, width = p * part, q * part
    perimeter = 2 * (length + width)
    place = draw.choice(_FIELDS)
    twice = q == 1 and p == 2
    values = {
        "place": place,
        "lplace": _lower(place),
        "p": p,
        "q": q,
        "per": perimeter,
        "half": perimeter // 2,
        "pq": p + q,
    }
    return _made(
        draw,
        values,
        Bi(
            "The length and width of {lplace} are in the ratio {p} : {q}, and its perimeter is {per} m. What is its area in square metres?",
            "{place} দৈর্ঘ্য ও প্রস্থের অনুপাত {p} : {q} এবং পরিসীমা {per} মিটার। এর ক্ষেত্রফল কত বর্গমিটার?",
        )
        if not twice or draw.coin()
        else Bi(
            "The length of {lplace} is twice its width, and its perimeter is {per} m. What is its area in square metres?",
            "{place} দৈর্ঘ্য প্রস্থের দ্বিগুণ এবং পরিসীমা {per} মিটার। এর ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi(
                "Length + width = perimeter ÷ 2 = {half} m.",
                "দৈর্ঘ্য + প্রস্থ = পরিসীমা ÷ ২ = {half} মিটার।",
            ),
            Bi(
                "Split {half} in the ratio {p} : {q}: there are {pq} equal parts.",
                "{half} কে {p} : {q} অনুপাতে ভাগ করো: মোট {pq}টি সমান অংশ।",
            ),
            Bi(
                "Length = {p} parts and width = {q} parts. Then multiply them to get the area.",
                "দৈর্ঘ্য = {p} অংশ এবং প্রস্থ = {q} অংশ। তারপর গুণ করে ক্ষেত্রফল বের করো।",
            ),
        ),
        Fraction(perimeter, 2 * (p + q)) ** 2 * p * q,
        length * width,
        Unit.M2,
    )


def _carpet_cost(draw: Draw) -> Made:
    strip = draw.choice((Fraction(1), Fraction(3, 2), Fraction(2), Fraction(5, 2), Fraction(3)))
    length = draw.whole(4, 12)
    width = strip * draw.whole(2, 6)
    draw.require(width.denominator == 1 and width < length)
    rate = draw.whole(80, 400, step=10)
    carpet = length * width / strip
    values = {
        "l": length,
        "w": int(width),
        "s": decimal(strip),
        "r": rate,
        "area": length * int(width),
        "run": decimal(carpet),
    }
    return _made(
        draw,
        values,
        Bi(
            "A room is {l} m long and {w} m wide. Its floor is to be covered with carpet {s} m wide, which costs {r} taka per metre of length. What is the total cost in taka?",
            "একটি ঘরের দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। ঘরের মেঝে {s} মিটার চওড়া কার্পেট দিয়ে ঢাকতে হবে, যার প্রতি মিটার দৈর্ঘ্যের দাম {r} টাকা। মোট খরচ কত টাকা?",
        ),
        (
            Bi(
                "First find the area of the floor: {l} × {w}.",
                "প্রথমে মেঝের ক্ষেত্রফল বের করো: {l} × {w}।",
            ),
            Bi(
                "The floor's area is {area} square metres. Length of carpet needed = area ÷ carpet width = {area} ÷ {s}.",
                "মেঝের ক্ষেত্রফল {area} বর্গমিটার। প্রয়োজনীয় কার্পেটের দৈর্ঘ্য = ক্ষেত্রফল ÷ কার্পেটের প্রস্থ = {area} ÷ {s}।",
            ),
            Bi(
                "{run} m of carpet is needed. Multiply it by {r}.",
                "{run} মিটার কার্পেট লাগবে। একে {r} দিয়ে গুণ করো।",
            ),
        ),
        carpet * rate,
        f"{length} * {int(width)} / {decimal(strip)} * {rate}",
        Unit.TAKA,
    )


FAMILIES = (
    Family(
        "g6-rectangle-perimeter",
        "perimeter of a rectangle",
        1,
        AnswerKind.INTEGER,
        _rectangle_perimeter,
        minutes=2,
    ),
    Family("g6-square-area", "area of a square", 1, AnswerKind.INTEGER, _square_area, minutes=2),
    Family(
        "g6-rectangle-area",
        "area of a rectangle",
        1,
        AnswerKind.INTEGER,
        _rectangle_area,
        minutes=2,
    ),
    Family(
        "g6-triangle-area", "area of a triangle", 1, AnswerKind.DECIMAL, _triangle_area, minutes=2
    ),
    Family(
        "g6-square-perimeter-and-side",
        "perimeter of a square",
        1,
        AnswerKind.INTEGER,
        _square_perimeter,
        minutes=2,
    ),
    Family(
        "g6-triangle-perimeter",
        "perimeter of a triangle",
        1,
        AnswerKind.INTEGER,
        _triangle_perimeter,
        minutes=2,
    ),
    Family(
        "g6-cost-of-covering-a-floor",
        "cost of covering an area",
        2,
        AnswerKind.MONEY,
        _tiling_cost,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g6-square-area-from-perimeter",
        "square from its perimeter",
        2,
        AnswerKind.INTEGER,
        _square_area_from_perimeter,
        minutes=4,
    ),
    Family(
        "g6-rectangle-perimeter-from-area",
        "rectangle from its area",
        2,
        AnswerKind.INTEGER,
        _perimeter_from_area,
        minutes=4,
    ),
    Family(
        "g6-fence-wire-rounds",
        "perimeter in real life",
        2,
        AnswerKind.INTEGER,
        _fence_rounds,
        unit=Unit.M,
    ),
    Family(
        "g6-rectangle-width-from-perimeter",
        "rectangle from its perimeter",
        2,
        AnswerKind.INTEGER,
        _width_from_perimeter,
    ),
    Family(
        "g6-triangle-height-from-area",
        "area of a triangle",
        2,
        AnswerKind.INTEGER,
        _triangle_height,
        minutes=4,
    ),
    Family(
        "g6-cost-of-fencing",
        "cost of fencing",
        2,
        AnswerKind.MONEY,
        _fencing_cost,
        unit=Unit.TAKA,
        minutes=4,
    ),
    Family(
        "g6-area-in-mixed-units",
        "area and units",
        2,
        AnswerKind.INTEGER,
        _area_mixed_units,
        unit=Unit.CM2,
        minutes=4,
    ),
    Family(
        "g6-area-of-a-path-outside",
        "area of a path",
        3,
        AnswerKind.INTEGER,
        _path_outside,
        unit=Unit.M2,
        minutes=7,
    ),
    Family(
        "g6-area-of-a-path-inside",
        "area of a path",
        3,
        AnswerKind.INTEGER,
        _path_inside,
        unit=Unit.M2,
        minutes=7,
    ),
    Family(
        "g6-tiles-for-a-floor",
        "covering with tiles",
        3,
        AnswerKind.INTEGER,
        _tiles_needed,
        minutes=6,
    ),
    Family(
        "g6-fencing-a-square-from-its-area",
        "cost of fencing",
        3,
        AnswerKind.MONEY,
        _square_fence_from_area,
        unit=Unit.TAKA,
        minutes=6,
    ),
    Family(
        "g6-area-of-crossing-paths",
        "area of a path",
        3,
        AnswerKind.INTEGER,
        _cross_paths,
        unit=Unit.M2,
        minutes=7,
    ),
    Family(
        "g6-rectangle-area-from-ratio",
        "rectangle from its perimeter",
        3,
        AnswerKind.INTEGER,
        _area_from_ratio_perimeter,
        unit=Unit.M2,
        minutes=6,
    ),
    Family(
        "g6-cost-of-carpeting",
        "cost of covering an area",
        3,
        AnswerKind.MONEY,
        _carpet_cost,
        unit=Unit.TAKA,
        minutes=7,
    ),
)
