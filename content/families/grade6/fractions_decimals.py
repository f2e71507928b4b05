"""Class 6, fractions and decimals: the four operations, conversion, word problems (NCTB)."""

from __future__ import annotations

from fractions import Fraction
from math import gcd

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(
    grade=6, key="fractions_decimals", en="Fractions and decimals", bn="ভগ্নাংশ ও দশমিক ভগ্নাংশ"
)

# --- Helpers private to this module -------------------------------------------------------

_LETTERS = "ABCDEF"


def _lcm(a: int, b: int) -> int:
    return a * b // gcd(a, b)


def _proper(draw: Draw, low: int, high: int) -> Fraction:
    """A proper fraction in lowest terms with a denominator from low to high."""
    b = draw.whole(low, high)
    a = draw.choice([k for k in range(1, b) if gcd(k, b) == 1])
    return Fraction(a, b)


def _mixed(value: Fraction) -> str:
    """A mixed number as the textbook writes it: 7 1/2."""
    whole, part = divmod(value.numerator, value.denominator)
    if part == 0:
        return str(whole)
    if whole == 0:
        return f"{part}/{value.denominator}"
    return f"{whole} {part}/{value.denominator}"


def _over(top: int, bottom: int) -> str:
    """A fraction exactly as written, even when it is not in lowest terms: 36/48."""
    return f"{top}/{bottom}"


def _possessive(name: Bi) -> Bi:
    """A name with the Bengali genitive ending: রিমার, রহিমের, অপুর (English: Rima's)."""
    vowel_signs = "ািীুূৃেৈোৌ"
    ending = "র" if name.bn[-1] in vowel_signs or name.bn == "শুভ" else "ের"
    return Bi(f"{name.en}'s", name.bn + ending)


def _places(value: Fraction) -> int:
    """How many decimal places value needs; 99 if its decimal never ends."""
    for places in range(10):
        if (value * 10**places).denominator == 1:
            return places
    return 99


def _short_decimal(draw: Draw, low: int, high: int, places: int) -> Fraction:
    """A decimal from low to high with exactly the given number of places (the last not 0)."""
    scale = 10**places
    units = draw.rng.randint(low * scale + 1, high * scale - 1)
    draw.require(units % 10 != 0)
    return Fraction(units, scale)


# --- Fractions: the four operations ---------------------------------------------------------


def _add_fractions(draw: Draw) -> Made:
    x, y = _proper(draw, 2, 12), _proper(draw, 2, 12)
    b, d = x.denominator, y.denominator
    draw.require(b != d and b % d != 0 and d % b != 0)
    lcm = _lcm(b, d)
    top = x.numerator * (lcm // b) + y.numerator * (lcm // d)
    answer = Fraction(top, lcm)
    draw.require(answer.denominator > 1)
    return Made(
        values={
            "x": x,
            "y": y,
            "b": b,
            "d": d,
            "l": lcm,
            "xl": _over(x.numerator * (lcm // b), lcm),
            "yl": _over(y.numerator * (lcm // d), lcm),
        },
        question=Bi(
            "Add {x} and {y}. Write the sum in lowest terms.",
            "{x} ও {y} যোগ করো। যোগফল লঘিষ্ঠ আকারে লেখো।",
        ),
        hints=(
            Bi(
                "The denominators {b} and {d} are different, so first make them the same.",
                "হর {b} ও {d} আলাদা, তাই প্রথমে হর দুইটিকে সমান করো।",
            ),
            Bi(
                "The LCM of {b} and {d} is {l}. Write both fractions with the denominator {l}.",
                "{b} ও {d} এর লসাগু {l}। দুইটি ভগ্নাংশকেই {l} হরবিশিষ্ট করে লেখো।",
            ),
            Bi(
                "{x} = {xl} and {y} = {yl}. Add the numerators, keep the denominator, then reduce.",
                "{x} = {xl} এবং {y} = {yl}। লব দুইটি যোগ করো, হর একই থাকবে, তারপর লঘিষ্ঠ আকারে আনো।",
            ),
        ),
        answer=answer,
        derived=x + y,
    )


def _subtract_fractions(draw: Draw) -> Made:
    x, y = _proper(draw, 2, 12), _proper(draw, 2, 12)
    draw.require(x > y)
    b, d = x.denominator, y.denominator
    draw.require(b != d)
    lcm = _lcm(b, d)
    answer = Fraction(x.numerator * (lcm // b) - y.numerator * (lcm // d), lcm)
    draw.require(answer.denominator > 1)
    return Made(
        values={"x": x, "y": y, "b": b, "d": d, "l": lcm},
        question=Bi(
            "Subtract: {x} − {y}. Write the answer in lowest terms.",
            "বিয়োগ করো: {x} − {y}। উত্তর লঘিষ্ঠ আকারে লেখো।",
        ),
        hints=(
            Bi(
                "To subtract fractions, their denominators must be the same.",
                "ভগ্নাংশ বিয়োগ করতে হলে হরগুলো সমান হতে হবে।",
            ),
            Bi(
                "The LCM of {b} and {d} is {l}; write both fractions with the denominator {l}.",
                "{b} ও {d} এর লসাগু {l}; দুইটি ভগ্নাংশকেই {l} হরবিশিষ্ট করে লেখো।",
            ),
            Bi(
                "Subtract the numerators, keep the denominator {l}, then reduce if you can.",
                "লব দুইটি বিয়োগ করো, হর {l} থাকবে, তারপর সম্ভব হলে লঘিষ্ঠ আকারে আনো।",
            ),
        ),
        answer=answer,
        derived=Fraction(x.numerator * d - y.numerator * b, b * d),
    )


def _fraction_left(draw: Draw) -> Made:
    x, y = _proper(draw, 2, 10), _proper(draw, 2, 12)
    draw.require(x + y < 1 and x.denominator != y.denominator)
    answer = 1 - x - y
    draw.require(answer.denominator > 1 and answer not in (x, y))
    person = draw.person()
    whole, part, verb = draw.choice(
        (
            (Bi("a cake", "একটি কেক"), Bi("the cake", "কেকটির"), Bi("eaten", "খাওয়া")),
            (Bi("a watermelon", "একটি তরমুজ"), Bi("the watermelon", "তরমুজটির"), Bi("eaten", "খাওয়া")),
            (Bi("a bottle of milk", "এক বোতল দুধ"), Bi("the milk", "দুধের"), Bi("drunk", "পান করা")),
            (
                Bi("a jar of molasses", "এক বয়াম গুড়"),
                Bi("the molasses", "গুড়ের"),
                Bi("used", "ব্যবহার করা"),
            ),
        )
    )
    return Made(
        values={
            "x": x,
            "y": y,
            "names": _possessive(person.name),
            "w": whole,
            "p": part,
            "v": verb,
            "l": _lcm(x.denominator, y.denominator),
        },
        question=Bi(
            "{names} family had {w}. {x} of {p} was {v} in the morning and {y} of it in the evening. What fraction of {p} is left?",
            "{names} পরিবারের {w} ছিল। সকালে {p} {x} অংশ এবং বিকালে {y} অংশ {v} হলো। {p} কত অংশ বাকি রইল?",
        ),
        hints=(
            Bi("Take the whole as 1.", "পুরোটিকে ১ ধরো।"),
            Bi(
                "Add the two parts that are gone, using the LCM {l} of the denominators.",
                "হরগুলোর লসাগু {l} নিয়ে যে দুইটি অংশ শেষ হয়েছে তা যোগ করো।",
            ),
            Bi(
                "Subtract that sum from 1, written as {l}/{l}.",
                "সেই যোগফল ১ থেকে, অর্থাৎ {l}/{l} থেকে, বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(
            x.denominator * y.denominator
            - x.numerator * y.denominator
            - y.numerator * x.denominator,
            x.denominator * y.denominator,
        ),
    )


def _multiply_mixed(draw: Draw) -> Made:
    x = draw.whole(1, 4) + _proper(draw, 2, 9)
    y = draw.whole(1, 3) + _proper(draw, 2, 9)
    answer = x * y
    draw.require(answer.denominator > 1 and x.denominator != y.denominator)
    return Made(
        values={"x": _mixed(x), "y": _mixed(y), "xi": x, "yi": y},
        question=Bi(
            "Multiply: {x} × {y}. Write the answer as a fraction in lowest terms.",
            "গুণ করো: {x} × {y}। উত্তর লঘিষ্ঠ আকারে ভগ্নাংশে লেখো।",
        ),
        hints=(
            Bi(
                "First write each mixed number as an improper fraction.",
                "প্রথমে প্রতিটি মিশ্র ভগ্নাংশকে অপ্রকৃত ভগ্নাংশে লেখো।",
            ),
            Bi(
                "{x} = {xi} and {y} = {yi}.",
                "{x} = {xi} এবং {y} = {yi}।",
            ),
            Bi(
                "Cancel common factors across, then multiply numerator by numerator and denominator by denominator.",
                "আড়াআড়ি সাধারণ উৎপাদক কেটে দাও, তারপর লবকে লব দিয়ে এবং হরকে হর দিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(
            (x.numerator) * (y.numerator),
            x.denominator * y.denominator,
        ),
    )


def _divide_fractions(draw: Draw) -> Made:
    x = _proper(draw, 2, 12) + (draw.whole(1, 3) if draw.coin() else 0)
    y = _proper(draw, 2, 12)
    answer = x / y
    reciprocal = 1 / y
    draw.require(answer.denominator > 1 and answer not in (x, reciprocal) and x != y)
    second = (
        Bi(
            "The reciprocal of {y} is {r}. Write {x} as the improper fraction {xi}.",
            "{y} এর বিপরীত ভগ্নাংশ {r}। {x} কে অপ্রকৃত ভগ্নাংশে লেখো: {xi}।",
        )
        if x > 1
        else Bi(
            "The reciprocal of {y} is {r}: turn {y} upside down.",
            "{y} এর বিপরীত ভগ্নাংশ {r}: {y} এর লব ও হর স্থান বদল করো।",
        )
    )
    return Made(
        values={"x": _mixed(x), "y": y, "xi": x, "r": reciprocal},
        question=Bi(
            "Divide: {x} ÷ {y}. Write the answer as a fraction in lowest terms.",
            "ভাগ করো: {x} ÷ {y}। উত্তর লঘিষ্ঠ আকারে ভগ্নাংশে লেখো।",
        ),
        hints=(
            Bi(
                "Dividing by a fraction is the same as multiplying by its reciprocal.",
                "কোনো ভগ্নাংশ দিয়ে ভাগ করা আর তার বিপরীত ভগ্নাংশ দিয়ে গুণ করা একই কথা।",
            ),
            second,
            Bi(
                "Work out {xi} × {r} and reduce to lowest terms.",
                "{xi} × {r} এর মান বের করে লঘিষ্ঠ আকারে আনো।",
            ),
        ),
        answer=answer,
        derived=Fraction(x.numerator * y.denominator, x.denominator * y.numerator),
    )


def _bags(draw: Draw) -> Made:
    size = _proper(draw, 2, 5)
    bags = draw.whole(3, 24)
    total = size * bags
    draw.require(total.denominator > 1 and total > 1)
    person = draw.person()
    good, vessel, vessels = draw.choice(
        (
            (Bi("rice", "চাল"), Bi("bag", "ব্যাগে"), Bi("bags", "ব্যাগ")),
            (Bi("sugar", "চিনি"), Bi("packet", "প্যাকেটে"), Bi("packets", "প্যাকেট")),
            (Bi("lentils", "ডাল"), Bi("packet", "প্যাকেটে"), Bi("packets", "প্যাকেট")),
            (Bi("flour", "আটা"), Bi("bag", "ব্যাগে"), Bi("bags", "ব্যাগ")),
        )
    )
    return Made(
        values={
            "t": _mixed(total),
            "ti": total,
            "s": size,
            "r": 1 / size,
            "name": person.name,
            "names": _possessive(person.name),
            "g": good,
            "v": vessel,
            "vs": vessels,
            "he": person.he,
            "he_cap": Bi(person.he.en.capitalize(), person.he.bn),
        },
        question=Bi(
            "{name} has {t} kg of {g}. {he_cap} puts {s} kg in each {v}. How many {vs} can {he} fill?",
            "{names} কাছে {t} কেজি {g} আছে। {he} প্রতিটি {v} {s} কেজি করে {g} ভরে। {he} কয়টি {vs} ভরতে পারবে?",
        ),
        hints=(
            Bi(
                "Divide the whole amount by the amount in one {v}.",
                "মোট পরিমাণকে এক {v} যতটুকু থাকে তা দিয়ে ভাগ করো।",
            ),
            Bi(
                "Write {t} as an improper fraction: {ti}.",
                "{t} কে অপ্রকৃত ভগ্নাংশে লেখো: {ti}।",
            ),
            Bi(
                "Dividing by {s} is the same as multiplying by {r}.",
                "{s} দিয়ে ভাগ করা আর {r} দিয়ে গুণ করা একই কথা।",
            ),
        ),
        answer=total / size,
        derived=bags,
    )


def _fraction_of_money(draw: Draw) -> Made:
    part = _proper(draw, 3, 12)
    draw.require(part.numerator > 1)
    one = draw.whole(5, 300, step=5)
    amount = one * part.denominator
    draw.require(amount <= 20000)
    person = draw.person()
    spend = draw.choice(
        (
            Bi("on books", "বই কিনতে"),
            Bi("on a new dress", "নতুন জামা কিনতে"),
            Bi("on a gift for the family", "পরিবারের জন্য উপহার কিনতে"),
            Bi("on a school trip", "শিক্ষাসফরে"),
        )
    )
    return Made(
        values={
            "a": amount,
            "f": part,
            "q": part.denominator,
            "p": part.numerator,
            "one": one,
            "names": _possessive(person.name),
            "name": person.name,
            "s": spend,
        },
        question=Bi(
            "{name} saved {a} taka and spent {f} of it {s}. How many taka were spent?",
            "{names} জমানো {a} টাকার {f} অংশ {s} খরচ হলো। কত টাকা খরচ হলো?",
        ),
        hints=(
            Bi(
                "{f} of an amount means: divide it into {q} equal parts and take {p} of them.",
                "কোনো পরিমাণের {f} অংশ মানে: একে {q}টি সমান ভাগ করে তার {p}টি ভাগ নেওয়া।",
            ),
            Bi("One part is {a} ÷ {q} = {one} taka.", "এক ভাগ = {a} ÷ {q} = {one} টাকা।"),
            Bi("Now take {p} such parts.", "এখন এমন {p}টি ভাগ নাও।"),
        ),
        answer=amount * part,
        derived=one * part.numerator,
    )


def _fraction_of_class(draw: Draw) -> Made:
    part = _proper(draw, 3, 9)
    draw.require(part.numerator > 1)
    total = part.denominator * draw.whole(4, 9)
    draw.require(20 <= total <= 70)
    group = draw.choice(
        (
            (Bi("play football", "ফুটবল খেলে"), Bi("do not play football", "ফুটবল খেলে না")),
            (
                Bi("come to school by bicycle", "সাইকেলে বিদ্যালয়ে আসে"),
                Bi("do not come by bicycle", "সাইকেলে আসে না"),
            ),
            (Bi("are girls", "মেয়ে"), Bi("are boys", "ছেলে")),
            (
                Bi("like mathematics best", "গণিত সবচেয়ে পছন্দ করে"),
                Bi("like another subject best", "অন্য বিষয় সবচেয়ে পছন্দ করে"),
            ),
        )
    )
    rest = draw.coin()
    answer = total - total * part if rest else total * part
    draw.require(answer != total // part.denominator)
    return Made(
        values={
            "n": total,
            "f": part,
            "g": group[0],
            "h": group[1] if rest else group[0],
            "q": part.denominator,
        },
        question=Bi(
            "There are {n} students in a class. {f} of them {g}. How many students {h}?",
            "একটি শ্রেণিতে {n} জন শিক্ষার্থী আছে। তাদের {f} অংশ {g}। কতজন শিক্ষার্থী {h}?",
        ),
        hints=(
            Bi(
                "First find {f} of {n}: divide {n} by {q}, then multiply by the numerator.",
                "প্রথমে {n} এর {f} অংশ বের করো: {n} কে {q} দিয়ে ভাগ করে লব দিয়ে গুণ করো।",
            ),
            Bi(
                "Read the question again: does it ask about that group or about the others?",
                "প্রশ্নটি আবার পড়ো: সেই দলের কথা জানতে চাওয়া হয়েছে, নাকি বাকিদের?",
            ),
            Bi(
                "For the others, subtract the group from all {n} students.",
                "বাকিদের জন্য মোট {n} জন থেকে সেই দলের সংখ্যা বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=total * (1 - part) if rest else total * part.numerator // part.denominator,
    )


def _whole_from_part(draw: Draw) -> Made:
    part = _proper(draw, 3, 12)
    draw.require(part.numerator > 1)
    number = part.denominator * draw.whole(3, 25)
    given = number * part
    one = given / part.numerator
    draw.require(one != number)
    return Made(
        values={"f": part, "g": given, "p": part.numerator, "q": part.denominator, "one": one},
        question=Bi(
            "{f} of a number is {g}. What is the number?",
            "একটি সংখ্যার {f} অংশ {g}। সংখ্যাটি কত?",
        ),
        hints=(
            Bi(
                "{f} of the number means {p} of its {q} equal parts.",
                "সংখ্যাটির {f} অংশ মানে এর {q}টি সমান ভাগের {p}টি ভাগ।",
            ),
            Bi("So one part is {g} ÷ {p} = {one}.", "তাই এক ভাগ = {g} ÷ {p} = {one}।"),
            Bi("The whole number has {q} such parts.", "পুরো সংখ্যাটিতে এমন {q}টি ভাগ আছে।"),
        ),
        answer=given / part,
        derived=number,
    )


def _lowest_terms(draw: Draw) -> Made:
    base = _proper(draw, 3, 15)
    k = draw.whole(2, 12)
    top, bottom = base.numerator * k, base.denominator * k
    draw.require(bottom <= 150)
    # Independent route: strike out common prime factors one at a time.
    a, b = top, bottom
    for p in (2, 3, 5, 7, 11, 13):
        while a % p == 0 and b % p == 0:
            a, b = a // p, b // p
    return Made(
        values={"f": _over(top, bottom), "a": top, "b": bottom, "k": k},
        question=Bi(
            "Write {f} in lowest terms.",
            "{f} কে লঘিষ্ঠ আকারে প্রকাশ করো।",
        ),
        hints=(
            Bi(
                "A fraction does not change if the numerator and the denominator are divided by the same number.",
                "লব ও হরকে একই সংখ্যা দিয়ে ভাগ করলে ভগ্নাংশের মান বদলায় না।",
            ),
            Bi("Find the HCF of {a} and {b}.", "{a} ও {b} এর গসাগু বের করো।"),
            Bi(
                "The HCF is {k}. Divide both {a} and {b} by {k}.",
                "গসাগু {k}। {a} ও {b} উভয়কে {k} দিয়ে ভাগ করো।",
            ),
        ),
        answer=Fraction(top, bottom),
        derived=Fraction(a, b) if b != bottom else Fraction(top, bottom),
    )


def _compare_choice(draw: Draw) -> Made:
    options: list[Fraction] = []
    while len(options) < 4:
        f = _proper(draw, 3, 12)
        if f not in options:
            options.append(f)
    greatest = draw.coin()
    shown = draw.shuffle(options)
    target = max(shown) if greatest else min(shown)
    # Independent route: compare by cross multiplication only.
    best = 0
    for i in range(1, 4):
        a, b = shown[i], shown[best]
        bigger = a.numerator * b.denominator > b.numerator * a.denominator
        if bigger == greatest:
            best = i
    which = Bi("greatest", "বৃহত্তম") if greatest else Bi("smallest", "ক্ষুদ্রতম")
    return Made(
        values={"which": which, **{f"o{i}": f for i, f in enumerate(shown)}},
        question=Bi(
            "Which is the {which} of the fractions {o0}, {o1}, {o2} and {o3}?",
            "{o0}, {o1}, {o2} ও {o3} ভগ্নাংশগুলোর মধ্যে কোনটি {which}?",
        ),
        hints=(
            Bi(
                "To compare fractions, write them with the same denominator.",
                "ভগ্নাংশ তুলনা করতে সবগুলোকে একই হরবিশিষ্ট করে লেখো।",
            ),
            Bi(
                "Use the LCM of the denominators as the common denominator.",
                "হরগুলোর লসাগুকে সাধারণ হর হিসেবে নাও।",
            ),
            Bi(
                "With equal denominators, the fraction with the larger numerator is larger.",
                "হর সমান হলে যে ভগ্নাংশের লব বড়, সেটিই বড়।",
            ),
        ),
        answer=_LETTERS[shown.index(target)],
        derived=_LETTERS[best],
        choices=tuple(Bi(f"{{o{i}}}", f"{{o{i}}}") for i in range(4)),
    )


def _mixed_to_improper(draw: Draw) -> Made:
    whole = draw.whole(1, 12)
    part = _proper(draw, 2, 12)
    value = whole + part
    return Made(
        values={
            "m": _mixed(value),
            "w": whole,
            "d": part.denominator,
            "wd": _over(whole * part.denominator, part.denominator),
        },
        question=Bi(
            "Write {m} as an improper fraction.",
            "{m} কে অপ্রকৃত ভগ্নাংশে প্রকাশ করো।",
        ),
        hints=(
            Bi(
                "A mixed number is a whole number and a proper fraction together.",
                "মিশ্র ভগ্নাংশ হলো একটি পূর্ণ সংখ্যা ও একটি প্রকৃত ভগ্নাংশ একসাথে।",
            ),
            Bi("{w} wholes = {wd}.", "{w}টি পূর্ণ = {wd}।"),
            Bi(
                "Add the numerators: whole × denominator + numerator, over the same denominator {d}.",
                "লবগুলো যোগ করো: পূর্ণ সংখ্যা × হর + লব; হর থাকবে {d}।",
            ),
        ),
        answer=Fraction(whole * part.denominator + part.numerator, part.denominator),
        derived=value,
    )


# --- Decimals -------------------------------------------------------------------------------


def _fraction_to_decimal(draw: Draw) -> Made:
    bottom = draw.choice((2, 4, 5, 8, 20, 25, 40, 50, 125, 250))
    top = draw.whole(1, 2 * bottom - 1)
    draw.require(gcd(top, bottom) == 1)
    power = next(p for p in (10, 100, 1000) if p % bottom == 0)
    k = power // bottom
    draw.require(k > 1)
    value = Fraction(top, bottom)
    return Made(
        values={"f": value, "b": bottom, "k": k, "p": power},
        question=Bi(
            "Write {f} as a decimal.",
            "{f} কে দশমিক ভগ্নাংশে প্রকাশ করো।",
        ),
        hints=(
            Bi(
                "Make the denominator 10, 100 or 1000.",
                "হরকে ১০, ১০০ বা ১০০০ বানাও।",
            ),
            Bi(
                "Multiply the numerator and the denominator {b} by {k}; the denominator becomes {p}.",
                "লব ও হর {b} কে {k} দিয়ে গুণ করো; হর হবে {p}।",
            ),
            Bi(
                "Dividing by {p} moves the decimal point of the numerator one place left for every zero of {p}.",
                "{p} দিয়ে ভাগ করলে লবের দশমিক বিন্দু {p} এর প্রতিটি শূন্যের জন্য এক ঘর বামে সরে।",
            ),
        ),
        answer=Fraction(top * k, power),
        derived=value,
    )


def _decimal_to_fraction(draw: Draw) -> Made:
    places = draw.choice((2, 2, 3))
    scale = 10**places
    units = draw.whole(1, 3 * scale - 1)
    draw.require(units % 10 != 0 and gcd(units, scale) > 1)
    value = Fraction(units, scale)
    k = gcd(units, scale)
    return Made(
        values={"x": decimal(value), "u": _over(units, scale), "a": units, "s": scale, "k": k},
        question=Bi(
            "Write {x} as a fraction in lowest terms.",
            "{x} কে লঘিষ্ঠ আকারে সাধারণ ভগ্নাংশে প্রকাশ করো।",
        ),
        hints=(
            Bi(
                "Count the digits after the decimal point: that many zeros go in the denominator.",
                "দশমিক বিন্দুর পরে কয়টি অঙ্ক আছে গোনো: হরে ততগুলো শূন্য বসবে।",
            ),
            Bi("So the decimal is {u}.", "তাই দশমিক ভগ্নাংশটি = {u}।"),
            Bi(
                "The HCF of {a} and {s} is {k}; divide both by it.",
                "{a} ও {s} এর গসাগু {k}; উভয়কে এটি দিয়ে ভাগ করো।",
            ),
        ),
        answer=Fraction(units // k, scale // k),
        derived=value,
    )


def _add_decimals(draw: Draw) -> Made:
    a = _short_decimal(draw, 1, 9, draw.whole(1, 2))
    b = _short_decimal(draw, 0, 5, draw.whole(1, 3))
    draw.require(_places(a) != _places(b))
    person = draw.person()
    g1, g2 = draw.sample(
        (
            Bi("potatoes", "আলু"),
            Bi("onions", "পেঁয়াজ"),
            Bi("rice", "চাল"),
            Bi("lentils", "ডাল"),
            Bi("tomatoes", "টমেটো"),
            Bi("sugar", "চিনি"),
        ),
        2,
    )
    answer = a + b
    draw.require(answer.denominator > 1)
    width = max(_places(a), _places(b))
    return Made(
        values={
            "a": decimal(a),
            "b": decimal(b),
            "name": person.name,
            "g1": g1,
            "g2": g2,
            "he": person.he,
            "n": width,
        },
        question=Bi(
            "{name} bought {a} kg of {g1} and {b} kg of {g2} at the bazaar. How many kilograms did {he} buy in all?",
            "{name} বাজার থেকে {a} কেজি {g1} ও {b} কেজি {g2} কিনল। {he} মোট কত কেজি কিনল?",
        ),
        hints=(
            Bi("To find the total, add the two weights.", "মোট ওজন পেতে দুইটি ওজন যোগ করো।"),
            Bi(
                "Write the numbers one under the other with the decimal points in a line.",
                "দশমিক বিন্দু বরাবর সংখ্যা দুইটি একটির নিচে আরেকটি লেখো।",
            ),
            Bi(
                "Fill empty places with zeros so both have {n} digits after the point, then add place by place.",
                "খালি ঘরে শূন্য বসাও যাতে দুইটিতেই দশমিকের পরে {n}টি অঙ্ক থাকে, তারপর ঘর ধরে ধরে যোগ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(int(a * 1000) + int(b * 1000), 1000),
    )


def _subtract_decimals(draw: Draw) -> Made:
    total = _short_decimal(draw, 3, 20, 2)
    done = _short_decimal(draw, 1, 15, draw.whole(1, 2))
    draw.require(
        (done < total and _places(done) != _places(total)) or (done < total and draw.coin())
    )
    answer = total - done
    draw.require(answer.denominator > 1)
    context = draw.choice(("road", "rope", "race"))
    person = draw.person()
    if context == "road":
        unit = Unit.KM
        question = Bi(
            "A road is {t} km long. Workers have repaired {d} km of it. How many kilometres are still to be repaired?",
            "একটি রাস্তা {t} কিলোমিটার লম্বা। শ্রমিকেরা এর {d} কিলোমিটার মেরামত করেছেন। আর কত কিলোমিটার মেরামত বাকি?",
        )
    elif context == "rope":
        unit = Unit.M
        question = Bi(
            "{name} had a rope {t} m long and cut off {d} m. How many metres of rope are left?",
            "{names} কাছে {t} মিটার লম্বা একটি দড়ি ছিল। সে তা থেকে {d} মিটার কেটে নিল। আর কত মিটার দড়ি রইল?",
        )
    else:
        unit = Unit.KM
        question = Bi(
            "{name} is walking to a village {t} km away. {He} has walked {d} km. How many more kilometres must {he} walk?",
            "{name} {t} কিলোমিটার দূরের একটি গ্রামে হেঁটে যাচ্ছে। {he} {d} কিলোমিটার হেঁটেছে। আর কত কিলোমিটার হাঁটতে হবে?",
        )
    return Made(
        values={
            "t": decimal(total),
            "d": decimal(done),
            "name": person.name,
            "names": _possessive(person.name),
            "He": Bi(person.he.en.capitalize(), person.he.bn),
            "he": person.he,
        },
        question=question,
        hints=(
            Bi(
                "Subtract the part done from the whole: {t} − {d}.",
                "মোট থেকে যতটুকু হয়েছে তা বিয়োগ করো: {t} − {d}।",
            ),
            Bi(
                "Line up the decimal points and fill empty places with zeros.",
                "দশমিক বিন্দু বরাবর সাজাও এবং খালি ঘরে শূন্য বসাও।",
            ),
            Bi(
                "Subtract place by place from the right, borrowing where needed.",
                "ডান দিক থেকে ঘর ধরে ধরে বিয়োগ করো, দরকার হলে ধার নাও।",
            ),
        ),
        answer=answer,
        derived=Fraction(int(total * 100) - int(done * 100), 100),
        unit=unit,
    )


def _multiply_decimals(draw: Draw) -> Made:
    a = _short_decimal(draw, 0, 9, 1)
    b = _short_decimal(draw, 0, 3, 2)
    answer = a * b
    draw.require(answer.denominator > 1)
    whole_a, whole_b = int(a * 10), int(b * 100)
    product = whole_a * whole_b
    draw.require(Fraction(product) != answer)
    return Made(
        values={"a": decimal(a), "b": decimal(b), "wa": whole_a, "wb": whole_b, "p": product},
        question=Bi(
            "Find the value of {a} × {b}.",
            "মান নির্ণয় করো: {a} × {b}",
        ),
        hints=(
            Bi(
                "First multiply as if there were no decimal points: {wa} × {wb} = {p}.",
                "প্রথমে দশমিক বিন্দু না ধরে গুণ করো: {wa} × {wb} = {p}।",
            ),
            Bi(
                "Count the digits after the decimal points in both numbers and add the counts.",
                "দুইটি সংখ্যার দশমিক বিন্দুর পরের অঙ্কগুলো গুনে যোগ করো।",
            ),
            Bi(
                "The product has that many digits after its decimal point: place the point in {p}.",
                "গুণফলে দশমিক বিন্দুর পরে ততগুলো অঙ্ক থাকবে: সেই অনুযায়ী {p} এ দশমিক বিন্দু বসাও।",
            ),
        ),
        answer=answer,
        derived=Fraction(product, 1000),
    )


def _divide_decimals(draw: Draw) -> Made:
    divisor = _short_decimal(draw, 0, 5, draw.whole(1, 2))
    quotient = Fraction(draw.whole(2, 60), draw.choice((1, 1, 2, 5)))
    dividend = divisor * quotient
    draw.require(_places(dividend) <= 3 and dividend.denominator > 1)
    scale = 10 ** _places(divisor)
    big, small = dividend * scale, divisor * scale
    draw.require(quotient not in (big, small))
    return Made(
        values={
            "a": decimal(dividend),
            "b": decimal(divisor),
            "s": scale,
            "A": decimal(big),
            "B": small,
        },
        question=Bi(
            "Find the value of {a} ÷ {b}.",
            "মান নির্ণয় করো: {a} ÷ {b}",
        ),
        hints=(
            Bi(
                "Make the divisor a whole number: multiply both numbers by {s}.",
                "ভাজককে পূর্ণসংখ্যা বানাও: দুইটি সংখ্যাকেই {s} দিয়ে গুণ করো।",
            ),
            Bi("The division becomes {A} ÷ {B}.", "ভাগটি হয়ে যায় {A} ÷ {B}।"),
            Bi(
                "Now divide as usual, putting the decimal point in the quotient above the point of the dividend.",
                "এখন সাধারণ নিয়মে ভাগ করো; ভাজ্যের দশমিক বিন্দু বরাবর ভাগফলে দশমিক বিন্দু বসাও।",
            ),
        ),
        answer=dividend / divisor,
        derived=quotient,
    )


def _decimal_price(draw: Draw) -> Made:
    good = draw.good_by_weight()
    price = draw.whole(good.low, good.high, step=10 if good.high > 200 else 2)
    weight = Fraction(draw.whole(1, 5)) + draw.choice(
        (Fraction(1, 2), Fraction(1, 4), Fraction(3, 4))
    )
    answer = price * weight
    draw.require(answer.denominator == 1)
    whole_kg = int(weight)
    rest = weight - whole_kg
    person = draw.person()
    return Made(
        values={
            "w": decimal(weight),
            "p": price,
            "g": good.name,
            "name": person.name,
            "he": person.he,
            "k": whole_kg,
            "wp": price * whole_kg,
            "r": decimal(rest),
        },
        question=Bi(
            "{name} buys {w} kg of {g} at {p} taka per kg. How many taka does {he} pay?",
            "{name} প্রতি কেজি {p} টাকা দরে {w} কেজি {g} কিনল। {he} মোট কত টাকা দিল?",
        ),
        hints=(
            Bi(
                "Multiply the price of 1 kg by the number of kilograms.",
                "১ কেজির দামকে কেজির সংখ্যা দিয়ে গুণ করো।",
            ),
            Bi(
                "{w} kg is {k} kg and {r} kg more. {k} kg cost {wp} taka.",
                "{w} কেজি মানে {k} কেজি এবং আরও {r} কেজি। {k} কেজির দাম {wp} টাকা।",
            ),
            Bi(
                "Find the price of {r} kg, then add it to {wp}.",
                "{r} কেজির দাম বের করো, তারপর তা {wp} এর সাথে যোগ করো।",
            ),
        ),
        answer=answer,
        derived=price * int(weight * 100) // 100,
    )


def _round_decimal(draw: Draw) -> Made:
    places = draw.whole(1, 2)
    value = _short_decimal(draw, 0, 50, places + draw.whole(1, 2))
    scale = 10**places
    scaled = value * scale
    floor = scaled.numerator // scaled.denominator
    next_digit = int(value * scale * 10) % 10
    answer = Fraction(floor + (1 if next_digit >= 5 else 0), scale)
    below, above = Fraction(floor, scale), Fraction(floor + 1, scale)
    derived = min((below, above), key=lambda c: (abs(value - c), -c))
    draw.require(answer.denominator > 1 or draw.coin())
    word = (
        Bi("one decimal place", "এক দশমিক স্থান")
        if places == 1
        else Bi("two decimal places", "দুই দশমিক স্থান")
    )
    nxt = Bi("second", "দ্বিতীয়") if places == 1 else Bi("third", "তৃতীয়")
    return Made(
        values={"x": decimal(value), "w": word, "nx": nxt},
        question=Bi(
            "Round {x} to {w}.",
            "{x} কে {w} পর্যন্ত আসন্ন মানে প্রকাশ করো।",
        ),
        hints=(
            Bi(
                "Look at the {nx} digit after the decimal point.",
                "দশমিক বিন্দুর পরের {nx} অঙ্কটি দেখো।",
            ),
            Bi(
                "If it is 5 or more, add one to the digit before it; if less than 5, leave that digit as it is.",
                "সেটি ৫ বা তার বেশি হলে তার আগের অঙ্কে এক যোগ করো; ৫ এর কম হলে আগের অঙ্কটি যেমন আছে তেমন রাখো।",
            ),
            Bi("Then drop all the digits after it.", "তারপর এর পরের সব অঙ্ক বাদ দাও।"),
        ),
        answer=answer,
        derived=derived,
    )


# --- Word problems with several steps ------------------------------------------------------


def _money_at_first(draw: Draw) -> Made:
    x = _proper(draw, 2, 6)
    y = _proper(draw, 2, 6)
    left_part = (1 - x) * (1 - y)
    unit = draw.whole(2, 60) * 10
    start = unit * left_part.denominator
    left = start * left_part
    draw.require(start <= 10000 and left.denominator == 1 and (start * x).denominator == 1)
    person = draw.person()
    first, second = draw.sample(
        (
            Bi("books", "বই"),
            Bi("a cricket bat", "একটি ক্রিকেট ব্যাট"),
            Bi("a pair of shoes", "এক জোড়া জুতা"),
            Bi("a school bag", "একটি স্কুলব্যাগ"),
            Bi("a gift", "একটি উপহার"),
        ),
        2,
    )
    return Made(
        values={
            "x": x,
            "y": y,
            "l": left,
            "name": person.name,
            "his": person.his,
            "he": person.he,
            "a": first,
            "b": second,
            "rx": 1 - x,
            "ry": 1 - y,
        },
        question=Bi(
            "{name} spent {x} of {his} money on {a}. Then {he} spent {y} of the remaining money on {b}. Now {he} has {l} taka left. How many taka did {he} have at first?",
            "{name} তার টাকার {x} অংশ দিয়ে {a} কিনল। তারপর বাকি টাকার {y} অংশ দিয়ে {b} কিনল। এখন তার কাছে {l} টাকা আছে। শুরুতে তার কাছে কত টাকা ছিল?",
        ),
        hints=(
            Bi("Take all the money at first as 1.", "শুরুতে সব টাকাকে ১ ধরো।"),
            Bi(
                "After the first purchase {rx} of the money is left; after the second, {ry} of that is left.",
                "প্রথম কেনার পর টাকার {rx} অংশ বাকি থাকে; দ্বিতীয় কেনার পর তার {ry} অংশ বাকি থাকে।",
            ),
            Bi(
                "So {rx} × {ry} of the money is {l} taka. Divide {l} by that fraction.",
                "তাই টাকার {rx} × {ry} অংশ = {l} টাকা। {l} কে ঐ ভগ্নাংশ দিয়ে ভাগ করো।",
            ),
        ),
        answer=left / left_part,
        derived=start,
    )


def _bracket_simplify(draw: Draw) -> Made:
    a, b = sorted((_proper(draw, 2, 12), _proper(draw, 2, 12)), reverse=True)
    c, d = _proper(draw, 2, 8), _proper(draw, 2, 8)
    draw.require(a.denominator != b.denominator and c.denominator != d.denominator)
    first, second = a - b, c + d
    answer = first / second
    draw.require(second != 1 and answer not in (first, second, 1 / second))
    draw.require(answer.denominator > 1 and answer.numerator < 100 and answer.denominator < 100)
    return Made(
        values={"a": a, "b": b, "c": c, "d": d, "p": first, "q": second, "r": 1 / second},
        question=Bi(
            "Simplify ({a} − {b}) ÷ ({c} + {d}) and write the answer as a fraction in lowest terms.",
            "({a} − {b}) ÷ ({c} + {d}) সরল করো এবং উত্তর লঘিষ্ঠ আকারে ভগ্নাংশে লেখো।",
        ),
        hints=(
            Bi(
                "Work out each bracket first, then divide.",
                "প্রথমে প্রতিটি বন্ধনীর মান বের করো, তারপর ভাগ করো।",
            ),
            Bi(
                "The first bracket is {p} and the second bracket is {q}.",
                "প্রথম বন্ধনীর মান {p} এবং দ্বিতীয় বন্ধনীর মান {q}।",
            ),
            Bi(
                "Dividing by {q} means multiplying by {r}.",
                "{q} দিয়ে ভাগ করা মানে {r} দিয়ে গুণ করা।",
            ),
        ),
        answer=answer,
        derived=Fraction(
            (a.numerator * b.denominator - b.numerator * a.denominator)
            * c.denominator
            * d.denominator,
            a.denominator
            * b.denominator
            * (c.numerator * d.denominator + d.numerator * c.denominator),
        ),
    )


def _fraction_of_fraction(draw: Draw) -> Made:
    length = _short_decimal(draw, 5, 40, 1)
    x, y = _proper(draw, 2, 5), _proper(draw, 2, 5)
    answer = length * x * y
    draw.require(_places(answer) <= 3 and answer.denominator > 1)
    draw.require(x * y not in (x, y))
    context = draw.choice(("rope", "cloth"))
    person = draw.person()
    unit = Unit.M
    if context == "rope":
        question = Bi(
            "A rope is {t} m long. {name} cuts off {x} of it, and uses {y} of the cut piece to make a swing. How many metres of rope go into the swing?",
            "একটি দড়ি {t} মিটার লম্বা। {name} এর {x} অংশ কেটে নিল এবং কাটা অংশের {y} অংশ দিয়ে একটি দোলনা বানাল। দোলনায় কত মিটার দড়ি লাগল?",
        )
    else:
        question = Bi(
            "A shop has {t} m of cloth. {x} of the cloth is sold, and {y} of the cloth sold is used for school uniforms. How many metres of cloth are used for uniforms?",
            "একটি দোকানে {t} মিটার কাপড় আছে। কাপড়ের {x} অংশ বিক্রি হলো, আর বিক্রি হওয়া কাপড়ের {y} অংশ দিয়ে স্কুলের পোশাক বানানো হলো। পোশাক বানাতে কত মিটার কাপড় লাগল?",
        )
    return Made(
        values={"t": decimal(length), "x": x, "y": y, "name": person.name, "xy": x * y},
        question=question,
        hints=(
            Bi(
                "You need a part of a part: {y} of {x} of {t} m.",
                "তোমাকে অংশের অংশ বের করতে হবে: {t} মিটারের {x} অংশের {y} অংশ।",
            ),
            Bi(
                "'Of' means multiply: {y} × {x} = {xy}.",
                "'অংশ' বের করা মানে গুণ করা: {y} × {x} = {xy}।",
            ),
            Bi("Now find {xy} of {t}.", "এখন {t} এর {xy} অংশ বের করো।"),
        ),
        answer=answer,
        derived=length * x.numerator * y.numerator / (x.denominator * y.denominator),
        unit=unit,
    )


def _income_left(draw: Draw) -> Made:
    food = _proper(draw, 3, 10)
    rent = draw.choice(
        (Fraction(1, 4), Fraction(1, 5), Fraction(1, 10), Fraction(3, 10), Fraction(1, 20))
    )
    draw.require(food + rent < 1 and food != rent)
    spent = food + rent
    step = _lcm(food.denominator, rent.denominator)
    income = step * draw.whole(2, 100)
    draw.require(300 <= income <= 2000)
    answer = income * (1 - spent)
    worker = draw.choice(
        (
            (Bi("A rickshaw puller", "একজন রিকশাচালক"), Bi("the rickshaw rent", "রিকশার ভাড়া")),
            (Bi("A van driver", "একজন ভ্যানচালক"), Bi("the van rent", "ভ্যানের ভাড়া")),
            (Bi("A boatman", "একজন মাঝি"), Bi("the boat rent", "নৌকার ভাড়া")),
        )
    )
    return Made(
        values={
            "i": income,
            "f": food,
            "r": decimal(rent),
            "rf": rent,
            "w": worker[0],
            "rent": worker[1],
            "s": spent,
        },
        question=Bi(
            "{w} earns {i} taka in a day. He spends {f} of it on food and {r} of it on {rent}. How many taka are left?",
            "{w} দিনে {i} টাকা আয় করেন। তিনি এর {f} অংশ খাবারে এবং {r} অংশ {rent} বাবদ খরচ করেন। তাঁর কাছে কত টাকা থাকে?",
        ),
        hints=(
            Bi(
                "Find what part of the income is spent, then what part is left.",
                "আয়ের কত অংশ খরচ হয় তা বের করো, তারপর কত অংশ বাকি থাকে।",
            ),
            Bi(
                "Write {r} as the fraction {rf}, then add {f} + {rf}.",
                "{r} কে ভগ্নাংশে লেখো: {rf}। তারপর {f} + {rf} যোগ করো।",
            ),
            Bi(
                "He spends {s} of his income; find the remaining part of {i} taka.",
                "তিনি আয়ের {s} অংশ খরচ করেন; {i} টাকার বাকি অংশ বের করো।",
            ),
        ),
        answer=answer,
        derived=income - income * food - income * rent,
    )


FAMILIES = (
    Family(
        "g6-add-fractions",
        "adding fractions",
        1,
        AnswerKind.FRACTION,
        _add_fractions,
        lowest_terms=True,
        minutes=2,
    ),
    Family(
        "g6-subtract-fractions",
        "subtracting fractions",
        1,
        AnswerKind.FRACTION,
        _subtract_fractions,
        lowest_terms=True,
        minutes=2,
    ),
    Family(
        "g6-fraction-left-over",
        "subtracting fractions",
        2,
        AnswerKind.FRACTION,
        _fraction_left,
        lowest_terms=True,
    ),
    Family(
        "g6-multiply-mixed-numbers",
        "multiplying fractions",
        2,
        AnswerKind.FRACTION,
        _multiply_mixed,
        lowest_terms=True,
    ),
    Family(
        "g6-divide-fractions",
        "dividing fractions",
        2,
        AnswerKind.FRACTION,
        _divide_fractions,
        lowest_terms=True,
    ),
    Family(
        "g6-fraction-division-bags",
        "dividing fractions",
        2,
        AnswerKind.INTEGER,
        _bags,
        minutes=4,
    ),
    Family(
        "g6-fraction-of-money",
        "fraction of a quantity",
        1,
        AnswerKind.MONEY,
        _fraction_of_money,
        unit=Unit.TAKA,
        minutes=2,
    ),
    Family(
        "g6-fraction-of-a-class",
        "fraction of a quantity",
        1,
        AnswerKind.INTEGER,
        _fraction_of_class,
        minutes=2,
    ),
    Family(
        "g6-whole-from-a-fraction",
        "fraction of a quantity",
        2,
        AnswerKind.INTEGER,
        _whole_from_part,
    ),
    Family(
        "g6-fraction-lowest-terms",
        "simplifying fractions",
        1,
        AnswerKind.FRACTION,
        _lowest_terms,
        lowest_terms=True,
        minutes=2,
    ),
    Family(
        "g6-compare-fractions-choice",
        "comparing fractions",
        2,
        AnswerKind.CHOICE,
        _compare_choice,
    ),
    Family(
        "g6-mixed-to-improper",
        "mixed and improper fractions",
        1,
        AnswerKind.FRACTION,
        _mixed_to_improper,
        minutes=2,
    ),
    Family(
        "g6-fraction-to-decimal",
        "fractions as decimals",
        1,
        AnswerKind.DECIMAL,
        _fraction_to_decimal,
        minutes=2,
    ),
    Family(
        "g6-decimal-to-fraction",
        "decimals as fractions",
        1,
        AnswerKind.FRACTION,
        _decimal_to_fraction,
        lowest_terms=True,
        minutes=2,
    ),
    Family(
        "g6-add-decimals",
        "adding decimals",
        1,
        AnswerKind.DECIMAL,
        _add_decimals,
        unit=Unit.KG,
        minutes=2,
    ),
    Family(
        "g6-subtract-decimals",
        "subtracting decimals",
        1,
        AnswerKind.DECIMAL,
        _subtract_decimals,
        unit=Unit.KM,
        minutes=2,
    ),
    Family(
        "g6-multiply-decimals",
        "multiplying decimals",
        2,
        AnswerKind.DECIMAL,
        _multiply_decimals,
    ),
    Family("g6-divide-decimals", "dividing decimals", 2, AnswerKind.DECIMAL, _divide_decimals),
    Family(
        "g6-decimal-weight-price",
        "multiplying decimals",
        2,
        AnswerKind.MONEY,
        _decimal_price,
        unit=Unit.TAKA,
    ),
    Family(
        "g6-round-decimals",
        "rounding decimals",
        2,
        AnswerKind.DECIMAL,
        _round_decimal,
        minutes=2,
    ),
    Family(
        "g6-money-at-first",
        "fraction word problem",
        3,
        AnswerKind.MONEY,
        _money_at_first,
        unit=Unit.TAKA,
        minutes=6,
    ),
    Family(
        "g6-simplify-fraction-brackets",
        "simplifying fractions",
        3,
        AnswerKind.FRACTION,
        _bracket_simplify,
        lowest_terms=True,
        minutes=6,
    ),
    Family(
        "g6-part-of-a-part-decimal",
        "fraction of a decimal quantity",
        3,
        AnswerKind.DECIMAL,
        _fraction_of_fraction,
        unit=Unit.M,
        minutes=5,
    ),
    Family(
        "g6-income-fraction-and-decimal",
        "fractions and decimals together",
        3,
        AnswerKind.MONEY,
        _income_left,
        unit=Unit.TAKA,
        minutes=6,
    ),
)
