"""Class 7, congruence and similarity: corresponding sides and angles, criteria, scale factors (NCTB chapter 10)."""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=7, key="congruence", en="Congruence and similarity", bn="সর্বসমতা ও সদৃশতা")

_PAIRS = (
    ("ABC", "DEF"),
    ("ABC", "PQR"),
    ("PQR", "XYZ"),
    ("LMN", "XYZ"),
    ("ABC", "XYZ"),
    ("DEF", "PQR"),
)


def _avoid(draw: Draw, answer: int | Fraction, *numbers: int | Fraction) -> None:
    """Reject a draw where a number a hint writes could be read as the answer."""
    draw.require(answer not in numbers)


def _triangle_sides(draw: Draw, low: int, high: int) -> tuple[int, int, int]:
    a, b, c = draw.sample(range(low, high + 1), 3)
    draw.require(a + b > c and b + c > a and a + c > b)
    return a, b, c


def _sides(name: str) -> tuple[str, str, str]:
    """The sides of a triangle in order: AB, BC, CA."""
    return name[0] + name[1], name[1] + name[2], name[2] + name[0]


def _pair(draw: Draw) -> tuple[str, str]:
    one, two = draw.choice(_PAIRS)
    if draw.coin():
        # Write the second triangle in a shuffled but matching order: the statement fixes it.
        order = draw.shuffle([0, 1, 2])
        one = "".join(one[i] for i in order)
        two = "".join(two[i] for i in order)
    return one, two


def _congruent_side(draw: Draw) -> Made:
    one, two = _pair(draw)
    lengths = _triangle_sides(draw, 3, 15)
    names = _sides(one)
    k = draw.whole(0, 2)
    asked = _sides(two)[k]
    answer = lengths[k]
    # Independent route: find the side of the first triangle whose ends match by position.
    ends = {two.index(asked[0]), two.index(asked[1])}
    matched = next(i for i, s in enumerate(names) if {one.index(s[0]), one.index(s[1])} == ends)
    return Made(
        values={
            "one": one,
            "two": two,
            "s0": names[0],
            "s1": names[1],
            "s2": names[2],
            "l0": lengths[0],
            "l1": lengths[1],
            "l2": lengths[2],
            "asked": asked,
            "v1": one[0],
            "v2": one[1],
            "v3": one[2],
            "w1": two[0],
            "w2": two[1],
            "w3": two[2],
        },
        question=Bi(
            "△{one} ≅ △{two}. {s0} = {l0} cm, {s1} = {l1} cm and {s2} = {l2} cm. Find {asked} in cm.",
            "△{one} ≅ △{two}। {s0} = {l0} সেমি, {s1} = {l1} সেমি এবং {s2} = {l2} সেমি। {asked} কত সেমি?",
        ),
        hints=(
            Bi(
                "In congruent triangles the corresponding sides are equal.",
                "সর্বসম ত্রিভুজের অনুরূপ বাহুগুলো পরস্পর সমান।",
            ),
            Bi(
                "The order of the letters gives the correspondence: {v1} ↔ {w1}, {v2} ↔ {w2}, {v3} ↔ {w3}.",
                "অক্ষরের ক্রম থেকে মিল পাওয়া যায়: {v1} ↔ {w1}, {v2} ↔ {w2}, {v3} ↔ {w3}।",
            ),
            Bi(
                "Find the side of △{one} whose ends correspond to the ends of {asked}.",
                "△{one} এর যে বাহুর প্রান্তবিন্দু দুটি {asked} এর প্রান্তবিন্দুর অনুরূপ, সেটি খুঁজে বের করো।",
            ),
        ),
        answer=answer,
        derived=lengths[matched],
    )


def _angles(draw: Draw) -> tuple[int, int, int]:
    a = draw.whole(25, 100)
    b = draw.whole(25, 150 - a)
    c = 180 - a - b
    draw.require(len({a, b, c}) == 3 and c >= 15)
    return a, b, c


def _correspondence(one: str, two: str) -> dict[str, str]:
    return dict(zip(one, two, strict=True))


def _congruent_angle(draw: Draw) -> Made:
    one, two = _pair(draw)
    a, b, c = _angles(draw)
    given = {one[0]: a, one[1]: b, one[2]: c}
    p, q = draw.sample(list(one), 2)
    target = draw.choice((p, q))
    match = _correspondence(one, two)
    asked = match[target]
    answer = given[target]
    back = {v: k for k, v in match.items()}
    return Made(
        values={
            "one": one,
            "two": two,
            "p": p,
            "q": q,
            "a": given[p],
            "b": given[q],
            "asked": asked,
        },
        question=Bi(
            "△{one} ≅ △{two}. ∠{p} = {a}° and ∠{q} = {b}°. Find ∠{asked} in degrees.",
            "△{one} ≅ △{two}। ∠{p} = {a}° এবং ∠{q} = {b}°। ∠{asked} কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "In congruent triangles the corresponding angles are equal.",
                "সর্বসম ত্রিভুজের অনুরূপ কোণগুলো পরস্পর সমান।",
            ),
            Bi(
                "Match the vertices by the order of the letters in △{one} ≅ △{two}.",
                "△{one} ≅ △{two} লেখায় অক্ষরের ক্রম দেখে শীর্ষবিন্দুগুলো মেলাও।",
            ),
            Bi(
                "Find which vertex of △{one} corresponds to {asked}.",
                "△{one} এর কোন শীর্ষবিন্দু {asked} এর অনুরূপ তা বের করো।",
            ),
        ),
        answer=answer,
        derived=given[back[asked]],
    )


def _angle_by_sum(draw: Draw, similar: bool) -> Made:
    one, two = _pair(draw)
    a, b, c = _angles(draw)
    given = {one[0]: a, one[1]: b, one[2]: c}
    match = _correspondence(one, two)
    back = {v: k for k, v in match.items()}
    x, y, z = draw.shuffle(list(one))
    # One angle is given in each triangle; the asked angle matches the third vertex.
    first, second_vertex = x, match[y]
    asked = match[z] if draw.coin() else z
    answer = 180 - given[first] - given[back[second_vertex]]
    _avoid(draw, answer, given[first], given[back[second_vertex]], given[first] + given[y])
    sign = "∼" if similar else "≅"
    rule = (
        Bi(
            "Similar triangles have equal corresponding angles.",
            "সদৃশ ত্রিভুজের অনুরূপ কোণগুলো পরস্পর সমান।",
        )
        if similar
        else Bi(
            "Congruent triangles have equal corresponding angles.",
            "সর্বসম ত্রিভুজের অনুরূপ কোণগুলো পরস্পর সমান।",
        )
    )
    return Made(
        values={
            "one": one,
            "two": two,
            "sign": sign,
            "p": first,
            "q": second_vertex,
            "a": given[first],
            "b": given[y],
            "asked": asked,
            "y": y,
        },
        question=Bi(
            "△{one} {sign} △{two}. ∠{p} = {a}° and ∠{q} = {b}°. Find ∠{asked} in degrees.",
            "△{one} {sign} △{two}। ∠{p} = {a}° এবং ∠{q} = {b}°। ∠{asked} কত ডিগ্রি?",
        ),
        hints=(
            rule,
            Bi(
                "∠{q} corresponds to ∠{y}, so ∠{y} is known too.",
                "∠{q} হলো ∠{y} এর অনুরূপ, তাই ∠{y} এর মানও জানা গেল।",
            ),
            Bi(
                "The three angles of a triangle add up to 180°; find the third angle and use the correspondence again if needed.",
                "ত্রিভুজের তিন কোণের সমষ্টি ১৮০°; তৃতীয় কোণটি বের করো এবং দরকার হলে আবার অনুরূপ কোণ ব্যবহার করো।",
            ),
        ),
        answer=answer,
        derived=given[back[asked]] if asked in back else given[asked],
    )


def _congruent_angle_sum(draw: Draw) -> Made:
    return _angle_by_sum(draw, similar=False)


def _similar_angle_sum(draw: Draw) -> Made:
    return _angle_by_sum(draw, similar=True)


def _side_from_perimeter(draw: Draw) -> Made:
    one, two = _pair(draw)
    lengths = _triangle_sides(draw, 4, 20)
    perimeter = sum(lengths)
    names_one, names_two = _sides(one), _sides(two)
    k = draw.whole(0, 2)
    known = [i for i in range(3) if i != k]
    answer = perimeter - lengths[known[0]] - lengths[known[1]]
    _avoid(
        draw,
        answer,
        lengths[known[0]],
        lengths[known[1]],
        perimeter,
        lengths[known[0]] + lengths[known[1]],
    )
    return Made(
        values={
            "one": one,
            "two": two,
            "per": perimeter,
            "m0": names_two[known[0]],
            "m1": names_two[known[1]],
            "l0": lengths[known[0]],
            "l1": lengths[known[1]],
            "asked": names_one[k],
        },
        question=Bi(
            "△{one} ≅ △{two}. The perimeter of △{one} is {per} cm, {m0} = {l0} cm and {m1} = {l1} cm. Find {asked} in cm.",
            "△{one} ≅ △{two}। △{one} এর পরিসীমা {per} সেমি, {m0} = {l0} সেমি এবং {m1} = {l1} সেমি। {asked} কত সেমি?",
        ),
        hints=(
            Bi(
                "Corresponding sides of congruent triangles are equal, so the two perimeters are equal too.",
                "সর্বসম ত্রিভুজের অনুরূপ বাহুগুলো সমান, তাই দুটির পরিসীমাও সমান।",
            ),
            Bi(
                "{m0} and {m1} are equal to two sides of △{one}; the third side of △{one} is {asked}.",
                "{m0} ও {m1}, △{one} এর দুটি বাহুর সমান; △{one} এর তৃতীয় বাহুটি হলো {asked}।",
            ),
            Bi(
                "{asked} = perimeter - ({l0} + {l1}).",
                "{asked} = পরিসীমা - ({l0} + {l1})।",
            ),
        ),
        answer=answer,
        derived=lengths[k],
    )


_CRITERIA = (
    Bi("SSS (side-side-side)", "বাহু-বাহু-বাহু"),
    Bi("SAS (side-angle-side)", "বাহু-কোণ-বাহু"),
    Bi("ASA (angle-side-angle)", "কোণ-বাহু-কোণ"),
    Bi("RHS (right angle-hypotenuse-side)", "সমকোণ-অতিভুজ-বাহু"),
)


def _criterion(draw: Draw) -> Made:
    one, two = draw.choice(_PAIRS)
    kind = draw.whole(0, 3)
    values: dict[str, int | str] = {"one": one, "two": two}
    for i, (p, q) in enumerate(zip(one, two, strict=True)):
        values[f"p{i}"], values[f"q{i}"] = p, q
    if kind == 0:
        x, y, z = _triangle_sides(draw, 3, 15)
        values.update(x=x, y=y, z=z)
        facts = Bi(
            "{p0}{p1} = {q0}{q1} = {x} cm, {p1}{p2} = {q1}{q2} = {y} cm and {p2}{p0} = {q2}{q0} = {z} cm",
            "{p0}{p1} = {q0}{q1} = {x} সেমি, {p1}{p2} = {q1}{q2} = {y} সেমি এবং {p2}{p0} = {q2}{q0} = {z} সেমি",
        )
    elif kind == 1:
        x, y = draw.sample(range(3, 15), 2)
        angle = draw.whole(30, 120, step=5)
        values.update(x=x, y=y, t=angle)
        facts = Bi(
            "{p0}{p1} = {q0}{q1} = {x} cm, {p1}{p2} = {q1}{q2} = {y} cm and ∠{p1} = ∠{q1} = {t}°",
            "{p0}{p1} = {q0}{q1} = {x} সেমি, {p1}{p2} = {q1}{q2} = {y} সেমি এবং ∠{p1} = ∠{q1} = {t}°",
        )
    elif kind == 2:
        x = draw.whole(3, 15)
        s, t = draw.whole(30, 80, step=5), draw.whole(30, 80, step=5)
        values.update(x=x, s=s, t=t)
        facts = Bi(
            "∠{p0} = ∠{q0} = {s}°, ∠{p1} = ∠{q1} = {t}° and {p0}{p1} = {q0}{q1} = {x} cm",
            "∠{p0} = ∠{q0} = {s}°, ∠{p1} = ∠{q1} = {t}° এবং {p0}{p1} = {q0}{q1} = {x} সেমি",
        )
    else:
        leg, hyp = draw.whole(3, 12), draw.whole(5, 20)
        draw.require(hyp > leg)
        values.update(x=leg, y=hyp)
        facts = Bi(
            "∠{p1} = ∠{q1} = 90°, hypotenuse {p0}{p2} = {q0}{q2} = {y} cm and {p1}{p2} = {q1}{q2} = {x} cm",
            "∠{p1} = ∠{q1} = ৯০°, অতিভুজ {p0}{p2} = {q0}{q2} = {y} সেমি এবং {p1}{p2} = {q1}{q2} = {x} সেমি",
        )
    order = draw.shuffle([0, 1, 2, 3])
    letters = "ABCD"
    # Independent route: count what is given (sides, angles, a right angle) and read the criterion.
    sides_given = {0: 3, 1: 2, 2: 1, 3: 2}[kind]
    right = kind == 3
    found = 3 if right else (0 if sides_given == 3 else (1 if sides_given == 2 else 2))
    return Made(
        values=values,
        question=Bi(
            "In △{one} and △{two}: "
            + facts.en
            + ". By which criterion are the two triangles congruent?",
            "△{one} ও △{two} এ " + facts.bn + "। কোন উপপাদ্য (শর্ত) অনুযায়ী ত্রিভুজ দুটি সর্বসম?",
        ),
        hints=(
            Bi(
                "Count how many pairs of equal sides and equal angles are given.",
                "কয় জোড়া বাহু ও কয় জোড়া কোণ সমান দেওয়া আছে গুনে দেখো।",
            ),
            Bi(
                "If an angle is given with two sides, check whether it lies between them; if two angles, check whether the side lies between them.",
                "দুই বাহুর সাথে একটি কোণ দেওয়া থাকলে দেখো কোণটি বাহু দুটির অন্তর্ভুক্ত কি না; দুই কোণ দেওয়া থাকলে দেখো বাহুটি কোণ দুটির সংলগ্ন কি না।",
            ),
            Bi(
                "For right-angled triangles, a hypotenuse and one more side are enough.",
                "সমকোণী ত্রিভুজের ক্ষেত্রে অতিভুজ ও আরেকটি বাহু সমান হলেই যথেষ্ট।",
            ),
        ),
        answer=letters[order.index(kind)],
        derived=letters[order.index(found)],
        choices=tuple(_CRITERIA[i] for i in order),
    )


def _similar_ratio(draw: Draw) -> Made:
    one, two = _pair(draw)
    p, q = draw.sample(range(1, 8), 2)
    draw.require(gcd(p, q) == 1)
    unit = draw.whole(1, 5)
    side_one, side_two = _sides(one)[0], _sides(two)[0]
    first, second = p * unit, q * unit
    draw.require(unit > 1)  # "2 : 3" itself in a hint would give the answer away
    g = gcd(first, second)
    return Made(
        values={"one": one, "two": two, "s1": side_one, "s2": side_two, "a": first, "b": second},
        question=Bi(
            "△{one} ∼ △{two}, {s1} = {a} cm and {s2} = {b} cm. Find the ratio {s1} : {s2} of the corresponding sides in lowest terms.",
            "△{one} ∼ △{two}, {s1} = {a} সেমি এবং {s2} = {b} সেমি। অনুরূপ বাহুর অনুপাত {s1} : {s2} লঘিষ্ঠ আকারে নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "In similar triangles all corresponding sides are in the same ratio.",
                "সদৃশ ত্রিভুজের সকল অনুরূপ বাহুর অনুপাত সমান।",
            ),
            Bi("Write {s1} : {s2} = {a} : {b}.", "{s1} : {s2} = {a} : {b} লেখো।"),
            Bi(
                "Divide both terms by their HCF.",
                "উভয় পদকে তাদের গসাগু দিয়ে ভাগ করো।",
            ),
        ),
        answer=(first // g, second // g),
        derived=(p, q),
    )


def _similar_side(draw: Draw) -> Made:
    one, two = _pair(draw)
    p, q = draw.sample(range(1, 6), 2)
    draw.require(gcd(p, q) == 1)
    base = _triangle_sides(draw, 2, 9)
    big = tuple(q * s for s in base)
    small = tuple(p * s for s in base)
    names_one, names_two = _sides(one), _sides(two)
    i, k = draw.sample(range(3), 2)
    answer = Fraction(small[k] * big[i], small[i])
    _avoid(draw, answer, small[i], big[i], small[k])
    return Made(
        values={
            "one": one,
            "two": two,
            "s1": names_one[i],
            "t1": names_two[i],
            "s2": names_one[k],
            "t2": names_two[k],
            "a": small[i],
            "b": big[i],
            "c": small[k],
        },
        question=Bi(
            "△{one} ∼ △{two}. {s1} = {a} cm, {t1} = {b} cm and {s2} = {c} cm. Find {t2} in cm.",
            "△{one} ∼ △{two}। {s1} = {a} সেমি, {t1} = {b} সেমি এবং {s2} = {c} সেমি। {t2} কত সেমি?",
        ),
        hints=(
            Bi(
                "In similar triangles the corresponding sides are proportional.",
                "সদৃশ ত্রিভুজের অনুরূপ বাহুগুলো সমানুপাতিক।",
            ),
            Bi("{t2}/{s2} = {t1}/{s1} = {b}/{a}.", "{t2}/{s2} = {t1}/{s1} = {b}/{a}।"),
            Bi("So {t2} = {c} × {b} ÷ {a}.", "তাহলে {t2} = {c} × {b} ÷ {a}।"),
        ),
        answer=answer,
        derived=big[k],
    )


def _similar_perimeter(draw: Draw) -> Made:
    one, two = _pair(draw)
    p, q = draw.sample(range(1, 6), 2)
    draw.require(gcd(p, q) == 1)
    base = _triangle_sides(draw, 2, 9)
    small = tuple(p * s for s in base)
    big = tuple(q * s for s in base)
    i = draw.whole(0, 2)
    per = sum(small)
    answer = Fraction(per * big[i], small[i])
    _avoid(draw, answer, small[i], big[i], per)
    return Made(
        values={
            "one": one,
            "two": two,
            "s": _sides(one)[i],
            "t": _sides(two)[i],
            "a": small[i],
            "b": big[i],
            "per": per,
        },
        question=Bi(
            "△{one} ∼ △{two}. {s} = {a} cm and {t} = {b} cm. The perimeter of △{one} is {per} cm. Find the perimeter of △{two} in cm.",
            "△{one} ∼ △{two}। {s} = {a} সেমি এবং {t} = {b} সেমি। △{one} এর পরিসীমা {per} সেমি। △{two} এর পরিসীমা কত সেমি?",
        ),
        hints=(
            Bi(
                "All sides of △{two} are the sides of △{one} multiplied by the same number.",
                "△{two} এর প্রতিটি বাহু △{one} এর অনুরূপ বাহুকে একই সংখ্যা দিয়ে গুণ করে পাওয়া যায়।",
            ),
            Bi(
                "That number is {b} ÷ {a}; the perimeters are in the same ratio as the sides.",
                "সেই সংখ্যাটি {b} ÷ {a}; পরিসীমা দুটিও বাহুর অনুপাতেই থাকে।",
            ),
            Bi(
                "Multiply {per} by {b} and divide by {a}.",
                "{per} কে {b} দিয়ে গুণ করে {a} দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=sum(big),
    )


_SHADOWS = (
    (Bi("a tree", "একটি গাছের"), Bi("the tree", "গাছটির")),
    (Bi("an electric pole", "একটি বৈদ্যুতিক খুঁটির"), Bi("the pole", "খুঁটিটির")),
    (Bi("a flagpole", "একটি পতাকাদণ্ডের"), Bi("the flagpole", "পতাকাদণ্ডটির")),
    (Bi("a school building", "একটি স্কুল ভবনের"), Bi("the building", "ভবনটির")),
)


def _shadow(draw: Draw) -> Made:
    person = draw.person()
    thing, the = draw.choice(_SHADOWS)
    stick = Fraction(draw.whole(2, 6), 2)  # 1 m to 3 m, in half metres
    ratio = Fraction(draw.whole(2, 8), 4)  # shadow per metre of height
    stick_shadow = stick * ratio
    height = draw.whole(4, 25)
    shadow = height * ratio
    draw.require(stick_shadow.denominator in (1, 2, 4) and shadow.denominator in (1, 2, 4))
    draw.require(stick != stick_shadow)
    answer = shadow * stick / stick_shadow
    _avoid(draw, answer, stick, stick_shadow, shadow)
    return Made(
        values={
            "name": person.name,
            "thing": thing,
            "the": the,
            "h": decimal(stick),
            "s": decimal(stick_shadow),
            "big": decimal(shadow),
        },
        question=Bi(
            "At the same time of day, a {h} m long stick standing upright casts a {s} m shadow, and the shadow of {thing} is {big} m long. {name} wants to know how tall {the} is. Find its height in metres.",
            "দিনের একই সময়ে {h} মিটার লম্বা একটি খাড়া লাঠির ছায়া {s} মিটার এবং {thing} ছায়া {big} মিটার। {name} জানতে চায় {the} উচ্চতা কত। উচ্চতাটি কত মিটার নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The stick with its shadow and {the} with its shadow form two similar right-angled triangles.",
                "লাঠি ও তার ছায়া এবং {the} উচ্চতা ও তার ছায়া দুটি সদৃশ সমকোণী ত্রিভুজ তৈরি করে।",
            ),
            Bi(
                "So height ÷ shadow is the same for both: height/{big} = {h}/{s}.",
                "তাই উভয়ের ক্ষেত্রে উচ্চতা ÷ ছায়া সমান: উচ্চতা/{big} = {h}/{s}।",
            ),
            Bi("Height = {big} × {h} ÷ {s}.", "উচ্চতা = {big} × {h} ÷ {s}।"),
        ),
        answer=answer,
        derived=height,
    )


def _congruent_algebra(draw: Draw) -> Made:
    one, two = _pair(draw)
    i = draw.whole(0, 2)
    x = draw.whole(2, 12)
    a = draw.whole(2, 5)
    b = draw.whole(-6, 9, exclude=(0,))
    length = a * x + b
    draw.require(3 <= length <= 40)
    side_one, side_two = _sides(one)[i], _sides(two)[i]
    expr = f"{a}x {'-' if b < 0 else '+'} {abs(b)}"
    ask_x = draw.coin()
    if ask_x:
        c, d = 0, 0
        given = Bi("{t} = {n} cm", "{t} = {n} সেমি")
        target = Bi("the value of x", "x এর মান")
        answer: int | Fraction = Fraction(length - b, a)
        derived: int | Fraction = x
        unit = None
        _avoid(draw, x, a, abs(b), length, length - b)
        last = Bi("Solve {e} = {n} for x.", "{e} = {n} সমীকরণ থেকে x এর মান বের করো।")
        second = str(length)
    else:
        c = draw.whole(1, 3, exclude=(a,))
        d = length - c * x
        draw.require(d != 0)
        given = Bi("{t} = ({f}) cm", "{t} = ({f}) সেমি")
        target = Bi("the length of {s} in cm", "{s} এর দৈর্ঘ্য (সেমি)")
        answer = a * Fraction(d - b, a - c) + b
        derived = length
        unit = Unit.CM
        _avoid(draw, length, a, c, abs(b), abs(d), x, abs(d - b), abs(a - c))
        last = Bi(
            "Solve {e} = {f} for x, then put x back into {e}.",
            "{e} = {f} সমীকরণ থেকে x এর মান বের করে {e} এ বসাও।",
        )
        second = (
            f"{c}x {'-' if d < 0 else '+'} {abs(d)}"
            if c > 1
            else f"x {'-' if d < 0 else '+'} {abs(d)}"
        )
    return Made(
        values={
            "one": one,
            "two": two,
            "s": side_one,
            "t": side_two,
            "e": expr,
            "n": length,
            "f": second,
            "given": Bi(
                given.en.format(t=side_two, n=length, f=second),
                given.bn.format(t=side_two, n=length, f=second),
            ),
            "target": Bi(target.en.format(s=side_one), target.bn.format(s=side_one)),
        },
        question=Bi(
            "△{one} ≅ △{two}, {s} = ({e}) cm and {given}. Find {target}.",
            "△{one} ≅ △{two}, {s} = ({e}) সেমি এবং {given}। {target} নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "{s} and {t} are corresponding sides of congruent triangles.",
                "{s} ও {t} সর্বসম ত্রিভুজের অনুরূপ বাহু।",
            ),
            Bi("So they are equal.", "তাই এরা পরস্পর সমান।"),
            last,
        ),
        answer=answer,
        derived=derived,
        unit=unit,
    )


def _similar_algebra(draw: Draw) -> Made:
    one, two = _pair(draw)
    p, q = draw.sample(range(1, 6), 2)
    draw.require(gcd(p, q) == 1)
    base = _triangle_sides(draw, 2, 9)
    small = tuple(p * s for s in base)
    big = tuple(q * s for s in base)
    i, k = draw.sample(range(3), 2)
    a = draw.whole(1, 4)
    b = draw.whole(-5, 7, exclude=(0,))
    draw.require((big[k] - b) % a == 0)
    x = (big[k] - b) // a
    draw.require(x >= 2)
    expr = (f"{a}x" if a > 1 else "x") + f" {'-' if b < 0 else '+'} {abs(b)}"
    answer = (Fraction(small[k] * big[i], small[i]) - b) / a
    _avoid(draw, x, small[i], big[i], small[k], big[k], a, abs(b))
    names_one, names_two = _sides(one), _sides(two)
    return Made(
        values={
            "one": one,
            "two": two,
            "s1": names_one[i],
            "t1": names_two[i],
            "s2": names_one[k],
            "t2": names_two[k],
            "a": small[i],
            "b": big[i],
            "c": small[k],
            "e": expr,
        },
        question=Bi(
            "△{one} ∼ △{two}. {s1} = {a} cm, {t1} = {b} cm, {s2} = {c} cm and {t2} = ({e}) cm. Find the value of x.",
            "△{one} ∼ △{two}। {s1} = {a} সেমি, {t1} = {b} সেমি, {s2} = {c} সেমি এবং {t2} = ({e}) সেমি। x এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Corresponding sides of similar triangles are proportional.",
                "সদৃশ ত্রিভুজের অনুরূপ বাহুগুলো সমানুপাতিক।",
            ),
            Bi("({e})/{c} = {b}/{a}.", "({e})/{c} = {b}/{a}।"),
            Bi(
                "First find ({e}) = {c} × {b} ÷ {a}, then solve for x.",
                "প্রথমে ({e}) = {c} × {b} ÷ {a} নির্ণয় করো, তারপর x এর মান বের করো।",
            ),
        ),
        answer=answer,
        derived=x,
    )


def _parallel_in_triangle(draw: Draw) -> Made:
    ad = draw.whole(2, 10)
    db = draw.whole(2, 15)
    ab = ad + db
    de = draw.whole(2, 12)
    draw.require((de * ab) % ad == 0)
    bc = de * ab // ad
    draw.require(bc <= 45)
    if draw.coin():
        facts = Bi(
            "AD = {ad} cm, DB = {db} cm and DE = {de} cm. Find BC in cm.",
            "AD = {ad} সেমি, DB = {db} সেমি এবং DE = {de} সেমি। BC কত সেমি?",
        )
        answer: Fraction = Fraction(de * (ad + db), ad)
        derived = bc
        middle = Bi("First find AB = AD + DB.", "প্রথমে AB = AD + DB নির্ণয় করো।")
        last = Bi("BC/DE = AB/AD; so BC = DE × AB ÷ AD.", "BC/DE = AB/AD; তাই BC = DE × AB ÷ AD।")
        _avoid(draw, bc, ad, db, de, ab)
    else:
        facts = Bi(
            "AD = {ad} cm, AB = {ab} cm and BC = {bc} cm. Find DE in cm.",
            "AD = {ad} সেমি, AB = {ab} সেমি এবং BC = {bc} সেমি। DE কত সেমি?",
        )
        answer = Fraction(bc * ad, ab)
        derived = de
        middle = Bi(
            "The sides of △ADE are the sides of △ABC scaled by AD/AB.",
            "△ADE এর বাহুগুলো △ABC এর বাহুগুলোর AD/AB গুণ।",
        )
        last = Bi("DE/BC = AD/AB; so DE = BC × AD ÷ AB.", "DE/BC = AD/AB; তাই DE = BC × AD ÷ AB।")
        _avoid(draw, de, ad, ab, bc)
    return Made(
        values={"ad": ad, "db": db, "de": de, "ab": ab, "bc": bc},
        question=Bi(
            "In △ABC, D is a point on AB and E a point on AC such that DE ∥ BC. " + facts.en,
            "△ABC এর AB বাহুর উপর D এবং AC বাহুর উপর E এমন দুটি বিন্দু যে DE ∥ BC। " + facts.bn,
        ),
        hints=(
            Bi(
                "Since DE ∥ BC, △ADE and △ABC have equal angles, so they are similar.",
                "DE ∥ BC বলে △ADE ও △ABC এর কোণগুলো সমান, তাই ত্রিভুজ দুটি সদৃশ।",
            ),
            middle,
            last,
        ),
        answer=answer,
        derived=derived,
    )


def _isosceles_bisector(draw: Draw) -> Made:
    if draw.coin():
        half = draw.whole(3, 20)
        bc = 2 * half
        _avoid(draw, half, bc, 2)
        return Made(
            values={"bc": bc},
            question=Bi(
                "In △ABC, AB = AC. The bisector of ∠A meets BC at D. If BC = {bc} cm, find BD in cm.",
                "△ABC এ AB = AC। ∠A এর সমদ্বিখণ্ডক BC কে D বিন্দুতে ছেদ করে। BC = {bc} সেমি হলে BD কত সেমি?",
            ),
            hints=(
                Bi(
                    "Compare △ABD and △ACD: AB = AC, ∠BAD = ∠CAD and AD is common.",
                    "△ABD ও △ACD তুলনা করো: AB = AC, ∠BAD = ∠CAD এবং AD সাধারণ বাহু।",
                ),
                Bi(
                    "So △ABD ≅ △ACD (side-angle-side), and BD = CD.",
                    "তাই △ABD ≅ △ACD (বাহু-কোণ-বাহু), এবং BD = CD।",
                ),
                Bi("BD + CD = BC; share BC equally.", "BD + CD = BC; BC কে সমান দুই ভাগ করো।"),
            ),
            answer=Fraction(bc, 2),
            derived=half,
            unit=Unit.CM,
        )
    bad = draw.whole(10, 80)
    answer = 90 - bad
    _avoid(draw, answer, bad, 90, 180)
    return Made(
        values={"x": bad},
        question=Bi(
            "In △ABC, AB = AC. The bisector of ∠A meets BC at D, and ∠BAD = {x}°. Find ∠ABC in degrees.",
            "△ABC এ AB = AC। ∠A এর সমদ্বিখণ্ডক BC কে D বিন্দুতে ছেদ করে এবং ∠BAD = {x}°। ∠ABC কত ডিগ্রি?",
        ),
        hints=(
            Bi(
                "△ABD ≅ △ACD (side-angle-side), so ∠ADB = ∠ADC.",
                "△ABD ≅ △ACD (বাহু-কোণ-বাহু), তাই ∠ADB = ∠ADC।",
            ),
            Bi(
                "∠ADB and ∠ADC together make a straight angle, so each is 90°.",
                "∠ADB ও ∠ADC মিলে এক সরলকোণ, তাই প্রত্যেকটি ৯০°।",
            ),
            Bi("In △ABD, ∠ABC = 180° - 90° - ∠BAD.", "△ABD এ ∠ABC = ১৮০° - ৯০° - ∠BAD।"),
        ),
        answer=answer,
        derived=(180 - 2 * bad) // 2,
        unit=Unit.DEGREE,
    )


_PICTURES = (
    Bi("photograph", "একটি ছবির"),
    Bi("rectangular map", "একটি আয়তাকার মানচিত্রের"),
    Bi("rectangular poster design", "একটি আয়তাকার পোস্টারের নকশার"),
    Bi("rectangular greeting card", "একটি আয়তাকার শুভেচ্ছা কার্ডের"),
)


def _similar_rectangles(draw: Draw) -> Made:
    thing = draw.choice(_PICTURES)
    p, q = draw.sample(range(2, 7), 2)
    draw.require(p < q and gcd(p, q) == 1)
    unit = draw.whole(2, 6)
    length, width = q * unit, p * unit
    scale = Fraction(draw.whole(3, 10), 2)
    draw.require(scale > 1)
    new_length = length * scale
    new_width = width * scale
    draw.require(new_length.denominator == 1 and new_width.denominator == 1)
    answer = Fraction(width) * new_length / length
    _avoid(draw, answer, length, width, new_length)
    return Made(
        values={"thing": thing, "l": length, "w": width, "nl": new_length},
        question=Bi(
            "A {thing} is {l} cm long and {w} cm wide. It is enlarged so that the new shape is similar to the old one and the new length is {nl} cm. Find the new width in cm.",
            "{thing} দৈর্ঘ্য {l} সেমি ও প্রস্থ {w} সেমি। একে এমনভাবে বড় করা হলো যে নতুন আকৃতিটি পুরাতনটির সদৃশ এবং নতুন দৈর্ঘ্য {nl} সেমি। নতুন প্রস্থ কত সেমি?",
        ),
        hints=(
            Bi(
                "In similar figures, every length is multiplied by the same scale factor.",
                "সদৃশ আকৃতিতে প্রতিটি দৈর্ঘ্য একই অনুপাতে (একই সংখ্যা দিয়ে) বাড়ে।",
            ),
            Bi("Scale factor = {nl} ÷ {l}.", "অনুপাতের গুণক = {nl} ÷ {l}।"),
            Bi(
                "Multiply the old width {w} by this scale factor.",
                "পুরাতন প্রস্থ {w} কে এই গুণক দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=new_width,
    )


FAMILIES = (
    Family(
        "g7-congruent-corresponding-side",
        "corresponding sides of congruent triangles",
        1,
        AnswerKind.INTEGER,
        _congruent_side,
        unit=Unit.CM,
        minutes=2,
    ),
    Family(
        "g7-congruent-corresponding-angle",
        "corresponding angles of congruent triangles",
        1,
        AnswerKind.INTEGER,
        _congruent_angle,
        unit=Unit.DEGREE,
        minutes=2,
    ),
    Family(
        "g7-similar-side-ratio",
        "ratio of corresponding sides",
        1,
        AnswerKind.RATIO,
        _similar_ratio,
        lowest_terms=True,
        minutes=2,
    ),
    Family(
        "g7-congruent-angle-by-angle-sum",
        "congruent triangles and the angle sum",
        2,
        AnswerKind.INTEGER,
        _congruent_angle_sum,
        unit=Unit.DEGREE,
    ),
    Family(
        "g7-similar-angle-by-angle-sum",
        "angles of similar triangles",
        2,
        AnswerKind.INTEGER,
        _similar_angle_sum,
        unit=Unit.DEGREE,
    ),
    Family(
        "g7-congruent-side-from-perimeter",
        "congruent triangles and perimeter",
        2,
        AnswerKind.INTEGER,
        _side_from_perimeter,
        unit=Unit.CM,
    ),
    Family(
        "g7-congruence-criterion",
        "conditions for congruence",
        2,
        AnswerKind.CHOICE,
        _criterion,
        minutes=2,
    ),
    Family(
        "g7-similar-missing-side",
        "missing side of similar triangles",
        2,
        AnswerKind.INTEGER,
        _similar_side,
        unit=Unit.CM,
    ),
    Family(
        "g7-similar-perimeter",
        "perimeters of similar triangles",
        2,
        AnswerKind.INTEGER,
        _similar_perimeter,
        unit=Unit.CM,
    ),
    Family(
        "g7-congruent-sides-algebra",
        "congruent triangles with algebra",
        2,
        AnswerKind.INTEGER,
        _congruent_algebra,
    ),
    Family(
        "g7-isosceles-bisector-congruence",
        "congruence in an isosceles triangle",
        2,
        AnswerKind.INTEGER,
        _isosceles_bisector,
    ),
    Family(
        "g7-similar-rectangles-enlargement",
        "enlarging a similar figure",
        2,
        AnswerKind.INTEGER,
        _similar_rectangles,
        unit=Unit.CM,
    ),
    Family(
        "g7-similar-triangles-algebra",
        "similar triangles with algebra",
        3,
        AnswerKind.INTEGER,
        _similar_algebra,
        minutes=5,
    ),
    Family(
        "g7-height-from-shadow",
        "heights by similar triangles",
        3,
        AnswerKind.DECIMAL,
        _shadow,
        unit=Unit.M,
        minutes=4,
    ),
    Family(
        "g7-parallel-line-in-triangle",
        "a line parallel to a side",
        3,
        AnswerKind.INTEGER,
        _parallel_in_triangle,
        unit=Unit.CM,
        minutes=5,
    ),
)
