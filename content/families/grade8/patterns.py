"""Class 8, patterns: number sequences, nth terms, matchstick patterns and sums (NCTB chapter 1)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic, Unit

TOPIC = Topic(grade=8, key="patterns", en="Patterns", bn="প্যাটার্ন")

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


def _nth(n: int) -> Bi:
    """An ordinal with digits in both languages: 10th, ১০ম; 21st, ২১তম."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    bengali = {1: "ম", 2: "য়", 3: "য়", 4: "র্থ", 5: "ম", 6: "ষ্ঠ", 7: "ম", 8: "ম", 9: "ম", 10: "ম"}
    return Bi(f"{n}{suffix}", f"{n}{bengali.get(n, 'তম')}")


def _listed(terms: list[int]) -> str:
    return ", ".join(str(term) for term in terms)


def _linear(d: int, c: int) -> str:
    """The expression dn + c as the checker reads it."""
    if c > 0:
        return f"{d}n + {c}"
    if c < 0:
        return f"{d}n - {-c}"
    return f"{d}n"


_NEXT_QUESTION = (
    Bi(
        "What is the next number in the sequence {seq}, ...?",
        "{seq}, ... ক্রমটির পরের সংখ্যাটি কত?",
    ),
    Bi(
        "Find the next term of the pattern {seq}, ...",
        "{seq}, ... প্যাটার্নটির পরের পদটি নির্ণয় করো।",
    ),
)


def _next_arithmetic(draw: Draw) -> Made:
    falling = draw.coin()
    if falling:
        a, d = draw.whole(60, 180), -draw.whole(3, 15)
    else:
        a, d = draw.whole(1, 60), draw.whole(2, 15)
    terms = [a + i * d for i in range(4)]
    step = terms[1] - terms[0]
    answer = terms[3] + step
    draw.require(answer > 0)
    values: dict[str, Shown] = {"seq": _listed(terms), "t1": terms[0], "t2": terms[1]}
    values |= {"t4": terms[3], "d": abs(d)}
    if falling:
        second = Bi(
            "Each term is {d} less than the one before it: {t1} − {t2} = {d}.",
            "প্রতিটি পদ আগের পদের চেয়ে {d} কম: {t1} − {t2} = {d}।",
        )
        third = Bi("Subtract {d} from the last term, {t4}.", "শেষ পদ {t4} থেকে {d} বিয়োগ করো।")
    else:
        second = Bi(
            "The difference is {t2} − {t1} = {d} every time.",
            "প্রতিবার পার্থক্য {t2} − {t1} = {d}।",
        )
        third = Bi("Add {d} to the last term, {t4}.", "শেষ পদ {t4} এর সাথে {d} যোগ করো।")
    return _made(
        draw,
        values,
        draw.choice(_NEXT_QUESTION),
        (
            Bi(
                "Look at how much each number changes from the one before it.",
                "লক্ষ করো, প্রতিটি সংখ্যা আগের সংখ্যা থেকে কত করে বদলাচ্ছে।",
            ),
            second,
            third,
        ),
        answer,
        a + 4 * d,
    )


def _next_geometric(draw: Draw) -> Made:
    a, r = draw.whole(1, 12), draw.whole(2, 5)
    terms = [a * r**i for i in range(4)]
    answer = terms[3] * (terms[1] // terms[0])
    draw.require(answer <= 6000)
    values: dict[str, Shown] = {"seq": _listed(terms), "t1": terms[0], "t2": terms[1]}
    values |= {"t3": terms[2], "t4": terms[3], "r": r}
    return _made(
        draw,
        values,
        draw.choice(_NEXT_QUESTION),
        (
            Bi(
                "Each term is the one before it multiplied by the same number.",
                "প্রতিটি পদ আগের পদকে একই সংখ্যা দিয়ে গুণ করে পাওয়া যায়।",
            ),
            Bi(
                "{t2} ÷ {t1} = {r} and {t3} ÷ {t2} = {r}, so the multiplier is {r}.",
                "{t2} ÷ {t1} = {r} এবং {t3} ÷ {t2} = {r}, তাই প্রতিবার {r} দিয়ে গুণ হচ্ছে।",
            ),
            Bi("Multiply the last term, {t4}, by {r}.", "শেষ পদ {t4} কে {r} দিয়ে গুণ করো।"),
        ),
        answer,
        a * r**4,
    )


def _next_growing_gaps(draw: Draw) -> Made:
    a, d, k = draw.whole(1, 30), draw.whole(1, 9), draw.whole(1, 5)
    terms = [a + d * (n - 1) + k * (n - 1) * (n - 2) // 2 for n in range(1, 6)]
    gaps = [terms[i + 1] - terms[i] for i in range(4)]
    grow = gaps[1] - gaps[0]
    answer = terms[4] + gaps[3] + grow
    values: dict[str, Shown] = {"seq": _listed(terms), "gaps": _listed(gaps), "k": grow}
    values |= {"t5": terms[4], "g4": gaps[3]}
    return _made(
        draw,
        values,
        draw.choice(_NEXT_QUESTION),
        (
            Bi(
                "The differences between neighbouring terms are not equal; write them down.",
                "পাশাপাশি পদগুলোর পার্থক্য সমান নয়; পার্থক্যগুলো লিখে ফেলো।",
            ),
            Bi(
                "The differences are {gaps}: each difference is {k} more than the one before.",
                "পার্থক্যগুলো {gaps}: প্রতিটি পার্থক্য আগেরটির চেয়ে {k} বেশি।",
            ),
            Bi(
                "The next difference is {g4} + {k}; add it to the last term, {t5}.",
                "পরের পার্থক্য {g4} + {k}; এটি শেষ পদ {t5} এর সাথে যোগ করো।",
            ),
        ),
        answer,
        a + 5 * d + 10 * k,
    )


def _nth_term_value(draw: Draw) -> Made:
    a, d, n = draw.whole(1, 40), draw.whole(2, 12), draw.whole(10, 40)
    terms = [a + i * d for i in range(4)]
    term = a
    for _ in range(n - 1):
        term += d
    values: dict[str, Shown] = {"seq": _listed(terms), "n": n, "nth": _nth(n), "d": d}
    values |= {"a": a, "m": n - 1}
    return _made(
        draw,
        values,
        Bi(
            "Find the {nth} term of the sequence {seq}, ...",
            "{seq}, ... ক্রমটির {nth} পদ নির্ণয় করো।",
        ),
        (
            Bi(
                "The terms go up by the same amount each time; find that common difference.",
                "পদগুলো প্রতিবার একই পরিমাণে বাড়ছে; সেই সাধারণ অন্তর বের করো।",
            ),
            Bi(
                "nth term = first term + (n − 1) × common difference, and here the common difference is {d}.",
                "n-তম পদ = প্রথম পদ + (n − 1) × সাধারণ অন্তর; এখানে সাধারণ অন্তর {d}।",
            ),
            Bi("{nth} term = {a} + {m} × {d}.", "{nth} পদ = {a} + {m} × {d}।"),
        ),
        a + (n - 1) * (terms[1] - terms[0]),
        term,
    )


def _nth_term_expression(draw: Draw) -> Made:
    a, d = draw.whole(1, 30), draw.whole(2, 9)
    c = a - d
    draw.require(c != 0)
    terms = [a + i * d for i in range(4)]
    return Made(
        values={"seq": _listed(terms), "a": a, "d": d},
        question=Bi(
            "Write an expression for the nth term of the sequence {seq}, ...",
            "{seq}, ... ক্রমটির n-তম পদের রাশি লেখো।",
        ),
        hints=(
            Bi(
                "The terms go up by {d} each time, so the nth term is {d} × n plus or minus a fixed number.",
                "পদগুলো প্রতিবার {d} করে বাড়ছে, তাই n-তম পদ হবে {d} × n এর সাথে একটি নির্দিষ্ট সংখ্যা যোগ বা বিয়োগ।",
            ),
            Bi(
                "Put n = 1: the expression must give the first term, {a}.",
                "n = 1 বসাও: তখন রাশিটির মান প্রথম পদ {a} হতে হবে।",
            ),
            Bi(
                "{d} × 1 and the fixed number together make {a}; find that number and write the expression.",
                "{d} × 1 এবং নির্দিষ্ট সংখ্যাটি মিলে {a} হয়; সংখ্যাটি বের করে রাশিটি লেখো।",
            ),
        ),
        answer=_linear(d, c),
        derived=f"{a} + (n - 1)*{d}",
    )


def _term_from_formula(draw: Draw) -> Made:
    k = draw.whole(4, 15)
    if draw.coin():
        a, b = draw.whole(1, 4), draw.whole(-9, 9, exclude=(0,))
        formula = f"{a}n² + {b}" if b > 0 else f"{a}n² − {-b}"
        if a == 1:
            formula = formula[1:]
        answer = a * k * k + b
        term = a + b  # the first term, then the differences a(2j - 1)
        for j in range(2, k + 1):
            term += a * (2 * j - 1)
        if a == 1:
            last = (
                Bi("{kth} term = {k2} + {b}.", "{kth} পদ = {k2} + {b}।")
                if b > 0
                else Bi("{kth} term = {k2} − {nb}.", "{kth} পদ = {k2} − {nb}।")
            )
        else:
            last = (
                Bi("{kth} term = {a} × {k2} + {b}.", "{kth} পদ = {a} × {k2} + {b}।")
                if b > 0
                else Bi("{kth} term = {a} × {k2} − {nb}.", "{kth} পদ = {a} × {k2} − {nb}।")
            )
        values: dict[str, Shown] = {"a": a, "b": b, "nb": -b}
    else:
        c = draw.whole(1, 9)
        formula = f"n(n + {c})"
        answer = k * (k + c)
        term = 1 + c
        for j in range(2, k + 1):
            term += 2 * j - 1 + c
        last = Bi("{kth} term = {k} × {kc}.", "{kth} পদ = {k} × {kc}।")
        values = {"kc": k + c}
    draw.require(answer > 0)
    values |= {"f": formula, "k": k, "kth": _nth(k), "k2": k * k}
    return _made(
        draw,
        values,
        Bi(
            "The nth term of a sequence is {f}. What is its {kth} term?",
            "একটি ক্রমের n-তম পদ {f}। এর {kth} পদ কত?",
        ),
        (
            Bi(
                "To get a term, put its position number in place of n.",
                "কোনো পদ পেতে n এর জায়গায় পদের ক্রমিক সংখ্যা বসাও।",
            ),
            Bi("Here n = {k}.", "এখানে n = {k}।"),
            last,
        ),
        answer,
        term,
    )


def _position_of_term(draw: Draw) -> Made:
    a, d, n = draw.whole(1, 30), draw.whole(2, 12), draw.whole(10, 60)
    big = a + (n - 1) * d
    terms = [a + i * d for i in range(4)]
    c = a - d
    values: dict[str, Shown] = {"seq": _listed(terms), "N": big, "a": a, "d": d}
    values |= {"e": _linear(d, c).replace("-", "−")}
    return _made(
        draw,
        values,
        Bi(
            "Which term of the sequence {seq}, ... is {N}? Give its position number n.",
            "{seq}, ... ক্রমটির কততম পদ {N}? পদটির ক্রমিক সংখ্যা n লেখো।",
        ),
        (
            Bi("First write the nth term of the sequence.", "প্রথমে ক্রমটির n-তম পদ লেখো।"),
            Bi(
                "The common difference is {d}, so the nth term = {a} + (n − 1) × {d} = {e}.",
                "সাধারণ অন্তর {d}, তাই n-তম পদ = {a} + (n − 1) × {d} = {e}।",
            ),
            Bi("Solve {e} = {N} for n.", "{e} = {N} সমীকরণটি সমাধান করে n বের করো।"),
        ),
        (big - terms[0]) // (terms[1] - terms[0]) + 1,
        n,
    )


_SHAPES = (
    (Bi("squares", "বর্গ"), 4),
    (Bi("triangles", "ত্রিভুজ"), 3),
    (Bi("pentagons", "পঞ্চভুজ"), 5),
    (Bi("hexagons", "ষড়ভুজ"), 6),
)


def _matchsticks(draw: Draw) -> Made:
    person = draw.person()
    shape, sides = draw.choice(_SHAPES)
    m = draw.whole(8, 40)
    counts = [sides + (j - 1) * (sides - 1) for j in (1, 2, 3)]
    sticks = sides
    for _ in range(m - 1):
        sticks += sides - 1
    values: dict[str, Shown] = {"name": person.name, "he": person.he, "shape": shape, "m": m}
    values |= {"c1": counts[0], "c2": counts[1], "c3": counts[2], "s": sides - 1}
    return _made(
        draw,
        values,
        Bi(
            "{name} is making a row of {shape} with matchsticks, each new one sharing a side with the one before. 1 needs {c1} sticks, 2 need {c2} sticks and 3 need {c3} sticks. How many sticks are needed for {m} {shape}?",
            "{name} দিয়াশলাইয়ের কাঠি দিয়ে এক সারিতে {shape} বানাচ্ছে; প্রতিটি নতুন {shape} আগেরটির সাথে একটি বাহু ভাগ করে নেয়। ১টি {shape} বানাতে {c1}টি, ২টিতে {c2}টি এবং ৩টিতে {c3}টি কাঠি লাগে। {m}টি {shape} বানাতে কতটি কাঠি লাগবে?",
        ),
        (
            Bi(
                "Each new shape needs the same number of extra sticks.",
                "প্রতিটি নতুন আকৃতির জন্য একই সংখ্যক বাড়তি কাঠি লাগে।",
            ),
            Bi(
                "Each new one adds {c2} − {c1} = {s} sticks, so the number of sticks goes {c1}, {c2}, {c3}, ...",
                "প্রতিটি নতুন আকৃতিতে {c2} − {c1} = {s}টি কাঠি বাড়ে, তাই কাঠির সংখ্যা {c1}, {c2}, {c3}, ...",
            ),
            Bi(
                "For n shapes you need {s}n + 1 sticks; put n = {m}.",
                "n টি আকৃতির জন্য লাগে {s}n + 1 টি কাঠি; n = {m} বসাও।",
            ),
        ),
        counts[0] + (m - 1) * (counts[1] - counts[0]),
        sticks,
    )


def _shapes_from_sticks(draw: Draw) -> Made:
    person = draw.person()
    shape, sides = draw.choice(_SHAPES)
    m = draw.whole(10, 60)
    total = (sides - 1) * m + 1
    counts = [sides + (j - 1) * (sides - 1) for j in (1, 2, 3)]
    values: dict[str, Shown] = {"name": person.name, "shape": shape, "N": total}
    values |= {"c1": counts[0], "c2": counts[1], "c3": counts[2], "s": sides - 1}
    return _made(
        draw,
        values,
        Bi(
            "{name} makes a row of {shape} with matchsticks, each new one sharing a side with the one before: 1 needs {c1} sticks, 2 need {c2} and 3 need {c3}. Using exactly {N} sticks this way, how many {shape} can be made?",
            "{name} দিয়াশলাইয়ের কাঠি দিয়ে এক সারিতে {shape} বানায়; প্রতিটি নতুন {shape} আগেরটির সাথে একটি বাহু ভাগ করে নেয়: ১টিতে {c1}টি, ২টিতে {c2}টি এবং ৩টিতে {c3}টি কাঠি লাগে। এভাবে ঠিক {N}টি কাঠি দিয়ে কয়টি {shape} বানানো যাবে?",
        ),
        (
            Bi(
                "Find a rule for the number of sticks needed for n shapes.",
                "n টি আকৃতির জন্য কতটি কাঠি লাগে তার নিয়মটি বের করো।",
            ),
            Bi(
                "Each new shape adds {s} sticks, so n shapes need {s}n + 1 sticks.",
                "প্রতিটি নতুন আকৃতিতে {s}টি কাঠি বাড়ে, তাই n টি আকৃতিতে লাগে {s}n + 1 টি কাঠি।",
            ),
            Bi("Solve {s}n + 1 = {N} for n.", "{s}n + 1 = {N} সমাধান করে n বের করো।"),
        ),
        (total - 1) // (counts[1] - counts[0]),
        m,
    )


def _sum_naturals(draw: Draw) -> Made:
    n = draw.whole(20, 200)
    return _made(
        draw,
        {"n": n, "n1": n + 1, "nm": n - 1},
        draw.choice(
            (
                Bi(
                    "Find the sum of all natural numbers from 1 to {n}.",
                    "১ থেকে {n} পর্যন্ত সকল স্বাভাবিক সংখ্যার যোগফল নির্ণয় করো।",
                ),
                Bi(
                    "What is 1 + 2 + 3 + ... + {n}?",
                    "1 + 2 + 3 + ... + {n} এর মান কত?",
                ),
            )
        ),
        (
            Bi(
                "Pair the first and last numbers: 1 + {n}, 2 + {nm}, ... Every pair has the same sum.",
                "প্রথম ও শেষ সংখ্যা জোড়া করো: 1 + {n}, 2 + {nm}, ... প্রতিটি জোড়ার যোগফল সমান।",
            ),
            Bi(
                "The sum of the first n natural numbers is n(n + 1) ÷ 2.",
                "প্রথম n টি স্বাভাবিক সংখ্যার যোগফল = n(n + 1) ÷ 2।",
            ),
            Bi("Put n = {n}: {n} × {n1} ÷ 2.", "n = {n} বসাও: {n} × {n1} ÷ 2।"),
        ),
        n * (n + 1) // 2,
        sum(range(1, n + 1)),
    )


def _sum_odd_or_even(draw: Draw) -> Made:
    n = draw.whole(8, 60)
    if draw.coin():
        last = 2 * n - 1
        values: dict[str, Shown] = {"L": last, "n": n}
        question = Bi(
            "Find the sum 1 + 3 + 5 + ... + {L} of consecutive odd numbers.",
            "পরপর বিজোড় সংখ্যার যোগফল 1 + 3 + 5 + ... + {L} নির্ণয় করো।",
        )
        hints = (
            Bi(
                "First count the terms: there are ({L} + 1) ÷ 2 odd numbers from 1 to {L}.",
                "প্রথমে পদসংখ্যা গোনো: 1 থেকে {L} পর্যন্ত বিজোড় সংখ্যা আছে ({L} + 1) ÷ 2 টি।",
            ),
            Bi(
                "1 = 1², 1 + 3 = 2², 1 + 3 + 5 = 3²: the sum of the first n odd numbers is n².",
                "1 = 1², 1 + 3 = 2², 1 + 3 + 5 = 3²: প্রথম n টি বিজোড় সংখ্যার যোগফল n²।",
            ),
            Bi("There are {n} terms, so work out {n}².", "পদ আছে {n}টি, তাই {n}² হিসাব করো।"),
        )
        answer, derived = n * n, sum(range(1, last + 1, 2))
    else:
        last = 2 * n
        values = {"L": last, "n": n, "n1": n + 1}
        question = Bi(
            "Find the sum 2 + 4 + 6 + ... + {L} of consecutive even numbers.",
            "পরপর জোড় সংখ্যার যোগফল 2 + 4 + 6 + ... + {L} নির্ণয় করো।",
        )
        hints = (
            Bi(
                "First count the terms: there are {L} ÷ 2 even numbers from 2 to {L}.",
                "প্রথমে পদসংখ্যা গোনো: 2 থেকে {L} পর্যন্ত জোড় সংখ্যা আছে {L} ÷ 2 টি।",
            ),
            Bi(
                "2 + 4 + ... + 2n = 2 × (1 + 2 + ... + n) = n(n + 1).",
                "2 + 4 + ... + 2n = 2 × (1 + 2 + ... + n) = n(n + 1)।",
            ),
            Bi("Here n = {n}: work out {n} × {n1}.", "এখানে n = {n}: {n} × {n1} হিসাব করো।"),
        )
        answer, derived = n * (n + 1), sum(range(2, last + 1, 2))
    return _made(draw, values, question, hints, answer, derived)


def _sum_arithmetic(draw: Draw) -> Made:
    a, d, n = draw.whole(1, 30), draw.whole(2, 9), draw.whole(8, 30)
    last = a + (n - 1) * d
    values: dict[str, Shown] = {"a": a, "b": a + d, "c": a + 2 * d, "L": last, "d": d}
    values |= {"n": n, "s": a + last, "diff": last - a}
    return _made(
        draw,
        values,
        Bi(
            "Find the sum {a} + {b} + {c} + ... + {L}.",
            "{a} + {b} + {c} + ... + {L} এর যোগফল নির্ণয় করো।",
        ),
        (
            Bi(
                "The terms go up by {d} each time. First find how many terms there are.",
                "পদগুলো প্রতিবার {d} করে বাড়ছে। প্রথমে বের করো মোট কয়টি পদ আছে।",
            ),
            Bi(
                "Number of terms = ({L} − {a}) ÷ {d} + 1 = {n}.",
                "পদসংখ্যা = ({L} − {a}) ÷ {d} + 1 = {n}।",
            ),
            Bi(
                "Sum = number of terms × (first term + last term) ÷ 2 = {n} × {s} ÷ 2.",
                "যোগফল = পদসংখ্যা × (প্রথম পদ + শেষ পদ) ÷ 2 = {n} × {s} ÷ 2।",
            ),
        ),
        ((last - a) // d + 1) * (a + last) // 2,
        sum(range(a, last + 1, d)),
    )


_PERIODS = (
    (Bi("week", "সপ্তাহে"), Bi("weeks", "সপ্তাহে"), Bi("week", "সপ্তাহের")),
    (Bi("month", "মাসে"), Bi("months", "মাসে"), Bi("month", "মাসের")),
)


def _savings(draw: Draw) -> Made:
    person = draw.person()
    first, step = draw.whole(2, 20, step=1) * 5, draw.whole(1, 6) * 5
    n = draw.whole(8, 24)
    period, periods, of_period = draw.choice(_PERIODS)
    last = first + (n - 1) * step
    values: dict[str, Shown] = {"name": person.name, "he": person.he, "f": first}
    values |= {"g": first + step, "h": first + 2 * step, "n": n, "d": step, "m": n - 1}
    values |= {"p": period, "ps": periods, "po": of_period, "nth": _nth(n), "L": last}
    return _made(
        draw,
        values,
        Bi(
            "{name} saves {f} taka in the first {p}, {g} taka in the second {p}, {h} taka in the third {p}, and so on. How much has {he} saved in total after {n} {ps}, in taka?",
            "{name} প্রথম {p} {f} টাকা, দ্বিতীয় {p} {g} টাকা, তৃতীয় {p} {h} টাকা, এভাবে টাকা জমাতে থাকে। {n} {ps} সে মোট কত টাকা জমাবে?",
        ),
        (
            Bi(
                "Each {p} {he} saves {d} taka more than the {p} before.",
                "প্রতি {p} সে আগের {po} চেয়ে {d} টাকা বেশি জমায়।",
            ),
            Bi(
                "Savings in the {nth} {p} = {f} + {m} × {d} = {L} taka.",
                "{nth} {po} জমা = {f} + {m} × {d} = {L} টাকা।",
            ),
            Bi(
                "Total = {n} × (first {p} + last {p}) ÷ 2.",
                "মোট জমা = {n} × (প্রথম {po} জমা + শেষ {po} জমা) ÷ 2।",
            ),
        ),
        n * (first + last) // 2,
        sum(first + j * step for j in range(n)),
        unit=Unit.TAKA,
    )


def _two_terms_first(draw: Draw) -> Made:
    a, d = draw.whole(1, 40), draw.whole(2, 12)
    p, q = sorted(draw.sample(range(3, 21), 2))
    tp, tq = a + (p - 1) * d, a + (q - 1) * d
    values: dict[str, Shown] = {"pth": _nth(p), "qth": _nth(q), "tp": tp, "tq": tq}
    values |= {"gap": q - p, "pm": p - 1}
    return _made(
        draw,
        values,
        Bi(
            "The terms of a sequence go up by the same amount each time. Its {pth} term is {tp} and its {qth} term is {tq}. Find the first term.",
            "একটি ক্রমের পদগুলো প্রতিবার একই পরিমাণে বাড়ে। এর {pth} পদ {tp} এবং {qth} পদ {tq}। ক্রমটির প্রথম পদ নির্ণয় করো।",
        ),
        (
            Bi(
                "Going from the {pth} term to the {qth} term, the common difference is added {gap} times.",
                "{pth} পদ থেকে {qth} পদে যেতে সাধারণ অন্তর {gap} বার যোগ হয়।",
            ),
            Bi(
                "So the common difference = ({tq} − {tp}) ÷ {gap}.",
                "তাই সাধারণ অন্তর = ({tq} − {tp}) ÷ {gap}।",
            ),
            Bi(
                "{pth} term = first term + {pm} × common difference; subtract {pm} × common difference from {tp}.",
                "{pth} পদ = প্রথম পদ + {pm} × সাধারণ অন্তর; তাই {tp} থেকে {pm} × সাধারণ অন্তর বিয়োগ করো।",
            ),
        ),
        tp - (p - 1) * ((tq - tp) // (q - p)),
        a,
    )


def _two_terms_difference(draw: Draw) -> Made:
    a, d = draw.whole(1, 40), draw.whole(2, 15)
    p, q = sorted(draw.sample(range(2, 25), 2))
    tp, tq = a + (p - 1) * d, a + (q - 1) * d
    values: dict[str, Shown] = {"pth": _nth(p), "qth": _nth(q), "tp": tp, "tq": tq}
    values |= {"q": q, "p": p}
    return _made(
        draw,
        values,
        Bi(
            "In a sequence whose terms go up by the same amount each time, the {pth} term is {tp} and the {qth} term is {tq}. What is the common difference?",
            "একটি ক্রমের পদগুলো প্রতিবার একই পরিমাণে বাড়ে। এর {pth} পদ {tp} এবং {qth} পদ {tq}। ক্রমটির সাধারণ অন্তর কত?",
        ),
        (
            Bi(
                "From one term to the next, the common difference is added once.",
                "এক পদ থেকে পরের পদে যেতে সাধারণ অন্তর একবার যোগ হয়।",
            ),
            Bi(
                "From the {pth} term to the {qth} term it is added {q} − {p} times.",
                "{pth} পদ থেকে {qth} পদে যেতে এটি {q} − {p} বার যোগ হয়।",
            ),
            Bi(
                "Divide {tq} − {tp} by the number of steps.",
                "{tq} − {tp} কে ধাপের সংখ্যা দিয়ে ভাগ করো।",
            ),
        ),
        (tq - tp) // (q - p),
        d,
    )


def _missing_term(draw: Draw) -> Made:
    gap = draw.whole(1, 3)
    if draw.coin():
        a, d = draw.whole(1, 60), draw.whole(2, 15)
        terms = [a + i * d for i in range(5)]
        answer = (terms[gap - 1] + terms[gap + 1]) // 2
        hint2 = Bi(
            "Neighbouring terms here differ by the same amount.",
            "এখানে পাশাপাশি পদগুলোর পার্থক্য সমান।",
        )
        hint3 = Bi(
            "The missing term is halfway between the terms on either side of the gap.",
            "অনুপস্থিত পদটি ফাঁকা ঘরের দুই পাশের পদের ঠিক মাঝামাঝি।",
        )
    else:
        a, r = draw.whole(1, 9), draw.whole(2, 4)
        terms = [a * r**i for i in range(5)]
        answer = terms[gap - 1] * (terms[4] // terms[3]) if gap != 3 else terms[2] * r
        hint2 = Bi(
            "Here each term is the one before it multiplied by the same number.",
            "এখানে প্রতিটি পদ আগের পদকে একই সংখ্যা দিয়ে গুণ করে পাওয়া যায়।",
        )
        hint3 = Bi(
            "Multiply the term just before the gap by that number.",
            "ফাঁকা ঘরের ঠিক আগের পদকে সেই সংখ্যা দিয়ে গুণ করো।",
        )
    shown = [str(t) for t in terms]
    shown[gap] = "__"
    return _made(
        draw,
        {"seq": ", ".join(shown)},
        Bi(
            "Find the missing number in the pattern {seq}.",
            "{seq} প্যাটার্নটির অনুপস্থিত সংখ্যাটি নির্ণয় করো।",
        ),
        (
            Bi(
                "Compare each term with the one before it.",
                "প্রতিটি পদকে তার আগের পদের সাথে তুলনা করো।",
            ),
            hint2,
            hint3,
        ),
        answer,
        terms[gap],
    )


def _hollow_square(draw: Draw) -> Made:
    n = draw.whole(6, 60)
    thing = draw.choice((Bi("dots", "বিন্দু"), Bi("plants", "চারাগাছ"), Bi("beads", "পুঁতি")))
    return _made(
        draw,
        {"t": thing, "n": n, "n2": n - 2},
        Bi(
            "Some {t} are placed only on the border of a square, the same number on each side with one at each corner. With 3 on each side there are 8 {t}, with 4 there are 12 and with 5 there are 16. How many {t} are there with {n} on each side?",
            "একটি বর্গের শুধু চারপাশের সীমানায় {t} বসানো হয়েছে; প্রতিটি বাহুতে সমান সংখ্যক এবং প্রতিটি কোণায় একটি করে। প্রতি বাহুতে ৩টি হলে মোট ৮টি, ৪টি হলে ১২টি এবং ৫টি হলে ১৬টি {t} লাগে। প্রতি বাহুতে {n}টি হলে মোট কতটি {t} লাগবে?",
        ),
        (
            Bi(
                "The counts 8, 12, 16 go up by 4 each time the side grows by 1.",
                "বাহুতে ১টি করে বাড়লে মোট সংখ্যা ৮, ১২, ১৬ এভাবে ৪ করে বাড়ে।",
            ),
            Bi(
                "Four sides of n each count every corner twice, so the total is 4n − 4.",
                "চার বাহুতে n টি করে গুনলে প্রতিটি কোণা দুবার গোনা হয়, তাই মোট 4n − 4।",
            ),
            Bi("Put n = {n} in 4n − 4.", "4n − 4 এ n = {n} বসাও।"),
        ),
        4 * n - 4,
        n * n - (n - 2) * (n - 2),
    )


def _count_multiples(draw: Draw) -> Made:
    k = draw.whole(3, 19)
    low = draw.whole(10, 300)
    high = low + draw.whole(100, 700)
    first = (low + k - 1) // k * k
    last = high // k * k
    draw.require(first != low and last != high)
    values: dict[str, Shown] = {"k": k, "lo": low, "hi": high, "f": first, "l": last}
    return _made(
        draw,
        values,
        Bi(
            "How many whole numbers from {lo} to {hi} are divisible by {k}?",
            "{lo} থেকে {hi} পর্যন্ত কতগুলো পূর্ণসংখ্যা {k} দ্বারা বিভাজ্য?",
        ),
        (
            Bi(
                "The multiples of {k} form a pattern that goes up by {k} each time.",
                "{k} এর গুণিতকগুলো একটি প্যাটার্ন তৈরি করে, যা প্রতিবার {k} করে বাড়ে।",
            ),
            Bi(
                "The first multiple of {k} in the range is {f} and the last is {l}.",
                "এই সীমার মধ্যে {k} এর প্রথম গুণিতক {f} এবং শেষ গুণিতক {l}।",
            ),
            Bi("Number of terms = ({l} − {f}) ÷ {k} + 1.", "পদসংখ্যা = ({l} − {f}) ÷ {k} + 1।"),
        ),
        (last - first) // k + 1,
        sum(1 for x in range(low, high + 1) if x % k == 0),
    )


def _magic_square(draw: Draw) -> Made:
    size = draw.choice((3, 3, 4))
    start, step = draw.whole(1, 30), draw.whole(1, 5)
    numbers = [start + i * step for i in range(size * size)]
    shown = ", ".join(str(x) for x in numbers[:3]) + ", ..., " + str(numbers[-1])
    total = sum(numbers)
    values: dict[str, Shown] = {"nums": shown, "s": size, "c": size * size, "d": step}
    values |= {"a": numbers[0], "L": numbers[-1]}
    return _made(
        draw,
        values,
        Bi(
            "The {c} numbers {nums} (going up by {d}) are placed in a {s} × {s} magic square, so that every row, every column and both diagonals have the same sum. What is that sum?",
            "{nums} ({d} করে বাড়ানো) এই {c}টি সংখ্যা একটি {s} × {s} জাদু বর্গে এমনভাবে বসানো হলো যে প্রতিটি সারি, প্রতিটি কলাম ও দুই কর্ণের যোগফল সমান। সেই যোগফল কত?",
        ),
        (
            Bi(
                "The {s} rows together use every number exactly once.",
                "{s}টি সারি মিলে প্রতিটি সংখ্যা ঠিক একবার ব্যবহার করে।",
            ),
            Bi(
                "Sum of all {c} numbers = {c} × ({a} + {L}) ÷ 2.",
                "{c}টি সংখ্যার যোগফল = {c} × ({a} + {L}) ÷ 2।",
            ),
            Bi(
                "Divide that total equally among the {s} rows.",
                "এই যোগফলকে {s}টি সারিতে সমান ভাগ করো।",
            ),
        ),
        total // size,
        size * (numbers[0] + numbers[-1]) // 2,
    )


FAMILIES = (
    Family(
        "g8-pattern-next-term-arithmetic",
        "next term of a sequence",
        1,
        AnswerKind.INTEGER,
        _next_arithmetic,
        minutes=1,
    ),
    Family(
        "g8-pattern-next-term-geometric",
        "next term of a sequence",
        1,
        AnswerKind.INTEGER,
        _next_geometric,
        minutes=1,
    ),
    Family(
        "g8-pattern-next-term-growing-differences",
        "next term of a sequence",
        2,
        AnswerKind.INTEGER,
        _next_growing_gaps,
        minutes=2,
    ),
    Family(
        "g8-pattern-missing-term",
        "missing term of a sequence",
        1,
        AnswerKind.INTEGER,
        _missing_term,
        minutes=1,
    ),
    Family("g8-pattern-nth-term-value", "nth term", 1, AnswerKind.INTEGER, _nth_term_value),
    Family(
        "g8-pattern-nth-term-expression",
        "nth term",
        2,
        AnswerKind.EXPRESSION,
        _nth_term_expression,
    ),
    Family(
        "g8-pattern-term-from-formula",
        "term from a formula",
        2,
        AnswerKind.INTEGER,
        _term_from_formula,
        minutes=2,
    ),
    Family(
        "g8-pattern-position-of-term",
        "position of a term",
        3,
        AnswerKind.INTEGER,
        _position_of_term,
        minutes=4,
    ),
    Family(
        "g8-pattern-matchsticks-count",
        "matchstick pattern",
        2,
        AnswerKind.INTEGER,
        _matchsticks,
    ),
    Family(
        "g8-pattern-matchsticks-shapes",
        "matchstick pattern",
        3,
        AnswerKind.INTEGER,
        _shapes_from_sticks,
        minutes=4,
    ),
    Family(
        "g8-pattern-sum-of-naturals",
        "sum of natural numbers",
        1,
        AnswerKind.INTEGER,
        _sum_naturals,
    ),
    Family(
        "g8-pattern-sum-of-odd-or-even",
        "sum of odd or even numbers",
        2,
        AnswerKind.INTEGER,
        _sum_odd_or_even,
    ),
    Family(
        "g8-pattern-sum-of-sequence",
        "sum of a sequence",
        3,
        AnswerKind.INTEGER,
        _sum_arithmetic,
        minutes=5,
    ),
    Family(
        "g8-pattern-savings-sum",
        "sum of a sequence (word problem)",
        3,
        AnswerKind.MONEY,
        _savings,
        unit=Unit.TAKA,
        minutes=5,
    ),
    Family(
        "g8-pattern-first-term-from-two-terms",
        "finding the first term",
        3,
        AnswerKind.INTEGER,
        _two_terms_first,
        minutes=5,
    ),
    Family(
        "g8-pattern-common-difference-from-two-terms",
        "finding the common difference",
        2,
        AnswerKind.INTEGER,
        _two_terms_difference,
        minutes=3,
    ),
    Family(
        "g8-pattern-square-border-count",
        "figure pattern",
        2,
        AnswerKind.INTEGER,
        _hollow_square,
    ),
    Family(
        "g8-pattern-count-multiples",
        "counting terms of a pattern",
        2,
        AnswerKind.INTEGER,
        _count_multiples,
        minutes=3,
    ),
    Family(
        "g8-pattern-magic-square-sum",
        "magic square",
        2,
        AnswerKind.INTEGER,
        _magic_square,
        minutes=3,
    ),
)
