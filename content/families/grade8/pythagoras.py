"""Class 8, Pythagoras' theorem: sides of right-angled triangles and its uses (NCTB chapter 9)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=8, key="pythagoras", en="Pythagoras' theorem", bn="পিথাগোরাসের উপপাদ্য")

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


def _triples(limit: int) -> tuple[tuple[int, int, int], ...]:
    """Every Pythagorean triple a < b < c with c at most limit, by Euclid's formula."""
    found: set[tuple[int, int, int]] = set()
    for m in range(2, 12):
        for n in range(1, m):
            if (m - n) % 2 == 0 or math.gcd(m, n) != 1:
                continue
            a, b, c = m * m - n * n, 2 * m * n, m * m + n * n
            k = 1
            while k * c <= limit:
                found.add((min(a, b) * k, max(a, b) * k, c * k))
                k += 1
    return tuple(sorted(found))


_TRIPLES = _triples(100)
_WIDE_TRIPLES = _triples(150)


def _root(square: int) -> int:
    """The whole square root found by trying every candidate."""
    return next(r for r in range(square + 1) if r * r >= square)


def _legs(draw: Draw) -> tuple[int, int, int]:
    a, b, c = draw.choice(_TRIPLES)
    return (b, a, c) if draw.coin() else (a, b, c)


def _hypotenuse(draw: Draw) -> Made:
    a, b, _ = _legs(draw)
    values: dict[str, Shown] = {"a": a, "b": b, "a2": a * a, "b2": b * b, "s": a * a + b * b}
    return _made(
        draw,
        values,
        Bi(
            "The two sides forming the right angle of a right-angled triangle are {a} cm and {b} cm. How long is the hypotenuse in cm?",
            "একটি সমকোণী ত্রিভুজের সমকোণ সংলগ্ন বাহু দুইটি {a} সেমি ও {b} সেমি। অতিভুজের দৈর্ঘ্য কত সেমি?",
        ),
        (
            Bi(
                "By Pythagoras' theorem, hypotenuse² = the sum of the squares of the other two sides.",
                "পিথাগোরাসের উপপাদ্য অনুযায়ী, অতিভুজ² = অপর দুই বাহুর বর্গের সমষ্টি।",
            ),
            Bi("{a}² + {b}² = {a2} + {b2} = {s}.", "{a}² + {b}² = {a2} + {b2} = {s}।"),
            Bi("The hypotenuse is the square root of {s}.", "অতিভুজ হলো {s} এর বর্গমূল।"),
        ),
        math.isqrt(a * a + b * b),
        _root(a * a + b * b),
        unit=Unit.CM,
    )


def _shorter_side(draw: Draw) -> Made:
    a, b, c = _legs(draw)
    values: dict[str, Shown] = {"a": a, "c": c, "a2": a * a, "c2": c * c, "s": c * c - a * a}
    return _made(
        draw,
        values,
        Bi(
            "In a right-angled triangle, the hypotenuse is {c} cm and one of the other sides is {a} cm. Find the length of the third side in cm.",
            "একটি সমকোণী ত্রিভুজের অতিভুজ {c} সেমি এবং অপর একটি বাহু {a} সেমি। তৃতীয় বাহুর দৈর্ঘ্য কত সেমি?",
        ),
        (
            Bi(
                "The square of the unknown side = hypotenuse² − the square of the known side.",
                "অজানা বাহুর বর্গ = অতিভুজ² − জানা বাহুর বর্গ।",
            ),
            Bi("{c}² − {a}² = {c2} − {a2} = {s}.", "{c}² − {a}² = {c2} − {a2} = {s}।"),
            Bi("Find the square root of {s}.", "{s} এর বর্গমূল বের করো।"),
        ),
        math.isqrt(c * c - a * a),
        b,
        unit=Unit.CM,
    )


_LEANS = (
    (Bi("a wall", "একটি দেয়ালে"), Bi("the wall", "দেয়াল")),
    (Bi("the wall of a house", "একটি বাড়ির দেয়ালে"), Bi("the wall", "দেয়াল")),
    (Bi("a tree", "একটি গাছে"), Bi("the tree", "গাছ")),
)


_POLES = (
    (Bi("an electric pole", "একটি বিদ্যুতের খুঁটির"), Bi("the pole", "খুঁটির"), 20),
    (Bi("a flagpole", "একটি পতাকার খুঁটির"), Bi("the flagpole", "খুঁটির"), 20),
    (Bi("a mobile phone tower", "একটি মোবাইল ফোনের টাওয়ারের"), Bi("the tower", "টাওয়ারের"), 60),
    (Bi("a tall building", "একটি উঁচু ভবনের"), Bi("the building", "ভবনের"), 60),
    (Bi("a tall tree", "একটি উঁচু গাছের"), Bi("the tree", "গাছের"), 30),
)


def _ladder_height(draw: Draw) -> Made:
    a, b, c = _legs(draw)
    draw.require(a < b)
    values: dict[str, Shown] = {"c": c, "d": a, "s": c * c - a * a, "c2": c * c, "a2": a * a}
    if c <= 30 and draw.coin():
        leans, near = draw.choice(_LEANS)
        values |= {"w": leans, "n": near}
        question = Bi(
            "A ladder {c} m long leans against {w}. Its foot is {d} m away from {n}. How high up does the top of the ladder reach, in metres?",
            "{c} মিটার লম্বা একটি মই {w} হেলান দিয়ে রাখা আছে। মইয়ের গোড়া {n} থেকে {d} মিটার দূরে। মইয়ের মাথা কত মিটার উঁচুতে পৌঁছেছে?",
        )
        first = Bi(
            "The ground, {n} and the ladder form a right-angled triangle; the ladder is the hypotenuse.",
            "মাটি, {n} ও মই মিলে একটি সমকোণী ত্রিভুজ তৈরি করে; মইটি হলো অতিভুজ।",
        )
    else:
        pole, own, tallest = draw.choice(_POLES)
        draw.require(max(a, b) <= tallest)
        values |= {"w": pole, "n": own}
        question = Bi(
            "A tight wire {c} m long joins the top of {w} to a peg in the ground {d} m from its foot. How tall is it, in metres?",
            "{c} মিটার লম্বা একটি টানটান তার {w} মাথা থেকে মাটিতে পোঁতা একটি খুঁটায় বাঁধা, যা {n} গোড়া থেকে {d} মিটার দূরে। {n} উচ্চতা কত মিটার?",
        )
        first = Bi(
            "The upright, the ground and the wire form a right-angled triangle; the wire is the hypotenuse.",
            "খাড়া অংশ, মাটি ও তার মিলে একটি সমকোণী ত্রিভুজ তৈরি করে; তারটি হলো অতিভুজ।",
        )
    return _made(
        draw,
        values,
        question,
        (
            first,
            Bi("height² = {c}² − {d}².", "উচ্চতা² = {c}² − {d}²।"),
            Bi(
                "{c}² − {d}² = {c2} − {a2} = {s}; take the square root.",
                "{c}² − {d}² = {c2} − {a2} = {s}; এর বর্গমূল নাও।",
            ),
        ),
        math.isqrt(c * c - a * a),
        b,
        unit=Unit.M,
    )


def _ladder_foot(draw: Draw) -> Made:
    a, b, c = _legs(draw)
    draw.require(a > b)
    values: dict[str, Shown] = {"c": c, "h": a, "s": c * c - a * a}
    if c <= 30 and draw.coin():
        leans, near = draw.choice(_LEANS)
        values |= {"w": leans, "n": near}
        question = Bi(
            "A ladder {c} m long leans against {w}, and its top reaches {h} m above the ground. How far is the foot of the ladder from {n}, in metres?",
            "{c} মিটার লম্বা একটি মই {w} হেলান দিয়ে রাখায় মইয়ের মাথা মাটি থেকে {h} মিটার উঁচুতে পৌঁছেছে। মইয়ের গোড়া {n} থেকে কত মিটার দূরে?",
        )
        first = Bi(
            "The ladder is the hypotenuse; the height and the distance along the ground are the other two sides.",
            "মইটি অতিভুজ; উচ্চতা ও মাটি বরাবর দূরত্ব অপর দুই বাহু।",
        )
    else:
        pole, own, tallest = draw.choice(_POLES)
        draw.require(max(a, b) <= tallest)
        values |= {"w": pole, "n": own}
        question = Bi(
            "A wire {c} m long is stretched tight from the top of {w}, which is {h} m tall, to a peg in the ground. How far is the peg from its foot, in metres?",
            "{h} মিটার উঁচু {w} মাথা থেকে {c} মিটার লম্বা একটি তার টানটান করে মাটিতে পোঁতা একটি খুঁটায় বাঁধা হলো। খুঁটাটি {n} গোড়া থেকে কত মিটার দূরে?",
        )
        first = Bi(
            "The wire is the hypotenuse; the height and the distance along the ground are the other two sides.",
            "তারটি অতিভুজ; উচ্চতা ও মাটি বরাবর দূরত্ব অপর দুই বাহু।",
        )
    return _made(
        draw,
        values,
        question,
        (
            first,
            Bi("distance² = {c}² − {h}².", "দূরত্ব² = {c}² − {h}²।"),
            Bi("That is {s}; take its square root.", "এটি {s}; এর বর্গমূল নাও।"),
        ),
        math.isqrt(c * c - a * a),
        b,
        unit=Unit.M,
    )


_RECTANGLES = (
    Bi("rectangular field", "আয়তাকার মাঠের"),
    Bi("rectangular pond", "আয়তাকার পুকুরের"),
    Bi("rectangular garden", "আয়তাকার বাগানের"),
    Bi("rectangular playground", "আয়তাকার খেলার মাঠের"),
)


def _rectangle_diagonal(draw: Draw) -> Made:
    a, b, c = draw.choice(_TRIPLES)
    person = draw.person()
    place = draw.choice(_RECTANGLES)
    values: dict[str, Shown] = {"l": b, "w": a, "p": place, "name": person.name}
    values |= {"he": person.he, "s": a * a + b * b, "l2": b * b, "w2": a * a}
    return _made(
        draw,
        values,
        Bi(
            "A {p} is {l} m long and {w} m wide. {name} walks straight across it from one corner to the opposite corner. How far does {he} walk, in metres?",
            "একটি {p} দৈর্ঘ্য {l} মিটার এবং প্রস্থ {w} মিটার। {name} এর এক কোণ থেকে বিপরীত কোণে সোজা হেঁটে গেল। সে কত মিটার হাঁটল?",
        ),
        (
            Bi(
                "The path is the diagonal of the rectangle, which is the hypotenuse of a right-angled triangle.",
                "পথটি আয়তক্ষেত্রের কর্ণ, যা একটি সমকোণী ত্রিভুজের অতিভুজ।",
            ),
            Bi("diagonal² = {l}² + {w}².", "কর্ণ² = {l}² + {w}²।"),
            Bi(
                "{l}² + {w}² = {l2} + {w2} = {s}; take the square root.",
                "{l}² + {w}² = {l2} + {w2} = {s}; এর বর্গমূল নাও।",
            ),
        ),
        math.isqrt(a * a + b * b),
        c,
        unit=Unit.M,
    )


def _rectangle_side(draw: Draw) -> Made:
    a, b, c = draw.choice(_TRIPLES)
    place = draw.choice(_RECTANGLES)
    values: dict[str, Shown] = {"l": b, "d": c, "p": place, "s": c * c - b * b}
    values |= {"d2": c * c, "l2": b * b}
    return _made(
        draw,
        values,
        Bi(
            "The diagonal of a {p} is {d} m and its length is {l} m. What is its width in metres?",
            "একটি {p} কর্ণ {d} মিটার এবং দৈর্ঘ্য {l} মিটার। এর প্রস্থ কত মিটার?",
        ),
        (
            Bi(
                "The length, the width and the diagonal form a right-angled triangle with the diagonal as hypotenuse.",
                "দৈর্ঘ্য, প্রস্থ ও কর্ণ মিলে একটি সমকোণী ত্রিভুজ, যার অতিভুজ হলো কর্ণ।",
            ),
            Bi("width² = {d}² − {l}².", "প্রস্থ² = {d}² − {l}²।"),
            Bi(
                "{d2} − {l2} = {s}; take the square root.",
                "{d2} − {l2} = {s}; এর বর্গমূল নাও।",
            ),
        ),
        math.isqrt(c * c - b * b),
        a,
        unit=Unit.M,
    )


_WAYS = (
    (Bi("east", "পূর্বে"), Bi("north", "উত্তরে")),
    (Bi("west", "পশ্চিমে"), Bi("south", "দক্ষিণে")),
    (Bi("north", "উত্তরে"), Bi("west", "পশ্চিমে")),
    (Bi("south", "দক্ষিণে"), Bi("east", "পূর্বে")),
)
_RIDES = (
    Bi("rides a rickshaw", "রিকশায় করে"),
    Bi("cycles", "সাইকেলে করে"),
    Bi("walks", "হেঁটে"),
)


def _travel(draw: Draw) -> Made:
    a, b, c = _legs(draw)
    draw.require(c <= 40)
    person = draw.person()
    first, second = draw.choice(_WAYS)
    ride = draw.choice(_RIDES)
    values: dict[str, Shown] = {"name": person.name, "he": person.he, "a": a, "b": b}
    values |= {"x": first, "y": second, "r": ride, "a2": a * a, "b2": b * b}
    values |= {"s": a * a + b * b}
    return _made(
        draw,
        values,
        Bi(
            "{name} {r} {a} km {x} and then {b} km {y}. How far is {he} from the starting point in a straight line, in km?",
            "{name} {r} {a} কিমি {x} এবং তারপর {b} কিমি {y} গেল। যাত্রা শুরুর স্থান থেকে সরলরেখায় সে কত কিমি দূরে আছে?",
        ),
        (
            Bi(
                "The two directions are at right angles, so the two parts of the trip form a right-angled triangle.",
                "দুইটি দিক পরস্পর লম্ব, তাই যাত্রার দুই অংশ একটি সমকোণী ত্রিভুজ তৈরি করে।",
            ),
            Bi(
                "distance² = {a}² + {b}² = {a2} + {b2}.",
                "দূরত্ব² = {a}² + {b}² = {a2} + {b2}।",
            ),
            Bi("{a2} + {b2} = {s}; take the square root.", "{a2} + {b2} = {s}; এর বর্গমূল নাও।"),
        ),
        math.isqrt(a * a + b * b),
        c,
        unit=Unit.KM,
    )


def _two_travellers(draw: Draw) -> Made:
    a, b, c = _legs(draw)
    t = draw.whole(2, 5)
    first, second = draw.sample((Bi("north", "উত্তর"), Bi("east", "পূর্ব")), 2)
    what = draw.choice(
        (
            (
                Bi("Two cyclists", "দুইজন সাইকেল আরোহী"),
                Bi("one", "একজন"),
                Bi("the other", "অপরজন"),
                20,
            ),
            (Bi("Two buses", "দুইটি বাস"), Bi("one", "একটি"), Bi("the other", "অপরটি"), 60),
            (Bi("Two boats", "দুইটি নৌকা"), Bi("one", "একটি"), Bi("the other", "অপরটি"), 30),
        )
    )
    draw.require(4 <= a <= what[3] and 4 <= b <= what[3])
    values: dict[str, Shown] = {"w": what[0], "o": what[1], "p": what[2], "x": first}
    values |= {"y": second, "u": a, "v": b, "t": t, "da": a * t, "db": b * t}
    return _made(
        draw,
        values,
        Bi(
            "{w} leave the same place at the same time: {o} goes {x} at {u} km per hour and {p} goes {y} at {v} km per hour. How far apart are they after {t} hours, in km?",
            "{w} একই সময়ে একই স্থান থেকে রওনা হলো: {o} ঘণ্টায় {u} কিমি বেগে {x} দিকে এবং {p} ঘণ্টায় {v} কিমি বেগে {y} দিকে যায়। {t} ঘণ্টা পর তাদের মধ্যে দূরত্ব কত কিমি?",
        ),
        (
            Bi(
                "North and east are at right angles, so their paths form the two shorter sides of a right-angled triangle.",
                "উত্তর ও পূর্ব দিক পরস্পর লম্ব, তাই তাদের পথ একটি সমকোণী ত্রিভুজের সমকোণ সংলগ্ন দুই বাহু।",
            ),
            Bi(
                "In {t} hours they go {u} × {t} = {da} km and {v} × {t} = {db} km.",
                "{t} ঘণ্টায় তারা যায় {u} × {t} = {da} কিমি এবং {v} × {t} = {db} কিমি।",
            ),
            Bi("distance = √({da}² + {db}²).", "দূরত্ব = √({da}² + {db}²)।"),
        ),
        math.isqrt((a * t) ** 2 + (b * t) ** 2),
        c * t,
        unit=Unit.KM,
    )


def _right_angle_test(draw: Draw) -> Made:
    a, b, c = draw.choice(_TRIPLES)
    draw.require(c <= 60)
    wrong: list[tuple[int, int, int]] = []
    while len(wrong) < 3:
        x, y = draw.whole(3, 40), draw.whole(3, 40)
        z = draw.whole(max(x, y) + 1, x + y - 1)
        option = (min(x, y), max(x, y), z)
        if x * x + y * y != z * z and option not in wrong and option != (a, b, c):
            wrong.append(option)
    options = draw.shuffle([(a, b, c), *wrong])
    choices = tuple(
        Bi(f"{p} cm, {q} cm, {r} cm", f"{p} সেমি, {q} সেমি, {r} সেমি") for p, q, r in options
    )
    right = "ABCD"[options.index((a, b, c))]
    found = next("ABCD"[i] for i, (p, q, r) in enumerate(options) if p * p + q * q == r * r)
    person = draw.person()
    return Made(
        values={"name": person.name, "he": person.he},
        question=draw.choice(
            (
                Bi(
                    "{name} has four sets of three sticks. Which set can make a right-angled triangle?",
                    "{name} এর কাছে তিনটি করে কাঠির চারটি সেট আছে। কোন সেটের কাঠি দিয়ে একটি সমকোণী ত্রিভুজ বানানো যাবে?",
                ),
                Bi(
                    "{name} wants to draw a right-angled triangle. Which of the following sets of side lengths can {he} use?",
                    "{name} একটি সমকোণী ত্রিভুজ আঁকতে চায়। নিচের কোন বাহুগুলো দিয়ে সে তা আঁকতে পারবে?",
                ),
                Bi(
                    "{name} asks: which of the following sets of side lengths forms a right-angled triangle?",
                    "{name} জানতে চায়: নিচের কোন বাহুগুলো দিয়ে একটি সমকোণী ত্রিভুজ গঠিত হয়?",
                ),
            )
        ),
        hints=(
            Bi(
                "A triangle is right-angled if the square of the longest side equals the sum of the squares of the other two sides.",
                "বৃহত্তম বাহুর বর্গ অপর দুই বাহুর বর্গের সমষ্টির সমান হলে ত্রিভুজটি সমকোণী।",
            ),
            Bi(
                "For each option, add the squares of the two shorter sides.",
                "প্রতিটি বিকল্পে ছোট দুই বাহুর বর্গ যোগ করো।",
            ),
            Bi(
                "Compare that sum with the square of the longest side; only one option makes them equal.",
                "যোগফলকে বৃহত্তম বাহুর বর্গের সাথে তুলনা করো; কেবল একটি বিকল্পে এরা সমান হয়।",
            ),
        ),
        answer=right,
        derived=found,
        choices=choices,
    )


def _right_triangle_area(draw: Draw) -> Made:
    a, b, c = _legs(draw)
    values: dict[str, Shown] = {"a": a, "c": c, "s": c * c - a * a}
    return _made(
        draw,
        values,
        Bi(
            "The hypotenuse of a right-angled triangle is {c} cm and one of the sides forming the right angle is {a} cm. Find the area of the triangle in square centimetres.",
            "একটি সমকোণী ত্রিভুজের অতিভুজ {c} সেমি এবং সমকোণ সংলগ্ন একটি বাহু {a} সেমি। ত্রিভুজটির ক্ষেত্রফল কত বর্গ সেমি?",
        ),
        (
            Bi(
                "First find the other side forming the right angle; then area = base × height ÷ 2.",
                "প্রথমে সমকোণ সংলগ্ন অপর বাহুটি বের করো; তারপর ক্ষেত্রফল = ভূমি × উচ্চতা ÷ 2।",
            ),
            Bi(
                "other side² = {c}² − {a}² = {s}.",
                "অপর বাহু² = {c}² − {a}² = {s}।",
            ),
            Bi(
                "Take the square root of {s} for the other side, multiply it by {a} and halve.",
                "{s} এর বর্গমূল নিয়ে অপর বাহু বের করো, তাকে {a} দিয়ে গুণ করে অর্ধেক নাও।",
            ),
        ),
        Fraction(a * math.isqrt(c * c - a * a), 2),
        Fraction(a * b, 2),
        unit=Unit.CM2,
    )


def _right_triangle_perimeter(draw: Draw) -> Made:
    a, b, c = _legs(draw)
    values: dict[str, Shown] = {"a": a, "b": b, "s": a * a + b * b}
    return _made(
        draw,
        values,
        Bi(
            "The sides forming the right angle of a right-angled triangle are {a} cm and {b} cm. What is the perimeter of the triangle in cm?",
            "একটি সমকোণী ত্রিভুজের সমকোণ সংলগ্ন বাহু দুইটি {a} সেমি ও {b} সেমি। ত্রিভুজটির পরিসীমা কত সেমি?",
        ),
        (
            Bi(
                "The perimeter needs all three sides, so first find the hypotenuse.",
                "পরিসীমার জন্য তিনটি বাহুই দরকার, তাই প্রথমে অতিভুজ বের করো।",
            ),
            Bi(
                "hypotenuse² = {a}² + {b}² = {s}.",
                "অতিভুজ² = {a}² + {b}² = {s}।",
            ),
            Bi(
                "Add {a}, {b} and the square root of {s}.",
                "{a}, {b} এবং {s} এর বর্গমূল যোগ করো।",
            ),
        ),
        a + b + math.isqrt(a * a + b * b),
        a + b + c,
        unit=Unit.CM,
    )


def _rhombus_perimeter(draw: Draw) -> Made:
    a, b, c = _legs(draw)
    draw.require(c <= 60)
    values: dict[str, Shown] = {"p": 2 * a, "q": 2 * b, "a": a, "b": b}
    return _made(
        draw,
        values,
        Bi(
            "The diagonals of a rhombus are {p} cm and {q} cm. Find the perimeter of the rhombus in cm.",
            "একটি রম্বসের কর্ণ দুইটি {p} সেমি ও {q} সেমি। রম্বসটির পরিসীমা কত সেমি?",
        ),
        (
            Bi(
                "The diagonals of a rhombus bisect each other at right angles, making four right-angled triangles.",
                "রম্বসের কর্ণ দুইটি পরস্পরকে সমকোণে সমদ্বিখণ্ডিত করে, ফলে চারটি সমকোণী ত্রিভুজ তৈরি হয়।",
            ),
            Bi(
                "Each triangle has shorter sides of {a} cm and {b} cm, and its hypotenuse is a side of the rhombus.",
                "প্রতিটি ত্রিভুজের সমকোণ সংলগ্ন বাহু {a} সেমি ও {b} সেমি, আর এর অতিভুজ রম্বসের একটি বাহু।",
            ),
            Bi(
                "side = √({a}² + {b}²); the perimeter is 4 × side.",
                "বাহু = √({a}² + {b}²); পরিসীমা = 4 × বাহু।",
            ),
        ),
        4 * math.isqrt(a * a + b * b),
        4 * c,
        unit=Unit.CM,
    )


_BREAKS = tuple((x, d, h) for a, b, h in _TRIPLES for x, d in ((a, b), (b, a)) if x + h <= 45)


def _broken_bamboo(draw: Draw) -> Made:
    x, d, h = draw.choice(_BREAKS)
    tall = x + h
    thing = draw.choice((Bi("bamboo pole", "বাঁশ"), Bi("tree", "গাছ"), Bi("palm tree", "তালগাছ")))
    values: dict[str, Shown] = {"t": thing, "H": tall, "d": d, "H2": tall * tall}
    values |= {"d2": d * d, "H22": 2 * tall}
    return _made(
        draw,
        values,
        Bi(
            "A {t} {H} m tall breaks at some point without separating completely, and its top touches the ground {d} m from its foot. At what height above the ground did it break, in metres?",
            "{H} মিটার উঁচু একটি {t} ভেঙে গিয়ে সম্পূর্ণ বিচ্ছিন্ন না হয়ে এর মাথা গোড়া থেকে {d} মিটার দূরে মাটি স্পর্শ করল। এটি মাটি থেকে কত মিটার উচ্চতায় ভেঙেছিল?",
        ),
        (
            Bi(
                "Let it break at a height of x m; the broken part is then ({H} − x) m long and is the hypotenuse.",
                "ধরো, এটি x মিটার উচ্চতায় ভেঙেছে; তাহলে ভাঙা অংশ ({H} − x) মিটার, যা অতিভুজ।",
            ),
            Bi(
                "By Pythagoras' theorem: x² + {d}² = ({H} − x)².",
                "পিথাগোরাসের উপপাদ্য অনুযায়ী: x² + {d}² = ({H} − x)²।",
            ),
            Bi(
                "Expand: x² + {d2} = {H2} − {H22}x + x², so {H22}x = {H2} − {d2}.",
                "বন্ধনী খোলো: x² + {d2} = {H2} − {H22}x + x², তাই {H22}x = {H2} − {d2}।",
            ),
        ),
        Fraction(tall * tall - d * d, 2 * tall),
        x,
        unit=Unit.M,
    )


def _rounded_root(square: int) -> Fraction:
    """√square to two decimal places, by whole-number square roots."""
    thousandths = math.isqrt(square * 10**6)
    return Fraction((thousandths + 5) // 10, 100)


def _square_diagonal(draw: Draw) -> Made:
    side = draw.whole(2, 40)
    thing = draw.choice(
        (
            Bi("square", "বর্গের"),
            Bi("square tile", "বর্গাকার টাইলসের"),
            Bi("square garden", "বর্গাকার বাগানের"),
        )
    )
    metres = thing.en == "square garden"
    length = Bi("m", "মিটার") if metres else Bi("cm", "সেমি")
    values: dict[str, Shown] = {"t": thing, "s": side, "u": length, "s2": 2 * side * side}
    return _made(
        draw,
        values,
        Bi(
            "Each side of a {t} is {s} {u}. Find the length of its diagonal in {u}, correct to two decimal places.",
            "একটি {t} প্রতিটি বাহুর দৈর্ঘ্য {s} {u}। এর কর্ণের দৈর্ঘ্য কত {u}? দুই দশমিক স্থান পর্যন্ত নির্ণয় করো।",
        ),
        (
            Bi(
                "The diagonal splits the square into two right-angled triangles.",
                "কর্ণটি বর্গকে দুইটি সমকোণী ত্রিভুজে ভাগ করে।",
            ),
            Bi("diagonal² = {s}² + {s}² = {s2}.", "কর্ণ² = {s}² + {s}² = {s2}।"),
            Bi(
                "diagonal = {s} × √2, with √2 ≈ 1.4142; round to two decimal places.",
                "কর্ণ = {s} × √2, যেখানে √2 ≈ 1.4142; দুই দশমিক স্থান পর্যন্ত আসন্ন মান নাও।",
            ),
        ),
        _rounded_root(2 * side * side),
        Fraction(round(side * math.sqrt(2), 2)).limit_denominator(100),
        unit=Unit.M if metres else Unit.CM,
    )


def _hypotenuse_approx(draw: Draw) -> Made:
    a, b = draw.whole(2, 20), draw.whole(2, 20)
    total = a * a + b * b
    draw.require(a < b and math.isqrt(total) ** 2 != total)
    values: dict[str, Shown] = {"a": a, "b": b, "s": total, "a2": a * a, "b2": b * b}
    return _made(
        draw,
        values,
        Bi(
            "The sides forming the right angle of a right-angled triangle are {a} cm and {b} cm. Find the hypotenuse in cm, correct to two decimal places.",
            "একটি সমকোণী ত্রিভুজের সমকোণ সংলগ্ন বাহু দুইটি {a} সেমি ও {b} সেমি। অতিভুজের দৈর্ঘ্য দুই দশমিক স্থান পর্যন্ত কত সেমি নির্ণয় করো।",
        ),
        (
            Bi("hypotenuse² = {a}² + {b}².", "অতিভুজ² = {a}² + {b}²।"),
            Bi("{a2} + {b2} = {s}.", "{a2} + {b2} = {s}।"),
            Bi(
                "{s} is not a perfect square: find √{s} by division to three decimal places and round to two.",
                "{s} পূর্ণবর্গ সংখ্যা নয়: ভাগ পদ্ধতিতে √{s} তিন দশমিক স্থান পর্যন্ত বের করে দুই দশমিক স্থানে আসন্ন মান নাও।",
            ),
        ),
        _rounded_root(total),
        Fraction(round(math.sqrt(total), 2)).limit_denominator(100),
        unit=Unit.CM,
    )


def _isosceles_height(draw: Draw) -> Made:
    a, b, c = _legs(draw)
    draw.require(c <= 60)
    values: dict[str, Shown] = {"s": c, "base": 2 * a, "h": a, "sq": c * c - a * a}
    return _made(
        draw,
        values,
        Bi(
            "In an isosceles triangle, each of the two equal sides is {s} cm and the base is {base} cm. What is the height of the triangle (from the vertex to the base) in cm?",
            "একটি সমদ্বিবাহু ত্রিভুজের সমান বাহু দুইটির প্রতিটি {s} সেমি এবং ভূমি {base} সেমি। শীর্ষবিন্দু থেকে ভূমির উপর উচ্চতা কত সেমি?",
        ),
        (
            Bi(
                "The height from the vertex cuts the base into two equal halves at a right angle.",
                "শীর্ষবিন্দু থেকে আঁকা উচ্চতা ভূমিকে সমকোণে দুই সমান ভাগে ভাগ করে।",
            ),
            Bi(
                "So there is a right-angled triangle with hypotenuse {s} cm and one side {h} cm.",
                "তাই একটি সমকোণী ত্রিভুজ পাওয়া যায়, যার অতিভুজ {s} সেমি এবং একটি বাহু {h} সেমি।",
            ),
            Bi("height² = {s}² − {h}² = {sq}.", "উচ্চতা² = {s}² − {h}² = {sq}।"),
        ),
        math.isqrt(c * c - a * a),
        b,
        unit=Unit.CM,
    )


def _two_poles(draw: Draw) -> Made:
    thing, highest = draw.choice(
        ((Bi("poles", "খুঁটি"), 15), (Bi("trees", "গাছ"), 30), (Bi("towers", "টাওয়ার"), 60))
    )
    gap, rise, top = draw.choice(
        [
            (x, y, c)
            for a, b, c in _TRIPLES
            for x, y in ((a, b), (b, a))
            if y < highest - 2 and x <= 60
        ]
    )
    short = draw.whole(3, highest - rise)
    tall = short + rise
    values: dict[str, Shown] = {"t": thing, "h1": tall, "h2": short, "d": gap, "r": rise}
    return _made(
        draw,
        values,
        Bi(
            "Two {t}, {h1} m and {h2} m tall, stand upright on level ground {d} m apart. How far apart are their tops, in metres?",
            "সমতল মাটিতে {d} মিটার দূরে দুইটি খাড়া {t} আছে, যাদের উচ্চতা {h1} মিটার ও {h2} মিটার। এদের মাথার মধ্যে দূরত্ব কত মিটার?",
        ),
        (
            Bi(
                "Draw a level line from the top of the shorter one to the taller one: it makes a right-angled triangle.",
                "ছোটটির মাথা থেকে বড়টির দিকে একটি সমান্তরাল রেখা টানো: এতে একটি সমকোণী ত্রিভুজ তৈরি হয়।",
            ),
            Bi(
                "Its sides are {d} m across and {h1} − {h2} = {r} m up.",
                "এর বাহু দুইটি আড়াআড়ি {d} মিটার এবং খাড়া {h1} − {h2} = {r} মিটার।",
            ),
            Bi("distance = √({d}² + {r}²).", "দূরত্ব = √({d}² + {r}²)।"),
        ),
        math.isqrt(gap * gap + rise * rise),
        top,
        unit=Unit.M,
    )


def _ladder_pairs() -> tuple[tuple[int, int, int, int, int], ...]:
    """Ladders c with two resting positions: (c, foot 1, height 1, foot 2, height 2)."""
    by_c: dict[int, list[tuple[int, int]]] = {}
    for a, b, c in _WIDE_TRIPLES:
        by_c.setdefault(c, []).extend([(a, b), (b, a)])
    pairs = []
    for c, legs in by_c.items():
        for foot1, up1 in legs:
            for foot2, up2 in legs:
                if foot1 < foot2 and up1 > up2:
                    pairs.append((c, foot1, up1, foot2, up2))
    return tuple(pairs)


_LADDER_PAIRS = _ladder_pairs()


def _ladder_slip(draw: Draw) -> Made:
    c, foot1, up1, foot2, up2 = draw.choice(_LADDER_PAIRS)
    draw.require(c <= 130)
    tenth = Fraction(1, 10)
    values: dict[str, Shown] = {"c": decimal(c * tenth), "h1": decimal(up1 * tenth)}
    values |= {"s": decimal((up1 - up2) * tenth), "h2": decimal(up2 * tenth)}
    return _made(
        draw,
        values,
        Bi(
            "A ladder {c} m long leans against a wall with its top {h1} m above the ground. The top slips {s} m down the wall. How much further from the wall does the foot of the ladder move, in metres?",
            "{c} মিটার লম্বা একটি মই দেয়ালে হেলান দিয়ে রাখায় এর মাথা মাটি থেকে {h1} মিটার উঁচুতে আছে। মইয়ের মাথা দেয়াল বেয়ে {s} মিটার নিচে নেমে গেল। মইয়ের গোড়া দেয়াল থেকে আর কত মিটার দূরে সরে গেল?",
        ),
        (
            Bi(
                "Find the distance of the foot from the wall before and after the slip; the ladder is the hypotenuse both times.",
                "পিছলানোর আগে ও পরে গোড়া থেকে দেয়ালের দূরত্ব বের করো; দুইবারই মইটি অতিভুজ।",
            ),
            Bi(
                "Before: distance² = {c}² − {h1}². After: the top is at {h2} m, so distance² = {c}² − {h2}².",
                "আগে: দূরত্ব² = {c}² − {h1}²। পরে: মাথা {h2} মিটার উঁচুতে, তাই দূরত্ব² = {c}² − {h2}²।",
            ),
            Bi(
                "Take both square roots and subtract the smaller from the larger.",
                "দুইটির বর্গমূল নিয়ে বড়টি থেকে ছোটটি বিয়োগ করো।",
            ),
        ),
        (math.isqrt(c * c - up2 * up2) - math.isqrt(c * c - up1 * up1)) * tenth,
        (foot2 - foot1) * tenth,
        unit=Unit.M,
    )


FAMILIES = (
    Family(
        "g8-pythagoras-hypotenuse",
        "finding the hypotenuse",
        1,
        AnswerKind.INTEGER,
        _hypotenuse,
        unit=Unit.CM,
        minutes=2,
    ),
    Family(
        "g8-pythagoras-shorter-side",
        "finding a shorter side",
        1,
        AnswerKind.INTEGER,
        _shorter_side,
        unit=Unit.CM,
        minutes=2,
    ),
    Family(
        "g8-pythagoras-ladder-height",
        "word problem: ladder",
        1,
        AnswerKind.INTEGER,
        _ladder_height,
        unit=Unit.M,
        minutes=2,
    ),
    Family(
        "g8-pythagoras-ladder-foot",
        "word problem: ladder",
        2,
        AnswerKind.INTEGER,
        _ladder_foot,
        unit=Unit.M,
        minutes=3,
    ),
    Family(
        "g8-pythagoras-rectangle-diagonal",
        "diagonal of a rectangle",
        2,
        AnswerKind.INTEGER,
        _rectangle_diagonal,
        unit=Unit.M,
    ),
    Family(
        "g8-pythagoras-rectangle-width-from-diagonal",
        "side of a rectangle from its diagonal",
        2,
        AnswerKind.INTEGER,
        _rectangle_side,
        unit=Unit.M,
    ),
    Family(
        "g8-pythagoras-travel-distance",
        "word problem: journey",
        2,
        AnswerKind.INTEGER,
        _travel,
        unit=Unit.KM,
    ),
    Family(
        "g8-pythagoras-two-travellers",
        "word problem: two travellers",
        3,
        AnswerKind.INTEGER,
        _two_travellers,
        unit=Unit.KM,
        minutes=4,
    ),
    Family(
        "g8-pythagoras-right-angle-test",
        "testing for a right angle",
        2,
        AnswerKind.CHOICE,
        _right_angle_test,
        minutes=3,
    ),
    Family(
        "g8-pythagoras-right-triangle-area",
        "area of a right-angled triangle",
        3,
        AnswerKind.INTEGER,
        _right_triangle_area,
        unit=Unit.CM2,
        minutes=4,
    ),
    Family(
        "g8-pythagoras-right-triangle-perimeter",
        "perimeter of a right-angled triangle",
        2,
        AnswerKind.INTEGER,
        _right_triangle_perimeter,
        unit=Unit.CM,
    ),
    Family(
        "g8-pythagoras-rhombus-perimeter",
        "side of a rhombus",
        3,
        AnswerKind.INTEGER,
        _rhombus_perimeter,
        unit=Unit.CM,
        minutes=5,
    ),
    Family(
        "g8-pythagoras-broken-bamboo",
        "word problem: broken bamboo",
        3,
        AnswerKind.INTEGER,
        _broken_bamboo,
        unit=Unit.M,
        minutes=6,
    ),
    Family(
        "g8-pythagoras-square-diagonal",
        "diagonal of a square",
        2,
        AnswerKind.DECIMAL,
        _square_diagonal,
        unit=Unit.CM,
        tolerance=0.01,
    ),
    Family(
        "g8-pythagoras-hypotenuse-approximate",
        "hypotenuse to two decimal places",
        2,
        AnswerKind.DECIMAL,
        _hypotenuse_approx,
        unit=Unit.CM,
        tolerance=0.01,
        minutes=4,
    ),
    Family(
        "g8-pythagoras-isosceles-height",
        "height of an isosceles triangle",
        2,
        AnswerKind.INTEGER,
        _isosceles_height,
        unit=Unit.CM,
        minutes=3,
    ),
    Family(
        "g8-pythagoras-two-poles",
        "word problem: two poles",
        3,
        AnswerKind.INTEGER,
        _two_poles,
        unit=Unit.M,
        minutes=4,
    ),
    Family(
        "g8-pythagoras-ladder-slip",
        "word problem: sliding ladder",
        3,
        AnswerKind.DECIMAL,
        _ladder_slip,
        unit=Unit.M,
        minutes=6,
    ),
)
