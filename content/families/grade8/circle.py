"""Class 8, circle: circumference and area with π = 22/7 or 3.14, radius from them, wheels,
semicircles and circular paths; chords and their distance from the centre by Pythagoras;
central and inscribed angles, the angle in a semicircle and cyclic quadrilaterals (NCTB class 8,
chapter 10).

Each instance plants the circle first (a radius that is a multiple of 7 where π = 22/7, a
Pythagorean triple for a chord) and computes the answer from the printed numbers; the planted
measure or another route (cancelling the 7 first, a brute-force square root) is the independent
derivation.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=8, key="circle", en="Circle", bn="বৃত্ত")

_PI = Fraction(22, 7)
_PI_DECIMAL = Fraction(314, 100)
_TRIPLES = (
    (3, 4, 5),
    (5, 12, 13),
    (8, 15, 17),
    (7, 24, 25),
    (20, 21, 29),
    (12, 35, 37),
    (9, 40, 41),
    (28, 45, 53),
    (11, 60, 61),
    (33, 56, 65),
    (16, 63, 65),
    (48, 55, 73),
)

_CM = (Bi("cm", "সেমি"), Bi("square centimetres", "বর্গ সেমি"), Unit.CM, Unit.CM2)
_M = (Bi("m", "মিটার"), Bi("square metres", "বর্গমিটার"), Unit.M, Unit.M2)

# Round things as the subject of a sentence: "A coin has a radius of..." / "একটি মুদ্রার ব্যাসার্ধ...".
_ROUND_CM = (
    Bi("A circular plate", "একটি বৃত্তাকার থালার"),
    Bi("A coin", "একটি মুদ্রার"),
    Bi("The face of a wall clock", "একটি দেয়াল ঘড়ির মুখের"),
    Bi("A circle drawn in an exercise book", "খাতায় আঁকা একটি বৃত্তের"),
    Bi("A round table top", "একটি গোল টেবিলের উপরিতলের"),
)
_ROUND_M = (
    Bi("A circular pond", "একটি বৃত্তাকার পুকুরের"),
    Bi("A circular field", "একটি বৃত্তাকার মাঠের"),
    Bi("A circular flower garden", "একটি বৃত্তাকার ফুলের বাগানের"),
    Bi("A circular roundabout", "একটি বৃত্তাকার গোলচত্বরের"),
)
_RADIUS, _DIAMETER = Bi("radius", "ব্যাসার্ধ"), Bi("diameter", "ব্যাস")


def _avoid(draw: Draw, answer: int | Fraction, *shown: int | Fraction) -> None:
    """Reject a draw whose answer is one of the numbers a hint shows."""
    draw.require(answer not in shown)


def _shown(value: Fraction) -> int | Decimal:
    """A value as a template shows it: a whole number, or a finite decimal such as 78.5."""
    return value.numerator if value.denominator == 1 else decimal(value)


def _round_thing(draw: Draw, metres: bool | None = None) -> tuple[Bi, Bi, Bi, Unit, Unit]:
    if metres is None:
        metres = draw.coin()
    label, area_label, length_unit, area_unit = _M if metres else _CM
    return (
        draw.choice(_ROUND_M if metres else _ROUND_CM),
        label,
        area_label,
        length_unit,
        area_unit,
    )


def _root(square: int | Fraction) -> int:
    """The whole square root, found by trying every candidate."""
    return next(n for n in range(1, 2000) if n * n == square)


def _circumference_22_7(draw: Draw) -> Made:
    thing, label, _, length_unit, _ = _round_thing(draw)
    k = draw.whole(1, 10)
    radius = 7 * k
    by_diameter = draw.coin()
    answer = 2 * _PI * radius
    _avoid(draw, answer, radius, 2 * radius, 2 * k, 22, 7, 2)
    return Made(
        values={
            "thing": thing,
            "what": _DIAMETER if by_diameter else _RADIUS,
            "n": 2 * radius if by_diameter else radius,
            "d": 2 * radius,
            "q": 2 * k,
            "u": label,
        },
        question=Bi(
            "{thing} has a {what} of {n} {u}. Find its circumference in {u}. Take π = 22/7.",
            "{thing} {what} {n} {u}। এর পরিধি কত {u} নির্ণয় করো। π = ২২/৭ ধরো।",
        ),
        hints=(
            Bi(
                "Circumference of a circle = 2πr = πd, where r is the radius and d the diameter.",
                "বৃত্তের পরিধি = ২πr = πd, যেখানে r ব্যাসার্ধ এবং d ব্যাস।",
            ),
            Bi(
                "So the circumference is 22/7 × the diameter, and the diameter here is {d} {u}.",
                "তাই পরিধি = ২২/৭ × ব্যাস, আর এখানে ব্যাস {d} {u}।",
            ),
            Bi(
                "Cancel the 7 first: {d} ÷ 7 = {q}; then multiply by 22.",
                "আগে ৭ দিয়ে কাটাকাটি করো: {d} ÷ ৭ = {q}; তারপর ২২ দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=22 * (2 * radius // 7),  # the 7 cancelled first
        unit=length_unit,
    )


def _area_22_7(draw: Draw) -> Made:
    thing, label, area_label, _, area_unit = _round_thing(draw)
    k = draw.whole(1, 6)
    radius = 7 * k
    by_diameter = draw.coin()
    answer = _PI * radius * radius
    _avoid(draw, answer, radius, 2 * radius, radius * radius, 22, 7, 2)
    return Made(
        values={
            "thing": thing,
            "what": _DIAMETER if by_diameter else _RADIUS,
            "n": 2 * radius if by_diameter else radius,
            "r": radius,
            "r2": radius * radius,
            "u": label,
            "au": area_label,
        },
        question=Bi(
            "{thing} has a {what} of {n} {u}. Find its area in {au}. Take π = 22/7.",
            "{thing} {what} {n} {u}। এর ক্ষেত্রফল কত {au} নির্ণয় করো। π = ২২/৭ ধরো।",
        ),
        hints=(
            Bi(
                "Area of a circle = πr², and the radius is half the diameter: {r} {u}.",
                "বৃত্তের ক্ষেত্রফল = πr², আর ব্যাসার্ধ হলো ব্যাসের অর্ধেক: {r} {u}।",
            )
            if by_diameter
            else Bi("Area of a circle = πr².", "বৃত্তের ক্ষেত্রফল = πr²।"),
            Bi("r² = {r} × {r} = {r2}.", "r² = {r} × {r} = {r2}।"),
            Bi(
                "Work out 22/7 × {r2}; cancel the 7 first.",
                "২২/৭ × {r2} হিসাব করো; আগে ৭ দিয়ে কাটাকাটি করো।",
            ),
        ),
        answer=answer,
        derived=22 * (radius // 7) * radius,  # the 7 cancelled against one factor of r
        unit=area_unit,
    )


def _circumference_3_14(draw: Draw) -> Made:
    thing, label, _, length_unit, _ = _round_thing(draw)
    radius = draw.whole(2, 30)
    draw.require(radius % 7 != 0 or draw.coin())
    answer = 2 * _PI_DECIMAL * radius
    _avoid(draw, answer, radius, 2 * radius, _PI_DECIMAL, 2)
    return Made(
        values={"thing": thing, "r": radius, "d": 2 * radius, "u": label},
        question=Bi(
            "{thing} has a radius of {r} {u}. Find its circumference in {u}. Take π = 3.14.",
            "{thing} ব্যাসার্ধ {r} {u}। এর পরিধি কত {u} নির্ণয় করো। π = ৩.১৪ ধরো।",
        ),
        hints=(
            Bi("Circumference of a circle = 2πr.", "বৃত্তের পরিধি = ২πr।"),
            Bi("2r = 2 × {r} = {d}.", "২r = ২ × {r} = {d}।"),
            Bi("Multiply 3.14 by {d}.", "৩.১৪ কে {d} দিয়ে গুণ করো।"),
        ),
        answer=answer,
        derived=Fraction(314 * 2 * radius, 100),  # in hundredths: 314 × d, then shift the point
        unit=length_unit,
    )


def _area_3_14(draw: Draw) -> Made:
    thing, label, area_label, _, area_unit = _round_thing(draw)
    radius = draw.whole(2, 20)
    answer = _PI_DECIMAL * radius * radius
    _avoid(draw, answer, radius, radius * radius, _PI_DECIMAL)
    return Made(
        values={"thing": thing, "r": radius, "r2": radius * radius, "u": label, "au": area_label},
        question=Bi(
            "{thing} has a radius of {r} {u}. Find its area in {au}. Take π = 3.14.",
            "{thing} ব্যাসার্ধ {r} {u}। এর ক্ষেত্রফল কত {au} নির্ণয় করো। π = ৩.১৪ ধরো।",
        ),
        hints=(
            Bi("Area of a circle = πr².", "বৃত্তের ক্ষেত্রফল = πr²।"),
            Bi("r² = {r} × {r} = {r2}.", "r² = {r} × {r} = {r2}।"),
            Bi("Multiply 3.14 by {r2}.", "৩.১৪ কে {r2} দিয়ে গুণ করো।"),
        ),
        answer=answer,
        derived=Fraction(sum(314 for _ in range(radius * radius)), 100),
        unit=area_unit,
    )


def _radius_from_circumference(draw: Draw) -> Made:
    thing, label, _, length_unit, _ = _round_thing(draw)
    if draw.coin():
        k = draw.whole(1, 10)
        radius = 7 * k
        circumference: Fraction = 2 * _PI * radius
        pi_text = Bi("22/7", "২২/৭")
        answer = circumference / (2 * _PI)
        shown: tuple[int | Fraction, ...] = (circumference, 2 * _PI, 44, 22, 7, 2)
        last = Bi(
            "2 × 22/7 = 44/7, so r = {c} × 7 ÷ 44.",
            "২ × ২২/৭ = ৪৪/৭, তাই r = {c} × ৭ ÷ ৪৪।",
        )
    else:
        radius = draw.whole(2, 30)
        circumference = 2 * _PI_DECIMAL * radius
        pi_text = Bi("3.14", "৩.১৪")
        answer = circumference / (2 * _PI_DECIMAL)
        shown = (circumference, 2 * _PI_DECIMAL, 2)
        last = Bi("2 × 3.14 = 6.28, so r = {c} ÷ 6.28.", "২ × ৩.১৪ = ৬.২৮, তাই r = {c} ÷ ৬.২৮।")
    _avoid(draw, answer, *shown)
    return Made(
        values={"thing": thing, "c": _shown(circumference), "u": label, "pi": pi_text},
        question=Bi(
            "{thing} has a circumference of {c} {u}. Find its radius in {u}. Take π = {pi}.",
            "{thing} পরিধি {c} {u}। এর ব্যাসার্ধ কত {u} নির্ণয় করো। π = {pi} ধরো।",
        ),
        hints=(
            Bi("Circumference = 2πr.", "পরিধি = ২πr।"),
            Bi("So r = circumference ÷ 2π.", "তাই r = পরিধি ÷ ২π।"),
            last,
        ),
        answer=answer,
        derived=radius,
        unit=length_unit,
    )


def _radius_from_area(draw: Draw) -> Made:
    thing, label, area_label, length_unit, _ = _round_thing(draw)
    if draw.coin():
        k = draw.whole(1, 6)
        radius = 7 * k
        area = _PI * radius * radius
        pi_text = Bi("22/7", "২২/৭")
        squared = area / _PI
        last = Bi(
            "r² = {a} × 7 ÷ 22 = {r2}; now find the number whose square is {r2}.",
            "r² = {a} × ৭ ÷ ২২ = {r2}; এখন কোন সংখ্যার বর্গ {r2} তা বের করো।",
        )
        shown: tuple[int | Fraction, ...] = (area, squared, 22, 7)
    else:
        radius = draw.whole(2, 20)
        area = _PI_DECIMAL * radius * radius
        pi_text = Bi("3.14", "৩.১৪")
        squared = area / _PI_DECIMAL
        last = Bi(
            "r² = {a} ÷ 3.14 = {r2}; now find the number whose square is {r2}.",
            "r² = {a} ÷ ৩.১৪ = {r2}; এখন কোন সংখ্যার বর্গ {r2} তা বের করো।",
        )
        shown = (area, squared, _PI_DECIMAL)
    answer = _root(squared)
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "thing": thing,
            "a": _shown(area),
            "r2": _shown(squared),
            "u": label,
            "au": area_label,
            "pi": pi_text,
        },
        question=Bi(
            "{thing} has an area of {a} {au}. Find its radius in {u}. Take π = {pi}.",
            "{thing} ক্ষেত্রফল {a} {au}। এর ব্যাসার্ধ কত {u} নির্ণয় করো। π = {pi} ধরো।",
        ),
        hints=(
            Bi("Area of a circle = πr².", "বৃত্তের ক্ষেত্রফল = πr²।"),
            Bi("So r² = area ÷ π.", "তাই r² = ক্ষেত্রফল ÷ π।"),
            last,
        ),
        answer=answer,
        derived=radius,
        unit=length_unit,
    )


_VEHICLES = (
    Bi("a bicycle", "একটি সাইকেলের"),
    Bi("a rickshaw", "একটি রিকশার"),
    Bi("a van", "একটি ভ্যানের"),
    Bi("a push cart", "একটি ঠেলাগাড়ির"),
)


def _wheel_distance(draw: Draw) -> Made:
    vehicle = draw.choice(_VEHICLES)
    k, j = draw.whole(1, 5), draw.whole(1, 20)
    radius, turns = 7 * k, 25 * j
    circumference = 2 * _PI * radius
    answer = circumference * turns / 100
    _avoid(draw, answer, radius, circumference, turns, 100, 22, 7, 2)
    return Made(
        values={"vehicle": vehicle, "r": radius, "n": turns, "c": _shown(circumference)},
        question=Bi(
            "The radius of a wheel of {vehicle} is {r} cm. How many metres does it go when the wheel turns {n} times? Take π = 22/7.",
            "{vehicle} চাকার ব্যাসার্ধ {r} সেমি। চাকাটি {n} বার ঘুরলে এটি কত মিটার পথ অতিক্রম করবে? π = ২২/৭ ধরো।",
        ),
        hints=(
            Bi(
                "In one turn the wheel covers a distance equal to its circumference.",
                "চাকা একবার ঘুরলে এর পরিধির সমান পথ অতিক্রম করে।",
            ),
            Bi(
                "Circumference = 2 × 22/7 × {r} = {c} cm.",
                "পরিধি = ২ × ২২/৭ × {r} = {c} সেমি।",
            ),
            Bi(
                "Multiply {c} by {n} to get centimetres, then divide by 100 for metres.",
                "{c} কে {n} দিয়ে গুণ করে সেন্টিমিটারে দূরত্ব বের করো, তারপর ১০০ দিয়ে ভাগ করে মিটারে নাও।",
            ),
        ),
        answer=answer,
        derived=Fraction(11 * k * j),  # 44k cm a turn × 25j turns = 1100kj cm
    )


def _wheel_turns(draw: Draw) -> Made:
    vehicle = draw.choice(_VEHICLES)
    k, j = draw.whole(1, 5), draw.whole(1, 20)
    radius, turns = 7 * k, 25 * j
    diameter = 2 * radius
    distance = 11 * k * j  # metres
    circumference = _PI * diameter
    answer = Fraction(distance * 100) / circumference
    _avoid(draw, answer, diameter, circumference, distance, distance * 100, 100, 22, 7)
    return Made(
        values={
            "vehicle": vehicle,
            "d": diameter,
            "m": distance,
            "cm": distance * 100,
            "c": _shown(circumference),
        },
        question=Bi(
            "The diameter of a wheel of {vehicle} is {d} cm. How many times must the wheel turn to cover {m} m? Take π = 22/7.",
            "{vehicle} চাকার ব্যাস {d} সেমি। {m} মিটার পথ যেতে চাকাটিকে কত বার ঘুরতে হবে? π = ২২/৭ ধরো।",
        ),
        hints=(
            Bi(
                "In one turn the wheel covers its circumference: 22/7 × {d} = {c} cm.",
                "চাকা একবার ঘুরলে এর পরিধির সমান পথ যায়: ২২/৭ × {d} = {c} সেমি।",
            ),
            Bi(
                "Change the distance to centimetres: {m} m = {cm} cm.",
                "দূরত্বকে সেন্টিমিটারে নাও: {m} মিটার = {cm} সেমি।",
            ),
            Bi("Divide {cm} by {c}.", "{cm} কে {c} দিয়ে ভাগ করো।"),
        ),
        answer=answer,
        derived=turns,
    )


def _chord_figure(draw: Draw) -> tuple[int, int, int, Bi, Unit]:
    """(radius, half chord, distance from the centre) from a triple, with the unit's label."""
    a, b, c = draw.choice(_TRIPLES)
    k = draw.whole(1, 8)
    draw.require(c * k <= 80)
    half, distance = (a * k, b * k) if draw.coin() else (b * k, a * k)
    label, _, length_unit, _ = draw.choice((_CM, _M))
    return c * k, half, distance, label, length_unit


_CHORD_FACT = Bi(
    "The perpendicular from the centre to a chord bisects the chord.",
    "কেন্দ্র থেকে কোনো জ্যা এর উপর অঙ্কিত লম্ব জ্যাটিকে সমদ্বিখণ্ডিত করে।",
)


def _chord_distance(draw: Draw) -> Made:
    radius, half, distance, label, length_unit = _chord_figure(draw)
    chord = 2 * half
    answer = _root(radius * radius - half * half)
    _avoid(draw, answer, radius, chord, half)
    return Made(
        values={"r": radius, "ch": chord, "h": half, "u": label},
        question=Bi(
            "In a circle with centre O and radius {r} {u}, the chord AB is {ch} {u} long. Find the distance of AB from the centre O in {u}.",
            "O কেন্দ্রবিশিষ্ট {r} {u} ব্যাসার্ধের একটি বৃত্তে AB জ্যা এর দৈর্ঘ্য {ch} {u}। কেন্দ্র O থেকে AB এর দূরত্ব কত {u} নির্ণয় করো।",
        ),
        hints=(
            _CHORD_FACT,
            Bi(
                "So half the chord is {h} {u}, and it forms a right-angled triangle with the radius OA as hypotenuse.",
                "তাই জ্যা এর অর্ধেক {h} {u}, এবং এটি ব্যাসার্ধ OA কে অতিভুজ ধরে একটি সমকোণী ত্রিভুজ তৈরি করে।",
            ),
            Bi("distance² = {r}² − {h}²; take the square root.", "দূরত্ব² = {r}² − {h}²; বর্গমূল নাও।"),
        ),
        answer=answer,
        derived=distance,
        unit=length_unit,
    )


def _chord_length(draw: Draw) -> Made:
    radius, half, distance, label, length_unit = _chord_figure(draw)
    answer = 2 * _root(radius * radius - distance * distance)
    _avoid(draw, answer, radius, distance, 2)
    return Made(
        values={"r": radius, "dist": distance, "u": label},
        question=Bi(
            "In a circle with centre O and radius {r} {u}, the chord AB is {dist} {u} away from the centre. Find the length of AB in {u}.",
            "O কেন্দ্রবিশিষ্ট {r} {u} ব্যাসার্ধের একটি বৃত্তে কেন্দ্র থেকে AB জ্যা এর দূরত্ব {dist} {u}। AB এর দৈর্ঘ্য কত {u} নির্ণয় করো।",
        ),
        hints=(
            _CHORD_FACT,
            Bi(
                "Half the chord, the distance {dist} {u} and the radius {r} {u} form a right-angled triangle with the radius as hypotenuse.",
                "জ্যা এর অর্ধেক, দূরত্ব {dist} {u} ও ব্যাসার্ধ {r} {u} মিলে একটি সমকোণী ত্রিভুজ, যার অতিভুজ ব্যাসার্ধ।",
            ),
            Bi(
                "(half chord)² = {r}² − {dist}²; take the square root and double it.",
                "(জ্যা এর অর্ধেক)² = {r}² − {dist}²; বর্গমূল নিয়ে দ্বিগুণ করো।",
            ),
        ),
        answer=answer,
        derived=2 * half,
        unit=length_unit,
    )


def _radius_from_chord(draw: Draw) -> Made:
    radius, half, distance, label, length_unit = _chord_figure(draw)
    chord = 2 * half
    answer = _root(half * half + distance * distance)
    _avoid(draw, answer, chord, distance, half)
    return Made(
        values={"ch": chord, "dist": distance, "h": half, "u": label},
        question=Bi(
            "A chord of a circle is {ch} {u} long and its distance from the centre is {dist} {u}. Find the radius of the circle in {u}.",
            "একটি বৃত্তের একটি জ্যা এর দৈর্ঘ্য {ch} {u} এবং কেন্দ্র থেকে এর দূরত্ব {dist} {u}। বৃত্তটির ব্যাসার্ধ কত {u} নির্ণয় করো।",
        ),
        hints=(
            _CHORD_FACT,
            Bi(
                "Half the chord is {h} {u}; with the distance {dist} {u} it makes a right-angled triangle whose hypotenuse is a radius.",
                "জ্যা এর অর্ধেক {h} {u}; দূরত্ব {dist} {u} এর সাথে এটি একটি সমকোণী ত্রিভুজ তৈরি করে, যার অতিভুজ একটি ব্যাসার্ধ।",
            ),
            Bi(
                "radius² = {h}² + {dist}²; take the square root.",
                "ব্যাসার্ধ² = {h}² + {dist}²; বর্গমূল নাও।",
            ),
        ),
        answer=answer,
        derived=radius,
        unit=length_unit,
    )


def _central_and_inscribed(draw: Draw) -> Made:
    inscribed = draw.whole(15, 85)
    central = 2 * inscribed
    case = draw.choice(("to_inscribed", "to_central", "same_arc"))
    if case == "to_inscribed":
        question = Bi(
            "O is the centre of a circle and A, B, C are points on it. The central angle ∠AOB = {central}°. Find the inscribed angle ∠ACB on the same arc AB, in degrees.",
            "O কেন্দ্রবিশিষ্ট বৃত্তের উপর A, B, C তিনটি বিন্দু। কেন্দ্রস্থ কোণ ∠AOB = {central}°। একই চাপ AB এর উপর দণ্ডায়মান বৃত্তস্থ কোণ ∠ACB কত ডিগ্রি নির্ণয় করো।",
        )
        last = Bi("Halve {central}°.", "{central}° এর অর্ধেক নাও।")
        answer = Fraction(central, 2)
        shown: tuple[int, ...] = (central, 2)
    elif case == "to_central":
        question = Bi(
            "O is the centre of a circle and A, B, C are points on it. The inscribed angle ∠ACB = {inscribed}°. Find the central angle ∠AOB on the same arc AB, in degrees.",
            "O কেন্দ্রবিশিষ্ট বৃত্তের উপর A, B, C তিনটি বিন্দু। বৃত্তস্থ কোণ ∠ACB = {inscribed}°। একই চাপ AB এর উপর দণ্ডায়মান কেন্দ্রস্থ কোণ ∠AOB কত ডিগ্রি নির্ণয় করো।",
        )
        last = Bi("Double {inscribed}°.", "{inscribed}° কে দ্বিগুণ করো।")
        answer = Fraction(2 * inscribed)
        shown = (inscribed, 2)
    else:
        question = Bi(
            "A, B, C and D are points on a circle, with C and D on the same side of AB. If ∠ACB = {inscribed}°, find ∠ADB in degrees.",
            "একটি বৃত্তের উপর A, B, C ও D চারটি বিন্দু, যেখানে C ও D বিন্দু AB এর একই পাশে। ∠ACB = {inscribed}° হলে, ∠ADB কত ডিগ্রি নির্ণয় করো।",
        )
        last = Bi(
            "Inscribed angles on the same arc are equal.",
            "একই চাপের উপর দণ্ডায়মান বৃত্তস্থ কোণগুলো পরস্পর সমান।",
        )
        answer = Fraction(inscribed)
        shown = ()
    _avoid(draw, answer, *shown)
    return Made(
        values={"central": central, "inscribed": inscribed},
        question=question,
        hints=(
            Bi(
                "An inscribed angle stands on an arc; the central angle on the same arc has its vertex at the centre.",
                "বৃত্তস্থ কোণ একটি চাপের উপর দণ্ডায়মান; একই চাপের উপর কেন্দ্রস্থ কোণের শীর্ষবিন্দু কেন্দ্রে।",
            ),
            Bi(
                "The central angle is twice the inscribed angle on the same arc.",
                "একই চাপের উপর দণ্ডায়মান কেন্দ্রস্থ কোণ বৃত্তস্থ কোণের দ্বিগুণ।",
            ),
            last,
        ),
        answer=answer,
        derived=inscribed if case != "to_central" else central,
    )


def _angle_in_semicircle(draw: Draw) -> Made:
    a = draw.whole(20, 70, exclude=(45,))
    p, q, r = draw.choice((("A", "B", "C"), ("P", "Q", "R"), ("X", "Y", "Z")))
    if draw.coin():
        given, asked = f"∠{r}{p}{q}", f"∠{p}{q}{r}"
    else:
        given, asked = f"∠{p}{q}{r}", f"∠{r}{p}{q}"
    return Made(
        values={
            "a": a,
            "d": p + q,
            "c": r,
            "given": given,
            "asked": asked,
            "right": f"∠{p}{r}{q}",
            "t": p + q + r,
        },
        question=Bi(
            "{d} is a diameter of a circle and {c} is a point on the circle. If {given} = {a}°, find {asked} in degrees.",
            "{d} একটি বৃত্তের ব্যাস এবং {c} বৃত্তের উপর একটি বিন্দু। {given} = {a}° হলে, {asked} কত ডিগ্রি নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The angle in a semicircle is a right angle, so {right} = 90°.",
                "অর্ধবৃত্তস্থ কোণ এক সমকোণ, তাই {right} = ৯০°।",
            ),
            Bi(
                "The three angles of triangle {t} add up to 180°.",
                "{t} ত্রিভুজের তিন কোণের সমষ্টি ১৮০°।",
            ),
            Bi("So {asked} = 180° − 90° − {a}°.", "তাই {asked} = ১৮০° − ৯০° − {a}°।"),
        ),
        answer=180 - 90 - a,
        derived=next(b for b in range(1, 90) if a + b == 90),
    )


def _cyclic_quadrilateral(draw: Draw) -> Made:
    a = draw.whole(50, 130, exclude=(90,))
    name = draw.choice(("ABCD", "PQRS", "KLMN"))
    first, opposite = draw.choice(((0, 2), (1, 3), (2, 0), (3, 1)))
    given, asked = f"∠{name[first]}", f"∠{name[opposite]}"
    answer = 180 - a
    _avoid(draw, answer, a, 180)
    return Made(
        values={"name": name, "a": a, "given": given, "asked": asked},
        question=Bi(
            "{name} is a cyclic quadrilateral: all four vertices lie on a circle. If {given} = {a}°, find {asked} in degrees.",
            "{name} একটি বৃত্তস্থ চতুর্ভুজ, অর্থাৎ এর চারটি শীর্ষবিন্দুই একটি বৃত্তের উপর অবস্থিত। {given} = {a}° হলে, {asked} কত ডিগ্রি নির্ণয় করো।",
        ),
        hints=(
            Bi("{given} and {asked} are opposite angles.", "{given} ও {asked} পরস্পর বিপরীত কোণ।"),
            Bi(
                "The opposite angles of a cyclic quadrilateral add up to 180°.",
                "বৃত্তস্থ চতুর্ভুজের বিপরীত কোণ দুটির সমষ্টি ১৮০°।",
            ),
            Bi("Subtract {a}° from 180°.", "১৮০° থেকে {a}° বিয়োগ করো।"),
        ),
        answer=answer,
        # The two inscribed angles stand on arcs that make up the whole circle: 2a + 2x = 360.
        derived=(360 - 2 * a) // 2,
    )


def _radius_triangle(draw: Draw) -> Made:
    if draw.coin():
        central = draw.whole(20, 160, step=2, exclude=(60,))
        answer = Fraction(180 - central, 2)
        question = Bi(
            "O is the centre of a circle and AB is a chord. If ∠AOB = {central}°, find ∠OAB in degrees.",
            "O বৃত্তের কেন্দ্র এবং AB একটি জ্যা। ∠AOB = {central}° হলে, ∠OAB কত ডিগ্রি নির্ণয় করো।",
        )
        last = Bi(
            "So 2 × ∠OAB = 180° − {central}°.",
            "তাই ২ × ∠OAB = ১৮০° − {central}°।",
        )
        derived = next(x for x in range(1, 90) if 2 * x + central == 180)
        values = {"central": central}
        shown: tuple[int, ...] = (central, 180, 2)
    else:
        base = draw.whole(15, 80, exclude=(60,))
        answer = Fraction(180 - 2 * base)
        question = Bi(
            "O is the centre of a circle and AB is a chord. If ∠OAB = {base}°, find ∠AOB in degrees.",
            "O বৃত্তের কেন্দ্র এবং AB একটি জ্যা। ∠OAB = {base}° হলে, ∠AOB কত ডিগ্রি নির্ণয় করো।",
        )
        last = Bi("So ∠AOB = 180° − 2 × {base}°.", "তাই ∠AOB = ১৮০° − ২ × {base}°।")
        derived = next(x for x in range(1, 180) if x + 2 * base == 180)
        values = {"base": base}
        shown = (base, 180, 2)
    _avoid(draw, answer, *shown)
    return Made(
        values=values,
        question=question,
        hints=(
            Bi("OA and OB are both radii, so OA = OB.", "OA ও OB উভয়ই ব্যাসার্ধ, তাই OA = OB।"),
            Bi(
                "Triangle OAB is isosceles, so ∠OAB = ∠OBA, and the three angles add up to 180°.",
                "OAB ত্রিভুজটি সমদ্বিবাহু, তাই ∠OAB = ∠OBA, এবং তিন কোণের সমষ্টি ১৮০°।",
            ),
            last,
        ),
        answer=answer,
        derived=derived,
    )


_SEMICIRCLES = (
    Bi("A flower garden", "একটি ফুলের বাগান"),
    Bi("A playground", "একটি খেলার মাঠ"),
    Bi("A pond", "একটি পুকুর"),
    Bi("A vegetable plot", "একটি সবজি খেত"),
)


def _semicircle_perimeter(draw: Draw) -> Made:
    place = draw.choice(_SEMICIRCLES)
    k = draw.whole(1, 15)
    radius = 7 * k
    by_diameter = draw.coin()
    arc = _PI * radius
    answer = arc + 2 * radius
    _avoid(draw, answer, radius, 2 * radius, arc, 22, 7, 2)
    return Made(
        values={
            "what": _DIAMETER if by_diameter else _RADIUS,
            "n": 2 * radius if by_diameter else radius,
            "r": radius,
            "d": 2 * radius,
            "place": place,
        },
        question=Bi(
            "{place} is shaped like a semicircle with a {what} of {n} m. How many metres of fence are needed to go all the way round it? Take π = 22/7.",
            "{place} অর্ধবৃত্তাকার, যার {what} {n} মিটার। এর চারদিকে একবার বেড়া দিতে কত মিটার বেড়া লাগবে? π = ২২/৭ ধরো।",
        ),
        hints=(
            Bi(
                "The boundary is the curved half of the circle plus the straight diameter.",
                "সীমানা হলো বৃত্তের অর্ধেক বাঁকা অংশ এবং সোজা ব্যাস।",
            ),
            Bi(
                "The curved part is half the circumference: πr = 22/7 × {r}.",
                "বাঁকা অংশ পরিধির অর্ধেক: πr = ২২/৭ × {r}।",
            ),
            Bi(
                "Add the diameter, {d} m, to the curved part.",
                "বাঁকা অংশের সাথে ব্যাস {d} মিটার যোগ করো।",
            ),
        ),
        answer=answer,
        derived=36 * k,  # 22k of arc and 14k of diameter
        unit=Unit.M,
    )


def _circular_path(draw: Draw) -> Made:
    inner = draw.whole(7, 42)
    width = draw.whole(1, 7)
    outer = inner + width
    draw.require((outer * outer - inner * inner) % 7 == 0)
    answer = _PI * (outer * outer - inner * inner)
    place = draw.choice(
        (
            Bi("circular pond", "বৃত্তাকার পুকুরের"),
            Bi("circular park", "বৃত্তাকার পার্কের"),
            Bi("circular field", "বৃত্তাকার মাঠের"),
            Bi("circular flower bed", "বৃত্তাকার ফুলের বেডের"),
        )
    )
    _avoid(draw, answer, inner, width, outer, 22, 7)
    return Made(
        values={"place": place, "r": inner, "w": width, "R": outer},
        question=Bi(
            "A path {w} m wide runs all around the outside of a {place} of radius {r} m. Find the area of the path in square metres. Take π = 22/7.",
            "{r} মিটার ব্যাসার্ধের একটি {place} চারদিকে বাইরের দিকে {w} মিটার চওড়া একটি রাস্তা আছে। রাস্তাটির ক্ষেত্রফল কত বর্গমিটার নির্ণয় করো। π = ২২/৭ ধরো।",
        ),
        hints=(
            Bi(
                "The path is the ring between two circles: the outer radius is {r} + {w} = {R} m.",
                "রাস্তাটি দুটি বৃত্তের মাঝের বলয়: বাইরের বৃত্তের ব্যাসার্ধ {r} + {w} = {R} মিটার।",
            ),
            Bi(
                "Area of the path = π × {R}² − π × {r}² = π({R}² − {r}²).",
                "রাস্তার ক্ষেত্রফল = π × {R}² − π × {r}² = π({R}² − {r}²)।",
            ),
            Bi(
                "Work out {R}² − {r}², then multiply by 22/7.",
                "{R}² − {r}² বের করে ২২/৭ দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        # Outer disc minus inner disc, each area worked out separately.
        derived=_PI * outer * outer - _PI * inner * inner,
        unit=Unit.M2,
    )


FAMILIES = (
    Family(
        "g8-circle-circumference-pi-22-7",
        "circumference of a circle",
        1,
        AnswerKind.INTEGER,
        _circumference_22_7,
        unit=Unit.CM,
        minutes=2,
    ),
    Family(
        "g8-circle-area-pi-22-7",
        "area of a circle",
        1,
        AnswerKind.INTEGER,
        _area_22_7,
        unit=Unit.CM2,
        minutes=2,
    ),
    Family(
        "g8-circle-circumference-pi-3-14",
        "circumference of a circle",
        1,
        AnswerKind.DECIMAL,
        _circumference_3_14,
        unit=Unit.CM,
        minutes=2,
    ),
    Family(
        "g8-central-and-inscribed-angles",
        "central and inscribed angles",
        1,
        AnswerKind.INTEGER,
        _central_and_inscribed,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g8-circle-area-pi-3-14",
        "area of a circle",
        2,
        AnswerKind.DECIMAL,
        _area_3_14,
        unit=Unit.CM2,
    ),
    Family(
        "g8-circle-radius-from-circumference",
        "radius from the circumference",
        2,
        AnswerKind.INTEGER,
        _radius_from_circumference,
        unit=Unit.CM,
    ),
    Family(
        "g8-circle-radius-from-area",
        "radius from the area",
        2,
        AnswerKind.INTEGER,
        _radius_from_area,
        unit=Unit.CM,
        minutes=4,
    ),
    Family(
        "g8-wheel-distance",
        "wheels and circumference",
        2,
        AnswerKind.INTEGER,
        _wheel_distance,
        unit=Unit.M,
        minutes=4,
    ),
    Family(
        "g8-chord-distance-from-centre",
        "chords and the centre",
        2,
        AnswerKind.INTEGER,
        _chord_distance,
        unit=Unit.CM,
        minutes=4,
    ),
    Family(
        "g8-chord-length",
        "chords and the centre",
        2,
        AnswerKind.INTEGER,
        _chord_length,
        unit=Unit.CM,
        minutes=4,
    ),
    Family(
        "g8-angle-in-semicircle",
        "angle in a semicircle",
        2,
        AnswerKind.INTEGER,
        _angle_in_semicircle,
        unit=Unit.DEGREE,
    ),
    Family(
        "g8-cyclic-quadrilateral-angle",
        "cyclic quadrilateral",
        2,
        AnswerKind.INTEGER,
        _cyclic_quadrilateral,
        unit=Unit.DEGREE,
    ),
    Family(
        "g8-radius-triangle-angles",
        "angles at the centre",
        2,
        AnswerKind.INTEGER,
        _radius_triangle,
        unit=Unit.DEGREE,
    ),
    Family(
        "g8-wheel-turns",
        "wheels and circumference",
        3,
        AnswerKind.INTEGER,
        _wheel_turns,
        minutes=5,
    ),
    Family(
        "g8-radius-from-chord",
        "chords and the centre",
        3,
        AnswerKind.INTEGER,
        _radius_from_chord,
        unit=Unit.CM,
        minutes=4,
    ),
    Family(
        "g8-semicircle-perimeter",
        "semicircle",
        3,
        AnswerKind.INTEGER,
        _semicircle_perimeter,
        unit=Unit.M,
        minutes=4,
    ),
    Family(
        "g8-circular-path-area",
        "area of a circular path",
        3,
        AnswerKind.INTEGER,
        _circular_path,
        unit=Unit.M2,
        minutes=5,
    ),
)
