"""Class 7, rational numbers: operations on fractions and integers, squares and square roots (NCTB chapter 1)."""

from __future__ import annotations

from fractions import Fraction
from math import gcd, isqrt

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit, decimal

TOPIC = Topic(grade=7, key="rational_numbers", en="Rational numbers", bn="মূলদ সংখ্যা")

Number = int | Fraction


def _hide(draw: Draw, answer: Number, *shown: Number) -> None:
    """Reject a draw whose hints would show a number equal to the answer (sign ignored)."""
    draw.require(all(abs(Fraction(answer)) != abs(Fraction(s)) for s in shown))


def _lcm(*numbers: int) -> int:
    result = 1
    for n in numbers:
        result = result * n // gcd(result, n)
    return result


def _proper(draw: Draw, low: int = 2, high: int = 12) -> Fraction:
    """A proper fraction in lowest terms with a denominator from low to high."""
    den = draw.whole(low, high)
    num = draw.choice([n for n in range(1, den) if gcd(n, den) == 1])
    return Fraction(num, den)


def _signed(draw: Draw, value: Fraction) -> Fraction:
    return -value if draw.coin() else value


def _is_square(n: int) -> bool:
    return n >= 0 and isqrt(n) ** 2 == n


def _squarefree_part(n: int) -> int:
    """The product of the primes that appear an odd number of times in n."""
    part, p = 1, 2
    while p * p <= n:
        while n % (p * p) == 0:
            n //= p * p
        if n % p == 0:
            part *= p
            n //= p
        p += 1
    return part * n


def _largest_square_root_below(n: int) -> int:
    """The largest whole number whose square is at most n, counting up from 1."""
    j = 1
    while (j + 1) * (j + 1) <= n:
        j += 1
    return j


def _root_by_search(n: int) -> int:
    """The whole number whose square is n, found by trying 1, 2, 3..."""
    return next(r for r in range(1, n + 1) if r * r == n)


_VOWEL_SIGNS = "ািীুূৃেৈোৌ"


def _of(name: Bi) -> Bi:
    """A name or place with the possessive ending: Rima's, রিমার; Rahim's, রহিমের."""
    ending = "র" if name.bn[-1] in _VOWEL_SIGNS else "ের"
    return Bi(f"{name.en}'s", name.bn + ending)


def _in(place: Bi) -> Bi:
    """A place with the locative ending: ঢাকায়, সিলেটে, রাজশাহীতে."""
    last = place.bn[-1]
    ending = "য়" if last == "া" else "তে" if last in _VOWEL_SIGNS else "ে"
    return Bi(place.en, place.bn + ending)


def _mixed(value: Fraction) -> str:
    whole, rest = divmod(value.numerator, value.denominator)
    return f"{whole} {rest}/{value.denominator}" if whole else f"{rest}/{value.denominator}"


# ---------------------------------------------------------------- difficulty 1


def _add_fractions(draw: Draw) -> Made:
    p, q = _proper(draw), _proper(draw)
    b, d = p.denominator, q.denominator
    draw.require(b != d)
    lcm = _lcm(b, d)
    answer = p + q
    _hide(draw, answer, p, q, b, d, lcm)
    question = draw.choice(
        (
            Bi(
                "Find the value of {p} + {q}. Write the answer as a fraction in lowest terms.",
                "মান নির্ণয় করো: {p} + {q}। উত্তরটি লঘিষ্ঠ আকারে ভগ্নাংশে লেখো।",
            ),
            Bi(
                "Add {p} and {q}. Give the sum as a fraction in lowest terms.",
                "{p} ও {q} যোগ করো। যোগফলটি লঘিষ্ঠ আকারে ভগ্নাংশে লেখো।",
            ),
        )
    )
    return Made(
        values={"p": p, "q": q, "b": b, "d": d, "l": lcm},
        question=question,
        hints=(
            Bi(
                "To add fractions, first give them a common denominator.",
                "ভগ্নাংশ যোগ করতে প্রথমে হরগুলো সমান করো।",
            ),
            Bi(
                "The LCM of {b} and {d} is {l}, so write both fractions with denominator {l}.",
                "{b} ও {d} এর লসাগু {l}, তাই দুটি ভগ্নাংশকেই {l} হরবিশিষ্ট করো।",
            ),
            Bi(
                "Add the new numerators, keep the denominator {l}, then reduce to lowest terms.",
                "নতুন লবগুলো যোগ করো, হর {l} রাখো, তারপর লঘিষ্ঠ আকারে আনো।",
            ),
        ),
        answer=answer,
        derived=Fraction(p.numerator * d + q.numerator * b, b * d),
    )


def _subtract_signed(draw: Draw) -> Made:
    p, q = _signed(draw, _proper(draw)), _signed(draw, _proper(draw))
    b, d = p.denominator, q.denominator
    draw.require(b != d)
    lcm = _lcm(b, d)
    answer = p - q
    _hide(draw, answer, p, q, b, d, lcm)
    return Made(
        values={"p": p, "q": q, "nq": -q, "b": b, "d": d, "l": lcm},
        question=Bi(
            "Find the value of ({p}) - ({q}). Write the answer in lowest terms.",
            "({p}) - ({q}) এর মান নির্ণয় করো। উত্তরটি লঘিষ্ঠ আকারে লেখো।",
        ),
        hints=(
            Bi(
                "Subtracting a number is the same as adding its additive inverse: ({p}) + ({nq}).",
                "কোনো সংখ্যা বিয়োগ করা মানে তার যোগাত্মক বিপরীত যোগ করা: ({p}) + ({nq})।",
            ),
            Bi(
                "The LCM of {b} and {d} is {l}; write both fractions with denominator {l}.",
                "{b} ও {d} এর লসাগু {l}; দুটি ভগ্নাংশকেই {l} হরবিশিষ্ট করো।",
            ),
            Bi(
                "Add the numerators with their signs, keep the denominator {l} and reduce.",
                "চিহ্নসহ লবগুলো যোগ করো, হর {l} রাখো এবং লঘিষ্ঠ আকারে আনো।",
            ),
        ),
        answer=answer,
        derived=Fraction(p.numerator * d - q.numerator * b, b * d),
    )


def _multiply_signed(draw: Draw) -> Made:
    p, q = _signed(draw, _proper(draw, 2, 15)), _signed(draw, _proper(draw, 2, 15))
    p = p if p < 0 or q < 0 else -p
    q = Fraction(q.denominator, q.numerator) if draw.coin() else q  # an improper factor too
    answer = p * q
    draw.require(answer.denominator != 1)
    g1, g2 = gcd(abs(p.numerator), q.denominator), gcd(abs(q.numerator), p.denominator)
    draw.require(g1 > 1 or g2 > 1)  # something to cancel
    sign = 1 if (p > 0) == (q > 0) else -1
    cancelled = Fraction(
        sign * (abs(p.numerator) // g1) * (abs(q.numerator) // g2),
        (p.denominator // g2) * (q.denominator // g1),
    )
    _hide(draw, answer, p, q)
    rule = (
        Bi(
            "The product of two numbers with the same sign is positive.",
            "একই চিহ্নযুক্ত দুটি সংখ্যার গুণফল ধনাত্মক হয়।",
        )
        if sign > 0
        else Bi(
            "The product of a negative number and a positive number is negative.",
            "একটি ঋণাত্মক ও একটি ধনাত্মক সংখ্যার গুণফল ঋণাত্মক হয়।",
        )
    )
    return Made(
        values={"p": p, "q": q},
        question=Bi(
            "Find the product ({p}) × ({q}). Write the answer in lowest terms.",
            "({p}) × ({q}) এর গুণফল নির্ণয় করো। উত্তরটি লঘিষ্ঠ আকারে লেখো।",
        ),
        hints=(
            rule,
            Bi(
                "Multiply numerator by numerator and denominator by denominator.",
                "লবের সাথে লব এবং হরের সাথে হর গুণ করো।",
            ),
            Bi(
                "Cancel the common factors of a numerator and a denominator before you multiply.",
                "গুণ করার আগে কোনো লব ও হরের সাধারণ গুণনীয়ক কাটাকাটি করো।",
            ),
        ),
        answer=answer,
        derived=cancelled,
    )


def _integer_sum(draw: Draw) -> Made:
    count = draw.choice((3, 4))
    terms = [draw.whole(-40, 40, exclude=(0,)) for _ in range(count)]
    ops = ["+"] + [draw.choice("+-") for _ in range(count - 1)]
    draw.require(any(t < 0 for t in terms) and "-" in ops)
    shown = [f"({t})" if t < 0 else str(t) for t in terms]
    expression = shown[0] + "".join(f" {o} {s}" for o, s in zip(ops[1:], shown[1:], strict=True))
    signed_terms = [t if o == "+" else -t for o, t in zip(ops, terms, strict=True)]
    answer = sum(signed_terms)
    positives = sum(t for t in signed_terms if t > 0)
    negatives = sum(t for t in signed_terms if t < 0)
    draw.require(answer != 0 and positives > 0 and negatives < 0)
    as_additions = " + ".join(f"({t})" if t < 0 else str(t) for t in signed_terms)
    _hide(draw, answer, *terms, positives, negatives)
    return Made(
        values={"e": expression, "a": as_additions, "pos": positives, "neg": negatives},
        question=Bi("Find the value of {e}.", "{e} এর মান নির্ণয় করো।"),
        hints=(
            Bi(
                "Subtracting a number is adding its opposite: subtracting a negative number means adding a positive one.",
                "কোনো সংখ্যা বিয়োগ করা মানে তার বিপরীত সংখ্যা যোগ করা: ঋণাত্মক সংখ্যা বিয়োগ করা মানে ধনাত্মক সংখ্যা যোগ করা।",
            ),
            Bi("Write everything as an addition: {a}.", "সবকিছু যোগ আকারে লেখো: {a}।"),
            Bi(
                "The positive numbers add up to {pos} and the negative numbers to ({neg}); now combine them.",
                "ধনাত্মক সংখ্যাগুলোর যোগফল {pos} এবং ঋণাত্মক সংখ্যাগুলোর যোগফল ({neg}); এখন এ দুটি যোগ করো।",
            ),
        ),
        answer=answer,
        derived=positives + negatives,
    )


def _height_difference(draw: Draw) -> Made:
    above, below = draw.whole(20, 900), draw.whole(5, 400)
    _hide(draw, above + below, above, below)
    question = draw.choice(
        (
            Bi(
                "Taking sea level as 0 m, a hill top near Bandarban is at {a} m and the bottom of a deep lake is at -{b} m. How many metres higher is the hill top than the bottom of the lake?",
                "সমুদ্রপৃষ্ঠকে ০ মিটার ধরলে বান্দরবানের কাছে একটি পাহাড়চূড়ার উচ্চতা {a} মিটার এবং একটি গভীর হ্রদের তলদেশ -{b} মিটারে। হ্রদের তলদেশের চেয়ে পাহাড়চূড়া কত মিটার উঁচুতে?",
            ),
            Bi(
                "Taking sea level as 0 m, a diver is at -{b} m and a gull is flying at {a} m. How many metres above the diver is the gull?",
                "সমুদ্রপৃষ্ঠকে ০ মিটার ধরলে একজন ডুবুরি -{b} মিটারে আছেন এবং একটি গাংচিল {a} মিটার উচ্চতায় উড়ছে। ডুবুরির চেয়ে গাংচিলটি কত মিটার উপরে?",
            ),
            Bi(
                "Taking sea level as 0 m, a submarine is at -{b} m and a helicopter is at {a} m above it. What is the vertical distance between them in metres?",
                "সমুদ্রপৃষ্ঠকে ০ মিটার ধরলে একটি ডুবোজাহাজ -{b} মিটারে এবং একটি হেলিকপ্টার {a} মিটার উচ্চতায় আছে। এদের মধ্যে খাড়া দূরত্ব কত মিটার?",
            ),
        )
    )
    return Made(
        values={"a": above, "b": below},
        question=question,
        hints=(
            Bi(
                "The difference is the higher position minus the lower position.",
                "পার্থক্য = উপরের অবস্থান - নিচের অবস্থান।",
            ),
            Bi("Work out {a} - (-{b}).", "{a} - (-{b}) এর মান বের করো।"),
            Bi(
                "Subtracting -{b} is the same as adding {b}.",
                "-{b} বিয়োগ করা মানে {b} যোগ করা।",
            ),
        ),
        answer=above + below,
        derived=above - (-below),
    )


def _square_root_factorise(draw: Draw) -> Made:
    root = draw.whole(12, 99)
    draw.require(root % 10 != 0)
    n = root * root
    field = draw.coin()
    question = (
        Bi(
            "The area of a square field is {n} square metres. Find the length of one side of the field in metres.",
            "একটি বর্গাকার মাঠের ক্ষেত্রফল {n} বর্গমিটার। মাঠটির এক বাহুর দৈর্ঘ্য কত মিটার নির্ণয় করো।",
        )
        if field
        else Bi(
            "Find the square root of {n} by prime factorisation.",
            "মৌলিক উৎপাদকে বিশ্লেষণ করে {n} এর বর্গমূল নির্ণয় করো।",
        )
    )
    first = (
        Bi(
            "The side of a square is the square root of its area.",
            "বর্গক্ষেত্রের বাহুর দৈর্ঘ্য = ক্ষেত্রফলের বর্গমূল।",
        )
        if field
        else Bi(
            "Break {n} into its prime factors.",
            "{n} কে মৌলিক উৎপাদকে বিশ্লেষণ করো।",
        )
    )
    return Made(
        values={"n": n},
        question=question,
        hints=(
            first,
            Bi(
                "Write the prime factors of {n} and group equal factors in pairs.",
                "{n} এর মৌলিক উৎপাদকগুলো লিখে সমান উৎপাদকগুলোকে জোড়ায় জোড়ায় সাজাও।",
            ),
            Bi(
                "Take one factor from each pair and multiply them.",
                "প্রতি জোড়া থেকে একটি করে উৎপাদক নিয়ে গুণ করো।",
            ),
        ),
        answer=isqrt(n),
        derived=_root_by_search(n),
        unit=Unit.M if field else None,
    )


def _square_of_decimal(draw: Draw) -> Made:
    k = draw.whole(2, 99)
    draw.require(k % 10 != 0)
    x = Fraction(k, 10) * (-1 if draw.coin() else 1)
    answer = x * x
    _hide(draw, answer, k, 2)
    sign_hint = (
        Bi(
            "A negative number times a negative number is positive.",
            "ঋণাত্মক সংখ্যাকে ঋণাত্মক সংখ্যা দিয়ে গুণ করলে গুণফল ধনাত্মক হয়।",
        )
        if x < 0
        else Bi(
            "The square of a number is the number times itself.",
            "কোনো সংখ্যার বর্গ = সংখ্যাটি × সংখ্যাটি।",
        )
    )
    return Made(
        values={"x": decimal(x), "k": k},
        question=Bi("Find the value of ({x})².", "({x})² এর মান নির্ণয় করো।"),
        hints=(
            sign_hint,
            Bi(
                "First multiply {k} by {k}, ignoring the decimal point.",
                "প্রথমে দশমিক বিন্দু বাদ দিয়ে {k} কে {k} দিয়ে গুণ করো।",
            ),
            Bi(
                "Each factor has one decimal place, so the product has two decimal places.",
                "প্রতিটি উৎপাদকে দশমিকের পর এক অঙ্ক, তাই গুণফলে দশমিকের পর দুই অঙ্ক হবে।",
            ),
        ),
        answer=answer,
        derived=Fraction(k * k, 100),
    )


# ---------------------------------------------------------------- difficulty 2


def _divide_signed(draw: Draw) -> Made:
    p, q = _signed(draw, _proper(draw, 2, 16)), _signed(draw, _proper(draw, 2, 16))
    draw.require(p < 0 or q < 0)
    reciprocal = Fraction(q.denominator, q.numerator)
    answer = p / q
    _hide(draw, answer, p, q, reciprocal)
    return Made(
        values={"p": p, "q": q, "r": reciprocal},
        question=Bi(
            "Find the value of ({p}) ÷ ({q}). Write the answer in lowest terms.",
            "({p}) ÷ ({q}) এর মান নির্ণয় করো। উত্তরটি লঘিষ্ঠ আকারে লেখো।",
        ),
        hints=(
            Bi(
                "Dividing by a fraction means multiplying by its reciprocal.",
                "কোনো ভগ্নাংশ দিয়ে ভাগ করা মানে তার গুণাত্মক বিপরীত দিয়ে গুণ করা।",
            ),
            Bi(
                "The reciprocal of {q} is {r}, so work out ({p}) × ({r}).",
                "{q} এর গুণাত্মক বিপরীত {r}, তাই ({p}) × ({r}) বের করো।",
            ),
            Bi(
                "Decide the sign first, cancel common factors, then multiply.",
                "আগে চিহ্ন ঠিক করো, সাধারণ গুণনীয়ক কাটাকাটি করো, তারপর গুণ করো।",
            ),
        ),
        answer=answer,
        derived=Fraction(p.numerator * q.denominator, p.denominator * q.numerator),
    )


def _bracket_first(draw: Draw) -> Made:
    p, r, s = _proper(draw), _proper(draw), _proper(draw)
    d, f = r.denominator, s.denominator
    draw.require(d != f)
    plus = draw.coin()
    inner = r + s if plus else r - s
    draw.require(inner > 0)
    answer = p * inner
    lcm = _lcm(d, f)
    _hide(draw, answer, p, r, s, d, f, lcm)
    op = "+" if plus else "-"
    return Made(
        values={"p": p, "r": r, "s": s, "d": d, "f": f, "l": lcm, "op": op},
        question=Bi(
            "Find the value of {p} × ({r} {op} {s}). Write the answer in lowest terms.",
            "{p} × ({r} {op} {s}) এর মান নির্ণয় করো। উত্তরটি লঘিষ্ঠ আকারে লেখো।",
        ),
        hints=(
            Bi("Work out the bracket first.", "আগে বন্ধনীর ভেতরের কাজ করো।"),
            Bi(
                "The LCM of {d} and {f} is {l}; write {r} and {s} with denominator {l}.",
                "{d} ও {f} এর লসাগু {l}; {r} ও {s} কে {l} হরবিশিষ্ট করো।",
            ),
            Bi(
                "Multiply the value of the bracket by {p} and reduce to lowest terms.",
                "বন্ধনীর মানকে {p} দিয়ে গুণ করে লঘিষ্ঠ আকারে আনো।",
            ),
        ),
        answer=answer,
        derived=p * r + p * s if plus else p * r - p * s,
    )


_MIXED_CONTEXTS = (
    (
        Bi(
            "{name} had {w} kg of rice. {he} cooked {u} kg and gave {v} kg to a neighbour. How many kg of rice are left? Write the answer as a fraction.",
            "{name_of} কাছে {w} কেজি চাল ছিল। সে {u} কেজি রান্না করল এবং {v} কেজি প্রতিবেশীকে দিল। আর কত কেজি চাল রইল? উত্তরটি ভগ্নাংশে লেখো।",
        ),
        Unit.KG,
    ),
    (
        Bi(
            "{name} had a rope {w} m long. {he} cut off {u} m for a swing and {v} m to tie a goat. How many metres of rope are left? Write the answer as a fraction.",
            "{name_of} কাছে {w} মিটার লম্বা একটি দড়ি ছিল। সে দোলনার জন্য {u} মিটার এবং ছাগল বাঁধার জন্য {v} মিটার কেটে নিল। দড়ির আর কত মিটার রইল? উত্তরটি ভগ্নাংশে লেখো।",
        ),
        Unit.M,
    ),
    (
        Bi(
            "A jar held {w} litres of milk. {name} used {u} litres to make payesh and drank {v} litres. How many litres of milk are left? Write the answer as a fraction.",
            "একটি পাত্রে {w} লিটার দুধ ছিল। {name} পায়েস রাঁধতে {u} লিটার দুধ ব্যবহার করল এবং {v} লিটার পান করল। আর কত লিটার দুধ রইল? উত্তরটি ভগ্নাংশে লেখো।",
        ),
        Unit.LITRE,
    ),
)


def _mixed_numbers_left(draw: Draw) -> Made:
    w = draw.whole(3, 9) + _proper(draw, 2, 6)
    u = draw.whole(1, 3) + _proper(draw, 2, 6)
    v = _proper(draw, 2, 8)
    answer = w - u - v
    draw.require(answer > 0 and answer.denominator != 1)
    lcm = _lcm(w.denominator, u.denominator, v.denominator)
    draw.require(lcm <= 60 and len({w.denominator, u.denominator, v.denominator}) >= 2)
    parts_w, parts_u = divmod(w.numerator, w.denominator), divmod(u.numerator, u.denominator)
    _hide(
        draw,
        answer,
        w,
        u,
        v,
        lcm,
        parts_w[0],
        Fraction(parts_w[1], w.denominator),
        parts_u[0],
        Fraction(parts_u[1], u.denominator),
    )
    person = draw.person()
    template, unit = draw.choice(_MIXED_CONTEXTS)
    return Made(
        values={
            "name": person.name,
            "name_of": _of(person.name),
            "he": Bi(person.he.en.capitalize(), person.he.bn),
            "w": _mixed(w),
            "u": _mixed(u),
            "v": v,
            "wi": w,
            "ui": u,
            "l": lcm,
        },
        question=template,
        hints=(
            Bi(
                "Change the mixed numbers into improper fractions: {w} = {wi} and {u} = {ui}.",
                "মিশ্র ভগ্নাংশগুলোকে অপ্রকৃত ভগ্নাংশে রূপান্তর করো: {w} = {wi} এবং {u} = {ui}।",
            ),
            Bi(
                "The LCM of the denominators is {l}; write all three fractions with denominator {l}.",
                "হরগুলোর লসাগু {l}; তিনটি ভগ্নাংশকেই {l} হরবিশিষ্ট করো।",
            ),
            Bi(
                "Subtract both amounts used from {wi} and reduce to lowest terms.",
                "{wi} থেকে ব্যবহৃত দুটি পরিমাণ বিয়োগ করে লঘিষ্ঠ আকারে আনো।",
            ),
        ),
        answer=answer,
        derived=w - (u + v),
        unit=unit,
    )


def _square_root_decimal(draw: Draw) -> Made:
    k = draw.whole(11, 99)
    draw.require(k % 10 != 0)
    places = draw.choice((1, 2))
    root = Fraction(k, 10**places)
    n = root * root
    _hide(draw, root, n)
    return Made(
        values={"n": decimal(n), "m": k * k},
        question=Bi(
            "Find the square root of {n}.",
            "{n} এর বর্গমূল নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Starting from the decimal point, mark the digits in pairs on both sides.",
                "দশমিক বিন্দু থেকে শুরু করে দুই পাশের অঙ্কগুলোকে জোড়ায় জোড়ায় চিহ্নিত করো।",
            ),
            Bi(
                "Find the square root of {m}, ignoring the decimal point, by prime factorisation or by division.",
                "দশমিক বিন্দু বাদ দিয়ে উৎপাদকে বিশ্লেষণ বা ভাগ প্রক্রিয়ায় {m} এর বর্গমূল বের করো।",
            ),
            Bi(
                "The square root has half as many decimal places as {n}.",
                "বর্গমূলে দশমিকের পর অঙ্ক থাকবে {n} এর দশমিকের পরের অঙ্কের অর্ধেক।",
            ),
        ),
        answer=root,
        derived=Fraction(_root_by_search(k * k), 10**places),
    )


def _square_root_fraction(draw: Draw) -> Made:
    a, b = draw.whole(2, 25), draw.whole(2, 25)
    draw.require(a != b and gcd(a, b) == 1)
    n = Fraction(a * a, b * b)
    answer = Fraction(a, b)
    mixed = n > 1 and draw.coin()
    shown = _mixed(n) if mixed else n
    return Made(
        values={"n": shown, "f": n, "num": a * a, "den": b * b},
        question=Bi(
            "Find the square root of {n}. Write the answer as a fraction in lowest terms.",
            "{n} এর বর্গমূল নির্ণয় করো। উত্তরটি লঘিষ্ঠ আকারে ভগ্নাংশে লেখো।",
        ),
        hints=(
            Bi(
                "Write the number as an improper fraction: {f}."
                if mixed
                else "The square root of a fraction is the square root of the numerator over the square root of the denominator.",
                "সংখ্যাটিকে অপ্রকৃত ভগ্নাংশে লেখো: {f}।"
                if mixed
                else "ভগ্নাংশের বর্গমূল = লবের বর্গমূল / হরের বর্গমূল।",
            ),
            Bi(
                "Find the square roots of {num} and {den} separately.",
                "{num} ও {den} এর বর্গমূল আলাদাভাবে বের করো।",
            ),
            Bi(
                "Write the root of the numerator over the root of the denominator.",
                "লবের বর্গমূলকে লবে এবং হরের বর্গমূলকে হরে লেখো।",
            ),
        ),
        answer=answer,
        derived=Fraction(_root_by_search(a * a), _root_by_search(b * b)),
    )


_SQUARE_ROWS = (
    Bi(
        "A gardener in {place} planted {n} trees in rows, with as many trees in each row as there are rows. How many trees are there in each row?",
        "{place_of} একজন মালী {n}টি গাছ কয়েকটি সারিতে লাগালেন, যেখানে প্রতি সারিতে গাছের সংখ্যা সারির সংখ্যার সমান। প্রতি সারিতে কয়টি গাছ আছে?",
    ),
    Bi(
        "At a school in {place}, {n} students stand for assembly in rows, with as many students in each row as there are rows. How many students are in each row?",
        "{place_of} একটি স্কুলে সমাবেশে {n} জন শিক্ষার্থী কয়েকটি সারিতে দাঁড়াল, যেখানে প্রতি সারিতে শিক্ষার্থীর সংখ্যা সারির সংখ্যার সমান। প্রতি সারিতে কতজন শিক্ষার্থী আছে?",
    ),
    Bi(
        "In a hall in {place}, {n} chairs are set in rows, with as many chairs in each row as there are rows. How many chairs are in each row?",
        "{place_of} একটি হলঘরে {n}টি চেয়ার কয়েকটি সারিতে সাজানো হলো, যেখানে প্রতি সারিতে চেয়ারের সংখ্যা সারির সংখ্যার সমান। প্রতি সারিতে কয়টি চেয়ার আছে?",
    ),
)


def _square_rows(draw: Draw) -> Made:
    k = draw.whole(13, 75)
    n = k * k
    return Made(
        values={"n": n, "place": (place := draw.district()), "place_of": _of(place)},
        question=draw.choice(_SQUARE_ROWS),
        hints=(
            Bi(
                "If each row has x, there are x rows, so the total is x × x.",
                "প্রতি সারিতে x হলে সারি আছে xটি, তাই মোট সংখ্যা x × x।",
            ),
            Bi(
                "So you need the square root of {n}.",
                "তাই {n} এর বর্গমূল বের করতে হবে।",
            ),
            Bi(
                "Break {n} into prime factors and take one factor from each pair.",
                "{n} কে মৌলিক উৎপাদকে বিশ্লেষণ করে প্রতি জোড়া থেকে একটি উৎপাদক নাও।",
            ),
        ),
        answer=isqrt(n),
        derived=_root_by_search(n),
    )


def _greatest_or_least(draw: Draw) -> Made:
    fractions = [
        draw.choice([Fraction(n, d) for n in range(1, d) if gcd(n, d) == 1])
        for d in draw.sample((3, 4, 5, 6, 7, 8, 9, 10, 12, 15), 4)
    ]
    draw.require(len(set(fractions)) == 4)
    greatest = draw.coin()
    target = max(fractions) if greatest else min(fractions)
    letters = "ABCD"
    answer = letters[fractions.index(target)]
    # Independently: the option that beats every other one by cross-multiplication.
    derived = next(
        letters[i]
        for i, f in enumerate(fractions)
        if all(
            (f.numerator * g.denominator > g.numerator * f.denominator) == greatest
            for j, g in enumerate(fractions)
            if j != i
        )
    )
    lcm = _lcm(*(f.denominator for f in fractions))
    draw.require(lcm <= 360)
    return Made(
        values={f"o{i}": f for i, f in enumerate(fractions)} | {"l": lcm},
        question=Bi(
            "Which of the rational numbers {o0}, {o1}, {o2} and {o3} is the greatest?"
            if greatest
            else "Which of the rational numbers {o0}, {o1}, {o2} and {o3} is the smallest?",
            "{o0}, {o1}, {o2} ও {o3} মূলদ সংখ্যাগুলোর মধ্যে কোনটি বৃহত্তম?"
            if greatest
            else "{o0}, {o1}, {o2} ও {o3} মূলদ সংখ্যাগুলোর মধ্যে কোনটি ক্ষুদ্রতম?",
        ),
        hints=(
            Bi(
                "Give all four fractions the same denominator, then compare the numerators.",
                "চারটি ভগ্নাংশকেই একই হরবিশিষ্ট করো, তারপর লবগুলো তুলনা করো।",
            ),
            Bi(
                "The LCM of the four denominators is {l}.",
                "চারটি হরের লসাগু {l}।",
            ),
            Bi(
                "With equal denominators, the fraction with the larger numerator is the larger fraction.",
                "হর সমান হলে যে ভগ্নাংশের লব বড়, সেই ভগ্নাংশটি বড়।",
            ),
        ),
        answer=answer,
        derived=derived,
        choices=tuple(Bi(f"{{o{i}}}", f"{{o{i}}}") for i in range(4)),
    )


# ---------------------------------------------------------------- difficulty 3

_SQUAREFREE = (2, 3, 5, 6, 7, 10, 11, 13, 14, 15, 17, 19, 21, 22, 23, 26, 29, 30)


def _square_helper_draw(draw: Draw) -> tuple[int, int, int]:
    s = draw.choice(_SQUAREFREE)
    k = draw.whole(2, 40)
    n = s * k * k
    draw.require(150 <= n <= 9999)
    return s, k, n


def _smallest_multiplier(draw: Draw) -> Made:
    _, _, n = _square_helper_draw(draw)
    return Made(
        values={"n": n},
        question=Bi(
            "What is the smallest natural number by which {n} must be multiplied so that the product is a perfect square?",
            "{n} কে ক্ষুদ্রতম কোন স্বাভাবিক সংখ্যা দিয়ে গুণ করলে গুণফল একটি পূর্ণবর্গ সংখ্যা হবে?",
        ),
        hints=(
            Bi("Break {n} into prime factors.", "{n} কে মৌলিক উৎপাদকে বিশ্লেষণ করো।"),
            Bi(
                "In a perfect square, every prime factor comes in pairs.",
                "পূর্ণবর্গ সংখ্যায় প্রতিটি মৌলিক উৎপাদক জোড়ায় জোড়ায় থাকে।",
            ),
            Bi(
                "Multiply together the prime factors of {n} that have no partner.",
                "{n} এর যে মৌলিক উৎপাদকগুলোর জোড়া নেই, সেগুলো গুণ করো।",
            ),
        ),
        answer=_squarefree_part(n),
        derived=next(m for m in range(1, n + 1) if _is_square(n * m)),
    )


def _smallest_divisor(draw: Draw) -> Made:
    _, _, n = _square_helper_draw(draw)
    return Made(
        values={"n": n},
        question=Bi(
            "What is the smallest natural number by which {n} must be divided so that the quotient is a perfect square?",
            "{n} কে ক্ষুদ্রতম কোন স্বাভাবিক সংখ্যা দিয়ে ভাগ করলে ভাগফল একটি পূর্ণবর্গ সংখ্যা হবে?",
        ),
        hints=(
            Bi("Break {n} into prime factors.", "{n} কে মৌলিক উৎপাদকে বিশ্লেষণ করো।"),
            Bi(
                "Group equal prime factors in pairs; a perfect square has no factor left alone.",
                "সমান মৌলিক উৎপাদকগুলো জোড়ায় সাজাও; পূর্ণবর্গ সংখ্যায় কোনো উৎপাদক জোড়াহীন থাকে না।",
            ),
            Bi(
                "Divide by the product of the prime factors that have no partner.",
                "জোড়াহীন মৌলিক উৎপাদকগুলোর গুণফল দিয়ে ভাগ করো।",
            ),
        ),
        answer=_squarefree_part(n),
        derived=next(m for m in range(1, n + 1) if n % m == 0 and _is_square(n // m)),
    )


def _root_after_multiplying(draw: Draw) -> Made:
    s, k, n = _square_helper_draw(draw)
    answer = s * k
    _hide(draw, answer, n)
    return Made(
        values={"n": n},
        question=Bi(
            "Multiply {n} by the smallest natural number that makes it a perfect square. What is the square root of that perfect square?",
            "{n} কে ক্ষুদ্রতম যে স্বাভাবিক সংখ্যা দিয়ে গুণ করলে পূর্ণবর্গ সংখ্যা হয়, সেই সংখ্যা দিয়ে গুণ করো। গুণফল পূর্ণবর্গ সংখ্যাটির বর্গমূল কত?",
        ),
        hints=(
            Bi("Break {n} into prime factors.", "{n} কে মৌলিক উৎপাদকে বিশ্লেষণ করো।"),
            Bi(
                "Multiply by the prime factors that have no partner, so that every factor comes in pairs.",
                "যে মৌলিক উৎপাদকগুলোর জোড়া নেই সেগুলো দিয়ে গুণ করো, যাতে প্রতিটি উৎপাদক জোড়ায় থাকে।",
            ),
            Bi(
                "Now take one factor from each pair and multiply them.",
                "এখন প্রতি জোড়া থেকে একটি করে উৎপাদক নিয়ে গুণ করো।",
            ),
        ),
        answer=answer,
        derived=isqrt(n * _squarefree_part(n)),
    )


def _least_to_subtract(draw: Draw) -> Made:
    k = draw.whole(20, 99)
    r = draw.whole(1, 2 * k)
    n = k * k + r
    return Made(
        values={"n": n},
        question=Bi(
            "What is the smallest number that must be subtracted from {n} to make it a perfect square?",
            "{n} থেকে ক্ষুদ্রতম কোন সংখ্যা বিয়োগ করলে বিয়োগফল একটি পূর্ণবর্গ সংখ্যা হবে?",
        ),
        hints=(
            Bi(
                "Find the square root of {n} by the division method.",
                "ভাগ প্রক্রিয়ায় {n} এর বর্গমূল নির্ণয় করো।",
            ),
            Bi(
                "The division does not end exactly: something is left over at the last step.",
                "ভাগটি নিঃশেষে মেলে না: শেষ ধাপে কিছু অবশিষ্ট থাকে।",
            ),
            Bi(
                "That remainder is the number to subtract; check that what is left is a perfect square.",
                "ওই ভাগশেষই বিয়োগ করতে হবে; বিয়োগফলটি পূর্ণবর্গ কি না মিলিয়ে দেখো।",
            ),
        ),
        answer=n - isqrt(n) ** 2,
        derived=n - _largest_square_root_below(n) ** 2,
    )


def _least_to_add(draw: Draw) -> Made:
    k = draw.whole(20, 99)
    r = draw.whole(1, 2 * k)
    n = k * k + r
    answer = (isqrt(n) + 1) ** 2 - n
    return Made(
        values={"n": n},
        question=Bi(
            "What is the smallest number that must be added to {n} to make it a perfect square?",
            "{n} এর সাথে ক্ষুদ্রতম কোন সংখ্যা যোগ করলে যোগফল একটি পূর্ণবর্গ সংখ্যা হবে?",
        ),
        hints=(
            Bi(
                "Find the square root of {n} by the division method; it is not a whole number.",
                "ভাগ প্রক্রিয়ায় {n} এর বর্গমূল বের করো; এটি পূর্ণসংখ্যা নয়।",
            ),
            Bi(
                "The next perfect square above {n} is the square of the next whole number after the quotient you found.",
                "{n} এর চেয়ে বড় পরবর্তী পূর্ণবর্গ সংখ্যাটি হলো পাওয়া ভাগফলের পরের পূর্ণসংখ্যার বর্গ।",
            ),
            Bi(
                "Subtract {n} from that perfect square.",
                "ওই পূর্ণবর্গ সংখ্যা থেকে {n} বিয়োগ করো।",
            ),
        ),
        answer=answer,
        derived=(_largest_square_root_below(n) + 1) ** 2 - n,
    )


def _formation_leftover(draw: Draw) -> Made:
    k = draw.whole(12, 60)
    short = draw.coin()
    r = draw.whole(1, k - 1) if short else draw.whole(1, 2 * k)
    n = k * k - r if short else k * k + r
    _hide(draw, k, n, r)
    place = draw.district()
    if short:
        question = Bi(
            "{n} scouts in {place} want to stand in a square formation, with as many scouts in each row as there are rows. They find that {r} more scouts are needed to complete the square. How many scouts will be in each row?",
            "{place_of} {n} জন স্কাউট বর্গাকারে দাঁড়াতে চায়, যেখানে প্রতি সারিতে স্কাউটের সংখ্যা সারির সংখ্যার সমান। দেখা গেল বর্গটি পূর্ণ করতে আরও {r} জন স্কাউট দরকার। প্রতি সারিতে কতজন স্কাউট থাকবে?",
        )
        first = Bi(
            "With {r} more scouts there would be {n} + {r} scouts, a perfect square.",
            "আরও {r} জন হলে স্কাউট হতো {n} + {r} জন, যা একটি পূর্ণবর্গ সংখ্যা।",
        )
    else:
        question = Bi(
            "{n} scouts in {place} stand in a square formation, with as many scouts in each row as there are rows. {r} scouts are left over. How many scouts are in each row?",
            "{place_of} {n} জন স্কাউট বর্গাকারে দাঁড়াল, যেখানে প্রতি সারিতে স্কাউটের সংখ্যা সারির সংখ্যার সমান। এতে {r} জন স্কাউট বাকি রইল। প্রতি সারিতে কতজন স্কাউট আছে?",
        )
        first = Bi(
            "The scouts in the square are {n} - {r}, and that number is a perfect square.",
            "বর্গে দাঁড়ানো স্কাউটের সংখ্যা {n} - {r}, যা একটি পূর্ণবর্গ সংখ্যা।",
        )
    return Made(
        values={"n": n, "r": r, "place": place, "place_of": _of(place)},
        question=question,
        hints=(
            first,
            Bi(
                "The number in each row is the square root of that perfect square.",
                "প্রতি সারির সংখ্যা হলো ওই পূর্ণবর্গ সংখ্যার বর্গমূল।",
            ),
            Bi(
                "Find the square root by prime factorisation or by the division method.",
                "উৎপাদকে বিশ্লেষণ বা ভাগ প্রক্রিয়ায় বর্গমূল বের করো।",
            ),
        ),
        answer=isqrt(n + r if short else n - r),
        derived=k,
    )


def _complex_fraction(draw: Draw) -> Made:
    a, b, c, d = (_proper(draw, 2, 10) for _ in range(4))
    draw.require(a.denominator != b.denominator and c.denominator != d.denominator)
    top, bottom = a + b, c - d
    draw.require(bottom > 0)
    answer = top / bottom
    l1, l2 = _lcm(a.denominator, b.denominator), _lcm(c.denominator, d.denominator)
    _hide(draw, answer, a, b, c, d, l1, l2)
    top_cross = Fraction(
        a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator
    )
    bottom_cross = Fraction(
        c.numerator * d.denominator - d.numerator * c.denominator, c.denominator * d.denominator
    )
    return Made(
        values={"a": a, "b": b, "c": c, "d": d, "l1": l1, "l2": l2},
        question=Bi(
            "Simplify ({a} + {b}) ÷ ({c} - {d}). Write the answer in lowest terms.",
            "সরল করো: ({a} + {b}) ÷ ({c} - {d})। উত্তরটি লঘিষ্ঠ আকারে লেখো।",
        ),
        hints=(
            Bi(
                "Simplify each bracket separately, then divide.",
                "প্রতিটি বন্ধনী আলাদাভাবে সরল করো, তারপর ভাগ করো।",
            ),
            Bi(
                "Use the denominator {l1} in the first bracket and {l2} in the second.",
                "প্রথম বন্ধনীতে হর {l1} এবং দ্বিতীয় বন্ধনীতে হর {l2} নাও।",
            ),
            Bi(
                "Dividing by a fraction is multiplying by its reciprocal; then reduce to lowest terms.",
                "ভগ্নাংশ দিয়ে ভাগ করা মানে তার গুণাত্মক বিপরীত দিয়ে গুণ করা; তারপর লঘিষ্ঠ আকারে আনো।",
            ),
        ),
        answer=answer,
        derived=Fraction(
            top_cross.numerator * bottom_cross.denominator,
            top_cross.denominator * bottom_cross.numerator,
        ),
    )


def _smallest_square_divisible(draw: Draw) -> Made:
    numbers = sorted(draw.sample(range(4, 25), 3))
    lcm = _lcm(*numbers)
    draw.require(lcm <= 600 and not _is_square(lcm) and lcm * _squarefree_part(lcm) <= 50000)
    answer = lcm * _squarefree_part(lcm)
    _hide(draw, answer, *numbers, lcm)
    a, b, c = numbers
    return Made(
        values={"a": a, "b": b, "c": c, "l": lcm},
        question=Bi(
            "Find the smallest perfect square that is divisible by each of {a}, {b} and {c}.",
            "{a}, {b} ও {c} এর প্রত্যেকটি দ্বারা বিভাজ্য ক্ষুদ্রতম পূর্ণবর্গ সংখ্যাটি নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "The number must be a multiple of the LCM of {a}, {b} and {c}.",
                "সংখ্যাটি অবশ্যই {a}, {b} ও {c} এর লসাগুর গুণিতক হবে।",
            ),
            Bi(
                "The LCM is {l}; break it into prime factors.",
                "লসাগু {l}; একে মৌলিক উৎপাদকে বিশ্লেষণ করো।",
            ),
            Bi(
                "Multiply {l} by the prime factors that have no partner, so that every factor comes in pairs.",
                "{l} কে তার জোড়াহীন মৌলিক উৎপাদকগুলো দিয়ে গুণ করো, যাতে প্রতিটি উৎপাদক জোড়ায় থাকে।",
            ),
        ),
        answer=answer,
        derived=next(m * m for m in range(1, lcm + 1) if all((m * m) % x == 0 for x in numbers)),
    )


def _net_result(draw: Draw) -> Made:
    amounts = [draw.whole(5, 60) * 10 for _ in range(5)]
    kinds = [draw.coin() for _ in range(5)]  # True: profit
    draw.require(1 <= sum(kinds) <= 4)
    profit = sum(a for a, k in zip(amounts, kinds, strict=True) if k)
    loss = sum(a for a, k in zip(amounts, kinds, strict=True) if not k)
    answer = profit - loss
    draw.require(answer != 0)
    _hide(draw, answer, *amounts, profit, loss)
    person = draw.person()
    words = [
        Bi(f"a profit of {{a{i}}} taka", f"{{a{i}}} টাকা লাভ")
        if k
        else Bi(f"a loss of {{a{i}}} taka", f"{{a{i}}} টাকা ক্ষতি")
        for i, k in enumerate(kinds)
    ]
    place = draw.district()
    listed_en = ", ".join(w.en for w in words[:4]) + " and " + words[4].en
    listed_bn = ", ".join(w.bn for w in words[:4]) + " এবং " + words[4].bn
    return Made(
        values={f"a{i}": a for i, a in enumerate(amounts)}
        | {
            "name": person.name,
            "name_of": _of(person.name),
            "p": profit,
            "l": loss,
            "place": place,
            "place_in": _in(place),
        },
        question=Bi(
            "{name} runs a tea stall in {place} and writes a profit as a positive number and a loss as a negative number. In five days "
            + "the stall made "
            + listed_en
            + ". What is the net result in taka over the five days? (Write a net loss as a negative number.)",
            "{place_in} {name_of} একটি চায়ের দোকান আছে; সে লাভকে ধনাত্মক এবং ক্ষতিকে ঋণাত্মক সংখ্যা দিয়ে লেখে। পাঁচ দিনে দোকানটিতে "
            + listed_bn
            + " হয়েছে। পাঁচ দিনে মোট ফল কত টাকা? (মোট ক্ষতি হলে ঋণাত্মক সংখ্যায় লেখো।)",
        ),
        hints=(
            Bi(
                "Write each loss as a negative number and add all five numbers.",
                "প্রতিটি ক্ষতিকে ঋণাত্মক সংখ্যায় লিখে পাঁচটি সংখ্যাই যোগ করো।",
            ),
            Bi(
                "The profits add up to {p} taka and the losses to {l} taka.",
                "লাভগুলোর যোগফল {p} টাকা এবং ক্ষতিগুলোর যোগফল {l} টাকা।",
            ),
            Bi(
                "Work out {p} + (-{l}); the bigger of the two decides the sign.",
                "{p} + (-{l}) এর মান বের করো; যেটি বড় সেটিই চিহ্ন ঠিক করবে।",
            ),
        ),
        answer=answer,
        derived=sum(a if k else -a for a, k in zip(amounts, kinds, strict=True)),
    )


FAMILIES = (
    Family(
        "g7-rational-add-fractions",
        "adding fractions",
        1,
        AnswerKind.FRACTION,
        _add_fractions,
        lowest_terms=True,
        minutes=2,
    ),
    Family(
        "g7-rational-subtract-signed",
        "subtracting rational numbers",
        1,
        AnswerKind.FRACTION,
        _subtract_signed,
        lowest_terms=True,
        minutes=2,
        signed=True,
    ),
    Family(
        "g7-rational-multiply-signed",
        "multiplying rational numbers",
        1,
        AnswerKind.FRACTION,
        _multiply_signed,
        lowest_terms=True,
        minutes=2,
        signed=True,
    ),
    Family(
        "g7-integer-add-subtract",
        "adding and subtracting integers",
        1,
        AnswerKind.INTEGER,
        _integer_sum,
        minutes=2,
        signed=True,
    ),
    Family(
        "g7-integer-height-difference",
        "negative numbers in daily life",
        1,
        AnswerKind.INTEGER,
        _height_difference,
        unit=Unit.M,
        minutes=2,
    ),
    Family(
        "g7-square-root-prime-factors",
        "square root by prime factorisation",
        1,
        AnswerKind.INTEGER,
        _square_root_factorise,
        minutes=3,
    ),
    Family(
        "g7-square-of-decimal",
        "squares of decimals",
        1,
        AnswerKind.DECIMAL,
        _square_of_decimal,
        minutes=2,
    ),
    Family(
        "g7-rational-divide-signed",
        "dividing rational numbers",
        2,
        AnswerKind.FRACTION,
        _divide_signed,
        lowest_terms=True,
        minutes=3,
        signed=True,
    ),
    Family(
        "g7-rational-bracket-first",
        "order of operations with fractions",
        2,
        AnswerKind.FRACTION,
        _bracket_first,
        lowest_terms=True,
        minutes=3,
    ),
    Family(
        "g7-rational-mixed-numbers-left",
        "mixed numbers word problem",
        2,
        AnswerKind.FRACTION,
        _mixed_numbers_left,
        unit=Unit.KG,
        minutes=4,
    ),
    Family(
        "g7-square-root-decimal",
        "square roots of decimals",
        2,
        AnswerKind.DECIMAL,
        _square_root_decimal,
        minutes=3,
    ),
    Family(
        "g7-square-root-fraction",
        "square roots of fractions",
        2,
        AnswerKind.FRACTION,
        _square_root_fraction,
        lowest_terms=True,
        minutes=3,
    ),
    Family(
        "g7-square-root-rows",
        "square roots in arrangements",
        2,
        AnswerKind.INTEGER,
        _square_rows,
        minutes=3,
    ),
    Family(
        "g7-rational-compare",
        "comparing rational numbers",
        2,
        AnswerKind.CHOICE,
        _greatest_or_least,
        minutes=3,
    ),
    Family(
        "g7-square-smallest-multiplier",
        "making a perfect square by multiplying",
        3,
        AnswerKind.INTEGER,
        _smallest_multiplier,
        minutes=5,
    ),
    Family(
        "g7-square-smallest-divisor",
        "making a perfect square by dividing",
        3,
        AnswerKind.INTEGER,
        _smallest_divisor,
        minutes=5,
    ),
    Family(
        "g7-square-root-after-multiplying",
        "square root of the completed square",
        3,
        AnswerKind.INTEGER,
        _root_after_multiplying,
        minutes=5,
    ),
    Family(
        "g7-square-least-to-subtract",
        "least number to subtract for a perfect square",
        3,
        AnswerKind.INTEGER,
        _least_to_subtract,
        minutes=5,
    ),
    Family(
        "g7-square-least-to-add",
        "least number to add for a perfect square",
        3,
        AnswerKind.INTEGER,
        _least_to_add,
        minutes=5,
    ),
    Family(
        "g7-square-formation-leftover",
        "square formation with some left over",
        3,
        AnswerKind.INTEGER,
        _formation_leftover,
        minutes=5,
    ),
    Family(
        "g7-rational-complex-fraction",
        "simplifying complex fractions",
        3,
        AnswerKind.FRACTION,
        _complex_fraction,
        lowest_terms=True,
        minutes=5,
    ),
    Family(
        "g7-square-smallest-divisible",
        "smallest perfect square divisible by given numbers",
        3,
        AnswerKind.INTEGER,
        _smallest_square_divisible,
        minutes=6,
    ),
    Family(
        "g7-integer-net-result",
        "integers in daily life",
        3,
        AnswerKind.INTEGER,
        _net_result,
        unit=Unit.TAKA,
        minutes=4,
        signed=True,
    ),
)
