"""Class 7, parallel lines and triangles: angles at a transversal, angle sum, exterior angles (NCTB chapters 8-9)."""

from __future__ import annotations

from math import gcd

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit

TOPIC = Topic(
    grade=7,
    key="parallel_lines_triangles",
    en="Parallel lines and triangles",
    bn="সমান্তরাল সরলরেখা ও ত্রিভুজ",
)

_TRIANGLES = ("ABC", "PQR", "XYZ", "DEF", "LMN")


def _avoid(draw: Draw, answer: int, *numbers: int) -> None:
    """Reject a draw where a number a hint writes could be read as the answer."""
    draw.require(answer not in numbers)


def _bracket(a: int, b: int) -> str:
    """(ax + b) as an angle is written: (3x + 10), (5x - 30), (x + 4)."""
    head = "x" if a == 1 else f"{a}x"
    return f"({head} {'-' if b < 0 else '+'} {abs(b)})" if b else f"{head}"


def _third_angle(draw: Draw) -> Made:
    name = draw.choice(_TRIANGLES)
    a = draw.whole(20, 110)
    b = draw.whole(20, 150 - a)
    c = 180 - a - b
    _avoid(draw, c, a, b, a + b, 180)
    first, second, third = name[0], name[1], name[2]
    return Made(
        values={"t": name, "p": first, "q": second, "r": third, "a": a, "b": b, "s": a + b},
        question=Bi(
            "In triangle {t}, ∠{p} = {a}° and ∠{q} = {b}°. Find ∠{r} in degrees.",
            "{t} ত্রিভুজে ∠{p} = {a}° এবং ∠{q} = {b}°। ∠{r} কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "The three angles of a triangle add up to 180°.",
                "ত্রিভুজের তিন কোণের সমষ্টি ১৮০°।",
            ),
            Bi("∠{r} = 180° - (∠{p} + ∠{q}).", "∠{r} = ১৮০° - (∠{p} + ∠{q})।"),
            Bi(
                "{a}° + {b}° = {s}°; subtract this from 180°.",
                "{a}° + {b}° = {s}°; এটি ১৮০° থেকে বিয়োগ করো।",
            ),
        ),
        answer=180 - (a + b),
        derived=next(x for x in range(1, 180) if a + b + x == 180),
    )


def _right_triangle(draw: Draw) -> Made:
    name = draw.choice(_TRIANGLES)
    right, known, other = draw.shuffle(list(name))
    a = draw.whole(15, 75)
    draw.require(a != 45)
    answer = 90 - a
    return Made(
        values={"t": name, "right": right, "k": known, "o": other, "a": a},
        question=Bi(
            "In triangle {t}, ∠{right} is a right angle and ∠{k} = {a}°. Find ∠{o} in degrees.",
            "{t} ত্রিভুজে ∠{right} সমকোণ এবং ∠{k} = {a}°। ∠{o} কত ডিগ্রি?",
        ),
        hints=(
            Bi("A right angle is 90°.", "সমকোণের মান ৯০°।"),
            Bi(
                "The other two angles of a right-angled triangle add up to 180° - 90° = 90°.",
                "সমকোণী ত্রিভুজের অপর দুই কোণের সমষ্টি ১৮০° - ৯০° = ৯০°।",
            ),
            Bi("So ∠{o} = 90° - {a}°.", "তাহলে ∠{o} = ৯০° - {a}°।"),
        ),
        answer=answer,
        derived=180 - 90 - a,
    )


def _complement_supplement(draw: Draw) -> Made:
    if draw.coin():
        a = draw.whole(5, 85)
        draw.require(a != 45)
        kind = Bi("complementary", "পূরক")
        whole = 90
        rule = Bi("Two complementary angles add up to 90°.", "দুটি পূরক কোণের সমষ্টি ৯০°।")
    else:
        a = draw.whole(5, 175)
        draw.require(a != 90)
        kind = Bi("supplementary", "সম্পূরক")
        whole = 180
        rule = Bi("Two supplementary angles add up to 180°.", "দুটি সম্পূরক কোণের সমষ্টি ১৮০°।")
    return Made(
        values={"a": a, "kind": kind, "w": whole},
        question=Bi(
            "Two angles are {kind}. One of them is {a}°. How many degrees is the other?",
            "দুটি কোণ পরস্পর {kind}। একটি কোণ {a}° হলে অপরটি কত ডিগ্রি?",
        ),
        hints=(
            rule,
            Bi("So the other angle = {w}° - {a}°.", "তাহলে অপর কোণ = {w}° - {a}°।"),
            Bi(
                "Subtract, and check that the two angles add up to {w}°.",
                "বিয়োগ করো, তারপর মিলিয়ে দেখো কোণ দুটির যোগফল {w}° হয় কি না।",
            ),
        ),
        answer=whole - a,
        derived=next(x for x in range(1, 180) if x + a == whole),
    )


_RATIO_PAIRS = tuple(
    (p, q, whole)
    for whole in (90, 180)
    for p in range(1, 16)
    for q in range(p + 1, 16)
    if gcd(p, q) == 1 and whole % (p + q) == 0
)


def _ratio_pair(draw: Draw) -> Made:
    p, q, whole = draw.choice(_RATIO_PAIRS)
    kind = Bi("complementary", "পূরক") if whole == 90 else Bi("supplementary", "সম্পূরক")
    part = whole // (p + q)
    ask_larger = draw.coin()
    target = Bi("larger", "বৃহত্তর") if ask_larger else Bi("smaller", "ক্ষুদ্রতর")
    answer = whole * (q if ask_larger else p) // (p + q)
    _avoid(draw, answer, p, q, p + q, part, whole)
    return Made(
        values={"p": p, "q": q, "kind": kind, "w": whole, "target": target, "n": p + q},
        question=Bi(
            "Two {kind} angles are in the ratio {p} : {q}. How many degrees is the {target} angle?",
            "দুটি {kind} কোণের অনুপাত {p} : {q}। {target} কোণটি কত ডিগ্রি?",
        ),
        hints=(
            Bi("The two angles add up to {w}°.", "কোণ দুটির সমষ্টি {w}°।"),
            Bi(
                "Let the angles be {p}x° and {q}x°; then {p}x + {q}x = {w}.",
                "কোণ দুটি {p}x° ও {q}x° ধরো; তাহলে {p}x + {q}x = {w}।",
            ),
            Bi(
                "{n}x = {w}; find x, then the angle asked for.",
                "{n}x = {w}; x এর মান বের করো, তারপর চাওয়া কোণটি নির্ণয় করো।",
            ),
        ),
        answer=answer,
        derived=next(x for x in range(1, 180) if x * p + x * q == whole)
        * (q if ask_larger else p),
    )


def _co_interior(draw: Draw) -> Made:
    a = draw.whole(30, 150)
    draw.require(a != 90)
    return Made(
        values={"a": a},
        question=Bi(
            "Two parallel lines are cut by a transversal. One of the two interior angles on the same side of the transversal is {a}°. What is the other one in degrees?",
            "দুটি সমান্তরাল সরলরেখাকে একটি ছেদক ছেদ করেছে। ছেদকের একই পাশের অন্তঃস্থ কোণ দুটির একটি {a}°। অপরটি কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "Interior angles on the same side of a transversal of parallel lines are supplementary.",
                "সমান্তরাল সরলরেখার ছেদকের একই পাশের অন্তঃস্থ কোণ দুটি পরস্পর সম্পূরক।",
            ),
            Bi("Their sum is 180°.", "এদের সমষ্টি ১৮০°।"),
            Bi("Subtract {a}° from 180°.", "১৮০° থেকে {a}° বিয়োগ করো।"),
        ),
        answer=180 - a,
        derived=next(x for x in range(1, 180) if x + a == 180),
    )


# Angles where transversal EF cuts AB at G and CD at H (A, C on the left; E above, F below).
# An angle is (point, up, right): at G "up" is towards E, at H "up" is towards G.
_Angle = tuple[str, bool, bool]
_ARMS = {"G": ("E", "H", "A", "B"), "H": ("G", "F", "C", "D")}


def _angle_name(angle: _Angle) -> str:
    point, up, right = angle
    above, below, left, right_end = _ARMS[point]
    return f"∠{right_end if right else left}{point}{above if up else below}"


def _relation(one: _Angle, two: _Angle) -> tuple[Bi, bool] | None:
    """The textbook name of a pair of angles and whether they are equal (else supplementary)."""
    p1, u1, r1 = one
    p2, u2, r2 = two
    if p1 == p2:
        if u1 != u2 and r1 != r2:
            return Bi("vertically opposite angles", "বিপ্রতীপ কোণ"), True
        return Bi("adjacent angles on a straight line", "সরলরেখার উপর সন্নিহিত কোণ"), False
    if u1 == u2 and r1 == r2:
        return Bi("corresponding angles", "অনুরূপ কোণ"), True
    inner1 = (p1 == "G" and not u1) or (p1 == "H" and u1)
    inner2 = (p2 == "G" and not u2) or (p2 == "H" and u2)
    if inner1 and inner2:
        if r1 != r2:
            return Bi("alternate angles", "একান্তর কোণ"), True
        return Bi(
            "interior angles on the same side of the transversal", "ছেদকের একই পাশের অন্তঃস্থ কোণ"
        ), False
    return None


def _named_angles(draw: Draw) -> Made:
    angles = [(p, u, r) for p in "GH" for u in (True, False) for r in (True, False)]
    given, asked = draw.sample(angles, 2)
    found = _relation(given, asked)
    if found is None:
        draw.require(False)
        raise AssertionError
    relation, equal = found
    theta = draw.whole(25, 155)
    draw.require(theta != 90)
    # ∠BGE (up, right at G) is theta; each angle is theta or its supplement by position.
    value = {a: theta if a[1] == a[2] else 180 - theta for a in angles}
    answer = value[given] if equal else 180 - value[given]
    rule = (
        Bi("Remember: {rel} are equal.", "মনে রাখো: {rel} পরস্পর সমান।")
        if equal
        else Bi("Remember: {rel} add up to 180°.", "মনে রাখো: {rel} দুটির সমষ্টি ১৮০°।")
    )
    return Made(
        values={
            "given": _angle_name(given),
            "asked": _angle_name(asked),
            "g": value[given],
            "rel": relation,
        },
        question=Bi(
            "AB and CD are parallel lines. A transversal EF cuts AB at G and CD at H, with E above AB and F below CD; A and C are on the same side of EF. If {given} = {g}°, find {asked} in degrees.",
            "AB ও CD দুটি সমান্তরাল সরলরেখা। EF ছেদক AB কে G বিন্দুতে এবং CD কে H বিন্দুতে ছেদ করেছে; E রেখা AB এর উপরে, F রেখা CD এর নিচে এবং A ও C বিন্দু EF এর একই পাশে। {given} = {g}° হলে {asked} কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "Draw the figure and mark {given} and {asked}.",
                "চিত্রটি এঁকে {given} ও {asked} চিহ্নিত করো।",
            ),
            Bi(
                "{given} and {asked} are {rel}.",
                "{given} ও {asked} হলো {rel}।",
            ),
            rule,
        ),
        answer=answer,
        derived=value[asked],
    )


def _isosceles(draw: Draw) -> Made:
    name = draw.choice(_TRIANGLES)
    apex, b1, b2 = name[0], name[1], name[2]
    if draw.coin():
        vertex = draw.whole(10, 160, step=2)
        base = (180 - vertex) // 2
        _avoid(draw, base, vertex, 180 - vertex, 180)
        return Made(
            values={"t": name, "a": apex, "b": b1, "c": b2, "v": vertex, "r": 180 - vertex},
            question=Bi(
                "In the isosceles triangle {t}, {a}{b} = {a}{c} and ∠{a} = {v}°. Find ∠{b} in degrees.",
                "{t} সমদ্বিবাহু ত্রিভুজে {a}{b} = {a}{c} এবং ∠{a} = {v}°। ∠{b} কত ডিগ্রি?",
            ),
            hints=(
                Bi(
                    "The angles opposite the equal sides are equal: ∠{b} = ∠{c}.",
                    "সমান বাহুর বিপরীত কোণ দুটি সমান: ∠{b} = ∠{c}।",
                ),
                Bi(
                    "∠{b} + ∠{c} = 180° - {v}° = {r}°.",
                    "∠{b} + ∠{c} = ১৮০° - {v}° = {r}°।",
                ),
                Bi(
                    "Share {r}° equally between the two angles.",
                    "{r}° কে দুটি কোণের মধ্যে সমান ভাগ করো।",
                ),
            ),
            answer=(180 - vertex) // 2,
            derived=next(x for x in range(1, 90) if 2 * x + vertex == 180),
        )
    base = draw.whole(20, 85)
    draw.require(base != 60)
    vertex = 180 - 2 * base
    _avoid(draw, vertex, base, 2 * base, 180)
    return Made(
        values={"t": name, "a": apex, "b": b1, "c": b2, "x": base, "d": 2 * base},
        question=Bi(
            "In the isosceles triangle {t}, {a}{b} = {a}{c} and ∠{b} = {x}°. Find ∠{a} in degrees.",
            "{t} সমদ্বিবাহু ত্রিভুজে {a}{b} = {a}{c} এবং ∠{b} = {x}°। ∠{a} কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "The angles opposite the equal sides are equal, so ∠{c} = ∠{b}.",
                "সমান বাহুর বিপরীত কোণ দুটি সমান, তাই ∠{c} = ∠{b}।",
            ),
            Bi("∠{b} + ∠{c} = 2 × {x}° = {d}°.", "∠{b} + ∠{c} = ২ × {x}° = {d}°।"),
            Bi("∠{a} = 180° - (∠{b} + ∠{c}).", "∠{a} = ১৮০° - (∠{b} + ∠{c})।"),
        ),
        answer=180 - 2 * base,
        derived=next(x for x in range(1, 180) if x + 2 * base == 180),
    )


def _extension_point(name: str) -> str:
    return "K" if "D" in name else "D"


def _exterior_angle(draw: Draw) -> Made:
    name = draw.choice(_TRIANGLES)
    a, b, c = name[0], name[1], name[2]
    p = draw.whole(20, 100)
    q = draw.whole(20, 150 - p)
    ext = p + q
    ask_exterior = draw.coin()
    values: dict[str, str | int] = {
        "t": name,
        "a": a,
        "b": b,
        "c": c,
        "p": p,
        "q": q,
        "e": ext,
        "k": _extension_point(name),
    }
    if ask_exterior:
        _avoid(draw, ext, p, q)
        return Made(
            values=values,
            question=Bi(
                "In triangle {t}, side {b}{c} is extended to {k}. ∠{a} = {p}° and ∠{b} = {q}°. Find the exterior angle ∠{a}{c}{k} in degrees.",
                "{t} ত্রিভুজের {b}{c} বাহুকে {k} পর্যন্ত বর্ধিত করা হলো। ∠{a} = {p}° এবং ∠{b} = {q}°। বহিঃস্থ কোণ ∠{a}{c}{k} কত ডিগ্রি?",
            ),
            hints=(
                Bi(
                    "An exterior angle of a triangle equals the sum of the two interior opposite angles.",
                    "ত্রিভুজের কোনো বহিঃস্থ কোণ তার অন্তঃস্থ বিপরীত কোণ দুটির সমষ্টির সমান।",
                ),
                Bi(
                    "The interior opposite angles of ∠{a}{c}{k} are ∠{a} and ∠{b}.",
                    "∠{a}{c}{k} এর অন্তঃস্থ বিপরীত কোণ দুটি হলো ∠{a} ও ∠{b}।",
                ),
                Bi("Add {p}° and {q}°.", "{p}° ও {q}° যোগ করো।"),
            ),
            answer=p + q,
            derived=180 - (180 - p - q),
        )
    _avoid(draw, q, p, ext)
    return Made(
        values=values,
        question=Bi(
            "In triangle {t}, side {b}{c} is extended to {k}. The exterior angle ∠{a}{c}{k} = {e}° and ∠{a} = {p}°. Find ∠{b} in degrees.",
            "{t} ত্রিভুজের {b}{c} বাহুকে {k} পর্যন্ত বর্ধিত করা হলো। বহিঃস্থ কোণ ∠{a}{c}{k} = {e}° এবং ∠{a} = {p}°। ∠{b} কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "An exterior angle of a triangle equals the sum of the two interior opposite angles.",
                "ত্রিভুজের কোনো বহিঃস্থ কোণ তার অন্তঃস্থ বিপরীত কোণ দুটির সমষ্টির সমান।",
            ),
            Bi("So ∠{a} + ∠{b} = {e}°.", "তাহলে ∠{a} + ∠{b} = {e}°।"),
            Bi("Subtract {p}° from {e}°.", "{e}° থেকে {p}° বিয়োগ করো।"),
        ),
        answer=ext - p,
        derived=180 - p - (180 - ext),
    )


def _angles_in_ratio(draw: Draw) -> Made:
    parts = sorted(draw.sample(range(1, 10), 3))
    total = sum(parts)
    draw.require(180 % total == 0)
    unit = 180 // total
    ask_largest = draw.coin()
    target = Bi("largest", "বৃহত্তম") if ask_largest else Bi("smallest", "ক্ষুদ্রতম")
    k = parts[-1] if ask_largest else parts[0]
    answer = unit * k
    p, q, r = draw.shuffle(parts)
    _avoid(draw, answer, p, q, r, total, unit, 180)
    return Made(
        values={"p": p, "q": q, "r": r, "n": total, "target": target},
        question=Bi(
            "The angles of a triangle are in the ratio {p} : {q} : {r}. What is the {target} angle in degrees?",
            "একটি ত্রিভুজের কোণ তিনটির অনুপাত {p} : {q} : {r}। {target} কোণটি কত ডিগ্রি?",
        ),
        hints=(
            Bi("The three angles add up to 180°.", "তিনটি কোণের সমষ্টি ১৮০°।"),
            Bi(
                "Total parts: {p} + {q} + {r} = {n}; one part = 180° ÷ {n}.",
                "মোট অংশ {p} + {q} + {r} = {n}; এক অংশ = ১৮০° ÷ {n}।",
            ),
            Bi(
                "Multiply one part by the number of parts of the {target} angle.",
                "এক অংশের মানকে {target} কোণের অংশসংখ্যা দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=max(parts) * 180 // total if ask_largest else min(parts) * 180 // total,
    )


def _classify(draw: Draw) -> Made:
    kind = draw.whole(0, 2)
    if kind == 1:
        a = draw.whole(15, 75)
        b = 90 - a
    elif kind == 0:
        a = draw.whole(35, 85)
        b = draw.whole(max(95 - a, 35), 85)
    else:
        a = draw.whole(10, 80)
        b = draw.whole(5, 85 - a)
    c = 180 - a - b
    options = [
        Bi("Acute-angled triangle", "সূক্ষ্মকোণী ত্রিভুজ"),
        Bi("Right-angled triangle", "সমকোণী ত্রিভুজ"),
        Bi("Obtuse-angled triangle", "স্থূলকোণী ত্রিভুজ"),
    ]
    order = draw.shuffle([0, 1, 2])
    letters = "ABC"
    right = letters[order.index(kind)]
    largest = max(a, b, c)
    found = 0 if largest < 90 else (1 if largest == 90 else 2)
    return Made(
        values={"a": a, "b": b},
        question=Bi(
            "Two angles of a triangle are {a}° and {b}°. What kind of triangle is it?",
            "একটি ত্রিভুজের দুটি কোণ {a}° ও {b}°। ত্রিভুজটি কোন ধরনের?",
        ),
        hints=(
            Bi("First find the third angle.", "প্রথমে তৃতীয় কোণটি বের করো।"),
            Bi("Third angle = 180° - ({a}° + {b}°).", "তৃতীয় কোণ = ১৮০° - ({a}° + {b}°)।"),
            Bi(
                "Look at the largest angle: is it less than, equal to, or greater than 90°?",
                "বৃহত্তম কোণটি দেখো। এটি ৯০° এর চেয়ে ছোট, সমান, না বড়?",
            ),
        ),
        answer=right,
        derived=letters[order.index(found)],
        choices=tuple(options[i] for i in order),
    )


def _alternate_algebra(draw: Draw) -> Made:
    x = draw.whole(5, 40)
    a, c = draw.sample(range(1, 8), 2)
    angle = draw.whole(30, 150)
    b, d = angle - a * x, angle - c * x
    draw.require(b != 0 and d != 0 and angle != 90)
    pair = draw.choice(
        (
            (Bi("alternate angles", "একান্তর কোণ"), "∠APQ", "∠PQD"),
            (Bi("corresponding angles", "অনুরূপ কোণ"), "∠EPB", "∠PQD"),
        )
    )
    ask_angle = draw.coin()
    lo, hi = sorted((a, c))
    diff = hi - lo
    if ask_angle:
        target = Bi("the size of {one} in degrees", "{one} এর মান কত ডিগ্রি")
        answer = a * x + b
        derived = angle
        _avoid(draw, angle, a, c, abs(b), abs(d), diff, x, abs(b - d))
        unit = Unit.DEGREE
    else:
        target = Bi("the value of x", "x এর মান")
        answer = (b - d) // (c - a)
        derived = x
        _avoid(draw, x, a, c, abs(b), abs(d), diff, abs(b - d))
        unit = None
    relation, one, two = pair
    return Made(
        values={
            "rel": relation,
            "one": one,
            "two": two,
            "e1": _bracket(a, b),
            "e2": _bracket(c, d),
            "target": Bi(target.en.format(one=one), target.bn.format(one=one)),
        },
        question=Bi(
            "AB and CD are parallel lines. A transversal EF cuts AB at P and CD at Q (E is on the side of AB). {one} = {e1}° and {two} = {e2}°, and these two are {rel}. Find {target}.",
            "AB ও CD দুটি সমান্তরাল সরলরেখা। EF ছেদক AB কে P বিন্দুতে এবং CD কে Q বিন্দুতে ছেদ করেছে (E বিন্দু AB এর দিকে)। {one} = {e1}° এবং {two} = {e2}°, এবং কোণ দুটি {rel}। {target} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Remember: {rel} formed by a transversal of parallel lines are equal.",
                "সমান্তরাল সরলরেখার ছেদক দ্বারা উৎপন্ন {rel} পরস্পর সমান।",
            ),
            Bi("So {e1} = {e2}.", "তাই {e1} = {e2}।"),
            Bi(
                "Collect the x terms on one side and the numbers on the other; if the angle is asked, put x back in.",
                "x যুক্ত পদগুলো এক পক্ষে এবং সংখ্যাগুলো অপর পক্ষে আনো; কোণ চাওয়া হলে x এর মান বসাও।",
            ),
        ),
        answer=answer,
        derived=derived,
        unit=unit,
    )


def _exterior_algebra(draw: Draw) -> Made:
    name = draw.choice(_TRIANGLES)
    a, b, c = name[0], name[1], name[2]
    small = draw.whole(20, 70)
    d = draw.whole(4, 40)
    ext = 2 * small + d
    draw.require(ext < 170)
    ask_larger = draw.coin()
    answer = (ext + d) // 2 if ask_larger else (ext - d) // 2
    derived = small + d if ask_larger else small
    target = Bi("∠{a}", "∠{a}") if ask_larger else Bi("∠{b}", "∠{b}")
    _avoid(draw, derived, ext, d, 2 * small, ext - d)
    return Made(
        values={
            "t": name,
            "a": a,
            "b": b,
            "c": c,
            "e": ext,
            "d": d,
            "k": _extension_point(name),
            "target": Bi(target.en.format(a=a, b=b), target.bn.format(a=a, b=b)),
        },
        question=Bi(
            "In triangle {t}, side {b}{c} is extended to {k}. ∠{a}{c}{k} = {e}°, and ∠{a} is {d}° more than ∠{b}. Find {target} in degrees.",
            "{t} ত্রিভুজের {b}{c} বাহুকে {k} পর্যন্ত বর্ধিত করা হলো। ∠{a}{c}{k} = {e}° এবং ∠{a}, ∠{b} এর চেয়ে {d}° বেশি। {target} কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "The exterior angle ∠{a}{c}{k} equals ∠{a} + ∠{b}.",
                "বহিঃস্থ কোণ ∠{a}{c}{k} = ∠{a} + ∠{b}।",
            ),
            Bi(
                "Let ∠{b} = x; then x + (x + {d}°) = {e}°.",
                "∠{b} = x ধরো; তাহলে x + (x + {d}°) = {e}°।",
            ),
            Bi(
                "Solve for x, then find the angle asked for.",
                "x এর মান বের করো, তারপর চাওয়া কোণটি নির্ণয় করো।",
            ),
        ),
        answer=answer,
        derived=derived,
    )


def _co_interior_algebra(draw: Draw) -> Made:
    x = draw.whole(10, 45)
    a, c = draw.sample(range(1, 6), 2)
    first = draw.whole(40, 140)
    draw.require(first != 90)
    second = 180 - first
    b, d = first - a * x, second - c * x
    draw.require(b != 0 and d != 0 and abs(b) <= 60 and abs(d) <= 60)
    ask_larger = draw.coin()
    target = Bi("larger", "বড়") if ask_larger else Bi("smaller", "ছোট")
    wanted = max(first, second) if ask_larger else min(first, second)
    solved = (180 - b - d) // (a + c)
    answer = (
        max(a * solved + b, c * solved + d) if ask_larger else min(a * solved + b, c * solved + d)
    )
    _avoid(draw, wanted, a, c, abs(b), abs(d), a + c, b + d, 180 - b - d, x)
    return Made(
        values={"e1": _bracket(a, b), "e2": _bracket(c, d), "target": target, "n": a + c},
        question=Bi(
            "Two parallel lines are cut by a transversal. The two interior angles on the same side of the transversal are {e1}° and {e2}°. What is the {target} of these two angles in degrees?",
            "দুটি সমান্তরাল সরলরেখাকে একটি ছেদক ছেদ করেছে। ছেদকের একই পাশের অন্তঃস্থ কোণ দুটি {e1}° ও {e2}°। কোণ দুটির মধ্যে {target}টি কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "Interior angles on the same side of the transversal add up to 180°.",
                "ছেদকের একই পাশের অন্তঃস্থ কোণ দুটির সমষ্টি ১৮০°।",
            ),
            Bi("{e1} + {e2} = 180; collect like terms.", "{e1} + {e2} = ১৮০; সদৃশ পদগুলো একত্র করো।"),
            Bi(
                "Find x, put it into both angles and choose the {target} one.",
                "x এর মান বের করো, দুটি কোণেই বসাও এবং {target}টি বেছে নাও।",
            ),
        ),
        answer=answer,
        derived=wanted,
    )


def _isosceles_algebra(draw: Draw) -> Made:
    name = draw.choice(_TRIANGLES)
    apex, b1, b2 = name[0], name[1], name[2]
    base = draw.whole(25, 85)
    vertex = 180 - 2 * base
    d = vertex - base
    draw.require(d != 0 and vertex > 0)
    more = d > 0
    word = Bi("more", "বেশি") if more else Bi("less", "কম")
    ask_apex = draw.coin()
    target = apex if ask_apex else b1
    wanted = vertex if ask_apex else base
    solved = (180 - d) // 3  # x + x + (x + d) = 180
    answer = solved + d if ask_apex else solved
    _avoid(draw, wanted, abs(d), 3, 180 - d, 180 + abs(d))
    sign = "+" if more else "-"
    return Made(
        values={
            "t": name,
            "a": apex,
            "b": b1,
            "c": b2,
            "d": abs(d),
            "word": word,
            "target": target,
            "sign": sign,
        },
        question=Bi(
            "In triangle {t}, {a}{b} = {a}{c} and ∠{a} is {d}° {word} than ∠{b}. Find ∠{target} in degrees.",
            "{t} ত্রিভুজে {a}{b} = {a}{c} এবং ∠{a}, ∠{b} এর চেয়ে {d}° {word}। ∠{target} কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "{a}{b} = {a}{c}, so the angles opposite these sides are equal: ∠{c} = ∠{b}.",
                "{a}{b} = {a}{c}, তাই এদের বিপরীত কোণ দুটি সমান, অর্থাৎ ∠{c} = ∠{b}।",
            ),
            Bi(
                "If ∠{b} = x, then (x {sign} {d}°) + x + x = 180°.",
                "∠{b} = x হলে (x {sign} {d}°) + x + x = ১৮০°।",
            ),
            Bi(
                "Solve for x, then find the angle asked for.",
                "x এর মান বের করো, তারপর চাওয়া কোণটি নির্ণয় করো।",
            ),
        ),
        answer=answer,
        derived=wanted,
    )


def _bisectors(draw: Draw) -> Made:
    name = draw.choice(_TRIANGLES)
    a, b, c = name[0], name[1], name[2]
    angle = draw.whole(20, 140, step=2)
    half = (180 - angle) // 2
    answer = 180 - half
    _avoid(draw, answer, angle, 180 - angle, half)
    return Made(
        values={"t": name, "a": a, "b": b, "c": c, "x": angle, "s": 180 - angle, "h": half},
        question=Bi(
            "In triangle {t}, ∠{a} = {x}°. The bisectors of ∠{b} and ∠{c} meet at O. Find ∠{b}O{c} in degrees.",
            "{t} ত্রিভুজে ∠{a} = {x}°। ∠{b} ও ∠{c} এর সমদ্বিখণ্ডকদ্বয় O বিন্দুতে মিলিত হয়েছে। ∠{b}O{c} কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "First find ∠{b} + ∠{c} = 180° - {x}° = {s}°.",
                "প্রথমে বের করো, ∠{b} + ∠{c} = ১৮০° - {x}° = {s}°।",
            ),
            Bi(
                "∠O{b}{c} + ∠O{c}{b} is half of ∠{b} + ∠{c}, that is {h}°.",
                "∠O{b}{c} + ∠O{c}{b} হলো (∠{b} + ∠{c}) এর অর্ধেক, অর্থাৎ {h}°।",
            ),
            Bi(
                "In triangle {b}O{c}, ∠{b}O{c} = 180° - (∠O{b}{c} + ∠O{c}{b}).",
                "{b}O{c} ত্রিভুজে ∠{b}O{c} = ১৮০° - (∠O{b}{c} + ∠O{c}{b})।",
            ),
        ),
        answer=answer,
        derived=90 + angle // 2,
    )


def _triangle_inequality_choice(draw: Draw) -> Made:
    a, b = draw.sample(range(2, 16), 2)
    good = sorted((a, b, draw.whole(abs(a - b) + 1, a + b - 1)))
    bad = []
    for _ in range(2):
        p, q = draw.sample(range(2, 12), 2)
        bad.append(sorted((p, q, p + q + draw.whole(0, 5))))
    draw.require(bad[0] != bad[1])
    sets = [good, *bad]
    order = draw.shuffle([0, 1, 2])
    letters = "ABC"
    answer = letters[order.index(0)]
    shown = [sets[i] for i in order]
    # Brute force: the option whose every side is shorter than the other two together.
    derived = next(letters[i] for i, s in enumerate(shown) if all(2 * side < sum(s) for side in s))
    values: dict[str, int] = {}
    for i, s in enumerate(shown):
        for j, side in enumerate(s):
            values[f"s{i}{j}"] = side
    return Made(
        values=values,
        question=Bi(
            "Three sets of lengths are given (in cm): {s00}, {s01}, {s02}; {s10}, {s11}, {s12}; {s20}, {s21}, {s22}. With which set can a triangle be drawn?",
            "তিন সেট দৈর্ঘ্য দেওয়া আছে (সেন্টিমিটারে): {s00}, {s01}, {s02}; {s10}, {s11}, {s12}; {s20}, {s21}, {s22}। কোন সেটের দৈর্ঘ্যগুলো দিয়ে ত্রিভুজ আঁকা সম্ভব?",
        ),
        hints=(
            Bi(
                "In a triangle, the sum of any two sides is greater than the third side.",
                "ত্রিভুজের যেকোনো দুই বাহুর সমষ্টি তৃতীয় বাহু অপেক্ষা বৃহত্তর।",
            ),
            Bi(
                "It is enough to check the two shorter sides against the longest one.",
                "ছোট দুটি বাহুর যোগফল বৃহত্তম বাহুর চেয়ে বড় কি না দেখলেই যথেষ্ট।",
            ),
            Bi(
                "If the two shorter sides add up to the longest side or less, no triangle can be drawn.",
                "ছোট দুই বাহুর যোগফল বৃহত্তম বাহুর সমান বা কম হলে ত্রিভুজ আঁকা যায় না।",
            ),
        ),
        answer=answer,
        derived=derived,
        choices=tuple(
            Bi(
                f"{{s{i}0}} cm, {{s{i}1}} cm, {{s{i}2}} cm",
                f"{{s{i}0}} সেমি, {{s{i}1}} সেমি, {{s{i}2}} সেমি",
            )
            for i in range(3)
        ),
    )


def _third_side(draw: Draw) -> Made:
    a, b = draw.sample(range(3, 25), 2)
    mode = draw.whole(0, 2)
    low, high = abs(a - b) + 1, a + b - 1
    possible = [s for s in range(1, 60) if s < a + b and a < s + b and b < s + a]
    if mode == 0:
        ask = Bi("the greatest possible length of the third side", "তৃতীয় বাহুর সম্ভাব্য বৃহত্তম দৈর্ঘ্য")
        answer, derived = high, max(possible)
        last = Bi(
            "The third side must be less than {a} + {b}; take the largest whole number below it.",
            "তৃতীয় বাহু {a} + {b} এর চেয়ে ছোট হবে; এর চেয়ে ছোট বৃহত্তম পূর্ণসংখ্যাটি নাও।",
        )
        unit: Unit | None = Unit.CM
    elif mode == 1:
        ask = Bi("the smallest possible length of the third side", "তৃতীয় বাহুর সম্ভাব্য ক্ষুদ্রতম দৈর্ঘ্য")
        answer, derived = low, min(possible)
        last = Bi(
            "The third side must be greater than the difference of {a} and {b}; take the smallest whole number above it.",
            "তৃতীয় বাহু {a} ও {b} এর অন্তরের চেয়ে বড় হবে; এর চেয়ে বড় ক্ষুদ্রতম পূর্ণসংখ্যাটি নাও।",
        )
        unit = Unit.CM
    else:
        ask = Bi(
            "how many different whole-number lengths the third side can have",
            "তৃতীয় বাহুর দৈর্ঘ্য কয়টি ভিন্ন পূর্ণসংখ্যা হতে পারে",
        )
        answer, derived = high - low + 1, len(possible)
        last = Bi(
            "Count the whole numbers greater than the difference and less than the sum of {a} and {b}.",
            "{a} ও {b} এর অন্তরের চেয়ে বড় এবং যোগফলের চেয়ে ছোট পূর্ণসংখ্যাগুলো গণনা করো।",
        )
        unit = None
    _avoid(draw, answer, a, b, a + b, abs(a - b))
    return Made(
        values={"a": a, "b": b, "ask": ask},
        question=Bi(
            "Two sides of a triangle are {a} cm and {b} cm. The third side is a whole number of centimetres. Find {ask}.",
            "একটি ত্রিভুজের দুটি বাহু {a} সেমি ও {b} সেমি। তৃতীয় বাহুর দৈর্ঘ্য সেন্টিমিটারে একটি পূর্ণসংখ্যা। {ask} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The sum of any two sides of a triangle is greater than the third side.",
                "ত্রিভুজের যেকোনো দুই বাহুর সমষ্টি তৃতীয় বাহু অপেক্ষা বৃহত্তর।",
            ),
            Bi(
                "So the third side lies between the difference and the sum of {a} and {b}.",
                "তাই তৃতীয় বাহু {a} ও {b} এর অন্তর এবং যোগফলের মাঝে থাকবে।",
            ),
            last,
        ),
        answer=answer,
        derived=derived,
        unit=unit,
    )


def _zigzag(draw: Draw) -> Made:
    x = draw.whole(15, 80)
    y = draw.whole(15, 80)
    draw.require(x != y)
    answer = x + y
    return Made(
        values={"x": x, "y": y},
        question=Bi(
            "AB and CD are parallel lines. A point E lies between them, on the same side of BD as A and C, and BE and DE are joined. ∠ABE = {x}° and ∠CDE = {y}°. Find ∠BED in degrees.",
            "AB ও CD দুটি সমান্তরাল সরলরেখা। রেখা দুটির মাঝে E একটি বিন্দু, যা BD এর যে পাশে A ও C আছে সেই পাশে অবস্থিত; B, E এবং D, E যোগ করা হলো। ∠ABE = {x}° এবং ∠CDE = {y}°। ∠BED কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "Through E draw EF parallel to AB (and so to CD), with F on the side of A and C.",
                "E বিন্দু দিয়ে AB এর (এবং তাই CD এর) সমান্তরাল EF আঁকো, F বিন্দু A ও C এর পাশে।",
            ),
            Bi(
                "∠BEF = ∠ABE and ∠FED = ∠CDE, because they are alternate angles.",
                "একান্তর কোণ বলে ∠BEF = ∠ABE এবং ∠FED = ∠CDE।",
            ),
            Bi("So ∠BED = ∠BEF + ∠FED.", "তাহলে ∠BED = ∠BEF + ∠FED।"),
        ),
        answer=answer,
        derived=360 - (180 - x) - (180 - y),
    )


FAMILIES = (
    Family(
        "g7-triangle-third-angle",
        "angle sum of a triangle",
        1,
        AnswerKind.INTEGER,
        _third_angle,
        unit=Unit.DEGREE,
        minutes=1,
    ),
    Family(
        "g7-right-triangle-acute-angle",
        "angles of a right-angled triangle",
        1,
        AnswerKind.INTEGER,
        _right_triangle,
        unit=Unit.DEGREE,
        minutes=1,
    ),
    Family(
        "g7-complementary-supplementary-angle",
        "complementary and supplementary angles",
        1,
        AnswerKind.INTEGER,
        _complement_supplement,
        unit=Unit.DEGREE,
        minutes=1,
    ),
    Family(
        "g7-co-interior-angles",
        "co-interior angles",
        1,
        AnswerKind.INTEGER,
        _co_interior,
        unit=Unit.DEGREE,
        minutes=1,
    ),
    Family(
        "g7-angles-at-parallel-lines",
        "angles formed by a transversal",
        1,
        AnswerKind.INTEGER,
        _named_angles,
        unit=Unit.DEGREE,
        minutes=3,
    ),
    Family(
        "g7-isosceles-triangle-angle",
        "isosceles triangle",
        1,
        AnswerKind.INTEGER,
        _isosceles,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g7-exterior-angle-of-triangle",
        "exterior angle of a triangle",
        1,
        AnswerKind.INTEGER,
        _exterior_angle,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g7-angle-pair-in-ratio",
        "complementary or supplementary angles in a ratio",
        2,
        AnswerKind.INTEGER,
        _ratio_pair,
        unit=Unit.DEGREE,
    ),
    Family(
        "g7-triangle-angles-in-ratio",
        "angles in a ratio",
        2,
        AnswerKind.INTEGER,
        _angles_in_ratio,
        unit=Unit.DEGREE,
    ),
    Family(
        "g7-classify-triangle-by-angles",
        "classifying triangles",
        2,
        AnswerKind.CHOICE,
        _classify,
        minutes=2,
    ),
    Family(
        "g7-parallel-angles-algebra",
        "alternate and corresponding angles with algebra",
        2,
        AnswerKind.INTEGER,
        _alternate_algebra,
        unit=Unit.DEGREE,
    ),
    Family(
        "g7-exterior-angle-algebra",
        "exterior angle with algebra",
        2,
        AnswerKind.INTEGER,
        _exterior_algebra,
        unit=Unit.DEGREE,
        minutes=4,
    ),
    Family(
        "g7-triangle-inequality-choice",
        "sides of a triangle",
        2,
        AnswerKind.CHOICE,
        _triangle_inequality_choice,
        minutes=2,
    ),
    Family(
        "g7-co-interior-angles-algebra",
        "co-interior angles with algebra",
        3,
        AnswerKind.INTEGER,
        _co_interior_algebra,
        unit=Unit.DEGREE,
        minutes=5,
    ),
    Family(
        "g7-isosceles-triangle-algebra",
        "isosceles triangle with algebra",
        3,
        AnswerKind.INTEGER,
        _isosceles_algebra,
        unit=Unit.DEGREE,
        minutes=5,
    ),
    Family(
        "g7-angle-bisectors-in-triangle",
        "angle bisectors in a triangle",
        3,
        AnswerKind.INTEGER,
        _bisectors,
        unit=Unit.DEGREE,
        minutes=5,
    ),
    Family(
        "g7-third-side-of-triangle",
        "third side of a triangle",
        3,
        AnswerKind.INTEGER,
        _third_side,
        minutes=4,
    ),
    Family(
        "g7-angle-between-parallel-lines",
        "angle at a point between parallel lines",
        3,
        AnswerKind.INTEGER,
        _zigzag,
        unit=Unit.DEGREE,
        minutes=5,
    ),
)
