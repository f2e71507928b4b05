"""Class 8, algebraic formulae: squares and cubes of sums and differences, and their uses.

Expansions by (a ± b)², (a + b)(a − b), (x + a)(x + b) and (a ± b)³; values of a² + b², (a − b)²,
ab, a³ ± b³ and x² + 1/x² from given sums and products; numbers squared and multiplied by formula
(NCTB class 8, chapter 4).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from bot.tutor.content.family import AnswerKind, Bi, Draw, Family, Made, Topic

TOPIC = Topic(grade=8, key="algebraic_formulae", en="Algebraic formulae", bn="বীজগাণিতিক সূত্রাবলি")

# Letters of a question; the formulae in the hints are written in a and b, so questions that
# quote a formula avoid those two letters.
_PAIRS = (("x", "y"), ("p", "q"), ("m", "n"))
_ALL_PAIRS = (("a", "b"), ("x", "y"), ("p", "q"), ("m", "n"))
_SINGLES = ("x", "y", "p", "m")
_SUPERSCRIPT = {2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶"}

Term = tuple[int, str]  # a coefficient and its letters, repeated for powers: (3, "xxy") is 3x²y


def _letters(letters: str, ascii: bool) -> str:
    out = ""
    for letter in dict.fromkeys(letters):
        power = letters.count(letter)
        out += letter
        if power > 1:
            out += f"^{power}" if ascii else _SUPERSCRIPT[power]
    return out


def _poly(terms: Sequence[Term], ascii: bool = False) -> str:
    """Write a sum of terms: 9x² − 24xy + 16y² for the question, 9x^2 - 24xy + 16y^2 for the key."""
    minus = "-" if ascii else "−"
    parts: list[str] = []
    for coefficient, letters in terms:
        if coefficient == 0:
            continue
        body = _letters(letters, ascii)
        size = abs(coefficient)
        text = (str(size) if size != 1 or not body else "") + body
        if not parts:
            parts.append(minus + text if coefficient < 0 else text)
        else:
            parts.append(f" {minus} {text}" if coefficient < 0 else f" + {text}")
    return "".join(parts) or "0"


def _signed(number: int) -> str:
    """A signed number as the textbook prints it: −3."""
    return f"−{-number}" if number < 0 else str(number)


def _squared(term: str) -> str:
    """(3x)² but x² and 4²."""
    return term + "²" if len(term) == 1 or term.isdigit() else f"({term})²"


def _cubed(term: str) -> str:
    return term + "³" if len(term) == 1 or term.isdigit() else f"({term})³"


def _avoid(draw: Draw, answer: int, *shown: int) -> None:
    """Reject a draw whose answer is one of the numbers a hint shows."""
    draw.require(answer not in shown)


def _square_of_binomial(draw: Draw) -> Made:
    x, y = draw.choice(_PAIRS)
    a, b = draw.whole(1, 6), draw.whole(1, 9)
    with_letter = draw.coin()
    draw.require(a != b or not with_letter)
    second = y if with_letter else ""
    sign = draw.choice((1, -1))
    first_term, second_term = _poly([(a, x)]), _poly([(b, second)])
    binomial = _poly([(a, x), (sign * b, second)])
    answer = [(a * a, x + x), (2 * sign * a * b, x + second), (b * b, second + second)]
    formula = (
        Bi("(a + b)² = a² + 2ab + b²", "(a + b)² = a² + 2ab + b²")
        if sign > 0
        else Bi("(a − b)² = a² − 2ab + b²", "(a − b)² = a² − 2ab + b²")
    )
    question = draw.choice(
        (
            Bi(
                "Using a formula, find the square of ({binomial}).",
                "সূত্রের সাহায্যে ({binomial}) এর বর্গ নির্ণয় করো।",
            ),
            Bi(
                "Expand ({binomial})² using a formula.",
                "সূত্র প্রয়োগ করে ({binomial})² কে বিস্তৃত আকারে লেখো।",
            ),
        )
    )
    return Made(
        values={
            "binomial": binomial,
            "formula": formula,
            "first": first_term,
            "second": second_term,
            "first_sq": _squared(first_term),
            "second_sq": _squared(second_term),
        },
        question=question,
        hints=(
            Bi("Use the formula {formula}.", "{formula} সূত্রটি ব্যবহার করো।"),
            Bi("Here a = {first} and b = {second}.", "এখানে a = {first} এবং b = {second}।"),
            Bi(
                "Work out {first_sq}, 2 × {first} × {second} and {second_sq} one by one, then write them with the right signs.",
                "{first_sq}, ২ × {first} × {second} এবং {second_sq} আলাদাভাবে বের করে সঠিক চিহ্নসহ পাশাপাশি লেখো।",
            ),
        ),
        answer=_poly(answer, ascii=True),
        derived=f"({_poly([(a, x), (sign * b, second)], ascii=True)})^2",
    )


def _sum_times_difference(draw: Draw) -> Made:
    x, y = draw.choice(_PAIRS)
    a, b = draw.whole(1, 7), draw.whole(1, 9)
    with_letter = draw.coin()
    draw.require(a != b or not with_letter)
    second = y if with_letter else ""
    plus, minus = _poly([(a, x), (b, second)]), _poly([(a, x), (-b, second)])
    first_term, second_term = _poly([(a, x)]), _poly([(b, second)])
    factors = f"({plus})({minus})" if draw.coin() else f"({minus})({plus})"
    return Made(
        values={
            "factors": factors,
            "first": first_term,
            "second": second_term,
            "first_sq": _squared(first_term),
            "second_sq": _squared(second_term),
        },
        question=Bi(
            "Find the product using a formula: {factors}",
            "সূত্রের সাহায্যে গুণফল নির্ণয় করো: {factors}",
        ),
        hints=(
            Bi(
                "The two brackets are the sum and the difference of the same two terms.",
                "বন্ধনী দুটি একই দুটি পদের যোগফল ও বিয়োগফল।",
            ),
            Bi(
                "Use (a + b)(a − b) = a² − b² with a = {first} and b = {second}.",
                "a = {first} ও b = {second} ধরে (a + b)(a − b) = a² − b² সূত্রটি ব্যবহার করো।",
            ),
            Bi(
                "Work out {first_sq} and {second_sq}, then subtract.",
                "{first_sq} ও {second_sq} বের করে বিয়োগ করো।",
            ),
        ),
        answer=_poly([(a * a, x + x), (-b * b, second + second)], ascii=True),
        derived=f"({_poly([(a, x), (b, second)], ascii=True)})*({_poly([(a, x), (-b, second)], ascii=True)})",
    )


def _common_term_product(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    m, n = draw.whole(-9, 9, exclude=(0,)), draw.whole(-9, 9, exclude=(0,))
    draw.require(m + n != 0 and m <= n)
    first, second = _poly([(1, x), (m, "")]), _poly([(1, x), (n, "")])
    factors = f"({first})({second})" if draw.coin() else f"({second})({first})"
    return Made(
        values={
            "factors": factors,
            "x": x,
            "m": _signed(m),
            "n": _signed(n),
            "first": first,
            "second": second,
        },
        question=Bi(
            "Find the product using the formula (x + a)(x + b) = x² + (a + b)x + ab: {factors}",
            "(x + a)(x + b) = x² + (a + b)x + ab সূত্রের সাহায্যে গুণফল নির্ণয় করো: {factors}",
        ),
        hints=(
            Bi(
                "Both brackets have the same first term {x}; the other terms are {m} and {n}.",
                "দুটি বন্ধনীর প্রথম পদ একই, {x}; অন্য পদ দুটি {m} ও {n}।",
            ),
            Bi(
                "The coefficient of {x} is the sum ({m}) + ({n}).",
                "{x} এর সহগ হবে যোগফল ({m}) + ({n})।",
            ),
            Bi(
                "The term without {x} is the product ({m}) × ({n}).",
                "{x} বিহীন পদটি হবে গুণফল ({m}) × ({n})।",
            ),
        ),
        answer=_poly([(1, x + x), (m + n, x), (m * n, "")], ascii=True),
        derived=f"({_poly([(1, x), (m, '')], ascii=True)})*({_poly([(1, x), (n, '')], ascii=True)})",
    )


def _cube_of_binomial(draw: Draw) -> Made:
    x, y = draw.choice(_PAIRS)
    a, b = draw.whole(1, 3), draw.whole(1, 5)
    with_letter = draw.choice((True, False, False))
    draw.require(not with_letter or (a != b and b <= 3))
    second = y if with_letter else ""
    sign = draw.choice((1, -1))
    first_term, second_term = _poly([(a, x)]), _poly([(b, second)])
    binomial = _poly([(a, x), (sign * b, second)])
    answer = [
        (a**3, x * 3),
        (3 * sign * a * a * b, x + x + second),
        (3 * a * b * b, x + second + second),
        (sign * b**3, second * 3),
    ]
    formula = (
        Bi("(a + b)³ = a³ + 3a²b + 3ab² + b³", "(a + b)³ = a³ + 3a²b + 3ab² + b³")
        if sign > 0
        else Bi("(a − b)³ = a³ − 3a²b + 3ab² − b³", "(a − b)³ = a³ − 3a²b + 3ab² − b³")
    )
    return Made(
        values={
            "binomial": binomial,
            "formula": formula,
            "first": first_term,
            "second": second_term,
            "first_cube": _cubed(first_term),
            "second_cube": _cubed(second_term),
            "first_sq": _squared(first_term),
            "second_sq": _squared(second_term),
        },
        question=Bi(
            "Using a formula, find the cube of ({binomial}).",
            "সূত্রের সাহায্যে ({binomial}) এর ঘন নির্ণয় করো।",
        ),
        hints=(
            Bi("Use the formula {formula}.", "{formula} সূত্রটি ব্যবহার করো।"),
            Bi("Here a = {first} and b = {second}.", "এখানে a = {first} এবং b = {second}।"),
            Bi(
                "Work out {first_cube}, 3 × {first_sq} × {second}, 3 × {first} × {second_sq} and {second_cube}, then write them with the right signs.",
                "{first_cube}, ৩ × {first_sq} × {second}, ৩ × {first} × {second_sq} এবং {second_cube} বের করে সঠিক চিহ্নসহ লেখো।",
            ),
        ),
        answer=_poly(answer, ascii=True),
        derived="*".join([f"({_poly([(a, x), (sign * b, second)], ascii=True)})"] * 3),
        # The cube written as a product of three equal brackets.
    )


def _square_of_number(draw: Draw) -> Made:
    base = draw.choice((20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 500, 1000))
    k = draw.whole(1, 4 if base < 100 else 9)
    sign = draw.choice((1, -1))
    number = base + sign * k
    answer = base * base + 2 * sign * base * k + k * k
    split = (
        Bi(f"{base} + {k}", f"{base} + {k}") if sign > 0 else Bi(f"{base} − {k}", f"{base} − {k}")
    )
    formula = (
        Bi("(a + b)² = a² + 2ab + b²", "(a + b)² = a² + 2ab + b²")
        if sign > 0
        else Bi("(a − b)² = a² − 2ab + b²", "(a − b)² = a² − 2ab + b²")
    )
    _avoid(draw, answer, number, base, k, 2)
    return Made(
        values={"n": number, "split": split, "formula": formula, "a": base, "b": k},
        question=Bi(
            "Using a formula, find the square of {n}.",
            "সূত্রের সাহায্যে {n} এর বর্গ নির্ণয় করো।",
        ),
        hints=(
            Bi("Write {n} as {split}.", "{n} কে {split} আকারে লেখো।"),
            Bi(
                "Use {formula} with a = {a} and b = {b}.",
                "a = {a} ও b = {b} ধরে {formula} সূত্রটি ব্যবহার করো।",
            ),
            Bi(
                "Work out {a}², 2 × {a} × {b} and {b}², then combine them.",
                "{a}², ২ × {a} × {b} এবং {b}² বের করে মিলিয়ে লেখো।",
            ),
        ),
        answer=answer,
        derived=number * number,
    )


def _product_by_squares(draw: Draw) -> Made:
    base = draw.choice((20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 500))
    k = draw.whole(1, 9 if base >= 100 else 6)
    big, small = base + k, base - k
    first, second = (big, small) if draw.coin() else (small, big)
    answer = base * base - k * k
    _avoid(draw, answer, big, small, base, k)
    return Made(
        values={"p": first, "q": second, "big": big, "small": small, "a": base, "b": k},
        question=Bi(
            "Using the formula (a + b)(a − b) = a² − b², find the value of {p} × {q}.",
            "(a + b)(a − b) = a² − b² সূত্রের সাহায্যে {p} × {q} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Both numbers are the same distance from {a}.",
                "সংখ্যা দুটি {a} থেকে সমান দূরে আছে।",
            ),
            Bi(
                "{big} = {a} + {b} and {small} = {a} − {b}.",
                "{big} = {a} + {b} এবং {small} = {a} − {b}।",
            ),
            Bi("So the product is {a}² − {b}²; work it out.", "তাই গুণফল = {a}² − {b}²; হিসাব করো।"),
        ),
        answer=answer,
        derived=big * small,
    )


def _sum_of_squares(draw: Draw) -> Made:
    u, v = draw.choice(_ALL_PAIRS)
    a, b = draw.whole(1, 12), draw.whole(1, 12)
    total, product = a + b, a * b
    answer = total * total - 2 * product
    _avoid(draw, answer, total, product, 2)
    return Made(
        values={"u": u, "v": v, "s": total, "p": product},
        question=Bi(
            "If {u} + {v} = {s} and {u}{v} = {p}, find the value of {u}² + {v}².",
            "{u} + {v} = {s} এবং {u}{v} = {p} হলে, {u}² + {v}² এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Use {u}² + {v}² = ({u} + {v})² − 2{u}{v}.",
                "{u}² + {v}² = ({u} + {v})² − ২{u}{v} সূত্রটি ব্যবহার করো।",
            ),
            Bi(
                "Put {u} + {v} = {s} and {u}{v} = {p} into it.",
                "এতে {u} + {v} = {s} এবং {u}{v} = {p} বসাও।",
            ),
            Bi("Now work out {s}² − 2 × {p}.", "এখন {s}² − ২ × {p} এর মান বের করো।"),
        ),
        answer=answer,
        derived=a * a + b * b,
    )


def _difference_square(draw: Draw) -> Made:
    u, v = draw.choice(_ALL_PAIRS)
    b = draw.whole(1, 10)
    a = b + draw.whole(1, 8)
    total, gap, product = a + b, a - b, a * b
    case = draw.choice(("gap_from_sum", "squares_from_gap", "sum_from_gap"))
    if case == "gap_from_sum":
        given = Bi(
            f"{u} + {v} = {total} and {u}{v} = {product}",
            f"{u} + {v} = {total} এবং {u}{v} = {product}",
        )
        wanted = f"({u} − {v})²"
        identity = f"({u} − {v})² = ({u} + {v})² − 4{u}{v}"
        work = f"{total}² − 4 × {product}"
        answer, derived = total * total - 4 * product, gap * gap
        shown = (total, product, 4)
    elif case == "squares_from_gap":
        given = Bi(
            f"{u} − {v} = {gap} and {u}{v} = {product}",
            f"{u} − {v} = {gap} এবং {u}{v} = {product}",
        )
        wanted = f"{u}² + {v}²"
        identity = f"{u}² + {v}² = ({u} − {v})² + 2{u}{v}"
        work = f"{gap}² + 2 × {product}"
        answer, derived = gap * gap + 2 * product, a * a + b * b
        shown = (gap, product, 2)
    else:
        given = Bi(
            f"{u} − {v} = {gap} and {u}{v} = {product}",
            f"{u} − {v} = {gap} এবং {u}{v} = {product}",
        )
        wanted = f"({u} + {v})²"
        identity = f"({u} + {v})² = ({u} − {v})² + 4{u}{v}"
        work = f"{gap}² + 4 × {product}"
        answer, derived = gap * gap + 4 * product, total * total
        shown = (gap, product, 4)
    _avoid(draw, answer, *shown)
    return Made(
        values={"given": given, "wanted": wanted, "identity": identity, "work": work},
        question=Bi(
            "If {given}, find the value of {wanted}.",
            "{given} হলে, {wanted} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Find a formula that links {wanted} with the given values.",
                "প্রদত্ত মানগুলোর সাথে {wanted} কে যুক্ত করে এমন একটি সূত্র খোঁজো।",
            ),
            Bi("Use {identity}.", "{identity} সূত্রটি ব্যবহার করো।"),
            Bi("Now work out {work}.", "এখন {work} এর মান বের করো।"),
        ),
        answer=answer,
        derived=derived,
    )


def _product_from_sum_and_difference(draw: Draw) -> Made:
    u, v = draw.choice(_ALL_PAIRS)
    b = draw.whole(1, 12)
    a = b + draw.whole(1, 10)
    total, gap = a + b, a - b
    answer = (total * total - gap * gap) // 4
    _avoid(draw, answer, total, gap, 4)
    return Made(
        values={"u": u, "v": v, "s": total, "d": gap},
        question=Bi(
            "If {u} + {v} = {s} and {u} − {v} = {d}, find the value of {u}{v}.",
            "{u} + {v} = {s} এবং {u} − {v} = {d} হলে, {u}{v} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Use 4{u}{v} = ({u} + {v})² − ({u} − {v})².",
                "4{u}{v} = ({u} + {v})² − ({u} − {v})² সূত্রটি ব্যবহার করো।",
            ),
            Bi("So 4{u}{v} = {s}² − {d}².", "তাহলে ৪{u}{v} = {s}² − {d}²।"),
            Bi(
                "Work out {s}² − {d}², then divide by 4.",
                "{s}² − {d}² এর মান বের করে ৪ দিয়ে ভাগ করো।",
            ),
        ),
        answer=answer,
        # Solve for the two numbers, then multiply.
        derived=((total + gap) // 2) * ((total - gap) // 2),
    )


def _reciprocal_square(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    plus = draw.coin()
    k = draw.whole(3, 12) if plus else draw.whole(1, 12)
    if plus:
        root = (k + math.sqrt(k * k - 4)) / 2
        answer = k * k - 2
        given, sign, back = f"{x} + 1/{x}", "+", "− 2"
    else:
        root = (k + math.sqrt(k * k + 4)) / 2
        answer = k * k + 2
        given, sign, back = f"{x} − 1/{x}", "−", "+ 2"
    value = root * root + 1 / (root * root)
    derived = round(value)
    draw.require(abs(value - derived) < 1e-6)
    _avoid(draw, answer, k, 2, 1)
    return Made(
        values={"x": x, "given": given, "k": k, "sign": sign, "back": back},
        question=Bi(
            "If {given} = {k}, find the value of {x}² + 1/{x}².",
            "{given} = {k} হলে, {x}² + 1/{x}² এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi("Square both sides of {given} = {k}.", "{given} = {k} এর উভয় পক্ষকে বর্গ করো।"),
            Bi(
                "({given})² = {x}² {sign} 2 × {x} × 1/{x} + 1/{x}², and {x} × 1/{x} = 1.",
                "({given})² = {x}² {sign} ২ × {x} × 1/{x} + 1/{x}², এবং {x} × 1/{x} = ১।",
            ),
            Bi("So {x}² + 1/{x}² = {k}² {back}.", "তাহলে {x}² + 1/{x}² = {k}² {back}।"),
        ),
        answer=answer,
        derived=derived,  # from the root of the quadratic, in floating point
    )


def _reciprocal_cube(draw: Draw) -> Made:
    x = draw.choice(_SINGLES)
    plus = draw.coin()
    k = draw.whole(3, 9) if plus else draw.whole(1, 9)
    if plus:
        root = (k + math.sqrt(k * k - 4)) / 2
        value = root**3 + root**-3
        answer = k**3 - 3 * k
        given, wanted = f"{x} + 1/{x}", f"{x}³ + 1/{x}³"
        formula = Bi(
            "a³ + b³ = (a + b)³ − 3ab(a + b)",
            "a³ + b³ = (a + b)³ − 3ab(a + b)",
        )
        work = f"{k}³ − 3 × {k}"
    else:
        root = (k + math.sqrt(k * k + 4)) / 2
        value = root**3 - root**-3
        answer = k**3 + 3 * k
        given, wanted = f"{x} − 1/{x}", f"{x}³ − 1/{x}³"
        formula = Bi(
            "a³ − b³ = (a − b)³ + 3ab(a − b)",
            "a³ − b³ = (a − b)³ + 3ab(a − b)",
        )
        work = f"{k}³ + 3 × {k}"
    derived = round(value)
    draw.require(abs(value - derived) < 1e-6)
    _avoid(draw, answer, k, 3, 1)
    return Made(
        values={
            "x": x,
            "given": given,
            "wanted": wanted,
            "k": k,
            "formula": formula,
            "work": work,
        },
        question=Bi(
            "If {given} = {k}, find the value of {wanted}.",
            "{given} = {k} হলে, {wanted} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Use {formula} with a = {x} and b = 1/{x}.",
                "a = {x} ও b = 1/{x} ধরে {formula} সূত্রটি ব্যবহার করো।",
            ),
            Bi("Here ab = {x} × 1/{x} = 1.", "এখানে ab = {x} × 1/{x} = ১।"),
            Bi("So {wanted} = {work}; work it out.", "তাহলে {wanted} = {work}; হিসাব করো।"),
        ),
        answer=answer,
        derived=derived,  # from the root of the quadratic, in floating point
    )


def _cubes_from_sum_and_product(draw: Draw) -> Made:
    u, v = draw.choice(_ALL_PAIRS)
    b = draw.whole(1, 8)
    a = b + draw.whole(0 if draw.coin() else 1, 6)
    product = a * b
    if draw.coin():
        total = a + b
        given = (f"{u} + {v} = {total}", f"{u}{v} = {product}")
        wanted = f"{u}³ + {v}³"
        formula = f"{u}³ + {v}³ = ({u} + {v})³ − 3{u}{v}({u} + {v})"
        work = f"{total}³ − 3 × {product} × {total}"
        answer, derived = total**3 - 3 * product * total, a**3 + b**3
        shown: tuple[int, ...] = (total, product, 3)
    else:
        draw.require(a > b)
        gap = a - b
        given = (f"{u} − {v} = {gap}", f"{u}{v} = {product}")
        wanted = f"{u}³ − {v}³"
        formula = f"{u}³ − {v}³ = ({u} − {v})³ + 3{u}{v}({u} − {v})"
        work = f"{gap}³ + 3 × {product} × {gap}"
        answer, derived = gap**3 + 3 * product * gap, a**3 - b**3
        shown = (gap, product, 3)
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "g1": given[0],
            "g2": given[1],
            "wanted": wanted,
            "formula": formula,
            "work": work,
        },
        question=Bi(
            "If {g1} and {g2}, find the value of {wanted}.",
            "{g1} এবং {g2} হলে, {wanted} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Write {wanted} using the given sum or difference and the product.",
                "প্রদত্ত যোগফল বা বিয়োগফল এবং গুণফলের সাহায্যে {wanted} কে প্রকাশ করো।",
            ),
            Bi("Use {formula}.", "{formula} সূত্রটি ব্যবহার করো।"),
            Bi("Now work out {work}.", "এখন {work} এর মান বের করো।"),
        ),
        answer=answer,
        derived=derived,
    )


def _three_squares(draw: Draw) -> Made:
    u, v, w = draw.choice((("a", "b", "c"), ("x", "y", "z"), ("p", "q", "r")))
    a, b, c = draw.whole(1, 9), draw.whole(1, 9), draw.whole(1, 9)
    total, pairs, squares = a + b + c, a * b + b * c + c * a, a * a + b * b + c * c
    identity = f"({u} + {v} + {w})² = {u}² + {v}² + {w}² + 2({u}{v} + {v}{w} + {w}{u})"
    if draw.coin():
        given = (f"{u} + {v} + {w} = {total}", f"{u}{v} + {v}{w} + {w}{u} = {pairs}")
        wanted = f"{u}² + {v}² + {w}²"
        work = f"{total}² − 2 × {pairs}"
        answer, derived = total * total - 2 * pairs, squares
        shown: tuple[int, ...] = (total, pairs, 2)
    else:
        given = (f"{u} + {v} + {w} = {total}", f"{u}² + {v}² + {w}² = {squares}")
        wanted = f"{u}{v} + {v}{w} + {w}{u}"
        work = f"({total}² − {squares}) ÷ 2"
        answer, derived = (total * total - squares) // 2, pairs
        shown = (total, squares, 2)
    _avoid(draw, answer, *shown)
    return Made(
        values={
            "g1": given[0],
            "g2": given[1],
            "wanted": wanted,
            "identity": identity,
            "work": work,
        },
        question=Bi(
            "If {g1} and {g2}, find the value of {wanted}.",
            "{g1} এবং {g2} হলে, {wanted} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Square the sum of the three letters.",
                "তিনটি অক্ষরের যোগফলকে বর্গ করো।",
            ),
            Bi("Use {identity}.", "{identity} সূত্রটি ব্যবহার করো।"),
            Bi("Put in the given values: {work}.", "প্রদত্ত মান বসাও: {work}।"),
        ),
        answer=answer,
        derived=derived,
    )


def _evaluate_perfect_square(draw: Draw) -> Made:
    x, y = draw.choice(_PAIRS)
    p, q = draw.whole(1, 5), draw.whole(1, 5)
    draw.require(p != q)
    sign = draw.choice((1, -1))
    xv, yv = draw.whole(1, 9), draw.whole(1, 9)
    base = p * xv + sign * q * yv
    draw.require(base != 0 and abs(base) <= 25)
    answer = base * base
    expression = _poly([(p * p, x + x), (2 * sign * p * q, x + y), (q * q, y + y)])
    root = _poly([(p, x), (sign * q, y)])
    middle = f"2 × {_poly([(p, x)])} × {_poly([(q, y)])}"
    split = f"{_squared(_poly([(p, x)]))} {'+' if sign > 0 else '−'} {middle} + {_squared(_poly([(q, y)]))}"
    _avoid(draw, answer, p * p, 2 * p * q, q * q, p, q, 2, xv, yv)
    return Made(
        values={
            "expr": expression,
            "x": x,
            "y": y,
            "xv": xv,
            "yv": yv,
            "root": root,
            "split": split,
        },
        question=Bi(
            "Find the value of {expr} when {x} = {xv} and {y} = {yv}.",
            "{x} = {xv} এবং {y} = {yv} হলে, {expr} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Check whether the expression is a perfect square: {expr} = {split}.",
                "রাশিটি পূর্ণবর্গ কি না দেখো: {expr} = {split}।",
            ),
            Bi("So the expression equals ({root})².", "তাহলে রাশিটি = ({root})²।"),
            Bi(
                "Put {x} = {xv} and {y} = {yv} into {root} first, then square the result.",
                "প্রথমে {root} এ {x} = {xv} ও {y} = {yv} বসাও, তারপর ফলাফলকে বর্গ করো।",
            ),
        ),
        answer=answer,
        # Substitute straight into the three terms.
        derived=p * p * xv * xv + 2 * sign * p * q * xv * yv + q * q * yv * yv,
    )


def _cube_identity_value(draw: Draw) -> Made:
    u, v = draw.choice(_ALL_PAIRS)
    s = draw.whole(2, 12)
    if draw.coin():
        given = f"{u} + {v} = {s}"
        expression = f"{u}³ + {v}³ + {3 * s}{u}{v}"
        rewrite = f"{3 * s}{u}{v} = 3{u}{v}({u} + {v})"
        identity = f"{u}³ + {v}³ + 3{u}{v}({u} + {v}) = ({u} + {v})³"
        # Any pair with the given sum gives the same value: take 1 and s - 1.
        one, other = 1, s - 1
        derived = one**3 + other**3 + 3 * s * one * other
    else:
        given = f"{u} − {v} = {s}"
        expression = f"{u}³ − {v}³ − {3 * s}{u}{v}"
        rewrite = f"{3 * s}{u}{v} = 3{u}{v}({u} − {v})"
        identity = f"{u}³ − {v}³ − 3{u}{v}({u} − {v}) = ({u} − {v})³"
        one, other = s + 1, 1  # a pair with the given difference
        derived = one**3 - other**3 - 3 * s * one * other
    answer = s**3
    _avoid(draw, answer, s, 3 * s, 3)
    return Made(
        values={
            "given": given,
            "expr": expression,
            "rewrite": rewrite,
            "identity": identity,
            "s": s,
        },
        question=Bi(
            "If {given}, find the value of {expr}.",
            "{given} হলে, {expr} এর মান নির্ণয় করো।",
        ),
        hints=(
            Bi(
                "Look at the last term: since {given}, {rewrite}.",
                "শেষ পদটি লক্ষ করো: যেহেতু {given}, তাই {rewrite}।",
            ),
            Bi("Now use {identity}.", "এখন {identity} সূত্রটি ব্যবহার করো।"),
            Bi("So the value is {s}³; work it out.", "তাহলে মান হবে {s}³; হিসাব করো।"),
        ),
        answer=answer,
        derived=derived,
    )


FAMILIES = (
    Family(
        "g8-square-of-binomial",
        "square of a sum or difference",
        1,
        AnswerKind.EXPRESSION,
        _square_of_binomial,
    ),
    Family(
        "g8-product-of-sum-and-difference",
        "(a + b)(a − b)",
        1,
        AnswerKind.EXPRESSION,
        _sum_times_difference,
    ),
    Family(
        "g8-product-with-common-term",
        "(x + a)(x + b)",
        1,
        AnswerKind.EXPRESSION,
        _common_term_product,
    ),
    Family(
        "g8-square-of-number-by-formula",
        "squaring numbers by formula",
        1,
        AnswerKind.INTEGER,
        _square_of_number,
    ),
    Family(
        "g8-product-by-difference-of-squares",
        "multiplying numbers by a² − b²",
        1,
        AnswerKind.INTEGER,
        _product_by_squares,
    ),
    Family(
        "g8-cube-of-binomial",
        "cube of a sum or difference",
        2,
        AnswerKind.EXPRESSION,
        _cube_of_binomial,
        minutes=4,
    ),
    Family(
        "g8-sum-of-squares-from-sum-and-product",
        "a² + b² from a + b and ab",
        2,
        AnswerKind.INTEGER,
        _sum_of_squares,
    ),
    Family(
        "g8-square-from-difference-and-product",
        "(a − b)², a² + b² and (a + b)² from each other",
        2,
        AnswerKind.INTEGER,
        _difference_square,
    ),
    Family(
        "g8-product-from-sum-and-difference",
        "ab from a + b and a − b",
        2,
        AnswerKind.INTEGER,
        _product_from_sum_and_difference,
    ),
    Family(
        "g8-reciprocal-square",
        "x² + 1/x² from x ± 1/x",
        2,
        AnswerKind.INTEGER,
        _reciprocal_square,
    ),
    Family(
        "g8-evaluate-perfect-square",
        "value of an expression by a formula",
        2,
        AnswerKind.INTEGER,
        _evaluate_perfect_square,
        minutes=4,
    ),
    Family(
        "g8-reciprocal-cube",
        "x³ ± 1/x³ from x ± 1/x",
        3,
        AnswerKind.INTEGER,
        _reciprocal_cube,
        minutes=4,
    ),
    Family(
        "g8-cubes-from-sum-and-product",
        "a³ ± b³ from a ± b and ab",
        3,
        AnswerKind.INTEGER,
        _cubes_from_sum_and_product,
        minutes=4,
    ),
    Family(
        "g8-three-squares",
        "(a + b + c)²",
        3,
        AnswerKind.INTEGER,
        _three_squares,
        minutes=4,
    ),
    Family(
        "g8-cube-identity-value",
        "value of a³ ± b³ ± 3ab(a ± b)",
        3,
        AnswerKind.INTEGER,
        _cube_identity_value,
        minutes=4,
    ),
)
