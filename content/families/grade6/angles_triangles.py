"""Class 6, angles and triangles: complementary and supplementary angles, angles at a point and on
a line, the angle sum of a triangle and the kinds of triangles (NCTB geometry chapters)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=6, key="angles_triangles", en="Angles and triangles", bn="কোণ ও ত্রিভুজ")

# ---------------------------------------------------------------------------------------------
# Private helpers

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+)\s*/\s*(\d+)")
_LETTERS = "ABCDEF"


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
    answer: int | Fraction | str,
    derived: int | Fraction | str,
    *,
    choices: tuple[Bi, ...] = (),
) -> Made:
    """Made, after rejecting a draw whose hints would show a numeric answer."""
    if not isinstance(answer, str):
        draw.require(abs(Fraction(answer)) not in _hint_numbers(hints, values))
    return Made(values, question, hints, answer, derived, choices=choices)


def _choice(
    draw: Draw,
    options: Sequence[Bi],
    right: Bi,
    values: Mapping[str, Any],
    hints: tuple[Bi, Bi, Bi],
) -> tuple[tuple[Bi, ...], str]:
    """Shuffle the options; reject a draw whose hints name the right one; return it with its letter."""
    shuffled = tuple(draw.shuffle(options))
    plain_en = {k: v.en if isinstance(v, Bi) else str(v) for k, v in values.items()}
    plain_bn = {k: v.bn if isinstance(v, Bi) else str(v) for k, v in values.items()}
    for hint in hints:
        draw.require(right.en.lower() not in hint.en.format(**plain_en).lower())
        draw.require(right.bn not in hint.bn.format(**plain_bn))
    return shuffled, _LETTERS[shuffled.index(right)]


def _letter_of(options: Sequence[Bi], english: str) -> str:
    return next(_LETTERS[i] for i, option in enumerate(options) if option.en == english)


_ACUTE = Bi("Acute-angled triangle", "সূক্ষ্মকোণী ত্রিভুজ")
_RIGHT = Bi("Right-angled triangle", "সমকোণী ত্রিভুজ")
_OBTUSE = Bi("Obtuse-angled triangle", "স্থূলকোণী ত্রিভুজ")
_EQUILATERAL = Bi("Equilateral triangle", "সমবাহু ত্রিভুজ")
_ISOSCELES = Bi("Isosceles triangle", "সমদ্বিবাহু ত্রিভুজ")
_SCALENE = Bi("Scalene triangle", "বিষমবাহু ত্রিভুজ")
_ANGLE_KINDS = (
    Bi("Acute angle", "সূক্ষ্মকোণ"),
    Bi("Right angle", "সমকোণ"),
    Bi("Obtuse angle", "স্থূলকোণ"),
    Bi("Straight angle", "সরলকোণ"),
    Bi("Reflex angle", "প্রবৃদ্ধ কোণ"),
)
_TRIANGLES = ("ABC", "PQR", "XYZ", "DEF", "LMN")
decimal_half = decimal(Fraction(1, 2))
_RATIO_TRIPLES = tuple(
    (p, q, r)
    for p in range(1, 10)
    for q in range(p + 1, 10)
    for r in range(q + 1, 10)
    if 180 % (p + q + r) == 0
)
# (sum of the two angles, k, difference): angles x and kx + difference, both whole
_RELATIONS = tuple(
    (total, k, diff)
    for total in (90, 180)
    for k in (2, 3, 4)
    for diff in range(-40, 41, 5)
    if diff
    and (total - diff) % (k + 1) == 0
    and (total - diff) // (k + 1) >= 5
    and total - (total - diff) // (k + 1) >= 5
    and 2 * ((total - diff) // (k + 1)) != total
)


# ---------------------------------------------------------------------------------------------
# Difficulty 1


def _complement(draw: Draw) -> Made:
    angle = draw.whole(5, 85, exclude=(45,))
    return _made(
        draw,
        {"a": angle},
        draw.choice(
            (
                Bi(
                    "What is the complement of an angle of {a}°? Give the answer in degrees.",
                    "{a}° কোণের পূরক কোণ কত ডিগ্রি?",
                ),
                Bi(
                    "Two angles are complementary. One of them is {a}°. How many degrees is the other?",
                    "দুটি কোণ পরস্পর পূরক। একটি কোণ {a}° হলে অপরটি কত ডিগ্রি?",
                ),
            )
        ),
        (
            Bi(
                "Two angles are complementary when their sum is 90°.",
                "দুটি কোণের সমষ্টি ৯০° হলে একটি অপরটির পূরক কোণ।",
            ),
            Bi("Complement = 90° − the given angle.", "পূরক কোণ = ৯০° − প্রদত্ত কোণ।"),
            Bi("Work out 90 − {a}.", "৯০ − {a} এর মান বের করো।"),
        ),
        90 - angle,
        next(b for b in range(1, 90) if b + angle == 90),
    )


def _supplement(draw: Draw) -> Made:
    angle = draw.whole(5, 175, exclude=(90,))
    return _made(
        draw,
        {"a": angle},
        draw.choice(
            (
                Bi(
                    "What is the supplement of an angle of {a}°? Give the answer in degrees.",
                    "{a}° কোণের সম্পূরক কোণ কত ডিগ্রি?",
                ),
                Bi(
                    "Two angles are supplementary. One of them is {a}°. How many degrees is the other?",
                    "দুটি কোণ পরস্পর সম্পূরক। একটি কোণ {a}° হলে অপরটি কত ডিগ্রি?",
                ),
            )
        ),
        (
            Bi(
                "Two angles are supplementary when their sum is 180°.",
                "দুটি কোণের সমষ্টি ১৮০° হলে একটি অপরটির সম্পূরক কোণ।",
            ),
            Bi("Supplement = 180° − the given angle.", "সম্পূরক কোণ = ১৮০° − প্রদত্ত কোণ।"),
            Bi("Work out 180 − {a}.", "১৮০ − {a} এর মান বের করো।"),
        ),
        180 - angle,
        next(b for b in range(1, 180) if b + angle == 180),
    )


def _third_angle(draw: Draw) -> Made:
    a, b = draw.whole(20, 110), draw.whole(15, 100)
    third = 180 - a - b
    draw.require(third >= 10)
    name = draw.choice(_TRIANGLES)
    values = {"a": a, "b": b, "s": a + b, "A": name[0], "B": name[1], "C": name[2], "T": name}
    question = draw.choice(
        (
            Bi(
                "Two angles of a triangle are {a}° and {b}°. What is the third angle in degrees?",
                "একটি ত্রিভুজের দুটি কোণ {a}° ও {b}°। তৃতীয় কোণটি কত ডিগ্রি?",
            ),
            Bi(
                "In triangle {T}, ∠{A} = {a}° and ∠{B} = {b}°. How many degrees is ∠{C}?",
                "{T} ত্রিভুজে ∠{A} = {a}° এবং ∠{B} = {b}°। ∠{C} কত ডিগ্রি?",
            ),
        )
    )
    return _made(
        draw,
        values,
        question,
        (
            Bi("The three angles of a triangle add up to 180°.", "ত্রিভুজের তিন কোণের সমষ্টি ১৮০°।"),
            Bi("Add the two given angles: {a}° + {b}°.", "প্রদত্ত কোণ দুটি যোগ করো: {a}° + {b}°।"),
            Bi(
                "Their sum is {s}°. Subtract it from 180°.",
                "তাদের সমষ্টি {s}°। এটি ১৮০° থেকে বিয়োগ করো।",
            ),
        ),
        180 - (a + b),
        next(c for c in range(1, 180) if a + b + c == 180),
    )


def _triangle_by_angles(draw: Draw) -> Made:
    kind = draw.choice(("acute", "right", "obtuse"))
    if kind == "right":
        a = draw.whole(15, 75)
        angles = [90, a, 90 - a]
    elif kind == "obtuse":
        big = draw.whole(95, 150)
        a = draw.whole(10, 180 - big - 10)
        angles = [big, a, 180 - big - a]
    else:
        a, b = draw.whole(35, 85), draw.whole(35, 85)
        angles = [a, b, 180 - a - b]
        draw.require(max(angles) < 90 and min(angles) >= 10)
    draw.require(len(set(angles)) == 3)
    angles = draw.shuffle(angles)
    right = {"acute": _ACUTE, "right": _RIGHT, "obtuse": _OBTUSE}[kind]
    values = {"a": angles[0], "b": angles[1], "c": angles[2]}
    hints = (
        Bi(
            "A triangle is named by its largest angle.",
            "ত্রিভুজের সবচেয়ে বড় কোণটি দেখে ত্রিভুজের নাম ঠিক করা হয়।",
        ),
        Bi("Compare the largest angle with 90°.", "সবচেয়ে বড় কোণটিকে ৯০° এর সাথে তুলনা করো।"),
        Bi(
            "Less than 90° is acute, exactly 90° is a right angle, between 90° and 180° is obtuse.",
            "৯০° এর চেয়ে ছোট কোণ সূক্ষ্মকোণ, ঠিক ৯০° সমকোণ, ৯০° ও ১৮০° এর মধ্যে স্থূলকোণ।",
        ),
    )
    options, letter = _choice(draw, (_ACUTE, _RIGHT, _OBTUSE), right, values, hints)
    # Independently: count the angles below a right angle.
    below = sum(1 for angle in angles if angle < 90)
    found = (
        "Acute-angled triangle"
        if below == 3
        else "Right-angled triangle"
        if 90 in angles
        else "Obtuse-angled triangle"
    )
    return _made(
        draw,
        values,
        Bi(
            "The angles of a triangle are {a}°, {b}° and {c}°. What kind of triangle is it?",
            "একটি ত্রিভুজের কোণ তিনটি {a}°, {b}° ও {c}°। ত্রিভুজটি কোন ধরনের?",
        ),
        hints,
        letter,
        _letter_of(options, found),
        choices=options,
    )


def _triangle_by_sides(draw: Draw) -> Made:
    kind = draw.choice(("equilateral", "isosceles", "scalene"))
    unit = draw.choice((Bi("cm", "সেন্টিমিটার"), Bi("m", "মিটার")))
    if kind == "equilateral":
        side = draw.whole(3, 40)
        sides = [side, side, side]
    elif kind == "isosceles":
        equal, base = draw.whole(4, 40), draw.whole(3, 40)
        draw.require(base != equal and base < 2 * equal)
        sides = [equal, equal, base]
    else:
        sides = sorted(draw.sample(range(3, 41), 3))
        draw.require(sides[2] < sides[0] + sides[1])
    sides = draw.shuffle(sides)
    right = {"equilateral": _EQUILATERAL, "isosceles": _ISOSCELES, "scalene": _SCALENE}[kind]
    values = {"a": sides[0], "b": sides[1], "c": sides[2], "u": unit}
    hints = (
        Bi(
            "Triangles are named by their sides too: compare the three lengths.",
            "বাহুর দৈর্ঘ্য দেখেও ত্রিভুজের নাম দেওয়া হয়: তিনটি দৈর্ঘ্য তুলনা করো।",
        ),
        Bi(
            "Count how many of the sides are equal to each other.",
            "কয়টি বাহু পরস্পর সমান, তা গুনে দেখো।",
        ),
        Bi(
            "Three equal sides, exactly two equal sides, or no equal sides give three different names.",
            "তিনটি বাহু সমান, ঠিক দুটি বাহু সমান, অথবা কোনো বাহু সমান নয়: এই তিন ক্ষেত্রে তিনটি ভিন্ন নাম।",
        ),
    )
    options, letter = _choice(draw, (_EQUILATERAL, _ISOSCELES, _SCALENE), right, values, hints)
    distinct = len(set(sides))
    found = {1: "Equilateral triangle", 2: "Isosceles triangle", 3: "Scalene triangle"}[distinct]
    return _made(
        draw,
        values,
        Bi(
            "The sides of a triangle are {a} {u}, {b} {u} and {c} {u}. What kind of triangle is it by its sides?",
            "একটি ত্রিভুজের বাহু তিনটির দৈর্ঘ্য {a} {u}, {b} {u} ও {c} {u}। বাহুভেদে ত্রিভুজটি কোন ধরনের?",
        ),
        hints,
        letter,
        _letter_of(options, found),
        choices=options,
    )


def _kind_of_angle(draw: Draw) -> Made:
    kind = draw.choice((0, 0, 0, 2, 2, 2, 4, 4, 4, 1, 3))  # right and straight angles are few
    angle = (
        draw.whole(5, 89),
        90,
        draw.whole(91, 179),
        180,
        draw.whole(181, 355),
    )[kind]
    right = _ANGLE_KINDS[kind]
    example_kind = draw.choice([k for k in range(5) if k != kind])
    example = (draw.whole(10, 80), 90, draw.whole(95, 170), 180, draw.whole(190, 350))[
        example_kind
    ]
    draw.require(example != angle)
    named = _ANGLE_KINDS[example_kind]
    values = {"a": angle, "e": example, "kind": Bi(named.en.lower(), named.bn)}
    hints = (
        Bi(
            "Compare the angle with 90° (one right angle) and with 180° (a straight line).",
            "কোণটিকে ৯০° (এক সমকোণ) এবং ১৮০° (একটি সরলরেখা) এর সাথে তুলনা করো।",
        ),
        Bi(
            "Is it less than 90°, exactly 90°, between 90° and 180°, exactly 180°, or between 180° and 360°? Each case has its own name.",
            "কোণটি কি ৯০° এর কম, ঠিক ৯০°, ৯০° ও ১৮০° এর মাঝে, ঠিক ১৮০°, নাকি ১৮০° ও ৩৬০° এর মাঝে? প্রতিটি ক্ষেত্রের আলাদা নাম আছে।",
        ),
        Bi(
            "For example, an angle of {e}° is called a {kind}. Now name the angle of {a}° the same way.",
            "যেমন, {e}° কোণকে বলে {kind}। এখন একইভাবে {a}° কোণটির নাম বলো।",
        ),
    )
    others = draw.sample([k for k in _ANGLE_KINDS if k != right], 3)
    options, letter = _choice(draw, (right, *others), right, values, hints)
    found = (
        "Acute angle"
        if angle < 90
        else "Right angle"
        if angle == 90
        else "Obtuse angle"
        if angle < 180
        else "Straight angle"
        if angle == 180
        else "Reflex angle"
    )
    return _made(
        draw,
        values,
        Bi("What kind of angle is an angle of {a}°?", "{a}° কোণটি কোন ধরনের কোণ?"),
        hints,
        letter,
        _letter_of(options, found),
        choices=options,
    )


def _other_acute_angle(draw: Draw) -> Made:
    angle = draw.whole(10, 80, exclude=(45,))
    name = draw.choice(_TRIANGLES)
    values = {"a": angle, "A": name[0], "B": name[1], "C": name[2], "T": name}
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi(
                    "In a right-angled triangle, one acute angle is {a}°. How many degrees is the other acute angle?",
                    "একটি সমকোণী ত্রিভুজের একটি সূক্ষ্মকোণ {a}°। অপর সূক্ষ্মকোণটি কত ডিগ্রি?",
                ),
                Bi(
                    "In triangle {T}, ∠{B} = 90° and ∠{A} = {a}°. How many degrees is ∠{C}?",
                    "{T} ত্রিভুজে ∠{B} = ৯০° এবং ∠{A} = {a}°। ∠{C} কত ডিগ্রি?",
                ),
            )
        ),
        (
            Bi("The three angles of a triangle add up to 180°.", "ত্রিভুজের তিন কোণের সমষ্টি ১৮০°।"),
            Bi(
                "The right angle takes 90°, so the two acute angles together make 90°.",
                "সমকোণটি ৯০°, তাই সূক্ষ্মকোণ দুটির সমষ্টি ৯০°।",
            ),
            Bi("Work out 90 − {a}.", "৯০ − {a} এর মান বের করো।"),
        ),
        90 - angle,
        180 - 90 - angle,
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 2


def _linear_pair(draw: Draw) -> Made:
    angle = draw.whole(20, 160, exclude=(90,))
    question = draw.choice(
        (
            Bi(
                "Two straight lines cross each other. One of the four angles formed is {a}°. How many degrees is the angle next to it (its adjacent angle)?",
                "দুটি সরলরেখা পরস্পরকে ছেদ করেছে। উৎপন্ন চারটি কোণের একটি {a}°। এর পাশের (সন্নিহিত) কোণটি কত ডিগ্রি?",
            ),
            Bi(
                "A ray stands on a straight line and makes an angle of {a}° with it on one side. How many degrees is the angle on the other side?",
                "একটি রশ্মি একটি সরলরেখার উপর দাঁড়িয়ে এক পাশে {a}° কোণ উৎপন্ন করেছে। অপর পাশের কোণটি কত ডিগ্রি?",
            ),
        )
    )
    return _made(
        draw,
        {"a": angle},
        question,
        (
            Bi(
                "The two angles lie side by side along a straight line.",
                "কোণ দুটি পাশাপাশি একটি সরলরেখার উপর অবস্থিত।",
            ),
            Bi(
                "Angles on a straight line add up to 180°.",
                "সরলরেখার উপর উৎপন্ন কোণ দুটির সমষ্টি ১৮০°।",
            ),
            Bi("Work out 180 − {a}.", "১৮০ − {a} এর মান বের করো।"),
        ),
        180 - angle,
        next(b for b in range(1, 180) if angle + b == 180),
    )


def _isosceles_base_angle(draw: Draw) -> Made:
    vertex = draw.whole(20, 160, step=2, exclude=(60,))
    values = {"v": vertex, "rest": 180 - vertex}
    return _made(
        draw,
        values,
        Bi(
            "In an isosceles triangle, the angle between the two equal sides is {v}°. How many degrees is each of the other two angles?",
            "একটি সমদ্বিবাহু ত্রিভুজের সমান বাহু দুটির মধ্যবর্তী কোণ {v}°। অপর কোণ দুটির প্রতিটি কত ডিগ্রি?",
        ),
        (
            Bi(
                "In an isosceles triangle, the angles opposite the equal sides are equal.",
                "সমদ্বিবাহু ত্রিভুজের সমান বাহুর বিপরীত কোণ দুটি সমান।",
            ),
            Bi(
                "Together the two equal angles are 180° − {v}°.", "সমান কোণ দুটির সমষ্টি ১৮০° − {v}°।"
            ),
            Bi(
                "They make {rest}° together. Share it equally between the two angles.",
                "এ দুটি মিলে {rest}°। এটি কোণ দুটির মধ্যে সমান ভাগ করো।",
            ),
        ),
        (180 - vertex) // 2,
        next(b for b in range(1, 90) if 2 * b + vertex == 180),
    )


def _isosceles_vertex_angle(draw: Draw) -> Made:
    base = draw.whole(20, 85, exclude=(60,))
    name = draw.choice(_TRIANGLES)
    values = {"b": base, "twice": 2 * base, "A": name[0], "B": name[1], "C": name[2], "T": name}
    return _made(
        draw,
        values,
        draw.choice(
            (
                Bi(
                    "Each of the two equal angles of an isosceles triangle is {b}°. How many degrees is the third angle?",
                    "একটি সমদ্বিবাহু ত্রিভুজের সমান কোণ দুটির প্রতিটি {b}°। তৃতীয় কোণটি কত ডিগ্রি?",
                ),
                Bi(
                    "In triangle {T}, {A}{B} = {A}{C} and ∠{B} = {b}°. How many degrees is ∠{A}?",
                    "{T} ত্রিভুজে {A}{B} = {A}{C} এবং ∠{B} = {b}°। ∠{A} কত ডিগ্রি?",
                ),
            )
        ),
        (
            Bi(
                "In an isosceles triangle, the angles opposite the equal sides are equal, so both base angles are {b}°.",
                "সমদ্বিবাহু ত্রিভুজের সমান বাহুর বিপরীত কোণ দুটি সমান, তাই ভূমি সংলগ্ন কোণ দুটির প্রতিটি {b}°।",
            ),
            Bi("The two equal angles make {twice}° together.", "সমান কোণ দুটির সমষ্টি {twice}°।"),
            Bi(
                "The three angles add up to 180°. Subtract {twice}° from 180°.",
                "তিন কোণের সমষ্টি ১৮০°। ১৮০° থেকে {twice}° বিয়োগ করো।",
            ),
        ),
        180 - 2 * base,
        180 - base - base,
    )


def _angles_in_ratio(draw: Draw) -> Made:
    p, q, r = draw.choice(_RATIO_TRIPLES)
    total = p + q + r
    which = draw.choice(("largest", "smallest", "middle"))
    take = {"largest": r, "smallest": p, "middle": q}[which]
    one = 180 // total
    values = {
        "p": p,
        "q": q,
        "r": r,
        "total": total,
        "one": one,
        "take": take,
        "which": {
            "largest": Bi("the largest angle", "বৃহত্তম কোণটি"),
            "smallest": Bi("the smallest angle", "ক্ষুদ্রতম কোণটি"),
            "middle": Bi("the middle-sized angle", "মাঝারি কোণটি"),
        }[which],
        "owner": {
            "largest": Bi("The largest angle", "বৃহত্তম কোণে"),
            "smallest": Bi("The smallest angle", "ক্ষুদ্রতম কোণে"),
            "middle": Bi("The middle angle", "মাঝারি কোণে"),
        }[which],
    }
    return _made(
        draw,
        values,
        Bi(
            "The angles of a triangle are in the ratio {p} : {q} : {r}. How many degrees is {which}?",
            "একটি ত্রিভুজের কোণ তিনটির অনুপাত {p} : {q} : {r}। {which} কত ডিগ্রি?",
        ),
        (
            Bi("The three angles add up to 180°.", "তিন কোণের সমষ্টি ১৮০°।"),
            Bi(
                "There are {p} + {q} + {r} = {total} equal parts. One part = 180° ÷ {total}.",
                "মোট {p} + {q} + {r} = {total}টি সমান অংশ। এক অংশ = ১৮০° ÷ {total}।",
            ),
            Bi(
                "One part is {one}°. {owner} has {take} parts.",
                "এক অংশ {one}°। {owner} আছে {take} অংশ।",
            ),
        ),
        180 * take // total,
        one * take,
    )


def _right_triangle_relation(draw: Draw) -> Made:
    if draw.coin():
        k = draw.choice((2, 4, 5, 8))
        small = 90 // (k + 1)
        ask_small = draw.coin()
        values = {
            "k": k,
            "k1": k + 1,
            "which": Bi("smaller", "ছোট") if ask_small else Bi("larger", "বড়"),
        }
        question = Bi(
            "In a right-angled triangle, one acute angle is {k} times the other. How many degrees is the {which} acute angle?",
            "একটি সমকোণী ত্রিভুজের একটি সূক্ষ্মকোণ অপরটির {k} গুণ। {which} সূক্ষ্মকোণটি কত ডিগ্রি?",
        )
        hints = (
            Bi(
                "In a right-angled triangle, the two acute angles add up to 90°.",
                "সমকোণী ত্রিভুজের সূক্ষ্মকোণ দুটির সমষ্টি ৯০°।",
            ),
            Bi(
                "Let the smaller angle be x°. Then the other one is {k}x°.",
                "ছোট কোণটি x° ধরো। তাহলে অপরটি {k}x°।",
            ),
            Bi(
                "x + {k}x = 90, so {k1}x = 90. Find x, then the angle you are asked for.",
                "x + {k}x = ৯০, অর্থাৎ {k1}x = ৯০। x বের করো, তারপর যে কোণটি চাওয়া হয়েছে সেটি।",
            ),
        )
        answer = small if ask_small else k * small
        derived = next(a for a in range(1, 90) if a + k * a == 90) * (1 if ask_small else k)
    else:
        gap = draw.whole(2, 60, step=2)
        small = (90 - gap) // 2
        ask_small = draw.coin()
        values = {
            "g": gap,
            "rest": 90 - gap,
            "which": Bi("smaller", "ছোট") if ask_small else Bi("larger", "বড়"),
        }
        question = Bi(
            "In a right-angled triangle, one acute angle is {g}° more than the other. How many degrees is the {which} acute angle?",
            "একটি সমকোণী ত্রিভুজের একটি সূক্ষ্মকোণ অপরটির চেয়ে {g}° বেশি। {which} সূক্ষ্মকোণটি কত ডিগ্রি?",
        )
        hints = (
            Bi(
                "In a right-angled triangle, the two acute angles add up to 90°.",
                "সমকোণী ত্রিভুজের সূক্ষ্মকোণ দুটির সমষ্টি ৯০°।",
            ),
            Bi(
                "Let the smaller angle be x°. Then the other one is (x + {g})°.",
                "ছোট কোণটি x° ধরো। তাহলে অপরটি (x + {g})°।",
            ),
            Bi(
                "2x + {g} = 90, so 2x = {rest}. Find x, then the angle you are asked for.",
                "২x + {g} = ৯০, তাই ২x = {rest}। x বের করো, তারপর যে কোণটি চাওয়া হয়েছে সেটি।",
            ),
        )
        answer = small if ask_small else small + gap
        derived = next(a for a in range(1, 90) if 2 * a + gap == 90) + (0 if ask_small else gap)
    return _made(draw, values, question, hints, answer, derived)


def _exterior_angle(draw: Draw) -> Made:
    a, b = draw.whole(20, 85), draw.whole(20, 85)
    exterior = a + b
    draw.require(exterior < 175)
    name = draw.choice(_TRIANGLES)
    ask_exterior = draw.coin()
    values = {"a": a, "b": b, "x": exterior, "A": name[0], "B": name[1], "C": name[2], "T": name}
    if ask_exterior:
        question = Bi(
            "In triangle {T}, side {B}{C} is extended beyond {C}. If ∠{A} = {a}° and ∠{B} = {b}°, how many degrees is the exterior angle at {C}?",
            "{T} ত্রিভুজের {B}{C} বাহুকে {C} এর দিকে বর্ধিত করা হলো। ∠{A} = {a}° এবং ∠{B} = {b}° হলে {C} বিন্দুতে উৎপন্ন বহিঃস্থ কোণটি কত ডিগ্রি?",
        )
        last = Bi("Add {a}° and {b}°.", "{a}° ও {b}° যোগ করো।")
        answer, derived = a + b, 180 - (180 - a - b)
    else:
        question = Bi(
            "In triangle {T}, side {B}{C} is extended beyond {C}. The exterior angle at {C} is {x}° and ∠{A} = {a}°. How many degrees is ∠{B}?",
            "{T} ত্রিভুজের {B}{C} বাহুকে {C} এর দিকে বর্ধিত করা হলো। {C} বিন্দুতে উৎপন্ন বহিঃস্থ কোণ {x}° এবং ∠{A} = {a}°। ∠{B} কত ডিগ্রি?",
        )
        last = Bi("Subtract {a}° from {x}°.", "{x}° থেকে {a}° বিয়োগ করো।")
        answer, derived = exterior - a, b
    return _made(
        draw,
        values,
        question,
        (
            Bi(
                "An exterior angle of a triangle equals the sum of the two interior opposite angles.",
                "ত্রিভুজের একটি বহিঃস্থ কোণ তার অন্তঃস্থ বিপরীত কোণ দুটির সমষ্টির সমান।",
            ),
            Bi(
                "Here the interior opposite angles of the exterior angle at {C} are ∠{A} and ∠{B}.",
                "এখানে {C} বিন্দুর বহিঃস্থ কোণের অন্তঃস্থ বিপরীত কোণ দুটি হলো ∠{A} ও ∠{B}।",
            ),
            last,
        ),
        answer,
        derived,
    )


def _angles_at_a_point(draw: Draw) -> Made:
    count = draw.choice((3, 4))
    known = [draw.whole(30, 150) for _ in range(count - 1)]
    last = 360 - sum(known)
    draw.require(20 <= last <= 200)
    listed = ", ".join(f"{a}°" for a in known[:-1])
    values = {
        "list": Bi(f"{listed} and {known[-1]}°", f"{listed} ও {known[-1]}°"),
        "count": count,
        "known": count - 1,
        "sum": " + ".join(str(a) for a in known),
    }
    return _made(
        draw,
        values,
        Bi(
            "{count} angles are formed around a point. {known} of them are {list}. How many degrees is the remaining angle?",
            "একটি বিন্দুর চারদিকে {count}টি কোণ উৎপন্ন হয়েছে। এদের {known}টি কোণ {list}। অবশিষ্ট কোণটি কত ডিগ্রি?",
        ),
        (
            Bi(
                "The angles around a point add up to 360°.",
                "একটি বিন্দুর চারদিকে উৎপন্ন কোণগুলোর সমষ্টি ৩৬০°।",
            ),
            Bi("Add the known angles: {sum}.", "জানা কোণগুলো যোগ করো: {sum}।"),
            Bi("Subtract that sum from 360°.", "যোগফলটি ৩৬০° থেকে বিয়োগ করো।"),
        ),
        360 - sum(known),
        last,
    )


def _parts_of_straight_angle(draw: Draw) -> Made:
    p, q, r = draw.sample(range(1, 8), 3)
    total = p + q + r
    draw.require(180 % total == 0)
    x = 180 // total
    ask_x = draw.coin()
    values = {
        "p": p,
        "q": q,
        "r": r,
        "ex": f"{'' if p == 1 else p}x°, {'' if q == 1 else q}x°",
        "last": f"{'' if r == 1 else r}x°",
        "total": total,
        "big": max(p, q, r),
    }
    question = (
        Bi(
            "Three angles lie side by side on a straight line, making a straight angle together. They are {ex} and {last}. Find the value of x.",
            "একটি সরলরেখার উপর পাশাপাশি তিনটি কোণ মিলে একটি সরলকোণ তৈরি করেছে। কোণগুলো {ex} ও {last}। x এর মান নির্ণয় করো।",
        )
        if ask_x
        else Bi(
            "Three angles lie side by side on a straight line, making a straight angle together. They are {ex} and {last}. How many degrees is the largest of them?",
            "একটি সরলরেখার উপর পাশাপাশি তিনটি কোণ মিলে একটি সরলকোণ তৈরি করেছে। কোণগুলো {ex} ও {last}। এদের মধ্যে বৃহত্তম কোণটি কত ডিগ্রি?",
        )
    )
    return _made(
        draw,
        values,
        question,
        (
            Bi("A straight angle is 180°.", "একটি সরলকোণ ১৮০°।"),
            Bi(
                "Add the three angles and set the sum equal to 180: {total}x = 180.",
                "তিনটি কোণ যোগ করে যোগফল ১৮০ এর সমান লেখো: {total}x = ১৮০।",
            ),
            Bi("Divide 180 by {total}.", "১৮০ কে {total} দিয়ে ভাগ করো।")
            if ask_x
            else Bi(
                "Find x, then multiply it by {big}.", "x বের করো, তারপর তাকে {big} দিয়ে গুণ করো।"
            ),
        ),
        180 // total if ask_x else 180 * max(p, q, r) // total,
        x if ask_x else x * max(p, q, r),
    )


# ---------------------------------------------------------------------------------------------
# Difficulty 3


def _angles_by_relation(draw: Draw) -> Made:
    name = draw.choice(_TRIANGLES)
    b = draw.whole(10, 60)
    more = draw.whole(5, 40)
    k = draw.whole(2, 4)
    a, c = b + more, k * b
    draw.require(a + b + c == 180 or (180 - more) % (k + 2) == 0)
    b = (180 - more) // (k + 2)
    a, c = b + more, k * b
    draw.require(a + b + c == 180 and b >= 10)
    ask_c = draw.coin()
    values = {
        "A": name[0],
        "B": name[1],
        "C": name[2],
        "T": name,
        "more": more,
        "k": k,
        "k2": k + 2,
        "rest": 180 - more,
        "then": Bi(f"then multiply it by {k}", f"তারপর তাকে {k} দিয়ে গুণ করো")
        if ask_c
        else Bi(f"then add {more}", f"তারপর তার সাথে {more} যোগ করো"),
    }
    return _made(
        draw,
        values,
        Bi(
            "In triangle {T}, ∠{A} is {more}° more than ∠{B}, and ∠{C} is {k} times ∠{B}. How many degrees is ∠{ask}?".replace(
                "{ask}", "{C}" if ask_c else "{A}"
            ),
            "{T} ত্রিভুজে ∠{A}, ∠{B} এর চেয়ে {more}° বেশি এবং ∠{C}, ∠{B} এর {k} গুণ। ∠{ask} কত ডিগ্রি?".replace(
                "{ask}", "{C}" if ask_c else "{A}"
            ),
        ),
        (
            Bi(
                "Write every angle using ∠{B}. Let ∠{B} = x°.",
                "প্রতিটি কোণকে ∠{B} এর মাধ্যমে লেখো। ধরো ∠{B} = x°।",
            ),
            Bi(
                "Then ∠{A} = x + {more} and ∠{C} = {k}x, and the three angles add up to 180.",
                "তাহলে ∠{A} = x + {more} এবং ∠{C} = {k}x, আর তিনটি কোণের সমষ্টি ১৮০।",
            ),
            Bi(
                "{k2}x + {more} = 180, so {k2}x = {rest}. Find x, {then}.",
                "{k2}x + {more} = ১৮০, তাই {k2}x = {rest}। x এর মান বের করো, {then}।",
            ),
        ),
        c if ask_c else a,
        next(x for x in range(1, 180) if (k + 2) * x + more == 180) * k
        if ask_c
        else next(x for x in range(1, 180) if (k + 2) * x + more == 180) + more,
    )


def _clock_angle(draw: Draw) -> Made:
    hour = draw.whole(1, 11)
    minute = draw.choice((0, 30, 0, 30, 10, 20, 40, 50))
    hour_angle = 30 * hour + minute // 2
    gap = abs(hour_angle - 6 * minute)
    answer = min(gap, 360 - gap)
    draw.require(answer not in (0, 180))
    values = {
        "t": Bi(f"{hour} o'clock", f"{hour}টা")
        if minute == 0
        else Bi(f"{hour}:{minute:02d}", f"{hour}টা {minute} মিনিট"),
        "at": Bi(f"At {hour} o'clock", f"{hour}টায়")
        if minute == 0
        else Bi(f"At {hour}:{minute:02d}", f"{hour}টা {minute} মিনিটে"),
        "h": hour,
        "m": minute,
        "half": decimal_half,
    }
    if minute in (0, 30):
        hints = (
            Bi(
                "The 12 hour marks divide the full turn of 360° into equal gaps of 360° ÷ 12 = 30°.",
                "ঘড়ির ১২টি ঘণ্টার দাগ পুরো ৩৬০° কে ৩৬০° ÷ ১২ = ৩০° করে সমান ভাগে ভাগ করে।",
            ),
            Bi(
                "{at} the minute hand points to 6, and the hour hand is halfway between {h} and the next number.",
                "{at} মিনিটের কাঁটা থাকে ৬ এর ঘরে, আর ঘণ্টার কাঁটা থাকে {h} ও পরের সংখ্যার ঠিক মাঝখানে।",
            )
            if minute
            else Bi(
                "{at} the minute hand points to 12 and the hour hand points to {h}.",
                "{at} মিনিটের কাঁটা থাকে ১২ এর ঘরে এবং ঘণ্টার কাঁটা থাকে {h} এর ঘরে।",
            ),
            Bi(
                "Count the gaps between the hands the shorter way round (half a gap is 15°), and multiply by 30°.",
                "ছোট পথে কাঁটা দুটির মাঝে কয়টি ফাঁক আছে গোনো (অর্ধেক ফাঁক = ১৫°), তারপর ৩০° দিয়ে গুণ করো।",
            ),
        )
    else:
        hints = (
            Bi(
                "Measure both hands from 12. The minute hand turns 6° each minute; the hour hand turns 30° each hour and {half}° each minute.",
                "দুটি কাঁটার অবস্থান ১২ থেকে মাপো। মিনিটের কাঁটা প্রতি মিনিটে ৬° ঘোরে; ঘণ্টার কাঁটা প্রতি ঘণ্টায় ৩০° এবং প্রতি মিনিটে {half}° ঘোরে।",
            ),
            Bi(
                "{at}: minute hand = {m} × 6°, hour hand = {h} × 30° + {m} × {half}°.",
                "{at}: মিনিটের কাঁটা = {m} × ৬°, ঘণ্টার কাঁটা = {h} × ৩০° + {m} × {half}°।",
            ),
            Bi(
                "Find the difference of the two; if it is more than 180°, take it away from 360°.",
                "দুটির পার্থক্য বের করো; পার্থক্য ১৮০° এর বেশি হলে তা ৩৬০° থেকে বিয়োগ করো।",
            ),
        )
    # Independently: the textbook formula |30h − 11m/2|, taken the shorter way round.
    formula = abs(30 * hour - Fraction(11 * minute, 2))
    return _made(
        draw,
        values,
        Bi(
            "When a clock shows exactly {t}, what is the smaller angle between the hour hand and the minute hand, in degrees?",
            "ঘড়িতে যখন ঠিক {t} বাজে, তখন ঘণ্টার কাঁটা ও মিনিটের কাঁটার মধ্যবর্তী ছোট কোণটি কত ডিগ্রি?",
        ),
        hints,
        answer,
        min(formula, 360 - formula),
    )


def _supplementary_relation(draw: Draw) -> Made:
    total, k, diff = draw.choice(_RELATIONS)
    # angles x and kx + diff with x + kx + diff = total
    x = (total - diff) // (k + 1)
    other = k * x + diff
    draw.require(x >= 5 and other >= 5 and x != other)
    ask_larger = draw.coin()
    name = Bi("supplementary", "সম্পূরক") if total == 180 else Bi("complementary", "পূরক")
    values = {
        "kind": name,
        "Kind": Bi(name.en.capitalize(), name.bn),
        "total": total,
        "k": k,
        "k1": k + 1,
        "d": abs(diff),
        "rel": Bi(f"{abs(diff)}° more than", f"{abs(diff)}° বেশি")
        if diff > 0
        else Bi(f"{abs(diff)}° less than", f"{abs(diff)}° কম"),
        "expr": f"{k}x + {diff}" if diff > 0 else f"{k}x − {-diff}",
        "rest": total - diff,
        "which": Bi("larger", "বড়") if ask_larger else Bi("smaller", "ছোট"),
    }
    return _made(
        draw,
        values,
        Bi(
            "Two angles are {kind}. One of them is {rel} {k} times the other. How many degrees is the {which} angle?",
            "দুটি কোণ পরস্পর {kind}। একটি কোণ অপরটির {k} গুণের চেয়ে {rel}। {which} কোণটি কত ডিগ্রি?",
        ),
        (
            Bi("{Kind} angles add up to {total}°.", "{Kind} কোণ দুটির সমষ্টি {total}°।"),
            Bi(
                "Let one angle be x°. Then the other is ({expr})°.",
                "একটি কোণ x° ধরো। তাহলে অপরটি ({expr})°।",
            ),
            Bi(
                "x + {expr} = {total} gives {k1}x = {rest}. Find x, then both angles, and pick the {which} one.",
                "x + {expr} = {total} থেকে {k1}x = {rest}। x বের করো, তারপর দুটি কোণ বের করে {which}টি নাও।",
            ),
        ),
        max(x, other) if ask_larger else min(x, other),
        max(a for a in (x, total - x)) if ask_larger else min(x, total - x),
    )


def _angles_as_expressions(draw: Draw) -> Made:
    x = draw.whole(10, 40)
    ka, kb = draw.sample(range(1, 5), 2)
    a = draw.whole(-15, 30)
    b = draw.whole(-15, 30)
    third = 180 - (ka * x + a) - (kb * x + b)
    kc = draw.whole(1, 4)
    c = third - kc * x
    angles = [ka * x + a, kb * x + b, kc * x + c]
    draw.require(
        all(10 <= angle <= 150 for angle in angles) and -20 <= c <= 40 and a != 0 and b != 0
    )

    def shown(k: int, n: int) -> str:
        head = "x" if k == 1 else f"{k}x"
        if n == 0:
            return f"{head}°"
        return f"({head} {'+' if n > 0 else '−'} {abs(n)})°"

    ask_x = draw.coin()
    values = {
        "a": shown(ka, a),
        "b": shown(kb, b),
        "c": shown(kc, c),
        "k": ka + kb + kc,
        "n": _signed_text(a + b + c),
        "rest": 180 - (a + b + c),
    }
    return _made(
        draw,
        values,
        Bi(
            "The three angles of a triangle are {a}, {b} and {c}. "
            + ("Find the value of x." if ask_x else "How many degrees is the largest angle?"),
            "একটি ত্রিভুজের তিনটি কোণ {a}, {b} ও {c}। "
            + ("x এর মান নির্ণয় করো।" if ask_x else "বৃহত্তম কোণটি কত ডিগ্রি?"),
        ),
        (
            Bi("The three angles of a triangle add up to 180°.", "ত্রিভুজের তিন কোণের সমষ্টি ১৮০°।"),
            Bi("Adding them gives {k}x {n} = 180.", "যোগ করলে পাই {k}x {n} = ১৮০।"),
            Bi(
                "So {k}x = {rest}. Find x."
                + ("" if ask_x else " Then work out each angle and pick the largest."),
                "অর্থাৎ {k}x = {rest}। x এর মান বের করো।"
                + ("" if ask_x else " তারপর প্রতিটি কোণ বের করে বৃহত্তমটি নাও।"),
            ),
        ),
        (180 - (a + b + c)) // (ka + kb + kc) if ask_x else max(angles),
        x if ask_x else max(k * x + n for k, n in ((ka, a), (kb, b), (kc, c))),
    )


def _signed_text(n: int) -> str:
    return f"+ {n}" if n >= 0 else f"− {-n}"


FAMILIES = (
    Family(
        "g6-complement-of-an-angle",
        "complementary angles",
        1,
        AnswerKind.INTEGER,
        _complement,
        unit=Unit.DEGREE,
        minutes=1,
    ),
    Family(
        "g6-supplement-of-an-angle",
        "supplementary angles",
        1,
        AnswerKind.INTEGER,
        _supplement,
        unit=Unit.DEGREE,
        minutes=1,
    ),
    Family(
        "g6-third-angle-of-a-triangle",
        "angle sum of a triangle",
        1,
        AnswerKind.INTEGER,
        _third_angle,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g6-triangle-kind-by-angles",
        "types of triangles",
        1,
        AnswerKind.CHOICE,
        _triangle_by_angles,
        minutes=1,
    ),
    Family(
        "g6-triangle-kind-by-sides",
        "types of triangles",
        1,
        AnswerKind.CHOICE,
        _triangle_by_sides,
        minutes=1,
    ),
    Family("g6-kind-of-angle", "types of angles", 1, AnswerKind.CHOICE, _kind_of_angle, minutes=1),
    Family(
        "g6-other-acute-angle",
        "right-angled triangle",
        1,
        AnswerKind.INTEGER,
        _other_acute_angle,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g6-angles-on-a-straight-line",
        "angles on a straight line",
        2,
        AnswerKind.INTEGER,
        _linear_pair,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g6-isosceles-base-angles",
        "isosceles triangle",
        2,
        AnswerKind.INTEGER,
        _isosceles_base_angle,
        unit=Unit.DEGREE,
    ),
    Family(
        "g6-isosceles-vertex-angle",
        "isosceles triangle",
        2,
        AnswerKind.INTEGER,
        _isosceles_vertex_angle,
        unit=Unit.DEGREE,
    ),
    Family(
        "g6-triangle-angles-in-ratio",
        "angles in a ratio",
        2,
        AnswerKind.INTEGER,
        _angles_in_ratio,
        unit=Unit.DEGREE,
    ),
    Family(
        "g6-right-triangle-acute-angles",
        "right-angled triangle",
        2,
        AnswerKind.INTEGER,
        _right_triangle_relation,
        unit=Unit.DEGREE,
    ),
    Family(
        "g6-exterior-angle",
        "exterior angle of a triangle",
        2,
        AnswerKind.INTEGER,
        _exterior_angle,
        unit=Unit.DEGREE,
    ),
    Family(
        "g6-angles-at-a-point",
        "angles at a point",
        2,
        AnswerKind.INTEGER,
        _angles_at_a_point,
        unit=Unit.DEGREE,
    ),
    Family(
        "g6-parts-of-a-straight-angle",
        "angles on a straight line",
        2,
        AnswerKind.INTEGER,
        _parts_of_straight_angle,
        unit=Unit.DEGREE,
    ),
    Family(
        "g6-triangle-angles-by-relation",
        "angle sum of a triangle",
        3,
        AnswerKind.INTEGER,
        _angles_by_relation,
        unit=Unit.DEGREE,
        minutes=6,
    ),
    Family(
        "g6-clock-hands-angle",
        "angles on a clock",
        3,
        AnswerKind.INTEGER,
        _clock_angle,
        unit=Unit.DEGREE,
        minutes=5,
    ),
    Family(
        "g6-complementary-supplementary-relation",
        "supplementary angles",
        3,
        AnswerKind.INTEGER,
        _supplementary_relation,
        unit=Unit.DEGREE,
        minutes=6,
    ),
    Family(
        "g6-triangle-angles-as-expressions",
        "angle sum of a triangle",
        3,
        AnswerKind.INTEGER,
        _angles_as_expressions,
        unit=Unit.DEGREE,
        minutes=6,
    ),
)
