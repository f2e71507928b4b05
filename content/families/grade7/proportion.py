"""Class 7, proportion and the unitary method: ratio, proportionals, direct and inverse proportion (NCTB chapter 2)."""

from __future__ import annotations

from fractions import Fraction
from math import gcd, isqrt

from bot.tutor.content.family import (
    AnswerKind,
    Bi,
    Draw,
    Family,
    Made,
    Topic,
    Unit,
    decimal,
)

TOPIC = Topic(
    grade=7, key="proportion", en="Proportion and unitary method", bn="সমানুপাত ও ঐকিক নিয়ম"
)

Number = int | Fraction

_VOWEL_SIGNS = "ািীুূৃেৈোৌ"


def _hide(draw: Draw, answer: Number, *shown: Number) -> None:
    """Reject a draw whose hints would show a number equal to the answer."""
    draw.require(all(Fraction(answer) != Fraction(s) for s in shown))


def _of(name: Bi) -> Bi:
    """A name, place or good with the possessive ending: রিমার, রহিমের, বইয়ের."""
    last = name.bn[-1]
    ending = "র" if last in _VOWEL_SIGNS else "য়ের" if last in "অআইঈউঊএঐওঔ" else "ের"
    return Bi(f"{name.en}'s", name.bn + ending)


def _plural(name: Bi) -> Bi:
    """A good's English plural: pens, geometry boxes."""
    en = name.en + ("es" if name.en.endswith(("s", "x", "sh", "ch")) else "s")
    return Bi(en, name.bn)


def _ratio_key(*terms: int) -> tuple[int, ...]:
    g = 0
    for t in terms:
        g = gcd(g, t)
    return tuple(t // g for t in terms)


# ---------------------------------------------------------------- difficulty 1


def _unitary_price(draw: Draw) -> Made:
    by_weight = draw.coin()
    good = draw.good_by_weight() if by_weight else draw.good_by_piece()
    price = draw.whole(good.low, good.high)
    n, m = draw.sample(range(2, 16), 2)
    total = n * price
    answer = m * price
    _hide(draw, answer, n, total, m)
    if by_weight:
        question = Bi(
            "If {n} kg of {good} cost {p} taka, how many taka will {m} kg of {good} cost?",
            "{n} কেজি {good_of} দাম {p} টাকা হলে {m} কেজি {good_of} দাম কত টাকা?",
        )
        one = Bi("1 kg", "১ কেজির")
    else:
        question = Bi(
            "If {n} {goods} cost {p} taka, how many taka will {m} {goods} cost?",
            "{n}টি {good_of} দাম {p} টাকা হলে {m}টি {good_of} দাম কত টাকা?",
        )
        one = Bi("1 {good}", "১টি {good_of}")
    return Made(
        values={
            "n": n,
            "m": m,
            "p": total,
            "good": good.name,
            "goods": _plural(good.name),
            "good_of": _of(good.name),
        },
        question=question,
        hints=(
            Bi(
                "More of the same thing costs more, so first find the price of " + one.en + ".",
                "পরিমাণ বেশি হলে দামও বেশি, তাই প্রথমে " + one.bn + " দাম বের করো।",
            ),
            Bi(
                "The price of " + one.en + " is {p} ÷ {n} taka.",
                one.bn + " দাম {p} ÷ {n} টাকা।",
            ),
            Bi(
                "Multiply that price by {m}.",
                "ওই দামকে {m} দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(total * m, n),
    )


def _fourth_proportional(draw: Draw) -> Made:
    a, b, x = draw.whole(2, 20), draw.whole(2, 30), draw.whole(2, 60)
    draw.require(a != b and (a * x) % b == 0)
    c = a * x // b
    draw.require(c > 1 and len({a, b, c}) == 3)
    _hide(draw, x, a, b, c, b * c)
    return Made(
        values={"a": a, "b": b, "c": c, "bc": b * c},
        question=Bi(
            "Find the fourth proportional to {a}, {b} and {c}.",
            "{a}, {b} ও {c} এর চতুর্থ সমানুপাতী নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "If x is the fourth proportional, then {a} : {b} = {c} : x.",
                "চতুর্থ সমানুপাতী x হলে {a} : {b} = {c} : x।",
            ),
            Bi(
                "The product of the extremes equals the product of the means: {a} × x = {b} × {c}.",
                "প্রান্তীয় রাশিদ্বয়ের গুণফল = মধ্য রাশিদ্বয়ের গুণফল: {a} × x = {b} × {c}।",
            ),
            Bi(
                "So {a}x = {bc}; divide both sides by {a}.",
                "তাহলে {a}x = {bc}; উভয় পক্ষকে {a} দিয়ে ভাগ করো।",
            ),
        ),
        answer=Fraction(b * c, a),
        derived=x,
    )


def _mean_proportional(draw: Draw) -> Made:
    m = draw.whole(1, 6)
    p, q = draw.sample(range(1, 11), 2)
    a, b = sorted((m * p * p, m * q * q))
    x = m * p * q
    draw.require(a > 1 and a * b <= 10000)
    _hide(draw, x, a, b, a * b)
    return Made(
        values={"a": a, "b": b, "ab": a * b},
        question=Bi(
            "Find the mean proportional of {a} and {b}.",
            "{a} ও {b} এর মধ্য সমানুপাতী নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "If x is the mean proportional, then {a} : x = x : {b}.",
                "মধ্য সমানুপাতী x হলে {a} : x = x : {b}।",
            ),
            Bi(
                "Cross-multiply: x × x = {a} × {b}.",
                "আড়গুণন করে পাই x × x = {a} × {b}।",
            ),
            Bi(
                "x² = {ab}; find the positive number whose square is {ab}.",
                "x² = {ab}; কোন ধনাত্মক সংখ্যার বর্গ {ab} তা বের করো।",
            ),
        ),
        answer=isqrt(a * b),
        derived=x,
    )


def _third_proportional(draw: Draw) -> Made:
    m = draw.whole(1, 8)
    p, q = draw.whole(1, 6), draw.whole(2, 9)
    draw.require(p < q and gcd(p, q) == 1)
    a, b, x = m * p * p, m * p * q, m * q * q
    draw.require(a > 1)
    _hide(draw, x, a, b, b * b)
    continued = draw.coin()
    question = (
        Bi(
            "If {a}, {b} and x are in continued proportion, find the value of x.",
            "{a}, {b} ও x ক্রমিক সমানুপাতী হলে x এর মান নির্ণয় করো।",
        )
        if continued
        else Bi(
            "Find the third proportional to {a} and {b}.",
            "{a} ও {b} এর তৃতীয় সমানুপাতী নির্ণয় করো।",
        )
    )
    return Made(
        values={"a": a, "b": b, "bb": b * b},
        question=question,
        hints=(
            Bi(
                "This means {a} : {b} = {b} : x.",
                "এর অর্থ {a} : {b} = {b} : x।",
            ),
            Bi(
                "Cross-multiply: {a} × x = {b} × {b}.",
                "আড়গুণন করে পাই {a} × x = {b} × {b}।",
            ),
            Bi(
                "So {a}x = {bb}; divide both sides by {a}.",
                "তাহলে {a}x = {bb}; উভয় পক্ষকে {a} দিয়ে ভাগ করো।",
            ),
        ),
        answer=Fraction(b * b, a),
        derived=x,
    )


_INVERSE_WORK = (
    (
        Bi("masons", "জন রাজমিস্ত্রি"),
        Bi(
            "{w} masons can build a wall in {d} days. In how many days can {w2} masons build the same wall?",
            "{w} জন রাজমিস্ত্রি একটি দেয়াল {d} দিনে তৈরি করতে পারে। একই দেয়াল {w2} জন রাজমিস্ত্রি কত দিনে তৈরি করতে পারবে?",
        ),
    ),
    (
        Bi("labourers", "জন শ্রমিক"),
        Bi(
            "{w} labourers can cut the paddy of a field in {d} days. In how many days can {w2} labourers cut the paddy of the same field?",
            "{w} জন শ্রমিক একটি জমির ধান {d} দিনে কাটতে পারে। {w2} জন শ্রমিক ওই জমির ধান কত দিনে কাটতে পারবে?",
        ),
    ),
    (
        Bi("tailors", "জন দর্জি"),
        Bi(
            "{w} tailors can finish an order of school uniforms in {d} days. In how many days can {w2} tailors finish the same order?",
            "{w} জন দর্জি স্কুল ইউনিফর্মের একটি অর্ডার {d} দিনে শেষ করতে পারে। {w2} জন দর্জি একই অর্ডার কত দিনে শেষ করতে পারবে?",
        ),
    ),
)


def _inverse_workers(draw: Draw) -> Made:
    w, d = draw.whole(3, 30), draw.whole(4, 40)
    w2 = draw.whole(2, 40, exclude=(w,))
    total = w * d
    draw.require(total % w2 == 0)
    answer = total // w2
    _hide(draw, answer, w, d, w2, total)
    who, question = draw.choice(_INVERSE_WORK)
    return Made(
        values={"w": w, "d": d, "w2": w2, "t": total, "who": who},
        question=question,
        hints=(
            Bi(
                "More workers finish the work sooner, so this is inverse proportion.",
                "লোক বেশি হলে কম দিন লাগে, তাই এটি ব্যস্ত সমানুপাত।",
            ),
            Bi(
                "One worker alone would need {w} × {d} days.",
                "একজনের একা লাগবে {w} × {d} দিন।",
            ),
            Bi(
                "One worker needs {t} days; divide {t} by {w2}.",
                "একজনের লাগে {t} দিন; {t} কে {w2} দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(w * d, w2),
    )


def _ratio_simplest(draw: Draw) -> Made:
    g = draw.whole(2, 60)
    p, q = draw.whole(1, 12), draw.whole(1, 12)
    draw.require(p != q and gcd(p, q) == 1)
    a, b = g * p, g * q
    draw.require(a <= 2000 and b <= 2000)
    first, second = draw.person(), draw.person()
    context = draw.choice(
        (
            Bi(
                "{n1} has {a} taka and {n2} has {b} taka. Find the ratio of {n1_of} money to {n2_of} money in its simplest form.",
                "{n1_of} কাছে {a} টাকা এবং {n2_of} কাছে {b} টাকা আছে। {n1} ও {n2_of} টাকার অনুপাত সরলতম আকারে নির্ণয় করো।",
            ),
            Bi(
                "{n1} read {a} pages and {n2} read {b} pages in a week. Find the ratio of the pages {n1} read to the pages {n2} read in its simplest form.",
                "এক সপ্তাহে {n1} {a} পৃষ্ঠা এবং {n2} {b} পৃষ্ঠা পড়েছে। {n1} ও {n2_of} পড়া পৃষ্ঠার অনুপাত সরলতম আকারে নির্ণয় করো।",
            ),
            Bi(
                "{n1} saved {a} taka and {n2} saved {b} taka in a year. Find the ratio of {n1_of} savings to {n2_of} savings in its simplest form.",
                "এক বছরে {n1} {a} টাকা এবং {n2} {b} টাকা সঞ্চয় করেছে। {n1} ও {n2_of} সঞ্চয়ের অনুপাত সরলতম আকারে নির্ণয় করো।",
            ),
        )
    )
    return Made(
        values={
            "n1": first.name,
            "n2": second.name,
            "n1_of": _of(first.name),
            "n2_of": _of(second.name),
            "a": a,
            "b": b,
        },
        question=context,
        hints=(
            Bi("Write the ratio as {a} : {b}.", "অনুপাতটি লেখো {a} : {b}।"),
            Bi(
                "A ratio does not change if both terms are divided by the same number.",
                "অনুপাতের উভয় রাশিকে একই সংখ্যা দিয়ে ভাগ করলে অনুপাতের মান বদলায় না।",
            ),
            Bi(
                "Divide both terms by the HCF of {a} and {b}.",
                "উভয় রাশিকে {a} ও {b} এর গসাগু দিয়ে ভাগ করো।",
            ),
        ),
        answer=_ratio_key(a, b),
        derived=(p, q),
    )


# ---------------------------------------------------------------- difficulty 2


def _share_two(draw: Draw) -> Made:
    a, b = draw.whole(1, 9), draw.whole(1, 9)
    draw.require(a != b and gcd(a, b) == 1)
    part = draw.whole(2, 60) * 10
    total = part * (a + b)
    first, second = draw.person(), draw.person()
    ask_first = draw.coin()
    answer = part * (a if ask_first else b)
    _hide(draw, answer, total, a, b, a + b, part)
    context = draw.choice(
        (
            Bi(
                "{n1} and {n2} share {t} taka in the ratio {a} : {b}. How many taka does {asked} get?",
                "{n1} ও {n2} {t} টাকা {a} : {b} অনুপাতে ভাগ করে নিল। {asked} কত টাকা পেল?",
            ),
            Bi(
                "{n1} and {n2} made {t} taka by selling handmade cards at the school fair. They share the money in the ratio {a} : {b}. How many taka does {asked} get?",
                "স্কুল মেলায় হাতে বানানো কার্ড বিক্রি করে {n1} ও {n2} {t} টাকা পেল। তারা টাকাটা {a} : {b} অনুপাতে ভাগ করে নিল। {asked} কত টাকা পেল?",
            ),
        )
    )
    return Made(
        values={
            "n1": first.name,
            "n2": second.name,
            "asked": first.name if ask_first else second.name,
            "t": total,
            "a": a,
            "b": b,
            "s": a + b,
            "k": a if ask_first else b,
        },
        question=context,
        hints=(
            Bi(
                "Add the terms of the ratio to find the number of equal parts.",
                "অনুপাতের রাশিগুলো যোগ করে মোট সমান অংশের সংখ্যা বের করো।",
            ),
            Bi(
                "There are {a} + {b} = {s} parts, and {asked} gets {k} of them.",
                "মোট অংশ {a} + {b} = {s}টি, এর মধ্যে {asked} পায় {k} অংশ।",
            ),
            Bi(
                "One part is {t} ÷ {s} taka; multiply it by {k}.",
                "এক অংশ = {t} ÷ {s} টাকা; একে {k} দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(total * (a if ask_first else b), a + b),
    )


def _share_three(draw: Draw) -> Made:
    terms = draw.sample(range(1, 10), 3)
    draw.require(gcd(gcd(terms[0], terms[1]), terms[2]) == 1)
    part = draw.whole(2, 40) * 10
    s = sum(terms)
    total = part * s
    people = [draw.person() for _ in range(3)]
    index = draw.whole(0, 2)
    answer = part * terms[index]
    _hide(draw, answer, total, *terms, s)
    return Made(
        values={
            "n1": people[0].name,
            "n2": people[1].name,
            "n3": people[2].name,
            "asked": people[index].name,
            "asked_of": _of(people[index].name),
            "t": total,
            "a": terms[0],
            "b": terms[1],
            "c": terms[2],
            "s": s,
            "k": terms[index],
        },
        question=Bi(
            "{n1}, {n2} and {n3} divide {t} taka among themselves in the ratio {a} : {b} : {c}. How many taka is {asked_of} share?",
            "{n1}, {n2} ও {n3} {t} টাকা {a} : {b} : {c} অনুপাতে নিজেদের মধ্যে ভাগ করে নিল। {asked_of} অংশ কত টাকা?",
        ),
        hints=(
            Bi(
                "Add the terms of the ratio: {a} + {b} + {c} = {s} parts.",
                "অনুপাতের রাশিগুলো যোগ করো: {a} + {b} + {c} = {s} অংশ।",
            ),
            Bi(
                "{asked} gets {k} of the {s} parts, that is {k}/{s} of the money.",
                "{asked} পায় {s} অংশের {k} অংশ, অর্থাৎ মোট টাকার {k}/{s} অংশ।",
            ),
            Bi(
                "Work out {t} × {k} ÷ {s}.",
                "{t} × {k} ÷ {s} এর মান বের করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(total * terms[index], s),
    )


def _food_more_people(draw: Draw) -> Made:
    answer, everyone = draw.whole(6, 50), draw.whole(25, 150)
    total = answer * everyone
    options = [n for n in range(max(10, everyone - 60), everyone - 4) if total % n == 0]
    draw.require(bool(options))
    n = draw.choice(options)
    d, extra = total // n, everyone - n
    _hide(draw, answer, n, d, extra, total, everyone)
    place = draw.district()
    return Made(
        values={"n": n, "d": d, "e": extra, "t": total, "ne": n + extra, "place": place},
        question=draw.choice(
            (
                Bi(
                    "A school hostel in {place} has enough rice for {n} students for {d} days. If {e} more students join, for how many days will the same rice last?",
                    "{place} জেলার একটি স্কুল হোস্টেলে {n} জন ছাত্রের {d} দিনের চাল আছে। আরও {e} জন ছাত্র যোগ দিলে ওই চালে কত দিন চলবে?",
                ),
                Bi(
                    "A relief camp in {place} has food for {n} people for {d} days. If {e} more people come to the camp, for how many days will the same food last?",
                    "{place} জেলার একটি ত্রাণ শিবিরে {n} জন মানুষের {d} দিনের খাবার আছে। আরও {e} জন মানুষ শিবিরে এলে ওই খাবারে কত দিন চলবে?",
                ),
            )
        ),
        hints=(
            Bi(
                "More people finish the food sooner, so this is inverse proportion.",
                "লোক বেশি হলে খাবার কম দিন চলবে, তাই এটি ব্যস্ত সমানুপাত।",
            ),
            Bi(
                "The food would last one person {n} × {d} = {t} days.",
                "ওই খাবারে একজনের চলত {n} × {d} = {t} দিন।",
            ),
            Bi(
                "Now there are {n} + {e} = {ne} people; divide {t} by {ne}.",
                "এখন লোক {n} + {e} = {ne} জন; {t} কে {ne} দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(d * n, n + extra),
    )


def _map_scale(draw: Draw) -> Made:
    scale = draw.choice((5, 10, 20, 25, 40, 50))
    tenths = draw.whole(12, 150)
    draw.require(tenths % 10 != 0)
    map_cm = Fraction(tenths, 10)
    answer = map_cm * scale
    _hide(draw, answer, scale, map_cm)
    places = draw.sample(
        (
            Bi("Dhaka", "ঢাকা"),
            Bi("Sylhet", "সিলেট"),
            Bi("Khulna", "খুলনা"),
            Bi("Rajshahi", "রাজশাহী"),
            Bi("Chattogram", "চট্টগ্রাম"),
            Bi("Rangpur", "রংপুর"),
            Bi("Barishal", "বরিশাল"),
            Bi("Cox's Bazar", "কক্সবাজার"),
        ),
        2,
    )
    return Made(
        values={
            "s": scale,
            "d": decimal(map_cm),
            "p1": places[0],
            "p2": places[1],
            "p2_of": _of(places[1]),
        },
        question=Bi(
            "On a map, 1 cm stands for {s} km. On this map the distance between {p1} and {p2} is {d} cm. What is the actual distance in km?",
            "একটি মানচিত্রে ১ সেমি দ্বারা {s} কিমি বোঝানো হয়েছে। এই মানচিত্রে {p1} ও {p2_of} দূরত্ব {d} সেমি। প্রকৃত দূরত্ব কত কিমি?",
        ),
        hints=(
            Bi(
                "Every centimetre on the map is {s} km on the ground.",
                "মানচিত্রের প্রতি সেন্টিমিটার মাটিতে {s} কিমি দূরত্ব বোঝায়।",
            ),
            Bi(
                "The map distance and the real distance are in direct proportion.",
                "মানচিত্রের দূরত্ব ও প্রকৃত দূরত্ব সরল সমানুপাতিক।",
            ),
            Bi("Multiply {d} by {s}.", "{d} কে {s} দিয়ে গুণ করো।"),
        ),
        answer=answer,
        derived=Fraction(tenths * scale, 10),
    )


def _unitary_travel(draw: Draw) -> Made:
    fuel = draw.coin()
    if fuel:
        rate = draw.whole(8, 40)  # km per litre
        l1, l2 = draw.sample(range(2, 25), 2)
        d1 = rate * l1
        answer = rate * l2
        _hide(draw, answer, l1, d1, l2)
        return Made(
            values={"a": l1, "b": d1, "c": l2},
            question=Bi(
                "A motorcycle goes {b} km on {a} litres of petrol. How many km will it go on {c} litres?",
                "একটি মোটরসাইকেল {a} লিটার পেট্রোলে {b} কিমি যায়। {c} লিটার পেট্রোলে এটি কত কিমি যাবে?",
            ),
            hints=(
                Bi(
                    "More petrol takes it farther, so this is direct proportion.",
                    "পেট্রোল বেশি হলে বেশি দূর যাবে, তাই এটি সরল সমানুপাত।",
                ),
                Bi(
                    "On 1 litre it goes {b} ÷ {a} km.",
                    "১ লিটারে এটি যায় {b} ÷ {a} কিমি।",
                ),
                Bi("Multiply that distance by {c}.", "ওই দূরত্বকে {c} দিয়ে গুণ করো।"),
            ),
            answer=answer,
            derived=Fraction(d1 * l2, l1),
        )
    speed = draw.whole(15, 60)
    h1, h2 = draw.sample(range(2, 10), 2)
    d1 = speed * h1
    answer = speed * h2
    _hide(draw, answer, h1, d1, h2)
    return Made(
        values={"a": h1, "b": d1, "c": h2, "place": draw.district()},
        question=Bi(
            "A bus from {place} covers {b} km in {a} hours. At the same speed, how many km will it cover in {c} hours?",
            "{place} থেকে ছেড়ে যাওয়া একটি বাস {a} ঘণ্টায় {b} কিমি যায়। একই গতিতে {c} ঘণ্টায় বাসটি কত কিমি যাবে?",
        ),
        hints=(
            Bi(
                "At the same speed, a longer time means a longer distance: direct proportion.",
                "একই গতিতে সময় বেশি হলে দূরত্বও বেশি: এটি সরল সমানুপাত।",
            ),
            Bi("In 1 hour the bus covers {b} ÷ {a} km.", "১ ঘণ্টায় বাসটি যায় {b} ÷ {a} কিমি।"),
            Bi("Multiply that distance by {c}.", "ওই দূরত্বকে {c} দিয়ে গুণ করো।"),
        ),
        answer=answer,
        derived=Fraction(d1 * h2, h1),
    )


def _missing_term(draw: Draw) -> Made:
    a, x = draw.whole(2, 30), draw.whole(2, 40)
    k = Fraction(draw.whole(2, 9), draw.whole(1, 5))
    c, d = a * k, x * k
    draw.require(c.denominator == 1 and d.denominator == 1 and k != 1)
    c_i, d_i = int(c), int(d)
    draw.require(len({a, x, c_i, d_i}) == 4)
    _hide(draw, x, a, c_i, d_i, a * d_i)
    return Made(
        values={"a": a, "c": c_i, "d": d_i, "ad": a * d_i},
        question=Bi(
            "If {a} : x = {c} : {d}, find the value of x.",
            "{a} : x = {c} : {d} হলে x এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "In a proportion, the product of the extremes equals the product of the means.",
                "সমানুপাতে প্রান্তীয় রাশিদ্বয়ের গুণফল = মধ্য রাশিদ্বয়ের গুণফল।",
            ),
            Bi(
                "Here the extremes are {a} and {d}, and the means are x and {c}: {c} × x = {a} × {d}.",
                "এখানে প্রান্তীয় রাশি {a} ও {d}, মধ্য রাশি x ও {c}: {c} × x = {a} × {d}।",
            ),
            Bi(
                "So {c}x = {ad}; divide both sides by {c}.",
                "তাহলে {c}x = {ad}; উভয় পক্ষকে {c} দিয়ে ভাগ করো।",
            ),
        ),
        answer=Fraction(a * d_i, c_i),
        derived=x,
    )


def _total_from_share(draw: Draw) -> Made:
    a, b = draw.whole(1, 9), draw.whole(1, 9)
    draw.require(a != b and gcd(a, b) == 1)
    part = draw.whole(2, 80) * 10
    first, second = draw.person(), draw.person()
    got = part * a
    answer = part * (a + b)
    _hide(draw, answer, got, a, b, a + b, part * b)
    return Made(
        values={"n1": first.name, "n2": second.name, "g": got, "a": a, "b": b, "s": a + b},
        question=Bi(
            "{n1} and {n2} shared some money in the ratio {a} : {b}. {n1} got {g} taka. How many taka were shared in all?",
            "{n1} ও {n2} কিছু টাকা {a} : {b} অনুপাতে ভাগ করে নিল। {n1} পেল {g} টাকা। মোট কত টাকা ভাগ করা হয়েছিল?",
        ),
        hints=(
            Bi(
                "{n1} got {a} parts, and there are {a} + {b} = {s} parts in all.",
                "{n1} পেয়েছে {a} অংশ, আর মোট অংশ {a} + {b} = {s}টি।",
            ),
            Bi("One part is {g} ÷ {a} taka.", "এক অংশ = {g} ÷ {a} টাকা।"),
            Bi("Multiply one part by {s}.", "এক অংশকে {s} দিয়ে গুণ করো।"),
        ),
        answer=answer,
        derived=Fraction(got * (a + b), a),
    )


def _price_ratio_change(draw: Draw) -> Made:
    good = draw.good_by_weight()
    up = draw.coin()
    old_t, new_t = draw.whole(2, 12), draw.whole(2, 12)
    draw.require(gcd(old_t, new_t) == 1 and (new_t > old_t) == up and old_t != new_t)
    step = draw.whole(1, 40)
    old = old_t * step
    draw.require(good.low <= old <= good.high * 2)
    answer = new_t * step
    _hide(draw, answer, old, old_t, new_t)
    return Made(
        values={"good": good.name, "good_of": _of(good.name), "o": old, "a": old_t, "b": new_t},
        question=Bi(
            "The price of {good} went up in the ratio {a} : {b}. If the old price was {o} taka per kg, what is the new price per kg in taka?"
            if up
            else "The price of {good} came down in the ratio {a} : {b}. If the old price was {o} taka per kg, what is the new price per kg in taka?",
            "{good_of} দাম {a} : {b} অনুপাতে বাড়ল। আগের দাম প্রতি কেজি {o} টাকা হলে নতুন দাম প্রতি কেজি কত টাকা?"
            if up
            else "{good_of} দাম {a} : {b} অনুপাতে কমল। আগের দাম প্রতি কেজি {o} টাকা হলে নতুন দাম প্রতি কেজি কত টাকা?",
        ),
        hints=(
            Bi(
                "Old price : new price = {a} : {b}.",
                "আগের দাম : নতুন দাম = {a} : {b}।",
            ),
            Bi(
                "So the new price is {b}/{a} of the old price.",
                "তাই নতুন দাম = আগের দামের {b}/{a} অংশ।",
            ),
            Bi("Work out {o} × {b} ÷ {a}.", "{o} × {b} ÷ {a} এর মান বের করো।"),
        ),
        answer=answer,
        derived=Fraction(old * new_t, old_t),
    )


def _inverse_speed(draw: Draw) -> Made:
    s1, s2 = draw.sample(range(10, 81, 5), 2)
    t1 = draw.whole(2, 12)
    distance = s1 * t1
    draw.require(distance % s2 == 0)
    answer = distance // s2
    _hide(draw, answer, s1, t1, s2, distance)
    return Made(
        values={"s1": s1, "s2": s2, "t": t1, "d": distance, "place": draw.district()},
        question=Bi(
            "A car going at {s1} km per hour takes {t} hours to reach {place}. How many hours will it take at {s2} km per hour?",
            "ঘণ্টায় {s1} কিমি বেগে চললে একটি গাড়ির {place} পৌঁছাতে {t} ঘণ্টা লাগে। ঘণ্টায় {s2} কিমি বেগে চললে কত ঘণ্টা লাগবে?",
        ),
        hints=(
            Bi(
                "A higher speed takes less time, so speed and time are in inverse proportion.",
                "বেগ বেশি হলে সময় কম লাগে, তাই বেগ ও সময় ব্যস্ত সমানুপাতিক।",
            ),
            Bi(
                "The distance is {s1} × {t} = {d} km.",
                "দূরত্ব = {s1} × {t} = {d} কিমি।",
            ),
            Bi("Divide {d} by {s2}.", "{d} কে {s2} দিয়ে ভাগ করো।"),
        ),
        answer=answer,
        derived=Fraction(t1 * s1, s2),
    )


# ---------------------------------------------------------------- difficulty 3


def _compound_wages(draw: Draw) -> Made:
    rate = draw.whole(4, 20) * 5  # taka per hour
    d1, h1 = draw.whole(3, 10), draw.whole(4, 10)
    d2, h2 = draw.whole(3, 20), draw.whole(4, 10)
    draw.require((d1, h1) != (d2, h2))
    earned = rate * d1 * h1
    answer = rate * d2 * h2
    _hide(draw, answer, rate, d1, h1, d2, h2, earned, d1 * h1, d2 * h2)
    person = draw.choice(
        (
            Bi("A rickshaw puller", "একজন রিকশাচালক"),
            Bi("A carpenter", "একজন কাঠমিস্ত্রি"),
            Bi("An electrician", "একজন ইলেকট্রিশিয়ান"),
        )
    )
    return Made(
        values={
            "who": person,
            "e": earned,
            "d1": d1,
            "h1": h1,
            "d2": d2,
            "h2": h2,
            "w1": d1 * h1,
            "w2": d2 * h2,
        },
        question=Bi(
            "{who} earns {e} taka in {d1} days by working {h1} hours a day. At the same rate per hour, how many taka will he earn in {d2} days by working {h2} hours a day?",
            "{who} দৈনিক {h1} ঘণ্টা কাজ করে {d1} দিনে {e} টাকা আয় করেন। ঘণ্টাপ্রতি একই হারে দৈনিক {h2} ঘণ্টা কাজ করলে {d2} দিনে তিনি কত টাকা আয় করবেন?",
        ),
        hints=(
            Bi("First find how much he earns in one hour.", "প্রথমে এক ঘণ্টায় কত আয় হয় তা বের করো।"),
            Bi(
                "In {d1} days of {h1} hours he works {d1} × {h1} = {w1} hours and earns {e} taka.",
                "{d1} দিনে দৈনিক {h1} ঘণ্টা করে মোট {d1} × {h1} = {w1} ঘণ্টায় আয় {e} টাকা।",
            ),
            Bi(
                "The new work is {d2} × {h2} = {w2} hours; multiply the hourly earning by {w2}.",
                "নতুন কাজের সময় {d2} × {h2} = {w2} ঘণ্টা; ঘণ্টাপ্রতি আয়কে {w2} দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(earned * d2 * h2, d1 * h1),
    )


def _compound_workers(draw: Draw) -> Made:
    per = Fraction(draw.whole(1, 4), draw.choice((1, 2)))  # farmer-days per bigha
    f1, d1 = draw.whole(4, 40), draw.whole(2, 12)
    answer, d2 = draw.whole(4, 60), draw.whole(2, 12)
    land1, land2 = f1 * d1 / per, answer * d2 / per
    draw.require(land1.denominator == 1 and land2.denominator == 1 and answer != f1)
    b1, b2 = int(land1), int(land2)
    draw.require(5 <= b1 <= 120 and 5 <= b2 <= 150 and b1 != b2)
    work1 = f1 * d1
    _hide(draw, answer, f1, b1, d1, b2, d2, work1)
    return Made(
        values={"f": f1, "b1": b1, "d1": d1, "b2": b2, "d2": d2, "w": work1},
        question=Bi(
            "{f} farmers can harvest the paddy of {b1} bigha of land in {d1} days. How many farmers are needed to harvest the paddy of {b2} bigha in {d2} days?",
            "{f} জন কৃষক {d1} দিনে {b1} বিঘা জমির ধান কাটতে পারে। {d2} দিনে {b2} বিঘা জমির ধান কাটতে কতজন কৃষক লাগবে?",
        ),
        hints=(
            Bi(
                "Count the work in farmer-days: one farmer working for one day is one farmer-day.",
                "কাজটি কৃষক-দিন এককে হিসাব করো: একজন কৃষকের এক দিনের কাজ হলো এক কৃষক-দিন।",
            ),
            Bi(
                "{b1} bigha need {f} × {d1} = {w} farmer-days; find the farmer-days for one bigha.",
                "{b1} বিঘায় লাগে {f} × {d1} = {w} কৃষক-দিন; এক বিঘায় কত কৃষক-দিন লাগে বের করো।",
            ),
            Bi(
                "Multiply by {b2} for the new land, then share the farmer-days over {d2} days.",
                "নতুন জমির জন্য {b2} দিয়ে গুণ করো, তারপর মোট কৃষক-দিনকে {d2} দিন দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(f1 * d1 * b2, b1 * d2),
    )


def _compound_ratio(draw: Draw) -> Made:
    a, b = draw.whole(1, 9), draw.whole(2, 9)
    c, d = draw.whole(2, 9), draw.whole(1, 9)
    draw.require(gcd(a, b) == 1 and gcd(c, d) == 1 and b != c and a != b and c != d)
    answer = _ratio_key(a * c, b * d)
    lcm = b * c // gcd(b, c)
    draw.require(answer != (a, b) and answer != (c, d))
    return Made(
        values={"a": a, "b": b, "c": c, "d": d, "l": lcm, "m1": lcm // b, "m2": lcm // c},
        question=Bi(
            "If a : b = {a} : {b} and b : c = {c} : {d}, find a : c in its simplest form.",
            "a : b = {a} : {b} এবং b : c = {c} : {d} হলে a : c কে সরলতম আকারে নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Make the value of b the same in both ratios.",
                "দুটি অনুপাতে b এর মান সমান করো।",
            ),
            Bi(
                "b is {b} in the first ratio and {c} in the second; the LCM of {b} and {c} is {l}.",
                "প্রথম অনুপাতে b হলো {b} এবং দ্বিতীয়টিতে {c}; {b} ও {c} এর লসাগু {l}।",
            ),
            Bi(
                "Multiply both terms of the first ratio by {m1} and both terms of the second by {m2}, so b = {l} in both.",
                "প্রথম অনুপাতের উভয় রাশিকে {m1} দিয়ে এবং দ্বিতীয়টির উভয় রাশিকে {m2} দিয়ে গুণ করো, তাহলে দুটিতেই b = {l} হবে।",
            ),
        ),
        answer=answer,
        derived=(a * (lcm // b), d * (lcm // c)),
    )


def _three_term_ratio(draw: Draw) -> Made:
    a, b = draw.whole(1, 9), draw.whole(2, 9)
    c, d = draw.whole(2, 9), draw.whole(1, 9)
    draw.require(gcd(a, b) == 1 and gcd(c, d) == 1 and b != c)
    lcm = b * c // gcd(b, c)
    answer = _ratio_key(a * (lcm // b), lcm, d * (lcm // c))
    first, second, third = draw.person(), draw.person(), draw.person()
    return Made(
        values={
            "a": a,
            "b": b,
            "c": c,
            "d": d,
            "l": lcm,
            "n1": first.name,
            "n2": second.name,
            "n3": third.name,
            "n1_of": _of(first.name),
            "n2_of": _of(second.name),
            "n3_of": _of(third.name),
        },
        question=Bi(
            "The ratio of {n1_of} money to {n2_of} money is {a} : {b}, and the ratio of {n2_of} money to {n3}'s money is {c} : {d}. Find the ratio of the money of {n1}, {n2} and {n3} in its simplest form.",
            "{n1} ও {n2_of} টাকার অনুপাত {a} : {b} এবং {n2} ও {n3_of} টাকার অনুপাত {c} : {d}। {n1}, {n2} ও {n3_of} টাকার অনুপাত সরলতম আকারে নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "{n2} appears in both ratios; make {n2_of} term the same in both.",
                "{n2} দুটি অনুপাতেই আছে; দুটিতে {n2_of} রাশি সমান করো।",
            ),
            Bi(
                "{n2_of} terms are {b} and {c}; their LCM is {l}.",
                "{n2_of} রাশি দুটি {b} ও {c}; এদের লসাগু {l}।",
            ),
            Bi(
                "Scale both ratios so that {n2_of} term is {l}, then write the three terms together.",
                "দুটি অনুপাতকে এমনভাবে গুণ করো যেন {n2_of} রাশি {l} হয়, তারপর তিনটি রাশি একসাথে লেখো।",
            ),
        ),
        answer=answer,
        derived=(a * c, b * c, b * d),
    )


def _food_after_days(draw: Draw) -> Made:
    answer, everyone = draw.whole(4, 40), draw.whole(20, 100)
    left = answer * everyone
    options = [n for n in range(max(8, everyone - 50), everyone - 4) if left % n == 0]
    draw.require(bool(options))
    n = draw.choice(options)
    extra, passed = everyone - n, draw.whole(2, 20)
    d = left // n + passed
    _hide(draw, answer, n, d, passed, extra, d - passed, left, everyone)
    return Made(
        values={
            "n": n,
            "d": d,
            "p": passed,
            "e": extra,
            "r": d - passed,
            "l": left,
            "ne": n + extra,
        },
        question=Bi(
            "A fishing boat carries food for {n} fishermen for {d} days. After {p} days, {e} more fishermen join them. For how many more days will the remaining food last?",
            "মাছ ধরার একটি নৌকায় {n} জন জেলের {d} দিনের খাবার আছে। {p} দিন পর আরও {e} জন জেলে তাদের সাথে যোগ দিল। বাকি খাবারে আর কত দিন চলবে?",
        ),
        hints=(
            Bi(
                "After {p} days, the food left would last {n} fishermen for {d} - {p} = {r} days.",
                "{p} দিন পর যে খাবার বাকি থাকে তাতে {n} জন জেলের {d} - {p} = {r} দিন চলত।",
            ),
            Bi(
                "That food would last one fisherman {n} × {r} = {l} days.",
                "ওই খাবারে একজন জেলের চলত {n} × {r} = {l} দিন।",
            ),
            Bi(
                "Now there are {n} + {e} = {ne} fishermen; divide {l} by {ne}.",
                "এখন জেলে {n} + {e} = {ne} জন; {l} কে {ne} দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction((d - passed) * n, n + extra),
    )


_TOGETHER = (
    (
        Bi(
            "{n1} can paint a wall alone in {x} hours and {n2} can paint it alone in {y} hours. Working together, in how many hours can they paint the wall?",
            "{n1} একা একটি দেয়াল {x} ঘণ্টায় রং করতে পারে এবং {n2} একা সেটি {y} ঘণ্টায় রং করতে পারে। দুজন একসাথে কাজ করলে দেয়ালটি কত ঘণ্টায় রং করতে পারবে?",
        ),
        Bi("hour", "ঘণ্টায়"),
        Unit.HOUR,
    ),
    (
        Bi(
            "{n1} can weed a vegetable garden alone in {x} days and {n2} can do it alone in {y} days. Working together, in how many days can they weed the garden?",
            "{n1} একা একটি সবজি বাগানের আগাছা {x} দিনে পরিষ্কার করতে পারে এবং {n2} একা তা {y} দিনে পারে। দুজন একসাথে কাজ করলে বাগানটির আগাছা কত দিনে পরিষ্কার করতে পারবে?",
        ),
        Bi("day", "দিনে"),
        Unit.DAY,
    ),
    (
        Bi(
            "One pipe can fill a water tank in {x} minutes and another pipe can fill it in {y} minutes. If both pipes are opened together, in how many minutes will the tank be full?",
            "একটি নল দিয়ে একটি পানির ট্যাংক {x} মিনিটে এবং অপর একটি নল দিয়ে {y} মিনিটে পূর্ণ করা যায়। দুটি নল একসাথে খুলে দিলে ট্যাংকটি কত মিনিটে পূর্ণ হবে?",
        ),
        Bi("minute", "মিনিটে"),
        Unit.MINUTE,
    ),
)


def _work_together(draw: Draw) -> Made:
    answer = draw.whole(2, 30)
    p = draw.choice([p for p in range(1, answer + 1) if (answer * answer) % p == 0])
    x, y = answer + p, answer + answer * answer // p
    draw.require(x != y and y <= 120)
    if draw.coin():
        x, y = y, x
    _hide(draw, answer, x, y, 1)
    first, second = draw.person(), draw.person()
    question, per, unit = draw.choice(_TOGETHER)
    return Made(
        values={"n1": first.name, "n2": second.name, "x": x, "y": y},
        question=question,
        hints=(
            Bi(
                "In 1 "
                + per.en
                + " the first does 1/{x} of the work and the second does 1/{y} of it.",
                "১ " + per.bn + " প্রথমজন কাজের ১/{x} অংশ এবং দ্বিতীয়জন ১/{y} অংশ করে।",
            ),
            Bi(
                "Together in 1 " + per.en + " they do 1/{x} + 1/{y} of the work.",
                "একসাথে ১ " + per.bn + " হয় কাজের ১/{x} + ১/{y} অংশ।",
            ),
            Bi(
                "Add the two fractions; the whole work takes 1 ÷ (that sum).",
                "ভগ্নাংশ দুটি যোগ করো; পুরো কাজে সময় লাগবে ১ ÷ (ওই যোগফল)।",
            ),
        ),
        answer=answer,
        derived=1 / (Fraction(1, x) + Fraction(1, y)),
        unit=unit,
    )


def _share_from_difference(draw: Draw) -> Made:
    a, b = draw.whole(1, 9), draw.whole(1, 9)
    draw.require(a < b and gcd(a, b) == 1)
    part = draw.whole(2, 80) * 10
    diff = part * (b - a)
    answer = part * (a + b)
    _hide(draw, answer, a, b, b - a, a + b, diff)
    first, second = draw.person(), draw.person()
    return Made(
        values={
            "n1": first.name,
            "n2": second.name,
            "n1_of": _of(first.name),
            "a": a,
            "b": b,
            "m": diff,
            "k": b - a,
            "s": a + b,
        },
        question=Bi(
            "{n1} and {n2} share some money in the ratio {a} : {b}. {n2} gets {m} taka more than {n1}. How many taka do they share in all?",
            "{n1} ও {n2} কিছু টাকা {a} : {b} অনুপাতে ভাগ করে নিল। {n2} {n1_of} চেয়ে {m} টাকা বেশি পেল। মোট কত টাকা ভাগ করা হলো?",
        ),
        hints=(
            Bi(
                "{n2} gets {b} - {a} = {k} parts more than {n1}.",
                "{n2} পায় {n1_of} চেয়ে {b} - {a} = {k} অংশ বেশি।",
            ),
            Bi(
                "So {k} parts are {m} taka; find one part.",
                "তাহলে {k} অংশ = {m} টাকা; এক অংশ বের করো।",
            ),
            Bi(
                "There are {a} + {b} = {s} parts in all; multiply one part by {s}.",
                "মোট অংশ {a} + {b} = {s}টি; এক অংশকে {s} দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(diff * (a + b), b - a),
    )


FAMILIES = (
    Family(
        "g7-unitary-price",
        "unitary method",
        1,
        AnswerKind.MONEY,
        _unitary_price,
        unit=Unit.TAKA,
        minutes=2,
    ),
    Family(
        "g7-fourth-proportional",
        "fourth proportional",
        1,
        AnswerKind.INTEGER,
        _fourth_proportional,
        minutes=2,
    ),
    Family(
        "g7-mean-proportional",
        "mean proportional",
        1,
        AnswerKind.INTEGER,
        _mean_proportional,
        minutes=2,
    ),
    Family(
        "g7-third-proportional",
        "third proportional and continued proportion",
        1,
        AnswerKind.INTEGER,
        _third_proportional,
        minutes=2,
    ),
    Family(
        "g7-inverse-workers-days",
        "inverse proportion",
        1,
        AnswerKind.INTEGER,
        _inverse_workers,
        unit=Unit.DAY,
        minutes=2,
    ),
    Family(
        "g7-ratio-simplest-form",
        "ratio in simplest form",
        1,
        AnswerKind.RATIO,
        _ratio_simplest,
        lowest_terms=True,
        minutes=2,
    ),
    Family(
        "g7-ratio-share-two",
        "dividing in a ratio",
        2,
        AnswerKind.MONEY,
        _share_two,
        unit=Unit.TAKA,
        minutes=3,
    ),
    Family(
        "g7-ratio-share-three",
        "dividing in a three-term ratio",
        2,
        AnswerKind.MONEY,
        _share_three,
        unit=Unit.TAKA,
        minutes=3,
    ),
    Family(
        "g7-inverse-food-more-people",
        "inverse proportion",
        2,
        AnswerKind.INTEGER,
        _food_more_people,
        unit=Unit.DAY,
        minutes=3,
    ),
    Family(
        "g7-proportion-map-scale",
        "map scale",
        2,
        AnswerKind.DECIMAL,
        _map_scale,
        unit=Unit.KM,
        minutes=3,
    ),
    Family(
        "g7-unitary-travel",
        "direct proportion",
        2,
        AnswerKind.INTEGER,
        _unitary_travel,
        unit=Unit.KM,
        minutes=3,
    ),
    Family(
        "g7-proportion-missing-mean",
        "missing term of a proportion",
        2,
        AnswerKind.INTEGER,
        _missing_term,
        minutes=3,
    ),
    Family(
        "g7-ratio-total-from-share",
        "total from one share",
        2,
        AnswerKind.MONEY,
        _total_from_share,
        unit=Unit.TAKA,
        minutes=3,
    ),
    Family(
        "g7-ratio-price-change",
        "price changed in a ratio",
        2,
        AnswerKind.MONEY,
        _price_ratio_change,
        unit=Unit.TAKA,
        minutes=3,
    ),
    Family(
        "g7-inverse-speed-time",
        "speed and time",
        2,
        AnswerKind.INTEGER,
        _inverse_speed,
        unit=Unit.HOUR,
        minutes=3,
    ),
    Family(
        "g7-compound-proportion-wages",
        "compound proportion",
        3,
        AnswerKind.MONEY,
        _compound_wages,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g7-compound-proportion-farmers",
        "compound proportion",
        3,
        AnswerKind.INTEGER,
        _compound_workers,
        minutes=5,
    ),
    Family(
        "g7-compound-ratio",
        "compound ratio",
        3,
        AnswerKind.RATIO,
        _compound_ratio,
        lowest_terms=True,
        minutes=4,
    ),
    Family(
        "g7-ratio-three-terms",
        "joining two ratios into one",
        3,
        AnswerKind.RATIO,
        _three_term_ratio,
        lowest_terms=True,
        minutes=4,
    ),
    Family(
        "g7-inverse-food-after-days",
        "inverse proportion with a change",
        3,
        AnswerKind.INTEGER,
        _food_after_days,
        unit=Unit.DAY,
        minutes=5,
    ),
    Family(
        "g7-work-together",
        "time and work",
        3,
        AnswerKind.INTEGER,
        _work_together,
        unit=Unit.HOUR,
        minutes=5,
    ),
    Family(
        "g7-ratio-share-from-difference",
        "ratio from a difference",
        3,
        AnswerKind.MONEY,
        _share_from_difference,
        unit=Unit.TAKA,
        minutes=4,
    ),
)
