"""Class 6, ratio and percentage: ratios, sharing, the unitary method, percentages (NCTB)."""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from bot.tutor.content.family import (
    AnswerKind,
    Bi,
    Direction,
    Draw,
    Family,
    Made,
    Topic,
    Unit,
)

TOPIC = Topic(grade=6, key="ratio_percentage", en="Ratio and percentage", bn="অনুপাত ও শতকরা")

# --- Helpers private to this module -------------------------------------------------------


def _possessive(name: Bi) -> Bi:
    """A name with the Bengali genitive ending: রিমার, রহিমের, অপুর (English: Rima's)."""
    vowel_signs = "ািীুূৃেৈোৌ"
    ending = "র" if name.bn[-1] in vowel_signs or name.bn == "শুভ" else "ের"
    return Bi(f"{name.en}'s", name.bn + ending)


def _genitive_bn(word: str) -> str:
    """A Bengali noun with its genitive ending: ছাতার, শার্টের, বইয়ের, কেজির."""
    if word[-1] in "ািীুূৃেৈোৌ" or word == "শুভ":
        return word + "র"
    if word[-1] in "অআইঈউঊএঐওঔ":
        return word + "য়ের"
    return word + "ের"


def _of(word: Bi) -> Bi:
    """The Bengali genitive of a name or noun; the English stays as it is."""
    return Bi(word.en, _genitive_bn(word.bn))


def _plural(word: Bi) -> Bi:
    """The English plural of a good's name; Bengali counts with -টি and keeps the noun."""
    en = word.en
    return Bi(en + ("es" if en.endswith(("x", "s", "ch", "sh")) else "s"), word.bn)


def _coprime_pair(draw: Draw, low: int, high: int) -> tuple[int, int]:
    a = draw.whole(low, high)
    b = draw.choice([k for k in range(low, high + 1) if k != a and gcd(k, a) == 1])
    return a, b


# --- Ratios ---------------------------------------------------------------------------------


def _simplify_ratio(draw: Draw) -> Made:
    a, b = _coprime_pair(draw, 1, 12)
    k = draw.whole(2, 15)
    x, y = a * k, b * k
    draw.require(x <= 200 and y <= 200)
    # Independent route: strike out common prime factors one at a time.
    p, q = x, y
    for prime in (2, 3, 5, 7, 11, 13):
        while p % prime == 0 and q % prime == 0:
            p, q = p // prime, q // prime
    return Made(
        values={"x": x, "y": y, "k": k},
        question=Bi(
            "Write the ratio {x} : {y} in its lowest terms.",
            "{x} : {y} অনুপাতটিকে লঘিষ্ঠ আকারে প্রকাশ করো।",
        ),
        hints=(
            Bi(
                "A ratio does not change when both of its terms are divided by the same number.",
                "অনুপাতের পূর্বরাশি ও উত্তররাশিকে একই সংখ্যা দিয়ে ভাগ করলে অনুপাতের মান বদলায় না।",
            ),
            Bi("Find the HCF of {x} and {y}.", "{x} ও {y} এর গসাগু বের করো।"),
            Bi(
                "The HCF is {k}. Divide both {x} and {y} by {k}.",
                "গসাগু {k}। {x} ও {y} উভয়কে {k} দিয়ে ভাগ করো।",
            ),
        ),
        answer=(x // k, y // k),
        derived=(p, q),
    )


def _ratio_with_units(draw: Draw) -> Made:
    kind = draw.choice(("length", "weight", "money", "time"))
    if kind == "length":
        big, small, factor, step = Bi("m", "মিটার"), Bi("cm", "সেন্টিমিটার"), 100, 5
    elif kind == "weight":
        big, small, factor, step = Bi("kg", "কেজি"), Bi("g", "গ্রাম"), 1000, 50
    elif kind == "money":
        big, small, factor, step = Bi("taka", "টাকা"), Bi("paisa", "পয়সা"), 100, 5
    else:
        big, small, factor, step = Bi("hours", "ঘণ্টা"), Bi("minutes", "মিনিট"), 60, 5
    second = draw.whole(1, 9)
    second_small = second * factor
    first = draw.whole(1, 3 * factor // step) * step
    draw.require(first != second_small and first % factor != 0)
    common = gcd(first, second_small)
    ratio = Fraction(first, second_small)
    draw.require(common not in (first, second_small) or ratio.numerator == 1)
    return Made(
        values={
            "f": first,
            "s": second,
            "small": small,
            "big": big,
            "bigs": _of(big),
            "c": factor,
            "ss": second_small,
        },
        question=Bi(
            "Find the ratio of {f} {small} to {s} {big} in its lowest terms.",
            "{f} {small} ও {s} {bigs} অনুপাত লঘিষ্ঠ আকারে নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The two quantities must be in the same unit before you compare them.",
                "তুলনা করার আগে রাশি দুইটিকে একই এককে আনতে হবে।",
            ),
            Bi(
                "1 {big} = {c} {small}, so {s} {big} = {ss} {small}.",
                "১ {big} = {c} {small}, তাই {s} {big} = {ss} {small}।",
            ),
            Bi(
                "Now simplify the ratio of {f} to {ss} by dividing both by their HCF.",
                "এখন {f} ও {ss} কে তাদের গসাগু দিয়ে ভাগ করে অনুপাতটি সরল করো।",
            ),
        ),
        answer=(first // common, second_small // common),
        derived=(ratio.numerator, ratio.denominator),
    )


def _missing_term(draw: Draw) -> Made:
    a, b = _coprime_pair(draw, 1, 12)
    k = draw.whole(2, 12)
    ask_first = draw.coin()
    x, y = a * k, b * k
    draw.require(a != b)
    if ask_first:
        question = Bi(
            "Find the missing number: {a} : {b} = ? : {y}.",
            "শূন্যস্থানের সংখ্যাটি নির্ণয় করো: {a} : {b} = ? : {y}",
        )
        answer, derived = y * a // b, x
        hint = Bi(
            "{b} was multiplied by {y} ÷ {b} = {k} to give {y}; multiply {a} by the same number.",
            "{b} কে {y} ÷ {b} = {k} দিয়ে গুণ করে {y} পাওয়া গেছে; {a} কেও একই সংখ্যা দিয়ে গুণ করো।",
        )
    else:
        question = Bi(
            "Find the missing number: {a} : {b} = {x} : ?.",
            "শূন্যস্থানের সংখ্যাটি নির্ণয় করো: {a} : {b} = {x} : ?",
        )
        answer, derived = x * b // a, y
        hint = Bi(
            "{a} was multiplied by {x} ÷ {a} = {k} to give {x}; multiply {b} by the same number.",
            "{a} কে {x} ÷ {a} = {k} দিয়ে গুণ করে {x} পাওয়া গেছে; {b} কেও একই সংখ্যা দিয়ে গুণ করো।",
        )
    draw.require(answer not in (k, a, b))
    return Made(
        values={"a": a, "b": b, "x": x, "y": y, "k": k},
        question=question,
        hints=(
            Bi(
                "Equal ratios are made by multiplying both terms by the same number.",
                "অনুপাতের দুইটি রাশিকে একই সংখ্যা দিয়ে গুণ করলে সমান অনুপাত পাওয়া যায়।",
            ),
            Bi(
                "Compare the terms you know in both ratios.",
                "দুইটি অনুপাতের জানা রাশিগুলো তুলনা করো।",
            ),
            hint,
        ),
        answer=answer,
        derived=derived,
    )


def _share_money(draw: Draw) -> Made:
    a, b = _coprime_pair(draw, 1, 9)
    one = draw.whole(2, 150) * 10
    total = one * (a + b)
    draw.require(total <= 20000 and b > 1)
    p1, p2 = draw.person(), draw.person()
    return Made(
        values={"n1": p1.name, "n2": p2.name, "t": total, "a": a, "b": b, "s": a + b, "one": one},
        question=Bi(
            "{n1} and {n2} share {t} taka in the ratio {a} : {b}. How many taka does {n2} get?",
            "{n1} ও {n2} {t} টাকা {a} : {b} অনুপাতে ভাগ করে নিল। {n2} কত টাকা পেল?",
        ),
        hints=(
            Bi(
                "Add the terms of the ratio to find the total number of parts.",
                "মোট কয়টি অংশ তা জানতে অনুপাতের রাশি দুইটি যোগ করো।",
            ),
            Bi(
                "There are {s} equal parts. One part = {t} ÷ {s} taka.",
                "মোট {s}টি সমান অংশ। এক অংশ = {t} ÷ {s} টাকা।",
            ),
            Bi(
                "One part is {one} taka, and {n2} gets {b} parts.",
                "এক অংশ {one} টাকা, আর {n2} পায় {b} অংশ।",
            ),
        ),
        answer=total * b // (a + b),
        derived=one * b,
    )


def _share_students(draw: Draw) -> Made:
    a, b = _coprime_pair(draw, 1, 9)
    one = draw.whole(3, 15)
    total = one * (a + b)
    draw.require(20 <= total <= 150 and b > 1 and a * one != b * one)
    ask_girls = draw.coin()
    asked = b if ask_girls else a
    draw.require(asked > 1)
    return Made(
        values={
            "t": total,
            "a": a,
            "b": b,
            "s": a + b,
            "one": one,
            "w": Bi("girls", "মেয়ে") if ask_girls else Bi("boys", "ছেলে"),
            "k": asked,
        },
        question=Bi(
            "Class 6 of a school has {t} students. The ratio of boys to girls is {a} : {b}. How many {w} are there?",
            "একটি বিদ্যালয়ের ৬ষ্ঠ শ্রেণিতে {t} জন শিক্ষার্থী আছে। ছেলে ও মেয়ের সংখ্যার অনুপাত {a} : {b}। {w} কতজন?",
        ),
        hints=(
            Bi(
                "Add the terms of the ratio to get the total number of parts.",
                "মোট অংশ পেতে অনুপাতের রাশি দুইটি যোগ করো।",
            ),
            Bi(
                "There are {s} parts in all, so one part = {t} ÷ {s} students.",
                "মোট {s} অংশ, তাই এক অংশ = {t} ÷ {s} জন।",
            ),
            Bi(
                "One part is {one} students, and the {w} make {k} parts.",
                "এক অংশ {one} জন, আর {w} {k} অংশ।",
            ),
        ),
        answer=total * asked // (a + b),
        derived=one * asked,
    )


def _three_term_ratio(draw: Draw) -> Made:
    a, b1 = _coprime_pair(draw, 1, 9)
    b2, c = _coprime_pair(draw, 1, 9)
    draw.require(b1 != b2 and b1 > 1 and b2 > 1)
    lcm = b1 * b2 // gcd(b1, b2)
    answer = (a * lcm // b1, lcm, c * lcm // b2)
    # Independent route: multiply the ratios crosswise and reduce.
    raw = (a * b2, b1 * b2, b1 * c)
    common = gcd(gcd(raw[0], raw[1]), raw[2])
    p1, p2, p3 = draw.person(), draw.person(), draw.person()
    return Made(
        values={
            "a": a,
            "b1": b1,
            "b2": b2,
            "c": c,
            "l": lcm,
            "x": p1.name,
            "y": p2.name,
            "z": p3.name,
            "yo": _of(p2.name),
            "zo": _of(p3.name),
        },
        question=Bi(
            "The ratio of {x}'s money to {y}'s money is {a} : {b1}, and the ratio of {y}'s money to {z}'s money is {b2} : {c}. Find the ratio of the money of {x}, {y} and {z} (first : second : third).",
            "{x} ও {yo} টাকার অনুপাত {a} : {b1} এবং {y} ও {zo} টাকার অনুপাত {b2} : {c}। {x}, {y} ও {zo} টাকার অনুপাত নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "{y} appears in both ratios, so make {y}'s terms equal.",
                "দুইটি অনুপাতেই {y} আছে, তাই {y} এর রাশি দুইটি সমান করো।",
            ),
            Bi("The LCM of {b1} and {b2} is {l}.", "{b1} ও {b2} এর লসাগু {l}।"),
            Bi(
                "Multiply each ratio so that {y}'s term becomes {l}, then write the three terms together.",
                "প্রতিটি অনুপাতকে এমন সংখ্যা দিয়ে গুণ করো যেন {y} এর রাশি {l} হয়, তারপর তিনটি রাশি একসাথে লেখো।",
            ),
        ),
        answer=answer,
        derived=(raw[0] // common, raw[1] // common, raw[2] // common),
    )


def _ratio_transfer(draw: Draw) -> Made:
    a, b = draw.choice(
        [(x, y) for x in range(1, 10) for y in range(x + 2, 12, 2) if gcd(x, y) == 1]
    )
    one = draw.whole(2, 40) * 5
    give = one * (b - a) // 2
    first = a * one
    draw.require(first not in (give, 2 * give))
    p1, p2 = draw.person(), draw.person()
    return Made(
        values={
            "x": p1.name,
            "y": p2.name,
            "a": a,
            "b": b,
            "g": give,
            "d": b - a,
            "gg": 2 * give,
            "xs": _possessive(p1.name),
            "xo": _of(p1.name),
            "yo": _of(p2.name),
        },
        question=Bi(
            "The ratio of {x}'s money to {y}'s money is {a} : {b}. If {y} gives {x} {g} taka, they will have equal amounts. How many taka does {x} have now?",
            "{x} ও {yo} টাকার অনুপাত {a} : {b}। {y} যদি {x}কে {g} টাকা দেয়, তবে দুজনের টাকা সমান হবে। এখন {xs} কাছে কত টাকা আছে?",
        ),
        hints=(
            Bi("{y} has {d} parts more than {x}.", "{xo} চেয়ে {yo} {d} অংশ বেশি।"),
            Bi(
                "When {y} gives {g} taka, {y} has {g} less and {x} has {g} more, so the difference of {d} parts is {g} + {g} taka.",
                "{y} {g} টাকা দিলে {y} এর {g} টাকা কমে আর {x} এর {g} টাকা বাড়ে, তাই {d} অংশের পার্থক্য = {g} + {g} টাকা।",
            ),
            Bi(
                "{d} parts = {gg} taka. Find one part, then {x}'s {a} parts.",
                "{d} অংশ = {gg} টাকা। এক অংশ বের করো, তারপর {x} এর {a} অংশ।",
            ),
        ),
        answer=a * (2 * give) // (b - a),
        derived=first,
    )


# --- Unitary method -------------------------------------------------------------------------


def _unitary_price(draw: Draw) -> Made:
    good = draw.good_by_piece()
    price = draw.whole(good.low, good.high)
    n1, n2 = draw.sample(range(2, 16), 2)
    total1 = price * n1
    answer = price * n2
    draw.require(answer not in (price, total1))
    return Made(
        values={"gp": _plural(good.name), "go": _of(good.name), "n1": n1, "n2": n2, "t": total1},
        question=Bi(
            "The price of {n1} {gp} is {t} taka. What is the price of {n2} {gp} in taka?",
            "{n1}টি {go} দাম {t} টাকা। {n2}টি {go} দাম কত টাকা?",
        ),
        hints=(
            Bi(
                "Use the unitary method: first find the price of 1 piece.",
                "ঐকিক নিয়ম ব্যবহার করো: প্রথমে ১টির দাম বের করো।",
            ),
            Bi("The price of 1 piece = {t} ÷ {n1} taka.", "১টির দাম = {t} ÷ {n1} টাকা।"),
            Bi("Multiply the price of 1 piece by {n2}.", "১টির দামকে {n2} দিয়ে গুণ করো।"),
        ),
        answer=answer,
        derived=total1 * n2 // n1,
    )


def _unitary_workers(draw: Draw) -> Made:
    workers1 = draw.whole(4, 30)
    days1 = draw.whole(4, 40)
    work = workers1 * days1
    options = [w for w in range(3, 61) if work % w == 0 and w != workers1]
    draw.require(bool(options))
    workers2 = draw.choice(options)
    answer = work // workers2
    draw.require(answer > 1 and answer not in (workers1, days1, work, workers2))
    job = draw.choice(
        (
            Bi("build a wall", "একটি দেয়াল তৈরি করতে"),
            Bi("dig a pond", "একটি পুকুর খনন করতে"),
            Bi("harvest the paddy of a field", "একটি জমির ধান কাটতে"),
            Bi("paint a school building", "একটি বিদ্যালয় ভবন রং করতে"),
        )
    )
    return Made(
        values={"w1": workers1, "d1": days1, "w2": workers2, "j": job, "wd": work},
        question=Bi(
            "{w1} workers can {j} in {d1} days. How many days will {w2} workers take to do the same work?",
            "{w1} জন শ্রমিক {d1} দিনে {j} পারেন। {w2} জন শ্রমিকের একই কাজ করতে কত দিন লাগবে?",
        ),
        hints=(
            Bi(
                "More workers need fewer days, so this is an inverse relation.",
                "শ্রমিক বেশি হলে দিন কম লাগে, তাই এটি ব্যস্ত সম্পর্ক।",
            ),
            Bi(
                "1 worker would take {w1} × {d1} = {wd} days.",
                "১ জন শ্রমিকের লাগবে {w1} × {d1} = {wd} দিন।",
            ),
            Bi("Divide {wd} by {w2}.", "{wd} কে {w2} দিয়ে ভাগ করো।"),
        ),
        answer=answer,
        derived=next(d for d in range(1, work + 1) if d * workers2 == work),
    )


# --- Percentages ----------------------------------------------------------------------------


def _percent_of_money(draw: Draw) -> Made:
    rate = draw.choice((5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 60, 75))
    amount = draw.whole(4, 400) * 50
    answer = Fraction(amount * rate, 100)
    draw.require(answer.denominator == 1 and answer not in (rate, 100, amount // 100))
    person = draw.person()
    context = draw.choice(
        (
            Bi(
                "{name}'s father earns {a} taka a month and saves {r}% of it. How many taka does he save a month?",
                "{names} বাবা মাসে {a} টাকা আয় করেন এবং তার {r}% সঞ্চয় করেন। তিনি মাসে কত টাকা সঞ্চয় করেন?",
            ),
            Bi(
                "{name} had {a} taka and spent {r}% of it on books. How many taka did {he} spend?",
                "{names} কাছে {a} টাকা ছিল। {he} তার {r}% দিয়ে বই কিনল। {he} কত টাকা খরচ করল?",
            ),
            Bi(
                "A school collected {a} taka for a flood relief fund and sent {r}% of it to {place} district. How many taka went to {place}?",
                "একটি বিদ্যালয় বন্যাত্রাণ তহবিলের জন্য {a} টাকা সংগ্রহ করে তার {r}% {place} জেলায় পাঠাল। {place} জেলায় কত টাকা গেল?",
            ),
        )
    )
    place = draw.district()
    return Made(
        values={
            "a": amount,
            "r": rate,
            "name": person.name,
            "names": _possessive(person.name),
            "he": person.he,
            "place": place,
            "one": Fraction(amount, 100),
        },
        question=context,
        hints=(
            Bi("{r}% means {r} out of every 100.", "{r}% মানে প্রতি ১০০ এ {r}।"),
            Bi("So find {a} × {r} ÷ 100.", "তাই {a} × {r} ÷ ১০০ বের করো।"),
            Bi(
                "1% of {a} taka is {a} ÷ 100 taka; multiply that by {r}.",
                "{a} টাকার ১% = {a} ÷ ১০০ টাকা; তাকে {r} দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=amount // 100 * rate + amount % 100 * rate // 100,
    )


def _express_as_percent(draw: Draw) -> Made:
    whole = draw.choice((20, 25, 40, 50, 80, 120, 125, 160, 200, 250, 400))
    part = draw.whole(1, whole - 1)
    value = Fraction(part * 100, whole)
    draw.require((value * 100).denominator == 1 and value not in (part, whole))
    context = draw.choice(
        (
            (
                Bi(
                    "There are {w} students in a class and {p} of them are girls. What percentage of the students are girls?",
                    "একটি শ্রেণিতে {w} জন শিক্ষার্থী আছে, তাদের মধ্যে {p} জন মেয়ে। শ্রেণির শতকরা কতজন মেয়ে?",
                )
            ),
            (
                Bi(
                    "A farmer planted {w} mango saplings and {p} of them survived. What percentage of the saplings survived?",
                    "একজন কৃষক {w}টি আমের চারা লাগালেন, তার মধ্যে {p}টি বেঁচে রইল। শতকরা কতটি চারা বেঁচে রইল?",
                )
            ),
            (
                Bi(
                    "In a test of {w} marks, {name} got {p} marks. What percentage of the marks did {he} get?",
                    "{w} নম্বরের একটি পরীক্ষায় {name} {p} নম্বর পেল। সে শতকরা কত নম্বর পেল?",
                )
            ),
        )
    )
    person = draw.person()
    return Made(
        values={
            "w": whole,
            "p": part,
            "name": person.name,
            "he": person.he,
            "f": Fraction(part, whole),
        },
        question=context,
        hints=(
            Bi("Percentage = part ÷ whole × 100.", "শতকরা হার = অংশ ÷ মোট × ১০০।"),
            Bi(
                "Write the part as a fraction of the whole: {p}/{w}.",
                "অংশটিকে মোটের ভগ্নাংশ হিসেবে লেখো: {p}/{w}।",
            ),
            Bi("Multiply {f} by 100.", "{f} কে ১০০ দিয়ে গুণ করো।"),
        ),
        answer=value,
        derived=Fraction(part, whole) * 100,
    )


def _ratio_to_percent(draw: Draw) -> Made:
    b = draw.choice((4, 5, 8, 10, 20, 25, 40, 50))
    a = draw.whole(1, b - 1)
    draw.require(gcd(a, b) == 1)
    value = Fraction(a * 100, b)
    draw.require(value not in (a, b))
    return Made(
        values={"a": a, "b": b},
        question=Bi(
            "Express the ratio {a} : {b} as a percentage.",
            "{a} : {b} অনুপাতকে শতকরায় প্রকাশ করো।",
        ),
        hints=(
            Bi(
                "The ratio {a} : {b} is the fraction {a}/{b}.",
                "{a} : {b} অনুপাতটি হলো {a}/{b} ভগ্নাংশ।",
            ),
            Bi(
                "A percentage is a fraction with the denominator 100.",
                "শতকরা মানে ১০০ হরবিশিষ্ট ভগ্নাংশ।",
            ),
            Bi("Multiply {a}/{b} by 100.", "{a}/{b} কে ১০০ দিয়ে গুণ করো।"),
        ),
        answer=value,
        derived=Fraction(a, b) * 100,
    )


def _new_price(draw: Draw) -> Made:
    good = draw.good_by_piece()
    price = draw.whole(good.low, good.high, step=10)
    rate = draw.choice((5, 10, 12, 15, 20, 25, 30))
    change = Fraction(price * rate, 100)
    up = draw.coin()
    answer = price + change if up else price - change
    draw.require(change.denominator == 1 and answer.denominator == 1)
    draw.require(change != rate and answer not in (rate, price, 100))
    return Made(
        values={
            "g": good.name,
            "p": price,
            "go": _of(good.name),
            "r": rate,
            "c": change,
            "w": Bi("goes up", "বাড়ল") if up else Bi("comes down", "কমল"),
        },
        question=Bi(
            "A {g} costs {p} taka. Its price {w} by {r}%. What is the new price in taka?",
            "একটি {go} দাম {p} টাকা। দাম {r}% {w}। নতুন দাম কত টাকা?",
        ),
        hints=(
            Bi(
                "First find {r}% of {p}, that is {p} × {r} ÷ 100.",
                "প্রথমে {p} এর {r}% বের করো, অর্থাৎ {p} × {r} ÷ ১০০।",
            ),
            Bi("The change in price is {c} taka.", "দামের পরিবর্তন {c} টাকা।"),
            Bi("Now add it to {p}.", "এখন এটি {p} এর সাথে যোগ করো।")
            if up
            else Bi("Now subtract it from {p}.", "এখন এটি {p} থেকে বিয়োগ করো।"),
        ),
        answer=answer,
        derived=price * (100 + rate if up else 100 - rate) // 100,
    )


def _percent_change(draw: Draw) -> Made:
    up = draw.coin()
    rate = Fraction(draw.choice((4, 5, 8, 10, 12, 15, 20, 25, 30, 40)))
    if draw.coin():
        rate += Fraction(1, 2)
    old = draw.whole(2, 60) * 20
    change = old * rate / 100
    draw.require(change.denominator == 1 and change not in (rate,))
    new = old + change if up else old - change
    context = draw.choice(("price", "population", "students"))
    if context == "price":
        good = draw.good_by_weight()
        draw.require(good.low <= old <= good.high * 3)
        question = Bi(
            "The price of 1 kg of {g} {w} from {o} taka to {n} taka. By what percentage did the price {v}?",
            "১ কেজি {g} এর দাম {o} টাকা থেকে {w} {n} টাকা হলো। দাম শতকরা কত {v}?",
        )
        extra: dict[str, Bi] = {"g": good.name}
    elif context == "population":
        question = Bi(
            "The population of a village {w} from {o} to {n} in one year. By what percentage did the population {v}?",
            "এক বছরে একটি গ্রামের জনসংখ্যা {o} থেকে {w} {n} হলো। জনসংখ্যা শতকরা কত {v}?",
        )
        extra = {}
    else:
        question = Bi(
            "The number of students in a school {w} from {o} to {n}. By what percentage did the number {v}?",
            "একটি বিদ্যালয়ের শিক্ষার্থীর সংখ্যা {o} থেকে {w} {n} হলো। শিক্ষার্থীর সংখ্যা শতকরা কত {v}?",
        )
        extra = {}
    draw.require(rate not in (old, new, change))
    return Made(
        values={
            "o": old,
            "n": new,
            "c": change,
            "w": Bi("rose", "বেড়ে") if up else Bi("fell", "কমে"),
            "v": Bi("increase", "বাড়ল") if up else Bi("decrease", "কমল"),
            "vn": Bi("increase", "বৃদ্ধি") if up else Bi("decrease", "হ্রাস"),
            **extra,
        },
        question=question,
        hints=(
            Bi("First find the amount of the change.", "প্রথমে কতটুকু পরিবর্তন হলো তা বের করো।"),
            Bi(
                "Percentage {vn} = change ÷ original value × 100. The original value is {o}.",
                "শতকরা {vn} = পরিবর্তন ÷ আগের মান × ১০০। আগের মান {o}।",
            ),
            Bi(
                "The change is {c}. Work out {c} ÷ {o} × 100.",
                "পরিবর্তন {c}। {c} ÷ {o} × ১০০ এর মান বের করো।",
            ),
        ),
        answer=abs(new - old) * 100 / old,
        derived=rate,
        direction=Direction.INCREASE if up else Direction.DECREASE,
    )


def _profit_loss_percent(draw: Draw) -> Made:
    profit = draw.coin()
    rate = Fraction(draw.choice((5, 8, 10, 12, 15, 20, 25, 30)))
    if draw.coin():
        rate += Fraction(1, 2)
    cost = draw.whole(5, 200) * 40
    change = cost * rate / 100
    draw.require(change.denominator == 1 and rate not in (change, cost))
    sell = cost + change if profit else cost - change
    good = draw.choice(
        (
            Bi("mangoes", "আম"),
            Bi("a bicycle", "একটি সাইকেল"),
            Bi("a goat", "একটি ছাগল"),
            Bi("a mobile phone", "একটি মোবাইল ফোন"),
            Bi("rice", "চাল"),
        )
    )
    word = Bi("profit", "লাভ") if profit else Bi("loss", "ক্ষতি")
    return Made(
        values={"c": cost, "s": sell, "g": good, "w": word, "d": change},
        question=Bi(
            "A shopkeeper buys {g} for {c} taka and sells for {s} taka. What is the {w} as a percentage of the cost price?",
            "একজন দোকানদার {c} টাকায় {g} কিনে {s} টাকায় বিক্রি করলেন। ক্রয়মূল্যের উপর তাঁর শতকরা কত {w} হলো?",
        ),
        hints=(
            Bi(
                "Compare the selling price with the cost price: the difference is the {w}.",
                "বিক্রয়মূল্যকে ক্রয়মূল্যের সাথে তুলনা করো: পার্থক্যই {w}।",
            ),
            Bi(
                "The {w} is {d} taka. Percentage {w} = {w} ÷ cost price × 100.",
                "{w} {d} টাকা। শতকরা {w} = {w} ÷ ক্রয়মূল্য × ১০০।",
            ),
            Bi("Work out {d} ÷ {c} × 100.", "{d} ÷ {c} × ১০০ এর মান বের করো।"),
        ),
        answer=abs(sell - cost) * 100 / cost,
        derived=rate,
        direction=Direction.PROFIT if profit else Direction.LOSS,
    )


def _profit_or_loss_amount(draw: Draw) -> Made:
    good = draw.good_by_piece()
    count = draw.whole(2, 20)
    buy = draw.whole(good.low, good.high)
    sell = buy + draw.whole(-(buy // 5), buy // 5, exclude=(0,))
    cost_total, sell_total = buy * count, sell * count
    answer = abs(sell_total - cost_total)
    draw.require(answer not in (buy, sell, count, cost_total, sell_total, abs(sell - buy)))
    profit = sell > buy
    person = draw.person()
    return Made(
        values={
            "g": good.name,
            "n": count,
            "b": buy,
            "gp": _plural(good.name),
            "s": sell,
            "name": person.name,
            "ct": cost_total,
            "st": sell_total,
        },
        question=Bi(
            "{name} bought {n} {gp} at {b} taka each and sold them all at {s} taka each. Find the profit or loss in taka.",
            "{name} প্রতিটি {b} টাকা দরে {n}টি {g} কিনে প্রতিটি {s} টাকা দরে সবগুলো বিক্রি করল। লাভ বা ক্ষতি কত টাকা নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Find the total cost price and the total selling price.",
                "মোট ক্রয়মূল্য ও মোট বিক্রয়মূল্য বের করো।",
            ),
            Bi(
                "Cost price = {n} × {b} = {ct} taka; selling price = {n} × {s} = {st} taka.",
                "ক্রয়মূল্য = {n} × {b} = {ct} টাকা; বিক্রয়মূল্য = {n} × {s} = {st} টাকা।",
            ),
            Bi(
                "If the selling price is more, there is a profit; if less, a loss. Subtract the smaller from the larger.",
                "বিক্রয়মূল্য বেশি হলে লাভ, কম হলে ক্ষতি। বড়টি থেকে ছোটটি বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=count * abs(sell - buy),
        direction=Direction.PROFIT if profit else Direction.LOSS,
    )


def _selling_price(draw: Draw) -> Made:
    profit = draw.coin()
    rate = draw.choice((5, 8, 10, 12, 15, 20, 25))
    cost = draw.whole(5, 150) * 20
    change = Fraction(cost * rate, 100)
    draw.require(change.denominator == 1 and change not in (rate,))
    answer = cost + change if profit else cost - change
    good = draw.good_by_piece()
    word = Bi("profit", "লাভ") if profit else Bi("loss", "ক্ষতি")
    return Made(
        values={
            "g": good.name,
            "c": cost,
            "r": rate,
            "w": word,
            "wl": Bi("", "লাভে") if profit else Bi("", "ক্ষতিতে"),
            "d": change,
            "hr": 100 + rate if profit else 100 - rate,
        },
        question=Bi(
            "A {g} was bought for {c} taka and sold at a {w} of {r}%. What was the selling price in taka?",
            "একটি {g} {c} টাকায় কিনে {r}% {wl} বিক্রি করা হলো। বিক্রয়মূল্য কত টাকা?",
        ),
        hints=(
            Bi(
                "A {w} of {r}% means a {w} of {r} taka on every 100 taka of cost price.",
                "{r}% {w} মানে প্রতি ১০০ টাকা ক্রয়মূল্যে {r} টাকা {w}।",
            ),
            Bi("The {w} is {r}% of {c} = {d} taka.", "{w} = {c} এর {r}% = {d} টাকা।"),
            Bi(
                "Selling price = cost price + profit, or cost price − loss.",
                "বিক্রয়মূল্য = ক্রয়মূল্য + লাভ, অথবা ক্রয়মূল্য − ক্ষতি।",
            ),
        ),
        answer=answer,
        derived=Fraction(cost * (100 + rate if profit else 100 - rate), 100),
    )


def _marks_percent(draw: Draw) -> Made:
    full1, full2 = draw.sample((25, 50, 75, 100), 2)
    got1 = draw.whole(full1 // 3, full1)
    got2 = draw.whole(full2 // 3, full2)
    total, full = got1 + got2, full1 + full2
    value = Fraction(total * 100, full)
    draw.require(
        (value * 100).denominator == 1 and value not in (got1, got2, total, full, full1, full2)
    )
    person = draw.person()
    (s1, l1), (s2, l2) = draw.sample(
        (
            (Bi("Bangla", "বাংলা"), Bi("Bangla", "বাংলায়")),
            (Bi("English", "ইংরেজি"), Bi("English", "ইংরেজিতে")),
            (Bi("Mathematics", "গণিত"), Bi("Mathematics", "গণিতে")),
            (Bi("Science", "বিজ্ঞান"), Bi("Science", "বিজ্ঞানে")),
        ),
        2,
    )
    return Made(
        values={
            "name": person.name,
            "f1": full1,
            "f2": full2,
            "g1": got1,
            "g2": got2,
            "t": total,
            "f": full,
            "s1": s1,
            "s2": s2,
            "l1": l1,
            "l2": l2,
            "he": person.he,
        },
        question=Bi(
            "In the annual exam {name} got {g1} out of {f1} in {s1} and {g2} out of {f2} in {s2}. What percentage of the total marks did {he} get in the two subjects together?",
            "বার্ষিক পরীক্ষায় {name} {l1} {f1} নম্বরের মধ্যে {g1} এবং {l2} {f2} নম্বরের মধ্যে {g2} পেয়েছে। দুই বিষয় মিলিয়ে মোট নম্বরের শতকরা কত নম্বর সে পেয়েছে?",
        ),
        hints=(
            Bi(
                "Add the marks obtained, and add the full marks of both subjects.",
                "প্রাপ্ত নম্বরগুলো যোগ করো, আর দুই বিষয়ের পূর্ণ নম্বরও যোগ করো।",
            ),
            Bi("That is {t} marks out of {f}.", "অর্থাৎ {f} নম্বরের মধ্যে {t}।"),
            Bi("Percentage = {t} ÷ {f} × 100.", "শতকরা হার = {t} ÷ {f} × ১০০।"),
        ),
        answer=value,
        derived=Fraction(got1 + got2, full1 + full2) * 100,
    )


def _whole_from_percent(draw: Draw) -> Made:
    rate = draw.choice((5, 10, 12, 15, 20, 25, 30, 40, 60, 75))
    whole = draw.whole(10, 400) * 50
    part = Fraction(whole * rate, 100)
    draw.require(part.denominator == 1 and whole <= 30000)
    one = part / rate
    draw.require(one.denominator == 1 and one not in (whole,))
    person = draw.person()
    return Made(
        values={
            "r": rate,
            "p": part,
            "name": person.name,
            "names": _possessive(person.name),
            "one": one,
        },
        question=Bi(
            "{name}'s mother saves {r}% of her monthly income. She saves {p} taka a month. What is her monthly income in taka?",
            "{names} মা তাঁর মাসিক আয়ের {r}% সঞ্চয় করেন। তিনি মাসে {p} টাকা সঞ্চয় করেন। তাঁর মাসিক আয় কত টাকা?",
        ),
        hints=(
            Bi("{r}% of the income is {p} taka.", "আয়ের {r}% = {p} টাকা।"),
            Bi(
                "So 1% of the income is {p} ÷ {r} = {one} taka.",
                "তাই আয়ের ১% = {p} ÷ {r} = {one} টাকা।",
            ),
            Bi("The whole income is 100%: multiply by 100.", "পুরো আয় হলো ১০০%: ১০০ দিয়ে গুণ করো।"),
        ),
        answer=part * 100 / rate,
        derived=whole,
    )


def _cost_from_discount(draw: Draw) -> Made:
    discount = draw.choice((5, 10, 12, 15, 20, 25))
    profit = draw.choice((5, 10, 12, 15, 20, 25))
    cost = draw.whole(10, 300) * 20
    sell = Fraction(cost * (100 + profit), 100)
    marked = sell * 100 / (100 - discount)
    draw.require(sell.denominator == 1 and marked.denominator == 1 and marked % 10 == 0)
    draw.require(cost not in (sell, marked))
    good = draw.choice(
        (
            Bi("cricket bat", "ক্রিকেট ব্যাট"),
            Bi("school bag", "স্কুলব্যাগ"),
            Bi("table fan", "টেবিল ফ্যান"),
            Bi("wall clock", "দেয়াল ঘড়ি"),
        )
    )
    return Made(
        values={
            "g": good,
            "go": _of(good),
            "m": marked,
            "d": discount,
            "p": profit,
            "s": sell,
            "hp": 100 + profit,
        },
        question=Bi(
            "A shopkeeper marks the price of a {g} at {m} taka. He gives a {d}% discount on the marked price and still makes a profit of {p}% on his cost price. What was the cost price of the {g} in taka?",
            "একজন দোকানদার একটি {go} গায়ে দাম লিখলেন {m} টাকা। তিনি লেখা দামের উপর {d}% ছাড় দিয়েও ক্রয়মূল্যের উপর {p}% লাভ করলেন। {g}টির ক্রয়মূল্য কত টাকা?",
        ),
        hints=(
            Bi(
                "First find the selling price after the discount.",
                "প্রথমে ছাড় দেওয়ার পর বিক্রয়মূল্য বের করো।",
            ),
            Bi(
                "Selling price = {m} − {d}% of {m}. This selling price is {hp}% of the cost price.",
                "বিক্রয়মূল্য = {m} − {m} এর {d}%। এই বিক্রয়মূল্য ক্রয়মূল্যের {hp}%।",
            ),
            Bi(
                "The selling price is {s} taka. Divide it by {hp} and multiply by 100.",
                "বিক্রয়মূল্য {s} টাকা। একে {hp} দিয়ে ভাগ করে ১০০ দিয়ে গুণ করো।",
            ),
        ),
        answer=marked * (100 - discount) / (100 + profit),
        derived=cost,
    )


def _successive_change(draw: Draw) -> Made:
    a = draw.choice((10, 20, 25, 30, 40, 50))
    b = draw.choice((10, 20, 25, 30, 40, 50))
    first_up = draw.coin()
    up, down = (a, b) if first_up else (b, a)
    factor = Fraction(100 + up, 100) * Fraction(100 - down, 100)
    net = (factor - 1) * 100
    draw.require(net != 0 and (net * 100).denominator == 1)
    after_first = 100 + up if first_up else 100 - down
    change_second = Fraction(after_first * (down if first_up else up), 100)
    final = 100 * factor
    draw.require(abs(net) not in (a, b, after_first, change_second, final))
    good = draw.choice(
        (Bi("rice", "চালের"), Bi("onions", "পেঁয়াজের"), Bi("sugar", "চিনির"), Bi("lentils", "ডালের"))
    )
    increase = net > 0
    if first_up:
        question = Bi(
            "The price of {g} rose by {a}%. Later the new price fell by {b}%. By what percentage is the final price {w} than the original price?",
            "{g} দাম {a}% বাড়ল। পরে নতুন দাম {b}% কমল। শেষ দাম শুরুর দামের চেয়ে শতকরা কত {w}?",
        )
    else:
        question = Bi(
            "The price of {g} fell by {a}%. Later the new price rose by {b}%. By what percentage is the final price {w} than the original price?",
            "{g} দাম {a}% কমল। পরে নতুন দাম {b}% বাড়ল। শেষ দাম শুরুর দামের চেয়ে শতকরা কত {w}?",
        )
    return Made(
        values={
            "g": good,
            "a": a,
            "b": b,
            "w": Bi("more", "বেশি") if increase else Bi("less", "কম"),
            "x": after_first,
            "y": change_second,
        },
        question=question,
        hints=(
            Bi("Take the original price as 100 taka.", "শুরুর দাম ১০০ টাকা ধরো।"),
            Bi(
                "After the first change the price is {x} taka. The second change is a percentage of {x}, not of 100.",
                "প্রথম পরিবর্তনের পর দাম {x} টাকা। দ্বিতীয় পরিবর্তন {x} এর উপর শতকরা হিসাবে, ১০০ এর উপর নয়।",
            ),
            Bi(
                "The second change is {y} taka. Find the final price and compare it with 100 taka.",
                "দ্বিতীয় পরিবর্তন {y} টাকা। শেষ দাম বের করে ১০০ টাকার সাথে তুলনা করো।",
            ),
        ),
        answer=abs(net),
        derived=abs(up - down - Fraction(up * down, 100)),
        direction=Direction.INCREASE if increase else Direction.DECREASE,
    )


def _percent_of_remainder(draw: Draw) -> Made:
    first = draw.choice((10, 15, 20, 25, 30, 35, 40))
    second = draw.choice((10, 20, 25, 40, 50))
    total = draw.whole(10, 80) * 20
    taken = Fraction(total * first, 100)
    rest = total - taken
    answer = rest * second / 100
    draw.require(taken.denominator == 1 and answer.denominator == 1)
    draw.require(answer not in (first, second, taken, rest, total))
    p1, p2 = draw.person(), draw.person()
    context = draw.choice(("runs", "mangoes"))
    if context == "runs":
        question = Bi(
            "In a cricket match a team scored {t} runs. {x} scored {a}% of the runs. {y} scored {b}% of the remaining runs. How many runs did {y} score?",
            "একটি ক্রিকেট ম্যাচে একটি দল {t} রান করল। {x} দলের রানের {a}% করল। বাকি রানের {b}% করল {y}। {y} কত রান করল?",
        )
    else:
        question = Bi(
            "A farmer picked {t} mangoes. {x} took {a}% of them, and {y} took {b}% of the mangoes that were left. How many mangoes did {y} take?",
            "একজন কৃষক {t}টি আম পাড়লেন। {x} তার {a}% নিল, আর বাকি আমের {b}% নিল {y}। {y} কয়টি আম নিল?",
        )
    return Made(
        values={
            "t": total,
            "a": first,
            "b": second,
            "x": p1.name,
            "y": p2.name,
            "k": taken,
            "r": rest,
        },
        question=question,
        hints=(
            Bi(
                "First find what {x} took, and what was left.",
                "প্রথমে {x} কত নিল এবং কত বাকি রইল তা বের করো।",
            ),
            Bi(
                "{a}% of {t} = {k}, so {t} − {k} = {r} are left.",
                "{t} এর {a}% = {k}, তাই {t} − {k} = {r} বাকি থাকে।",
            ),
            Bi("Now find {b}% of {r}.", "এখন {r} এর {b}% বের করো।"),
        ),
        answer=answer,
        derived=total * (100 - first) * second // 10000,
    )


FAMILIES = (
    Family(
        "g6-simplify-ratio",
        "simplifying a ratio",
        1,
        AnswerKind.RATIO,
        _simplify_ratio,
        lowest_terms=True,
        minutes=2,
    ),
    Family(
        "g6-ratio-with-units",
        "ratio of quantities",
        2,
        AnswerKind.RATIO,
        _ratio_with_units,
        lowest_terms=True,
    ),
    Family(
        "g6-ratio-missing-term",
        "equivalent ratios",
        1,
        AnswerKind.INTEGER,
        _missing_term,
        minutes=2,
    ),
    Family(
        "g6-share-money-in-ratio",
        "sharing in a ratio",
        1,
        AnswerKind.MONEY,
        _share_money,
        unit=Unit.TAKA,
    ),
    Family(
        "g6-share-students-in-ratio",
        "sharing in a ratio",
        2,
        AnswerKind.INTEGER,
        _share_students,
    ),
    Family(
        "g6-three-term-ratio",
        "combining ratios",
        3,
        AnswerKind.RATIO,
        _three_term_ratio,
        lowest_terms=True,
        minutes=5,
    ),
    Family(
        "g6-ratio-transfer-equal",
        "ratio word problem",
        3,
        AnswerKind.MONEY,
        _ratio_transfer,
        unit=Unit.TAKA,
        minutes=7,
    ),
    Family(
        "g6-unitary-method-price",
        "unitary method",
        1,
        AnswerKind.MONEY,
        _unitary_price,
        unit=Unit.TAKA,
        minutes=2,
    ),
    Family(
        "g6-unitary-method-workers",
        "unitary method",
        2,
        AnswerKind.INTEGER,
        _unitary_workers,
        unit=Unit.DAY,
    ),
    Family(
        "g6-percent-of-money",
        "percentage of a quantity",
        1,
        AnswerKind.MONEY,
        _percent_of_money,
        unit=Unit.TAKA,
        minutes=2,
    ),
    Family(
        "g6-express-as-percentage",
        "expressing as a percentage",
        1,
        AnswerKind.PERCENT,
        _express_as_percent,
        unit=Unit.PERCENT,
        minutes=2,
    ),
    Family(
        "g6-ratio-to-percentage",
        "ratio and percentage",
        1,
        AnswerKind.PERCENT,
        _ratio_to_percent,
        unit=Unit.PERCENT,
        minutes=2,
    ),
    Family(
        "g6-new-price-after-percent",
        "percentage increase and decrease",
        1,
        AnswerKind.MONEY,
        _new_price,
        unit=Unit.TAKA,
    ),
    Family(
        "g6-percentage-change",
        "percentage increase and decrease",
        2,
        AnswerKind.PERCENT,
        _percent_change,
        unit=Unit.PERCENT,
    ),
    Family(
        "g6-profit-loss-percentage",
        "profit and loss percentage",
        2,
        AnswerKind.PERCENT,
        _profit_loss_percent,
        unit=Unit.PERCENT,
    ),
    Family(
        "g6-profit-or-loss-amount",
        "profit and loss",
        1,
        AnswerKind.MONEY,
        _profit_or_loss_amount,
        unit=Unit.TAKA,
    ),
    Family(
        "g6-selling-price-from-percent",
        "profit and loss percentage",
        2,
        AnswerKind.MONEY,
        _selling_price,
        unit=Unit.TAKA,
    ),
    Family(
        "g6-percentage-of-total-marks",
        "percentage of total marks",
        2,
        AnswerKind.PERCENT,
        _marks_percent,
        unit=Unit.PERCENT,
        minutes=4,
    ),
    Family(
        "g6-whole-from-percentage",
        "finding the whole from a percentage",
        2,
        AnswerKind.MONEY,
        _whole_from_percent,
        unit=Unit.TAKA,
    ),
    Family(
        "g6-cost-price-from-discount",
        "discount and profit",
        3,
        AnswerKind.MONEY,
        _cost_from_discount,
        unit=Unit.TAKA,
        minutes=7,
    ),
    Family(
        "g6-successive-percentage-change",
        "successive percentage change",
        3,
        AnswerKind.PERCENT,
        _successive_change,
        unit=Unit.PERCENT,
        minutes=6,
    ),
    Family(
        "g6-percentage-of-remainder",
        "percentage of a remainder",
        3,
        AnswerKind.INTEGER,
        _percent_of_remainder,
        minutes=6,
    ),
)
