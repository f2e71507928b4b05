"""Class 8, measurement: areas, paths around fields, cuboids, capacity and units (NCTB chapter 3)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=8, key="measurement", en="Measurement", bn="পরিমাপ")

Shown = int | Fraction | Decimal | str | Bi
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _numbers(template: Bi, values: Mapping[str, Shown]) -> list[Fraction]:
    """The numbers a template shows in English once filled (Bengali carries the same ones)."""
    written = {
        name: value.en
        if isinstance(value, Bi)
        else format(value, "f")
        if isinstance(value, Decimal)
        else str(value)
        for name, value in values.items()
    }
    return [Fraction(number) for number in _NUMBER.findall(template.en.format(**written))]


def _made(
    draw: Draw,
    values: dict[str, Shown],
    question: Bi,
    hints: tuple[Bi, Bi, Bi],
    answer: int | Fraction,
    derived: int | Fraction,
    *,
    unit: Unit | None = None,
) -> Made:
    """A Made, after rejecting a draw whose hints would show the answer's number."""
    for hint in hints:
        draw.require(Fraction(answer) not in _numbers(hint, values))
    return Made(values, question, hints, answer, derived, unit=unit)


_PLOTS = (
    Bi("rice field", "ধানখেতের"),
    Bi("garden", "বাগানের"),
    Bi("playground", "খেলার মাঠের"),
    Bi("piece of land", "জমির"),
    Bi("pond", "পুকুরের"),
    Bi("school field", "স্কুলের মাঠের"),
)
_FIELDS = (
    Bi("garden", "বাগানের"),
    Bi("playground", "খেলার মাঠের"),
    Bi("field", "মাঠের"),
    Bi("park", "পার্কের"),
)


def _rectangle_area(draw: Draw) -> Made:
    plot = draw.choice(_PLOTS)
    length, width = draw.whole(12, 150), draw.whole(8, 100)
    draw.require(width < length)
    values: dict[str, Shown] = {"p": plot, "l": length, "w": width}
    return _made(
        draw,
        values,
        Bi(
            "A rectangular {p} is {l} m long and {w} m wide. What is its area in square metres?",
            "একটি আয়তাকার {p} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। এর ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi("Area of a rectangle = length × width.", "আয়তক্ষেত্রের ক্ষেত্রফল = দৈর্ঘ্য × প্রস্থ।"),
            Bi(
                "Here the length is {l} m and the width is {w} m.",
                "এখানে দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার।",
            ),
            Bi("Multiply {l} by {w}.", "{l} কে {w} দিয়ে গুণ করো।"),
        ),
        length * width,
        sum(width for _ in range(length)),
        unit=Unit.M2,
    )


def _rectangle_length(draw: Draw) -> Made:
    plot = draw.choice(_PLOTS)
    length, width = draw.whole(12, 150), draw.whole(8, 100)
    draw.require(width < length)
    area = length * width
    values: dict[str, Shown] = {"p": plot, "A": area, "w": width}
    return _made(
        draw,
        values,
        Bi(
            "The area of a rectangular {p} is {A} square metres and its width is {w} m. What is its length in metres?",
            "একটি আয়তাকার {p} ক্ষেত্রফল {A} বর্গমিটার এবং প্রস্থ {w} মিটার। এর দৈর্ঘ্য কত মিটার?",
        ),
        (
            Bi("Area = length × width.", "ক্ষেত্রফল = দৈর্ঘ্য × প্রস্থ।"),
            Bi("So length = area ÷ width.", "তাই দৈর্ঘ্য = ক্ষেত্রফল ÷ প্রস্থ।"),
            Bi("Work out {A} ÷ {w}.", "{A} ÷ {w} হিসাব করো।"),
        ),
        Fraction(area, width),
        length,
        unit=Unit.M,
    )


def _perimeter_from_area(draw: Draw) -> Made:
    plot = draw.choice(_PLOTS)
    length, width = draw.whole(12, 120), draw.whole(8, 90)
    draw.require(width < length)
    area = length * width
    values: dict[str, Shown] = {"p": plot, "A": area, "l": length}
    return _made(
        draw,
        values,
        Bi(
            "A rectangular {p} has an area of {A} square metres and a length of {l} m. What is its perimeter in metres?",
            "একটি আয়তাকার {p} ক্ষেত্রফল {A} বর্গমিটার এবং দৈর্ঘ্য {l} মিটার। এর পরিসীমা কত মিটার?",
        ),
        (
            Bi(
                "To find the perimeter you need the width too: width = area ÷ length.",
                "পরিসীমা বের করতে প্রস্থও দরকার: প্রস্থ = ক্ষেত্রফল ÷ দৈর্ঘ্য।",
            ),
            Bi("Width = {A} ÷ {l} m.", "প্রস্থ = {A} ÷ {l} মিটার।"),
            Bi(
                "Perimeter = 2 × (length + width).",
                "পরিসীমা = 2 × (দৈর্ঘ্য + প্রস্থ)।",
            ),
        ),
        2 * (length + Fraction(area, length)),
        length + width + length + width,
        unit=Unit.M,
    )


def _path_outside(draw: Draw) -> Made:
    field = draw.choice(_FIELDS)
    length, width = draw.whole(15, 120), draw.whole(10, 90)
    path = Fraction(draw.whole(2, 6), 2)
    draw.require(width < length)
    outer_l, outer_w = length + 2 * path, width + 2 * path
    values: dict[str, Shown] = {"f": field, "l": length, "w": width, "x": decimal(path)}
    values |= {"L": decimal(outer_l), "W": decimal(outer_w), "x2": decimal(2 * path)}
    return _made(
        draw,
        values,
        Bi(
            "A rectangular {f} is {l} m long and {w} m wide. A path {x} m wide runs all around the outside of it. What is the area of the path in square metres?",
            "একটি আয়তাকার {f} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। এর বাইরে চারদিক ঘিরে {x} মিটার চওড়া একটি রাস্তা আছে। রাস্তাটির ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi(
                "Area of the path = area with the path − area of the {f} alone.",
                "রাস্তার ক্ষেত্রফল = রাস্তাসহ ক্ষেত্রফল − শুধু {f} ক্ষেত্রফল।",
            ),
            Bi(
                "The path adds {x} m on each side, so the outer length is {l} + {x2} = {L} m and the outer width is {w} + {x2} = {W} m.",
                "রাস্তা প্রতিটি পাশে {x} মিটার করে বাড়ায়, তাই বাইরের দৈর্ঘ্য {l} + {x2} = {L} মিটার এবং বাইরের প্রস্থ {w} + {x2} = {W} মিটার।",
            ),
            Bi("Work out {L} × {W} − {l} × {w}.", "{L} × {W} − {l} × {w} হিসাব করো।"),
        ),
        outer_l * outer_w - length * width,
        2 * path * (length + width) + 4 * path * path,
        unit=Unit.M2,
    )


def _path_inside(draw: Draw) -> Made:
    field = draw.choice(_FIELDS)
    length, width = draw.whole(15, 120), draw.whole(10, 90)
    path = Fraction(draw.whole(2, 6), 2)
    draw.require(width < length)
    inner_l, inner_w = length - 2 * path, width - 2 * path
    values: dict[str, Shown] = {"f": field, "l": length, "w": width, "x": decimal(path)}
    values |= {"L": decimal(inner_l), "W": decimal(inner_w), "x2": decimal(2 * path)}
    return _made(
        draw,
        values,
        Bi(
            "A rectangular {f} is {l} m long and {w} m wide. Inside it, a path {x} m wide runs all around its edge. What is the area of the path in square metres?",
            "একটি আয়তাকার {f} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। এর ভিতরে চারদিক ঘিরে {x} মিটার চওড়া একটি রাস্তা আছে। রাস্তাটির ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi(
                "Area of the path = area of the whole {f} − area of the part inside the path.",
                "রাস্তার ক্ষেত্রফল = পুরো {f} ক্ষেত্রফল − রাস্তার ভিতরের অংশের ক্ষেত্রফল।",
            ),
            Bi(
                "The inner part is {l} − {x2} = {L} m long and {w} − {x2} = {W} m wide.",
                "ভিতরের অংশের দৈর্ঘ্য {l} − {x2} = {L} মিটার এবং প্রস্থ {w} − {x2} = {W} মিটার।",
            ),
            Bi("Work out {l} × {w} − {L} × {W}.", "{l} × {w} − {L} × {W} হিসাব করো।"),
        ),
        length * width - inner_l * inner_w,
        2 * path * (length + width) - 4 * path * path,
        unit=Unit.M2,
    )


def _crossing_roads(draw: Draw) -> Made:
    field = draw.choice(_FIELDS)
    length, width, road = draw.whole(30, 150), draw.whole(20, 100), draw.whole(2, 6)
    draw.require(width < length)
    values: dict[str, Shown] = {"f": field, "l": length, "w": width, "x": road}
    values |= {"a": road * length, "b": road * width, "s": road * road}
    return _made(
        draw,
        values,
        Bi(
            "A rectangular {f} is {l} m long and {w} m wide. Two roads, each {x} m wide, cross it through the middle, one along its length and one along its width. What is the total area of the roads in square metres?",
            "একটি আয়তাকার {f} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। এর মাঝখান দিয়ে দৈর্ঘ্য ও প্রস্থ বরাবর {x} মিটার চওড়া দুইটি রাস্তা পরস্পরকে আড়াআড়িভাবে ছেদ করেছে। রাস্তা দুইটির মোট ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi(
                "The road along the length is {l} m × {x} m and the road along the width is {w} m × {x} m.",
                "দৈর্ঘ্য বরাবর রাস্তাটি {l} মিটার × {x} মিটার এবং প্রস্থ বরাবর রাস্তাটি {w} মিটার × {x} মিটার।",
            ),
            Bi(
                "Where the roads cross, a square of {x} m × {x} m is counted twice.",
                "যেখানে রাস্তা দুইটি ছেদ করেছে, সেখানে {x} মিটার × {x} মিটার একটি বর্গ দুইবার গোনা হয়।",
            ),
            Bi("Work out {a} + {b} − {s}.", "{a} + {b} − {s} হিসাব করো।"),
        ),
        road * length + road * width - road * road,
        length * width - (length - road) * (width - road),
        unit=Unit.M2,
    )


def _path_cost(draw: Draw) -> Made:
    field = draw.choice(_FIELDS)
    length, width = draw.whole(15, 80), draw.whole(10, 60)
    path, rate = draw.whole(1, 3), draw.whole(2, 20) * 5
    draw.require(width < length)
    area = (length + 2 * path) * (width + 2 * path) - length * width
    values: dict[str, Shown] = {"f": field, "l": length, "w": width, "x": path, "r": rate}
    values |= {"L": length + 2 * path, "W": width + 2 * path, "A": area}
    work = draw.choice((Bi("paving", "পাকা করতে"), Bi("laying bricks on", "ইট বিছাতে")))
    values["work"] = work
    return _made(
        draw,
        values,
        Bi(
            "A rectangular {f} is {l} m long and {w} m wide. A path {x} m wide runs around the outside. The cost of {work} the path is {r} taka per square metre. What is the total cost in taka?",
            "একটি আয়তাকার {f} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। এর বাইরে চারদিক ঘিরে {x} মিটার চওড়া একটি রাস্তা আছে। প্রতি বর্গমিটারে {r} টাকা হলে রাস্তাটি {work} মোট কত টাকা খরচ হবে?",
        ),
        (
            Bi(
                "First find the area of the path, then multiply by the cost per square metre.",
                "প্রথমে রাস্তার ক্ষেত্রফল বের করো, তারপর প্রতি বর্গমিটারের খরচ দিয়ে গুণ করো।",
            ),
            Bi(
                "Outer length = {L} m and outer width = {W} m, so the path's area = {L} × {W} − {l} × {w} = {A} square metres.",
                "বাইরের দৈর্ঘ্য = {L} মিটার, বাইরের প্রস্থ = {W} মিটার, তাই রাস্তার ক্ষেত্রফল = {L} × {W} − {l} × {w} = {A} বর্গমিটার।",
            ),
            Bi("Cost = {A} × {r} taka.", "খরচ = {A} × {r} টাকা।"),
        ),
        area * rate,
        (2 * path * (length + width) + 4 * path * path) * rate,
        unit=Unit.TAKA,
    )


def _fencing_cost(draw: Draw) -> Made:
    field = draw.choice(_PLOTS)
    length, width, rate = draw.whole(15, 120), draw.whole(10, 90), draw.whole(3, 30) * 5
    draw.require(width < length)
    gate = draw.choice((0, 0, 2, 3, 4))
    perimeter = 2 * (length + width)
    values: dict[str, Shown] = {"p": field, "l": length, "w": width, "r": rate, "g": gate}
    values |= {"P": perimeter, "F": perimeter - gate}
    if gate:
        question = Bi(
            "A rectangular {p} is {l} m long and {w} m wide. It is to be fenced all around, leaving a gate {g} m wide. Fencing costs {r} taka per metre. What is the total cost in taka?",
            "একটি আয়তাকার {p} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। {g} মিটার চওড়া একটি দরজা রেখে চারদিকে বেড়া দিতে হবে। প্রতি মিটার বেড়া দিতে {r} টাকা খরচ হলে মোট কত টাকা খরচ হবে?",
        )
        last = Bi(
            "Fence length = {P} − {g} = {F} m; multiply by {r}.",
            "বেড়ার দৈর্ঘ্য = {P} − {g} = {F} মিটার; একে {r} দিয়ে গুণ করো।",
        )
    else:
        question = Bi(
            "A rectangular {p} is {l} m long and {w} m wide. Fencing all around it costs {r} taka per metre. What is the total cost in taka?",
            "একটি আয়তাকার {p} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। চারদিকে প্রতি মিটার বেড়া দিতে {r} টাকা খরচ হলে মোট কত টাকা খরচ হবে?",
        )
        last = Bi("Multiply the perimeter, {P} m, by {r}.", "পরিসীমা {P} মিটারকে {r} দিয়ে গুণ করো।")
    return _made(
        draw,
        values,
        question,
        (
            Bi(
                "The fence goes along the boundary, so you need the perimeter.",
                "বেড়া সীমানা বরাবর যায়, তাই পরিসীমা দরকার।",
            ),
            Bi(
                "Perimeter = 2 × ({l} + {w}) = {P} m.",
                "পরিসীমা = 2 × ({l} + {w}) = {P} মিটার।",
            ),
            last,
        ),
        (perimeter - gate) * rate,
        (length + length + width + width - gate) * rate,
        unit=Unit.TAKA,
    )


def _triangle_area(draw: Draw) -> Made:
    base, height = draw.whole(4, 60), draw.whole(4, 50)
    draw.require(base * height % 2 == 0)
    metres = draw.coin()
    unit_word = Bi("m", "মিটার") if metres else Bi("cm", "সেমি")
    square = Bi("square metres", "বর্গমিটার") if metres else Bi("square centimetres", "বর্গ সেমি")
    thing = draw.choice(
        (Bi("triangle", "ত্রিভুজের"), Bi("triangular piece of land", "ত্রিভুজাকার জমির"))
        if metres
        else (Bi("triangle", "ত্রিভুজের"), Bi("triangular card", "ত্রিভুজাকার কার্ডের"))
    )
    values: dict[str, Shown] = {"t": thing, "b": base, "h": height, "u": unit_word, "sq": square}
    values |= {"bh": base * height}
    return _made(
        draw,
        values,
        Bi(
            "A {t} has a base of {b} {u} and a height of {h} {u}. What is its area in {sq}?",
            "একটি {t} ভূমি {b} {u} এবং উচ্চতা {h} {u}। এর ক্ষেত্রফল কত {sq}?",
        ),
        (
            Bi("Area of a triangle = ½ × base × height.", "ত্রিভুজের ক্ষেত্রফল = ½ × ভূমি × উচ্চতা।"),
            Bi("Base × height = {b} × {h} = {bh}.", "ভূমি × উচ্চতা = {b} × {h} = {bh}।"),
            Bi("Take half of {bh}.", "{bh} এর অর্ধেক নাও।"),
        ),
        Fraction(base * height, 2),
        sum(Fraction(height, 2) for _ in range(base)),
        unit=Unit.M2 if metres else Unit.CM2,
    )


def _triangle_height(draw: Draw) -> Made:
    base, height = draw.whole(4, 60), draw.whole(4, 50)
    draw.require(base * height % 2 == 0)
    area = base * height // 2
    values: dict[str, Shown] = {"A": area, "b": base, "A2": 2 * area}
    return _made(
        draw,
        values,
        Bi(
            "The area of a triangle is {A} square centimetres and its base is {b} cm. What is its height in cm?",
            "একটি ত্রিভুজের ক্ষেত্রফল {A} বর্গ সেমি এবং ভূমি {b} সেমি। এর উচ্চতা কত সেমি?",
        ),
        (
            Bi("Area = ½ × base × height.", "ক্ষেত্রফল = ½ × ভূমি × উচ্চতা।"),
            Bi(
                "So base × height = 2 × area = {A2}.",
                "তাই ভূমি × উচ্চতা = 2 × ক্ষেত্রফল = {A2}।",
            ),
            Bi("Height = {A2} ÷ {b}.", "উচ্চতা = {A2} ÷ {b}।"),
        ),
        Fraction(2 * area, base),
        height,
        unit=Unit.CM,
    )


def _square_from_perimeter(draw: Draw) -> Made:
    side = draw.whole(5, 90)
    plot = draw.choice(_PLOTS)
    values: dict[str, Shown] = {"p": plot, "P": 4 * side}
    return _made(
        draw,
        values,
        Bi(
            "The perimeter of a square {p} is {P} m. What is its area in square metres?",
            "একটি বর্গাকার {p} পরিসীমা {P} মিটার। এর ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi("A square has four equal sides.", "বর্গের চারটি বাহু সমান।"),
            Bi("Side = perimeter ÷ 4 = {P} ÷ 4.", "বাহু = পরিসীমা ÷ 4 = {P} ÷ 4।"),
            Bi("Area = side × side.", "ক্ষেত্রফল = বাহু × বাহু।"),
        ),
        Fraction(4 * side, 4) ** 2,
        side * side,
        unit=Unit.M2,
    )


def _square_from_diagonal(draw: Draw) -> Made:
    diagonal = draw.whole(4, 80, step=2)
    plot = draw.choice(_PLOTS)
    values: dict[str, Shown] = {"p": plot, "d": diagonal, "d2": diagonal * diagonal}
    side_squared = Fraction(diagonal * diagonal, 2)
    return _made(
        draw,
        values,
        Bi(
            "The diagonal of a square {p} is {d} m. What is its area in square metres?",
            "একটি বর্গাকার {p} কর্ণ {d} মিটার। এর ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi(
                "The diagonal splits the square into two right-angled triangles with the diagonal as hypotenuse.",
                "কর্ণটি বর্গকে দুইটি সমকোণী ত্রিভুজে ভাগ করে, যাদের অতিভুজ হলো কর্ণ।",
            ),
            Bi(
                "side² + side² = diagonal², so 2 × side² = {d}² = {d2}.",
                "বাহু² + বাহু² = কর্ণ², তাই 2 × বাহু² = {d}² = {d2}।",
            ),
            Bi(
                "The area is side², that is {d2} ÷ 2.",
                "ক্ষেত্রফল = বাহু², অর্থাৎ {d2} ÷ 2।",
            ),
        ),
        Fraction(diagonal * diagonal, 2),
        side_squared,
        unit=Unit.M2,
    )


_BOXES = (
    Bi("box", "বাক্সের"),
    Bi("wooden box", "কাঠের বাক্সের"),
    Bi("brick", "ইটের"),
    Bi("tin box", "টিনের বাক্সের"),
    Bi("block of soap", "সাবানের টুকরার"),
)


def _cuboid_volume(draw: Draw) -> Made:
    thing = draw.choice(_BOXES)
    length, width, height = draw.whole(5, 40), draw.whole(3, 30), draw.whole(2, 25)
    draw.require(width <= length)
    values: dict[str, Shown] = {"t": thing, "l": length, "w": width, "h": height}
    values |= {"base": length * width}
    return _made(
        draw,
        values,
        Bi(
            "A {t} shaped like a cuboid is {l} cm long, {w} cm wide and {h} cm high. What is its volume in cubic centimetres?",
            "একটি আয়তাকার ঘনবস্তু আকৃতির {t} দৈর্ঘ্য {l} সেমি, প্রস্থ {w} সেমি এবং উচ্চতা {h} সেমি। এর আয়তন কত ঘন সেমি?",
        ),
        (
            Bi(
                "Volume of a cuboid = length × width × height.",
                "আয়তাকার ঘনবস্তুর আয়তন = দৈর্ঘ্য × প্রস্থ × উচ্চতা।",
            ),
            Bi(
                "First multiply {l} × {w} = {base} to get the area of the base.",
                "প্রথমে {l} × {w} = {base} গুণ করে ভূমির ক্ষেত্রফল বের করো।",
            ),
            Bi("Now multiply {base} by the height, {h}.", "এখন {base} কে উচ্চতা {h} দিয়ে গুণ করো।"),
        ),
        length * width * height,
        sum(length * width for _ in range(height)),
        unit=Unit.CM3,
    )


def _cuboid_surface(draw: Draw) -> Made:
    thing = draw.choice(_BOXES)
    length, width, height = draw.whole(5, 40), draw.whole(3, 30), draw.whole(2, 25)
    draw.require(width <= length)
    values: dict[str, Shown] = {"t": thing, "l": length, "w": width, "h": height}
    values |= {"a": length * width, "b": width * height, "c": length * height}
    faces = [length * width] * 2 + [width * height] * 2 + [length * height] * 2
    return _made(
        draw,
        values,
        Bi(
            "A closed {t} shaped like a cuboid is {l} cm long, {w} cm wide and {h} cm high. What is its total surface area in square centimetres?",
            "একটি বন্ধ আয়তাকার ঘনবস্তু আকৃতির {t} দৈর্ঘ্য {l} সেমি, প্রস্থ {w} সেমি এবং উচ্চতা {h} সেমি। এর সমগ্র তলের ক্ষেত্রফল কত বর্গ সেমি?",
        ),
        (
            Bi(
                "A cuboid has 6 faces, in 3 pairs of equal rectangles.",
                "আয়তাকার ঘনবস্তুর 6টি তল আছে, যেগুলো 3 জোড়া সমান আয়তক্ষেত্র।",
            ),
            Bi(
                "The three different faces have areas {l} × {w} = {a}, {w} × {h} = {b} and {l} × {h} = {c}.",
                "তিনটি ভিন্ন তলের ক্ষেত্রফল {l} × {w} = {a}, {w} × {h} = {b} এবং {l} × {h} = {c}।",
            ),
            Bi(
                "Total surface area = 2 × ({a} + {b} + {c}).",
                "সমগ্র তলের ক্ষেত্রফল = 2 × ({a} + {b} + {c})।",
            ),
        ),
        2 * (length * width + width * height + length * height),
        sum(faces),
        unit=Unit.CM2,
    )


def _tank_litres(draw: Draw) -> Made:
    length = Fraction(draw.whole(2, 8), 2)
    width = Fraction(draw.whole(2, 6), 2)
    height = Fraction(draw.whole(5, 20), 10)
    volume = length * width * height
    draw.require(width <= length)
    values: dict[str, Shown] = {"l": decimal(length), "w": decimal(width), "h": decimal(height)}
    values |= {"V": decimal(volume)}
    return _made(
        draw,
        values,
        Bi(
            "A water tank shaped like a cuboid is {l} m long, {w} m wide and {h} m high. How many litres of water can it hold? (1 cubic metre = 1000 litres)",
            "একটি আয়তাকার ঘনবস্তু আকৃতির পানির ট্যাংকের দৈর্ঘ্য {l} মিটার, প্রস্থ {w} মিটার এবং উচ্চতা {h} মিটার। ট্যাংকটিতে কত লিটার পানি ধরবে? (1 ঘনমিটার = 1000 লিটার)",
        ),
        (
            Bi(
                "First find the volume of the tank in cubic metres.",
                "প্রথমে ট্যাংকের আয়তন ঘনমিটারে বের করো।",
            ),
            Bi(
                "Volume = {l} × {w} × {h} = {V} cubic metres.",
                "আয়তন = {l} × {w} × {h} = {V} ঘনমিটার।",
            ),
            Bi(
                "Multiply the volume in cubic metres by 1000 to get litres.",
                "ঘনমিটারে পাওয়া আয়তনকে 1000 দিয়ে গুণ করলে লিটারে পাবে।",
            ),
        ),
        volume * 1000,
        (length * 100) * (width * 100) * (height * 100) / 1000,
        unit=Unit.LITRE,
    )


def _water_height(draw: Draw) -> Made:
    length, width = draw.whole(4, 20) * 10, draw.whole(3, 15) * 10
    depth = draw.whole(5, 60)
    draw.require(width <= length and length * width * depth % 1000 == 0)
    litres = length * width * depth // 1000
    values: dict[str, Shown] = {"l": length, "w": width, "N": litres, "V": litres * 1000}
    values |= {"base": length * width}
    return _made(
        draw,
        values,
        Bi(
            "The base of an empty cuboid-shaped tank is {l} cm long and {w} cm wide. If {N} litres of water are poured into it, how high will the water stand, in cm? (1 litre = 1000 cubic centimetres)",
            "একটি খালি আয়তাকার ঘনবস্তু আকৃতির ট্যাংকের তলার দৈর্ঘ্য {l} সেমি এবং প্রস্থ {w} সেমি। এতে {N} লিটার পানি ঢাললে পানির উচ্চতা কত সেমি হবে? (1 লিটার = 1000 ঘন সেমি)",
        ),
        (
            Bi(
                "Volume of water = area of the base × height of the water.",
                "পানির আয়তন = তলার ক্ষেত্রফল × পানির উচ্চতা।",
            ),
            Bi(
                "Volume = {N} × 1000 = {V} cubic cm, and the base area = {l} × {w} = {base} square cm.",
                "আয়তন = {N} × 1000 = {V} ঘন সেমি, আর তলার ক্ষেত্রফল = {l} × {w} = {base} বর্গ সেমি।",
            ),
            Bi("Height = {V} ÷ {base}.", "উচ্চতা = {V} ÷ {base}।"),
        ),
        Fraction(litres * 1000, length * width),
        depth,
        unit=Unit.CM,
    )


_BRICKS: tuple[tuple[int, Fraction, int], ...] = (
    (25, Fraction(25, 2), 8),
    (20, Fraction(10), 5),
    (24, Fraction(12), 8),
    (25, Fraction(10), 8),
)


def _bricks(draw: Draw) -> Made:
    bl, bw, bh = draw.choice(_BRICKS)
    length, height = draw.whole(3, 20), Fraction(draw.whole(2, 8), 2)
    thickness = draw.choice((20, 25, 30, 40, 50))
    wall = length * 100 * height * 100 * thickness
    brick = bl * bw * bh
    count = wall / brick
    draw.require(count.denominator == 1)
    values: dict[str, Shown] = {"l": length, "h": decimal(height), "t": thickness}
    values |= {"bl": bl, "bw": decimal(bw), "bh": bh, "W": decimal(wall)}
    values |= {"B": decimal(brick), "L": length * 100, "H": decimal(height * 100)}
    return _made(
        draw,
        values,
        Bi(
            "A wall is {l} m long, {h} m high and {t} cm thick. Each brick is {bl} cm long, {bw} cm wide and {bh} cm high. How many bricks are needed to build the wall? (Ignore the mortar.)",
            "একটি দেয়ালের দৈর্ঘ্য {l} মিটার, উচ্চতা {h} মিটার এবং পুরুত্ব {t} সেমি। প্রতিটি ইটের দৈর্ঘ্য {bl} সেমি, প্রস্থ {bw} সেমি এবং উচ্চতা {bh} সেমি। দেয়ালটি তৈরি করতে কতগুলো ইট লাগবে? (গাঁথুনির মসলা বাদ দাও।)",
        ),
        (
            Bi(
                "Write every length in cm first: the wall is {L} cm long and {H} cm high.",
                "প্রথমে সব দৈর্ঘ্য সেমিতে লেখো: দেয়ালের দৈর্ঘ্য {L} সেমি এবং উচ্চতা {H} সেমি।",
            ),
            Bi(
                "Volume of the wall = {L} × {H} × {t} = {W} cubic cm; volume of a brick = {bl} × {bw} × {bh} = {B} cubic cm.",
                "দেয়ালের আয়তন = {L} × {H} × {t} = {W} ঘন সেমি; একটি ইটের আয়তন = {bl} × {bw} × {bh} = {B} ঘন সেমি।",
            ),
            Bi(
                "Number of bricks = volume of the wall ÷ volume of a brick.",
                "ইটের সংখ্যা = দেয়ালের আয়তন ÷ একটি ইটের আয়তন।",
            ),
        ),
        count,
        Fraction(length * 100, bl) * (height * 100 / bh) * (Fraction(thickness) / bw),
    )


def _pond_soil(draw: Draw) -> Made:
    person = draw.person()
    pl, pw, pd = draw.whole(10, 40), draw.whole(8, 30), draw.whole(2, 5)
    rise = draw.whole(1, 16) * 5
    soil = pl * pw * pd
    draw.require(pw <= pl and soil * 100 % rise == 0)
    area = soil * 100 // rise
    sides = [w for w in range(20, 151, 5) if area % w == 0 and w <= area // w <= 250]
    draw.require(bool(sides))
    fw = draw.choice(sides)
    fl = area // fw
    values: dict[str, Shown] = {"name": person.name, "a": pl, "b": pw, "c": pd, "L": fl}
    values |= {"W": fw, "V": soil, "F": fl * fw}
    return _made(
        draw,
        values,
        Bi(
            "{name}'s family digs a pond {a} m long, {b} m wide and {c} m deep. All the soil is spread evenly over a rectangular field {L} m long and {W} m wide. By how many centimetres does the level of the field rise?",
            "{name}দের পরিবার {a} মিটার দৈর্ঘ্য, {b} মিটার প্রস্থ ও {c} মিটার গভীর একটি পুকুর খনন করল। খননের সব মাটি {L} মিটার দৈর্ঘ্য ও {W} মিটার প্রস্থের একটি আয়তাকার মাঠে সমানভাবে ছড়িয়ে দেওয়া হলো। মাঠটি কত সেন্টিমিটার উঁচু হলো?",
        ),
        (
            Bi(
                "The volume of soil dug out = area of the field × rise in the field's level.",
                "খনন করা মাটির আয়তন = মাঠের ক্ষেত্রফল × মাঠের উচ্চতা বৃদ্ধি।",
            ),
            Bi(
                "Volume of soil = {a} × {b} × {c} = {V} cubic metres, and the field's area = {L} × {W} = {F} square metres.",
                "মাটির আয়তন = {a} × {b} × {c} = {V} ঘনমিটার এবং মাঠের ক্ষেত্রফল = {L} × {W} = {F} বর্গমিটার।",
            ),
            Bi(
                "Rise = {V} ÷ {F} metres; multiply by 100 to change metres into centimetres.",
                "উচ্চতা বৃদ্ধি = {V} ÷ {F} মিটার; মিটারকে সেন্টিমিটারে নিতে 100 দিয়ে গুণ করো।",
            ),
        ),
        Fraction(soil, fl * fw) * 100,
        rise,
        unit=Unit.CM,
    )


def _floor_tiles(draw: Draw) -> Made:
    tile = draw.choice((20, 25, 30, 40, 50, 60))
    length = Fraction(draw.whole(6, 40), 2)
    width = Fraction(draw.whole(5, 30), 2)
    along, across = length * 100 / tile, width * 100 / tile
    draw.require(width <= length and along.denominator == 1 and across.denominator == 1)
    values: dict[str, Shown] = {"l": decimal(length), "w": decimal(width), "s": tile}
    values |= {"L": decimal(length * 100), "W": decimal(width * 100)}
    room = draw.choice((Bi("room", "ঘরের"), Bi("verandah", "বারান্দার"), Bi("hall", "হলঘরের")))
    values["r"] = room
    return _made(
        draw,
        values,
        Bi(
            "The floor of a {r} is {l} m long and {w} m wide. How many square tiles of side {s} cm are needed to cover it?",
            "একটি {r} মেঝের দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। {s} সেমি বাহুবিশিষ্ট কতগুলো বর্গাকার টাইলস দিয়ে মেঝেটি ঢাকা যাবে?",
        ),
        (
            Bi(
                "Change the lengths to cm: the floor is {L} cm by {W} cm.",
                "দৈর্ঘ্যগুলো সেমিতে নাও: মেঝেটি {L} সেমি × {W} সেমি।",
            ),
            Bi(
                "Along the length fit {L} ÷ {s} tiles, and along the width fit {W} ÷ {s} tiles.",
                "দৈর্ঘ্য বরাবর {L} ÷ {s}টি এবং প্রস্থ বরাবর {W} ÷ {s}টি টাইলস বসবে।",
            ),
            Bi(
                "Multiply the two numbers of tiles (or divide the floor's area by one tile's area).",
                "টাইলসের দুই সংখ্যা গুণ করো (অথবা মেঝের ক্ষেত্রফলকে একটি টাইলসের ক্ষেত্রফল দিয়ে ভাগ করো)।",
            ),
        ),
        along * across,
        length * width * 10000 / (tile * tile),
    )


# (from unit, to unit, factor, answer unit, decimal places of the amount)
_CONVERSIONS = (
    (Bi("km", "কিলোমিটার"), Bi("metres", "মিটার"), 1000, Unit.M, 3),
    (Bi("m", "মিটার"), Bi("centimetres", "সেন্টিমিটার"), 100, Unit.CM, 2),
    (Bi("cm", "সেন্টিমিটার"), Bi("millimetres", "মিলিমিটার"), 10, Unit.MM, 1),
    (Bi("kg", "কেজি"), Bi("grams", "গ্রাম"), 1000, Unit.G, 3),
    (Bi("litres", "লিটার"), Bi("millilitres", "মিলিলিটার"), 1000, Unit.ML, 3),
    (Bi("quintals", "কুইন্টাল"), Bi("kilograms", "কিলোগ্রাম"), 100, Unit.KG, 2),
    (Bi("metric tons", "মেট্রিক টন"), Bi("kilograms", "কিলোগ্রাম"), 1000, Unit.KG, 3),
    (Bi("hectares", "হেক্টর"), Bi("square metres", "বর্গমিটার"), 10000, Unit.M2, 2),
)
_UNIT_NAMES = {
    Unit.M: Bi("metre", "মিটার"),
    Unit.CM: Bi("centimetre", "সেন্টিমিটার"),
    Unit.MM: Bi("millimetre", "মিলিমিটার"),
    Unit.G: Bi("gram", "গ্রাম"),
    Unit.ML: Bi("millilitre", "মিলিলিটার"),
    Unit.KG: Bi("kilogram", "কিলোগ্রাম"),
    Unit.M2: Bi("square metre", "বর্গমিটার"),
}


def _shift_point(text: str, places: int) -> Fraction:
    """Move a decimal's point places to the right, digit by digit, as a student does."""
    whole, _, tail = text.partition(".")
    tail = tail.ljust(places, "0")
    return Fraction(whole + tail[:places] + "." + (tail[places:] or "0"))


def _convert_up(draw: Draw) -> Made:
    big, small, factor, unit, places = draw.choice(_CONVERSIONS)
    amount = draw.whole(1, 99) + Fraction(draw.whole(1, 10**places - 1), 10**places)
    values: dict[str, Shown] = {"x": decimal(amount), "b": big, "s": small, "f": factor}
    values |= {"one": Bi(big.en.rstrip("s"), big.bn)}
    return _made(
        draw,
        values,
        Bi("How many {s} are there in {x} {b}?", "{x} {b} = কত {s}?"),
        (
            Bi("1 {one} = {f} {s}.", "1 {one} = {f} {s}।"),
            Bi(
                "To change {b} into {s}, multiply by {f}.",
                "{b} থেকে {s} এককে নিতে {f} দিয়ে গুণ করো।",
            ),
            Bi(
                "Multiplying by {f} moves the decimal point to the right; work out {x} × {f}.",
                "{f} দিয়ে গুণ করলে দশমিক বিন্দু ডানে সরে যায়; {x} × {f} হিসাব করো।",
            ),
        ),
        amount * factor,
        _shift_point(format(decimal(amount), "f"), len(str(factor)) - 1),
        unit=unit,
    )


def _convert_down(draw: Draw) -> Made:
    big, small, factor, _, places = draw.choice(_CONVERSIONS)
    count = draw.whole(1, 99) * 10**places + draw.whole(1, 10**places - 1)
    amount = Fraction(count, 10**places) * factor
    draw.require(amount.denominator == 1)
    big_unit = {
        "km": Unit.KM,
        "m": Unit.M,
        "cm": Unit.CM,
        "kg": Unit.KG,
        "litres": Unit.LITRE,
        "quintals": Unit.QUINTAL,
    }.get(big.en)
    draw.require(big_unit is not None)
    values: dict[str, Shown] = {"n": int(amount), "b": big, "s": small, "f": factor}
    values |= {"one": Bi(big.en.rstrip("s"), big.bn)}
    return _made(
        draw,
        values,
        Bi("Write {n} {s} in {b}.", "{n} {s} = কত {b}?"),
        (
            Bi("1 {one} = {f} {s}.", "1 {one} = {f} {s}।"),
            Bi(
                "To change {s} into {b}, divide by {f}.", "{s} থেকে {b} এককে নিতে {f} দিয়ে ভাগ করো।"
            ),
            Bi(
                "Dividing by {f} moves the decimal point to the left; work out {n} ÷ {f}.",
                "{f} দিয়ে ভাগ করলে দশমিক বিন্দু বামে সরে যায়; {n} ÷ {f} হিসাব করো।",
            ),
        ),
        Fraction(int(amount), factor),
        Fraction(count, 10**places),
        unit=big_unit,
    )


def _four_walls(draw: Draw) -> Made:
    length, width = draw.whole(3, 12), draw.whole(3, 10)
    height = Fraction(draw.whole(5, 8), 2)
    rate = draw.whole(2, 12) * 5
    draw.require(width <= length)
    area = 2 * (length + width) * height
    values: dict[str, Shown] = {"l": length, "w": width, "h": decimal(height), "r": rate}
    values |= {"s": 2 * (length + width), "A": decimal(area)}
    return _made(
        draw,
        values,
        Bi(
            "A room is {l} m long, {w} m wide and {h} m high. Painting its four walls costs {r} taka per square metre. What is the total cost in taka? (Ignore doors and windows.)",
            "একটি ঘরের দৈর্ঘ্য {l} মিটার, প্রস্থ {w} মিটার এবং উচ্চতা {h} মিটার। প্রতি বর্গমিটারে {r} টাকা খরচ হলে ঘরটির চার দেয়াল রং করতে মোট কত টাকা খরচ হবে? (দরজা-জানালার জন্য কোনো অংশ বাদ দিতে হবে না।)",
        ),
        (
            Bi(
                "Area of the four walls = 2 × (length + width) × height.",
                "চার দেয়ালের ক্ষেত্রফল = 2 × (দৈর্ঘ্য + প্রস্থ) × উচ্চতা।",
            ),
            Bi(
                "2 × ({l} + {w}) = {s} m, so the walls' area = {s} × {h} = {A} square metres.",
                "2 × ({l} + {w}) = {s} মিটার, তাই দেয়ালের ক্ষেত্রফল = {s} × {h} = {A} বর্গমিটার।",
            ),
            Bi("Cost = {A} × {r} taka.", "খরচ = {A} × {r} টাকা।"),
        ),
        area * rate,
        (2 * length * height + 2 * width * height) * rate,
        unit=Unit.TAKA,
    )


def _parallelogram(draw: Draw) -> Made:
    base, height = draw.whole(4, 60), draw.whole(3, 40)
    values: dict[str, Shown] = {"b": base, "h": height}
    return _made(
        draw,
        values,
        Bi(
            "A parallelogram has a base of {b} cm and a height of {h} cm. What is its area in square centimetres?",
            "একটি সামান্তরিকের ভূমি {b} সেমি এবং উচ্চতা {h} সেমি। এর ক্ষেত্রফল কত বর্গ সেমি?",
        ),
        (
            Bi(
                "A parallelogram's area is found like a rectangle's, using its base and height.",
                "সামান্তরিকের ক্ষেত্রফল আয়তক্ষেত্রের মতোই ভূমি ও উচ্চতা দিয়ে বের করা হয়।",
            ),
            Bi("Area of a parallelogram = base × height.", "সামান্তরিকের ক্ষেত্রফল = ভূমি × উচ্চতা।"),
            Bi("Multiply {b} by {h}.", "{b} কে {h} দিয়ে গুণ করো।"),
        ),
        base * height,
        2 * Fraction(base * height, 2),
        unit=Unit.CM2,
    )


def _rhombus(draw: Draw) -> Made:
    d1, d2 = draw.whole(4, 40), draw.whole(4, 40)
    draw.require(d1 != d2 and d1 * d2 % 2 == 0)
    values: dict[str, Shown] = {"a": d1, "b": d2, "ab": d1 * d2}
    return _made(
        draw,
        values,
        Bi(
            "The diagonals of a rhombus are {a} cm and {b} cm long. What is its area in square centimetres?",
            "একটি রম্বসের কর্ণ দুইটির দৈর্ঘ্য {a} সেমি ও {b} সেমি। রম্বসটির ক্ষেত্রফল কত বর্গ সেমি?",
        ),
        (
            Bi(
                "The diagonals cut the rhombus into 4 right-angled triangles.",
                "কর্ণ দুইটি রম্বসকে 4টি সমকোণী ত্রিভুজে ভাগ করে।",
            ),
            Bi(
                "Area of a rhombus = product of the diagonals ÷ 2.",
                "রম্বসের ক্ষেত্রফল = কর্ণ দুইটির গুণফল ÷ 2।",
            ),
            Bi("Work out {a} × {b} = {ab}, then halve it.", "{a} × {b} = {ab}, তারপর এর অর্ধেক নাও।"),
        ),
        Fraction(d1 * d2, 2),
        4 * Fraction(d1, 2) * Fraction(d2, 2) / 2,
        unit=Unit.CM2,
    )


def _trapezium(draw: Draw) -> Made:
    a, b, h = draw.whole(5, 60), draw.whole(5, 60), draw.whole(4, 40)
    draw.require(a < b and (a + b) * h % 2 == 0)
    plot = draw.choice((Bi("piece of land", "একখণ্ড জমি"), Bi("garden", "একটি বাগান")))
    values: dict[str, Shown] = {"p": plot, "a": a, "b": b, "h": h, "s": a + b}
    return _made(
        draw,
        values,
        Bi(
            "A {p} is shaped like a trapezium. Its parallel sides are {a} m and {b} m long and the distance between them is {h} m. What is its area in square metres?",
            "{p} ট্রাপিজিয়াম আকৃতির। এর সমান্তরাল বাহু দুইটির দৈর্ঘ্য {a} মিটার ও {b} মিটার এবং এদের মধ্যবর্তী দূরত্ব {h} মিটার। এর ক্ষেত্রফল কত বর্গমিটার?",
        ),
        (
            Bi(
                "Area of a trapezium = half the sum of the parallel sides × the distance between them.",
                "ট্রাপিজিয়ামের ক্ষেত্রফল = সমান্তরাল বাহু দুইটির যোগফলের অর্ধেক × এদের মধ্যবর্তী দূরত্ব।",
            ),
            Bi(
                "Sum of the parallel sides = {a} + {b} = {s} m.",
                "সমান্তরাল বাহু দুইটির যোগফল = {a} + {b} = {s} মিটার।",
            ),
            Bi("Work out {s} × {h} ÷ 2.", "{s} × {h} ÷ 2 হিসাব করো।"),
        ),
        Fraction((a + b) * h, 2),
        a * h + Fraction((b - a) * h, 2),
        unit=Unit.M2,
    )


_ROUND_THINGS = (
    (Bi("circular pond", "বৃত্তাকার পুকুরের"), True, 5),
    (Bi("circular garden", "বৃত্তাকার বাগানের"), True, 5),
    (Bi("circular field", "বৃত্তাকার মাঠের"), True, 10),
    (Bi("round table top", "গোল টেবিলের উপরিতলের"), False, 15),
    (Bi("round plate", "গোল থালার"), False, 2),
)


def _circle(draw: Draw) -> Made:
    thing, metres, most = draw.choice(_ROUND_THINGS)
    radius = draw.whole(1, most) * 7
    length = Bi("m", "মিটার") if metres else Bi("cm", "সেমি")
    square = Bi("square metres", "বর্গমিটার") if metres else Bi("square centimetres", "বর্গ সেমি")
    values: dict[str, Shown] = {"t": thing, "r": radius, "d": 2 * radius, "rr": radius * radius}
    values |= {"u": length, "sq": square}
    given = (
        Bi("has a diameter of {d} {u}", "ব্যাস {d} {u}")
        if draw.coin()
        else Bi("has a radius of {r} {u}", "ব্যাসার্ধ {r} {u}")
    )
    if draw.coin():
        question = Bi(
            "A {t} " + given.en + ". What is its area in {sq}? Take π = 22/7.",
            "একটি {t} " + given.bn + "। এর ক্ষেত্রফল কত {sq}? π = 22/7 ধরো।",
        )
        hints = (
            Bi("Area of a circle = π × radius².", "বৃত্তের ক্ষেত্রফল = π × ব্যাসার্ধ²।"),
            Bi(
                "The radius is {r} {u}, so radius² = {rr}.",
                "ব্যাসার্ধ {r} {u}, তাই ব্যাসার্ধ² = {rr}।",
            ),
            Bi(
                "Work out 22/7 × {rr}; cancel the 7 first.",
                "22/7 × {rr} হিসাব করো; আগে 7 দিয়ে কাটাকাটি করে নাও।",
            ),
        )
        answer = Fraction(22, 7) * radius * radius
        derived = 22 * (radius // 7) * radius
        unit = Unit.M2 if metres else Unit.CM2
    else:
        question = Bi(
            "A {t} " + given.en + ". What is its circumference in {u}? Take π = 22/7.",
            "একটি {t} " + given.bn + "। এর পরিধি কত {u}? π = 22/7 ধরো।",
        )
        hints = (
            Bi(
                "Circumference = 2 × π × radius = π × diameter.",
                "পরিধি = 2 × π × ব্যাসার্ধ = π × ব্যাস।",
            ),
            Bi("The diameter is {d} {u}.", "ব্যাস {d} {u}।"),
            Bi(
                "Work out 22/7 × {d}; cancel the 7 first.",
                "22/7 × {d} হিসাব করো; আগে 7 দিয়ে কাটাকাটি করে নাও।",
            ),
        )
        answer = Fraction(22, 7) * 2 * radius
        derived = 44 * (radius // 7)
        unit = Unit.M if metres else Unit.CM
    return _made(draw, values, question, hints, answer, derived, unit=unit)


FAMILIES = (
    Family(
        "g8-measure-rectangle-area",
        "area of a rectangle",
        1,
        AnswerKind.INTEGER,
        _rectangle_area,
        unit=Unit.M2,
        minutes=2,
    ),
    Family(
        "g8-measure-rectangle-length-from-area",
        "side of a rectangle from its area",
        1,
        AnswerKind.INTEGER,
        _rectangle_length,
        unit=Unit.M,
        minutes=2,
    ),
    Family(
        "g8-measure-rectangle-perimeter-from-area",
        "perimeter from the area",
        2,
        AnswerKind.INTEGER,
        _perimeter_from_area,
        unit=Unit.M,
    ),
    Family(
        "g8-measure-path-outside",
        "area of a path",
        2,
        AnswerKind.INTEGER,
        _path_outside,
        unit=Unit.M2,
        minutes=4,
    ),
    Family(
        "g8-measure-path-inside",
        "area of a path",
        2,
        AnswerKind.INTEGER,
        _path_inside,
        unit=Unit.M2,
        minutes=4,
    ),
    Family(
        "g8-measure-crossing-roads",
        "area of crossing roads",
        3,
        AnswerKind.INTEGER,
        _crossing_roads,
        unit=Unit.M2,
        minutes=5,
    ),
    Family(
        "g8-measure-path-cost",
        "cost of making a path",
        3,
        AnswerKind.MONEY,
        _path_cost,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g8-measure-fencing-cost",
        "cost of fencing",
        2,
        AnswerKind.MONEY,
        _fencing_cost,
        unit=Unit.TAKA,
    ),
    Family(
        "g8-measure-triangle-area",
        "area of a triangle",
        1,
        AnswerKind.INTEGER,
        _triangle_area,
        unit=Unit.CM2,
        minutes=2,
    ),
    Family(
        "g8-measure-triangle-height-from-area",
        "height of a triangle from its area",
        2,
        AnswerKind.INTEGER,
        _triangle_height,
        unit=Unit.CM,
    ),
    Family(
        "g8-measure-square-area-from-perimeter",
        "area of a square",
        1,
        AnswerKind.INTEGER,
        _square_from_perimeter,
        unit=Unit.M2,
        minutes=2,
    ),
    Family(
        "g8-measure-square-area-from-diagonal",
        "area of a square from its diagonal",
        3,
        AnswerKind.INTEGER,
        _square_from_diagonal,
        unit=Unit.M2,
        minutes=4,
    ),
    Family(
        "g8-measure-cuboid-volume",
        "volume of a cuboid",
        1,
        AnswerKind.INTEGER,
        _cuboid_volume,
        unit=Unit.CM3,
        minutes=2,
    ),
    Family(
        "g8-measure-cuboid-surface",
        "surface area of a cuboid",
        2,
        AnswerKind.INTEGER,
        _cuboid_surface,
        unit=Unit.CM2,
        minutes=4,
    ),
    Family(
        "g8-measure-tank-capacity",
        "capacity of a tank",
        2,
        AnswerKind.INTEGER,
        _tank_litres,
        unit=Unit.LITRE,
    ),
    Family(
        "g8-measure-water-height",
        "height of water in a tank",
        3,
        AnswerKind.INTEGER,
        _water_height,
        unit=Unit.CM,
        minutes=5,
    ),
    Family(
        "g8-measure-bricks-for-wall",
        "bricks for a wall",
        3,
        AnswerKind.INTEGER,
        _bricks,
        minutes=5,
    ),
    Family(
        "g8-measure-pond-soil-rise",
        "volume: soil from a pond",
        3,
        AnswerKind.INTEGER,
        _pond_soil,
        unit=Unit.CM,
        minutes=5,
    ),
    Family(
        "g8-measure-floor-tiles",
        "tiles to cover a floor",
        2,
        AnswerKind.INTEGER,
        _floor_tiles,
        minutes=4,
    ),
    Family(
        "g8-measure-unit-conversion-up",
        "converting units",
        1,
        AnswerKind.DECIMAL,
        _convert_up,
        unit=Unit.M,
        minutes=1,
    ),
    Family(
        "g8-measure-unit-conversion-down",
        "converting units",
        2,
        AnswerKind.DECIMAL,
        _convert_down,
        unit=Unit.KM,
        minutes=2,
    ),
    Family(
        "g8-measure-four-walls-cost",
        "cost of painting walls",
        3,
        AnswerKind.MONEY,
        _four_walls,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g8-measure-parallelogram-area",
        "area of a parallelogram",
        1,
        AnswerKind.INTEGER,
        _parallelogram,
        unit=Unit.CM2,
        minutes=1,
    ),
    Family(
        "g8-measure-rhombus-area",
        "area of a rhombus",
        2,
        AnswerKind.INTEGER,
        _rhombus,
        unit=Unit.CM2,
        minutes=2,
    ),
    Family(
        "g8-measure-trapezium-area",
        "area of a trapezium",
        2,
        AnswerKind.INTEGER,
        _trapezium,
        unit=Unit.M2,
        minutes=3,
    ),
    Family(
        "g8-measure-circle",
        "area and circumference of a circle",
        2,
        AnswerKind.INTEGER,
        _circle,
        unit=Unit.CM2,
        minutes=3,
    ),
)
