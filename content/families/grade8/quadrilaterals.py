"""Class 8, quadrilaterals: angle sums; angles of parallelograms, trapeziums and rhombuses;
diagonals, sides, areas and perimeters of rectangles, squares, rhombuses, parallelograms and
trapeziums (NCTB class 8, chapter 8).

Each instance plants the shape's measures first (Pythagorean triples where a diagonal or a side
is found by Pythagoras) and derives the answer the textbook way from the printed numbers; the
planted measure, or a second formula, is the independent derivation.
"""

from __future__ import annotations

from fractions import Fraction

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit

TOPIC = Topic(grade=8, key="quadrilaterals", en="Quadrilaterals", bn="চতুর্ভুজ")

_NAMES = ("ABCD", "PQRS", "KLMN", "EFGH", "WXYZ")
_TRIPLES = (
    (3, 4, 5),
    (5, 12, 13),
    (8, 15, 17),
    (7, 24, 25),
    (20, 21, 29),
    (9, 40, 41),
    (12, 35, 37),
)

_CM = (Bi("cm", "সেমি"), Bi("square centimetres", "বর্গ সেমি"), Unit.CM, Unit.CM2)
_M = (Bi("m", "মিটার"), Bi("square metres", "বর্গমিটার"), Unit.M, Unit.M2)


def _avoid(draw: Draw, answer: int | Fraction, *shown: int | Fraction) -> None:
    """Reject a draw whose answer is one of the numbers a hint shows."""
    draw.require(answer not in shown)


def _angle(name: str, index: int) -> str:
    return f"∠{name[index]}"


def _fourth_angle(draw: Draw) -> Made:
    name = draw.choice(_NAMES)
    angles = [draw.whole(45, 150) for _ in range(3)]
    fourth = 360 - sum(angles)
    draw.require(35 <= fourth <= 160)
    given = sum(angles)
    _avoid(draw, fourth, *angles, given, 360)
    return Made(
        values={
            "name": name,
            "a": angles[0],
            "b": angles[1],
            "c": angles[2],
            "A": _angle(name, 0),
            "B": _angle(name, 1),
            "C": _angle(name, 2),
            "D": _angle(name, 3),
            "sum": given,
        },
        question=Bi(
            "In the quadrilateral {name}, {A} = {a}°, {B} = {b}° and {C} = {c}°. Find {D} in degrees.",
            "{name} চতুর্ভুজে {A} = {a}°, {B} = {b}° এবং {C} = {c}°। {D} এর মান কত ডিগ্রি নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The four angles of a quadrilateral add up to 360°.",
                "চতুর্ভুজের চারটি কোণের সমষ্টি ৩৬০°।",
            ),
            Bi(
                "Add the three given angles: {a}° + {b}° + {c}° = {sum}°.",
                "প্রদত্ত তিনটি কোণ যোগ করো: {a}° + {b}° + {c}° = {sum}°।",
            ),
            Bi("Subtract {sum}° from 360°.", "৩৬০° থেকে {sum}° বিয়োগ করো।"),
        ),
        answer=fourth,
        derived=next(d for d in range(1, 360) if given + d == 360),  # count up to the full turn
    )


def _parallelogram_angle(draw: Draw) -> Made:
    name = draw.choice(_NAMES)
    a = draw.whole(35, 145, exclude=(90,))
    asked = draw.choice((1, 3, 1, 3, 2))
    if asked == 2:
        answer = a
        derived = 360 - 2 * (180 - a) - a  # from the angle sum, with both neighbours 180° − a
        hints = (
            Bi(
                "{C} is opposite {A} in the parallelogram.",
                "সামান্তরিকে {C} হলো {A} এর বিপরীত কোণ।",
            ),
            Bi(
                "The opposite angles of a parallelogram are equal.",
                "সামান্তরিকের বিপরীত কোণগুলো পরস্পর সমান।",
            ),
            Bi(
                "So {C} has the same measure as {A}.",
                "তাই {C} এর মান {A} এর মানের সমান।",
            ),
        )
    else:
        answer = 180 - a
        derived = (360 - 2 * a) // 2  # the other pair of opposite angles share what is left
        hints = (
            Bi(
                "{asked} and {A} are adjacent angles of the parallelogram.",
                "{asked} ও {A} সামান্তরিকের সন্নিহিত কোণ।",
            ),
            Bi(
                "Adjacent angles of a parallelogram add up to 180°.",
                "সামান্তরিকের সন্নিহিত কোণ দুটির সমষ্টি ১৮০°।",
            ),
            Bi("Subtract {a}° from 180°.", "১৮০° থেকে {a}° বিয়োগ করো।"),
        )
        _avoid(draw, answer, a, 180)
    return Made(
        values={
            "name": name,
            "a": a,
            "A": _angle(name, 0),
            "C": _angle(name, 2),
            "asked": _angle(name, asked),
        },
        question=Bi(
            "In the parallelogram {name}, {A} = {a}°. Find {asked} in degrees.",
            "{name} সামান্তরিকে {A} = {a}°। {asked} এর মান কত ডিগ্রি নির্ণয় করো।",
        ),
        hints=hints,
        answer=answer,
        derived=derived,
    )


def _angles_in_ratio(draw: Draw) -> Made:
    parts = [draw.whole(1, 9) for _ in range(4)]
    total = sum(parts)
    draw.require(360 % total == 0 and len(set(parts)) >= 3)
    unit = 360 // total
    angles = [p * unit for p in parts]
    draw.require(max(angles) < 180)
    largest = draw.coin()
    answer = max(angles) if largest else min(angles)
    ratio = ":".join(str(p) for p in parts)
    _avoid(draw, answer, *parts, total, unit, 360)
    return Made(
        values={
            "ratio": ratio,
            "total": total,
            "which": Bi("largest", "বৃহত্তম") if largest else Bi("smallest", "ক্ষুদ্রতম"),
            "part": max(parts) if largest else min(parts),
        },
        question=Bi(
            "The angles of a quadrilateral are in the ratio {ratio}. Find the {which} angle in degrees.",
            "একটি চতুর্ভুজের কোণগুলোর অনুপাত {ratio}। {which} কোণটি কত ডিগ্রি নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The angles of a quadrilateral add up to 360°.",
                "চতুর্ভুজের কোণগুলোর সমষ্টি ৩৬০°।",
            ),
            Bi(
                "Add the terms of the ratio to get {total} equal parts, and find one part: 360° ÷ {total}.",
                "অনুপাতের পদগুলো যোগ করলে {total}টি সমান অংশ; এক অংশ = ৩৬০° ÷ {total}।",
            ),
            Bi(
                "The {which} angle has {part} parts; multiply.",
                "{which} কোণটি {part} অংশের সমান; গুণ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(360 * (max(parts) if largest else min(parts)), total),
    )


def _adjacent_angles_relation(draw: Draw) -> Made:
    name = draw.choice(_NAMES)
    if draw.coin():
        small = draw.whole(30, 85)
        big = 180 - small
        gap = big - small
        draw.require(gap > 0)
        relation = Bi(
            f"two adjacent angles differ by {gap}°",
            f"দুইটি সন্নিহিত কোণের অন্তর {gap}°",
        )
        equation = Bi(
            f"x + y = 180 and x − y = {gap}",
            f"x + y = ১৮০ এবং x − y = {gap}",
        )
        shown: tuple[int, ...] = (gap, 180)
        solved_big, solved_small = Fraction(180 + gap, 2), Fraction(180 - gap, 2)
    else:
        k = draw.choice((2, 3, 4, 5, 8, 9, 11))
        draw.require(180 % (k + 1) == 0)
        small = 180 // (k + 1)
        big = 180 - small
        relation = Bi(
            f"one angle is {k} times an adjacent angle",
            f"একটি কোণ এর সন্নিহিত কোণের {k} গুণ",
        )
        equation = Bi(f"x = {k}y and x + y = 180", f"x = {k}y এবং x + y = ১৮০")
        shown = (k, 180)
        solved_small = Fraction(180, k + 1)
        solved_big = 180 - solved_small
    larger = draw.coin()
    answer = solved_big if larger else solved_small
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "name": name,
            "relation": relation,
            "equation": equation,
            "which": Bi("larger", "বৃহত্তর") if larger else Bi("smaller", "ক্ষুদ্রতর"),
        },
        question=Bi(
            "In the parallelogram {name}, {relation}. Find the {which} of these two angles in degrees.",
            "{name} সামান্তরিকের {relation}। কোণ দুটির মধ্যে {which} কোণটি কত ডিগ্রি নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Adjacent angles of a parallelogram add up to 180°.",
                "সামান্তরিকের সন্নিহিত কোণ দুটির সমষ্টি ১৮০°।",
            ),
            Bi(
                "Call the larger angle x° and the smaller y°: {equation}.",
                "বৃহত্তর কোণ x° ও ক্ষুদ্রতর কোণ y° ধরো: {equation}।",
            ),
            Bi("Solve these two equations.", "সমীকরণ দুটি সমাধান করো।"),
        ),
        answer=answer,
        derived=max(small, big) if larger else min(small, big),
    )


def _algebraic_angles(draw: Draw) -> Made:
    name = draw.choice(_NAMES)
    x = draw.whole(5, 30)
    p, r = draw.whole(1, 6), draw.whole(1, 6)
    draw.require(p != r)
    a = draw.whole(40, 140, exclude=(90,))
    q, s = a - p * x, a - r * x
    draw.require(-60 <= q <= 80 and -60 <= s <= 80 and q != 0 and s != 0)

    def linear(coefficient: int, constant: int) -> str:
        letter = "x" if coefficient == 1 else f"{coefficient}x"
        sign = "+" if constant > 0 else "−"
        return f"({letter} {sign} {abs(constant)})°"

    # Opposite angles are equal: px + q = rx + s.
    solved_x = Fraction(s - q, p - r)
    angle_a = p * solved_x + q
    answer = 180 - angle_a
    _avoid(draw, answer, x, p, r, abs(q), abs(s), 180)
    return Made(
        values={
            "name": name,
            "A": _angle(name, 0),
            "B": _angle(name, 1),
            "C": _angle(name, 2),
            "ea": linear(p, q),
            "ec": linear(r, s),
        },
        question=Bi(
            "In the parallelogram {name}, {A} = {ea} and {C} = {ec}. Find {B} in degrees.",
            "{name} সামান্তরিকে {A} = {ea} এবং {C} = {ec}। {B} এর মান কত ডিগ্রি নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "{A} and {C} are opposite angles, so they are equal: set {ea} equal to {ec} and find x.",
                "{A} ও {C} বিপরীত কোণ, তাই এরা সমান: {ea} = {ec} লিখে x এর মান বের করো।",
            ),
            Bi(
                "Put the value of x back to find {A}.",
                "x এর মান বসিয়ে {A} এর মান বের করো।",
            ),
            Bi(
                "{B} is adjacent to {A}, so {B} = 180° − {A}.",
                "{B} হলো {A} এর সন্নিহিত কোণ, তাই {B} = ১৮০° − {A}।",
            ),
        ),
        answer=answer,
        derived=180 - a,
    )


def _rhombus_area(draw: Draw) -> Made:
    label, area_label, _, area_unit = draw.choice((_CM, _M))
    d1, d2 = draw.whole(4, 40, step=2), draw.whole(3, 40)
    draw.require(d1 != d2)
    answer = Fraction(d1 * d2, 2)
    _avoid(draw, answer, d1, d2, d1 * d2, 2)
    return Made(
        values={"d1": d1, "d2": d2, "u": label, "au": area_label},
        question=Bi(
            "The diagonals of a rhombus are {d1} {u} and {d2} {u} long. Find its area in {au}.",
            "একটি রম্বসের কর্ণ দুটির দৈর্ঘ্য {d1} {u} ও {d2} {u}। এর ক্ষেত্রফল কত {au} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The diagonals of a rhombus bisect each other at right angles.",
                "রম্বসের কর্ণদ্বয় পরস্পরকে সমকোণে সমদ্বিখণ্ডিত করে।",
            ),
            Bi(
                "Area of a rhombus = ½ × product of the diagonals.",
                "রম্বসের ক্ষেত্রফল = ½ × কর্ণদ্বয়ের গুণফল।",
            ),
            Bi("Work out {d1} × {d2}, then halve it.", "{d1} × {d2} বের করে অর্ধেক করো।"),
        ),
        answer=answer,
        # Four right-angled triangles with legs d1/2 and d2/2.
        derived=4 * Fraction(d1, 2) * Fraction(d2, 2) / 2,
        unit=area_unit,
    )


def _rhombus_side(draw: Draw) -> Made:
    label, _, length_unit, _ = draw.choice((_CM, _M))
    a, b, c = draw.choice(_TRIPLES)
    k = draw.whole(1, 3)
    half1, half2, side = a * k, b * k, c * k
    perimeter = draw.coin()
    d1, d2 = 2 * half1, 2 * half2
    if draw.coin():
        d1, d2 = d2, d1
    side_squared = half1 * half1 + half2 * half2
    answer = 4 * side if perimeter else side
    _avoid(draw, answer, d1, d2, half1, half2, side_squared, 4)
    return Made(
        values={
            "d1": d1,
            "d2": d2,
            "h1": half1,
            "h2": half2,
            "u": label,
            "what": Bi("perimeter", "পরিসীমা")
            if perimeter
            else Bi("length of a side", "একটি বাহুর দৈর্ঘ্য"),
            "last": Bi(
                "The side is the square root of that; the perimeter is 4 sides.",
                "বাহু হবে এর বর্গমূল; পরিসীমা = ৪ × বাহু।",
            )
            if perimeter
            else Bi("The side is the square root of that.", "বাহু হবে এর বর্গমূল।"),
        },
        question=Bi(
            "The diagonals of a rhombus are {d1} {u} and {d2} {u} long. Find its {what} in {u}.",
            "একটি রম্বসের কর্ণ দুটির দৈর্ঘ্য {d1} {u} ও {d2} {u}। এর {what} কত {u} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The diagonals of a rhombus bisect each other at right angles, making four right-angled triangles.",
                "রম্বসের কর্ণদ্বয় পরস্পরকে সমকোণে সমদ্বিখণ্ডিত করে, ফলে চারটি সমকোণী ত্রিভুজ তৈরি হয়।",
            ),
            Bi(
                "Each triangle has sides {h1} {u} and {h2} {u} around the right angle, and a side of the rhombus as hypotenuse.",
                "প্রতিটি ত্রিভুজের সমকোণ সংলগ্ন বাহু {h1} {u} ও {h2} {u}, আর অতিভুজ হলো রম্বসের একটি বাহু।",
            ),
            Bi("side² = {h1}² + {h2}². {last}", "বাহু² = {h1}² + {h2}²। {last}"),
        ),
        answer=answer,
        derived=(4 if perimeter else 1) * next(n for n in range(1, 500) if n * n == side_squared),
        unit=length_unit,
    )


def _rectangle_diagonal(draw: Draw) -> Made:
    metres = draw.coin()
    label, _, length_unit, _ = _M if metres else _CM
    a, b, c = draw.choice(_TRIPLES)
    k = draw.whole(1, 4)
    length, breadth, diagonal = max(a, b) * k, min(a, b) * k, c * k
    draw.require(metres or diagonal <= 60)
    place = draw.choice(
        (
            Bi("a rectangular field", "একটি আয়তাকার মাঠের"),
            Bi("a rectangular pond", "একটি আয়তাকার পুকুরের"),
            Bi("a rectangular garden", "একটি আয়তাকার বাগানের"),
        )
        if metres
        else (
            Bi("a rectangle", "একটি আয়তক্ষেত্রের"),
            Bi("a rectangular card", "একটি আয়তাকার কার্ডের"),
            Bi("a rectangular photo frame", "একটি আয়তাকার ছবির ফ্রেমের"),
        )
    )
    if draw.coin():
        question = Bi(
            "The length of {place} is {l} {u} and its breadth is {b} {u}. Find the length of its diagonal in {u}.",
            "{place} দৈর্ঘ্য {l} {u} এবং প্রস্থ {b} {u}। এর কর্ণের দৈর্ঘ্য কত {u} নির্ণয় করো।",
        )
        hints = (
            Bi(
                "A diagonal divides the rectangle into two right-angled triangles; the diagonal is the hypotenuse.",
                "কর্ণ আয়তক্ষেত্রটিকে দুটি সমকোণী ত্রিভুজে ভাগ করে; কর্ণটি হলো অতিভুজ।",
            ),
            Bi("diagonal² = {l}² + {b}².", "কর্ণ² = {l}² + {b}²।"),
            Bi("Add the squares and take the square root.", "বর্গ দুটি যোগ করে বর্গমূল নাও।"),
        )
        answer = diagonal
        squared = length * length + breadth * breadth
        shown = (length, breadth)
    else:
        question = Bi(
            "The diagonal of {place} is {d} {u} long and its length is {l} {u}. Find its breadth in {u}.",
            "{place} কর্ণের দৈর্ঘ্য {d} {u} এবং দৈর্ঘ্য {l} {u}। এর প্রস্থ কত {u} নির্ণয় করো।",
        )
        hints = (
            Bi(
                "The length, the breadth and the diagonal form a right-angled triangle with the diagonal as hypotenuse.",
                "দৈর্ঘ্য, প্রস্থ ও কর্ণ মিলে একটি সমকোণী ত্রিভুজ গঠিত হয়, যার অতিভুজ কর্ণ।",
            ),
            Bi("breadth² = {d}² − {l}².", "প্রস্থ² = {d}² − {l}²।"),
            Bi("Subtract the squares and take the square root.", "বর্গ দুটি বিয়োগ করে বর্গমূল নাও।"),
        )
        answer = breadth
        squared = diagonal * diagonal - length * length
        shown = (diagonal, length)
    _avoid(draw, answer, *shown)
    return Made(
        values={"place": place, "l": length, "b": breadth, "d": diagonal, "u": label},
        question=question,
        hints=hints,
        answer=answer,
        derived=next(n for n in range(1, 1000) if n * n == squared),
        unit=length_unit,
    )


def _rectangle_breadth(draw: Draw) -> Made:
    label, area_label, length_unit, _ = _M
    breadth = draw.whole(4, 60)
    length = breadth + draw.whole(1, 40)
    person = draw.person()
    if draw.coin():
        perimeter = 2 * (length + breadth)
        question = Bi(
            "{name} walks once around a rectangular field and covers {p} {u}. The field is {l} {u} long. Find its breadth in {u}.",
            "{name} একটি আয়তাকার মাঠের চারদিকে একবার হেঁটে {p} {u} পথ অতিক্রম করল। মাঠটির দৈর্ঘ্য {l} {u}। এর প্রস্থ কত {u} নির্ণয় করো।",
        )
        hints = (
            Bi(
                "Once around the field is its perimeter: 2 × (length + breadth).",
                "মাঠের চারদিকে একবার ঘোরা মানে এর পরিসীমা: ২ × (দৈর্ঘ্য + প্রস্থ)।",
            ),
            Bi("So length + breadth = {p} ÷ 2.", "তাহলে দৈর্ঘ্য + প্রস্থ = {p} ÷ ২।"),
            Bi("Subtract the length, {l}.", "এ থেকে দৈর্ঘ্য {l} বিয়োগ করো।"),
        )
        answer = Fraction(perimeter, 2) - length
        values: dict[str, int | Bi] = {"p": perimeter}
        shown: tuple[int, ...] = (perimeter, length, 2)
    else:
        area = length * breadth
        question = Bi(
            "The area of a rectangular plot is {a} {au} and its length is {l} {u}. Find its breadth in {u}.",
            "একটি আয়তাকার জমির ক্ষেত্রফল {a} {au} এবং দৈর্ঘ্য {l} {u}। এর প্রস্থ কত {u} নির্ণয় করো।",
        )
        hints = (
            Bi("Area of a rectangle = length × breadth.", "আয়তক্ষেত্রের ক্ষেত্রফল = দৈর্ঘ্য × প্রস্থ।"),
            Bi("So breadth = area ÷ length.", "তাই প্রস্থ = ক্ষেত্রফল ÷ দৈর্ঘ্য।"),
            Bi("Divide {a} by {l}.", "{a} কে {l} দিয়ে ভাগ করো।"),
        )
        answer = Fraction(area, length)
        values = {"a": area}
        shown = (area, length)
    _avoid(draw, answer, *shown)
    return Made(
        values={"name": person.name, "l": length, "u": label, "au": area_label, **values},
        question=question,
        hints=hints,
        answer=answer,
        derived=breadth,
        unit=length_unit,
    )


def _trapezium_area(draw: Draw) -> Made:
    metres = draw.coin()
    label, area_label, _, area_unit = _M if metres else _CM
    a = draw.whole(4, 40)
    b = draw.whole(4, 40)
    h = draw.whole(3, 30)
    draw.require(a != b and (a + b) * h % 2 == 0)
    answer = Fraction((a + b) * h, 2)
    place = draw.choice(
        (
            Bi("A piece of land is shaped like a trapezium.", "একখণ্ড জমি ট্রাপিজিয়াম আকৃতির।"),
            Bi("A pond is shaped like a trapezium.", "একটি পুকুর ট্রাপিজিয়াম আকৃতির।"),
        )
        if metres
        else (
            Bi("A trapezium is drawn in an exercise book.", "খাতায় একটি ট্রাপিজিয়াম আঁকা হলো।"),
            Bi(
                "A piece of paper is cut in the shape of a trapezium.",
                "একটি কাগজ ট্রাপিজিয়াম আকারে কাটা হলো।",
            ),
        )
    )
    _avoid(draw, answer, a, b, h, a + b, 2)
    return Made(
        values={"place": place, "a": a, "b": b, "h": h, "u": label, "au": area_label, "s": a + b},
        question=Bi(
            "{place} Its parallel sides are {a} {u} and {b} {u} long and the distance between them is {h} {u}. Find its area in {au}.",
            "{place} এর সমান্তরাল বাহু দুটির দৈর্ঘ্য {a} {u} ও {b} {u} এবং এদের মধ্যবর্তী দূরত্ব {h} {u}। এর ক্ষেত্রফল কত {au} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Area of a trapezium = ½ × (sum of the parallel sides) × the distance between them.",
                "ট্রাপিজিয়ামের ক্ষেত্রফল = ½ × (সমান্তরাল বাহু দুটির যোগফল) × এদের মধ্যবর্তী দূরত্ব।",
            ),
            Bi(
                "The sum of the parallel sides is {a} + {b} = {s}.",
                "সমান্তরাল বাহু দুটির যোগফল {a} + {b} = {s}।",
            ),
            Bi("Work out ½ × {s} × {h}.", "½ × {s} × {h} এর মান বের করো।"),
        ),
        answer=answer,
        # Split into a rectangle on the shorter side and a triangle on the difference.
        derived=min(a, b) * h + Fraction(abs(a - b) * h, 2),
        unit=area_unit,
    )


def _trapezium_height(draw: Draw) -> Made:
    label, area_label, length_unit, _ = draw.choice((_CM, _M))
    a, b, h = draw.whole(4, 40), draw.whole(4, 40), draw.whole(3, 30)
    draw.require(a != b and (a + b) * h % 2 == 0)
    area = (a + b) * h // 2
    answer = Fraction(2 * area, a + b)
    _avoid(draw, answer, a, b, area, a + b, 2 * area, 2)
    return Made(
        values={"a": a, "b": b, "area": area, "u": label, "au": area_label, "s": a + b},
        question=Bi(
            "The area of a trapezium is {area} {au} and its parallel sides are {a} {u} and {b} {u} long. Find the distance between the parallel sides in {u}.",
            "একটি ট্রাপিজিয়ামের ক্ষেত্রফল {area} {au} এবং এর সমান্তরাল বাহু দুটির দৈর্ঘ্য {a} {u} ও {b} {u}। সমান্তরাল বাহু দুটির মধ্যবর্তী দূরত্ব কত {u} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Area = ½ × (sum of the parallel sides) × height.",
                "ক্ষেত্রফল = ½ × (সমান্তরাল বাহু দুটির যোগফল) × উচ্চতা।",
            ),
            Bi("So {area} = ½ × {s} × height.", "তাহলে {area} = ½ × {s} × উচ্চতা।"),
            Bi(
                "Multiply {area} by 2 and divide by {s}.",
                "{area} কে ২ দিয়ে গুণ করে {s} দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=h,
        unit=length_unit,
    )


def _parallelogram_height(draw: Draw) -> Made:
    label, area_label, length_unit, area_unit = draw.choice((_CM, _M))
    base, height = draw.whole(5, 40), draw.whole(3, 30)
    draw.require(base != height)
    area = base * height
    if draw.coin():
        question = Bi(
            "A parallelogram has a base of {b} {u} and a height of {h} {u}. Find its area in {au}.",
            "একটি সামান্তরিকের ভূমি {b} {u} এবং উচ্চতা {h} {u}। এর ক্ষেত্রফল কত {au} নির্ণয় করো।",
        )
        hints = (
            Bi(
                "Cut a right-angled triangle off one end and move it to the other: the parallelogram becomes a rectangle.",
                "একপাশ থেকে একটি সমকোণী ত্রিভুজ কেটে অন্য পাশে বসালে সামান্তরিকটি একটি আয়তক্ষেত্র হয়ে যায়।",
            ),
            Bi("Area of a parallelogram = base × height.", "সামান্তরিকের ক্ষেত্রফল = ভূমি × উচ্চতা।"),
            Bi("Multiply {b} by {h}.", "{b} কে {h} দিয়ে গুণ করো।"),
        )
        answer: int | Fraction = area
        derived = sum(base for _ in range(height))
        unit = area_unit
        shown: tuple[int, ...] = (base, height)
    else:
        question = Bi(
            "The area of a parallelogram is {a} {au} and its base is {b} {u}. Find its height in {u}.",
            "একটি সামান্তরিকের ক্ষেত্রফল {a} {au} এবং ভূমি {b} {u}। এর উচ্চতা কত {u} নির্ণয় করো।",
        )
        hints = (
            Bi("Area of a parallelogram = base × height.", "সামান্তরিকের ক্ষেত্রফল = ভূমি × উচ্চতা।"),
            Bi("So height = area ÷ base.", "তাই উচ্চতা = ক্ষেত্রফল ÷ ভূমি।"),
            Bi("Divide {a} by {b}.", "{a} কে {b} দিয়ে ভাগ করো।"),
        )
        answer = Fraction(area, base)
        derived = height
        unit = length_unit
        shown = (area, base)
    _avoid(draw, answer, *shown)
    return Made(
        values={"a": area, "b": base, "h": height, "u": label, "au": area_label},
        question=question,
        hints=hints,
        answer=answer,
        derived=derived,
        unit=unit,
    )


def _square_from_diagonal(draw: Draw) -> Made:
    label, area_label, _, area_unit = draw.choice((_CM, _M))
    d = draw.whole(2, 40, step=2)
    answer = Fraction(d * d, 2)
    _avoid(draw, answer, d, d * d, 2)
    return Made(
        values={"d": d, "u": label, "au": area_label, "d2": d * d},
        question=Bi(
            "The diagonal of a square is {d} {u} long. Find the area of the square in {au}.",
            "একটি বর্গের কর্ণের দৈর্ঘ্য {d} {u}। বর্গটির ক্ষেত্রফল কত {au} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "A square is also a rhombus, so its area is ½ × (product of the diagonals).",
                "বর্গ একটি বিশেষ রম্বসও, তাই এর ক্ষেত্রফল = ½ × কর্ণদ্বয়ের গুণফল।",
            ),
            Bi("Both diagonals of a square are equal.", "বর্গের কর্ণ দুটি সমান।"),
            Bi("Work out ½ × {d} × {d}.", "½ × {d} × {d} এর মান বের করো।"),
        ),
        answer=answer,
        # The diagonals cut the square into four right-angled triangles with legs d/2.
        derived=4 * Fraction(d, 2) * Fraction(d, 2) / 2,
        unit=area_unit,
    )


def _trapezium_angles(draw: Draw) -> Made:
    name = draw.choice(_NAMES)
    a = draw.whole(40, 140, exclude=(90,))
    A, C, D = (_angle(name, i) for i in (0, 2, 3))
    top, bottom = f"{name[0]}{name[1]}", f"{name[3]}{name[2]}"
    if draw.coin():
        question = Bi(
            "In the trapezium {name}, {top} ∥ {bottom} and {A} = {a}°. Find {D} in degrees.",
            "{name} ট্রাপিজিয়ামে {top} ∥ {bottom} এবং {A} = {a}°। {D} এর মান কত ডিগ্রি নির্ণয় করো।",
        )
        hints = (
            Bi(
                "{A} and {D} lie between the parallel sides {top} and {bottom}, on the same side {side}.",
                "{A} ও {D} সমান্তরাল বাহু {top} ও {bottom} এর মাঝে একই বাহু {side} এর উপর অবস্থিত।",
            ),
            Bi(
                "Such co-interior angles add up to 180°.",
                "এরূপ সন্নিহিত অন্তঃস্থ কোণ দুটির সমষ্টি ১৮০°।",
            ),
            Bi("Subtract {a}° from 180°.", "১৮০° থেকে {a}° বিয়োগ করো।"),
        )
        answer = 180 - a
    else:
        a = min(a, 180 - a)
        question = Bi(
            "In the isosceles trapezium {name}, {top} ∥ {bottom}, {side} = {other} and {D} = {a}°. Find {A} in degrees.",
            "{name} সমদ্বিবাহু ট্রাপিজিয়ামে {top} ∥ {bottom}, {side} = {other} এবং {D} = {a}°। {A} এর মান কত ডিগ্রি নির্ণয় করো।",
        )
        hints = (
            Bi(
                "In an isosceles trapezium the angles at each parallel side are equal, so {C} = {D}.",
                "সমদ্বিবাহু ট্রাপিজিয়ামে একই সমান্তরাল বাহুর দুই প্রান্তের কোণ দুটি সমান, তাই {C} = {D}।",
            ),
            Bi(
                "{A} and {D} are co-interior angles between the parallel sides, so they add up to 180°.",
                "{A} ও {D} সমান্তরাল বাহু দুটির মাঝে সন্নিহিত অন্তঃস্থ কোণ, তাই এদের সমষ্টি ১৮০°।",
            ),
            Bi("Subtract {a}° from 180°.", "১৮০° থেকে {a}° বিয়োগ করো।"),
        )
        answer = 180 - a
    _avoid(draw, answer, a, 180)
    return Made(
        values={
            "name": name,
            "a": a,
            "A": A,
            "C": C,
            "D": D,
            "top": top,
            "bottom": bottom,
            "side": f"{name[0]}{name[3]}",
            "other": f"{name[1]}{name[2]}",
        },
        question=question,
        hints=hints,
        answer=answer,
        derived=360 - 2 * a - (180 - a),  # angle sum with the pairs a, a and the unknown twice
    )


def _diagonals_bisect(draw: Draw) -> Made:
    name = draw.choice(_NAMES)
    label, _, length_unit, _ = draw.choice((_CM, _M))
    x = draw.whole(2, 15)
    p, r = draw.sample(range(1, 6), 2)
    half = draw.whole(max(p, r) * x - 8, max(p, r) * x + 20)
    q, s = half - p * x, half - r * x
    draw.require(half > 0)

    def linear(coefficient: int, constant: int) -> str:
        letter = "x" if coefficient == 1 else f"{coefficient}x"
        sign = "+" if constant > 0 else "−"
        return f"({letter} {sign} {abs(constant)})"

    draw.require(q != 0 and s != 0)
    solved_x = Fraction(s - q, p - r)
    answer = 2 * (p * solved_x + q)
    centre = "O"
    first, last = name[0], name[2]
    _avoid(draw, answer, p, r, abs(q), abs(s), 2)
    return Made(
        values={
            "name": name,
            "ao": f"{first}{centre}",
            "oc": f"{centre}{last}",
            "ac": f"{first}{last}",
            "bd": f"{name[1]}{name[3]}",
            "e1": linear(p, q),
            "e2": linear(r, s),
            "u": label,
        },
        question=Bi(
            "The diagonals {ac} and {bd} of the parallelogram {name} meet at O. If {ao} = {e1} {u} and {oc} = {e2} {u}, find the length of {ac} in {u}.",
            "{name} সামান্তরিকের কর্ণ {ac} ও {bd} পরস্পর O বিন্দুতে ছেদ করে। {ao} = {e1} {u} এবং {oc} = {e2} {u} হলে, {ac} এর দৈর্ঘ্য কত {u} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The diagonals of a parallelogram bisect each other, so {ao} = {oc}.",
                "সামান্তরিকের কর্ণদ্বয় পরস্পরকে সমদ্বিখণ্ডিত করে, তাই {ao} = {oc}।",
            ),
            Bi(
                "Solve {e1} = {e2} for x, and put x back to find {ao}.",
                "{e1} = {e2} সমাধান করে x বের করো, তারপর x বসিয়ে {ao} বের করো।",
            ),
            Bi("{ac} = {ao} + {oc} = 2 × {ao}.", "{ac} = {ao} + {oc} = ২ × {ao}।"),
        ),
        answer=answer,
        derived=2 * half,
        unit=length_unit,
    )


def _rectangle_from_perimeter_and_diagonal(draw: Draw) -> Made:
    label, area_label, _, area_unit = draw.choice((_CM, _M))
    a, b, c = draw.choice(_TRIPLES)
    k = draw.whole(1, 3)
    length, breadth, diagonal = a * k, b * k, c * k
    perimeter = 2 * (length + breadth)
    half = perimeter // 2
    answer = Fraction(half * half - diagonal * diagonal, 2)
    _avoid(draw, answer, perimeter, diagonal, half, 2)
    return Made(
        values={"p": perimeter, "d": diagonal, "u": label, "au": area_label, "half": half},
        question=Bi(
            "The perimeter of a rectangle is {p} {u} and its diagonal is {d} {u} long. Find its area in {au}.",
            "একটি আয়তক্ষেত্রের পরিসীমা {p} {u} এবং কর্ণের দৈর্ঘ্য {d} {u}। এর ক্ষেত্রফল কত {au} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Let the length be x and the breadth y: x + y = {p} ÷ 2 = {half}, and x² + y² = {d}².",
                "ধরো, দৈর্ঘ্য x ও প্রস্থ y: x + y = {p} ÷ ২ = {half} এবং x² + y² = {d}²।",
            ),
            Bi(
                "Use (x + y)² = x² + y² + 2xy: so 2xy = {half}² − {d}².",
                "(x + y)² = x² + y² + ২xy সূত্রটি ব্যবহার করো: তাহলে ২xy = {half}² − {d}²।",
            ),
            Bi(
                "The area is xy: halve {half}² − {d}².",
                "ক্ষেত্রফল = xy: {half}² − {d}² এর অর্ধেক নাও।",
            ),
        ),
        answer=answer,
        derived=length * breadth,
        unit=area_unit,
    )


def _rhombus_area_from_side(draw: Draw) -> Made:
    label, area_label, _, area_unit = draw.choice((_CM, _M))
    a, b, c = draw.choice(_TRIPLES)
    k = draw.whole(1, 3)
    half1, half2, side = a * k, b * k, c * k
    if draw.coin():
        half1, half2 = half2, half1
    d1 = 2 * half1
    other_half_squared = side * side - half1 * half1
    # The textbook way: the other half-diagonal by Pythagoras from the printed side.
    other_half = next(n for n in range(1, side) if n * n == other_half_squared)
    answer = Fraction(d1 * 2 * other_half, 2)
    _avoid(draw, answer, side, d1, half1, other_half_squared, 2)
    return Made(
        values={"s": side, "d1": d1, "h1": half1, "u": label, "au": area_label},
        question=Bi(
            "Each side of a rhombus is {s} {u} long and one of its diagonals is {d1} {u}. Find the area of the rhombus in {au}.",
            "একটি রম্বসের প্রতিটি বাহুর দৈর্ঘ্য {s} {u} এবং এর একটি কর্ণ {d1} {u}। রম্বসটির ক্ষেত্রফল কত {au} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The diagonals bisect each other at right angles: half of the given diagonal is {h1} {u}.",
                "কর্ণদ্বয় পরস্পরকে সমকোণে সমদ্বিখণ্ডিত করে: প্রদত্ত কর্ণের অর্ধেক {h1} {u}।",
            ),
            Bi(
                "By Pythagoras, half of the other diagonal = √({s}² − {h1}²); double it for the whole diagonal.",
                "পিথাগোরাসের উপপাদ্য অনুযায়ী, অপর কর্ণের অর্ধেক = √({s}² − {h1}²); পুরো কর্ণ পেতে দ্বিগুণ করো।",
            ),
            Bi(
                "Area of a rhombus = ½ × product of the diagonals.",
                "রম্বসের ক্ষেত্রফল = ½ × কর্ণদ্বয়ের গুণফল।",
            ),
        ),
        answer=answer,
        # Four right-angled triangles, each ½ × half1 × half2.
        derived=4 * Fraction(half1 * half2, 2),
        unit=area_unit,
    )


FAMILIES = (
    Family(
        "g8-quadrilateral-fourth-angle",
        "angle sum of a quadrilateral",
        1,
        AnswerKind.INTEGER,
        _fourth_angle,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g8-parallelogram-angle",
        "angles of a parallelogram",
        1,
        AnswerKind.INTEGER,
        _parallelogram_angle,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g8-rhombus-area-from-diagonals",
        "area of a rhombus",
        1,
        AnswerKind.INTEGER,
        _rhombus_area,
        unit=Unit.CM2,
        minutes=2,
    ),
    Family(
        "g8-trapezium-area",
        "area of a trapezium",
        1,
        AnswerKind.INTEGER,
        _trapezium_area,
        unit=Unit.M2,
    ),
    Family(
        "g8-trapezium-angles",
        "angles of a trapezium",
        1,
        AnswerKind.INTEGER,
        _trapezium_angles,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g8-quadrilateral-angles-in-ratio",
        "angle sum of a quadrilateral",
        2,
        AnswerKind.INTEGER,
        _angles_in_ratio,
        unit=Unit.DEGREE,
    ),
    Family(
        "g8-parallelogram-adjacent-angles",
        "angles of a parallelogram",
        2,
        AnswerKind.INTEGER,
        _adjacent_angles_relation,
        unit=Unit.DEGREE,
    ),
    Family(
        "g8-rhombus-side-from-diagonals",
        "side of a rhombus",
        2,
        AnswerKind.INTEGER,
        _rhombus_side,
        unit=Unit.CM,
        minutes=4,
    ),
    Family(
        "g8-rectangle-diagonal",
        "diagonal of a rectangle",
        2,
        AnswerKind.INTEGER,
        _rectangle_diagonal,
        unit=Unit.M,
    ),
    Family(
        "g8-rectangle-breadth",
        "sides of a rectangle",
        2,
        AnswerKind.INTEGER,
        _rectangle_breadth,
        unit=Unit.M,
    ),
    Family(
        "g8-trapezium-height",
        "height of a trapezium",
        2,
        AnswerKind.INTEGER,
        _trapezium_height,
        unit=Unit.M,
    ),
    Family(
        "g8-parallelogram-area-and-height",
        "area of a parallelogram",
        2,
        AnswerKind.INTEGER,
        _parallelogram_height,
        unit=Unit.CM2,
    ),
    Family(
        "g8-square-area-from-diagonal",
        "area of a square",
        2,
        AnswerKind.INTEGER,
        _square_from_diagonal,
        unit=Unit.CM2,
    ),
    Family(
        "g8-parallelogram-diagonals-bisect",
        "diagonals of a parallelogram",
        2,
        AnswerKind.INTEGER,
        _diagonals_bisect,
        unit=Unit.CM,
        minutes=4,
    ),
    Family(
        "g8-parallelogram-algebraic-angles",
        "angles of a parallelogram",
        3,
        AnswerKind.INTEGER,
        _algebraic_angles,
        unit=Unit.DEGREE,
        minutes=5,
    ),
    Family(
        "g8-rectangle-area-from-perimeter-and-diagonal",
        "area of a rectangle",
        3,
        AnswerKind.INTEGER,
        _rectangle_from_perimeter_and_diagonal,
        unit=Unit.CM2,
        minutes=5,
    ),
    Family(
        "g8-rhombus-area-from-side",
        "area of a rhombus",
        3,
        AnswerKind.INTEGER,
        _rhombus_area_from_side,
        unit=Unit.CM2,
        minutes=5,
    ),
)
